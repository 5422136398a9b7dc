//! Native: the save is a file in the user's data folder.

use std::path::PathBuf;

/// `$CLICKWISE_DATA_DIR/save.ron`, else the platform's user data folder
/// (`~/.local/share/clickwise` on Linux, `%APPDATA%\clickwise` on Windows,
/// `~/Library/Application Support/clickwise` on macOS).
pub fn save_path() -> PathBuf {
    data_dir().join("save.ron")
}

fn data_dir() -> PathBuf {
    let env = |k: &str| std::env::var_os(k).filter(|v| !v.is_empty()).map(PathBuf::from);
    if let Some(dir) = env("CLICKWISE_DATA_DIR") {
        return dir;
    }
    let base = if cfg!(windows) {
        env("APPDATA")
    } else if cfg!(target_os = "macos") {
        env("HOME").map(|h| h.join("Library/Application Support"))
    } else {
        env("XDG_DATA_HOME").or_else(|| env("HOME").map(|h| h.join(".local/share")))
    };
    base.unwrap_or_else(|| PathBuf::from(".")).join("clickwise")
}

pub fn now_millis() -> u64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_millis() as u64)
}

pub fn storage_get(_key: &str) -> Result<Option<String>, String> {
    Err("localStorage only exists on the web".into())
}

pub fn storage_set(_key: &str, _value: &str) -> Result<(), String> {
    Err("localStorage only exists on the web".into())
}

/// Nothing to publish natively: there is no page.
pub fn publish(_json: &str) {}

/// Natively no page sends requests.
pub fn take_mirror_requests() -> Vec<super::PageRequest> {
    Vec::new()
}

/// Native builds have no speech engine without system libraries: read-aloud is silent.
pub fn speak(_text: &str, _interrupt: bool, _pitch: f32, _lang: &str) {}

/// Natively there is no speech, so no voice to look for: `None` (nothing to say about it).
pub fn has_voice(_lang: &str) -> Option<bool> {
    None
}

pub fn stop_speaking() {}

/// Sound effects are made by the browser; natively they are silent.
pub fn play_sound(_notes: &[(f32, f32, f32)]) {}

/// Whether a window can be opened: on Linux without a display winit would panic, so say
/// so calmly instead.
pub fn can_open_window() -> Result<(), String> {
    // Only winit's X11 backend is built in (Wayland desktops provide it through XWayland).
    let display = std::env::var_os("DISPLAY").is_some_and(|v| !v.is_empty());
    if cfg!(all(unix, not(target_os = "macos"))) && !display {
        return Err(
            "there is no display (DISPLAY is not set). Run it on a desktop, or play the web version.".into(),
        );
    }
    Ok(())
}

/// Natively the game's own Calm option is the way to turn motion off.
pub fn prefers_reduced_motion() -> bool {
    false
}

/// Natively there is no browser tab to open: the button shows the address to type in.
pub fn open_link(url: &str) {
    bevy::log::info!("help link: {url}");
}

pub use super::http_native::http_send;

/// Natively: `--class CODE` and `--practice a.b.c` on the command line, as (name, value).
pub fn launch_pairs() -> Vec<(String, String)> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    args.chunks(2)
        .filter_map(|pair| match pair {
            [flag, value] => flag.strip_prefix("--").map(|k| (k.to_owned(), value.clone())),
            _ => None,
        })
        .collect()
}

/// `$CLICKWISE_SERVER`, else the class server `cargo xtask serve` starts.
pub fn default_server() -> String {
    std::env::var("CLICKWISE_SERVER")
        .ok()
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "http://127.0.0.1:8080".into())
        .trim_end_matches('/')
        .to_owned()
}

/// Native builds read files under their own names.
pub fn hashed_names() -> Vec<(String, String)> {
    Vec::new()
}

/// Natively there is no "back online" signal: the outbox's timer retries.
pub fn came_online_after(_millis: u64) -> bool {
    false
}
