//! Random secrets from the operating system: session and pupil tokens, CSRF tokens, class
//! codes, PINs; and the SHA-256 under which tokens are stored.

use clickwise_core::names::{ANIMALS, NICKNAME_ADJECTIVES, animal_of};
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

/// Eight digits, not starting with 0 (easier to read out to a class).
pub fn class_code() -> String {
    (10_000_000 + random_below(90_000_000)).to_string()
}

/// A fresh four-digit PIN.
pub fn new_pin() -> String {
    format!("{:04}", random_below(10_000))
}

/// Up to `count` login cards (nickname, picture, PIN) for a class whose cards already have
/// the nicknames `taken`. Each new card gets an animal no card in the class has yet, and
/// that animal's own picture, so a pupil finds "Happy Panda" by the panda and no two cards
/// share a picture. There are fewer only when the animals run out.
pub fn new_cards(count: usize, taken: &[String]) -> Vec<(String, String, String)> {
    let mut free: Vec<_> =
        ANIMALS.iter().filter(|a| !taken.iter().any(|t| animal_of(t) == Some(*a))).collect();
    // Fisher–Yates: which animals a class gets is a surprise, and any animal is as likely.
    for i in (1..free.len()).rev() {
        free.swap(i, random_below(i as u64 + 1) as usize);
    }
    free.into_iter()
        .take(count)
        .map(|animal| {
            let adjective = NICKNAME_ADJECTIVES[random_below(NICKNAME_ADJECTIVES.len() as u64) as usize];
            (format!("{adjective} {}", animal.word), animal.picture.to_owned(), new_pin())
        })
        .collect()
}

/// Compares secrets in time that doesn't depend on where they differ.
pub fn same(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.bytes().zip(b.bytes()).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_card_is_drawn_as_its_own_animal_and_no_animal_repeats() {
        let taken = vec!["Happy Otter".to_string(), "Quick Puffin".to_string()];
        let cards = new_cards(36, &taken);
        assert_eq!(cards.len(), 36);
        for (nickname, picture, pin) in &cards {
            assert!(clickwise_core::names::is_valid_nickname(nickname), "{nickname}");
            assert_eq!(clickwise_core::names::picture_of(nickname), Some(picture.as_str()), "{nickname}");
            assert!(pin.len() == 4 && pin.bytes().all(|b| b.is_ascii_digit()));
            assert!(!nickname.ends_with("Otter"), "the class already has the otter: {nickname}");
        }
        let mut pictures: Vec<_> = cards.iter().map(|c| &c.1).collect();
        pictures.sort();
        pictures.dedup();
        assert_eq!(pictures.len(), 36);
        let all = new_cards(1000, &taken);
        assert_eq!(all.len(), ANIMALS.len() - 1, "every animal but the otter, once each");
        assert!(clickwise_core::classroom::is_class_code(&class_code()));
        assert_eq!(new_token().len(), 64);
    }
}
