//! A walk through a level in progress: where the pupil is, what they chose and the tally
//! so far. [`RunState`] owns its data (no borrow of the level), so a long-lived attempt can
//! keep it and update it one choice at a time; [`LevelRun`] pairs it with its level.

use super::{ChoiceRecord, Score, StepResult, max_points, score_step, stars};
use crate::model::{Level, Outcome, Step};

/// Where a walk is and how it got there. Each choice is added in O(1); taking the last one
/// back restores exactly the state before it (a retry, a rewind).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RunState {
    current: Option<String>,
    log: Vec<ChoiceRecord>,
    tally: Score,
    /// The `current` and `tally` before each choice in `log`.
    before: Vec<(Option<String>, Score)>,
}

impl RunState {
    /// A walk at the start of `level`.
    pub fn start(level: &Level) -> Self {
        RunState { current: level.step(&level.start).map(|s| s.id.clone()), ..RunState::default() }
    }

    /// The step being played, or `None` once the level has ended.
    pub fn current_step<'a>(&self, level: &'a Level) -> Option<&'a Step> {
        self.current.as_deref().and_then(|id| level.step(id))
    }

    pub fn log(&self) -> &[ChoiceRecord] {
        &self.log
    }

    /// Records how the current step was played and moves on; returns the step's review.
    pub fn submit<'a>(&mut self, level: &'a Level, record: ChoiceRecord) -> Result<StepResult<'a>, String> {
        let step = self.current_step(level).ok_or("the level has already ended")?;
        if record.step != step.id {
            return Err(format!("this is step `{}`, not `{}`", step.id, record.step));
        }
        let mechanic = step
            .version(record.variant as usize)
            .ok_or_else(|| format!("step `{}` has no version {}", step.id, record.variant))?;
        let result = score_step(mechanic, &record)?;
        self.before.push((self.current.clone(), self.tally));
        self.tally.points += result.points;
        for outcome in &result.counted {
            match outcome {
                Outcome::Safe => self.tally.safe += 1,
                Outcome::Unsure => self.tally.unsure += 1,
                Outcome::Risky => self.tally.risky += 1,
            }
        }
        self.current = result.next.and_then(|n| level.step(n)).map(|s| s.id.clone());
        self.log.push(record);
        Ok(result)
    }

    /// Takes the last choice back, returning it; the walk is as it was before it.
    pub fn take_back(&mut self) -> Option<ChoiceRecord> {
        let (current, tally) = self.before.pop()?;
        self.current = current;
        self.tally = tally;
        self.log.pop()
    }

    /// The final score, once the level has ended.
    pub fn finished_score(&self, level: &Level) -> Option<Score> {
        if self.current.is_some() {
            return None;
        }
        let max = max_points(level);
        Some(Score { max, stars: stars(self.tally.points, max), ..self.tally })
    }
}

/// A [`RunState`] with the level it walks through.
#[derive(Debug, Clone)]
pub struct LevelRun<'a> {
    level: &'a Level,
    state: RunState,
}

impl<'a> LevelRun<'a> {
    pub fn new(level: &'a Level) -> Self {
        LevelRun { level, state: RunState::start(level) }
    }

    pub fn level(&self) -> &'a Level {
        self.level
    }

    /// The step being played, or `None` once the level has ended.
    pub fn current_step(&self) -> Option<&'a Step> {
        self.state.current_step(self.level)
    }

    pub fn log(&self) -> &[ChoiceRecord] {
        self.state.log()
    }

    /// Records how the current step was played and moves on; returns the step's review.
    pub fn submit(&mut self, record: ChoiceRecord) -> Result<StepResult<'a>, String> {
        self.state.submit(self.level, record)
    }

    /// Picks an answer on a `Choice` step (the common case, kept short for callers).
    pub fn choose(&mut self, option_id: &str) -> Result<StepResult<'a>, String> {
        let step = self.current_step().ok_or("the level has already ended")?;
        self.submit(ChoiceRecord::answer(&step.id, option_id))
    }

    /// The final score, once the level has ended.
    pub fn finished_score(&self) -> Option<Score> {
        self.state.finished_score(self.level)
    }
}
