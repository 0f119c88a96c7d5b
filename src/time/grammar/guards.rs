//! The cheap checks [`Parser::parse`] makes before asking any rule:
//! whether an expression may start at a token at all (a number, an
//! article, a keyword or a capitalised word with what may follow it close
//! behind; nothing glued to the token before), with the word lists and
//! keyword classes they read.

use super::{Parser, dates, quantity};
use crate::time::lexicon::{Kw, Lex, PartOfDay, Unit};
use crate::time::token::Kind;

impl<'t> Parser<'t> {
    /// Whether one of the few tokens after `i`, in the same clause, is a
    /// number or a word the lexicon knows, other than an article, a
    /// joining word or a word that needs a time word itself.
    pub(super) fn time_word_ahead(&self, i: usize) -> bool {
        // Five words; the hyphens of a compound do not count ("a
        // two-and-a-half-hour parade").
        (i + 1..self.toks.len())
            .filter(|&j| !self.hyphen(j))
            .take(5)
            // No expression runs on past a comma, a colon or a bracket
            // between words ("the Saudi border, today"), nor into the
            // next sentence ("the king met Monday. The"); "2,500" and
            // "10:30" are one number.
            .take_while(|&j| {
                self.tok(j).is_none_or(|t| match t.kind {
                    Kind::Punct(',' | ';' | ':' | '(' | ')') => {
                        !t.gap && self.tok(j + 1).is_some_and(|n| !n.gap)
                    }
                    Kind::Punct('.') => self.tok(j + 1).is_none_or(|n| !n.gap || !n.cap),
                    _ => true,
                })
            })
            .any(|j| {
                self.tok(j).is_some_and(|t| match t.lex {
                    Lex::Other => {
                        t.kind == Kind::Num
                        // Lengths first: most words are no noun of time.
                        || (4..=7).contains(&(t.end - t.start)) && self.word_in(j, TIME_NOUNS)
                        || dates::DECADE_WORD_LEN.contains(&(t.end - t.start)) && self.decade_word(j).is_some()
                        || t.cap && self.weekday_abbr(j).is_some()
                        // (A holiday's name may be longer than the words
                        // looked at: "every St. Patrick's Day".)
                        || t.cap && self.holiday_words(j).is_some()
                        // ("the turn of the millennium", no unit of its own.)
                        || t.end - t.start == 10 && self.word_is(j, "millennium")
                    }
                    // Nor is a word that itself needs one ("the company
                    // said at the meeting").
                    Lex::Kw(k)
                        if needs_time_word(k)
                            || matches!(k, Kw::Of | Kw::And | Kw::Or | Kw::To) =>
                    {
                        false
                    }
                    _ => true,
                })
            })
    }

    /// Whether the token after the article at `i` ("the", "a", "an") can
    /// go on to an expression the article opens. Every rule that reads an
    /// article at its start reads the next token by its class: a number,
    /// an apostrophe ("the '90s") or a hyphen, a word the lexicon knows
    /// ("the past year", "the third quarter", "a few days", "the following
    /// spring", "the Christmas weekend", "a quarter past six"). The only
    /// plain words read there are read by their text: those listed below,
    /// a decade in words ("the sixties"), the first word of a holiday's
    /// name ("the Labor Day weekend", "the Chinese New Year") and the
    /// compound of "the strike-shortened week". Any other plain word ("the
    /// company", "a spokesman", "the Cuban government") opens nothing,
    /// however close a time word follows; and this is asked before all the
    /// rules are.
    pub(super) fn after_article(&self, i: usize) -> bool {
        let Some(t) = self.tok(i + 1) else {
            return false;
        };
        let j = i + 1;
        match t.kind {
            // Of punctuation, only what a year or decade cut short opens
            // with ("the '90s") and the hyphen of a compound.
            Kind::Punct(c) => return c == '\'' || c == '\u{2019}' || self.hyphen(j),
            Kind::Num => return true,
            Kind::Word if !matches!(t.lex, Lex::Other) => return true,
            Kind::Word => {}
        }
        let mut buf = [0u8; 24];
        let read = matches!(
            self.lower(j, &mut buf),
            // The year that opens: "the new year"; a century's: "the turn
            // of the century".
            b"new" | b"turn"
            // The future: "the foreseeable future", "the immediate
            // future", "the short term", "the medium term".
            | b"foreseeable" | b"immediate" | b"short" | b"medium"
            // Weekends: "the long weekend", "the holiday weekend", "the
            // bank holiday weekend".
            | b"long" | b"holiday" | b"bank"
            // Halves: "the latter half", "the back half", "the front half".
            | b"latter" | b"back" | b"front"
            // Decades by their epithet: "the Roaring Twenties", "the
            // Swinging Sixties".
            | b"roaring" | b"swinging"
            // Edges of a decade or century: "the closing years of the
            // 1800s", "the opening years of the 20th century".
            | b"closing" | b"opening" | b"earliest" | b"waning" | b"dying"
            // Periods of a report: "the comparable year-ago quarter", "the
            // corresponding period last year", "the period a year ago",
            // "the full year", "the whole year", "the entire year".
            | b"comparable" | b"corresponding" | b"period" | b"full" | b"whole" | b"entire"
            // Stretches qualified: "the initial three months", "the
            // remaining two weeks".
            | b"initial" | b"remaining" | b"trailing"
            // Amounts: "a little more than a year", "a bit less than a
            // month", "another", "a further year".
            | b"little" | b"bit" | b"another" | b"further"
            // The words that may open a stretch in a compound before
            // "period", "span" or "stretch" ("a multi-year period"),
            // however unlikely after an article ("a no more than two-year
            // span", a possessive).
            | b"multi" | b"no" | b"slightly"
            | b"his" | b"her" | b"its" | b"their" | b"our" | b"my" | b"your"
        );
        read
            // What may stand between an amount and its unit, read by
            // durations from their own list: "a single day", "an extra
            // week", "a full working day".
            || self.word_in(j, quantity::UNIT_QUALIFIERS)
            || dates::DECADE_WORD_LEN.contains(&(t.end - t.start)) && self.decade_word(j).is_some()
            || t.cap && self.holiday_words(j).is_some()
            || self.skip_shortened(j) > j
            || self.millions_of_years(j)
    }

    /// Whether "million" or "billion" and years stand at `j`: the amount
    /// before them is read with them ("66 million years ago", "a million
    /// years ago", see `in_millions`).
    fn millions_of_years(&self, j: usize) -> bool {
        self.word_in(j, &["million", "billion"]) && self.unit(j + 1) == Some((Unit::Year, true))
    }

    /// Whether the token after the number at `i` can go on to an expression
    /// the number opens. Most numbers in news count things ("1,200 people",
    /// "the 486 chip", "12 cents", "6%"). What the rules read after a
    /// number (past its thousands and decimals, which only an amount and a
    /// clock's minutes are read with) is mostly a class of token: a unit, a
    /// month, a keyword ("to", "and", "ago"), another number, punctuation
    /// (the ':' of "10:30", the '/' of "11/16/2023", the '-' of
    /// "five-year", the second '.' of "16.11.2023"); all of those pass. A
    /// word the lexicon does not know is read only by its text, and only
    /// these are: after four digits any word, as a year stands before one
    /// ("in 1990 the company", "2000 local time"); after any number, what
    /// may stand between an amount and its unit ("10 consecutive trading
    /// days", "4.5 straight years") or be the unit ("three summers", "two
    /// weekends"); after one or two digits, the suffix of a clock time ("3
    /// pm", "9.30 am", "3 p-m", "at 7 local time tomorrow morning") and
    /// what may follow a day of the month listed with another ("October 5
    /// and 6 for the talks"). One or two digits before a word glued to them
    /// ("5pm", "16th", "80s", "3Q") or a capitalised one ("9 PM", "at 7
    /// Moscow time") are left to the rules, which read many such; longer
    /// numbers are read before none but "am"/"pm" ("945 PM"). A per cent
    /// sign ends a number's reading everywhere but in a wire time (four
    /// digits again). Asked before all the rules are, for every number.
    pub(super) fn after_number(&self, i: usize) -> bool {
        let Some(t) = self.tok(i) else {
            return true;
        };
        if t.digits == 4 {
            return true;
        }
        // Past the thousands and the decimals, as an amount is read
        // ("1,200", "4.5"); a clock's minutes ("9.30") are skipped so too.
        let mut j = i + 1;
        while self.punct(j, ',')
            && self.glued(j)
            && self.glued(j + 1)
            && self.num(j + 1).is_some_and(|(_, d)| d == 3)
        {
            j += 2;
        }
        if self.punct(j, '.') && self.glued(j) && self.glued(j + 1) && self.num(j + 1).is_some() {
            j += 2;
        }
        let Some(n) = self.tok(j) else {
            return true;
        };
        match n.kind {
            Kind::Punct(c) => return c != '%',
            Kind::Num => return true,
            Kind::Word if !matches!(n.lex, Lex::Other) => return true,
            Kind::Word => {}
        }
        let short = t.digits <= 2;
        if short && (!n.gap || n.cap) {
            return true;
        }
        self.word_in(j, quantity::UNIT_QUALIFIERS)
            || self.word_is(j, "calendar")
            || self.word_is(j, "weekends")
            || self.era(j).is_some()
            || self.millions_of_years(j)
            || quantity::SEASONS_PLURAL
                .iter()
                .any(|(w, _)| self.word_is(j, w))
            || short
                && (self.word_in(j, &["am", "pm", "p", "local"])
                    || self.word_in(j, dates::AFTER_LISTED_DAY))
            // "until 945 PM CDT": the weather service's colonless time.
            || t.digits == 3 && self.word_in(j, &["am", "pm"])
    }

    /// Whether a day name ("Day", "Eve", "Friday", "Year") follows within a
    /// few tokens of `i`: only then can a capitalised ordinary word start
    /// an expression ("Labor Day", "Good Friday", "New Year's Eve"). A
    /// feast's name needs none: "the Feast of the Assumption".
    pub(super) fn day_name_ahead(&self, i: usize) -> bool {
        self.word_is(i, "feast")
            || self.toks.iter().skip(i + 1).take(6).any(|t| {
                matches!(
                t.lex,
                Lex::Weekday { .. }
                    | Lex::Holiday(_)
                    | Lex::Kw(Kw::Eve | Kw::Day | Kw::Christmas)
                    // "Bonfire Night"
                    | Lex::PartOfDay(PartOfDay::Night)
                    | Lex::Unit {
                        unit: Unit::Day | Unit::Year,
                        ..
                    }
            )
            // "Gandhi Jayanti", "Cinco de Mayo", "Lag BaOmer", "Tisha
            // B'Av"
            || t.cap
                && (3..=7).contains(&(t.end - t.start))
                && [
                    "jayanti", "mayo", "baomer", "b'omer", "ba'omer", "b'av", "beav", "be'av",
                ]
                .iter()
                .any(|w| self.text[t.start..t.end].eq_ignore_ascii_case(w))
            })
    }

    /// Whether token `i` continues the previous token without a gap in a way
    /// that makes it part of a name or code.
    pub(super) fn glued_to_previous(&self, i: usize) -> bool {
        let Some(t) = self.toks.get(i) else {
            return false;
        };
        if t.gap || i == 0 {
            return false;
        }
        let p = &self.toks[i - 1];
        match (p.kind, t.kind) {
            (Kind::Word, Kind::Num) | (Kind::Num, Kind::Word) => true,
            (Kind::Word, Kind::Word) => true,
            (Kind::Num, Kind::Num) => true,
            (Kind::Punct('-' | '/' | '.' | ':' | '$' | '#' | '_' | '+' | '&'), _) => {
                // "mid-2020" and "pre-1990" are fine; "COVID-19" is not.
                if i >= 2 && !self.toks[i - 1].gap {
                    let pp = &self.toks[i - 2];
                    // "5-7 March": the last day of a range before its month.
                    if p.is_punct('-')
                        && pp.kind == Kind::Num
                        && pp.digits <= 2
                        && t.kind == Kind::Num
                        && t.digits <= 2
                        && matches!(self.lex(i + 1), Some(Lex::Month { .. }))
                    {
                        return false;
                    }
                    // "4-7 p.m.", "9 a.m.-5 p.m.": the end of a range of
                    // clock times.
                    if self.hyphen_range_end(i) {
                        return false;
                    }
                    // "April-May", "July 31-August 1", "Oct. 30-Nov. 2",
                    // "July 2015-March 2016": a range across months; "the
                    // May/June series": a pair.
                    let month = |k: usize| matches!(self.lex(k), Some(Lex::Month { .. }));
                    if p.is_punct('/') && month(i) && month(i - 2) {
                        return false;
                    }
                    // "26 August-4 September", "26 Aug.-4 Sep.": the last
                    // day of a range across months in the British order.
                    if p.is_punct('-')
                        && t.kind == Kind::Num
                        && t.digits <= 2
                        && month(i + 1)
                        && (month(i - 2) || i >= 3 && pp.is_punct('.') && month(i - 3))
                    {
                        return false;
                    }
                    // "a Monday-to-Wednesday walkout", "Tuesday-Thursday
                    // classes": a range of weekdays.
                    if p.is_punct('-') && self.weekday_pair_end(i) {
                        return false;
                    }
                    // ("Dec 24th-Jan 2nd": the day before may be an
                    // ordinal.)
                    let ordinal_day = i >= 4
                        && self.word_in(i - 2, &["st", "nd", "rd", "th"])
                        && self.glued(i - 2)
                        && self
                            .tok(i - 3)
                            .is_some_and(|t| t.kind == Kind::Num && t.digits <= 2)
                        && month(i - 4);
                    if p.is_punct('-')
                        && month(i)
                        && (month(i - 2)
                            || ordinal_day
                            || pp.kind == Kind::Num
                                && (pp.digits <= 2 || pp.digits == 4)
                                && i >= 3
                                && (month(i - 3)
                                    || i >= 4 && self.punct(i - 3, '.') && month(i - 4)))
                    {
                        return false;
                    }
                    // ("(BUSINESS WIRE)--Oct. 3, 2023--": two hyphens are a
                    // dash, which sets off what follows and joins nothing.)
                    if p.is_punct('-') && pp.is_punct('-') {
                        return false;
                    }
                    if pp.end == p.start {
                        return !matches!(pp.lex, Lex::Kw(Kw::Mid))
                            && !self.word_in(i - 2, &["pre", "post", "late", "early"]);
                    }
                }
                p.is_punct('$')
            }
            // The thousands of "10,000".
            (Kind::Punct(','), Kind::Num) => {
                t.digits == 3 && !p.gap && i >= 2 && self.toks[i - 2].kind == Kind::Num
            }
            (Kind::Punct(c), _) => matches!(c, '£' | '€' | '¥'),
            _ => false,
        }
    }

    /// Whether the weekday at `i` ends a range of weekdays written with
    /// hyphens: "Monday-Wednesday", "Monday-to-Wednesday".
    pub(super) fn weekday_pair_end(&self, i: usize) -> bool {
        let weekday = |k: usize| matches!(self.lex(k), Some(Lex::Weekday { plural: false, .. }));
        weekday(i)
            && i >= 2
            && self.hyphen(i - 1)
            && (weekday(i - 2)
                || i >= 4 && self.word_is(i - 2, "to") && self.hyphen(i - 3) && weekday(i - 4))
    }

    /// Whether the word at `i`, though no time word itself, may lead an
    /// expression: "post-1959", "full-year 2022", "calendar 2023",
    /// "multi-year", "no more than 60 days", "slightly less than a month",
    /// "little more than a week",
    /// "well over a year", "close to a decade", "another week", "his first
    /// 100 days", "bank holiday Monday", "midyear", "midweek", "midcentury",
    /// "AD 410".
    #[inline]
    pub(super) fn leads_expression(&self, i: usize) -> bool {
        // By length and first letter first: this runs for every word that
        // is no time word.
        let Some(t) = self.toks.get(i) else {
            return false;
        };
        let first = self.text.as_bytes().get(t.start).map_or(0, |c| c | 0x20);
        match (t.end - t.start, first) {
            (2, b'n') => self.kw(i + 1, Kw::More) && self.word_is(i, "no"),
            // "the second break-in in as many years"
            (2, b'a') if self.kw(i + 1, Kw::Many) => self.word_is(i, "as"),
            // "AD 410", "A.D. 410"
            (1..=2, b'a') => t.upper && self.era(i).is_some(),
            (3..=5, b'p' | b'f' | b'm') => {
                self.hyphen(i + 1) && self.word_in(i, &["pre", "post", "full", "multi"])
                    || t.upper && self.year_label(i).is_some()
            }
            (8, b'c') => self.word_is(i, "calendar"),
            // "tax year 2023"; "CY 2025", "TY2023", "FFY 2025": a
            // government's labels for the calendar, tax and federal
            // fiscal year.
            (3, b't') => self.word_is(i, "tax") && self.unit(i + 1) == Some((Unit::Year, false)),
            (2, b'c' | b't') => t.upper && self.year_label(i).is_some(),
            (4, b'b') => self.bank_holiday_weekday(i),
            (7, b'm') => self.word_in(i, &["midyear", "midweek"]),
            // "spent winters in Florida": a habit's seasons (see
            // `habit_plural`).
            (7, b's' | b'w') => super::quantity::SEASONS_PLURAL
                .iter()
                .any(|(p, _)| self.word_is(i, p)),
            (10, b'm') => self.word_is(i, "midcentury"),
            (8, b's') => {
                self.word_is(i, "slightly") && self.kw_any(i + 1, &[Kw::More, Kw::Less]).is_some()
            }
            // "in little more than a week"
            (6, b'l') => {
                self.word_is(i, "little") && self.kw_any(i + 1, &[Kw::More, Kw::Less]).is_some()
            }
            (7, b'a') => self.word_in(i, &["another", "autumns"]),
            // "well over a year", "close to a decade", "upwards of three
            // decades"
            (4, b'w') => {
                self.word_is(i, "well") && self.kw_any(i + 1, &[Kw::Over, Kw::Under]).is_some()
            }
            (5, b'c') => {
                self.word_is(i, "close") && self.kw(i + 1, Kw::To)
                    // "begun circa 1220"
                    || self.word_is(i, "circa") && self.num(i + 1).is_some()
            }
            (7, b'u') => self.word_is(i, "upwards") && self.kw(i + 1, Kw::Of),
            // "epidemiological week 37", "ISO week 12"
            (3, b'e' | b'i') | (15, b'e') if self.unit(i + 1) == Some((Unit::Week, false)) => {
                self.word_in(i, &["epi", "iso", "epidemiological"])
            }
            // "millions of years", "thousands of years ago", "tens of
            // thousands of years ago"
            (4, b't') | (8..=9, b'h' | b't' | b'm' | b'b') if self.kw(i + 1, Kw::Of) => {
                self.many_of_years(i).is_some()
            }
            (2..=5, b'h' | b'i' | b't' | b'o' | b'm' | b'y') => self.possessive_qualifier(i),
            // "weeklong", "yearlong"
            (7..=9, b'd' | b'h' | b'w' | b'm' | b'y') => self.text[t.start..t.end]
                .get(t.end - t.start - 4..)
                .is_some_and(|end| end.eq_ignore_ascii_case("long")),
            _ => false,
        }
    }
}

/// Nouns of time the rules match by their text rather than by a lexicon
/// class ("the short term", "at the moment", "that period").
const TIME_NOUNS: &[&str] = &[
    "term", "period", "periods", "time", "times", "span", "stretch", "session", "moment", "while",
    "history", "memory", "basis", "summers", "winters", "autumns",
];

/// Whether keyword `k` can begin an expression only if a time word
/// follows it closely (see [`Parser::time_word_ahead`]).
pub(super) fn needs_time_word(k: Kw) -> bool {
    matches!(
        k,
        Kw::The
            | Kw::A
            | Kw::That
            | Kw::This
            | Kw::These
            | Kw::At
            | Kw::About
            | Kw::Around
            | Kw::Nearly
            | Kw::Almost
            | Kw::Roughly
            | Kw::Approximately
            | Kw::Some
            | Kw::More
            | Kw::Less
            | Kw::Up
            | Kw::Over
            | Kw::Under
            | Kw::Several
            | Kw::Few
            | Kw::Many
            | Kw::Couple
            | Kw::Just
            | Kw::Right
            | Kw::Each
            | Kw::Every
            | Kw::Same
    )
}

/// Whether an expression can begin with keyword `k` ("the", "last",
/// "about", "twice"); "of", "and", "to" and the like never start one.
pub(super) fn can_start(k: Kw) -> bool {
    !matches!(
        k,
        Kw::Of
            | Kw::And
            | Kw::Or
            | Kw::To
            | Kw::Through
            | Kw::Than
            | Kw::Least
            | Kw::Most
            | Kw::Hundred
            | Kw::Thousand
            | Kw::Other
            | Kw::Day
            | Kw::Eve
            | Kw::Oclock
            | Kw::In
            | Kw::On
            | Kw::Since
            | Kw::By
            | Kw::From
            | Kw::During
            | Kw::Times
            | Kw::Those
            | Kw::Then
            | Kw::Near
            | Kw::Distant
            | Kw::Ended
            | Kw::Ending
            | Kw::Ago
            | Kw::Before
            | Kw::After
            | Kw::Middle
            | Kw::Beginning
            | Kw::Start
            | Kw::End
            | Kw::Dozen
    )
}
