//! Periods named by another time rather than by the calendar: by the day
//! last named ("that day", "the same week", "the day before", "the night
//! after"), by a date given with them ("the week of March 6", "the day
//! after Christmas", "the first week of January", "the last day of June"),
//! by the report or story they are in ("the quarter", "the year", "for the
//! month", "the week", "the decade"), and by an event ("in the weeks
//! before the shooting").

use crate::time::calendar::ymd;
use crate::time::grammar::Parser;
use crate::time::lexicon::{Kw, Lex, Unit};
use crate::time::sem::{Dir, Match, Val, date};
use crate::time::timex::TimexType;
use crate::time::token::Kind;
use crate::time::value::{Gran, Point, duration, unit_gran};

impl Parser<'_> {
    /// "in the weeks before the shooting", "the days after the vote": the
    /// plural unit names the stretch of calendar around an event (TimeML
    /// marks the unit alone, as a date in the month of the last date
    /// mentioned). Years and decades around an event, and any stretch
    /// reaching from one told before ("in the decades since", "in the
    /// months that followed"), span more than that date: a stretch of no
    /// set length, the unit still alone ("In the years that followed, the
    /// guerrilla fighters ...").
    pub(super) fn around_event(&self, i: usize) -> Option<Match> {
        if i == 0 || !self.kw(i - 1, Kw::The) {
            return None;
        }
        let (unit, true) = self.unit(i)? else {
            return None;
        };
        let next = i + 1;
        let around = self
            .kw_any(next, &[Kw::Before, Kw::After, Kw::Following])
            .is_some()
            || self.word_is(next, "leading") && self.kw(next + 1, Kw::Up);
        let since = self.word_is(next, "since")
            || self.word_is(next, "that") && self.word_in(next + 1, &["followed", "follow"]);
        if since || around && matches!(unit, Unit::Year | Unit::Decade | Unit::Century) {
            if matches!(unit, Unit::Second | Unit::Fortnight | Unit::Quarter) {
                return None;
            }
            return Some(Match::new(
                i + 1,
                TimexType::Duration,
                Val::Fixed(duration(None, unit)),
            ));
        }
        let gran = match unit {
            Unit::Day | Unit::Week => Gran::Month,
            Unit::Month => Gran::Year,
            _ => return None,
        };
        if !around {
            return None;
        }
        Some(date(
            i + 1,
            Val::Anchored {
                gran: Some(gran),
                unit: unit_of(gran),
                n: 0,
            },
        ))
    }

    /// The `n`th week (0: the last) of the month named at `k` ("the first
    /// week of January", "the last week of March 2020"): the week holding
    /// that month's 4th, 11th, 18th, 25th or 28th. The expression ends at
    /// `end` where only its ordinal is it (one of a list), else after the
    /// month.
    fn week_of_month(&self, n: u8, k: usize, end: Option<usize>) -> Option<Match> {
        let m = self.dates(k)?;
        let d = if n == 0 { 28 } else { 7 * n - 3 };
        let day = match m.val {
            Val::Month { month, dir } => Val::MonthDay { month, day: d, dir },
            Val::Abs(p) if p.gran == Gran::Month => {
                ymd(i32::from(p.date.year()), p.date.month().unsigned_abs(), d)
                    .and_then(|x| Point::containing(Gran::Day, x))
                    .map(Val::Abs)?
            }
            // "the first week of October next year": that day of the
            // month in the year named, as "4 October next year" is.
            Val::InRelYear {
                gran: Gran::Month,
                month,
                n,
            } => Val::Containing {
                gran: Gran::Day,
                shift: i64::from(d) - 1,
                day: Box::new(Val::InRelYear {
                    gran: Gran::Day,
                    month,
                    n,
                }),
            },
            _ => return None,
        };
        let val = Val::Containing {
            gran: Gran::Week,
            shift: 0,
            day: Box::new(day),
        };
        Some(date(end.unwrap_or(m.end), val))
    }

    /// Whether a clause that describes the period starts at `i`: "the
    /// year the war began", "the week he left" name a time by an event,
    /// not the document's year or week.
    fn opens_relative_clause(&self, i: usize) -> bool {
        self.word_in(
            i,
            &[
                "the", "a", "an", "he", "she", "they", "it", "we", "i", "you",
            ],
        ) || self.possessive(i)
    }

    /// The end of "half-year" or "half year" starting at token `i`,
    /// written as a period of its own (not "the half-year mark", a point
    /// of one, nor "a half-year-old").
    fn half_year(&self, i: usize) -> Option<usize> {
        if !self.word_is(i, "half") {
            return None;
        }
        let y = if self.hyphen(i + 1) { i + 2 } else { i + 1 };
        (self.unit(y) == Some((Unit::Year, false))
            && !self.hyphen(y + 1)
            && !self.word_in(y + 1, &["mark", "point", "old", "long", "ago"]))
        .then_some(y + 1)
    }

    /// "that day", "the same week", "the quarter", "the latest quarter".
    pub(super) fn anchored_words(&self, i: usize) -> Option<Match> {
        if self.kw(i, Kw::That) {
            // "that day", "that same week", "that quarter"
            let u = if self.kw(i + 1, Kw::Same) {
                i + 2
            } else {
                i + 1
            };
            // "in Clifton that weekend": the weekend of the day last named.
            if self.word_is(u, "weekend") {
                return Some(date(
                    u + 1,
                    Val::Anchored {
                        gran: Some(Gran::Weekend),
                        unit: Unit::Week,
                        n: 0,
                    },
                ));
            }
            let (unit, false) = self.unit(u)? else {
                return None;
            };
            // ("by the end of that decade", after 1985: the 1980s.)
            if matches!(
                unit,
                Unit::Day | Unit::Week | Unit::Month | Unit::Quarter | Unit::Year | Unit::Decade
            ) {
                let gran = unit_gran(unit);
                return Some(date(
                    u + 1,
                    Val::Anchored {
                        gran: Some(gran),
                        unit,
                        n: 0,
                    },
                ));
            }
            return None;
        }
        // "full-year profit", "raised its full-year forecast": the year
        // of the report, as "the full year" is. (Not "a full-year
        // contract", a length.)
        if self.word_is(i, "full")
            && !(i > 0 && self.word_in(i - 1, &["a", "an"]))
            && self.hyphen(i + 1)
            && self.unit(i + 2) == Some((Unit::Year, false))
            && !self.hyphen(i + 3)
        {
            // ("will publish its full-year results": a report of results.)
            let results = self.word_in(i + 3, &["results", "earnings", "figures", "accounts"]);
            return Some(date(
                i + 3,
                if results {
                    Val::ResultsYear
                } else {
                    Val::ReportPeriod(Gran::Year)
                },
            ));
        }
        // "half-year profit", "Half-year sales rose", as "full-year
        // profit" (not "a half-year contract").
        if let Some(end) = self.half_year(i)
            && !(i > 0
                && (self.word_in(
                    i - 1,
                    &["a", "an", "the", "past", "last", "next", "first", "second"],
                ) || self.hyphen(i - 1)))
            && self.hyphen(i + 1)
            && self
                .tok(end)
                .is_some_and(|t| t.kind == Kind::Word && !t.cap)
        {
            return Some(date(end, Val::ReportHalf));
        }
        // A later week of a list of weeks of a month: the "third weeks of
        // June" of "the second and third weeks of June", which holds the
        // noun, or the "second" of "the first, second and third weeks".
        if let Some(Lex::Ordinal(n @ 1..=4)) = self.lex(i)
            && self.listed_before(i)
        {
            let n = u8::try_from(n).ok()?;
            let (noun, end) = match self.shared_noun(i + 1, 4) {
                Some((noun, _)) => (noun, Some(i + 1)),
                None => (i + 1, None),
            };
            if matches!(self.unit(noun), Some((Unit::Week, _))) && self.kw(noun + 1, Kw::Of) {
                return self.week_of_month(n, noun + 2, end);
            }
        }
        // "Crime is down 8 percent year to date": police and market copy
        // drop the article of "the year to date" (below). (Not "a year
        // to date", nor the adjective "year-to-date".)
        if self.unit(i) == Some((Unit::Year, false))
            && self.kw(i + 1, Kw::To)
            && self.word_is(i + 2, "date")
            && !self.hyphen(i + 1)
            && !(i > 0 && (self.word_in(i - 1, &["a", "an", "one", "the"]) || self.hyphen(i - 1)))
        {
            return Some(date(
                i + 3,
                Val::Rel {
                    gran: Gran::Year,
                    unit: Unit::Year,
                    n: 0,
                },
            ));
        }
        if !self.kw(i, Kw::The) {
            return None;
        }
        let mut j = i + 1;
        if self.kw(j, Kw::Latest) || self.word_is(j, "recent") {
            j += 1;
        } else if self.kw(j, Kw::Most) && self.word_is(j + 1, "recent") {
            j += 2;
        }
        if self.unit(j) == Some((Unit::Quarter, false)) {
            // ("the quarter that ended Dec. 30", "the quarter that ends
            // Dec. 31")
            let that = self.word_in(j + 1, &["that", "which"]);
            let e = j + 1 + usize::from(that);
            if (self.kw_any(e, &[Kw::Ended, Kw::Ending]).is_some()
                || that && self.word_is(e, "ends"))
                && let Some(end) = self.one_day_at(e + 1)
            {
                // The span stays "the quarter"; the end date is its own.
                let val = Val::Containing {
                    gran: Gran::Quarter,
                    shift: -45,
                    day: Box::new(end.val),
                };
                return Some(date(j + 1, val));
            }
            // "the quarter that ended in March": the March quarter.
            if self.kw_any(e, &[Kw::Ended, Kw::Ending]).is_some()
                && self.kw(e + 1, Kw::In)
                && let Some((month, _, k)) = self.month_at(e + 2)
                && self.year_at(k).is_none()
            {
                let q = (month + 10) % 12 / 3 + 1;
                return Some(date(j + 1, Val::Quarter { q, dir: Dir::Tense }));
            }
            let latest = j > i + 1;
            return Some(date(j + 1, Val::ReportQuarter { latest }));
        }
        // "profit for the half-year", "the half year to June": the half
        // a company reports by. (Not "the half-year mark", nor "the half
        // of the year".)
        if j == i + 1
            && let Some(end) = self.half_year(j)
        {
            return Some(date(end, Val::ReportHalf));
        }
        if j > i + 1 && self.word_is(j, "period") {
            return Some(date(j + 1, Val::ReportQuarter { latest: true }));
        }
        // "the year" / "the full year" / "the fiscal year" of a report.
        let mut y = i + 1;
        if self.word_in(y, &["full", "whole", "entire"]) || self.kw(y, Kw::Fiscal) {
            y += 1;
        }
        if self.unit(y) == Some((Unit::Year, false)) && !self.hyphen(y + 1) {
            let to_date = self.kw(y + 1, Kw::To) && self.word_is(y + 2, "date");
            // "For the year to date, the Dow is up 16%": the calendar
            // year so far, a date as "this year through August" is; the
            // span takes "to date". (A fiscal year so far stays a
            // stretch: which year it is named by is the company's.)
            if to_date && y == i + 1 {
                return Some(date(
                    y + 3,
                    Val::Rel {
                        gran: Gran::Year,
                        unit: Unit::Year,
                        n: 0,
                    },
                ));
            }
            // "the year ended Sept. 30", "the year to March" (UK style),
            // "the year through March" (US) ("the year to 31 March")
            let to_month = self.kw_any(y + 1, &[Kw::To, Kw::Through]).is_some()
                && (matches!(self.lex(y + 2), Some(Lex::Month { .. }))
                    || self.one_day_at(y + 2).is_some());
            if self.kw_any(y + 1, &[Kw::Ended, Kw::Ending]).is_some() || to_month || to_date {
                return Some(Match::new(
                    y + 1,
                    TimexType::Duration,
                    Val::Fixed(duration(Some(1.0), Unit::Year)),
                ));
            }
            if !self.kw(y + 1, Kw::Of)
                && !self.kw(y + 1, Kw::Before)
                && !self.kw(y + 1, Kw::After)
                && !self.opens_relative_clause(y + 1)
            {
                return Some(date(y + 1, Val::ReportPeriod(Gran::Year)));
            }
        }
        // "the biggest toy craze of the decade", "household bills for the
        // rest of the decade": the decade under way (or, told in the past
        // in its first days, the one just ended: "more than tripled over
        // the decade", written on January 2, 1990). Not one anchored to
        // what follows ("the decade before the war", "the decade that
        // followed").
        // (So is "the century": "one of the fiercest storms of the
        // century".)
        let decade = match self.unit(i + 1) {
            Some((Unit::Decade, false)) => Some(Gran::Decade),
            Some((Unit::Century, false)) => Some(Gran::Century),
            _ => None,
        };
        // "the decade to 2002", "the decade through 2019", "the decade
        // ended 2010": a stretch counted back from its end, as "the year
        // to March" is.
        if let Some(gran) = decade
            && self
                .kw_any(i + 2, &[Kw::To, Kw::Through, Kw::Ended, Kw::Ending])
                .is_some()
            && self.year_at(i + 3).is_some()
        {
            let unit = if gran == Gran::Decade {
                Unit::Decade
            } else {
                Unit::Century
            };
            return Some(Match::new(
                i + 2,
                TimexType::Duration,
                Val::Fixed(duration(Some(1.0), unit)),
            ));
        }
        if let Some(gran) = decade
            && !self.hyphen(i + 2)
            && self
                .kw_any(
                    i + 2,
                    &[Kw::Of, Kw::Before, Kw::After, Kw::Ended, Kw::Ending, Kw::To],
                )
                .is_none()
            && !self.word_in(i + 2, &["since", "ago", "earlier", "later", "long"])
            && !self.opens_relative_clause(i + 2)
        {
            return Some(date(i + 2, Val::ReportPeriod(gran)));
        }
        // "the month" of a sales report ("rose 7 percent for the month,
        // automakers said"): only after "for", at the end of its clause,
        // before another figure's period ("down 9.3 percent for the month
        // and 25 percent for the year") or as a subject ("revenue for the
        // month is down"); or the whole of which a part is told ("held
        // classes indoors for most of the month", "the rest of the
        // month"), as "the rest of the decade" is.
        let month_end = self
            .tok(i + 2)
            .is_none_or(|t| matches!(t.kind, Kind::Punct('.' | ',' | ';')));
        let part_of = i > 1
            && self.kw(i - 1, Kw::Of)
            && self.word_in(i - 2, &["most", "much", "rest", "remainder", "part"]);
        if i > 0
            && self.unit(i + 1) == Some((Unit::Month, false))
            && (self.word_is(i - 1, "for")
                && (month_end || self.word_in(i + 2, &["and", "is", "was"]))
                || part_of
                    && !self.hyphen(i + 2)
                    && self
                        .kw_any(i + 2, &[Kw::Of, Kw::Before, Kw::After])
                        .is_none()
                    && !self.opens_relative_clause(i + 2))
        {
            return Some(date(i + 2, Val::ReportPeriod(Gran::Month)));
        }
        // "the day" as the whole of which a part is told, or through
        // which something goes on: "trains were halted for the rest of
        // the day", "We will stay with this story throughout the day". The
        // story's day, as a time of it alone is. (Not "the day after",
        // "the day of the vote", "the day the plane went down".)
        if i > 0
            && self.unit(i + 1) == Some((Unit::Day, false))
            && (part_of || self.word_is(i - 1, "throughout"))
            && !self.hyphen(i + 2)
            && self
                .kw_any(i + 2, &[Kw::Of, Kw::Before, Kw::After])
                .is_none()
            && self
                .tok(i + 2)
                .is_none_or(|t| matches!(t.kind, Kind::Punct(_)) || !t.cap)
            && !self.word_in(
                i + 2,
                &["the", "a", "an", "he", "she", "it", "they", "we", "i", "on"],
            )
            && !self.opens_relative_clause(i + 2)
        {
            return Some(date(i + 2, Val::DocDay));
        }
        // "the week" of a market report ("For the week, the index fell",
        // "bringing its loss for the week to 146 points"; not "the week to
        // 3 March" nor "the week through Friday", a week that ends then).
        // ("the holiday-shortened week": a compound adjective between.)
        let w = self.skip_shortened(i + 1);
        // ("For the week it fell 2.3 percent", "and for the week it
        // rose": a clause's opening "for the week" is the report's, the
        // words after it no relative clause.)
        let opens_clause = i > 0
            && self.word_is(i - 1, "for")
            && (i < 2
                || self.kw(i - 2, Kw::And)
                || self
                    .tok(i - 2)
                    .is_some_and(|t| matches!(t.kind, Kind::Punct('.' | ',' | ';'))));
        let to_figure =
            self.kw(w + 1, Kw::To) && self.num(w + 2).is_some() && self.one_day_at(w + 2).is_none();
        if self.unit(w) == Some((Unit::Week, false))
            && !self.hyphen(w + 1)
            && (to_figure
                || self
                    .kw_any(
                        w + 1,
                        &[
                            Kw::Of,
                            Kw::Before,
                            Kw::After,
                            Kw::Ended,
                            Kw::Ending,
                            Kw::To,
                            Kw::Through,
                            Kw::Beginning,
                        ],
                    )
                    .is_none())
            && !self.word_in(
                w + 1,
                &[
                    "earlier",
                    "later",
                    "following",
                    "ahead",
                    "that",
                    "when",
                    "starting",
                    "commencing",
                ],
            )
            && (opens_clause || !self.opens_relative_clause(w + 1))
        {
            return Some(date(w + 1, Val::ReportWeek));
        }
        // "the week of March 6", "the weekend of Jan. 25"; "the weekend
        // of 2-3 March" and "of 4/5 May" (day first, both its days), read
        // from the last day. ("the week beginning 8 April" is two
        // expressions, as "the week ending March 8" is.)
        let weekend = self.kw(i + 1, Kw::Weekend);
        let day_first_pair = |k: usize| {
            let (d, w) = self.num(k)?;
            ((1..=31).contains(&d)
                && w <= 2
                && (self.hyphen(k + 1)
                    || self.punct(k + 1, '/') && self.glued(k + 1) && self.glued(k + 2)))
            .then(|| self.one_day_at(k + 2))
            .flatten()
        };
        if (weekend || self.unit(i + 1) == Some((Unit::Week, false)))
            && self.kw(i + 2, Kw::Of)
            && let Some(day) = self
                .one_day_at(i + 3)
                .or_else(|| day_first_pair(i + 3).filter(|_| weekend))
        {
            let val = Val::Containing {
                gran: if weekend { Gran::Weekend } else { Gran::Week },
                shift: 0,
                day: Box::new(day.val),
            };
            // ("the weekend of Jan. 25-26": both its days.)
            let end = if weekend
                && self.hyphen(day.end)
                && self
                    .num(day.end + 1)
                    .is_some_and(|(d, w)| w <= 2 && (1..=31).contains(&d))
            {
                day.end + 2
            } else {
                day.end
            };
            return Some(date(end, val));
        }
        if let Some(m) = self.year_part(i) {
            return Some(m);
        }
        // "the first week of January", "the last week of March 2020": the
        // week holding that month's 4th, 11th, 18th, 25th or 28th.
        let nth = match self.lex(i + 1) {
            Some(Lex::Ordinal(n @ 1..=4)) => u8::try_from(n).ok(),
            _ if self.kw(i + 1, Kw::Last) || self.word_is(i + 1, "final") => Some(0),
            _ => None,
        };
        if let Some(n) = nth {
            if self.unit(i + 2) == Some((Unit::Week, false))
                && self.kw(i + 3, Kw::Of)
                && let Some(m) = self.week_of_month(n, i + 4, None)
            {
                return Some(m);
            }
            // "the second and third weeks of June": the first ordinal of
            // a list names a week of its own, the noun and the month
            // shared; only the ordinal is the expression, the article
            // going with the whole list.
            if n > 0
                && let Some((noun, _)) = self.shared_noun(i + 2, 4)
                && matches!(self.unit(noun), Some((Unit::Week, _)))
                && self.kw(noun + 1, Kw::Of)
                && let Some(m) = self.week_of_month(n, noun + 2, Some(i + 2))
            {
                return Some(m);
            }
        }
        // "the last weekend of May", "the first weekend in August 2019",
        // "the last weekend of the month": the weekend of that month's
        // first or last Saturday.
        if let Some(n) = nth
            && self.word_is(i + 2, "weekend")
            && (self.kw(i + 3, Kw::Of) || self.kw(i + 3, Kw::In))
            && let Some(m) = self.counted_month(i + 4)
        {
            let saturday = Val::NthWeekday {
                n: if n == 0 { -1 } else { i8::try_from(n).ok()? },
                day: 6,
                month: Box::new(m.val),
            };
            let val = Val::Containing {
                gran: Gran::Weekend,
                shift: 0,
                day: Box::new(saturday),
            };
            return Some(date(m.end, val));
        }
        // "the first day of October", "the last day of June 2019", "the
        // first day of next month": that day of the month (of February
        // without a year only the first: its last depends on the year).
        let edge = match self.lex(i + 1) {
            Some(Lex::Ordinal(1)) => Some(false),
            _ if self.kw(i + 1, Kw::Last) || self.word_is(i + 1, "final") => Some(true),
            _ => None,
        };
        if let Some(last) = edge
            && self.unit(i + 2) == Some((Unit::Day, false))
            && self.kw(i + 3, Kw::Of)
            && let Some(m) = self.counted_month(i + 4)
        {
            let day = match m.val {
                // The month's length from the calendar, in a year whose
                // February is no question.
                Val::Month { month, dir } if !(last && month == 2) => {
                    let first = ymd(2001, month, 1);
                    let day = if last {
                        first.map(|d| d.last_of_month().day().unsigned_abs())
                    } else {
                        Some(1)
                    };
                    day.map(|day| Val::MonthDay { month, day, dir })
                }
                Val::Abs(p) if p.gran == Gran::Month && m.modifier.is_none() => {
                    let x = if last { p.date.last_of_month() } else { p.date };
                    Point::containing(Gran::Day, x).map(Val::Abs)
                }
                // "the first day of next month", "the last day of the
                // month" (the day before the next month's first).
                Val::Rel {
                    gran: Gran::Month,
                    n,
                    ..
                } => {
                    let first = |months: i64| Val::DayOfMonth {
                        day: 1,
                        months: Some(months),
                    };
                    Some(if last {
                        Val::Containing {
                            gran: Gran::Day,
                            shift: -1,
                            day: Box::new(first(n + 1)),
                        }
                    } else {
                        first(n)
                    })
                }
                _ => None,
            };
            if let Some(day) = day {
                return Some(date(m.end, day));
            }
        }
        // "the day before last Tuesday", "the day after Christmas"
        if self.unit(i + 1) == Some((Unit::Day, false))
            && let Some(k) = self.kw_any(i + 2, &[Kw::Before, Kw::After])
            && let Some((day, end)) = self.day_or_its_event(i + 3)
        {
            let val = Val::Containing {
                gran: Gran::Day,
                shift: if k == Kw::Before { -1 } else { 1 },
                day: Box::new(day),
            };
            return Some(date(end, val));
        }
        // "the first Monday after the second Wednesday in December", "the
        // second Tuesday before Christmas": so many of the weekday on; "the
        // last Sunday before Christmas" is the first before it.
        let nth = match self.lex(i + 1) {
            Some(Lex::Ordinal(nth @ 1..=5)) => Some(nth),
            Some(Lex::Kw(Kw::Last)) if self.kw(i + 3, Kw::Before) => Some(1),
            _ => None,
        };
        if let Some(nth) = nth
            && let Some(Lex::Weekday { day, plural: false }) = self.lex(i + 2)
            && let Some(k) = self.kw_any(i + 3, &[Kw::Before, Kw::After])
            && let Some((of, of_end)) = self.day_or_its_event(i + 4)
        {
            let n = i64::from(nth) * if k == Kw::Before { -1 } else { 1 };
            let val = Val::WeekdayBeside {
                day,
                n,
                of: Box::new(of),
            };
            return Some(date(of_end, val).with_weekday(day));
        }
        if let Some(m) = self.weekday_before_last(i + 1) {
            return Some(m);
        }
        // "the Sunday before Thanksgiving", "the Friday after Christmas
        // last year"; "the weekend after Thanksgiving", the one its
        // Saturday after the day is in ("the weekend before Easter", its
        // Sunday before); "the week after Halloween".
        if let Some(k) = self.kw_any(i + 2, &[Kw::Before, Kw::After])
            && let Some((of, of_end)) = self.day_or_its_event(i + 3)
        {
            let n = if k == Kw::Before { -1 } else { 1 };
            let of = Box::new(of);
            match self.lex(i + 1) {
                Some(Lex::Weekday { day, plural: false }) => {
                    let val = Val::WeekdayBeside { day, n, of };
                    return Some(date(of_end, val).with_weekday(day));
                }
                Some(Lex::Kw(Kw::Weekend)) => {
                    let day = if n > 0 { 6 } else { 7 };
                    let val = Val::Containing {
                        gran: Gran::Weekend,
                        shift: 0,
                        day: Box::new(Val::WeekdayBeside { day, n, of }),
                    };
                    return Some(date(of_end, val));
                }
                // "the week after Halloween": the week after the one
                // holding the day.
                _ if self.unit(i + 1) == Some((Unit::Week, false)) => {
                    let val = Val::Containing {
                        gran: Gran::Week,
                        shift: 7 * n,
                        day: of,
                    };
                    return Some(date(of_end, val));
                }
                _ => {}
            }
        }
        // "the week before last", "the month after next", "the year
        // before last": two of the unit from the document's ("the day
        // before last Tuesday" and "the week before last Christmas" are
        // read above).
        if let Some((unit, false)) = self.unit(i + 1)
            && matches!(unit, Unit::Week | Unit::Month | Unit::Year)
            && let Some(k) = self.kw_any(i + 2, &[Kw::Before, Kw::After])
            && self.kw(i + 3, if k == Kw::Before { Kw::Last } else { Kw::Next })
            && self.no_object(i + 4)
        {
            let n = if k == Kw::Before { -2 } else { 2 };
            let gran = unit_gran(unit);
            return Some(date(i + 4, Val::Rel { gran, unit, n }));
        }
        // "the weekend before last": the weekend of the week before last
        // week's. ("the weekend after next" may be either of two.)
        if self.kw(i + 1, Kw::Weekend)
            && self.kw(i + 2, Kw::Before)
            && self.kw(i + 3, Kw::Last)
            && self.no_object(i + 4)
        {
            let val = Val::Rel {
                gran: Gran::Weekend,
                unit: Unit::Week,
                n: -2,
            };
            return Some(date(i + 4, val));
        }
        // "the day before", "the day after", "the week before"
        if let Some((unit, false)) = self.unit(i + 1)
            && matches!(unit, Unit::Day | Unit::Week | Unit::Month | Unit::Year)
            && let Some(k) = self.kw_any(i + 2, &[Kw::Before, Kw::After])
            && self.no_object(i + 3)
        {
            let n = if k == Kw::Before { -1 } else { 1 };
            return Some(date(
                i + 3,
                Val::Anchored {
                    gran: Some(unit_gran(unit)),
                    unit,
                    n,
                },
            ));
        }
        // "The night before, engineers had urged a delay", "the morning
        // after": that part of the day before or after the one last named.
        if let Some(Lex::PartOfDay(pod)) = self.lex(i + 1)
            && !self.word(i + 1).ends_with('s')
            && let Some(k) = self.kw_any(i + 2, &[Kw::Before, Kw::After])
            && self.no_object(i + 3)
        {
            let day = Box::new(Val::Anchored {
                gran: Some(Gran::Day),
                unit: Unit::Day,
                n: if k == Kw::Before { -1 } else { 1 },
            });
            return Some(Match::new(i + 3, TimexType::Time, Val::Pod { pod, day }));
        }
        None
    }

    /// Whether nothing at `k` can be the object of a "before" or "after"
    /// just read: a stop, the end of the text, or a word that opens none
    /// ("spent the night before at a cousin's house", "the day after, in
    /// Paris").
    fn no_object(&self, k: usize) -> bool {
        self.tok(k)
            .is_none_or(|t| matches!(t.kind, crate::time::token::Kind::Punct(_)))
            || self.word_in(
                k,
                &[
                    "at", "in", "with", "and", "but", "when", "as", "that", "to", "for", "from",
                    "or", "while", "because", "after", "before", "until", "since", "amid",
                    "during",
                ],
            )
    }

    /// The day named at `j` and where the expression that counts from it
    /// ends: after the day ("the Friday after Thanksgiving"), or before
    /// an event the date names ("the Monday before the March 15 primary":
    /// the expression is "the Monday before", the date one of its own).
    fn day_or_its_event(&self, j: usize) -> Option<(Val, usize)> {
        if let Some(m) = self.one_day_at(j) {
            return Some((m.val, m.end));
        }
        if !self.kw(j, Kw::The) {
            return None;
        }
        let m = self.one_day_at(j + 1)?;
        let dated = matches!(m.val, Val::MonthDay { .. } | Val::Abs(_));
        let event = self.tok(m.end).is_some_and(|t| {
            t.kind == crate::time::token::Kind::Word && !t.cap && t.lex == Lex::Other
        });
        (dated && event).then_some((m.val, j))
    }

    /// An expression at `j` that names one day: "March 6", "Nov. 13,
    /// 2023", "Tuesday", "last Tuesday", "Christmas".
    fn one_day_at(&self, j: usize) -> Option<Match> {
        self.longest(j, &[Self::dates, Self::dir_unit, Self::weekday], |m| {
            m.kind == TimexType::Date
                && match &m.val {
                    Val::MonthDay { .. }
                    | Val::NthWeekday { .. }
                    | Val::Weekday { .. }
                    | Val::Holiday { .. }
                    | Val::HolidayInRelYear { .. } => true,
                    // ("April 6 next year")
                    Val::Containing { gran, .. } => *gran == Gran::Day,
                    Val::Abs(p) => p.gran == Gran::Day,
                    _ => false,
                }
        })
    }
}

/// The calendar unit that steps a period of granularity `g`.
fn unit_of(g: Gran) -> Unit {
    match g {
        Gran::Year => Unit::Year,
        _ => Unit::Month,
    }
}
