//! Group commit for results: requests hand their row to one writer task, which stores
//! whatever has queued up in a single transaction and answers each request only after
//! that commit. Many pupils finishing at once then cost one disk write, not one each,
//! and an acknowledged result is always a committed one.

use super::badges::{self, Sighting};
use super::results::{self, NewResult};
use super::{Db, DbError};
use tokio::sync::{mpsc, oneshot};

/// The most rows in one transaction, so no request waits behind a huge batch.
const MAX_BATCH: usize = 128;

type Job = (NewResult, oneshot::Sender<Result<bool, DbError>>);

#[derive(Clone)]
pub struct ResultWriter {
    jobs: mpsc::Sender<Job>,
}

impl ResultWriter {
    /// Starts the writer task on the current Tokio runtime.
    pub fn spawn(db: Db) -> Self {
        let (jobs, mut queue) = mpsc::channel::<Job>(4096);
        tokio::spawn(async move {
            while let Some(first) = queue.recv().await {
                let mut batch = vec![first];
                while batch.len() < MAX_BATCH {
                    match queue.try_recv() {
                        Ok(job) => batch.push(job),
                        Err(_) => break,
                    }
                }
                write(&db, batch).await;
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

async fn write(db: &Db, batch: Vec<Job>) {
    let mut outcomes: Vec<Result<bool, DbError>> = Vec::with_capacity(batch.len());
    let committed = async {
        let mut tx = db.begin().await?;
        for (row, _) in &batch {
            // A row that fails (its pupil was just deleted) fails alone; SQLite keeps the
            // transaction going.
            outcomes.push(results::insert(&mut tx, row).await);
        }
        // The badges of every result stored (or sent again: storing a badge twice changes
        // nothing) go in as one statement for the whole batch. If that fails, so do the
        // results that brought badges: the game sends them again, and they come along.
        let seen: Vec<Sighting> = batch
            .iter()
            .zip(&outcomes)
            .filter(|(_, outcome)| outcome.is_ok())
            .flat_map(|((row, _), _)| {
                row.badges.iter().map(|id| Sighting {
                    pupil_id: row.pupil_id,
                    class_id: row.class_id,
                    badge_id: id,
                    finished_at: row.finished_at,
                })
            })
            .collect();
        if let Err(e) = badges::record(&mut tx, seen).await {
            for ((row, _), outcome) in batch.iter().zip(outcomes.iter_mut()) {
                if !row.badges.is_empty() && outcome.is_ok() {
                    *outcome = Err(DbError(e.0.clone()));
                }
            }
        }
        tx.commit().await
    }
    .await;
    for ((_, reply), outcome) in
        batch.into_iter().zip(outcomes.into_iter().map(Some).chain(std::iter::repeat_with(|| None)))
    {
        let answer = match (&committed, outcome) {
            (Ok(()), Some(outcome)) => outcome,
            (Err(e), _) => Err(DbError(e.to_string())),
            (Ok(()), None) => Err(DbError("not written".into())),
        };
        let _ = reply.send(answer);
    }
}
