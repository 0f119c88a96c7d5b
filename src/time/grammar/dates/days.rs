//! Days of a month, written with their month ("Nov. 16, 2023", "16
//! November", "the 16th of November", "March third", "on October 5 and
//! 6"), by their ordinal alone ("on the 28th") or in figures
//! ("2023-11-16", "11/16/2023", "16.11.2023"). The rule for a month and
//! its day also takes a month with its year ("November 2022", "June last
//! year") or standing alone, where `months.rs` says a bare month name is
//! a month.

use crate::time::calendar::ymd;
use crate::time::grammar::Parser;
use crate::time::grammar::periods::YearRef;
use crate::time::lexicon::{Holiday, Kw, Lex, Unit};
use crate::time::sem::{Dir, Match, Val, date};
use crate::time::timex::TimexType;
use crate::time::token::Kind;
use crate::time::value::{Gran, Point};

/// The words after which a day of the month listed with another stands
/// alone ("on October 5 and 6 in Paris"; see `listed_day`).
pub(in crate::time::grammar) const AFTER_LISTED_DAY: &[&str] = &[
    "to", "in", "at", "for", "when", "and", "or", "this", "next", "last", "that", "were", "are",
    "hit", "will", "would", "saw",
];

/// Nouns an ordinal counts when it stands before them ("the second
/// round", "third place"), so a month before the ordinal is no date.
const ORDINAL_NOUNS: &[&str] = &[
    "round",
    "rounds",
    "place",
    "time",
    "times",
    "reading",
    "ballot",
    "term",
    "straight",
    "consecutive",
    "anniversary",
    "period",
    "game",
    "inning",
    "stage",
    "leg",
    "set",
    "session",
    "largest",
    "biggest",
    "highest",
    "lowest",
];

impl Parser<'_> {
    /// A day of the month listed with another that carries the month:
    /// the "6" of "on October 5 and 6" and the "5" of "on 5 and 6
    /// October". The listed number must be a later day for the first and
    /// an earlier one for the second, and stand alone ("Oct. 5 and 6
    /// percent" is a share, "5 and 6 October" needs its month right
    /// after).
    pub(super) fn listed_day(&self, i: usize) -> Option<Match> {
        let (day, k) = self.day_at(i)?;
        let joined = |j: usize| self.kw_any(j, &[Kw::And, Kw::Or]).is_some();
        if k != i + 1 {
            return self.listed_ordinal(i, day, k);
        }
        // "5 and 6 October", "21, 23 and 25 June": the month comes after
        // the last day, the days listed in order.
        let (mut end, mut last) = (k, day);
        loop {
            let next = if self.punct(end, ',') && joined(end + 1) {
                end + 2
            } else if joined(end) || self.punct(end, ',') {
                end + 1
            } else {
                break;
            };
            let Some((later, e)) = self.day_at(next) else {
                break;
            };
            if later <= last {
                break;
            }
            if let Some((month, _, _)) = self.month_at(e) {
                // (A bare comma lists only where "and" or "or" ends the
                // list: "on 21, 23 June" is no list.)
                let anded = (k..next).any(&joined);
                if !anded {
                    break;
                }
                let dir = Dir::Tense;
                return Some(date(k, Val::MonthDay { month, day, dir }));
            }
            (end, last) = (e, later);
        }
        // "October 5 and 6", "Feb. 2, 9 and 16": the month comes before
        // the first day, the days listed in order. A day after a bare
        // comma only where the list goes on after it ("on Feb. 2, 9
        // people died" counts people).
        let goes_on = self.day_at(k + 1).is_some() && (joined(k) || self.punct(k, ','))
            || self.punct(k, ',') && joined(k + 1) && self.day_at(k + 2).is_some();
        let (mut first, mut later) = (i, day);
        let month = loop {
            if first < 3 {
                return None;
            }
            let day_end = if joined(first - 1) {
                if self.punct(first - 2, ',') {
                    first - 2
                } else {
                    first - 1
                }
            } else if self.punct(first - 1, ',') && (first < i || goes_on) {
                first - 1
            } else {
                return None;
            };
            let (earlier, e) = self.day_at(day_end - 1)?;
            if e != day_end || earlier >= later {
                return None;
            }
            (first, later) = (day_end - 1, earlier);
            if let Some((month, _, _)) = (first.saturating_sub(3)..first)
                .rev()
                .find_map(|m| self.month_at(m).filter(|&(_, _, j)| j == first))
            {
                break month;
            }
            if i - first > 12 {
                return None;
            }
        };
        // The list stands alone where it ends ("Feb. 2, 9 and 16 people"
        // counts people from the 9 on).
        let mut end = k;
        loop {
            let next = if self.punct(end, ',') && joined(end + 1) {
                end + 2
            } else if self.punct(end, ',') || joined(end) {
                end + 1
            } else {
                break;
            };
            match self.day_at(next) {
                Some((_, e)) => end = e,
                None => break,
            }
        }
        let stands_alone = self.tok(end).is_none_or(|t| match t.kind {
            Kind::Punct(c) => c != '%',
            Kind::Word => !t.cap && self.unit(end).is_none() && self.word_in(end, AFTER_LISTED_DAY),
            Kind::Num => false,
        });
        stands_alone.then(|| {
            let mut m = self.finish_day(month, day, k);
            if let Val::MonthDay {
                dir: d @ Dir::Tense,
                ..
            } = &mut m.val
            {
                *d = Dir::Listed;
            }
            m
        })
    }

    /// A day of the month by its ordinal at `i`, listed after another
    /// told alone: the "10th" of "on the 8th and 10th". The first must be
    /// an earlier day that stands as a date, and the list end there.
    fn listed_ordinal(&self, i: usize, day: u8, k: usize) -> Option<Match> {
        let joined = i >= 4 && self.kw_any(i - 1, &[Kw::And, Kw::Or]).is_some();
        let p = if joined && self.punct(i - 2, ',') {
            i - 2
        } else {
            i.checked_sub(1)?
        };
        let (earlier, e) = self.numbered_day(p.checked_sub(2)?)?;
        let first = p.checked_sub(3)?;
        if !joined || e != p || earlier >= day || self.bare_ordinal_day(first).is_none() {
            return None;
        }
        let ends = self.tok(k).is_none_or(|t| match t.kind {
            Kind::Punct(c) => c != '%',
            Kind::Word => !t.cap && self.word_in(k, AFTER_LISTED_DAY),
            Kind::Num => false,
        });
        ends.then(|| date(k, Val::DayOfMonth { day, months: None }))
    }

    /// A day-of-month number at `i` ("16", "16th").
    fn day_at(&self, i: usize) -> Option<(u8, usize)> {
        let (v, digits) = self.num(i)?;
        if digits > 2 || !(1..=31).contains(&v) {
            return None;
        }
        let mut j = i + 1;
        if self.glued(j) && self.word_in(j, &["st", "nd", "rd", "th"]) {
            j += 1;
        } else if (self.number_continues(j) && !self.punct(j, ',') && !self.punct(j, '.'))
            || (self.glued(j)
                && (self.punct(j, ',') || self.punct(j, '.'))
                && self.glued(j + 1)
                && self.num(j + 1).is_some())
        {
            return None;
        }
        Some((u8::try_from(v).ok()?, j))
    }

    /// Month-first and day-first dates, month-year and bare months.
    pub(super) fn calendar_date(&self, i: usize) -> Option<Match> {
        // "the 16th of November"
        if self.kw(i, Kw::The) {
            let (day, j) = match self.day_word_at(i + 1) {
                Some(dw) => dw,
                None => {
                    let (d, j) = self.day_at(i + 1)?;
                    if j == i + 2 {
                        return None;
                    }
                    (d, j)
                }
            };
            if !self.kw(j, Kw::Of) {
                return None;
            }
            let (month, _, k) = self.month_at(j + 1)?;
            return Some(self.finish_day(month, day, k));
        }
        // "Twelfth of July parades": a capitalised ordinal word names the
        // day without its article.
        if self.tok(i).is_some_and(|t| t.cap)
            && let Some((day, j)) = self.day_word_at(i)
            && self.kw(j, Kw::Of)
            && let Some((month, _, k)) = self.month_at(j + 1)
        {
            return Some(self.finish_day(month, day, k));
        }
        if let Some((month, abbr, j)) = self.month_at(i) {
            // (A number with its era is the year: "March 12 BC".)
            if let Some((day, k)) = self
                .day_at(j)
                .filter(|&(_, k)| self.era(k).is_none())
                .or_else(|| self.day_word_after_month(j))
            {
                return Some(self.finish_day(month, day, k));
            }
            // "March the fifth", "November the 26th", as the day is said;
            // the day ends its phrase ("In March the first results came
            // in" counts results).
            if self.kw(j, Kw::The)
                && let Some((day, k)) = self
                    .day_word_after_month(j + 1)
                    .or_else(|| self.day_at(j + 1).filter(|&(_, k)| k == j + 3))
                && self.tok(k).is_none_or(|t| match t.kind {
                    Kind::Punct(_) => true,
                    Kind::Word => self.word_in(k, AFTER_LISTED_DAY),
                    Kind::Num => false,
                })
            {
                return Some(self.finish_day(month, day, k));
            }
            // "by March-end", as Indian English writes the end of a month.
            if self.hyphen(j) && self.word_is(j + 1, "end") && self.tok(i).is_some_and(|t| t.cap) {
                let dir = Dir::Tense;
                return Some(date(j + 2, Val::Month { month, dir }).with_mod("END"));
            }
            let mut k = j;
            if self.kw(k, Kw::Of) || self.punct(k, ',') {
                k += 1;
            }
            if let Some((year, e)) = self.year_at(k) {
                let p = Point::containing(Gran::Month, ymd(year, month, 1)?)?;
                return Some(date(e, Val::Abs(p)));
            }
            // "March 44 BC", "August AD 79"
            if let Some(m) = self.era_year(k).and_then(|m| in_era_year(&m, month, None)) {
                return Some(m);
            }
            // "June last year", "January this year", "February of last year"
            let of = if self.kw(j, Kw::Of) { j + 1 } else { j };
            if let Some((YearRef::Rel(n), e)) = self.year_ref(of)
                && !self.kw(of, Kw::The)
            {
                return Some(date(
                    e,
                    Val::InRelYear {
                        gran: Gran::Month,
                        month,
                        n,
                    },
                ));
            }
            // "June of that year": the June of the year last mentioned.
            if let Some(e) = self.that_year(j, true) {
                let dir = Dir::That;
                return Some(date(e, Val::Month { month, dir }));
            }
            // A bare month name needs context: "May" and "March" are also words.
            let dotted = abbr && j > i + 1;
            // ("payrolls rose 96,000 in Sept, below forecasts": one written
            // without its dot, capitalised after a preposition of time,
            // ending its phrase.)
            let undotted = i > 0
                && self.tok(i).is_some_and(|t| t.cap && !t.upper)
                && self.word_in(
                    i - 1,
                    &["in", "since", "until", "through", "during", "from"],
                )
                && (self
                    .tok(j)
                    .is_none_or(|t| matches!(t.kind, Kind::Punct(',' | ';' | ')')))
                    || self.kw_any(j, &[Kw::And, Kw::To]).is_some()
                        && matches!(self.lex(j + 1), Some(Lex::Month { .. })));
            if abbr && !dotted && !undotted {
                return None;
            }
            if !self.bare_month_ok(i, month) {
                return None;
            }
            // "cut in March 2008 and again in May that year": so is a
            // month the words around show to be one.
            if let Some(e) = self.that_year(j, false) {
                let dir = Dir::That;
                return Some(date(e, Val::Month { month, dir }));
            }
            return Some(date(
                j,
                Val::Month {
                    month,
                    dir: Dir::Tense,
                },
            ));
        }
        // "16 November (2023)"
        let (day, j) = self.day_at(i)?;
        // ("the Windows 10 October 2018 Update": the number of a name
        // told inside a sentence, not a day.)
        if i >= 2
            && self.tok(i - 1).is_some_and(|t| {
                t.kind == Kind::Word && t.cap && t.gap && matches!(t.lex, Lex::Other)
            })
            && self.tok(i - 2).is_some_and(|t| t.kind == Kind::Word)
            && self.weekday_abbr(i - 1).is_none()
        {
            return None;
        }
        let mut j = j;
        if self.kw(j, Kw::Of) {
            j += 1;
        }
        let (month, _, k) = self.month_at(j)?;
        Some(self.finish_day(month, day, k))
    }

    /// A day of the month spelled as an ordinal at `i`: "third",
    /// "twenty-seventh", "thirty first", as transcripts of broadcasts
    /// write dates. Returns the day and the index after it.
    fn day_word_at(&self, i: usize) -> Option<(u8, usize)> {
        let (n, k) = match self.lex(i)? {
            Lex::Ordinal(n) if (1..=31).contains(&n) => (n, i + 1),
            Lex::NumWord(t @ (20 | 30)) => {
                let j = if self.hyphen(i + 1) { i + 2 } else { i + 1 };
                match self.lex(j)? {
                    Lex::Ordinal(o) if (1..=9).contains(&o) => (t + o, j + 1),
                    _ => return None,
                }
            }
            _ => return None,
        };
        if n > 31 {
            return None;
        }
        Some((u8::try_from(n).ok()?, k))
    }

    /// A spelled ordinal day right after a month name: "March third",
    /// "February twenty-seventh". An ordinal that goes with a noun after
    /// it ("the June second round", "a March third-quarter report") counts
    /// that noun, not the days of the month.
    fn day_word_after_month(&self, j: usize) -> Option<(u8, usize)> {
        let (day, k) = self.day_word_at(j)?;
        (!self.ordinal_noun_follows(k)).then_some((day, k))
    }

    /// Whether the word at `k`, after an ordinal, is the noun the ordinal
    /// counts ("second round", "third-quarter", "10th day of the siege",
    /// "16th anniversary"), so that the ordinal is no day of a month.
    pub(super) fn ordinal_noun_follows(&self, k: usize) -> bool {
        self.hyphen(k)
            || self.unit(k).is_some()
            || self.kw(k, Kw::Half)
            || self.tok(k).is_some_and(|t| t.kind == Kind::Word && !t.cap)
                && self.word_in(k, ORDINAL_NOUNS)
    }

    /// The month named relatively at `i`, after the "of" of a day in it:
    /// "this month", "next month", "last month", and "the month", the
    /// document's month, or for a deadline one the tense places as it
    /// does a bare "the 3rd" ("would arrive by the first of the month",
    /// written on the 20th, is next month's). The months it lies from the
    /// document's (none for "the month"), and the index after it.
    fn month_after_day(&self, i: usize) -> Option<(Option<i64>, usize)> {
        let (months, m) = if self.kw(i, Kw::The) {
            (None, i + 1)
        } else {
            let (dir, m) = self.dir_at(i)?;
            let months = match dir {
                Dir::That => return None,
                Dir::Last => -1,
                Dir::Next => 1,
                _ => 0,
            };
            (Some(months), m)
        };
        (self.unit(m) == Some((Unit::Month, false))).then_some((months, m + 1))
    }

    /// A day of the month named by its ordinal alone: "on the 28th", "by
    /// the 31st", "the 28th of this month", "the 3rd of next month", "the
    /// first of the month". Bare, it is the day of the document's month,
    /// and only where a day is expected: after a preposition of time and
    /// before punctuation, a joining word or a verb; spelled ("the
    /// first"), only with its month. An ordinal before a noun counts the
    /// noun ("the 28th president", "the 31st floor", "the 21st century").
    pub(super) fn bare_ordinal_day(&self, i: usize) -> Option<Match> {
        if !self.kw(i, Kw::The) {
            return None;
        }
        let numbered = self.numbered_day(i + 1);
        let (day, k) = numbered.or_else(|| self.day_word_at(i + 1))?;
        // "on the fourth of every month": that day of every month, a set,
        // as "every December 25" is of every year.
        if self.kw(k, Kw::Of)
            && let Some(set) = self.set(k + 1)
            && set.kind == TimexType::Set
            && set.val == Val::Fixed("P1M".into())
        {
            return Some(Match::new(
                set.end,
                TimexType::Set,
                Val::Fixed(format!("XXXX-XX-{day:02}")),
            ));
        }
        // "the 28th of this month", "the 3rd of next month"; not "the
        // first of the month's three visitors".
        if self.kw(k, Kw::Of)
            && let Some((months, e)) = self.month_after_day(k + 1)
            && !self.genitive_s(e + 1)
        {
            // (A deadline's "the month" is the tense's; any other the
            // document's month: "Rents are due on the 1st of the month".)
            let deadline = i > 0 && self.word_in(i - 1, &["by", "until", "till", "before"]);
            let months = months.or((!deadline).then_some(0));
            return Some(date(e, Val::DayOfMonth { day, months }));
        }
        // "take effect on the first of the year": New Year's Day, of the
        // year the tense picks (not "the first of the year's games").
        if day == 1
            && self.kw(k, Kw::Of)
            && self.kw(k + 1, Kw::The)
            && self.unit(k + 2) == Some((Unit::Year, false))
            && !self.genitive_s(k + 4)
        {
            return Some(date(
                k + 3,
                Val::Holiday {
                    h: Holiday::NewYearsDay,
                    dir: Dir::Tense,
                },
            ));
        }
        numbered?;
        let after_prep = i > 0
            && self.word_in(
                i - 1,
                &[
                    "on", "by", "until", "till", "from", "before", "after", "since", "through",
                    "to", "for",
                ],
            )
            // "on the night of the 14th": the day of a part of it.
            || i > 1
                && self.kw(i - 1, Kw::Of)
                && matches!(self.lex(i - 2), Some(Lex::PartOfDay(_)));
        let ends = self.tok(k).is_none_or(|t| match t.kind {
            Kind::Punct(_) => true,
            Kind::Word => {
                !t.cap
                    && self.word_in(
                        k,
                        &[
                            "and", "or", "to", "through", "until", "till", "at", "when", "but",
                            // "The hearing on the 21st will decide": the
                            // verb of a subject the day dates.
                            "will", "would", "is", "was", "are", "were", "has", "had", "could",
                            "should", "may", "might", "after", "before", "amid", "as", "with",
                            // "came ashore on the 16th near Gulf Shores",
                            // "leave on the 29th unless Parliament votes"
                            "near", "unless", "if", "while", "because", "despite", "following",
                        ],
                    )
                    // "met on the 15th in Brussels": a place after it.
                    || self.word_is(k, "in") && self.tok(k + 1).is_some_and(|t| t.cap)
                    // "the election on the 10th handed the opposition a
                    // landslide": a past verb whose subject the day dates.
                    || self.word(k).len() > 4 && self.word(k).ends_with("ed")
                    // "on the 14th the jury visited the scene": a clause
                    // of its own after it.
                    || self.kw(k, Kw::The) && self.tok(k + 1).is_some_and(|t| !t.cap)
            }
            Kind::Num => false,
        });
        // ("from the 18th and 19th centuries": a list of ordinals before a
        // noun of time counts that noun.)
        let counts_noun = || {
            self.shared_noun(k, 31)
                .is_some_and(|(e, _)| self.unit(e).is_some())
        };
        (after_prep && ends && !counts_noun())
            .then(|| date(k, Val::DayOfMonth { day, months: None }))
    }

    /// A day of the month written as a number with its ordinal suffix at
    /// `i` ("16th", "21st"): the day and the index after it.
    pub(super) fn numbered_day(&self, i: usize) -> Option<(u8, usize)> {
        let (d, digits) = self.num(i)?;
        if digits > 2 || !(1..=31).contains(&d) || !self.glued(i + 1) {
            return None;
        }
        let suffix = match d % 100 {
            11..=13 => "th",
            _ => match d % 10 {
                1 => "st",
                2 => "nd",
                3 => "rd",
                _ => "th",
            },
        };
        self.word_is(i + 1, suffix)
            .then(|| Some((u8::try_from(d).ok()?, i + 2)))
            .flatten()
    }

    /// Completes a month+day with an optional year at `k`.
    fn finish_day(&self, month: u8, day: u8, k: usize) -> Match {
        let mut e = k;
        if self.punct(e, ',') {
            e += 1;
        }
        if let Some((year, end)) = self.year_at(e) {
            // "Feb. 29, 2023" names no day: keep what the text says, as a
            // value no calendar range can be read from, rather than move
            // it to a year where the day exists.
            return match ymd(year, month, day).and_then(|d| Point::containing(Gran::Day, d)) {
                Some(p) => date(end, Val::Abs(p)),
                None => date(end, Val::Fixed(format!("{year:04}-{month:02}-{day:02}"))),
            };
        }
        // "April 21, 753 BC", "Aug. 24, AD 79"
        if let Some(m) = self
            .era_year(e)
            .and_then(|m| in_era_year(&m, month, Some(day)))
        {
            return m;
        }
        // "the Sept. 11 attacks", "the Jan. 6 committee": news names a
        // few events by their day alone, years after them.
        if let Some(&(year, ..)) = EVENT_DAYS.iter().find(|&&(year, m, d, nouns)| {
            (m, d) == (month, day)
                && self.doc_year.is_none_or(|y| y >= year)
                && self.word_in(k, nouns)
        }) && let Some(p) = ymd(year, month, day).and_then(|d| Point::containing(Gran::Day, d))
        {
            return date(k, Val::Abs(p));
        }
        // "3 December last year", "July 1 next year", "March 14 of last
        // year": that day of the month in the year named.
        let of = if self.kw(k, Kw::Of) { k + 1 } else { k };
        if let Some((YearRef::Rel(n), end)) = self.year_ref(of)
            && !self.kw(of, Kw::The)
        {
            let first = Val::InRelYear {
                gran: Gran::Day,
                month,
                n,
            };
            return date(
                end,
                Val::Containing {
                    gran: Gran::Day,
                    shift: i64::from(day) - 1,
                    day: Box::new(first),
                },
            );
        }
        // "on December 12 that year", "on 3 May of that year": the day in
        // the year last mentioned.
        if let Some(e) = self.that_year(k, false).or_else(|| self.that_year(k, true)) {
            return date(
                e,
                Val::MonthDay {
                    month,
                    day,
                    dir: Dir::That,
                },
            );
        }
        date(
            k,
            Val::MonthDay {
                month,
                day,
                dir: Dir::Tense,
            },
        )
    }

    /// ISO (2023-11-16), US (11/16/2023) and dotted European (16.11.2023)
    /// dates; day first where the story's country writes it so
    /// ("04/06/2019" and "01-04-2023" from New Delhi; see
    /// [`Locale::day_first`](crate::time::locale::Locale::day_first)).
    pub(super) fn numeric_date(&self, i: usize) -> Option<Match> {
        let (a, da) = self.num(i)?;
        let sep = match self.tok(i + 1)?.kind {
            Kind::Punct(c @ ('-' | '/' | '.')) => c,
            _ => return None,
        };
        if !self.glued(i + 1) || !self.glued(i + 2) {
            return None;
        }
        let (b, db) = self.num(i + 2)?;
        // (Two numbers only: a month and day with no year, "on 11/8".)
        let third = self.punct(i + 3, sep) && self.glued(i + 3) && self.glued(i + 4);
        let Some((c, dc)) = self.num(i + 4).filter(|_| third) else {
            return self.month_day_slashed(i, (a, da), (b, db), sep);
        };
        if self.number_continues(i + 5) {
            return None;
        }
        // Year first: ISO with hyphens, and the "2024/03/05" and
        // "2024.03.05" of East Asian and archival usage; a month or day
        // out of range fails in `ymd` below.
        let (y, m, d) = if da == 4 && db <= 2 && dc <= 2 {
            if sep != '-' && !(1900..=2099).contains(&a) {
                return None;
            }
            (a, b, c)
        } else if da <= 2
            && db <= 2
            && (sep != '-' && (dc == 4 || dc == 2) || dc == 4 && (1900..=2099).contains(&c))
        {
            let y = if dc == 2 {
                if c <= 40 { 2000 + c } else { 1900 + c }
            } else {
                c
            };
            let start = self.tok(i)?.start;
            if sep == '.' || a > 12 || b <= 12 && self.locale.day_first(start) {
                (y, b, a)
            } else {
                (y, a, b)
            }
        } else {
            return None;
        };
        let dt = ymd(
            i32::try_from(y).ok()?,
            u8::try_from(m).ok()?,
            u8::try_from(d).ok()?,
        )?;
        Some(date(i + 5, Val::Abs(Point::containing(Gran::Day, dt)?)))
    }

    /// A day written as month and day with a slash, no year, where a date
    /// is expected: "closed at $132.85 on 11/8", "scheduled for 4/20";
    /// day first where the story's country writes it so. (Not a fraction
    /// or a score: "rose 1/8", "won 6/4 6/3", a dimension or odds are not
    /// brought in by a preposition of time.)
    fn month_day_slashed(
        &self,
        i: usize,
        (a, da): (u32, u8),
        (b, db): (u32, u8),
        sep: char,
    ) -> Option<Match> {
        // "expiration dates through 12/2010", "range from 06/2010 to
        // 09/2011": a month and its year, as labels print them, after a
        // preposition.
        if sep == '/'
            && da <= 2
            && db == 4
            && (1900..=2099).contains(&b)
            && i > 0
            && self.word_in(
                i - 1,
                &[
                    "on", "by", "until", "till", "since", "before", "after", "through", "from",
                    "to", "in",
                ],
            )
            && !self.number_continues(i + 3)
            && !self.punct(i + 3, '/')
        {
            let month = u8::try_from(a).ok().filter(|m| (1..=12).contains(m))?;
            let year = i32::try_from(b).ok()?;
            let p = Point::containing(Gran::Month, ymd(year, month, 1)?)?;
            return Some(date(i + 3, Val::Abs(p)));
        }
        if sep != '/'
            || da > 2
            || db > 2
            || i == 0
            || !self.word_in(
                i - 1,
                &[
                    "on", "by", "until", "till", "since", "before", "after", "for", "through",
                ],
            )
            || self.number_continues(i + 3)
            || self.punct(i + 3, '/')
            || self
                .tok(i + 3)
                .is_some_and(|t| t.kind == Kind::Word && !t.gap)
            || self.tok(i + 3).is_some_and(|t| t.kind == Kind::Word)
                && (self.unit(i + 3).is_some() || self.kw(i + 3, Kw::Of))
        {
            return None;
        }
        let start = self.tok(i)?.start;
        let (month, day) = if a > 12 || b <= 12 && self.locale.day_first(start) {
            (b, a)
        } else {
            (a, b)
        };
        let month = u8::try_from(month).ok().filter(|m| (1..=12).contains(m))?;
        let day = u8::try_from(day).ok().filter(|d| (1..=31).contains(d))?;
        // (A day that no month has, "2/30", is no date.)
        ymd(2000, month, day)?;
        Some(date(
            i + 3,
            Val::MonthDay {
                month,
                day,
                dir: Dir::Tense,
            },
        ))
    }
}

/// Events news names by their day alone, with the nouns that follow the
/// day when it names them: the year, month, day and nouns. (Only once
/// the event has happened: a document from before it means another
/// year's day.)
const EVENT_DAYS: &[(i32, u8, u8, &[&str])] = &[
    // The attacks on New York and Washington, 11 September 2001.
    (2001, 9, 11, &["attack", "attacks"]),
    // The London transport bombings, 7 July 2005.
    (2005, 7, 7, &["bombings", "bombing", "attacks"]),
    // The attack on the United States Capitol, 6 January 2021, and the
    // House committee that investigated it.
    (
        2021,
        1,
        6,
        &[
            "attack",
            "riot",
            "insurrection",
            "committee",
            "panel",
            "hearings",
        ],
    ),
    // The Hamas-led attack on Israel, 7 October 2023.
    (2023, 10, 7, &["attack", "attacks", "massacre"]),
];

/// A month, or a day of it, in the year `m` read with its era: the
/// common era's as any date ("Aug. 24, AD 79"), one before Christ
/// written out as TimeML writes such a year ("March 44 BC" is
/// BC0044-03).
fn in_era_year(m: &Match, month: u8, day: Option<u8>) -> Option<Match> {
    let day_part = day.map(|d| format!("-{d:02}")).unwrap_or_default();
    let fixed = match &m.val {
        Val::Abs(p) => {
            let (gran, d) = match day {
                Some(d) => (Gran::Day, d),
                None => (Gran::Month, 1),
            };
            match ymd(i32::from(p.date.year()), month, d).and_then(|x| Point::containing(gran, x)) {
                Some(p) => return Some(date(m.end, Val::Abs(p))),
                None => format!("{:04}-{month:02}{day_part}", p.date.year()),
            }
        }
        Val::Fixed(bc) => format!("{bc}-{month:02}{day_part}"),
        _ => return None,
    };
    Some(date(m.end, Val::Fixed(fixed)))
}
