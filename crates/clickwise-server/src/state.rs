//! What every request handler can reach.

use crate::auth::Limits;
use crate::db::Db;
use crate::db::pupils::Pupil;
use crate::levels::Levels;
use std::collections::HashMap;
use std::sync::{Arc, RwLock};

#[derive(Clone)]
pub struct AppState {
    pub db: Db,
    /// Stores results in batches (group commit).
    pub results: crate::db::writer::ResultWriter,
    pub levels: Arc<Levels>,
    pub limits: Arc<Limits>,
    /// Cookies get `Secure` (the server is behind TLS).
    pub secure_cookies: bool,
    /// Reverse proxies whose `X-Forwarded-For` is believed (`--trusted-proxy`).
    pub trusted_proxies: Arc<[std::net::IpAddr]>,
    /// Several servers share the database (PostgreSQL): nothing another server could
    /// change is cached here.
    pub shared: bool,
    /// Pupil tokens already looked up (by hash): a token's pupil never changes, and the
    /// cache is emptied whenever a class is deleted. Used only when not `shared` (another
    /// server may delete a class or a card, and this cache would not hear of it).
    pub pupil_tokens: Arc<RwLock<HashMap<String, Pupil>>>,
    /// Anyone may make a teacher account (`--open-sign-up`).
    pub open_sign_up: bool,
    /// Sends invitations and reset links by e-mail, when configured (`--sendmail`).
    pub mailer: Option<Arc<crate::mail::Mailer>>,
}

impl AppState {
    pub fn forget_pupil_tokens(&self) {
        if let Ok(mut cache) = self.pupil_tokens.write() {
            cache.clear();
        }
    }
}
