//! Teacher accounts and their sign-in sessions.

use super::{Db, DbError, now_ms};
use sqlx::Row;

pub struct Teacher {
    pub id: i64,
    pub email: String,
    pub csrf: String,
}

/// Creates an account; `None` when the email is already used.
pub async fn create(db: &Db, email: &str, password_hash: &str) -> Result<Option<i64>, DbError> {
    let row = sqlx::query(
        "INSERT INTO teachers (email, password_hash, created_at) VALUES (?, ?, ?) \
         ON CONFLICT (email) DO NOTHING RETURNING id",
    )
    .bind(email)
    .bind(password_hash)
    .bind(now_ms())
    .fetch_optional(db)
    .await?;
    Ok(row.map(|r| r.get(0)))
}

/// The id and password hash for an email.
pub async fn find_login(db: &Db, email: &str) -> Result<Option<(i64, String)>, DbError> {
    let row = sqlx::query("SELECT id, password_hash FROM teachers WHERE email = ?")
        .bind(email)
        .fetch_optional(db)
        .await?;
    Ok(row.map(|r| (r.get(0), r.get(1))))
}

pub async fn start_session(
    db: &Db,
    teacher: i64,
    token_hash: &str,
    csrf: &str,
    hours: i64,
) -> Result<(), DbError> {
    let now = now_ms();
    // Tidy up expired sessions while here.
    sqlx::query("DELETE FROM sessions WHERE expires_at < ?").bind(now).execute(db).await?;
    sqlx::query("INSERT INTO sessions (token_hash, teacher_id, csrf, expires_at) VALUES (?, ?, ?, ?)")
        .bind(token_hash)
        .bind(teacher)
        .bind(csrf)
        .bind(now + hours * 3_600_000)
        .execute(db)
        .await?;
    Ok(())
}

pub async fn by_session(db: &Db, token_hash: &str) -> Result<Option<Teacher>, DbError> {
    let row = sqlx::query(
        "SELECT t.id, t.email, s.csrf FROM sessions s JOIN teachers t ON t.id = s.teacher_id \
         WHERE s.token_hash = ? AND s.expires_at > ?",
    )
    .bind(token_hash)
    .bind(now_ms())
    .fetch_optional(db)
    .await?;
    Ok(row.map(|r| Teacher { id: r.get(0), email: r.get(1), csrf: r.get(2) }))
}

pub async fn end_session(db: &Db, token_hash: &str) -> Result<(), DbError> {
    sqlx::query("DELETE FROM sessions WHERE token_hash = ?").bind(token_hash).execute(db).await?;
    Ok(())
}
