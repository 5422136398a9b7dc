//! Security events (wrong codes, lockouts, resets, deletions) go to the server's log
//! under the `security` target, for whoever runs the server to watch. They name no
//! address, e-mail or pupil, and nothing of them goes into the database.

pub fn event(what: &str) {
    tracing::warn!(target: "security", "security: {what}");
}
