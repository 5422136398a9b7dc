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
    /// The safe choice.
    pub safe: String,
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
