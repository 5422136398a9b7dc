//! Results and badges are kept only as long as each class's retention setting says (by
//! default, to the end of the school year), then deleted.

use super::{Db, DbError};

const DAY_MS: i64 = 86_400_000;

/// Deletes results and badges stored longer ago than their class's retention period.
/// Returns how many results went.
pub async fn apply(db: &Db, now_ms: i64) -> Result<u64, DbError> {
    let done = sqlx::query(
        "DELETE FROM results WHERE received_at < ? - \
         (SELECT retention_days FROM classes c WHERE c.id = results.class_id) * ?",
    )
    .bind(now_ms)
    .bind(DAY_MS)
    .execute(db)
    .await?;
    sqlx::query(
        "DELETE FROM pupil_badges WHERE received_at < ? - \
         (SELECT retention_days FROM classes c WHERE c.id = pupil_badges.class_id) * ?",
    )
    .bind(now_ms)
    .bind(DAY_MS)
    .execute(db)
    .await?;
    Ok(done.rows_affected())
}

/// Days from `now_ms` to the next 31 July (the end of the English school year), at least 1.
pub fn days_to_end_of_school_year(now_ms: i64) -> i64 {
    let today = now_ms.div_euclid(DAY_MS);
    let (year, month, _) = civil_from_days(today);
    let end_year = if month > 7 { year + 1 } else { year };
    (days_from_civil(end_year, 7, 31) - today).max(1)
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

fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
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

    #[test]
    fn the_school_year_ends_on_31_july() {
        let day = |y, m, d| days_from_civil(y, m, d) * DAY_MS;
        assert_eq!(days_to_end_of_school_year(day(2026, 7, 30)), 1);
        assert_eq!(days_to_end_of_school_year(day(2026, 9, 1)), 333);
        assert_eq!(iso_date(day(2026, 11, 23)), "2026-11-23");
        assert_eq!(civil_from_days(0), (1970, 1, 1));
    }
}
