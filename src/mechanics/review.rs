//! How one reviewed decision is shown: after each step, and in the end-of-level summary.

use crate::play::PlaySession;
use crate::theme::{self, UiAssets};
use bevy::prelude::*;
use clickwise_core::Outcome;
use clickwise_core::scoring::{ItemKind, ReviewItem};

/// One reviewed decision: what it was, a tick or a light bulb, why, and the safer choice.
pub fn review_item(p: &mut ChildSpawnerCommands, ui: &mut UiAssets, s: &PlaySession, item: &ReviewItem) {
    let text = s.fill(&item.text);
    let what = match item.kind {
        ItemKind::Answer => format!("You picked: {text}"),
        ItemKind::ClueFound => format!("You spotted a clue: {text}"),
        ItemKind::ClueMissed => format!("A clue to look for: {text}"),
        ItemKind::FalseAlarm => format!("You marked: {text}"),
        ItemKind::Reply => format!("Reply: {text}"),
        ItemKind::Safety { .. } => format!("You pressed: {text}"),
        ItemKind::Setting | ItemKind::Card => text,
        ItemKind::FeedItem => format!("In the feed: {text}"),
    };
    let icon = if item.outcome == Outcome::Safe { "check" } else { "light-bulb" };
    p.spawn(theme::left_row(12.0)).with_children(|r| {
        r.spawn(theme::icon(ui, icon, 36.0));
        r.spawn(theme::label(ui, what));
    });
    p.spawn(theme::small(ui, s.fill(&item.why)));
    if let Some(safer) = &item.safer {
        let lead = match item.kind {
            ItemKind::Card => "It goes in",
            ItemKind::Setting => "Safer setting",
            ItemKind::FeedItem => "Safer move",
            _ => "The safest choice",
        };
        p.spawn(theme::left_row(10.0)).with_children(|r| {
            r.spawn(theme::icon(ui, "shield", 32.0));
            r.spawn(theme::small(ui, format!("{lead}: {}", s.fill(safer))));
        });
    }
}
