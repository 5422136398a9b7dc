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
    assert_eq!(level.steps.len(), 3);
    let Mechanic::Choice(first) = &level.steps[0].mechanic else { panic!("the first step is a Choice") };
    assert_eq!(first.from.as_deref(), Some("friend"), "implicit Some works for optional fields");
    assert_eq!(first.options[1].next.as_deref(), Some("sort"));
    assert_eq!(first.options[2].next.as_deref(), Some("oops"));
    assert_eq!(first.options[0].next, None);
    let scene = first.options[2].consequence.as_ref().expect("the risky answer has a scene");
    assert_eq!((scene.beats.len(), scene.beats[0].count), (1, 3));
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
    // The game's rules: a level part-way through translation plays, in English where the
    // Welsh is missing (the checker asks for all of it: see `validate::welsh`).
    let level = clickwise_core::load::load_playable_level(&err_free, "cy.level.ron", &AnyAssets).unwrap();
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

/// Teachers edit level files in whatever editor the school has.
mod saved_by_windows_editors {
    use super::*;
    use clickwise_core::load::text_of;

    #[test]
    fn a_byte_order_mark_is_read_as_normal() {
        let bytes = [b"\xEF\xBB\xBF".as_slice(), GOOD.as_bytes()].concat();
        let text = text_of(&bytes, "levels/notepad.level.ron").expect("a BOM is fine");
        let level = load_level(&text, "levels/notepad.level.ron", &AnyAssets).expect("and the level loads");
        assert_eq!(level.id, "test-level");
        // Text that kept its BOM (read some other way) loads too.
        assert!(load_level(&format!("\u{feff}{GOOD}"), "levels/bom.level.ron", &AnyAssets).is_ok());
    }

    #[test]
    fn crlf_line_ends_keep_working_and_keep_their_line_numbers() {
        let crlf = GOOD.replace('\n', "\r\n");
        assert!(load_level(&crlf, "levels/crlf.level.ron", &AnyAssets).is_ok());
        let broken = crlf.replacen("phase: LowerKs2", "phase: Year9", 1);
        let err = load_level(&broken, "levels/crlf.level.ron", &AnyAssets).unwrap_err();
        assert_eq!(err.0[0].line, line_of(GOOD, "phase: LowerKs2"));
    }

    #[test]
    fn bytes_that_are_not_utf8_are_reported_where_they_are_with_the_fix() {
        // "Café" saved as Windows-1252: é is the single byte 0xE9.
        let source = GOOD.replacen("Test level", "Test caf\u{1}", 1);
        let mut bytes = source.into_bytes();
        let at = bytes.iter().position(|&b| b == 1).unwrap();
        bytes[at] = 0xE9;
        let err = text_of(&bytes, "levels/cafe.level.ron").unwrap_err();
        assert_eq!(err.file, "levels/cafe.level.ron");
        assert_eq!(err.line, line_of(GOOD, "Test level"));
        let line_start = GOOD.lines().take(err.line - 1).map(|l| l.len() + 1).sum::<usize>();
        assert_eq!(err.col, at - line_start + 1, "the column of the first bad byte");
        assert!(err.message.contains("Encoding: UTF-8"), "{}", err.message);
    }

    #[test]
    fn control_characters_are_refused_with_their_line_and_column() {
        let source = GOOD.replacen("Win a prize!", "Win a\0 prize!", 1);
        let err = load_level(&source, "levels/nul.level.ron", &AnyAssets).unwrap_err();
        let p = &err.0[0];
        assert_eq!((p.file.as_str(), p.line), ("levels/nul.level.ron", line_of(GOOD, "Win a prize!")));
        let line = GOOD.lines().nth(p.line - 1).unwrap();
        assert_eq!(p.col, line.find("Win a prize!").unwrap() + "Win a".len() + 1);
        assert!(p.message.contains("U+0000"), "{}", p.message);
    }

    #[test]
    fn a_folder_reports_a_non_utf8_level_on_the_level_file_itself() {
        let dir = std::env::temp_dir().join(format!("clickwise-utf8-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("catalogue.ron"), "(levels: [\"bad.level.ron\"])").unwrap();
        std::fs::write(dir.join("bad.level.ron"), [GOOD.as_bytes(), b"\xFF"].concat()).unwrap();
        let report = clickwise_core::catalogue::check_folder(&dir);
        std::fs::remove_dir_all(&dir).unwrap();
        let p =
            report.problems.iter().find(|p| p.message.contains("UTF-8")).expect("the bad bytes are reported");
        assert!(p.file.ends_with("bad.level.ron"), "reported on the level, not the catalogue: {p}");
        assert_eq!(p.line, GOOD.lines().count() + usize::from(GOOD.ends_with('\n')));
    }
}
