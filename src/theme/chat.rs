//! The story's messages: chat bubbles inside the frame of the device they arrive on.

use super::{UiAssets, palette, text::font};
use bevy::prelude::*;
use clickwise_core::Device;

/// A chat bubble. The character's messages sit left, the player's right. Each has a
/// speaker button (shown while read-aloud is on) that reads it again.
pub fn bubble<T: Into<String>>(ui: &mut UiAssets, text: T, theirs: bool) -> impl Bundle + use<T> {
    let radius = if theirs {
        BorderRadius { top_left: px(4), top_right: px(22), bottom_left: px(22), bottom_right: px(22) }
    } else {
        BorderRadius { top_left: px(22), top_right: px(4), bottom_left: px(22), bottom_right: px(22) }
    };
    (
        Name::new("chat bubble"),
        Node {
            max_width: percent(90),
            padding: UiRect::axes(px(18), px(12)),
            border_radius: radius,
            align_self: if theirs { AlignSelf::FlexStart } else { AlignSelf::FlexEnd },
            align_items: AlignItems::Center,
            column_gap: px(12),
            ..default()
        },
        BackgroundColor(if theirs { palette::BUBBLE_THEM } else { palette::MINT }),
        children![
            (Text::new(text), font(&ui.regular, 28.0), TextColor(palette::INK)),
            crate::theme::speaker_button(ui)
        ],
    )
}

/// The frame of a phone, tablet or laptop around a message; a soft card for in person.
/// Put [`device_screen`] inside it.
pub fn device_frame(device: Device) -> impl Bundle + use<> {
    let (width, pad, radius, colour) = match device {
        Device::Phone => (px(440), 16.0, 40.0, palette::DEVICE),
        Device::Tablet => (px(640), 22.0, 32.0, palette::DEVICE),
        Device::Laptop => (px(720), 14.0, 12.0, palette::INK_SOFT),
        Device::InPerson => (px(640), 0.0, 24.0, Color::NONE),
    };
    (
        Name::new(format!("device frame: {device:?}")),
        Node {
            width,
            max_width: percent(100),
            align_self: AlignSelf::Center,
            padding: UiRect::all(px(pad)),
            border_radius: BorderRadius::all(px(radius)),
            flex_direction: FlexDirection::Column,
            ..default()
        },
        BackgroundColor(colour),
    )
}

/// The screen inside a device frame.
pub fn device_screen() -> impl Bundle + use<> {
    (
        Node {
            flex_direction: FlexDirection::Column,
            padding: UiRect::all(px(16)),
            row_gap: px(12),
            border_radius: BorderRadius::all(px(18)),
            min_height: px(100),
            ..default()
        },
        BackgroundColor(palette::WHITE),
    )
}
