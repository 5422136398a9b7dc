//! Login-card PINs, hashed with argon2id at light settings (a PIN is checked every time a
//! class signs in, thirty at once). Four digits are few whatever the hash: what keeps a
//! card safe is that it locks after a few wrong PINs; hashing keeps PINs out of sight of
//! anyone who reads the database.

use argon2::password_hash::{PasswordHasher, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};

fn hasher() -> Argon2<'static> {
    // 4 MiB, one pass: a few milliseconds.
    let params = Params::new(4096, 1, 1, None).unwrap_or_default();
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

pub fn hash(pin: &str) -> Result<String, String> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).map_err(|e| e.to_string())?;
    let salt = SaltString::encode_b64(&bytes).map_err(|e| e.to_string())?;
    hasher().hash_password(pin.as_bytes(), &salt).map(|h| h.to_string()).map_err(|e| e.to_string())
}

/// Hashes many PINs off the async workers.
pub async fn hash_all(pins: Vec<String>) -> Result<Vec<String>, String> {
    super::password::off_the_workers(move || pins.iter().map(|p| hash(p)).collect())
        .await
        .unwrap_or_else(|| Err("hashing stopped".into()))
}

/// Whether `pin` is the card's (the PHC string carries its own settings).
pub async fn matches(pin: String, stored: String) -> bool {
    super::password::verify_async(pin, Some(stored)).await
}

#[cfg(test)]
mod tests {
    #[tokio::test]
    async fn a_pin_matches_its_hash_only() {
        let stored = super::hash("0427").unwrap();
        assert!(!stored.contains("0427"));
        assert!(super::matches("0427".into(), stored.clone()).await);
        assert!(!super::matches("0428".into(), stored).await);
    }
}
