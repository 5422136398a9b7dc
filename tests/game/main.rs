//! The headless game tests, in one binary: each test file used to be its own binary,
//! and each linked the whole of Bevy (11 binaries of 120-165 MB, minutes of linking).
//! Game logic runs on `MinimalPlugins` + `StatesPlugin`; the layout tests add the real UI
//! layout and Bevy's picking without a renderer.

// Helpers shared by the test modules; not every module uses every one.
#[allow(dead_code)]
mod common;

mod access;
mod badges;
mod broken_levels;
mod cast;
mod certificate;
mod classroom;
mod feed;
mod get_help;
mod join_cards;
mod keyboard;
mod layout;
mod map;
mod mechanics;
mod motion;
mod platform;
mod play_through;
mod saves;
mod welsh;
mod worried;
