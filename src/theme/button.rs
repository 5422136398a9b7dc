//! Buttons. Each carries [`Widget`] (role + label), a [`TapButton`](super::tap::TapButton)
//! (so mouse, touch, Enter and Space all trigger `Activate`), a tab stop, a hidden focus-ring outline and
//! its action as an `Activate` observer.

use super::{UiAssets, Widget, icon, palette, text::font};
use bevy::color::Mix;
use bevy::ecs::system::IntoObserverSystem;
use bevy::input_focus::tab_navigation::TabIndex;
use bevy::picking::hover::Hovered;
use bevy::prelude::*;
use bevy::ui::Pressed;
use bevy::ui_widgets::{Activate, observe};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(Update, show_hover_and_press);
}

/// A button's resting and pressed colours (hover sits between them). Screens may change
/// `normal` to show a selection.
#[derive(Component, Clone, Copy)]
pub struct ButtonLook {
    pub normal: Color,
    pub pressed: Color,
}

/// How a button looks.
#[derive(Clone, Copy, PartialEq)]
pub enum Look {
    /// Filled teal, white text: the main thing to do.
    Primary,
    /// White with a border: other actions.
    Secondary,
    /// An answer to a question.
    Answer,
}

impl Look {
    /// (background, pressed, border, text)
    fn colours(self) -> (Color, Color, Color, Color) {
        match self {
            Look::Primary => (palette::TEAL, palette::TEAL_PRESSED, palette::TEAL_DARK, palette::WHITE),
            Look::Secondary => (palette::PANEL, palette::SKY, palette::TEAL, palette::INK),
            Look::Answer => (palette::CHOICE, palette::SKY, palette::CHOICE_BORDER, palette::INK),
        }
    }
}

/// Colours a button while the pointer is over it or it is held down, so a tap visibly
/// lands. Nothing depends on hover: touch screens have none.
fn show_hover_and_press(
    contrast: Res<super::HighContrast>,
    mut buttons: Query<(&ButtonLook, &mut BackgroundColor, Has<Pressed>, Option<&Hovered>)>,
) {
    for (look, mut bg, pressed, hovered) in &mut buttons {
        let want = if pressed {
            look.pressed
        } else if hovered.is_some_and(|h| h.get()) {
            look.normal.mix(&look.pressed, 0.5)
        } else {
            look.normal
        };
        let want = super::contrast::background(want, contrast.0);
        if bg.0 != want {
            bg.0 = want;
        }
    }
}

/// The parts every button shares.
fn button_base<B: Bundle, M: Send + Sync + 'static, I: IntoObserverSystem<Activate, B, M> + Send + Sync>(
    label: &str,
    look: Look,
    node: Node,
    action: I,
) -> impl Bundle + use<B, M, I> {
    let (bg, pressed, border, _) = look.colours();
    (
        Name::new(format!("button: {label}")),
        Widget { role: if look == Look::Answer { "answer" } else { "button" }, label: label.to_owned() },
        super::tap::TapButton,
        Hovered::default(),
        TabIndex(0),
        node,
        BackgroundColor(bg),
        BorderColor::all(border),
        ButtonLook { normal: bg, pressed },
        // Coloured in by the focus ring system when the keyboard is in use.
        Outline { width: px(5), offset: px(3), color: Color::NONE },
        observe(action),
    )
}

fn button_node(min_width: f32) -> Node {
    Node {
        min_width: px(min_width),
        min_height: px(64),
        padding: UiRect::axes(px(28), px(12)),
        justify_content: JustifyContent::Center,
        align_items: AlignItems::Center,
        column_gap: px(14),
        border: UiRect::all(px(3)),
        border_radius: BorderRadius::all(px(32)),
        ..default()
    }
}

/// A text button, at least 64 px tall.
pub fn button<B: Bundle, M: Send + Sync + 'static, I: IntoObserverSystem<Activate, B, M> + Send + Sync>(
    ui: &UiAssets,
    label: &str,
    look: Look,
    action: I,
) -> impl Bundle + use<B, M, I> {
    let text_colour = look.colours().3;
    (
        button_base(label, look, button_node(180.0), action),
        children![(Text::new(label), font(&ui.bold, 26.0), TextColor(text_colour), Pickable::IGNORE)],
    )
}

/// A text button with an icon before its label.
pub fn icon_button<
    B: Bundle,
    M: Send + Sync + 'static,
    I: IntoObserverSystem<Activate, B, M> + Send + Sync,
>(
    ui: &mut UiAssets,
    label: &str,
    icon_name: &str,
    look: Look,
    action: I,
) -> impl Bundle + use<B, M, I> {
    let text_colour = look.colours().3;
    let picture = icon(ui, icon_name, 40.0);
    (
        button_base(label, look, button_node(180.0), action),
        children![
            picture,
            (Text::new(label), font(&ui.bold, 26.0), TextColor(text_colour), Pickable::IGNORE)
        ],
    )
}

/// A round picture-only button (the speaker, the options): its label is for screen
/// readers and tests; sighted players see the picture.
pub fn icon_only_button<
    B: Bundle,
    M: Send + Sync + 'static,
    I: IntoObserverSystem<Activate, B, M> + Send + Sync,
>(
    ui: &mut UiAssets,
    label: &str,
    icon_name: &str,
    look: Look,
    action: I,
) -> impl Bundle + use<B, M, I> {
    let node = Node {
        width: px(60),
        height: px(60),
        flex_shrink: 0.0,
        justify_content: JustifyContent::Center,
        align_items: AlignItems::Center,
        border: UiRect::all(px(3)),
        border_radius: BorderRadius::MAX,
        ..default()
    };
    let picture = icon(ui, icon_name, 38.0);
    (button_base(label, look, node, action), children![picture])
}

/// A wide answer button: the text wraps, and the button fills the row. A speaker at its
/// end reads it aloud (while read-aloud is on), for pupils who can't read it yet.
pub fn answer_button<
    B: Bundle,
    M: Send + Sync + 'static,
    I: IntoObserverSystem<Activate, B, M> + Send + Sync,
>(
    ui: &mut UiAssets,
    label: &str,
    action: I,
) -> impl Bundle + use<B, M, I> {
    let node = Node {
        width: percent(100),
        justify_content: JustifyContent::FlexStart,
        border_radius: BorderRadius::all(px(20)),
        padding: UiRect { right: px(8), ..UiRect::axes(px(28), px(12)) },
        ..button_node(0.0)
    };
    // A holder one text line tall, so the speaker (taller than a line) overhangs into the
    // button's padding instead of making every answer taller.
    let speaker_holder = Node {
        height: px(34),
        margin: UiRect::left(Val::Auto),
        flex_shrink: 0.0,
        align_items: AlignItems::Center,
        overflow: Overflow::visible(),
        ..default()
    };
    (
        button_base(label, Look::Answer, node, action),
        children![
            (Text::new(label), font(&ui.bold, 26.0), TextColor(palette::INK), Pickable::IGNORE),
            (speaker_holder, children![crate::theme::speaker_button(ui)]),
        ],
    )
}

/// A card-like button with a picture above its caption (avatars, age groups, levels).
pub fn picture_button<
    B: Bundle,
    M: Send + Sync + 'static,
    I: IntoObserverSystem<Activate, B, M> + Send + Sync,
    C: Bundle,
>(
    ui: &mut UiAssets,
    label: &str,
    icon_name: &str,
    caption: C,
    size: f32,
    action: I,
) -> impl Bundle + use<B, M, I, C> {
    let node = Node {
        width: px(size),
        min_height: px(size),
        flex_direction: FlexDirection::Column,
        justify_content: JustifyContent::Center,
        align_items: AlignItems::Center,
        padding: UiRect::all(px(10)),
        row_gap: px(6),
        border: UiRect::all(px(4)),
        border_radius: BorderRadius::all(px(24)),
        ..default()
    };
    let picture = icon(ui, icon_name, (size * 0.55).min(96.0));
    (button_base(label, Look::Secondary, node, action), children![picture, caption])
}

/// Insert on a picture button to give it a colour of its own (a login card, as printed):
/// a light fill of the colour, which dark text reads on, inside a border of the colour.
pub fn coloured_card(colour: Color) -> impl Bundle {
    let fill = colour.mix(&palette::WHITE, 0.78);
    (ButtonLook { normal: fill, pressed: palette::SKY }, BackgroundColor(fill), BorderColor::all(colour))
}

/// Insert on a button to show it is selected (a flagged clue, a chosen setting, a held card).
pub fn selected_look() -> impl Bundle {
    (ButtonLook { normal: palette::SELECTED, pressed: palette::SKY }, BackgroundColor(palette::SELECTED))
}
