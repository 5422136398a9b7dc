//! Classes, their codes and their assigned levels. Every query that a teacher's request
//! makes names the teacher too, so one teacher can never reach another's class.

use super::{Db, DbError, now_ms};
use clickwise_core::Phase;
use clickwise_core::text::Lang;
use sqlx::Row;

#[derive(Debug, Clone)]
pub struct Class {
    pub id: i64,
    pub teacher_id: i64,
    pub name: String,
    pub phase: Phase,
    pub code: String,
    /// When the class and everything of it is deleted: ms since 1970, midnight UTC at the
    /// end of the last day kept (`db::retention`).
    pub delete_after: i64,
    /// The language pupils who join start in.
    pub lang: Lang,
    /// The framework its progress is shown by.
    pub framework: Framework,
}

/// The curriculum framework a class's dashboard, CSV and pupil pages follow.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Framework {
    /// Education for a Connected World (UKCIS), England's: strands and statements.
    #[default]
    Efcw,
    /// The Citizenship elements of Wales's Digital Competence Framework.
    Dcf,
}

impl Framework {
    pub fn id(self) -> &'static str {
        match self {
            Framework::Efcw => "efcw",
            Framework::Dcf => "dcf",
        }
    }

    /// Anything else (edited by hand) reads as the default.
    pub fn from_id(id: &str) -> Framework {
        if id == "dcf" { Framework::Dcf } else { Framework::Efcw }
    }
}

#[derive(Debug, Clone)]
pub struct Assignment {
    pub level_id: String,
    pub due: Option<String>,
}

fn class_from(r: sqlx::any::AnyRow) -> Class {
    Class {
        id: r.get(0),
        teacher_id: r.get(1),
        name: r.get(2),
        // Written only from `Phase::id`; an unknown name (edited by hand) reads as the youngest.
        phase: Phase::from_id(r.get::<&str, _>(3)).unwrap_or(Phase::Ks1),
        code: r.get(4),
        delete_after: r.get(5),
        lang: lang_from(r.try_get("lang").unwrap_or_default()),
        framework: Framework::from_id(r.try_get("framework").unwrap_or_default()),
    }
}

/// Written only from [`lang_id`]; anything else (edited by hand) reads as English.
fn lang_from(id: &str) -> Lang {
    if id == "cy" { Lang::Cy } else { Lang::En }
}

pub fn lang_id(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "en",
        Lang::Cy => "cy",
    }
}

/// Gives one of the teacher's classes a fresh code (tried again on the rare clash).
pub async fn new_code(db: &Db, teacher: i64, class: i64) -> Result<bool, DbError> {
    for _ in 0..20 {
        let code = crate::auth::token::class_code();
        let done = sqlx::query(
            "UPDATE classes SET code = $1 WHERE id = $2 AND teacher_id = $3 \
             AND NOT EXISTS (SELECT 1 FROM classes WHERE code = $4)",
        )
        .bind(&code)
        .bind(class)
        .bind(teacher)
        .bind(&code)
        .execute(db)
        .await?;
        if done.rows_affected() == 1 {
            return Ok(true);
        }
        if get(db, teacher, class).await?.is_none() {
            return Ok(false);
        }
    }
    Err(DbError("no free class code after 20 tries".into()))
}

/// The most classes one teacher account can have.
pub const MAX_PER_TEACHER: i64 = 50;

/// How many classes the teacher has.
pub async fn count_for(db: &Db, teacher: i64) -> Result<i64, DbError> {
    Ok(sqlx::query_scalar("SELECT COUNT(*) FROM classes WHERE teacher_id = $1")
        .bind(teacher)
        .fetch_one(db)
        .await?)
}

/// Sets the framework one of the teacher's classes is shown by.
pub async fn set_framework(db: &Db, teacher: i64, class: i64, framework: Framework) -> Result<bool, DbError> {
    let done = sqlx::query("UPDATE classes SET framework = $1 WHERE id = $2 AND teacher_id = $3")
        .bind(framework.id())
        .bind(class)
        .bind(teacher)
        .execute(db)
        .await?;
    Ok(done.rows_affected() == 1)
}

/// Sets the language of one of the teacher's classes.
pub async fn set_lang(db: &Db, teacher: i64, class: i64, lang: Lang) -> Result<bool, DbError> {
    let done = sqlx::query("UPDATE classes SET lang = $1 WHERE id = $2 AND teacher_id = $3")
        .bind(lang_id(lang))
        .bind(class)
        .bind(teacher)
        .execute(db)
        .await?;
    Ok(done.rows_affected() == 1)
}

const COLUMNS: &str = "id, teacher_id, name, phase, code, delete_after, lang, framework";

/// Creates a class with a fresh eight-digit code (tried again on the rare clash).
/// It is kept to the end of the school year it is for
/// ([`default_delete_after`](super::retention::default_delete_after)).
pub async fn create(db: &Db, teacher: i64, name: &str, phase: Phase) -> Result<Class, DbError> {
    create_at(db, teacher, name, phase, now_ms()).await
}

/// [`create`] as if at `made_at` (ms since 1970): tests and benches date classes.
pub async fn create_at(
    db: &Db,
    teacher: i64,
    name: &str,
    phase: Phase,
    made_at: i64,
) -> Result<Class, DbError> {
    let delete_after = super::retention::default_delete_after(made_at);
    for _ in 0..20 {
        let code = crate::auth::token::class_code();
        let row = sqlx::query(&format!(
            "INSERT INTO classes (teacher_id, name, phase, code, delete_after, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (code) DO NOTHING RETURNING {COLUMNS}"
        ))
        .bind(teacher)
        .bind(name)
        .bind(phase.id())
        .bind(&code)
        .bind(delete_after)
        .bind(made_at)
        .fetch_optional(db)
        .await?;
        if let Some(r) = row {
            return Ok(class_from(r));
        }
    }
    Err(DbError("could not find a free class code".into()))
}

pub async fn list(db: &Db, teacher: i64) -> Result<Vec<Class>, DbError> {
    let rows = sqlx::query(&format!("SELECT {COLUMNS} FROM classes WHERE teacher_id = $1 ORDER BY name, id"))
        .bind(teacher)
        .fetch_all(db)
        .await?;
    Ok(rows.into_iter().map(class_from).collect())
}

/// The class, only if it is this teacher's.
pub async fn get(db: &Db, teacher: i64, class: i64) -> Result<Option<Class>, DbError> {
    let row = sqlx::query(&format!("SELECT {COLUMNS} FROM classes WHERE id = $1 AND teacher_id = $2"))
        .bind(class)
        .bind(teacher)
        .fetch_optional(db)
        .await?;
    Ok(row.map(class_from))
}

/// Every class of the school's teachers, with the teacher's e-mail, by teacher then name.
pub async fn of_school(db: &Db, school: i64) -> Result<Vec<(Class, String)>, DbError> {
    let columns = COLUMNS.split(", ").map(|c| format!("c.{c}")).collect::<Vec<_>>().join(", ");
    let rows = sqlx::query(&format!(
        "SELECT {columns}, t.email FROM classes c JOIN teachers t ON t.id = c.teacher_id \
         WHERE t.school_id = $1 ORDER BY t.email, c.name, c.id"
    ))
    .bind(school)
    .fetch_all(db)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| {
            let email: String = r.get(8);
            (class_from(r), email)
        })
        .collect())
}

pub async fn by_code(db: &Db, code: &str) -> Result<Option<Class>, DbError> {
    let row = sqlx::query(&format!("SELECT {COLUMNS} FROM classes WHERE code = $1"))
        .bind(code)
        .fetch_optional(db)
        .await?;
    Ok(row.map(class_from))
}

pub async fn by_id(db: &Db, class: i64) -> Result<Option<Class>, DbError> {
    let row = sqlx::query(&format!("SELECT {COLUMNS} FROM classes WHERE id = $1"))
        .bind(class)
        .fetch_optional(db)
        .await?;
    Ok(row.map(class_from))
}

/// Deletes the class and, through the foreign keys, its pupils, tokens, assignments and
/// results. Returns whether there was such a class.
pub async fn delete(db: &Db, teacher: i64, class: i64) -> Result<bool, DbError> {
    let done = sqlx::query("DELETE FROM classes WHERE id = $1 AND teacher_id = $2")
        .bind(class)
        .bind(teacher)
        .execute(db)
        .await?;
    Ok(done.rows_affected() > 0)
}

/// Keeps the teacher's class to `delete_after` (ms since 1970, from `db::retention`).
pub async fn set_delete_after(db: &Db, teacher: i64, class: i64, delete_after: i64) -> Result<(), DbError> {
    sqlx::query("UPDATE classes SET delete_after = $1 WHERE id = $2 AND teacher_id = $3")
        .bind(delete_after)
        .bind(class)
        .bind(teacher)
        .execute(db)
        .await?;
    Ok(())
}

pub async fn assignments(db: &Db, class: i64) -> Result<Vec<Assignment>, DbError> {
    let rows =
        sqlx::query("SELECT level_id, due_date FROM assignments WHERE class_id = $1 ORDER BY position")
            .bind(class)
            .fetch_all(db)
            .await?;
    Ok(rows.into_iter().map(|r| Assignment { level_id: r.get(0), due: r.get(1) }).collect())
}

/// Replaces the class's assignments, in the order given, in one transaction.
pub async fn set_assignments(db: &Db, class: i64, list: &[Assignment]) -> Result<(), DbError> {
    let mut tx = db.begin().await?;
    sqlx::query("DELETE FROM assignments WHERE class_id = $1").bind(class).execute(&mut *tx).await?;
    for (position, a) in list.iter().enumerate() {
        sqlx::query(
            "INSERT INTO assignments (class_id, level_id, due_date, position) VALUES ($1, $2, $3, $4)",
        )
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
