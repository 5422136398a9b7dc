//! Group commit for results: requests hand their row to one writer task, which stores
//! whatever has queued up in a single transaction and answers each request only after
//! that commit. Many pupils finishing at once then cost one disk write, not one each,
//! and an acknowledged result is always a committed one.
//!
//! The writer owns its connection. Any failure other than one row's constraint (a disk
//! that fills, an I/O error, a lock it can't get) rolls the whole batch back, answers
//! every request in it with an error (the game keeps the result and sends it again) and
//! drops the connection: after SQLITE_FULL, SQLite may already have rolled the
//! transaction back by itself, and a connection in that state must never commit again.
//!
//! On PostgreSQL each row runs inside a savepoint: there one failed statement aborts the
//! whole transaction, and the row's constraint must fail that row alone. Several servers
//! may write at once there; rows go in key order so two batches lock rows in the same order.

use super::badges::{self, Sighting};
use super::results::{self, NewResult};
use super::{Backend, Db, DbError, savepoint};
use sqlx::any::AnyConnectOptions;
use sqlx::{AnyConnection, ConnectOptions, Connection};
use std::time::Duration;
use tokio::sync::{mpsc, oneshot};

/// The most rows in one transaction, so no request waits behind a huge batch.
const MAX_BATCH: usize = 128;

/// How long a batch waits for the write lock (once, at `BEGIN IMMEDIATE`; on PostgreSQL
/// for any row lock) before the whole batch is answered "busy": never a wait per row.
const LOCK_WAIT: Duration = Duration::from_secs(5);

type Job = (NewResult, oneshot::Sender<Result<bool, DbError>>);

#[derive(Clone)]
pub struct ResultWriter {
    jobs: mpsc::Sender<Job>,
}

impl ResultWriter {
    /// Starts the writer task on the current Tokio runtime, writing to `db`'s database over
    /// a connection of its own (`full_sync`: SQLite fsyncs each commit).
    pub fn spawn(db: &Db, full_sync: bool) -> Self {
        let target =
            Target { options: (*db.connect_options()).clone(), backend: super::backend(db), full_sync };
        let (jobs, mut queue) = mpsc::channel::<Job>(4096);
        tokio::spawn(async move {
            let mut connection: Option<AnyConnection> = None;
            while let Some(first) = queue.recv().await {
                let mut batch = vec![first];
                while batch.len() < MAX_BATCH {
                    match queue.try_recv() {
                        Ok(job) => batch.push(job),
                        Err(_) => break,
                    }
                }
                // Each batch runs as its own task: if it panicked, its requests are
                // answered "stopped" (their senders drop), and the writer carries on
                // with a new connection instead of dying with it.
                let written = tokio::spawn(write_batch(connection.take(), target.clone(), batch)).await;
                connection = written.unwrap_or_else(|e| {
                    tracing::error!("the result writer's batch failed: {e}; carrying on");
                    None
                });
            }
        });
        ResultWriter { jobs }
    }

    /// Stores the row; `Ok(false)` when the attempt was already stored.
    pub async fn store(&self, row: NewResult) -> Result<bool, DbError> {
        let (reply, answer) = oneshot::channel();
        self.jobs.send((row, reply)).await.map_err(|_| DbError("the result writer has stopped".into()))?;
        answer.await.map_err(|_| DbError("the result writer has stopped".into()))?
    }
}

/// The database the writer writes to, and how.
#[derive(Clone)]
struct Target {
    options: AnyConnectOptions,
    backend: Backend,
    full_sync: bool,
}

impl Target {
    async fn connect(&self) -> Result<AnyConnection, sqlx::Error> {
        let mut connection = self.options.connect().await?;
        super::prepare(&mut connection, self.backend, self.full_sync, LOCK_WAIT).await?;
        Ok(connection)
    }
}

/// Writes one batch and answers its requests; gives back the connection if it is still
/// fit to use.
async fn write_batch(
    connection: Option<AnyConnection>,
    target: Target,
    batch: Vec<Job>,
) -> Option<AnyConnection> {
    let (rows, replies): (Vec<NewResult>, Vec<_>) = batch.into_iter().unzip();
    let mut connection = match connection {
        Some(c) => c,
        None => match target.connect().await {
            Ok(c) => c,
            Err(e) => {
                answer_all(replies, &e.to_string());
                return None;
            }
        },
    };
    match write(&mut connection, &rows, target.backend).await {
        Ok(outcomes) => {
            for (reply, outcome) in replies.into_iter().zip(outcomes) {
                let _ = reply.send(outcome);
            }
            Some(connection)
        }
        Err(e) => {
            // Nothing of the batch is acknowledged. The rollback may fail (SQLite may have
            // rolled back already); the connection goes either way.
            let _ = sqlx::query("ROLLBACK").execute(&mut connection).await;
            let _ = connection.close_hard().await;
            tracing::error!("could not store {} result(s): {e}; they will be sent again", rows.len());
            answer_all(replies, &e.to_string());
            None
        }
    }
}

fn answer_all(replies: Vec<oneshot::Sender<Result<bool, DbError>>>, why: &str) {
    for reply in replies {
        let _ = reply.send(Err(DbError(why.to_owned())));
    }
}

/// One transaction for the batch. A row that breaks a constraint (its pupil was deleted a
/// moment ago) fails alone; any other error fails the batch.
async fn write(
    db: &mut AnyConnection,
    rows: &[NewResult],
    backend: Backend,
) -> Result<Vec<Result<bool, DbError>>, sqlx::Error> {
    let begin = match backend {
        Backend::Sqlite => "BEGIN IMMEDIATE",
        Backend::Postgres => "BEGIN",
    };
    sqlx::query(begin).execute(&mut *db).await?;
    let mut outcomes: Vec<Result<bool, DbError>> = rows.iter().map(|_| Ok(false)).collect();
    let mut order: Vec<usize> = (0..rows.len()).collect();
    order.sort_by(|&a, &b| {
        (rows[a].pupil_id, &rows[a].attempt_id).cmp(&(rows[b].pupil_id, &rows[b].attempt_id))
    });
    for i in order {
        savepoint::set(db, backend, "result_row").await?;
        match results::insert(db, &rows[i], backend).await {
            Ok(stored) => {
                savepoint::release(db, backend, "result_row").await?;
                outcomes[i] = Ok(stored);
            }
            Err(e) if is_constraint(&e) => {
                savepoint::undo(db, backend, "result_row").await?;
                outcomes[i] = Err(DbError::from(e));
            }
            Err(e) => return Err(e),
        }
    }
    // The badges of every result stored (or sent again: storing a badge twice changes
    // nothing) go in as one statement for the whole batch. If that breaks a constraint,
    // the results that brought badges fail: the game sends them again.
    let seen: Vec<Sighting> = rows
        .iter()
        .zip(&outcomes)
        .filter(|(_, outcome)| outcome.is_ok())
        .flat_map(|(row, _)| {
            row.badges.iter().map(|id| Sighting {
                pupil_id: row.pupil_id,
                class_id: row.class_id,
                badge_id: id,
                finished_at: row.finished_at,
            })
        })
        .collect();
    savepoint::set(db, backend, "badges").await?;
    match badges::record(db, seen).await {
        Ok(()) => savepoint::release(db, backend, "badges").await?,
        Err(e) if is_constraint(&e) => {
            savepoint::undo(db, backend, "badges").await?;
            for (row, outcome) in rows.iter().zip(outcomes.iter_mut()) {
                if !row.badges.is_empty() && outcome.is_ok() {
                    *outcome = Err(DbError(e.to_string()));
                }
            }
        }
        Err(e) => return Err(e),
    }
    sqlx::query("COMMIT").execute(&mut *db).await?;
    Ok(outcomes)
}

/// A row's own fault (a foreign key, a unique or check constraint): the transaction
/// goes on without it.
fn is_constraint(e: &sqlx::Error) -> bool {
    e.as_database_error()
        .is_some_and(|d| d.is_foreign_key_violation() || d.is_unique_violation() || d.is_check_violation())
}
