//! The language of a request's pages, English or Welsh, and their words (`server.ftl`,
//! through [`clickwise_core::i18n::server`]).
//!
//! Each request gets its language once, in [`scope`]: `?lang=cy` or `?lang=en`, else the
//! browser's `Accept-Language` (Welsh when `cy` comes first), else English. A signed-in
//! teacher's own setting replaces it when the [`SignedIn`](crate::auth::SignedIn)
//! extractor reads the session. The pages' views then ask [`lang`] and [`t`], so the
//! language needn't be passed through every view; outside a request (unit tests of a
//! view) it is English.

use axum::extract::Request;
use axum::http::{HeaderMap, header};
use axum::middleware::Next;
use axum::response::Response;
use clickwise_core::i18n::{Arg, Messages, server};
use clickwise_core::text::Lang;
use std::cell::{Cell, RefCell};

/// What a request's pages know about whoever is asking.
struct Context {
    lang: Cell<Lang>,
    /// The signed-in teacher's CSRF token, for the language form in the page's header.
    csrf: RefCell<Option<String>>,
    /// The page asked for (path and query), for the language form to come back to.
    here: String,
}

tokio::task_local! {
    static CONTEXT: Context;
}

/// The middleware that gives each request its language (see the module's notes).
pub async fn scope(req: Request, next: Next) -> Response {
    let lang = from_query(req.uri().query()).unwrap_or_else(|| from_accept_language(req.headers()));
    let here = if req.method() == axum::http::Method::GET {
        req.uri().path_and_query().map_or_else(|| "/teacher".to_owned(), |p| p.as_str().to_owned())
    } else {
        "/teacher".to_owned()
    };
    let context = Context { lang: Cell::new(lang), csrf: RefCell::new(None), here };
    CONTEXT.scope(context, next.run(req)).await
}

/// The language this request's pages are in.
pub fn lang() -> Lang {
    CONTEXT.try_with(|c| c.lang.get()).unwrap_or_default()
}

/// Uses `lang` for the rest of this request (a teacher's setting, a form's hidden field).
pub fn set_lang(lang: Lang) {
    let _ = CONTEXT.try_with(|c| c.lang.set(lang));
}

/// Remembers the signed-in teacher's CSRF token for the header's language form.
pub fn set_csrf(token: &str) {
    let _ = CONTEXT.try_with(|c| *c.csrf.borrow_mut() = Some(token.to_owned()));
}

/// The signed-in teacher's CSRF token, if this request has one.
pub fn csrf() -> Option<String> {
    CONTEXT.try_with(|c| c.csrf.borrow().clone()).ok().flatten()
}

/// The page this request asked for, to come back to after switching language.
pub fn here() -> String {
    CONTEXT.try_with(|c| c.here.clone()).unwrap_or_else(|_| "/teacher".to_owned())
}

/// The server's messages in this request's language.
pub fn t() -> &'static Messages {
    server(lang())
}

/// One message with no variables, in this request's language.
pub fn tr(key: &str) -> String {
    t().get(key)
}

/// One message with its variables, in this request's language.
pub fn tf(key: &str, args: &[(&str, Arg)]) -> String {
    t().format(key, args)
}

/// A message with one variable shown in bold (`<strong>`), the rest as plain text: the
/// message is formatted with a marker for the variable, then split around it, so the
/// translation decides where the bold words go.
pub fn strong(key: &str, name: &str, value: &str) -> maud::Markup {
    const MARK: &str = "\u{E000}";
    let text = tf(key, &[(name, MARK.into())]);
    let (before, after) = text.split_once(MARK).unwrap_or((&text, ""));
    maud::html! { (before) @if text.contains(MARK) { strong { (value) } } (after) }
}

/// A pupil's nickname as the page's language says it: stored in English ("Wise Owl"), shown
/// on a Welsh page as "Tylluan Ddoeth".
pub fn nickname(stored: &str) -> String {
    clickwise_core::names::nickname_in(stored, lang())
}

/// An age group, as the page's language says it ("Ages 7 to 9", "Oed 7 i 9").
pub fn phase(phase: clickwise_core::Phase) -> String {
    tr(&format!("phase-{}", phase.id()))
}

/// A topic's name in the page's language.
pub fn topic(topic: clickwise_core::Topic) -> String {
    tr(&format!("topic-{topic:?}"))
}

/// A strand of *Education for a Connected World* (by its English name, as
/// `clickwise_core::strands` gives it) in the page's language.
pub fn strand(english: &str) -> String {
    match clickwise_core::strands::STRANDS.iter().find(|(_, name)| *name == english) {
        Some((code, _)) => tr(&format!("strand-{code}")),
        None if english == crate::report::assessment::NO_STRAND => tr("strand-other"),
        None => english.to_owned(),
    }
}

/// "Secure", "Working towards", in the page's language.
pub fn status(status: clickwise_core::insight::Status) -> String {
    tr(&format!("status-{status:?}"))
}

/// "Better", "The same", "Lower", in the page's language.
pub fn change(change: clickwise_core::insight::Change) -> String {
    tr(&format!("change-{change:?}"))
}

/// "yes" or "no" (for the CSV files), in the page's language.
pub fn yes_no(yes: bool) -> String {
    tr(if yes { "csv-yes" } else { "csv-no" })
}

/// `en` or `cy`, as stored and as sent in forms.
pub fn code(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "en",
        Lang::Cy => "cy",
    }
}

/// The language a form or the database names, if it names one.
pub fn parse(code: &str) -> Option<Lang> {
    match code.trim() {
        "en" => Some(Lang::En),
        "cy" => Some(Lang::Cy),
        _ => None,
    }
}

/// `<html lang>`: British English, or Welsh.
pub fn html_lang(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "en-GB",
        Lang::Cy => "cy",
    }
}

fn from_query(query: Option<&str>) -> Option<Lang> {
    query?
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(k, _)| *k == "lang")
        .and_then(|(_, v)| parse(v))
}

/// Welsh when the browser's most wanted language is Welsh (`cy`, `cy-GB`), else English.
pub fn from_accept_language(headers: &HeaderMap) -> Lang {
    let Some(value) = headers.get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()) else {
        return Lang::En;
    };
    let mut best: Option<(f32, &str)> = None;
    for item in value.split(',') {
        let mut parts = item.split(';');
        let tag = parts.next().unwrap_or("").trim();
        let q = parts
            .filter_map(|p| p.trim().strip_prefix("q="))
            .find_map(|q| q.trim().parse::<f32>().ok())
            .unwrap_or(1.0);
        if !tag.is_empty() && best.is_none_or(|(bq, _)| q > bq) {
            best = Some((q, tag));
        }
    }
    match best {
        Some((q, tag))
            if q > 0.0 && (tag.eq_ignore_ascii_case("cy") || tag.to_ascii_lowercase().starts_with("cy-")) =>
        {
            Lang::Cy
        }
        _ => Lang::En,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn accept(value: &str) -> Lang {
        let mut headers = HeaderMap::new();
        headers.insert(header::ACCEPT_LANGUAGE, value.parse().unwrap());
        from_accept_language(&headers)
    }

    #[test]
    fn welsh_only_when_the_browser_wants_it_most() {
        assert_eq!(accept("cy"), Lang::Cy);
        assert_eq!(accept("cy-GB,cy;q=0.9,en-GB;q=0.8"), Lang::Cy);
        assert_eq!(accept("en-GB,en;q=0.9,cy;q=0.8"), Lang::En);
        assert_eq!(accept("en;q=0.5, cy;q=0.9"), Lang::Cy);
        assert_eq!(accept("cyz"), Lang::En);
        assert_eq!(from_query(Some("a=1&lang=cy")), Some(Lang::Cy));
        assert_eq!(from_query(Some("lang=fr")), None);
    }

    #[test]
    fn outside_a_request_the_pages_are_english() {
        assert_eq!(lang(), Lang::En);
    }
}
