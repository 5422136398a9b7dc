//! What a class dashboard shows, worked out from the stored rows in one pass: the grid of
//! pupils × levels (first try and best), each pupil's badges, progress per topic and per
//! strand, and the risky choices most often made on a first try. Kept apart from the HTML
//! so it can be tested and timed on its own.

use crate::badges::KnownBadge;
use crate::db::badges::StoredBadge;
use crate::db::classes::{Assignment, Class};
use crate::db::pupils::Pupil;
use crate::db::results::StoredResult;
use crate::levels::Levels;
use clickwise_core::strands::strand_of;
use std::collections::{BTreeMap, HashMap};

/// Sorted, without repeats.
pub fn sorted_unique<T: Ord>(mut items: Vec<T>) -> Vec<T> {
    items.sort();
    items.dedup();
    items
}

pub struct ClassData {
    pub class: Class,
    pub pupils: Vec<Pupil>,
    pub assigned: Vec<Assignment>,
    pub results: Vec<StoredResult>,
    pub badges: Vec<StoredBadge>,
}

/// A badge a pupil has, as the world describes it.
#[derive(Debug, Clone, PartialEq)]
pub struct PupilBadge {
    pub badge: KnownBadge,
    /// ms since 1970.
    pub first_seen: i64,
}

pub struct Column {
    pub level_id: String,
    pub title: String,
    pub assigned: bool,
    pub due: Option<String>,
}

#[derive(Clone, Copy, Default, PartialEq, Debug)]
pub struct Cell {
    pub first: Option<u8>,
    /// Stars of the best attempt, as the core defines best (`scoring::better`).
    pub best: Option<u8>,
    pub plays: u32,
    /// (points, risky choices) of the best attempt so far.
    best_by: Option<(u32, u32)>,
}

pub struct Misconception {
    pub level_title: String,
    pub text: String,
    /// Pupils who made this choice on their first try.
    pub pupils: usize,
}

/// (name, share of stars earned of those possible).
pub type Shares = Vec<(String, f32)>;

pub struct Report {
    pub columns: Vec<Column>,
    /// One row per pupil, a cell per column.
    pub rows: Vec<Vec<Cell>>,
    /// Each pupil's badges, in the world's order.
    pub badges: Vec<Vec<PupilBadge>>,
    /// (name, share of stars earned of those possible) for each topic and each strand.
    pub topics: Shares,
    pub strands: Shares,
    pub misconceptions: Vec<Misconception>,
}

fn title(levels: &Levels, id: &str) -> String {
    levels.get(id).map_or_else(|| id.to_owned(), |l| l.title.en.clone())
}

pub fn build(levels: &Levels, data: &ClassData) -> Report {
    // Assigned levels first, in the teacher's order; then any other level someone played.
    let mut columns: Vec<Column> = data
        .assigned
        .iter()
        .map(|a| Column {
            level_id: a.level_id.clone(),
            title: title(levels, &a.level_id),
            assigned: true,
            due: a.due.clone(),
        })
        .collect();
    let mut col_of: HashMap<&str, usize> =
        data.assigned.iter().enumerate().map(|(i, a)| (a.level_id.as_str(), i)).collect();
    let mut extra: Vec<&str> =
        data.results.iter().map(|r| r.level_id.as_str()).filter(|id| !col_of.contains_key(id)).collect();
    extra.sort_by_key(|id| (levels.list.iter().position(|l| l.id == *id).unwrap_or(usize::MAX), *id));
    extra.dedup();
    for id in extra {
        col_of.insert(id, columns.len());
        columns.push(Column {
            level_id: id.to_owned(),
            title: title(levels, id),
            assigned: false,
            due: None,
        });
    }
    let row_of: HashMap<i64, usize> = data.pupils.iter().enumerate().map(|(i, p)| (p.id, i)).collect();
    let mut rows = vec![vec![Cell::default(); columns.len()]; data.pupils.len()];
    let mut risky: HashMap<(&str, &str), Vec<i64>> = HashMap::new();
    for r in &data.results {
        let (Some(&row), Some(&col)) = (row_of.get(&r.pupil_id), col_of.get(r.level_id.as_str())) else {
            continue;
        };
        let cell = &mut rows[row][col];
        cell.plays += 1;
        let this = (r.points, r.risky_count());
        if cell.best_by.is_none_or(|best| clickwise_core::scoring::better(this, best)) {
            (cell.best, cell.best_by) = (Some(r.stars), Some(this));
        }
        if r.first_try {
            cell.first = Some(r.stars);
            for text in r.risky.lines().filter(|t| !t.is_empty()) {
                let pupils = risky.entry((r.level_id.as_str(), text)).or_default();
                if !pupils.contains(&r.pupil_id) {
                    pupils.push(r.pupil_id);
                }
            }
        }
    }
    let (topics, strands) = summaries(levels, &columns, &rows);
    let mut misconceptions: Vec<Misconception> = risky
        .into_iter()
        .map(|((level, text), pupils)| Misconception {
            level_title: title(levels, level),
            text: text.to_owned(),
            pupils: pupils.len(),
        })
        .collect();
    misconceptions.sort_by(|a, b| {
        b.pupils
            .cmp(&a.pupils)
            .then_with(|| a.level_title.cmp(&b.level_title))
            .then_with(|| a.text.cmp(&b.text))
    });
    misconceptions.truncate(10);
    let badges = data.pupils.iter().map(|p| pupil_badges(levels, &data.badges, p.id)).collect();
    Report { columns, rows, badges, topics, strands, misconceptions }
}

/// The badges of `pupil` the world still knows (a badge left out of a later world is
/// not shown), in the world's order.
pub fn pupil_badges(levels: &Levels, stored: &[StoredBadge], pupil: i64) -> Vec<PupilBadge> {
    let mut mine: Vec<PupilBadge> = stored
        .iter()
        .filter(|b| b.pupil_id == pupil)
        .filter_map(|b| {
            levels.badges.get(&b.badge_id).map(|k| PupilBadge { badge: k.clone(), first_seen: b.first_seen })
        })
        .collect();
    mine.sort_by_key(|b| levels.badges.position(&b.badge.id));
    mine
}

/// Stars earned as a share of those possible, per topic and per strand, over every pupil
/// and every level on the dashboard (a level not played counts as none earned).
fn summaries(levels: &Levels, columns: &[Column], rows: &[Vec<Cell>]) -> (Shares, Shares) {
    let mut topics: BTreeMap<String, (u32, u32)> = BTreeMap::new();
    let mut strands: BTreeMap<String, (u32, u32)> = BTreeMap::new();
    for (col, column) in columns.iter().enumerate() {
        let Some(level) = levels.get(&column.level_id) else { continue };
        let earned: u32 = rows.iter().map(|r| u32::from(r[col].best.unwrap_or(0))).sum();
        let possible = 3 * rows.len() as u32;
        for topic in &level.topics {
            let t = topics.entry(topic.label().to_owned()).or_default();
            (t.0, t.1) = (t.0 + earned, t.1 + possible);
        }
        let mut level_strands: Vec<&str> = level.statements.iter().filter_map(|s| strand_of(s)).collect();
        level_strands.dedup();
        for strand in level_strands {
            let t = strands.entry(strand.to_owned()).or_default();
            (t.0, t.1) = (t.0 + earned, t.1 + possible);
        }
    }
    let share = |m: BTreeMap<String, (u32, u32)>| {
        m.into_iter().map(|(k, (e, p))| (k, if p == 0 { 0.0 } else { e as f32 / p as f32 })).collect()
    };
    (share(topics), share(strands))
}
