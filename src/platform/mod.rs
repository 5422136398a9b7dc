//! What differs between the web and native builds, and nothing else: storage, the clock,
//! HTTP, speech and sound, opening links, the launch parameters and (web only) the page's
//! screen-reader mirror. It imports nothing from the game: callers turn what it gives
//! into game types.

mod hashed_names;
mod http;
#[cfg(not(target_arch = "wasm32"))]
mod http_native;
#[cfg(not(target_arch = "wasm32"))]
mod native;
#[cfg(target_arch = "wasm32")]
mod web;

pub use hashed_names::{NameTable, asset_source};
pub use http::{HttpReply, HttpRequest, PageRequest};
#[cfg(not(target_arch = "wasm32"))]
pub use http_native::parse_reply;

/// Whether the game runs in a web page (which has a screen-reader mirror to keep up).
pub const IN_A_PAGE: bool = cfg!(target_arch = "wasm32");
#[cfg(not(target_arch = "wasm32"))]
pub use native::*;
#[cfg(target_arch = "wasm32")]
pub use web::*;
