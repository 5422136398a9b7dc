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
    /// Times the step was tried again after its feedback (each costs a point).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub retries: u32,
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

impl ChoiceRecord {
    /// A plain answer on a `Choice` step.
    pub fn answer(step: &str, option: &str) -> Self {
        ChoiceRecord { step: step.to_owned(), option: option.to_owned(), ..Default::default() }
    }

    /// `key=value` picks as pairs; a pick without `=` is malformed.
    pub fn pairs(&self) -> Result<Vec<(&str, &str)>, String> {
        self.picks
            .iter()
            .map(|p| p.split_once('=').ok_or_else(|| format!("`{p}` should look like `name=value`")))
            .collect()
    }
}
