//! Which login cards start-up still has to check (`card_repair`, `pin_hashing`): those with
//! an id above the mark the last start left. Cards are only ever wrong when an older
//! version made them, so after the first start on an upgraded database (which checks every
//! card once) a start reads only the cards made since, through the primary key.

use super::{Db, DbError};

/// Pupil ids to check: above `from`, up to and including `to`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unchecked {
    pub from: i64,
    pub to: i64,
}

/// The cards made since the last start's checks.
pub async fn unchecked(db: &Db) -> Result<Unchecked, DbError> {
    let from: i64 = sqlx::query_scalar("SELECT COALESCE(MAX(pupils_checked_to), 0) FROM start_up_checks")
        .fetch_one(db)
        .await?;
    let to: i64 = sqlx::query_scalar("SELECT COALESCE(MAX(id), 0) FROM pupils").fetch_one(db).await?;
    Ok(Unchecked { from, to: to.max(from) })
}

/// Records that every card up to `to` is checked (never moves the mark back, when several
/// servers start at once).
pub async fn mark_checked(db: &Db, to: i64) -> Result<(), DbError> {
    sqlx::query("UPDATE start_up_checks SET pupils_checked_to = $1 WHERE pupils_checked_to < $2")
        .bind(to)
        .bind(to)
        .execute(db)
        .await?;
    Ok(())
}
