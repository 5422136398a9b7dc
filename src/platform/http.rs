//! What the game and the platform pass each other on every platform: a request to the class
//! server and its reply, and a request from the page's screen-reader mirror.

/// One request to the class server's JSON API.
#[derive(Debug, Clone, PartialEq)]
pub struct HttpRequest {
    pub method: &'static str,
    /// Starts with `/api/`.
    pub path: String,
    pub token: Option<String>,
    pub body: Option<String>,
}

/// The status and body, or why the server couldn't be reached at all.
pub type HttpReply = Result<(u16, String), String>;

/// From the page's screen-reader mirror: press a widget, or move the game's focus to it
/// (by the entity bits the page was given).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum PageRequest {
    Activate(u64),
    Focus(u64),
}
