//! Dates on teacher pages, in the one format the game uses too (`clickwise_core::dates`):
//! due dates are stored as `YYYY-MM-DD`, results as ms since 1970; CSV files keep the ISO
//! form for spreadsheets.

use crate::db::retention::iso_date;

pub use clickwise_core::dates::is_date;
use clickwise_core::text::Lang;

/// "27 November" for `2026-11-27`, in the page's language ("27 Tachwedd").
pub fn day(iso: &str) -> String {
    match crate::i18n::lang() {
        Lang::En => clickwise_core::dates::day(iso),
        Lang::Cy => welsh(iso, false),
    }
}

/// "27 November 2026", in the page's language.
pub fn day_and_year(iso: &str) -> String {
    match crate::i18n::lang() {
        Lang::En => clickwise_core::dates::day_and_year(iso),
        Lang::Cy => welsh(iso, true),
    }
}

/// "Due 27 November", in the page's language.
pub fn due(iso: &str) -> String {
    clickwise_core::dates::due_in(iso, crate::i18n::lang())
}

/// A date in Welsh, with the game's month names; anything else as it is.
fn welsh(iso: &str, with_year: bool) -> String {
    let mut it = iso.trim().splitn(3, '-');
    let (Some(y), Some(m), Some(d)) = (it.next(), it.next(), it.next()) else { return iso.to_owned() };
    let (Ok(y), Ok(m), Ok(d)) = (y.parse::<u32>(), m.parse::<u32>(), d.parse::<u32>()) else {
        return iso.to_owned();
    };
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return iso.to_owned();
    }
    let month = clickwise_core::i18n::game(Lang::Cy).get(&format!("month-{m}"));
    if with_year { format!("{d} {month} {y}") } else { format!("{d} {month}") }
}

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
