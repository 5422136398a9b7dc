//! Home practice without a server: a teacher shares a link such as
//! `https://school.example/clickwise/?practice=ks1-stop-think-click.ks1-game-chat`, and the
//! game puts those levels first on that device. Level ids are already URL-safe.

/// A link carries at most this many levels.
pub const MAX_PRACTICE_LEVELS: usize = 20;

/// The level ids in a `practice=` value, in order, without repeats. Ids that are not
/// well-formed are skipped rather than refused: a half-copied link still works.
pub fn parse_practice(value: &str) -> Vec<String> {
    let mut ids: Vec<String> = Vec::new();
    for id in value.split(['.', ',', ' ']) {
        let id = id.trim();
        let well_formed = !id.is_empty()
            && id.len() <= 64
            && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if well_formed && !ids.iter().any(|known| known == id) && ids.len() < MAX_PRACTICE_LEVELS {
            ids.push(id.to_owned());
        }
    }
    ids
}

/// The `practice=` value for a list of level ids.
pub fn practice_value(ids: &[&str]) -> String {
    ids.join(".")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_ids_in_order_skipping_junk_and_repeats() {
        let ids = parse_practice("ks1-a.<script>.ks1-b..ks1-a,lks2-c");
        assert_eq!(ids, ["ks1-a", "ks1-b", "lks2-c"]);
        assert_eq!(parse_practice(&practice_value(&["x-1", "y-2"])), ["x-1", "y-2"]);
    }

    #[test]
    fn a_link_carries_a_bounded_number_of_levels() {
        let long: Vec<String> = (0..50).map(|n| format!("level-{n}")).collect();
        assert_eq!(parse_practice(&long.join(".")).len(), MAX_PRACTICE_LEVELS);
    }
}
