//! Calendar dates: "Nov. 16, 2023", "16 November", "November 2022",
//! weekdays, years, decades and centuries (parts of a year are in
//! `periods.rs`, holidays in `holidays.rs`).

use super::periods::YearRef;
use super::{Parser, Rule};
use crate::time::calendar::ymd;
use crate::time::context;
use crate::time::lexicon::{Kw, Lex, Unit};
use crate::time::sem::{Dir, Match, Val, date};
use crate::time::token::{Kind, Tok};
use crate::time::value::{Gran, Point};

/// Words after which a bare number is an identifier, not a year.
const NOT_YEAR_BEFORE: &[&str] = &[
    "no",
    "nos",
    "number",
    "room",
    "flight",
    "route",
    "highway",
    "interstate",
    "boeing",
    "airbus",
    "model",
    "article",
    "section",
    "chapter",
    "page",
    "pages",
    "code",
    "rule",
    "resolution",
    "version",
    "bill",
    "act",
    "unit",
    "suite",
    "apt",
    "box",
    "lot",
    "gate",
    "bus",
    "exit",
    "mile",
    "district",
    "precinct",
    "platform",
    "terminal",
    "iso",
    "standard",
    "kirin",
    "snapdragon",
    "mate",
    "pixel",
    "galaxy",
    "core",
    "ryzen",
    "rtx",
    "gtx",
    "series",
    "windows",
    "office",
    "cve",
    "fr",
    "usc",
    "cfr",
    "part",
    "item",
    "form",
    "line",
    "level",
    "channel",
    "track",
    "pier",
    "road",
    "street",
    "avenue",
    "st",
    "ave",
    "el",
    "dow",
    "nasdaq",
    "s&p",
    "index",
];

/// The words after which a day of the month listed with another stands
/// alone ("on October 5 and 6 in Paris"; see `listed_day`).
pub(super) const AFTER_LISTED_DAY: &[&str] = &[
    "to", "in", "at", "for", "when", "and", "or", "this", "next", "last", "that",
];

/// Words of quantity before a bare number: a count when a noun follows
/// ("over 1500 people", "some 2000 delegates"), a year when the clause
/// goes on or ends ("up 20 per cent over 1993 and", "not since about
/// 2005.").
const QUANTITY_BEFORE: &[&str] = &[
    "over", "about", "some", "nearly", "almost", "than", "only", "just",
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

/// Words before a bare number that make it likely a year.
const YEAR_CONTEXT: &[&str] = &[
    "in", "into", "since", "by", "until", "till", "of", "from", "during", "before", "after",
    "through", "year", "fiscal", "early", "late", "mid", "around", "circa", "between", "and", "to",
    "the", "its", "their", "his", "her", "our", "this", "that", "for", "on", "spring", "summer",
    "fall", "autumn", "winter",
];

/// Whether a calendar-date rule (see [`Parser::dates`]) may open with
/// keyword `k`. Of the keywords, the rules read at their start only: "the"
/// (most of them); a direction word, through `Parser::dir_at` ("last",
/// "past", "next", "coming", "this", "that": weekdays, seasons, holidays);
/// a modifier of a period, through `Parser::period_mod` ("early", "late",
/// "mid", "end": decades, centuries, seasons; "early"/"late" also open "the
/// early May bank holiday"); a year of its own, through `Parser::year_ref`
/// ("previous", "current": "this year's third quarter"); "fiscal" and "FY"
/// (years, quarters, halves), "Q" (quarters), "H" (halves); and, as the
/// words of a holiday's name, "Christmas" and "mid" ("Mid-Autumn
/// Festival"; see `Parser::holiday_words`). Every other keyword is read by
/// no rule there before something else it needs at that token, so it opens
/// no date.
fn opens_date(k: Kw) -> bool {
    matches!(
        k,
        Kw::The
            | Kw::Last
            | Kw::Past
            | Kw::Next
            | Kw::Coming
            | Kw::This
            | Kw::That
            | Kw::Early
            | Kw::Late
            | Kw::Mid
            | Kw::End
            | Kw::Previous
            | Kw::Current
            | Kw::Fiscal
            | Kw::Fy
            | Kw::Q
            | Kw::H
            | Kw::Christmas
    )
}

impl<'t> Parser<'t> {
    /// Every calendar-date rule, in the order ties are settled in (the
    /// later rule wins). (A constant, so `dates` borrows it rather than
    /// building it at every start.)
    const DATE_RULES: [Rule<'t>; 17] = [
        Self::weekday_date,
        Self::calendar_date,
        Self::numeric_date,
        Self::year_expr,
        Self::decade,
        Self::century,
        Self::quarter,
        Self::half,
        Self::season,
        Self::holiday,
        Self::spoken_year,
        Self::short_period,
        Self::week_ending,
        Self::bare_ordinal_day,
        Self::nth_weekday,
        Self::month_of,
        Self::listed_day,
    ];

    /// All calendar-date rules; the longest match at `i`.
    pub(super) fn dates(&self, i: usize) -> Option<Match> {
        let rules: &[Rule<'_>] = match self.lex(i) {
            // Most starts are keywords ("now", "about", "at",
            // "previously"), and few of them open a date (see
            // `opens_date`).
            Some(Lex::Kw(k)) if !opens_date(k) => return None,
            // A weekday opens only its date ("Friday, Nov. 3"), and a
            // month only a date in it ("Nov. 16", "May 2023"), a quarter
            // or half named by it ("March-quarter") or a holiday ("May
            // Day", "July Fourth", "August bank holiday"). Every other
            // rule reads its first token as a number, an ordinal or number
            // word, a keyword, a season, a unit or a word the lexicon does
            // not know, each turning a weekday or a month away: `dir_at`,
            // `period_mod`, `ordinal_at`, `day_word_at` and `year_at` take
            // neither, and the holiday's words take no weekday.
            Some(Lex::Weekday { .. }) => &[Self::weekday_date],
            Some(Lex::Month { .. }) => &[Self::calendar_date, Self::quarter, Self::holiday],
            _ => &Self::DATE_RULES,
        };
        // (Those kept for a weekday or a month stay in the order of the
        // full list: on a tie the later rule wins.)
        self.longest(i, rules, |_| true)
    }

    /// A day of the month listed with another that carries the month:
    /// the "6" of "on October 5 and 6" and the "5" of "on 5 and 6
    /// October". The listed number must be a later day for the first and
    /// an earlier one for the second, and stand alone ("Oct. 5 and 6
    /// percent" is a share, "5 and 6 October" needs its month right
    /// after).
    fn listed_day(&self, i: usize) -> Option<Match> {
        let (day, k) = self.day_at(i)?;
        if k != i + 1 {
            return None;
        }
        let joined = |j: usize| self.kw_any(j, &[Kw::And, Kw::Or]).is_some();
        // "5 and 6 October": the month comes after the second day.
        if joined(k)
            && let Some((later, m)) = self.day_at(k + 1)
            && m == k + 2
            && later > day
            && let Some((month, _, _)) = self.month_at(m)
        {
            let dir = Dir::Tense;
            return Some(date(k, Val::MonthDay { month, day, dir }));
        }
        // "October 5 and 6": the month comes before the first day.
        if i < 3 || !joined(i - 1) {
            return None;
        }
        let (earlier, e) = self.day_at(i - 2)?;
        if e != i - 1 || earlier >= day {
            return None;
        }
        let (month, _, _) = (i.saturating_sub(5)..i - 2)
            .rev()
            .find_map(|m| self.month_at(m).filter(|&(_, _, j)| j == i - 2))?;
        let stands_alone = self.tok(k).is_none_or(|t| match t.kind {
            Kind::Punct(c) => c != '%',
            Kind::Word => !t.cap && self.unit(k).is_none() && self.word_in(k, AFTER_LISTED_DAY),
            Kind::Num => false,
        });
        stands_alone.then(|| self.finish_day(month, day, k))
    }

    /// "the month of September": the month, named at length.
    fn month_of(&self, i: usize) -> Option<Match> {
        if !(self.kw(i, Kw::The)
            && self.unit(i + 1) == Some((Unit::Month, false))
            && self.kw(i + 2, Kw::Of)
            && matches!(self.lex(i + 3), Some(Lex::Month { .. })))
        {
            return None;
        }
        self.dates(i + 3)
            .filter(|m| m.modifier.is_none() && matches!(m.val, Val::Month { .. } | Val::Abs(_)))
    }

    /// "the first Monday in October", "the last Thursday of November
    /// 2023": a weekday counted within a month.
    fn nth_weekday(&self, i: usize) -> Option<Match> {
        let j = if self.kw(i, Kw::The) { i + 1 } else { i };
        let n: i8 = match self.lex(j)? {
            Lex::Ordinal(n @ 1..=4) => i8::try_from(n).ok()?,
            Lex::Kw(Kw::Last) => -1,
            _ => return None,
        };
        let Lex::Weekday { day, plural: false } = self.lex(j + 1)? else {
            return None;
        };
        if !self.kw(j + 2, Kw::In) && !self.kw(j + 2, Kw::Of) {
            return None;
        }
        let month = self.dates(j + 3).filter(|m| {
            m.modifier.is_none()
                && match &m.val {
                    Val::Month { .. } => true,
                    Val::Abs(p) => p.gran == Gran::Month,
                    _ => false,
                }
        })?;
        let val = Val::NthWeekday {
            n,
            day,
            month: Box::new(month.val),
        };
        Some(date(month.end, val).with_weekday(day))
    }

    /// A year read out in broadcast transcripts: "nineteen ninety-six",
    /// "nineteen-eighty", "eighteen sixty-five", "twenty fifteen". Nobody
    /// counts "nineteen ninety-six" things, so the pair is a year unless a
    /// unit or a compound follows ("nineteen ninety-six days", "twenty
    /// ten-minute breaks" stay numbers).
    fn spoken_year(&self, i: usize) -> Option<Match> {
        if !matches!(self.lex(i)?, Lex::NumWord(18..=20)) || self.number_preceded(i) {
            return None;
        }
        let (y, j) = self.spelled_year(i)?;
        if matches!(self.lex(j), Some(Lex::Unit { .. } | Lex::NumWord(_))) || self.hyphen(j) {
            return None;
        }
        let p = Point::containing(Gran::Year, ymd(y, 1, 1)?)?;
        Some(date(j, Val::Abs(p)))
    }

    /// A month name at `i` (dot skipped after an abbreviation).
    pub(crate) fn month_at(&self, i: usize) -> Option<(u8, bool, usize)> {
        let t = self.tok(i)?;
        let Lex::Month { month, abbr } = t.lex else {
            return None;
        };
        if !t.cap {
            return None;
        }
        let next = if abbr { self.skip_dot(i + 1) } else { i + 1 };
        // "Sept." style abbreviations with an unexpected trailing word glued.
        Some((month, abbr, next))
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

    /// A year at `i`: "2023", "'98", "nineteen ninety-six", "two thousand".
    pub(crate) fn year_at(&self, i: usize) -> Option<(i32, usize)> {
        if let Some((v, digits)) = self.num(i) {
            if digits == 4 && (1000..=2199).contains(&v) && !self.number_continues(i + 1) {
                return Some((i32::try_from(v).ok()?, i + 1));
            }
            return None;
        }
        if (self.punct(i, '\'') || self.punct(i, '\u{2019}'))
            && self.glued(i + 1)
            && let Some((v, 2)) = self.num(i + 1)
            && !self.number_continues(i + 2)
        {
            return Some((self.full_year(i32::try_from(v).ok()?), i + 2));
        }
        self.spelled_year(i)
    }

    /// The year a year cut to two digits (`v`, 0..=99) names: the one
    /// from 89 years before the document's year to 10 after it ("the
    /// flood of '37", written in 1987, is 1937; "the class of '95",
    /// written in 1987, is 1995); without a document date, 1941-2040.
    fn full_year(&self, v: i32) -> i32 {
        let Some(doc) = self.doc_year else {
            return if v <= 40 { 2000 + v } else { 1900 + v };
        };
        let y = doc - doc.rem_euclid(100) + v;
        // (Never outside the four digits a value may have, whatever the
        // document's year.)
        if y > doc + 10 && y >= 100 {
            y - 100
        } else if y <= doc - 90 && y + 100 <= 9999 {
            y + 100
        } else {
            y
        }
    }

    /// Whether an apostrophe at `i` starts a year cut to two digits that
    /// stands alone: "joined in '98", "the class of ’03". The apostrophe
    /// is an elision mark only at the start of a word, so one glued to a
    /// number before it ("6'2\"", feet and inches) is not; a closing
    /// quote right after the digits makes a quoted number ("'42'"), and a
    /// word glued after them is another form ("'90s", a decade).
    fn short_year_alone(&self, i: usize) -> bool {
        if !(self.punct(i, '\'') || self.punct(i, '\u{2019}'))
            || !self.glued(i + 1)
            || !matches!(self.num(i + 1), Some((_, 2)))
        {
            return false;
        }
        let opens = i == 0
            || !self.glued(i)
            || self.tok(i - 1).is_some_and(|p| {
                matches!(
                    p.kind,
                    Kind::Punct('(' | '[' | '"' | '\u{201c}' | '-' | '\u{2013}' | '\u{2014}' | '/')
                )
            });
        let closed = self.glued(i + 2)
            && self.tok(i + 2).is_some_and(|t| {
                t.kind == Kind::Word || t.is_punct('\'') || t.is_punct('\u{2019}')
            });
        opens && !closed
    }

    /// "nineteen ninety-six", "two thousand (and) three".
    fn spelled_year(&self, i: usize) -> Option<(i32, usize)> {
        match self.lex(i)? {
            Lex::NumWord(c @ 18..=20) => {
                let k = if self.hyphen(i + 1) { i + 2 } else { i + 1 };
                let (rest, j) = self.small_number_words(k)?;
                if (10..=99).contains(&rest) {
                    return Some((i32::try_from(c * 100 + rest).ok()?, j));
                }
                None
            }
            Lex::NumWord(2) if self.kw(i + 1, Kw::Thousand) => {
                let mut j = i + 2;
                if self.kw(j, Kw::And) {
                    j += 1;
                }
                if let Some((rest, k)) = self.small_number_words(j)
                    && rest < 100
                {
                    return Some((2000 + i32::try_from(rest).ok()?, k));
                }
                Some((2000, i + 2))
            }
            _ => None,
        }
    }

    /// A number 1..=99 written in words ("ninety-six", "twenty four").
    pub(crate) fn small_number_words(&self, i: usize) -> Option<(u32, usize)> {
        let Lex::NumWord(a) = self.lex(i)? else {
            return None;
        };
        if a >= 20 && a % 10 == 0 && a < 100 {
            let mut j = i + 1;
            if self.hyphen(j) {
                j += 1;
            }
            if let Some(Lex::NumWord(b)) = self.lex(j)
                && (1..=9).contains(&b)
            {
                return Some((a + b, j + 1));
            }
        }
        (a < 100).then_some((a, i + 1))
    }

    /// Month-first and day-first dates, month-year and bare months.
    fn calendar_date(&self, i: usize) -> Option<Match> {
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
            if let Some((day, k)) = self.day_at(j).or_else(|| self.day_word_after_month(j)) {
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
            if self.kw(j, Kw::Of)
                && self.kw(j + 1, Kw::That)
                && self.unit(j + 2) == Some((Unit::Year, false))
            {
                let dir = Dir::That;
                return Some(date(j + 3, Val::Month { month, dir }));
            }
            // A bare month name needs context: "May" and "March" are also words.
            let dotted = abbr && j > i + 1;
            if abbr && !dotted {
                return None;
            }
            if !self.bare_month_ok(i, month) {
                return None;
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
        let noun_follows = self.hyphen(k)
            || self.unit(k).is_some()
            || self.kw(k, Kw::Half)
            || self.tok(k).is_some_and(|t| t.kind == Kind::Word && !t.cap)
                && self.word_in(k, ORDINAL_NOUNS);
        (!noun_follows).then_some((day, k))
    }

    /// A day of the month named by its ordinal alone: "on the 28th", "by
    /// the 31st", "the 28th of this month", "the 3rd of next month". Bare,
    /// it is the day of the document's month, and only where a day is
    /// expected: after a preposition of time and before punctuation or a
    /// joining word. An ordinal before a noun counts the noun ("the 28th
    /// president", "the 31st floor", "the 21st century").
    fn bare_ordinal_day(&self, i: usize) -> Option<Match> {
        if !self.kw(i, Kw::The) {
            return None;
        }
        let (day, k) = self.numbered_day(i + 1)?;
        // "the 28th of this month", "the 3rd of next month"
        if self.kw(k, Kw::Of)
            && let Some((dir, m)) = self.dir_at(k + 1)
            && dir != Dir::That
            && self.unit(m) == Some((Unit::Month, false))
        {
            let months = match dir {
                Dir::Last => -1,
                Dir::Next => 1,
                _ => 0,
            };
            return Some(date(
                m + 1,
                Val::DayOfMonth {
                    day,
                    months: Some(months),
                },
            ));
        }
        let after_prep = i > 0
            && self.word_in(
                i - 1,
                &[
                    "on", "by", "until", "till", "from", "before", "after", "since", "through",
                    "to",
                ],
            );
        let ends = self.tok(k).is_none_or(|t| match t.kind {
            Kind::Punct(_) => true,
            Kind::Word => {
                !t.cap
                    && self.word_in(
                        k,
                        &[
                            "and", "or", "to", "through", "until", "till", "at", "when", "but",
                        ],
                    )
            }
            Kind::Num => false,
        });
        (after_prep && ends).then(|| date(k, Val::DayOfMonth { day, months: None }))
    }

    /// A day of the month written as a number with its ordinal suffix at
    /// `i` ("16th", "21st"): the day and the index after it.
    fn numbered_day(&self, i: usize) -> Option<(u8, usize)> {
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

    /// Whether a month name standing alone at `i` is a month.
    fn bare_month_ok(&self, i: usize, month: u8) -> bool {
        let prev_ok = i > 0
            && self.word_in(
                i - 1,
                &[
                    "in",
                    "since",
                    "until",
                    "till",
                    "by",
                    "of",
                    "last",
                    "next",
                    "this",
                    "early",
                    "late",
                    "mid",
                    "from",
                    "through",
                    "to",
                    "before",
                    "after",
                    "during",
                    "between",
                    "and",
                    "or",
                    "that",
                    "each",
                    "every",
                    "late-",
                    "-",
                    "on",
                    "throughout",
                    // "would spend March and April touring"
                    "spend",
                    "spends",
                    "spent",
                    "spending",
                ],
            );
        // "GDP figures for May are published", "scheduled for March": not
        // "voted for May", "called for March organizers".
        let for_month = i > 1
            && self.word_is(i - 1, "for")
            && self.word_in(
                i - 2,
                &[
                    "figures",
                    "data",
                    "numbers",
                    "sales",
                    "results",
                    "statistics",
                    "inflation",
                    "output",
                    "payrolls",
                    "forecast",
                    "estimate",
                    "estimates",
                    "report",
                    "scheduled",
                    "planned",
                    "set",
                    "slated",
                    // "had been promised for May", "the trade surplus for
                    // March"
                    "promised",
                    "due",
                    "surplus",
                    "deficit",
                    // "the national jobless rate for March", "housing
                    // starts for May", "the contract for May sank"
                    "rate",
                    "starts",
                    "contract",
                ],
            );
        // "the March accession", "the May election": a month modifying a
        // noun ("the March on Washington", "the May of her youth" are not),
        // ... and after a possessive: "the cartel's March agreement", "at
        // its May meeting".
        let modifies = i > 0
            && (self.word_is(i - 1, "the")
                || self.possessive(i - 1)
                || self.word_is(i - 1, "s") && !self.glued(i))
            && self
                .tok(i + 1)
                .is_some_and(|t| t.kind == Kind::Word && !t.cap)
            && !self.word_in(i + 1, &["of", "on", "to", "for", "from", "in", "and"]);
        // "crude for May delivery", "the March futures contract", "the
        // June WTI contract", "Board of Trade March wheat".
        let contract = self
            .tok(i)
            .is_some_and(|t| context::delivery_month(self.text, t.start, t.end));
        // Weather records: "the sunniest March on record", "a drier than
        // average May", "its highest May reading".
        let described = i > 1
            && (self.word(i - 1).ends_with("est")
                && (self.word_in(i - 2, &["the", "a"]) || self.possessive(i - 2))
                || self.word_in(i - 1, &["average", "usual", "normal"])
                    && self.word_is(i - 2, "than"));
        // "jailed as recently as May", "as early as March".
        let as_early = i > 1
            && self.word_is(i - 1, "as")
            && self.word_in(i - 2, &["recently", "early", "late", "soon", "far", "back"]);
        // "until at least May", "compared with March".
        let after_phrase = i > 1
            && (self.word_is(i - 1, "least") && self.word_is(i - 2, "at")
                || self.word_is(i - 1, "with") && self.word_is(i - 2, "compared"));
        // "will report May sales tomorrow", "March exports rose", "March
        // retail sales": a capitalised month before a noun of figures.
        let figures_after = self.tok(i).is_some_and(|t| {
            t.cap && (self.word_is(i + 1, "results") || context::figures_month(self.text, t.end))
        });
        match month {
            5 | 3 => {
                // "Trump and May met", but "in April and May", "in
                // February, May and August".
                let listed = i > 1 && self.month_at(i - 2).is_some();
                (prev_ok
                    || for_month
                    || figures_after
                    || modifies
                    || contract
                    || described
                    || as_early
                    || after_phrase
                    || listed
                        && self.punct(i - 1, ',')
                        && (self.punct(i + 1, ',') || self.word_in(i + 1, &["and", "or"]))
                        && self.month_at(i + 2).is_some())
                    && !(i > 0 && self.word_is(i - 1, "and") && month == 5 && !listed)
            }
            _ => {
                // Sentence-initial capitals still count; a month name as part
                // of a proper name ("August Wilson") is followed by a capital.
                // (Not in a line of capitals, "JUDGE SETS JANUARY TRIAL",
                // unless the month is also a first name, "AUGUST WILSON";
                // nor the capital opening the next line.)
                let shouted = |k: usize| {
                    self.tok(k).is_some_and(|t| {
                        self.text[t.start..t.end]
                            .bytes()
                            .all(|b| !b.is_ascii_lowercase())
                    })
                };
                // (A first name is no date set or named for an event:
                // "JUDGE SETS APRIL TRIAL", "LAWMAKERS SET JUNE VOTE",
                // "RESORTS BRACE FOR RECORD AUGUST".)
                let named_first = matches!(month, 4 | 6 | 8)
                    && !(i > 0
                        && self.word_in(
                            i - 1,
                            &[
                                "set",
                                "sets",
                                "schedules",
                                "plans",
                                "eyes",
                                "targets",
                                "record",
                            ],
                        ))
                    && !self.word_in(
                        i + 1,
                        &[
                            "trial", "vote", "hearing", "election", "poll", "launch", "release",
                            "deadline", "summit", "talks", "strike", "opening", "start",
                        ],
                    );
                let next_cap = self.tok(i + 1).is_some_and(|t| {
                    t.kind == Kind::Word
                        && t.cap
                        && t.gap
                        && !(shouted(i) && shouted(i + 1) && !named_first)
                        && self
                            .tok(i)
                            .is_some_and(|m| !self.text[m.end..t.start].contains('\n'))
                });
                prev_ok || !next_cap || contract
            }
        }
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
        // "the Sept. 11 attacks": news names the 2001 attacks by their day
        // alone, years after them.
        if (month, day) == (9, 11)
            && self.word_in(k, &["attack", "attacks"])
            && let Some(p) = ymd(2001, 9, 11).and_then(|d| Point::containing(Gran::Day, d))
        {
            return date(k, Val::Abs(p));
        }
        // "3 December last year", "July 1 next year": that day of the
        // month in the year named.
        if let Some((YearRef::Rel(n), end)) = self.year_ref(k)
            && !self.kw(k, Kw::The)
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
        let of = k + usize::from(self.kw(k, Kw::Of));
        if self.kw(of, Kw::That) && self.unit(of + 1) == Some((Unit::Year, false)) {
            return date(
                of + 2,
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

    /// A weekday followed by a date: "Wednesday, Nov. 16", "Thursday (Nov
    /// 16)", "Tues., March 5", "Wed 6 March", and with a direction word
    /// before it, "this coming Sunday, March 8": the weekday and the
    /// direction only confirm the date, so they join its span.
    fn weekday_date(&self, i: usize) -> Option<Match> {
        // "on bank holiday Monday" (British and Irish): that Monday.
        if self.bank_holiday_weekday(i) {
            return self.weekday_date(i + 2).or_else(|| self.weekday(i + 2));
        }
        let (dir, i) = match self.dir_at(i) {
            Some((d, k)) => (Some(d), k),
            None => (None, i),
        };
        let (wd, mut j) = match self.lex(i)? {
            Lex::Weekday { day, plural: false } => (day, i + 1),
            _ => self.weekday_abbr(i)?,
        };
        let paren = self.punct(j, '(');
        if paren || self.punct(j, ',') {
            j += 1;
        }
        // "Sat 8th", "Sunday the 16th": the day of the month nearest the
        // document's that falls on that weekday.
        if !paren {
            let the = self.kw(j, Kw::The);
            let k = j + usize::from(the);
            // "Tuesday the seventh", "Friday the twenty-first" in words.
            // Not "on Sunday the first time".
            let in_words = || {
                let (d, end) = self.ordinal_at(k)?;
                let d = u8::try_from(d).ok().filter(|d| (1..=31).contains(d))?;
                let ends = self
                    .tok(end)
                    .is_none_or(|t| matches!(t.kind, Kind::Punct(_)))
                    || self.word_in(
                        end,
                        &["and", "or", "at", "when", "to", "for", "from", "until"],
                    );
                (the && ends).then_some((d, end))
            };
            // "Friday the 21st of February" is a date with its month.
            if let Some((day, end)) = self
                .numbered_day(k)
                .or_else(in_words)
                .filter(|&(_, end)| !self.kw(end, Kw::Of))
            {
                return Some(Match {
                    weekday: Some(wd),
                    ..date(end, Val::WeekdayOfMonth { weekday: wd, day })
                });
            }
        }
        let m = self.calendar_date(j).or_else(|| self.numeric_date(j))?;
        // A day, also in a year named relatively ("Sunday 27 April this
        // year").
        if !matches!(
            m.val,
            Val::Abs(Point {
                gran: Gran::Day,
                ..
            }) | Val::MonthDay { .. }
                | Val::Containing {
                    gran: Gran::Day,
                    ..
                }
        ) {
            return None;
        }
        let mut end = m.end;
        if paren {
            if !self.punct(end, ')') {
                return None;
            }
            end += 1;
        }
        // "next Tuesday, March 5": the direction picks among the years
        // the month and day could fall in.
        let val = match (m.val, dir) {
            (Val::MonthDay { month, day, .. }, Some(d @ (Dir::Last | Dir::Next | Dir::Coming))) => {
                Val::MonthDay { month, day, dir: d }
            }
            (v, _) => v,
        };
        Some(Match {
            end,
            val,
            weekday: Some(wd),
            ..m
        })
    }

    /// A capitalised weekday abbreviation of datelines and listings at `i`
    /// ("Tues.", "Wed", "Thu."): the day and the index after it (and after
    /// its dot). "Sun", "Sat", "Wed" and "Mon" are also ordinary words, so
    /// [`Parser::weekday_date`] takes one only right before a date.
    pub(super) fn weekday_abbr(&self, i: usize) -> Option<(u8, usize)> {
        let t = self.tok(i)?;
        if t.kind != Kind::Word || !t.cap || !matches!(t.lex, Lex::Other) {
            return None;
        }
        // Compared in place: this runs for every capitalised word.
        const ABBR: &[(&str, u8)] = &[
            ("mon", 1),
            ("tue", 2),
            ("tues", 2),
            ("wed", 3),
            ("thu", 4),
            ("thur", 4),
            ("thurs", 4),
            ("fri", 5),
            ("sat", 6),
            ("sun", 7),
        ];
        let w = self.word(i);
        if w.len() > 5 {
            return None;
        }
        let &(_, day) = ABBR.iter().find(|(a, _)| a.eq_ignore_ascii_case(w))?;
        Some((day, self.skip_dot(i + 1)))
    }

    /// ISO (2023-11-16), US (11/16/2023) and dotted European (16.11.2023) dates.
    fn numeric_date(&self, i: usize) -> Option<Match> {
        let (a, da) = self.num(i)?;
        let sep = match self.tok(i + 1)?.kind {
            Kind::Punct(c @ ('-' | '/' | '.')) => c,
            _ => return None,
        };
        if !self.glued(i + 1)
            || !self.glued(i + 2)
            || !self.punct(i + 3, sep)
            || !self.glued(i + 3)
            || !self.glued(i + 4)
        {
            return None;
        }
        let (b, db) = self.num(i + 2)?;
        let (c, dc) = self.num(i + 4)?;
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
        } else if sep != '-' && da <= 2 && db <= 2 && (dc == 4 || dc == 2) {
            let y = if dc == 2 {
                if c <= 40 { 2000 + c } else { 1900 + c }
            } else {
                c
            };
            if sep == '.' || a > 12 {
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

    /// Years: "2023", "fiscal 2023", "FY2023", "the year 2000", "'98".
    fn year_expr(&self, i: usize) -> Option<Match> {
        // Every form opens with a number, an apostrophe, a number word,
        // "the", "fiscal", "FY" or one of the words below; most words
        // asked here are none of these.
        if self.tok(i).is_some_and(|t| {
            t.kind == Kind::Word
                && !matches!(
                    t.lex,
                    Lex::NumWord(_) | Lex::Kw(Kw::The | Kw::Fiscal | Kw::Fy)
                )
        }) && !self.word_in(i, &["pre", "post", "calendar", "full"])
        {
            return None;
        }
        if self.short_year_alone(i)
            && let Some((y, e)) = self.year_at(i)
        {
            let p = Point::containing(Gran::Year, ymd(y, 1, 1)?)?;
            return Some(date(e, Val::Abs(p)));
        }
        // "post-1959 politics", "pre-2008 rules"
        if self.word_in(i, &["pre", "post"])
            && self.hyphen(i + 1)
            && self.glued(i + 1)
            && self.glued(i + 2)
            && let Some((v, 4)) = self.num(i + 2)
            && (1000..=2099).contains(&v)
            && !self.number_continues(i + 3)
        {
            let p = Point::containing(Gran::Year, ymd(i32::try_from(v).ok()?, 1, 1)?)?;
            let md = if self.word_is(i, "pre") {
                "BEFORE"
            } else {
                "AFTER"
            };
            return Some(date(i + 3, Val::Abs(p)).with_mod(md));
        }
        // "calendar 2023", "calendar year 2023", "full-year 2022": the
        // word says which kind of year, as "fiscal" does.
        let year_unit = |k: usize| self.unit(k) == Some((Unit::Year, false));
        let lead = if self.word_is(i, "calendar") {
            Some(if year_unit(i + 1) { i + 2 } else { i + 1 })
        } else if self.word_is(i, "full") && self.hyphen(i + 1) && year_unit(i + 2) {
            Some(i + 3)
        } else {
            None
        };
        if let Some(j) = lead
            && let Some((v, 4)) = self.num(j)
            && (1900..=2099).contains(&v)
            && !self.number_continues(j + 1)
        {
            let p = Point::containing(Gran::Year, ymd(i32::try_from(v).ok()?, 1, 1)?)?;
            return Some(date(j + 1, Val::Abs(p)));
        }
        // fiscal 1989 / fiscal year 1989 / FY2023 / FY 2023
        if self.kw(i, Kw::Fiscal) || self.kw(i, Kw::Fy) {
            let mut j = i + 1;
            if self.kw(i, Kw::Fiscal) && self.unit(j) == Some((Unit::Year, false)) {
                j += 1;
            }
            if let Some((v, 4)) = self.num(j)
                && (1900..=2099).contains(&v)
                && !self.number_continues(j + 1)
            {
                let p = Point::containing(Gran::Year, ymd(i32::try_from(v).ok()?, 1, 1)?)?;
                return Some(date(j + 1, Val::Abs(p)));
            }
            // "FY24": two digits glued to FY, years 1970-2069.
            if self.kw(i, Kw::Fy)
                && self.glued(j)
                && let Some((v, 2)) = self.num(j)
                && !self.number_continues(j + 1)
            {
                let y = if v < 70 { 2000 + v } else { 1900 + v };
                let p = Point::containing(Gran::Year, ymd(i32::try_from(y).ok()?, 1, 1)?)?;
                return Some(date(j + 1, Val::Abs(p)));
            }
            return None;
        }
        if self.kw(i, Kw::The) && self.unit(i + 1) == Some((Unit::Year, false)) {
            let (y, e) = self.year_at(i + 2)?;
            let p = Point::containing(Gran::Year, ymd(y, 1, 1)?)?;
            return Some(date(e, Val::Abs(p)));
        }
        if let Some((y, e)) = self.spelled_year(i) {
            // Spelled years only where a year is expected.
            if y < 2000 || i > 0 && self.word_in(i - 1, &["in", "since", "of", "until", "by"]) {
                let p = Point::containing(Gran::Year, ymd(y, 1, 1)?)?;
                return Some(date(e, Val::Abs(p)));
            }
            return None;
        }
        let (v, digits) = self.num(i)?;
        if digits != 4 || self.number_continues(i + 1) || self.number_preceded(i) {
            return None;
        }
        let prev_year_ctx = i > 0 && self.word_in(i - 1, YEAR_CONTEXT);
        let range = if prev_year_ctx {
            1000..=2199
        } else {
            1900..=2099
        };
        if !range.contains(&v) {
            return None;
        }
        if i > 0 && self.word_in(i - 1, NOT_YEAR_BEFORE) {
            return None;
        }
        // "No. 1987 Westchester Avenue", "the helpline, 1916,": a number
        // after its label and a dot or comma.
        if i >= 2
            && matches!(
                self.tok(i - 1).map(|t| t.kind),
                Some(Kind::Punct('.' | ','))
            )
            && self.word_in(i - 2, &["no", "nos", "helpline", "hotline", "number"])
        {
            return None;
        }
        // "+39 02 8088 2026": the last group of a telephone number; "1800
        // 333 000": the first.
        if i >= 2 && self.num(i - 1).is_some() && self.num(i - 2).is_some()
            || self
                .tok(i + 1)
                .is_some_and(|n| n.gap && n.kind == Kind::Num && n.digits == 3)
        {
            return None;
        }
        // "2003 UB313": a catalogue designation, capitals glued to digits.
        if self
            .tok(i + 1)
            .is_some_and(|n| n.gap && n.upper && n.kind == Kind::Word)
            && self
                .tok(i + 2)
                .is_some_and(|n| !n.gap && n.kind == Kind::Num)
        {
            return None;
        }
        if i > 0
            && self.word_in(i - 1, QUANTITY_BEFORE)
            && self.tok(i + 1).is_some_and(|n| {
                n.kind == Kind::Word
                    && !self.word_in(
                        i + 1,
                        &[
                            "and", "or", "but", "when", "as", "have", "has", "had", "was", "were",
                            "is", "are",
                        ],
                    )
            })
        {
            return None;
        }
        // "H.R. 2023", "S. 1998": bill numbers.
        if i >= 2
            && self.punct(i - 1, '.')
            && self
                .tok(i - 2)
                .is_some_and(|t| t.kind == Kind::Word && t.end - t.start == 1)
        {
            return None;
        }
        // "Orion 1980", "Vision 2030": a name with a number. (Not in a
        // headline in capitals, where every word is capitalised: "AUTO
        // INDUSTRY LIMPS INTO 1992", "STOCKS START 2006 WITH A BANG".)
        let caps_headline = |p: &Tok| {
            p.upper
                && p.end - p.start > 1
                && i >= 2
                && self
                    .tok(i - 2)
                    .is_some_and(|q| q.kind == Kind::Word && q.upper && q.end - q.start > 1)
        };
        if i > 0
            && let Some(p) = self.tok(i - 1)
            && p.kind == Kind::Word
            && p.cap
            && !prev_year_ctx
            && !caps_headline(p)
            && !matches!(p.lex, Lex::Month { .. } | Lex::Season(_) | Lex::Holiday(_))
            && !(i == 1
                || self
                    .tok(i - 2)
                    .is_some_and(|t| matches!(t.kind, Kind::Punct('.' | '"' | '(' | '\'' | ':'))))
        {
            return None;
        }
        // "2019 candidates": a count of things, unless a determiner or a
        // preposition makes it a year ("the 2019 candidates", "in 2019").
        if let Some(n) = self.tok(i + 1)
            && n.kind == Kind::Word
            && n.gap
            && !n.cap
        {
            let w = self.word(i + 1);
            // ("employs 1988 people": plurals without an s count too.)
            let plural = w.len() > 3 && w.ends_with('s') && !w.ends_with("ss")
                || self.word_in(i + 1, &["people", "men", "women", "children", "staff"]);
            let unitish = matches!(self.lex(i + 1), Some(Lex::Unit { .. }));
            // "compared with 2019 levels", "near 2008 highs", "expects 2016
            // sales of 17.5 million cars": what a year measured.
            let measured = self.word_in(
                i + 1,
                &[
                    "levels",
                    "highs",
                    "lows",
                    "prices",
                    "figures",
                    "results",
                    "earnings",
                    "profits",
                    "sales",
                    "totals",
                    "revenues",
                    "forecasts",
                ],
            );
            // ("the 1202 alarms", "the 1400 workers": a determiner before
            // a number so far back counts things; "the 1848 revolutions"
            // are a year's.)
            let determined = v < 1500
                && i > 0
                && self.word_in(
                    i - 1,
                    &["the", "its", "their", "his", "her", "our", "this", "that"],
                );
            let year_ctx = prev_year_ctx && !determined;
            if (plural || unitish) && !year_ctx && !measured && !self.kw(i + 1, Kw::Times) {
                return None;
            }
            // "Kickoff is at 2000 local time": a clock time.
            if self.word_is(i + 1, "local") && self.word_is(i + 2, "time") {
                return None;
            }
        }
        let p = Point::containing(Gran::Year, ymd(i32::try_from(v).ok()?, 1, 1)?)?;
        Some(date(i + 1, Val::Abs(p)))
    }

    /// Early/mid/late modifiers written before a period ("mid-", "early").
    /// Inlined, as the two readers below: most rules ask at their start.
    #[inline]
    pub(crate) fn period_mod(&self, i: usize) -> Option<(&'static str, usize)> {
        let m = match self.lex(i)? {
            Lex::Kw(Kw::Early) => "START",
            Lex::Kw(Kw::Late) => "END",
            Lex::Kw(Kw::Mid) => "MID",
            // "end-2024", "end-March" (only hyphenated: "end 2024" is not)
            Lex::Kw(Kw::End) if self.hyphen(i + 1) => "END",
            _ => return None,
        };
        // "arrived three weeks early this year", "collected a day late
        // this week", "went back too early this autumn": the adverb of the
        // verb, not the period's start. (After a period that is no amount,
        // "the 188th homicide of the year late Thursday", it is.)
        let amount = |k: usize| {
            self.num(k).is_some() || matches!(self.lex(k), Some(Lex::NumWord(_) | Lex::Kw(Kw::A)))
        };
        if matches!(m, "START" | "END")
            && i > 0
            && (self.word_in(i - 1, &["too", "so", "very", "unusually", "unseasonably"])
                || matches!(self.lex(i - 1), Some(Lex::Unit { .. })) && i > 1 && amount(i - 2))
        {
            return None;
        }
        let j = if self.hyphen(i + 1) { i + 2 } else { i + 1 };
        // "the early May bank holiday" is a name (see [`Parser::holiday`]).
        if self.word_is(j, "may") && self.word_is(j + 1, "bank") {
            return None;
        }
        Some((m, j))
    }

    /// Decades: "the 1990s", "the mid-1990s", "'90s", "the nineties".
    fn decade(&self, i: usize) -> Option<Match> {
        self.decade_in_list(i, 0)
    }

    /// A decade written as a word at `i` ("sixties"): its first year.
    /// Only the decades of living memory: "twenties" to "forties" are
    /// far more often ages and temperatures.
    pub(super) fn decade_word(&self, i: usize) -> Option<u32> {
        let t = self.tok(i)?;
        if t.kind != Kind::Word || !matches!(t.lex, Lex::Other) {
            return None;
        }
        // Compared in place: this runs for every word the lexicon does not know.
        const DECADES: &[(&str, u32)] = &[
            ("fifties", 1950),
            ("sixties", 1960),
            ("seventies", 1970),
            ("eighties", 1980),
            ("nineties", 1990),
        ];
        let w = self.word(i);
        if !(7..=9).contains(&w.len()) {
            return None;
        }
        DECADES
            .iter()
            .find(|(d, _)| d.eq_ignore_ascii_case(w))
            .map(|&(_, y)| y)
    }

    /// Whether a two-digit "30s" at `i` is an age ("in his mid-30s") or a
    /// temperature ("climbed from 48 degrees to the mid-60s"): after a
    /// possessive, or with a word of weather before it in its sentence.
    fn age_or_temperature(&self, i: usize) -> bool {
        if i > 0 && self.possessive(i - 1) {
            return true;
        }
        let Some(t) = self.tok(i) else {
            return false;
        };
        let sentence = crate::time::sentence::sentence_bounds(self.text, t.start, t.end).0;
        let mut from = t.start.saturating_sub(160).max(sentence);
        while !self.text.is_char_boundary(from) {
            from += 1;
        }
        let before = self.text[from..t.start].to_ascii_lowercase();
        [
            "temperature",
            "degrees",
            "highs",
            "lows",
            "temps",
            "fahrenheit",
            "freezing",
            "\u{b0}",
        ]
        .iter()
        .any(|w| before.contains(w))
    }

    /// Whether a decade starting at `i` continues a list of decades ("the
    /// sixties and seventies", "the 1980s and 90s", "the fifties,
    /// sixties"): the article of the first covers the rest. Without one,
    /// "in their sixties and seventies" are ages. `depth` bounds the walk
    /// back along the list.
    fn listed_decade(&self, i: usize, depth: u8) -> bool {
        if depth >= 4 || i < 2 {
            return false;
        }
        let joined = self.punct(i - 1, ',')
            || self
                .kw_any(i - 1, &[Kw::And, Kw::Or, Kw::To, Kw::Through])
                .is_some();
        joined
            && (i.saturating_sub(4)..i - 1).any(|s| {
                self.decade_in_list(s, depth + 1)
                    .is_some_and(|m| m.end == i - 1)
            })
    }

    /// [`Parser::decade`], `depth` items into a list.
    fn decade_in_list(&self, i: usize, depth: u8) -> Option<Match> {
        // Every form opens with a keyword ("the", "mid"), a number, an
        // apostrophe or a word as long as "sixties"; most words asked
        // here are none of these.
        if self.tok(i).is_some_and(|t| {
            t.kind == Kind::Word
                && !matches!(t.lex, Lex::Kw(_))
                && !(matches!(t.lex, Lex::Other) && (7..=9).contains(&(t.end - t.start)))
        }) {
            return None;
        }
        let mut j = i;
        let the = self.kw(j, Kw::The);
        if the {
            j += 1;
        }
        let mut modifier = None;
        if let Some((m, k)) = self.period_mod(j) {
            modifier = Some(m);
            j = k;
        }
        let (start, end) = if let Some((v, digits)) = self.num(j) {
            // "the early 1980's": the older spelling, only after "the" or a
            // modifier ("1980's boycott" is the year's).
            let apostrophe = (the || modifier.is_some())
                && (self.punct(j + 1, '\'') || self.punct(j + 1, '\u{2019}'))
                && self.glued(j + 1)
                && self.glued(j + 2)
                && self.word_is(j + 2, "s");
            if !(self.glued(j + 1) && self.word_is(j + 1, "s") || apostrophe)
                || self.number_preceded(j) && !self.hyphen(j - 1)
            {
                return None;
            }
            let j = j + usize::from(apostrophe);
            let y = match digits {
                4 if v % 10 == 0 && (1000..=2100).contains(&v) => v,
                2 if v % 10 == 0
                    && (the || modifier.is_some() || self.listed_decade(i, depth))
                    && !self.age_or_temperature(i) =>
                {
                    if v <= 10 {
                        2000 + v
                    } else {
                        1900 + v
                    }
                }
                _ => return None,
            };
            (y, j + 2)
        } else if (self.punct(j, '\'') || self.punct(j, '\u{2019}'))
            && self.glued(j + 1)
            && let Some((v, 2)) = self.num(j + 1)
            && v % 10 == 0
            && self.glued(j + 2)
            && self.word_is(j + 2, "s")
        {
            (if v <= 10 { 2000 + v } else { 1900 + v }, j + 3)
        } else if let Some(y) = self.decade_word(j)
            && (the || self.listed_decade(i, depth))
        {
            (y, j + 1)
        } else {
            return None;
        };
        // "the 1800s" is the century (nobody names the decade 1800-09 so);
        // "the 1900s" and "the 2000s" may be either, and stay decades.
        let gran = if start % 100 == 0 && start < 1900 {
            Gran::Century
        } else {
            Gran::Decade
        };
        let p = Point::containing(gran, ymd(i32::try_from(start).ok()?, 1, 1)?)?;
        let m = date(end, Val::Abs(p));
        Some(match modifier {
            Some(md) => m.with_mod(md),
            None => m,
        })
    }

    /// Centuries: "the 20th century", "the twenty-first century".
    fn century(&self, i: usize) -> Option<Match> {
        // Every form opens with a keyword ("the", "early"), a number, a
        // number word or an ordinal.
        if self.tok(i).is_some_and(|t| {
            t.kind == Kind::Word && !matches!(t.lex, Lex::Kw(_) | Lex::NumWord(_) | Lex::Ordinal(_))
        }) {
            return None;
        }
        let mut j = i;
        if self.kw(j, Kw::The) {
            j += 1;
        }
        let mut modifier = None;
        if let Some((m, k)) = self.period_mod(j) {
            modifier = Some(m);
            j = k;
        }
        let (n, k) = self.ordinal_at(j)?;
        let compound = self.hyphen(k);
        let k = if compound { k + 1 } else { k };
        if self.unit(k) != Some((Unit::Century, false)) || !(1..=30).contains(&n) {
            return None;
        }
        // "The 19th-century church": the article goes with the noun.
        if compound && j > i && self.tok(k + 1).is_some_and(|t| t.kind == Kind::Word) {
            return None;
        }
        let p = Point::containing(
            Gran::Century,
            ymd(i32::try_from((n - 1) * 100).ok()?, 1, 1)?,
        )?;
        let m = date(k + 1, Val::Abs(p));
        Some(match modifier {
            Some(md) => m.with_mod(md),
            None => m,
        })
    }

    /// Whether "bank holiday" and a weekday start at `i`.
    pub(crate) fn bank_holiday_weekday(&self, i: usize) -> bool {
        self.word_is(i, "bank")
            && self.word_is(i + 1, "holiday")
            && matches!(self.lex(i + 2), Some(Lex::Weekday { plural: false, .. }))
    }

    /// An ordinal: "third", "3rd", "twenty-first".
    #[inline]
    pub(crate) fn ordinal_at(&self, i: usize) -> Option<(u32, usize)> {
        match self.lex(i)? {
            Lex::Ordinal(n) if n != 99 => Some((n, i + 1)),
            Lex::NumWord(t) if t >= 20 && t % 10 == 0 && self.hyphen(i + 1) => {
                match self.lex(i + 2)? {
                    Lex::Ordinal(o) if o < 10 => Some((t + o, i + 3)),
                    _ => None,
                }
            }
            Lex::Ordinal(99) => None,
            _ => {
                let (v, d) = self.num(i)?;
                if d <= 2 && self.glued(i + 1) && self.word_in(i + 1, &["st", "nd", "rd", "th"]) {
                    Some((v, i + 2))
                } else {
                    None
                }
            }
        }
    }

    /// Direction words: "last", "next", "this", "this past", "this coming".
    #[inline]
    pub(crate) fn dir_at(&self, i: usize) -> Option<(Dir, usize)> {
        match self.lex(i)? {
            Lex::Kw(Kw::Last) | Lex::Kw(Kw::Past) => Some((Dir::Last, i + 1)),
            Lex::Kw(Kw::Next) => Some((Dir::Next, i + 1)),
            Lex::Kw(Kw::Coming) => Some((Dir::Coming, i + 1)),
            Lex::Kw(Kw::This) => match self.lex(i + 1)? {
                Lex::Kw(Kw::Past) => Some((Dir::Last, i + 2)),
                Lex::Kw(Kw::Coming) => Some((Dir::Coming, i + 2)),
                _ => Some((Dir::This, i + 1)),
            },
            Lex::Kw(Kw::That) if self.that_determiner(i) => Some((Dir::That, i + 1)),
            // "if the coming winter turns out cold", "over the past summer"
            Lex::Kw(Kw::The) => match self.lex(i + 1)? {
                Lex::Kw(Kw::Coming) => Some((Dir::Coming, i + 2)),
                Lex::Kw(Kw::Past) => Some((Dir::Last, i + 2)),
                _ => None,
            },
            _ => None,
        }
    }

    /// Whether the "that" at `i` points back to a time ("That summer, she
    /// left", "in that June", "appealed that June.") rather than opening
    /// a clause ("said that June sales rose", "prices that fall"): it
    /// opens its sentence, follows a preposition, or the one word after
    /// it ends the clause.
    pub(crate) fn that_determiner(&self, i: usize) -> bool {
        let clause_ends = self
            .tok(i + 2)
            .is_none_or(|t| matches!(t.kind, Kind::Punct('.' | ',' | ';' | ':' | ')')));
        i == 0
            // "was awarded the gold medal that spring."; "stocks that fall
            // and rise" and "avoid shares that fall." are the verb.
            || clause_ends
                && !(self.word_is(i + 1, "fall") && i > 0 && self.word(i - 1).ends_with('s'))
            // "won four Tony Awards that June and recouped", "told a Senate
            // committee that December that the fields were pumping flat out"
            || !self.word_in(i + 1, &["fall", "spring"])
                && self.word_in(i + 2, &["and", "but", "when", "that"])
            // "went public in 1983, and that December a magazine put him
            // on its cover": a new clause starts after the time (not
            // "said ... and that June sales rose").
            || self.word_in(i - 1, &["and", "but"])
                && self.word_in(
                    i + 2,
                    &[
                        "a", "an", "the", "he", "she", "it", "they", "we", "his", "her", "its",
                        "their",
                    ],
                )
            || ['.', ',', ';', '(', '"', '\u{201c}']
                .iter()
                .any(|&c| self.punct(i - 1, c))
            || self.word_in(
                i - 1,
                &[
                    "in",
                    "on",
                    "by",
                    "until",
                    "till",
                    "during",
                    "since",
                    "from",
                    "through",
                    "before",
                    "after",
                    "throughout",
                    "into",
                    "around",
                    "of",
                ],
            )
            // "remember that summer well", "was 11 that autumn and": a
            // season other than the verbs "fall" and "spring" is no
            // subject after "that" unless something was said or thought.
            || self.word_in(i + 1, &["summer", "winter", "autumn"])
                && !self.word_in(
                    i - 1,
                    &[
                        "said", "says", "say", "saying", "believe", "believes", "think",
                        "thinks", "thought", "know", "knew", "noted", "argued", "claimed",
                        "announced", "added", "warned", "hoped", "hopes", "so", "such",
                    ],
                )
    }

    /// Skips a possessive "'s" (or a bare "'" after a plural) at `i`.
    pub(crate) fn skip_poss(&self, i: usize) -> usize {
        if (self.punct(i, '\'') || self.punct(i, '\u{2019}')) && self.glued(i) {
            if self.glued(i + 1) && self.word_is(i + 1, "s") {
                return i + 2;
            }
            return i + 1;
        }
        i
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::time::grammar::tests::{each_start, table_sentences, words_before};

    /// What may follow a word that opens a date: dates, parts of one,
    /// periods, holidays and the words that go on a name.
    const AFTER: &[&str] = &[
        "Nov. 16, 2023",
        "16 November 2023",
        "2023",
        "2019-20",
        "-2020",
        "the 1990s",
        "1990s",
        "20th century",
        "century",
        "third quarter",
        "quarter of 2023",
        "half of 2023",
        "summer",
        "Christmas",
        "Day",
        "Monday",
        "week",
        "weekend",
        "month",
        "year",
        "of May",
        "May 5",
        "May Day",
        "fiscal 2024",
        "FY2024",
        "Q3",
        "H1",
        "new year",
        "Autumn Festival",
        "and 6 October",
        "5 and 6",
        "Sunday in May",
        "week ending Nov. 3",
        "year's third quarter",
        "year's first half",
    ];

    /// `dates` asks only some rules at a keyword, a weekday or a month
    /// (see `opens_date`): it must find there what all of them find, at
    /// those tokens of the table tests' sentences and at every keyword
    /// put in front of a date or a part of one.
    #[test]
    fn asking_fewer_rules_loses_nothing() {
        let texts = table_sentences()
            .into_iter()
            .chain(words_before(|lex| matches!(lex, Lex::Kw(_)), AFTER));
        let mut checked = 0;
        for text in texts {
            let at = |lex| matches!(lex, Lex::Kw(_) | Lex::Weekday { .. } | Lex::Month { .. });
            each_start(&text, at, |p, i| {
                let all = p.longest(i, &Parser::DATE_RULES, |_| true);
                assert_eq!(p.dates(i), all, "{text:?} at token {i}");
                checked += usize::from(all.is_some());
            });
        }
        // (The starts must include dates found, or the check says little.)
        assert!(
            checked > 1000,
            "dates found at the starts checked: {checked}"
        );
    }
}
