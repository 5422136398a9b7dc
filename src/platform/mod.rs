//! What differs between the web and native builds: storage, the clock, window set-up,
//! and (web only) the page-level hook the browser test reads.

#[cfg(not(target_arch = "wasm32"))]
mod http_native;
#[cfg(not(target_arch = "wasm32"))]
mod native;
#[cfg(target_arch = "wasm32")]
mod web;
mod window;

#[cfg(not(target_arch = "wasm32"))]
pub use native::*;
#[cfg(target_arch = "wasm32")]
pub use web::*;
pub use window::{add_default_plugins, plugin};
