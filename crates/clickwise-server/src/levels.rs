//! The level catalogue the server scores with: the same RON files the game plays, checked
//! by the same core code, so a score is recomputed exactly as the game computed it.

use crate::badges::Badges;
use clickwise_core::Level;
use clickwise_core::curriculum::Curriculum;
use clickwise_core::world::World;
use std::collections::HashMap;
use std::path::Path;

#[derive(Default)]
pub struct Levels {
    /// In catalogue order.
    pub list: Vec<Level>,
    by_id: HashMap<String, usize>,
    /// The folder's `curriculum.ron`, for the statements' wording on the teacher notes.
    pub curriculum: Option<Curriculum>,
    /// The folder's world files (map, cast, badges), when it has them.
    pub world: Option<World>,
    /// The world's badges, every phase: the only ids a result's badges are kept from.
    pub badges: Badges,
}

impl Levels {
    /// Loads `dir/catalogue.ron` and its levels. Levels with problems are left out and
    /// their problems returned, so one bad file doesn't stop a school's server.
    pub fn load(dir: &Path) -> (Levels, Vec<String>) {
        let report = clickwise_core::catalogue::check_folder_with(dir, &clickwise_core::validate::AnyAssets);
        let problems = report.problems.iter().map(|p| p.to_string()).collect();
        let mut list = report.levels;
        // Recurring characters get their fixed names, so the teacher's pages say "Leo"
        // where a level says `{friend}`.
        if let Some(world) = &report.world {
            list.iter_mut().for_each(|l| world.resolve_cast(l));
        }
        let mut levels = Levels::from_list(list);
        levels.curriculum = report.curriculum;
        levels.badges = Badges::from_world(report.world.as_ref());
        levels.world = report.world;
        (levels, problems)
    }

    pub fn from_list(list: Vec<Level>) -> Levels {
        let by_id = list.iter().enumerate().map(|(i, l)| (l.id.clone(), i)).collect();
        Levels { list, by_id, curriculum: None, world: None, badges: Badges::default() }
    }

    pub fn get(&self, id: &str) -> Option<&Level> {
        self.by_id.get(id).map(|&i| &self.list[i])
    }
}
