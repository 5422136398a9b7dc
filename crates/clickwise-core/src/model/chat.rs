//! `Chat`: a messaging screen with an online contact. The contact's turns arrive with
//! typing delays; the pupil picks replies (never free text). Some turns show a warning
//! sign, and the in-chat Block, Report and Tell a grown-up buttons work at any time.

use super::{Device, Outcome};
use crate::text::Text;
use serde::{Deserialize, Serialize};

/// Warning signs a chat can show, each with a plain explanation for pupils.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum WarningSign {
    KeepSecret,
    MovePrivate,
    AsksForPhotos,
    AsksPersonalDetails,
    AsksSchool,
    OffersGifts,
    Flattery,
    Pressure,
    AsksToMeet,
}

impl WarningSign {
    /// Its explanation's key in the game's messages (`i18n`), for the pupil's language.
    pub fn explain_key(self) -> &'static str {
        match self {
            WarningSign::KeepSecret => "sign-keep-secret",
            WarningSign::MovePrivate => "sign-move-private",
            WarningSign::AsksForPhotos => "sign-asks-for-photos",
            WarningSign::AsksPersonalDetails => "sign-asks-personal-details",
            WarningSign::AsksSchool => "sign-asks-school",
            WarningSign::OffersGifts => "sign-offers-gifts",
            WarningSign::Flattery => "sign-flattery",
            WarningSign::Pressure => "sign-pressure",
            WarningSign::AsksToMeet => "sign-asks-to-meet",
        }
    }

    pub fn explain(self) -> &'static str {
        match self {
            WarningSign::KeepSecret => "They asked to keep a secret from grown-ups.",
            WarningSign::MovePrivate => "They wanted to move to a more private app.",
            WarningSign::AsksForPhotos => "They asked for photos.",
            WarningSign::AsksPersonalDetails => "They asked for private things, like where someone lives.",
            WarningSign::AsksSchool => "They asked which school someone goes to.",
            WarningSign::OffersGifts => "They offered gifts or free game money.",
            WarningSign::Flattery => "They said lots of nice things very quickly.",
            WarningSign::Pressure => "They kept pushing and wouldn't take no.",
            WarningSign::AsksToMeet => "They asked to meet up.",
        }
    }
}

/// The in-chat safety buttons.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum SafetyButton {
    Block,
    Report,
    TellAGrownUp,
}

impl SafetyButton {
    pub const ALL: [SafetyButton; 3] =
        [SafetyButton::TellAGrownUp, SafetyButton::Block, SafetyButton::Report];

    /// The id written in the choice log.
    pub fn id(self) -> &'static str {
        match self {
            SafetyButton::Block => "block",
            SafetyButton::Report => "report",
            SafetyButton::TellAGrownUp => "tell",
        }
    }

    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|b| b.id() == id)
    }

    pub fn label(self) -> &'static str {
        match self {
            SafetyButton::Block => "Block",
            SafetyButton::Report => "Report",
            SafetyButton::TellAGrownUp => "Tell a grown-up",
        }
    }

    /// Its label's key in the game's messages; `safety-explain-<id>` is its explanation's.
    pub fn label_key(self) -> &'static str {
        match self {
            SafetyButton::Block => "safety-block",
            SafetyButton::Report => "safety-report",
            SafetyButton::TellAGrownUp => "safety-tell",
        }
    }

    pub fn explain_key(self) -> &'static str {
        match self {
            SafetyButton::Block => "safety-explain-block",
            SafetyButton::Report => "safety-explain-report",
            SafetyButton::TellAGrownUp => "safety-explain-tell",
        }
    }

    /// What pressing it does, said kindly.
    pub fn explain(self) -> &'static str {
        match self {
            SafetyButton::Block => {
                "Blocking stops them sending messages. Telling a grown-up too is even better."
            }
            SafetyButton::Report => {
                "Reporting tells the app's helpers. Telling a grown-up too is even better."
            }
            SafetyButton::TellAGrownUp => "A grown-up you trust can help, and can block and report with you.",
        }
    }
}

/// Points for pressing a safety button once a warning sign has shown, at the chat's last
/// turn. Earlier, pressing it earns everything the rest of the chat could have (at least
/// this): acting on the first warning sign is never worth less than chatting on.
pub const SAFETY_POINTS: u32 = 3;
/// Points for pressing one before any warning sign: never wrong, just early.
pub const EARLY_SAFETY_POINTS: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChatReply {
    pub id: String,
    pub text: Text,
    pub outcome: Outcome,
    pub points: u32,
    pub why: Text,
    /// The contact's next turn; `None` ends the chat.
    #[serde(default)]
    pub then: Option<String>,
    /// Worth a quiet word when picked on a first try: see [`super::Flag`].
    #[serde(default)]
    pub flag: Option<super::Flag>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChatTurn {
    pub id: String,
    /// The contact's messages, shown one by one.
    pub says: Vec<Text>,
    /// The warning sign these messages show, if any.
    #[serde(default)]
    pub sign: Option<WarningSign>,
    /// The pupil's reply options; empty means the chat ends after these messages.
    #[serde(default)]
    pub replies: Vec<ChatReply>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChatStep {
    /// The cast role of the contact.
    pub contact: String,
    /// The age the contact claims to be, shown on their profile.
    #[serde(default)]
    pub claimed_age: Option<u32>,
    /// The cast role the chat happens to (the pupil picks their replies).
    #[serde(default)]
    pub player: Option<String>,
    #[serde(default)]
    pub device: Device,
    /// The first turn's id.
    pub start: String,
    pub turns: Vec<ChatTurn>,
    /// The step after the chat; `None` ends the level.
    #[serde(default)]
    pub next: Option<String>,
}

impl ChatStep {
    pub fn turn(&self, id: &str) -> Option<&ChatTurn> {
        self.turns.iter().find(|t| t.id == id)
    }
}

impl ChatTurn {
    pub fn reply(&self, id: &str) -> Option<&ChatReply> {
        self.replies.iter().find(|r| r.id == id)
    }
}
