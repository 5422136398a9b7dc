//! `Report`: rehearsing who to tell and how. A practice form (an app's report button, or
//! the first questions of a CEOP report) is clearly labelled as practice and sends nothing.

use super::Outcome;
use crate::text::Text;
use serde::{Deserialize, Serialize};

/// Which practice form is drawn around the questions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ReportForm {
    /// Who should the character tell? (trusted adult, Childline, CEOP)
    WhoToTell,
    /// An app's own report flow: pick a reason, block, save a screenshot.
    InApp,
    /// The first questions of a report to the CEOP Safety Centre, made with an adult.
    Ceop,
}

impl ReportForm {
    pub fn label(self) -> &'static str {
        match self {
            ReportForm::WhoToTell => "Who can help?",
            ReportForm::InApp => "Practice: reporting in an app",
            ReportForm::Ceop => "Practice: a CEOP report, with a grown-up",
        }
    }
}

/// Always shown on practice forms: the pupil must never think something was sent.
pub const PRACTICE_NOTICE: &str = "This is only practice. Nothing is sent to anyone.";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReportAnswer {
    pub id: String,
    pub text: Text,
    pub outcome: Outcome,
    pub points: u32,
    pub why: Text,
    /// Worth a quiet word when picked on a first try: see [`super::Flag`].
    #[serde(default)]
    pub flag: Option<super::Flag>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReportQuestion {
    pub id: String,
    pub question: Text,
    pub answers: Vec<ReportAnswer>,
}

impl ReportQuestion {
    pub fn answer(&self, id: &str) -> Option<&ReportAnswer> {
        self.answers.iter().find(|a| a.id == id)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReportStep {
    pub form: ReportForm,
    /// What happened, shown above the form.
    pub situation: Text,
    pub questions: Vec<ReportQuestion>,
    #[serde(default)]
    pub next: Option<String>,
}

impl ReportStep {
    pub fn question(&self, id: &str) -> Option<&ReportQuestion> {
        self.questions.iter().find(|q| q.id == id)
    }
}
