//! Results on their way to the class server. Each finished class level is put in the
//! save's outbox first, then sent; it leaves the outbox only when the server has it, or
//! says it never can (then it is kept on the device as refused, never shown as sent). The
//! attempt id makes re-sending harmless, so a reply lost on a flaky school connection just
//! means the same result is sent again and stored once.

use super::net::{HttpRequest, Inbox, Purpose, Sender};
use crate::play::AttemptRecorded;
use crate::progress::Store;
use bevy::prelude::*;
use clickwise_core::classroom::{Delivery, PendingResult, ResultReply, ResultSubmission, is_final_refusal};
use clickwise_core::progress::Attempt;
use std::collections::BTreeSet;

/// How long to wait before trying again after the server couldn't be reached.
const RETRY_AFTER_MS: u64 = 30_000;

/// For the results screen: what has happened to this device's class results.
#[derive(Resource, Debug, Default)]
pub struct SyncStatus {
    /// Attempts sent and not yet answered.
    sending: BTreeSet<String>,
    /// When the last failed try was, so the next waits a while.
    last_failure_ms: Option<u64>,
    /// The server's score for each attempt it confirmed this session.
    pub confirmed: Vec<(String, ResultReply)>,
}

impl SyncStatus {
    /// What became of a class result: sent (the server confirmed it this session),
    /// waiting, refused, or unknown.
    pub fn delivery(&self, store: &Store, attempt_id: &str) -> Delivery {
        match self.confirmed.iter().find(|(id, _)| id == attempt_id) {
            Some((_, reply)) => Delivery::Sent(reply.clone()),
            None => store.data.delivery(attempt_id),
        }
    }
}

/// A class player's recorded result goes to the teacher, via the outbox so it survives a
/// dropped connection or a closed tab.
pub(super) fn queue_recorded(mut recorded: MessageReader<AttemptRecorded>, mut store: ResMut<Store>) {
    for r in recorded.read() {
        if queue_result(&mut store, &r.attempt, r.started_ms) {
            store.save_at_end_of_frame();
        }
    }
}

/// Puts a finished attempt in the outbox when the active profile belongs to a class.
/// Returns whether it did.
fn queue_result(store: &mut Store, attempt: &Attempt, started_at_ms: u64) -> bool {
    let Some(profile) = store.active() else { return false };
    let Some(class) = &profile.class else { return false };
    let pending = PendingResult {
        profile: profile.id.clone(),
        token: class.token.clone(),
        submission: ResultSubmission {
            attempt_id: attempt.id.clone(),
            level_id: attempt.level.clone(),
            choices: attempt.choices.clone(),
            started_at: started_at_ms,
            finished_at: attempt.finished_at * 1000,
            first_try: Some(attempt.first_try),
            badges: profile.badges.iter().map(|b| b.id.clone()).collect(),
        },
    };
    store.data.outbox.push(pending);
    true
}

/// Sends whatever is waiting, unless it is already on its way or the last try failed
/// only a moment ago.
pub(super) fn send_waiting(store: Res<Store>, mut status: ResMut<SyncStatus>, sender: Sender) {
    if store.data.outbox.is_empty() {
        return;
    }
    let now = crate::platform::now_millis();
    // The browser saying the network is back is worth trying again straight away.
    let wait = |t: u64| now.saturating_sub(t) < RETRY_AFTER_MS && !crate::platform::came_online_after(t);
    if status.last_failure_ms.is_some_and(wait) {
        return;
    }
    for pending in &store.data.outbox {
        let id = &pending.submission.attempt_id;
        if status.sending.contains(id) {
            continue;
        }
        let Ok(body) = serde_json::to_string(&pending.submission) else { continue };
        status.sending.insert(id.clone());
        sender.send(
            Purpose::Result { attempt_id: id.clone() },
            HttpRequest {
                method: "POST",
                path: "/api/results".into(),
                token: Some(pending.token.clone()),
                body: Some(body),
            },
        );
    }
}

pub(super) fn handle_replies(inbox: Res<Inbox>, mut store: ResMut<Store>, mut status: ResMut<SyncStatus>) {
    let replies = inbox.take(|p| matches!(p, Purpose::Result { .. }));
    if replies.is_empty() {
        return;
    }
    let mut changed = false;
    for (purpose, reply) in replies {
        let Purpose::Result { attempt_id } = purpose else { continue };
        status.sending.remove(&attempt_id);
        match reply {
            Ok((200, body)) => {
                status.last_failure_ms = None;
                let Ok(scored) = serde_json::from_str::<ResultReply>(&body) else {
                    // Stored (200) but the reply is garbled: the next send is a harmless duplicate.
                    warn!("The class server's reply for result {attempt_id} couldn't be read: {body}");
                    continue;
                };
                status.confirmed.push((attempt_id.clone(), scored));
                store.data.outbox.retain(|p| p.submission.attempt_id != attempt_id);
                changed = true;
            }
            // The server will never take it (the class was deleted, the level is gone, the
            // log is refused): keep it aside as refused rather than retry for ever.
            Ok((code, body)) if is_final_refusal(code) => {
                warn!("The class server refused result {attempt_id} ({code}): {body}");
                let reason = serde_json::from_str::<clickwise_core::classroom::ErrorReply>(&body)
                    .map_or(body, |e| e.error);
                store.data.refuse(&attempt_id, code, &reason, crate::platform::now_millis() / 1000);
                changed = true;
            }
            // Busy, broken or unreachable: keep it and try again later.
            Ok((code, _)) => {
                warn!("The class server couldn't take result {attempt_id} yet ({code})");
                status.last_failure_ms = Some(crate::platform::now_millis());
            }
            Err(e) => {
                info!("Result {attempt_id} will be sent later: {e}");
                status.last_failure_ms = Some(crate::platform::now_millis());
            }
        }
    }
    if changed {
        store.save();
    }
}
