//! Every mechanic played headless through the real screens, by pressing buttons the way a
//! pupil would: the safest way and the riskiest way through each level that uses it. The
//! score the game shows must be the core's score of the log it saved.

use crate::common::play::*;
use crate::common::*;
use bevy::prelude::*;
use clickwise::play::Stage;
use clickwise::screens::Screen;
use clickwise_core::scoring::{self, Score};
use clickwise_core::*;

/// Plays a whole level one way; returns its score, checked against the core.
fn play(app: &mut App, phase: &str, title: &str, way: Way) -> (Score, Vec<String>) {
    open(app, phase, title);
    let mut kinds = Vec::new();
    while screen(app) == Screen::Play {
        kinds.push(current(app).kind().to_owned());
        play_step(app, way);
        press(app, "Next");
    }
    assert_eq!(screen(app), Screen::Results);
    let s = session(app);
    let Stage::Finished(score) = s.stage else { panic!("the level should be finished") };
    assert_eq!(Ok(score), scoring::score(&s.level, s.log()), "the game's score is the core's");
    // The summary lists every decision with its why.
    let text = all_text(app);
    for (_, items) in &s.reviews {
        for item in items {
            assert!(text.contains(&s.fill(&item.why)), "the summary explains {:?}", item.text.en);
        }
    }
    assert!(text.contains(&s.fill(&s.level.help)), "the level ends with the help route");
    press(app, "Choose another level");
    (score, kinds)
}

const LEVELS_BY_MECHANIC: &[(&str, &str)] = &[
    ("Ages 4 to 7", "Spot the Trick"),
    ("Ages 4 to 7", "Chat in the Game"),
    ("Ages 4 to 7", "The Gem Shop"),
    ("Ages 7 to 9", "The Fishy Email"),
    ("Ages 7 to 9", "The New Game Friend"),
    ("Ages 9 to 11", "The Look-alike Website"),
    ("Ages 9 to 11", "The New Follower"),
];

#[test]
fn every_mechanic_scores_best_for_the_safest_way_and_least_for_the_riskiest() {
    let (mut app, _) = game(LEVELS, None);
    boot(&mut app);
    new_player(&mut app, "fox");
    let mut seen = std::collections::BTreeSet::new();
    for &(phase, title) in LEVELS_BY_MECHANIC {
        let (best, kinds) = play(&mut app, phase, title, Way::Safest);
        let (worst, _) = play(&mut app, phase, title, Way::Riskiest);
        assert_eq!(best.stars, 3, "{title}: the safest way earns 3 stars ({best:?})");
        assert_eq!((best.risky, best.unsure), (0, 0), "{title}: {best:?}");
        assert!(worst.points < best.points && worst.risky > 0, "{title}: {worst:?} vs {best:?}");
        assert_eq!(worst.stars, 1, "{title}: {worst:?}");
        seen.extend(kinds);
    }
    for kind in ["SpotClues", "Chat", "Settings", "Sort", "Report", "Feed"] {
        assert!(seen.contains(kind), "{kind} was played");
    }
}

/// A hint costs a point. "Go back and choose again" is practice: the first try is what is
/// scored, however well the second goes.
#[test]
fn a_hint_costs_a_point_and_a_rewind_keeps_the_first_try() {
    let (mut app, _) = game(LEVELS, None);
    boot(&mut app);
    new_player(&mut app, "owl");
    open(&mut app, "Ages 4 to 7", "Spot the Trick");
    let max_first = {
        let s = session(&app);
        let step = s.current().unwrap().1.clone();
        scoring::exits(&step).into_iter().map(|e| e.0).max().unwrap()
    };
    press(&mut app, "Hint (costs 1 point)");
    assert!(all_text(&mut app).contains("Look for words that say hurry"));
    play_step(&mut app, Way::Riskiest);
    let Stage::Feedback { points: first, scene, .. } = session(&app).stage else { panic!("feedback") };
    assert!(scene.is_some(), "a risky first try shows what happened next");
    assert!(all_text(&mut app).contains("What happened next"));
    press(&mut app, clickwise::screens::REWIND_LABEL);
    assert_eq!(session(&app).stage, Stage::Answering);
    assert!(all_text(&mut app).contains("your first answer is the one that counts"));
    play_step(&mut app, Way::Safest);
    let Stage::Feedback { points, scene, .. } = session(&app).stage else { panic!("feedback") };
    assert!(scene.is_none());
    assert_eq!(points, first, "the rewound step still scores its first try");
    assert!(first < max_first - 1, "the risky first try (with the hint's cost) scored less than the best");
    let record = session(&app).log().last().cloned().unwrap();
    assert!(record.hint && record.retries == 1 && record.first.is_some(), "{record:?}");
}

#[test]
fn a_safety_button_before_any_warning_sign_is_still_safe() {
    let (mut app, _) = game(LEVELS, None);
    boot(&mut app);
    new_player(&mut app, "fox");
    open(&mut app, "Ages 4 to 7", "Chat in the Game");
    settle(&mut app);
    press(&mut app, "Block");
    let Stage::Feedback { points, items, .. } = session(&app).stage else { panic!("feedback") };
    assert_eq!(points, EARLY_SAFETY_POINTS);
    assert_eq!(items.len(), 1);
    assert_eq!(items[0].outcome, Outcome::Safe, "blocking is never wrong");
    assert!(items[0].why.en.starts_with("It's always OK"), "{:?}", items[0].why.en);
}

/// The answer a step offers first: the first answer button, in the order they are drawn.
fn first_offered(app: &mut App) -> String {
    let world = app.world_mut();
    let parent = world
        .query::<(&clickwise::theme::Widget, &ChildOf)>()
        .iter(world)
        .find(|(w, _)| w.role == "answer")
        .map(|(_, p)| p.parent())
        .expect("answers on screen");
    let children: Vec<Entity> = world.get::<Children>(parent).expect("the answers' column").to_vec();
    children
        .into_iter()
        .filter_map(|c| world.get::<clickwise::theme::Widget>(c))
        .find(|w| w.role == "answer")
        .map(|w| w.label.clone())
        .expect("an answer first")
}

/// A form's answers and a chat's replies, like every other list of answers, come in a new
/// order each attempt, so the right one is not always in the same place.
#[test]
fn report_answers_and_chat_replies_come_in_a_new_order_each_attempt() {
    let (mut app, _) = game(LEVELS, None);
    boot(&mut app);
    new_player(&mut app, "fox");
    for (phase, title, kind) in
        [("Ages 4 to 7", "Spot the Trick", "Report"), ("Ages 4 to 7", "Chat in the Game", "Chat")]
    {
        let mut firsts = std::collections::BTreeSet::new();
        for _ in 0..8 {
            open(&mut app, phase, title);
            while screen(&app) == Screen::Play {
                if current(&app).kind() == kind {
                    settle(&mut app);
                    let s = session(&app);
                    let (expected, all) = match current(&app) {
                        Mechanic::Report(r) => {
                            let q = &r.questions[0];
                            let order = shuffle::list_order(&s.order, 0, q.answers.len());
                            (s.fill(&q.answers[order[0]].text), q.answers.len())
                        }
                        Mechanic::Chat(c) => {
                            let turn = c.turn(&c.start).unwrap();
                            let order = shuffle::list_order(&s.order, 0, turn.replies.len());
                            (s.fill(&turn.replies[order[0]].text), turn.replies.len())
                        }
                        other => panic!("not a {kind}: {}", other.kind()),
                    };
                    assert!(all > 1, "{title}: more than one answer to order");
                    let first = first_offered(&mut app);
                    assert_eq!(
                        first, expected,
                        "{title}: the first answer shown follows the attempt's order"
                    );
                    firsts.insert(first);
                }
                play_step(&mut app, Way::Safest);
                press(&mut app, "Next");
            }
            press(&mut app, "Choose another level");
        }
        assert!(firsts.len() > 1, "{title}: 8 attempts always offered {firsts:?} first");
    }
}
