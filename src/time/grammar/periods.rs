//! Parts of a year: quarters ("the third quarter", "Q3 2023", "the June
//! quarter"), halves, fiscal years and their short labels ("FY25",
//! "1H24"), weeks named by their end ("the week ended Friday"), seasons,
//! and the year a period is named in ("of last year").

use super::Parser;
use crate::time::calendar::ymd;
use crate::time::lexicon::{Kw, Lex, Season, Unit};
use crate::time::sem::{Dir, Match, Val, date};
use crate::time::token::Kind;
use crate::time::value::{Gran, Point, season_point};

impl Parser<'_> {
    /// A year reference after a period: "2023", "fiscal 2023", "last year",
    /// "this year", "next year", "the year". Returns the year offset form.
    pub(crate) fn year_ref(&self, i: usize) -> Option<(YearRef, usize)> {
        // Every form opens with a number, an apostrophe, a number word or
        // a keyword; most words asked here are none of these.
        if self
            .tok(i)
            .is_some_and(|t| t.kind == Kind::Word && !matches!(t.lex, Lex::Kw(_) | Lex::NumWord(_)))
        {
            return None;
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
    /// 2016", "the first Saturday of the year".
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
        };
        Some(date(end, val))
    }

    /// Quarters: "the third quarter (of 2023)", "third-quarter", "Q3 2023".
    pub(super) fn quarter(&self, i: usize) -> Option<Match> {
        // Every form opens with a month, a keyword ("the", "fiscal",
        // "Q", "last"), a number, an apostrophe, a number word or an
        // ordinal; most words asked here are none of these.
        if self.tok(i).is_some_and(|t| {
            t.kind == Kind::Word
                && !matches!(
                    t.lex,
                    Lex::Month { .. } | Lex::Kw(_) | Lex::NumWord(_) | Lex::Ordinal(_)
                )
        }) {
            return None;
        }
        if let Some(m) = self.month_quarter(i) {
            return Some(m);
        }
        let mut j = i;
        if self.kw(j, Kw::The) {
            j += 1;
        }
        // "this year's third quarter", "last year's quarter"
        let mut year_poss = None;
        if let Some((yr @ YearRef::Rel(_), k)) = self.year_ref(j)
            && self.skip_poss(k) == k + 2
        {
            if yr == YearRef::Rel(-1) && self.unit(k + 2) == Some((Unit::Quarter, false)) {
                return Some(date(
                    k + 3,
                    Val::Anchored {
                        gran: Some(Gran::Quarter),
                        unit: Unit::Year,
                        n: -1,
                    },
                ));
            }
            year_poss = Some(yr);
            j = k + 2;
        }
        let mut fiscal = self.kw(j, Kw::Fiscal);
        if fiscal {
            j += 1;
            // "the fiscal-first quarter"
            if self.hyphen(j) {
                j += 1;
            }
        }
        let mut year_first = None;
        if j > i
            && let Some((y, k)) = self.year_at(j)
        {
            if self.unit(k) == Some((Unit::Quarter, false)) || self.word_is(k, "period") {
                let year = Point::containing(Gran::Year, ymd(y, 1, 1)?)?;
                return Some(date(k + 1, Val::ReportInYear { year }));
            }
            year_first = Some(y);
            j = k;
        }
        let q: u8;
        if self.kw(j, Kw::Q) && self.glued(j + 1) {
            let (v, 1) = self.num(j + 1)? else {
                return None;
            };
            if !(1..=4).contains(&v)
                || (self.glued(j + 2) && self.tok(j + 2)?.kind != Kind::Punct(','))
                    && self
                        .tok(j + 2)
                        .is_some_and(|t| !matches!(t.kind, Kind::Punct(_)))
            {
                return None;
            }
            q = u8::try_from(v).ok()?;
            j += 2;
        } else {
            let (n, k) = match self.lex(j)? {
                Lex::Ordinal(99) => (4, j + 1),
                _ => self.ordinal_at(j)?,
            };
            if !(1..=4).contains(&n) {
                return None;
            }
            let hyphenated = self.hyphen(k);
            if hyphenated && j > i && self.kw(i, Kw::The) {
                return None;
            }
            let mut k = if hyphenated { k + 1 } else { k };
            if self.kw(k, Kw::Fiscal) {
                fiscal = true;
                k += 1;
            }
            if self.unit(k) != Some((Unit::Quarter, false)) {
                return None;
            }
            q = u8::try_from(n).ok()?;
            j = k + 1;
        }
        if let Some(y) = year_first {
            let p = Point::containing(Gran::Quarter, ymd(y, (q - 1) * 3 + 1, 1)?)?;
            return Some(date(j, Val::Abs(p)));
        }
        // A company's fiscal quarter is labelled by its fiscal year, which
        // is the document's year whenever the report is fresh: "profit in
        // its fiscal fourth quarter rose", written in July, is this year's
        // fourth, not last December's.
        let dir = if fiscal { Dir::This } else { Dir::Tense };
        let base = Val::Quarter { q, dir };
        if let Some(yr) = year_poss {
            return Some(date(j, Self::part_of_year(Gran::Quarter, q, yr)?));
        }
        let mut k = j;
        if self.kw(k, Kw::Of) || self.kw(k, Kw::In) || self.punct(k, ',') {
            k += 1;
        }
        if let Some((y, e)) = self.fy_year(k) {
            let p = Point::containing(Gran::Quarter, ymd(y, (q - 1) * 3 + 1, 1)?)?;
            return Some(date(e, Val::Abs(p)));
        }
        if let Some((yr, e)) = self.year_ref(k) {
            let v = Self::part_of_year(Gran::Quarter, q, yr)?;
            return Some(date(e, v));
        }
        Some(date(j, base))
    }

    /// "the March quarter", "the June 2024 quarter": a quarter named by
    /// the month it ends in, as Australian and many company reports do.
    /// A quarter ending in another month than March, June, September or
    /// December is the calendar quarter holding most of its three months
    /// (the rule "the quarter ended July 31" follows), so "the May
    /// quarter" is the second. Halves are named so too: "the June half",
    /// "the December 2024 half" (only by June and December, the ends of
    /// the calendar's halves).
    fn month_quarter(&self, i: usize) -> Option<Match> {
        // The part named after a month ending at `j`, and its granularity.
        let part = |month: u8, j: usize| {
            if self.unit(j) == Some((Unit::Quarter, false)) {
                Some(Gran::Quarter)
            } else if self.kw(j, Kw::Half) && month.is_multiple_of(6) {
                Some(Gran::Half)
            } else {
                None
            }
        };
        // The index of that part in its year.
        let index = |gran: Gran, month: u8| match gran {
            Gran::Half => month / 6,
            // The months before the end month: Feb–Apr end Q1, … , Jan ends Q4.
            _ => (month + 10) % 12 / 3 + 1,
        };
        let relative = |gran: Gran, month: u8| {
            let n = index(gran, month);
            match gran {
                Gran::Half => Val::Half {
                    h: n,
                    dir: Dir::Tense,
                },
                _ => Val::Quarter {
                    q: n,
                    dir: Dir::Tense,
                },
            }
        };
        // "September-quarter earnings", "December-half results": the
        // compound needs no article.
        if let Some((month, _, j)) = self.month_at(i)
            && self.hyphen(j)
            && let Some(gran) = part(month, j + 1)
        {
            return Some(date(j + 2, relative(gran, month)));
        }
        if !self.kw(i, Kw::The) {
            return None;
        }
        let (mut month, _, mut j) = self.month_at(i + 1)?;
        // "the January-March quarter", "the April-June period": a
        // calendar quarter named by its first and last months.
        let mut named_by_range = false;
        if (self.punct(j, '-') || self.punct(j, '\u{2013}'))
            && let Some((last, _, k)) = self.month_at(j + 1)
            && month % 3 == 1
            && last == month + 2
        {
            month = last;
            j = k;
            named_by_range = true;
        }
        let year = match self.year_at(j) {
            Some((y, k)) => {
                j = k;
                Some(y)
            }
            None => None,
        };
        let gran = if named_by_range && self.word_in(j, &["period", "quarter"]) {
            Gran::Quarter
        } else {
            part(month, j).filter(|g| !named_by_range || *g == Gran::Quarter)?
        };
        let Some(y) = year else {
            return Some(date(j + 1, relative(gran, month)));
        };
        let y = if month == 1 { y - 1 } else { y };
        let first = match gran {
            Gran::Half => month - 5,
            _ => (index(gran, month) - 1) * 3 + 1,
        };
        let p = Point::containing(gran, ymd(y, first, 1)?)?;
        Some(date(j + 1, Val::Abs(p)))
    }

    /// A fiscal-year label at `i`: "FY25", "FY2025", "FY 2025". The value
    /// is the label's year, as TimeML values fiscal periods.
    fn fy_year(&self, i: usize) -> Option<(i32, usize)> {
        if !self.kw(i, Kw::Fy) {
            return None;
        }
        let j = i + 1;
        let y = match self.num(j)? {
            (v, 2) if self.glued(j) => {
                if v < 70 {
                    2000 + v
                } else {
                    1900 + v
                }
            }
            (v, 4) if (1900..=2099).contains(&v) => v,
            _ => return None,
        };
        if self.number_continues(j + 1) {
            return None;
        }
        Some((i32::try_from(y).ok()?, j + 1))
    }

    /// Analysts' shorthands with the number first: "3Q23", "2Q 2024",
    /// "1H24", "2H 2023", "3Q FY24", and "4Q" alone. The letter must be a
    /// capital glued to one digit: "2h" is two hours, and a half without
    /// a year ("2H pencil", "1H NMR") is seldom a period of time.
    pub(super) fn short_period(&self, i: usize) -> Option<Match> {
        let (n, 1) = self.num(i)? else {
            return None;
        };
        if self.number_preceded(i) {
            return None;
        }
        let t = self.tok(i + 1)?;
        if t.gap || !t.upper || t.end - t.start != 1 {
            return None;
        }
        let gran = if self.kw(i + 1, Kw::Q) && (1..=4).contains(&n) {
            Gran::Quarter
        } else if self.kw(i + 1, Kw::H) && (1..=2).contains(&n) {
            Gran::Half
        } else {
            return None;
        };
        let index = u8::try_from(n).ok()?;
        let first_month = match gran {
            Gran::Quarter => (index - 1) * 3 + 1,
            _ => (index - 1) * 6 + 1,
        };
        let k = i + 2;
        let year = if self.glued(k) {
            match self.num(k) {
                Some((v, 2)) if !self.number_continues(k + 1) => {
                    let y = if v < 70 { 2000 + v } else { 1900 + v };
                    Some((i32::try_from(y).ok()?, k + 1))
                }
                // "3Q," or "3Q." ends the shorthand; "3Qx" is a code.
                _ if self
                    .tok(k)
                    .is_some_and(|t| matches!(t.kind, Kind::Punct(_))) =>
                {
                    None
                }
                _ => return None,
            }
        } else {
            self.fy_year(k).or_else(|| {
                self.num(k)
                    .is_some_and(|(_, d)| d == 4)
                    .then(|| self.year_at(k))
                    .flatten()
            })
        };
        match year {
            Some((y, e)) => {
                let p = Point::containing(gran, ymd(y, first_month, 1)?)?;
                Some(date(e, Val::Abs(p)))
            }
            None if gran == Gran::Quarter => Some(date(
                k,
                Val::Quarter {
                    q: index,
                    dir: Dir::Tense,
                },
            )),
            None => None,
        }
    }

    /// "the week ending March 8", "the week ended Friday", "the week to
    /// Sunday": the week a weekly figure covers, named by its last day.
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
        let ends = if the {
            &[Kw::Ended, Kw::Ending, Kw::To][..]
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

    /// Halves: "the first half (of 2023)", "H1 2023", "first-half".
    pub(super) fn half(&self, i: usize) -> Option<Match> {
        let mut j = i;
        if self.kw(j, Kw::The) {
            j += 1;
        }
        if self.kw(j, Kw::Fiscal) {
            j += 1;
        }
        let h: u8;
        if self.kw(j, Kw::H) && self.glued(j + 1) {
            let (v, 1) = self.num(j + 1)? else {
                return None;
            };
            if !(1..=2).contains(&v)
                || self.glued(j + 2)
                    && self
                        .tok(j + 2)
                        .is_some_and(|t| t.kind != Kind::Punct(',') && t.kind != Kind::Punct('.'))
            {
                return None;
            }
            h = u8::try_from(v).ok()?;
            j += 2;
            // "H1" alone is too ambiguous (headings, visas); require a year.
            let mut k = j;
            if self.kw(k, Kw::Of) {
                k += 1;
            }
            if let Some((y, e)) = self.fy_year(k) {
                let p = Point::containing(Gran::Half, ymd(y, (h - 1) * 6 + 1, 1)?)?;
                return Some(date(e, Val::Abs(p)));
            }
            let (yr, e) = self.year_ref(k)?;
            let v = Self::part_of_year(Gran::Half, h, yr)?;
            return Some(date(e, v));
        }
        // "the last half of 1989", "the latter half of next year": only
        // with the year, as "the last half" alone may be of anything.
        let last = j > i && (self.kw(j, Kw::Last) || self.word_is(j, "latter"));
        // "the first two quarters of 1990", "the last two quarters of the
        // year": half a year, named by its quarters; only with the year.
        if (last || matches!(self.lex(j), Some(Lex::Ordinal(1))))
            && (matches!(self.lex(j + 1), Some(Lex::NumWord(2))) || self.num(j + 1) == Some((2, 1)))
            && self.unit(j + 2) == Some((Unit::Quarter, true))
            && self.kw(j + 3, Kw::Of)
            && let Some((yr, end)) = self.year_ref(j + 4)
        {
            let h = if last { 2 } else { 1 };
            return Some(date(end, Self::part_of_year(Gran::Half, h, yr)?));
        }
        // "the back half of the year", "the front half of 2024": business
        // talk for the second and first half; like "the last half", only
        // with the year.
        let side = if j > i && self.word_is(j, "back") {
            Some(2)
        } else if j > i && self.word_is(j, "front") {
            Some(1)
        } else {
            None
        };
        let n = match self.lex(j)? {
            Lex::Ordinal(1) => 1,
            Lex::Ordinal(2) => 2,
            _ if last => 2,
            _ => side?,
        };
        let k = if self.hyphen(j + 1) { j + 2 } else { j + 1 };
        if !self.kw(k, Kw::Half) {
            return None;
        }
        if (last || side.is_some()) && !(self.kw(k + 1, Kw::Of) && self.year_ref(k + 2).is_some()) {
            return None;
        }
        h = n;
        // "the first half of December": that month, its start or end.
        if self.kw(k + 1, Kw::Of)
            && matches!(self.lex(k + 2), Some(Lex::Month { .. }))
            && let Some(m) = self.dates(k + 2).filter(|m| {
                m.modifier.is_none()
                    && match &m.val {
                        Val::Month { .. } => true,
                        Val::Abs(p) => p.gran == Gran::Month,
                        _ => false,
                    }
            })
        {
            return Some(m.with_mod(if h == 1 { "START" } else { "END" }));
        }
        let base = Val::Half { h, dir: Dir::Tense };
        let mut e = k + 1;
        if self.kw(e, Kw::Of) || self.kw(e, Kw::In) {
            e += 1;
        }
        if let Some((yr, end)) = self.year_ref(e) {
            return Some(date(end, Self::part_of_year(Gran::Half, h, yr)?));
        }
        // "the second half" of a match or a film is not a date: need a hint.
        if i == j && k == j + 1 {
            return None;
        }
        Some(date(k + 1, base))
    }

    /// Seasons: "this summer", "last fall", "the spring of 2023", "winter 2022".
    pub(super) fn season(&self, i: usize) -> Option<Match> {
        let mut j = i;
        let mut dir = None;
        let mut the = false;
        let mut modifier = None;
        if let Some((d, k)) = self.dir_at(j) {
            dir = Some(d);
            j = k;
        } else if self.kw(j, Kw::The) {
            the = true;
            j += 1;
            // "the following spring", "the previous summer": the season
            // after or before the date last mentioned.
            let n = match self.lex(j) {
                Some(Lex::Kw(Kw::Following)) => 1,
                Some(Lex::Kw(Kw::Previous | Kw::Prior)) => -1,
                _ => 0,
            };
            if n != 0 {
                let Lex::Season(s) = self.lex(j + 1)? else {
                    return None;
                };
                return Some(date(j + 2, Val::AnchoredSeason { s, n }));
            }
        }
        if let Some((m, k)) = self.period_mod(j) {
            modifier = Some(m);
            j = k;
        }
        let Lex::Season(s) = self.lex(j)? else {
            return None;
        };
        let mut e = j + 1;
        let mut k = e;
        let of = self.kw(k, Kw::Of);
        if of {
            k += 1;
        }
        // "the spring of that year": the season of the year last named.
        if dir.is_none()
            && of
            && self.kw(k, Kw::That)
            && self.unit(k + 1) == Some((Unit::Year, false))
        {
            let m = date(k + 2, Val::Season { s, dir: Dir::That });
            return Some(match modifier {
                Some(md) => m.with_mod(md),
                None => m,
            });
        }
        if dir.is_none()
            && let Some((yr, end)) = self.year_ref(k)
        {
            e = end;
            // "the winter of 1962-63": the season across the new year.
            if let YearRef::Abs(y) = yr
                && (self.hyphen(end) || self.punct(end, '/') && self.glued(end))
                && self.glued(end + 1)
                && let Some((v, 2)) = self.num(end + 1)
                && i64::from(v) == i64::from(y + 1) % 100
            {
                e = end + 2;
            }
            let v = match yr {
                YearRef::Abs(y) => Val::Abs(season_point(s, y)?),
                YearRef::Rel(n) => Val::InRelYear {
                    gran: Gran::Season,
                    month: season_start_month(s),
                    n,
                },
            };
            let m = date(e, v);
            return Some(match modifier {
                Some(md) => m.with_mod(md),
                None => m,
            });
        }
        if dir.is_none() && modifier.is_none() {
            // Verbs "fall" and "spring", and "the fall of Rome".
            let prev_ok = i > 0
                && self.word_in(
                    i - 1,
                    &[
                        "in",
                        "during",
                        "since",
                        "until",
                        "till",
                        "by",
                        "through",
                        "throughout",
                        "over",
                        "for",
                        "this",
                        "before",
                        "after",
                        "into",
                        // "when winter sets in", "once summer ends"
                        "when",
                        "once",
                        // "had spent the fall squeezed into borrowed rooms"
                        "spend",
                        "spends",
                        "spent",
                        "spending",
                    ],
                );
            // "could be pushed back to the fall", "brought forward to the
            // spring" (not "led to the fall in prices"); "as early as the
            // spring".
            let to_season = the
                && i > 0
                && self.word_is(i - 1, "to")
                && !self.word_in(j + 1, &["in", "from", "by", "of", "to"]);
            let as_early = i > 1
                && self.word_is(i - 1, "as")
                && self.word_in(i - 2, &["early", "late", "soon"]);
            let prev_ok = prev_ok || to_season || as_early;
            // "by the end of the spring", "the rest of the fall".
            let part_of = i > 1
                && self.kw(i - 1, Kw::Of)
                && self.word_in(i - 2, &["end", "start", "beginning", "middle", "rest"]);
            let prev_ok =
                prev_ok || part_of || self.described_season(i, j) || self.season_moves(i, j);
            if the && of {
                return None;
            }
            // ("the autumn" is no verb.)
            let verbish = self.word_in(j, &["fall", "spring"]);
            if (verbish || !the) && !prev_ok {
                return None;
            }
        }
        let m = date(
            e,
            Val::Season {
                s,
                dir: dir.unwrap_or(Dir::Tense),
            },
        );
        Some(match modifier {
            Some(md) => m.with_mod(md),
            None => m,
        })
    }
}

impl Parser<'_> {
    /// Whether the season word at `j` (the expression starting at `i`) is
    /// described after "a" or a possessive: "an unusually wet spring", "a
    /// busy spring", "Scotland's busiest summer". Not "fall", as often a
    /// drop ("a sharp fall"), nor a spring of water ("a hot spring").
    fn described_season(&self, i: usize, j: usize) -> bool {
        if i != j || j < 2 || self.word_is(j, "fall") {
            return false;
        }
        let plain = |k: usize| {
            self.tok(k)
                .is_some_and(|t| t.kind == Kind::Word && !t.cap && matches!(t.lex, Lex::Other))
        };
        if !plain(j - 1)
            || self.word_is(j, "spring")
                && self.word_in(j - 1, &["hot", "natural", "mineral", "thermal", "coiled"])
        {
            return false;
        }
        // An adverb may come first ("an unusually wet spring"), and more
        // adjectives ("a cool, wet summer").
        let mut k = j - 2;
        while k > 0 && j - k < 5 && (plain(k) && !self.word_is(k, "s") || self.punct(k, ',')) {
            k -= 1;
        }
        let possessive = k >= 1
            && self.word_is(k, "s")
            && (self.punct(k - 1, '\'') || self.punct(k - 1, '\u{2019}'));
        // The season ends the phrase: "a powerful winter storm" is a storm,
        // but "a dry winter has left the crop thin", "a wet summer delayed
        // the harvest" name the season.
        let ends = !plain(j + 1)
            || self.word_in(
                j + 1,
                &[
                    "for", "in", "of", "and", "or", "but", "that", "when", "as", "with", "at",
                    "on", "after", "before", "ahead", "has", "had", "was", "is", "will", "would",
                ],
            )
            || self.word(j + 1).ends_with("ed");
        // "the driest autumn on record", "its coldest winter in decades":
        // a superlative picks out one season as "a" does.
        let superlative = self.superlative(j - 1)
            && (self.kw(j - 2, Kw::The) || self.word_in(j - 2, &["its", "their"]));
        (self.kw(k, Kw::A) || self.word_is(k, "another") || possessive || superlative) && ends
    }

    /// Whether the bare season word at `j` is the subject of the season's
    /// own coming and going: "as winter approaches", "with winter coming",
    /// "winter would close the mountain passes", "Spring officially
    /// arrives in three weeks". "Spring" and "fall" are also verbs and
    /// nouns of other things ("fall is expected" of prices), so they are
    /// taken only before a verb of arriving or starting.
    fn season_moves(&self, i: usize, j: usize) -> bool {
        const ARRIVING: &[&str] = &[
            "approaches",
            "approaching",
            "approached",
            "arrives",
            "arriving",
            "arrived",
            "begins",
            "began",
            "nears",
            "nearing",
            "neared",
        ];
        const GOING: &[&str] = &[
            "comes", "coming", "came", "starts", "started", "ends", "ended", "ending", "sets",
            "looms", "looming", "would", "will", "could", "is", "was", "has", "had",
        ];
        if i != j {
            return false;
        }
        // The season opens its clause: a sentence, a quotation or a
        // clause after a conjunction ("as", "that", "with"); not after a
        // word that describes it ("a hot spring began to bubble"), and
        // not a capitalised season inside a sentence, a name ("Johnny
        // Winter will play").
        let opens = match j.checked_sub(1) {
            None => true,
            Some(p) => {
                let cap = self.tok(j).is_some_and(|t| t.cap);
                self.tok(p).is_some_and(|t| t.kind != Kind::Word) && !(cap && self.punct(p, ','))
                    || !cap
                        && self.word_in(
                            p,
                            &[
                                "as", "with", "that", "when", "once", "until", "before", "and",
                                "but", "because", "while", "now",
                            ],
                        )
            }
        };
        if !opens {
            return false;
        }
        let v = if self.word_is(j + 1, "officially") {
            j + 2
        } else {
            j + 1
        };
        if self.word_in(j, &["spring", "fall"]) {
            self.word_in(v, ARRIVING)
        } else {
            self.word_in(v, ARRIVING) || self.word_in(v, GOING)
        }
    }
}

/// A year named after a period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum YearRef {
    Abs(i32),
    /// Relative to the document year.
    Rel(i64),
}

/// The month a season starts in (see [`crate::time::calendar::season_start`]).
pub fn season_start_month(s: Season) -> u8 {
    match s {
        Season::Spring => 3,
        Season::Summer => 6,
        Season::Fall => 9,
        Season::Winter => 12,
    }
}
