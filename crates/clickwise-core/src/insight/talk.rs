//! "Talk about in class": the class's first-try findings, the same choice made by several
//! pupils counted once per pupil, most-made first (risky before unsure on a tie).

use super::findings::{Finding, first_try_findings};
use crate::model::Level;
use crate::scoring::ChoiceRecord;
use crate::text::Lang;
use std::collections::HashMap;

/// One choice to talk about, and who made it on a first try.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TalkPoint<P> {
    pub level_id: String,
    /// The choice, as the first pupil who made it was found to make it.
    pub finding: Finding,
    /// Each pupil once, in the order their first try came.
    pub pupils: Vec<P>,
}

/// The talk points of a class's first tries: `(pupil, level, choice log)` for each, in
/// `lang`.
pub fn talk_points<'a, P: Copy + Eq + 'a>(
    lang: Lang,
    first_tries: impl IntoIterator<Item = (P, &'a Level, &'a [ChoiceRecord])>,
) -> Vec<TalkPoint<P>> {
    let found: Vec<(P, &str, Vec<Finding>)> = first_tries
        .into_iter()
        .map(|(p, level, log)| (p, level.id.as_str(), first_try_findings(level, lang, log)))
        .collect();
    gather(found.iter().map(|(p, id, f)| (*p, *id, f.as_slice())))
}

/// The same, from findings already worked out: `(pupil, level id, its first try's findings)`.
pub fn gather<'a, P: Copy + Eq + 'a>(
    first_tries: impl IntoIterator<Item = (P, &'a str, &'a [Finding])>,
) -> Vec<TalkPoint<P>> {
    let mut points: Vec<TalkPoint<P>> = Vec::new();
    let mut index: HashMap<(&str, &str, &str, &str), usize> = HashMap::new();
    for (pupil, level_id, findings) in first_tries {
        for f in findings {
            let key = (level_id, f.step.as_str(), f.question.as_str(), f.choice.as_str());
            match index.get(&key) {
                Some(&i) if !points[i].pupils.contains(&pupil) => points[i].pupils.push(pupil),
                Some(_) => {}
                None => {
                    index.insert(key, points.len());
                    points.push(TalkPoint {
                        level_id: level_id.to_owned(),
                        finding: f.clone(),
                        pupils: vec![pupil],
                    });
                }
            }
        }
    }
    // Stable: equal points keep the order they were first made in.
    points.sort_by(|a, b| {
        b.pupils.len().cmp(&a.pupils.len()).then_with(|| b.finding.outcome.cmp(&a.finding.outcome))
    });
    points
}
