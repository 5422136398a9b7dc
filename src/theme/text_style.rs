//! Text size and the easy-read font. Every text remembers the size and weight it was made
//! with; the player's options scale it and swap the font, and turning them off goes back.
//! Screens keep choosing sizes as before, so none of them needs to know.

use super::UiAssets;
use bevy::prelude::*;
use bevy::text::{FontSize, FontSource};

/// How text is drawn for this player. Set from their display options.
#[derive(Resource, Clone, Copy, PartialEq)]
pub struct TextStyle {
    pub scale: f32,
    pub easy_read: bool,
}

impl Default for TextStyle {
    fn default() -> Self {
        TextStyle { scale: 1.0, easy_read: false }
    }
}

/// The size and weight a text was made with.
#[derive(Component, Clone, Copy)]
struct MadeWith {
    px: f32,
    /// `Some(true)` for the bold reading font, `Some(false)` for the regular one, `None`
    /// for any other font, which is left alone.
    bold: Option<bool>,
}

/// The easy-read font, loaded the first time a player turns it on (most never do, so it
/// isn't part of the first download).
#[derive(Resource, Default)]
struct EasyRead {
    regular: Handle<Font>,
    bold: Handle<Font>,
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<TextStyle>().init_resource::<EasyRead>().add_systems(
        PostUpdate,
        (load_easy_read_when_wanted, remember_new, apply_on_change)
            .chain()
            .before(bevy::ui::UiSystems::Prepare)
            .in_set(super::ThemeSystems),
    );
}

fn load_easy_read_when_wanted(
    style: Res<TextStyle>,
    mut easy: ResMut<EasyRead>,
    server: Option<Res<AssetServer>>,
    fonts: Option<Res<Assets<Font>>>,
) {
    if let (true, Some(server), Some(_)) =
        (style.easy_read && easy.regular == Handle::default(), server, fonts)
    {
        easy.regular = server.load("fonts/ClickwiseEasyRead-Regular.otf");
        easy.bold = server.load("fonts/ClickwiseEasyRead-Bold.otf");
    }
}

fn styled(made: MadeWith, style: TextStyle, ui: &UiAssets, easy: &EasyRead, font: &mut TextFont) {
    let size = FontSize::Px((made.px * style.scale).round());
    if font.font_size != size {
        font.font_size = size;
    }
    let Some(bold) = made.bold else { return };
    let wanted = match (style.easy_read && easy.regular != Handle::default(), bold) {
        (true, true) => &easy.bold,
        (true, false) => &easy.regular,
        (false, true) => &ui.bold,
        (false, false) => &ui.regular,
    };
    if !matches!(&font.font, FontSource::Handle(h) if h == wanted) {
        font.font = wanted.clone().into();
    }
}

fn remember_new(
    style: Res<TextStyle>,
    ui: Res<UiAssets>,
    easy: Res<EasyRead>,
    mut new: Query<(Entity, &mut TextFont), (Added<TextFont>, Without<MadeWith>)>,
    mut commands: Commands,
) {
    for (entity, mut font) in &mut new {
        let FontSize::Px(px) = font.font_size else { continue };
        let bold = match &font.font {
            FontSource::Handle(h) if *h == ui.bold => Some(true),
            FontSource::Handle(h) if *h == ui.regular => Some(false),
            _ => None,
        };
        let made = MadeWith { px, bold };
        if *style != TextStyle::default() {
            styled(made, *style, &ui, &easy, &mut font);
        }
        commands.entity(entity).try_insert(made);
    }
}

fn apply_on_change(
    style: Res<TextStyle>,
    ui: Res<UiAssets>,
    easy: Res<EasyRead>,
    mut texts: Query<(&MadeWith, &mut TextFont)>,
) {
    if !style.is_changed() && !easy.is_changed() {
        return;
    }
    for (made, mut font) in &mut texts {
        styled(*made, *style, &ui, &easy, &mut font);
    }
}
