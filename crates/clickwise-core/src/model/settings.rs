//! `Settings`: a pretend app's privacy settings. Each setting starts somewhere, has a safe
//! target, and every option says what would happen, for the "what happens" preview.

use crate::text::Text;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SettingOption {
    pub id: String,
    pub text: Text,
    /// What happens with this option ("Anyone online can see Sam's posts").
    pub effect: Text,
    /// Worth a quiet word when a first try leaves the setting on this option (never a
    /// safe one): see [`super::Flag`].
    #[serde(default)]
    pub flag: Option<super::Flag>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Setting {
    pub id: String,
    /// An icon name from `assets/art/`.
    #[serde(default)]
    pub icon: Option<String>,
    pub label: Text,
    /// Two options are drawn as a switch, more as a row of choices.
    pub options: Vec<SettingOption>,
    /// The option it is set to when the pupil arrives.
    pub start: String,
    /// The safe choices: one (`safe: "friends"`) or several (`safe: ["friends", "nobody"]`),
    /// each worth the setting's points. The first is the one suggested in feedback.
    #[serde(deserialize_with = "one_or_many")]
    pub safe: Vec<String>,
    /// Why the safe choice is safe.
    pub why: Text,
    #[serde(default = "one")]
    pub points: u32,
}

fn one() -> u32 {
    1
}

impl Setting {
    pub fn option(&self, id: &str) -> Option<&SettingOption> {
        self.options.iter().find(|o| o.id == id)
    }

    /// Whether option `id` is one of the safe choices.
    pub fn is_safe(&self, id: &str) -> bool {
        self.safe.iter().any(|s| s == id)
    }
}

/// A string or a list of strings, as a list.
pub(crate) fn one_or_many<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum OneOrMany {
        One(String),
        Many(Vec<String>),
    }
    Ok(match OneOrMany::deserialize(d)? {
        OneOrMany::One(s) => vec![s],
        OneOrMany::Many(v) => v,
    })
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SettingsStep {
    /// The pretend app's name (never a real one).
    pub app: Text,
    /// Whose settings these are: a cast role.
    #[serde(default)]
    pub owner: Option<String>,
    pub task: Text,
    pub settings: Vec<Setting>,
    #[serde(default)]
    pub next: Option<String>,
}

impl SettingsStep {
    pub fn setting(&self, id: &str) -> Option<&Setting> {
        self.settings.iter().find(|s| s.id == id)
    }
}
