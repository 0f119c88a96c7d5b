//! Weekdays against the calendar.

use super::dates::unresolved;
use super::{Judgement, Verdict};
use crate::claim::StatedDate;

pub(super) fn weekday_name(day: jiff::civil::Weekday) -> &'static str {
    use jiff::civil::Weekday::*;
    match day {
        Monday => "Monday",
        Tuesday => "Tuesday",
        Wednesday => "Wednesday",
        Thursday => "Thursday",
        Friday => "Friday",
        Saturday => "Saturday",
        Sunday => "Sunday",
    }
}

pub(super) fn weekday(stated: jiff::civil::Weekday, date: &StatedDate) -> Judgement {
    let Some(range) = date.range else {
        return unresolved(date);
    };
    let actual = range.first.weekday();
    let found = format!("{} {}", weekday_name(stated), date.value);
    if actual == stated {
        Judgement {
            verdict: Verdict::Supported,
            reference: None,
            expected: None,
            found,
            message: format!("{} is a {}", range.first, weekday_name(actual)),
        }
    } else {
        Judgement {
            verdict: Verdict::Contradicted,
            reference: None,
            expected: Some(format!("{} {}", weekday_name(actual), range.first)),
            found,
            message: format!(
                "{} is a {}, not a {}",
                range.first,
                weekday_name(actual),
                weekday_name(stated)
            ),
        }
    }
}
