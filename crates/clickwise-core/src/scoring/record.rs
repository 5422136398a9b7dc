//! What the choice log records for one step. One shape serves every mechanic, so the
//! server can store and re-score any level without knowing its mechanics.

use serde::{Deserialize, Serialize};

/// One step as the pupil played it.
///
/// - `Choice`: `option` is the answer.
/// - `SpotClues`: `picks` are the parts flagged, `option` the decision.
/// - `Chat`: `picks` are the replies in order; `option` is the safety button pressed
///   (`block`, `report`, `tell`) or empty if the chat simply ended.
/// - `Settings`: `picks` are `setting=option` (unlisted settings stay where they started).
/// - `Sort`: `picks` are `card=bin`, one per card.
/// - `Report`: `picks` are `question=answer`, one per question.
/// - `Feed`: `picks` are `item=move` (`open`, `ignore`, `report`, `ask`), one per item.
///
/// A step rewound after its feedback ("Go back and choose again") keeps its first try in
/// `first`: that is what is scored, while the new answer decides where the level goes.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct ChoiceRecord {
    pub step: String,
    #[serde(default)]
    pub option: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub picks: Vec<String>,
    /// Which version of the step was shown (0 = the main one).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub variant: u32,
    /// The hint was used (costs a point).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub hint: bool,
    /// Times the step was tried again after its feedback (without `first`, an older
    /// record, each costs a point).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub retries: u32,
    /// The first try at this step, when it was rewound: the answer that is scored.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first: Option<FirstTry>,
}

/// A step's first answer, kept when the pupil rewinds to choose again.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct FirstTry {
    #[serde(default)]
    pub option: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub picks: Vec<String>,
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

impl ChoiceRecord {
    /// A plain answer on a `Choice` step.
    pub fn answer(step: &str, option: &str) -> Self {
        ChoiceRecord { step: step.to_owned(), option: option.to_owned(), ..Default::default() }
    }

    /// The record as first answered: for a rewound step, its first try in place of the
    /// answer it ended with (what is scored, and what a teacher's flags look at).
    pub fn as_first_tried(&self) -> std::borrow::Cow<'_, ChoiceRecord> {
        match &self.first {
            None => std::borrow::Cow::Borrowed(self),
            Some(first) => std::borrow::Cow::Owned(ChoiceRecord {
                option: first.option.clone(),
                picks: first.picks.clone(),
                retries: 0,
                first: None,
                ..self.clone()
            }),
        }
    }

    /// `key=value` picks as pairs; a pick without `=` is malformed.
    pub fn pairs(&self) -> Result<Vec<(&str, &str)>, String> {
        self.picks
            .iter()
            .map(|p| p.split_once('=').ok_or_else(|| format!("`{p}` should look like `name=value`")))
            .collect()
    }
}
