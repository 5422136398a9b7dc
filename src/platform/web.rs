//! Web: the save is in localStorage, and the widget positions are published on the page
//! (`window.clickwise`) so the browser test can click and tab like a pupil.

use wasm_bindgen::JsValue;

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

/// The page always has somewhere to draw.
pub fn can_open_window() -> Result<(), String> {
    Ok(())
}

/// The browser or operating system asks for less motion ("Reduce motion").
pub fn prefers_reduced_motion() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media("(prefers-reduced-motion: reduce)").ok().flatten())
        .is_some_and(|m| m.matches())
}

/// Opens an official help page in a new tab, without giving it a link back to the game.
pub fn open_link(url: &str) {
    if let Some(window) = web_sys::window() {
        let _ = window.open_with_url_and_target_and_features(url, "_blank", "noopener,noreferrer");
    }
}

/// Sends a request with `fetch` to the page's own origin (no credentials: pupils have no
/// cookies to send), and hands the reply to `done`.
pub fn http_send(url: String, request: super::HttpRequest, done: Box<dyn FnOnce(super::HttpReply) + Send>) {
    wasm_bindgen_futures::spawn_local(async move { done(fetch(&url, &request).await) });
}

async fn fetch(url: &str, request: &super::HttpRequest) -> super::HttpReply {
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

/// `?class=CODE` and `?practice=a.b.c` from the page's address, as (name, value).
pub fn launch_pairs() -> Vec<(String, String)> {
    let search = web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default();
    let Ok(params) = web_sys::UrlSearchParams::new_with_str(&search) else { return Vec::new() };
    ["class", "practice", "lang"]
        .into_iter()
        .filter_map(|k| params.get(k).map(|v| (k.to_owned(), v)))
        .collect()
}

/// Each file's content-hashed name (`window.clickwiseFiles`, set by `web/loader.js` from
/// the build's `files.js`): page-relative original → hashed.
pub fn hashed_names() -> Vec<(String, String)> {
    let Some(window) = web_sys::window() else { return Vec::new() };
    let Ok(table) = js_sys::Reflect::get(&window, &JsValue::from_str("clickwiseFiles")) else {
        return Vec::new();
    };
    let Some(object) = wasm_bindgen::JsCast::dyn_ref::<js_sys::Object>(&table) else { return Vec::new() };
    js_sys::Object::entries(object)
        .iter()
        .filter_map(|pair| {
            let pair = js_sys::Array::from(&pair);
            Some((pair.get(0).as_string()?, pair.get(1).as_string()?))
        })
        .collect()
}

/// Whether the browser came back online after `millis` (`window.clickwiseOnlineAt`, set
/// by `web/offline.js` on the page's `online` event).
pub fn came_online_after(millis: u64) -> bool {
    let Some(window) = web_sys::window() else { return false };
    let at =
        js_sys::Reflect::get(&window, &JsValue::from_str("clickwiseOnlineAt")).ok().and_then(|v| v.as_f64());
    at.is_some_and(|at| at as u64 > millis)
}

/// The class server is the one that served the page.
pub fn default_server() -> String {
    String::new()
}

/// Publishes the screen's description (JSON) as `window.clickwise` (the browser test reads
/// it and `web/a11y.js` mirrors it as DOM elements), then fires `clickwise:update`.
pub fn publish(json: &str) {
    let Some(window) = web_sys::window() else { return };
    let Ok(hook) = js_sys::JSON::parse(json) else { return };
    let _ = js_sys::Reflect::set(&window, &JsValue::from_str("clickwise"), &hook);
    if let Ok(event) = web_sys::Event::new("clickwise:update") {
        let _ = window.dispatch_event(&event);
    }
}

thread_local! {
    static MIRROR_REQUESTS: std::cell::RefCell<Vec<super::PageRequest>> = Default::default();
    static WAKE: std::cell::RefCell<Option<Box<dyn Fn()>>> = Default::default();
}

/// Called by `web/a11y.js` when a mirror element is pressed ("activate") or focused
/// ("focus"). The game may be idle (it only draws on input), so wake it.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn a11y_request(kind: &str, id: &str) {
    let Ok(bits) = id.parse::<u64>() else { return };
    let request = match kind {
        "activate" => super::PageRequest::Activate(bits),
        "focus" => super::PageRequest::Focus(bits),
        _ => return,
    };
    MIRROR_REQUESTS.with(|r| r.borrow_mut().push(request));
    WAKE.with(|w| {
        if let Some(wake) = &*w.borrow() {
            wake();
        }
    });
}

pub fn take_mirror_requests() -> Vec<super::PageRequest> {
    MIRROR_REQUESTS.with(|r| std::mem::take(&mut *r.borrow_mut()))
}

/// How to wake the game's event loop from outside it.
pub fn set_waker(wake: Box<dyn Fn()>) {
    WAKE.with(|w| *w.borrow_mut() = Some(wake));
}

/// The browser's voices, with their language tags lower-cased (`en-gb`, `cy-gb`).
fn voices(synth: &web_sys::SpeechSynthesis) -> Vec<(String, web_sys::SpeechSynthesisVoice)> {
    synth
        .get_voices()
        .iter()
        .filter_map(|v| wasm_bindgen::JsCast::dyn_into::<web_sys::SpeechSynthesisVoice>(v).ok())
        .map(|v| (v.lang().replace('_', "-").to_lowercase(), v))
        .collect()
}

/// Whether the browser has a voice for `lang` (`cy`, `en`): `None` until it has listed
/// its voices (some load them a moment after the page).
pub fn has_voice(lang: &str) -> Option<bool> {
    let synth = web_sys::window().and_then(|w| w.speech_synthesis().ok())?;
    let voices = voices(&synth);
    if voices.is_empty() {
        return None;
    }
    Some(voices.iter().any(|(tag, _)| tag.split('-').next() == Some(lang)))
}

/// Reads `text` aloud with the browser's speech: English in a UK English voice when there
/// is one; Welsh (`lang` "cy") only in a Welsh voice, and not at all without one (an
/// English voice reading Welsh would be nonsense to a child).
pub fn speak(text: &str, interrupt: bool, pitch: f32, lang: &str) {
    let Some(synth) = web_sys::window().and_then(|w| w.speech_synthesis().ok()) else { return };
    let voices = voices(&synth);
    let welsh = voices.iter().find(|(tag, _)| tag.split('-').next() == Some("cy"));
    if lang == "cy" && welsh.is_none() {
        return;
    }
    if interrupt {
        synth.cancel();
    }
    let Ok(utterance) = web_sys::SpeechSynthesisUtterance::new_with_text(text) else { return };
    // A little slower than the default, for young listeners.
    utterance.set_rate(0.9);
    // Each recurring character has their own pitch, so they sound like themselves.
    utterance.set_pitch(pitch.clamp(0.5, 2.0));
    let voice = if lang == "cy" {
        utterance.set_lang("cy-GB");
        welsh
    } else {
        utterance.set_lang("en-GB");
        voices.iter().find(|(tag, _)| tag == "en-gb")
    };
    if let Some((_, voice)) = voice {
        utterance.set_voice(Some(voice));
    }
    synth.speak(&utterance);
}

pub fn stop_speaking() {
    if let Some(synth) = web_sys::window().and_then(|w| w.speech_synthesis().ok()) {
        synth.cancel();
    }
}

thread_local! {
    static AUDIO: std::cell::RefCell<Option<web_sys::AudioContext>> = Default::default();
}

/// Plays soft sine-wave notes: (frequency, start, length) in Hz and seconds.
pub fn play_sound(notes: &[(f32, f32, f32)]) {
    AUDIO.with(|audio| {
        let mut audio = audio.borrow_mut();
        if audio.is_none() {
            *audio = web_sys::AudioContext::new().ok();
        }
        let Some(ctx) = audio.as_ref() else { return };
        // Browsers start audio suspended until a tap; the tap that led here counts.
        let _ = ctx.resume();
        let now = ctx.current_time();
        for &(freq, start, length) in notes {
            let (Ok(osc), Ok(gain)) = (ctx.create_oscillator(), ctx.create_gain()) else { return };
            osc.set_type(web_sys::OscillatorType::Sine);
            osc.frequency().set_value(freq);
            let t0 = now + start as f64;
            let t1 = t0 + length as f64;
            // Quiet, with a quick fade in and out so there are no clicks.
            let g = gain.gain();
            let _ = g.set_value_at_time(0.0, t0);
            let _ = g.linear_ramp_to_value_at_time(0.12, t0 + 0.02);
            let _ = g.linear_ramp_to_value_at_time(0.0, t1);
            if osc.connect_with_audio_node(&gain).is_err()
                || gain.connect_with_audio_node(&ctx.destination()).is_err()
            {
                return;
            }
            let _ = osc.start_with_when(t0);
            let _ = osc.stop_with_when(t1 + 0.02);
        }
    });
}
