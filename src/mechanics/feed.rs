//! `Feed`: posts and messages arrive one by one in a pretend app, newest at the top; the
//! pupil deals with each (open, leave, report, ask a grown-up) as it comes. The next one
//! arrives when every one so far is dealt with, unless the pupil turns on "Faster". When
//! all are dealt with, "Done" submits `item=move` for each.

mod arrival;
mod card;
mod focus;
mod pace;

use crate::play::{Draft, PlaySession};
use crate::theme::{self, Look, UiAssets};
use crate::words::messages;
use bevy::prelude::*;
use bevy::ui_widgets::Activate;
use clickwise_core::playthrough::FeedDraft;
use clickwise_core::scoring::ChoiceRecord;
use clickwise_core::{Device, FeedStep, Mechanic};

pub(super) fn plugin(app: &mut App) {
    app.add_plugins((arrival::plugin, focus::plugin, pace::plugin));
}

/// The feed being played, if the current step is one.
fn current_feed(session: &PlaySession) -> Option<&FeedStep> {
    match session.current()?.1 {
        Mechanic::Feed(f) => Some(f),
        _ => None,
    }
}

fn draft(session: &mut PlaySession) -> Option<&mut FeedDraft> {
    match &mut session.draft {
        Draft::Feed(d) => Some(d),
        _ => None,
    }
}

pub(super) fn draw(col: &mut ChildSpawnerCommands, ui: &mut UiAssets, s: &PlaySession, step: &FeedStep) {
    let Draft::Feed(d) = &s.draft else { return };
    super::task_heading(col, ui, "bell", &s.fill(&step.task));
    let t = messages(s.lang);
    let owner = step.owner.as_deref().and_then(|r| s.member(r));
    // The card to focus after a move: the newest one still waiting, else "Done".
    let waiting = step.items.iter().take(d.arrived).rposition(|i| d.move_for(&i.id).is_none());
    col.spawn(theme::device_frame(Device::Tablet)).with_children(|frame| {
        frame.spawn(theme::device_screen()).with_children(|screen| {
            screen.spawn(theme::left_row(12.0)).with_children(|r| {
                if let Some(o) = owner {
                    r.spawn(theme::icon(ui, &o.avatar, 44.0));
                }
                r.spawn(theme::label(ui, s.fill(&step.app)));
                if let Some(o) = owner {
                    r.spawn(theme::small(ui, t.format("feed-on-tablet", &[("name", s.name_of(o).into())])));
                }
            });
            for (n, item) in step.items.iter().enumerate().take(d.arrived).rev() {
                card::spawn(screen, ui, s, step, item, d.move_for(&item.id), waiting == Some(n));
            }
        });
    });
    if d.done(step) {
        col.spawn(theme::row(0.0)).with_children(|r| {
            r.spawn((
                focus::Next,
                theme::button(
                    ui,
                    &t.get("feed-done"),
                    Look::Primary,
                    |_: On<Activate>, mut session: ResMut<PlaySession>| {
                        let picks = draft(&mut session).map(|d| d.picks()).unwrap_or_default();
                        session.submit(ChoiceRecord { picks, ..Default::default() });
                    },
                ),
            ));
        });
    } else {
        pace::faster_switch(col, ui, d.fast, s.lang);
    }
}
