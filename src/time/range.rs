//! The calendar days a TimeML DATE value denotes.
//!
//! Callers compare dates in claims with dates in the reference data; both
//! sides may be coarse ("2023-Q3", "199"), so comparisons work on ranges.

use super::calendar::{iso_week, season_end, season_start, ymd};
use super::lexicon::Season;
use jiff::civil::Date;

/// An inclusive range of calendar days a DATE value denotes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateRange {
    pub first: Date,
    pub last: Date,
}

/// The inclusive day range of a DATE or TIME value; `None` for durations,
/// sets, `*_REF` values and anything underspecified (containing `X`).
///
/// Seasons follow the meteorological convention of
/// `calendar::season_start`: `2023-WI` is 2023-12-01..=2024-02-29.
pub fn value_range(value: &str) -> Option<DateRange> {
    let v = value.trim();
    if v.is_empty() || v.contains('X') || v.starts_with('P') || v.ends_with("_REF") {
        return None;
    }
    // A TIME value: keep its day.
    let v = match v.find('T') {
        Some(10) => &v[..10],
        Some(_) => return None,
        None => v,
    };
    let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let num = |s: &str| -> Option<i32> { if all_digits(s) { s.parse().ok() } else { None } };
    let range = |first: Date, last: Date| Some(DateRange { first, last });
    let parts: Vec<&str> = v.split('-').collect();
    match parts.as_slice() {
        [y] if y.len() == 4 => {
            let y = num(y)?;
            range(ymd(y, 1, 1)?, ymd(y, 12, 31)?)
        }
        [y] if y.len() == 3 => {
            let d = num(y)? * 10;
            range(ymd(d, 1, 1)?, ymd(d + 9, 12, 31)?)
        }
        [y] if y.len() == 2 => {
            let c = num(y)? * 100;
            range(ymd(c, 1, 1)?, ymd(c + 99, 12, 31)?)
        }
        [y, rest] if y.len() == 4 => {
            let y = num(y)?;
            if rest.len() == 2 && all_digits(rest) {
                let m = u8::try_from(num(rest)?).ok()?;
                let first = ymd(y, m, 1)?;
                return range(first, first.last_of_month());
            }
            let season = match *rest {
                "SP" => Some(Season::Spring),
                "SU" => Some(Season::Summer),
                "FA" => Some(Season::Fall),
                "WI" => Some(Season::Winter),
                _ => None,
            };
            if let Some(s) = season {
                return range(season_start(s, y)?, season_end(s, y)?);
            }
            let (tag, n) = rest.split_at(1.min(rest.len()));
            match tag {
                "Q" => {
                    let q = u8::try_from(num(n)?).ok().filter(|q| (1..=4).contains(q))?;
                    let first = ymd(y, (q - 1) * 3 + 1, 1)?;
                    range(first, ymd(y, q * 3, 1)?.last_of_month())
                }
                "H" => {
                    let h = u8::try_from(num(n)?).ok().filter(|h| (1..=2).contains(h))?;
                    let first = ymd(y, (h - 1) * 6 + 1, 1)?;
                    range(first, ymd(y, h * 6, 1)?.last_of_month())
                }
                "W" => {
                    let w = iso_week(y, num(n)?)?;
                    range(w, w.checked_add(jiff::Span::new().days(6)).ok()?)
                }
                _ => None,
            }
        }
        [y, w, "WE"] if y.len() == 4 && w.starts_with('W') => {
            let monday = iso_week(num(y)?, num(&w[1..])?)?;
            range(
                monday.checked_add(jiff::Span::new().days(5)).ok()?,
                monday.checked_add(jiff::Span::new().days(6)).ok()?,
            )
        }
        [y, m, d] if y.len() == 4 && m.len() == 2 && d.len() == 2 => {
            let day = ymd(
                num(y)?,
                u8::try_from(num(m)?).ok()?,
                u8::try_from(num(d)?).ok()?,
            )?;
            range(day, day)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn r(v: &str) -> Option<(Date, Date)> {
        value_range(v).map(|r| (r.first, r.last))
    }

    #[test]
    fn ranges() {
        assert_eq!(
            r("2023-11-16"),
            Some((date(2023, 11, 16), date(2023, 11, 16)))
        );
        assert_eq!(r("2023-02"), Some((date(2023, 2, 1), date(2023, 2, 28))));
        assert_eq!(r("2023"), Some((date(2023, 1, 1), date(2023, 12, 31))));
        assert_eq!(r("199"), Some((date(1990, 1, 1), date(1999, 12, 31))));
        assert_eq!(r("20"), Some((date(2000, 1, 1), date(2099, 12, 31))));
        assert_eq!(r("2023-Q3"), Some((date(2023, 7, 1), date(2023, 9, 30))));
        assert_eq!(r("2023-H1"), Some((date(2023, 1, 1), date(2023, 6, 30))));
        assert_eq!(
            r("2023-W46"),
            Some((date(2023, 11, 13), date(2023, 11, 19)))
        );
        assert_eq!(r("2023-WI"), Some((date(2023, 12, 1), date(2024, 2, 29))));
        assert_eq!(r("2023-SU"), Some((date(2023, 6, 1), date(2023, 8, 31))));
        assert_eq!(
            r("2023-11-16T15:00"),
            Some((date(2023, 11, 16), date(2023, 11, 16)))
        );
        assert_eq!(
            r("2023-W46-WE"),
            Some((date(2023, 11, 18), date(2023, 11, 19)))
        );
        for none in [
            "P3M",
            "PRESENT_REF",
            "XXXX-08",
            "XXXX-WXX-4",
            "",
            "2023-13",
            "FY2023",
        ] {
            assert_eq!(r(none), None, "{none}");
        }
    }
}
