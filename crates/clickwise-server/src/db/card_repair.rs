//! Brings login cards made by older versions up to today's rules, once, at start-up: each
//! card is drawn as its nickname's own animal, and no two cards in a class share one.
//! Older versions gave each card a random picture ("Happy Panda" with a unicorn) and could
//! give two cards the same animal.
//!
//! A card keeps its nickname wherever it can (pupils know it, devices have it saved): only
//! its picture changes. A card whose animal has no picture, or whose animal an earlier card
//! in the class already has, gets a new animal, keeping its adjective and its PIN.

use super::start_up_checks::Unchecked;
use super::{Db, DbError};
use clickwise_core::names::{ANIMALS, animal_of};
use sqlx::Row;

/// A card as stored: id, nickname, picture.
pub type StoredCard = (i64, String, String);

/// What changes for one class's cards (in the order they were made): the cards that need a
/// new picture or a new nickname, with both as they should be. Empty when all is well.
pub fn repairs(cards: &[StoredCard]) -> Vec<StoredCard> {
    let mut used: Vec<&str> = Vec::new();
    let mut out = Vec::new();
    let mut renamed: Vec<usize> = Vec::new();
    for (i, (id, nickname, picture)) in cards.iter().enumerate() {
        match animal_of(nickname) {
            Some(a) if !used.contains(&a.word) => {
                used.push(a.word);
                if picture != a.picture {
                    out.push((*id, nickname.clone(), a.picture.to_owned()));
                }
            }
            _ => renamed.push(i),
        }
    }
    // Only after every card that keeps its animal has claimed it.
    let mut free = ANIMALS.iter().filter(|a| !used.contains(&a.word));
    for i in renamed {
        let (id, nickname, _) = &cards[i];
        // A class never has more cards than there are animals; if one somehow did, the
        // extra card is left as it is rather than given a duplicate.
        let Some(animal) = free.next() else { break };
        let adjective = nickname.split(' ').next().unwrap_or("Kind");
        out.push((*id, format!("{adjective} {}", animal.word), animal.picture.to_owned()));
    }
    out
}

/// Repairs the cards of every class with a card not yet checked (`start_up_checks`): the
/// whole class, as a repeat is only seen beside the class's other cards. Returns how many
/// cards changed.
pub async fn run(db: &Db, unchecked: Unchecked) -> Result<usize, DbError> {
    if unchecked.to <= unchecked.from {
        return Ok(0);
    }
    let rows = sqlx::query(
        "SELECT class_id, id, nickname, avatar FROM pupils WHERE class_id IN \
         (SELECT class_id FROM pupils WHERE id > $1 AND id <= $2) ORDER BY class_id, id",
    )
    .bind(unchecked.from)
    .bind(unchecked.to)
    .fetch_all(db)
    .await?;
    let mut by_class: Vec<(i64, Vec<StoredCard>)> = Vec::new();
    for r in rows {
        let class: i64 = r.get(0);
        let card = (r.get(1), r.get(2), r.get(3));
        match by_class.last_mut() {
            Some((c, cards)) if *c == class => cards.push(card),
            _ => by_class.push((class, vec![card])),
        }
    }
    let changes: Vec<StoredCard> = by_class.iter().flat_map(|(_, cards)| repairs(cards)).collect();
    if changes.is_empty() {
        return Ok(0);
    }
    let mut tx = db.begin().await?;
    for (id, nickname, picture) in &changes {
        sqlx::query("UPDATE pupils SET nickname = $1, avatar = $2 WHERE id = $3")
            .bind(nickname)
            .bind(picture)
            .bind(id)
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    Ok(changes.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn card(id: i64, nickname: &str, picture: &str) -> StoredCard {
        (id, nickname.into(), picture.into())
    }

    #[test]
    fn pictures_follow_nicknames_and_repeats_get_a_free_animal() {
        let cards = [
            card(1, "Happy Panda", "unicorn"),
            card(2, "Steady Rabbit", "panda"),
            card(3, "Calm Panda", "panda"),
            card(4, "Quick Puffin", "owl"),
            card(5, "Kind Fox", "fox"),
        ];
        let fixed = repairs(&cards);
        assert_eq!(fixed[0], card(1, "Happy Panda", "panda"));
        assert_eq!(fixed[1], card(2, "Steady Rabbit", "rabbit"));
        // The second panda and the puffin (no picture) get animals nobody has, in turn.
        assert_eq!(fixed[2], card(3, "Calm Badger", "badger"));
        assert_eq!(fixed[3], card(4, "Quick Bee", "bee"));
        assert_eq!(fixed.len(), 4, "Kind Fox was already right");
        let mut after: Vec<StoredCard> = cards.to_vec();
        for f in &fixed {
            *after.iter_mut().find(|c| c.0 == f.0).unwrap() = f.clone();
        }
        assert!(repairs(&after).is_empty(), "a repaired class needs nothing more");
    }
}
