//! `Report`: a practice form, one question at a time, with a banner that says plainly
//! that it is practice and sends nothing. The real help links live on the grown-ups'
//! "Get help" screen, never here.

use crate::play::Draft;
use crate::play::PlaySession;
use crate::theme::{self, UiAssets, palette};
use crate::words::{self, messages};
use bevy::prelude::*;
use bevy::ui_widgets::Activate;
use clickwise_core::scoring::ChoiceRecord;
use clickwise_core::shuffle::list_order;
use clickwise_core::{ReportForm, ReportStep};

pub(super) fn draw(col: &mut ChildSpawnerCommands, ui: &mut UiAssets, s: &PlaySession, step: &ReportStep) {
    let Draft::Report(d) = &s.draft else { return };
    let t = messages(s.lang);
    if step.form != ReportForm::WhoToTell {
        col.spawn(theme::panel(palette::SUNNY)).with_children(|p| {
            p.spawn(theme::left_row(12.0)).with_children(|r| {
                r.spawn(theme::icon(ui, "shield", 44.0));
                r.spawn(theme::heading(ui, t.get("report-practice-notice")));
            });
        });
    }
    col.spawn(theme::panel(palette::SKY)).with_children(|p| {
        p.spawn(theme::heading(ui, t.get(words::labels::report_form(step.form))));
        p.spawn(theme::label(ui, s.fill(&step.situation)));
    });
    let Some((n, q)) =
        step.questions.iter().enumerate().find(|(_, q)| !d.answers.iter().any(|(k, _)| *k == q.id))
    else {
        return;
    };
    if step.questions.len() > 1 {
        col.spawn(theme::small(
            ui,
            t.format("report-question-of", &[("n", (n + 1).into()), ("total", step.questions.len().into())]),
        ));
    }
    super::task_heading(col, ui, "thinking", &s.fill(&q.question));
    let shown = list_order(&s.order, n, q.answers.len());
    // No answer takes the focus: a focus ring on one would suggest it.
    for a in shown.iter().filter_map(|&k| q.answers.get(k)) {
        let (qid, aid) = (q.id.clone(), a.id.clone());
        let total = step.questions.len();
        col.spawn(theme::answer_button(
            ui,
            &s.fill(&a.text),
            move |_: On<Activate>, mut session: ResMut<PlaySession>| {
                let Draft::Report(d) = &mut session.draft else { return };
                d.answers.push((qid.clone(), aid.clone()));
                if d.answers.len() >= total {
                    let picks = d.answers.iter().map(|(q, a)| format!("{q}={a}")).collect();
                    session.submit(ChoiceRecord { picks, ..Default::default() });
                }
            },
        ));
    }
}
