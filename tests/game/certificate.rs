//! The home Champion certificate page the game opens (`web/certificate.html` and its
//! script): every word it shows is there in English and in Welsh, it follows the `lang`
//! the game's link gives, and it asks nothing of any other website.

const HTML: &str = include_str!("../../web/certificate.html");
const SCRIPT: &str = include_str!("../../web/certificate.js");

/// The script's words for one language: from its `en: {` or `cy: {` to the block's end.
fn block(lang: &str) -> &'static str {
    let start = SCRIPT.find(&format!("    {lang}: {{")).unwrap_or_else(|| panic!("a `{lang}` block"));
    let end = start + SCRIPT[start..].find("\n    },").expect("the block ends");
    &SCRIPT[start..end]
}

/// The keys the page's elements ask for (`data-say="…"`).
fn keys() -> Vec<&'static str> {
    HTML.split("data-say=\"").skip(1).filter_map(|rest| rest.split('"').next()).collect()
}

#[test]
fn every_word_on_the_certificate_is_in_english_and_welsh() {
    let keys = keys();
    assert!(keys.len() >= 9, "{keys:?}");
    for lang in ["en", "cy"] {
        let words = block(lang);
        for key in keys.iter().chain(&["played", "no-name", "no-world", "no-ages", "months", "htmlLang"]) {
            let said =
                words.contains(&format!("\n      {key}:")) || words.contains(&format!("\n      \"{key}\":"));
            assert!(said, "`{key}` has words in `{lang}`");
        }
    }
    let welsh = block("cy");
    for w in
        ["Pencampwr Clickwise", "ysgrifenna dy enw yma", "Dyddiad", "Argraffu", "Rhagfyr", "htmlLang: \"cy\""]
    {
        assert!(welsh.contains(w), "the Welsh says “{w}”");
    }
    for english in ["Champion", "Print", "December", "write your name"] {
        assert!(!welsh.contains(english), "no English “{english}” in the Welsh");
    }
    // The link's words go into the sentence in both languages.
    for lang in ["en", "cy"] {
        let played = block(lang).split("played: ").nth(1).unwrap().lines().next().unwrap();
        for part in ["{name}", "{world}", "{ages}"] {
            assert!(played.contains(part), "{lang}: {played}");
        }
    }
    assert!(SCRIPT.contains("WORDS[q.get(\"lang\")] || WORDS.en"), "it follows ?lang=, English otherwise");
}

#[test]
fn the_certificate_asks_nothing_of_any_other_website() {
    for (file, text) in [("certificate.html", HTML), ("certificate.js", SCRIPT)] {
        for outside in ["http:", "https:", "src=\"//", "href=\"//", "fetch(", "XMLHttpRequest"] {
            assert!(!text.contains(outside), "{file} has “{outside}”");
        }
    }
}
