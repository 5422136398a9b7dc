//! "What happened next": a short, gentle scene played after a risky choice, before the
//! pupil is offered "Go back and choose again". It happens to a character, never to "you",
//! and always ends with what to do.

use crate::text::Text;
use serde::{Deserialize, Serialize};

/// Most beats in one scene: a scene is a moment, not a second level.
pub const MAX_BEATS: usize = 3;
/// Most copies of a beat's picture (pop-ups multiplying, messages piling up).
pub const MAX_PICTURE_COUNT: u8 = 6;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Consequence {
    /// One to three moments, shown one after another.
    pub beats: Vec<Beat>,
    /// What to do now, said kindly. Always shown last, beside the help route.
    pub then: Text,
}

/// How a character looks in a beat: the face shown beside their picture.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Mood {
    #[default]
    Calm,
    Happy,
    Worried,
    Thinking,
    Sad,
}

impl Mood {
    /// The picture (from `assets/art/`) drawn as the character's face badge.
    pub fn icon(self) -> &'static str {
        match self {
            Mood::Calm => "face-calm",
            Mood::Happy => "face-happy",
            Mood::Worried => "face-worried",
            Mood::Thinking => "thinking",
            Mood::Sad => "face-sad",
        }
    }

    /// Said by read-aloud and the screen-reader mirror.
    pub fn word(self) -> &'static str {
        match self {
            Mood::Calm => "calm",
            Mood::Happy => "happy",
            Mood::Worried => "worried",
            Mood::Thinking => "thinking",
            Mood::Sad => "sad",
        }
    }
}

/// One moment of a scene: who, how they feel, a picture (shown `count` times) and a line.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Beat {
    /// The cast role this happens to; `None` for a thing (a pop-up, a photo).
    #[serde(default)]
    pub who: Option<String>,
    #[serde(default)]
    pub mood: Mood,
    /// An icon name from `assets/art/`.
    pub picture: String,
    /// How many copies of the picture: more pop-ups, the photo passed to more people.
    #[serde(default = "one")]
    pub count: u8,
    pub text: Text,
}

fn one() -> u8 {
    1
}
