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

/// Sets `window.clickwise = { screen, activity, status, widgets: [{label, role, x, y, w, h, focused}] }`.
pub fn publish_widgets(screen: &str, activity: &str, status: &str, widgets: &[crate::theme::WidgetRect]) {
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
    set(&hook, "status", status.into());
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

/// Sends a request with `fetch` to the page's own origin (no credentials: pupils have no
/// cookies to send), and hands the reply to `done`.
pub fn http_send(
    url: String,
    request: crate::classroom::HttpRequest,
    done: Box<dyn FnOnce(crate::classroom::HttpReply) + Send>,
) {
    wasm_bindgen_futures::spawn_local(async move { done(fetch(&url, &request).await) });
}

async fn fetch(url: &str, request: &crate::classroom::HttpRequest) -> crate::classroom::HttpReply {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let failed = |_: JsValue| "the class server couldn't be reached".to_string();
    let window = web_sys::window().ok_or("no window")?;
    let headers = web_sys::Headers::new().map_err(failed)?;
    headers.set("Accept", "application/json").map_err(failed)?;
    let init = web_sys::RequestInit::new();
    init.set_method(request.method);
    init.set_credentials(web_sys::RequestCredentials::Omit);
    if let Some(body) = &request.body {
        headers.set("Content-Type", "application/json").map_err(failed)?;
        init.set_body(&JsValue::from_str(body));
    }
    if let Some(token) = &request.token {
        headers.set("Authorization", &format!("Bearer {token}")).map_err(failed)?;
    }
    init.set_headers(&headers);
    let response = JsFuture::from(window.fetch_with_str_and_init(url, &init)).await.map_err(failed)?;
    let response: web_sys::Response = response.dyn_into().map_err(failed)?;
    let text = JsFuture::from(response.text().map_err(failed)?).await.map_err(failed)?;
    Ok((response.status(), text.as_string().unwrap_or_default()))
}

/// `?class=CODE` and `?practice=a.b.c` from the page's address.
pub fn launch_params() -> crate::config::LaunchParams {
    let search = web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default();
    let Ok(params) = web_sys::UrlSearchParams::new_with_str(&search) else { return Default::default() };
    crate::config::LaunchParams::from_pairs(
        [("class", params.get("class")), ("practice", params.get("practice"))]
            .into_iter()
            .filter_map(|(k, v)| v.map(|v| (k, v))),
    )
}

/// The class server is the one that served the page.
pub fn default_server() -> String {
    String::new()
}
