//! Random secrets from the operating system: session and pupil tokens, CSRF tokens, class
//! codes, PINs; and the SHA-256 under which tokens are stored.

use clickwise_core::names::{NICKNAME_ADJECTIVES, NICKNAME_ANIMALS, PUPIL_AVATARS};
use sha2::{Digest, Sha256};

fn random_bytes<const N: usize>() -> [u8; N] {
    let mut bytes = [0u8; N];
    // The OS random source failing is not something a server can carry on without.
    getrandom::fill(&mut bytes).expect("the operating system's random source failed");
    bytes
}

fn random_below(n: u64) -> u64 {
    // Rejection sampling: no bias towards small values.
    let zone = u64::MAX - u64::MAX % n;
    loop {
        let v = u64::from_le_bytes(random_bytes::<8>());
        if v < zone {
            return v % n;
        }
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// 256 random bits, as 64 hex digits.
pub fn new_token() -> String {
    hex(&random_bytes::<32>())
}

/// How a token is stored: a copied database can't be used to sign in.
pub fn hash_token(token: &str) -> String {
    hex(&Sha256::digest(token.as_bytes()))
}

/// Six digits, not starting with 0 (easier to read out to a class).
pub fn class_code() -> String {
    (100_000 + random_below(900_000)).to_string()
}

fn pin() -> String {
    format!("{:04}", random_below(10_000))
}

/// `count` login cards (nickname, avatar, PIN) with nicknames from the shared word lists,
/// none already in `taken`.
pub fn new_cards(count: usize, taken: &[String]) -> Vec<(String, String, String)> {
    let mut cards: Vec<(String, String, String)> = Vec::new();
    let possible = NICKNAME_ADJECTIVES.len() * NICKNAME_ANIMALS.len();
    while cards.len() < count && taken.len() + cards.len() < possible {
        let adjective = NICKNAME_ADJECTIVES[random_below(NICKNAME_ADJECTIVES.len() as u64) as usize];
        let animal = NICKNAME_ANIMALS[random_below(NICKNAME_ANIMALS.len() as u64) as usize];
        let nickname = format!("{adjective} {animal}");
        if taken.contains(&nickname) || cards.iter().any(|c| c.0 == nickname) {
            continue;
        }
        let avatar = PUPIL_AVATARS[random_below(PUPIL_AVATARS.len() as u64) as usize];
        cards.push((nickname, avatar.to_owned(), pin()));
    }
    cards
}

/// Compares secrets in time that doesn't depend on where they differ.
pub fn same(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.bytes().zip(b.bytes()).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cards_use_word_list_nicknames_and_never_repeat() {
        let taken = vec!["Happy Otter".to_string()];
        let cards = new_cards(40, &taken);
        assert_eq!(cards.len(), 40);
        for (nickname, avatar, pin) in &cards {
            assert!(clickwise_core::names::is_valid_nickname(nickname), "{nickname}");
            assert!(PUPIL_AVATARS.contains(&avatar.as_str()));
            assert!(pin.len() == 4 && pin.bytes().all(|b| b.is_ascii_digit()));
            assert_ne!(nickname, "Happy Otter");
        }
        let mut names: Vec<_> = cards.iter().map(|c| &c.0).collect();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), 40);
        assert!(clickwise_core::classroom::is_class_code(&class_code()));
        assert_eq!(new_token().len(), 64);
    }
}
