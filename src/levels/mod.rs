//! Levels come from RON files through Bevy's asset server, so the same code loads them
//! from disk natively and over HTTP on the web. The web cannot list a folder, so the
//! catalogue names the files.

mod library;
mod loader;

pub use library::{LevelLibrary, LoadProgress, start_loading};
pub use loader::{CatalogueAsset, CurriculumAsset, LevelAsset, WorldAsset};

use crate::config::GameConfig;
use bevy::prelude::*;

/// The asset source levels are read from: `levels://catalogue.ron`.
pub const SOURCE: &str = "levels";

/// Registers the `levels://` source. Must run before `AssetPlugin` is added.
pub fn register_source(app: &mut App, config: &GameConfig) {
    use bevy::asset::AssetApp;
    app.register_asset_source(SOURCE, crate::platform::asset_source(&config.levels_dir));
}

pub fn plugin(app: &mut App) {
    app.init_asset::<LevelAsset>()
        .init_asset::<CatalogueAsset>()
        .init_asset::<WorldAsset>()
        .init_asset::<CurriculumAsset>()
        .init_asset_loader::<loader::ContentLoader<loader::LevelAsset>>()
        .init_asset_loader::<loader::ContentLoader<loader::CatalogueAsset>>()
        .init_asset_loader::<loader::ContentLoader<loader::WorldAsset>>()
        .init_asset_loader::<loader::ContentLoader<loader::CurriculumAsset>>();
    library::plugin(app);
}
