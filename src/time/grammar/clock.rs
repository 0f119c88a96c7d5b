//! Clock times and parts of days: "3 p.m.", "10:30 a.m. EST", "noon
//! Thursday", "this morning", "tonight", "Thursday night", "last night".

use super::Parser;
use crate::time::TimexType;
use crate::time::lexicon::{Kw, Lex, PartOfDay, Unit};
use crate::time::sem::{Dir, Match, Val};
use crate::time::token::Kind;
use crate::time::value::Gran;

/// Time-zone words that belong to a clock time.
const ZONES: &[&str] = &[
    "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "utc", "bst", "cet", "cest",
    "et", "pt", "ct", "mt", "jst", "ist", "aest", "hkt", "sgt", "msk", "z",
];

impl Parser<'_> {
    /// Clock times and parts of days; the longest match at `i`.
    pub(super) fn clock(&self, i: usize) -> Option<Match> {
        self.longest(i, &[Self::clock_time, Self::part_of_day], |_| true)
    }

    /// The hour and minute at `i`.
    fn time_core(&self, i: usize) -> Option<(u8, u8, usize)> {
        match self.lex(i)? {
            Lex::Kw(Kw::Noon | Kw::Midday) => return Some((12, 0, i + 1)),
            // TimeML writes midnight as the end of its day ("midnight
            // Friday" is Friday T24:00, not the start of Friday).
            Lex::Kw(Kw::Midnight) => return Some((24, 0, i + 1)),
            _ => {}
        }
        let (h, hd) = self.num(i)?;
        if hd > 2 || self.number_preceded(i) {
            return None;
        }
        let mut j = i + 1;
        let mut minute = None;
        // "9.30 a.m.", "9.30am" (British style)
        let dot_ok = self.punct(j, '.')
            && (matches!(self.lex(j + 2), Some(Lex::AmPm { .. }))
                || self.word_is(j + 2, "am")
                || self.word_is(j + 2, "pm"));
        if (self.punct(j, ':') || dot_ok) && self.glued(j) && self.glued(j + 1) {
            let (m, md) = self.num(j + 1)?;
            if md != 2 || m > 59 {
                return None;
            }
            minute = Some(m);
            j += 2;
        }
        let h = u8::try_from(h).ok()?;
        let m = u8::try_from(minute.unwrap_or(0)).ok()?;
        match self.lex(j) {
            Some(Lex::AmPm { pm }) if (1..=12).contains(&h) => {
                let h24 = match (h, pm) {
                    (12, false) => 0,
                    (12, true) => 12,
                    (h, true) => h + 12,
                    (h, false) => h,
                };
                return Some((h24, m, j + 1));
            }
            _ => {}
        }
        if (self.word_is(j, "am") || self.word_is(j, "pm")) && (1..=12).contains(&h) {
            let pm = self.word_is(j, "pm");
            let h24 = match (h, pm) {
                (12, false) => 0,
                (12, true) => 12,
                (h, true) => h + 12,
                (h, false) => h,
            };
            return Some((h24, m, j + 1));
        }
        // "4 in the morning", "10 o'clock at night"
        let k = if self.kw(j, Kw::Oclock) { j + 1 } else { j };
        if (1..=12).contains(&h) {
            let pod = if self.kw(k, Kw::In) && self.kw(k + 1, Kw::The) {
                Some((self.lex(k + 2), k + 3))
            } else if k > j && self.word_is(k, "at") {
                Some((self.lex(k + 1), k + 2))
            } else {
                None
            };
            if let Some((Some(Lex::PartOfDay(p)), e)) = pod {
                let h24 = match p {
                    PartOfDay::Morning if h == 12 => Some(0),
                    PartOfDay::Morning => Some(h),
                    PartOfDay::Afternoon | PartOfDay::Evening if h < 12 => Some(h + 12),
                    PartOfDay::Night if (6..12).contains(&h) => Some(h + 12),
                    PartOfDay::Night if h == 12 => Some(0),
                    PartOfDay::Night => Some(h),
                    _ => None,
                };
                if let Some(h24) = h24 {
                    return Some((h24, m, e));
                }
            }
        }
        if self.kw(j, Kw::Oclock) && (1..=12).contains(&h) {
            return Some((h, m, j + 1));
        }
        // 24-hour "15:30" needs a zone or a preposition that expects a time.
        if minute.is_some() && h <= 23 && !self.number_continues(j) {
            let zone = self.word_in(j, ZONES) && self.tok(j).is_some_and(|t| t.upper);
            let prep = i > 0
                && self.word_in(
                    i - 1,
                    &[
                        "at", "by", "until", "before", "after", "around", "from", "since",
                    ],
                );
            if zone || prep {
                return Some((h, m, j));
            }
        }
        None
    }

    /// A day expression that can follow a clock time ("Thursday", "today").
    fn day_after_time(&self, i: usize) -> Option<(Val, usize)> {
        let day = |n| Val::Rel {
            gran: Gran::Day,
            unit: Unit::Day,
            n,
        };
        let mut j = i;
        if self.kw(j, Kw::On) {
            j += 1;
        }
        match self.lex(j)? {
            Lex::Kw(Kw::Today) => Some((day(0), j + 1)),
            Lex::Kw(Kw::Yesterday) => Some((day(-1), j + 1)),
            Lex::Kw(Kw::Tomorrow) => Some((day(1), j + 1)),
            Lex::Weekday { day, plural: false } if self.tok(j)?.cap => {
                // "3 p.m. Thursday, Nov. 16"
                if let Some(m) = self.dates(j)
                    && m.weekday.is_some()
                {
                    return Some((m.val, m.end));
                }
                Some((
                    Val::Weekday {
                        day,
                        dir: Dir::Tense,
                    },
                    j + 1,
                ))
            }
            Lex::Month { .. } => {
                let m = self.dates(j)?;
                matches!(m.val, Val::MonthDay { .. } | Val::Abs(_)).then_some((m.val, m.end))
            }
            _ => None,
        }
    }

    /// "3 p.m.", "10:30 a.m. EST Thursday", "noon".
    fn clock_time(&self, i: usize) -> Option<Match> {
        let (hour, minute, mut j) = self.time_core(i)?;
        if self.word_in(j, ZONES) && self.tok(j).is_some_and(|t| t.upper) {
            j += 1;
        } else if self.word_is(j, "local") && self.word_is(j + 1, "time") {
            j += 2;
        }
        let comma = self.punct(j, ',');
        let after = if comma { j + 1 } else { j };
        let (day, e) = match self.day_after_time(after) {
            Some((v, e))
                if !self.kw(after, Kw::On) && (!comma || !matches!(v, Val::Rel { .. })) =>
            {
                (v, e)
            }
            _ => (
                Val::Rel {
                    gran: Gran::Day,
                    unit: Unit::Day,
                    n: 0,
                },
                j,
            ),
        };
        let weekday = match day {
            Val::Weekday { day, .. } => Some(day),
            _ => None,
        };
        let mut m = Match::new(
            e,
            TimexType::Time,
            Val::Clock {
                hour,
                minute,
                day: Box::new(day),
            },
        );
        m.weekday = weekday;
        Some(m)
    }

    /// "this morning", "tonight", "last night", "Thursday night",
    /// "yesterday afternoon", "mid-afternoon".
    fn part_of_day(&self, i: usize) -> Option<Match> {
        let day = |n| Val::Rel {
            gran: Gran::Day,
            unit: Unit::Day,
            n,
        };
        let mut j = i;
        let mut modifier = None;
        if let Some((m, k)) = self.period_mod(j) {
            modifier = Some(m);
            j = k;
        }
        let pod_at = |k: usize| match self.lex(k) {
            Some(Lex::PartOfDay(p)) if !self.word(k).ends_with('s') => Some(p),
            _ => None,
        };
        let (val, weekday, e) = match self.lex(j)? {
            Lex::Kw(Kw::Tonight) => (
                Val::Pod {
                    pod: PartOfDay::Night,
                    day: Box::new(day(0)),
                },
                None,
                j + 1,
            ),
            Lex::Kw(Kw::This) => {
                let p = pod_at(j + 1)?;
                (
                    Val::Pod {
                        pod: p,
                        day: Box::new(day(0)),
                    },
                    None,
                    j + 2,
                )
            }
            Lex::Kw(Kw::Last) => {
                let p = pod_at(j + 1)?;
                if p != PartOfDay::Night {
                    return None;
                }
                (
                    Val::Pod {
                        pod: p,
                        day: Box::new(day(-1)),
                    },
                    None,
                    j + 2,
                )
            }
            Lex::Kw(Kw::Yesterday | Kw::Today | Kw::Tomorrow) => {
                let n = match self.lex(j)? {
                    Lex::Kw(Kw::Yesterday) => -1,
                    Lex::Kw(Kw::Tomorrow) => 1,
                    _ => 0,
                };
                let p = pod_at(j + 1)?;
                (
                    Val::Pod {
                        pod: p,
                        day: Box::new(day(n)),
                    },
                    None,
                    j + 2,
                )
            }
            Lex::Weekday {
                day: d,
                plural: false,
            } if self.tok(j)?.cap => {
                let p = pod_at(j + 1)?;
                (
                    Val::Pod {
                        pod: p,
                        day: Box::new(Val::Weekday {
                            day: d,
                            dir: Dir::Tense,
                        }),
                    },
                    Some(d),
                    j + 2,
                )
            }
            Lex::PartOfDay(p) if modifier.is_some() && !self.word(j).ends_with('s') => {
                // "mid-afternoon (yesterday)"
                let (d, e) = match self.lex(j + 1) {
                    Some(Lex::Kw(Kw::Yesterday)) => (day(-1), j + 2),
                    Some(Lex::Kw(Kw::Today)) => (day(0), j + 2),
                    _ => (day(0), j + 1),
                };
                (
                    Val::Pod {
                        pod: p,
                        day: Box::new(d),
                    },
                    None,
                    e,
                )
            }
            _ => return None,
        };
        // "Thursday morning" is fine; "the morning" alone is not tagged.
        let _ = Kind::Word;
        let mut m = Match::new(e, TimexType::Time, val);
        m.weekday = weekday;
        if let Some(md) = modifier {
            m = m.with_mod(md);
        }
        Some(m)
    }
}
