//! The game-world play rules as checker rules: every risky answer has a "what happened
//! next" scene, levels are not all Choice, each age group keeps Choice to half its steps,
//! varies a third of its levels and has a feed; recurring cast ids and the map are checked
//! against the world files; several safe Settings answers all score.

mod common;
use clickwise_core::catalogue::check_folder;
use clickwise_core::scoring::{ChoiceRecord, score_step};
use clickwise_core::validate::{PlayShare, play_rules};
use clickwise_core::{Level, Mechanic, Phase};
use common::*;

fn has(problems: &clickwise_core::Problems, needle: &str) -> bool {
    problems.0.iter().any(|p| p.message.contains(needle))
}

fn shipped() -> clickwise_core::catalogue::FolderReport {
    check_folder(std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../levels")))
}

#[test]
fn a_risky_answer_without_a_scene_is_reported() {
    let err = problems_after(
        r#"consequence: Some((beats: [(picture: "popup", count: 3, text: "More pop-ups appear.")], then: "{friend} stops and tells an adult."))"#,
        "consequence: None",
    );
    assert!(has(&err, "answer `click` can be risky, so it needs a `consequence` scene"), "{err}");
}

#[test]
fn a_scene_on_a_safe_answer_or_with_too_many_copies_is_reported() {
    let err = problems_after("count: 3", "count: 9");
    assert!(has(&err, "1 to 6 copies"), "{err}");
    let err = problems_after(r#"who: Some("friend")"#, r#"who: Some("ghost")"#);
    assert!(has(&err, "scene character `ghost` is not in the cast"), "{err}");
}

#[test]
fn a_level_of_only_choices_is_reported() {
    let err = problems_after(r#"next: "sort""#, r#"next: "oops""#);
    // `sort` is now unreachable; removing it entirely leaves only Choice steps.
    assert!(has(&err, "can never be reached"), "{err}");
    let start = GOOD.find("        (\n            id: \"sort\"").expect("the sort step");
    let end = GOOD.rfind("    ],\n    help:").expect("the end of the steps");
    let only_choices =
        format!("{}{}", &GOOD[..start], &GOOD[end..]).replace(r#"next: "sort""#, r#"next: "oops""#);
    let err =
        clickwise_core::load::load_level(&only_choices, "a.level.ron", &clickwise_core::validate::AnyAssets)
            .expect_err("all-Choice levels are refused");
    assert!(has(&err, "every step is a Choice"), "{err}");
}

#[test]
fn the_phase_rules_count_choice_steps_variants_and_feeds() {
    let level = good_level();
    let share = PlayShare::of(Phase::LowerKs2, std::slice::from_ref(&level));
    assert_eq!((share.levels, share.steps, share.choice_steps), (1, 3, 2));
    assert_eq!((share.with_consequence, share.with_variants, share.with_feed), (1, 0, 0));
    let problems = play_rules(&[level], "catalogue.ron");
    let said: Vec<&str> = problems.iter().map(|p| p.message.as_str()).collect();
    assert!(said.iter().any(|m| m.contains("2 of 3 steps are Choice (66%)")), "{said:?}");
    assert!(said.iter().any(|m| m.contains("0 of 1 levels use `variants`")), "{said:?}");
    assert!(said.iter().any(|m| m.contains("no level has a Feed step")), "{said:?}");
}

#[test]
fn the_shipped_levels_meet_the_play_rules_in_every_phase() {
    let report = shipped();
    assert!(report.problems.is_empty(), "{:#?}", report.problems);
    for phase in Phase::ALL {
        let s = PlayShare::of(phase, &report.levels);
        assert!(s.choice_percent() <= 50, "{phase:?}: {s:?}");
        assert_eq!(s.with_consequence, s.levels, "{phase:?}: every level has a scene");
        assert!(s.with_variants * 3 >= s.levels && s.with_feed >= 1, "{phase:?}: {s:?}");
    }
    assert!(report.levels.len() >= 64, "at least 64 levels: {}", report.levels.len());
}

#[test]
fn recurring_cast_is_fixed_and_unknown_ids_are_rejected() {
    let report = shipped();
    let world = report.world.expect("world files");
    let mut level: Level =
        report.levels.iter().find(|l| l.id == "ks1-gem-shop").cloned().expect("the gem shop");
    assert_eq!(level.cast[0].is.as_deref(), Some("leo"));
    world.resolve_cast(&mut level);
    assert_eq!(
        (level.cast[0].names.as_slice(), level.cast[0].avatars.as_slice()),
        (&[clickwise_core::Text::new("Leo")][..], &["boy".to_owned()][..])
    );
    let mut stranger = level.clone();
    stranger.cast[0].is = Some("nobody-we-know".into());
    let ks1 = world.phase(Phase::Ks1).expect("ages 4 to 7");
    let problems = ks1.check("", "world-ks1.ron", &[stranger], &clickwise_core::validate::AnyAssets);
    assert!(
        problems.iter().any(|p| p.message.contains("`nobody-we-know` is not in the cast")),
        "{problems:?}"
    );
}

#[test]
fn a_level_in_no_place_on_the_map_is_reported() {
    let report = shipped();
    let world = report.world.expect("world files");
    let mut lost = report.levels[0].clone();
    lost.id = "ks1-lost".into();
    let problems = world.check_levels("catalogue.ron", &[lost]);
    assert!(
        problems.iter().any(|p| p.message.contains("`ks1-lost` is in no place on the map")),
        "{problems:?}"
    );
}

/// Settings can accept several safe options (the most protective is never marked risky).
#[test]
fn every_safe_setting_option_scores() {
    let report = shipped();
    let (step, settings) = report
        .levels
        .iter()
        .flat_map(|l| &l.steps)
        .find_map(|s| match &s.mechanic {
            Mechanic::Settings(x) if x.settings.iter().any(|set| set.safe.len() > 1) => Some((s, x)),
            _ => None,
        })
        .expect("a shipped Settings step with several safe options");
    let multi = settings.settings.iter().find(|set| set.safe.len() > 1).unwrap();
    let full: u32 = settings.settings.iter().map(|s| s.points).sum();
    for safe in &multi.safe {
        let mut picks: Vec<String> =
            settings.settings.iter().map(|s| format!("{}={}", s.id, s.safe[0])).collect();
        picks.retain(|p| !p.starts_with(&format!("{}=", multi.id)));
        picks.push(format!("{}={safe}", multi.id));
        let record = ChoiceRecord { step: step.id.clone(), picks, ..Default::default() };
        let result = score_step(&step.mechanic, &record).expect("a valid record");
        assert_eq!(result.points, full, "`{safe}` is safe for `{}`", multi.id);
    }
}
