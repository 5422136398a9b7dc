//! The level checker over the real `levels/` folder, and over folders with broken levels.

use std::path::{Path, PathBuf};
use std::process::Command;

fn repo_levels() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../levels")
}

fn levelcheck(dir: &Path) -> (bool, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_levelcheck")).arg(dir).output().expect("levelcheck runs");
    (out.status.success(), String::from_utf8_lossy(&out.stdout).into_owned())
}

#[test]
fn every_shipped_level_passes() {
    let (ok, out) = levelcheck(&repo_levels());
    assert!(ok, "levelcheck found problems in levels/:\n{out}");
    let report = clickwise_core::catalogue::check_folder(&repo_levels());
    assert!(report.levels.len() >= 3, "expected at least one level per phase");
    for phase in clickwise_core::Phase::ALL {
        assert!(report.levels.iter().any(|l| l.phase == phase), "no level for {phase:?}");
    }
}

/// A scratch copy of the repo layout (levels/ beside assets/art/) that a test can break.
struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str) -> Self {
        let root = std::env::temp_dir().join(format!("clickwise-check-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        let levels = root.join("levels");
        std::fs::create_dir_all(&levels).unwrap();
        std::fs::create_dir_all(root.join("assets/art")).unwrap();
        for icon in ["popup", "fox"] {
            std::fs::write(root.join(format!("assets/art/{icon}.svg")), "<svg/>").unwrap();
        }
        Scratch(root)
    }
    fn levels(&self) -> PathBuf {
        self.0.join("levels")
    }
    fn write(&self, name: &str, text: &str) {
        std::fs::write(self.levels().join(name), text).unwrap();
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[path = "common/mod.rs"]
mod common;

#[test]
fn a_broken_level_is_reported_as_file_line_col_and_fails() {
    let s = Scratch::new("broken");
    s.write("good.level.ron", common::GOOD);
    let broken =
        common::GOOD.replace(r#"id: "test-level""#, r#"id: "other""#).replace("points: 3", "points: 5");
    s.write("bad.level.ron", &broken);
    s.write("catalogue.ron", r#"(levels: ["good.level.ron", "bad.level.ron"])"#);
    let (ok, out) = levelcheck(&s.levels());
    assert!(!ok, "should fail:\n{out}");
    let line = common::line_of(&broken, "points: 5");
    let expected = format!("{}:{line}:", s.levels().join("bad.level.ron").display());
    assert!(out.lines().any(|l| l.starts_with(&expected) && l.contains("5 points")), "{out}");
    assert!(!out.contains("good.level.ron:"), "the good level has no problems:\n{out}");
}

#[test]
fn duplicate_ids_unlisted_files_and_missing_files_are_reported() {
    let s = Scratch::new("dupes");
    s.write("a.level.ron", common::GOOD);
    s.write("b.level.ron", common::GOOD);
    s.write("forgotten.level.ron", common::GOOD);
    s.write("catalogue.ron", "(levels: [\"a.level.ron\", \"b.level.ron\", \"gone.level.ron\"])");
    let (ok, out) = levelcheck(&s.levels());
    assert!(!ok);
    assert!(out.contains("test-level"), "duplicate id reported:\n{out}");
    assert!(out.contains("forgotten.level.ron"), "unlisted file reported:\n{out}");
    assert!(out.contains("gone.level.ron"), "missing file reported:\n{out}");
}

#[test]
fn a_missing_icon_and_a_syntax_error_are_reported() {
    let s = Scratch::new("icons");
    s.write("a.level.ron", &common::GOOD.replace(r#"icon: "popup""#, r#"icon: "rocket""#));
    s.write("b.level.ron", "(id: \"oops\", title: ");
    s.write("catalogue.ron", "(levels: [\"a.level.ron\", \"b.level.ron\"])");
    let (ok, out) = levelcheck(&s.levels());
    assert!(!ok);
    assert!(out.contains("icon `rocket` not found in assets/art/"), "{out}");
    assert!(out.lines().any(|l| l.contains("b.level.ron:1:")), "{out}");
}

#[test]
fn a_broken_catalogue_is_reported() {
    let s = Scratch::new("catalogue");
    s.write("catalogue.ron", "(levels: [\"a.level.ron\"");
    let (ok, out) = levelcheck(&s.levels());
    assert!(!ok);
    assert!(out.contains("catalogue.ron:1:"), "{out}");
}

/// The worked example in levels/README.md is what new authors copy, so it must stay valid.
#[test]
fn the_worked_example_in_the_levels_readme_is_valid() {
    let readme = std::fs::read_to_string(repo_levels().join("README.md")).expect("levels/README.md");
    let start =
        readme.find("```ron\n// Ages 4 to 7").expect("the worked example's code block") + "```ron\n".len();
    let example = &readme[start..start + readme[start..].find("```").expect("closing fence")];
    let assets = clickwise_core::validate::FolderAssets::beside_levels(&repo_levels());
    let level = clickwise_core::load::load_level(example, "levels/README.md", &assets)
        .unwrap_or_else(|p| panic!("the worked example has problems:\n{p}"));
    assert_eq!(level.id, "ks1-strange-link");
    assert_eq!(level.steps.len(), 2);
}

/// The shipped curriculum, copied into a scratch folder beside the levels.
fn with_curriculum(s: &Scratch) {
    let shipped = std::fs::read_to_string(repo_levels().join("curriculum.ron")).unwrap();
    s.write("curriculum.ron", &shipped);
}

#[test]
fn unknown_curriculum_ids_and_wrong_age_bands_are_reported() {
    let s = Scratch::new("curriculum");
    with_curriculum(&s);
    let level = common::GOOD
        .replace("phase: LowerKs2,", "phase: Ks1,")
        .replace("tell an adult you trust.", "tell a grown-up you trust.")
        .replace("topics: [StopThinkClick],", "topics: [StopThinkClick],\n    statements: [\"ms-ks1-ask\", \"ms-uks2-lookalike\", \"zz-made-up\"],\n    seed_bullets: [\"grooming\", \"not-a-bullet\"],\n    dcf: [\"dcf-nope\"],");
    s.write("a.level.ron", &level);
    s.write("catalogue.ron", "(levels: [\"a.level.ron\"])");
    let (ok, out) = levelcheck(&s.levels());
    assert!(!ok, "{out}");
    let file = s.levels().join("a.level.ron").display().to_string();
    let at = |needle: &str| format!("{file}:{}:", common::line_of(&level, needle));
    for (needle, says) in [
        ("zz-made-up", "statement `zz-made-up` is not in curriculum.ron"),
        ("ms-uks2-lookalike", "is for ages 7 to 11, but this level is for ages 4 to 7"),
        ("not-a-bullet", "curriculum bullet `not-a-bullet` is not in curriculum.ron"),
        ("grooming", "is for older pupils"),
        ("dcf-nope", "DCF element `dcf-nope` is not in curriculum.ron"),
    ] {
        assert!(out.lines().any(|l| l.starts_with(&at(needle)) && l.contains(says)), "{says}:\n{out}");
    }
    assert!(!out.contains("ms-ks1-ask"), "a known id of the right band is fine:\n{out}");
}

#[test]
fn a_broken_curriculum_is_reported() {
    let s = Scratch::new("curriculum-broken");
    let shipped = std::fs::read_to_string(repo_levels().join("curriculum.ron")).unwrap();
    s.write("curriculum.ron", &shipped.replacen("(id: \"or\", name", "(id: \"si\", name", 1));
    s.write("catalogue.ron", "(levels: [])");
    let (ok, out) = levelcheck(&s.levels());
    assert!(!ok);
    assert!(out.contains("curriculum.ron:") && out.contains("id `si` is used twice"), "{out}");
}

#[test]
fn the_shipped_curriculum_has_the_eight_strands_and_seventeen_policy_bullets() {
    let source = std::fs::read_to_string(repo_levels().join("curriculum.ron")).unwrap();
    let c = clickwise_core::curriculum::Curriculum::parse(&source, "curriculum.ron").unwrap();
    let ids: Vec<(&str, &str)> = c.strands.iter().map(|s| (s.id.as_str(), s.name.as_str())).collect();
    assert_eq!(ids, clickwise_core::strands::STRANDS, "the dashboard's strand list matches the curriculum");
    assert_eq!(c.seed_bullets.len(), 17);
    assert_eq!(c.dcf.len(), 4);
    for band in [clickwise_core::curriculum::Band::Ages4to7, clickwise_core::curriculum::Band::Ages7to11] {
        for strand in &c.strands {
            assert!(
                c.statements.iter().any(|s| s.band == band && c.strand_of(&s.id) == Some(strand)),
                "{} has statements for {band:?}",
                strand.name
            );
        }
    }
}

/// The curriculum promise: every strand in every age phase, and every point of the school
/// policy's pupil curriculum, has at least one level.
#[test]
fn every_strand_is_covered_in_every_phase_and_every_policy_bullet_by_a_level() {
    let report = clickwise_core::catalogue::check_folder(&repo_levels());
    assert!(report.problems.is_empty(), "{:?}", report.problems);
    let curriculum = report.curriculum.as_ref().expect("levels/curriculum.ron");
    let coverage = clickwise_core::coverage::Coverage::of(curriculum, &report.levels);
    let gaps = coverage.gaps();
    assert!(gaps.is_empty(), "gaps in what the levels teach:\n{}", gaps.join("\n"));
    for phase in clickwise_core::Phase::ALL {
        let n = report.levels.iter().filter(|l| l.phase == phase).count();
        assert!(n >= 16, "{phase:?} has {n} levels; at least 16 are promised");
    }
    // --json carries the same data, with every level's id, phase, mechanics, ids and grade.
    let json: serde_json::Value = serde_json::from_str(&coverage.json()).unwrap();
    assert_eq!(json["levels"].as_array().unwrap().len(), report.levels.len());
    assert!(json["levels"][0]["readability"].is_number() && json["levels"][0]["mechanics"].is_array());
}
