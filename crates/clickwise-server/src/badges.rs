//! The badges the server knows: those in the world files beside its levels (every phase).
//! A result carries every badge its player has collected; only ids found here are kept,
//! so an older or newer game's other badges are dropped, never stored.

use clickwise_core::Phase;
use clickwise_core::world::World;
use std::collections::HashMap;
use std::path::Path;

/// The most entries of a sent list that are looked at: far more than a world has badges
/// (three phases of eight strands), so an honest list is read in full and a hostile one
/// costs next to nothing.
const MAX_READ: usize = 64;
/// Longer than any badge id (`LowerKs2/rep`): such an entry is not looked up at all.
const MAX_ID: usize = 32;

/// A badge as the teacher's pages show it.
#[derive(Debug, Clone, PartialEq)]
pub struct KnownBadge {
    /// `Ks1/pi`.
    pub id: String,
    pub phase: Phase,
    pub name: String,
    /// The pupil's words: "I can …".
    pub can: String,
    /// The picture's address in the web build, when the build has it.
    pub icon_src: Option<String>,
    icon: String,
    /// The name and the pupil's words in Welsh, when the world has them.
    welsh: (Option<String>, Option<String>),
}

impl KnownBadge {
    /// The badge's name in the page's language.
    pub fn name_here(&self) -> &str {
        match (crate::i18n::lang(), &self.welsh.0) {
            (clickwise_core::Lang::Cy, Some(cy)) => cy,
            _ => &self.name,
        }
    }

    /// "I can …" in the page's language.
    pub fn can_here(&self) -> &str {
        match (crate::i18n::lang(), &self.welsh.1) {
            (clickwise_core::Lang::Cy, Some(cy)) => cy,
            _ => &self.can,
        }
    }
}

#[derive(Debug, Default)]
pub struct Badges {
    /// In the world's order: phase by phase, as each file lists them.
    list: Vec<KnownBadge>,
    by_id: HashMap<String, usize>,
}

impl Badges {
    pub fn from_world(world: Option<&World>) -> Badges {
        let list: Vec<KnownBadge> = world
            .into_iter()
            .flat_map(|w| &w.phases)
            .flat_map(|p| {
                p.badges.iter().map(|b| KnownBadge {
                    id: b.id(p.phase),
                    phase: p.phase,
                    name: b.name.en.clone(),
                    can: b.can.en.clone(),
                    icon_src: None,
                    icon: b.icon.clone(),
                    welsh: (b.name.cy.clone(), b.can.cy.clone()),
                })
            })
            .collect();
        let by_id = list.iter().enumerate().map(|(i, b)| (b.id.clone(), i)).collect();
        Badges { list, by_id }
    }

    /// Notes which badge pictures the web build in `dist` has (`dist/assets/icons/NAME.png`),
    /// so the pages show a picture only where there is one.
    pub fn find_icons(&mut self, dist: &Path) {
        for b in &mut self.list {
            let file = format!("{}.png", b.icon);
            let present =
                clickwise_core::validate::is_id(&b.icon) && dist.join("assets/icons").join(&file).is_file();
            b.icon_src = present.then(|| format!("/assets/icons/{file}"));
        }
    }

    pub fn len(&self) -> usize {
        self.list.len()
    }

    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    pub fn get(&self, id: &str) -> Option<&KnownBadge> {
        self.by_id.get(id).map(|&i| &self.list[i])
    }

    /// Where `id` comes in the world's order (unknown ids last).
    pub fn position(&self, id: &str) -> usize {
        self.by_id.get(id).copied().unwrap_or(usize::MAX)
    }

    /// The ids of `sent` worth storing: known to this world, each once, at most as many as
    /// the world has. Only the first entries of a long list are looked at, and over-long
    /// ones are skipped unread, so any list costs little.
    pub fn keep(&self, sent: &[String]) -> Vec<String> {
        let mut kept: Vec<String> = Vec::new();
        for id in sent.iter().take(MAX_READ) {
            if kept.len() >= self.list.len() {
                break;
            }
            if id.len() <= MAX_ID && self.by_id.contains_key(id.as_str()) && !kept.contains(id) {
                kept.push(id.clone());
            }
        }
        kept
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clickwise_core::text::Text;
    use clickwise_core::world::{Badge, PhaseWorld};

    fn world() -> World {
        let badge = |strand: &str| Badge {
            strand: strand.into(),
            name: Text::new(format!("Badge {strand}")),
            icon: "padlock".into(),
            can: Text::new("I can do it."),
        };
        let phase = |phase, strands: &[&str]| PhaseWorld {
            phase,
            name: Text::new("Town"),
            cast: Vec::new(),
            places: Vec::new(),
            badges: strands.iter().map(|s| badge(s)).collect(),
        };
        World { phases: vec![phase(Phase::Ks1, &["pi", "or"]), phase(Phase::UpperKs2, &["pi"])] }
    }

    #[test]
    fn only_known_ids_are_kept_once_each_and_in_any_phase() {
        let badges = Badges::from_world(Some(&world()));
        assert_eq!(badges.len(), 3);
        let sent: Vec<String> =
            ["Ks1/pi", "Ks1/zz", "Ks1/pi", "UpperKs2/pi", "LowerKs2/pi", "ks1/or", "", "Ks1/or"]
                .map(String::from)
                .into();
        assert_eq!(badges.keep(&sent), ["Ks1/pi", "UpperKs2/pi", "Ks1/or"]);
        assert_eq!(badges.get("UpperKs2/pi").map(|b| b.phase), Some(Phase::UpperKs2));
    }

    #[test]
    fn a_hostile_list_is_capped_before_it_is_read() {
        let badges = Badges::from_world(Some(&world()));
        let mut sent: Vec<String> = vec!["x".repeat(100_000); 10];
        sent.push("Ks1/pi".into());
        assert_eq!(badges.keep(&sent), ["Ks1/pi"], "over-long entries are skipped");
        let mut flood: Vec<String> = vec!["Ks1/nope".into(); 10_000];
        flood.push("Ks1/pi".into());
        assert!(badges.keep(&flood).is_empty(), "only the first entries are looked at");
        let repeated: Vec<String> =
            ["Ks1/pi", "Ks1/or", "UpperKs2/pi"].repeat(1000).into_iter().map(String::from).collect();
        assert_eq!(badges.keep(&repeated).len(), 3, "never more than the world has");
    }

    #[test]
    fn a_folder_without_a_world_knows_no_badges() {
        let badges = Badges::from_world(None);
        assert!(badges.is_empty());
        assert!(badges.keep(&["Ks1/pi".to_string()]).is_empty());
    }

    #[test]
    fn pictures_are_used_only_where_the_web_build_has_them() {
        let dist = std::env::temp_dir().join(format!("clickwise-badge-icons-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dist);
        std::fs::create_dir_all(dist.join("assets/icons")).unwrap();
        let mut badges = Badges::from_world(Some(&world()));
        badges.find_icons(&dist);
        assert_eq!(badges.get("Ks1/pi").unwrap().icon_src, None);
        std::fs::write(dist.join("assets/icons/padlock.png"), b"png").unwrap();
        badges.find_icons(&dist);
        assert_eq!(badges.get("Ks1/pi").unwrap().icon_src.as_deref(), Some("/assets/icons/padlock.png"));
        let _ = std::fs::remove_dir_all(&dist);
    }
}
