//! The progress model and its saved, versioned format.
//!
//! A save holds the profiles made on one device (a family or a classroom computer may
//! have several) and, for each level, the first-try score, the best score and the most
//! recent attempts with their choice logs. No real names, birthdays or free text.
//!
//! Format history:
//! - v1: the prototype. One profile: nickname, avatar and best stars per level.
//! - v2: several profiles, each with attempts and their choice logs. Later additions are
//!   optional fields (a profile's class, the outbox of results waiting for the class
//!   server, home-practice levels), so older v2 saves still read.
//! - v3: each profile keeps the badges it has collected, with when. Current. A v2 save
//!   migrates with none; the game awards what its finished levels have already earned.
//!   A profile's language came later as an optional field: a save without it reads as English.

use crate::classroom::{ClassLink, Delivery, KEPT_REFUSALS, PendingResult, RefusedResult};
use crate::model::Phase;
use crate::scoring::{ChoiceRecord, Score};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

pub const SAVE_VERSION: u32 = 3;
/// Enough for a family or a small group sharing one device.
pub const MAX_PROFILES: usize = 12;
/// Attempts kept per level; older ones are summarised by `plays`, first and best.
pub const RECENT_ATTEMPTS: usize = 5;

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct SaveData {
    pub version: u32,
    pub profiles: Vec<Profile>,
    /// The id of the profile last played.
    #[serde(default)]
    pub active: Option<String>,
    /// Finished class attempts the server hasn't confirmed yet, oldest first.
    #[serde(default)]
    pub outbox: Vec<PendingResult>,
    /// Levels a teacher's home-practice link put first on this device.
    #[serde(default)]
    pub practice: Vec<String>,
    /// Class results the server refused for good, newest last (at most `KEPT_REFUSALS`).
    #[serde(default)]
    pub refused: Vec<crate::classroom::RefusedResult>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Profile {
    /// Random, never shown: lets two profiles share a nickname.
    pub id: String,
    pub nickname: String,
    pub avatar: String,
    #[serde(default)]
    pub phase: Option<Phase>,
    #[serde(default)]
    pub levels: BTreeMap<String, LevelRecord>,
    /// Set when the pupil joined a class: their teacher sees this profile's results.
    #[serde(default)]
    pub class: Option<ClassLink>,
    /// Text size, colours, font, motion, sounds and read-aloud, as this player chose them.
    #[serde(default)]
    pub display: crate::display::DisplayOptions,
    /// Badges collected, in the order earned (v3).
    #[serde(default)]
    pub badges: Vec<EarnedBadge>,
    /// The language this player plays in. Saves from before Welsh read as English.
    #[serde(default)]
    pub lang: crate::text::Lang,
}

/// A badge a player has collected.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EarnedBadge {
    /// `Ks1/pi`: see [`crate::world::Badge::id`].
    pub id: String,
    /// Seconds since 1970, from the device clock.
    pub earned_at: u64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LevelRecord {
    pub first: Score,
    pub best: Score,
    pub plays: u32,
    #[serde(default)]
    pub recent: Vec<Attempt>,
}

/// One finished play of a level.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Attempt {
    /// Random and unique: lets the server accept the same attempt twice without counting it twice.
    pub id: String,
    pub level: String,
    pub level_version: u32,
    pub choices: Vec<ChoiceRecord>,
    pub score: Score,
    /// Seconds since 1970, from the device clock.
    pub finished_at: u64,
    /// This player's first finished attempt at the level, decided by [`Profile::record`]
    /// on the device that played it (older saves: false).
    #[serde(default)]
    pub first_try: bool,
}

impl SaveData {
    pub fn new() -> Self {
        SaveData { version: SAVE_VERSION, ..Default::default() }
    }

    pub fn profile(&self, id: &str) -> Option<&Profile> {
        self.profiles.iter().find(|p| p.id == id)
    }

    pub fn profile_mut(&mut self, id: &str) -> Option<&mut Profile> {
        self.profiles.iter_mut().find(|p| p.id == id)
    }

    pub fn active_profile(&self) -> Option<&Profile> {
        self.active.as_deref().and_then(|id| self.profile(id))
    }

    /// What this device knows of a class result: waiting in the outbox, or refused. (Sent
    /// is known only from the server's reply: see the game's sync status.)
    pub fn delivery(&self, attempt_id: &str) -> Delivery {
        if self.outbox.iter().any(|p| p.submission.attempt_id == attempt_id) {
            return Delivery::Waiting;
        }
        match self.refused.iter().rev().find(|r| r.pending.submission.attempt_id == attempt_id) {
            Some(r) => Delivery::Refused { status: r.status, reason: r.reason.clone() },
            None => Delivery::Unknown,
        }
    }

    /// Moves a result from the outbox to the refused list (the server will never take it).
    pub fn refuse(&mut self, attempt_id: &str, status: u16, reason: &str, now_secs: u64) {
        let Some(i) = self.outbox.iter().position(|p| p.submission.attempt_id == attempt_id) else { return };
        let pending = self.outbox.remove(i);
        let reason: String = reason.chars().take(200).collect();
        self.refused.push(RefusedResult { pending, status, reason, at: now_secs });
        let excess = self.refused.len().saturating_sub(KEPT_REFUSALS);
        self.refused.drain(..excess);
    }

    /// Adds a profile and makes it the active one. When the device already has the most
    /// profiles it keeps, the least recently made one is replaced.
    pub fn add_profile(&mut self, profile: Profile) {
        if self.profiles.len() >= MAX_PROFILES {
            self.profiles.remove(0);
        }
        self.active = Some(profile.id.clone());
        self.profiles.push(profile);
    }
}

impl Profile {
    /// The nickname as this player knows it: in the language they play in ("Wise Owl" is
    /// "Tylluan Ddoeth" to a Welsh player, on every screen, whoever played last).
    pub fn shown_nickname(&self) -> String {
        crate::names::nickname_in(&self.nickname, self.lang)
    }

    pub fn new(id: impl Into<String>, nickname: impl Into<String>, avatar: impl Into<String>) -> Self {
        Profile {
            id: id.into(),
            nickname: nickname.into(),
            avatar: avatar.into(),
            phase: None,
            levels: BTreeMap::new(),
            class: None,
            display: Default::default(),
            badges: Vec::new(),
            lang: Default::default(),
        }
    }

    /// Collects the badges `world` says this player has now earned and hasn't got yet,
    /// at `now_secs`. Returns the ids newly collected, for the celebration.
    pub fn collect_badges(
        &mut self,
        world: &crate::world::World,
        levels: &[crate::Level],
        now_secs: u64,
    ) -> Vec<String> {
        let mut new = Vec::new();
        for phase in &world.phases {
            for progress in phase.badges(levels, |id| self.levels.contains_key(id)) {
                if progress.earned() && !self.badges.iter().any(|b| b.id == progress.id) {
                    new.push(progress.id);
                }
            }
        }
        self.badges.extend(new.iter().map(|id| EarnedBadge { id: id.clone(), earned_at: now_secs }));
        new
    }

    pub fn has_badge(&self, id: &str) -> bool {
        self.badges.iter().any(|b| b.id == id)
    }

    /// Records a finished attempt: the first one stays the first try (and is marked so),
    /// the best one is kept. Returns the attempt as recorded.
    pub fn record(&mut self, mut attempt: Attempt) -> Attempt {
        let score = attempt.score;
        attempt.first_try = !self.levels.contains_key(&attempt.level);
        let record = self.levels.entry(attempt.level.clone()).or_insert(LevelRecord {
            first: score,
            best: score,
            plays: 0,
            recent: Vec::new(),
        });
        if score.better_than(&record.best) {
            record.best = score;
        }
        record.plays += 1;
        record.recent.push(attempt.clone());
        let excess = record.recent.len().saturating_sub(RECENT_ATTEMPTS);
        record.recent.drain(..excess);
        attempt
    }

    pub fn stars(&self, level_id: &str) -> Option<u8> {
        self.levels.get(level_id).map(|r| r.best.stars)
    }

    pub fn total_stars(&self) -> u32 {
        self.levels.values().map(|r| u32::from(r.best.stars)).sum()
    }
}

/// What reading a save found.
#[derive(Debug, Clone, PartialEq)]
pub enum Loaded {
    /// Nothing saved yet.
    Fresh,
    Current(SaveData),
    /// An older format, brought up to date. Save it back in the new format.
    Migrated {
        data: SaveData,
        from: u32,
    },
    /// The save can't be read. Keep the text aside, never overwrite it, and tell the pupil.
    Unreadable {
        reason: String,
    },
    /// Written by a newer Clickwise. Keep it aside too: a newer version can still read it.
    FromTheFuture {
        version: u32,
    },
}

impl Loaded {
    /// The data to play with: the loaded save, or a fresh one.
    pub fn data(&self) -> SaveData {
        match self {
            Loaded::Current(d) | Loaded::Migrated { data: d, .. } => d.clone(),
            _ => SaveData::new(),
        }
    }

    /// Whether the original text must be kept aside before anything is written.
    pub fn must_keep_aside(&self) -> bool {
        matches!(self, Loaded::Unreadable { .. } | Loaded::FromTheFuture { .. })
    }
}

/// Just the version, read before deciding how to parse the rest.
#[derive(Deserialize)]
struct VersionOnly {
    version: u32,
}

/// The prototype's format.
#[derive(Deserialize)]
struct SaveV1 {
    nickname: String,
    avatar: String,
    #[serde(default)]
    stars: BTreeMap<String, u8>,
}

pub fn to_text(data: &SaveData) -> String {
    // Serialising plain data cannot fail; fall back to an empty save rather than panic.
    ron::to_string(data).unwrap_or_else(|_| format!("(version:{SAVE_VERSION},profiles:[])"))
}

/// Reads a save. Never panics, whatever the text holds.
pub fn load(text: Option<&str>) -> Loaded {
    let Some(text) = text.filter(|t| !t.trim().is_empty()) else { return Loaded::Fresh };
    let version = match ron::from_str::<VersionOnly>(text) {
        Ok(v) => v.version,
        Err(e) => return Loaded::Unreadable { reason: format!("line {}: {}", e.span.start.line, e.code) },
    };
    let parsed = match version {
        1 => ron::from_str::<SaveV1>(text).map(|v1| Loaded::Migrated { data: migrate_v1(v1), from: 1 }),
        // v3 only added a field with a default: a v2 save reads as it is.
        2 => ron::from_str::<SaveData>(text)
            .map(|data| Loaded::Migrated { data: SaveData { version: SAVE_VERSION, ..data }, from: 2 }),
        SAVE_VERSION => ron::from_str::<SaveData>(text).map(Loaded::Current),
        v if v > SAVE_VERSION => return Loaded::FromTheFuture { version: v },
        v => return Loaded::Unreadable { reason: format!("unknown save version {v}") },
    };
    match parsed {
        Ok(loaded) => check_sane(loaded),
        Err(e) => Loaded::Unreadable { reason: format!("line {}: {}", e.span.start.line, e.code) },
    }
}

/// A save that parses but breaks the rules (a typed-in name, an impossible score) is
/// treated as unreadable, so it is kept aside rather than shown or sent anywhere.
fn check_sane(loaded: Loaded) -> Loaded {
    let data = loaded.data();
    for p in &data.profiles {
        if !crate::names::is_valid_nickname(&p.nickname) {
            return Loaded::Unreadable {
                reason: "a profile has a nickname that isn't from the word list".into(),
            };
        }
        for (level, r) in &p.levels {
            if r.best.points > r.best.max || r.best.stars > 3 || r.first.stars > 3 {
                return Loaded::Unreadable { reason: format!("level `{level}` has an impossible score") };
            }
        }
    }
    loaded
}

fn migrate_v1(v1: SaveV1) -> SaveData {
    let mut profile = Profile::new("p-v1", v1.nickname, v1.avatar);
    for (level, stars) in v1.stars {
        // v1 kept only stars: carry them over as both first try and best, with no log.
        let score = Score { stars: stars.min(3), ..Score::default() };
        profile.levels.insert(level, LevelRecord { first: score, best: score, plays: 1, recent: Vec::new() });
    }
    let mut data = SaveData::new();
    data.add_profile(profile);
    data
}
