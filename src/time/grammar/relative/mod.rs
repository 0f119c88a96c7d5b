//! Relative and anchored expressions: "yesterday", "last week", "earlier
//! this year", "two years ago", "a year earlier", "the following day",
//! "now", "recently", "the future", plus early/mid/late modifiers.
//!
//! This file holds [`Parser::relative`], which asks every relative rule at
//! a token, and [`Match::with_weekday`], with which rules across the
//! grammar record a weekday they read. Each kind of expression has a file
//! of its own:
//! - [`deictic`]: words that point at the present, the past or the future
//!   ("today", "now", "recently", "the future", "the week ahead");
//! - [`direction`]: a direction word and the period, weekday or month it
//!   points to ("last week", "the coming year", "the following day", "next
//!   Friday", "that June", "the past decade");
//! - [`weekday`]: a weekday on its own ("Friday", "Monday next week",
//!   "Friday week", "Monday fortnight");
//! - [`ago`]: times counted back or on by an amount ("two years ago", "a
//!   year earlier", "a week from today"), and the period a year back that
//!   results are compared with ("the year-ago quarter", "the same period
//!   last year");
//! - [`modified`]: early/mid/late, "the end of" and "earlier"/"later" in
//!   front of a period ("early next year", "mid-2020", "year-end",
//!   "earlier this year", "late in the week");
//! - [`anchored`]: periods named by another time: the day last named, a
//!   date given with them, the report they are in or an event ("that day",
//!   "the week of March 6", "the quarter", "the weeks before the vote").

use super::Parser;
use crate::time::sem::Match;

mod ago;
mod anchored;
mod deictic;
mod direction;
mod modified;
mod weekday;

impl Parser<'_> {
    /// All relative rules; the longest match at `i`.
    pub(super) fn relative(&self, i: usize) -> Option<Match> {
        self.longest(
            i,
            &[
                Self::deictic,
                Self::running_day,
                Self::this_day_in_year,
                Self::weekday,
                Self::dir_unit,
                Self::earlier_later,
                Self::ago,
                Self::year_ago_adj,
                Self::modified,
                Self::anchored_words,
                Self::around_event,
            ],
            |_| true,
        )
    }
}

impl Match {
    /// Records the weekday named in the expression.
    pub fn with_weekday(mut self, day: u8) -> Self {
        self.weekday = Some(day);
        self
    }
}
