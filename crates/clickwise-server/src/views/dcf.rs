//! Progress by the Citizenship elements of Wales's Digital Competence Framework, for
//! classes set to follow it: which levels on the dashboard teach each element, the stars
//! earned on them, and who has finished them all.

use crate::i18n::{tf, tr};
use crate::levels::Levels;
use crate::report::Report;
use clickwise_core::text::Lang;
use maud::{Markup, html};

/// One DCF element as the dashboard sees it.
struct Element<'a> {
    name: &'a str,
    /// Dashboard columns whose level teaches it.
    columns: Vec<usize>,
    stars: Option<f32>,
}

fn elements<'a>(levels: &'a Levels, report: &Report, lang: Lang) -> Vec<Element<'a>> {
    let Some(curriculum) = &levels.curriculum else { return Vec::new() };
    curriculum
        .dcf
        .iter()
        .map(|element| Element {
            name: element.name.get(lang),
            columns: report
                .columns
                .iter()
                .enumerate()
                .filter(|(_, c)| levels.get(&c.level_id).is_some_and(|l| l.dcf.contains(&element.id)))
                .map(|(i, _)| i)
                .collect(),
            stars: report.dcf.iter().find(|(id, _)| *id == element.id).map(|(_, v)| *v),
        })
        .collect()
}

fn percent(v: Option<f32>) -> String {
    v.map_or_else(|| "–".into(), |v| format!("{:.0}%", v * 100.0))
}

/// The class: per element, its levels, stars earned and pupils who finished them all.
pub fn class_table(levels: &Levels, report: &Report, lang: Lang) -> Markup {
    let all = elements(levels, report, lang);
    html! {
        @if all.iter().all(|e| e.columns.is_empty()) {
            p class="note" { (tr("appears-once-played")) }
        } @else {
            table class="statements" {
                caption { (tr("dcf-citizenship")) }
                thead { tr {
                    th scope="col" { (tr("col-element")) }
                    th scope="col" { (tr("col-taught-in")) }
                    th scope="col" { (tr("col-stars-earned")) }
                    th scope="col" { (tr("col-finished-all")) }
                } }
                tbody { @for e in &all { tr {
                    td { (e.name) }
                    td { @if e.columns.is_empty() { span class="none" { (tr("dcf-no-level")) } }
                         @else { (e.columns.iter().map(|&c| report.columns[c].title.as_str()).collect::<Vec<_>>().join(", ")) } }
                    td { (percent(e.stars)) }
                    td { @if !e.columns.is_empty() {
                        (tf("of-count", &[("n", report.rows.iter().filter(|row| e.columns.iter().all(|&c| row[c].best.is_some())).count().into()), ("total", report.rows.len().into())]))
                    } }
                } } }
            }
            p class="note" { (tr("dcf-stars-note")) }
        }
    }
}

/// One pupil's progress on one element.
pub struct PupilProgress {
    pub element: String,
    /// Of the element's levels on the dashboard: how many the pupil finished, of how many.
    pub finished: usize,
    pub levels: usize,
    /// Best-try stars on them, of 3 per level.
    pub stars: u32,
}

impl PupilProgress {
    /// "2 of 3 levels finished, 5 of 9 stars".
    pub fn words(&self) -> String {
        tf(
            "dcf-pupil-progress",
            &[
                ("finished", self.finished.into()),
                ("levels", self.levels.into()),
                ("stars", self.stars.into()),
                ("possible", (3 * self.levels).into()),
            ],
        )
    }
}

/// Pupil `pupil`'s progress on each element that has levels on the dashboard.
pub fn pupil_progress(levels: &Levels, report: &Report, pupil: usize, lang: Lang) -> Vec<PupilProgress> {
    let row = &report.rows[pupil];
    elements(levels, report, lang)
        .into_iter()
        .filter(|e| !e.columns.is_empty())
        .map(|e| PupilProgress {
            element: e.name.to_owned(),
            finished: e.columns.iter().filter(|&&c| row[c].best.is_some()).count(),
            levels: e.columns.len(),
            stars: e.columns.iter().map(|&c| u32::from(row[c].best.unwrap_or(0))).sum(),
        })
        .collect()
}

/// One pupil: per element, how many of its levels they finished and their stars.
pub fn pupil_list(levels: &Levels, report: &Report, pupil: usize, lang: Lang) -> Markup {
    html! {
        h2 { (tr("dcf-citizenship")) }
        ul class="statement-list" {
            @for p in pupil_progress(levels, report, pupil, lang) {
                li { strong { (p.element) } ": " (p.words()) }
            }
        }
    }
}

/// (element name, share of stars) for the bar chart.
pub fn shares(levels: &Levels, report: &Report, lang: Lang) -> Vec<(String, f32)> {
    elements(levels, report, lang)
        .into_iter()
        .filter_map(|e| e.stars.map(|v| (e.name.to_owned(), v)))
        .collect()
}
