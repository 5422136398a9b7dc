//! One attempt at a level. The core's `LevelRun` does all the scoring; this only keeps the
//! choice log, the names picked for the cast, and the order answers are shown in.

use crate::config::{CurrentLang, GameConfig};
use bevy::prelude::*;
use clickwise_core::scoring::{ChoiceRecord, LevelRun, Score};
use clickwise_core::shuffle::{CastMember, answer_order, name_pairs, pick_cast, rng};
use clickwise_core::{Lang, Level, Text};

/// Where the player is within the level.
#[derive(Debug, Clone, PartialEq)]
pub enum Stage {
    Intro,
    Answering,
    /// Showing the "why" for the answer just picked on `step`, and the safest answer there.
    Feedback {
        step: String,
        option: String,
        safest: String,
    },
    Finished(Score),
}

/// Counts attempts started since the game opened: it varies the seed, so each attempt gets
/// new names and answer orders, and it makes attempt ids unique.
#[derive(Resource, Default, Debug)]
pub struct AttemptCounter(pub u64);

impl AttemptCounter {
    pub fn next_seed(&mut self, config: &GameConfig) -> u64 {
        self.0 += 1;
        config.seed.wrapping_add(self.0.wrapping_mul(0x9E37_79B9_7F4A_7C15))
    }
}

#[derive(Resource, Debug, Clone)]
pub struct PlaySession {
    pub level: Level,
    pub cast: Vec<CastMember>,
    pub log: Vec<ChoiceRecord>,
    pub stage: Stage,
    /// The current step's answers, as indices into its options in the order shown.
    pub order: Vec<usize>,
    pub lang: Lang,
    seed: u64,
    names: Vec<(String, String)>,
}

impl PlaySession {
    /// Starts an attempt. The seed picks the names, avatars and answer orders.
    pub fn start(level: Level, seed: u64, lang: CurrentLang) -> Self {
        let cast = pick_cast(&level, &mut rng(seed));
        let names = name_pairs(&cast);
        let mut session = PlaySession {
            level,
            cast,
            log: Vec::new(),
            stage: Stage::Intro,
            order: Vec::new(),
            lang: lang.0,
            seed,
            names,
        };
        session.shuffle();
        session
    }

    /// The level as played so far, replayed from the log so there is one source of truth.
    pub fn run(&self) -> LevelRun<'_> {
        let mut run = LevelRun::new(&self.level);
        for record in &self.log {
            // The log only ever holds choices the run accepted.
            let _ = run.choose(&record.option);
        }
        run
    }

    /// A text in the current language with the cast's names filled in.
    pub fn fill(&self, text: &Text) -> String {
        text.fill(self.lang, &self.names)
    }

    fn shuffle(&mut self) {
        let seed = self.seed.wrapping_add(1 + self.log.len() as u64);
        self.order = self.run().current_step().map(|s| answer_order(s, &mut rng(seed))).unwrap_or_default();
    }

    /// Records an answer on the current step and shows its feedback.
    pub fn choose(&mut self, option_id: &str) {
        if self.stage != Stage::Answering {
            return;
        }
        let mut run = self.run();
        let Some(step) = run.current_step().map(|s| s.id.clone()) else { return };
        let Ok(feedback) = run.choose(option_id) else { return };
        let (option, safest) = (feedback.option.id.clone(), feedback.safest.id.clone());
        self.log = run.log().to_vec();
        self.stage = Stage::Feedback { step, option, safest };
    }

    /// Moves on from feedback: to the next step, or to the end with the core's score.
    pub fn advance(&mut self) {
        if !matches!(self.stage, Stage::Feedback { .. }) {
            return;
        }
        self.stage = match self.run().finished_score() {
            Some(score) => Stage::Finished(score),
            None => Stage::Answering,
        };
        self.shuffle();
    }
}
