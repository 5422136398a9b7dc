//! A player's display options: how big the text is, which colours and font, whether
//! things move, make sounds or are read aloud. Saved with each profile, so a pupil's
//! settings come back whoever used the device before them.

use crate::model::Phase;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum TextSize {
    #[default]
    Normal,
    Large,
    Largest,
}

impl TextSize {
    pub const ALL: [TextSize; 3] = [TextSize::Normal, TextSize::Large, TextSize::Largest];

    /// How much bigger than normal the text is drawn.
    pub fn scale(self) -> f32 {
        match self {
            TextSize::Normal => 1.0,
            TextSize::Large => 1.2,
            TextSize::Largest => 1.4,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            TextSize::Normal => "Normal text",
            TextSize::Large => "Big text",
            TextSize::Largest => "Biggest text",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct DisplayOptions {
    pub text_size: TextSize,
    pub high_contrast: bool,
    /// OpenDyslexic instead of the usual reading font.
    pub easy_read_font: bool,
    /// No typing pauses and no animations.
    pub reduced_motion: bool,
    pub sounds: bool,
    /// `None` until the player chooses: then it follows the age group (on for ages 4–7,
    /// who may not read yet).
    pub read_aloud: Option<bool>,
}

impl Default for DisplayOptions {
    fn default() -> Self {
        DisplayOptions {
            text_size: TextSize::Normal,
            high_contrast: false,
            easy_read_font: false,
            reduced_motion: false,
            sounds: true,
            read_aloud: None,
        }
    }
}

impl DisplayOptions {
    /// Whether messages, choices and feedback are read aloud for a player in `phase`.
    pub fn reads_aloud(&self, phase: Option<Phase>) -> bool {
        self.read_aloud.unwrap_or(phase == Some(Phase::Ks1))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn read_aloud_is_on_by_default_only_for_the_youngest() {
        let d = DisplayOptions::default();
        assert!(d.reads_aloud(Some(Phase::Ks1)));
        assert!(!d.reads_aloud(Some(Phase::LowerKs2)));
        assert!(!d.reads_aloud(None));
        let off = DisplayOptions { read_aloud: Some(false), ..d };
        assert!(!off.reads_aloud(Some(Phase::Ks1)));
    }

    #[test]
    fn a_save_without_options_or_with_some_reads_with_defaults() {
        let d: DisplayOptions = ron::from_str("(high_contrast: true)").unwrap();
        assert!(d.high_contrast);
        assert!(d.sounds, "missing fields take their defaults");
        assert_eq!(d.text_size, TextSize::Normal);
        assert!(TextSize::ALL.windows(2).all(|w| w[0].scale() < w[1].scale()));
    }
}
