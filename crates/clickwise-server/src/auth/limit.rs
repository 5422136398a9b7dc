//! Slows down guessing: a fixed window of tries per key (an address, an account, a card).
//! One server (SQLite) keeps the counts in memory ([`Limiter`]); several servers on one
//! PostgreSQL keep them in the database ([`Limit::Shared`], `db::limits`), so guesses
//! spread over the servers add up as on one.
//!
//! A try is counted before anything is checked, and given back when it turns out right,
//! so a burst of simultaneous guesses can't all slip past a check made before counting,
//! while a class signing in correctly never adds up. Keys are kept only as a salted
//! hash (fixed size, and no e-mail addresses in memory), and the table is bounded: old
//! windows go first, and when it is full the oldest entries make room.

use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

type Key = [u8; 16];

pub struct Limiter {
    max: u32,
    window: Duration,
    capacity: usize,
    salt: [u8; 16],
    tries: Mutex<HashMap<Key, (u32, Instant)>>,
}

impl Limiter {
    pub fn new(max: u32, window: Duration) -> Self {
        Limiter::bounded(max, window, 100_000)
    }

    /// A limiter remembering at most `capacity` keys.
    pub fn bounded(max: u32, window: Duration, capacity: usize) -> Self {
        let mut salt = [0u8; 16];
        // Without randomness the salt stays zero: the keys are still hashed.
        let _ = getrandom::fill(&mut salt);
        Limiter { max, window, capacity: capacity.max(1), salt, tries: Mutex::new(HashMap::new()) }
    }

    fn key(&self, key: &str) -> Key {
        let digest = Sha256::new().chain_update(self.salt).chain_update(key.as_bytes()).finalize();
        let mut out = [0u8; 16];
        out.copy_from_slice(&digest[..16]);
        out
    }

    /// Counts a try for `key`, then says whether it was within the limit.
    pub fn try_once(&self, key: &str) -> bool {
        let key = self.key(key);
        let Ok(mut tries) = self.tries.lock() else { return false };
        let now = Instant::now();
        if !tries.contains_key(&key) && tries.len() >= self.capacity {
            self.make_room(&mut tries, now);
        }
        let entry = tries.entry(key).or_insert((0, now));
        if now.duration_since(entry.1) >= self.window {
            *entry = (0, now);
        }
        entry.0 = entry.0.saturating_add(1);
        entry.0 <= self.max
    }

    /// Gives back a try that turned out right.
    pub fn refund(&self, key: &str) {
        let key = self.key(key);
        let Ok(mut tries) = self.tries.lock() else { return };
        if let Some(entry) = tries.get_mut(&key) {
            entry.0 = entry.0.saturating_sub(1);
        }
    }

    /// How many keys are remembered (for tests and the log).
    pub fn len(&self) -> usize {
        self.tries.lock().map_or(0, |t| t.len())
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Forgets finished windows; if that is not enough, the oldest eighth of the table.
    fn make_room(&self, tries: &mut HashMap<Key, (u32, Instant)>, now: Instant) {
        tries.retain(|_, (_, start)| now.duration_since(*start) < self.window);
        if tries.len() < self.capacity {
            return;
        }
        let mut starts: Vec<Instant> = tries.values().map(|(_, start)| *start).collect();
        let cut = (starts.len() / 8).max(1);
        let (_, &mut oldest_kept, _) = starts.select_nth_unstable(cut - 1);
        tries.retain(|_, (_, start)| *start > oldest_kept);
    }
}

/// One limit, counted in this server's memory or in the shared database.
pub enum Limit {
    Memory(Limiter),
    Shared { db: crate::db::Db, name: &'static str, salt: String, max: u32, window: Duration },
}

impl Limit {
    /// Counts a try for `key`, then says whether it was within the limit. A database that
    /// can't count refuses the try (it can't be checked either).
    pub async fn try_once(&self, key: &str) -> bool {
        match self {
            Limit::Memory(l) => l.try_once(key),
            Limit::Shared { db, max, window, .. } => {
                let window_ms = i64::try_from(window.as_millis()).unwrap_or(i64::MAX);
                match crate::db::limits::count_try(db, &self.hashed(key), crate::db::now_ms(), window_ms)
                    .await
                {
                    Ok(tries) => tries <= i64::from(*max),
                    Err(e) => {
                        tracing::error!("guessing limit: {e}");
                        false
                    }
                }
            }
        }
    }

    /// Gives back a try that turned out right.
    pub async fn refund(&self, key: &str) {
        match self {
            Limit::Memory(l) => l.refund(key),
            Limit::Shared { db, .. } => {
                if let Err(e) = crate::db::limits::refund(db, &self.hashed(key)).await {
                    tracing::error!("guessing limit: {e}");
                }
            }
        }
    }

    /// The key as stored: the salted hash of the limit's name and the key.
    fn hashed(&self, key: &str) -> String {
        let (name, salt) = match self {
            Limit::Shared { name, salt, .. } => (*name, salt.as_str()),
            Limit::Memory(_) => ("", ""),
        };
        let digest = Sha256::new()
            .chain_update(salt)
            .chain_update(name)
            .chain_update([0])
            .chain_update(key)
            .finalize();
        digest[..16].iter().map(|b| format!("{b:02x}")).collect()
    }
}

/// The limits the server applies. Addresses get room for a whole school behind one NAT
/// address; accounts and cards get few tries, since they are what a guesser wants.
pub struct Limits {
    /// Teacher sign-in: per address, and per account.
    pub sign_in_address: Limit,
    pub sign_in_account: Limit,
    /// Wrong class codes (joining, and signing in with an unknown code), per address.
    pub class_codes: Limit,
    /// Wrong PINs, per address (a card also locks itself: `db::pupils`).
    pub pins: Limit,
    /// New teacher accounts, per address.
    pub sign_ups: Limit,
    /// One-time links (setup, invitation, reset) tried, per address: a wrong or spent
    /// token counts, a working one gives its try back.
    pub links: Limit,
}

/// Each limit: its name (in the shared table), tries, and window.
const LIMITS: [(&str, u32, u64); 6] = [
    ("sign_in_address", 50, 10),
    ("sign_in_account", 5, 1),
    ("class_codes", 20, 10),
    ("pins", 100, 10),
    ("sign_ups", 20, 60),
    ("links", 20, 10),
];

/// The longest window of any limit: older rows in the shared table are finished.
pub const LONGEST_WINDOW: Duration = Duration::from_secs(60 * 60);

impl Limits {
    fn made(mut make: impl FnMut(&'static str, u32, Duration) -> Limit) -> Limits {
        let [a, b, c, d, e, f] =
            LIMITS.map(|(name, max, minutes)| make(name, max, Duration::from_secs(60 * minutes)));
        Limits { sign_in_address: a, sign_in_account: b, class_codes: c, pins: d, sign_ups: e, links: f }
    }

    /// Limits counted in the database, shared by every server on it.
    pub fn shared(db: &crate::db::Db, salt: &str) -> Limits {
        Limits::made(|name, max, window| Limit::Shared {
            db: db.clone(),
            name,
            salt: salt.to_owned(),
            max,
            window,
        })
    }
}

impl Default for Limits {
    fn default() -> Self {
        Limits::made(|_, max, window| Limit::Memory(Limiter::new(max, window)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_runs_out_of_tries_and_others_are_unaffected() {
        let l = Limiter::new(3, Duration::from_secs(60));
        assert!((0..3).all(|_| l.try_once("a")));
        assert!(!l.try_once("a"));
        assert!(l.try_once("b"));
    }

    #[test]
    fn a_right_answer_gives_its_try_back() {
        let l = Limiter::new(2, Duration::from_secs(60));
        for _ in 0..10 {
            assert!(l.try_once("card"));
            l.refund("card");
        }
        assert!(l.try_once("card") && l.try_once("card"));
        assert!(!l.try_once("card"));
    }

    #[test]
    fn simultaneous_tries_never_pass_more_than_the_limit() {
        let l = std::sync::Arc::new(Limiter::new(10, Duration::from_secs(60)));
        let passed: usize = std::thread::scope(|scope| {
            let handles: Vec<_> =
                (0..300).map(|_| scope.spawn(|| usize::from(l.try_once("ip:10.0.0.1")))).collect();
            handles.into_iter().map(|h| h.join().unwrap()).sum()
        });
        assert_eq!(passed, 10);
    }

    #[test]
    fn the_table_stays_bounded_and_keys_are_not_kept_as_given() {
        let l = Limiter::bounded(5, Duration::from_secs(600), 1000);
        let huge = "x".repeat(1 << 20);
        for n in 0..20_000 {
            l.try_once(&format!("email:{n}{huge}", huge = &huge[..n % 64]));
        }
        assert!(l.len() <= 1000, "{} keys", l.len());
        // A key tried recently is still counted after the table made room.
        for _ in 0..5 {
            l.try_once("email:recent");
        }
        assert!(!l.try_once("email:recent"));
    }
}
