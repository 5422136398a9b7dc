//! The level model: what a RON file in `levels/` describes.
//!
//! A level is a graph of steps. Each step is one mechanic with its own data: `Choice`,
//! `SpotClues`, `Chat`, `Settings`, `Sort`, `Report` or `Feed` (one file each under
//! `model/`). A risky choice can play a [`Consequence`] scene before its feedback.

mod chat;
mod consequence;
mod feed;
mod flag;
mod report;
mod settings;
mod sort;
mod spot_clues;

pub use chat::*;
pub use consequence::*;
pub use feed::*;
pub use flag::*;
pub use report::*;
pub(crate) use settings::one_or_many;
pub use settings::*;
pub use sort::*;
pub use spot_clues::*;

use crate::text::Text;
use serde::{Deserialize, Serialize};

/// Highest number of points one answer can be worth.
pub const MAX_POINTS: u32 = 3;

/// The age phase a level is written for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Phase {
    /// Ages 4–7 (Reception to Year 2).
    Ks1,
    /// Ages 7–9 (Years 3–4).
    LowerKs2,
    /// Ages 9–11 (Years 5–6).
    UpperKs2,
}

impl Phase {
    pub const ALL: [Phase; 3] = [Phase::Ks1, Phase::LowerKs2, Phase::UpperKs2];

    /// Its name in level files, saves and the class server's database: `Ks1`, `LowerKs2`, `UpperKs2`.
    pub fn id(self) -> &'static str {
        match self {
            Phase::Ks1 => "Ks1",
            Phase::LowerKs2 => "LowerKs2",
            Phase::UpperKs2 => "UpperKs2",
        }
    }

    /// The phase named `id` (see [`Phase::id`]), if there is one.
    pub fn from_id(id: &str) -> Option<Phase> {
        Phase::ALL.into_iter().find(|p| p.id() == id)
    }

    /// How the phase is shown to pupils and parents.
    pub fn label(self) -> &'static str {
        match self {
            Phase::Ks1 => "Ages 4 to 7",
            Phase::LowerKs2 => "Ages 7 to 9",
            Phase::UpperKs2 => "Ages 9 to 11",
        }
    }

    /// Most words allowed in a message or question, so that text fits the reader.
    pub fn max_message_words(self) -> usize {
        match self {
            Phase::Ks1 => 25,
            Phase::LowerKs2 => 40,
            Phase::UpperKs2 => 60,
        }
    }

    /// Most words allowed on an answer button.
    pub fn max_option_words(self) -> usize {
        match self {
            Phase::Ks1 => 8,
            Phase::LowerKs2 => 12,
            Phase::UpperKs2 => 16,
        }
    }

    /// Most words allowed in one piece of "why" feedback.
    pub fn max_feedback_words(self) -> usize {
        match self {
            Phase::Ks1 => 30,
            Phase::LowerKs2 => 40,
            Phase::UpperKs2 => 50,
        }
    }

    /// Most clues-and-parts, cards or settings on one screen: fewer for younger pupils.
    pub fn max_items(self) -> usize {
        match self {
            Phase::Ks1 => 5,
            Phase::LowerKs2 => 7,
            Phase::UpperKs2 => 9,
        }
    }

    /// The help route every level of this phase must end with (checked by the validator).
    pub fn help_route(self) -> &'static [&'static str] {
        match self {
            Phase::Ks1 => &["grown-up"],
            Phase::LowerKs2 | Phase::UpperKs2 => &["adult", "Childline", "0800 1111"],
        }
    }
}

/// What a level teaches, used for grouping in the level list and the dashboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Topic {
    StopThinkClick,
    OnlineFriends,
    Privacy,
    Reporting,
    Passwords,
    Kindness,
    Information,
    Wellbeing,
    Copyright,
    Shopping,
    Images,
    Identity,
}

impl Topic {
    pub fn label(self) -> &'static str {
        match self {
            Topic::StopThinkClick => "Stop, Think, Click",
            Topic::OnlineFriends => "Online friends",
            Topic::Privacy => "Keeping things private",
            Topic::Reporting => "Telling and reporting",
            Topic::Passwords => "Passwords",
            Topic::Kindness => "Being kind online",
            Topic::Information => "True or not?",
            Topic::Wellbeing => "Healthy screen time",
            Topic::Copyright => "Who made it?",
            Topic::Shopping => "Pop-ups and buying",
            Topic::Images => "Photos and pictures",
            Topic::Identity => "Who am I online?",
        }
    }
}

/// One level, as written in a `*.level.ron` file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Level {
    /// Stable id, used in saves and on the server. Never reuse one for different content.
    pub id: String,
    /// Bump when a change to the level would change scores.
    #[serde(default = "first_version")]
    pub version: u32,
    pub title: Text,
    pub phase: Phase,
    pub topics: Vec<Topic>,
    /// Education for a Connected World statement ids this level teaches.
    #[serde(default)]
    pub statements: Vec<String>,
    /// Ids of the school policy's "pupil e-safety curriculum" bullets this level covers.
    #[serde(default)]
    pub seed_bullets: Vec<String>,
    /// Ids of the Welsh Digital Competence Framework Citizenship elements it covers.
    #[serde(default)]
    pub dcf: Vec<String>,
    /// The learning objective, written for the teacher.
    pub objective: Text,
    /// Shown to the pupil before the first step.
    pub intro: Text,
    /// The picture on the level's card (an icon name from `assets/art/`).
    pub icon: String,
    /// The characters: recurring cast members of the phase (`is`), or one-off characters
    /// whose names and avatars are picked at random for each attempt.
    #[serde(default)]
    pub cast: Vec<CastRole>,
    /// The id of the first step.
    pub start: String,
    pub steps: Vec<Step>,
    /// The help message shown when the level ends: who to tell, for this age.
    pub help: Text,
    /// For the teacher: questions to discuss, what to watch for, and a safeguarding note.
    #[serde(default)]
    pub teacher_notes: Option<TeacherNotes>,
}

/// What a teacher needs to run the level well. The objective is the level's `objective`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TeacherNotes {
    /// Questions to talk about with the class afterwards.
    pub discussion: Vec<Text>,
    /// Answers or reactions that show a misunderstanding, or a worry.
    pub watch_for: Vec<Text>,
    /// Points to the school's Designated Safeguarding Lead and what to do with a disclosure.
    pub safeguarding: Text,
}

fn first_version() -> u32 {
    1
}

/// A character in the story. `{role}` in any text becomes the name picked for it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CastRole {
    pub role: String,
    /// A recurring cast member of the phase (an id from `levels/world.ron`): their fixed
    /// name and picture are used, so the story holds together across levels.
    #[serde(default)]
    pub is: Option<String>,
    /// Names to pick from; the built-in list is used when empty. A name is a plain string
    /// ("Kai"), or `(en: "Mum", cy: "Mam")` when it is a word with a Welsh form.
    #[serde(default)]
    pub names: Vec<Text>,
    /// Avatar icons to pick from (icon names from `assets/art/`).
    #[serde(default)]
    pub avatars: Vec<String>,
    /// A recurring character's read-aloud pitch, filled in from the world file (never
    /// written in a level).
    #[serde(skip)]
    pub pitch: Option<f32>,
}

/// One step of a level: a mechanic and its data.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    pub id: String,
    pub mechanic: Mechanic,
    /// Other versions of this step; one of `mechanic` and these is picked at random for
    /// each attempt, so neighbours see different screens. They must be the same kind and
    /// worth the same points.
    #[serde(default)]
    pub variants: Vec<Mechanic>,
    /// A nudge the pupil can ask for; it costs a point.
    #[serde(default)]
    pub hint: Option<Text>,
    /// "What happened next", played when the step is answered riskily (unless the answer
    /// picked has a scene of its own).
    #[serde(default)]
    pub consequence: Option<Consequence>,
}

impl Step {
    /// The version played: 0 is `mechanic`, 1.. are `variants`.
    pub fn version(&self, variant: usize) -> Option<&Mechanic> {
        if variant == 0 { Some(&self.mechanic) } else { self.variants.get(variant - 1) }
    }

    /// Every version of the step.
    pub fn versions(&self) -> impl Iterator<Item = &Mechanic> {
        std::iter::once(&self.mechanic).chain(&self.variants)
    }
}

/// The kinds of step. Variant names are the ones level authors write in RON.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Mechanic {
    /// A character's message and 2 to 4 answers.
    Choice(ChoiceStep),
    /// Spot what looks wrong on an email, pop-up, page…, then decide what to do.
    SpotClues(SpotCluesStep),
    /// A chat with an online contact, with Block / Report / Tell a grown-up buttons.
    Chat(ChatStep),
    /// A pretend app's privacy settings.
    Settings(SettingsStep),
    /// Sort cards into bins.
    Sort(SortStep),
    /// Practise who to tell and how (nothing is ever sent).
    Report(ReportStep),
    /// Posts and messages arrive one by one; deal with each as it comes.
    Feed(FeedStep),
}

impl Mechanic {
    pub fn kind(&self) -> &'static str {
        match self {
            Mechanic::Choice(_) => "Choice",
            Mechanic::SpotClues(_) => "SpotClues",
            Mechanic::Chat(_) => "Chat",
            Mechanic::Settings(_) => "Settings",
            Mechanic::Sort(_) => "Sort",
            Mechanic::Report(_) => "Report",
            Mechanic::Feed(_) => "Feed",
        }
    }

    /// The steps this one can lead to.
    pub fn successors(&self) -> Vec<&str> {
        match self {
            Mechanic::Choice(c) => c.options.iter().filter_map(|o| o.next.as_deref()).collect(),
            Mechanic::SpotClues(s) => s.decisions.iter().filter_map(|o| o.next.as_deref()).collect(),
            Mechanic::Chat(c) => c.next.iter().map(String::as_str).collect(),
            Mechanic::Settings(s) => s.next.iter().map(String::as_str).collect(),
            Mechanic::Sort(s) => s.next.iter().map(String::as_str).collect(),
            Mechanic::Report(r) => r.next.iter().map(String::as_str).collect(),
            Mechanic::Feed(f) => f.next.iter().map(String::as_str).collect(),
        }
    }
}

/// The device a message is shown on, drawn as a frame around it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Device {
    #[default]
    Phone,
    Tablet,
    Laptop,
    /// No device: the character is speaking in person.
    InPerson,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChoiceStep {
    /// The cast role who sends the message; `None` for a narrator or a pop-up.
    #[serde(default)]
    pub from: Option<String>,
    #[serde(default)]
    pub device: Device,
    /// What appears on the screen (the message, pop-up or page).
    pub message: Text,
    /// The question put to the pupil, about the character ("What should Sam do?").
    pub question: Text,
    pub options: Vec<AnswerOption>,
}

/// How safe an answer is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Outcome {
    Safe,
    Unsure,
    Risky,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnswerOption {
    /// Stable within its step: the choice log records it, since the order on screen is shuffled.
    pub id: String,
    pub text: Text,
    pub outcome: Outcome,
    pub points: u32,
    /// The kind explanation shown after the choice.
    pub why: Text,
    /// The step that follows; `None` ends the level.
    #[serde(default)]
    pub next: Option<String>,
    /// "What happened next" after this answer, if it is risky (overrides the step's).
    #[serde(default)]
    pub consequence: Option<Consequence>,
    /// Worth a quiet word when picked on a first try: see [`Flag`].
    #[serde(default)]
    pub flag: Option<Flag>,
}

impl Level {
    pub fn step(&self, id: &str) -> Option<&Step> {
        self.steps.iter().find(|s| s.id == id)
    }
}

impl ChoiceStep {
    pub fn option(&self, id: &str) -> Option<&AnswerOption> {
        self.options.iter().find(|o| o.id == id)
    }
}
