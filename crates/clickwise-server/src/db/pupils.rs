//! Pupils: a nickname, an avatar and a PIN inside one class, and the tokens the game
//! signs in with. The teacher writes real names on the printed cards, never here.

use super::{Db, DbError, now_ms};
use sqlx::Row;

#[derive(Debug, Clone)]
pub struct Pupil {
    pub id: i64,
    pub class_id: i64,
    pub nickname: String,
    pub avatar: String,
    pub pin: String,
}

fn pupil_from(r: sqlx::sqlite::SqliteRow) -> Pupil {
    Pupil { id: r.get(0), class_id: r.get(1), nickname: r.get(2), avatar: r.get(3), pin: r.get(4) }
}

pub async fn list(db: &Db, class: i64) -> Result<Vec<Pupil>, DbError> {
    let rows =
        sqlx::query("SELECT id, class_id, nickname, avatar, pin FROM pupils WHERE class_id = ? ORDER BY id")
            .bind(class)
            .fetch_all(db)
            .await?;
    Ok(rows.into_iter().map(pupil_from).collect())
}

pub async fn get(db: &Db, class: i64, pupil: i64) -> Result<Option<Pupil>, DbError> {
    let row =
        sqlx::query("SELECT id, class_id, nickname, avatar, pin FROM pupils WHERE class_id = ? AND id = ?")
            .bind(class)
            .bind(pupil)
            .fetch_optional(db)
            .await?;
    Ok(row.map(pupil_from))
}

/// Adds `count` login cards with nicknames not yet used in the class.
pub async fn add_cards(db: &Db, class: i64, count: usize) -> Result<usize, DbError> {
    let taken: Vec<String> = list(db, class).await?.into_iter().map(|p| p.nickname).collect();
    let cards = crate::auth::token::new_cards(count, &taken);
    let mut tx = db.begin().await?;
    for (nickname, avatar, pin) in &cards {
        sqlx::query("INSERT INTO pupils (class_id, nickname, avatar, pin) VALUES (?, ?, ?, ?)")
            .bind(class)
            .bind(nickname)
            .bind(avatar)
            .bind(pin)
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    Ok(cards.len())
}

pub async fn add_token(db: &Db, pupil: &Pupil, token_hash: &str) -> Result<(), DbError> {
    sqlx::query("INSERT INTO pupil_tokens (token_hash, pupil_id, class_id, created_at) VALUES (?, ?, ?, ?)")
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
        "SELECT p.id, p.class_id, p.nickname, p.avatar, p.pin FROM pupil_tokens t \
         JOIN pupils p ON p.id = t.pupil_id AND p.class_id = t.class_id WHERE t.token_hash = ?",
    )
    .bind(token_hash)
    .fetch_optional(db)
    .await?;
    Ok(row.map(pupil_from))
}
