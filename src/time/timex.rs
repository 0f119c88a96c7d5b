//! What the tagger gives back: each expression's span, TIMEX3 type and
//! value. Every part of the tagger builds these; none looks past them.

use super::calendar;
use super::lexicon::Holiday;
use super::range::{DateRange, value_range};
use crate::span::Span;
use jiff::civil::Weekday;

/// The TIMEX3 `type` attribute.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TimexType {
    Date,
    Time,
    Duration,
    Set,
}

impl TimexType {
    /// The TimeML spelling (`DATE`, `TIME`, `DURATION`, `SET`), as the
    /// evaluation format and reports write it.
    pub fn as_str(self) -> &'static str {
        match self {
            TimexType::Date => "DATE",
            TimexType::Time => "TIME",
            TimexType::Duration => "DURATION",
            TimexType::Set => "SET",
        }
    }
}

/// How a SET recurs, as TimeML's `quant` and `freq` attributes write it:
/// a set brought in by "every" or "each" is quantified (`EVERY`,
/// `EACH`), and one that says how often within its period carries that
/// count ("twice a month" `2X`, "three days a week" `3D`). Both are empty
/// for other types and for sets that say neither ("daily", "on Sundays").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Recurrence {
    /// The quantifier word, upper-cased: `EVERY` or `EACH`.
    pub quant: Option<&'static str>,
    pub freq: Option<Freq>,
}

/// How many times a set's event happens in each of its periods, and in
/// what unit: `X` for times ("twice a week" is 2 `X`), or a calendar
/// unit's letter ("six days a week" is 6 `D`, "12 hours a day" 12 `H`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Freq {
    pub count: u32,
    pub unit: char,
}

impl std::fmt::Display for Freq {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}{}", self.count, self.unit)
    }
}

/// One temporal expression found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Timex {
    /// Byte span of the expression in the text given to [`super::tag`].
    pub span: Span,
    pub kind: TimexType,
    /// TimeML value: `2023-11-16`, `2023-11`, `199`, `P3M`, `PAST_REF`, …
    pub value: String,
    /// TimeML `mod` attribute (`START`, `MID`, `END`, `BEFORE`, `AFTER`, `APPROX`, …).
    pub modifier: Option<String>,
    /// Whether the value depends on the document date (relative expression).
    pub relative: bool,
    /// A weekday named in the expression itself ("Wednesday, Nov. 16").
    pub stated_weekday: Option<Weekday>,
    /// For a SET, how it recurs.
    pub recurrence: Recurrence,
    /// A holiday whose day moves from year to year (Thanksgiving, Easter,
    /// Memorial Day) that the expression names: put in another year, it
    /// falls on that year's day, not on the same day of the month.
    pub movable: Option<Holiday>,
}

impl Timex {
    /// Moves a value that starts with a year to year `year`, keeping the
    /// rest ("2015-09" to "2016-09"); a movable holiday takes that year's
    /// day ("Memorial Day" of 2015 is May 25, of 2016 May 30).
    pub fn set_year(&mut self, year: i32) {
        let day = self
            .movable
            .filter(|_| self.value.len() == 10)
            .and_then(|h| calendar::holiday_date(h, year));
        self.value = match day {
            Some(d) => d.to_string(),
            None => format!("{year:04}{}", self.value.get(4..).unwrap_or_default()),
        };
    }

    /// The calendar days a DATE or TIME value denotes (a TIME truncated to
    /// its day), so callers can compare coarse and fine dates; `None` for
    /// durations, sets, `*_REF` values and unresolved (`X`) values.
    pub fn range(&self) -> Option<DateRange> {
        match self.kind {
            TimexType::Date | TimexType::Time => value_range(&self.value),
            TimexType::Duration | TimexType::Set => None,
        }
    }
}
