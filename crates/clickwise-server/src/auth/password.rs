//! Teacher passwords, hashed with argon2id (the crate's default parameters: 19 MiB, 2 passes).
//! The hashing runs on blocking threads, a few at a time, so a flood of sign-ups can't
//! hold up the async workers that answer everything else.

use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};

pub const MIN_LENGTH: usize = 12;

pub fn hash(password: &str) -> Result<String, String> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).map_err(|e| e.to_string())?;
    let salt = SaltString::encode_b64(&bytes).map_err(|e| e.to_string())?;
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| e.to_string())
}

pub fn verify(password: &str, stored: &str) -> bool {
    PasswordHash::new(stored)
        .is_ok_and(|h| Argon2::default().verify_password(password.as_bytes(), &h).is_ok())
}

/// The same work as a real check, for an email with no account: the answer takes as long
/// either way, so timing doesn't tell whether an account exists.
pub fn verify_nothing(password: &str) {
    static DUMMY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    let stored = DUMMY.get_or_init(|| hash("not a real password").unwrap_or_default());
    let _ = verify(password, stored);
}

/// At most this many hashes at once (one per core): the rest wait their turn.
fn hashing_slots() -> &'static tokio::sync::Semaphore {
    static SLOTS: std::sync::OnceLock<tokio::sync::Semaphore> = std::sync::OnceLock::new();
    SLOTS.get_or_init(|| {
        tokio::sync::Semaphore::new(std::thread::available_parallelism().map_or(2, |n| n.get()))
    })
}

/// Runs `work` (a hash or a check) on a blocking thread when a slot is free.
pub(crate) async fn off_the_workers<T: Send + 'static>(
    work: impl FnOnce() -> T + Send + 'static,
) -> Option<T> {
    let _slot = hashing_slots().acquire().await.ok()?;
    tokio::task::spawn_blocking(work).await.ok()
}

pub async fn hash_async(password: String) -> Result<String, String> {
    off_the_workers(move || hash(&password)).await.unwrap_or_else(|| Err("hashing stopped".into()))
}

/// Checks `password` against `stored`, or (no account) does the same work for nothing.
pub async fn verify_async(password: String, stored: Option<String>) -> bool {
    off_the_workers(move || match stored {
        Some(stored) => verify(&password, &stored),
        None => {
            verify_nothing(&password);
            false
        }
    })
    .await
    .unwrap_or(false)
}

#[cfg(test)]
mod tests {
    #[tokio::test(flavor = "current_thread")]
    async fn hashing_runs_off_the_async_worker() {
        let worker = std::thread::current().id();
        let hashed_on = super::off_the_workers(|| std::thread::current().id()).await;
        assert_ne!(hashed_on, Some(worker), "a hash on the worker would hold up every other request");
        assert!(
            super::verify_async("a long password!".into(), Some(super::hash("a long password!").unwrap()))
                .await
        );
        assert!(!super::verify_async("a long password!".into(), None).await);
    }
}
