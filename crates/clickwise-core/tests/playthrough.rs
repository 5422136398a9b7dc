//! The attempt model on its own, with no UI: stages, events out, retries that restore the
//! walk exactly, and the finished attempt scored by the one scoring implementation.

mod common;
use clickwise_core::playthrough::{PlayEvent, Playthrough, Stage};
use clickwise_core::scoring::score;
use clickwise_core::{Lang, Outcome};
use common::*;

const T0: u64 = 1_700_000_000_000;

fn start(seed: u64) -> Playthrough {
    Playthrough::start("attempt-0001".into(), good_level(), seed, Lang::En, T0)
}

#[test]
fn a_walk_from_intro_to_finish_publishes_each_step_and_the_attempt() {
    let mut p = start(7);
    assert_eq!(p.stage, Stage::Intro);
    p.choose("click"); // not yet answering: ignored
    assert!(p.log().is_empty() && p.take_events().is_empty());
    p.begin();
    assert_eq!(p.current_step().map(|s| s.id.as_str()), Some("ask"));
    p.choose("click");
    assert!(matches!(&p.stage, Stage::Feedback { step, points: 0, .. } if step == "ask"));
    assert_eq!(
        p.take_events(),
        [PlayEvent::StepAnswered { step: "ask".into(), points: 0, outcome: Outcome::Risky }]
    );
    p.advance(T0 + 5_000);
    assert_eq!(p.stage, Stage::Answering);
    assert_eq!(p.current_step().map(|s| s.id.as_str()), Some("oops"));
    p.choose("adult");
    p.advance(T0 + 9_000);
    let expected = score(&good_level(), p.log()).unwrap();
    assert_eq!(p.stage, Stage::Finished(expected));
    let events = p.take_events();
    let Some(PlayEvent::LevelFinished { attempt, started_ms }) = events.last() else {
        panic!("the level finished: {events:?}")
    };
    assert_eq!((attempt.score, attempt.finished_at, *started_ms), (expected, (T0 + 9_000) / 1000, T0));
    assert_eq!(attempt.choices, p.log());
    assert_eq!(attempt.id, "attempt-0001");
    assert!(p.take_events().is_empty(), "events are taken once");
}

/// The core loop: try, see what happened next, rewind. The rewind goes back to the same
/// step and the new answer decides where the level goes, but the first try is what counts.
#[test]
fn a_rewind_shows_the_scene_goes_back_and_the_first_try_is_scored() {
    let mut p = start(3);
    p.begin();
    p.choose("click");
    let Stage::Feedback { scene, points, .. } = &p.stage else { panic!("feedback after an answer") };
    let scene = scene.as_ref().expect("a risky answer plays its consequence scene");
    assert_eq!((scene.beats[0].picture.as_str(), *points), ("popup", 0));
    p.retry();
    assert_eq!(p.stage, Stage::Answering);
    assert!(p.log().is_empty(), "the answer was taken back");
    assert!(p.reviews.is_empty());
    assert_eq!(p.current_step().map(|s| s.id.as_str()), Some("ask"), "back on the same step");
    p.choose("tell");
    let Stage::Feedback { scene, .. } = &p.stage else { panic!("feedback after the second answer") };
    assert!(scene.is_none(), "a safe answer has no scene");
    p.advance(T0 + 1_000);
    let Stage::Finished(score) = p.stage else {
        panic!("the safe answer ends the level, as chosen the second time")
    };
    let record = &p.log()[0];
    assert_eq!(
        (record.option.as_str(), record.retries),
        ("tell", 1),
        "the path taken and the rewind are in the record"
    );
    assert_eq!(record.first.as_ref().map(|f| f.option.as_str()), Some("click"), "the first try is kept");
    assert_eq!(
        (score.points, score.risky, score.safe),
        (0, 1, 0),
        "the first try (risky, 0 points) is what is scored"
    );
    assert_eq!(Ok(score), clickwise_core::scoring::score(&p.level, p.log()), "the server scores it the same");
    let events = p.take_events();
    assert!(events.contains(&PlayEvent::StepRetried { step: "ask".into() }));
}

#[test]
fn answers_are_ignored_out_of_turn_and_unknown_answers_are_refused() {
    let mut p = start(1);
    p.begin();
    p.choose("no-such-answer");
    assert_eq!(p.stage, Stage::Answering, "an unknown answer changes nothing");
    p.choose("tell");
    p.choose("click"); // during feedback: ignored
    assert_eq!(p.log().len(), 1);
    p.retry();
    p.retry(); // only from feedback
    assert_eq!(p.retries, 1);
}

#[test]
fn the_same_seed_gives_the_same_cast_and_order_and_seeds_vary_them() {
    let (a, b) = (start(42), start(42));
    assert_eq!((a.cast.clone(), a.order.clone()), (b.cast.clone(), b.order.clone()));
    let orders: std::collections::BTreeSet<Vec<usize>> = (0..40).map(|s| start(s).order).collect();
    assert!(orders.len() > 1, "answer orders vary with the seed");
}
