//! Group commit for results: requests hand their row to one writer task, which stores
//! whatever has queued up in a single transaction and answers each request only after
//! that commit. Many pupils finishing at once then cost one disk write, not one each,
//! and an acknowledged result is always a committed one.

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
    let mut outcomes = Vec::with_capacity(batch.len());
    let committed = async {
        let mut tx = db.begin().await?;
        for (row, _) in &batch {
            // A row that fails (its pupil was just deleted) fails alone; SQLite keeps the
            // transaction going.
            outcomes.push(results::insert(&mut tx, row).await);
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
