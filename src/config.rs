//! How the game is set up: where levels and progress live, and the random seed.

use bevy::prelude::*;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

/// Where progress is saved.
#[derive(Clone, Debug)]
pub enum StoreKind {
    /// Tests: shared with the test, so it can read what was saved and boot a second app from it.
    Memory(Arc<Mutex<MemorySaves>>),
    /// Native: a file (its folder is created when first saving).
    File(PathBuf),
    /// Web: the browser's `localStorage`.
    LocalStorage,
}

/// The in-memory store used by tests.
#[derive(Default, Debug, Clone)]
pub struct MemorySaves {
    pub save: Option<String>,
    /// Saves that couldn't be read, moved out of the way instead of being overwritten.
    pub kept_aside: Vec<String>,
}

/// Natively the repository's `levels/` folder is read as it is, so a teacher's edit shows
/// on the next start; the web build copies it to `assets/levels/` beside the page.
#[cfg(not(target_arch = "wasm32"))]
pub const LEVELS_DIR: &str = "levels";
#[cfg(target_arch = "wasm32")]
pub const LEVELS_DIR: &str = "assets/levels";

/// The language everything is shown in: the player's own (saved with their profile), or
/// before a player is picked, the one `?lang=` asked for or the last player used.
/// `progress` keeps it in step with the active player; screens read it through `words::Words`.
#[derive(Resource, Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CurrentLang(pub clickwise_core::Lang);

#[derive(Resource, Clone, Debug)]
pub struct GameConfig {
    /// The folder the `levels://` asset source reads. Relative paths are resolved by Bevy:
    /// natively from the crate folder under cargo (else next to the executable), on the
    /// web relative to the page.
    pub levels_dir: String,
    pub store: StoreKind,
    /// Seeds answer order and names. Fixed in tests, from the clock otherwise.
    pub seed: u64,
    /// How long a chat contact "types" before each message appears; 0 in tests.
    pub typing_delay_ms: u64,
    /// What the page address (or command line) asked for: a class to join, home practice.
    pub launch: LaunchParams,
    /// The class server: `""` on the web (the page's own origin), else `http://host:port`.
    pub server: String,
}

/// `?class=123456` opens "Join my class" with the code filled in; `?practice=a.b` puts
/// a teacher's home-practice levels first; `?lang=cy` starts in Welsh (a new player, and
/// the screens before a player is picked).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LaunchParams {
    pub class_code: Option<String>,
    pub practice: Vec<String>,
    pub lang: Option<clickwise_core::Lang>,
}

impl LaunchParams {
    pub fn from_pairs<K: AsRef<str>>(pairs: impl IntoIterator<Item = (K, String)>) -> Self {
        let mut launch = LaunchParams::default();
        for (key, value) in pairs {
            match key.as_ref() {
                "class" => {
                    let code: String = value.chars().filter(char::is_ascii_digit).collect();
                    launch.class_code = clickwise_core::classroom::is_class_code(&code).then_some(code);
                }
                "practice" => launch.practice = clickwise_core::classroom::parse_practice(&value),
                "lang" => launch.lang = parse_lang(&value),
                _ => {}
            }
        }
        launch
    }
}

/// `cy`, `CY`, `cy-GB` → Welsh; `en…` → English; anything else is ignored.
fn parse_lang(value: &str) -> Option<clickwise_core::Lang> {
    let primary = value.trim().split(['-', '_']).next()?.to_ascii_lowercase();
    match primary.as_str() {
        "cy" => Some(clickwise_core::Lang::Cy),
        "en" => Some(clickwise_core::Lang::En),
        _ => None,
    }
}

impl GameConfig {
    pub fn for_this_device() -> Self {
        GameConfig {
            levels_dir: LEVELS_DIR.into(),
            store: default_store(),
            seed: crate::platform::now_millis(),
            typing_delay_ms: 1100,
            launch: LaunchParams::from_pairs(crate::platform::launch_pairs()),
            server: crate::platform::default_server(),
        }
    }

    /// A test setup: levels from `levels_dir`, progress in memory, a fixed seed.
    pub fn for_tests(levels_dir: impl Into<String>, saved: Option<String>, seed: u64) -> Self {
        GameConfig {
            levels_dir: levels_dir.into(),
            store: StoreKind::Memory(Arc::new(Mutex::new(MemorySaves {
                save: saved,
                kept_aside: Vec::new(),
            }))),
            seed,
            typing_delay_ms: 0,
            launch: LaunchParams::default(),
            // Tests replace the network with a fake; nothing is listening here.
            server: "http://127.0.0.1:9".into(),
        }
    }
}

/// localStorage on the web; natively a file in the user's data folder.
fn default_store() -> StoreKind {
    #[cfg(target_arch = "wasm32")]
    return StoreKind::LocalStorage;
    #[cfg(not(target_arch = "wasm32"))]
    return StoreKind::File(crate::platform::save_path());
}
