//! Dates on teacher pages, in the one format the game uses too (`clickwise_core::dates`):
//! due dates are stored as `YYYY-MM-DD`, results as ms since 1970; CSV files keep the ISO
//! form for spreadsheets.

use crate::db::retention::iso_date;

pub use clickwise_core::dates::{day, day_and_year, due, is_date};

/// "27 November" for a time in ms since 1970.
pub fn day_of(ms: i64) -> String {
    day(&iso_date(ms))
}

/// Today, as `YYYY-MM-DD`.
pub fn today() -> String {
    iso_date(crate::db::now_ms())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_and_today_use_the_same_format() {
        assert_eq!(day_of(0), "1 January");
        assert!(is_date(&today()));
    }
}
