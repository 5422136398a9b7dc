//! One-time links: setting a school up, inviting a teacher, resetting a password. The link
//! carries a random 256-bit token; only its SHA-256 is stored, and the row is deleted in
//! the same transaction that uses it, so a link works once. Past `expires_at` it no longer
//! works, and the hourly retention run deletes it.

use super::{Db, DbError, now_ms};
use crate::auth::token::{hash_token, new_token};
use sqlx::Row;

pub const DAY_MS: i64 = 86_400_000;
/// Setting a school up, and an invitation: a week (the admin may send it on a Friday).
pub const SETUP_VALID_MS: i64 = 7 * DAY_MS;
pub const INVITE_VALID_MS: i64 = 7 * DAY_MS;
/// A password reset: a day.
pub const RESET_VALID_MS: i64 = DAY_MS;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Setup,
    Invite,
    Reset,
}

impl Kind {
    pub fn id(self) -> &'static str {
        match self {
            Kind::Setup => "setup",
            Kind::Invite => "invite",
            Kind::Reset => "reset",
        }
    }
}

#[derive(Debug, Clone)]
pub struct Link {
    pub school_id: Option<i64>,
    pub teacher_id: Option<i64>,
    pub email: String,
    pub expires_at: i64,
}

fn link_from(r: sqlx::any::AnyRow) -> Link {
    Link { school_id: r.get(0), teacher_id: r.get(1), email: r.get(2), expires_at: r.get(3) }
}

/// Makes a link; returns its token (shown or sent once, never stored).
pub async fn create(
    db: &Db,
    kind: Kind,
    school: Option<i64>,
    teacher: Option<i64>,
    email: &str,
    valid_ms: i64,
) -> Result<String, DbError> {
    let token = new_token();
    let now = now_ms();
    sqlx::query(
        "INSERT INTO account_links (token_hash, kind, school_id, teacher_id, email, created_at, expires_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(hash_token(&token))
    .bind(kind.id())
    .bind(school)
    .bind(teacher)
    .bind(email)
    .bind(now)
    .bind(now + valid_ms)
    .execute(db)
    .await?;
    Ok(token)
}

/// The link, if it is of this kind and still works (not used, not expired).
pub async fn peek(db: &Db, token: &str, kind: Kind) -> Result<Option<Link>, DbError> {
    if token.len() != 64 {
        return Ok(None);
    }
    let row = sqlx::query(
        "SELECT school_id, teacher_id, email, expires_at FROM account_links \
         WHERE token_hash = $1 AND kind = $2 AND expires_at > $3",
    )
    .bind(hash_token(token))
    .bind(kind.id())
    .bind(now_ms())
    .fetch_optional(db)
    .await?;
    Ok(row.map(link_from))
}

/// Uses the link up inside `tx`: deleted, and returned if it still worked. Roll the
/// transaction back and the link works again.
pub async fn take(tx: &mut sqlx::AnyConnection, token: &str, kind: Kind) -> Result<Option<Link>, DbError> {
    if token.len() != 64 {
        return Ok(None);
    }
    let row = sqlx::query(
        "DELETE FROM account_links WHERE token_hash = $1 AND kind = $2 AND expires_at > $3 \
         RETURNING school_id, teacher_id, email, expires_at",
    )
    .bind(hash_token(token))
    .bind(kind.id())
    .bind(now_ms())
    .fetch_optional(&mut *tx)
    .await?;
    Ok(row.map(link_from))
}

/// A fresh setup link for a new school, replacing any unused one when `only_one` (a
/// server's first run, started again before its link was used: the newest link printed
/// is the one that works).
pub async fn new_setup(db: &Db, only_one: bool) -> Result<String, DbError> {
    if only_one {
        sqlx::query("DELETE FROM account_links WHERE kind = 'setup'").execute(db).await?;
    }
    create(db, Kind::Setup, None, None, "", SETUP_VALID_MS).await
}

/// An invitation not used yet.
#[derive(Debug, Clone)]
pub struct Pending {
    /// The stored hash names it in the withdraw form (it can't be used as the link).
    pub id: String,
    pub email: String,
    pub expires_at: i64,
}

/// The school's invitations still waiting, newest first.
pub async fn pending_invites(db: &Db, school: i64) -> Result<Vec<Pending>, DbError> {
    let rows = sqlx::query(
        "SELECT token_hash, email, expires_at FROM account_links \
         WHERE school_id = $1 AND kind = 'invite' AND expires_at > $2 ORDER BY created_at DESC",
    )
    .bind(school)
    .bind(now_ms())
    .fetch_all(db)
    .await?;
    Ok(rows.into_iter().map(|r| Pending { id: r.get(0), email: r.get(1), expires_at: r.get(2) }).collect())
}

/// Withdraws one of the school's invitations; whether there was one.
pub async fn withdraw_invite(db: &Db, school: i64, id: &str) -> Result<bool, DbError> {
    let done =
        sqlx::query("DELETE FROM account_links WHERE token_hash = $1 AND school_id = $2 AND kind = 'invite'")
            .bind(id)
            .bind(school)
            .execute(db)
            .await?;
    Ok(done.rows_affected() > 0)
}
