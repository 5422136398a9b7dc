//! Scoring and validation of the mechanics beyond `Choice`, on the shipped levels (so the
//! content pupils play is what is tested) and on broken copies of them.

use clickwise_core::load::load_level;
use clickwise_core::scoring::{ChoiceRecord, ItemKind, LevelRun, ScoreError, max_points, score, score_step};
use clickwise_core::validate::AnyAssets;
use clickwise_core::*;

fn source(file: &str) -> String {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../levels/").to_owned() + file;
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn level(file: &str) -> Level {
    load_level(&source(file), file, &AnyAssets).expect("a shipped level is valid")
}

/// The problems in `file` after replacing `from` with `to` once.
fn problems_after(file: &str, from: &str, to: &str) -> String {
    let src = source(file);
    assert!(src.contains(from), "test bug: `{from}` not in {file}");
    let broken = src.replacen(from, to, 1);
    load_level(&broken, file, &AnyAssets).expect_err("the broken level should be rejected").to_string()
}

fn rec(step: &str, option: &str, picks: &[&str]) -> ChoiceRecord {
    ChoiceRecord {
        step: step.into(),
        option: option.into(),
        picks: picks.iter().map(|p| p.to_string()).collect(),
        ..Default::default()
    }
}

const SPOT: &str = "ks1-spot-the-trick.level.ron";
const CHAT: &str = "ks1-game-chat.level.ron";

#[test]
fn spot_clues_scores_clues_found_minus_false_alarms_plus_the_decision() {
    let l = level(SPOT);
    let who = rec("who", "", &["tell=grown-up"]);
    let all = score(&l, &[rec("look", "ask", &["prize", "hurry"]), who.clone()]).unwrap();
    assert_eq!(all.points, 2 + 3 + 3);
    assert_eq!(all.points, max_points(&l));
    let one_and_a_false_alarm = score(&l, &[rec("look", "ask", &["prize", "title"]), who.clone()]).unwrap();
    assert_eq!(one_and_a_false_alarm.points, 3 + 3, "1 found - 1 false alarm + 3");
    let none_and_press = score(&l, &[rec("look", "press", &[]), who.clone()]).unwrap();
    assert_eq!((none_and_press.points, none_and_press.risky), (3, 1));
    assert!(matches!(
        score(&l, &[rec("look", "ask", &["nope"]), who]),
        Err(ScoreError::BadRecord { problem, .. }) if problem.contains("no part `nope`")
    ));
}

#[test]
fn spot_clues_feedback_names_each_clue_and_why() {
    let l = level(SPOT);
    let mut run = LevelRun::new(&l);
    let r = run.submit(rec("look", "ask", &["prize", "title"])).unwrap();
    let kinds: Vec<ItemKind> = r.items.iter().map(|i| i.kind).collect();
    assert_eq!(kinds, [ItemKind::FalseAlarm, ItemKind::ClueFound, ItemKind::ClueMissed, ItemKind::Answer]);
    assert!(r.items[2].why.en.contains("Rushing"), "a missed clue says why it is one");
}

#[test]
fn a_variant_is_scored_against_the_version_shown() {
    let l = level(SPOT);
    let mut look = rec("look", "ask", &["sender", "sweets"]);
    assert!(
        score(&l, &[look.clone(), rec("who", "", &["tell=grown-up"])]).is_err(),
        "not parts of version 0"
    );
    look.variant = 1;
    let s = score(&l, &[look, rec("who", "", &["tell=grown-up"])]).unwrap();
    assert_eq!(s.points, max_points(&l), "both versions are worth the same");
}

fn chat_rest() -> Vec<ChoiceRecord> {
    let share = ["colour=ok", "home=private", "school=private", "animal=ok", "password=private"];
    vec![rec("share", "", &share), rec("settings", "", &["chat=friends", "where=off"])]
}

#[test]
fn chat_safety_buttons_score_most_once_a_warning_sign_shows() {
    let l = level(CHAT);
    let run = |chat: ChoiceRecord| {
        let mut log = vec![chat];
        log.extend(chat_rest());
        score(&l, &log).unwrap()
    };
    // Telling a grown-up at the first warning sign earns the most: everything the rest of
    // the chat could have earned. Saying no, then telling, is just as good.
    let at_the_secret = run(rec("chat", "tell", &["thanks"]));
    assert_eq!(at_the_secret.points, max_points(&l));
    let refused = run(rec("chat", "tell", &["thanks", "no"]));
    assert_eq!(refused.points, 1 + 1 + SAFETY_POINTS + 5 + 2);
    assert_eq!(refused.points, max_points(&l));
    let shared = run(rec("chat", "tell", &["name"]));
    assert!(shared.points < max_points(&l), "a risky reply before telling still costs its points");
    let early = run(rec("chat", "block", &[]));
    assert_eq!(early.points, EARLY_SAFETY_POINTS + 5 + 2);
    assert_eq!(early.risky, 0, "a safety button is never risky");
    let told_the_school = run(rec("chat", "", &["name", "school"]));
    assert_eq!((told_the_school.points, told_the_school.risky), (7, 2));
}

#[test]
fn a_chat_log_must_follow_the_conversation() {
    let l = level(CHAT);
    let with = |chat: ChoiceRecord| {
        let mut log = vec![chat];
        log.extend(chat_rest());
        score(&l, &log)
    };
    let err = |r: Result<_, ScoreError>| r.expect_err("should be refused").to_string();
    assert!(err(with(rec("chat", "", &["thanks"]))).contains("not finished"));
    assert!(err(with(rec("chat", "", &["thanks", "school", "no"]))).contains("after the chat ended"));
    assert!(err(with(rec("chat", "shout", &[]))).contains("not a safety button"));
    assert!(err(with(rec("chat", "", &["school"]))).contains("no reply `school`"));
}

#[test]
fn settings_score_each_setting_against_its_safe_target() {
    let l = level(CHAT);
    let chat = rec("chat", "tell", &["thanks"]);
    let share = chat_rest().remove(0);
    let with = |settings: &[&str]| score(&l, &[chat.clone(), share.clone(), rec("settings", "", settings)]);
    let left_alone = with(&[]).unwrap();
    let all_safe = with(&["chat=friends", "where=off"]).unwrap();
    assert_eq!(all_safe.points - left_alone.points, 2, "one point per safe setting");
    assert_eq!(left_alone.risky, 2, "both start unsafe");
    assert!(with(&["where=maybe"]).unwrap_err().to_string().contains("has no option `maybe`"));
    assert!(with(&["where"]).unwrap_err().to_string().contains("name=value"));
}

#[test]
fn sorting_scores_each_card_and_needs_every_card_once() {
    let l = level(CHAT);
    let chat = rec("chat", "tell", &["thanks"]);
    let settings = chat_rest().remove(1);
    let with = |cards: &[&str]| score(&l, &[chat.clone(), rec("share", "", cards), settings.clone()]);
    let right =
        with(&["colour=ok", "home=private", "school=private", "animal=ok", "password=private"]).unwrap();
    let two_wrong = with(&["colour=ok", "home=ok", "school=ok", "animal=ok", "password=private"]).unwrap();
    assert_eq!(right.points - two_wrong.points, 2);
    assert!(with(&["colour=ok"]).unwrap_err().to_string().contains("was not sorted"));
    assert!(with(&["colour=ok", "colour=private"]).unwrap_err().to_string().contains("placed twice"));
}

#[test]
fn a_report_needs_every_question_answered() {
    // Any shipped Report step will do: every question answered scores; one left out doesn't.
    let l = level("lks2-fishy-email.level.ron");
    let (step, report) = l
        .steps
        .iter()
        .find_map(|s| match &s.mechanic {
            Mechanic::Report(r) => Some((s, r)),
            _ => None,
        })
        .expect("the fishy email has a practice report");
    let answers: Vec<String> =
        report.questions.iter().map(|q| format!("{}={}", q.id, q.answers[0].id)).collect();
    let all = ChoiceRecord { step: step.id.clone(), picks: answers.clone(), ..Default::default() };
    assert!(score_step(&step.mechanic, &all).is_ok());
    let missing = ChoiceRecord { step: step.id.clone(), picks: answers[..1].to_vec(), ..Default::default() };
    let err = score_step(&step.mechanic, &missing).unwrap_err();
    assert!(err.contains(&format!("question `{}` was not answered", report.questions[1].id)), "{err}");
}

#[test]
fn the_checker_rejects_broken_mechanics_with_their_line() {
    // The first version's two clues taken out, whether written in English only or with Welsh.
    let src = without_clue(&without_clue(&source(SPOT)));
    let err = load_level(&src, SPOT, &AnyAssets).unwrap_err().to_string();
    assert!(err.contains("step `look` needs at least one clue"), "{err}");
    assert!(err.starts_with(&format!("{SPOT}:")), "errors name the file and line: {err}");

    let err = problems_after(CHAT, "safe: \"off\"", "safe: \"sometimes\"");
    assert!(err.contains("`sometimes` is not one of its options"), "{err}");

    let err = problems_after(CHAT, "then: Some(\"coins\")", "then: Some(\"hello\")");
    assert!(err.contains("leads back to itself, so that branch never ends"), "{err}");

    let err = problems_after(CHAT, "then: Some(\"coins\")", "then: Some(\"nowhere\")");
    assert!(err.contains("goes to turn `nowhere`, which does not exist"), "{err}");

    let err = problems_after(
        CHAT,
        "icon: Some(\"house\"), bin: \"private\"",
        "icon: Some(\"house\"), bin: \"bin\"",
    );
    assert!(err.contains("bin `bin` does not exist"), "{err}");

    // The variant's `ask` decision (the second in the file) made worth less than the first's.
    let src = source(SPOT);
    let variant_ask = src.match_indices("(id: \"ask\", ").nth(1).expect("a variant's ask").0;
    let points = variant_ask + src[variant_ask..].find("outcome: Safe, points: 3").expect("its points");
    let broken = format!("{}outcome: Safe, points: 2{}", &src[..points], &src[points + 24..]);
    let err = load_level(&broken, SPOT, &AnyAssets).unwrap_err().to_string();
    assert!(err.contains("variant 1: is worth"), "{err}");
}

/// `src` without its first `, clue: Some(…)` (a plain string or an `(en:, cy:)` pair).
fn without_clue(src: &str) -> String {
    let start = src.find(", clue: Some(").expect("a clue");
    let (mut depth, mut in_string, mut escaped) = (0, false, false);
    for (i, c) in src[start..].char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' if in_string => escaped = true,
            '"' => in_string = !in_string,
            '(' if !in_string => depth += 1,
            ')' if !in_string => {
                depth -= 1;
                if depth == 0 {
                    return format!("{}{}", &src[..start], &src[start + i + 1..]);
                }
            }
            _ => {}
        }
    }
    panic!("an unclosed clue");
}
