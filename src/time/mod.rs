//! The temporal tagger: finds date and time expressions in English news text
//! and normalises them to TimeML TIMEX3 values against the article's date.
//!
//! Every other check leans on this module: an event date, a sanctions date
//! or an office's validity is only as good as the date the tagger read.
//!
//! Pipeline: [`scan`] finds windows around trigger words in one pass,
//! [`token`] splits each window, [`grammar`] matches expressions at each
//! token, [`resolve`] pins them to the calendar using the document date,
//! the clause's [`tense`] and the last date mentioned.

mod calendar;
mod context;
mod grammar;
pub mod jsonl;
mod lexicon;
mod range;
mod resolve;
mod scan;
mod sem;
mod tense;
mod token;
mod value;

pub use jsonl::{JsonlError, run_jsonl};
pub use range::value_range;

use crate::span::Span;
use jiff::civil::{Date, Weekday};
use sem::Val;

/// The TIMEX3 `type` attribute.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TimexType {
    Date,
    Time,
    Duration,
    Set,
}

impl TimexType {
    /// The TimeML spelling (`DATE`, `TIME`, `DURATION`, `SET`), as the
    /// evaluation format and reports write it.
    pub fn as_str(self) -> &'static str {
        match self {
            TimexType::Date => "DATE",
            TimexType::Time => "TIME",
            TimexType::Duration => "DURATION",
            TimexType::Set => "SET",
        }
    }
}

/// One temporal expression found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Timex {
    /// Byte span of the expression in the text given to [`tag`].
    pub span: Span,
    pub kind: TimexType,
    /// TimeML value: `2023-11-16`, `2023-11`, `199`, `P3M`, `PAST_REF`, …
    pub value: String,
    /// TimeML `mod` attribute (`START`, `MID`, `END`, `BEFORE`, `AFTER`, `APPROX`, …).
    pub modifier: Option<String>,
    /// Whether the value depends on the document date (relative expression).
    pub relative: bool,
    /// A weekday named in the expression itself ("Wednesday, Nov. 16").
    pub stated_weekday: Option<Weekday>,
}

impl Timex {
    /// The calendar days a DATE or TIME value denotes (a TIME truncated to
    /// its day), so callers can compare coarse and fine dates; `None` for
    /// durations, sets, `*_REF` values and unresolved (`X`) values.
    pub fn range(&self) -> Option<DateRange> {
        match self.kind {
            TimexType::Date | TimexType::Time => value_range(&self.value),
            TimexType::Duration | TimexType::Set => None,
        }
    }
}

/// An inclusive range of calendar days a DATE value denotes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateRange {
    pub first: Date,
    pub last: Date,
}

/// Finds and normalises every temporal expression in `text`.
///
/// `dct` is the document (publication) date; without it relative
/// expressions get underspecified values (`XXXX-08`, `XXXX-WXX-4`) and
/// `relative: true`. The result is sorted by span start and spans never
/// overlap.
pub fn tag(text: &str, dct: Option<Date>) -> Vec<Timex> {
    let mut out: Vec<Timex> = Vec::new();
    let mut resolver = resolve::Resolver::new(dct);
    let mut toks = Vec::new();
    let mut scratch = tense::Scratch::default();
    // The last expression that named a single day: its end and that day.
    let mut last_day: Option<(usize, value::Point)> = None;
    // The clock times just before, which named no day: their indices and
    // suffixes, and where the last one ends. Two when a time is restated
    // in another zone: "2:46 p.m. local time (0546 GMT) Friday".
    let mut clocks: Vec<(usize, String)> = Vec::new();
    let mut clock_end = 0;
    for (ws, we) in scan::windows(text) {
        toks.clear();
        token::tokenize(text, ws, we, &mut toks);
        let parser = grammar::Parser::new(text, &toks);
        let mut i = 0;
        while i < toks.len() {
            let Some(m) = parser.parse(i) else {
                i += 1;
                continue;
            };
            let span = Span::new(toks[i].start, toks[m.end - 1].end);
            if context::in_name(text, span.start, span.end, &m.val)
                || context::game_quarter(text, span.start, span.end, &m.val)
                || (!matches!(m.val, Val::Holiday { .. })
                    && context::in_title(text, span.start, span.end))
            {
                // Only this reading is refused: a longer one may start
                // inside it ("the Spring Festival" is a holiday).
                i += 1;
                continue;
            }
            if let Some((prev_end, day)) = last_day
                && let Val::Clock { hour, minute, .. } = &m.val
                && let Some(join) = context::clock_joins(text, prev_end, span.start, &m.val)
                && let Some(prev) = out.last_mut()
            {
                let value = format!("{}T{hour:02}:{minute:02}", day.value());
                if join == context::Join::Merge {
                    prev.span = Span::new(prev.span.start, span.end);
                    prev.kind = TimexType::Time;
                    prev.value = value;
                } else {
                    let relative = prev.relative;
                    out.push(Timex {
                        span,
                        kind: m.kind,
                        value,
                        modifier: m.modifier.map(str::to_string),
                        relative,
                        stated_weekday: None,
                    });
                }
                last_day = None;
                i = m.end;
                continue;
            }
            let mut known = None;
            let mut tense =
                || *known.get_or_insert_with(|| scratch.tense_at(text, span.start, span.end));
            resolver.set_attribution(context::attribution(text, span.start));
            let r = resolver.resolve(&m.val, &mut tense);
            // "at 10:35 a.m. on Monday", "at 2:46 p.m. (0546 GMT) Friday":
            // the times are on that day.
            let pending = std::mem::take(&mut clocks);
            let gap = text.get(clock_end..span.start);
            if let Some(p) = r.point
                && p.gran == value::Gran::Day
                && m.kind == TimexType::Date
                && matches!(gap, Some(" on " | " " | ") " | ") on "))
            {
                for (k, suffix) in &pending {
                    if let Some(c) = out.get_mut(*k) {
                        c.value = format!("{}{suffix}", p.value());
                        c.relative = r.relative;
                    }
                }
            }
            if let Val::Clock { hour, minute, day } = &m.val
                && **day == Val::DocDay
            {
                if gap == Some(" (") {
                    clocks = pending;
                }
                clocks.push((out.len(), format!("T{hour:02}:{minute:02}")));
                clock_end = span.end;
            }
            last_day = match r.point {
                Some(p) if p.gran == value::Gran::Day && m.kind == TimexType::Date => {
                    Some((span.end, p))
                }
                _ => None,
            };
            out.push(Timex {
                span,
                kind: m.kind,
                value: r.value,
                modifier: m.modifier.map(str::to_string),
                relative: r.relative,
                stated_weekday: m.weekday.and_then(calendar::weekday),
            });
            i = m.end;
            // "2019-2020", "2019-20": the second year is a date of its own.
            if let Some(p) = r.point
                && p.gran == value::Gran::Year
                && matches!(m.val, Val::Abs(_))
                && let Some((s, e, year)) =
                    context::year_range_end(text, span.end, i32::from(p.date.year()))
            {
                out.push(Timex {
                    span: Span::new(s, e),
                    kind: TimexType::Date,
                    value: format!("{year:04}"),
                    modifier: None,
                    relative: false,
                    stated_weekday: None,
                });
                while i < toks.len() && toks[i].start < e {
                    i += 1;
                }
                continue;
            }
            // "Nov. 16-18": the last day of the range is a date of its own.
            if let Some(p) = r.point
                && p.gran == value::Gran::Day
                && m.kind == TimexType::Date
                && matches!(m.val, Val::MonthDay { .. } | Val::Abs(_))
                && let Some((s, e, day, year)) = context::range_end(text, span.end)
                && day > p.date.day() as u8
            {
                let y = year.unwrap_or(i32::from(p.date.year()));
                let month = p.date.month() as u8;
                if let Some(d) = calendar::ymd(y, month, day)
                    && let Some(prev) = out.last_mut()
                {
                    let relative = year.is_none() && prev.relative;
                    if year.is_some()
                        && let Some(first) = calendar::ymd(y, month, p.date.day() as u8)
                    {
                        prev.value = format!("{first}");
                        prev.relative = false;
                    }
                    out.push(Timex {
                        span: Span::new(s, e),
                        kind: TimexType::Date,
                        value: format!("{d}"),
                        modifier: None,
                        relative,
                        stated_weekday: None,
                    });
                    let stop = e + year.map_or(0, |_| 6);
                    while i < toks.len() && toks[i].start < stop {
                        i += 1;
                    }
                }
            }
        }
    }
    share_range_year(text, &mut out);
    share_part_year(text, &mut out, &mut scratch);
    overnight_range(text, &mut out);
    join_compound_durations(text, &mut out);
    out
}

/// "2 hours, 27 minutes", "four hours and 12 minutes", "two years and
/// three months": one duration in several units is one expression.
fn join_compound_durations(text: &str, out: &mut Vec<Timex>) {
    // The rank of a duration unit, from years (0) to seconds (6); minutes
    // and months share a letter, told apart by the time designator.
    fn rank(unit: u8, time: bool) -> Option<u8> {
        match (time, unit) {
            (false, b'Y') => Some(0),
            (false, b'M') => Some(1),
            (false, b'W') => Some(2),
            (false, b'D') => Some(3),
            (true, b'H') => Some(4),
            (true, b'M') => Some(5),
            (true, b'S') => Some(6),
            _ => None,
        }
    }
    // The rank of the last unit of a duration written in whole numbers.
    fn last_rank(v: &str) -> Option<u8> {
        let body = v.strip_prefix('P')?;
        if !body
            .bytes()
            .all(|b| b.is_ascii_digit() || b.is_ascii_uppercase())
            || v.contains('X')
        {
            return None;
        }
        rank(*body.as_bytes().last()?, body.contains('T'))
    }
    let mut k = 1;
    while k < out.len() {
        let (a, b) = (&out[k - 1], &out[k]);
        let joined = a.kind == TimexType::Duration
            && b.kind == TimexType::Duration
            && b.modifier.is_none()
            && matches!(
                text.get(a.span.end..b.span.start),
                Some(", " | " and " | ", and ")
            );
        // `b` must be one whole-number unit finer than the last of `a`.
        let body = b.value.strip_prefix('P').unwrap_or_default();
        let time = body.starts_with('T');
        let part = body.trim_start_matches('T');
        let digits = part.bytes().take_while(u8::is_ascii_digit).count();
        let finer = match (last_rank(&a.value), part.as_bytes()) {
            (Some(ra), [.., unit]) if digits > 0 && digits + 1 == part.len() => {
                rank(*unit, time).is_some_and(|rb| rb > ra)
            }
            _ => false,
        };
        if joined && finer {
            let mut value = a.value.clone();
            if time && !value.contains('T') {
                value.push('T');
            }
            value.push_str(part);
            let end = b.span.end;
            let prev = &mut out[k - 1];
            prev.value = value;
            prev.span = Span::new(prev.span.start, end);
            out.remove(k);
        } else {
            k += 1;
        }
    }
}

/// "shrink in the first half of 1998 and recover in the second half",
/// "peaked in March 2022 and fell in June", "In 2022, sales peaked in
/// March": a month, quarter or half without a year, in the same sentence
/// right after a date with its year written, is of that year, unless its
/// own clause looks ahead and that date's does not.
fn share_part_year(text: &str, out: &mut [Timex], scratch: &mut tense::Scratch) {
    // A value of a month, quarter or half: "1998-06", "1998-Q3".
    let part = |v: &str| {
        let b = v.as_bytes();
        b.len() == 7 && b[..4].iter().all(u8::is_ascii_digit) && b[4] == b'-'
    };
    for k in 1..out.len() {
        let (head, tail) = out.split_at_mut(k);
        let (a, b) = (&head[k - 1], &mut tail[0]);
        if a.relative || !b.relative || a.kind != TimexType::Date || b.kind != TimexType::Date {
            continue;
        }
        // A year alone only as a sentence's opening "In 2022,": before a
        // noun it is too often a modifier ("his 1990 earnings
        // projection"), and inside a sentence the date of something else
        // ("won the title in 1991, ran his last marathon in October").
        let year_only = a.value.len() == 4 && a.value.bytes().all(|c| c.is_ascii_digit());
        let lead_in = a.span.start >= 3
            && text.get(a.span.start - 3..a.span.start) == Some("In ")
            && tense::sentence_bounds(text, a.span.start, a.span.end).0 == a.span.start - 3;
        let dated = a.value.len() >= 7 && a.value.as_bytes()[..4].iter().all(u8::is_ascii_digit);
        if !(dated || year_only && lead_in) || !part(&b.value) || a.value[..4] == b.value[..4] {
            continue;
        }
        // Only a bare month or part ("June", "the second half"), not one
        // placed by words of its own ("February of last year", "earlier
        // this month", "this fall"), and within one clause after a dated
        // phrase ("since April 2009, extending a slide that began in June"
        // is two).
        let gap = text.get(a.span.end..b.span.start).unwrap_or(",");
        let placed = b
            .span
            .slice(text)
            .split(|c: char| !c.is_ascii_alphabetic())
            .any(|w| {
                [
                    "year",
                    "this",
                    "next",
                    "last",
                    "that",
                    "previous",
                    "following",
                    "coming",
                    "past",
                    "earlier",
                    "later",
                    "ago",
                    "current",
                    "same",
                    "latest",
                ]
                .iter()
                .any(|p| p.eq_ignore_ascii_case(w))
            });
        if placed || dated && gap.contains(',') {
            continue;
        }
        let ahead = |t: &Timex, scratch: &mut tense::Scratch| {
            scratch.tense_at(text, t.span.start, t.span.end) == tense::Tense::Future
        };
        if tense::sentence_bounds(text, b.span.start, b.span.end).0 <= a.span.start
            && (!ahead(b, scratch) || ahead(a, scratch))
        {
            b.value = format!("{}{}", &a.value[..4], &b.value[4..]);
        }
    }
}

/// "a curfew from 7 p.m. to 7:30 a.m.": a range of clock times on one day
/// that ends at an earlier hour than it starts ends on the next day.
fn overnight_range(text: &str, out: &mut [Timex]) {
    const JOINS: &[&str] = &[
        " to ",
        " until ",
        " till ",
        "-",
        "\u{2013}",
        " - ",
        " \u{2013} ",
    ];
    // The day and the hour of a clock value on a known day.
    let parts = |v: &str| -> Option<(Date, u8)> {
        let (day, clock) = v.split_once('T')?;
        let hour = clock.get(..2)?.parse().ok()?;
        Some((day.parse().ok()?, hour))
    };
    for k in 1..out.len() {
        let (head, tail) = out.split_at_mut(k);
        let (a, b) = (&head[k - 1], &mut tail[0]);
        if a.kind != TimexType::Time || b.kind != TimexType::Time || !b.relative {
            continue;
        }
        let Some(gap) = text.get(a.span.end..b.span.start) else {
            continue;
        };
        if !JOINS.contains(&gap) {
            continue;
        }
        let (Some((ad, ah)), Some((bd, bh))) = (parts(&a.value), parts(&b.value)) else {
            continue;
        };
        // A range from midnight (T24:00, the end of the day) is left alone.
        if ad == bd
            && bh < ah
            && ah < 24
            && let Ok(next) = bd.tomorrow()
            && let Some((_, clock)) = b.value.split_once('T')
        {
            b.value = format!("{next}T{clock}");
        }
    }
}

/// "from April 1 to Sept. 30, 2023", "between 1 April and 30 September
/// 2023", "from April to June 2023": the year written once at the end of
/// a range also holds for its start, which the tense alone would have
/// put in the document's year.
fn share_range_year(text: &str, out: &mut [Timex]) {
    const JOINS: &[&str] = &[
        " to ",
        " through ",
        " until ",
        " till ",
        " and ",
        "-",
        "\u{2013}",
        " - ",
        " \u{2013} ",
    ];
    // Year, month and (for a day) day of a plain calendar value.
    let parts = |v: &str| -> Option<(i32, u8, u8)> {
        let b = v.as_bytes();
        let digits =
            |r: std::ops::Range<usize>| b.get(r).is_some_and(|d| d.iter().all(u8::is_ascii_digit));
        match b.len() {
            7 if digits(0..4) && b[4] == b'-' && digits(5..7) => {
                Some((v[..4].parse().ok()?, v[5..7].parse().ok()?, 0))
            }
            10 if digits(0..4) && b[4] == b'-' && digits(5..7) && b[7] == b'-' && digits(8..10) => {
                Some((
                    v[..4].parse().ok()?,
                    v[5..7].parse().ok()?,
                    v[8..10].parse().ok()?,
                ))
            }
            _ => None,
        }
    };
    for k in 1..out.len() {
        let (head, tail) = out.split_at_mut(k);
        let (a, b) = (&mut head[k - 1], &tail[0]);
        if !a.relative || b.relative || a.kind != TimexType::Date || b.kind != TimexType::Date {
            continue;
        }
        let Some(gap) = text.get(a.span.end..b.span.start) else {
            continue;
        };
        if !JOINS.contains(&gap) {
            continue;
        }
        let (Some((_, am, ad)), Some((by, bm, bd))) = (parts(&a.value), parts(&b.value)) else {
            continue;
        };
        // A range that ends in January may start in the year before
        // ("from Nov. 1 to Jan. 31, 2024"); day 0 is a month without a day.
        let same_year = am < bm || (am == bm && (ad == 0 || bd == 0 || ad <= bd));
        let year = if same_year { by } else { by - 1 };
        a.value = format!("{year:04}{}", &a.value[4..]);
        a.relative = false;
    }
}
