//! Containers: the screen root, columns, rows and panels. Sizes are flexible with a
//! maximum width, so screens read well from 1024 px to wide monitors.

use super::palette;
use bevy::input_focus::tab_navigation::TabGroup;
use bevy::prelude::*;
use bevy::ui_widgets::ScrollArea;

/// The root of a screen: fills the window, scrolls if it must, despawns on exit, and is
/// the tab group for its buttons.
pub fn screen_root<S: States>(screen: S) -> impl Bundle + use<S> {
    (
        Name::new("screen root"),
        Node {
            width: percent(100),
            height: percent(100),
            flex_direction: FlexDirection::Column,
            align_items: AlignItems::Center,
            padding: UiRect::axes(px(24), px(20)),
            row_gap: px(16),
            overflow: Overflow::scroll_y(),
            ..default()
        },
        ScrollArea,
        super::more_below::ScreenRoot,
        TabGroup::new(0),
        DespawnOnExit(screen),
    )
}

/// A centred column no wider than is comfortable to read.
pub fn column(gap: f32) -> Node {
    Node {
        // A definite width (narrower screens cap it): text inside is measured at the width
        // it is drawn at. With `100%` capped by `max_width`, the page measured its words at
        // the full page width, and they spilled under the buttons below.
        width: px(920),
        max_width: percent(100),
        flex_direction: FlexDirection::Column,
        align_items: AlignItems::Stretch,
        row_gap: px(gap),
        ..default()
    }
}

/// A row that wraps onto more lines on narrow screens.
pub fn row(gap: f32) -> Node {
    Node {
        flex_direction: FlexDirection::Row,
        flex_wrap: FlexWrap::Wrap,
        justify_content: JustifyContent::Center,
        align_items: AlignItems::Center,
        column_gap: px(gap),
        row_gap: px(gap),
        ..default()
    }
}

/// A row whose items start at the left (an icon beside a heading, inside a panel).
pub fn left_row(gap: f32) -> Node {
    Node { justify_content: JustifyContent::FlexStart, flex_wrap: FlexWrap::NoWrap, ..row(gap) }
}

/// A rounded card with a soft border.
pub fn panel(colour: Color) -> impl Bundle + use<> {
    (
        Node {
            flex_direction: FlexDirection::Column,
            padding: UiRect::all(px(20)),
            row_gap: px(12),
            border: UiRect::all(px(3)),
            border_radius: BorderRadius::all(px(24)),
            ..default()
        },
        BackgroundColor(colour),
        BorderColor::all(palette::PANEL_BORDER),
    )
}

/// A shade over the whole screen that holds a panel in its middle (the options, the
/// worried panel). Tab stays inside it while it is open; a long panel scrolls.
pub fn overlay() -> impl Bundle {
    (
        Node {
            position_type: PositionType::Absolute,
            width: percent(100),
            height: percent(100),
            justify_content: JustifyContent::Center,
            align_items: AlignItems::Center,
            padding: UiRect::all(px(16)),
            overflow: Overflow::scroll_y(),
            ..default()
        },
        ScrollArea,
        BackgroundColor(Color::srgba(0.11, 0.13, 0.22, 0.55)),
        GlobalZIndex(20),
        TabGroup::modal(),
        super::more_below::Shade,
    )
}

/// Marks a corner (see [`corner`]): it floats over the page.
#[derive(Component)]
pub struct Corner;

/// A corner of every screen for buttons that are always there, after the screen's own
/// buttons in the Tab order: the left corner, then the right (each its own Tab group
/// order, as groups of equal order come in whatever order they were spawned).
pub fn corner(left: bool) -> impl Bundle {
    let mut node =
        Node { position_type: PositionType::Absolute, top: px(10), column_gap: px(10), ..default() };
    if left {
        node.left = px(12);
    } else {
        node.right = px(12);
    }
    (node, Corner, GlobalZIndex(10), TabGroup::new(if left { 1 } else { 2 }))
}
