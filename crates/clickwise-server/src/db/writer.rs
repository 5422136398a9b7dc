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

use super::badges::{self, Sighting};
use super::results::{self, NewResult};
use super::{Db, DbError};
use sqlx::sqlite::{SqliteConnectOptions, SqliteConnection};
use sqlx::{ConnectOptions, Connection};
use std::time::Duration;
use tokio::sync::{mpsc, oneshot};

/// The most rows in one transaction, so no request waits behind a huge batch.
const MAX_BATCH: usize = 128;

/// How long a batch waits for the write lock (once, at `BEGIN IMMEDIATE`) before the
/// whole batch is answered "busy": never a wait per row.
const LOCK_WAIT: Duration = Duration::from_secs(5);

type Job = (NewResult, oneshot::Sender<Result<bool, DbError>>);

#[derive(Clone)]
pub struct ResultWriter {
    jobs: mpsc::Sender<Job>,
}

impl ResultWriter {
    /// Starts the writer task on the current Tokio runtime, writing to `db`'s file over a
    /// connection of its own.
    pub fn spawn(db: &Db) -> Self {
        let options = (*db.connect_options()).clone().busy_timeout(LOCK_WAIT);
        let (jobs, mut queue) = mpsc::channel::<Job>(4096);
        tokio::spawn(async move {
            let mut connection: Option<SqliteConnection> = None;
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
                let written = tokio::spawn(write_batch(connection.take(), options.clone(), batch)).await;
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

/// Writes one batch and answers its requests; gives back the connection if it is still
/// fit to use.
async fn write_batch(
    connection: Option<SqliteConnection>,
    options: SqliteConnectOptions,
    batch: Vec<Job>,
) -> Option<SqliteConnection> {
    let (rows, replies): (Vec<NewResult>, Vec<_>) = batch.into_iter().unzip();
    let mut connection = match connection {
        Some(c) => c,
        None => match options.connect().await {
            Ok(c) => c,
            Err(e) => {
                answer_all(replies, &e.to_string());
                return None;
            }
        },
    };
    match write(&mut connection, &rows).await {
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
    db: &mut SqliteConnection,
    rows: &[NewResult],
) -> Result<Vec<Result<bool, DbError>>, sqlx::Error> {
    sqlx::query("BEGIN IMMEDIATE").execute(&mut *db).await?;
    let mut outcomes = Vec::with_capacity(rows.len());
    for row in rows {
        match results::insert(db, row).await {
            Ok(stored) => outcomes.push(Ok(stored)),
            Err(e) if is_constraint(&e) => outcomes.push(Err(DbError::from(e))),
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
    match badges::record(db, seen).await {
        Ok(()) => {}
        Err(e) if is_constraint(&e) => {
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
