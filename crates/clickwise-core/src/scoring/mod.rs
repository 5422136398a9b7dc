//! The one scoring implementation. The game uses it to show stars, the server uses it to
//! recompute a result from the choice log, so a client can never claim a score.

mod record;
mod review;
mod run;
mod steps;

pub use record::{ChoiceRecord, FirstTry};
pub use review::{ItemKind, ReviewItem};
pub use run::{LevelRun, RunState};
pub use steps::{StepResult, chat_max, exits, score_step};

use crate::model::*;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::fmt;

/// The result of a finished attempt.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Score {
    pub points: u32,
    /// The most points any route through the level can earn.
    pub max: u32,
    pub stars: u8,
    pub safe: u32,
    pub unsure: u32,
    pub risky: u32,
}

impl Score {
    /// Whether this is a better result than `other`: see [`better`].
    pub fn better_than(&self, other: &Score) -> bool {
        better((self.points, self.risky), (other.points, other.risky))
    }
}

/// The one definition of "best", for the device, the pupil API and the dashboard alike:
/// more points first, then fewer risky choices. Each side is (points, risky choices).
pub fn better(a: (u32, u32), b: (u32, u32)) -> bool {
    (a.0, std::cmp::Reverse(a.1)) > (b.0, std::cmp::Reverse(b.1))
}

/// Stars for a finished level. Finishing always earns one: every pupil who reaches the
/// help message has learned where to go, and that deserves credit.
pub fn stars(points: u32, max: u32) -> u8 {
    if max == 0 {
        return 3;
    }
    let pct = points * 100 / max;
    1 + u8::from(pct >= 50) + u8::from(pct >= 90)
}

/// Why a choice log does not describe a finished walk through a level.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ScoreError {
    /// The choice at this index is on the wrong step.
    WrongStep { index: usize, expected: String, found: String },
    /// The record does not fit its step (an unknown answer, a card not sorted…).
    BadRecord { index: usize, step: String, problem: String },
    /// The log goes on after the level ended.
    TooLong { index: usize },
    /// The log stops before the level ends.
    Unfinished { at_step: String },
}

impl fmt::Display for ScoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ScoreError::WrongStep { index, expected, found } => {
                write!(f, "choice {index} is on step `{found}`, but the level is at `{expected}`")
            }
            ScoreError::BadRecord { index, step, problem } => {
                write!(f, "choice {index} (step `{step}`): {problem}")
            }
            ScoreError::TooLong { index } => write!(f, "choice {index} comes after the level ended"),
            ScoreError::Unfinished { at_step } => {
                write!(f, "the level is not finished (at step `{at_step}`)")
            }
        }
    }
}

impl std::error::Error for ScoreError {}

/// Scores a complete choice log, checking that it is a real walk from start to end.
pub fn score(level: &Level, log: &[ChoiceRecord]) -> Result<Score, ScoreError> {
    let mut run = LevelRun::new(level);
    for (index, record) in log.iter().enumerate() {
        let Some(step) = run.current_step() else { return Err(ScoreError::TooLong { index }) };
        if step.id != record.step {
            return Err(ScoreError::WrongStep {
                index,
                expected: step.id.clone(),
                found: record.step.clone(),
            });
        }
        run.submit(record.clone()).map_err(|problem| ScoreError::BadRecord {
            index,
            step: record.step.clone(),
            problem,
        })?;
    }
    run.finished_score().ok_or_else(|| ScoreError::Unfinished {
        at_step: run.current_step().map(|s| s.id.clone()).unwrap_or_default(),
    })
}

/// The most points any route can earn: the heaviest path through the step graph.
/// Validation guarantees the graph has no cycles and that a step's versions are worth the
/// same; a cycle here simply stops counting.
pub fn max_points(level: &Level) -> u32 {
    fn best<'a>(level: &'a Level, id: &'a str, memo: &mut HashMap<&'a str, u32>, depth: usize) -> u32 {
        if let Some(&v) = memo.get(id) {
            return v;
        }
        let Some(step) = level.step(id) else { return 0 };
        if depth > level.steps.len() {
            return 0;
        }
        let v = exits(&step.mechanic)
            .into_iter()
            .map(|(points, next)| points + next.map_or(0, |n| best(level, n, memo, depth + 1)))
            .max()
            .unwrap_or(0);
        memo.insert(id, v);
        v
    }
    best(level, &level.start, &mut HashMap::new(), 0)
}
