//! What the grown-ups' pages start with: a picture and a heading, and a Back button.

use super::Screen;
use crate::theme::{self, Look, UiAssets};
use crate::words::Words;
use bevy::input_focus::AutoFocus;
use bevy::prelude::*;
use bevy::ui_widgets::Activate;

/// A page's heading beside its picture.
pub(super) fn header(page: &mut ChildSpawnerCommands, ui: &mut UiAssets, icon: &str, title: &str, size: f32) {
    page.spawn(theme::row(16.0)).with_children(|r| {
        r.spawn(theme::icon(ui, icon, size));
        r.spawn(theme::heading(ui, title.to_owned()));
    });
}

/// A Back button to `to`, focused first: it is the way out of a page to read.
pub(super) fn back_to(ui: &mut UiAssets, to: Screen, words: &Words) -> impl Bundle + use<> {
    (
        AutoFocus,
        theme::button(
            ui,
            &words.get("button-back"),
            Look::Primary,
            move |_: On<Activate>, mut next: ResMut<NextState<Screen>>| next.set(to),
        ),
    )
}

/// A secondary button that moves to `to` ("All levels", "Change age", "Change player").
pub(super) fn go_button(ui: &UiAssets, label: &str, to: Screen) -> impl Bundle + use<> {
    theme::button(ui, label, Look::Secondary, move |_: On<Activate>, mut next: ResMut<NextState<Screen>>| {
        next.set(to)
    })
}
