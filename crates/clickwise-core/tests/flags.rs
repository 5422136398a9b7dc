//! The checker's flag rules: a level that forgets to flag a choice a teacher would want a
//! word about fails, and a flag is only ever a short, calm note on a choice that isn't safe.

mod common;
use clickwise_core::load::load_level;
use clickwise_core::validate::AnyAssets;
use common::*;

const EVERY_MECHANIC: &str = include_str!("data/every-mechanic.level.ron");

fn messages(source: &str) -> Vec<String> {
    match load_level(source, "x.level.ron", &AnyAssets) {
        Ok(_) => Vec::new(),
        Err(p) => p.0.into_iter().map(|p| format!("{}:{}: {}", p.line, p.col, p.message)).collect(),
    }
}

fn flag_problems(source: &str) -> Vec<String> {
    messages(source).into_iter().filter(|m| m.contains("flag")).collect()
}

const CLICK: &str = r#"(id: "click", text: "Click it", outcome: Risky,"#;

#[test]
fn a_risky_answer_about_keeping_a_secret_must_be_flagged() {
    let forgot = GOOD.replace(CLICK, r#"(id: "click", text: "Keep it a secret", outcome: Risky,"#);
    let problems = flag_problems(&forgot);
    assert_eq!(problems.len(), 1, "{problems:#?}");
    let line = line_of(&forgot, r#"id: "click""#);
    assert!(problems[0].starts_with(&format!("{line}:")), "{problems:?}");
    assert!(problems[0].contains("`click` is risky and about keeping a secret"), "{problems:?}");
    let flagged = GOOD.replace(
        CLICK,
        r#"(id: "click", text: "Keep it a secret", outcome: Risky, flag: Some("Keeping a prize secret from grown-ups"),"#,
    );
    assert_eq!(messages(&flagged), Vec::<String>::new(), "flagged, the level is valid");
}

#[test]
fn a_risky_answer_about_nothing_worrying_needs_no_flag() {
    assert!(messages(GOOD).is_empty(), "clicking a prize is for class, not a quiet word");
}

#[test]
fn a_flag_sits_only_on_a_choice_that_is_not_safe() {
    let on_safe = GOOD.replace(
        r#"(id: "tell", text: "Tell an adult", outcome: Safe,"#,
        r#"(id: "tell", text: "Tell an adult", outcome: Safe, flag: Some("Telling an adult"),"#,
    );
    let problems = flag_problems(&on_safe);
    assert!(problems.iter().any(|p| p.contains("`tell` is safe, so it can't be flagged")), "{problems:?}");
}

#[test]
fn a_flags_note_is_short_and_calm() {
    let alarming = GOOD.replace(CLICK, &format!("{CLICK} flag: Some(\"This child is at risk\"),"));
    assert!(flag_problems(&alarming).iter().any(|p| p.contains("says \"at risk\"")), "{alarming}");
    let long = "Clicking on a prize link that came out of nowhere in a message from a friend they trust";
    let wordy = GOOD.replace(CLICK, &format!("{CLICK} flag: Some(\"{long}\"),"));
    assert!(flag_problems(&wordy).iter().any(|p| p.contains("at most 14")));
    let placeholder = GOOD.replace(CLICK, &format!("{CLICK} flag: Some(\"Clicking for {{nobody}}\"),"));
    assert!(messages(&placeholder).iter().any(|p| p.contains("`{nobody}` is not a cast role")));
}

const SORT: &str = r#"bins: [(id: "trick", text: "A trick"), (id: "fine", text: "Fine")],
                cards: [
                    (id: "prize", text: "You won a prize!", bin: "trick", why: "Surprise prizes are a trick."),"#;

fn private_sort(flag: &str) -> String {
    let sort = format!(
        r#"bins: [(id: "ok", text: "OK to share"), (id: "private", text: "Keep private")],
                cards: [
                    (id: "prize", text: "My home", bin: "private",{flag} why: "Where we live is private."),"#
    );
    GOOD.replace(SORT, &sort).replace(r#"bin: "fine""#, r#"bin: "ok""#)
}

#[test]
fn a_card_that_belongs_in_a_private_box_is_flagged_for_the_open_box() {
    let forgot = private_sort("");
    let problems = flag_problems(&forgot);
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert!(problems[0].contains("card `prize` (its box) is worth a word when put in ok"), "{problems:?}");
    let own_bin = private_sort(r#" flag: Some((bins: "private", note: "Sorting a home as OK")),"#);
    let problems = flag_problems(&own_bin);
    assert!(problems.iter().any(|p| p.contains("flag bin `private` must be another bin")), "{problems:?}");
    assert!(problems.iter().any(|p| p.contains("must name the open bin `ok`")), "{problems:?}");
    let right = private_sort(r#" flag: Some((bins: ["ok"], note: "Sorting a home as OK to share")),"#);
    assert!(messages(&right).is_empty(), "{:?}", messages(&right));
}

#[test]
fn a_risky_reply_to_a_warning_sign_must_be_flagged() {
    let chat = |reply_flag: &str| {
        let step = format!(
            r#"mechanic: Chat((
                contact: "friend",
                start: "hi",
                turns: [(
                    id: "hi",
                    says: ["Can you keep a secret from your family?"],
                    sign: Some(KeepSecret),
                    replies: [
                        (id: "no", text: "No, I tell my family", outcome: Safe, points: 1, why: "Yes."),
                        (id: "sure", text: "Sure", outcome: Risky,{reply_flag} points: 0, why: "A secret like this is a sign."),
                    ],
                )],
            )),
            consequence: Some((beats: [(picture: "popup", text: "More messages come.")], then: "{{friend}} tells an adult.")),"#
        );
        let start = GOOD.find("mechanic: Sort((").unwrap();
        let end = GOOD[start..].find("\n        ),").unwrap() + start;
        format!("{}{step}{}", &GOOD[..start], &GOOD[end..])
    };
    let problems = flag_problems(&chat(""));
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert!(problems[0].contains("`sure` is risky and about a warning sign from a person"), "{problems:?}");
    let flagged = chat(r#" flag: Some("Agreeing to keep a secret from family"),"#);
    assert!(messages(&flagged).is_empty(), "{:?}", messages(&flagged));
}

#[test]
fn a_feed_item_asking_where_someone_lives_must_be_flagged() {
    assert!(messages(EVERY_MECHANIC).is_empty(), "{:?}", messages(EVERY_MECHANIC));
    let forgot =
        EVERY_MECHANIC.replace(r#"flag: Some("Opening a message asking what street they live on"), "#, "");
    let problems = flag_problems(&forgot);
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert!(problems[0].contains("`street` is risky and about personal information"), "{problems:?}");
}

#[test]
fn a_level_teaching_a_safeguarding_statement_flags_at_least_one_choice() {
    let levels = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../levels/curriculum.ron");
    let source = std::fs::read_to_string(levels).unwrap();
    let curriculum = clickwise_core::curriculum::Curriculum::parse(&source, "curriculum.ron").unwrap();
    assert!(curriculum.statement("or-lks2-report").is_some_and(|s| s.safeguarding));
    let check = |level_source: &str| {
        let level = load_level(level_source, "x.level.ron", &AnyAssets).unwrap();
        curriculum.check_level(&level, level_source, "x.level.ron")
    };
    let teaching = |statement: &str| {
        GOOD.replace(
            "topics: [StopThinkClick],",
            &format!("topics: [StopThinkClick],\n    statements: [\"{statement}\"],"),
        )
    };
    let problems = check(&teaching("or-lks2-report"));
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0]
            .message
            .contains("teaches `or-lks2-report`, a safeguarding statement, but flags no choice")
    );
    assert_eq!(problems[0].line, line_of(&teaching("or-lks2-report"), "or-lks2-report"));
    let flagged =
        teaching("or-lks2-report").replace(CLICK, &format!("{CLICK} flag: Some(\"Clicking a prize link\"),"));
    assert!(check(&flagged).is_empty(), "one flag is enough");
    assert!(check(&teaching("ms-lks2-phishing")).is_empty(), "not a safeguarding statement");
}
