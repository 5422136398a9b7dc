//! The class's downloads: `results.csv`, one row per attempt (with the level's strands and
//! statements, whether it was assigned and when it was due, and the risky choices in
//! words), and `summary.csv`, one wide row per pupil (statements and levels as columns).

use super::classes::load;
use super::csv_file::{download, file_name};
use crate::auth::SignedIn;
use crate::db::retention::iso_date;
use crate::errors::PageResult;
use crate::report::{self, ClassData, Report, pupil_badges};
use crate::state::AppState;
use axum::extract::{Path, State};
use clickwise_core::Outcome;
use clickwise_core::insight::first_try_findings;
use clickwise_core::strands::strand_of;

const RESULTS_HEADER: [&str; 18] = [
    "nickname",
    "level_id",
    "level",
    "strands",
    "statements",
    "assigned",
    "due",
    "after_due",
    "attempt_id",
    "first_try",
    "points",
    "max_points",
    "stars",
    "started",
    "finished",
    "risky_choices",
    "needs_a_word",
    "badges",
];

fn yes(b: bool) -> String {
    if b { "yes" } else { "no" }.to_owned()
}

/// Each pupil's badges as they stand now, by name.
fn badges(s: &AppState, data: &ClassData, pupil: i64) -> String {
    let names: Vec<String> =
        pupil_badges(&s.levels, &data.badges, pupil).into_iter().map(|b| b.badge.name).collect();
    names.join("; ")
}

pub async fn results(State(s): State<AppState>, teacher: SignedIn, Path(id): Path<i64>) -> PageResult {
    let data = load(&s, &teacher, id).await?;
    let mut rows = vec![RESULTS_HEADER.iter().map(|h| h.to_string()).collect::<Vec<_>>()];
    for r in &data.results {
        let nickname = data.pupils.iter().find(|p| p.id == r.pupil_id).map_or("", |p| p.nickname.as_str());
        let level = s.levels.get(&r.level_id);
        let assignment = data.assigned.iter().find(|a| a.level_id == r.level_id);
        let due = assignment.and_then(|a| a.due.clone()).unwrap_or_default();
        let (mut strands, statements) = match level {
            Some(l) => (
                l.statements.iter().filter_map(|x| strand_of(x)).collect::<Vec<_>>(),
                l.statements.join("; "),
            ),
            None => (Vec::new(), String::new()),
        };
        strands.dedup();
        let findings = level.map(|l| first_try_findings(l, &r.choices())).unwrap_or_default();
        let risky: Vec<String> = findings
            .iter()
            .filter(|f| f.outcome == Outcome::Risky)
            .map(|f| format!("{} → {}", f.question, f.choice))
            .collect();
        // Flags are about the first try at a level.
        let flags: Vec<&str> =
            findings.iter().filter(|_| r.first_try).filter_map(|f| f.flag.as_deref()).collect();
        rows.push(vec![
            nickname.to_owned(),
            r.level_id.clone(),
            level.map_or_else(|| r.level_id.clone(), |l| l.title.en.clone()),
            strands.join("; "),
            statements,
            yes(assignment.is_some()),
            due.clone(),
            if due.is_empty() { String::new() } else { yes(iso_date(r.finished_at) > due) },
            r.attempt_id.clone(),
            yes(r.first_try),
            r.points.to_string(),
            r.max_points.to_string(),
            r.stars.to_string(),
            iso_date(r.started_at),
            iso_date(r.finished_at),
            risky.join(" | "),
            flags.join(" | "),
            badges(&s, &data, r.pupil_id),
        ]);
    }
    Ok(download(&file_name(&data.class.name, &data.class.code, "results"), rows))
}

/// The wide summary: one row per pupil.
fn summary_rows(s: &AppState, data: &ClassData, report: &Report) -> Vec<Vec<String>> {
    let mut header: Vec<String> = [
        "nickname",
        "started",
        "levels_finished",
        "assigned_finished",
        "late",
        "first_try_stars",
        "best_stars",
        "needs_a_word",
        "badges",
    ]
    .map(String::from)
    .to_vec();
    let statements = &report.assessment.statements;
    header.extend(statements.iter().map(|r| format!("{}: {}", r.summary.statement, r.text)));
    for c in &report.columns {
        header.push(format!("{} (first try)", c.title));
        header.push(format!("{} (best)", c.title));
    }
    let assigned: Vec<usize> =
        report.columns.iter().enumerate().filter(|(_, c)| c.assigned).map(|(i, _)| i).collect();
    let mut rows = vec![header];
    for (i, pupil) in data.pupils.iter().enumerate() {
        let cells = &report.rows[i];
        let played = |c: usize| cells[c].plays > 0;
        let late: Vec<&str> =
            report.late.iter().filter(|l| l.pupil == pupil.id).map(|l| l.level_title.as_str()).collect();
        let stars =
            |pick: fn(&report::Cell) -> Option<u8>| cells.iter().filter_map(pick).map(u32::from).sum::<u32>();
        let mut row = vec![
            pupil.nickname.clone(),
            yes(!report.not_started.contains(&pupil.id)),
            (0..cells.len()).filter(|&c| played(c)).count().to_string(),
            format!("{} of {}", assigned.iter().filter(|&&c| played(c)).count(), assigned.len()),
            late.join("; "),
            stars(|c| c.first).to_string(),
            stars(|c| c.best).to_string(),
            report.needs_a_word.iter().filter(|w| w.pupil == pupil.id).count().to_string(),
            badges(s, data, pupil.id),
        ];
        let mine = &report.assessment.pupils[i];
        for r in statements {
            row.push(mine.iter().find(|m| m.statement == r.summary.statement).map_or(String::new(), |m| {
                match m.change {
                    Some(c) => {
                        format!("{} ({} since the first level)", m.status.label(), c.label().to_lowercase())
                    }
                    None => m.status.label().to_owned(),
                }
            }));
        }
        for c in cells {
            row.push(c.first.map_or(String::new(), |n| n.to_string()));
            row.push(c.best.map_or(String::new(), |n| n.to_string()));
        }
        rows.push(row);
    }
    rows
}

pub async fn summary(State(s): State<AppState>, teacher: SignedIn, Path(id): Path<i64>) -> PageResult {
    let data = load(&s, &teacher, id).await?;
    let report = report::build(&s.levels, &data);
    let rows = summary_rows(&s, &data, &report);
    Ok(download(&file_name(&data.class.name, &data.class.code, "summary"), rows))
}
