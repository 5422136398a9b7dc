//! `Chat`: a messaging screen. The contact's messages appear one by one after a typing
//! pause; the pupil picks replies (never free text). Block, Report and Tell a grown-up are
//! always there, and pressing one ends the chat.

use crate::GameConfig;
use crate::play::Draft;
use crate::play::PlaySession;
use crate::theme::{self, Look, UiAssets, palette};
use crate::words::messages;
use bevy::prelude::*;
use bevy::ui_widgets::Activate;
use bevy::window::RequestRedraw;
use clickwise_core::playthrough::ChatDraft;
use clickwise_core::scoring::ChoiceRecord;
use clickwise_core::shuffle::list_order;
use clickwise_core::{ChatStep, SafetyButton};

pub(super) fn plugin(app: &mut App) {
    // Registered here too, so headless apps without a window have it.
    app.add_message::<RequestRedraw>()
        .add_systems(Update, reveal_messages.run_if(resource_exists::<PlaySession>));
}

fn current_chat(session: &PlaySession) -> Option<&ChatStep> {
    match session.current()?.1 {
        clickwise_core::Mechanic::Chat(c) => Some(c),
        _ => None,
    }
}

/// Reveals the contact's next message after the typing pause, keeping frames coming while
/// it waits (the game otherwise only redraws on input).
fn reveal_messages(
    mut session: ResMut<PlaySession>,
    config: Res<GameConfig>,
    time: Res<Time>,
    mut redraw: MessageWriter<RequestRedraw>,
    display: Res<crate::access::Display>,
) {
    let waiting = {
        let s = &*session;
        let (Some(chat), Draft::Chat(d)) = (current_chat(s), &s.draft) else { return };
        matches!(d.walk(chat).1, Some(t) if d.shown < t.says.len())
    };
    if !waiting || session.stage != crate::play::Stage::Answering {
        return;
    }
    // Calm mode: no typing pauses, every message at once.
    let calm = display.options.reduced_motion;
    let delay = if calm { 0.0 } else { config.typing_delay_ms as f32 / 1000.0 };
    let Draft::Chat(d) = &mut session.bypass_change_detection().draft else { return };
    d.typing += time.delta_secs();
    if d.typing >= delay {
        d.typing = 0.0;
        d.shown += 1;
        session.set_changed();
    }
    redraw.write(RequestRedraw);
}

fn draft(session: &mut PlaySession) -> Option<&mut ChatDraft> {
    match &mut session.draft {
        Draft::Chat(d) => Some(d),
        _ => None,
    }
}

pub(super) fn draw(col: &mut ChildSpawnerCommands, ui: &mut UiAssets, s: &PlaySession, chat: &ChatStep) {
    let Draft::Chat(d) = &s.draft else { return };
    let t = messages(s.lang);
    let contact = s.member(&chat.contact);
    let player = chat.player.as_deref().and_then(|r| s.member(r));
    let (past, current) = d.walk(chat);
    col.spawn(theme::device_frame(chat.device)).with_children(|frame| {
        frame.spawn(theme::device_screen()).with_children(|screen| {
            screen.spawn(theme::left_row(12.0)).with_children(|r| {
                if let Some(c) = contact {
                    r.spawn(theme::icon(ui, &c.avatar, 52.0));
                    let name = match chat.claimed_age {
                        Some(age) => t.format(
                            "chat-claimed-age",
                            &[("name", s.name_of(c).into()), ("age", age.into())],
                        ),
                        None => s.name_of(c).to_owned(),
                    };
                    r.spawn(theme::label(ui, name));
                }
            });
            if let Some(p) = player {
                screen.spawn(theme::small(ui, t.format("chat-on-tablet", &[("name", s.name_of(p).into())])));
            }
            // The contact's words in their voice, the player's in theirs.
            let (theirs, mine) = (contact.map_or(1.0, |c| c.pitch), player.map_or(1.0, |p| p.pitch));
            for (turn, reply) in &past {
                for line in &turn.says {
                    screen.spawn((theme::bubble(ui, s.fill(line), true), theme::Voice(theirs)));
                }
                if let Some(r) = turn.reply(reply) {
                    screen.spawn((theme::bubble(ui, s.fill(&r.text), false), theme::Voice(mine)));
                }
            }
            if let Some(turn) = current {
                for line in turn.says.iter().take(d.shown) {
                    screen.spawn((theme::bubble(ui, s.fill(line), true), theme::Voice(theirs)));
                }
                if d.shown < turn.says.len() {
                    let typing = match contact {
                        Some(c) => t.format("chat-typing", &[("name", s.name_of(c).into())]),
                        None => t.get("chat-they-are-typing"),
                    };
                    // Not read aloud: the message itself follows in a moment.
                    screen.spawn((theme::small(ui, typing), theme::Quiet));
                }
            }
        });
    });
    let ready = current.is_some_and(|t| d.shown >= t.says.len());
    if let Some(turn) = current.filter(|_| ready) {
        if turn.replies.is_empty() {
            col.spawn(theme::small(ui, t.get("chat-what-now")));
        } else {
            let question = match player {
                Some(p) => t.format("chat-what-reply", &[("name", s.name_of(p).into())]),
                None => t.get("chat-what-reply-player"),
            };
            col.spawn(theme::heading(ui, question));
        }
        let shown = list_order(&s.order, d.replies.len(), turn.replies.len());
        // No reply takes the focus: a focus ring on one would suggest it.
        for reply in shown.iter().filter_map(|&k| turn.replies.get(k)) {
            let id = reply.id.clone();
            col.spawn(theme::answer_button(
                ui,
                &s.fill(&reply.text),
                move |_: On<Activate>, mut session: ResMut<PlaySession>| {
                    if let Some(d) = draft(&mut session) {
                        d.replies.push(id.clone());
                        d.shown = 0;
                        d.typing = 0.0;
                    }
                    finish_if_ended(&mut session);
                },
            ));
        }
        if turn.replies.is_empty() {
            col.spawn(theme::row(0.0)).with_children(|r| {
                r.spawn(theme::button(
                    ui,
                    &t.get("chat-close"),
                    Look::Secondary,
                    |_: On<Activate>, mut session: ResMut<PlaySession>| {
                        let replies = draft(&mut session).map(|d| d.replies.clone()).unwrap_or_default();
                        session.submit(ChoiceRecord { picks: replies, ..Default::default() });
                    },
                ));
            });
        }
    }
    if current.is_some() {
        col.spawn((theme::panel(palette::SKY),)).with_children(|p| {
            p.spawn(theme::small(ui, t.get("chat-safety-buttons")));
            p.spawn(theme::row(12.0)).with_children(|r| {
                for button in SafetyButton::ALL {
                    let icon = match button {
                        SafetyButton::TellAGrownUp => "grown-up",
                        SafetyButton::Block => "cross",
                        SafetyButton::Report => "warning",
                    };
                    r.spawn(theme::icon_button(
                        ui,
                        &t.get(button.label_key()),
                        icon,
                        Look::Secondary,
                        move |_: On<Activate>, mut session: ResMut<PlaySession>| {
                            let replies = draft(&mut session).map(|d| d.replies.clone()).unwrap_or_default();
                            session.submit(ChoiceRecord {
                                option: button.id().to_owned(),
                                picks: replies,
                                ..Default::default()
                            });
                        },
                    ));
                }
            });
        });
    }
}

/// A reply that ends the chat submits it straight away.
fn finish_if_ended(session: &mut PlaySession) {
    let ended = match (current_chat(session), &session.draft) {
        (Some(chat), Draft::Chat(d)) => d.walk(chat).1.is_none(),
        _ => false,
    };
    if ended {
        let replies = draft(session).map(|d| d.replies.clone()).unwrap_or_default();
        session.submit(ChoiceRecord { picks: replies, ..Default::default() });
    }
}
