//! One item of the feed as a card: what kind it is and who it seems to be from, its words,
//! and either a button for each move or, once dealt with, what the pupil did (calmly: no
//! right or wrong until the feedback).

use super::{arrival, current_feed, focus};
use crate::play::PlaySession;
use crate::theme::{self, Look, UiAssets, palette};
use crate::words::messages;
use bevy::prelude::*;
use bevy::ui_widgets::Activate;
use clickwise_core::{FeedItem, FeedKind, FeedMove, FeedStep};

pub(super) fn spawn(
    screen: &mut ChildSpawnerCommands,
    ui: &mut UiAssets,
    s: &PlaySession,
    step: &FeedStep,
    item: &FeedItem,
    done: Option<FeedMove>,
    focus_next: bool,
) {
    let text = s.fill(&item.text);
    let t = messages(s.lang);
    let (background, border) = if done.is_some() {
        (palette::BUBBLE_THEM, palette::PANEL_BORDER)
    } else {
        (palette::PANEL, palette::TEAL)
    };
    let card = Node {
        flex_direction: FlexDirection::Column,
        padding: UiRect::all(px(14)),
        row_gap: px(10),
        border: UiRect::all(px(3)),
        border_radius: BorderRadius::all(px(20)),
        ..default()
    };
    let mut c = screen.spawn((
        Name::new(format!("feed item: {}", item.id)),
        card,
        BackgroundColor(background),
        BorderColor::all(border),
        arrival::FeedCard(item.id.clone()),
    ));
    c.with_children(|c| {
        c.spawn(theme::left_row(10.0)).with_children(|r| {
            r.spawn(theme::icon(ui, item.icon.as_deref().unwrap_or(kind_icon(item.kind)), 40.0));
            r.spawn(theme::small(
                ui,
                t.format(
                    "feed-from",
                    &[("kind", t.get(item.kind.label_key()).into()), ("from", s.fill(&item.from).into())],
                ),
            ));
        });
        c.spawn(theme::left_row(10.0)).with_children(|r| {
            r.spawn(theme::label(ui, text.clone()));
            r.spawn(theme::speaker_button(ui));
        });
        if let Some(m) = done {
            c.spawn(theme::left_row(10.0)).with_children(|r| {
                r.spawn(theme::icon(ui, m.icon(), 32.0));
                r.spawn(theme::small(
                    ui,
                    t.format("feed-you-chose", &[("move", t.get(m.label_key()).into())]),
                ));
            });
            return;
        }
        c.spawn(theme::row(10.0)).with_children(|r| {
            for (n, &m) in step.moves.iter().enumerate() {
                let mut b = r.spawn(theme::icon_button(
                    ui,
                    &t.get(m.label_key()),
                    m.icon(),
                    Look::Secondary,
                    handle(item.id.clone(), m),
                ));
                // Every card has the same moves: the label names the item too.
                b.insert(theme::Widget {
                    role: "button",
                    label: format!("{}: {text}", t.get(m.label_key())),
                });
                if focus_next && n == 0 {
                    b.insert(focus::Next);
                }
            }
        });
    });
}

/// A move on one item; the core ignores it if the item is already dealt with.
fn handle(
    item: String,
    m: FeedMove,
) -> impl FnMut(On<Activate>, ResMut<PlaySession>, ResMut<focus::MoveMade>) {
    move |_, mut session, mut made| {
        let Some(feed) = current_feed(&session).cloned() else { return };
        let Some(d) = super::draft(&mut session) else { return };
        let before = d.handled.len();
        d.handle(&feed, &item, m);
        made.0 |= d.handled.len() > before;
    }
}

fn kind_icon(kind: FeedKind) -> &'static str {
    match kind {
        FeedKind::Post => "memo",
        FeedKind::Message => "speech",
        FeedKind::Email => "envelope",
        FeedKind::Advert => "popup",
        FeedKind::Video => "movie-camera",
    }
}
