//! The classroom: what the game and the class server say to each other (one set of types
//! for both, so the two cannot drift apart), what a pupil's profile remembers about its
//! class, and home-practice links that need no server at all.

mod practice;
mod wire;

pub use practice::{MAX_PRACTICE_LEVELS, parse_practice, practice_value};
pub use wire::*;

use serde::{Deserialize, Serialize};

/// The class a profile joined with a class code and a login card. The token is a random
/// pseudonymous key that only lets this card post its own results.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClassLink {
    pub code: String,
    pub pupil_id: i64,
    pub token: String,
    pub class_name: String,
    #[serde(default)]
    pub assigned: Vec<Assigned>,
}

/// A finished attempt waiting to reach the class server; kept in the save until the server
/// says it has it, so a dropped connection never loses a result.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PendingResult {
    /// The profile that played it.
    pub profile: String,
    /// Its class token, kept here too: the result still goes if the profile is removed.
    pub token: String,
    pub submission: ResultSubmission,
}

/// A result the class server refused for good (a 4xx): kept on the device, so a teacher
/// can see what didn't arrive, and never shown to the pupil as sent.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RefusedResult {
    pub pending: PendingResult,
    /// The HTTP status and what the server said.
    pub status: u16,
    pub reason: String,
    /// Seconds since 1970, device clock.
    pub at: u64,
}

/// Refused results kept per device; the oldest go first.
pub const KEPT_REFUSALS: usize = 50;

/// What became of a class result. The one definition of "sent": the server confirmed it.
#[derive(Debug, Clone, PartialEq)]
pub enum Delivery {
    /// In the outbox: it goes when the class server can be reached.
    Waiting,
    /// The server stored it, and scored it so.
    Sent(ResultReply),
    /// The server refused it and never will take it.
    Refused { status: u16, reason: String },
    /// Not a class result, or nothing is known about it on this device.
    Unknown,
}

/// Whether a reply status means the server will never take this result (so retrying is
/// pointless), as opposed to "not now" (busy, down, unreachable).
pub fn is_final_refusal(status: u16) -> bool {
    matches!(status, 400 | 401 | 403 | 404 | 410 | 413 | 422 | 423)
}

/// What the game tells a pupil about a reply that isn't a success, as a `game.ftl` key:
/// the game's own words in the pupil's language for every status it can meet, never the
/// server's text (English, and meant for logs). The join screens say their own words for
/// 401 and 404 (no such class; a PIN that doesn't match) before asking this.
pub fn reply_message(status: u16) -> &'static str {
    match status {
        400 => "reply-unreadable",
        401 | 403 | 410 => "reply-not-in-class",
        404 => "reply-not-found",
        413 => "reply-too-big",
        422 => "reply-not-accepted",
        423 => "join-card-locked",
        429 => "join-too-many-tries",
        500..=599 => "join-server-problem",
        _ => "join-error-status",
    }
}

/// Class codes are eight digits: pupils type them on a number pad, and a grid's
/// thousands of classes are a tiny fraction of the hundred million codes a guesser faces.
pub const CLASS_CODE_LEN: usize = 8;
/// Classes made before codes grew keep their six-digit codes (printed on cards, in links).
pub const OLD_CLASS_CODE_LEN: usize = 6;
/// Login-card PINs are four digits.
pub const PIN_LEN: usize = 4;

/// Whether `code` looks like a class code (checked before anything is sent).
pub fn is_class_code(code: &str) -> bool {
    (code.len() == CLASS_CODE_LEN || code.len() == OLD_CLASS_CODE_LEN)
        && code.bytes().all(|b| b.is_ascii_digit())
}

/// Whether an attempt id is one the server accepts: 8–64 letters, digits or dashes.
pub fn is_attempt_id(id: &str) -> bool {
    (8..=64).contains(&id.len()) && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

#[cfg(test)]
mod reply_tests {
    use super::*;
    use crate::i18n::game;
    use crate::text::Lang;

    #[test]
    fn every_status_the_game_can_meet_has_its_own_words_in_both_languages() {
        for status in [400, 401, 403, 404, 410, 413, 418, 422, 423, 429, 500, 503] {
            let key = reply_message(status);
            for lang in [Lang::En, Lang::Cy] {
                assert!(game(lang).has(key), "{key} ({status}) in {lang:?}");
            }
        }
        let (en, cy) = (game(Lang::En), game(Lang::Cy));
        for status in [400, 413, 422] {
            let key = reply_message(status);
            assert_ne!(en.get(key), cy.get(key), "{key}");
            assert_ne!(key, reply_message(418), "{status} is said in words, not as a number");
        }
    }
}
