//! Slows down guessing: a fixed window of tries per key (an address, an email, a class).

use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::request::Parts;
use std::collections::HashMap;
use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

pub struct Limiter {
    max: u32,
    window: Duration,
    tries: Mutex<HashMap<String, (u32, Instant)>>,
}

impl Limiter {
    pub fn new(max: u32, window: Duration) -> Self {
        Limiter { max, window, tries: Mutex::new(HashMap::new()) }
    }

    /// Whether `key` still has tries left in this window (a try is counted either way).
    pub fn allow(&self, key: &str) -> bool {
        let Ok(mut tries) = self.tries.lock() else { return false };
        let now = Instant::now();
        // Forget old windows now and then, so the map can't grow without end.
        if tries.len() > 10_000 {
            tries.retain(|_, (_, start)| now.duration_since(*start) < self.window);
        }
        let entry = tries.entry(key.to_owned()).or_insert((0, now));
        if now.duration_since(entry.1) >= self.window {
            *entry = (0, now);
        }
        entry.0 += 1;
        entry.0 <= self.max
    }

    /// Whether `key` has tries left, without counting one.
    pub fn has_tries(&self, key: &str) -> bool {
        let Ok(tries) = self.tries.lock() else { return false };
        tries.get(key).is_none_or(|(n, start)| start.elapsed() >= self.window || *n < self.max)
    }
}

/// The limits the server applies.
pub struct Limits {
    /// Teacher sign-in, per address and per email.
    pub sign_in: Limiter,
    /// Wrong class codes, per address.
    pub class_codes: Limiter,
    /// Wrong PINs, per address and per card.
    pub pins: Limiter,
    /// New teacher accounts, per address.
    pub sign_ups: Limiter,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            sign_in: Limiter::new(5, Duration::from_secs(60)),
            class_codes: Limiter::new(10, Duration::from_secs(600)),
            pins: Limiter::new(10, Duration::from_secs(600)),
            sign_ups: Limiter::new(10, Duration::from_secs(3600)),
        }
    }
}

/// The caller's address (the socket's; `unknown` when the server runs without one, as in tests).
pub struct ClientIp(pub String);

impl<S: Send + Sync> FromRequestParts<S> for ClientIp {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        let ip = parts.extensions.get::<ConnectInfo<SocketAddr>>().map(|c| c.0.ip().to_string());
        Ok(ClientIp(ip.unwrap_or_else(|| "unknown".into())))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_runs_out_of_tries_and_others_are_unaffected() {
        let l = Limiter::new(3, Duration::from_secs(60));
        assert!((0..3).all(|_| l.allow("a")));
        assert!(!l.allow("a"));
        assert!(!l.has_tries("a"));
        assert!(l.allow("b"));
    }
}
