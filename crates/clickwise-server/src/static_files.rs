//! Serves the web build: the right MIME types (`application/wasm` lets the browser
//! compile while downloading), the precompressed `.br`/`.gz` files when the browser
//! accepts them, and `Last-Modified` so revisits get a cheap 304.

use std::path::Path;
use tower_http::services::{ServeDir, ServeFile};
use tower_http::set_status::SetStatus;

pub fn service(dist: &Path) -> ServeDir<SetStatus<ServeFile>> {
    ServeDir::new(dist)
        .precompressed_br()
        .precompressed_gzip()
        .append_index_html_on_directories(true)
        .not_found_service(ServeFile::new(dist.join("404.html")))
}
