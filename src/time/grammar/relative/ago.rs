//! Times counted back or on by an amount: "two years ago", "a year
//! earlier", "a week from now", "a fortnight on Saturday", "fifty years
//! ago today"; and the period a year back that results are compared with:
//! "the year-ago quarter", "year-earlier", "the same period last year".

use crate::time::calendar::ymd;
use crate::time::grammar::{COMPARED, Parser, quantity};
use crate::time::lexicon::{Kw, Lex, PartOfDay, Unit};
use crate::time::sem::{Dir, Match, Val, date};
use crate::time::timex::TimexType;
use crate::time::token::Kind;
use crate::time::value::{Gran, Point, unit_gran};

impl Parser<'_> {
    /// "two years ago", "a year earlier", "a week from now".
    pub(in crate::time::grammar) fn ago(&self, i: usize) -> Option<Match> {
        // A unit comes after a modifier, an amount or a hyphen, or opens
        // the form itself: a word that names a time ("May", "Friday")
        // is none of these, nor a keyword that opens no amount.
        if self.names_time(i)
            || matches!(self.lex(i), Some(Lex::Kw(k)) if !quantity::opens_amount(k))
        {
            return None;
        }
        self.ago_unguarded(i)
    }

    /// Times ago, read at any start: [`Parser::ago`] without its guard,
    /// kept apart so a test can check that the guard turns away no time
    /// ago.
    pub(in crate::time::grammar) fn ago_unguarded(&self, i: usize) -> Option<Match> {
        let (modifier, j) = match self.approx_at(i) {
            Some((m, j)) => (Some(m), j),
            None => (None, i),
        };
        let (amount, k) = match self.number_at(j) {
            Some(x) => x,
            None => (None, j),
        };
        // "two Saturdays ago": the Saturday a week before the last one;
        // "two Saturdays from now", a week after the coming one.
        let weekdays_off = if self.kw(k + 1, Kw::Ago) {
            Some((Dir::Last, -1, k + 2))
        } else if self.word_is(k + 1, "from") && self.word_is(k + 2, "now") {
            Some((Dir::Coming, 1, k + 3))
        } else {
            None
        };
        if modifier.is_none()
            && let Some(n) = amount.filter(|n| n.fract() == 0.0 && (2.0..=10.0).contains(n))
            && let Some(Lex::Weekday { day, plural: true }) = self.lex(k)
            && let Some((dir, sign, end)) = weekdays_off
        {
            return Some(date(
                end,
                Val::Containing {
                    gran: Gran::Day,
                    shift: sign * 7 * (n as i64 - 1),
                    day: Box::new(Val::Weekday { day, dir }),
                },
            ));
        }
        // "two weekends ago": the weekend two weeks before this week's.
        if modifier.is_none()
            && let Some(n) = amount.filter(|n| n.fract() == 0.0 && (1.0..=10.0).contains(n))
            && self.kw(k, Kw::Weekend)
            && self.kw(k + 1, Kw::Ago)
        {
            return Some(date(
                k + 2,
                Val::Rel {
                    gran: Gran::Weekend,
                    unit: Unit::Week,
                    n: -(n as i64),
                },
            ));
        }
        let k = if self.hyphen(k) { k + 1 } else { k };
        let (unit, plural) = self.unit(k)?;
        // "a quarter-century ago", "a quarter of a century ago": 25 years
        // back.
        let c = if self.kw(k + 1, Kw::Of) && self.word_in(k + 2, &["a", "an"]) {
            k + 3
        } else {
            k + 1 + usize::from(self.hyphen(k + 1))
        };
        let (unit, amount, k) =
            if unit == Unit::Quarter && !plural && self.unit(c) == Some((Unit::Century, false)) {
                (Unit::Year, amount.map(|a| a * 25.0), c)
            } else {
                (unit, amount, k)
            };
        // "a century and a half ago", "a year and a half earlier": the
        // half told after the unit joins the amount.
        let (amount, k) = if !plural
            && self.kw(k + 1, Kw::And)
            && self.kw(k + 2, Kw::A)
            && self.kw(k + 3, Kw::Half)
        {
            (amount.map(|a| a + 0.5), k + 3)
        } else {
            (amount, k)
        };
        if amount.is_none() && !plural {
            return None;
        }
        if amount.is_none() && k == j && !plural {
            return None;
        }
        let mut e = k + 1;
        // "a week or so ago"
        if self.kw(e, Kw::Or) && self.word_is(e + 1, "so") {
            e += 2;
        }
        // "Two days earlier, troops had crossed": how long before, a
        // duration as "two days later" is. A comparison, which names what
        // is compared ("from a month earlier", "up from 48% a week
        // earlier"), and any year or quarter earlier of results are dates.
        let compared = i > 0
            && (self.word_in(
                i - 1,
                &[
                    "from", "than", "with", "over", "since", "on", "to", "versus", "vs", "of",
                    "million", "billion", "trillion", "percent", "cent", "pc", "cents", "points",
                    "pence", "dollars", "pounds", "euros", "yen", "shares", "barrels", "tonnes",
                ],
            ) || self
                .tok(i - 1)
                .is_some_and(|t| matches!(t.kind, Kind::Num | Kind::Punct('%')))
                // "1.9 metres a week earlier", "64 degrees a day earlier":
                // a measure written as a number and its unit.
                || i > 1 && self.tok(i - 2).is_some_and(|t| t.kind == Kind::Num)
                    && self.tok(i - 1).is_some_and(|t| t.kind == Kind::Word));
        let short = matches!(
            unit,
            Unit::Minute | Unit::Hour | Unit::Day | Unit::Week | Unit::Month
        );
        if self.kw(e, Kw::Earlier)
            && (short && !compared
                || self.earlier_than(e)
                || self.amount_apart(k) && self.earlier_later(e).is_some())
        {
            return None;
        }
        let sign: i64 = match self.lex(e)? {
            Lex::Kw(Kw::Ago) => -2,
            Lex::Kw(Kw::Earlier) => -1,
            // "three days later": TimeML marks the amount as a duration and
            // "later" as a signal outside it.
            Lex::Kw(Kw::Before | Kw::After) => {
                // Only as an adverb: "two days before," not "two days before the vote".
                // (Nor before a quoted title: "a decade after \"Revenge of the
                // Sith\"", whose quote opens after a space.)
                let next_ok = self.tok(e + 1).is_none_or(|t| match t.kind {
                    crate::time::token::Kind::Punct(c) => {
                        c != '$' && !(t.gap && matches!(c, '"' | '\u{201C}' | '\u{2018}' | '('))
                    }
                    _ => false,
                });
                if !next_ok {
                    return None;
                }
                if self.kw(e, Kw::Before) { -1 } else { 1 }
            }
            Lex::Kw(Kw::From) if self.kw(e + 1, Kw::Now) => {
                e += 1;
                2
            }
            // "a month from today", "a year from tomorrow": the day so many
            // months or years on, as "a year ago today" is the day back
            // (days and weeks are counted below).
            Lex::Kw(Kw::From)
                if matches!(unit, Unit::Month | Unit::Year)
                    && self.kw_any(e + 1, &[Kw::Today, Kw::Tomorrow]).is_some() =>
            {
                2
            }
            // "a week from today", "two weeks from Thursday", "a fortnight
            // on Saturday", "a week today" (British): that many days on
            // from the day named. (Days are counted "from" a day only:
            // "blackouts of eight hours a day on Monday".)
            // Back from one ("a week last Sunday", "a fortnight last
            // Saturday", "a week yesterday") and on from one that is to
            // come ("a week come Saturday"), as Britain and Ireland say.
            lex if matches!(
                lex,
                Lex::Kw(Kw::From | Kw::On | Kw::Today | Kw::Tomorrow | Kw::Last | Kw::Yesterday)
            ) && matches!(unit, Unit::Day | Unit::Week | Unit::Fortnight)
                && !(unit == Unit::Day
                    && self.kw_any(e, &[Kw::On, Kw::Last, Kw::Yesterday]).is_some())
                && (self.kw(e, Kw::From)
                    || matches!(self.lex(e + 1), Some(Lex::Weekday { plural: false, .. }))
                    || unit != Unit::Day
                        && self
                            .kw_any(e, &[Kw::Today, Kw::Tomorrow, Kw::Yesterday])
                            .is_some())
                || unit != Unit::Day
                    && self.word_is(e, "come")
                    && matches!(self.lex(e + 1), Some(Lex::Weekday { plural: false, .. })) =>
            {
                let back = self.kw_any(e, &[Kw::Last, Kw::Yesterday]).is_some();
                // (The day named is the next word, or this one.)
                let e = if self.kw_any(e, &[Kw::From, Kw::On, Kw::Last]).is_some()
                    || self.word_is(e, "come")
                {
                    e
                } else {
                    e - 1
                };
                let days = |n: f64| {
                    n * match unit {
                        Unit::Week => 7.0,
                        Unit::Fortnight => 14.0,
                        _ => 1.0,
                    }
                };
                let n = amount?;
                // "(stay home) for three weeks from Monday" is a stretch
                // of time, not a day; "pushed the launch back by a day on
                // Wednesday" an amount.
                // ("The hearing is set for a week from Friday" is a day:
                // what is set for it.)
                let set_for = i > 1
                    && self.word_is(i - 1, "for")
                    && self.word_in(
                        i - 2,
                        &["set", "scheduled", "slated", "planned", "rescheduled"],
                    );
                // (Nor is "the second outage in a week on Monday": "in" a
                // stretch, and the day apart.)
                let stretch = modifier.is_some()
                    || i > 0
                        && self.word_in(i - 1, &["for", "over", "within", "during", "by"])
                        && !set_for
                    || i > 0 && self.word_is(i - 1, "in") && self.kw(e, Kw::On);
                if stretch || n.fract() != 0.0 || n > 1000.0 {
                    return None;
                }
                let shift = if back {
                    -(days(n) as i64)
                } else {
                    days(n) as i64
                };
                let rel = |n: i64| Val::Rel {
                    gran: Gran::Day,
                    unit: Unit::Day,
                    n,
                };
                let day = match self.lex(e + 1)? {
                    Lex::Kw(Kw::Today) => rel(0),
                    Lex::Kw(Kw::Tomorrow) => rel(1),
                    Lex::Kw(Kw::Yesterday) => rel(-1),
                    // "two weeks from Thursday" counts from the coming one,
                    // "a week last Sunday" back from the last.
                    Lex::Weekday { day, plural: false } if self.tok(e + 1)?.cap => Val::Weekday {
                        day,
                        dir: if back { Dir::Last } else { Dir::Coming },
                    },
                    _ => return None,
                };
                let m = date(
                    e + 2,
                    Val::Containing {
                        gran: Gran::Day,
                        shift,
                        day: Box::new(day),
                    },
                );
                return Some(match modifier {
                    Some(md) => m.with_mod(md),
                    None => m,
                });
            }
            _ if self.word_is(e, "hence") => 2,
            // "A couple of weeks back, the Lakers lost", "held two weeks
            // back.": spoken "ago". (Not a delay: "pushed the vote two
            // weeks back", "set us back two years".)
            _ if self.word_is(e, "back")
                && self
                    .tok(e + 1)
                    .is_none_or(|t| matches!(t.kind, Kind::Punct(_)))
                && !(1..=3).any(|d| {
                    i.checked_sub(d).is_some_and(|k| {
                        self.word_in(
                            k,
                            &[
                                "pushed", "push", "set", "sets", "moved", "move", "put", "puts",
                                "pushes", "moves",
                            ],
                        )
                    })
                }) =>
            {
                -2
            }
            _ => return None,
        };
        e += 1;
        let Some(n) = amount else {
            let r = if sign < 0 { "PAST_REF" } else { "FUTURE_REF" };
            return Some(date(e, Val::Ref(r)));
        };
        // "a decade ago", "two centuries ago": a time known to the decade
        // or the century, as "two years ago" is known to the year; "half
        // a century ago" is 50 years back, a year.
        let coarse = match unit {
            Unit::Decade if n.fract() == 0.0 => Some(Gran::Decade),
            Unit::Century if n.fract() == 0.0 => Some(Gran::Century),
            _ => None,
        };
        let (unit, n) = match unit {
            Unit::Decade if (n * 10.0).fract() == 0.0 => (Unit::Year, n * 10.0),
            Unit::Century if (n * 100.0).fract() == 0.0 => (Unit::Year, n * 100.0),
            // "two and a half years ago", "half a year ago": whole months
            // back, known to the month.
            Unit::Year if n.fract() != 0.0 && (n * 12.0).fract() == 0.0 => (Unit::Month, n * 12.0),
            u => (u, n),
        };
        // "two and a half months ago", "a million years ago": no calendar
        // point.
        if n.fract() != 0.0 || n > 100_000.0 {
            return Some(date(
                e,
                Val::Ref(if sign < 0 { "PAST_REF" } else { "FUTURE_REF" }),
            ));
        }
        let n = n as i64;
        // "Fifty years ago today", "a year ago tomorrow", "Twenty years
        // ago tonight": that day (or night), so many units back; "40 years
        // ago to the day" is today's.
        let to_the_day = self.kw(e, Kw::To)
            && self.kw(e + 1, Kw::The)
            && self.unit(e + 2) == Some((Unit::Day, false));
        let day_word = if to_the_day {
            Some((Kw::Today, e + 3))
        } else {
            match self.lex(e) {
                Some(Lex::Kw(day @ (Kw::Today | Kw::Tomorrow | Kw::Yesterday | Kw::Tonight))) => {
                    Some((day, e + 1))
                }
                _ => None,
            }
        };
        if sign.abs() == 2
            && matches!(unit, Unit::Year | Unit::Month | Unit::Week)
            && let Some((day, end)) = day_word
        {
            let days = match day {
                Kw::Tomorrow => 1,
                Kw::Yesterday => -1,
                _ => 0,
            };
            let n = sign.signum() * n;
            let back = match unit {
                Unit::Week => Val::Rel {
                    gran: Gran::Day,
                    unit: Unit::Day,
                    n: days + 7 * n,
                },
                _ => Val::Containing {
                    gran: Gran::Day,
                    shift: days,
                    day: Box::new(Val::Rel {
                        gran: Gran::Day,
                        unit,
                        n,
                    }),
                },
            };
            let m = if day == Kw::Tonight {
                Match {
                    kind: TimexType::Time,
                    ..date(
                        end,
                        Val::Pod {
                            pod: PartOfDay::Night,
                            day: Box::new(back),
                        },
                    )
                }
            } else {
                date(end, back)
            };
            return Some(match modifier {
                Some(md) => m.with_mod(md),
                None => m,
            });
        }
        // "Fifty years ago Saturday", "34 years ago Tuesday": the weekday
        // the clause points to, so many years back (an anniversary told
        // near its day); "Fifty years ago Saturday night", that night;
        // "ten years ago this Sunday", the Sunday "this Sunday" names; "a
        // week ago Friday", the Friday a week before Friday.
        if sign == -2
            && matches!(unit, Unit::Year | Unit::Month | Unit::Week)
            && let Some((dir, w)) = self.weekday_after_ago(e)
            && let Some(Lex::Weekday { day, plural: false }) = self.lex(w)
        {
            let back = Val::Before {
                unit,
                n,
                day: Box::new(Val::Weekday { day, dir }),
            };
            let m = match self.lex(w + 1) {
                Some(Lex::PartOfDay(pod)) => Match {
                    kind: TimexType::Time,
                    ..date(
                        w + 2,
                        Val::Pod {
                            pod,
                            day: Box::new(back),
                        },
                    )
                },
                _ => date(w + 1, back),
            };
            return Some(match modifier {
                Some(md) => m.with_mod(md),
                None => m,
            });
        }
        // "Fifty years ago this week", "A century ago this month", "40
        // years ago this weekend": that week, month or weekend, so many
        // years back.
        let this_gran = match self.unit(e + 1) {
            Some((g @ (Unit::Week | Unit::Month), false)) => Some(unit_gran(g)),
            _ if self.kw(e + 1, Kw::Weekend) => Some(Gran::Weekend),
            _ => None,
        };
        // ("Seventy-five years ago next week": the week after that one.)
        let shift = match self.lex(e) {
            Some(Lex::Kw(Kw::This)) => Some(0),
            Some(Lex::Kw(Kw::Next)) if this_gran == Some(Gran::Week) => Some(7),
            Some(Lex::Kw(Kw::Last)) if this_gran == Some(Gran::Week) => Some(-7),
            _ => None,
        };
        if sign == -2
            && unit == Unit::Year
            && let Some(shift) = shift
            && let Some(gran) = this_gran
        {
            let m = date(
                e + 2,
                Val::Containing {
                    gran,
                    shift,
                    day: Box::new(Val::Rel {
                        gran: Gran::Day,
                        unit,
                        n: -n,
                    }),
                },
            );
            return Some(match modifier {
                Some(md) => m.with_mod(md),
                None => m,
            });
        }
        // "Seventy-one years ago this morning", "150 years ago this
        // spring", "40 years ago this June", "30 years ago next month": the part of the day, season
        // or month the words after name, so many years back (an
        // anniversary told near its day, as "ago this week" above).
        if sign == -2
            && unit == Unit::Year
            && let Some(m) = self.years_back_period(e, n)
        {
            return Some(match modifier {
                Some(md) => m.with_mod(md),
                None => m,
            });
        }
        let val = match sign {
            -2 | 2 => {
                let (gran, unit, n) = match unit {
                    // ("48 hours ago": two days back, whole days counted.)
                    Unit::Hour => (Gran::Day, Unit::Day, n / 24),
                    Unit::Minute => (Gran::Day, Unit::Day, n / (24 * 60)),
                    Unit::Second => (Gran::Day, Unit::Day, n / (24 * 60 * 60)),
                    Unit::Decade => (Gran::Year, Unit::Year, n * 10),
                    Unit::Century => (Gran::Year, Unit::Year, n * 100),
                    u => (unit_gran(u), u, n),
                };
                if sign == -2
                    && let Some(gran) = coarse
                {
                    Val::Rel { gran, unit, n: -n }
                } else if sign < 0 && unit == Unit::Year {
                    let lean = match modifier {
                        Some("LESS_THAN" | "EQUAL_OR_LESS") => 1,
                        Some("MORE_THAN" | "EQUAL_OR_MORE") => -1,
                        _ => 0,
                    };
                    Val::Ago { unit, n: -n, lean }
                } else {
                    Val::Rel {
                        gran,
                        unit,
                        n: n * sign.signum(),
                    }
                }
            }
            s => {
                if matches!(unit, Unit::Hour | Unit::Minute | Unit::Second) {
                    return None;
                }
                Val::Anchored {
                    gran: None,
                    unit,
                    n: n * s,
                }
            }
        };
        let m = date(e, val);
        Some(match modifier {
            Some(md) => m.with_mod(md),
            None => m,
        })
    }

    /// The weekday after "N years ago" at `e` and the direction it is
    /// read in: "Saturday" by the tense of the clause, "this Sunday" and
    /// "last Friday" as they are read alone ("that Sunday" belongs to a
    /// story's own time). A weekday in capitals only: "ago sunday" is
    /// more likely a name cut from a headline.
    fn weekday_after_ago(&self, e: usize) -> Option<(Dir, usize)> {
        let (dir, w) = match self.dir_at(e) {
            Some((Dir::That, _)) => return None,
            Some((dir, w)) => (dir, w),
            None => (Dir::Tense, e),
        };
        self.tok(w).is_some_and(|t| t.cap).then_some((dir, w))
    }

    /// Whether the "earlier" at `e` opens a comparison: "finished six years
    /// earlier than planned", "a year earlier than expected". The amount
    /// is how far ahead of a plan, a duration as TimeML marks it ("six
    /// years", P6Y), with "earlier than" a signal outside it; it names no
    /// time of its own. ("two months later than expected" is read so
    /// already: "later" never makes a date of an amount.)
    fn earlier_than(&self, e: usize) -> bool {
        self.word_is(e + 1, "than")
    }

    /// Whether the amount whose unit is at `u` is told apart from an
    /// "earlier" or "later" after it: a rate ("cut from $200 a week to
    /// $100 a week earlier this month") or a stretch after "for"
    /// ("delayed the walkout for 48 hours earlier this week"). The
    /// comparative then opens the period after it.
    pub(super) fn amount_apart(&self, u: usize) -> bool {
        let rate = u >= 2
            && self.word_in(u - 1, &["a", "an", "per"])
            && (self.tok(u - 2).is_some_and(|t| t.kind == Kind::Num)
                || self.word_in(
                    u - 2,
                    &["million", "billion", "trillion", "thousand", "percent"],
                ));
        let stretch = u >= 2
            && self.word_is(u - 2, "for")
            && (self.tok(u - 1).is_some_and(|t| t.kind == Kind::Num)
                || matches!(self.lex(u - 1), Some(Lex::NumWord(_))));
        rate || stretch
    }

    /// "year-earlier", "the year-ago quarter", "the year-earlier third
    /// quarter", "the comparable year-ago period", "the same quarter a year
    /// ago", "the corresponding period last year".
    pub(super) fn year_ago_adj(&self, i: usize) -> Option<Match> {
        let year_back = Val::Anchored {
            gran: Some(Gran::Quarter),
            unit: Unit::Year,
            n: -1,
        };
        let the = self.kw(i, Kw::The);
        let mut j = if the { i + 1 } else { i };
        let compared = the && (self.kw(j, Kw::Same) || self.word_in(j, COMPARED));
        if compared {
            j += 1;
        }
        // ("the prior-year quarter", "previous-year results": the same,
        // with the year last.)
        let year_back_adj = self.unit(j) == Some((Unit::Year, false))
            && self.hyphen(j + 1)
            && self.kw_any(j + 2, &[Kw::Ago, Kw::Earlier]).is_some()
            || self.word_in(j, &["prior", "previous"])
                && self.hyphen(j + 1)
                && self.unit(j + 2) == Some((Unit::Year, false));
        if year_back_adj {
            let mut e = j + 3;
            let mut gran = None;
            // "the year-ago third quarter"
            if the
                && let Some((q, k)) = self.ordinal_at(e)
                && (1..=4).contains(&q)
                && self.unit(k) == Some((Unit::Quarter, false))
            {
                e = k;
            }
            if self.unit(e) == Some((Unit::Quarter, false)) {
                gran = Some(Gran::Quarter);
                e += 1;
            } else if self.word_in(e, &["period"]) {
                e += 1;
            } else if the
                && let Some(m) = self.quantity(e)
                && m.kind == TimexType::Duration
            {
                // "the year-earlier nine months": one stretch, as "the
                // first nine months" is.
                return Some(Match::new(m.end, TimexType::Duration, m.val));
            } else if the {
                return None;
            }
            // Without a quarter, the idiom compares with the period under
            // report, as "a year ago" does, not with the last date named:
            // "Last year losses totaled $5 million ... The year-earlier
            // results" is one year back, not two.
            let val = match gran {
                Some(gran) => Val::Anchored {
                    gran: Some(gran),
                    unit: Unit::Year,
                    n: -1,
                },
                None => Val::Ago {
                    unit: Unit::Year,
                    n: -1,
                    lean: 0,
                },
            };
            return Some(date(e, val));
        }
        // "the quarter a year ago", "the same period last year", "the same
        // month last year", "the same week last year"
        let month = compared
            && matches!(
                self.unit(j),
                Some((Unit::Month, false) | (Unit::Week, false))
            );
        if !the
            || !(self.unit(j) == Some((Unit::Quarter, false)) || self.word_is(j, "period") || month)
        {
            return None;
        }
        let k = j + 1;
        // "the same quarter of 1989", "the comparable period of 2023": the
        // period under report, in that year, as "the 1989 quarter" is.
        if compared
            && !month
            && self.kw(k, Kw::Of)
            && let Some((y, e)) = self.year_at(k + 1)
        {
            let year = Point::containing(Gran::Year, ymd(y, 1, 1)?)?;
            return Some(date(e, Val::ReportInYear { year }));
        }
        let e = if self.kw(k, Kw::Last) && self.unit(k + 1) == Some((Unit::Year, false)) {
            k + 2
        } else if self.kw(k, Kw::A)
            && self.unit(k + 1) == Some((Unit::Year, false))
            && self.kw_any(k + 2, &[Kw::Ago, Kw::Earlier]).is_some()
        {
            k + 3
        } else {
            return None;
        };
        // "the same period last year" is a quarter only in a report of
        // one (see `Resolver::report_for`); after "between Christmas Eve
        // and today" it is the year before.
        if self.word_is(j, "period") {
            return Some(date(
                e,
                Val::Anchored {
                    gran: None,
                    unit: Unit::Year,
                    n: -1,
                },
            ));
        }
        if month {
            let gran = if self.unit(j) == Some((Unit::Week, false)) {
                Gran::Week
            } else {
                Gran::Month
            };
            return Some(date(
                e,
                Val::Anchored {
                    gran: Some(gran),
                    unit: Unit::Year,
                    n: -1,
                },
            ));
        }
        Some(date(e, year_back))
    }

    /// The period named at `e` after "N years ago", moved `n` years back
    /// (see `ago_unguarded`): this morning (tonight, ...), this season,
    /// or the month just before, this or just after the document's.
    fn years_back_period(&self, e: usize, n: i64) -> Option<Match> {
        let m = self.parse(e)?;
        let back = |day: Val| Val::Before {
            unit: Unit::Year,
            n,
            day: Box::new(day),
        };
        match m.val {
            Val::Pod { pod, day }
                if *day
                    == Val::Rel {
                        gran: Gran::Day,
                        unit: Unit::Day,
                        n: 0,
                    } =>
            {
                Some(Match {
                    kind: TimexType::Time,
                    ..date(
                        m.end,
                        Val::Pod {
                            pod,
                            day: Box::new(back(*day)),
                        },
                    )
                })
            }
            // ("40 years ago this June", "50 years ago this Christmas":
            // so is a month or a holiday of this year.)
            Val::Season { dir: Dir::This, .. }
            | Val::Month { dir: Dir::This, .. }
            | Val::Holiday { dir: Dir::This, .. } => Some(date(m.end, back(m.val))),
            Val::Rel {
                gran: Gran::Month,
                unit: Unit::Month,
                n: -1..=1,
            } => Some(date(m.end, back(m.val))),
            _ => None,
        }
    }
}
