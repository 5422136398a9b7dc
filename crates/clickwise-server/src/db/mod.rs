//! The store: SQLite (one file, the embedded default) or PostgreSQL (a grid's shared
//! database, `--database postgres://…`), both through `sqlx::Any` so there is one set of
//! queries. Queries use numbered `$1` binds, which both accept; integers are BIGINT on
//! PostgreSQL and read as i64; booleans are stored as 0/1 integers on both. Each back end
//! has its own migrations (`migrations/sqlite`, `migrations/postgres`), numbered alike.

pub mod badges;
pub mod card_repair;
pub mod classes;
pub mod limits;
pub mod links;
pub mod pin_hashing;
pub mod pupils;
pub mod results;
pub mod retention;
pub mod savepoint;
pub mod schools;
pub mod start_up_checks;
pub mod teachers;
pub mod writer;

use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::sqlite::SqliteConnectOptions;
use sqlx::{AnyConnection, ConnectOptions};
use std::path::Path;
use std::str::FromStr;
use std::time::Duration;

pub type Db = sqlx::AnyPool;

/// Which database a pool talks to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

pub fn backend(db: &Db) -> Backend {
    backend_of(&db.connect_options())
}

fn backend_of(options: &AnyConnectOptions) -> Backend {
    if options.database_url.scheme().starts_with("postgres") { Backend::Postgres } else { Backend::Sqlite }
}

/// Opens the SQLite database at `path`, creating it and its folder on first run.
///
/// WAL with `synchronous = NORMAL`: a commit is on disk in the WAL before the server
/// answers, so killing the server never loses an acknowledged result; only a power cut in
/// the last moment could (use `--sync full` to guard against that too, at some speed).
pub async fn open(path: &Path, full_sync: bool) -> Result<Db, String> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    // The file's URL, percent-encoded by sqlx itself.
    let url = SqliteConnectOptions::new().filename(path).create_if_missing(true).to_url_lossy();
    connect(url.as_str(), full_sync).await.map_err(|e| format!("{}: {e}", path.display()))
}

/// Opens a database by URL (`postgres://…`, or a `sqlite://` one as [`open`] makes) and
/// brings it up to date. `full_sync`: SQLite fsyncs every commit (PostgreSQL always does).
pub async fn connect(url: &str, full_sync: bool) -> Result<Db, String> {
    sqlx::any::install_default_drivers();
    let options = AnyConnectOptions::from_str(url).map_err(|e| format!("not a database address: {e}"))?;
    let backend = backend_of(&options);
    let db = AnyPoolOptions::new()
        .max_connections(if backend == Backend::Postgres { 16 } else { 8 })
        .after_connect(move |connection, _| {
            Box::pin(async move { prepare(connection, backend, full_sync, BUSY_WAIT).await })
        })
        .connect_with(options)
        .await
        .map_err(|e| format!("cannot open the database: {e}"))?;
    let migrated = match backend {
        Backend::Sqlite => sqlx::migrate!("./migrations/sqlite").run(&db).await,
        Backend::Postgres => sqlx::migrate!("./migrations/postgres").run(&db).await,
    };
    migrated.map_err(|e| format!("cannot bring the database up to date: {e}"))?;
    Ok(db)
}

/// How long a SQLite statement waits for another's write lock.
const BUSY_WAIT: Duration = Duration::from_secs(10);

/// Settings every new connection gets. SQLite's come as PRAGMAs (an `Any` URL carries
/// only the file and its open mode). On PostgreSQL a statement waits at most `busy` for a
/// lock another server holds, as SQLite's busy timeout does.
pub(crate) async fn prepare(
    connection: &mut AnyConnection,
    backend: Backend,
    full_sync: bool,
    busy: Duration,
) -> Result<(), sqlx::Error> {
    let statements = match backend {
        Backend::Sqlite => vec![
            format!("PRAGMA busy_timeout = {}", busy.as_millis()),
            "PRAGMA journal_mode = WAL".to_owned(),
            format!("PRAGMA synchronous = {}", if full_sync { "FULL" } else { "NORMAL" }),
            "PRAGMA foreign_keys = ON".to_owned(),
        ],
        Backend::Postgres => vec![format!("SET lock_timeout = {}", busy.as_millis())],
    };
    for sql in statements {
        sqlx::query(&sql).persistent(false).execute(&mut *connection).await?;
    }
    Ok(())
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
