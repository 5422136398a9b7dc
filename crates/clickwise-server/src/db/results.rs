//! Pupils' results: one row per attempt, keyed by the pupil and the game's attempt id, so
//! a result sent twice is stored once.

use super::{Backend, Db, DbError, now_ms, savepoint};
use sqlx::AnyConnection;
use sqlx::Row;

#[derive(Debug, Clone)]
pub struct NewResult {
    pub pupil_id: i64,
    pub class_id: i64,
    pub attempt_id: String,
    pub level_id: String,
    pub choice_log: String,
    pub points: u32,
    pub max_points: u32,
    pub stars: u8,
    pub risky: String,
    pub started_at: i64,
    pub finished_at: i64,
    /// The device that played it says this was the pupil's first try at the level.
    pub claims_first_try: bool,
    /// Every badge the player had collected, already checked against the world.
    pub badges: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct StoredResult {
    pub pupil_id: i64,
    pub attempt_id: String,
    pub level_id: String,
    pub points: u32,
    pub max_points: u32,
    pub stars: u8,
    pub first_try: bool,
    pub risky: String,
    pub started_at: i64,
    pub finished_at: i64,
    /// The choice log as stored (JSON): what the teacher's pages read the choices from.
    pub choice_log: String,
}

impl StoredResult {
    /// How many risky choices the attempt made (one per line of `risky`).
    pub fn risky_count(&self) -> u32 {
        self.risky.lines().filter(|l| !l.trim().is_empty()).count() as u32
    }

    /// The choice log; a log that doesn't read (edited by hand) is empty, never a panic.
    pub fn choices(&self) -> Vec<clickwise_core::scoring::ChoiceRecord> {
        serde_json::from_str(&self.choice_log).unwrap_or_default()
    }
}

/// (points, max_points, stars) of an attempt already stored.
pub async fn existing(db: &Db, pupil: i64, attempt: &str) -> Result<Option<(u32, u32, u8)>, DbError> {
    let row =
        sqlx::query("SELECT points, max_points, stars FROM results WHERE pupil_id = $1 AND attempt_id = $2")
            .bind(pupil)
            .bind(attempt)
            .fetch_optional(db)
            .await?;
    Ok(row.map(|r| (r.get::<i64, _>(0) as u32, r.get::<i64, _>(1) as u32, r.get::<i64, _>(2) as u8)))
}

/// Stores a result (inside the caller's transaction); false if this attempt was already
/// there (sent twice, or to two servers at once: the key `(pupil_id, attempt_id)` keeps
/// one). A pupil's first try at a level is what the device that played it says, if it is
/// plausible: no attempt of theirs at that level finished earlier (or at the same time:
/// then the first stored wins). Results can arrive in any order (an outbox sends a whole
/// offline spell at once), so a first try that arrives late takes the mark from any
/// later-finished attempt that held it.
pub async fn insert(db: &mut AnyConnection, r: &NewResult, backend: Backend) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "INSERT INTO results (pupil_id, attempt_id, class_id, level_id, choice_log, points, max_points, stars, \
         first_try, risky, started_at, finished_at, received_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 0, $9, $10, $11, $12) ON CONFLICT (pupil_id, attempt_id) DO NOTHING",
    )
    .bind(r.pupil_id)
    .bind(&r.attempt_id)
    .bind(r.class_id)
    .bind(&r.level_id)
    .bind(&r.choice_log)
    .bind(i64::from(r.points))
    .bind(i64::from(r.max_points))
    .bind(i64::from(r.stars))
    .bind(&r.risky)
    .bind(r.started_at)
    .bind(r.finished_at)
    .bind(now_ms())
    .execute(&mut *db)
    .await?;
    if done.rows_affected() != 1 {
        return Ok(false);
    }
    if r.claims_first_try {
        mark_first_try(db, r, backend).await?;
    }
    Ok(true)
}

/// No other attempt of the pupil's at the level finished before (or with) this one.
const PLAUSIBLY_FIRST: &str = "NOT EXISTS (SELECT 1 FROM results o WHERE o.pupil_id = $1 AND o.level_id = $2 \
     AND o.attempt_id <> $3 AND o.finished_at <= $4)";

/// Marks the stored attempt as the first try if it plausibly is, taking the mark from a
/// later-finished attempt. The unique index `results_one_first_try` allows one mark per
/// pupil and level, so two writers (two servers on one PostgreSQL) can't both mark one:
/// the second waits for the first to commit, fails on the index, and looks again, now
/// seeing the first's attempt.
async fn mark_first_try(db: &mut AnyConnection, r: &NewResult, backend: Backend) -> Result<(), sqlx::Error> {
    let unmark = format!(
        "UPDATE results SET first_try = 0 WHERE pupil_id = $1 AND level_id = $2 AND first_try = 1 \
         AND attempt_id <> $3 AND finished_at > $4 AND {PLAUSIBLY_FIRST}"
    );
    let mark = format!(
        "UPDATE results SET first_try = 1 WHERE pupil_id = $1 AND attempt_id = $3 AND level_id = $2 \
         AND {PLAUSIBLY_FIRST}"
    );
    for _ in 0..3 {
        savepoint::set(db, backend, "first_try").await?;
        match run_all(db, r, [&unmark, &mark]).await {
            Ok(()) => return savepoint::release(db, backend, "first_try").await,
            Err(e) if is_unique_violation(&e) => savepoint::undo(db, backend, "first_try").await?,
            Err(e) => return Err(e),
        }
    }
    // Another writer kept taking the mark: it holds it, and this attempt stays unmarked.
    Ok(())
}

async fn run_all(db: &mut AnyConnection, r: &NewResult, statements: [&String; 2]) -> Result<(), sqlx::Error> {
    for sql in statements {
        sqlx::query(sql)
            .bind(r.pupil_id)
            .bind(&r.level_id)
            .bind(&r.attempt_id)
            .bind(r.finished_at)
            .execute(&mut *db)
            .await?;
    }
    Ok(())
}

fn is_unique_violation(e: &sqlx::Error) -> bool {
    e.as_database_error().is_some_and(|d| d.is_unique_violation())
}

const COLUMNS: &str = "pupil_id, attempt_id, level_id, points, max_points, stars, first_try, risky, started_at, \
     finished_at, choice_log";

fn stored_from(r: sqlx::any::AnyRow) -> StoredResult {
    StoredResult {
        pupil_id: r.get(0),
        attempt_id: r.get(1),
        level_id: r.get(2),
        points: r.get::<i64, _>(3) as u32,
        max_points: r.get::<i64, _>(4) as u32,
        stars: r.get::<i64, _>(5) as u8,
        first_try: r.get::<i64, _>(6) != 0,
        risky: r.get(7),
        started_at: r.get(8),
        finished_at: r.get(9),
        choice_log: r.get(10),
    }
}

/// Every result of a class, oldest first.
pub async fn for_class(db: &Db, class: i64) -> Result<Vec<StoredResult>, DbError> {
    let rows = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM results WHERE class_id = $1 ORDER BY received_at, attempt_id"
    ))
    .bind(class)
    .fetch_all(db)
    .await?;
    Ok(rows.into_iter().map(stored_from).collect())
}

pub async fn for_pupil(db: &Db, pupil: i64) -> Result<Vec<StoredResult>, DbError> {
    let rows = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM results WHERE pupil_id = $1 ORDER BY received_at, attempt_id"
    ))
    .bind(pupil)
    .fetch_all(db)
    .await?;
    Ok(rows.into_iter().map(stored_from).collect())
}
