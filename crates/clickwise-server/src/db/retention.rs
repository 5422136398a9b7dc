//! How long a class and everything of it is kept, and the hourly delete.
//!
//! Each class has an absolute **delete-after** time, `classes.delete_after`: ms since 1970
//! (UTC), the moment its last kept day ends. ms rather than a `YYYY-MM-DD` text because
//! every other time in the database is ms (`created_at`, `received_at`, `expires_at`),
//! because comparing it with the clock is one indexed integer comparison, and because the
//! migration from the old day count is plain arithmetic that SQLite and PostgreSQL both
//! run (date functions differ between them). It is always midnight UTC at the end of a
//! day, so the page shows it as that day ([`last_day_kept`]): "kept until 31 July 2027"
//! means to the end of 31 July (UTC, so 1 am on 1 August in British Summer Time).
//!
//! By default a class is kept to the end of the school year it is for
//! ([`default_delete_after`]): the English school year ends on 31 July. A class made from
//! August to June is for the school year ending the coming 31 July; one made in July
//! (after the summer term's last weeks have begun) is taken to be for the coming September,
//! and is kept to the 31 July after next, so setting up next year's class in July doesn't
//! lose it within days. The teacher can choose the end of this school year, of the next,
//! or any date up to [`YEARS_AHEAD`] years ahead.
//!
//! Past that time the class goes entirely: its results, badges, pupils' tokens, pupils
//! (login cards), assignments and the class itself. The hourly run ([`apply`]) also
//! deletes pupils' old sign-in tokens, expired teacher sessions, expired one-time links
//! and stale teacher accounts (never a school's admin). Every statement finds its rows through an index (see the test
//! `every_statement_uses_an_index`): nothing scans the results.

use super::{Db, DbError};

pub const DAY_MS: i64 = 86_400_000;

/// A sign-in token older than this is deleted when the pupil has [`TOKENS_KEPT`] newer ones.
pub const TOKEN_MAX_AGE_MS: i64 = 30 * DAY_MS;
/// Each sign-in makes a token, and each device keeps its own: a class that uses a trolley
/// of 30 laptops at random can have a live token per laptop, so this many newest tokens
/// of a pupil are always kept (the rest go with the class at the end of its year).
pub const TOKENS_KEPT: i64 = 32;
/// Pupils who signed in within this long have their old tokens pruned (so each run looks
/// at recent sign-ins only, through the index, and a run missed for a day catches up).
const RECENT_SIGN_INS_MS: i64 = 2 * DAY_MS;
/// A teacher account with no classes and no sign-in for this long is deleted.
pub const STALE_TEACHER_MS: i64 = 2 * 365 * DAY_MS;
/// The latest date a teacher can choose: a primary school's whole span (Reception to Year 6).
pub const YEARS_AHEAD: i64 = 7;

/// What one run deleted.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Deleted {
    pub classes: u64,
    pub results: u64,
    pub tokens: u64,
    pub sessions: u64,
    pub teachers: u64,
    pub links: u64,
}

impl Deleted {
    pub fn is_empty(&self) -> bool {
        *self == Deleted::default()
    }
}

/// Classes past their delete-after time, oldest first, a batch at a time
/// (index `classes_by_delete_after`).
pub(crate) const EXPIRED_CLASSES: &str =
    "SELECT id FROM classes WHERE delete_after <= $1 ORDER BY delete_after LIMIT 100";
/// Still expired, checked again once the write lock is held (the teacher may just have
/// chosen a later date).
pub(crate) const STILL_EXPIRED: &str = "SELECT id FROM classes WHERE id = $1 AND delete_after <= $2";
/// Everything of one class, by its id, each through an index on `class_id`; children first,
/// so the foreign keys' cascades find nothing left to do.
pub(crate) const DELETE_CLASS: [&str; 6] = [
    "DELETE FROM results WHERE class_id = $1",
    "DELETE FROM pupil_badges WHERE class_id = $1",
    "DELETE FROM pupil_tokens WHERE class_id = $1",
    "DELETE FROM assignments WHERE class_id = $1",
    "DELETE FROM pupils WHERE class_id = $1",
    "DELETE FROM classes WHERE id = $1",
];
/// A pupil's tokens older than [`TOKEN_MAX_AGE_MS`] beyond their newest [`TOKENS_KEPT`], for
/// pupils who signed in recently. Binds: recent-since, older-than, how many to keep.
pub(crate) const PRUNE_TOKENS: &str = "DELETE FROM pupil_tokens \
     WHERE pupil_id IN (SELECT r.pupil_id FROM pupil_tokens r WHERE r.created_at >= $1) \
     AND created_at < $2 \
     AND token_hash NOT IN (SELECT k.token_hash FROM pupil_tokens k \
         WHERE k.pupil_id = pupil_tokens.pupil_id ORDER BY k.created_at DESC LIMIT $3)";
/// A teacher was last seen when their latest session ends (sign-in plus the session's
/// length): recorded before expired sessions are deleted.
pub(crate) const NOTE_LAST_SEEN: &str = "UPDATE teachers SET last_seen_at = \
     (SELECT MAX(s.expires_at) FROM sessions s WHERE s.teacher_id = teachers.id) \
     WHERE id IN (SELECT teacher_id FROM sessions) \
     AND last_seen_at < (SELECT MAX(s.expires_at) FROM sessions s WHERE s.teacher_id = teachers.id)";
/// Past their end, or left idle (`idle_until`, 0 for sessions older than it).
pub(crate) const DELETE_SESSIONS: &str =
    "DELETE FROM sessions WHERE expires_at <= $1 OR (idle_until <> 0 AND idle_until <= $1)";
/// Accounts neither made nor seen since the cut-off, with no classes left. A school's
/// admins are never deleted here: a school left without one could not be run (invite,
/// reset, clean up) without touching the database by hand.
pub(crate) const STALE_TEACHERS: &str = "SELECT id FROM teachers t WHERE t.last_seen_at < $1 \
     AND t.created_at < $2 AND t.is_admin = 0 AND NOT EXISTS (SELECT 1 FROM classes c WHERE c.teacher_id = t.id)";
pub(crate) const DELETE_TEACHER: &str = "DELETE FROM teachers WHERE id = $1 AND is_admin = 0 AND NOT EXISTS \
     (SELECT 1 FROM classes c WHERE c.teacher_id = teachers.id)";
/// One-time links (setup, invitations, resets) past their end (index `account_links_by_expiry`).
pub(crate) const DELETE_LINKS: &str = "DELETE FROM account_links WHERE expires_at <= $1";

/// Deletes every class past its delete-after time with everything of it, pupils' old
/// tokens, expired teacher sessions and stale teacher accounts, as of `now_ms`.
pub async fn apply(db: &Db, now_ms: i64) -> Result<Deleted, DbError> {
    let mut done = Deleted::default();
    loop {
        let expired: Vec<i64> = sqlx::query_scalar(EXPIRED_CLASSES).bind(now_ms).fetch_all(db).await?;
        if expired.is_empty() {
            break;
        }
        for class in expired {
            if let Some(results) = delete_class(db, class, now_ms).await? {
                done.classes += 1;
                done.results += results;
            }
        }
    }
    done.tokens = sqlx::query(PRUNE_TOKENS)
        .bind(now_ms - RECENT_SIGN_INS_MS)
        .bind(now_ms - TOKEN_MAX_AGE_MS)
        .bind(TOKENS_KEPT)
        .execute(db)
        .await?
        .rows_affected();
    sqlx::query(NOTE_LAST_SEEN).execute(db).await?;
    done.sessions = sqlx::query(DELETE_SESSIONS).bind(now_ms).execute(db).await?.rows_affected();
    done.links = sqlx::query(DELETE_LINKS).bind(now_ms).execute(db).await?.rows_affected();
    let cut = now_ms - STALE_TEACHER_MS;
    let stale: Vec<i64> = sqlx::query_scalar(STALE_TEACHERS).bind(cut).bind(cut).fetch_all(db).await?;
    for teacher in stale {
        // One at a time: an account something else still refers to stays, and the rest go.
        match sqlx::query(DELETE_TEACHER).bind(teacher).execute(db).await {
            Ok(r) => done.teachers += r.rows_affected(),
            Err(e) => tracing::warn!("retention: kept stale teacher account {teacher}: {e}"),
        }
    }
    Ok(done)
}

/// Deletes one expired class and everything of it in one transaction; the number of its
/// results, or `None` if it is no longer expired.
async fn delete_class(db: &Db, class: i64, now_ms: i64) -> Result<Option<u64>, DbError> {
    // SQLite: IMMEDIATE takes the write lock first (waiting out the busy timeout once), so
    // the check below still holds when the rows go. PostgreSQL: the class's row is locked
    // (FOR UPDATE) for the same reason.
    let (begin, still_expired) = match super::backend(db) {
        super::Backend::Sqlite => ("BEGIN IMMEDIATE", STILL_EXPIRED.to_owned()),
        super::Backend::Postgres => ("BEGIN", format!("{STILL_EXPIRED} FOR UPDATE")),
    };
    let mut tx = db.begin_with(begin).await?;
    let still: Vec<i64> =
        sqlx::query_scalar(&still_expired).bind(class).bind(now_ms).fetch_all(&mut *tx).await?;
    if still.is_empty() {
        return Ok(None);
    }
    let mut results = 0;
    for (i, sql) in DELETE_CLASS.iter().enumerate() {
        let n = sqlx::query(sql).bind(class).execute(&mut *tx).await?.rows_affected();
        if i == 0 {
            results = n;
        }
    }
    tx.commit().await?;
    Ok(Some(results))
}

/// Midnight UTC at the end of the day `days` (days since 1970-01-01).
fn end_of(days: i64) -> i64 {
    (days + 1) * DAY_MS
}

/// The end of the school year that contains `now_ms`: the end of the coming 31 July (today,
/// if today is 31 July). "The end of this school year" on the class page.
pub fn end_of_this_school_year(now_ms: i64) -> i64 {
    let today = now_ms.div_euclid(DAY_MS);
    let (year, month, _) = civil_from_days(today);
    end_of(days_from_civil(if month > 7 { year + 1 } else { year }, 7, 31))
}

/// The end of the school year after this one.
pub fn end_of_next_school_year(now_ms: i64) -> i64 {
    years_later(end_of_this_school_year(now_ms), 1)
}

/// The delete-after time a class made at `made_ms` gets: the end of the school year it is
/// for. One made in July is for the coming September (see the module's notes).
pub fn default_delete_after(made_ms: i64) -> i64 {
    let (_, month, _) = civil_from_days(made_ms.div_euclid(DAY_MS));
    if month == 7 { end_of_next_school_year(made_ms) } else { end_of_this_school_year(made_ms) }
}

/// The same 31 July end `years` later.
fn years_later(end: i64, years: i64) -> i64 {
    let (y, m, d) = civil_from_days(end.div_euclid(DAY_MS) - 1);
    end_of(days_from_civil(y + years, m, d))
}

/// The last day a class with this delete-after time is kept, as `YYYY-MM-DD`.
pub fn last_day_kept(delete_after: i64) -> String {
    iso_date(delete_after - 1)
}

/// The delete-after time for keeping to the end of `iso` (`YYYY-MM-DD`), if it is a real date.
pub fn end_of_date(iso: &str) -> Option<i64> {
    let mut it = iso.trim().splitn(3, '-');
    let (y, m, d) = (it.next()?, it.next()?, it.next()?);
    if y.len() != 4
        || m.len() != 2
        || d.len() != 2
        || !(y.to_owned() + m + d).bytes().all(|b| b.is_ascii_digit())
    {
        return None;
    }
    let (y, m, d): (i64, u32, u32) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    let days = days_from_civil(y, m, d);
    // 31 February comes back as 3 March: not a real date.
    (civil_from_days(days) == (y, m, d)).then(|| end_of(days))
}

/// The choices the class page offers, as of `now_ms`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choices {
    pub this_year: i64,
    pub next_year: i64,
    /// The range of dates that can be chosen, `YYYY-MM-DD`: today to [`YEARS_AHEAD`] years on.
    pub earliest: String,
    pub latest: String,
}

pub fn choices(now_ms: i64) -> Choices {
    let today = now_ms.div_euclid(DAY_MS);
    let (y, m, d) = civil_from_days(today);
    // 29 February seven years on is 1 March.
    let latest = civil_from_days(days_from_civil(y + YEARS_AHEAD, m, d));
    Choices {
        this_year: end_of_this_school_year(now_ms),
        next_year: end_of_next_school_year(now_ms),
        earliest: iso_date(now_ms),
        latest: format!("{:04}-{:02}-{:02}", latest.0, latest.1, latest.2),
    }
}

/// What the teacher chose on the class page (`until` = `this`, `next` or `date`, with `date`
/// as `YYYY-MM-DD`), as a delete-after time; or what is wrong with it.
pub fn chosen(until: &str, date: &str, now_ms: i64) -> Result<i64, String> {
    let c = choices(now_ms);
    match until.trim() {
        "this" => Ok(c.this_year),
        "next" => Ok(c.next_year),
        "date" => {
            let Some(end) = end_of_date(date) else {
                return Err("Please give the date as a day, month and year.".into());
            };
            let day = last_day_kept(end);
            if day < c.earliest {
                Err("That date has passed: please choose today or a later date.".into())
            } else if day > c.latest {
                Err(format!("Please choose a date no more than {YEARS_AHEAD} years ahead."))
            } else {
                Ok(end)
            }
        }
        _ => Err("Please choose how long to keep the class.".into()),
    }
}

/// (year, month, day) of a day count since 1970-01-01 (Howard Hinnant's algorithm).
pub fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

/// Days since 1970-01-01 of a date (a day past the month's end runs into the next month).
pub fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// `YYYY-MM-DD` for a time in ms since 1970 (UTC).
pub fn iso_date(ms: i64) -> String {
    let (y, m, d) = civil_from_days(ms.div_euclid(DAY_MS));
    format!("{y:04}-{m:02}-{d:02}")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Noon UTC on a day, ms.
    fn noon(y: i64, m: u32, d: u32) -> i64 {
        days_from_civil(y, m, d) * DAY_MS + DAY_MS / 2
    }

    #[test]
    fn a_class_made_on_20_july_is_kept_to_the_end_of_the_next_31_july_not_11_days() {
        let made = noon(2026, 7, 20);
        assert_eq!(last_day_kept(default_delete_after(made)), "2027-07-31");
        assert_eq!(default_delete_after(made), days_from_civil(2027, 8, 1) * DAY_MS);
        // The whole of July counts as the coming year's; June still as this year's.
        assert_eq!(last_day_kept(default_delete_after(noon(2026, 7, 1))), "2027-07-31");
        assert_eq!(last_day_kept(default_delete_after(noon(2026, 7, 31))), "2027-07-31");
        assert_eq!(last_day_kept(default_delete_after(noon(2026, 6, 30))), "2026-07-31");
    }

    #[test]
    fn a_class_made_in_september_is_kept_to_the_next_31_july_not_two_years() {
        let made = noon(2026, 9, 1);
        assert_eq!(last_day_kept(default_delete_after(made)), "2027-07-31");
        assert!(default_delete_after(made) - made < 335 * DAY_MS);
        assert_eq!(last_day_kept(default_delete_after(noon(2026, 8, 1))), "2027-07-31");
        assert_eq!(last_day_kept(default_delete_after(noon(2027, 1, 5))), "2027-07-31");
        assert_eq!(last_day_kept(default_delete_after(noon(2026, 12, 31))), "2027-07-31");
    }

    #[test]
    fn this_and_next_school_year_and_chosen_dates() {
        let now = noon(2026, 12, 1);
        assert_eq!(last_day_kept(end_of_this_school_year(now)), "2027-07-31");
        assert_eq!(last_day_kept(end_of_next_school_year(now)), "2028-07-31");
        // On 31 July itself this school year ends tonight.
        assert_eq!(last_day_kept(end_of_this_school_year(noon(2027, 7, 31))), "2027-07-31");
        assert_eq!(chosen("this", "", now), Ok(end_of_this_school_year(now)));
        assert_eq!(chosen("next", "junk", now), Ok(end_of_next_school_year(now)));
        assert_eq!(chosen("date", "2026-12-01", now).map(last_day_kept), Ok("2026-12-01".into()));
        assert_eq!(chosen("date", "2033-12-01", now).map(last_day_kept), Ok("2033-12-01".into()));
        for bad in [
            "2026-11-30",
            "2033-12-02",
            "2027-02-29",
            "2027-13-01",
            "27-07-31",
            "2027-7-31",
            "+027-07-31",
            "",
        ] {
            assert!(chosen("date", bad, now).is_err(), "{bad}");
        }
        assert!(chosen("days", "30", now).is_err());
        assert_eq!(end_of_date("2028-02-29"), Some(days_from_civil(2028, 3, 1) * DAY_MS));
        assert_eq!(choices(now).latest, "2033-12-01");
        assert_eq!(choices(noon(2028, 2, 29)).latest, "2035-03-01");
    }

    #[test]
    fn dates_and_day_counts() {
        assert_eq!(iso_date(noon(2026, 11, 23)), "2026-11-23");
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(last_day_kept(end_of_date("2027-07-31").unwrap()), "2027-07-31");
    }

    /// Each statement the hourly delete runs finds its rows through an index: no full scan
    /// of results, badges, tokens, pupils, classes, assignments or teachers. (Sessions are
    /// read whole once to note when teachers were last seen: only the live ones are left.)
    #[tokio::test]
    async fn every_statement_uses_an_index() {
        let dir = std::env::temp_dir().join(format!("clickwise-retention-plan-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let db = crate::db::open(&dir.join("plan.sqlite3"), false).await.unwrap();
        let mut statements: Vec<&str> = vec![EXPIRED_CLASSES, STILL_EXPIRED, PRUNE_TOKENS, NOTE_LAST_SEEN];
        statements.extend(DELETE_CLASS);
        statements.extend([DELETE_SESSIONS, STALE_TEACHERS, DELETE_TEACHER, DELETE_LINKS]);
        for sql in statements {
            let explain = format!("EXPLAIN QUERY PLAN {sql}");
            let mut q = sqlx::query_as::<_, (i64, i64, i64, String)>(&explain);
            let binds: std::collections::BTreeSet<&str> = sql
                .split('$')
                .skip(1)
                .map(|rest| &rest[..rest.find(|c: char| !c.is_ascii_digit()).unwrap_or(rest.len())])
                .collect();
            for _ in 0..binds.len() {
                q = q.bind(1i64);
            }
            let plan: Vec<String> = q.fetch_all(&db).await.unwrap().into_iter().map(|r| r.3).collect();
            assert!(!plan.is_empty(), "{sql}");
            for step in &plan {
                let scan = step.starts_with("SCAN ") && !step.starts_with("SCAN sessions");
                assert!(!scan, "{sql}\nscans a table: {plan:?}");
            }
        }
        db.close().await;
        let _ = std::fs::remove_dir_all(&dir);
    }
}
