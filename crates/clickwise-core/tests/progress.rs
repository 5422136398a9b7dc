//! The saved progress format: round trips, first-try vs best, migrations, and saves that
//! must be kept aside rather than overwritten.

mod common;
use clickwise_core::progress::{self, *};
use clickwise_core::scoring::{ChoiceRecord, Score, score};
use common::*;

fn attempt(n: u32, choices: &[(&str, &str)]) -> Attempt {
    let choices: Vec<ChoiceRecord> = choices.iter().map(|(s, o)| ChoiceRecord::answer(s, o)).collect();
    let score = score(&good_level(), &choices).unwrap();
    Attempt {
        id: format!("a{n}"),
        level: "test-level".into(),
        level_version: 1,
        choices,
        score,
        finished_at: 1_700_000_000 + u64::from(n),
        first_try: false,
    }
}

fn sample() -> SaveData {
    let mut data = SaveData::new();
    let mut p = Profile::new("p1", "Brave Otter", "otter");
    p.phase = Some(clickwise_core::Phase::LowerKs2);
    p.record(attempt(1, &[("ask", "click"), ("oops", "adult")]));
    data.add_profile(p);
    data
}

#[test]
fn first_try_is_kept_and_best_improves() {
    let mut p = sample().profiles.remove(0);
    let second = p.record(attempt(2, &[("ask", "tell")]));
    p.record(attempt(3, &[("ask", "click"), ("oops", "type")]));
    let r = &p.levels["test-level"];
    assert!(r.recent[0].first_try, "the first attempt recorded is marked as the first try");
    assert!(!second.first_try && !r.recent[2].first_try, "later ones are not");
    assert_eq!(r.first.points, 2, "the first try never changes");
    assert_eq!(r.best.points, 3);
    assert_eq!(r.best.stars, 3);
    assert_eq!(r.plays, 3);
    assert_eq!(p.stars("test-level"), Some(3));
    assert_eq!(p.total_stars(), 3);
}

#[test]
fn only_the_most_recent_attempts_are_kept() {
    let mut p = Profile::new("p", "Brave Otter", "otter");
    for n in 0..8 {
        p.record(attempt(n, &[("ask", "tell")]));
    }
    let r = &p.levels["test-level"];
    assert_eq!(r.plays, 8);
    assert_eq!(r.recent.len(), RECENT_ATTEMPTS);
    assert_eq!(r.recent.last().unwrap().id, "a7");
}

#[test]
fn a_save_round_trips() {
    let data = sample();
    let text = to_text(&data);
    assert_eq!(load(Some(&text)), Loaded::Current(data));
}

#[test]
fn nothing_saved_is_fresh() {
    assert_eq!(load(None), Loaded::Fresh);
    assert_eq!(load(Some("  \n")), Loaded::Fresh);
    assert!(!Loaded::Fresh.must_keep_aside());
}

#[test]
fn a_version_1_save_is_migrated() {
    let v1 = r#"(version: 1, nickname: "Happy Panda", avatar: "panda", stars: {"ks1-pop-up-prize": 2})"#;
    let Loaded::Migrated { data, from: 1 } = load(Some(v1)) else { panic!("expected a migration") };
    assert_eq!(data.version, SAVE_VERSION);
    let p = data.active_profile().expect("the v1 profile becomes the active one");
    assert_eq!((p.nickname.as_str(), p.avatar.as_str()), ("Happy Panda", "panda"));
    assert_eq!(p.stars("ks1-pop-up-prize"), Some(2));
    // Saved back, it loads as current.
    assert!(matches!(load(Some(&to_text(&data))), Loaded::Current(_)));
}

#[test]
fn corrupted_saves_are_kept_aside() {
    let good = to_text(&sample());
    for broken in [
        good[..good.len() / 2].to_string(),
        good.replace("profiles", "profilez"),
        "not a save at all".to_string(),
        "(version: 0)".to_string(),
    ] {
        let loaded = load(Some(&broken));
        assert!(matches!(loaded, Loaded::Unreadable { .. }), "{broken:?} -> {loaded:?}");
        assert!(loaded.must_keep_aside());
        assert_eq!(loaded.data(), SaveData::new(), "play continues with a fresh save");
    }
}

#[test]
fn a_save_from_a_newer_version_is_kept_aside() {
    let loaded = load(Some("(version: 9, whatever: [1, 2, 3])"));
    assert_eq!(loaded, Loaded::FromTheFuture { version: 9 });
    assert!(loaded.must_keep_aside());
}

#[test]
fn a_save_with_a_typed_in_name_or_impossible_score_is_refused() {
    let text = to_text(&sample()).replace("Brave Otter", "Jane Smith");
    assert!(matches!(load(Some(&text)), Loaded::Unreadable { .. }));
    let mut data = sample();
    data.profiles[0].levels.get_mut("test-level").unwrap().best =
        Score { points: 9, max: 3, stars: 3, ..Score::default() };
    assert!(matches!(load(Some(&to_text(&data))), Loaded::Unreadable { .. }));
}

#[test]
fn a_device_keeps_a_limited_number_of_profiles() {
    let mut data = SaveData::new();
    for n in 0..MAX_PROFILES + 2 {
        data.add_profile(Profile::new(format!("p{n}"), "Brave Otter", "otter"));
    }
    assert_eq!(data.profiles.len(), MAX_PROFILES);
    assert_eq!(data.active.as_deref(), Some(format!("p{}", MAX_PROFILES + 1).as_str()));
    assert!(data.profile("p0").is_none(), "the oldest is replaced");
}

/// A result the class server refused leaves the outbox for the refused list (never lost,
/// never shown as sent); the list keeps the newest few.
#[test]
fn a_refused_result_is_kept_aside_and_never_counts_as_waiting() {
    use clickwise_core::classroom::{Delivery, KEPT_REFUSALS, PendingResult, ResultSubmission};
    let pending = |id: &str| PendingResult {
        profile: "p1".into(),
        token: "t".into(),
        submission: ResultSubmission {
            attempt_id: id.into(),
            level_id: "test-level".into(),
            choices: Vec::new(),
            started_at: 1,
            finished_at: 2,
            first_try: Some(true),
            badges: Vec::new(),
        },
    };
    let mut data = sample();
    data.outbox.push(pending("attempt-a"));
    data.outbox.push(pending("attempt-b"));
    assert_eq!(data.delivery("attempt-a"), Delivery::Waiting);
    data.refuse("attempt-a", 422, "the choice log doesn't fit the level", 99);
    assert_eq!(
        data.delivery("attempt-a"),
        Delivery::Refused { status: 422, reason: "the choice log doesn't fit the level".into() }
    );
    assert_eq!(data.delivery("attempt-b"), Delivery::Waiting, "the others still wait");
    assert_eq!(data.delivery("attempt-unknown"), Delivery::Unknown);
    // It survives a save and a load.
    let back = load(Some(&to_text(&data))).data();
    assert_eq!(back.refused, data.refused);
    // Only the newest are kept.
    for n in 0..KEPT_REFUSALS + 5 {
        let id = format!("attempt-{n:03}");
        data.outbox.push(pending(&id));
        data.refuse(&id, 404, "gone", 100);
    }
    assert_eq!(data.refused.len(), KEPT_REFUSALS);
    assert_eq!(
        data.refused.last().unwrap().pending.submission.attempt_id,
        format!("attempt-{:03}", KEPT_REFUSALS + 4)
    );
}

/// A v2 save (before badges) reads as a migrated save with no badges, and is saved back as
/// the current version.
#[test]
fn a_v2_save_migrates_to_v3_with_no_badges() {
    let v2 = r#"(version: 2, profiles: [(id: "p1", nickname: "Happy Panda", avatar: "panda", levels: {})], active: Some("p1"))"#;
    let loaded = progress::load(Some(v2));
    let Loaded::Migrated { data, from } = loaded else { panic!("expected a migration, got {loaded:?}") };
    assert_eq!((from, data.version), (2, progress::SAVE_VERSION));
    assert!(data.profiles[0].badges.is_empty());
    assert!(progress::to_text(&data).contains("version:3"));
}

/// A save from before Welsh has no language per player: it reads as English, and a
/// player's Welsh is saved and read back.
#[test]
fn a_save_without_a_language_reads_as_english_and_welsh_round_trips() {
    let old = r#"(version: 3, profiles: [(id: "p1", nickname: "Happy Panda", avatar: "panda", levels: {})], active: Some("p1"))"#;
    let Loaded::Current(mut data) = progress::load(Some(old)) else {
        panic!("an old v3 save should read as it is")
    };
    assert_eq!(data.profiles[0].lang, clickwise_core::Lang::En);
    data.profiles[0].lang = clickwise_core::Lang::Cy;
    let Loaded::Current(back) = progress::load(Some(&to_text(&data))) else { panic!("round trip") };
    assert_eq!(back.profiles[0].lang, clickwise_core::Lang::Cy);
}

/// Finishing every level that teaches a strand earns its badge once; it is saved with the
/// profile and read back.
#[test]
fn badges_are_earned_by_finishing_a_strands_levels_and_saved() {
    let report = clickwise_core::catalogue::check_folder(std::path::Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../levels"
    )));
    let world = report.world.expect("the shipped levels have a world");
    let ks1 = world.phase(clickwise_core::Phase::Ks1).expect("a world for ages 4 to 7");
    let privacy: Vec<&clickwise_core::Level> = report
        .levels
        .iter()
        .filter(|l| l.phase == clickwise_core::Phase::Ks1 && clickwise_core::world::teaches(l, "pi"))
        .collect();
    assert!(privacy.len() >= 2, "privacy is taught by at least two levels");
    let mut profile = Profile::new("p1", "Happy Panda", "panda");
    let finish = |profile: &mut Profile, level: &clickwise_core::Level| {
        let score = clickwise_core::scoring::Score { stars: 1, ..Default::default() };
        profile.levels.insert(
            level.id.clone(),
            progress::LevelRecord { first: score, best: score, plays: 1, recent: Vec::new() },
        );
    };
    for level in &privacy[1..] {
        finish(&mut profile, level);
    }
    assert!(
        !profile.collect_badges(&world, &report.levels, 10).contains(&"Ks1/pi".to_owned()),
        "not before every privacy level is done"
    );
    finish(&mut profile, privacy[0]);
    assert_eq!(
        profile.collect_badges(&world, &report.levels, 20).iter().filter(|b| *b == "Ks1/pi").count(),
        1
    );
    assert!(profile.collect_badges(&world, &report.levels, 30).is_empty(), "a badge is earned once");
    let progress = ks1.badges(&report.levels, |id| profile.levels.contains_key(id));
    assert!(progress.iter().any(|b| b.id == "Ks1/pi" && b.earned()));
    let mut data = SaveData::new();
    data.add_profile(profile);
    let back = progress::load(Some(&progress::to_text(&data))).data();
    assert_eq!(back.profiles[0].badges[0].id, "Ks1/pi");
    assert_eq!(back.profiles[0].badges[0].earned_at, 20);
}
