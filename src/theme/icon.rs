//! Pictures: icons from `assets/icons/` (rasterised from `assets/art/*.svg` by the build
//! script) and the stars row. A missing picture never breaks a screen: it becomes a
//! coloured circle with the first letter of its name.

use super::{UiAssets, palette, text::font};
use bevy::asset::LoadState;
use bevy::prelude::*;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(Update, settle_icons);
}

/// An icon whose picture may still be loading.
#[derive(Component)]
pub struct Icon {
    pub name: String,
    image: Option<Handle<Image>>,
    /// The circle's colour if the picture is missing.
    fallback: Color,
}

/// The letter shown when an icon's picture is missing.
#[derive(Component)]
struct IconLetter;

/// Added once an icon's picture has loaded or its fallback is showing.
#[derive(Component)]
struct IconSettled;

/// An icon, `size` pixels square.
pub fn icon(ui: &mut UiAssets, name: &str, size: f32) -> impl Bundle + use<> {
    let letter = name.chars().next().map(|c| c.to_uppercase().to_string()).unwrap_or_default();
    picture(ui, name, size, Color::WHITE, letter, fallback_colour(name))
}

/// An icon faded to grey: a badge not collected yet, shown as a shape to aim for.
pub fn faded_icon(ui: &mut UiAssets, name: &str, size: f32) -> impl Bundle + use<> {
    picture(ui, name, size, palette::STAR_OFF_TINT, String::new(), palette::STAR_EMPTY)
}

/// An icon tinted by `tint`, with `letter` on a `fallback`-coloured circle if it's missing.
fn picture(
    ui: &mut UiAssets,
    name: &str,
    size: f32,
    tint: Color,
    letter: String,
    fallback: Color,
) -> impl Bundle + use<> {
    let image = ui.icon(name);
    (
        Name::new(format!("icon: {name}")),
        Icon { name: name.to_owned(), image: image.clone(), fallback },
        Node {
            width: px(size),
            height: px(size),
            flex_shrink: 0.0,
            justify_content: JustifyContent::Center,
            align_items: AlignItems::Center,
            border_radius: BorderRadius::MAX,
            ..default()
        },
        image.map(|i| ImageNode::new(i).with_color(tint)).unwrap_or_default(),
        Pickable::IGNORE,
        children![(
            IconLetter,
            Text::new(letter),
            font(&ui.bold, size * 0.5),
            TextColor(palette::WHITE),
            Visibility::Hidden,
            Pickable::IGNORE,
        )],
    )
}

/// Shows the letter fallback for pictures that failed to load (or can't load at all).
fn settle_icons(
    mut commands: Commands,
    server: Res<AssetServer>,
    mut icons: Query<(Entity, &Icon, &mut BackgroundColor, &Children), Without<IconSettled>>,
    mut letters: Query<&mut Visibility, With<IconLetter>>,
) {
    for (entity, icon, mut bg, children) in &mut icons {
        let state = icon.image.as_ref().map(|h| server.load_state(h));
        match state {
            Some(LoadState::Loaded) => {}
            Some(LoadState::Failed(_)) | None => {
                bg.0 = icon.fallback;
                for child in children.iter() {
                    if let Ok(mut v) = letters.get_mut(child) {
                        *v = Visibility::Inherited;
                    }
                }
            }
            Some(_) => continue,
        }
        // The screen may have gone in the same frame.
        commands.entity(entity).try_insert(IconSettled);
    }
}

/// A steady colour per name, dark enough for white letters.
fn fallback_colour(name: &str) -> Color {
    const COLOURS: [Color; 5] =
        [palette::TEAL, palette::CHOICE_BORDER, palette::FOCUS_RING, palette::INK_SOFT, palette::TEAL_DARK];
    let sum: usize = name.bytes().map(usize::from).sum();
    COLOURS[sum % COLOURS.len()]
}

/// A row of three stars, `filled` of them gold. (The font has no star character, so
/// stars are the `star` icon, greyed out when empty; gold and grey circles if it's missing.)
pub fn stars(ui: &mut UiAssets, filled: u8, size: f32) -> impl Bundle + use<> {
    let mut star = |on: bool| {
        let (tint, colour) =
            if on { (Color::WHITE, palette::STAR) } else { (palette::STAR_OFF_TINT, palette::STAR_EMPTY) };
        picture(ui, "star", size, tint, String::new(), colour)
    };
    let (a, b, c) = (star(filled >= 1), star(filled >= 2), star(filled >= 3));
    (
        Name::new(format!("{filled} stars")),
        Node { column_gap: px(6), ..default() },
        Pickable::IGNORE,
        children![a, b, c],
    )
}
