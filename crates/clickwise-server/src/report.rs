//! What a class dashboard shows, worked out from the stored rows: the grid of pupils ×
//! levels (first try and best, late where past due), each pupil's badges, progress per
//! topic and per strand, who needs a word, what to talk about in class, who hasn't
//! started, and the statements of *Education for a Connected World*. Kept apart from the
//! HTML so it can be tested and timed on its own.

pub mod assessment;
pub mod attention;
pub mod first_tries;

use crate::badges::KnownBadge;
use crate::db::badges::StoredBadge;
use crate::db::classes::{Assignment, Class};
use crate::db::pupils::Pupil;
use crate::db::results::StoredResult;
use crate::levels::Levels;
use assessment::Assessment;
use attention::{Late, Talk, Word};
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
    /// Assigned, past its due date, and not played.
    pub late: bool,
    /// (points, risky choices) of the best attempt so far.
    best_by: Option<(u32, u32)>,
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
    /// (DCF Citizenship element id, share of stars): for classes that follow Wales's
    /// Digital Competence Framework instead of the strands.
    pub dcf: Shares,
    /// Flagged first-try choices, pupil by pupil.
    pub needs_a_word: Vec<Word>,
    /// Every first-try mistake, most-made first.
    pub talk: Vec<Talk>,
    /// Pupils with no result yet.
    pub not_started: Vec<i64>,
    /// Assigned levels past their due date that a pupil hasn't played.
    pub late: Vec<Late>,
    pub assessment: Assessment,
}

fn title(levels: &Levels, id: &str) -> String {
    levels.get(id).map_or_else(|| id.to_owned(), |l| l.title.get(crate::i18n::lang()).to_owned())
}

/// The report as of today.
pub fn build(levels: &Levels, data: &ClassData) -> Report {
    build_on(levels, data, &crate::db::retention::iso_date(crate::db::now_ms()))
}

/// The report on `today` (`YYYY-MM-DD`): a due date before it is past.
pub fn build_on(levels: &Levels, data: &ClassData, today: &str) -> Report {
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
        }
    }
    let late = attention::late(levels, &data.pupils, &data.assigned, &data.results, today);
    for l in &late {
        if let (Some(&row), Some(&col)) = (row_of.get(&l.pupil), col_of.get(l.level_id.as_str())) {
            rows[row][col].late = true;
        }
    }
    let (topics, strands, dcf) = summaries(levels, &columns, &rows);
    let tries = first_tries::first_tries(levels, &data.results);
    let class_levels: Vec<&clickwise_core::Level> =
        columns.iter().filter_map(|c| levels.get(&c.level_id)).collect();
    let badges = data.pupils.iter().map(|p| pupil_badges(levels, &data.badges, p.id)).collect();
    Report {
        columns,
        rows,
        badges,
        topics,
        strands,
        dcf,
        needs_a_word: attention::needs_a_word(&tries, &data.pupils),
        talk: attention::talk(&tries),
        not_started: attention::not_started(&data.pupils, &data.results),
        late,
        assessment: assessment::assess(levels, &class_levels, &data.pupils, &tries),
    }
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
fn summaries(levels: &Levels, columns: &[Column], rows: &[Vec<Cell>]) -> (Shares, Shares, Shares) {
    let mut topics: BTreeMap<String, (u32, u32)> = BTreeMap::new();
    let mut strands: BTreeMap<String, (u32, u32)> = BTreeMap::new();
    let mut dcf: BTreeMap<String, (u32, u32)> = BTreeMap::new();
    for (col, column) in columns.iter().enumerate() {
        let Some(level) = levels.get(&column.level_id) else { continue };
        let earned: u32 = rows.iter().map(|r| u32::from(r[col].best.unwrap_or(0))).sum();
        let possible = 3 * rows.len() as u32;
        for topic in &level.topics {
            let t = topics.entry(crate::i18n::topic(*topic)).or_default();
            (t.0, t.1) = (t.0 + earned, t.1 + possible);
        }
        let mut level_strands: Vec<&str> = level.statements.iter().filter_map(|s| strand_of(s)).collect();
        level_strands.dedup();
        for strand in level_strands {
            let t = strands.entry(crate::i18n::strand(strand)).or_default();
            (t.0, t.1) = (t.0 + earned, t.1 + possible);
        }
        for element in &level.dcf {
            let t = dcf.entry(element.clone()).or_default();
            (t.0, t.1) = (t.0 + earned, t.1 + possible);
        }
    }
    let share = |m: BTreeMap<String, (u32, u32)>| {
        m.into_iter().map(|(k, (e, p))| (k, if p == 0 { 0.0 } else { e as f32 / p as f32 })).collect()
    };
    (share(topics), share(strands), share(dcf))
}
