//! Savepoints for PostgreSQL, where one failed statement aborts the whole transaction
//! unless it is rolled back to a savepoint. On SQLite a failed statement undoes only
//! itself and the transaction goes on, so these do nothing there.

use super::Backend;
use sqlx::AnyConnection;

/// Starts a savepoint named `name` (a fixed identifier, never input).
pub async fn set(db: &mut AnyConnection, backend: Backend, name: &str) -> Result<(), sqlx::Error> {
    run(db, backend, format!("SAVEPOINT {name}")).await
}

/// Keeps what was done since the savepoint.
pub async fn release(db: &mut AnyConnection, backend: Backend, name: &str) -> Result<(), sqlx::Error> {
    run(db, backend, format!("RELEASE SAVEPOINT {name}")).await
}

/// Undoes what was done since the savepoint; the transaction goes on.
pub async fn undo(db: &mut AnyConnection, backend: Backend, name: &str) -> Result<(), sqlx::Error> {
    run(db, backend, format!("ROLLBACK TO SAVEPOINT {name}")).await?;
    release(db, backend, name).await
}

async fn run(db: &mut AnyConnection, backend: Backend, sql: String) -> Result<(), sqlx::Error> {
    if backend == Backend::Postgres {
        sqlx::query(&sql).persistent(false).execute(db).await?;
    }
    Ok(())
}
