//! The one way pupils, parents and teachers are shown a date: "27 November", "Due 27
//! November", or with the year on what is printed to keep ("27 November 2026"). Dates are
//! stored as `YYYY-MM-DD`; anything else is shown as it is, never a panic.

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// (year, month name, day) of a `YYYY-MM-DD` date, if it is one.
fn parts(iso: &str) -> Option<(u32, &'static str, u32)> {
    let mut it = iso.trim().splitn(3, '-');
    let (y, m, d) = (it.next()?, it.next()?, it.next()?);
    if y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return None;
    }
    let (y, m, d): (u32, usize, u32) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    let month = MONTHS.get(m.checked_sub(1)?)?;
    (1..=31).contains(&d).then_some((y, month, d))
}

/// "27 November" for `2026-11-27`.
pub fn day(iso: &str) -> String {
    parts(iso).map_or_else(|| iso.to_owned(), |(_, month, d)| format!("{d} {month}"))
}

/// "27 November 2026", for certificates and letters that are kept.
pub fn day_and_year(iso: &str) -> String {
    parts(iso).map_or_else(|| iso.to_owned(), |(y, month, d)| format!("{d} {month} {y}"))
}

/// "Due 27 November".
pub fn due(iso: &str) -> String {
    format!("Due {}", day(iso))
}

/// "Due 27 November" in `lang` ("Erbyn 27 Tachwedd"), from the game's messages.
pub fn due_in(iso: &str, lang: crate::text::Lang) -> String {
    let t = crate::i18n::game(lang);
    let date = match parts(iso) {
        Some((_, month, d)) => {
            let n = MONTHS.iter().position(|m| *m == month).unwrap_or(0) + 1;
            format!("{d} {}", t.get(&format!("month-{n}")))
        }
        None => iso.to_owned(),
    };
    t.format("due-date", &[("date", date.into())])
}

/// Whether `iso` is a real-looking `YYYY-MM-DD` date.
pub fn is_date(iso: &str) -> bool {
    parts(iso).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_format_everywhere() {
        assert_eq!(due("2026-11-27"), "Due 27 November");
        assert_eq!(day("2027-01-04"), "4 January");
        assert_eq!(day_and_year("2026-11-27"), "27 November 2026");
        assert_eq!(day("not a date"), "not a date", "shown as it is, never a panic");
        assert_eq!(due_in("2026-11-27", crate::text::Lang::En), "Due 27 November");
        assert_eq!(due_in("2026-11-27", crate::text::Lang::Cy), "Erbyn 27 Tachwedd");
        assert!(!is_date("2026-13-01") && !is_date("2026-1-01") && !is_date("") && !is_date("2026-00-10"));
    }
}
