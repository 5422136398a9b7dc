//! One attempt at a level, as a model of its own: no UI, no clock of its own (times are
//! passed in), no I/O. Screens draw it; the pupil's presses call its methods; what
//! happened comes out as [`PlayEvent`]s for whoever cares (progress, the class outbox,
//! sounds, the screen-reader mirror) to take with [`Playthrough::take_events`].
//!
//! It keeps its derived state as it goes (the walk's current step and tally live in a
//! [`RunState`]), so asking "where are we?" never replays the choice log.

mod draft;

pub use draft::{ChatDraft, Draft, FeedDraft, ReportDraft, SettingsDraft, SortDraft, SpotDraft};

use crate::model::{Consequence, Level, Mechanic, Outcome, Step};
use crate::progress::Attempt;
use crate::scoring::{ChoiceRecord, FirstTry, ReviewItem, RunState, Score};
use crate::shuffle::{CastMember, answer_order, name_pairs, pick_cast, pick_variant, rng};
use crate::text::{Lang, Text};

/// Where the player is within the level.
#[derive(Debug, Clone, PartialEq)]
pub enum Stage {
    Intro,
    Answering,
    /// Showing what the pupil just did on `step`, how safe each part was, and why; after a
    /// risky answer, first the `scene` of what happened next.
    Feedback {
        step: String,
        points: u32,
        items: Vec<ReviewItem>,
        scene: Option<Consequence>,
    },
    Finished(Score),
}

/// What happened in an attempt, in order.
#[derive(Debug, Clone, PartialEq)]
pub enum PlayEvent {
    /// A step was answered (and is now showing its feedback).
    StepAnswered { step: String, points: u32, outcome: Outcome },
    /// The pupil took an answer back to try the step again.
    StepRetried { step: String },
    /// The level ended: the finished attempt, ready to record. `first_try` is left for
    /// whoever keeps the player's history to decide.
    LevelFinished { attempt: Attempt, started_ms: u64 },
}

/// The least safe outcome among a step's review items (Safe when there are none).
pub fn worst_outcome(items: &[ReviewItem]) -> Outcome {
    items.iter().map(|i| i.outcome).max().unwrap_or(Outcome::Safe)
}

#[derive(Debug, Clone)]
pub struct Playthrough {
    /// Unique: lets the class server accept the same attempt twice without counting it twice.
    pub id: String,
    pub level: Level,
    pub cast: Vec<CastMember>,
    pub stage: Stage,
    /// The current step's answers (or cards), as indices in the order shown.
    pub order: Vec<usize>,
    /// Which version of the current step is shown (0 = the main one).
    pub variant: u32,
    /// The hint for the current step has been shown (it costs a point).
    pub hint_shown: bool,
    /// Times the current step has been tried again.
    pub retries: u32,
    /// The current step's first answer, once the pupil has rewound it: what is scored.
    first_try: Option<FirstTry>,
    /// The pupil's work on the current step, before it is submitted.
    pub draft: Draft,
    /// Every finished step's review, for the summary at the end.
    pub reviews: Vec<(String, Vec<ReviewItem>)>,
    pub lang: Lang,
    /// When the attempt began (ms since 1970).
    pub started_ms: u64,
    run: RunState,
    seed: u64,
    names: Vec<(String, Text)>,
    events: Vec<PlayEvent>,
}

impl Playthrough {
    /// Starts an attempt at `now_ms`. The seed picks the names, avatars, step versions and
    /// answer orders.
    pub fn start(id: String, level: Level, seed: u64, lang: Lang, now_ms: u64) -> Self {
        let cast = pick_cast(&level, &mut rng(seed));
        let names = name_pairs(&cast);
        let run = RunState::start(&level);
        let mut play = Playthrough {
            id,
            level,
            cast,
            stage: Stage::Intro,
            order: Vec::new(),
            variant: 0,
            hint_shown: false,
            retries: 0,
            first_try: None,
            draft: Draft::None,
            reviews: Vec::new(),
            lang,
            started_ms: now_ms,
            run,
            seed,
            names,
            events: Vec::new(),
        };
        play.enter_step();
        play
    }

    /// The choices submitted so far, each on its step.
    pub fn log(&self) -> &[ChoiceRecord] {
        self.run.log()
    }

    /// The step being played (or whose feedback is showing), or `None` at the end.
    pub fn current_step(&self) -> Option<&Step> {
        self.run.current_step(&self.level)
    }

    /// The current step and the version of it being shown.
    pub fn current(&self) -> Option<(&Step, &Mechanic)> {
        let step = self.current_step()?;
        Some((step, step.version(self.variant as usize).unwrap_or(&step.mechanic)))
    }

    /// A text in the current language with the cast's names filled in.
    pub fn fill(&self, text: &Text) -> String {
        text.fill(self.lang, &self.names)
    }

    /// A cast member's name in the current language: the name picked at the start, so the
    /// character stays themselves when the language changes.
    pub fn name_of<'a>(&self, member: &'a CastMember) -> &'a str {
        member.name.get(self.lang)
    }

    /// The cast member playing `role`.
    pub fn member(&self, role: &str) -> Option<&CastMember> {
        self.cast.iter().find(|c| c.role == role)
    }

    /// Takes the events since last asked, oldest first.
    pub fn take_events(&mut self) -> Vec<PlayEvent> {
        std::mem::take(&mut self.events)
    }

    /// From the intro, begins the first step.
    pub fn begin(&mut self) {
        if self.stage == Stage::Intro {
            self.stage = Stage::Answering;
        }
    }

    /// Sets up the step the walk is now at: its version, answer order and an empty draft.
    fn enter_step(&mut self) {
        let seed = self.seed.wrapping_add(1 + self.log().len() as u64);
        let mut r = rng(seed);
        self.variant = self.current_step().map_or(0, |s| pick_variant(s, &mut r));
        self.hint_shown = false;
        self.retries = 0;
        self.first_try = None;
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

    /// Submits the pupil's work on the current step (step, variant, hint and retries are
    /// filled in here) and shows its feedback. Work the core refuses is ignored.
    pub fn submit(&mut self, mut record: ChoiceRecord) {
        if self.stage != Stage::Answering {
            return;
        }
        let Some(step) = self.current_step() else { return };
        record.step = step.id.clone();
        record.variant = self.variant;
        record.hint = self.hint_shown;
        record.retries = self.retries;
        record.first = self.first_try.clone();
        let step = record.step.clone();
        let option = record.option.clone();
        let Ok(result) = self.run.submit(&self.level, record) else { return };
        let (points, items) = (result.points, result.items);
        let outcome = worst_outcome(&items);
        let scene = self.level.step(&step).and_then(|s| {
            let mechanic = s.version(self.variant as usize)?;
            crate::validate::scene_for(s, mechanic, &option, outcome == Outcome::Risky).cloned()
        });
        self.events.push(PlayEvent::StepAnswered { step: step.clone(), points, outcome });
        self.reviews.push((step.clone(), items.clone()));
        self.stage = Stage::Feedback { step, points, items, scene };
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

    /// From feedback, rewinds to the same step to choose again ("Go back and choose
    /// again"). The first try stays what is scored; the new answer decides where the
    /// level goes next.
    pub fn retry(&mut self) {
        let Stage::Feedback { step, .. } = &self.stage else { return };
        let step = step.clone();
        let retries = self.retries + 1;
        if let Some(taken) = self.run.take_back() {
            let first = taken.first.unwrap_or(FirstTry { option: taken.option, picks: taken.picks });
            self.first_try = Some(first);
        }
        self.reviews.pop();
        self.retries = retries;
        self.stage = Stage::Answering;
        let seed = self.seed.wrapping_add(1000 + retries as u64);
        self.reset_draft(&mut rng(seed));
        self.events.push(PlayEvent::StepRetried { step });
    }

    /// Moves on from feedback at `now_ms`: to the next step, or to the end with the core's
    /// score (and a `LevelFinished` event).
    pub fn advance(&mut self, now_ms: u64) {
        if !matches!(self.stage, Stage::Feedback { .. }) {
            return;
        }
        self.stage = match self.run.finished_score(&self.level) {
            Some(score) => {
                let attempt = Attempt {
                    id: self.id.clone(),
                    level: self.level.id.clone(),
                    level_version: self.level.version,
                    choices: self.log().to_vec(),
                    score,
                    finished_at: now_ms / 1000,
                    first_try: false,
                };
                self.events.push(PlayEvent::LevelFinished { attempt, started_ms: self.started_ms });
                Stage::Finished(score)
            }
            None => Stage::Answering,
        };
        self.enter_step();
    }
}
