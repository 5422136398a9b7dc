//! Where the save text lives on each platform.

use crate::config::{MemorySaves, StoreKind};
use std::sync::{Arc, Mutex};

pub enum Backend {
    Memory(Arc<Mutex<MemorySaves>>),
    #[cfg_attr(target_arch = "wasm32", allow(dead_code))]
    File(std::path::PathBuf),
    LocalStorage,
    /// The old save couldn't be kept aside, so nothing is written over it.
    ReadOnly,
}

/// The localStorage key of the save (web), and the prefix of kept-aside copies.
pub const SAVE_KEY: &str = "clickwise.save";

impl Backend {
    pub fn from_config(kind: &StoreKind) -> Self {
        match kind {
            StoreKind::Memory(m) => Backend::Memory(m.clone()),
            StoreKind::File(p) => Backend::File(p.clone()),
            StoreKind::LocalStorage => Backend::LocalStorage,
        }
    }

    pub fn read(&self) -> Result<Option<String>, String> {
        match self {
            Backend::Memory(m) => Ok(m.lock().map_err(|e| e.to_string())?.save.clone()),
            Backend::File(path) => match std::fs::read(path) {
                Ok(bytes) => Ok(Some(String::from_utf8_lossy(&bytes).into_owned())),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
                Err(e) => Err(format!("{}: {e}", path.display())),
            },
            Backend::LocalStorage => crate::platform::storage_get(SAVE_KEY),
            Backend::ReadOnly => Ok(None),
        }
    }

    pub fn write(&self, text: &str) -> Result<(), String> {
        match self {
            Backend::Memory(m) => {
                m.lock().map_err(|e| e.to_string())?.save = Some(text.to_owned());
                Ok(())
            }
            Backend::File(path) => write_file_safely(path, text),
            Backend::LocalStorage => crate::platform::storage_set(SAVE_KEY, text),
            Backend::ReadOnly => Err("the old save is protected".into()),
        }
    }

    /// Moves an unreadable save out of the way under a new name, so it is never lost.
    pub fn keep_aside(&self, text: &str) -> Result<(), String> {
        let stamp = crate::platform::now_millis();
        match self {
            Backend::Memory(m) => {
                m.lock().map_err(|e| e.to_string())?.kept_aside.push(text.to_owned());
                Ok(())
            }
            Backend::ReadOnly => Ok(()),
            Backend::File(path) => {
                let aside = path.with_file_name(format!("save.kept-{stamp}.ron"));
                std::fs::rename(path, &aside).map_err(|e| format!("{}: {e}", aside.display()))
            }
            Backend::LocalStorage => crate::platform::storage_set(&format!("{SAVE_KEY}.kept-{stamp}"), text),
        }
    }
}

/// Writes to a temporary file and renames it over the save, so a crash mid-write never
/// leaves a half-written save.
fn write_file_safely(path: &std::path::Path, text: &str) -> Result<(), String> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    let tmp = path.with_extension("ron.tmp");
    std::fs::write(&tmp, text).map_err(|e| format!("{}: {e}", tmp.display()))?;
    std::fs::rename(&tmp, path).map_err(|e| format!("{}: {e}", path.display()))
}
