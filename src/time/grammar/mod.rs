//! The grammar: hand-written rules over tokens, tried at each token.
//!
//! Each family of rules lives in its own file (calendar dates, parts of a
//! year, holidays, relative expressions, quantities, clock times); every
//! rule returns the longest match it can make from a start token, and
//! [`Parser::parse`] keeps the longest over all families.

mod clock;
mod dates;
mod holidays;
mod periods;
mod quantity;
mod relative;

use std::cell::Cell;

use super::lexicon::{Kw, Lex, PartOfDay, Unit};
use super::locale::Locale;
use super::sem::{Match, Val};
use super::token::{Kind, Tok};
use crate::time::timex::TimexType;

/// One grammar rule: the longest match it makes at a token.
pub(crate) type Rule<'t> = fn(&Parser<'t>, usize) -> Option<Match>;

/// A view over the tokens of one window.
pub struct Parser<'t> {
    pub text: &'t str,
    pub toks: &'t [Tok],
    /// The country the whole text is told from, for holidays that differ.
    pub locale: &'t Locale<'t>,
    /// The year of the document, if known: which century a year cut to
    /// two digits is in ("the crash of '29", written in 1989).
    pub doc_year: Option<i32>,
    /// The last amount read, and where: durations, sets and times ago
    /// each read the amount at the start they are asked at, and
    /// [`Parser::number_at`] answers them once.
    amount: Cell<Option<(usize, Amount)>>,
}

/// An amount read at a token (see [`Parser::number_at`]).
type Amount = Option<(Option<f64>, usize)>;

impl<'t> Parser<'t> {
    /// Creates a parser over `toks` (offsets into `text`).
    pub fn new(
        text: &'t str,
        toks: &'t [Tok],
        locale: &'t Locale<'t>,
        doc_year: Option<i32>,
    ) -> Self {
        Parser {
            text,
            toks,
            locale,
            doc_year,
            amount: Cell::new(None),
        }
    }

    /// The longest match starting at token `i`.
    pub fn parse(&self, i: usize) -> Option<Match> {
        let t = self.toks.get(i)?;
        // Nothing starts inside a word-digit blend ("A17", "G20") or right
        // after a hyphen glued to a word ("COVID-19", "7-Eleven").
        if self.glued_to_previous(i) {
            return None;
        }
        if matches!(t.kind, Kind::Punct(c) if c != '\'' && c != '\u{2019}') {
            return None;
        }
        // "unless it falls on a Sunday": any Sunday, not a date ("a
        // Sunday night memorial" is that Sunday's memorial).
        // ("on Oct. 17, 1989, a Tuesday," is that day: after a comma
        // and a number, the weekday of the date before.)
        if matches!(t.lex, Lex::Weekday { plural: false, .. })
            && i > 0
            && (self.kw(i - 1, Kw::A) || self.word_is(i - 1, "any"))
            && !(i >= 3
                && self.kw(i - 1, Kw::A)
                && self.punct(i - 2, ',')
                && self.tok(i - 3).is_some_and(|p| p.kind == Kind::Num))
            // ("Christmas Day, which falls on a Monday": so is the day a
            // date falls on.)
            && !(i >= 3
                && self.kw(i - 1, Kw::A)
                && self.kw(i - 2, Kw::On)
                && self.word_in(i - 3, &["falls", "fell", "fall", "falling"]))
            && self.tok(i + 1).is_none_or(|n| {
                matches!(n.kind, Kind::Punct(_)) || self.word_in(i + 1, &["or", "and", "when"])
            })
        {
            return None;
        }
        // The weekday of a two-word holiday refused as one of its things
        // ("the Easter Monday egg hunt", see `HOLIDAY_THINGS`) is no day
        // read alone either.
        if matches!(t.lex, Lex::Weekday { .. })
            && i > 0
            && self.word_in(i + 1, holidays::HOLIDAY_THINGS)
            && self.holiday_words(i - 1).is_some_and(|(_, e)| e == i + 1)
        {
            return None;
        }
        // Most words cannot start an expression: skip them cheaply. Of
        // the capitalised ones, only the first word of a holiday's name
        // with its day name close behind starts one ("Labor Day", "Good
        // Friday"; not "Cuban" of "the Cuban government Friday"), and a
        // weekday cut short ("Tues", below).
        match t.lex {
            Lex::Other
                if t.kind == Kind::Word
                    && (!t.cap || self.holiday_words(i).is_none() || !self.day_name_ahead(i))
                    && !self.leads_expression(i)
                    // Lengths first: most words are neither "Tues" nor
                    // "sixties", and this runs for every word.
                    && (!t.cap || t.end - t.start > 5 || self.weekday_abbr(i).is_none())
                    && (!(7..=9).contains(&(t.end - t.start)) || self.decade_word(i).is_none()) =>
            {
                return None;
            }
            // A number opens an expression only before what some rule
            // reads after one: "1,200 people", "the 486 chip" and "6%"
            // count things.
            Lex::Other if t.kind == Kind::Num && !self.after_number(i) => return None,
            // "end-2024" starts with "end"; "the end of" does not.
            Lex::Kw(k)
                if !(can_start(k)
                    || k == Kw::End && self.hyphen(i + 1)
                    || k == Kw::Then && self.then_current(i).is_some()
                    || matches!(k, Kw::End | Kw::Beginning | Kw::Start | Kw::Middle)
                        && self.kw(i + 1, Kw::Of)) =>
            {
                return None;
            }
            // An article opens an expression only before a word some rule
            // reads after one ("the past week", "a few days"), not before
            // "the court's ruling in 1995" or "the Cuban government
            // Friday"; asked first, as it is cheaper than what follows.
            Lex::Kw(Kw::The | Kw::A) if !self.after_article(i) => return None,
            // An article, a quantifier or a number word starts an
            // expression only with a time word close behind ("the past
            // week", "three days"); in running text ("the company", "three
            // people") it starts nothing, and most tokens tried are these.
            Lex::Kw(k) if needs_time_word(k) && !self.time_word_ahead(i) => return None,
            Lex::NumWord(_) | Lex::Ordinal(_) if !self.time_word_ahead(i) => return None,
            // An apostrophe (the only punctuation left here) starts only a
            // year or a decade cut to two digits: "'98", "'90s"; not the
            // possessive of "the company's third quarter".
            Lex::Other
                if matches!(t.kind, Kind::Punct(_))
                    && !(self.glued(i + 1) && matches!(self.num(i + 1), Some((_, 2)))) =>
            {
                return None;
            }
            _ => {}
        }
        let m = self.longest(
            i,
            &[
                Self::clock,
                Self::dates,
                Self::relative,
                Self::quantity,
                Self::approx_point,
            ],
            |m| m.end > i,
        )?;
        // "quarter-to-quarter", "year-to-date", "day-to-day": a compound
        // modifier, not an expression.
        if self.hyphen(m.end)
            && self.tok(m.end + 1).is_some_and(|t| t.kind == Kind::Word)
            && !matches!(self.lex(m.end + 1), Some(Lex::Month { .. }))
        {
            return None;
        }
        let mut m = m;
        // "the next year or so", "a year or two", "weeks or months": the
        // vague alternative belongs to the expression.
        if matches!(m.kind, TimexType::Duration | TimexType::Date)
            && m.end > i
            && self.unit(m.end - 1).is_some()
            && self.kw(m.end, Kw::Or)
        {
            let plural = self.unit(m.end - 1).is_some_and(|(_, p)| p);
            if self.word_is(m.end + 1, "so")
                || matches!(self.lex(m.end + 1), Some(Lex::NumWord(2..=3)))
                    && self.unit(m.end + 2).is_none()
                || plural && self.unit(m.end + 1).is_some_and(|(_, p)| p)
            {
                m.end += 2;
            }
            // "a week or more", "27 weeks or longer": at least that long,
            // the words after it left outside, as "about" before it is
            // (as news annotators mark them).
            if m.kind == TimexType::Duration
                && m.modifier.is_none()
                && self.word_in(m.end + 1, &["more", "longer"])
                && !self.kw(m.end + 2, Kw::Than)
            {
                m.modifier = Some("EQUAL_OR_MORE");
            }
        }
        // "about five hours", "about 10:35 a.m.", "about once a year": the
        // estimate word stays outside the expression but sets its
        // modifier. Before "the" it is a preposition ("asked about the
        // next five years").
        if m.modifier.is_none()
            && i > 0
            && self.kw(i - 1, Kw::About)
            && !self.kw(i, Kw::The)
            && (matches!(m.kind, TimexType::Duration | TimexType::Set)
                || matches!(m.val, Val::Clock { .. }))
        {
            return Some(m.with_mod("APPROX"));
        }
        Some(m)
    }

    /// The longest match of `rules` at `i` that `keep` accepts; on a tie
    /// the later rule wins. Keeps one candidate at a time rather than
    /// collecting them all.
    pub(crate) fn longest(
        &self,
        i: usize,
        rules: &[Rule<'t>],
        keep: impl Fn(&Match) -> bool,
    ) -> Option<Match> {
        let mut best: Option<Match> = None;
        for rule in rules {
            if let Some(m) = rule(self, i)
                && keep(&m)
                && best.as_ref().is_none_or(|b| m.end >= b.end)
            {
                best = Some(m);
            }
        }
        best
    }

    /// Whether one of the few tokens after `i`, in the same clause, is a
    /// number or a word the lexicon knows, other than an article, a
    /// joining word or a word that needs a time word itself.
    fn time_word_ahead(&self, i: usize) -> bool {
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
                        || (7..=9).contains(&(t.end - t.start)) && self.decade_word(j).is_some()
                        || t.cap && self.weekday_abbr(j).is_some()
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
    fn after_article(&self, i: usize) -> bool {
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
            // The year that opens: "the new year".
            b"new"
            // The future: "the foreseeable future", "the immediate
            // future", "the short term".
            | b"foreseeable" | b"immediate" | b"short"
            // Weekends: "the long weekend", "the holiday weekend", "the
            // bank holiday weekend".
            | b"long" | b"holiday" | b"bank"
            // Halves: "the latter half", "the back half", "the front half".
            | b"latter" | b"back" | b"front"
            // Periods of a report: "the comparable year-ago quarter", "the
            // corresponding period last year", "the period a year ago",
            // "the full year", "the whole year", "the entire year".
            | b"comparable" | b"corresponding" | b"period" | b"full" | b"whole" | b"entire"
            // Stretches qualified: "the initial three months", "the
            // remaining two weeks".
            | b"initial" | b"remaining"
            // Amounts: "a little more than a year", "a bit less than a
            // month", "another".
            | b"little" | b"bit" | b"another"
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
            || (7..=9).contains(&(t.end - t.start)) && self.decade_word(j).is_some()
            || t.cap && self.holiday_words(j).is_some()
            || self.skip_shortened(j) > j
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
    /// numbers are read before none. A per cent sign ends a number's
    /// reading everywhere but in a wire time (four digits again). Asked
    /// before all the rules are, for every number.
    fn after_number(&self, i: usize) -> bool {
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
            || self.word_is(j, "weekends")
            || quantity::SEASONS_PLURAL
                .iter()
                .any(|(w, _)| self.word_is(j, w))
            || short
                && (self.word_in(j, &["am", "pm", "p", "local"])
                    || self.word_in(j, dates::AFTER_LISTED_DAY))
    }

    /// Whether a day name ("Day", "Eve", "Friday", "Year") follows within a
    /// few tokens of `i`: only then can a capitalised ordinary word start
    /// an expression ("Labor Day", "Good Friday", "New Year's Eve").
    fn day_name_ahead(&self, i: usize) -> bool {
        self.toks.iter().skip(i + 1).take(6).any(|t| {
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
            // "Gandhi Jayanti"
            || t.cap && t.end - t.start == 7 && self.text[t.start..t.end].eq_ignore_ascii_case("jayanti")
        })
    }

    /// "around Nov. 1", "roughly 3 p.m.": an approximate date or time, with
    /// the modifier inside the expression. "about" stays outside (see
    /// [`Parser::parse`]).
    fn approx_point(&self, i: usize) -> Option<Match> {
        let Lex::Kw(k) = self.lex(i)? else {
            return None;
        };
        // ("a session that ran until almost 10 p.m.", "argued until
        // nearly 11 p.m. Thursday": so is a time of the day nearly reached.)
        let nearly = matches!(k, Kw::Nearly | Kw::Almost);
        if !nearly && !matches!(k, Kw::Around | Kw::Approximately | Kw::Roughly) {
            return None;
        }
        if nearly {
            let sub = self.clock(i + 1)?;
            return (sub.kind == TimexType::Time && sub.modifier.is_none())
                .then(|| sub.with_mod("APPROX"));
        }
        // "get around Wednesday's ruling", "come around Monday": a
        // particle of the verb before it.
        if i > 0 && self.word_in(i - 1, PARTICLE_VERBS) {
            return None;
        }
        let sub = self.longest(i + 1, &[Self::clock, Self::dates, Self::relative], |_| true)?;
        // ("around year end": the end of a year, approximately.)
        if !matches!(sub.kind, TimexType::Date | TimexType::Time)
            || sub.modifier.is_some_and(|m| m != "END")
            || matches!(sub.val, Val::Ref(_))
        {
            return None;
        }
        // An estimate is not possessed: "around Monday's vote" is "around"
        // the vote.
        if self
            .tok(sub.end)
            .is_some_and(|t| t.is_punct('\'') || t.is_punct('\u{2019}'))
        {
            return None;
        }
        Some(sub.with_mod("APPROX"))
    }

    /// Whether token `i` continues the previous token without a gap in a way
    /// that makes it part of a name or code.
    fn glued_to_previous(&self, i: usize) -> bool {
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
                    // "April-May", "July 31-August 1": a range across months.
                    let month = |k: usize| matches!(self.lex(k), Some(Lex::Month { .. }));
                    if p.is_punct('-')
                        && month(i)
                        && (month(i - 2)
                            || pp.kind == Kind::Num && pp.digits <= 2 && i >= 3 && month(i - 3))
                    {
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

    /// The token at `i`.
    pub fn tok(&self, i: usize) -> Option<&Tok> {
        self.toks.get(i)
    }

    /// The lexical class of token `i`.
    pub fn lex(&self, i: usize) -> Option<Lex> {
        self.toks.get(i).map(|t| t.lex)
    }

    /// Whether token `i` is keyword `k`. (Matched rather than compared
    /// whole: comparing two `Option<Lex>` costs more, and every rule asks
    /// this many times.)
    pub fn kw(&self, i: usize, k: Kw) -> bool {
        matches!(self.lex(i), Some(Lex::Kw(x)) if x == k)
    }

    /// Whether token `i` is one of the keywords.
    pub fn kw_any(&self, i: usize, ks: &[Kw]) -> Option<Kw> {
        match self.lex(i) {
            Some(Lex::Kw(k)) if ks.contains(&k) => Some(k),
            _ => None,
        }
    }

    /// The text of token `i`.
    pub fn word(&self, i: usize) -> &'t str {
        self.toks.get(i).map_or("", |t| &self.text[t.start..t.end])
    }

    /// The bytes of word `i` lower-cased into `buf`, without allocating;
    /// empty when it is longer than the buffer (no word matched this way
    /// is). Bytes, not a `str`: the words matched are ASCII, and checking
    /// the copy is UTF-8 again would cost more than the match.
    pub fn lower<'b>(&self, i: usize, buf: &'b mut [u8; 24]) -> &'b [u8] {
        let w = self.word_bytes(i);
        let Some(dst) = buf.get_mut(..w.len()) else {
            return &[];
        };
        dst.copy_from_slice(w);
        dst.make_ascii_lowercase();
        dst
    }

    /// The bytes of token `i` (empty past the end): comparing bytes skips
    /// the char-boundary checks of slicing the text, and these tests run
    /// for most tokens.
    fn word_bytes(&self, i: usize) -> &'t [u8] {
        self.toks
            .get(i)
            .and_then(|t| self.text.as_bytes().get(t.start..t.end))
            .unwrap_or_default()
    }

    /// Whether token `i` is the word `w` (ASCII case-insensitive).
    pub fn word_is(&self, i: usize, w: &str) -> bool {
        self.word_bytes(i).eq_ignore_ascii_case(w.as_bytes())
    }

    /// Whether token `i` is one of the words.
    pub fn word_in(&self, i: usize, ws: &[&str]) -> bool {
        let w = self.word_bytes(i);
        ws.iter()
            .any(|x| x.len() == w.len() && w.eq_ignore_ascii_case(x.as_bytes()))
    }

    /// Whether token `i` is a possessive determiner ("his first 100 days",
    /// "in his mid-30s", "at its May meeting").
    pub(crate) fn possessive(&self, i: usize) -> bool {
        self.word_in(i, &["his", "her", "its", "their", "our", "my", "your"])
    }

    /// Whether token `i` is the punctuation `c`.
    pub fn punct(&self, i: usize, c: char) -> bool {
        self.toks.get(i).is_some_and(|t| t.is_punct(c))
    }

    /// Whether the word at `i`, though no time word itself, may lead an
    /// expression: "post-1959", "full-year 2022", "calendar 2023",
    /// "multi-year", "no more than 60 days", "slightly less than a month",
    /// "another week", "his first 100 days", "bank holiday Monday",
    /// "midyear", "midweek".
    #[inline]
    fn leads_expression(&self, i: usize) -> bool {
        // By length and first letter first: this runs for every word that
        // is no time word.
        let Some(t) = self.toks.get(i) else {
            return false;
        };
        let first = self.text.as_bytes().get(t.start).map_or(0, |c| c | 0x20);
        match (t.end - t.start, first) {
            (2, b'n') => self.kw(i + 1, Kw::More) && self.word_is(i, "no"),
            (3..=5, b'p' | b'f' | b'm') => {
                self.hyphen(i + 1) && self.word_in(i, &["pre", "post", "full", "multi"])
            }
            (8, b'c') => self.word_is(i, "calendar"),
            (4, b'b') => self.bank_holiday_weekday(i),
            (7, b'm') => self.word_in(i, &["midyear", "midweek"]),
            (8, b's') => {
                self.word_is(i, "slightly") && self.kw_any(i + 1, &[Kw::More, Kw::Less]).is_some()
            }
            (7, b'a') => self.word_is(i, "another"),
            (2..=5, b'h' | b'i' | b't' | b'o' | b'm' | b'y') => self.possessive_qualifier(i),
            // "weeklong", "yearlong"
            (7..=9, b'd' | b'h' | b'w' | b'm' | b'y') => self.text[t.start..t.end]
                .get(t.end - t.start - 4..)
                .is_some_and(|end| end.eq_ignore_ascii_case("long")),
            _ => false,
        }
    }

    /// The index after a compound adjective of a shortened period at `i`
    /// ("holiday-shortened", "strike-shortened"), or `i` without one.
    pub fn skip_shortened(&self, i: usize) -> usize {
        if self.tok(i).is_some_and(|t| t.kind == Kind::Word)
            && self.hyphen(i + 1)
            && self.word_is(i + 2, "shortened")
        {
            i + 3
        } else {
            i
        }
    }

    /// Whether token `i` exists and touches the previous one.
    pub fn glued(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| !t.gap)
    }

    /// Whether token `i` is a hyphen (or dash) glued on both sides.
    pub fn hyphen(&self, i: usize) -> bool {
        (self.punct(i, '-') || self.punct(i, '\u{2010}') || self.punct(i, '\u{2011}'))
            && self.glued(i)
            && self.glued(i + 1)
    }

    /// Skips an abbreviation dot glued to token `i - 1`: returns the next index.
    pub fn skip_dot(&self, i: usize) -> usize {
        if self.punct(i, '.') && self.glued(i) {
            i + 1
        } else {
            i
        }
    }

    /// A number token at `i`: value and digit count.
    pub fn num(&self, i: usize) -> Option<(u32, u8)> {
        let t = self.toks.get(i)?;
        (t.kind == Kind::Num).then_some((t.value, t.digits))
    }

    /// A unit word at `i` (inlined: most rules ask, at every start).
    #[inline]
    pub fn unit(&self, i: usize) -> Option<(Unit, bool)> {
        match self.lex(i)? {
            Lex::Unit { unit, plural } => Some((unit, plural)),
            // "a 15-second video": after a count and a hyphen, "second" is
            // the unit, not the ordinal.
            Lex::Ordinal(2)
                if i >= 2
                    && self.hyphen(i - 1)
                    && self.num(i - 2).is_some()
                    && self.word_is(i, "second") =>
            {
                Some((Unit::Second, false))
            }
            _ => None,
        }
    }

    /// Whether token `i` is a word that names a time by itself: a month, a
    /// weekday, a part of the day, a season, a holiday or "a.m.". None of
    /// these is an amount ([`Parser::number_at`]), a modifier of one
    /// ([`Parser::approx_at`]), a unit or any word the amount-led rules
    /// read by its text, so those rules turn such a start away at once.
    pub(crate) fn names_time(&self, i: usize) -> bool {
        matches!(
            self.lex(i),
            Some(
                Lex::Month { .. }
                    | Lex::Weekday { .. }
                    | Lex::PartOfDay(_)
                    | Lex::Season(_)
                    | Lex::Holiday(_)
                    | Lex::AmPm { .. }
            )
        )
    }

    /// Whether the token at `i` starts a (non-abbreviation) sentence-like
    /// continuation that makes a preceding number part of a larger number:
    /// "2,019", "2019.5", "2019%".
    pub fn number_continues(&self, i: usize) -> bool {
        let Some(t) = self.toks.get(i) else {
            return false;
        };
        if t.gap {
            return self.word_in(i, &["percent", "per", "pc"]);
        }
        match t.kind {
            Kind::Punct('%') => true,
            Kind::Punct(',' | '.' | ':' | '/') => self
                .toks
                .get(i + 1)
                .is_some_and(|n| !n.gap && n.kind == Kind::Num),
            Kind::Word => true,
            Kind::Num => true,
            _ => false,
        }
    }

    /// Whether the number at `i` follows a currency sign or a glued digit
    /// group ("$2019", "1,2019").
    pub fn number_preceded(&self, i: usize) -> bool {
        if i == 0 {
            return false;
        }
        let t = &self.toks[i];
        let p = &self.toks[i - 1];
        if t.gap {
            return false;
        }
        match p.kind {
            Kind::Punct('$' | '£' | '€' | '¥' | '#') => true,
            Kind::Punct(',' | '.' | ':' | '/' | '-') => {
                i >= 2 && !p.gap && self.toks[i - 2].kind == Kind::Num
            }
            Kind::Num | Kind::Word => true,
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

/// Verbs that take "around"/"about" as a particle.
const PARTICLE_VERBS: &[&str] = &[
    "get", "gets", "got", "getting", "come", "comes", "came", "coming", "go", "goes", "went",
    "going", "turn", "turned", "turns", "look", "looked", "looking", "bring", "brought", "move",
    "moved", "walk", "walked", "set", "talk", "talked", "talking", "think", "thinking", "care",
    "worry", "worried", "know", "knew",
];

/// Whether keyword `k` can begin an expression only if a time word
/// follows it closely (see [`Parser::time_word_ahead`]).
fn needs_time_word(k: Kw) -> bool {
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
fn can_start(k: Kw) -> bool {
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
            | Kw::Overnight
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

#[cfg(test)]
pub(super) mod tests {
    //! Checks that the fast guards in front of rules turn away no match,
    //! and the texts such checks run over.

    use std::fmt::Debug;

    use super::*;
    use crate::time::lexicon::WORDS;
    pub(crate) use crate::time::table_sentences;
    use crate::time::token::tokenize;

    /// Every word of the lexicon that `pick` takes, put before each of
    /// `after`: as it is ("mid 2023"), capitalized, as a holiday's name
    /// must be ("Mid Autumn Festival"), and joined by a hyphen after "In"
    /// ("In mid-2023"), so a guard is tried on the words it turns away
    /// where a match could follow.
    pub(crate) fn words_before(pick: impl Fn(Lex) -> bool, after: &[&str]) -> Vec<String> {
        let mut texts = Vec::new();
        for &(word, lex) in WORDS {
            if !pick(lex) {
                continue;
            }
            let mut cap = word.to_string();
            cap[..1].make_ascii_uppercase();
            for a in after {
                texts.push(format!("{word} {a}"));
                texts.push(format!("{cap} {a}"));
                texts.push(format!("In {word}-{a}"));
            }
        }
        texts
    }

    /// Calls `f` with a parser over `text` at each of its tokens that
    /// `at` takes.
    pub(crate) fn each_start(
        text: &str,
        at: impl Fn(Lex) -> bool,
        mut f: impl FnMut(&Parser<'_>, usize),
    ) {
        let mut toks = Vec::new();
        tokenize(text, 0, text.len(), &mut toks);
        let locale = Locale::new(text);
        let p = Parser::new(text, &toks, &locale, Some(2023));
        for i in 0..toks.len() {
            if p.lex(i).is_some_and(&at) {
                f(&p, i);
            }
        }
    }

    /// A rule with a guard in front: whether it and its unguarded body
    /// agree at a start (`Ok` with whether they found a match), and what
    /// may follow the first word of one of its matches.
    struct Guarded {
        rule: &'static str,
        after: &'static [&'static str],
        agree: fn(&Parser<'_>, usize) -> Result<bool, String>,
    }

    /// Whether a guarded rule's answer is its body's.
    fn agree<T: PartialEq + Debug>(guarded: Option<T>, body: Option<T>) -> Result<bool, String> {
        if guarded == body {
            Ok(body.is_some())
        } else {
            Err(format!("guarded {guarded:?}, unguarded {body:?}"))
        }
    }

    /// Amounts, units and what may follow them: durations, sets, times ago.
    const AMOUNTS: &[&str] = &[
        "two years",
        "a year",
        "half an hour",
        "few days",
        "than two weeks",
        "least a month",
        "to three hours",
        "of a century",
        "weeks",
        "decade",
        "two years ago",
        "a week earlier",
        "a year from now",
        "week",
        "a week",
        "times a year",
        "every month",
        "other day",
        "dozen years",
        "couple of days",
        "two months",
        "and a half years",
        "past two months",
        "last three years",
    ];

    /// Each guarded rule. (`dates`, which asks fewer rules rather than
    /// none, is checked in `dates/mod.rs`.)
    const GUARDED: &[Guarded] = &[
        Guarded {
            rule: "duration",
            after: AMOUNTS,
            agree: |p, i| agree(p.duration(i), p.duration_unguarded(i)),
        },
        Guarded {
            rule: "set",
            after: AMOUNTS,
            agree: |p, i| agree(p.set(i), p.set_unguarded(i)),
        },
        Guarded {
            rule: "ago",
            after: AMOUNTS,
            agree: |p, i| agree(p.ago(i), p.ago_unguarded(i)),
        },
        Guarded {
            rule: "clock",
            after: &[
                "3 p.m.",
                "noon",
                "midnight",
                "10:30",
                "the morning",
                "night",
                "morning",
                "afternoon",
                "past six",
                "quarter past six",
                "six o'clock",
                "early evening",
            ],
            agree: |p, i| agree(p.clock(i), p.clock_unguarded(i)),
        },
        Guarded {
            rule: "modified",
            after: &[
                "2023",
                "the 1990s",
                "next week",
                "this year",
                "year",
                "May",
                "of May",
                "of the year",
                "of next year",
                "summer",
                "century",
            ],
            agree: |p, i| agree(p.modified(i), p.modified_unguarded(i)),
        },
        Guarded {
            rule: "holiday_words",
            after: &[
                "Day",
                "Bank Holiday",
                "bank holiday",
                "Autumn Festival",
                "Eve",
                "Fourth",
                "Year's Eve",
                "Friday",
                "Monday",
            ],
            agree: |p, i| agree(p.holiday_words(i), p.holiday_words_unguarded(i)),
        },
    ];

    /// A guard repeats by hand which first tokens its rule opens with: if
    /// a rule learns a new one, the guard must not silently turn its
    /// matches away. So each guarded rule must find what its body finds
    /// at every token of the table tests' sentences and of every word of
    /// the lexicon put in front of what may follow it in a match. (Every
    /// token, not only the keywords and the words naming a time the
    /// guards turn away now, so a guard that learns to turn away more is
    /// checked too.)
    #[test]
    fn guards_turn_away_no_match() {
        let tables = table_sentences();
        for g in GUARDED {
            let mut found = 0;
            let texts = tables
                .iter()
                .cloned()
                .chain(words_before(|_| true, g.after));
            for text in texts {
                each_start(
                    &text,
                    |_| true,
                    |p, i| match (g.agree)(p, i) {
                        Ok(hit) => found += usize::from(hit),
                        Err(e) => panic!("{}: {text:?} at token {i}: {e}", g.rule),
                    },
                );
            }
            // (The starts must include matches found, or the check says
            // little.)
            assert!(
                found > 100,
                "{}: matches found at the starts checked: {found}",
                g.rule
            );
        }
    }
}
