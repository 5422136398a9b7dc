//! What a teacher is shown of a first try: every mechanic's mistakes in words with their
//! question, placeholders filled in, flags from the first try only, and the class's
//! "Talk about in class" with each pupil counted once.

use clickwise_core::insight::{FindingKind, Words, first_try_findings, flagged, risky_choices, talk_points};
use clickwise_core::load::load_level;
use clickwise_core::scoring::{ChoiceRecord, FirstTry, score};
use clickwise_core::validate::AnyAssets;
use clickwise_core::{Lang, Level, Outcome};

mod common;

const EVERY_MECHANIC: &str = include_str!("data/every-mechanic.level.ron");

/// The fixture with its recurring characters named, as the world file would name them.
fn level() -> Level {
    let mut level = load_level(EVERY_MECHANIC, "every-mechanic.level.ron", &AnyAssets).unwrap();
    for (role, name) in [("child", "Ava"), ("friend", "Leo")] {
        level.cast.iter_mut().find(|c| c.role == role).unwrap().names = vec![name.into()];
    }
    level
}

fn record(step: &str, option: &str, picks: &[&str]) -> ChoiceRecord {
    ChoiceRecord {
        step: step.into(),
        option: option.into(),
        picks: picks.iter().map(|p| p.to_string()).collect(),
        ..Default::default()
    }
}

/// Every step played the risky way: a flagged answer, a wrong clue, a secret kept, the
/// settings left open, two cards in the wrong box, "Nobody", and the street message opened.
fn riskiest() -> Vec<ChoiceRecord> {
    vec![
        record("ask", "tell", &[]),
        record("clues", "click", &["day"]),
        record("chat", "", &["thanks", "ok"]),
        record("settings", "", &[]),
        record("sort", "", &["colour=private", "address=ok", "pet=ok"]),
        record("report", "", &["who=nobody"]),
        record("feed", "", &["level=open", "street=open", "coins=ignore"]),
    ]
}

fn safest() -> Vec<ChoiceRecord> {
    vec![
        record("ask", "keep", &[]),
        record("clues", "ask", &["sender", "rush"]),
        record("chat", "", &["thanks", "no"]),
        record("settings", "", &["where=off", "account=private"]),
        record("sort", "", &["colour=ok", "address=private", "pet=ok"]),
        record("report", "", &["who=mum"]),
        record("feed", "", &["level=open", "street=ignore", "coins=ask"]),
    ]
}

#[test]
fn every_mechanics_mistakes_are_in_words_with_their_question() {
    let level = level();
    let log = riskiest();
    let s = score(&level, &log).expect("a real walk");
    let found: Vec<(FindingKind, String, String, Outcome, Option<String>)> =
        first_try_findings(&level, Lang::En, &log)
            .into_iter()
            .map(|f| (f.kind, f.question, f.choice, f.outcome, f.flag))
            .collect();
    use FindingKind::*;
    use Outcome::*;
    let some = |s: &str| Some(s.to_owned());
    let expected = vec![
        (
            Answer,
            "What should Ava do?",
            "Tell Leo. He is a best friend.",
            Risky,
            some("Telling a friend a password"),
        ),
        (ClueMissed, "Tap the parts that look wrong.", "Missed the clue “prize@win-now.biz”", Unsure, None),
        (
            PartPicked,
            "Tap the parts that look wrong.",
            "Picked “Sent on a school day” as a clue, though it was fine",
            Unsure,
            None,
        ),
        (
            ClueMissed,
            "Tap the parts that look wrong.",
            "Missed the clue “Tap in 5 minutes or lose it!”",
            Unsure,
            None,
        ),
        (Answer, "What should Ava do?", "Tap the link", Risky, None),
        (
            Reply,
            "Star Builder said: “Let's keep our chat a secret. Don't tell your mum.”",
            "OK, I won't tell",
            Risky,
            some("Agreeing to keep a chat secret from a grown-up"),
        ),
        (
            Setting,
            "Help Ava set up the game.",
            "Left “Show where I am” on “On”: All the players can see where Ava is.",
            Risky,
            some("Letting every player see where they are"),
        ),
        (
            Setting,
            "Help Ava set up the game.",
            "Left “Account” on “Public”: Anyone can see what Ava makes.",
            Risky,
            None,
        ),
        (
            Card,
            "What can Ava share in the game?",
            "Put “Best colour” in “Keep private” (it belongs in “OK to share”)",
            Unsure,
            None,
        ),
        (
            Card,
            "What can Ava share in the game?",
            "Put “Home address” in “OK to share” (it belongs in “Keep private”)",
            Unsure,
            some("Sorting a home address as OK to share"),
        ),
        (
            Answer,
            "Who can Ava tell?",
            "Nobody",
            Unsure,
            some("Thinking there is nobody to tell about a worry"),
        ),
        (
            FeedItem,
            "What should Ava do with each one?",
            "Chose “Open it” for “What street do you live on?” from Star Builder",
            Risky,
            some("Opening a message asking what street they live on"),
        ),
    ];
    let expected: Vec<_> =
        expected.into_iter().map(|(k, q, c, o, f)| (k, q.to_owned(), c.to_owned(), o, f)).collect();
    assert_eq!(found, expected);
    assert_eq!(
        risky_choices(&level, &log).len() as u32,
        s.risky,
        "as many risky choices as the score counts"
    );
}

#[test]
fn the_safest_walk_has_nothing_to_talk_about() {
    let level = level();
    assert_eq!(score(&level, &safest()).unwrap().stars, 3);
    assert_eq!(first_try_findings(&level, Lang::En, &safest()), []);
}

#[test]
fn flags_come_from_the_first_try_and_are_not_scores() {
    let level = level();
    let mut log = safest();
    // The password told, then rewound to the safe answer: the first try is flagged.
    log[0] = ChoiceRecord {
        first: Some(FirstTry { option: "tell".into(), picks: vec![] }),
        ..record("ask", "keep", &[])
    };
    let notes: Vec<String> = flagged(&level, Lang::En, &log).into_iter().filter_map(|f| f.flag).collect();
    assert_eq!(notes, ["Telling a friend a password"]);
    let s = score(&level, &log).unwrap();
    assert_eq!(s.stars, 2, "still two stars, and flagged all the same");
    // The safe answer first, then the risky one after rewinding: nothing to flag.
    log[0] = ChoiceRecord {
        first: Some(FirstTry { option: "keep".into(), picks: vec![] }),
        ..record("ask", "tell", &[])
    };
    assert_eq!(flagged(&level, Lang::En, &log), []);
    // A card in a wrong box that the flag doesn't name is a mistake, not a flag.
    let mut log = safest();
    log[4] = record("sort", "", &["colour=private", "address=private", "pet=ok"]);
    let found = first_try_findings(&level, Lang::En, &log);
    assert_eq!((found.len(), found[0].flag.clone()), (1, None));
}

#[test]
fn what_does_not_fit_is_skipped_not_a_panic() {
    let level = level();
    let mut log = riskiest();
    log[0].option = "made-up".into();
    log[3].picks = vec!["where=nowhere".into()];
    log[4].picks.push("ghost=ok".into());
    log[6].picks = vec!["street=fly".into()];
    log.push(record("no-such-step", "x", &[]));
    let found = first_try_findings(&level, Lang::En, &log);
    assert!(found.iter().all(|f| f.step != "ask" && f.step != "feed"), "{found:#?}");
    let settings: Vec<&str> =
        found.iter().filter(|f| f.step == "settings").map(|f| f.choice.as_str()).collect();
    assert_eq!(
        settings,
        ["Left “Account” on “Public”: Anyone can see what Ava makes."],
        "the unknown option is skipped"
    );
    assert_eq!(found.iter().filter(|f| f.step == "sort").count(), 2, "the unknown card is skipped");
}

#[test]
fn talk_points_count_each_pupil_once_most_made_first() {
    let level = level();
    let (risky, safe) = (riskiest(), safest());
    let mut one_card = safest();
    one_card[4] = record("sort", "", &["colour=ok", "address=ok", "pet=ok"]);
    let tries = [
        (1, &level, &risky[..]),
        (2, &level, &one_card[..]),
        (1, &level, &risky[..]),
        (3, &level, &safe[..]),
    ];
    let points = talk_points(Lang::En, tries);
    assert_eq!(points.len(), 12);
    assert_eq!(
        points[0].finding.choice,
        "Put “Home address” in “OK to share” (it belongs in “Keep private”)"
    );
    assert_eq!(points[0].pupils, [1, 2], "the most-made choice first, each pupil once");
    assert!(points[1..].iter().all(|p| p.pupils == [1]));
    assert_eq!(points[1].finding.outcome, Outcome::Risky, "risky before unsure on a tie");
    assert!(points.iter().all(|p| p.level_id == "every-mechanic"));
}

#[test]
fn placeholders_and_discussion_questions_read_with_names() {
    let named = level();
    let words = Words::of(&named, Lang::En);
    assert_eq!(words.discussion(&named), ["What can Ava keep private?", "Who can Ava tell?"]);
    // Without the world file a recurring character is "the child", never `{child}`.
    let bare = load_level(EVERY_MECHANIC, "every-mechanic.level.ron", &AnyAssets).unwrap();
    assert_eq!(Words::of(&bare, Lang::En).discussion(&bare)[1], "Who can the child tell?");
}

#[test]
fn a_welsh_teacher_reads_every_finding_in_welsh_sentences() {
    // The fixture has no Welsh of its own, so its words stay English: the sentences
    // around them must still be Welsh, and no English sentence frame may be left.
    let level = level();
    let (en, cy) = (
        first_try_findings(&level, Lang::En, &riskiest()),
        first_try_findings(&level, Lang::Cy, &riskiest()),
    );
    let shape = |f: &clickwise_core::insight::Finding| (f.step.clone(), f.kind, f.outcome, f.flag.is_some());
    assert_eq!(cy.iter().map(shape).collect::<Vec<_>>(), en.iter().map(shape).collect::<Vec<_>>());
    let open = clickwise_core::i18n::game(Lang::Cy).get("feed-move-open");
    let said = |f: &clickwise_core::insight::Finding| [f.question.clone(), f.choice.clone()];
    let all: Vec<String> = cy.iter().flat_map(said).collect();
    for expected in [
        "Wedi methu'r cliw “prize@win-now.biz”".to_owned(),
        "Wedi dewis “Sent on a school day” fel cliw, er ei fod yn iawn".to_owned(),
        "Dywedodd Star Builder: “Let's keep our chat a secret. Don't tell your mum.”".to_owned(),
        "Wedi gadael “Show where I am” ar “On”: All the players can see where Ava is.".to_owned(),
        "Wedi rhoi “Home address” yn “OK to share” (mae'n perthyn yn “Keep private”)".to_owned(),
        format!("Wedi dewis “{open}” ar gyfer “What street do you live on?” gan Star Builder"),
    ] {
        assert!(all.contains(&expected), "{expected} in {all:#?}");
    }
    for frame in common::english_frames() {
        for words in &all {
            assert!(!words.contains(&frame), "the English “{frame}” in a Welsh finding: {words}");
        }
    }
}

#[test]
fn shipped_feeds_welsh_findings_are_welsh_throughout() {
    // A shipped level has Welsh for every text: its Welsh findings carry none of the
    // English, neither the level's words nor the sentences around them. Every feed item
    // opened makes findings in each level with a feed.
    let report = clickwise_core::catalogue::check_folder(std::path::Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../levels"
    )));
    let world = report.world.expect("the shipped world");
    let mut checked = 0;
    for mut level in report.levels {
        world.resolve_cast(&mut level);
        let feed = level.steps.iter().find_map(|s| match &s.mechanic {
            clickwise_core::Mechanic::Feed(f) => Some((s.id.clone(), f)),
            _ => None,
        });
        let Some((step, feed)) = feed else { continue };
        let picks: Vec<String> = feed.items.iter().map(|i| format!("{}=open", i.id)).collect();
        let log = vec![ChoiceRecord { step, picks, ..Default::default() }];
        let (en, cy) =
            (first_try_findings(&level, Lang::En, &log), first_try_findings(&level, Lang::Cy, &log));
        assert_eq!(cy.len(), en.len(), "{}", level.id);
        for (en, cy) in en.iter().zip(&cy) {
            assert_ne!((&en.question, &en.choice), (&cy.question, &cy.choice), "{}", level.id);
            assert!(en.flag.is_none() || en.flag != cy.flag, "{}: {:?}", level.id, cy.flag);
            for frame in common::english_frames() {
                assert!(!cy.choice.contains(&frame), "{}: {}", level.id, cy.choice);
            }
            checked += 1;
        }
    }
    assert!(checked > 5, "opening every item of every feed finds {checked} risky or unsure choices");
}
