//! Resolved calendar points and their TimeML value strings.
//!
//! A [`Point`] is a period at some granularity ("the third quarter of
//! 1989", "the week of 2023-11-13"); it is what anchored expressions such
//! as "a year earlier" shift, keeping the granularity the text used.

use super::calendar::{day_of_week, season_end, season_of, season_start, shift, ymd};
use super::lexicon::{Season, Unit};
use jiff::civil::Date;

/// The granularity of a calendar point.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gran {
    Day,
    Week,
    Weekend,
    Month,
    Quarter,
    Half,
    Season,
    Year,
    Decade,
    Century,
}

/// A period: granularity plus its first day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Point {
    pub gran: Gran,
    pub date: Date,
}

impl Point {
    /// The point of granularity `gran` containing `d` (normalised to its first day).
    pub fn containing(gran: Gran, d: Date) -> Option<Point> {
        let y = i32::from(d.year());
        // Only years a TimeML value can write (see `calendar::ymd`).
        if y < 1 {
            return None;
        }
        let date = match gran {
            Gran::Day => d,
            Gran::Week | Gran::Weekend => day_of_week(d, 1)?,
            Gran::Month => d.first_of_month(),
            Gran::Quarter => ymd(y, (d.month() as u8 - 1) / 3 * 3 + 1, 1)?,
            Gran::Half => ymd(y, if d.month() <= 6 { 1 } else { 7 }, 1)?,
            Gran::Season => {
                let (s, sy) = season_of(d);
                season_start(s, sy)?
            }
            Gran::Year => ymd(y, 1, 1)?,
            // (The first decade and century of the era start in year 1:
            // there is no year 0 to start them.)
            Gran::Decade => ymd((y - y.rem_euclid(10)).max(1), 1, 1)?,
            Gran::Century => ymd((y - y.rem_euclid(100)).max(1), 1, 1)?,
        };
        Some(Point { gran, date })
    }

    /// The day whose "T24:00" is the midnight that begins this day.
    /// TimeML writes that midnight as the end of the day before, so
    /// "shortly after midnight on Friday" and the midnight that opens
    /// "between midnight and 6 a.m. on 16 October" are told on the
    /// Thursday and on 15 October.
    pub fn opened_by_midnight(self) -> Point {
        self.shifted(Unit::Day, -1).unwrap_or(self)
    }

    /// This point moved by `n` units, re-normalised to its granularity.
    pub fn shifted(self, unit: Unit, n: i64) -> Option<Point> {
        let unit = match (self.gran, unit) {
            (Gran::Season, Unit::Year) => Unit::Year,
            (Gran::Season, _) => Unit::Quarter,
            _ => unit,
        };
        Point::containing(self.gran, shift(self.date, unit, n)?)
    }

    /// The last day of the period, found without writing its value out
    /// (see [`super::range::value_range`] for a value read back).
    pub fn last_day(self) -> Option<Date> {
        let next = |unit: Unit, n: i64| shift(self.date, unit, n)?.yesterday().ok();
        match self.gran {
            Gran::Day => Some(self.date),
            Gran::Week | Gran::Weekend => shift(self.date, Unit::Day, 6),
            Gran::Month => Some(self.date.last_of_month()),
            Gran::Quarter => next(Unit::Month, 3),
            Gran::Half => next(Unit::Month, 6),
            Gran::Season => {
                let (s, sy) = season_of(self.date);
                season_end(s, sy)
            }
            Gran::Year => next(Unit::Year, 1),
            Gran::Decade => next(Unit::Year, 10),
            Gran::Century => next(Unit::Year, 100),
        }
    }

    /// The TimeML value string.
    ///
    /// Written digit by digit rather than through `format!`: every
    /// expression gets one, and the formatting machinery cost more than
    /// the rest of resolving a plain date.
    pub fn value(self) -> String {
        let d = self.date;
        let y = i32::from(d.year());
        // (Years before the common era, which no news text names, keep
        // the general formatting and its sign.)
        let Ok(year) = u32::try_from(y) else {
            return self.value_formatted();
        };
        let mut out = String::with_capacity(11);
        match self.gran {
            Gran::Day => {
                push_num(&mut out, year, 4);
                out.push('-');
                push_num(&mut out, u32::from(d.month().unsigned_abs()), 2);
                out.push('-');
                push_num(&mut out, u32::from(d.day().unsigned_abs()), 2);
            }
            Gran::Week | Gran::Weekend => return self.value_formatted(),
            Gran::Month => {
                push_num(&mut out, year, 4);
                out.push('-');
                push_num(&mut out, u32::from(d.month().unsigned_abs()), 2);
            }
            Gran::Quarter => {
                push_num(&mut out, year, 4);
                out.push_str("-Q");
                push_num(&mut out, u32::from(d.month().unsigned_abs() - 1) / 3 + 1, 1);
            }
            Gran::Half => {
                push_num(&mut out, year, 4);
                out.push_str(if d.month() <= 6 { "-H1" } else { "-H2" });
            }
            Gran::Season => return self.value_formatted(),
            Gran::Year => push_num(&mut out, year, 4),
            Gran::Decade => push_num(&mut out, year / 10, 3),
            Gran::Century => push_num(&mut out, year / 100, 2),
        }
        out
    }

    /// [`Point::value`] through the general formatter.
    fn value_formatted(self) -> String {
        let d = self.date;
        let y = i32::from(d.year());
        match self.gran {
            Gran::Day => format!("{y:04}-{:02}-{:02}", d.month(), d.day()),
            Gran::Week | Gran::Weekend => {
                let iso = d.iso_week_date();
                let suffix = if self.gran == Gran::Weekend {
                    "-WE"
                } else {
                    ""
                };
                format!("{:04}-W{:02}{suffix}", iso.year(), iso.week())
            }
            Gran::Month => format!("{y:04}-{:02}", d.month()),
            Gran::Quarter => format!("{y:04}-Q{}", (d.month() - 1) / 3 + 1),
            Gran::Half => format!("{y:04}-H{}", if d.month() <= 6 { 1 } else { 2 }),
            Gran::Season => {
                let (s, sy) = season_of(d);
                format!("{sy:04}-{}", s.code())
            }
            Gran::Year => format!("{y:04}"),
            Gran::Decade => format!("{:03}", y.div_euclid(10)),
            Gran::Century => format!("{:02}", y.div_euclid(100)),
        }
    }
}

/// Appends `n` in decimal, padded with zeros to at least `width` digits.
fn push_num(out: &mut String, mut n: u32, width: usize) {
    let mut digits = [0u8; 10];
    let mut len = 0;
    loop {
        digits[len] = b'0' + (n % 10) as u8;
        len += 1;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    for _ in len..width {
        out.push('0');
    }
    for &d in digits[..len].iter().rev() {
        out.push(char::from(d));
    }
}

/// A season point.
pub fn season_point(s: Season, year: i32) -> Option<Point> {
    Some(Point {
        gran: Gran::Season,
        date: season_start(s, year)?,
    })
}

/// The granularity a unit names ("last week" is a week).
pub fn unit_gran(unit: Unit) -> Gran {
    match unit {
        Unit::Second | Unit::Minute | Unit::Hour | Unit::Day => Gran::Day,
        Unit::Week | Unit::Fortnight => Gran::Week,
        Unit::Month => Gran::Month,
        Unit::Quarter => Gran::Quarter,
        Unit::Year => Gran::Year,
        Unit::Decade => Gran::Decade,
        Unit::Century => Gran::Century,
    }
}

/// The ISO 8601 duration letter(s) for a unit, with the multiplier it implies.
pub fn duration_code(unit: Unit) -> (&'static str, bool, u32) {
    // (designator, is_time_part, multiplier)
    match unit {
        Unit::Second => ("S", true, 1),
        Unit::Minute => ("M", true, 1),
        Unit::Hour => ("H", true, 1),
        Unit::Day => ("D", false, 1),
        Unit::Week => ("W", false, 1),
        Unit::Fortnight => ("W", false, 2),
        Unit::Month => ("M", false, 1),
        Unit::Quarter => ("Q", false, 1),
        Unit::Year => ("Y", false, 1),
        Unit::Decade => ("Y", false, 10),
        Unit::Century => ("Y", false, 100),
    }
}

/// A duration value: `P3M`, `PT2H`, `PXY` (amount unknown: `None`).
pub fn duration(amount: Option<f64>, unit: Unit) -> String {
    let (code, time, mult) = duration_code(unit);
    let t = if time { "T" } else { "" };
    match amount {
        None => {
            // Decades are counted in years, "decades" too ("two decades"
            // is P20Y, "decades-long" PXY, as TimeBank writes them);
            // "centuries" keeps a unit of its own.
            let code = match unit {
                Unit::Century => "CE",
                _ => code,
            };
            ["P", t, "X", code].concat()
        }
        Some(a) => {
            let a = a * f64::from(mult);
            // (A whole amount is written without the formatter: a value is
            // built for every reading the grammar tries, most of them
            // durations.)
            if a.fract() == 0.0 && (0.0..=f64::from(u32::MAX)).contains(&a) {
                let mut out = String::with_capacity(8);
                out.push('P');
                out.push_str(t);
                push_num(&mut out, a as u32, 1);
                out.push_str(code);
                return out;
            }
            if a.fract() == 0.0 {
                return format!("P{t}{}{code}", a as i64);
            }
            // A fraction that is a whole number of the next smaller unit is
            // written in it ("4.5 years" P4Y6M, "1.25 hours" PT1H15M); any
            // other stays a decimal of its own unit, as ISO 8601 allows
            // ("a median follow-up of 3.2 years" P3.2Y, not a rounded
            // P3Y2M). A month has no fixed number of days: only its half
            // is written so (15 days).
            let (smaller, factor): (&str, f64) = match unit {
                Unit::Year | Unit::Decade | Unit::Century => ("M", 12.0),
                Unit::Month if a.fract() == 0.5 => ("D", 30.0),
                Unit::Week => ("D", 7.0),
                Unit::Day => ("H", 24.0),
                Unit::Hour => ("M", 60.0),
                Unit::Minute => ("S", 60.0),
                _ => ("", 0.0),
            };
            let whole = a.trunc() as i64;
            let exact = a.fract() * factor;
            if smaller.is_empty() || (exact - exact.round()).abs() > 1e-6 {
                return format!("P{t}{a}{code}");
            }
            let part = exact.round() as i64;
            if unit == Unit::Day {
                if whole == 0 {
                    return format!("PT{part}H");
                }
                return format!("P{whole}DT{part}H");
            }
            if whole == 0 {
                return format!("P{t}{part}{smaller}");
            }
            format!("P{t}{whole}{code}{part}{smaller}")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn writes_durations_as_the_formatter_does() {
        let units = [
            Unit::Second,
            Unit::Minute,
            Unit::Hour,
            Unit::Day,
            Unit::Week,
            Unit::Fortnight,
            Unit::Month,
            Unit::Quarter,
            Unit::Year,
            Unit::Decade,
            Unit::Century,
        ];
        for unit in units {
            let (code, time, mult) = duration_code(unit);
            let t = if time { "T" } else { "" };
            for n in (0..1000u32).chain([4_294_967, 42_949_672, u32::MAX]) {
                let a = f64::from(n);
                let expected = format!("P{t}{}{code}", (a * f64::from(mult)) as i64);
                assert_eq!(duration(Some(a), unit), expected, "{n} {unit:?}");
            }
            assert_eq!(duration(Some(-0.0), unit), format!("P{t}0{code}"));
        }
    }

    #[test]
    fn writes_values_as_the_formatter_does() {
        let grans = [
            Gran::Day,
            Gran::Week,
            Gran::Weekend,
            Gran::Month,
            Gran::Quarter,
            Gran::Half,
            Gran::Season,
            Gran::Year,
            Gran::Decade,
            Gran::Century,
        ];
        for (y, m, d) in [
            (2023, 11, 16),
            (5, 1, 1),
            (987, 7, 31),
            (1999, 12, 31),
            (9999, 6, 9),
        ] {
            for gran in grans {
                let p = Point {
                    gran,
                    date: date(y, m, d),
                };
                assert_eq!(p.value(), p.value_formatted(), "{gran:?} {y}-{m}-{d}");
            }
        }
        assert_eq!(
            Point {
                gran: Gran::Decade,
                date: date(5, 1, 1)
            }
            .value(),
            "000"
        );
    }

    #[test]
    fn formats_points() {
        let d = date(2023, 11, 16);
        let v = |g| Point::containing(g, d).map(Point::value);
        assert_eq!(v(Gran::Day).as_deref(), Some("2023-11-16"));
        assert_eq!(v(Gran::Week).as_deref(), Some("2023-W46"));
        assert_eq!(v(Gran::Quarter).as_deref(), Some("2023-Q4"));
        assert_eq!(v(Gran::Season).as_deref(), Some("2023-FA"));
        assert_eq!(v(Gran::Decade).as_deref(), Some("202"));
        let q3 = Point::containing(Gran::Quarter, date(1989, 8, 1))
            .and_then(|p| p.shifted(Unit::Year, -1));
        assert_eq!(q3.map(Point::value).as_deref(), Some("1988-Q3"));
    }

    #[test]
    fn formats_durations() {
        assert_eq!(duration(Some(3.0), Unit::Month), "P3M");
        assert_eq!(duration(Some(2.5), Unit::Year), "P2Y6M");
        assert_eq!(duration(Some(5.5), Unit::Hour), "PT5H30M");
        assert_eq!(duration(Some(0.5), Unit::Hour), "PT30M");
        assert_eq!(duration(None, Unit::Year), "PXY");
        assert_eq!(duration(Some(2.0), Unit::Decade), "P20Y");
    }
}
