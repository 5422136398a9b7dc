//! Clickwise: an online-safety learning game for UK primary pupils.
//!
//! Modules, bottom to top (docs/architecture.md draws the layers; `cargo xtask layers`
//! checks them): `platform/` (what differs between web and native), `config`, `screen`
//! (which screen is showing), `theme/` (the only way UI is built), `levels/` (RON asset
//! loading), `play/` (the level being played and its messages), `progress/` (the save
//! store), `classroom/` (joining a class, sending results), `access/` (read-aloud,
//! sounds, display options, the screen-reader mirror), `mechanics/` (drawing each kind of
//! step), `screens/` (one file per screen, scoped with `DespawnOnExit`); `window` and this
//! file assemble the app. The rules themselves (levels, scoring, the attempt, saves) live
//! in the Bevy-free `clickwise-core`.
//!
//! Building an app: [`add_sources`] before `AssetPlugin` (Bevy builds asset sources
//! then), [`add_game`] after it. [`run`] adds windowing and rendering; [`headless_app`]
//! is the same game on `MinimalPlugins`, for tests.

// Bevy systems name their data in their parameter types; long ones are normal there.
#![allow(clippy::type_complexity, clippy::too_many_arguments)]

pub mod access;
pub mod classroom;
pub mod config;
pub mod levels;
pub mod mechanics;
pub mod platform;
pub mod play;
pub mod progress;
pub mod screen;
pub mod screens;
pub mod theme;
mod window;
pub mod words;

use bevy::asset::AssetMetaCheck;
use bevy::prelude::*;
pub use config::{CurrentLang, GameConfig, MemorySaves, StoreKind};

/// Inserts the config and registers the `levels://` asset source. Call before `AssetPlugin`.
pub fn add_sources(app: &mut App, config: GameConfig) {
    use bevy::asset::{AssetApp, io::AssetSourceId};
    // Pictures and fonts, under their content-hashed names on the web.
    app.register_asset_source(AssetSourceId::Default, platform::asset_source("assets"));
    levels::register_source(app, &config);
    app.insert_resource(config).init_resource::<CurrentLang>();
}

/// The game itself: screens, theme, levels and progress. Call after `AssetPlugin`.
pub fn add_game(app: &mut App) {
    app.add_plugins((
        words::plugin,
        theme::plugin,
        levels::plugin,
        play::plugin,
        progress::plugin,
        classroom::plugin,
        screens::plugin,
        mechanics::plugin,
        access::plugin,
    ));
}

/// The game without a window or renderer: `MinimalPlugins`, states and assets. Tests add
/// input and focus plugins on top when they need them.
pub fn headless_app(config: GameConfig) -> App {
    let mut app = App::new();
    app.add_plugins((MinimalPlugins, bevy::state::app::StatesPlugin));
    add_sources(&mut app, config);
    app.add_plugins(AssetPlugin { meta_check: AssetMetaCheck::Never, ..default() });
    add_game(&mut app);
    app
}

/// Runs the full game in a window (native) or on the page's canvas (web).
pub fn run() -> AppExit {
    if let Err(why) = platform::can_open_window() {
        // Not a log line: no app (so no logger) exists yet, and this is all the user sees.
        eprintln!("Clickwise can't start here: {why}");
        return AppExit::error();
    }
    let mut app = App::new();
    // A command for something that has just gone (a button pressed as its screen closed)
    // is logged, not fatal: a pupil's game must never stop mid-lesson. Tests keep Bevy's
    // default, which fails loudly.
    app.set_error_handler(bevy::ecs::error::warn);
    add_sources(&mut app, GameConfig::for_this_device());
    window::add_default_plugins(&mut app);
    add_game(&mut app);
    window::plugin(&mut app);
    app.run()
}
