//! One attempt at a level. The core's `LevelRun` does all the scoring; this keeps the
//! choice log, the names picked for the cast, which version of each step is shown, the
//! order answers appear in, and the pupil's unfinished work on the current step.

use crate::config::{CurrentLang, GameConfig};
use crate::mechanics::Draft;
use bevy::prelude::*;
use clickwise_core::scoring::{ChoiceRecord, LevelRun, ReviewItem, Score};
use clickwise_core::shuffle::{CastMember, answer_order, name_pairs, pick_cast, pick_variant, rng};
use clickwise_core::{Lang, Level, Mechanic, Step, Text};

/// Where the player is within the level.
#[derive(Debug, Clone, PartialEq)]
pub enum Stage {
    Intro,
    Answering,
    /// Showing what the pupil just did on `step`, how safe each part was, and why.
    Feedback {
        step: String,
        points: u32,
        items: Vec<ReviewItem>,
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
    /// The current step's answers (or cards), as indices in the order shown.
    pub order: Vec<usize>,
    /// Which version of the current step is shown (0 = the main one).
    pub variant: u32,
    /// The hint for the current step has been shown (it costs a point).
    pub hint_shown: bool,
    /// Times the current step has been tried again.
    pub retries: u32,
    /// The pupil's work on the current step, before it is submitted.
    pub draft: Draft,
    /// Every finished step's review, for the summary at the end.
    pub reviews: Vec<(String, Vec<ReviewItem>)>,
    pub lang: Lang,
    /// When the attempt began (ms since 1970), for the class server's record.
    pub started_ms: u64,
    seed: u64,
    names: Vec<(String, String)>,
}

impl PlaySession {
    /// Starts an attempt. The seed picks the names, avatars, step versions and orders.
    pub fn start(level: Level, seed: u64, lang: CurrentLang) -> Self {
        let cast = pick_cast(&level, &mut rng(seed));
        let names = name_pairs(&cast);
        let mut session = PlaySession {
            level,
            cast,
            log: Vec::new(),
            stage: Stage::Intro,
            order: Vec::new(),
            variant: 0,
            hint_shown: false,
            retries: 0,
            draft: Draft::None,
            reviews: Vec::new(),
            lang: lang.0,
            started_ms: crate::platform::now_millis(),
            seed,
            names,
        };
        session.enter_step();
        session
    }

    /// The level as played so far, replayed from the log so there is one source of truth.
    pub fn run(&self) -> LevelRun<'_> {
        let mut run = LevelRun::new(&self.level);
        for record in &self.log {
            // The log only ever holds records the run accepted.
            let _ = run.submit(record.clone());
        }
        run
    }

    /// The current step and the version of it being shown.
    pub fn current(&self) -> Option<(&Step, &Mechanic)> {
        let step = self.run().current_step()?.id.clone();
        let step = self.level.step(&step)?;
        Some((step, step.version(self.variant as usize).unwrap_or(&step.mechanic)))
    }

    /// A text in the current language with the cast's names filled in.
    pub fn fill(&self, text: &Text) -> String {
        text.fill(self.lang, &self.names)
    }

    /// The cast member playing `role`.
    pub fn member(&self, role: &str) -> Option<&CastMember> {
        self.cast.iter().find(|c| c.role == role)
    }

    /// Sets up the step the run is now at: its version, answer order and an empty draft.
    fn enter_step(&mut self) {
        let seed = self.seed.wrapping_add(1 + self.log.len() as u64);
        let mut r = rng(seed);
        let step = self.run().current_step().cloned();
        self.variant = step.as_ref().map_or(0, |s| pick_variant(s, &mut r));
        self.hint_shown = false;
        self.retries = 0;
        self.reset_draft(&mut r);
    }

    fn reset_draft(&mut self, r: &mut rand::rngs::StdRng) {
        let (order, draft) = match self.current() {
            Some((_, m)) => (answer_order(m, r), Draft::for_mechanic(m)),
            None => (Vec::new(), Draft::None),
        };
        self.order = order;
        self.draft = draft;
    }

    /// Submits the pupil's work on the current step (variant, hint and retries are filled
    /// in here) and shows its feedback. Work the core refuses is ignored.
    pub fn submit(&mut self, mut record: ChoiceRecord) {
        if self.stage != Stage::Answering {
            return;
        }
        let mut run = self.run();
        let Some(step) = run.current_step() else { return };
        record.step = step.id.clone();
        record.variant = self.variant;
        record.hint = self.hint_shown;
        record.retries = self.retries;
        let Ok(result) = run.submit(record) else { return };
        let step = run.log().last().map(|r| r.step.clone()).unwrap_or_default();
        let (points, items) = (result.points, result.items);
        self.log = run.log().to_vec();
        self.reviews.push((step.clone(), items.clone()));
        self.stage = Stage::Feedback { step, points, items };
    }

    /// Picks an answer on a `Choice` step.
    pub fn choose(&mut self, option_id: &str) {
        self.submit(ChoiceRecord { option: option_id.to_owned(), ..Default::default() });
    }

    /// Shows the current step's hint (once; it costs a point).
    pub fn show_hint(&mut self) {
        if self.stage == Stage::Answering {
            self.hint_shown = true;
        }
    }

    /// From feedback, plays the same step again. Each retry costs a point.
    pub fn retry(&mut self) {
        if !matches!(self.stage, Stage::Feedback { .. }) {
            return;
        }
        self.log.pop();
        self.reviews.pop();
        self.retries += 1;
        self.stage = Stage::Answering;
        let seed = self.seed.wrapping_add(1000 + self.retries as u64);
        self.reset_draft(&mut rng(seed));
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
        self.enter_step();
    }
}
