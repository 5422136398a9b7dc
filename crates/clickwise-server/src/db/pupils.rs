//! Pupils: a nickname, an avatar and a PIN (kept hashed) inside one class, and the tokens
//! the game signs in with. The teacher writes real names on the printed cards, never here.

use super::{Db, DbError, now_ms};
use sqlx::Row;

#[derive(Debug, Clone)]
pub struct Pupil {
    pub id: i64,
    pub class_id: i64,
    pub nickname: String,
    pub avatar: String,
    /// argon2id of the PIN ([`crate::auth::pins`]).
    pub pin_hash: String,
}

fn pupil_from(r: sqlx::any::AnyRow) -> Pupil {
    Pupil { id: r.get(0), class_id: r.get(1), nickname: r.get(2), avatar: r.get(3), pin_hash: r.get(4) }
}

/// A card and its PIN as made just now: the only time the PIN can be shown.
pub type FreshPin = (i64, String);

pub async fn list(db: &Db, class: i64) -> Result<Vec<Pupil>, DbError> {
    let rows =
        sqlx::query("SELECT id, class_id, nickname, avatar, COALESCE(pin_hash, '') FROM pupils WHERE class_id = $1 ORDER BY id")
            .bind(class)
            .fetch_all(db)
            .await?;
    Ok(rows.into_iter().map(pupil_from).collect())
}

pub async fn get(db: &Db, class: i64, pupil: i64) -> Result<Option<Pupil>, DbError> {
    let row =
        sqlx::query("SELECT id, class_id, nickname, avatar, COALESCE(pin_hash, '') FROM pupils WHERE class_id = $1 AND id = $2")
            .bind(class)
            .bind(pupil)
            .fetch_optional(db)
            .await?;
    Ok(row.map(pupil_from))
}

/// Adds `count` login cards with nicknames not yet used in the class; returns each new
/// card's id and PIN.
pub async fn add_cards(db: &Db, class: i64, count: usize) -> Result<Vec<FreshPin>, DbError> {
    let taken: Vec<String> = list(db, class).await?.into_iter().map(|p| p.nickname).collect();
    let cards = crate::auth::token::new_cards(count, &taken);
    let hashes =
        crate::auth::pins::hash_all(cards.iter().map(|c| c.2.clone()).collect()).await.map_err(DbError)?;
    let mut tx = db.begin().await?;
    let mut made = Vec::with_capacity(cards.len());
    for ((nickname, avatar, pin), hash) in cards.into_iter().zip(hashes) {
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO pupils (class_id, nickname, avatar, pin, pin_hash) VALUES ($1, $2, $3, '', $4) RETURNING id",
        )
        .bind(class)
        .bind(&nickname)
        .bind(&avatar)
        .bind(&hash)
        .fetch_one(&mut *tx)
        .await?;
        made.push((id, pin));
    }
    tx.commit().await?;
    Ok(made)
}

/// New PINs for some of the class's cards (a lost card, or reprinting them all); unlocks
/// them too. Returns each card's id and new PIN.
pub async fn new_pins(db: &Db, class: i64, cards: &[i64]) -> Result<Vec<FreshPin>, DbError> {
    let pins: Vec<String> = cards.iter().map(|_| crate::auth::token::new_pin()).collect();
    let hashes = crate::auth::pins::hash_all(pins.clone()).await.map_err(DbError)?;
    let mut tx = db.begin().await?;
    let mut done = Vec::new();
    for ((id, pin), hash) in cards.iter().zip(pins).zip(hashes) {
        let changed = sqlx::query(
            "UPDATE pupils SET pin_hash = $1, pin = '', wrong_pins = 0 WHERE id = $2 AND class_id = $3",
        )
        .bind(&hash)
        .bind(id)
        .bind(class)
        .execute(&mut *tx)
        .await?;
        if changed.rows_affected() == 1 {
            done.push((*id, pin));
        }
    }
    tx.commit().await?;
    Ok(done)
}

/// Removes one card and everything of it (results, badges, tokens): a pupil's data
/// erased at a parent's request. False if the class has no such card.
pub async fn remove(db: &Db, class: i64, pupil: i64) -> Result<bool, DbError> {
    let done = sqlx::query("DELETE FROM pupils WHERE id = $1 AND class_id = $2")
        .bind(pupil)
        .bind(class)
        .execute(db)
        .await?;
    Ok(done.rows_affected() == 1)
}

/// Wrong PINs in a row after which a card locks until its teacher unlocks it.
pub const CARD_LOCK_AFTER: i64 = 10;

/// Whether the card is locked by wrong PINs.
pub async fn is_locked(db: &Db, pupil: i64) -> Result<bool, DbError> {
    let wrong: Option<i64> = sqlx::query_scalar("SELECT wrong_pins FROM pupils WHERE id = $1")
        .bind(pupil)
        .fetch_optional(db)
        .await?;
    Ok(wrong.is_some_and(|n| n >= CARD_LOCK_AFTER))
}

/// Counts a wrong PIN for the card; true if that locked it.
pub async fn note_wrong_pin(db: &Db, pupil: i64) -> Result<bool, DbError> {
    let wrong: Option<i64> = sqlx::query_scalar(
        "UPDATE pupils SET wrong_pins = wrong_pins + 1 WHERE id = $1 RETURNING wrong_pins",
    )
    .bind(pupil)
    .fetch_optional(db)
    .await?;
    Ok(wrong == Some(CARD_LOCK_AFTER))
}

/// A right PIN, or the teacher unlocking the card: the count starts again.
pub async fn clear_wrong_pins(db: &Db, class: i64, pupil: i64) -> Result<bool, DbError> {
    let done =
        sqlx::query("UPDATE pupils SET wrong_pins = 0 WHERE id = $1 AND class_id = $2 AND wrong_pins > 0")
            .bind(pupil)
            .bind(class)
            .execute(db)
            .await?;
    Ok(done.rows_affected() == 1)
}

/// The class's locked cards (ids).
pub async fn locked(db: &Db, class: i64) -> Result<Vec<i64>, DbError> {
    Ok(sqlx::query_scalar("SELECT id FROM pupils WHERE class_id = $1 AND wrong_pins >= $2 ORDER BY id")
        .bind(class)
        .bind(CARD_LOCK_AFTER)
        .fetch_all(db)
        .await?)
}

pub async fn add_token(db: &Db, pupil: &Pupil, token_hash: &str) -> Result<(), DbError> {
    sqlx::query(
        "INSERT INTO pupil_tokens (token_hash, pupil_id, class_id, created_at) VALUES ($1, $2, $3, $4)",
    )
    .bind(token_hash)
    .bind(pupil.id)
    .bind(pupil.class_id)
    .bind(now_ms())
    .execute(db)
    .await?;
    Ok(())
}

pub async fn by_token(db: &Db, token_hash: &str) -> Result<Option<Pupil>, DbError> {
    let row = sqlx::query(
        "SELECT p.id, p.class_id, p.nickname, p.avatar, COALESCE(p.pin_hash, '') FROM pupil_tokens t \
         JOIN pupils p ON p.id = t.pupil_id AND p.class_id = t.class_id WHERE t.token_hash = $1",
    )
    .bind(token_hash)
    .fetch_optional(db)
    .await?;
    Ok(row.map(pupil_from))
}
