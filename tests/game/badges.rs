//! Badges: finishing every level of the age group that teaches a strand earns its badge,
//! celebrated on the results screen, saved with the player and shown on "My badges".

use crate::common::play::{Way, open, play_step, session};
use crate::common::*;
use clickwise::levels::LevelLibrary;
use clickwise::play::Stage;
use clickwise::screens::Screen;
use clickwise_core::Phase;
use clickwise_core::world::teaches;

fn play_through(app: &mut bevy::prelude::App, title: &str) {
    open(app, "Ages 4 to 7", title);
    while !matches!(session(app).stage, Stage::Finished(_)) {
        play_step(app, Way::Safest);
        press(app, "Next");
    }
    assert_eq!(screen(app), Screen::Results);
}

#[test]
fn finishing_a_strands_levels_earns_its_badge_and_it_is_saved() {
    let (mut app, saves) = game(LEVELS, None);
    boot(&mut app);
    new_player(&mut app, "fox");
    // The strand with the fewest levels for ages 4 to 7: the quickest badge to earn.
    let (code, badge_name, can, titles) = {
        let library = app.world().resource::<LevelLibrary>();
        let world = library.world_of(Phase::Ks1).expect("a world");
        let badge = world
            .badges
            .iter()
            .min_by_key(|b| library.for_phase(Phase::Ks1).filter(|l| teaches(l, &b.strand)).count())
            .expect("badges");
        let titles: Vec<String> = library
            .for_phase(Phase::Ks1)
            .filter(|l| teaches(l, &badge.strand))
            .map(|l| l.title.en.clone())
            .collect();
        (badge.strand.clone(), badge.name.en.clone(), badge.can.en.clone(), titles)
    };
    let id = format!("Ks1/{code}");
    let (last, before) = titles.split_last().expect("the strand has levels");
    for title in before {
        play_through(&mut app, title);
        assert!(!all_text(&mut app).contains(&format!("New badge: {badge_name}")), "not yet, after {title}");
    }
    play_through(&mut app, last);
    let text = all_text(&mut app);
    assert!(text.contains(&format!("New badge: {badge_name}!")), "the results celebrate it: {text}");
    assert!(text.contains(&can), "and say what the pupil can now do");
    let saved = saved_data(&saves);
    let profile = &saved.profiles[0];
    assert_eq!(profile.badges.iter().filter(|b| b.id == id).count(), 1, "{:?}", profile.badges);
    press(&mut app, "See my badges");
    assert_eq!(screen(&app), Screen::Badges);
    assert!(all_text(&mut app).contains(&format!("Earned. {can}")));
    assert!(all_text(&mut app).contains("My badges: 1 of 8"));
    // Playing one of them again earns nothing new.
    press(&mut app, "Back");
    play_through(&mut app, last);
    assert!(!all_text(&mut app).contains("New badge"));
    assert_eq!(saved_data(&saves).profiles[0].badges.len(), 1);
}

/// A save from before badges (v2) with the levels already finished: the badge is
/// collected when the game loads, quietly, and saved in the new format.
#[test]
fn a_v2_save_gets_the_badges_its_finished_levels_earned() {
    let (app, _) = game(LEVELS, None);
    let library_levels: Vec<(String, bool)> = {
        let mut app = app;
        boot(&mut app);
        let library = app.world().resource::<LevelLibrary>();
        library.for_phase(Phase::Ks1).map(|l| (l.id.clone(), teaches(l, "co"))).collect()
    };
    let finished: Vec<String> =
        library_levels.iter().filter(|(_, co)| *co).map(|(id, _)| id.clone()).collect();
    assert!(!finished.is_empty());
    let levels = finished
        .iter()
        .map(|id| format!("\"{id}\": (first: (points: 1, max: 3, stars: 1, safe: 1, unsure: 0, risky: 0), best: (points: 1, max: 3, stars: 1, safe: 1, unsure: 0, risky: 0), plays: 1)"))
        .collect::<Vec<_>>()
        .join(", ");
    let v2 = format!(
        "(version: 2, profiles: [(id: \"p1\", nickname: \"Happy Panda\", avatar: \"panda\", phase: Some(Ks1), levels: {{{levels}}})], active: Some(\"p1\"))"
    );
    let (mut app, saves) = game(LEVELS, Some(&v2));
    boot(&mut app);
    for _ in 0..5 {
        app.update();
    }
    let saved = saved_data(&saves);
    assert_eq!(saved.version, clickwise_core::progress::SAVE_VERSION);
    assert!(saved.profiles[0].has_badge("Ks1/co"), "{:?}", saved.profiles[0].badges);
}
