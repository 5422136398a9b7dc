//! Pupils' badges: one row per pupil and badge id, with when it was first seen. The ids
//! stored here were checked against the world first (`Badges::keep`).

use super::{Db, DbError, now_ms};
use sqlx::Row;

#[derive(Debug, Clone, PartialEq)]
pub struct StoredBadge {
    pub pupil_id: i64,
    pub badge_id: String,
    /// ms since 1970.
    pub first_seen: i64,
}

/// A badge a result brought.
#[derive(Debug, Clone, PartialEq)]
pub struct Sighting<'a> {
    pub pupil_id: i64,
    pub class_id: i64,
    pub badge_id: &'a str,
    /// When the result that brought it finished, by the device's clock (ms).
    pub finished_at: i64,
}

/// Rows per statement: 5 binds each, well inside SQLite's and PostgreSQL's limits on binds.
const ROWS_PER_STATEMENT: usize = 500;

/// Stores the badges a batch of results brought (inside the caller's transaction), in as
/// few statements as it can. A badge already stored keeps its row; its first sighting
/// moves earlier if a result finished earlier (results can arrive in any order after an
/// offline spell).
pub async fn record(db: &mut sqlx::AnyConnection, mut seen: Vec<Sighting<'_>>) -> Result<(), sqlx::Error> {
    // One row per pupil and badge, the earliest sighting first.
    seen.sort_by(|a, b| {
        (a.pupil_id, a.badge_id, a.finished_at).cmp(&(b.pupil_id, b.badge_id, b.finished_at))
    });
    seen.dedup_by(|later, first| (later.pupil_id, later.badge_id) == (first.pupil_id, first.badge_id));
    let now = now_ms();
    for chunk in seen.chunks(ROWS_PER_STATEMENT) {
        let values: Vec<String> = (0..chunk.len())
            .map(|i| {
                let n = i * 5;
                format!("(${}, ${}, ${}, ${}, ${})", n + 1, n + 2, n + 3, n + 4, n + 5)
            })
            .collect();
        let values = values.join(", ");
        let sql = format!(
            "INSERT INTO pupil_badges (pupil_id, class_id, badge_id, first_seen, received_at) VALUES {values} \
             ON CONFLICT (pupil_id, badge_id) DO UPDATE SET first_seen = excluded.first_seen \
             WHERE excluded.first_seen < pupil_badges.first_seen"
        );
        // Its length varies with the batch: not kept among the prepared statements, so it
        // never pushes out the ones used for every result.
        let mut query = sqlx::query(&sql).persistent(false);
        for s in chunk {
            // A device clock ahead of the server's can't date a badge in the future.
            let first_seen = s.finished_at.min(now);
            query = query.bind(s.pupil_id).bind(s.class_id).bind(s.badge_id).bind(first_seen).bind(now);
        }
        query.execute(&mut *db).await?;
    }
    Ok(())
}

/// Every badge of a class's pupils.
pub async fn for_class(db: &Db, class: i64) -> Result<Vec<StoredBadge>, DbError> {
    let rows = sqlx::query(
        "SELECT pupil_id, badge_id, first_seen FROM pupil_badges WHERE class_id = $1 \
         ORDER BY pupil_id, first_seen, badge_id",
    )
    .bind(class)
    .fetch_all(db)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| StoredBadge { pupil_id: r.get(0), badge_id: r.get(1), first_seen: r.get(2) })
        .collect())
}
