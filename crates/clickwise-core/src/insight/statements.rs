//! Where a pupil is with each *Education for a Connected World* statement the class's
//! levels teach, from first tries only (a replay after seeing the answers shows memory,
//! not understanding).
//!
//! **The rule.** A first try at a level *shows* each statement the level teaches when it
//! made no risky choice and earned at least 2 stars (half the points or more). For one
//! pupil and one statement, take their first tries at every level that teaches it, oldest
//! first:
//!
//! - no first try yet: *not started* (no status);
//! - **secure** when the latest first try shows it and at least half of them do (so one
//!   early slip doesn't hold a pupil back, and one lucky level isn't enough after a run of
//!   risky ones);
//! - **working towards** otherwise.
//!
//! **Learning over time.** When a pupil has met a statement in two or more levels, their
//! latest first try is compared with their first: *better* when it now shows the statement
//! and didn't, or shows the same and scored at least 10 points in 100 more; *lower* the
//! other way round; otherwise *the same*. (Ten points of leeway, so one card more or less
//! isn't called a change.) Flags are not part of this: they are not scores.

use crate::model::Level;
use crate::scoring::stars;
use std::collections::HashMap;

/// The most a first try's share of points can move and still count as "the same".
pub const SAME_WITHIN: u32 = 10;

/// A pupil's first try at a level: the evidence for the statements it teaches.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Evidence {
    pub level_id: String,
    /// When it finished (ms since 1970): orders the evidence.
    pub finished_at: i64,
    pub points: u32,
    pub max: u32,
    /// Risky choices on the first try.
    pub risky: u32,
}

impl Evidence {
    /// Whether this first try shows the statements its level teaches.
    pub fn shows(&self) -> bool {
        self.risky == 0 && stars(self.points, self.max) >= 2
    }

    /// Points as a share of the most possible, 0 to 100.
    pub fn percent(&self) -> u32 {
        (self.points.min(self.max) * 100).checked_div(self.max).unwrap_or(100)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Status {
    WorkingTowards,
    Secure,
}

impl Status {
    pub fn label(self) -> &'static str {
        match self {
            Status::WorkingTowards => "Working towards",
            Status::Secure => "Secure",
        }
    }
}

/// How the latest first try compares with the first, for a statement met again.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Change {
    Lower,
    Same,
    Better,
}

impl Change {
    pub fn label(self) -> &'static str {
        match self {
            Change::Better => "Better",
            Change::Same => "The same",
            Change::Lower => "Lower",
        }
    }
}

/// One pupil and one statement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatementStatus {
    pub statement: String,
    pub status: Status,
    /// First tries at levels teaching it, and how many showed it.
    pub tries: usize,
    pub shown: usize,
    /// Set when met in two or more levels: the latest first try against the first.
    pub change: Option<Change>,
    /// The levels of the first and the latest first try.
    pub first_level: String,
    pub latest_level: String,
}

/// The status of `statement` from the first tries at levels that teach it (any order).
pub fn status_of(statement: &str, evidence: &[&Evidence]) -> Option<StatementStatus> {
    let mut tries: Vec<&Evidence> = evidence.to_vec();
    tries.sort_by(|a, b| (a.finished_at, &a.level_id).cmp(&(b.finished_at, &b.level_id)));
    let (first, latest) = (*tries.first()?, *tries.last()?);
    let shown = tries.iter().filter(|e| e.shows()).count();
    let secure = latest.shows() && shown * 2 >= tries.len();
    let change = (tries.len() >= 2).then(|| compare(first, latest));
    Some(StatementStatus {
        statement: statement.to_owned(),
        status: if secure { Status::Secure } else { Status::WorkingTowards },
        tries: tries.len(),
        shown,
        change,
        first_level: first.level_id.clone(),
        latest_level: latest.level_id.clone(),
    })
}

fn compare(first: &Evidence, latest: &Evidence) -> Change {
    match (first.shows(), latest.shows()) {
        (false, true) => Change::Better,
        (true, false) => Change::Lower,
        _ if latest.percent() >= first.percent() + SAME_WITHIN => Change::Better,
        _ if latest.percent() + SAME_WITHIN <= first.percent() => Change::Lower,
        _ => Change::Same,
    }
}

/// The statements `levels` teach, each once, in the order the levels first teach them.
pub fn statements_taught<'a>(levels: &[&'a Level]) -> Vec<&'a str> {
    let mut out: Vec<&str> = Vec::new();
    for id in levels.iter().flat_map(|l| &l.statements) {
        if !out.contains(&id.as_str()) {
            out.push(id);
        }
    }
    out
}

/// A pupil's status for each statement `levels` teach that they have a first try for,
/// from `evidence` (their first tries; tries at levels not in `levels` are ignored).
pub fn pupil_statements(levels: &[&Level], evidence: &[Evidence]) -> Vec<StatementStatus> {
    let teaches: HashMap<&str, &Level> = levels.iter().map(|l| (l.id.as_str(), *l)).collect();
    let mut per_statement: HashMap<&str, Vec<&Evidence>> = HashMap::new();
    for e in evidence {
        for statement in teaches.get(e.level_id.as_str()).into_iter().flat_map(|l| &l.statements) {
            per_statement.entry(statement).or_default().push(e);
        }
    }
    statements_taught(levels)
        .into_iter()
        .filter_map(|statement| status_of(statement, per_statement.get(statement)?))
        .collect()
}

/// A statement across a class: coverage, status counts and learning over time.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct StatementSummary {
    pub statement: String,
    /// The class's levels that teach it.
    pub levels: Vec<String>,
    pub secure: usize,
    pub working_towards: usize,
    /// Pupils with no first try at any of its levels yet.
    pub not_started: usize,
    /// Pupils who met it again: how their latest first try compares with their first.
    pub better: usize,
    pub same: usize,
    pub lower: usize,
}

impl StatementSummary {
    /// Pupils who met it in two or more levels.
    pub fn met_again(&self) -> usize {
        self.better + self.same + self.lower
    }
}

/// Every statement `levels` teach, across `pupils` (each pupil's first tries).
pub fn class_statements(levels: &[&Level], pupils: &[Vec<Evidence>]) -> Vec<StatementSummary> {
    let per_pupil: Vec<Vec<StatementStatus>> = pupils.iter().map(|e| pupil_statements(levels, e)).collect();
    summarise(levels, &per_pupil)
}

/// The class summary from each pupil's statuses (see [`pupil_statements`]).
pub fn summarise(levels: &[&Level], per_pupil: &[Vec<StatementStatus>]) -> Vec<StatementSummary> {
    statements_taught(levels)
        .into_iter()
        .map(|statement| {
            let mut s = StatementSummary {
                statement: statement.to_owned(),
                levels: levels
                    .iter()
                    .filter(|l| l.statements.iter().any(|x| x == statement))
                    .map(|l| l.id.clone())
                    .collect(),
                ..Default::default()
            };
            for statuses in per_pupil {
                match statuses.iter().find(|p| p.statement == statement) {
                    None => s.not_started += 1,
                    Some(p) => {
                        match p.status {
                            Status::Secure => s.secure += 1,
                            Status::WorkingTowards => s.working_towards += 1,
                        }
                        match p.change {
                            Some(Change::Better) => s.better += 1,
                            Some(Change::Same) => s.same += 1,
                            Some(Change::Lower) => s.lower += 1,
                            None => {}
                        }
                    }
                }
            }
            s
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn try_at(level: &str, at: i64, points: u32, risky: u32) -> Evidence {
        Evidence { level_id: level.into(), finished_at: at, points, max: 10, risky }
    }

    fn status(evidence: &[Evidence]) -> Option<StatementStatus> {
        status_of("or-ks1-tell", &evidence.iter().collect::<Vec<_>>())
    }

    #[test]
    fn a_first_try_shows_a_statement_with_two_stars_and_no_risky_choice() {
        assert!(try_at("a", 0, 5, 0).shows(), "half the points is two stars");
        assert!(!try_at("a", 0, 4, 0).shows(), "one star");
        assert!(!try_at("a", 0, 10, 1).shows(), "full marks, but a risky choice");
        let empty = Evidence { max: 0, ..try_at("a", 0, 0, 0) };
        assert!(empty.shows() && empty.percent() == 100, "a level with no points never divides by zero");
    }

    #[test]
    fn no_first_try_is_no_status() {
        assert_eq!(status(&[]), None);
    }

    #[test]
    fn one_level_is_secure_exactly_when_it_shows_the_statement() {
        assert_eq!(status(&[try_at("a", 0, 9, 0)]).unwrap().status, Status::Secure);
        assert_eq!(status(&[try_at("a", 0, 9, 1)]).unwrap().status, Status::WorkingTowards);
        assert_eq!(status(&[try_at("a", 0, 3, 0)]).unwrap().change, None, "no change from one level");
    }

    #[test]
    fn the_latest_first_try_must_show_it_and_at_least_half_of_them() {
        // An early slip, then two good first tries: secure, and better.
        let s = status(&[try_at("b", 20, 8, 0), try_at("a", 10, 2, 1), try_at("c", 30, 9, 0)]).unwrap();
        assert_eq!((s.status, s.tries, s.shown), (Status::Secure, 3, 2));
        assert_eq!((s.first_level.as_str(), s.latest_level.as_str()), ("a", "c"), "ordered by when");
        assert_eq!(s.change, Some(Change::Better));
        // Good, then a risky latest first try: working towards, and lower.
        let s = status(&[try_at("a", 10, 9, 0), try_at("b", 20, 9, 1)]).unwrap();
        assert_eq!((s.status, s.change), (Status::WorkingTowards, Some(Change::Lower)));
        // Two risky, then one good: the latest shows it but only one of three do.
        let s = status(&[try_at("a", 1, 1, 1), try_at("b", 2, 2, 1), try_at("c", 3, 9, 0)]).unwrap();
        assert_eq!((s.status, s.change), (Status::WorkingTowards, Some(Change::Better)));
        // One of two is half: secure when it is the latest.
        let s = status(&[try_at("a", 1, 1, 1), try_at("b", 2, 9, 0)]).unwrap();
        assert_eq!(s.status, Status::Secure);
    }

    #[test]
    fn a_change_needs_ten_points_in_a_hundred_when_both_show_or_both_dont() {
        let change = |a: u32, b: u32| status(&[try_at("a", 1, a, 0), try_at("b", 2, b, 0)]).unwrap().change;
        assert_eq!(change(6, 7), Some(Change::Better), "60% to 70%");
        assert_eq!(change(6, 6), Some(Change::Same));
        assert_eq!(change(9, 7), Some(Change::Lower));
        let change = |a: (u32, u32), b: (u32, u32)| {
            status(&[try_at("a", 1, a.0, a.1), try_at("b", 2, b.0, b.1)]).unwrap().change
        };
        assert_eq!(change((6, 1), (6, 0)), Some(Change::Better), "the risky choice is gone");
        assert_eq!(change((2, 1), (3, 1)), Some(Change::Better), "neither shows it, but 20% to 30%");
        assert_eq!(change((2, 1), (2, 2)), Some(Change::Same), "neither shows it; points the same");
    }

    fn level(id: &str, statements: &[&str]) -> Level {
        let source = format!(
            r#"(id: "{id}", title: "T", phase: Ks1, topics: [Privacy], statements: {statements:?}, objective: "O", intro: "I", icon: "i", start: "s", steps: [], help: "H")"#
        );
        ron::from_str(&source).unwrap()
    }

    #[test]
    fn a_class_summary_counts_each_pupil_once_per_statement() {
        let (a, b) = (level("a", &["pi-ks1-private", "or-ks1-tell"]), level("b", &["pi-ks1-private"]));
        let levels = [&a, &b];
        assert_eq!(statements_taught(&levels), ["pi-ks1-private", "or-ks1-tell"]);
        let pupils = vec![
            vec![try_at("a", 1, 9, 0), try_at("b", 2, 9, 0)],
            vec![try_at("a", 1, 9, 1)],
            vec![],
            vec![try_at("zz", 1, 0, 3)],
        ];
        let summary = class_statements(&levels, &pupils);
        let private = &summary[0];
        assert_eq!(private.levels, ["a", "b"]);
        assert_eq!((private.secure, private.working_towards, private.not_started), (1, 1, 2));
        assert_eq!((private.better, private.same, private.lower, private.met_again()), (0, 1, 0, 1));
        let tell = &summary[1];
        assert_eq!((tell.secure, tell.working_towards, tell.not_started, tell.met_again()), (1, 1, 2, 0));
    }
}
