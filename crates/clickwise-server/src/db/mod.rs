//! The SQLite store: opened (and created) from the configured path, in WAL mode, with the
//! migrations applied. Queries are plain SQL with `?` binds, kept portable.

pub mod badges;
pub mod card_repair;
pub mod classes;
pub mod links;
pub mod pin_hashing;
pub mod pupils;
pub mod results;
pub mod retention;
pub mod schools;
pub mod teachers;
pub mod writer;

use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use std::path::Path;
use std::time::Duration;

pub type Db = sqlx::SqlitePool;

/// Opens the database at `path`, creating it and its folder on first run.
///
/// WAL with `synchronous = NORMAL`: a commit is on disk in the WAL before the server
/// answers, so killing the server never loses an acknowledged result; only a power cut in
/// the last moment could (use `--sync full` to guard against that too, at some speed).
pub async fn open(path: &Path, full_sync: bool) -> Result<Db, String> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    let options = SqliteConnectOptions::new()
        .filename(path)
        .create_if_missing(true)
        .journal_mode(SqliteJournalMode::Wal)
        .synchronous(if full_sync { SqliteSynchronous::Full } else { SqliteSynchronous::Normal })
        .foreign_keys(true)
        .busy_timeout(Duration::from_secs(10));
    let db = SqlitePoolOptions::new()
        .max_connections(8)
        .connect_with(options)
        .await
        .map_err(|e| format!("{}: cannot open the database: {e}", path.display()))?;
    sqlx::migrate!("./migrations")
        .run(&db)
        .await
        .map_err(|e| format!("{}: cannot bring the database up to date: {e}", path.display()))?;
    Ok(db)
}

/// Milliseconds since 1970.
pub fn now_ms() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_millis() as i64)
}

/// A database failure, logged in full and shown to people only as "something went wrong".
#[derive(Debug)]
pub struct DbError(pub String);

impl From<sqlx::Error> for DbError {
    fn from(e: sqlx::Error) -> Self {
        DbError(e.to_string())
    }
}

impl std::fmt::Display for DbError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}
