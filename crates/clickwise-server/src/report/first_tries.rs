//! The class's first tries, each with its level and its choice log read once into core's
//! findings, in the page's language: what "Needs a word", "Talk about in class" and the
//! statements come from.

use crate::db::results::StoredResult;
use crate::i18n::lang;
use crate::levels::Levels;
use clickwise_core::Level;
use clickwise_core::insight::{Evidence, Finding, Words, findings_with};
use std::collections::HashMap;
use std::rc::Rc;

/// A pupil's first try at a level the server knows.
pub struct FirstTry<'a> {
    pub pupil: i64,
    pub level: &'a Level,
    pub result: &'a StoredResult,
    /// Its choices that weren't the safest, worked out once (core's `insight`), shared by
    /// the pupils whose first try was the same.
    pub findings: Rc<[Finding]>,
}

impl FirstTry<'_> {
    /// This first try as evidence for the statements its level teaches.
    pub fn evidence(&self) -> Evidence {
        Evidence {
            level_id: self.level.id.clone(),
            finished_at: self.result.finished_at,
            points: self.result.points,
            max: self.result.max_points,
            risky: self.result.risky_count(),
        }
    }
}

/// Every first try in `results` at a level in `levels`, oldest first.
pub fn first_tries<'a>(levels: &'a Levels, results: &'a [StoredResult]) -> Vec<FirstTry<'a>> {
    let mut words: HashMap<&str, Words> = HashMap::new();
    // Pupils often make the same first try: each distinct log is read once per level.
    let mut seen: HashMap<(&str, &str), Rc<[Finding]>> = HashMap::new();
    let mut out: Vec<FirstTry> = results
        .iter()
        .filter(|r| r.first_try)
        .filter_map(|r| {
            let level = levels.get(&r.level_id)?;
            let findings = seen
                .entry((level.id.as_str(), r.choice_log.as_str()))
                .or_insert_with(|| {
                    let words = words.entry(level.id.as_str()).or_insert_with(|| Words::of(level, lang()));
                    findings_with(level, words, &r.choices()).into()
                })
                .clone();
            Some(FirstTry { pupil: r.pupil_id, level, result: r, findings })
        })
        .collect();
    out.sort_by_key(|t| (t.result.finished_at, t.pupil));
    out
}
