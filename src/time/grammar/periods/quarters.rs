//! Quarters and halves of a year: "the third quarter (of 2023)", "Q3
//! 2023", "the June quarter", "the first half", "H1 2023", with fiscal-year
//! labels ("FY25") and analysts' shorthands ("3Q23", "1H24").

use super::YearRef;
use crate::time::calendar::ymd;
use crate::time::context;
use crate::time::grammar::{COMPARED, Parser};
use crate::time::lexicon::{Kw, Lex, Unit};
use crate::time::sem::{Dir, Match, Val, date};
use crate::time::token::Kind;
use crate::time::value::{Gran, Point, unit_gran};

impl Parser<'_> {
    /// Quarters: "the third quarter (of 2023)", "third-quarter", "Q3 2023".
    /// A quarter that names the period of figures after it leaves its
    /// article to them: "The Q3 figures", "the third quarter results"
    /// are "Q3" and "third quarter", as "the third-quarter loss" is.
    pub(crate) fn quarter(&self, i: usize) -> Option<Match> {
        let m = self.quarter_read(i)?;
        let figures_after = self.tok(m.end).is_some_and(|t| !t.cap)
            && (context::figure_noun(self.word(m.end))
                || self.word_in(
                    m.end,
                    &["figures", "numbers", "data", "report", "loss", "profit"],
                ));
        if self.kw(i, Kw::The) && figures_after {
            return None;
        }
        Some(m)
    }

    /// [`Parser::quarter`], article and all.
    fn quarter_read(&self, i: usize) -> Option<Match> {
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
        // "the holiday quarter", "the Christmas quarter": the last of the
        // calendar year, which holds the shopping season, whatever a
        // company's fiscal year calls it.
        if self.kw(i, Kw::The)
            && self.word_in(i + 1, &["holiday", "christmas"])
            && self.unit(i + 2) == Some((Unit::Quarter, false))
        {
            return Some(date(
                i + 3,
                Val::Quarter {
                    q: 4,
                    dir: Dir::Tense,
                },
            ));
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
        // ("the comparable 1989 quarter")
        let compared = j > i && self.word_in(j, COMPARED);
        let mut year_first = None;
        if j > i
            && let Some((y, k)) = self.year_at(j + usize::from(compared))
        {
            if self.unit(k) == Some((Unit::Quarter, false)) || self.word_is(k, "period") {
                let year = Point::containing(Gran::Year, ymd(y, 1, 1)?)?;
                return Some(date(k + 1, Val::ReportInYear { year }));
            }
            if compared {
                return None;
            }
            year_first = Some(y);
            j = k;
        }
        let q: u8;
        // Where a quarter's ordinal listed before others ends.
        let mut listed = None;
        if self.kw(j, Kw::Q) && self.glued(j + 1) {
            let (v, 1) = self.num(j + 1)? else {
                return None;
            };
            // ("Q1FY24": a fiscal-year label may be glued on, as Indian
            // reports write it.)
            if !(1..=4).contains(&v)
                || (self.glued(j + 2) && self.tok(j + 2)?.kind != Kind::Punct(','))
                    && self
                        .tok(j + 2)
                        .is_some_and(|t| !matches!(t.kind, Kind::Punct(_)))
                    && self.fy_year(j + 2).is_none()
            {
                return None;
            }
            q = u8::try_from(v).ok()?;
            j += 2;
        } else {
            let (n, k) = match self.lex(j)? {
                Lex::Ordinal(99) => (4, j + 1),
                // "the last quarter of 2009", "the last quarter of this
                // year": the year's fourth ("the last quarter" alone is
                // the one before this).
                Lex::Kw(Kw::Last)
                    if j > i
                        && self.unit(j + 1) == Some((Unit::Quarter, false))
                        && self.kw(j + 2, Kw::Of)
                        && self.year_ref(j + 3).is_some() =>
                {
                    (4, j + 1)
                }
                _ => self.ordinal_at(j)?,
            };
            if !(1..=4).contains(&n) {
                return None;
            }
            let hyphenated = self.hyphen(k) && !self.punct(k + 1, ',');
            if hyphenated && j > i && self.kw(i, Kw::The) {
                return None;
            }
            // "the third and fourth quarters": the first ordinal of a
            // list names a quarter of its own, the noun and the year
            // after it shared. Only the ordinal is the expression, the
            // article going with the whole list.
            let noun = if hyphenated {
                None
            } else {
                self.shared_noun(k, 4)
            };
            if noun.is_some() && j > i {
                return None;
            }
            listed = noun.map(|(_, last)| (k, last));
            let mut k = noun.map_or(if hyphenated { k + 1 } else { k }, |(e, _)| e);
            if self.kw(k, Kw::Fiscal) {
                fiscal = true;
                k += 1;
            }
            // (The last of the list has the noun, often plural.)
            let plural = noun.is_some() || self.listed_before(j);
            if !matches!(self.unit(k), Some((Unit::Quarter, p)) if !p || plural) {
                return None;
            }
            q = u8::try_from(n).ok()?;
            j = k + 1;
        }
        Some(match listed {
            Some((end, last)) => {
                let m = self.quarter_of(j, last, fiscal, year_first, year_poss)?;
                let val = Val::ListedPart {
                    gran: Gran::Quarter,
                    n: q,
                    last: Box::new(m.val),
                };
                date(end, val)
            }
            None => self.quarter_of(j, q, fiscal, year_first, year_poss)?,
        })
    }

    /// The quarter `q` whose noun ends before `j`, with what was read
    /// before it (a fiscal label, a year first or a year's possessive)
    /// and the year after it, if any.
    fn quarter_of(
        &self,
        j: usize,
        q: u8,
        fiscal: bool,
        year_first: Option<i32>,
        year_poss: Option<YearRef>,
    ) -> Option<Match> {
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
            // "the fourth quarter of the year" is the one the tense picks,
            // as "the fourth quarter" is: a past clause's, written in
            // January, is last year's ("this year" names the year).
            let v = if self.the_year(k, yr) {
                Val::Quarter { q, dir: Dir::Tense }
            } else {
                Self::part_of_year(Gran::Quarter, q, yr)?
            };
            return Some(date(e, v));
        }
        Some(date(j, base))
    }

    /// Where the noun shared by a list of ordinals stands, the first
    /// ending at `k`: "third and fourth quarters", "first, second and
    /// third quarter", "first or second half" (past a "fiscal" before the
    /// noun, which the caller reads), and the last ordinal. Every ordinal
    /// is at most `max`. The hyphens of a compound count as the noun's
    /// ("the third- and fourth-quarter results").
    pub(crate) fn shared_noun(&self, mut k: usize, max: u32) -> Option<(usize, u8)> {
        loop {
            // (A hyphen left hanging: "third- and".)
            if self.punct(k, '-') && self.glued(k) && (!self.glued(k + 1) || self.punct(k + 1, ','))
            {
                k += 1;
            }
            let comma = self.punct(k, ',');
            if comma {
                k += 1;
            }
            let joined = self.kw(k, Kw::And) || self.kw(k, Kw::Or);
            if joined {
                k += 1;
            } else if !comma {
                return None;
            }
            // ("the late 18th and early 19th centuries")
            if let Some((_, e)) = self.period_mod(k) {
                k = e;
            }
            let (n, e) = self.ordinal_at(k)?;
            if !(1..=max).contains(&n) {
                return None;
            }
            k = e;
            if joined {
                let noun = if self.hyphen(k) { k + 1 } else { k };
                return Some((noun, u8::try_from(n).ok()?));
            }
        }
    }

    /// Whether the ordinal at `j` ends a list of them ("third and
    /// fourth quarters"): its noun is shared, and so may be plural.
    pub(crate) fn listed_before(&self, j: usize) -> bool {
        // (Before a modifier of its own: "and early 19th centuries".)
        let j = (1..=2)
            .map(|b| j.saturating_sub(b))
            .find(|&m| m < j && self.period_mod(m).is_some_and(|(_, e)| e == j))
            .unwrap_or(j);
        j >= 2
            && (self.kw(j - 1, Kw::And) || self.kw(j - 1, Kw::Or) || self.punct(j - 1, ','))
            && (1..=3).any(|b| j > b && self.ordinal_at(j - 1 - b).is_some_and(|(_, e)| e == j - 1))
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
        // calendar quarter named by its first and last months (also
        // spelt "the July-to-September quarter", "the July to September
        // quarter"); "the January-June period", a half.
        let mut named_by_range = None;
        let dash = |k: usize| self.punct(k, '-') || self.punct(k, '\u{2013}');
        let to = if dash(j) && self.word_is(j + 1, "to") && dash(j + 2) {
            j + 3
        } else if dash(j) || self.word_is(j, "to") {
            j + 1
        } else {
            j
        };
        if to > j
            && let Some((last, _, k)) = self.month_at(to)
            && let Some(gran) = if month % 3 == 1 && last == month + 2 {
                Some(Gran::Quarter)
            } else if month % 6 == 1 && last == month + 5 {
                Some(Gran::Half)
            } else {
                None
            }
        {
            month = last;
            j = k;
            named_by_range = Some(gran);
        }
        let year = match self.year_at(j) {
            Some((y, k)) => {
                j = k;
                Some(y)
            }
            None => None,
        };
        let gran = match named_by_range {
            Some(Gran::Quarter) if self.word_in(j, &["period", "quarter"]) => Gran::Quarter,
            Some(Gran::Half) if self.word_in(j, &["period", "half"]) => Gran::Half,
            Some(g) => part(month, j).filter(|p| *p == g)?,
            None => part(month, j)?,
        };
        // "the June quarter of 2012", "the March quarter last year": the
        // year may follow the part too.
        let mut year = year;
        if year.is_none() {
            let k = if self.kw(j + 1, Kw::Of) { j + 2 } else { j + 1 };
            match self.year_ref(k) {
                Some((YearRef::Abs(y), e)) => {
                    year = Some(y);
                    j = e - 1;
                }
                Some((YearRef::Rel(n), e)) => {
                    // (The quarter ending in January is the fourth of the
                    // year before.)
                    let n = if month == 1 { n - 1 } else { n };
                    let v = Self::part_of_year(gran, index(gran, month), YearRef::Rel(n))?;
                    return Some(date(e, v));
                }
                None => {}
            }
        }
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
    pub(crate) fn short_period(&self, i: usize) -> Option<Match> {
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

    /// A month, decade or century at `i` that a half is taken of, with no
    /// modifier of its own: "December", "the 1990s", "the 19th century".
    /// (A year's halves have values of their own: "2023-H1".)
    /// Told by a shift as well: "the first half of last month", "the
    /// second half of next month".
    fn halved(&self, i: usize) -> Option<Match> {
        let m = self.dates(i).or_else(|| self.dir_unit(i))?;
        let whole = match &m.val {
            Val::Month { .. } => true,
            Val::Abs(p) => matches!(p.gran, Gran::Month | Gran::Decade | Gran::Century),
            Val::Rel { gran, .. } => matches!(gran, Gran::Month | Gran::Decade | Gran::Century),
            _ => false,
        };
        (m.modifier.is_none() && whole).then_some(m)
    }

    /// Whether "H1" or "H2" without a year, from `i` to `j`, is a half of
    /// the year: a capital "H" ("h1" is a heading's tag), with a
    /// preposition of time before it ("in H2", "for H1") or a word of
    /// reported figures after it ("H1 revenue", "H2 net profit").
    /// Elsewhere the label is a visa, a gas or a heading ("H1 visa
    /// holders", "powered by H2"), so a bare one needs this much.
    fn bare_half(&self, i: usize, j: usize) -> bool {
        let capital = j >= 2 && self.tok(j - 2).is_some_and(|t| t.upper);
        let after_preposition = i > 0
            && self.word_in(
                i - 1,
                &[
                    "in",
                    "for",
                    "during",
                    "over",
                    "through",
                    "throughout",
                    "since",
                    "until",
                ],
            );
        // ("H1 operating profit", "H2 pre-tax profit": a kind of figure
        // may come between.)
        let figure = |k: usize| {
            self.tok(k).is_some_and(|t| t.kind == Kind::Word) && context::figure_word(self.word(k))
        };
        let kind = self.word_in(
            j,
            &[
                "operating",
                "pretax",
                "pre",
                "gross",
                "core",
                "underlying",
                "adjusted",
            ],
        );
        let k = if self.word_is(j, "pre") && self.hyphen(j + 1) && self.word_is(j + 2, "tax") {
            j + 3
        } else {
            j + 1
        };
        let before_figures = figure(j) || kind && figure(k);
        // "expects a tougher H2", "a stronger H1": the half an outlook
        // weighs.
        let weighed = i >= 2
            && self.word_in(i - 2, &["a", "the"])
            && self.word_in(
                i - 1,
                &[
                    "tougher", "stronger", "weaker", "better", "worse", "softer", "slower",
                    "busier", "quieter", "brighter",
                ],
            );
        capital && (after_preposition || before_figures || weighed)
    }

    /// Halves: "the first half (of 2023)", "H1 2023", "first-half".
    pub(crate) fn half(&self, i: usize) -> Option<Match> {
        let mut j = i;
        if self.kw(j, Kw::The) {
            j += 1;
        }
        if self.kw(j, Kw::Fiscal) {
            j += 1;
        }
        // "next year's second half", "this year's first half"
        let mut year_poss = None;
        if let Some((yr @ YearRef::Rel(_), k)) = self.year_ref(j)
            && self.skip_poss(k) == k + 2
        {
            year_poss = Some(yr);
            j = k + 2;
        }
        let h: u8;
        if self.kw(j, Kw::H) && self.glued(j + 1) {
            let (v, 1) = self.num(j + 1)? else {
                return None;
            };
            // ("H1FY24", as "Q1FY24".)
            if !(1..=2).contains(&v)
                || self.glued(j + 2)
                    && self
                        .tok(j + 2)
                        .is_some_and(|t| t.kind != Kind::Punct(',') && t.kind != Kind::Punct('.'))
                    && self.fy_year(j + 2).is_none()
            {
                return None;
            }
            h = u8::try_from(v).ok()?;
            j += 2;
            let mut k = j;
            if self.kw(k, Kw::Of) {
                k += 1;
            }
            if let Some((y, e)) = self.fy_year(k) {
                let p = Point::containing(Gran::Half, ymd(y, (h - 1) * 6 + 1, 1)?)?;
                return Some(date(e, Val::Abs(p)));
            }
            let Some((yr, e)) = self.year_ref(k) else {
                // "H1 revenue rose", "margins will widen in H2": the half
                // the tense picks, as "the first half" is.
                let base = Val::Half { h, dir: Dir::Tense };
                return self.bare_half(i, j).then(|| date(j, base));
            };
            let v = if self.the_year(k, yr) {
                Val::Half { h, dir: Dir::Tense }
            } else {
                Self::part_of_year(Gran::Half, h, yr)?
            };
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
        // "the first and second halves of 2019": as a list of quarters
        // (see `quarter`), only with the year, as halves of a game are
        // listed so too.
        let listed = if self.hyphen(j + 1) || side.is_some() || last {
            None
        } else {
            self.shared_noun(j + 1, 2)
        };
        if listed.is_some() && j > i {
            return None;
        }
        let k = match listed {
            Some((e, _)) => e,
            None if self.hyphen(j + 1) => j + 2,
            None => j + 1,
        };
        let plural = listed.is_some() || self.listed_before(j);
        if !(self.kw(k, Kw::Half) || plural && self.word_is(k, "halves")) {
            return None;
        }
        if let Some((_, last)) = listed {
            let e = if self.kw(k + 1, Kw::Of) || self.kw(k + 1, Kw::In) {
                k + 2
            } else {
                k + 1
            };
            let (yr, _) = self.year_ref(e)?;
            let val = Val::ListedPart {
                gran: Gran::Half,
                n,
                last: Box::new(Self::part_of_year(Gran::Half, last, yr)?),
            };
            return Some(date(j + 1, val));
        }
        if (last || side.is_some())
            && year_poss.is_none()
            && !(self.kw(k + 1, Kw::Of) && self.year_ref(k + 2).is_some())
        {
            return None;
        }
        h = n;
        if let Some(yr) = year_poss {
            return Some(date(k + 1, Self::part_of_year(Gran::Half, h, yr)?));
        }
        // "the first half of December", "the second half of the 19th
        // century", "the first half of the 1990s": that month, decade or
        // century, its start or end.
        let md = if h == 1 { "START" } else { "END" };
        if self.kw(k + 1, Kw::Of)
            && let Some(m) = self.halved(k + 2)
        {
            return Some(m.with_mod(md));
        }
        // "in the second half of the month", "the first half of the
        // decade": of the month or decade the story is in, or the one
        // named just before, as "the end of the month" is.
        if self.kw(k + 1, Kw::Of)
            && self.kw(k + 2, Kw::The)
            && let Some((unit @ (Unit::Month | Unit::Week | Unit::Decade | Unit::Century), false)) =
                self.unit(k + 3)
        {
            let gran = unit_gran(unit);
            return Some(date(k + 4, Val::Around { gran, unit }).with_mod(md));
        }
        let base = Val::Half { h, dir: Dir::Tense };
        let mut e = k + 1;
        if self.kw(e, Kw::Of) || self.kw(e, Kw::In) {
            e += 1;
        }
        if let Some((yr, end)) = self.year_ref(e) {
            if self.the_year(e, yr) {
                return Some(date(end, base));
            }
            return Some(date(end, Self::part_of_year(Gran::Half, h, yr)?));
        }
        // "the second half" of a match or a film is not a date: need a hint.
        // Nor is the half of anything but a time named above: "The second
        // half of the proposal deals with executive pay".
        if i == j && k == j + 1 || self.of_a_game(i) || self.kw(k + 1, Kw::Of) {
            return None;
        }
        Some(date(k + 1, base))
    }

    /// Whether the sentence around token `i` tells of a game: "Arsenal
    /// scored twice in the second half", "a penalty in the first half",
    /// where a half is the match's, not the year's. (Not "goal": "The
    /// Fed's goal is 2 percent in the second half".)
    fn of_a_game(&self, i: usize) -> bool {
        const GAME: &[&str] = &[
            "scored",
            "halftime",
            "touchdown",
            "touchdowns",
            "penalty",
            "minute",
            "inning",
            "innings",
            "striker",
            "goalkeeper",
            "equaliser",
            "equalizer",
        ];
        let Some(at) = self.tok(i).map(|t| t.start) else {
            return false;
        };
        let (start, end) = crate::time::sentence::sentence_bounds(self.text, at, at);
        self.text[start..end]
            .split(|c: char| !c.is_ascii_alphabetic())
            .any(|w| GAME.iter().any(|g| w.eq_ignore_ascii_case(g)))
    }
}
