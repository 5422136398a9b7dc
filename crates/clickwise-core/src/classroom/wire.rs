//! The class server's JSON API, as plain serde types.
//!
//! - `POST /api/join` [`JoinRequest`] → [`JoinReply`] (404 unknown code, 429 too many tries)
//! - `POST /api/pupil/sign-in` [`SignInRequest`] → [`SignInReply`] (401 wrong PIN)
//! - `GET /api/pupil/me` (Bearer token) → [`PupilReply`]
//! - `POST /api/results` (Bearer token) [`ResultSubmission`] → [`ResultReply`]
//!
//! Every error is [`ErrorReply`]. The server re-scores each submission from its choice log
//! with this crate's scoring; a score sent by a client would be ignored, so none is sent.

use crate::model::Phase;
use crate::scoring::ChoiceRecord;
use crate::text::Lang;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct JoinRequest {
    pub code: String,
}

/// One printed login card: the teacher writes the pupil's real name on the paper only.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Card {
    pub pupil_id: i64,
    pub nickname: String,
    /// The picture of the nickname's own animal.
    pub avatar: String,
    /// The card's colour, as printed (a name from [`crate::names::CARD_COLOURS`]; older
    /// servers send none).
    #[serde(default)]
    pub colour: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct JoinReply {
    pub class_name: String,
    pub phase: Phase,
    pub cards: Vec<Card>,
    /// The class's language, set by the teacher: a player made by joining starts in it
    /// (older servers send none: English).
    #[serde(default)]
    pub lang: Lang,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SignInRequest {
    pub code: String,
    pub pupil_id: i64,
    pub pin: String,
}

/// A level the teacher set, with an optional due date (`YYYY-MM-DD`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Assigned {
    pub level_id: String,
    #[serde(default)]
    pub due: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SignInReply {
    pub token: String,
    pub nickname: String,
    pub avatar: String,
    pub class_name: String,
    pub phase: Phase,
    #[serde(default)]
    pub assigned: Vec<Assigned>,
}

/// The best result so far on one level, as the server scored it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LevelResult {
    pub level_id: String,
    pub stars: u8,
    pub points: u32,
    pub max_points: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PupilReply {
    pub nickname: String,
    pub avatar: String,
    pub class_name: String,
    pub phase: Phase,
    #[serde(default)]
    pub assigned: Vec<Assigned>,
    #[serde(default)]
    pub results: Vec<LevelResult>,
}

/// One finished level. Times are milliseconds since 1970 from the device clock.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResultSubmission {
    /// Made by the game; sending the same attempt twice stores it once.
    pub attempt_id: String,
    pub level_id: String,
    pub choices: Vec<ChoiceRecord>,
    pub started_at: u64,
    pub finished_at: u64,
    /// Whether the device that played it says it was this player's first try at the level
    /// (older games don't say; the server then judges by the finish times it has).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_try: Option<bool>,
    /// Every badge this player has collected so far (`Ks1/pi`…), so the teacher sees them
    /// too. The server keeps only ids its world knows.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub badges: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResultReply {
    pub points: u32,
    pub max_points: u32,
    pub stars: u8,
    /// The server already had this attempt.
    #[serde(default)]
    pub duplicate: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ErrorReply {
    pub error: String,
}
