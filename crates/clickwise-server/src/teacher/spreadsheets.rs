//! The class's downloads: `results.csv`, one row per attempt (with the level's strands and
//! statements, whether it was assigned and when it was due, and the risky choices in
//! words), and `summary.csv`, one wide row per pupil (statements and levels as columns).

use super::classes::load;
use super::csv_file::{download, file_name};
use crate::auth::SignedIn;
use crate::db::classes::Framework;
use crate::db::retention::iso_date;
use crate::errors::PageResult;
use crate::i18n::{self, tf, tr};
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
    i18n::yes_no(b)
}

/// A column's heading in the teacher's language (`csv-nickname` …).
fn heading(id: &str) -> String {
    tr(&format!("csv-{}", id.replace('_', "-")))
}

/// Each pupil's badges as they stand now, by name.
fn badges(s: &AppState, data: &ClassData, pupil: i64) -> String {
    let names: Vec<String> = pupil_badges(&s.levels, &data.badges, pupil)
        .into_iter()
        .map(|b| b.badge.name_here().to_owned())
        .collect();
    names.join("; ")
}

/// The names of a level's DCF Citizenship elements, in `lang`.
fn dcf_names(s: &AppState, level: &clickwise_core::Level, lang: clickwise_core::Lang) -> String {
    let Some(curriculum) = &s.levels.curriculum else { return level.dcf.join("; ") };
    let names: Vec<&str> = level
        .dcf
        .iter()
        .map(|id| curriculum.dcf.iter().find(|d| &d.id == id).map_or(id.as_str(), |d| d.name.get(lang)))
        .collect();
    names.join("; ")
}

pub async fn results(State(s): State<AppState>, teacher: SignedIn, Path(id): Path<i64>) -> PageResult {
    let data = load(&s, &teacher, id).await?;
    let dcf = data.class.framework == Framework::Dcf;
    let header = RESULTS_HEADER.iter().map(|h| match (*h, dcf) {
        ("strands", true) => "dcf_elements",
        ("statements", true) => "dcf_element_ids",
        (h, _) => h,
    });
    let mut rows = vec![header.map(heading).collect::<Vec<_>>()];
    let lang = i18n::lang();
    for r in &data.results {
        let nickname = data
            .pupils
            .iter()
            .find(|p| p.id == r.pupil_id)
            .map_or_else(String::new, |p| i18n::nickname(&p.nickname));
        let level = s.levels.get(&r.level_id);
        let assignment = data.assigned.iter().find(|a| a.level_id == r.level_id);
        let due = assignment.and_then(|a| a.due.clone()).unwrap_or_default();
        // A class that follows Wales's DCF gets its Citizenship elements in these two
        // columns (the header says so), not England's strands and statements.
        let (strands, statements) = match (level, dcf) {
            (Some(l), true) => (dcf_names(&s, l, lang), l.dcf.join("; ")),
            (Some(l), false) => {
                let mut strands: Vec<String> =
                    l.statements.iter().filter_map(|x| strand_of(x)).map(i18n::strand).collect();
                strands.dedup();
                (strands.join("; "), l.statements.join("; "))
            }
            (None, _) => (String::new(), String::new()),
        };
        let findings = level.map(|l| first_try_findings(l, lang, &r.choices())).unwrap_or_default();
        let risky: Vec<String> = findings
            .iter()
            .filter(|f| f.outcome == Outcome::Risky)
            .map(|f| format!("{} → {}", f.question, f.choice))
            .collect();
        // Flags are about the first try at a level.
        let flags: Vec<String> =
            findings.iter().filter(|_| r.first_try).filter_map(|f| f.flag.clone()).collect();
        rows.push(vec![
            nickname,
            r.level_id.clone(),
            level.map_or_else(|| r.level_id.clone(), |l| l.title.get(lang).to_owned()),
            strands,
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
    .map(heading)
    .to_vec();
    let lang = i18n::lang();
    // A DCF class gets a column per Citizenship element instead of the statements.
    let dcf = data.class.framework == Framework::Dcf;
    let no_statements = Vec::new();
    let statements = if dcf { &no_statements } else { &report.assessment.statements };
    header.extend(statements.iter().map(|r| format!("{}: {}", r.summary.statement, r.text)));
    if dcf && !data.pupils.is_empty() {
        header.extend(
            crate::views::dcf::pupil_progress(&s.levels, report, 0, lang)
                .into_iter()
                .map(|p| tf("csv-dcf-column", &[("element", p.element.into())])),
        );
    }
    for c in &report.columns {
        header.push(tf("csv-level-first-try", &[("level", (&c.title).into())]));
        header.push(tf("csv-level-best", &[("level", (&c.title).into())]));
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
            i18n::nickname(&pupil.nickname),
            yes(!report.not_started.contains(&pupil.id)),
            (0..cells.len()).filter(|&c| played(c)).count().to_string(),
            tf(
                "of-count",
                &[
                    ("n", assigned.iter().filter(|&&c| played(c)).count().into()),
                    ("total", assigned.len().into()),
                ],
            ),
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
                    Some(c) => tf(
                        "csv-status-change",
                        &[
                            ("status", i18n::status(m.status).into()),
                            ("change", i18n::change(c).to_lowercase().into()),
                        ],
                    ),
                    None => i18n::status(m.status),
                }
            }));
        }
        if dcf {
            row.extend(
                crate::views::dcf::pupil_progress(&s.levels, report, i, lang).iter().map(|p| p.words()),
            );
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
