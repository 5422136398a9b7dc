//! Cards made before PINs were hashed: their PINs are hashed once, at start-up, and the
//! readable copy is emptied. Their pupils sign in with the same PIN as before.

use super::start_up_checks::Unchecked;
use super::{Db, DbError};

/// Hashes every readable PIN left among the cards not yet checked (`start_up_checks`);
/// returns how many.
pub async fn run(db: &Db, unchecked: Unchecked) -> Result<usize, DbError> {
    let readable: Vec<(i64, String)> =
        sqlx::query_as("SELECT id, pin FROM pupils WHERE id > $1 AND id <= $2 AND pin_hash IS NULL")
            .bind(unchecked.from)
            .bind(unchecked.to)
            .fetch_all(db)
            .await?;
    if readable.is_empty() {
        return Ok(0);
    }
    let (ids, pins): (Vec<i64>, Vec<String>) = readable.into_iter().unzip();
    let hashes = crate::auth::pins::hash_all(pins).await.map_err(DbError)?;
    let mut tx = db.begin().await?;
    for (id, hash) in ids.iter().zip(&hashes) {
        sqlx::query("UPDATE pupils SET pin_hash = $1, pin = '' WHERE id = $2")
            .bind(hash)
            .bind(id)
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    Ok(ids.len())
}
