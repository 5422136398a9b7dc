//! `SpotClues`: the artefact (email, text, pop-up, web page, download, friend request) is
//! drawn from its parts; each part is a button the pupil can flag as looking wrong. Then
//! "I've finished looking" shows what the character should do.

use crate::play::Draft;
use crate::play::PlaySession;
use crate::theme::{self, Look, UiAssets, palette};
use crate::words::{self, messages};
use bevy::input_focus::AutoFocus;
use bevy::prelude::*;
use bevy::ui_widgets::Activate;
use clickwise_core::playthrough::SpotDraft;
use clickwise_core::scoring::ChoiceRecord;
use clickwise_core::{Artefact, Device, Slot, SpotCluesStep};

fn draft(session: &mut PlaySession) -> Option<&mut SpotDraft> {
    match &mut session.draft {
        Draft::Spot(d) => Some(d),
        _ => None,
    }
}

pub(super) fn draw(col: &mut ChildSpawnerCommands, ui: &mut UiAssets, s: &PlaySession, step: &SpotCluesStep) {
    let Draft::Spot(d) = &s.draft else { return };
    super::task_heading(col, ui, "magnifier", &s.fill(&step.task));
    let t = messages(s.lang);
    let device = match step.artefact {
        Artefact::Email | Artefact::WebPage | Artefact::Download => Device::Laptop,
        _ => Device::Phone,
    };
    col.spawn(theme::device_frame(device)).with_children(|frame| {
        frame.spawn(theme::device_screen()).with_children(|screen| {
            screen.spawn(theme::left_row(10.0)).with_children(|r| {
                r.spawn(theme::icon(ui, artefact_icon(step.artefact), 40.0));
                r.spawn(theme::small(ui, t.get(words::labels::artefact(step.artefact))));
            });
            for part in &step.parts {
                let text = s.fill(&part.text);
                let shown = match part.slot {
                    Slot::Sender => t.format("spot-from", &[("text", text.into())]),
                    Slot::Address => t.format("spot-address", &[("text", text.into())]),
                    Slot::Subject => t.format("spot-subject", &[("text", text.into())]),
                    Slot::Body | Slot::Button => text,
                };
                if d.deciding {
                    let flagged = d.flagged.contains(&part.id);
                    screen.spawn(theme::left_row(8.0)).with_children(|r| {
                        if flagged {
                            r.spawn(theme::icon(ui, "warning", 32.0));
                        }
                        r.spawn(theme::label(ui, shown));
                    });
                    continue;
                }
                let id = part.id.clone();
                let mut b = screen.spawn(theme::answer_button(
                    ui,
                    &shown,
                    move |_: On<Activate>, mut session: ResMut<PlaySession>| {
                        if let Some(d) = draft(&mut session) {
                            match d.flagged.iter().position(|f| *f == id) {
                                Some(i) => {
                                    d.flagged.remove(i);
                                }
                                None => d.flagged.push(id.clone()),
                            }
                        }
                    },
                ));
                let flagged = d.flagged.contains(&part.id);
                b.insert((theme::Widget { role: "toggle", label: shown.clone() }, theme::Checked(flagged)));
                if flagged {
                    b.insert(theme::selected_look());
                }
                if part.slot == Slot::Button {
                    b.insert(BorderColor::all(palette::TEAL));
                }
            }
        });
    });
    if !d.deciding {
        let n = d.flagged.len();
        col.spawn(theme::small(
            ui,
            match n {
                0 => t.get("spot-tap-each"),
                n => t.format("spot-marked", &[("count", n.into())]),
            },
        ));
        col.spawn(theme::row(0.0)).with_children(|r| {
            r.spawn((
                AutoFocus,
                theme::button(
                    ui,
                    &t.get("spot-finished"),
                    Look::Primary,
                    |_: On<Activate>, mut session: ResMut<PlaySession>| {
                        if let Some(d) = draft(&mut session) {
                            d.deciding = true;
                        }
                    },
                ),
            ));
        });
        return;
    }
    super::task_heading(col, ui, "thinking", &s.fill(&step.question));
    for (n, &i) in s.order.iter().enumerate() {
        let Some(option) = step.decisions.get(i) else { continue };
        let id = option.id.clone();
        let mut b = col.spawn(theme::answer_button(
            ui,
            &s.fill(&option.text),
            move |_: On<Activate>, mut session: ResMut<PlaySession>| {
                let picks = draft(&mut session).map(|d| d.flagged.clone()).unwrap_or_default();
                session.submit(ChoiceRecord { option: id.clone(), picks, ..Default::default() });
            },
        ));
        if n == 0 {
            b.insert(AutoFocus);
        }
    }
}

fn artefact_icon(a: Artefact) -> &'static str {
    match a {
        Artefact::Email => "envelope",
        Artefact::TextMessage => "speech",
        Artefact::PopUp => "popup",
        Artefact::WebPage => "laptop",
        Artefact::Download => "game",
        Artefact::FriendRequest => "child",
    }
}
