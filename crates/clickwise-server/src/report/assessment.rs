//! *Education for a Connected World* for a class: each statement its levels teach, with
//! its wording and strand, each pupil's status (working towards or secure) and whether
//! their first tries got better. The rule is core's (`clickwise_core::insight::statements`).

use super::first_tries::FirstTry;
use crate::db::pupils::Pupil;
use crate::levels::Levels;
use clickwise_core::Level;
use clickwise_core::insight::statements::{pupil_statements, summarise};
use clickwise_core::insight::{Evidence, StatementStatus, StatementSummary};
use clickwise_core::strands::strand_of;

/// The strand a statement with none is listed under (pages say it as `strand-other`).
pub const NO_STRAND: &str = "Other";

/// A statement the class's levels teach.
#[derive(Debug, Clone, PartialEq)]
pub struct StatementRow {
    pub summary: StatementSummary,
    /// Its wording from `curriculum.ron` in the page's language (the id when the curriculum
    /// doesn't have it).
    pub text: String,
    pub strand: &'static str,
    /// The titles of the class's levels that teach it.
    pub level_titles: Vec<String>,
}

pub struct Assessment {
    pub statements: Vec<StatementRow>,
    /// Per pupil (in class order), their status for each statement they have met.
    pub pupils: Vec<Vec<StatementStatus>>,
}

impl Assessment {
    /// (secure, working towards) over every pupil and statement.
    pub fn totals(&self) -> (usize, usize) {
        self.statements.iter().fold((0, 0), |(s, w), r| (s + r.summary.secure, w + r.summary.working_towards))
    }

    /// (better, the same, lower) over every pupil who met a statement again.
    pub fn changes(&self) -> (usize, usize, usize) {
        self.statements
            .iter()
            .fold((0, 0, 0), |(b, s, l), r| (b + r.summary.better, s + r.summary.same, l + r.summary.lower))
    }

    /// The statement's wording.
    pub fn text_of<'a>(&'a self, id: &'a str) -> &'a str {
        self.statements.iter().find(|r| r.summary.statement == id).map_or(id, |r| r.text.as_str())
    }
}

/// The statements `class_levels` teach, for `pupils`, from their first tries.
pub fn assess(
    levels: &Levels,
    class_levels: &[&Level],
    pupils: &[Pupil],
    first_tries: &[FirstTry],
) -> Assessment {
    let evidence: Vec<Vec<Evidence>> = pupils
        .iter()
        .map(|p| first_tries.iter().filter(|t| t.pupil == p.id).map(FirstTry::evidence).collect())
        .collect();
    let pupils: Vec<Vec<StatementStatus>> =
        evidence.iter().map(|e| pupil_statements(class_levels, e)).collect();
    let statements = summarise(class_levels, &pupils)
        .into_iter()
        .map(|summary| {
            let text = levels
                .curriculum
                .as_ref()
                .and_then(|c| c.statement(&summary.statement))
                .map_or_else(|| summary.statement.clone(), |s| s.text.get(crate::i18n::lang()).to_owned());
            let level_titles = summary
                .levels
                .iter()
                .map(|id| {
                    levels.get(id).map_or_else(|| id.clone(), |l| l.title.get(crate::i18n::lang()).to_owned())
                })
                .collect();
            StatementRow {
                strand: strand_of(&summary.statement).unwrap_or(NO_STRAND),
                text,
                level_titles,
                summary,
            }
        })
        .collect();
    Assessment { statements, pupils }
}
