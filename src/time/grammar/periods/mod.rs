//! Parts of a year: quarters ("the third quarter", "Q3 2023", "the June
//! quarter"), halves, fiscal years and their short labels ("FY25",
//! "1H24"), weeks named by their end ("the week ended Friday"), seasons,
//! and the year a period is named in ("of last year").
//!
//! This file holds the year a period is named in ([`YearRef`],
//! [`Parser::year_ref`], [`Parser::part_of_year`]), which the rules here
//! (and a few in `dates/` and `holidays.rs`) read, with parts of a year
//! counted from either end ("the first three months of the year",
//! [`Parser::year_part`]), weeks named by their last or first day
//! ([`Parser::week_ending`]) and numbered ISO weeks ("epidemiological
//! week 37", [`Parser::numbered_week`]). Two files hold the rest:
//! - [`quarters`]: quarters and halves, with fiscal-year labels and
//!   analysts' shorthands ("the third quarter", "the June quarter", "H1
//!   2023", "FY25", "3Q23");
//! - [`seasons`]: seasons ("this summer", "the spring of 2023", "as
//!   winter approaches").

mod quarters;
mod seasons;

use super::Parser;
use crate::time::calendar::ymd;
use crate::time::lexicon::{Kw, Lex, Unit};
use crate::time::sem::{Dir, Match, Val, date};
use crate::time::token::Kind;
use crate::time::value::{Gran, Point};

impl Parser<'_> {
    /// A year reference after a period: "2023", "fiscal 2023", "last year",
    /// "this year", "next year", "the year", "calendar 2025". Returns the
    /// year offset form.
    pub(crate) fn year_ref(&self, i: usize) -> Option<(YearRef, usize)> {
        // Every form opens with a number, an apostrophe, a number word or
        // a keyword; most words asked here are none of these.
        if self
            .tok(i)
            .is_some_and(|t| t.kind == Kind::Word && !matches!(t.lex, Lex::Kw(_) | Lex::NumWord(_)))
        {
            return self.calendar_year_ref(i);
        }
        let mut j = i;
        if self.kw(j, Kw::Fiscal) {
            j += 1;
            if self.unit(j) == Some((Unit::Year, false)) && self.num(j + 1).is_some() {
                j += 1;
            }
        }
        if let Some((y, e)) = self.year_at(j) {
            return Some((YearRef::Abs(y), e));
        }
        let n = match self.lex(j)? {
            Lex::Kw(Kw::Last) | Lex::Kw(Kw::Previous) => -1,
            Lex::Kw(Kw::This) | Lex::Kw(Kw::Current) => 0,
            Lex::Kw(Kw::Next) | Lex::Kw(Kw::Coming) => 1,
            Lex::Kw(Kw::The) => {
                if self.unit(j + 1) == Some((Unit::Year, false)) {
                    return Some((YearRef::Rel(0), j + 2));
                }
                if self.kw(j + 1, Kw::Fiscal) && self.unit(j + 2) == Some((Unit::Year, false)) {
                    return Some((YearRef::Rel(0), j + 3));
                }
                // "the current fiscal year", "the previous year"
                if self
                    .kw_any(
                        j + 1,
                        &[
                            Kw::Last,
                            Kw::Previous,
                            Kw::This,
                            Kw::Current,
                            Kw::Next,
                            Kw::Coming,
                        ],
                    )
                    .is_some()
                {
                    return self.year_ref(j + 1);
                }
                return None;
            }
            _ => return None,
        };
        let mut k = j + 1;
        if self.kw(k, Kw::Fiscal) {
            k += 1;
        }
        if self.unit(k) == Some((Unit::Year, false)) {
            return Some((YearRef::Rel(n), k + 1));
        }
        None
    }

    /// "the second half of calendar 2025", "the first quarter of calendar
    /// year 2025": the word tells the calendar's year from a fiscal one,
    /// as it does alone ("calendar 2023").
    fn calendar_year_ref(&self, i: usize) -> Option<(YearRef, usize)> {
        if !self.word_is(i, "calendar") {
            return None;
        }
        let year_word = self.unit(i + 1) == Some((Unit::Year, false));
        let (y, e) = self.year_at(i + 1 + usize::from(year_word))?;
        Some((YearRef::Abs(y), e))
    }

    /// Whether the year reference `yr` found at `k` is "the year": the
    /// one the story is about, which a part of it named without "this"
    /// leaves to the tense.
    fn the_year(&self, k: usize, yr: YearRef) -> bool {
        yr == YearRef::Rel(0) && self.kw(k, Kw::The)
    }

    /// Builds the value of part `index` of granularity `gran` (the month,
    /// or the day-of-year's month, for `Gran::Month` and `Gran::Day`) in a
    /// year reference.
    fn part_of_year(gran: Gran, index: u8, yr: YearRef) -> Option<Val> {
        let month = match gran {
            Gran::Quarter => (index - 1) * 3 + 1,
            Gran::Half => (index - 1) * 6 + 1,
            _ => index,
        };
        match yr {
            YearRef::Abs(y) => Some(Val::Abs(Point::containing(gran, ymd(y, month, 1)?)?)),
            // "the fourth quarter of this year" is this year's, whatever
            // the tense.
            YearRef::Rel(0) => match gran {
                Gran::Quarter => Some(Val::Quarter {
                    q: index,
                    dir: Dir::This,
                }),
                Gran::Half => Some(Val::Half {
                    h: index,
                    dir: Dir::This,
                }),
                _ => Some(Val::InRelYear { gran, month, n: 0 }),
            },
            YearRef::Rel(n) => Some(Val::InRelYear { gran, month, n }),
        }
    }

    /// A part of a year counted from either end: "the first three months
    /// of the year" (its first quarter), "the last six months of 2012"
    /// (its second half), "the last week of the year", "the first day of
    /// 2016", "the first Saturday of the year", "the last weekend of the
    /// year".
    pub(super) fn year_part(&self, i: usize) -> Option<Match> {
        if !self.kw(i, Kw::The) {
            return None;
        }
        let first = match self.lex(i + 1)? {
            Lex::Ordinal(1) => true,
            Lex::Kw(Kw::Last) => false,
            _ if self.word_is(i + 1, "final") => false,
            _ => return None,
        };
        // What is counted, and where "of" is.
        enum Part {
            Months(u8),
            Week,
            Day,
            Weekday(u8),
            Weekend,
        }
        let (part, of) = match self.lex(i + 2)? {
            Lex::NumWord(n @ (3 | 6)) if self.unit(i + 3) == Some((Unit::Month, true)) => {
                (Part::Months(u8::try_from(n).ok()?), i + 4)
            }
            Lex::Unit {
                unit: Unit::Week,
                plural: false,
            } => (Part::Week, i + 3),
            Lex::Unit {
                unit: Unit::Day,
                plural: false,
            } => (Part::Day, i + 3),
            Lex::Weekday { day, plural: false } => (Part::Weekday(day), i + 3),
            Lex::Kw(Kw::Weekend) => (Part::Weekend, i + 3),
            _ => return None,
        };
        if !self.kw(of, Kw::Of) {
            return None;
        }
        let (yr, end) = self.year_ref(of + 1)?;
        // The day `day` of month `month` in the year named.
        let day_of = |month: u8, day: u8| -> Option<Val> {
            let first = Self::part_of_year(Gran::Day, month, yr)?;
            Some(Val::Containing {
                gran: Gran::Day,
                shift: i64::from(day) - 1,
                day: Box::new(first),
            })
        };
        let val = match part {
            Part::Months(n) => {
                let (gran, index) = match (n, first) {
                    (3, true) => (Gran::Quarter, 1),
                    (3, false) => (Gran::Quarter, 4),
                    (_, true) => (Gran::Half, 1),
                    (_, false) => (Gran::Half, 2),
                };
                Self::part_of_year(gran, index, yr)?
            }
            // ISO weeks: the first holds 4 January, the last 28 December.
            Part::Week => Val::Containing {
                gran: Gran::Week,
                shift: 0,
                day: Box::new(if first {
                    day_of(1, 4)?
                } else {
                    day_of(12, 28)?
                }),
            },
            Part::Day => {
                if first {
                    day_of(1, 1)?
                } else {
                    day_of(12, 31)?
                }
            }
            Part::Weekday(day) => {
                let month = if first { 1 } else { 12 };
                let m = Self::part_of_year(Gran::Month, month, yr)?;
                return Some(
                    date(
                        end,
                        Val::NthWeekday {
                            n: if first { 1 } else { -1 },
                            day,
                            month: Box::new(m),
                        },
                    )
                    .with_weekday(day),
                );
            }
            // The weekend of the year's first or last Saturday, as "the
            // last weekend of the month" is of the month's.
            Part::Weekend => {
                let month = if first { 1 } else { 12 };
                let saturday = Val::NthWeekday {
                    n: if first { 1 } else { -1 },
                    day: 6,
                    month: Box::new(Self::part_of_year(Gran::Month, month, yr)?),
                };
                Val::Containing {
                    gran: Gran::Weekend,
                    shift: 0,
                    day: Box::new(saturday),
                }
            }
        };
        Some(date(end, val))
    }

    /// "the week ending March 8", "the week ended Friday", "the week to
    /// Sunday", "the week through Friday": the week a weekly figure
    /// covers, named by its last day.
    /// The expression is "the week", as "the quarter" of "the quarter
    /// ended Sept. 30" is; the day is one of its own. The value is the ISO
    /// week holding the day before that last day, so a week that ends on
    /// a Monday is the week before it, as such a week mostly lies there.
    /// A week named by its first day ("the week beginning Jan. 20", "the
    /// week starting Monday", British "commencing") is the week of that
    /// day.
    pub(super) fn week_ending(&self, i: usize) -> Option<Match> {
        let the = self.kw(i, Kw::The);
        let j = if the { i + 1 } else { i };
        // "to" only after "the": "gave him a week to Monday" is a stretch.
        // ("the week through Friday" is "the week to Friday".)
        let ends = if the {
            &[Kw::Ended, Kw::Ending, Kw::To, Kw::Through][..]
        } else {
            &[Kw::Ended, Kw::Ending][..]
        };
        let starts = the
            && (self.kw(j + 1, Kw::Beginning) || self.word_in(j + 1, &["starting", "commencing"]));
        if self.unit(j) != Some((Unit::Week, false))
            || self.kw_any(j + 1, ends).is_none() && !starts
        {
            return None;
        }
        let day = self.longest(j + 2, &[Self::dates, Self::relative, Self::weekday], |m| {
            m.kind == crate::time::timex::TimexType::Date
                && m.modifier.is_none()
                && match &m.val {
                    Val::MonthDay { .. } | Val::Weekday { .. } | Val::Holiday { .. } => true,
                    Val::Abs(p) => p.gran == Gran::Day,
                    Val::Rel { gran, .. } => *gran == Gran::Day,
                    _ => false,
                }
        })?;
        let val = Val::Containing {
            gran: Gran::Week,
            shift: if starts { 0 } else { -1 },
            day: Box::new(day.val),
        };
        Some(date(j + 1, val))
    }

    /// "epidemiological week 37", "ISO week 12", "week 47 of last year",
    /// "week 12 of 2020": an ISO week counted in its year, as outbreak and
    /// statistics reports number them. A bare "week 12" is not one
    /// ("week 12 of the trial", a league's "Week 12").
    pub(super) fn numbered_week(&self, i: usize) -> Option<Match> {
        let named = self.word_in(i, &["epidemiological", "epi", "iso", "calendar"]);
        let w = i + usize::from(named);
        if self.unit(w) != Some((Unit::Week, false)) || self.tok(w).is_some_and(|t| t.cap && !named)
        {
            return None;
        }
        let (n @ 1..=53, 1 | 2) = self.num(w + 1)? else {
            return None;
        };
        let (yr, end) = match self.year_ref(w + 3) {
            Some((yr, end)) if self.kw(w + 2, Kw::Of) => (yr, end),
            _ if named => {
                return Some(date(
                    w + 2,
                    Val::IsoWeek {
                        n: u8::try_from(n).ok()?,
                    },
                ));
            }
            _ => return None,
        };
        // ISO week 1 holds 4 January.
        let jan4 = Val::Containing {
            gran: Gran::Day,
            shift: 3,
            day: Box::new(Self::part_of_year(Gran::Day, 1, yr)?),
        };
        let val = Val::Containing {
            gran: Gran::Week,
            shift: 7 * (i64::from(n) - 1),
            day: Box::new(jan4),
        };
        Some(date(end, val))
    }
}

/// A year named after a period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum YearRef {
    Abs(i32),
    /// Relative to the document year.
    Rel(i64),
}
