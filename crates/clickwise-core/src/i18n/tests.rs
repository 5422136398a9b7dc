use super::*;

#[test]
fn game_messages_are_complete_and_consistent_in_both_languages() {
    let problems = check(&GAME);
    assert!(problems.is_empty(), "game.ftl:\n{}", problems.join("\n"));
}

#[test]
fn server_messages_are_complete_and_consistent_in_both_languages() {
    let problems = check(&SERVER);
    assert!(problems.is_empty(), "server.ftl:\n{}", problems.join("\n"));
}

#[test]
fn server_counts_use_welsh_plural_forms() {
    let cy = server(Lang::Cy);
    let pupils = |n: u32| cy.format("pupils-count", &[("count", n.into())]);
    assert_eq!(pupils(1), "1 disgybl");
    assert_eq!(pupils(2), "2 ddisgybl");
    assert_eq!(pupils(3), "3 disgybl");
    assert_eq!(pupils(20), "20 o ddisgyblion");
    assert_eq!(server(Lang::En).format("pupils-count", &[("count", 2.into())]), "2 pupils");
}

#[test]
fn the_check_finds_a_missing_key_a_changed_variable_and_a_parse_error() {
    let broken = FtlFile {
        name: "broken.ftl",
        en: "hello = Hello { $name }\nbye = Bye\n",
        cy: "hello = Helo { $enw }\nbroken = {\n",
    };
    let problems = check(&broken).join("\n");
    assert!(problems.contains("`bye` is missing in Welsh"), "{problems}");
    assert!(problems.contains("`hello` uses"), "{problems}");
    assert!(problems.contains("parse error"), "{problems}");
}

#[test]
fn welsh_stars_use_the_cldr_plural_forms() {
    let cy = Messages::new(Lang::Cy);
    // Welsh: 0 zero, 1 one, 2 two, 3 few, 6 many, anything else other.
    // Were `two` not Welsh's own form, 2 would fall through to "2 o sêr".
    assert_eq!(cy.format("stars-count", &[("count", 0.into())]), "Dim sêr");
    assert_eq!(cy.format("stars-count", &[("count", 1.into())]), "1 seren");
    assert_eq!(cy.format("stars-count", &[("count", 2.into())]), "2 seren");
    assert_eq!(cy.format("stars-count", &[("count", 3.into())]), "3 seren");
    assert_eq!(cy.format("stars-count", &[("count", 6.into())]), "6 seren");
    assert_eq!(cy.format("stars-count", &[("count", 20.into())]), "20 o sêr");
    let en = Messages::new(Lang::En);
    assert_eq!(en.format("stars-count", &[("count", 1.into())]), "1 star");
    assert_eq!(en.format("stars-count", &[("count", 3.into())]), "3 stars");
}

#[test]
fn variables_are_filled_without_isolation_marks() {
    let en = Messages::new(Lang::En);
    let text = en.format("stars-count", &[("count", 12.into())]);
    assert!(!text.contains('\u{2068}') && !text.contains('\u{2069}'), "{text:?}");
}

#[test]
fn a_missing_key_falls_back_to_english_then_to_the_key() {
    let cy = Messages::new(Lang::Cy);
    assert_eq!(cy.get("no-such-key"), "no-such-key");
}
