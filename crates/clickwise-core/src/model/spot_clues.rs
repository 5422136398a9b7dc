//! `SpotClues`: Stop-Think-Click. An artefact (an email, a pop-up, a web page…) is drawn
//! from its parts; some parts are clues that something is wrong, the rest are ordinary.
//! The pupil flags what looks wrong, then decides what the character should do.

use super::AnswerOption;
use crate::text::Text;
use serde::{Deserialize, Serialize};

/// The kind of thing on the screen, which decides how it is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Artefact {
    Email,
    TextMessage,
    PopUp,
    /// A web page, with its address bar.
    WebPage,
    /// A "do you want to download this?" prompt.
    Download,
    FriendRequest,
}

impl Artefact {
    /// Said to the pupil above the artefact.
    pub fn label(self) -> &'static str {
        match self {
            Artefact::Email => "An email",
            Artefact::TextMessage => "A text message",
            Artefact::PopUp => "A pop-up",
            Artefact::WebPage => "A web page",
            Artefact::Download => "A download",
            Artefact::FriendRequest => "A friend request",
        }
    }
}

/// Where a part sits on the artefact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Slot {
    /// Who it is from (a name or an address).
    Sender,
    /// A web address, drawn in the address bar.
    Address,
    Subject,
    Body,
    /// A button or link on the artefact.
    Button,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SpotPart {
    pub id: String,
    pub slot: Slot,
    pub text: Text,
    /// Set when this part is a clue: says what is wrong with it, kindly.
    #[serde(default)]
    pub clue: Option<Text>,
    /// Worth a quiet word when a first try gets this part wrong (picks it though it was
    /// fine, or misses it though it was a clue): see [`super::Flag`].
    #[serde(default)]
    pub flag: Option<super::Flag>,
}

impl SpotPart {
    pub fn is_clue(&self) -> bool {
        self.clue.is_some()
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SpotCluesStep {
    pub artefact: Artefact,
    /// The cast role it appears to come from, if any.
    #[serde(default)]
    pub from: Option<String>,
    /// The instruction above the artefact ("Tap what looks wrong").
    pub task: Text,
    pub parts: Vec<SpotPart>,
    /// Asked once the clues are flagged ("What should Sam do?").
    pub question: Text,
    /// What to do: don't click, ask a grown-up, click. Each may lead elsewhere.
    pub decisions: Vec<AnswerOption>,
}

impl SpotCluesStep {
    pub fn part(&self, id: &str) -> Option<&SpotPart> {
        self.parts.iter().find(|p| p.id == id)
    }

    pub fn decision(&self, id: &str) -> Option<&AnswerOption> {
        self.decisions.iter().find(|o| o.id == id)
    }

    pub fn clue_count(&self) -> u32 {
        self.parts.iter().filter(|p| p.is_clue()).count() as u32
    }
}
