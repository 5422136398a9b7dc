//! Properties of the one scoring implementation, over random valid walks through every
//! shipped level (random answers, versions, hints and retries): the score never passes
//! the level's maximum; the game's incremental attempt model and the server's re-scoring
//! of the log agree; a log with a step left out is refused; what the teacher is shown of a
//! first try agrees with its score.

use clickwise_core::catalogue::check_folder;
use clickwise_core::insight::first_try_findings;
use clickwise_core::playthrough::{PlayEvent, Playthrough, Stage};
use clickwise_core::scoring::{ChoiceRecord, RunState, ScoreError, max_points, score};
use clickwise_core::{Lang, Level, Mechanic, Outcome, SafetyButton};
use proptest::prelude::*;
use rand::rngs::StdRng;
use rand::{RngExt, SeedableRng};
use std::sync::OnceLock;

fn levels() -> &'static [Level] {
    static LEVELS: OnceLock<Vec<Level>> = OnceLock::new();
    LEVELS.get_or_init(|| {
        let report = check_folder(std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../levels")));
        assert!(report.problems.is_empty(), "the shipped levels are valid: {:?}", report.problems);
        report.levels
    })
}

mod common;

/// The English sentence frames, worked out once.
fn frames() -> &'static [String] {
    static FRAMES: OnceLock<Vec<String>> = OnceLock::new();
    FRAMES.get_or_init(common::english_frames)
}

fn pick<'a, T>(rng: &mut StdRng, items: &'a [T]) -> &'a T {
    &items[rng.random_range(0..items.len())]
}

/// A random record a pupil could make on `mechanic` (step, variant, hint and retries are
/// left for the caller).
fn random_record(rng: &mut StdRng, mechanic: &Mechanic) -> ChoiceRecord {
    let mut r = ChoiceRecord::default();
    match mechanic {
        Mechanic::Choice(c) => r.option = pick(rng, &c.options).id.clone(),
        Mechanic::SpotClues(s) => {
            r.picks = s.parts.iter().filter(|_| rng.random_bool(0.5)).map(|p| p.id.clone()).collect();
            r.option = pick(rng, &s.decisions).id.clone();
        }
        Mechanic::Chat(c) => {
            let mut turn = c.turn(&c.start);
            while let Some(t) = turn {
                if t.replies.is_empty() || rng.random_bool(0.2) {
                    break; // a safety button, mid-chat
                }
                let reply = pick(rng, &t.replies);
                r.picks.push(reply.id.clone());
                turn = reply.then.as_deref().and_then(|n| c.turn(n));
            }
            // A chat that ended by itself is closed with no button (the buttons go with the
            // chat); one stopped early was stopped by a button.
            r.option = match turn {
                None => String::new(),
                Some(_) => pick(rng, &SafetyButton::ALL).id().to_owned(),
            };
        }
        Mechanic::Settings(s) => {
            for set in &s.settings {
                if rng.random_bool(0.7) {
                    r.picks.push(format!("{}={}", set.id, pick(rng, &set.options).id));
                }
            }
        }
        Mechanic::Sort(s) => {
            r.picks = s.cards.iter().map(|c| format!("{}={}", c.id, pick(rng, &s.bins).id)).collect();
        }
        Mechanic::Report(s) => {
            r.picks = s.questions.iter().map(|q| format!("{}={}", q.id, pick(rng, &q.answers).id)).collect();
        }
        Mechanic::Feed(f) => {
            r.picks = f.items.iter().map(|i| format!("{}={}", i.id, pick(rng, &f.moves).id())).collect();
        }
    }
    r
}

/// A random finished walk through `level`: every record accepted in turn.
fn random_walk(level: &Level, rng: &mut StdRng) -> Vec<ChoiceRecord> {
    let mut run = RunState::start(level);
    while let Some(step) = run.current_step(level) {
        let variant = rng.random_range(0..=step.variants.len());
        let mechanic = step.version(variant).expect("a version in range");
        let mut record = random_record(rng, mechanic);
        record.step = step.id.clone();
        record.variant = variant as u32;
        record.hint = rng.random_bool(0.2);
        record.retries = rng.random_range(0..3);
        let accepted = run.submit(level, record.clone());
        assert!(
            accepted.is_ok(),
            "{}: a record a pupil could make was refused: {record:?}: {accepted:?}",
            level.id
        );
    }
    run.log().to_vec()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn the_score_never_passes_the_levels_maximum(index in 0usize..1000, seed in any::<u64>()) {
        let level = &levels()[index % levels().len()];
        let log = random_walk(level, &mut StdRng::seed_from_u64(seed));
        let s = score(level, &log).expect("a finished walk scores");
        prop_assert!(s.points <= s.max, "{}: {} of {}", level.id, s.points, s.max);
        prop_assert_eq!(s.max, max_points(level));
        prop_assert!((1..=3).contains(&s.stars));
        prop_assert_eq!(s.safe + s.unsure + s.risky > 0, true);
    }

    #[test]
    fn a_log_with_a_step_left_out_is_refused(index in 0usize..1000, seed in any::<u64>(), gap in any::<usize>()) {
        let level = &levels()[index % levels().len()];
        let mut log = random_walk(level, &mut StdRng::seed_from_u64(seed));
        let left_out = gap % log.len();
        log.remove(left_out);
        let refused = score(level, &log);
        prop_assert!(
            matches!(refused, Err(ScoreError::WrongStep { .. } | ScoreError::Unfinished { .. })),
            "{}: leaving out choice {left_out} gave {refused:?}", level.id
        );
    }

    /// "Go back and choose again" is for learning: whatever the pupil picks the second (or
    /// third) time, the step counts what they picked first, in the game and on the server.
    #[test]
    fn a_rewound_step_is_scored_by_its_first_try(index in 0usize..1000, seed in any::<u64>(), rewinds in 1usize..4) {
        let level = &levels()[index % levels().len()];
        let mut rng = StdRng::seed_from_u64(seed);
        let mut play = Playthrough::start("attempt-rewind".into(), level.clone(), seed, Lang::En, 0);
        play.begin();
        let (_, mechanic) = play.current().expect("a first step");
        let mechanic = mechanic.clone();
        play.submit(random_record(&mut rng, &mechanic));
        let Stage::Feedback { points: first, .. } = play.stage.clone() else { panic!("{}: first try refused", level.id) };
        for _ in 0..rewinds {
            play.retry();
            play.submit(random_record(&mut rng, &mechanic));
            let Stage::Feedback { points, .. } = play.stage.clone() else { panic!("{}: a rewound try was refused", level.id) };
            prop_assert_eq!(points, first, "{}: the rewound step scored its new answer", level.id);
        }
        let record = play.log().last().cloned().expect("the step is in the log");
        prop_assert!(record.first.is_some(), "{}: the log keeps the first try", level.id);
    }

    /// The game keeps its score incrementally (with retries taken back) while the class
    /// server re-scores the whole log: for any attempt the two agree.
    #[test]
    fn the_games_attempt_and_the_servers_rescoring_agree(index in 0usize..1000, seed in any::<u64>()) {
        let level = &levels()[index % levels().len()];
        let mut rng = StdRng::seed_from_u64(seed);
        let mut play = Playthrough::start("attempt-prop".into(), level.clone(), seed, Lang::En, 0);
        play.begin();
        for _ in 0..100 {
            if matches!(play.stage, Stage::Finished(_)) {
                break;
            }
            let (_, mechanic) = play.current().expect("a step while not finished");
            let mechanic = mechanic.clone();
            if rng.random_bool(0.2) {
                play.show_hint();
            }
            play.submit(random_record(&mut rng, &mechanic));
            prop_assert!(matches!(play.stage, Stage::Feedback { .. }), "{}: a pupil's record was refused", level.id);
            if rng.random_bool(0.25) {
                play.retry();
            } else {
                play.advance(1_000);
            }
        }
        let Stage::Finished(game) = play.stage.clone() else { panic!("{}: the walk never finished", level.id) };
        prop_assert_eq!(Ok(game), score(level, play.log()), "{}", level.id);
        let finished = play.take_events().into_iter().find_map(|e| match e {
            PlayEvent::LevelFinished { attempt, .. } => Some(attempt),
            _ => None,
        });
        prop_assert_eq!(finished.map(|a| (a.score, a.choices)), Some((game, play.log().to_vec())));
    }

    /// The teacher's view of a first try agrees with its score: its risky and unsure
    /// findings are exactly the risky and unsure choices the score counts (a rewound step
    /// by its first try), each in words with every placeholder filled in.
    #[test]
    fn the_teachers_findings_agree_with_the_score(index in 0usize..1000, seed in any::<u64>()) {
        let level = &levels()[index % levels().len()];
        let mut rng = StdRng::seed_from_u64(seed);
        let mut play = Playthrough::start("attempt-findings".into(), level.clone(), seed, Lang::En, 0);
        play.begin();
        for _ in 0..100 {
            let Some((_, mechanic)) = play.current() else { break };
            let mechanic = mechanic.clone();
            play.submit(random_record(&mut rng, &mechanic));
            if rng.random_bool(0.3) { play.retry() } else { play.advance(1_000) }
        }
        let s = score(level, play.log()).expect("a finished walk scores");
        let findings = first_try_findings(level, Lang::En, play.log());
        let count = |o: Outcome| findings.iter().filter(|f| f.outcome == o).count() as u32;
        prop_assert_eq!((count(Outcome::Risky), count(Outcome::Unsure)), (s.risky, s.unsure), "{}", level.id);
        for f in &findings {
            let words = format!("{} {} {}", f.question, f.choice, f.flag.as_deref().unwrap_or(""));
            prop_assert!(!words.contains('{') && !f.question.is_empty(), "{}: {words}", level.id);
            prop_assert!(f.flag.is_none() || f.outcome != Outcome::Safe);
        }
        // The same findings for a Welsh teacher, with no English sentence frame left.
        let welsh = first_try_findings(level, Lang::Cy, play.log());
        let shape = |f: &clickwise_core::insight::Finding| (f.step.clone(), f.kind, f.outcome, f.flag.is_some());
        prop_assert_eq!(welsh.iter().map(shape).collect::<Vec<_>>(), findings.iter().map(shape).collect::<Vec<_>>());
        for f in &welsh {
            for frame in frames() {
                prop_assert!(!f.question.contains(frame.as_str()) && !f.choice.contains(frame.as_str()), "{}: {:?}", level.id, f);
            }
        }
    }
}
