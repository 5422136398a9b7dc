//! Seeded randomness: the same seed gives the same screen, different seeds vary it.

mod common;
use clickwise_core::names::is_valid_nickname;
use clickwise_core::shuffle::*;
use common::*;

#[test]
fn the_same_seed_gives_the_same_order_and_cast() {
    let level = good_level();
    let step = &level.steps[0];
    assert_eq!(answer_order(&step.mechanic, &mut rng(7)), answer_order(&step.mechanic, &mut rng(7)));
    assert_eq!(pick_cast(&level, &mut rng(7)), pick_cast(&level, &mut rng(7)));
}

#[test]
fn answer_order_is_a_permutation_that_varies_with_the_seed() {
    let level = good_level();
    let step = &level.steps[0];
    let orders: std::collections::HashSet<Vec<usize>> =
        (0..50).map(|s| answer_order(&step.mechanic, &mut rng(s))).collect();
    for order in &orders {
        let mut sorted = order.clone();
        sorted.sort();
        assert_eq!(sorted, vec![0, 1, 2]);
    }
    assert!(orders.len() >= 4, "50 seeds should give most of the 6 orders, got {}", orders.len());
}

#[test]
fn the_cast_is_filled_into_texts() {
    let level = good_level();
    let cast = pick_cast(&level, &mut rng(3));
    assert_eq!(cast.len(), 1);
    assert_eq!(cast[0].avatar, "fox");
    let intro = level.intro.fill(clickwise_core::Lang::En, &name_pairs(&cast));
    assert_eq!(intro, format!("{} gets a message.", cast[0].name.en));
}

/// `GOOD` with its friend's names replaced by `names` (RON).
fn with_names(names: &str) -> clickwise_core::Level {
    let source = GOOD.replacen(
        r#"(role: "friend", avatars: ["fox"])"#,
        &format!(r#"(role: "friend", names: {names}, avatars: ["fox"])"#),
        1,
    );
    clickwise_core::load::load_level(&source, "names.level.ron", &clickwise_core::validate::AnyAssets)
        .unwrap()
}

#[test]
fn a_name_is_picked_once_and_said_in_each_language() {
    use clickwise_core::{Lang, Text};
    let level = with_names(r#"[(en: "Mum", cy: "Mam"), (en: "Gran", cy: "Mam-gu"), "Dad"]"#);
    fn welsh(en: &str) -> &str {
        match en {
            "Mum" => "Mam",
            "Gran" => "Mam-gu",
            other => other,
        }
    }
    let mut seen = std::collections::HashSet::new();
    for seed in 0..40 {
        let cast = pick_cast(&level, &mut rng(seed));
        let names = name_pairs(&cast);
        let (en, cy) = (level.intro.fill(Lang::En, &names), level.intro.fill(Lang::Cy, &names));
        let picked = &cast[0].name;
        // The same pick, whichever language it is said in.
        assert_eq!(en, format!("{} gets a message.", picked.en));
        assert_eq!(
            cy,
            format!("{} gets a message.", welsh(&picked.en)),
            "the intro has no Welsh, the name does"
        );
        assert!(level.cast[0].names.contains(picked), "{picked:?} is one of the role's names, whole");
        assert_eq!(pick_cast(&level, &mut rng(seed))[0].name, *picked, "the seed picks it again");
        seen.insert(picked.en.clone());
    }
    assert_eq!(seen.len(), 3, "every name gets picked: {seen:?}");
    let text = Text { en: "Tell {friend}.".into(), cy: Some("Dywed wrth {friend}.".into()) };
    let mum = vec![("friend".to_owned(), Text { en: "Mum".into(), cy: Some("Mam".into()) })];
    assert_eq!(text.fill(Lang::En, &mum), "Tell Mum.");
    assert_eq!(text.fill(Lang::Cy, &mum), "Dywed wrth Mam.");
}

#[test]
fn plain_string_names_still_load_and_read_the_same_in_welsh() {
    use clickwise_core::{Lang, Text};
    let level = with_names(r#"["Kai", "Jess"]"#);
    assert_eq!(level.cast[0].names, [Text::new("Kai"), Text::new("Jess")]);
    let cast = pick_cast(&level, &mut rng(5));
    let names = name_pairs(&cast);
    assert_eq!(level.intro.fill(Lang::Cy, &names), level.intro.fill(Lang::En, &names));
}

#[test]
fn nickname_suggestions_are_distinct_word_list_nicknames() {
    let names = nickname_suggestions(&mut rng(1), 4);
    assert_eq!(names.len(), 4);
    assert!(names.iter().all(|n| is_valid_nickname(n)), "{names:?}");
    let unique: std::collections::HashSet<_> = names.iter().collect();
    assert_eq!(unique.len(), 4);
    assert_eq!(nickname_suggestions(&mut rng(1), 100_000).len(), 100, "capped, never loops forever");
    assert!(!is_valid_nickname("Jane Smith"));
    assert!(!is_valid_nickname("Brave Otter Extra"));
}

#[test]
fn each_list_a_step_shows_in_turn_gets_a_permutation_of_its_own() {
    for seed in 0..20 {
        let mut step_order: Vec<usize> = (0..4).collect();
        use rand::seq::SliceRandom;
        step_order.shuffle(&mut rng(seed));
        for list in 0..6 {
            for len in 0..=4 {
                let mut got = list_order(&step_order, list, len);
                got.sort();
                assert_eq!(got, (0..len).collect::<Vec<_>>(), "seed {seed}, list {list}, len {len}");
            }
        }
    }
    let step_order = vec![2, 0, 3, 1];
    assert_eq!(list_order(&step_order, 0, 4), vec![2, 0, 3, 1]);
    assert_ne!(list_order(&step_order, 1, 4), list_order(&step_order, 0, 4), "the next list is turned");
    assert_eq!(list_order(&step_order, 0, 3), vec![2, 0, 1], "a shorter list keeps its indices");
    assert_eq!(list_order(&[], 0, 3), vec![0, 1, 2], "no shuffle: the written order");
}
