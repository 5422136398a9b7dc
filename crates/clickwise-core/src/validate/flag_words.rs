//! The subjects that make a choice worth a quiet word, found by their words: keeping a
//! secret or a worry, telling nobody, meeting up, moving to another app, personal
//! information, pictures of yourself, who is to blame, and joining in with unkindness.
//! Used by the flag rules (`validate::flags`); each subject is a list of patterns, and a
//! pattern matches when every one of its pieces is in the text (lower case).

/// (subject, patterns). A pattern starting with `^` must begin the text.
pub const SUBJECTS: &[(&str, &[&[&str]])] = &[
    (
        "keeping a secret or a worry",
        &[
            &["keep", "secret"],
            &["our secret"],
            &["don't tell"],
            &["won't tell"],
            &["not tell"],
            &["keep it to"],
            &["keep quiet"],
            &["say nothing"],
            &["keep the worry"],
        ],
    ),
    ("telling nobody", &[&["^nobody"], &["^no one"]]),
    ("meeting up", &[&["meet"]]),
    ("moving to another app", &[&["private app"], &["different app"], &["another app"], &["chat private"]]),
    (
        "personal information",
        &[
            &["address"],
            &["where", "live"],
            &["street"],
            &["full name"],
            &["phone number"],
            &["which school"],
            &["what school"],
            &["school name"],
            &["school's name"],
            &["tell", "password"],
            &["my password"],
            &["'s password"],
            &["tell", "code"],
            &["send", "code"],
        ],
    ),
    (
        "pictures of themselves",
        &[
            &["photo of you"],
            &["photos of you"],
            &["picture of you"],
            &["photo of me"],
            &["photo of my"],
            &["video of me"],
            &["for a photo"],
            &["send a photo"],
            &["selfie"],
            &["video chat"],
            &["without clothes"],
            &["bedroom"],
        ],
    ),
    ("who is to blame", &[&["fault"], &["in trouble"], &["into trouble"]]),
    (
        "joining in with unkindness",
        &[&["mean note"], &["mean message"], &["join in"], &["laughing face"], &["only a joke"]],
    ),
];

/// The first subject `text` names, if any.
pub fn subject_of(text: &str) -> Option<&'static str> {
    let lower = text.to_lowercase().replace('’', "'");
    let lower = lower.trim();
    SUBJECTS
        .iter()
        .find(|(_, patterns)| patterns.iter().any(|p| p.iter().all(|piece| has(lower, piece))))
        .map(|(subject, _)| *subject)
}

fn has(text: &str, piece: &str) -> bool {
    match piece.strip_prefix('^') {
        Some(start) => text.starts_with(start),
        None => text.contains(piece),
    }
}

/// Bins whose words say a card in them must be kept private, is unkind or hurtful, or is a
/// warning sign: a card that belongs there is worth a word when sorted as harmless.
pub const CONCERN_BINS: &[&str] = &["private", "unkind", "hurt", "warning"];

/// Words that make a bin careful rather than open ("Ask a grown-up", "Keep it from them",
/// "Think again"): a bin with none of these is an *open* bin ("OK to share", "Kind").
const CAREFUL_BINS: &[&str] = &[
    "private",
    "unkind",
    "hurt",
    "warning",
    "ask",
    "tell",
    "keep it from",
    "don't",
    "not",
    "worse",
    "think",
];

/// Whether a bin with this text is open: putting a card there says it's fine as it is.
pub fn is_open_bin(text: &str) -> bool {
    let lower = text.to_lowercase().replace('’', "'");
    let words: Vec<&str> = lower.split(|c: char| !c.is_alphanumeric() && c != '\'').collect();
    !CAREFUL_BINS.iter().any(|w| if w.contains(' ') { lower.contains(w) } else { words.contains(w) })
}

/// Whether a bin with this text marks a concern (see [`CONCERN_BINS`]).
pub fn is_concern_bin(text: &str) -> bool {
    let lower = text.to_lowercase();
    CONCERN_BINS.iter().any(|w| lower.contains(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subjects_are_found_by_their_words() {
        assert_eq!(subject_of("OK, I won't tell"), Some("keeping a secret or a worry"));
        assert_eq!(subject_of("Nobody. Keep it to herself."), Some("keeping a secret or a worry"));
        assert_eq!(subject_of("Nobody. It will go away."), Some("telling nobody"));
        assert_eq!(subject_of("Hand it in. Nobody checks."), None, "nobody must begin the answer");
        assert_eq!(subject_of("Tell {friend} the password"), Some("personal information"));
        assert_eq!(subject_of("Type the password"), None, "a trick page is for class, not a word");
        assert_eq!(subject_of("password123"), None);
        assert_eq!(subject_of("Say yes to a video chat"), Some("pictures of themselves"));
        assert_eq!(subject_of("Join in so they like her"), Some("joining in with unkindness"));
        assert_eq!(subject_of("Press the big button"), None);
    }

    #[test]
    fn open_bins_have_no_careful_words() {
        for open in
            ["OK to share", "Kind", "Fine", "A fun surprise", "Friendly", "Screenshot it, show an adult"]
        {
            assert!(is_open_bin(open), "{open}");
        }
        for careful in
            ["Keep private", "Unkind", "Ask a grown-up first", "Keep it from them", "Think again", "Not true"]
        {
            assert!(!is_open_bin(careful), "{careful}");
        }
        assert!(is_concern_bin("Could hurt someone") && is_concern_bin("Warning sign"));
        assert!(!is_concern_bin("Ask a grown-up first"));
    }
}
