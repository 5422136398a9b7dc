//! Who and what needs the teacher's attention: flagged first-try choices ("Needs a word"),
//! the choices most often made ("Talk about in class"), pupils not started, and assigned
//! levels past their due date. The rules are core's (`clickwise_core::insight`); this
//! puts pupils' and levels' names to them.

use super::first_tries::FirstTry;
use crate::db::classes::Assignment;
use crate::db::pupils::Pupil;
use crate::db::results::StoredResult;
use crate::i18n::lang;
use crate::levels::Levels;
use clickwise_core::insight::{Words, gather};
use clickwise_core::{Level, Outcome};
use std::collections::HashMap;
use std::sync::Arc;

/// Each level's discussion questions (from its teacher notes, filled in, in the page's
/// language), made once.
struct Discussion<'a>(HashMap<&'a str, Arc<[String]>>);

impl<'a> Discussion<'a> {
    fn of(&mut self, level: &'a Level) -> Arc<[String]> {
        self.0
            .entry(level.id.as_str())
            .or_insert_with(|| Words::of(level, lang()).discussion(level).into())
            .clone()
    }
}

/// A flagged first-try choice: worth a quiet word with the pupil.
#[derive(Debug, Clone, PartialEq)]
pub struct Word {
    pub pupil: i64,
    pub level_id: String,
    pub level_title: String,
    pub question: String,
    pub choice: String,
    /// Why it is worth a word, as the level says.
    pub note: String,
    /// The level's questions to talk it through.
    pub discussion: Arc<[String]>,
    /// When the first try finished (ms since 1970).
    pub when: i64,
}

/// Every flagged first-try choice, pupil by pupil in class order, oldest first.
pub fn needs_a_word(first_tries: &[FirstTry], pupils: &[Pupil]) -> Vec<Word> {
    let mut questions = Discussion(HashMap::new());
    let mut words: Vec<Word> = first_tries
        .iter()
        .flat_map(|t| {
            let discussion = questions.of(t.level);
            t.findings
                .iter()
                .filter(|f| f.flag.is_some())
                .map(|f| Word {
                    pupil: t.pupil,
                    level_id: t.level.id.clone(),
                    level_title: t.level.title.get(lang()).to_owned(),
                    question: f.question.clone(),
                    choice: f.choice.clone(),
                    note: f.flag.clone().unwrap_or_default(),
                    discussion: discussion.clone(),
                    when: t.result.finished_at,
                })
                .collect::<Vec<_>>()
        })
        .collect();
    let order = |id: i64| pupils.iter().position(|p| p.id == id).unwrap_or(usize::MAX);
    words.sort_by_key(|w| (order(w.pupil), w.when));
    words
}

/// A choice to talk about in class, with its level and who made it.
#[derive(Debug, Clone, PartialEq)]
pub struct Talk {
    pub level_id: String,
    pub level_title: String,
    pub question: String,
    pub choice: String,
    pub outcome: Outcome,
    pub flagged: bool,
    pub pupils: Vec<i64>,
    pub discussion: Arc<[String]>,
}

/// Every mistake of the class's first tries, most-made first.
pub fn talk(first_tries: &[FirstTry]) -> Vec<Talk> {
    let points = gather(first_tries.iter().map(|t| (t.pupil, t.level.id.as_str(), &t.findings[..])));
    let levels: HashMap<&str, &Level> = first_tries.iter().map(|t| (t.level.id.as_str(), t.level)).collect();
    let mut questions = Discussion(HashMap::new());
    points
        .into_iter()
        .filter_map(|p| {
            let level = *levels.get(p.level_id.as_str())?;
            Some(Talk {
                level_title: level.title.get(lang()).to_owned(),
                discussion: questions.of(level),
                level_id: p.level_id,
                flagged: p.finding.flag.is_some(),
                question: p.finding.question,
                choice: p.finding.choice,
                outcome: p.finding.outcome,
                pupils: p.pupils,
            })
        })
        .collect()
}

/// Pupils with no result at all yet, in class order.
pub fn not_started(pupils: &[Pupil], results: &[StoredResult]) -> Vec<i64> {
    pupils.iter().filter(|p| !results.iter().any(|r| r.pupil_id == p.id)).map(|p| p.id).collect()
}

/// An assigned level past its due date that a pupil hasn't finished.
#[derive(Debug, Clone, PartialEq)]
pub struct Late {
    pub pupil: i64,
    pub level_id: String,
    pub level_title: String,
    /// `YYYY-MM-DD`.
    pub due: String,
}

/// Assigned levels due before `today` (`YYYY-MM-DD`) with no result from a pupil, pupil by
/// pupil in class order.
pub fn late(
    levels: &Levels,
    pupils: &[Pupil],
    assigned: &[Assignment],
    results: &[StoredResult],
    today: &str,
) -> Vec<Late> {
    let past: Vec<(&Assignment, &str)> =
        assigned.iter().filter_map(|a| a.due.as_deref().filter(|d| *d < today).map(|d| (a, d))).collect();
    pupils
        .iter()
        .flat_map(|p| {
            past.iter()
                .filter(|(a, _)| !results.iter().any(|r| r.pupil_id == p.id && r.level_id == a.level_id))
                .map(|(a, due)| Late {
                    pupil: p.id,
                    level_id: a.level_id.clone(),
                    level_title: levels
                        .get(&a.level_id)
                        .map_or_else(|| a.level_id.clone(), |l| l.title.get(lang()).to_owned()),
                    due: (*due).to_owned(),
                })
                .collect::<Vec<_>>()
        })
        .collect()
}
