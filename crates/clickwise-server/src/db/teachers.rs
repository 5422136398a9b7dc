//! Teacher accounts and their sign-in sessions.

use super::{Db, DbError, now_ms};
use sqlx::Row;

pub struct Teacher {
    pub id: i64,
    pub email: String,
    pub csrf: String,
    /// The language of their pages: `en` or `cy`.
    pub lang: String,
    /// Their school (`None` only for an older account not yet adopted: `schools::adopt`).
    pub school: Option<i64>,
    /// Runs the school (`/teacher/school`).
    pub is_admin: bool,
    /// May read the school view (`/teacher/school-view`).
    pub school_view: bool,
}

/// Creates an account in no school (benches and tests; the server itself makes accounts in
/// a school: `schools::add_teacher`); `None` when the email is already used.
pub async fn create(db: &Db, email: &str, password_hash: &str) -> Result<Option<i64>, DbError> {
    let row = sqlx::query(
        "INSERT INTO teachers (email, password_hash, created_at) VALUES ($1, $2, $3) \
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
    let row = sqlx::query("SELECT id, password_hash FROM teachers WHERE email = $1")
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
    sqlx::query("DELETE FROM sessions WHERE expires_at < $1").bind(now).execute(db).await?;
    sqlx::query(
        "INSERT INTO sessions (token_hash, teacher_id, csrf, expires_at, idle_until) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(token_hash)
    .bind(teacher)
    .bind(csrf)
    .bind(now + hours * 3_600_000)
    .bind(now + IDLE_MS)
    .execute(db)
    .await?;
    Ok(())
}

/// A session unused for this long ends (two hours: a lesson and a break).
pub const IDLE_MS: i64 = 2 * 3_600_000;
/// The idle deadline is moved on at most this often, so page views don't each write.
const IDLE_STEP_MS: i64 = 5 * 60_000;

/// The teacher of a live session (not past its end, not left idle), moving its idle
/// deadline on.
pub async fn by_session(db: &Db, token_hash: &str) -> Result<Option<Teacher>, DbError> {
    let now = now_ms();
    let row = sqlx::query(
        "SELECT t.id, t.email, s.csrf, s.idle_until, t.lang, t.school_id, t.is_admin, t.school_view FROM sessions s JOIN teachers t ON t.id = s.teacher_id \
         WHERE s.token_hash = $1 AND s.expires_at > $2 AND (s.idle_until = 0 OR s.idle_until > $3)",
    )
    .bind(token_hash)
    .bind(now)
    .bind(now)
    .fetch_optional(db)
    .await?;
    let Some(row) = row else { return Ok(None) };
    let idle_until: i64 = row.get(3);
    if idle_until != 0 && idle_until - now < IDLE_MS - IDLE_STEP_MS {
        sqlx::query("UPDATE sessions SET idle_until = $1 WHERE token_hash = $2")
            .bind(now + IDLE_MS)
            .bind(token_hash)
            .execute(db)
            .await?;
    }
    Ok(Some(Teacher {
        id: row.get(0),
        email: row.get(1),
        csrf: row.get(2),
        lang: row.get(4),
        school: row.get(5),
        is_admin: row.get::<i64, _>(6) != 0,
        school_view: row.get::<i64, _>(7) != 0,
    }))
}

/// A new password: stored, and every other session of the account ends (someone who
/// knew the old one is signed out everywhere).
pub async fn change_password(
    db: &Db,
    teacher: i64,
    password_hash: &str,
    keep_session: &str,
) -> Result<u64, DbError> {
    let mut tx = db.begin().await?;
    sqlx::query("UPDATE teachers SET password_hash = $1 WHERE id = $2")
        .bind(password_hash)
        .bind(teacher)
        .execute(&mut *tx)
        .await?;
    let ended = sqlx::query("DELETE FROM sessions WHERE teacher_id = $1 AND token_hash <> $2")
        .bind(teacher)
        .bind(keep_session)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(ended.rows_affected())
}

/// The password hash of an account.
pub async fn password_hash(db: &Db, teacher: i64) -> Result<Option<String>, DbError> {
    Ok(sqlx::query_scalar("SELECT password_hash FROM teachers WHERE id = $1")
        .bind(teacher)
        .fetch_optional(db)
        .await?)
}

/// Sets the language of the teacher's pages (`en` or `cy`).
pub async fn set_lang(db: &Db, teacher: i64, lang: &str) -> Result<(), DbError> {
    sqlx::query("UPDATE teachers SET lang = $1 WHERE id = $2").bind(lang).bind(teacher).execute(db).await?;
    Ok(())
}

pub async fn end_session(db: &Db, token_hash: &str) -> Result<(), DbError> {
    sqlx::query("DELETE FROM sessions WHERE token_hash = $1").bind(token_hash).execute(db).await?;
    Ok(())
}

/// A password set from a reset link: stored, and every session of the account ends.
pub async fn reset_password(
    tx: &mut sqlx::AnyConnection,
    teacher: i64,
    school: i64,
    password_hash: &str,
) -> Result<bool, DbError> {
    let done = sqlx::query("UPDATE teachers SET password_hash = $1 WHERE id = $2 AND school_id = $3")
        .bind(password_hash)
        .bind(teacher)
        .bind(school)
        .execute(&mut *tx)
        .await?;
    sqlx::query("DELETE FROM sessions WHERE teacher_id = $1").bind(teacher).execute(&mut *tx).await?;
    // Any other reset link for the account is spent too.
    sqlx::query("DELETE FROM account_links WHERE teacher_id = $1 AND kind = 'reset'")
        .bind(teacher)
        .execute(&mut *tx)
        .await?;
    Ok(done.rows_affected() == 1)
}
