//! What may follow a clock time: a place's or a zone's time ("Beijing
//! time", "1 p.m. Eastern", "Eastern Standard Time") and a day, perhaps
//! with its part ("Thursday", "tomorrow morning", "tonight", "last
//! night", "Thursday, Nov. 16").

use crate::time::grammar::Parser;
use crate::time::lexicon::{Kw, Lex, PartOfDay, Unit};
use crate::time::sem::{Dir, Val};
use crate::time::token::Kind;
use crate::time::value::Gran;

/// A day (and perhaps a part of it) written after a clock time.
pub(super) struct DayAfter {
    pub(super) val: Val,
    /// The token after the day alone.
    pub(super) end: usize,
    /// A part of that day written after it, and the token after that:
    /// "tomorrow morning", "Thursday night", "tonight".
    pub(super) pod: Option<(PartOfDay, usize)>,
}

impl Parser<'_> {
    /// A zone written as a place's time after a clock time: "Beijing
    /// time", "Hong Kong time", "Eastern Standard Time". Up to three
    /// capitalised ordinary words (no month or weekday) and then "time",
    /// or a US zone alone ("1 p.m. Eastern"); returns the token after it.
    pub(super) fn place_time(&self, j: usize) -> Option<usize> {
        let mut k = j;
        while k < j + 3
            && !self.word_is(k, "time")
            && self.tok(k).is_some_and(|t| {
                t.kind == Kind::Word && t.cap && t.gap && matches!(t.lex, Lex::Other)
            })
        {
            k += 1;
        }
        if k > j && self.word_is(k, "time") && !self.hyphen(k + 1) {
            return Some(k + 1);
        }
        // "1 p.m. Eastern", "9 p.m. Eastern Monday": a US zone named
        // alone (not "Eastern Europe").
        (self.word_in(j, &["eastern", "pacific", "central", "mountain"])
            && self.tok(j).is_some_and(|t| t.cap && t.gap)
            && self.tok(j + 1).is_none_or(|t| {
                t.kind != Kind::Word || !t.cap || matches!(t.lex, Lex::Weekday { .. })
            }))
        .then_some(j + 1)
    }

    /// Whether the words `j..e` after a clock time name a zone ("Eastern
    /// time", "Pacific", "Moscow time", "Beijing time", "Tokyo time",
    /// "Seoul time", "Taipei time" and "Singapore time" (each the name
    /// its country's one zone goes by),
    /// "India Standard Time": a region's standard) rather than a city
    /// whose local time it is ("New York time", "Hong Kong time").
    pub(super) fn zone_name(&self, j: usize, e: usize) -> bool {
        self.word_in(
            j,
            &[
                "eastern",
                "pacific",
                "central",
                "mountain",
                "atlantic",
                "moscow",
                "beijing",
                "tokyo",
                "seoul",
                "korea",
                "taipei",
                "singapore",
                "india",
                "japan",
            ],
        ) || (j..e).any(|k| self.word_in(k, &["standard", "daylight", "summer", "mean"]))
    }

    /// Whether the weekday at `j` opens a range of weekdays: "Monday
    /// through Wednesday", "Sunday to Thursday", "Monday-Friday".
    fn opens_day_range(&self, j: usize) -> bool {
        let to = self.word_in(j + 1, &["through", "to", "till", "until", "thru"])
            || self
                .tok(j + 1)
                .is_some_and(|t| matches!(t.kind, Kind::Punct('-' | '\u{2013}')));
        to && matches!(self.lex(j + 2), Some(Lex::Weekday { .. }))
    }

    /// A day expression that can follow a clock time ("Thursday", "today",
    /// "tomorrow morning", "tonight").
    pub(super) fn day_after_time(&self, i: usize) -> Option<DayAfter> {
        let day = |n| Val::Rel {
            gran: Gran::Day,
            unit: Unit::Day,
            n,
        };
        // "tomorrow morning", "Thursday night" (not "Thursday nights").
        let pod_at = |k: usize| match self.lex(k) {
            Some(Lex::PartOfDay(p)) if !self.word(k).ends_with('s') => Some((p, k + 1)),
            _ => None,
        };
        let mut j = i;
        if self.kw(j, Kw::On) {
            j += 1;
        }
        let plain = |val, end| {
            Some(DayAfter {
                val,
                end,
                pod: pod_at(end),
            })
        };
        match self.lex(j)? {
            Lex::Kw(Kw::Today) => plain(day(0), j + 1),
            Lex::Kw(Kw::Yesterday) => plain(day(-1), j + 1),
            Lex::Kw(Kw::Tomorrow) => plain(day(1), j + 1),
            // "9 p.m. tonight", "3 this afternoon": the day is today and
            // only comes with its part.
            Lex::Kw(Kw::Tonight) => Some(DayAfter {
                val: day(0),
                end: i,
                pod: Some((PartOfDay::Night, j + 1)),
            }),
            Lex::Kw(Kw::This) => Some(DayAfter {
                val: day(0),
                end: i,
                pod: Some(pod_at(j + 1)?),
            }),
            // "by 10 o'clock that night": the day last named.
            Lex::Kw(Kw::That) => Some(DayAfter {
                val: Val::Anchored {
                    gran: Some(Gran::Day),
                    unit: Unit::Day,
                    n: 0,
                },
                end: i,
                pod: Some(pod_at(j + 1)?),
            }),
            // Not a possessive weekday, which opens a noun of its own
            // ("called at 10 a.m. Friday's march will go ahead").
            // Nor one that opens a range of days, which the time is not
            // on alone: "from 9 a.m. to 5 p.m. Monday through Wednesday".
            Lex::Weekday { day, plural: false }
                if self.tok(j)?.cap
                    && self.skip_poss(j + 1) == j + 1
                    && !self.opens_day_range(j) =>
            {
                // "3 p.m. Thursday, Nov. 16"
                if let Some(m) = self.dates(j)
                    && m.weekday.is_some()
                {
                    return Some(DayAfter {
                        val: m.val,
                        end: m.end,
                        pod: None,
                    });
                }
                // "6:30 p.m. Thursday next week": that week's day.
                if let Some(m) = self.weekday(j)
                    && matches!(m.val, Val::WeekdayOfWeek { .. })
                {
                    return plain(m.val, m.end);
                }
                plain(
                    Val::Weekday {
                        day,
                        dir: Dir::Tense,
                    },
                    j + 1,
                )
            }
            // "9 p.m. last night": the night before the document's day.
            Lex::Kw(Kw::Last) if matches!(pod_at(j + 1), Some((PartOfDay::Night, _))) => {
                Some(DayAfter {
                    val: day(-1),
                    end: i,
                    pod: pod_at(j + 1),
                })
            }
            // "6am next Tuesday", "1pm last Friday"
            Lex::Kw(Kw::Next | Kw::Last) => {
                let (dir, k) = self.dir_at(j)?;
                let Lex::Weekday { day, plural: false } = self.lex(k)? else {
                    return None;
                };
                plain(Val::Weekday { day, dir }, k + 1)
            }
            Lex::Month { .. } => {
                let m = self.dates(j)?;
                matches!(m.val, Val::MonthDay { .. } | Val::Abs(_)).then_some(DayAfter {
                    val: m.val,
                    end: m.end,
                    pod: None,
                })
            }
            // "9 p.m. Sat.", "noon Sun.": a weekday's short form that is
            // also a word stands after a clock time.
            _ => {
                let (day, e) = self.weekday_abbr_alone(j)?;
                plain(
                    Val::Weekday {
                        day,
                        dir: Dir::Tense,
                    },
                    e,
                )
            }
        }
    }
}
