//! A pupil's whole journey, headless: title, new player, age group, a level answered
//! step by step, results, and the save that a fresh start reads back.

use crate::common::play::{Way, play_step};
use crate::common::*;
use bevy::prelude::*;
use clickwise::play::{PlaySession, Stage};
use clickwise::screens::Screen;
use clickwise_core::scoring::{self, Score};
use clickwise_core::{AnswerOption, Mechanic, Outcome};

const LEVEL_ID: &str = "ks1-pop-up-prize";
const LEVEL_TITLE: &str = "The Surprise Pop-up";

/// Opens the level from "All levels" (the map's own tests walk the map).
fn open_level(app: &mut App) {
    if !labels(app).iter().any(|l| l == LEVEL_TITLE) {
        press(app, "All levels");
    }
    press(app, LEVEL_TITLE);
    assert_eq!(screen(app), Screen::Play);
}

/// Plays the open level to the end, each step the given way; returns the score the game
/// shows. On each Choice step, every answer is checked to be on screen with names filled.
fn play_level(app: &mut App, way: Way) -> Score {
    press(app, "Start");
    loop {
        let session = app.world().resource::<PlaySession>().clone();
        assert_eq!(session.stage, Stage::Answering);
        if let Some((_, Mechanic::Choice(choice))) = session.current() {
            // Every answer is on screen, in the shuffled order, with names filled in.
            let shown: Vec<String> =
                session.order.iter().map(|&i| session.fill(&choice.options[i].text)).collect();
            let on_screen = labels(app);
            for text in &shown {
                assert!(on_screen.contains(text), "answer {text:?} is not on screen: {on_screen:?}");
            }
            assert!(!shown.iter().any(|t| t.contains('{')), "a name was left unfilled: {shown:?}");
        }
        play_step(app, way);
        assert!(matches!(app.world().resource::<PlaySession>().stage, Stage::Feedback { .. }));
        assert!(labels(app).contains(&"Next".to_string()));
        press(app, "Next");
        if screen(app) == Screen::Results {
            break;
        }
    }
    let session = app.world().resource::<PlaySession>();
    let Stage::Finished(score) = session.stage else { panic!("the level should be finished") };
    // The game's score is exactly the core's score of the choices made.
    assert_eq!(Ok(score), scoring::score(&session.level, session.log()));
    score
}

fn safest(options: &[AnswerOption]) -> &AnswerOption {
    options.iter().min_by_key(|o| (o.outcome, std::cmp::Reverse(o.points))).unwrap()
}

fn riskiest(options: &[AnswerOption]) -> &AnswerOption {
    options.iter().max_by_key(|o| (o.outcome, std::cmp::Reverse(o.points))).unwrap()
}

#[test]
fn safe_answers_earn_three_stars_and_are_saved() {
    let (mut app, saves) = game(LEVELS, None);
    boot(&mut app);
    let on_title = labels(&mut app);
    assert!(on_title.contains(&"New player".into()) && on_title.contains(&"About".into()), "{on_title:?}");

    let nickname = new_player(&mut app, "fox");
    open_level(&mut app);
    let score = play_level(&mut app, Way::Safest);
    assert_eq!(score.stars, 3);
    assert_eq!(score.points, score.max);
    assert_eq!(score.risky, 0);
    assert!(labels(&mut app).contains(&"Play again".into()));
    assert!(labels(&mut app).contains(&"Choose another level".into()));

    // The attempt is in the saved profile.
    let data = saved_data(&saves);
    let profile = data.active_profile().expect("an active profile");
    assert_eq!((profile.nickname.as_str(), profile.avatar.as_str()), (nickname.as_str(), "fox"));
    let record = &profile.levels[LEVEL_ID];
    assert_eq!((record.plays, record.first, record.best), (1, score, score));
    let session = app.world().resource::<PlaySession>();
    assert_eq!(record.recent[0].choices, session.log());
    assert_eq!(record.recent[0].level_version, session.level.version);

    // A fresh start from that save shows the player with their stars.
    let text = saves.lock().unwrap().save.clone();
    let (mut again, _) = game(LEVELS, text.as_deref());
    boot(&mut again);
    assert!(labels(&mut again).contains(&nickname), "the saved player is on the title screen");
    assert!(all_text(&mut again).contains("3 stars"));
    press(&mut again, &nickname);
    assert_eq!(screen(&again), Screen::Levels, "the saved age group is remembered");
}

#[test]
fn risky_answers_get_kind_feedback_and_fewer_stars() {
    let (mut app, saves) = game(LEVELS, None);
    boot(&mut app);
    new_player(&mut app, "owl");
    open_level(&mut app);
    press(&mut app, "Start");
    let session = app.world().resource::<PlaySession>().clone();
    let Some((_, Mechanic::Choice(choice))) = session.current() else {
        panic!("the level starts with a Choice")
    };
    let risky = riskiest(&choice.options);
    assert_eq!(risky.outcome, Outcome::Risky);
    press(&mut app, &session.fill(&risky.text));
    // The feedback explains kindly and shows the safest answer.
    let text = all_text(&mut app);
    assert!(text.contains(&session.fill(&risky.why)), "the why is shown");
    assert!(text.contains(&format!("The safest choice: {}", session.fill(&safest(&choice.options).text))));
    press(&mut app, "Next");

    // Finish the rest riskily too, then compare with a second attempt.
    while screen(&app) == Screen::Play {
        play_step(&mut app, Way::Riskiest);
        press(&mut app, "Next");
    }
    let Stage::Finished(first) = app.world().resource::<PlaySession>().stage else { panic!("unfinished") };
    let session = app.world().resource::<PlaySession>();
    assert_eq!(Ok(first), clickwise_core::scoring::score(&session.level, session.log()));
    assert!(first.stars < 3 && first.risky >= 1, "{first:?}");

    // Play again with the safest answers: best improves, first try stays.
    press(&mut app, "Play again");
    assert_eq!(screen(&app), Screen::Play);
    let best = play_level(&mut app, Way::Safest);
    let record = saved_data(&saves).active_profile().unwrap().levels[LEVEL_ID].clone();
    assert_eq!((record.plays, record.first, record.best), (2, first, best));
    assert!(all_text(&mut app).contains("First try: 1 of 3 stars"));
}

#[test]
fn next_waits_until_a_nickname_and_a_picture_are_picked() {
    let (mut app, saves) = game(LEVELS, None);
    boot(&mut app);
    press(&mut app, "New player");
    let nicknames = app.world().resource::<clickwise::screens::ProfileDraft>().suggestions.clone();
    assert_eq!(nicknames.len(), 4);
    for nick in &nicknames {
        assert!(clickwise_core::names::is_valid_nickname(nick));
        assert!(labels(&mut app).contains(nick));
    }
    for avatar in clickwise_core::names::PUPIL_AVATARS {
        assert!(labels(&mut app).contains(&avatar.to_string()), "avatar {avatar} has a button");
    }
    press(&mut app, "Next");
    assert_eq!(screen(&app), Screen::Profile, "nothing picked yet");
    press(&mut app, &nicknames[1]);
    press(&mut app, "Next");
    assert_eq!(screen(&app), Screen::Profile, "no picture yet");
    assert!(saves.lock().unwrap().save.is_none(), "nothing saved before the profile exists");

    // "Other names" offers new suggestions on the same buttons.
    press(&mut app, "Other names");
    let fresh = app.world().resource::<clickwise::screens::ProfileDraft>().suggestions.clone();
    assert_ne!(fresh, nicknames);
    for nick in &fresh {
        assert!(labels(&mut app).contains(nick), "{nick} shown after Other names");
    }
    press(&mut app, &fresh[0]);
    press(&mut app, "panda");
    press(&mut app, "Next");
    assert_eq!(screen(&app), Screen::Phase);
    let data = saved_data(&saves);
    assert_eq!(data.active_profile().unwrap().nickname, fresh[0], "saved right after creating the profile");
}
