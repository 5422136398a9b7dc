//! Headers on every response: nothing may load from another origin, and browsers must not
//! guess content types or leak the address of the page.

use axum::http::{HeaderName, HeaderValue, header};
use tower_http::set_header::SetResponseHeaderLayer;

/// Everything is served from our own origin; wasm needs `wasm-unsafe-eval` to compile.
pub const CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; \
img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; \
frame-ancestors 'self'; form-action 'self'";

fn fixed(name: HeaderName, value: &'static str) -> SetResponseHeaderLayer<HeaderValue> {
    SetResponseHeaderLayer::if_not_present(name, HeaderValue::from_static(value))
}

pub fn apply(router: axum::Router) -> axum::Router {
    router
        .layer(fixed(header::CONTENT_SECURITY_POLICY, CSP))
        .layer(fixed(header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
        .layer(fixed(header::REFERRER_POLICY, "no-referrer"))
        // Files are not content-hashed, so always revalidate (cheap: 304 when unchanged).
        .layer(fixed(header::CACHE_CONTROL, "no-cache"))
        // The same URL can come back brotli, gzip or plain; school proxies must cache them apart.
        .layer(fixed(header::VARY, "accept-encoding"))
}
