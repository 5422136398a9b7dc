//! `Feed`: posts and messages arrive one by one in a pretend feed or inbox, and the pupil
//! deals with each as it comes (open it, leave it, report it, ask a grown-up). Untimed: the
//! next one arrives when the pupil is ready, unless they choose to speed it up.

use super::Outcome;
use crate::text::Text;
use serde::{Deserialize, Serialize};

/// What the pupil can do with an item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum FeedMove {
    Open,
    Ignore,
    Report,
    AskAGrownUp,
}

impl FeedMove {
    pub const ALL: [FeedMove; 4] =
        [FeedMove::Open, FeedMove::Ignore, FeedMove::Report, FeedMove::AskAGrownUp];

    /// The id written in the choice log (`item=move`).
    pub fn id(self) -> &'static str {
        match self {
            FeedMove::Open => "open",
            FeedMove::Ignore => "ignore",
            FeedMove::Report => "report",
            FeedMove::AskAGrownUp => "ask",
        }
    }

    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|m| m.id() == id)
    }

    /// The button's words' key in the game's messages (`i18n`).
    pub fn label_key(self) -> &'static str {
        match self {
            FeedMove::Open => "feed-move-open",
            FeedMove::Ignore => "feed-move-ignore",
            FeedMove::Report => "feed-move-report",
            FeedMove::AskAGrownUp => "feed-move-ask",
        }
    }

    /// The button's words.
    pub fn label(self) -> &'static str {
        match self {
            FeedMove::Open => "Open it",
            FeedMove::Ignore => "Leave it",
            FeedMove::Report => "Report it",
            FeedMove::AskAGrownUp => "Ask a grown-up",
        }
    }

    /// The button's picture.
    pub fn icon(self) -> &'static str {
        match self {
            FeedMove::Open => "envelope",
            FeedMove::Ignore => "cross",
            FeedMove::Report => "warning",
            FeedMove::AskAGrownUp => "grown-up",
        }
    }
}

/// What an item looks like in the feed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum FeedKind {
    #[default]
    Post,
    Message,
    Email,
    Advert,
    Video,
}

impl FeedKind {
    /// Its name's key in the game's messages (`i18n`).
    pub fn label_key(self) -> &'static str {
        match self {
            FeedKind::Post => "feed-kind-post",
            FeedKind::Message => "feed-kind-message",
            FeedKind::Email => "feed-kind-email",
            FeedKind::Advert => "feed-kind-advert",
            FeedKind::Video => "feed-kind-video",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            FeedKind::Post => "Post",
            FeedKind::Message => "Message",
            FeedKind::Email => "Email",
            FeedKind::Advert => "Advert",
            FeedKind::Video => "Video",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FeedItem {
    pub id: String,
    #[serde(default)]
    pub kind: FeedKind,
    /// Who it seems to come from, as shown ("{friend}", "Prize Team").
    pub from: Text,
    pub text: Text,
    #[serde(default)]
    pub icon: Option<String>,
    /// The safe moves for this item (each worth a point).
    pub safe: Vec<FeedMove>,
    /// Moves that put someone at risk. Any other move is "unsure".
    #[serde(default)]
    pub risky: Vec<FeedMove>,
    /// Why, shown in the feedback.
    pub why: Text,
    /// Worth a quiet word when a first try handles the item with one of its `risky`
    /// moves: see [`super::Flag`].
    #[serde(default)]
    pub flag: Option<super::Flag>,
}

impl FeedItem {
    /// How safe `m` is for this item.
    pub fn judge(&self, m: FeedMove) -> Outcome {
        if self.safe.contains(&m) {
            Outcome::Safe
        } else if self.risky.contains(&m) {
            Outcome::Risky
        } else {
            Outcome::Unsure
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FeedStep {
    /// The pretend app's name ("Class chat", "Inbox").
    pub app: Text,
    /// The cast role whose feed it is.
    #[serde(default)]
    pub owner: Option<String>,
    pub task: Text,
    /// The moves offered, in button order (a subset for the youngest).
    #[serde(default = "all_moves")]
    pub moves: Vec<FeedMove>,
    /// In the order they arrive.
    pub items: Vec<FeedItem>,
    #[serde(default)]
    pub next: Option<String>,
}

fn all_moves() -> Vec<FeedMove> {
    FeedMove::ALL.to_vec()
}

impl FeedStep {
    pub fn item(&self, id: &str) -> Option<&FeedItem> {
        self.items.iter().find(|i| i.id == id)
    }
}
