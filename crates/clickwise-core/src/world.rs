//! `levels/world-<phase>.ron`: the world of each age group. A map of places (each holding the
//! levels of its theme, in a suggested order), the recurring cast, and the badges to
//! collect. The checker holds levels to it; the game draws it; the server shows badges.

use crate::error::Problem;
use crate::load::parse_ron;
use crate::locate::{find_from, line_col};
use crate::model::{Level, Phase};
use crate::strands::STRANDS;
use crate::text::Text;
use crate::validate::{AssetCheck, is_id};
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

/// One file per age group, so each can be edited on its own.
pub const WORLD_FILES: [(Phase, &str); 3] =
    [(Phase::Ks1, "world-ks1.ron"), (Phase::LowerKs2, "world-lks2.ron"), (Phase::UpperKs2, "world-uks2.ron")];

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct World {
    pub phases: Vec<PhaseWorld>,
}

/// One age group's world.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PhaseWorld {
    pub phase: Phase,
    /// The place's name on the map ("Pebble Street").
    pub name: Text,
    pub cast: Vec<CastMember>,
    /// In the suggested order: the path the map draws.
    pub places: Vec<Place>,
    pub badges: Vec<Badge>,
}

/// How a recurring character tends to act: the same across every level they are in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Personality {
    /// Clicks first and thinks later.
    Rushes,
    /// Worries, and needs a kind word.
    Worries,
    /// Stops and checks.
    Checks,
    /// Looks out for others.
    Kind,
    /// Wants to try everything new.
    Curious,
}

impl Personality {
    pub fn word(self) -> &'static str {
        match self {
            Personality::Rushes => "rushes",
            Personality::Worries => "worries",
            Personality::Checks => "checks",
            Personality::Kind => "kind",
            Personality::Curious => "curious",
        }
    }
}

/// A recurring character of a phase.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CastMember {
    pub id: String,
    /// A plain name ("Ava"), or `(en: "Gran", cy: "Mam-gu")` for a family word or title.
    pub name: Text,
    /// An icon name from `assets/art/`.
    pub avatar: String,
    pub personality: Personality,
    /// One line about them, shown on the map's "Who's who".
    pub about: Text,
    /// Read-aloud pitch (1.0 is the voice's own), so each sounds like themselves.
    #[serde(default = "normal_pitch")]
    pub pitch: f32,
}

fn normal_pitch() -> f32 {
    1.0
}

/// A place on the map: a picture, a name and the levels of its theme.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Place {
    pub id: String,
    pub name: Text,
    pub icon: String,
    /// Where it sits on the map, in percent of the map's width and height (0 to 100).
    pub x: f32,
    pub y: f32,
    /// Level ids, in the suggested order.
    pub levels: Vec<String>,
}

/// A badge for a strand of Education for a Connected World, earned by finishing every
/// level of the phase that teaches the strand.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Badge {
    /// The strand's short code (`pi`, `or`…).
    pub strand: String,
    pub name: Text,
    pub icon: String,
    /// What the pupil can now do, in their words ("I can spot a trick pop-up").
    pub can: Text,
}

impl Badge {
    /// The id saved and sent to the class server: `Ks1/pi`.
    pub fn id(&self, phase: Phase) -> String {
        format!("{}/{}", phase.id(), self.strand)
    }
}

/// A badge and how far a player is towards it.
#[derive(Debug, Clone, PartialEq)]
pub struct BadgeProgress<'a> {
    pub badge: &'a Badge,
    pub id: String,
    pub done: usize,
    pub total: usize,
}

impl BadgeProgress<'_> {
    pub fn earned(&self) -> bool {
        self.total > 0 && self.done == self.total
    }
}

impl World {
    pub fn phase(&self, phase: Phase) -> Option<&PhaseWorld> {
        self.phases.iter().find(|p| p.phase == phase)
    }

    /// Gives each recurring character in `level` their fixed name and picture, so the
    /// attempt's cast draw can only pick them.
    pub fn resolve_cast(&self, level: &mut Level) {
        let Some(world) = self.phase(level.phase) else { return };
        for role in &mut level.cast {
            if let Some(member) = role.is.as_deref().and_then(|id| world.member(id)) {
                role.names = vec![member.name.clone()];
                role.avatars = vec![member.avatar.clone()];
                role.pitch = Some(member.pitch);
            }
        }
    }

    /// Problems no one phase's file can see: a level in no place, a phase with no world.
    pub fn check_levels(&self, file: &str, levels: &[Level]) -> Vec<Problem> {
        let mut out = Vec::new();
        for phase in Phase::ALL {
            if self.phase(phase).is_none() && levels.iter().any(|l| l.phase == phase) {
                out.push(Problem::new(file, 0, 0, format!("there is no world for {}", phase.label())));
            }
        }
        for l in levels.iter().filter(|l| self.phase(l.phase).is_some()) {
            if self.phase(l.phase).and_then(|w| w.place_of(&l.id)).is_none() {
                let msg = format!("level `{}` is in no place on the map, so no pupil would find it", l.id);
                out.push(Problem::new(file, 0, 0, msg));
            }
        }
        out
    }
}

impl PhaseWorld {
    pub fn parse(source: &str, file: &str) -> Result<PhaseWorld, Problem> {
        parse_ron(source, file)
    }

    /// Every problem with this world and how `levels` fit it.
    pub fn check(&self, source: &str, file: &str, levels: &[Level], assets: &dyn AssetCheck) -> Vec<Problem> {
        let mut out = Vec::new();
        let mut push = |needle: &str, msg: String| {
            let (line, col) = line_col(source, find_from(source, 0, needle));
            out.push(Problem::new(file, line, col, msg));
        };
        let w = self;
        let mut ids = HashSet::new();
        for m in &w.cast {
            let needle = format!("id: \"{}\"", m.id);
            if !is_id(&m.id) || !ids.insert(m.id.as_str()) {
                push(
                    &needle,
                    format!("cast id `{}` must be unique, lowercase letters, digits and dashes", m.id),
                );
            }
            if !assets.icon_exists(&m.avatar) {
                push(&needle, format!("avatar `{}` not found in assets/art/", m.avatar));
            }
            if !(0.5..=2.0).contains(&m.pitch) {
                push(&needle, format!("cast member `{}`: pitch {} is outside 0.5 to 2", m.id, m.pitch));
            }
        }
        if !(3..=5).contains(&w.cast.len()) {
            push(
                "cast:",
                format!(
                    "{} has {} cast members; a hero and two to four friends",
                    w.phase.label(),
                    w.cast.len()
                ),
            );
        }
        let mut place_ids = HashSet::new();
        let mut placed: HashSet<&str> = HashSet::new();
        for p in &w.places {
            let needle = format!("id: \"{}\"", p.id);
            if !is_id(&p.id) || !place_ids.insert(p.id.as_str()) {
                push(
                    &needle,
                    format!("place id `{}` must be unique, lowercase letters, digits and dashes", p.id),
                );
            }
            if !assets.icon_exists(&p.icon) {
                push(&needle, format!("icon `{}` not found in assets/art/", p.icon));
            }
            if !(0.0..=100.0).contains(&p.x) || !(0.0..=100.0).contains(&p.y) {
                push(&needle, format!("place `{}` is off the map: x and y are 0 to 100", p.id));
            }
            if p.levels.is_empty() {
                push(&needle, format!("place `{}` holds no levels", p.id));
            }
            for id in &p.levels {
                let at = format!("\"{id}\"");
                match levels.iter().find(|l| &l.id == id) {
                    None => push(
                        &at,
                        format!("place `{}` holds `{id}`, which is not a level in the catalogue", p.id),
                    ),
                    Some(l) if l.phase != w.phase => {
                        push(&at, format!("`{id}` is for {}, not {}", l.phase.label(), w.phase.label()))
                    }
                    Some(_) if !placed.insert(id) => push(&at, format!("`{id}` is in more than one place")),
                    Some(_) => {}
                }
            }
        }
        let mut strands = HashSet::new();
        for b in &w.badges {
            let needle = format!("strand: \"{}\"", b.strand);
            if !STRANDS.iter().any(|(code, _)| *code == b.strand) || !strands.insert(b.strand.as_str()) {
                push(
                    &needle,
                    format!(
                        "badge strand `{}` must be a strand code (si, or, rep, ob, ms, hw, pi, co), once per phase",
                        b.strand
                    ),
                );
            }
            if !assets.icon_exists(&b.icon) {
                push(&needle, format!("icon `{}` not found in assets/art/", b.icon));
            }
            if !b.can.en.starts_with("I can") {
                push(
                    &needle,
                    format!("badge `{}`: say what the pupil can now do, starting \"I can\"", b.strand),
                );
            }
        }
        for (code, name) in STRANDS {
            let taught = levels.iter().any(|l| l.phase == w.phase && teaches(l, code));
            if taught && !strands.contains(code) {
                push(
                    "badges:",
                    format!("{}: no badge for \"{name}\", which its levels teach", w.phase.label()),
                );
            }
        }
        for l in levels.iter().filter(|l| l.phase == w.phase) {
            for role in &l.cast {
                if let Some(id) = &role.is
                    && w.member(id).is_none()
                {
                    push(
                        "cast:",
                        format!("level `{}`: `{id}` is not in the cast of {}", l.id, w.phase.label()),
                    );
                }
            }
        }
        // Place names, who's who and badges: all in Welsh, or none yet.
        let texts = crate::texts::world_texts(self);
        let cast = w.cast.iter().map(|m| {
            (m.id.as_str(), std::slice::from_ref(&m.name), find_from(source, 0, &format!("id: \"{}\"", m.id)))
        });
        out.extend(crate::validate::welsh::check_names(&texts, cast, source, file, "this world"));
        out.extend(crate::validate::welsh::check(texts, source, file, w.phase, "this world", false));
        out
    }

    pub fn member(&self, id: &str) -> Option<&CastMember> {
        self.cast.iter().find(|m| m.id == id)
    }

    /// The place holding `level`.
    pub fn place_of(&self, level: &str) -> Option<&Place> {
        self.places.iter().find(|p| p.levels.iter().any(|l| l == level))
    }

    /// Each badge with how many of its levels `finished` says are done.
    pub fn badges<'a>(&'a self, levels: &[Level], finished: impl Fn(&str) -> bool) -> Vec<BadgeProgress<'a>> {
        self.badges
            .iter()
            .map(|badge| {
                let mine: Vec<&Level> =
                    levels.iter().filter(|l| l.phase == self.phase && teaches(l, &badge.strand)).collect();
                BadgeProgress {
                    badge,
                    id: badge.id(self.phase),
                    done: mine.iter().filter(|l| finished(&l.id)).count(),
                    total: mine.len(),
                }
            })
            .collect()
    }
}

/// Whether `level` teaches a statement of the strand `code`.
pub fn teaches(level: &Level, code: &str) -> bool {
    level.statements.iter().any(|s| s.split('-').next() == Some(code))
}
