//! RON loading: good files parse; bad ones say which file, line and column, and what.

mod common;
use clickwise_core::load::load_level;
use clickwise_core::validate::AnyAssets;
use clickwise_core::{Mechanic, Phase, Text};
use common::*;

#[test]
fn a_good_level_parses_into_the_model() {
    let level = good_level();
    assert_eq!(level.id, "test-level");
    assert_eq!(level.phase, Phase::LowerKs2);
    assert_eq!(level.version, 1, "version defaults to 1");
    assert_eq!(level.steps.len(), 2);
    let Mechanic::Choice(first) = &level.steps[0].mechanic else { panic!("the first step is a Choice") };
    assert_eq!(first.from.as_deref(), Some("friend"), "implicit Some works for optional fields");
    assert_eq!(first.options[1].next.as_deref(), Some("oops"));
    assert_eq!(first.options[0].next, None);
}

#[test]
fn a_syntax_error_names_the_file_line_and_column() {
    let source = GOOD.replacen(r#"title: "Test level","#, r#"title: "Test level""#, 1);
    let err = load_level(&source, "levels/typo.level.ron", &AnyAssets).unwrap_err();
    let first = &err.0[0];
    assert_eq!(first.file, "levels/typo.level.ron");
    // The missing comma is noticed where the next field starts.
    assert_eq!(first.line, line_of(GOOD, "phase: LowerKs2"));
    assert!(first.col > 0);
    let shown = first.to_string();
    assert!(shown.starts_with(&format!("levels/typo.level.ron:{}:", first.line)), "{shown}");
}

#[test]
fn an_unknown_outcome_lists_the_allowed_ones() {
    let err = problems_after(
        "outcome: Risky, points: 0, why: \"Prizes",
        "outcome: Dangerous, points: 0, why: \"Prizes",
    );
    let msg = err.to_string();
    assert!(msg.contains("`Dangerous` is not one of: Safe, Unsure, Risky"), "{msg}");
    assert_eq!(err.0[0].line, line_of(GOOD, "id: \"click\""));
}

#[test]
fn an_unknown_field_is_an_error_not_silently_ignored() {
    let err = problems_after("icon: \"popup\",", "icon: \"popup\",\n    colour: \"red\",");
    assert!(err.to_string().contains("colour"), "{err}");
}

#[test]
fn an_unknown_mechanic_is_rejected() {
    let err = problems_after("mechanic: Choice((", "mechanic: Quiz((");
    assert!(err.to_string().contains("`Quiz` is not one of"), "{err}");
}

#[test]
fn welsh_text_sits_beside_english() {
    let err_free =
        GOOD.replacen(r#"title: "Test level","#, r#"title: (en: "Test level", cy: "Lefel prawf"),"#, 1);
    let level = load_level(&err_free, "cy.level.ron", &AnyAssets).unwrap();
    assert_eq!(level.title, Text { en: "Test level".into(), cy: Some("Lefel prawf".into()) });
    assert_eq!(level.title.get(clickwise_core::Lang::Cy), "Lefel prawf");
    assert_eq!(
        level.intro.get(clickwise_core::Lang::Cy),
        "{friend} gets a message.",
        "falls back to English"
    );
}

#[test]
fn text_for_an_unknown_language_is_rejected() {
    let err = problems_after(r#"title: "Test level","#, r#"title: (en: "Test level", fr: "Niveau"),"#);
    assert!(err.to_string().contains("unknown language `fr`"), "{err}");
}

#[test]
fn garbage_never_panics() {
    for source in ["", "(", "\u{0}\u{1}", "((((((((((", "(id: 5)", "[1, 2, 3]", "\"just a string\""] {
        assert!(load_level(source, "junk.level.ron", &AnyAssets).is_err(), "{source:?}");
    }
}
