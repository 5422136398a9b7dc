//! What the pupil is told about each decision: used for the feedback after a step and for
//! the end-of-level summary, so both always agree with the score.

use crate::model::Outcome;
use crate::text::Text;

/// What a reviewed decision was.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ItemKind {
    /// An answer picked (a Choice, a SpotClues decision, a Report question).
    Answer,
    /// A clue the pupil spotted.
    ClueFound,
    /// A clue the pupil did not spot.
    ClueMissed,
    /// A part flagged that was fine.
    FalseAlarm,
    /// A reply picked in a chat.
    Reply,
    /// A safety button pressed in a chat; `early` when no warning sign had shown yet.
    Safety { early: bool },
    /// A privacy setting as the pupil left it.
    Setting,
    /// A card put in a bin.
    Card,
    /// An item in a feed, and what the pupil did with it.
    FeedItem,
}

/// One decision, how safe it was, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct ReviewItem {
    pub kind: ItemKind,
    /// What was picked, spotted or set.
    pub text: Text,
    pub outcome: Outcome,
    pub why: Text,
    /// The safer choice, when this one was not the safest.
    pub safer: Option<Text>,
}

impl ReviewItem {
    pub fn new(kind: ItemKind, text: &Text, outcome: Outcome, why: &Text) -> Self {
        ReviewItem { kind, text: text.clone(), outcome, why: why.clone(), safer: None }
    }

    pub fn safer(mut self, safer: Option<&Text>) -> Self {
        self.safer = safer.cloned();
        self
    }
}
