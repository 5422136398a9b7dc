//! Schools: who belongs to one, their roles, the e-mail domains open to sign-up, and the
//! admin's clean-up (deleting an account, its classes moved or deleted). Every query names
//! the school, so an admin of one school never reaches another's staff.

use super::{Db, DbError, now_ms};
use sqlx::Row;

#[derive(Debug, Clone)]
pub struct School {
    pub id: i64,
    /// '' until the admin names it.
    pub name: String,
}

/// A teacher of the school, as the admin's page lists them.
#[derive(Debug, Clone)]
pub struct Member {
    pub id: i64,
    pub email: String,
    pub is_admin: bool,
    pub school_view: bool,
    pub classes: i64,
}

pub async fn get(db: &Db, school: i64) -> Result<Option<School>, DbError> {
    let row =
        sqlx::query("SELECT id, name FROM schools WHERE id = $1").bind(school).fetch_optional(db).await?;
    Ok(row.map(|r| School { id: r.get(0), name: r.get(1) }))
}

pub async fn rename(db: &Db, school: i64, name: &str) -> Result<(), DbError> {
    sqlx::query("UPDATE schools SET name = $1 WHERE id = $2").bind(name).bind(school).execute(db).await?;
    Ok(())
}

/// How many schools there are.
pub async fn count(db: &Db) -> Result<i64, DbError> {
    Ok(sqlx::query_scalar("SELECT COUNT(*) FROM schools").fetch_one(db).await?)
}

/// Makes a school with its first teacher as admin, inside `tx`; the teacher's id, or `None`
/// when the e-mail already has an account.
pub async fn create_with_admin(
    tx: &mut sqlx::AnyConnection,
    name: &str,
    email: &str,
    password_hash: &str,
    lang: &str,
) -> Result<Option<i64>, DbError> {
    let now = now_ms();
    let school: i64 =
        sqlx::query_scalar("INSERT INTO schools (name, created_at) VALUES ($1, $2) RETURNING id")
            .bind(name)
            .bind(now)
            .fetch_one(&mut *tx)
            .await?;
    add_teacher(tx, school, email, password_hash, lang, true).await
}

/// A new account in the school, inside `tx`; `None` when the e-mail already has one.
pub async fn add_teacher(
    tx: &mut sqlx::AnyConnection,
    school: i64,
    email: &str,
    password_hash: &str,
    lang: &str,
    admin: bool,
) -> Result<Option<i64>, DbError> {
    let now = now_ms();
    let row = sqlx::query(
        "INSERT INTO teachers (email, password_hash, created_at, last_seen_at, lang, school_id, is_admin) \
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (email) DO NOTHING RETURNING id",
    )
    .bind(email)
    .bind(password_hash)
    .bind(now)
    .bind(now)
    .bind(lang)
    .bind(school)
    .bind(i64::from(admin))
    .fetch_optional(&mut *tx)
    .await?;
    Ok(row.map(|r| r.get(0)))
}

/// Puts accounts with no school (from before schools existed) into one new school, whose
/// admin is the oldest of them, so an upgraded server loses nobody and has an admin.
/// Returns how many accounts were moved.
pub async fn adopt(db: &Db) -> Result<u64, DbError> {
    let mut tx = db.begin().await?;
    let orphans: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM teachers WHERE school_id IS NULL")
        .fetch_one(&mut *tx)
        .await?;
    if orphans == 0 {
        return Ok(0);
    }
    let school: i64 =
        sqlx::query_scalar("INSERT INTO schools (name, created_at) VALUES ('', $1) RETURNING id")
            .bind(now_ms())
            .fetch_one(&mut *tx)
            .await?;
    let moved = sqlx::query("UPDATE teachers SET school_id = $1 WHERE school_id IS NULL")
        .bind(school)
        .execute(&mut *tx)
        .await?
        .rows_affected();
    sqlx::query(
        "UPDATE teachers SET is_admin = 1 WHERE id = (SELECT MIN(t.id) FROM teachers t WHERE t.school_id = $1)",
    )
    .bind(school)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(moved)
}

const MEMBER: &str = "SELECT t.id, t.email, t.is_admin, t.school_view, \
     (SELECT COUNT(*) FROM classes c WHERE c.teacher_id = t.id) FROM teachers t";

fn member_from(r: sqlx::any::AnyRow) -> Member {
    Member {
        id: r.get(0),
        email: r.get(1),
        is_admin: r.get::<i64, _>(2) != 0,
        school_view: r.get::<i64, _>(3) != 0,
        classes: r.get(4),
    }
}

/// The school's teachers, by e-mail.
pub async fn members(db: &Db, school: i64) -> Result<Vec<Member>, DbError> {
    let rows = sqlx::query(&format!("{MEMBER} WHERE t.school_id = $1 ORDER BY t.email"))
        .bind(school)
        .fetch_all(db)
        .await?;
    Ok(rows.into_iter().map(member_from).collect())
}

/// One teacher, only if they are of this school.
pub async fn member(db: &Db, school: i64, teacher: i64) -> Result<Option<Member>, DbError> {
    let row = sqlx::query(&format!("{MEMBER} WHERE t.id = $1 AND t.school_id = $2"))
        .bind(teacher)
        .bind(school)
        .fetch_optional(db)
        .await?;
    Ok(row.map(member_from))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    Done,
    NotFound,
    /// The school would be left with no admin.
    LastAdmin,
    /// The teacher taking the classes would have more than the cap.
    TooManyClasses,
}

/// Sets a teacher's roles. The school always keeps an admin: taking the role from the last
/// one is refused (one statement, so two admins can't each remove the other).
pub async fn set_roles(
    db: &Db,
    school: i64,
    teacher: i64,
    admin: bool,
    view: bool,
) -> Result<Change, DbError> {
    if member(db, school, teacher).await?.is_none() {
        return Ok(Change::NotFound);
    }
    let done = sqlx::query(
        "UPDATE teachers SET is_admin = $1, school_view = $2 WHERE id = $3 AND school_id = $4 \
         AND ($5 = 1 OR EXISTS (SELECT 1 FROM teachers o WHERE o.school_id = $6 AND o.is_admin = 1 AND o.id <> $7))",
    )
    .bind(i64::from(admin))
    .bind(i64::from(view))
    .bind(teacher)
    .bind(school)
    .bind(i64::from(admin))
    .bind(school)
    .bind(teacher)
    .execute(db)
    .await?;
    Ok(if done.rows_affected() == 1 { Change::Done } else { Change::LastAdmin })
}

/// What deleting an account did with its classes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Deleted {
    pub classes_moved: u64,
    pub classes_deleted: u64,
}

/// Deletes a teacher's account (its sessions and links go with it), its classes first
/// moved to `move_to` (another teacher of the school) or, with `None`, deleted with their
/// pupils, results, badges and assignments. All or nothing, in one transaction.
pub async fn delete_teacher(
    db: &Db,
    school: i64,
    teacher: i64,
    move_to: Option<i64>,
) -> Result<Result<Deleted, Change>, DbError> {
    // SQLite: IMMEDIATE takes the write lock first, so the checks below still hold when the
    // rows go. PostgreSQL: SERIALIZABLE, so a change between the checks and the delete
    // fails the transaction instead.
    let begin = match super::backend(db) {
        super::Backend::Sqlite => "BEGIN IMMEDIATE",
        super::Backend::Postgres => "BEGIN ISOLATION LEVEL SERIALIZABLE",
    };
    let mut tx = db.begin_with(begin).await?;
    let found: Option<i64> =
        sqlx::query_scalar("SELECT is_admin FROM teachers WHERE id = $1 AND school_id = $2")
            .bind(teacher)
            .bind(school)
            .fetch_optional(&mut *tx)
            .await?;
    let Some(is_admin) = found else { return Ok(Err(Change::NotFound)) };
    if is_admin != 0 {
        let others: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM teachers WHERE school_id = $1 AND is_admin = 1 AND id <> $2",
        )
        .bind(school)
        .bind(teacher)
        .fetch_one(&mut *tx)
        .await?;
        if others == 0 {
            return Ok(Err(Change::LastAdmin));
        }
    }
    let mut done = Deleted::default();
    match move_to {
        Some(to) => {
            if to == teacher {
                return Ok(Err(Change::NotFound));
            }
            let theirs: Option<i64> = sqlx::query_scalar(
                "SELECT (SELECT COUNT(*) FROM classes c WHERE c.teacher_id = t.id) FROM teachers t \
                 WHERE t.id = $1 AND t.school_id = $2",
            )
            .bind(to)
            .bind(school)
            .fetch_optional(&mut *tx)
            .await?;
            let Some(theirs) = theirs else { return Ok(Err(Change::NotFound)) };
            let mine: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM classes WHERE teacher_id = $1")
                .bind(teacher)
                .fetch_one(&mut *tx)
                .await?;
            if theirs + mine > super::classes::MAX_PER_TEACHER {
                return Ok(Err(Change::TooManyClasses));
            }
            done.classes_moved = sqlx::query("UPDATE classes SET teacher_id = $1 WHERE teacher_id = $2")
                .bind(to)
                .bind(teacher)
                .execute(&mut *tx)
                .await?
                .rows_affected();
        }
        None => {
            // The foreign keys take each class's pupils, tokens, results, badges and
            // assignments with it.
            done.classes_deleted = sqlx::query("DELETE FROM classes WHERE teacher_id = $1")
                .bind(teacher)
                .execute(&mut *tx)
                .await?
                .rows_affected();
        }
    }
    sqlx::query("DELETE FROM teachers WHERE id = $1 AND school_id = $2")
        .bind(teacher)
        .bind(school)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(Ok(done))
}

/// A domain as typed, lower-case, or `None` if it isn't one (`school.example`, no `@`).
pub fn domain_of(typed: &str) -> Option<String> {
    let d = typed.trim().trim_start_matches('@').to_lowercase();
    let ok = d.len() <= 253
        && d.contains('.')
        && !d.starts_with('.')
        && !d.ends_with('.')
        && !d.contains("..")
        && d.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-');
    ok.then_some(d)
}

/// The school's domains open to sign-up.
pub async fn domains(db: &Db, school: i64) -> Result<Vec<String>, DbError> {
    Ok(sqlx::query_scalar("SELECT domain FROM sign_up_domains WHERE school_id = $1 ORDER BY domain")
        .bind(school)
        .fetch_all(db)
        .await?)
}

/// Replaces the school's domains; `Err(domain)` (and nothing changed) when another school
/// on this server has already opened that domain.
pub async fn set_domains(db: &Db, school: i64, list: &[String]) -> Result<Result<(), String>, DbError> {
    let mut tx = db.begin().await?;
    sqlx::query("DELETE FROM sign_up_domains WHERE school_id = $1").bind(school).execute(&mut *tx).await?;
    for d in list {
        let added = sqlx::query(
            "INSERT INTO sign_up_domains (domain, school_id) VALUES ($1, $2) ON CONFLICT (domain) DO NOTHING",
        )
        .bind(d)
        .bind(school)
        .execute(&mut *tx)
        .await?;
        if added.rows_affected() == 0 {
            return Ok(Err(d.clone()));
        }
    }
    tx.commit().await?;
    Ok(Ok(()))
}

/// The school whose admin opened sign-up to this e-mail's domain.
pub async fn open_to(db: &Db, email: &str) -> Result<Option<i64>, DbError> {
    let Some((_, domain)) = email.rsplit_once('@') else { return Ok(None) };
    Ok(sqlx::query_scalar("SELECT school_id FROM sign_up_domains WHERE domain = $1")
        .bind(domain)
        .fetch_optional(db)
        .await?)
}

/// Whether any school has opened sign-up (else the sign-up page just says it is closed).
pub async fn any_open(db: &Db) -> Result<bool, DbError> {
    Ok(sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM sign_up_domains").fetch_one(db).await? > 0)
}

/// The first school (open sign-up on a one-teacher server joins it).
pub async fn first(db: &Db) -> Result<Option<i64>, DbError> {
    Ok(sqlx::query_scalar("SELECT MIN(id) FROM schools").fetch_one(db).await?)
}

/// The school's classes with their teacher's e-mail, by teacher then class name.
pub async fn classes(db: &Db, school: i64) -> Result<Vec<(super::classes::Class, String)>, DbError> {
    super::classes::of_school(db, school).await
}
