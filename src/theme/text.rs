//! Text styles. Always the Clickwise Reader font (Bevy's default font is a monospace subset).

use super::{UiAssets, palette};
use bevy::prelude::*;

pub fn font(handle: &Handle<Font>, px: f32) -> TextFont {
    TextFont { font: handle.clone().into(), font_size: FontSize::Px(px), ..default() }
}

pub fn title<T: Into<String>>(ui: &UiAssets, text: T) -> impl Bundle + use<T> {
    (
        Text::new(text),
        super::Heading,
        font(&ui.bold, 56.0),
        TextColor(palette::TEAL_DARK),
        TextLayout::justify(Justify::Center),
    )
}

pub fn heading<T: Into<String>>(ui: &UiAssets, text: T) -> impl Bundle + use<T> {
    (
        Text::new(text),
        super::Heading,
        font(&ui.bold, 34.0),
        TextColor(palette::INK),
        TextLayout::justify(Justify::Center),
    )
}

/// Ordinary reading text.
pub fn label<T: Into<String>>(ui: &UiAssets, text: T) -> impl Bundle + use<T> {
    (Text::new(text), font(&ui.regular, 26.0), TextColor(palette::INK))
}

/// Secondary text: hints and notes.
pub fn small<T: Into<String>>(ui: &UiAssets, text: T) -> impl Bundle + use<T> {
    (Text::new(text), font(&ui.regular, 21.0), TextColor(palette::INK_SOFT))
}
