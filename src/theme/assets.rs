//! Fonts and icons, loaded once. Icons are PNGs rasterised from `assets/art/*.svg` by the
//! build script; a missing one shows a coloured circle with a letter instead.

use bevy::prelude::*;
use std::collections::HashMap;

#[derive(Resource, Default, Clone)]
pub struct UiAssets {
    pub regular: Handle<Font>,
    pub bold: Handle<Font>,
    icons: HashMap<String, Handle<Image>>,
    server: Option<AssetServer>,
}

impl UiAssets {
    /// Whether the fonts are in (or failed, or there is no text at all: headless tests), so
    /// a screen's words are measured at their real size before it is first shown.
    pub fn fonts_ready(&self, server: &AssetServer) -> bool {
        [&self.regular, &self.bold].into_iter().all(|h| {
            *h == Handle::default()
                || matches!(
                    server.load_state(h),
                    bevy::asset::LoadState::Loaded | bevy::asset::LoadState::Failed(_)
                )
        })
    }

    /// The icon's image, loaded on first use. Without an image loader (headless tests)
    /// there is no handle and only the letter fallback shows.
    pub fn icon(&mut self, name: &str) -> Option<Handle<Image>> {
        let server = self.server.clone()?;
        Some(
            self.icons
                .entry(name.to_owned())
                .or_insert_with(|| server.load(format!("icons/{name}.png")))
                .clone(),
        )
    }
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<UiAssets>().add_systems(PreStartup, load);
}

fn load(
    mut ui: ResMut<UiAssets>,
    server: Res<AssetServer>,
    fonts: Option<Res<Assets<Font>>>,
    images: Option<Res<Assets<Image>>>,
) {
    if fonts.is_some() {
        ui.regular = server.load("fonts/ClickwiseReader-Regular.ttf");
        ui.bold = server.load("fonts/ClickwiseReader-Bold.ttf");
    }
    if images.is_some() {
        ui.server = Some(server.clone());
    }
}
