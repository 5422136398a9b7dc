//! `levels/catalogue.ron`: the list of level files. The web cannot list a folder, so the
//! game loads exactly what this names, in this order.

use crate::curriculum::{CURRICULUM_FILE, Curriculum};
use crate::error::Problem;
use crate::load::{self, parse_ron};
use crate::model::Level;
use crate::validate::{AssetCheck, FolderAssets};
use crate::world::{PhaseWorld, WORLD_FILES, World};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::path::Path;

pub const CATALOGUE_FILE: &str = "catalogue.ron";
pub const LEVEL_EXTENSION: &str = ".level.ron";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Catalogue {
    /// Level files, relative to the `levels/` folder.
    pub levels: Vec<String>,
}

pub fn parse_catalogue(source: &str, file: &str) -> Result<Catalogue, Problem> {
    parse_ron(source, file)
}

/// The result of checking a whole `levels/` folder.
#[derive(Debug, Default)]
pub struct FolderReport {
    pub levels: Vec<Level>,
    pub problems: Vec<Problem>,
    /// The folder's `curriculum.ron`, when it has one that reads.
    pub curriculum: Option<Curriculum>,
    /// The folder's `world.ron` (map, cast, badges), when it has one that reads.
    pub world: Option<World>,
}

/// Checks every level named by the catalogue in `dir`, the catalogue itself, and that no
/// level file is left out of it. Assets are looked up in `dir/../assets`.
pub fn check_folder(dir: &Path) -> FolderReport {
    check_folder_with(dir, &FolderAssets::beside_levels(dir))
}

/// Like [`check_folder`], with pictures looked up by `assets`. The class server uses
/// [`AnyAssets`](crate::validate::AnyAssets): it scores levels and never draws them, and
/// the web build it serves has only the rasterised icons.
pub fn check_folder_with(dir: &Path, assets: &dyn AssetCheck) -> FolderReport {
    let mut report = FolderReport::default();
    report.curriculum = load_curriculum(dir, &mut report.problems);
    let cat_path = dir.join(CATALOGUE_FILE);
    let cat_name = display(&cat_path);
    let catalogue = match std::fs::read(&cat_path)
        .map_err(|e| Problem::new(&cat_name, 0, 0, format!("cannot read: {e}")))
        .and_then(|bytes| load::text_of(&bytes, &cat_name))
    {
        Err(p) => {
            report.problems.push(p);
            return report;
        }
        Ok(src) => match parse_catalogue(&src, &cat_name) {
            Ok(c) => (c, src),
            Err(p) => {
                report.problems.push(p);
                return report;
            }
        },
    };
    let (catalogue, cat_src) = catalogue;
    let mut seen_ids: HashMap<String, String> = HashMap::new();
    for entry in &catalogue.levels {
        let path = dir.join(entry);
        let name = display(&path);
        let at = crate::locate::find_from(&cat_src, 0, &format!("\"{entry}\""));
        let (line, col) = crate::locate::line_col(&cat_src, at);
        let source = match std::fs::read(&path) {
            // A file that is there but isn't text is reported on itself, where it goes wrong.
            Ok(bytes) => match load::text_of(&bytes, &name) {
                Ok(s) => s,
                Err(p) => {
                    report.problems.push(p);
                    continue;
                }
            },
            Err(e) => {
                let msg = format!("lists `{entry}`, which cannot be read: {e}");
                report.problems.push(Problem::new(cat_name.clone(), line, col, msg));
                continue;
            }
        };
        match check_one(&source, &name, assets, &mut seen_ids) {
            Ok(level) => {
                let problems = report
                    .curriculum
                    .as_ref()
                    .map(|c| c.check_level(&level, &source, &name))
                    .unwrap_or_default();
                if problems.is_empty() {
                    report.levels.push(level);
                } else {
                    report.problems.extend(problems);
                }
            }
            Err(problems) => report.problems.extend(problems),
        }
    }
    report.problems.extend(unlisted_files(dir, &catalogue, &cat_name));
    report.problems.extend(crate::validate::play_rules(&report.levels, &cat_name));
    check_world(dir, assets, &mut report);
    report
}

fn check_one(
    source: &str,
    name: &str,
    assets: &dyn AssetCheck,
    seen_ids: &mut HashMap<String, String>,
) -> Result<Level, Vec<Problem>> {
    let level = load::load_level(source, name, assets).map_err(|p| p.0)?;
    if let Some(other) = seen_ids.insert(level.id.clone(), name.to_owned()) {
        let (line, col) = crate::locate::line_col(source, crate::locate::find_from(source, 0, "id:"));
        let msg = format!("level id `{}` is already used by {other}", level.id);
        return Err(vec![Problem::new(name, line, col, msg)]);
    }
    Ok(level)
}

/// `dir/curriculum.ron`, if the folder has one (a teacher's own folder of levels may not).
fn load_curriculum(dir: &Path, problems: &mut Vec<Problem>) -> Option<Curriculum> {
    let path = dir.join(CURRICULUM_FILE);
    let source = load::text_of(&std::fs::read(&path).ok()?, &display(&path)).ok()?;
    match Curriculum::parse(&source, &display(&path)) {
        Ok(c) => Some(c),
        Err(p) => {
            problems.extend(p);
            None
        }
    }
}

/// The folder's world files (`world-ks1.ron`…), checked against the folder's levels. A
/// teacher's own folder of levels may have none: its levels then have no recurring cast.
fn check_world(dir: &Path, assets: &dyn AssetCheck, report: &mut FolderReport) {
    let mut world = World { phases: Vec::new() };
    for (phase, file) in WORLD_FILES {
        let path = dir.join(file);
        let name = display(&path);
        let Ok(bytes) = std::fs::read(&path) else { continue };
        let parsed =
            load::text_of(&bytes, &name).and_then(|src| PhaseWorld::parse(&src, &name).map(|w| (w, src)));
        match parsed {
            Ok((w, _)) if w.phase != phase => {
                report.problems.push(Problem::new(
                    &name,
                    0,
                    0,
                    format!("this file is for {}, not {:?}", phase.label(), w.phase),
                ));
            }
            Ok((w, source)) => {
                report.problems.extend(w.check(&source, &name, &report.levels, assets));
                world.phases.push(w);
            }
            Err(p) => report.problems.push(p),
        }
    }
    if world.phases.is_empty() {
        for l in &report.levels {
            if let Some(role) = l.cast.iter().find(|r| r.is.is_some()) {
                let msg = format!(
                    "level `{}` casts `{}` from a world file, and this folder has none",
                    l.id, role.role
                );
                report.problems.push(Problem::new(display(&dir.join(CATALOGUE_FILE)), 0, 0, msg));
            }
        }
        return;
    }
    report.problems.extend(world.check_levels(&display(&dir.join(CATALOGUE_FILE)), &report.levels));
    report.world = Some(world);
}

fn unlisted_files(dir: &Path, catalogue: &Catalogue, cat_name: &str) -> Vec<Problem> {
    let Ok(entries) = std::fs::read_dir(dir) else { return Vec::new() };
    let mut names: Vec<String> = entries
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(LEVEL_EXTENSION) && !catalogue.levels.contains(n))
        .collect();
    names.sort();
    names
        .into_iter()
        .map(|n| Problem::new(cat_name, 0, 0, format!("`{n}` is not listed, so no pupil would see it")))
        .collect()
}

fn display(path: &Path) -> String {
    path.to_string_lossy().into_owned()
}
