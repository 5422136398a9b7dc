//! Word lists for pupil nicknames and character names. Nicknames are made of two
//! harmless words, so no pupil ever types (or is asked for) a real name.

pub const NICKNAME_ADJECTIVES: &[&str] = &[
    "Brave",
    "Bright",
    "Bouncy",
    "Calm",
    "Clever",
    "Cosy",
    "Curious",
    "Daring",
    "Friendly",
    "Gentle",
    "Happy",
    "Helpful",
    "Jolly",
    "Kind",
    "Lively",
    "Lucky",
    "Mighty",
    "Nimble",
    "Patient",
    "Quick",
    "Quiet",
    "Sunny",
    "Super",
    "Swift",
    "Thoughtful",
    "Wise",
    "Zippy",
    "Cheerful",
    "Sparkly",
    "Steady",
];

pub const NICKNAME_ANIMALS: &[&str] = &[
    "Badger", "Bee", "Dolphin", "Dragon", "Duck", "Fox", "Frog", "Hedgehog", "Koala", "Lion", "Otter", "Owl",
    "Panda", "Penguin", "Puffin", "Rabbit", "Robin", "Seal", "Squirrel", "Tiger", "Turtle", "Unicorn",
    "Whale", "Zebra", "Kitten", "Puppy", "Pony", "Parrot", "Hamster", "Llama",
];

/// Avatars a pupil can pick (icon names in `assets/art/`).
pub const PUPIL_AVATARS: &[&str] = &[
    "fox", "owl", "panda", "penguin", "rabbit", "tiger", "frog", "unicorn", "dolphin", "hedgehog", "koala",
    "lion",
];

/// Character names used when a level's cast role lists none: short, easy to read, and
/// drawn from the many backgrounds of UK classrooms, Welsh names included.
pub const CHARACTER_NAMES: &[&str] = &[
    "Sam", "Priya", "Tomos", "Ava", "Leo", "Amara", "Ben", "Mia", "Zain", "Ela", "Noah", "Ffion", "Ali",
    "Ruby", "Kofi", "Isla", "Dev", "Nia", "Jack", "Lily", "Omar", "Erin", "Max", "Aisha",
];

/// Whether `nickname` is one the word lists can make. The server and the save loader
/// use this so that a typed-in real name can never be stored as a nickname.
pub fn is_valid_nickname(nickname: &str) -> bool {
    let mut parts = nickname.split(' ');
    matches!(
        (parts.next(), parts.next(), parts.next()),
        (Some(a), Some(b), None) if NICKNAME_ADJECTIVES.contains(&a) && NICKNAME_ANIMALS.contains(&b)
    )
}
