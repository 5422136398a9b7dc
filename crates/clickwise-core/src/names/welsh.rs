//! Nicknames in Welsh. A nickname is stored as its English words ("Patient Raccoon"), one
//! identity in saves, on the class server and on printed cards; a Welsh reader sees it
//! noun first, then adjective ("Racŵn Amyneddgar"), with the adjective softly mutated after
//! a feminine noun ("Tylluan Ddoeth"). Every animal's Welsh name and gender, and every
//! adjective's radical and mutated forms, are written out here by hand: no mutation is
//! worked out by rule, so a Welsh speaker can correct any one of them in place.

/// A Welsh noun's gender: an adjective after a feminine singular noun is softly mutated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Masculine,
    Feminine,
}

/// An animal of [`super::ANIMALS`] (or a retired one) in Welsh.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WelshAnimal {
    pub en: &'static str,
    pub cy: &'static str,
    pub gender: Gender,
}

/// An adjective of [`super::NICKNAME_ADJECTIVES`] in Welsh: as it is after a masculine
/// noun (radical) and after a feminine one (soft-mutated).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WelshAdjective {
    pub en: &'static str,
    pub radical: &'static str,
    pub soft: &'static str,
}

const fn m(en: &'static str, cy: &'static str) -> WelshAnimal {
    WelshAnimal { en, cy, gender: Gender::Masculine }
}

const fn f(en: &'static str, cy: &'static str) -> WelshAnimal {
    WelshAnimal { en, cy, gender: Gender::Feminine }
}

const fn adj(en: &'static str, radical: &'static str, soft: &'static str) -> WelshAdjective {
    WelshAdjective { en, radical, soft }
}

/// Southern forms where the north says otherwise (broga, not llyffant), as the glossary asks.
pub const ANIMALS: &[WelshAnimal] = &[
    m("Badger", "Mochyn Daear"),
    f("Bee", "Gwenynen"),
    m("Dolphin", "Dolffin"),
    f("Dragon", "Draig"),
    f("Duck", "Hwyaden"),
    m("Fox", "Llwynog"),
    m("Frog", "Broga"),
    m("Hedgehog", "Draenog"),
    m("Koala", "Coala"),
    m("Lion", "Llew"),
    m("Otter", "Dyfrgi"),
    f("Owl", "Tylluan"),
    m("Panda", "Panda"),
    m("Penguin", "Pengwin"),
    f("Rabbit", "Cwningen"),
    m("Seal", "Morlo"),
    f("Squirrel", "Gwiwer"),
    m("Tiger", "Teigr"),
    m("Turtle", "Crwban"),
    m("Unicorn", "Uncorn"),
    m("Whale", "Morfil"),
    m("Zebra", "Sebra"),
    f("Kitten", "Cath Fach"),
    m("Puppy", "Ci Bach"),
    f("Pony", "Merlen"),
    m("Parrot", "Parot"),
    m("Hamster", "Bochdew"),
    m("Llama", "Lama"),
    f("Bear", "Arth"),
    m("Monkey", "Mwnci"),
    m("Elephant", "Eliffant"),
    m("Giraffe", "Jiráff"),
    m("Hippo", "Hipo"),
    m("Kangaroo", "Cangarŵ"),
    m("Sloth", "Diogyn"),
    m("Flamingo", "Fflamingo"),
    m("Peacock", "Paun"),
    m("Swan", "Alarch"),
    m("Butterfly", "Pili-pala"),
    f("Ladybird", "Buwch Goch Gota"),
    f("Snail", "Malwoden"),
    m("Octopus", "Octopws"),
    m("Crab", "Cranc"),
    m("Chick", "Cyw"),
    f("Mouse", "Llygoden"),
    m("Raccoon", "Racŵn"),
    m("Beaver", "Afanc"),
    f("Sheep", "Dafad"),
    m("Camel", "Camel"),
    m("Rhino", "Rheino"),
    m("Gorilla", "Gorila"),
    m("Dinosaur", "Deinosor"),
    m("Fish", "Pysgodyn"),
    f("Goat", "Gafr"),
    m("Deer", "Carw"),
    f("Hen", "Iâr"),
    f("Jellyfish", "Slefren Fôr"),
    m("Moose", "Elc"),
    m("Turkey", "Twrci"),
    f("Lizard", "Madfall"),
    // Retired: older cards and saves still carry them.
    m("Puffin", "Pâl"),
    m("Robin", "Robin Goch"),
];

pub const ADJECTIVES: &[WelshAdjective] = &[
    adj("Brave", "Dewr", "Ddewr"),
    adj("Bright", "Disglair", "Ddisglair"),
    adj("Bouncy", "Heini", "Heini"),
    adj("Calm", "Tawel", "Dawel"),
    adj("Clever", "Clyfar", "Glyfar"),
    adj("Cosy", "Clyd", "Glyd"),
    adj("Curious", "Chwilfrydig", "Chwilfrydig"),
    adj("Daring", "Mentrus", "Fentrus"),
    adj("Friendly", "Cyfeillgar", "Gyfeillgar"),
    adj("Gentle", "Addfwyn", "Addfwyn"),
    adj("Happy", "Hapus", "Hapus"),
    adj("Helpful", "Cymwynasgar", "Gymwynasgar"),
    adj("Jolly", "Llawen", "Lawen"),
    adj("Kind", "Caredig", "Garedig"),
    adj("Lively", "Bywiog", "Fywiog"),
    adj("Lucky", "Lwcus", "Lwcus"),
    adj("Mighty", "Nerthol", "Nerthol"),
    adj("Nimble", "Sionc", "Sionc"),
    adj("Patient", "Amyneddgar", "Amyneddgar"),
    adj("Quick", "Cyflym", "Gyflym"),
    adj("Quiet", "Distaw", "Ddistaw"),
    adj("Sunny", "Heulog", "Heulog"),
    adj("Super", "Gwych", "Wych"),
    adj("Swift", "Buan", "Fuan"),
    adj("Thoughtful", "Meddylgar", "Feddylgar"),
    adj("Wise", "Doeth", "Ddoeth"),
    adj("Zippy", "Chwim", "Chwim"),
    adj("Cheerful", "Siriol", "Siriol"),
    adj("Sparkly", "Pefriog", "Befriog"),
    adj("Steady", "Pwyllog", "Bwyllog"),
];

/// The animal whose English word is `en`, in Welsh.
pub fn animal(en: &str) -> Option<&'static WelshAnimal> {
    ANIMALS.iter().find(|a| a.en == en)
}

/// The adjective whose English word is `en`, in Welsh.
pub fn adjective(en: &str) -> Option<&'static WelshAdjective> {
    ADJECTIVES.iter().find(|a| a.en == en)
}

/// `nickname` ("Wise Owl") in Welsh ("Tylluan Ddoeth"), if both its words are in the tables.
pub fn nickname(nickname: &str) -> Option<String> {
    let (adj, noun) = nickname.split_once(' ')?;
    let (adj, noun) = (adjective(adj)?, animal(noun)?);
    let said = match noun.gender {
        Gender::Masculine => adj.radical,
        Gender::Feminine => adj.soft,
    };
    Some(format!("{} {said}", noun.cy))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn every_nickname_the_lists_make_has_one_welsh_form_of_its_own() {
        let animals =
            super::super::ANIMALS.iter().map(|a| a.word).chain(super::super::RETIRED_ANIMALS.iter().copied());
        let animals: Vec<&str> = animals.collect();
        let mut seen = HashSet::new();
        for adj in super::super::NICKNAME_ADJECTIVES {
            for animal in &animals {
                let english = format!("{adj} {animal}");
                let welsh = nickname(&english).unwrap_or_else(|| panic!("no Welsh for {english}"));
                assert_ne!(welsh, english);
                assert!(seen.insert(welsh.clone()), "{welsh} says two nicknames");
            }
        }
        // Each table has exactly the words the lists have, once.
        assert_eq!(ANIMALS.len(), animals.len());
        assert_eq!(ADJECTIVES.len(), super::super::NICKNAME_ADJECTIVES.len());
        assert_eq!(ANIMALS.iter().map(|a| a.cy).collect::<HashSet<_>>().len(), ANIMALS.len());
        assert_eq!(ADJECTIVES.iter().map(|a| a.radical).collect::<HashSet<_>>().len(), ADJECTIVES.len());
    }

    #[test]
    fn an_adjective_is_mutated_after_a_feminine_noun_only() {
        assert_eq!(nickname("Wise Owl").as_deref(), Some("Tylluan Ddoeth"));
        assert_eq!(nickname("Wise Fox").as_deref(), Some("Llwynog Doeth"));
        assert_eq!(nickname("Clever Kitten").as_deref(), Some("Cath Fach Glyfar"));
        assert_eq!(nickname("Clever Puppy").as_deref(), Some("Ci Bach Clyfar"));
        assert_eq!(nickname("Jolly Mouse").as_deref(), Some("Llygoden Lawen"));
        assert_eq!(nickname("Super Bear").as_deref(), Some("Arth Wych"));
        assert_eq!(nickname("Patient Raccoon").as_deref(), Some("Racŵn Amyneddgar"));
        assert_eq!(nickname("Happy Sheep").as_deref(), Some("Dafad Hapus"), "h does not mutate");
        assert_eq!(nickname("Jane Smith"), None);
        assert_eq!(nickname("Wise"), None);
    }

    /// The hand-written soft forms agree with the soft mutation (checked here, never used to
    /// make them): p→b, t→d, c→g, b→f, d→dd, g→(gone), m→f, ll→l, rh→r; others stay.
    #[test]
    fn the_soft_forms_written_by_hand_are_soft_mutations() {
        fn soft(word: &str) -> String {
            for (from, to) in [("Ch", "Ch"), ("Ll", "L"), ("Rh", "R"), ("Dd", "Dd"), ("Ff", "Ff")] {
                if let Some(rest) = word.strip_prefix(from) {
                    return format!("{to}{rest}");
                }
            }
            let mut chars = word.chars();
            let first = chars.next().unwrap_or(' ');
            let rest: String = chars.collect();
            match first {
                'P' => format!("B{rest}"),
                'T' => format!("D{rest}"),
                'C' => format!("G{rest}"),
                'B' => format!("F{rest}"),
                'D' => format!("Dd{rest}"),
                'M' => format!("F{rest}"),
                'G' => {
                    let mut r = rest.chars();
                    r.next().map(|c| c.to_uppercase().chain(r).collect()).unwrap_or_default()
                }
                _ => word.to_owned(),
            }
        }
        for a in ADJECTIVES {
            assert_eq!(a.soft, soft(a.radical), "{a:?}");
        }
    }
}
