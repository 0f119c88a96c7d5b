//! The calendar days a TimeML DATE value covers.
//!
//! Verification compares dates at the precision written, so it needs to
//! know that `2023-11` is November 1–30, `199` is 1990–1999 and `2023-Q3`
//! is July–September. Values with `X` (unresolved) or that are not dates
//! (`P3M`, `PRESENT_REF`) cover no definite days.

use jiff::civil::{Date, date};

use super::{DateRange, Timex, TimexType};

impl Timex {
    /// The days this expression covers, when it is a resolved calendar date.
    pub fn range(&self) -> Option<DateRange> {
        match self.kind {
            TimexType::Date | TimexType::Time => value_range(&self.value),
            TimexType::Duration | TimexType::Set => None,
        }
    }
}

impl TimexType {
    /// The TIMEX3 spelling: `DATE`, `TIME`, `DURATION`, `SET`.
    pub fn as_str(self) -> &'static str {
        match self {
            TimexType::Date => "DATE",
            TimexType::Time => "TIME",
            TimexType::Duration => "DURATION",
            TimexType::Set => "SET",
        }
    }
}

fn span(first: Option<Date>, last: Option<Date>) -> Option<DateRange> {
    Some(DateRange {
        first: first?,
        last: last?,
    })
}

fn month_range(year: i16, month: i8) -> Option<DateRange> {
    let first = Date::new(year, month, 1).ok()?;
    Some(DateRange {
        first,
        last: first.last_of_month(),
    })
}

fn months(year: i16, from: i8, to: i8) -> Option<DateRange> {
    span(
        month_range(year, from).map(|r| r.first),
        month_range(year, to).map(|r| r.last),
    )
}

/// The days a TimeML DATE (or TIME, truncated to its day) value covers:
/// `2023-11-16`, `2023-11`, `2023`, `199` (a decade), `20` (a century),
/// `2023-Q3`, `2023-H1`, `2023-W46`, `2023-SP`/`SU`/`FA`/`WI`.
///
/// Seasons follow the meteorological convention of the northern
/// hemisphere; winter `2023-WI` is December 2023 to February 2024.
pub fn value_range(value: &str) -> Option<DateRange> {
    let value = value.split('T').next()?;
    if value.contains('X') || value.is_empty() {
        return None;
    }
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let mut parts = value.splitn(2, '-');
    let head = parts.next()?;
    let rest = parts.next();
    if !digits(head) {
        return None;
    }
    match (head.len(), rest) {
        (2, None) => {
            let century: i16 = head.parse().ok()?;
            span(
                date(century * 100, 1, 1).into(),
                date(century * 100 + 99, 12, 31).into(),
            )
        }
        (3, None) => {
            let decade: i16 = head.parse().ok()?;
            span(
                Some(date(decade * 10, 1, 1)),
                Some(date(decade * 10 + 9, 12, 31)),
            )
        }
        (4, None) => {
            let year: i16 = head.parse().ok()?;
            span(Date::new(year, 1, 1).ok(), Date::new(year, 12, 31).ok())
        }
        (4, Some(rest)) => {
            let year: i16 = head.parse().ok()?;
            year_part(year, rest)
        }
        _ => None,
    }
}

fn year_part(year: i16, rest: &str) -> Option<DateRange> {
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if let Some(q) = rest.strip_prefix('Q') {
        let q: i8 = q.parse().ok().filter(|q| (1..=4).contains(q))?;
        return months(year, q * 3 - 2, q * 3);
    }
    if let Some(h) = rest.strip_prefix('H') {
        let h: i8 = h.parse().ok().filter(|h| (1..=2).contains(h))?;
        return months(year, h * 6 - 5, h * 6);
    }
    if let Some(w) = rest.strip_prefix('W') {
        let (week, day) = match w.split_once('-') {
            Some((week, day)) => (week, Some(day)),
            None => (w, None),
        };
        let week: i8 = week.parse().ok().filter(|w| (1..=53).contains(w))?;
        if day.is_some_and(|d| d == "WE") {
            let monday = iso_week_monday(year, week)?;
            return span(
                monday.checked_add(jiff::Span::new().days(5)).ok(),
                monday.checked_add(jiff::Span::new().days(6)).ok(),
            );
        }
        if let Some(day) = day {
            let day: i64 = day.parse().ok().filter(|d| (1..=7).contains(d))?;
            let d = iso_week_monday(year, week)?
                .checked_add(jiff::Span::new().days(day - 1))
                .ok()?;
            return Some(DateRange { first: d, last: d });
        }
        let monday = iso_week_monday(year, week)?;
        return span(
            Some(monday),
            monday.checked_add(jiff::Span::new().days(6)).ok(),
        );
    }
    match rest {
        "SP" => return months(year, 3, 5),
        "SU" => return months(year, 6, 8),
        "FA" => return months(year, 9, 11),
        "WI" => {
            let first = Date::new(year, 12, 1).ok()?;
            let last = month_range(year.checked_add(1)?, 2)?.last;
            return Some(DateRange { first, last });
        }
        _ => {}
    }
    let (month, day) = match rest.split_once('-') {
        Some((m, d)) => (m, Some(d)),
        None => (rest, None),
    };
    if month.len() != 2 || !digits(month) {
        return None;
    }
    let month: i8 = month.parse().ok()?;
    match day {
        None => month_range(year, month),
        Some(day) if day.len() == 2 && digits(day) => {
            let d = Date::new(year, month, day.parse().ok()?).ok()?;
            Some(DateRange { first: d, last: d })
        }
        Some(_) => None,
    }
}

fn iso_week_monday(year: i16, week: i8) -> Option<Date> {
    jiff::civil::ISOWeekDate::new(year, week, jiff::civil::Weekday::Monday)
        .ok()
        .map(|w| w.date())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(value: &str) -> Option<(String, String)> {
        value_range(value).map(|r| (r.first.to_string(), r.last.to_string()))
    }

    #[test]
    fn precisions() {
        let p = |a: &str, b: &str| Some((a.to_string(), b.to_string()));
        assert_eq!(r("2023-11-16"), p("2023-11-16", "2023-11-16"));
        assert_eq!(r("2023-11-16T15:00"), p("2023-11-16", "2023-11-16"));
        assert_eq!(r("2023-02"), p("2023-02-01", "2023-02-28"));
        assert_eq!(r("2024-02"), p("2024-02-01", "2024-02-29"));
        assert_eq!(r("2023"), p("2023-01-01", "2023-12-31"));
        assert_eq!(r("199"), p("1990-01-01", "1999-12-31"));
        assert_eq!(r("20"), p("2000-01-01", "2099-12-31"));
        assert_eq!(r("2023-Q3"), p("2023-07-01", "2023-09-30"));
        assert_eq!(r("2023-H1"), p("2023-01-01", "2023-06-30"));
        assert_eq!(r("2023-W46"), p("2023-11-13", "2023-11-19"));
        assert_eq!(r("2023-WI"), p("2023-12-01", "2024-02-29"));
        assert_eq!(r("2023-SU"), p("2023-06-01", "2023-08-31"));
    }

    #[test]
    fn impossible_or_unresolved_values_cover_nothing() {
        for value in [
            "2023-02-30",
            "2023-13",
            "XXXX-08",
            "P3M",
            "PRESENT_REF",
            "2023-Q5",
            "",
            "abcd",
            "2023-1-5",
        ] {
            assert_eq!(value_range(value), None, "{value}");
        }
    }
}
