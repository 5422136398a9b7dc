//! Guessing limits kept in the database, so every server on one PostgreSQL counts the
//! same tries (`auth::limit::Limit::Shared`). Keys arrive already hashed.

use super::{Db, DbError};

/// Counts a try for `key` in a fixed window of `window_ms` that started no earlier than
/// `now - window_ms` (else a new window starts now); returns the tries in the window,
/// this one included. One statement, so simultaneous tries on several servers are each
/// counted once.
pub async fn count_try(db: &Db, key: &str, now: i64, window_ms: i64) -> Result<i64, DbError> {
    Ok(sqlx::query_scalar(
        "INSERT INTO limits (key_hash, window_start, tries) VALUES ($1, $2, 1) \
         ON CONFLICT (key_hash) DO UPDATE SET \
         tries = CASE WHEN limits.window_start <= $3 THEN 1 ELSE limits.tries + 1 END, \
         window_start = CASE WHEN limits.window_start <= $3 THEN $2 ELSE limits.window_start END \
         RETURNING tries",
    )
    .bind(key)
    .bind(now)
    .bind(now - window_ms)
    .fetch_one(db)
    .await?)
}

/// Gives back a try that turned out right.
pub async fn refund(db: &Db, key: &str) -> Result<(), DbError> {
    sqlx::query("UPDATE limits SET tries = tries - 1 WHERE key_hash = $1 AND tries > 0")
        .bind(key)
        .execute(db)
        .await?;
    Ok(())
}

/// Deletes windows that started before `before` (ms): finished for every limit.
pub async fn prune(db: &Db, before: i64) -> Result<u64, DbError> {
    Ok(sqlx::query("DELETE FROM limits WHERE window_start < $1")
        .bind(before)
        .execute(db)
        .await?
        .rows_affected())
}

/// The salt every server on this database hashes keys with (made by the migration).
pub async fn salt(db: &Db) -> Result<String, DbError> {
    Ok(sqlx::query_scalar("SELECT salt FROM limit_salt").fetch_one(db).await?)
}
