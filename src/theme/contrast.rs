//! The high-contrast theme: black text and borders, a white page, darker dark colours.
//! Screens keep using the palette; this maps every colour as it is drawn, and maps back
//! when the option is turned off, so no screen needs to know about it.

use super::palette;
use bevy::color::Mix;
use bevy::prelude::*;

/// Whether the high-contrast theme is on. Set from the player's display options.
#[derive(Resource, Default, Clone, Copy, PartialEq, Eq)]
pub struct HighContrast(pub bool);

/// The colours an element was made with, so the theme can be turned off again.
#[derive(Component, Clone)]
struct MadeWith {
    text: Option<Color>,
    background: Option<Color>,
    border: Option<BorderColor>,
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<HighContrast>().add_systems(
        PostUpdate,
        (remember_new, apply_on_change)
            .chain()
            .before(bevy::ui::UiSystems::Prepare)
            .in_set(super::ThemeSystems),
    );
}

fn luminance(c: Color) -> f32 {
    let s = c.to_linear();
    0.2126 * s.red + 0.7152 * s.green + 0.0722 * s.blue
}

/// Text: black on light, white on dark.
pub fn text(c: Color, on: bool) -> Color {
    if !on || c.alpha() < 0.01 {
        return c;
    }
    if luminance(c) < 0.3 { Color::BLACK } else { Color::WHITE }
}

/// Backgrounds: the page goes white and dark fills go darker (so white text on them gets
/// stronger); light fills keep their colour, which already sits behind black text.
pub fn background(c: Color, on: bool) -> Color {
    if !on || c.alpha() < 0.99 {
        return c;
    }
    if c == palette::BACKGROUND {
        Color::WHITE
    } else if luminance(c) < 0.2 {
        c.mix(&Color::BLACK, 0.45)
    } else {
        c
    }
}

/// Borders: black, so every button and panel has a clear edge.
pub fn border(c: Color, on: bool) -> Color {
    if !on || c.alpha() < 0.01 { c } else { Color::BLACK }
}

fn map_border(b: &BorderColor, on: bool) -> BorderColor {
    BorderColor {
        top: border(b.top, on),
        right: border(b.right, on),
        bottom: border(b.bottom, on),
        left: border(b.left, on),
    }
}

type Painted = (
    Option<&'static mut TextColor>,
    Option<&'static mut BackgroundColor>,
    Option<&'static mut BorderColor>,
    Has<super::ButtonLook>,
);

type PaintedItem<'a> =
    (Option<Mut<'a, TextColor>>, Option<Mut<'a, BackgroundColor>>, Option<Mut<'a, BorderColor>>, bool);

fn paint(made: &MadeWith, (text_colour, bg, border, is_button): PaintedItem, on: bool) {
    if let (Some(mut t), Some(c)) = (text_colour, made.text) {
        let want = text(c, on);
        if t.0 != want {
            t.0 = want;
        }
    }
    // A button's fill follows its hover and press state: the button system maps it.
    if let (Some(mut b), Some(c), false) = (bg, made.background, is_button) {
        let want = background(c, on);
        if b.0 != want {
            b.0 = want;
        }
    }
    if let (Some(mut b), Some(c)) = (border, &made.border) {
        let want = map_border(c, on);
        if *b != want {
            *b = want;
        }
    }
}

fn remember_new(
    contrast: Res<HighContrast>,
    mut new: Query<
        (Entity, Painted),
        (Without<MadeWith>, Or<(Added<TextColor>, Added<BackgroundColor>, Added<BorderColor>)>),
    >,
    mut commands: Commands,
) {
    for (entity, painted) in &mut new {
        let made = MadeWith {
            text: painted.0.as_ref().map(|c| c.0),
            background: painted.1.as_ref().map(|c| c.0),
            border: painted.2.as_deref().cloned(),
        };
        if contrast.0 {
            paint(&made, painted, true);
        }
        commands.entity(entity).try_insert(made);
    }
}

fn apply_on_change(
    contrast: Res<HighContrast>,
    clear: Option<ResMut<ClearColor>>,
    mut all: Query<(&MadeWith, Painted)>,
) {
    if !contrast.is_changed() {
        return;
    }
    if let Some(mut clear) = clear {
        clear.0 = background(palette::BACKGROUND, contrast.0);
    }
    for (made, painted) in &mut all {
        paint(made, painted, contrast.0);
    }
}
