//! Word lists for pupil nicknames and character names. Nicknames are made of two
//! harmless words, so no pupil ever types (or is asked for) a real name.

pub mod welsh;

use crate::text::Lang;

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

/// An animal a nickname ends in, with its own picture (an icon name in `assets/art/`):
/// "Happy Panda" is always drawn as the panda.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Animal {
    pub word: &'static str,
    pub picture: &'static str,
}

impl Animal {
    const fn new(word: &'static str, picture: &'static str) -> Self {
        Animal { word, picture }
    }
}

/// Every animal a nickname is made with, each with a picture of its own, so that no two
/// login cards in a class need share a picture (a class has at most this many cards).
pub const ANIMALS: &[Animal] = &[
    Animal::new("Badger", "badger"),
    Animal::new("Bee", "bee"),
    Animal::new("Dolphin", "dolphin"),
    Animal::new("Dragon", "dragon"),
    Animal::new("Duck", "duck"),
    Animal::new("Fox", "fox"),
    Animal::new("Frog", "frog"),
    Animal::new("Hedgehog", "hedgehog"),
    Animal::new("Koala", "koala"),
    Animal::new("Lion", "lion"),
    Animal::new("Otter", "otter"),
    Animal::new("Owl", "owl"),
    Animal::new("Panda", "panda"),
    Animal::new("Penguin", "penguin"),
    Animal::new("Rabbit", "rabbit"),
    Animal::new("Seal", "seal"),
    Animal::new("Squirrel", "squirrel"),
    Animal::new("Tiger", "tiger"),
    Animal::new("Turtle", "turtle"),
    Animal::new("Unicorn", "unicorn"),
    Animal::new("Whale", "whale"),
    Animal::new("Zebra", "zebra"),
    Animal::new("Kitten", "cat"),
    Animal::new("Puppy", "dog"),
    Animal::new("Pony", "pony"),
    Animal::new("Parrot", "parrot"),
    Animal::new("Hamster", "hamster"),
    Animal::new("Llama", "llama"),
    Animal::new("Bear", "bear"),
    Animal::new("Monkey", "monkey"),
    Animal::new("Elephant", "elephant"),
    Animal::new("Giraffe", "giraffe"),
    Animal::new("Hippo", "hippo"),
    Animal::new("Kangaroo", "kangaroo"),
    Animal::new("Sloth", "sloth"),
    Animal::new("Flamingo", "flamingo"),
    Animal::new("Peacock", "peacock"),
    Animal::new("Swan", "swan"),
    Animal::new("Butterfly", "butterfly"),
    Animal::new("Ladybird", "ladybird"),
    Animal::new("Snail", "snail"),
    Animal::new("Octopus", "octopus"),
    Animal::new("Crab", "crab"),
    Animal::new("Chick", "chick"),
    Animal::new("Mouse", "mouse"),
    Animal::new("Raccoon", "raccoon"),
    Animal::new("Beaver", "beaver"),
    Animal::new("Sheep", "sheep"),
    Animal::new("Camel", "camel"),
    Animal::new("Rhino", "rhino"),
    Animal::new("Gorilla", "gorilla"),
    Animal::new("Dinosaur", "dinosaur"),
    Animal::new("Fish", "fish"),
    Animal::new("Goat", "goat"),
    Animal::new("Deer", "deer"),
    Animal::new("Hen", "hen"),
    Animal::new("Jellyfish", "jellyfish"),
    Animal::new("Moose", "moose"),
    Animal::new("Turkey", "turkey"),
    Animal::new("Lizard", "lizard"),
];

/// Animals older versions gave out that have no picture of their own. Nicknames ending in
/// them still read (a device's save, an older class's card), but are never made any more.
const RETIRED_ANIMALS: &[&str] = &["Puffin", "Robin"];

/// Avatars a home player can pick on the profile screen (icon names in `assets/art/`).
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

/// Whether `nickname` is one the word lists can make (or once made). The server and the
/// save loader use this so that a typed-in real name can never be stored as a nickname.
pub fn is_valid_nickname(nickname: &str) -> bool {
    let mut parts = nickname.split(' ');
    matches!(
        (parts.next(), parts.next(), parts.next()),
        (Some(a), Some(b), None)
            if NICKNAME_ADJECTIVES.contains(&a) && (animal(b).is_some() || RETIRED_ANIMALS.contains(&b))
    )
}

/// A nickname as a reader of `lang` sees it: stored in English ("Wise Owl", one identity
/// everywhere), shown in Welsh as "Tylluan Ddoeth". A nickname the word lists never made
/// (an older card's) is shown as stored.
pub fn nickname_in(nickname: &str, lang: Lang) -> String {
    match lang {
        Lang::Cy => welsh::nickname(nickname).unwrap_or_else(|| nickname.to_owned()),
        Lang::En => nickname.to_owned(),
    }
}

/// The animal called `word` ("Panda").
pub fn animal(word: &str) -> Option<&'static Animal> {
    ANIMALS.iter().find(|a| a.word == word)
}

/// The animal a nickname ends in ("Happy Panda" → the panda), if it has a picture.
pub fn animal_of(nickname: &str) -> Option<&'static Animal> {
    nickname.rsplit(' ').next().and_then(animal)
}

/// The picture of a nickname's own animal, if it has one.
pub fn picture_of(nickname: &str) -> Option<&'static str> {
    animal_of(nickname).map(|a| a.picture)
}

/// Whether `picture` is an animal's picture a login card can carry.
pub fn is_card_picture(picture: &str) -> bool {
    ANIMALS.iter().any(|a| a.picture == picture)
}

/// A login card's colour: printed as a band on the paper card and drawn around the card
/// in the game, so a pupil who can't read yet finds "the blue card with the panda".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CardColour {
    pub name: &'static str,
    /// sRGB, dark enough to show on white paper and as a thick border on screen.
    pub rgb: [u8; 3],
}

pub const CARD_COLOURS: &[CardColour] = &[
    CardColour { name: "blue", rgb: [0x25, 0x63, 0xc9] },
    CardColour { name: "orange", rgb: [0xe0, 0x74, 0x14] },
    CardColour { name: "green", rgb: [0x23, 0x8a, 0x3e] },
    CardColour { name: "purple", rgb: [0x7e, 0x45, 0xbf] },
    CardColour { name: "pink", rgb: [0xd9, 0x4a, 0x8c] },
    CardColour { name: "yellow", rgb: [0xe8, 0xb4, 0x00] },
    CardColour { name: "red", rgb: [0xc8, 0x32, 0x2b] },
];

/// The colour of the `index`th card of a class (in the order they were made): neighbouring
/// cards, printed side by side, never share a colour.
pub fn card_colour(index: usize) -> &'static CardColour {
    &CARD_COLOURS[index % CARD_COLOURS.len()]
}

/// The colour called `name`, if it is one.
pub fn card_colour_named(name: &str) -> Option<&'static CardColour> {
    CARD_COLOURS.iter().find(|c| c.name == name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_animal_has_one_picture_of_its_own_and_one_word() {
        for (i, a) in ANIMALS.iter().enumerate() {
            assert!(!a.word.contains(' ') && !a.picture.is_empty(), "{a:?}");
            for b in &ANIMALS[i + 1..] {
                assert!(a.word != b.word && a.picture != b.picture, "{a:?} and {b:?} share");
            }
        }
        assert!(ANIMALS.len() >= 36, "a class of 36 has a picture each");
        let art = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../assets/art");
        for a in ANIMALS {
            assert!(
                art.join(format!("{}.svg", a.picture)).is_file(),
                "no picture assets/art/{}.svg",
                a.picture
            );
        }
    }

    #[test]
    fn a_nickname_is_drawn_as_its_own_animal() {
        assert_eq!(picture_of("Happy Panda"), Some("panda"));
        assert_eq!(picture_of("Steady Rabbit"), Some("rabbit"));
        assert_eq!(picture_of("Patient Kitten"), Some("cat"));
        assert_eq!(picture_of("Quick Puffin"), None, "a retired animal has no picture");
        assert!(is_valid_nickname("Quick Puffin"), "but its nickname still reads");
        assert!(!is_valid_nickname("Happy panda") && !is_valid_nickname("Happy Panda "));
        assert!(is_card_picture("cat") && !is_card_picture("Kitten"));
    }

    #[test]
    fn neighbouring_cards_have_different_colours() {
        for i in 0..60 {
            assert_ne!(card_colour(i), card_colour(i + 1));
            assert_eq!(card_colour_named(card_colour(i).name), Some(card_colour(i)));
        }
    }
}
