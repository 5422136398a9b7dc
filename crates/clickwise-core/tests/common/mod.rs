//! A small, valid level used by the core tests, and helpers to break it on purpose.
#![allow(dead_code)]

use clickwise_core::load::load_level;
use clickwise_core::validate::AnyAssets;
use clickwise_core::{Level, Problems};

/// Three steps: `ask` ends (safe), goes to `sort` (unsure) or to `oops` (risky, with a
/// "what happened next" scene). The risky answers have scenes, as the play rules ask.
pub const GOOD: &str = r#"(
    id: "test-level",
    title: "Test level",
    phase: LowerKs2,
    topics: [StopThinkClick],
    objective: "I can ask for help.",
    teacher_notes: (
        discussion: ["Who could you ask?"],
        watch_for: ["Pupils who would click."],
        safeguarding: "Pass any concern to your Designated Safeguarding Lead.",
    ),
    intro: "{friend} gets a message.",
    icon: "popup",
    cast: [(role: "friend", avatars: ["fox"])],
    start: "ask",
    steps: [
        (
            id: "ask",
            mechanic: Choice((
                from: "friend",
                message: "Win a prize! Click now!",
                question: "What should {friend} do?",
                options: [
                    (id: "tell", text: "Tell an adult", outcome: Safe, points: 3, why: "An adult can check it."),
                    (id: "wait", text: "Wait and see", outcome: Unsure, points: 1, why: "Waiting is better than clicking.", next: "sort"),
                    (id: "click", text: "Click it", outcome: Risky, points: 0, why: "Prizes can be tricks.", next: "oops",
                        consequence: Some((beats: [(picture: "popup", count: 3, text: "More pop-ups appear.")], then: "{friend} stops and tells an adult."))),
                ],
            )),
        ),
        (
            id: "oops",
            mechanic: Choice((
                message: "The page asks for a password.",
                question: "What now?",
                options: [
                    (id: "adult", text: "Tell an adult now", outcome: Safe, points: 2, why: "It is never too late to tell."),
                    (id: "type", text: "Type the password", outcome: Risky, points: 0, why: "Passwords are private.",
                        consequence: Some((beats: [(who: Some("friend"), mood: Worried, picture: "popup", text: "Someone else can now get in.")], then: "{friend} tells an adult, who helps change it."))),
                ],
            )),
        ),
        (
            id: "sort",
            mechanic: Sort((
                task: "Which are tricks?",
                bins: [(id: "trick", text: "A trick"), (id: "fine", text: "Fine")],
                cards: [
                    (id: "prize", text: "You won a prize!", bin: "trick", why: "Surprise prizes are a trick."),
                    (id: "homework", text: "Homework is due", bin: "fine", why: "This is an ordinary message."),
                ],
            )),
        ),
    ],
    help: "If something worries you, tell an adult you trust.",
)"#;

pub fn good_level() -> Level {
    load_level(GOOD, "good.level.ron", &AnyAssets).expect("the test level is valid")
}

/// Loads `GOOD` with one substring replaced, and returns its problems.
pub fn problems_after(from: &str, to: &str) -> Problems {
    assert!(GOOD.contains(from), "test bug: `{from}` not in the level");
    let source = GOOD.replacen(from, to, 1);
    load_level(&source, "broken.level.ron", &AnyAssets).expect_err("the broken level should be rejected")
}

/// 1-based line number of the first line containing `needle` in `text`.
pub fn line_of(text: &str, needle: &str) -> usize {
    text.lines().position(|l| l.contains(needle)).expect("needle present") + 1
}

/// The fixed words of the teacher's English finding sentences (`finding-…` in
/// `server.ftl`, each piece between its variables that has a letter in it, such as
/// "Missed the clue “" or "” for “"), and each feed move's English button words in quotes:
/// none of them may appear in a Welsh finding.
pub fn english_frames() -> Vec<String> {
    use clickwise_core::i18n::{Arg, server};
    const MARK: &str = "\u{E000}";
    let english = server(clickwise_core::Lang::En);
    let variables = ["text", "label", "effect", "card", "box", "right", "move", "from", "contact", "said"];
    let args: Vec<(&str, Arg)> = variables.iter().map(|v| (*v, MARK.into())).collect();
    let keys = [
        "finding-missed-clue",
        "finding-picked-fine",
        "finding-wrong-box",
        "finding-left-on",
        "finding-set-to",
        "finding-feed",
        "finding-said",
    ];
    let mut frames: Vec<String> = keys
        .iter()
        .flat_map(|key| {
            let sentence = english.format(key, &args);
            assert!(sentence.contains(MARK), "{key} is an English sentence with variables: {sentence}");
            sentence.split(MARK).map(str::to_owned).collect::<Vec<_>>()
        })
        .filter(|piece| piece.chars().any(char::is_alphabetic))
        .collect();
    frames.extend(clickwise_core::FeedMove::ALL.iter().map(|m| format!("“{}”", m.label())));
    frames
}
