//! `Sort`: cards go into bins (OK to share / Ask a grown-up / Keep private; Fact / Opinion
//! / Fake; Kind / Unkind). Dragged with a pointer, or picked then placed by keyboard.

use crate::text::Text;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SortBin {
    pub id: String,
    pub text: Text,
    #[serde(default)]
    pub icon: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SortCard {
    pub id: String,
    pub text: Text,
    #[serde(default)]
    pub icon: Option<String>,
    /// The bin it belongs in.
    pub bin: String,
    /// Why it belongs there.
    pub why: Text,
    /// Worth a quiet word when a first try puts the card in one of the flag's bins.
    #[serde(default)]
    pub flag: Option<super::SortFlag>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SortStep {
    pub task: Text,
    pub bins: Vec<SortBin>,
    pub cards: Vec<SortCard>,
    #[serde(default)]
    pub next: Option<String>,
}

impl SortStep {
    pub fn card(&self, id: &str) -> Option<&SortCard> {
        self.cards.iter().find(|c| c.id == id)
    }

    pub fn bin(&self, id: &str) -> Option<&SortBin> {
        self.bins.iter().find(|b| b.id == id)
    }
}
