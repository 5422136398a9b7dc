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
    assert_eq!(intro, format!("{} gets a message.", cast[0].name));
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
