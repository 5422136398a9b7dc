//! The validator catches levels that would be unplayable or unsafe to show, and points at
//! the line to fix.

mod common;
use clickwise_core::validate::{AssetCheck, validate_level};
use common::*;

fn has(problems: &clickwise_core::Problems, needle: &str) -> bool {
    problems.0.iter().any(|p| p.message.contains(needle))
}

#[test]
fn the_good_level_has_no_problems() {
    good_level();
}

#[test]
fn an_unreachable_step_is_reported_at_that_step() {
    // Nothing leads to `oops` any more.
    let source = GOOD.replace(", next: \"oops\"", "");
    let err = clickwise_core::load::load_level(&source, "x.level.ron", &clickwise_core::validate::AnyAssets)
        .unwrap_err();
    let p = err.0.iter().find(|p| p.message.contains("can never be reached")).expect("reported");
    assert!(p.message.contains("`oops`"));
    assert_eq!(p.line, line_of(GOOD, "id: \"oops\""));
}

#[test]
fn a_path_that_never_ends_is_reported() {
    let err =
        problems_after(r#"task: "Which are tricks?","#, r#"task: "Which are tricks?", next: Some("ask"),"#);
    assert!(has(&err, "leads back to itself"), "{err}");
}

#[test]
fn a_missing_next_step_is_reported() {
    let err = problems_after(r#"next: "oops""#, r#"next: "nowhere""#);
    assert!(has(&err, "goes to `nowhere`, which is not a step"), "{err}");
}

#[test]
fn a_missing_start_step_is_reported() {
    let err = problems_after(r#"start: "ask""#, r#"start: "begin""#);
    assert!(has(&err, "start step `begin` does not exist"), "{err}");
    assert_eq!(err.0[0].line, line_of(GOOD, "start:"));
}

#[test]
fn duplicate_step_and_answer_ids_are_reported() {
    let err = problems_after(r#"id: "oops""#, r#"id: "ask""#);
    assert!(has(&err, "step id `ask` is used twice"), "{err}");
    let err = problems_after(r#"id: "wait""#, r#"id: "tell""#);
    assert!(has(&err, "answer id `tell` must be unique"), "{err}");
}

#[test]
fn every_answer_needs_why_feedback() {
    let err = problems_after(r#"why: "Prizes can be tricks.""#, r#"why: "  ""#);
    let p = err.0.iter().find(|p| p.message.contains("no \"why\" feedback")).expect("reported");
    assert_eq!(p.line, line_of(GOOD, "id: \"click\""));
}

#[test]
fn points_out_of_range_are_reported() {
    let err = problems_after("outcome: Safe, points: 3", "outcome: Safe, points: 7");
    assert!(has(&err, "7 points is more than the most (3)"), "{err}");
}

#[test]
fn a_risky_answer_cannot_outscore_the_safe_one() {
    let err = problems_after(
        "outcome: Risky, points: 0, why: \"Prizes",
        "outcome: Risky, points: 3, why: \"Prizes",
    );
    assert!(has(&err, "Risky answer `click` scores as much as the best Safe answer"), "{err}");
}

#[test]
fn a_step_needs_a_safe_answer_and_two_to_four_answers() {
    let err = problems_after("outcome: Safe, points: 2", "outcome: Unsure, points: 1");
    assert!(has(&err, "step `oops` needs at least one Safe answer"), "{err}");
    let err = problems_after(
        r#"(id: "adult", text: "Tell an adult now", outcome: Safe, points: 2, why: "It is never too late to tell."),"#,
        "",
    );
    assert!(has(&err, "step `oops` has 1 answers; it needs 2 to 4"), "{err}");
}

#[test]
fn text_longer_than_the_phase_allows_is_reported() {
    let long = "word ".repeat(41);
    let err = problems_after("Win a prize! Click now!", &long);
    assert!(has(&err, "step `ask` message has 41 words; LowerKs2 allows 40"), "{err}");
    assert_eq!(err.0[0].line, line_of(GOOD, "message: \"Win a prize"));
}

/// The help route is said once, in curriculum.ron: each age's route names who to tell, and
/// a level that repeats Childline or CEOP in its own help line is reported (it could drift).
#[test]
fn the_help_route_is_said_once_in_the_curriculum() {
    use clickwise_core::curriculum::Curriculum;
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../levels/curriculum.ron");
    let shipped = std::fs::read_to_string(path).expect("levels/curriculum.ron");
    let curriculum = Curriculum::parse(&shipped, "curriculum.ron").expect("the shipped curriculum is valid");
    let ks1 = curriculum.help_route(clickwise_core::Phase::Ks1).expect("a route for ages 4 to 7");
    assert!(ks1.en.contains("grown-up"), "{}", ks1.en);
    let without = shipped.replacen("call Childline free on 0800 1111", "call a helpline", 1);
    let err = Curriculum::parse(&without, "curriculum.ron").unwrap_err();
    assert!(err.iter().any(|p| p.message.contains("must mention \"Childline\"")), "{err:?}");
    let source = GOOD.replace("tell an adult you trust.", "tell an adult, or call Childline.");
    let level =
        clickwise_core::load::load_level(&source, "a.level.ron", &clickwise_core::validate::AnyAssets)
            .unwrap();
    let problems = curriculum.check_level(&level, &source, "a.level.ron");
    assert!(problems.iter().any(|p| p.message.contains("shared help route")), "{problems:?}");
    assert!(curriculum.check_level(&good_level(), GOOD, "a.level.ron").is_empty());
}

#[test]
fn placeholders_must_name_a_cast_role() {
    let err = problems_after("What should {friend} do?", "What should {buddy} do?");
    assert!(has(&err, "`{buddy}` is not a cast role"), "{err}");
}

#[test]
fn a_message_from_someone_not_in_the_cast_is_reported() {
    let err = problems_after(r#"from: "friend""#, r#"from: "stranger""#);
    assert!(has(&err, "`stranger` is not in the cast"), "{err}");
}

#[test]
fn bad_ids_are_reported() {
    let err = problems_after(r#"id: "test-level""#, r#"id: "Test Level!""#);
    assert!(has(&err, "id `Test Level!` must be lowercase"), "{err}");
}

/// Only the icons named here exist.
struct OnlyIcons(&'static [&'static str]);
impl AssetCheck for OnlyIcons {
    fn icon_exists(&self, name: &str) -> bool {
        self.0.contains(&name)
    }
}

#[test]
fn missing_icons_and_avatars_are_reported() {
    let level = good_level();
    let problems = validate_level(&level, GOOD, "a.level.ron", &OnlyIcons(&["fox"]));
    assert_eq!(problems.len(), 3, "the card's icon and two scene pictures: {problems:?}");
    assert!(problems[0].message.contains("icon `popup` not found"));
    assert_eq!(problems[0].line, line_of(GOOD, "icon:"));
    assert!(problems[1..].iter().all(|p| p.message.contains("picture `popup` not found")), "{problems:?}");
    let problems = validate_level(&level, GOOD, "a.level.ron", &OnlyIcons(&["popup"]));
    assert!(problems[0].message.contains("avatar `fox` not found"), "{problems:?}");
}

/// Asking a grown-up is never marked risky, and never scores below a guess.
#[test]
fn an_answer_that_asks_an_adult_is_never_marked_down() {
    let err = problems_after(
        r#"(id: "tell", text: "Tell an adult", outcome: Safe, points: 3"#,
        r#"(id: "tell", text: "Tell an adult", outcome: Risky, points: 0"#,
    );
    assert!(
        has(
            &err,
            "answer `tell` asks a grown-up, so it is never risky and never scores below a less safe answer"
        ),
        "{err}"
    );
}

/// A password is private, not a secret.
#[test]
fn a_password_called_a_secret_is_reported() {
    let err = problems_after("Passwords are private.", "Keep your password secret.");
    assert!(has(&err, "a password is \"private\", not \"secret\""), "{err}");
}

#[test]
fn the_game_checks_what_it_needs_to_play_and_the_checker_checks_everything() {
    use clickwise_core::load::{load_level, load_playable_level};
    use clickwise_core::validate::AnyAssets;
    // Wording is the author's business: the checker refuses it, the game can still play it.
    let wording = GOOD.replace("Passwords are private.", "Keep your password secret.");
    assert!(load_level(&wording, "x.level.ron", &AnyAssets).is_err());
    assert!(load_playable_level(&wording, "x.level.ron", &AnyAssets).is_ok());
    // A step that leads nowhere would break mid-level: both refuse it.
    let broken = GOOD.replace(r#"next: "oops""#, r#"next: "nowhere""#);
    let err = load_playable_level(&broken, "x.level.ron", &AnyAssets).unwrap_err();
    assert!(has(&err, "goes to `nowhere`, which is not a step"), "{err}");
    assert!(load_level(&broken, "x.level.ron", &AnyAssets).is_err());
}
