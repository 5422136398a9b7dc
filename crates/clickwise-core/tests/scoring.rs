//! The one scoring implementation: walks, totals, stars and the checks the server relies on.

mod common;
use clickwise_core::scoring::{ChoiceRecord, LevelRun, ScoreError, max_points, score, stars};
use common::*;

fn log(pairs: &[(&str, &str)]) -> Vec<ChoiceRecord> {
    pairs.iter().map(|(s, o)| ChoiceRecord::answer(s, o)).collect()
}

#[test]
fn max_points_follows_the_heaviest_route() {
    // `tell` (3) ends at once; `wait` (1) + `adult` (2) is also 3; `click` + `adult` is 2.
    assert_eq!(max_points(&good_level()), 3);
}

#[test]
fn the_best_walk_earns_three_stars() {
    let s = score(&good_level(), &log(&[("ask", "tell")])).unwrap();
    assert_eq!((s.points, s.max, s.stars, s.safe, s.risky), (3, 3, 3, 1, 0));
}

#[test]
fn a_risky_then_recovered_walk_earns_partial_credit() {
    let s = score(&good_level(), &log(&[("ask", "click"), ("oops", "adult")])).unwrap();
    assert_eq!((s.points, s.stars, s.safe, s.unsure, s.risky), (2, 2, 1, 0, 1));
}

#[test]
fn the_worst_walk_still_earns_one_star_for_finishing() {
    let s = score(&good_level(), &log(&[("ask", "click"), ("oops", "type")])).unwrap();
    assert_eq!((s.points, s.stars, s.risky), (0, 1, 2));
}

#[test]
fn star_thresholds() {
    assert_eq!(stars(0, 10), 1);
    assert_eq!(stars(4, 10), 1);
    assert_eq!(stars(5, 10), 2);
    assert_eq!(stars(8, 10), 2);
    assert_eq!(stars(9, 10), 3);
    assert_eq!(stars(0, 0), 3, "a level with nothing to score can't be failed");
}

#[test]
fn a_forged_log_is_rejected() {
    let level = good_level();
    assert_eq!(
        score(&level, &log(&[("oops", "adult")])),
        Err(ScoreError::WrongStep { index: 0, expected: "ask".into(), found: "oops".into() })
    );
    assert!(matches!(score(&level, &log(&[("ask", "win")])), Err(ScoreError::BadRecord { .. })));
    assert!(matches!(
        score(&level, &log(&[("ask", "tell"), ("oops", "adult")])),
        Err(ScoreError::TooLong { index: 1 })
    ));
    assert_eq!(
        score(&level, &log(&[("ask", "click")])),
        Err(ScoreError::Unfinished { at_step: "oops".into() })
    );
    assert!(matches!(score(&level, &[]), Err(ScoreError::Unfinished { .. })));
}

#[test]
fn a_run_gives_feedback_with_the_safest_answer() {
    let level = good_level();
    let mut run = LevelRun::new(&level);
    let fb = run.choose("click").unwrap();
    assert_eq!(fb.items.len(), 1);
    assert_eq!(fb.items[0].text.en, level_answer_text(&level, "ask", "click"));
    let safer = fb.items[0].safer.as_ref().expect("a risky answer names the safer one");
    assert_eq!(safer.en, level_answer_text(&level, "ask", "tell"));
    assert_eq!(run.current_step().unwrap().id, "oops");
    assert!(run.finished_score().is_none());
    assert!(run.choose("nope").is_err(), "unknown answers are refused");
    run.choose("adult").unwrap();
    assert!(run.current_step().is_none());
    assert!(run.choose("adult").is_err(), "nothing to answer after the end");
    // The run's own log scores the same as the run: one implementation.
    assert_eq!(run.finished_score(), Some(score(&level, run.log()).unwrap()));
}

fn level_answer_text(level: &clickwise_core::Level, step: &str, option: &str) -> String {
    let clickwise_core::Mechanic::Choice(c) = &level.step(step).unwrap().mechanic else {
        panic!("a Choice step")
    };
    c.option(option).unwrap().text.en.clone()
}
