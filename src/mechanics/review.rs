//! How one reviewed decision is shown: after each step, and in the end-of-level summary.

use crate::play::PlaySession;
use crate::theme::{self, UiAssets};
use crate::words::messages;
use bevy::prelude::*;
use clickwise_core::Outcome;
use clickwise_core::scoring::{ItemKind, ReviewItem};

/// One reviewed decision: what it was, a tick or a light bulb, why, and the safer choice.
pub fn review_item(p: &mut ChildSpawnerCommands, ui: &mut UiAssets, s: &PlaySession, item: &ReviewItem) {
    let text = s.fill(&item.text);
    let t = messages(s.lang);
    let framed = |key: &str| t.format(key, &[("text", text.as_str().into())]);
    let what = match item.kind {
        ItemKind::Answer => framed("review-you-picked"),
        ItemKind::ClueFound => framed("review-clue-found"),
        ItemKind::ClueMissed => framed("review-clue-missed"),
        ItemKind::FalseAlarm => framed("review-you-marked"),
        ItemKind::Reply => framed("review-reply"),
        ItemKind::Safety { .. } => framed("review-you-pressed"),
        ItemKind::Setting | ItemKind::Card => text.clone(),
        ItemKind::FeedItem => framed("review-in-the-feed"),
    };
    let icon = if item.outcome == Outcome::Safe { "check" } else { "light-bulb" };
    p.spawn(theme::left_row(12.0)).with_children(|r| {
        r.spawn(theme::icon(ui, icon, 36.0));
        r.spawn(theme::label(ui, what));
    });
    p.spawn(theme::small(ui, s.fill(&item.why)));
    if let Some(safer) = &item.safer {
        let lead = match item.kind {
            ItemKind::Card => "review-goes-in",
            ItemKind::Setting => "review-safer-setting",
            ItemKind::FeedItem => "review-safer-move",
            _ => "review-safest-choice",
        };
        p.spawn(theme::left_row(10.0)).with_children(|r| {
            r.spawn(theme::icon(ui, "shield", 32.0));
            r.spawn(theme::small(ui, t.format(lead, &[("text", s.fill(safer).into())])));
        });
    }
}
