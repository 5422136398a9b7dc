//! Web: the save is in localStorage, and the widget positions are published on the page
//! (`window.clickwise`) so the browser test can click and tab like a pupil.

use crate::config::StoreKind;
use wasm_bindgen::JsValue;

pub fn default_store() -> StoreKind {
    StoreKind::LocalStorage
}

pub fn now_millis() -> u64 {
    js_sys::Date::now() as u64
}

fn storage() -> Result<web_sys::Storage, String> {
    web_sys::window()
        .ok_or("no window")?
        .local_storage()
        .map_err(|_| "localStorage is blocked".to_string())?
        .ok_or_else(|| "localStorage is not available".to_string())
}

pub fn storage_get(key: &str) -> Result<Option<String>, String> {
    storage()?.get_item(key).map_err(|_| "localStorage read failed".to_string())
}

pub fn storage_set(key: &str, value: &str) -> Result<(), String> {
    storage()?.set_item(key, value).map_err(|_| "localStorage is full or blocked".to_string())
}

/// Sets `window.clickwise = { screen, activity, widgets: [{label, role, x, y, w, h, focused}] }`.
pub fn publish_widgets(screen: &str, activity: &str, widgets: &[crate::theme::WidgetRect]) {
    let Some(window) = web_sys::window() else { return };
    let set = |obj: &JsValue, k: &str, v: JsValue| {
        let _ = js_sys::Reflect::set(obj, &JsValue::from_str(k), &v);
    };
    let list = js_sys::Array::new();
    for w in widgets {
        let o: JsValue = js_sys::Object::new().into();
        set(&o, "label", w.label.as_str().into());
        set(&o, "role", w.role.into());
        set(&o, "x", w.x.into());
        set(&o, "y", w.y.into());
        set(&o, "w", w.w.into());
        set(&o, "h", w.h.into());
        set(&o, "focused", w.focused.into());
        list.push(&o);
    }
    let hook: JsValue = js_sys::Object::new().into();
    set(&hook, "screen", screen.into());
    set(&hook, "activity", activity.into());
    set(&hook, "widgets", list.into());
    set(&window, "clickwise", hook);
}

/// The page always has somewhere to draw.
pub fn can_open_window() -> Result<(), String> {
    Ok(())
}

/// Opens an official help page in a new tab, without giving it a link back to the game.
pub fn open_link(url: &str) {
    if let Some(window) = web_sys::window() {
        let _ = window.open_with_url_and_target_and_features(url, "_blank", "noopener,noreferrer");
    }
}
