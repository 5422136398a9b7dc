//! The animals' pictures, built into the server so printed login cards, certificates and
//! the home pack show them crisply at any size (SVG) and need nothing else from the web
//! build. The same Twemoji art the game draws (`assets/art/`, CC-BY 4.0).

use maud::{Markup, PreEscaped, html};

macro_rules! art {
    ($($name:literal,)*) => {
        &[$(($name, include_str!(concat!("../../../../assets/art/", $name, ".svg"))),)*]
    };
}

/// (picture name, SVG), for every animal in `clickwise_core::names::ANIMALS`.
const ART: &[(&str, &str)] = art![
    "badger",
    "bee",
    "dolphin",
    "dragon",
    "duck",
    "fox",
    "frog",
    "hedgehog",
    "koala",
    "lion",
    "otter",
    "owl",
    "panda",
    "penguin",
    "rabbit",
    "seal",
    "squirrel",
    "tiger",
    "turtle",
    "unicorn",
    "whale",
    "zebra",
    "cat",
    "dog",
    "pony",
    "parrot",
    "hamster",
    "llama",
    "bear",
    "monkey",
    "elephant",
    "giraffe",
    "hippo",
    "kangaroo",
    "sloth",
    "flamingo",
    "peacock",
    "swan",
    "butterfly",
    "ladybird",
    "snail",
    "octopus",
    "crab",
    "chick",
    "mouse",
    "raccoon",
    "beaver",
    "sheep",
    "camel",
    "rhino",
    "gorilla",
    "dinosaur",
    "fish",
    "goat",
    "deer",
    "hen",
    "jellyfish",
    "moose",
    "turkey",
    "lizard",
];

/// The SVG of the animal picture `name`, if the server has it.
pub fn svg(name: &str) -> Option<&'static str> {
    ART.iter().find(|(n, _)| *n == name).map(|(_, svg)| *svg)
}

/// The picture, `size` CSS pixels square, named for screen readers by `alt` (empty: it is
/// decoration beside the words that say the same). An unknown name shows nothing.
pub fn picture(name: &str, alt: &str, size: u32) -> Markup {
    let Some(svg) = svg(name) else { return html! {} };
    // The art is our own file, a single <svg> element; give it a size and a name.
    let named = if alt.is_empty() {
        format!(r#"<svg class="animal" width="{size}" height="{size}" aria-hidden="true" "#)
    } else {
        let alt = maud::html! { (alt) }.into_string();
        format!(r#"<svg class="animal" width="{size}" height="{size}" role="img" aria-label="{alt}" "#)
    };
    html! { (PreEscaped(svg.replacen("<svg ", &named, 1))) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_animal_has_its_picture_built_in() {
        for a in clickwise_core::names::ANIMALS {
            assert!(svg(a.picture).is_some_and(|s| s.starts_with("<svg ")), "{}", a.picture);
        }
        let drawn = picture("panda", "a panda \"quoted\"", 80).into_string();
        assert!(drawn.starts_with(r#"<svg class="animal" width="80" height="80" role="img" aria-label="a panda &quot;quoted&quot;" "#), "{drawn}");
        assert_eq!(picture("no-such-animal", "", 80).into_string(), "");
    }
}
