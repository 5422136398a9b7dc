//! Classes, their codes and their assigned levels. Every query that a teacher's request
//! makes names the teacher too, so one teacher can never reach another's class.

use super::{Db, DbError, now_ms};
use clickwise_core::Phase;
use sqlx::Row;

#[derive(Debug, Clone)]
pub struct Class {
    pub id: i64,
    pub teacher_id: i64,
    pub name: String,
    pub phase: Phase,
    pub code: String,
    pub retention_days: i64,
}

#[derive(Debug, Clone)]
pub struct Assignment {
    pub level_id: String,
    pub due: Option<String>,
}

fn class_from(r: sqlx::sqlite::SqliteRow) -> Class {
    Class {
        id: r.get(0),
        teacher_id: r.get(1),
        name: r.get(2),
        // Written only from `Phase::id`; an unknown name (edited by hand) reads as the youngest.
        phase: Phase::from_id(r.get::<&str, _>(3)).unwrap_or(Phase::Ks1),
        code: r.get(4),
        retention_days: r.get(5),
    }
}

const COLUMNS: &str = "id, teacher_id, name, phase, code, retention_days";

/// Creates a class with a fresh six-digit code (tried again on the rare clash).
pub async fn create(
    db: &Db,
    teacher: i64,
    name: &str,
    phase: Phase,
    retention_days: i64,
) -> Result<Class, DbError> {
    for _ in 0..20 {
        let code = crate::auth::token::class_code();
        let row = sqlx::query(&format!(
            "INSERT INTO classes (teacher_id, name, phase, code, retention_days, created_at) \
             VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO NOTHING RETURNING {COLUMNS}"
        ))
        .bind(teacher)
        .bind(name)
        .bind(phase.id())
        .bind(&code)
        .bind(retention_days)
        .bind(now_ms())
        .fetch_optional(db)
        .await?;
        if let Some(r) = row {
            return Ok(class_from(r));
        }
    }
    Err(DbError("could not find a free class code".into()))
}

pub async fn list(db: &Db, teacher: i64) -> Result<Vec<Class>, DbError> {
    let rows = sqlx::query(&format!("SELECT {COLUMNS} FROM classes WHERE teacher_id = ? ORDER BY name, id"))
        .bind(teacher)
        .fetch_all(db)
        .await?;
    Ok(rows.into_iter().map(class_from).collect())
}

/// The class, only if it is this teacher's.
pub async fn get(db: &Db, teacher: i64, class: i64) -> Result<Option<Class>, DbError> {
    let row = sqlx::query(&format!("SELECT {COLUMNS} FROM classes WHERE id = ? AND teacher_id = ?"))
        .bind(class)
        .bind(teacher)
        .fetch_optional(db)
        .await?;
    Ok(row.map(class_from))
}

pub async fn by_code(db: &Db, code: &str) -> Result<Option<Class>, DbError> {
    let row = sqlx::query(&format!("SELECT {COLUMNS} FROM classes WHERE code = ?"))
        .bind(code)
        .fetch_optional(db)
        .await?;
    Ok(row.map(class_from))
}

pub async fn by_id(db: &Db, class: i64) -> Result<Option<Class>, DbError> {
    let row = sqlx::query(&format!("SELECT {COLUMNS} FROM classes WHERE id = ?"))
        .bind(class)
        .fetch_optional(db)
        .await?;
    Ok(row.map(class_from))
}

/// Deletes the class and, through the foreign keys, its pupils, tokens, assignments and
/// results. Returns whether there was such a class.
pub async fn delete(db: &Db, teacher: i64, class: i64) -> Result<bool, DbError> {
    let done = sqlx::query("DELETE FROM classes WHERE id = ? AND teacher_id = ?")
        .bind(class)
        .bind(teacher)
        .execute(db)
        .await?;
    Ok(done.rows_affected() > 0)
}

pub async fn set_retention(db: &Db, teacher: i64, class: i64, days: i64) -> Result<(), DbError> {
    sqlx::query("UPDATE classes SET retention_days = ? WHERE id = ? AND teacher_id = ?")
        .bind(days)
        .bind(class)
        .bind(teacher)
        .execute(db)
        .await?;
    Ok(())
}

pub async fn assignments(db: &Db, class: i64) -> Result<Vec<Assignment>, DbError> {
    let rows = sqlx::query("SELECT level_id, due_date FROM assignments WHERE class_id = ? ORDER BY position")
        .bind(class)
        .fetch_all(db)
        .await?;
    Ok(rows.into_iter().map(|r| Assignment { level_id: r.get(0), due: r.get(1) }).collect())
}

/// Replaces the class's assignments, in the order given, in one transaction.
pub async fn set_assignments(db: &Db, class: i64, list: &[Assignment]) -> Result<(), DbError> {
    let mut tx = db.begin().await?;
    sqlx::query("DELETE FROM assignments WHERE class_id = ?").bind(class).execute(&mut *tx).await?;
    for (position, a) in list.iter().enumerate() {
        sqlx::query("INSERT INTO assignments (class_id, level_id, due_date, position) VALUES (?, ?, ?, ?)")
            .bind(class)
            .bind(&a.level_id)
            .bind(&a.due)
            .bind(position as i64)
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    Ok(())
}
