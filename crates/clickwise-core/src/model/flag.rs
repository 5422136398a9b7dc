//! Flags: choices worth a quiet word from the teacher when a pupil makes them on a first
//! try (agreeing to keep a secret from grown-ups, moving to another app, sharing a home
//! address or a password, sending a picture, meeting up, sorting leaving someone out as
//! kind). A flag is a short note for the teacher's "Needs a word" panel, written about the
//! choice and never about the child ("Agreed to keep a secret from grown-ups").
//!
//! Flags are not scores: they never change points or stars. Which choices must carry one
//! is checked by `validate` (see `validate::flags`).

use crate::text::Text;
use serde::{Deserialize, Serialize};

/// The teacher-facing note on a flag-worthy choice: an answer, a reply, a setting's
/// option, a feed item (flagged when handled a risky way) or a SpotClues part (flagged
/// when a part that was fine is picked as a clue, or a clue is missed).
pub type Flag = Text;

/// A flag on a Sort card: worth a word when the card is put in one of `bins` (never the
/// card's own bin). `bins` is one id (`bins: "share"`) or a list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SortFlag {
    #[serde(deserialize_with = "crate::model::one_or_many")]
    pub bins: Vec<String>,
    pub note: Flag,
}

impl SortFlag {
    /// The note, if a card put in `bin` is flagged.
    pub fn when_in(&self, bin: &str) -> Option<&Flag> {
        self.bins.iter().any(|b| b == bin).then_some(&self.note)
    }
}

impl super::Mechanic {
    /// How many flags this version of a step marks.
    pub fn flag_count(&self) -> usize {
        use super::Mechanic::*;
        let answers = |o: &[super::AnswerOption]| o.iter().filter(|o| o.flag.is_some()).count();
        match self {
            Choice(c) => answers(&c.options),
            SpotClues(s) => answers(&s.decisions) + s.parts.iter().filter(|p| p.flag.is_some()).count(),
            Chat(c) => c.turns.iter().flat_map(|t| &t.replies).filter(|r| r.flag.is_some()).count(),
            Settings(s) => s.settings.iter().flat_map(|x| &x.options).filter(|o| o.flag.is_some()).count(),
            Sort(s) => s.cards.iter().filter(|c| c.flag.is_some()).count(),
            Report(r) => r.questions.iter().flat_map(|q| &q.answers).filter(|a| a.flag.is_some()).count(),
            Feed(f) => f.items.iter().filter(|i| i.flag.is_some()).count(),
        }
    }
}

impl super::Level {
    /// How many flags the level marks, over every step and version.
    pub fn flag_count(&self) -> usize {
        self.steps.iter().flat_map(|s| s.versions()).map(super::Mechanic::flag_count).sum()
    }
}
