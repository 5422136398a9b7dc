//! What every request handler can reach.

use crate::auth::Limits;
use crate::db::Db;
use crate::levels::Levels;
use std::sync::Arc;

#[derive(Clone)]
pub struct AppState {
    pub db: Db,
    pub levels: Arc<Levels>,
    pub limits: Arc<Limits>,
    /// Cookies get `Secure` (the server is behind TLS).
    pub secure_cookies: bool,
}
