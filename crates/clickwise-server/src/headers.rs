//! Headers on every response: nothing may load from another origin, browsers must not
//! guess content types or leak the address of the page, and caches (the browser's and a
//! school's proxy) know how long each response may be kept.

use axum::extract::Request;
use axum::http::{HeaderName, HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;
use tower_http::set_header::SetResponseHeaderLayer;

/// Everything is served from our own origin; wasm needs `wasm-unsafe-eval` to compile.
pub const CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; \
img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; \
frame-ancestors 'self'; form-action 'self'; manifest-src 'self'; worker-src 'self'";

/// A content-hashed file never changes under its name: keep it a year, never revalidate.
pub const HASHED: &str = "public, max-age=31536000, immutable";
/// Pupils' tokens and results, and teachers' pages: never kept by any cache.
pub const PRIVATE: &str = "no-store";
/// The page, the manifest, the service worker, licences: kept, but checked every time
/// (a cheap 304 when unchanged), so a new build is seen at once.
pub const REVALIDATE: &str = "no-cache";

fn fixed(name: HeaderName, value: &'static str) -> SetResponseHeaderLayer<HeaderValue> {
    SetResponseHeaderLayer::if_not_present(name, HeaderValue::from_static(value))
}

pub fn apply(router: axum::Router) -> axum::Router {
    router
        .layer(fixed(header::CONTENT_SECURITY_POLICY, CSP))
        .layer(fixed(header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
        .layer(fixed(header::REFERRER_POLICY, "no-referrer"))
        .layer(axum::middleware::from_fn(cache_control))
        // The same URL can come back brotli, gzip or plain; school proxies must cache them apart.
        .layer(fixed(header::VARY, "accept-encoding"))
}

/// Sets `Cache-Control` from the path and the outcome, unless a handler already chose.
async fn cache_control(request: Request, next: Next) -> Response {
    let path = request.uri().path().to_owned();
    let mut response = next.run(request).await;
    let found = response.status().is_success() || response.status() == axum::http::StatusCode::NOT_MODIFIED;
    let policy = cache_policy(&path, found);
    response.headers_mut().entry(header::CACHE_CONTROL).or_insert(HeaderValue::from_static(policy));
    response
}

/// How long a response to `path` may be kept. `found`: the file was there (a 404 for a
/// hashed name must not be kept for a year).
pub fn cache_policy(path: &str, found: bool) -> &'static str {
    let under = |prefix: &str| path == prefix || path.starts_with(&format!("{prefix}/"));
    if under("/api") || under("/teacher") {
        PRIVATE
    } else if found && is_hashed_name(path) {
        HASHED
    } else {
        REVALIDATE
    }
}

/// `name.<16 hex digits>.ext`, as `cargo xtask web` names every file but the pages, the
/// manifest and the service worker (xtask/src/hashed.rs).
pub fn is_hashed_name(path: &str) -> bool {
    let file = path.rsplit('/').next().unwrap_or(path);
    let mut parts = file.split('.');
    parts.next();
    parts.any(|part| part.len() == 16 && part.bytes().all(|b| b.is_ascii_hexdigit()))
}
