//! What the tagger gives back: each expression's span, TIMEX3 type and
//! value. Every part of the tagger builds these; none looks past them.

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
}

impl Timex {
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
