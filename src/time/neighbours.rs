//! Adjustments between neighbouring expressions once each is resolved:
//! a year written once for a range or a sentence, a month of a habit
//! ("meets monthly, except in January"), a clock time in a clause that
//! recurs, a clock range that runs past midnight, a duration written in
//! several units, weekdays listed in order. Most look at two expressions
//! next to each other and the text between them.

use super::lexicon::{Kw, Lex, classify_in, first_letters, may_start};
use super::timex::{Timex, TimexType};
use super::{calendar, sentence, tense};
use crate::span::Span;
use jiff::civil::Date;
use std::borrow::Cow;

/// Words that place a month or part of a year by themselves: "this fall",
/// "earlier this month", "February of last year".
const PLACING: &[&str] = &[
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
];

/// Whether an expression places itself with a word of [`PLACING`] ("last
/// month", "this fall"): a neighbour's year is not its own.
fn places_itself(text: &str, t: &Timex) -> bool {
    t.span
        .slice(text)
        .split(' ')
        .any(|w| PLACING.iter().any(|p| w.eq_ignore_ascii_case(p)))
}

/// "2 hours, 27 minutes", "four hours and 12 minutes", "two years and
/// three months", "three hours 32 minutes": one duration in several units
/// is one expression.
pub(super) fn join_compound_durations(text: &str, out: &mut Vec<Timex>) {
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
        // (Not "a day" anchoring what follows: "the highest in two years,
        // a day after the caucuses"; a count may be a compound's last part,
        // "1 hour, 5 minutes after the start".)
        let anchors = text
            .get(b.span.end..)
            .and_then(|rest| rest.split_whitespace().next())
            .is_some_and(|w| {
                ["after", "before", "later", "earlier", "ago", "since"]
                    .iter()
                    .any(|a| w.eq_ignore_ascii_case(a))
            })
            && b.span
                .slice(text)
                .split(' ')
                .next()
                .is_some_and(|w| w.eq_ignore_ascii_case("a") || w.eq_ignore_ascii_case("an"));
        // (Nor a stretch with its own article: "over the past month and
        // the past week" are two.)
        let own_article = b
            .span
            .slice(text)
            .split(' ')
            .next()
            .is_some_and(|w| w.eq_ignore_ascii_case("the"));
        let joined = a.kind == TimexType::Duration
            && b.kind == TimexType::Duration
            && b.modifier.is_none()
            && !anchors
            && !own_article
            && matches!(
                text.get(a.span.end..b.span.start),
                Some(", " | " and " | ", and " | " ")
            );
        // `b` must be one unit finer than the last of `a`, in a whole
        // number, or in a decimal one if it is seconds, which TimeML lets
        // the last unit be ("3 minutes 29.46 seconds").
        let body = b.value.strip_prefix('P').unwrap_or_default();
        let time = body.starts_with('T');
        let part = body.trim_start_matches('T');
        let amount = |number: &str, unit: u8| {
            let (whole, fraction) = number.split_once('.').unwrap_or((number, "0"));
            let digits = |d: &str| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit());
            digits(whole) && digits(fraction) && (unit == b'S' || !number.contains('.'))
        };
        let finer = match (last_rank(&a.value), part.as_bytes()) {
            (Some(ra), [number @ .., unit])
                if std::str::from_utf8(number).is_ok_and(|n| amount(n, *unit)) =>
            {
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
/// "peaked in March 2022 and fell in June": a month, quarter or half
/// without a year, in the same clause right after a date with its year,
/// is of that year, unless its own clause looks ahead and that date's does
/// not, or it opens a stretch ("since July 2007"). So is a day a few weeks
/// after a day with its year, in the same sentence. (A year that opens
/// the sentence, "In 2022, sales peaked in March", is the resolver's
/// frame.)
pub(super) fn share_part_year(text: &str, out: &mut [Timex], scratch: &mut tense::Scratch) {
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
        let dated = a.value.len() >= 7 && a.value.as_bytes()[..4].iter().all(u8::is_ascii_digit);
        // "shot him on Oct. 23, 1992, and dumped the body where it was
        // found on Oct. 27": a day without a year a few weeks after a
        // day with one, in the same sentence, is of its year (a comma
        // does not part them).
        let later_day = || -> Option<bool> {
            let ad: Date = a.value.parse().ok()?;
            let bd: Date = format!("{}{}", &a.value[..4], b.value.get(4..)?)
                .parse()
                .ok()?;
            Some(b.value.len() == 10 && ad <= bd && ad.until(bd).ok()?.get_days() <= 62)
        };
        let day = a.value.len() == 10 && later_day() == Some(true);
        if !dated || !(part(&b.value) || day) || a.value[..4] == b.value[..4] {
            continue;
        }
        // Only a bare month or part ("June", "the second half"), not one
        // placed by words of its own ("February of last year", "earlier
        // this month", "this fall"), and within one clause ("since April
        // 2009, extending a slide that began in June" is two).
        let gap = text.get(a.span.end..b.span.start).unwrap_or(",");
        // A weekday without a date, or "today", is counted from the
        // document's date, not in the other's year ("killed on Sept. 11,
        // 2001, read their names on Sunday", "born on 1 January 1915 ...
        // celebrating her 100th birthday today").
        let words = b.span.slice(text);
        let from_document = !words.contains(|c: char| c.is_ascii_digit())
            && words.split(|c: char| !c.is_ascii_alphabetic()).any(|w| {
                matches!(
                    classify_in(w.as_bytes(), 0, w.len()),
                    Lex::Weekday { .. }
                        | Lex::Kw(Kw::Today | Kw::Tomorrow | Kw::Yesterday | Kw::Tonight)
                )
            });
        let placed = from_document
            || words
                .split(|c: char| !c.is_ascii_alphabetic())
                .any(|w| PLACING.iter().any(|p| p.eq_ignore_ascii_case(w)));
        // "the first rise since July 2007 came in November": a date that
        // opens a stretch up to now says nothing of the year of what
        // follows.
        let since = a
            .span
            .start
            .checked_sub(6)
            .and_then(|k| text.get(k..a.span.start))
            .is_some_and(|w| w.eq_ignore_ascii_case("since "));
        if placed || gap.contains(',') && !day || since {
            continue;
        }
        let ahead = |t: &Timex, scratch: &mut tense::Scratch| {
            scratch.tense_at(text, t.span.start, t.span.end) == tense::Tense::Future
        };
        if sentence::sentence_bounds(text, b.span.start, b.span.end).0 <= a.span.start
            && (!ahead(b, scratch) || ahead(a, scratch))
        {
            // "peaked in December 2021 and fell in August": a month (or
            // quarter) before the other's in the calendar comes after it,
            // the next year; at the end of a range ("between December 2021
            // and August") the tense has already placed it after the start.
            let digit = |v: &str| v.as_bytes().get(5).is_some_and(u8::is_ascii_digit);
            let earlier = !day && digit(&a.value) == digit(&b.value) && b.value[5..] < a.value[5..];
            let range_end = ["between ", "from "]
                .iter()
                .any(|w| text[..a.span.start].ends_with(w));
            if earlier && range_end && b.value[..4] > a.value[..4] {
                continue;
            }
            let Ok(year) = a.value[..4].parse::<i32>() else {
                continue;
            };
            let year = if earlier { year + 1 } else { year };
            b.set_year(year);
        }
    }
}

/// "Orthodox Christians will celebrate Easter on April 27", "mark
/// Christmas on Jan. 7", "the main holiday of the season, Christmas,
/// which their church celebrates on Jan. 7": a feast the text dates
/// itself, within a few words and weeks of the day its name gives, is
/// kept on the day written (churches and countries keep feasts on other
/// days than the calendar's rule).
pub(super) fn holiday_dated(text: &str, out: &mut [Timex]) {
    for k in 1..out.len() {
        let (head, tail) = out.split_at_mut(k);
        let (a, b) = (&mut head[k - 1], &tail[0]);
        // (Asked in order of cost: most neighbours stop at the gap.)
        let Some(gap) = text.get(a.span.end..b.span.start) else {
            continue;
        };
        // Right after the name, or in a clause on its keeping; not a
        // date of something else ("before Christmas, officials said on
        // Monday", "due on Easter Monday will be made on Tuesday").
        let kept = |w: &str| {
            ["celebrat", "mark", "observ", "keep", "fall"]
                .iter()
                .any(|v| w.starts_with(v))
        };
        // ("The Mid-Autumn Festival is on Sept 17 this year", "Easter
        // falls on April 20".)
        let linked = [
            " is ",
            " was ",
            " will be ",
            " falls ",
            " fell ",
            " will fall ",
        ]
        .iter()
        .any(|v| gap.strip_suffix("on ") == Some(v));
        // ("Schools close for Christmas on Dec. 20", "break for Easter on
        // April 1": after "for" the feast is the occasion, and the day
        // is the closing's.)
        let occasion = text[..a.span.start].ends_with(" for ");
        let dated = gap == " on " && !occasion
            || linked
            || [", which ", ", when "].iter().any(|w| gap.starts_with(w))
                && gap.ends_with(" on ")
                && gap.split(' ').count() <= 8
                && gap.split(' ').any(kept);
        if !dated || !a.relative || a.kind != TimexType::Date || a.value.len() != 10 {
            continue;
        }
        // (A name the lexicon knows by a word of it, or a festival:
        // "Mid-Autumn Festival".)
        let name = a.span.slice(text);
        let feast = name.ends_with("Festival")
            || name.split([' ', '-']).any(|w| {
                matches!(
                    classify_in(w.as_bytes(), 0, w.len()),
                    Lex::Holiday(_) | Lex::Kw(Kw::Christmas)
                )
            });
        let (Some((ad, a_rest)), Some((bd, b_rest))) = (one_day(a), one_day(b)) else {
            continue;
        };
        // (A weekday only for a feast whose day is a matter of sighting
        // the moon: "celebrating Eid al-Adha on Thursday".)
        let within = if weekday_first(text, b) { 2 } else { 42 };
        // (The feast's own year may have been read otherwise: "preparing
        // for Christmas, which their church celebrates on Jan. 7", on Dec.
        // 31, looks ahead to the next one.)
        let near = [-1, 0, 1].iter().any(|&y| {
            ad.checked_add(jiff::Span::new().years(y))
                .and_then(|d| d.until(bd))
                .is_ok_and(|s| s.get_days().abs() <= within)
        });
        if feast && a_rest.is_empty() && b_rest.is_empty() && ad != bd && near {
            a.value.clone_from(&b.value);
        }
    }
}

/// "The convoy departs at 5 in the morning (5 a.m. EDT Thursday)": a time
/// said again in brackets with its day is on that day. And "shortly after
/// 8 p.m. EDT (0000 GMT Saturday)", written on a Friday: the time in
/// another zone is the same instant, so its weekday is the day of the
/// time before the bracket, or the day before or after it; not the last
/// Saturday the tense alone would pick. Where no day around the first
/// has that weekday, the first time named no day of its own and is on the
/// day the zone's offset gives ("struck at 5:46 a.m. local time (2046 GMT
/// Monday)" is Tuesday's).
pub(super) fn restated_time(text: &str, out: &mut [Timex]) {
    for k in 1..out.len() {
        let (head, tail) = out.split_at_mut(k);
        let (a, b) = (&mut head[k - 1], &mut tail[0]);
        let bracketed = matches!(
            text.get(a.span.end..b.span.start),
            Some(" (" | " local time (" | " local time, (")
        ) && a.kind == TimexType::Time
            && b.kind == TimexType::Time
            && a.value.len() == 16
            && b.value.len() == 16;
        if !bracketed {
            continue;
        }
        if a.relative && a.value[10..] == b.value[10..] {
            a.value.clone_from(&b.value);
        } else if names_weekday(b.span.slice(text)) {
            match same_instant_day(&a.value, &b.value) {
                Some(Some(day)) => b.value = format!("{day}{}", &b.value[10..]),
                Some(None) => {}
                None if !names_day(a.span.slice(text)) => {
                    if let Some(day) = local_day(&a.value, &b.value) {
                        a.value = format!("{day}{}", &a.value[10..]);
                    }
                }
                None => {}
            }
        } else if !names_day(b.span.slice(text))
            && let Some(day) = zoned_day(&a.value, &b.value)
        {
            // "struck about 1:30 a.m. (2100 GMT)": the same instant in
            // another zone may fall on the day before or after.
            b.value = format!("{day}{}", &b.value[10..]);
        }
    }
}

/// The day of the clock time `zoned` ("T21:00") that is the same instant
/// as `local` ("2022-06-22T01:30"), in a zone from 12 hours behind to 14
/// ahead of it (see [`instant_day`]).
fn zoned_day(local: &str, zoned: &str) -> Option<Date> {
    instant_day(local, zoned, 1)
}

/// The day of the clock time `local` ("2023-02-08T04:17") that is the
/// same instant as `zoned` ("2023-02-06T01:17"), its day told (see
/// [`instant_day`]).
fn local_day(local: &str, zoned: &str) -> Option<Date> {
    instant_day(zoned, local, -1)
}

/// The day of clock time `other` that is the same instant as `known`, a
/// time on a known day, when one zone is from 12 hours behind to 14
/// ahead of the other: local ahead of zoned when `sign` is 1 (`known` is
/// the local time), zoned ahead of local when it is -1. One of the day
/// before, the day of and the day after `known`'s, if only one fits.
fn instant_day(known: &str, other: &str, sign: i64) -> Option<Date> {
    let minutes = |v: &str| -> Option<i64> {
        let h: i64 = v.get(11..13)?.parse().ok()?;
        let m: i64 = v.get(14..16)?.parse().ok()?;
        Some(h * 60 + m)
    };
    let (k, o) = (minutes(known)?, minutes(other)?);
    let day: Date = known.get(..10)?.parse().ok()?;
    let mut fits = [
        (-1, day.yesterday().ok()?),
        (0, day),
        (1, day.tomorrow().ok()?),
    ]
    .into_iter()
    .filter(|&(shift, _)| (-12 * 60..=14 * 60).contains(&(sign * (k - o - shift * 24 * 60))));
    let (_, found) = fits.next()?;
    fits.next().is_none().then_some(found)
}

/// Whether a time names a weekday: "0000 GMT Saturday".
fn names_weekday(span: &str) -> bool {
    span.split(|c: char| !c.is_ascii_alphabetic())
        .any(|w| matches!(classify_in(w.as_bytes(), 0, w.len()), Lex::Weekday { .. }))
}

/// For a time `zoned` that says again in another zone the time `local`
/// (both "2006-08-11T20:00"), the day among the one before, the one of and
/// the one after `local`'s day that has `zoned`'s weekday: `Some(None)`
/// if that is `zoned`'s day already, `None` if there is none.
fn same_instant_day(local: &str, zoned: &str) -> Option<Option<Date>> {
    let day: Date = local.get(..10)?.parse().ok()?;
    let told: Date = zoned.get(..10)?.parse().ok()?;
    [day.yesterday().ok()?, day, day.tomorrow().ok()?]
        .into_iter()
        .find(|d| d.weekday() == told.weekday())
        .map(|d| (d != told).then_some(d))
}

/// "a curfew from 7 p.m. to 7:30 a.m.": a range of clock times on one day
/// that ends at an earlier hour than it starts ends on the next day; a
/// range whose end names its day ("between 2am and 10am tomorrow") starts
/// on that day too. A night told in the past "between" two times that
/// name no day is the one that ended on the document's day: "The attack
/// happened between 10pm and 2am" starts the evening before (where "a
/// curfew from 7 p.m. to 7:30 a.m.", imposed today, is tonight's).
pub(super) fn overnight_range(
    text: &str,
    dct: Option<Date>,
    out: &mut [Timex],
    scratch: &mut tense::Scratch,
) {
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
        // "from 4pm until 2am on Sunday": the day after the end is its own.
        let end_on_day = tail.get(1).is_some_and(|c| {
            c.kind == TimexType::Date && text.get(tail[0].span.end..c.span.start) == Some(" on ")
        });
        // (Not the end of a range whose start names its day, before the
        // next day's times: "Friday 8 a.m. to 4 p.m. and Saturday 8 a.m.
        // to noon".)
        let ends_named_range = k >= 2 && {
            let start = &head[k - 2];
            text.get(start.span.end..head[k - 1].span.start)
                .is_some_and(|g| JOINS.contains(&g))
                && names_day(start.span.slice(text))
        };
        let (a, b) = (&mut head[k - 1], &mut tail[0]);
        if a.kind != TimexType::Time || b.kind != TimexType::Time || !b.relative {
            continue;
        }
        let Some(gap) = text.get(a.span.end..b.span.start) else {
            continue;
        };
        // (In capitals too, as weather warnings are written: "FROM NOON
        // TO 8 PM EDT THURSDAY".)
        let gap_in = |list: &[&str]| list.iter().any(|j| gap.eq_ignore_ascii_case(j));
        let between = a
            .span
            .start
            .checked_sub(8)
            .and_then(|s| text.as_bytes().get(s..a.span.start))
            .is_some_and(|w| w.eq_ignore_ascii_case(b"between "))
            && gap_in(&[" and "]);
        // "set off before 10am or after 7pm on Friday": times listed before
        // a day are on it too.
        let listed = !between
            && !ends_named_range
            && gap_in(&[" or ", " and ", " or after ", " or before "]);
        if !gap_in(JOINS) && !between && !listed {
            continue;
        }
        let (Some((ad, ah)), Some((bd, bh))) = (parts(&a.value), parts(&b.value)) else {
            continue;
        };
        if listed {
            if (names_day(b.span.slice(text)) || end_on_day)
                && !names_day(a.span.slice(text))
                && ad != bd
                && let Some((_, clock)) = a.value.split_once('T')
            {
                a.value = format!("{bd}T{clock}");
            }
            continue;
        }
        // "from 10pm to 6am tomorrow", "between 2am and 10am tomorrow":
        // the day written at the end holds for the start (the day before
        // it when the hours run past midnight, or start at it: "between
        // midnight and 7am on Christmas Day" starts as Christmas Eve
        // ends).
        if names_day(b.span.slice(text)) || end_on_day {
            if !names_day(a.span.slice(text)) {
                let day = if ah > bh {
                    bd.yesterday().ok()
                } else {
                    Some(bd)
                };
                if let Some(day) = day
                    && day != ad
                    && let Some((_, clock)) = a.value.split_once('T')
                {
                    a.value = format!("{day}T{clock}");
                }
            }
            continue;
        }
        // A range from midnight (T24:00, the end of the day) is left alone.
        if ad == bd && bh < ah && ah < 24 {
            let told = between && a.relative && dct == Some(ad) && {
                let t = scratch.tense_at(text, b.span.start, b.span.end);
                matches!(t, tense::Tense::Past | tense::Tense::Before)
            };
            let (start, end) = if told {
                (ad.yesterday().ok(), Some(bd))
            } else {
                (Some(ad), bd.tomorrow().ok())
            };
            if let (Some(start), Some(end)) = (start, end)
                && let (Some((_, ac)), Some((_, bc))) =
                    (a.value.split_once('T'), b.value.split_once('T'))
            {
                let (av, bv) = (format!("{start}T{ac}"), format!("{end}T{bc}"));
                (a.value, b.value) = (av, bv);
            }
        }
    }
}

/// "The museum is open from 10 a.m. to 5 p.m. daily", "open from 9 a.m.
/// to midnight every day", "Shops open at 10 a.m. on weekdays", "Every
/// day, the gates open at 6 a.m.", "The store usually opens at 9 a.m.": a
/// clock time that names no day, in a clause that tells a habit (see
/// [`habit_told`]), is on no one day, and TimeML writes it
/// XXXX-XX-XXThh:mm. A day named next to the time is the time's own ("at
/// 10 a.m. on Monday").
pub(super) fn habitual_clock(text: &str, out: &mut [Timex]) {
    // A clock value on a known day: "2010-06-17T09:00".
    let on_day = |v: &str| {
        let b = v.as_bytes();
        b.len() == 16 && b[..4].iter().all(u8::is_ascii_digit) && b[10] == b'T'
    };
    for k in 0..out.len() {
        let t = &out[k];
        if t.kind == TimexType::Time && on_day(&t.value) && weekly_time(text, out, k) {
            let day = t.value[..10]
                .parse::<Date>()
                .map(|d| d.weekday().to_monday_one_offset());
            if let Ok(day) = day {
                let t = &mut out[k];
                t.value = format!("XXXX-WXX-{day}{}", &t.value[10..]);
                t.relative = false;
            }
            continue;
        }
        if t.kind != TimexType::Time || !on_day(&t.value) || names_day(t.span.slice(text)) {
            continue;
        }
        let day_next_to = |n: Option<&Timex>, gap: Option<&str>| {
            n.is_some_and(|n| n.kind == TimexType::Date)
                && matches!(gap, Some(" " | " on " | ", " | " at " | ", at "))
        };
        let next = out.get(k + 1);
        let prev = k.checked_sub(1).and_then(|p| out.get(p));
        if day_next_to(next, next.and_then(|n| text.get(t.span.end..n.span.start)))
            || day_next_to(prev, prev.and_then(|p| text.get(p.span.end..t.span.start)))
        {
            continue;
        }
        if usual_clock(text, t.span) || habit_told(text, out, t.span).is_some() {
            let t = &mut out[k];
            t.value = format!("XXXX-XX-XX{}", &t.value[10..]);
            t.relative = false;
        }
    }
    // "Buses leave at 6:15 a.m., 9:30 a.m. and 1 p.m. daily", "Classes
    // start at 7:45 a.m. and end at 2:30 p.m. on weekdays": a time listed
    // before one of the habit, or told in a clause joined to its own, is
    // one too, though the comma or the "and" after it closed its clause.
    for k in (0..out.len().saturating_sub(1)).rev() {
        let (head, tail) = out.split_at_mut(k + 1);
        let (a, b) = (&mut head[k], &tail[0]);
        if a.kind == TimexType::Time
            && on_day(&a.value)
            && !names_day(a.span.slice(text))
            && b.kind == TimexType::Time
            && b.value.starts_with("XXXX-XX-XXT")
            && text
                .get(a.span.end..b.span.start)
                .is_some_and(clocks_joined)
        {
            a.value = format!("XXXX-XX-XX{}", &a.value[10..]);
            a.relative = false;
        }
    }
}

/// Whether the clock time at `span` is the usual time of something, not
/// a time of one day: "instead of its usual 7 p.m. start", "the regular
/// 9 a.m. briefing", "the city's 11 p.m. curfew" (a standing curfew holds
/// every night; "imposed a 6 p.m. curfew on Saturday" is one night's).
fn usual_clock(text: &str, span: Span) -> bool {
    let before = text[..span.start].trim_end();
    let after_word = |words: &[&str]| {
        words.iter().any(|w| {
            before.ends_with(w)
                && !before[..before.len() - w.len()].ends_with(char::is_alphanumeric)
        })
    };
    let usual = after_word(&["usual", "regular", "normal", "customary", "traditional"]);
    let owned = before.ends_with("'s")
        || before.ends_with("\u{2019}s")
        || after_word(&["its", "their", "his", "her"]);
    usual
        || owned
            && text[span.end..]
                .trim_start_matches(' ')
                .starts_with("curfew")
}

/// "Polls open at 7 a.m. and close at 8 p.m. on Election Day, Nov. 8": a
/// clock time with no day of its own, listed or told in a clause joined to
/// one whose day is named after it, is on that day too (not the
/// document's). Not when that day is counted from another ("left at 9
/// a.m. and returned at 5 p.m. the next day").
pub(super) fn listed_clock_day(text: &str, dct: Option<Date>, out: &mut [Timex]) {
    let Some(dct) = dct else {
        return;
    };
    let doc_day = dct.to_string();
    for k in (0..out.len().saturating_sub(1)).rev() {
        let (head, tail) = out.split_at_mut(k + 1);
        let (a, b) = (&mut head[k], &tail[0]);
        // ("between 10pm and 2am" is a range, placed by
        // `overnight_range`.)
        let range = text[..a.span.start].ends_with("between ");
        if a.kind == TimexType::Time
            && b.kind == TimexType::Time
            && a.relative
            && !range
            && a.value.len() == 16
            && a.value.starts_with(&doc_day)
            && a.value.as_bytes()[10] == b'T'
            && !names_day(a.span.slice(text))
            && b.value.len() == 16
            && b.value.as_bytes()[10] == b'T'
            && b.value.as_bytes()[..4].iter().all(u8::is_ascii_digit)
            && !b.value.starts_with(&doc_day)
            && text
                .get(a.span.end..b.span.start)
                .is_some_and(clocks_joined)
            && !super::context::day_counted_after(&text[b.span.end..])
        {
            a.value = format!("{}{}", &b.value[..10], &a.value[10..]);
        }
    }
}

/// "He was pronounced dead at 11:15 p.m. at Roosevelt Hospital, 40 years
/// ago tonight", "The fight, held at 4 a.m. local time to suit American
/// television, took place on Oct. 30, 1974": a clock time with no day of
/// its own, in a sentence that goes on to name a day half a year or more
/// away (and no other expression between), is that day's, not the
/// document's. ("Polls close at 8 p.m., and the new parliament meets on
/// Jan. 5", written on Dec. 30, keeps its day.) So is one whose event's
/// noun alone stands before the day, however near: "a noon Mass
/// yesterday" (see [`names_event_then`]).
pub(super) fn clock_of_later_day(text: &str, dct: Option<Date>, out: &mut [Timex]) {
    let Some(dct) = dct else {
        return;
    };
    let doc_day = dct.to_string();
    for k in 0..out.len().saturating_sub(1) {
        let (head, tail) = out.split_at_mut(k + 1);
        let (a, b) = (&mut head[k], &tail[0]);
        // (The time first: most expressions are none.)
        if a.kind != TimexType::Time || !a.relative || a.value.len() != 16 {
            continue;
        }
        let Some(day) = calendar_day(&b.value) else {
            continue;
        };
        if a.value.starts_with(&doc_day)
            && !names_day(a.span.slice(text))
            && (day
                .parse::<Date>()
                .is_ok_and(|d| (d - dct).get_days().abs() > 180)
                && sentence::sentence_bounds(text, a.span.start, a.span.end).1 >= b.span.end
                || text
                    .get(a.span.end..b.span.start)
                    .is_some_and(names_event_then))
        {
            a.value = format!("{day}{}", &a.value[10..]);
        }
    }
}

/// "Tuesday 3 March" on a line of its own, then "9.05pm GMT: Sanders wins
/// Vermont.": the stamps of a live report's entries are on the day of the
/// date heading above them, not on the day the report was published.
pub(super) fn stamps_under_heading(text: &str, out: &mut [Timex]) {
    // (Only the text next to each expression is read: a line may be a
    // whole paragraph.)
    let opens_line = |at: usize| {
        let before = text[..at].trim_end_matches([' ', '\t']);
        before.is_empty() || before.ends_with('\n')
    };
    let ends_line = |at: usize| {
        let after = text[at..].trim_start_matches([' ', '\t', '\r']);
        after.is_empty() || after.starts_with('\n')
    };
    let mut heading: Option<String> = None;
    for t in out.iter_mut() {
        if t.kind == TimexType::Date
            && t.value.len() == 10
            && opens_line(t.span.start)
            && ends_line(t.span.end)
            && let Some(day) = calendar_day(&t.value)
        {
            heading = Some(day.to_owned());
            continue;
        }
        if let Some(day) = &heading
            && t.kind == TimexType::Time
            && t.value.len() >= 16
            && t.value.as_bytes()[10] == b'T'
            && opens_line(t.span.start)
        {
            t.value = format!("{day}{}", &t.value[10..]);
        }
    }
}

/// Whether `gap`, between a clock time and a day after it, is the noun of
/// the event the time is of and perhaps a preposition: "a noon Mass
/// yesterday", "the 10 a.m. service on Sunday", "the 7:30 p.m. show on
/// Friday", so that the time is that day's. (At most three words of
/// letters, lower case but perhaps for a capital first letter ("Mass"),
/// none that joins another clause or runs a range: not "opens at 9 a.m.
/// and closes on Sunday", "from 9 a.m. until Sunday".)
fn names_event_then(gap: &str) -> bool {
    let words: Vec<&str> = gap.split(' ').filter(|w| !w.is_empty()).collect();
    (1..=3).contains(&words.len())
        && gap.starts_with(' ')
        && gap.ends_with(' ')
        && words
            .iter()
            .all(|w| w.bytes().skip(1).all(|c| c.is_ascii_lowercase()))
        && words
            .iter()
            .all(|w| w.starts_with(|c: char| c.is_ascii_alphabetic()))
        && !words.iter().any(|w| {
            matches!(
                *w,
                "and"
                    | "or"
                    | "but"
                    | "to"
                    | "until"
                    | "till"
                    | "through"
                    | "then"
                    | "from"
                    | "than"
                    | "by"
                    | "before"
                    | "after"
                    | "since"
                    | "is"
                    | "was"
                    | "will"
            )
        })
}

/// The day a value names or falls on, "2020-12-08" of "2020-12-08TNI",
/// if it begins with one.
fn calendar_day(value: &str) -> Option<&str> {
    value.get(..10).filter(|d| {
        d.bytes().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                c == b'-'
            } else {
                c.is_ascii_digit()
            }
        })
    })
}

/// Whether `gap`, the text between two clock times, lists them or joins
/// their clauses: ", ", " and ", " or ", " and end at ", " and again at ",
/// " and the show starts at ".
fn clocks_joined(gap: &str) -> bool {
    matches!(gap, ", " | " and " | ", and " | " or ")
        || gap.strip_prefix(" and ").is_some_and(|g| {
            g.ends_with(" at ")
                && g.split(' ').filter(|w| !w.is_empty()).count() <= 5
                && g.bytes().all(|c| c.is_ascii_lowercase() || c == b' ')
        })
}

/// Whether the time at `k` names a weekday (and no month) in a clause
/// that tells a weekly habit, a set of weeks or weekdays in its sentence:
/// "Closures will run from 6 a.m. Saturday to 6 p.m. Sunday each weekend"
/// are times of every Saturday and Sunday, XXXX-WXX-6T06:00.
fn weekly_time(text: &str, out: &[Timex], k: usize) -> bool {
    let t = &out[k];
    let words: Vec<Lex> = t
        .span
        .slice(text)
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty())
        .map(|w| classify_in(w.as_bytes(), 0, w.len()))
        .collect();
    if !words
        .iter()
        .any(|l| matches!(l, Lex::Weekday { plural: false, .. }))
        || words.iter().any(|l| matches!(l, Lex::Month { .. }))
    {
        return false;
    }
    let (ss, se) = sentence::sentence_bounds(text, t.span.start, t.span.end);
    out.iter().any(|s| {
        s.kind == TimexType::Set
            && ss <= s.span.start
            && s.span.end <= se
            && (s.value.starts_with("XXXX-WXX") || s.value == "P1W")
    }) && habit_told(text, out, t.span).is_some()
}

/// The word right before `span`, letters only: "in" for "held in spring".
fn word_before(text: &str, span: Span) -> &str {
    text[..span.start]
        .trim_end()
        .rsplit(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("")
}

/// Whether the word before `span` is "in" or "during": "held twice a
/// year, in spring".
fn said_in(text: &str, span: Span) -> bool {
    let word = word_before(text, span);
    word.eq_ignore_ascii_case("in") || word.eq_ignore_ascii_case("during")
}

/// Whether the clause around `span` is told in the future: what is set
/// to recur there recurs within the month or season it names, which is
/// the one ahead ("Premier League clubs will play twice a week in
/// December").
fn told_ahead(text: &str, span: Span) -> bool {
    let sentence = sentence::sentence_bounds(text, span.start, span.end);
    let (cs, ce) = clause_around(text, sentence, span);
    lower_words(text.get(cs..ce).unwrap_or(""))
        .iter()
        .any(|w| matches!(&**w, "will" | "ll" | "shall" | "would"))
}

/// Whether the word before `span` is "since": "has called daily since
/// March" runs from one March. So does a habit "starting in" or
/// "beginning in" a time: "will broadcast the series on Sunday evenings
/// starting in the autumn".
fn after_since(text: &str, span: Span) -> bool {
    let before = word_before(text, span);
    before.eq_ignore_ascii_case("since")
        || before.eq_ignore_ascii_case("in")
            && text[..span.start]
                .trim_end()
                .strip_suffix(before)
                .map(str::trim_end)
                .is_some_and(|t| t.ends_with("starting") || t.ends_with("beginning"))
}

/// Adverbs that say a clause tells what is done as a rule: "The Senate
/// usually adjourns in late May".
const HABIT_ADVERBS: &[&str] = &[
    "usually",
    "typically",
    "traditionally",
    "normally",
    "generally",
    "customarily",
    // "In winter, the road is often impassable"
    "often",
    "frequently",
    "always",
    "rarely",
    "seldom",
];

/// How a clause tells a habit (see [`habit_told`]).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Habit {
    /// A set or a word of recurrence says that what the clause tells
    /// recurs, perhaps within one stretch: "every month till June".
    Recurs,
    /// An adverb of habit or a perfect since a year says that the clause
    /// tells a rule of every year: "usually adjourns in late May".
    Rule,
}

/// Whether the clause of `text` around `span` tells a habit, and how, so
/// that a clock time, a month or a season in it may be of no one day or
/// year. The clause says so by
/// - a set in it ("open from 10 a.m. to 5 p.m. daily"), one opening the
///   sentence ("Every day, the gates open at 6 a.m."), or one right
///   before the expression with only "in" or "during" and an adverb
///   between ("meets monthly, except in January"); not a word of
///   frequency that describes a thing ("the daily briefing at 10 a.m.")
///   nor a rate's period ("prices rose 0.4% monthly in January");
/// - a word of recurrence that is no set: "on weekdays", "every weekday";
/// - an adverb of habit with a verb of the present (see
///   [`habit_adverb`]): "usually adjourns in late May"; or one opening the
///   sentence (see [`habit_opening`]): "Usually, the market rallies in
///   December";
/// - a perfect that runs since a year (see [`perfect_since_year`]): "has
///   held the ceremony in late February since 2004".
///
/// (A set in another clause tells nothing of this one: "He left at 10
/// a.m. and has called every day since".)
fn habit_told(text: &str, out: &[Timex], span: Span) -> Option<Habit> {
    /// Words that say a time recurs without being tagged as a set.
    const RECURRING: &[&str] = &["weekdays", "weekends", "weeknights"];
    let sentence = sentence::sentence_bounds(text, span.start, span.end);
    let (cs, ce) = clause_around(text, sentence, span);
    // ("In winter, the road is often impassable": a phrase opening the
    // sentence is told of by the clause after its comma.)
    let (cs, ce) = match text.get(ce..).and_then(|r| r.strip_prefix(", ")) {
        Some(rest)
            if cs == sentence.0
                && text[cs..span.start]
                    .split_whitespace()
                    .all(|w| matches!(w.to_ascii_lowercase().as_str(), "in" | "during")) =>
        {
            let next = ce + 2;
            let word_end = next + rest.find(' ').unwrap_or(rest.len());
            (
                cs,
                clause_around(text, sentence, Span::new(next, word_end)).1,
            )
        }
        _ => (cs, ce),
    };
    let words = lower_words(text.get(cs..ce).unwrap_or(""));
    if habit_adverb(&words)
        || generic_superlative(&words)
        || habit_opening(text.get(sentence.0..sentence.1).unwrap_or(""))
        || perfect_since_year(text, out, (cs, ce), span)
    {
        return Some(Habit::Rule);
    }
    let set_said = out.iter().any(|s| {
        s.kind == TimexType::Set
            && (cs <= s.span.start && s.span.end <= ce
                || s.span.start == sentence.0
                || s.span.end <= span.start
                    && text.get(s.span.end..span.start).is_some_and(habit_gap))
            && !describes_thing(text, s.span)
            // (A figure right before it is a rate's, unless it ends the
            // expression itself: "on July 23 every year".)
            && (!rate_period(text, s.span) || text[..s.span.start].trim_end().len() == span.end)
            && !counted_days(text, s.span)
    });
    // ("open every weekday from 9 a.m. to 5 p.m.": a day of each week,
    // which no set is tagged for, as "on weekdays" is.)
    let every_weekday = words
        .windows(2)
        .any(|w| matches!(&*w[0], "every" | "each") && matches!(&*w[1], "weekday" | "weeknight"));
    (set_said || every_weekday || words.iter().any(|w| RECURRING.contains(&&**w)))
        .then_some(Habit::Recurs)
}

/// The words (runs of ASCII letters) of `s`, lower-cased. (Borrowed
/// where already lower case, as most words of a clause are: this runs for
/// every clock time and month the habit rules look at.)
fn lower_words(s: &str) -> Vec<Cow<'_, str>> {
    // (Split on bytes: a run of ASCII letters starts and ends on a
    // character's boundary, and no byte of a wider character is a letter.)
    s.as_bytes()
        .split(|b| !b.is_ascii_alphabetic())
        .filter(|w| !w.is_empty())
        .filter_map(|w| std::str::from_utf8(w).ok())
        .map(|w| {
            if w.bytes().any(|b| b.is_ascii_uppercase()) {
                Cow::Owned(w.to_ascii_lowercase())
            } else {
                Cow::Borrowed(w)
            }
        })
        .collect()
}

/// The words a habit's month may follow after its set: "except in",
/// "usually during the" ("meets monthly, except in January").
fn habit_gap(gap: &str) -> bool {
    let mut words = gap.strip_prefix(',').unwrap_or(gap).split_whitespace();
    let mut w = words.next();
    if w.is_some_and(|w| {
        HABIT_ADVERBS.contains(&w)
            || ["except", "mostly", "mainly", "often", "always", "only"].contains(&w)
    }) {
        w = words.next();
    }
    if !w.is_some_and(|w| w == "in" || w == "during") {
        return false;
    }
    match words.next() {
        None => true,
        Some("the") => words.next().is_none(),
        Some(_) => false,
    }
}

/// Whether a set is a rate's period, a figure right before it: "prices
/// rose 0.4% monthly", "up 3 percent annually".
fn rate_period(text: &str, span: Span) -> bool {
    let before = text[..span.start].trim_end();
    before.ends_with(|c: char| c.is_ascii_digit() || c == '%')
        || ["percent", "per cent", "points"]
            .iter()
            .any(|w| before.ends_with(w))
}

/// Whether a set is counted in words, a count right before it: "make up
/// the lost days on three Saturdays in January" names so many days, not a
/// habit (a count in digits is a rate's figure, see [`rate_period`]).
fn counted_days(text: &str, span: Span) -> bool {
    let word = word_before(text, span);
    ["two", "three", "four", "five", "six", "several", "few"]
        .iter()
        .any(|w| word.eq_ignore_ascii_case(w))
}

/// Whether the lower-cased `words` of a clause hold an adverb of habit
/// ([`HABIT_ADVERBS`]) with a verb of the present: after "is", "are",
/// "does" or "has" ("is typically held"), or before a verb that is no past
/// form ("usually adjourns", "usually peak"). Not one of a past occasion
/// or a participle ("was usually held", "exercises, usually held in
/// August, would be suspended": those August ones), nor a manner ("were
/// running normally", "a typically busy summer").
fn habit_adverb(words: &[Cow<'_, str>]) -> bool {
    const PRESENT: &[&str] = &["is", "are", "am", "do", "does", "has", "have"];
    const NOT_VERB: &[&str] = &[
        "in", "on", "at", "to", "for", "from", "by", "with", "during", "until", "since", "the",
        "a", "an", "and", "or", "but", "than", "as", "of",
    ];
    words.iter().enumerate().any(|(k, w)| {
        if !HABIT_ADVERBS.contains(&&**w) {
            return false;
        }
        let prev = k.checked_sub(1).map_or("", |p| &*words[p]);
        let next = words.get(k + 1).map_or("", |w| &**w);
        if PRESENT.contains(&prev) {
            return true;
        }
        let manner = prev.ends_with("ing")
            || matches!(
                prev,
                "was" | "were" | "had" | "did" | "a" | "an" | "the" | "be" | "been"
            );
        // (A habit's time may follow it alone, its verb told before:
        // "meets twice a year in Vienna, usually in June and December".)
        let time_after = matches!(next, "in" | "during" | "around");
        !manner
            && !next.is_empty()
            && (!NOT_VERB.contains(&next) || time_after)
            && !next.ends_with("ly")
            && !tense::past_form(next)
    })
}

/// Whether the lower-cased `words` of a clause tell when something is at
/// its most in every year, a superlative after "is" or "are": "Avalanche
/// risk is highest in spring", "Tornadoes are most common in spring".
fn generic_superlative(words: &[Cow<'_, str>]) -> bool {
    words.windows(2).any(|w| {
        matches!(&*w[0], "is" | "are")
            && (matches!(&*w[1], "most" | "least")
                || w[1].len() > 5
                    && w[1].ends_with("est")
                    && !matches!(
                        &*w[1],
                        "latest" | "interest" | "request" | "contest" | "protest"
                    ))
    })
}

/// Whether `sentence` opens with an adverb of habit set off by a comma,
/// which holds for all of it: "Traditionally, the speech is delivered in
/// November". (Not "generally", which opens a summing up as often:
/// "Generally, prices rose in March".)
fn habit_opening(sentence: &str) -> bool {
    sentence.split_once(',').is_some_and(|(first, _)| {
        let first = first.trim_start_matches(|c: char| !c.is_ascii_alphabetic());
        HABIT_ADVERBS
            .iter()
            .any(|a| *a != "generally" && a.eq_ignore_ascii_case(first))
    })
}

/// "The Academy has held the ceremony in late February or early March
/// since 2004": a perfect before the expression whose clause runs on
/// "since" a year tells what has been done each year since, not on one
/// occasion. (Not a month that is the "since"'s own: "has risen since
/// March".)
fn perfect_since_year(text: &str, out: &[Timex], clause: (usize, usize), span: Span) -> bool {
    let since_year = out.iter().any(|y| {
        y.kind == TimexType::Date
            && y.value.len() == 4
            && y.value.bytes().all(|b| b.is_ascii_digit())
            && text
                .get(clause.1..y.span.start)
                .is_some_and(|gap| gap.eq_ignore_ascii_case(" since "))
    });
    // ("has held", "have long hosted")
    since_year && {
        let before = lower_words(text.get(clause.0..span.start).unwrap_or(""));
        before.iter().enumerate().any(|(k, w)| {
            matches!(&**w, "has" | "have")
                && before[k + 1..]
                    .iter()
                    .take(2)
                    .any(|v| v != "since" && tense::past_form(v))
        })
    }
}

/// The clause of the sentence `sentence` that holds `span`: bounded by a
/// comma, a semicolon, a colon, a bracket or a dash, or by a word that
/// opens another clause ("left at 10 a.m. and has called every day
/// since"); an "and" before another time or its preposition joins the
/// times of one clause ("from 9 a.m. to 5 p.m. and 10 a.m. to 2 p.m.").
fn clause_around(text: &str, sentence: (usize, usize), span: Span) -> (usize, usize) {
    let bytes = text.as_bytes();
    // Only these bytes open a break (0xE2 leads the dashes): the others
    // are passed over without decoding a character.
    let may_break = |b: &u8| matches!(b, b';' | b'(' | b')' | b',' | b':' | b'-' | b' ' | 0xE2);
    let breaks_at = |k: usize| {
        let rest = &text[k..];
        clause_break(rest, rest.chars().next()?)
    };
    let mut start = None;
    if text.get(sentence.0..span.start).is_some() {
        let mut k = span.start;
        while let Some(p) = bytes[sentence.0..k].iter().rposition(may_break) {
            k = sentence.0 + p;
            if let Some(n) = breaks_at(k) {
                start = Some((k + n).min(span.start));
                break;
            }
        }
    }
    let mut end = None;
    if text.get(span.end..sentence.1).is_some() {
        let mut k = span.end;
        while let Some(p) = bytes[k..sentence.1].iter().position(may_break) {
            if breaks_at(k + p).is_some() {
                end = Some(k + p);
                break;
            }
            k += p + 1;
        }
    }
    (start.unwrap_or(sentence.0), end.unwrap_or(sentence.1))
}

/// The length of the clause break that `rest` (which starts with `c`,
/// and runs on to the text's end: the word after an "and" counts) opens
/// with, if it opens with one (see [`clause_around`]).
fn clause_break(rest: &str, c: char) -> Option<usize> {
    const OPENERS: &[&str] = &[
        "and", "but", "when", "while", "as", "because", "since", "although", "though", "whereas",
        "which", "who",
    ];
    const OPENER_FIRSTS: u32 = first_letters(OPENERS);
    const JOINED: &[&str] = &[
        "from", "at", "on", "until", "till", "to", "between", "noon", "midnight",
    ];
    fn first(s: &str) -> &str {
        s.split(|c: char| !c.is_ascii_alphanumeric())
            .next()
            .unwrap_or("")
    }
    // A time, or its preposition: "10 a.m.", "noon", "to 5 p.m.".
    let time_word = |w: &str| {
        w.starts_with(|c: char| c.is_ascii_digit())
            || JOINED.iter().any(|j| j.eq_ignore_ascii_case(w))
    };
    match c {
        ';' | '(' | ')' | '\u{2014}' | '\u{2013}' => Some(c.len_utf8()),
        // ("Rehearsals run six days a week, from 10 a.m. to 6 p.m.": the
        // hours after a comma are still the clause's own.)
        ',' if rest[1..].starts_with(' ') => {
            let word = first(&rest[2..]);
            let hours = ["from", "between", "at"]
                .iter()
                .any(|w| w.eq_ignore_ascii_case(word))
                && time_word(first(rest[2 + word.len()..].trim_start()));
            (!hours).then_some(1)
        }
        ':' if rest[1..].starts_with(' ') => Some(1),
        '-' if rest.starts_with("--") => Some(2),
        // (Most words are turned away by their first letter.)
        ' ' if !rest
            .as_bytes()
            .get(1)
            .is_some_and(|&b| may_start(OPENER_FIRSTS, b)) =>
        {
            None
        }
        ' ' => {
            let word = first(&rest[1..]);
            // (Most words are no opener: the word after is read only for
            // an "and".)
            let opens = OPENERS.iter().any(|w| w.eq_ignore_ascii_case(word))
                && !(word.eq_ignore_ascii_case("and")
                    && time_word(first(rest[1 + word.len()..].trim_start())));
            opens.then_some(1 + word.len())
        }
        _ => None,
    }
}

/// Whether a set is a word of frequency that describes the thing after
/// it: after an article or a possessive ("the daily briefing", "its
/// weekly meeting"), or right before a noun ("a third daily flight", "its
/// biggest monthly gain"; not "meets monthly in July", "paid weekly by
/// the firm", "calls daily asking").
fn describes_thing(text: &str, span: Span) -> bool {
    const DETERMINERS: &[&str] = &[
        "the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "this", "that",
    ];
    let word = span.slice(text);
    if word.contains(' ') {
        return false;
    }
    let before = text[..span.start].trim_end();
    // (After the last character that is no letter, whatever its width:
    // "the café daily".)
    let prev = &before[before
        .char_indices()
        .rev()
        .find(|&(_, c)| !c.is_ascii_alphabetic())
        .map_or(0, |(k, c)| k + c.len_utf8())..];
    let next = text[span.end..]
        .strip_prefix(' ')
        .map(|rest| {
            &rest[..rest
                .find(|c: char| !c.is_ascii_alphabetic())
                .unwrap_or(rest.len())]
        })
        .unwrap_or("");
    let noun_next = next.starts_with(|c: char| c.is_ascii_lowercase())
        && !next.ends_with("ly")
        && !next.ends_with("ing")
        && !next.ends_with("ed")
        && !NOT_NOUNS.contains(&next);
    DETERMINERS.iter().any(|d| d.eq_ignore_ascii_case(prev)) || noun_next
}

/// Words after a word of frequency that show it tells how often something
/// is done, not what kind of thing follows: prepositions, conjunctions,
/// articles and pronouns.
const NOT_NOUNS: &[&str] = &[
    "in", "on", "at", "by", "for", "from", "to", "with", "without", "during", "until", "till",
    "through", "since", "between", "before", "after", "except", "and", "or", "but", "as", "than",
    "the", "a", "an", "this", "that", "these", "those", "it", "them", "him", "her", "us", "me",
    "is", "are", "was", "were", "will", "would", "can", "could", "so", "then", "now", "again",
    "instead", "there", "here", "over", "around", "across", "into", "onto", "about", "under",
    "per", "via", "when", "while", "where", "if", "unless", "because",
];

/// Whether a time expression names its day ("10am tomorrow", "6 p.m.
/// Friday", "9pm this evening") rather than being a bare clock time.
fn names_day(span: &str) -> bool {
    span.split(|c: char| !c.is_ascii_alphabetic()).any(|w| {
        matches!(
            classify_in(w.as_bytes(), 0, w.len()),
            Lex::Weekday { .. }
                | Lex::Month { .. }
                | Lex::Kw(Kw::Today | Kw::Tomorrow | Kw::Yesterday | Kw::Tonight | Kw::This)
        )
    })
}

/// "from April 1 to Sept. 30, 2023", "between 1 April and 30 September
/// 2023", "from April to June 2023", "between March and June last year",
/// "in the spring and summer of 2019": the year written once at the end
/// of a range also holds for its start, which the tense alone would have
/// put in the document's year.
pub(super) fn share_range_year(text: &str, dct: Option<Date>, out: &mut [Timex]) {
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
    // Year, month and (for a day) day of a plain calendar value; a
    // season counts as the month it starts in ("the spring and summer of
    // 2019", "the winter and spring of 2019": that winter began in 2018).
    let parts = |v: &str| -> Option<(i32, u8, u8)> {
        let b = v.as_bytes();
        let digits =
            |r: std::ops::Range<usize>| b.get(r).is_some_and(|d| d.iter().all(u8::is_ascii_digit));
        let season = match v.get(4..) {
            Some("-SP") => Some(3),
            Some("-SU") => Some(6),
            Some("-FA") => Some(9),
            Some("-WI") => Some(12),
            _ => None,
        };
        match b.len() {
            7 if digits(0..4) && b[4] == b'-' && digits(5..7) => {
                Some((v[..4].parse().ok()?, v[5..7].parse().ok()?, 0))
            }
            7 if digits(0..4) && season.is_some() => Some((v[..4].parse().ok()?, season?, 0)),
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
        let (a, b) = (&mut head[k - 1], &mut tail[0]);
        // "between March and June last year": a year named in words is
        // named too.
        let year_named = !b.relative
            || [" last year", " this year", " next year"]
                .iter()
                .any(|y| b.span.slice(text).ends_with(y));
        if !a.relative || a.kind != TimexType::Date || b.kind != TimexType::Date {
            continue;
        }
        let Some(gap) = text.get(a.span.end..b.span.start) else {
            continue;
        };
        // ("postponed from last month to November 2021": a start that
        // places itself keeps its year. A range of weekdays is less than
        // a week, whatever its dates' months, and is ordered by
        // `weekday_sequence`: "shut from Tuesday to Monday", written on
        // Friday, Sept. 27, runs from Oct. 1.)
        if !JOINS.contains(&gap)
            || places_itself(text, a)
            || weekday_first(text, a) && weekday_first(text, b)
        {
            continue;
        }
        let (Some((ay, am, ad)), Some((by, bm, bd))) = (parts(&a.value), parts(&b.value)) else {
            continue;
        };
        // A range that ends in January may start in the year before
        // ("from Nov. 1 to Jan. 31, 2024"); day 0 is a month without a day.
        let same_year = am < bm || (am == bm && (ad == 0 || bd == 0 || ad <= bd));
        // "car sales fell 22 percent from January through November",
        // written on Dec. 31; "the mid-crop, harvested from April to
        // September", written in April: a range within a year that would
        // start a year after it ends lies in one year, the one in which it
        // holds the document date, or else its end's, which its own tense
        // placed (the start's "January" alone may be the coming one).
        // ("in March and August" lists two, see `share_list_year`; and in
        // "a revision Friday to December's figures" no range is told.)
        let ranged = a.value.len() == b.value.len()
            && (gap != " and "
                || text
                    .get(a.span.start.saturating_sub(8)..a.span.start)
                    .is_some_and(|w| w.eq_ignore_ascii_case("between ")));
        // Whether the range from year `y` to year `y + over` holds the
        // document date.
        let holds = |y: i32, over: i32| {
            let first = Date::new(y as i16, am as i8, ad.max(1) as i8).ok();
            let last = Date::new((y + over) as i16, bm as i8, bd.max(1) as i8)
                .ok()
                .map(|d| if bd == 0 { d.last_of_month() } else { d });
            matches!((first, last, dct), (Some(f), Some(l), Some(d)) if f <= d && d <= l)
        };
        // (Not when the end names its year: "between January and June of
        // last year", written in January, is last year's January.)
        // ("In 2005 the trial ran from February through November": a start
        // the story's year placed, not ahead of the document, holds its
        // year; the end, told after it, was put the year before.)
        if ranged && same_year && ay > by && !year_named {
            let placed = dct.is_some_and(|d| ay < i32::from(d.year()));
            let year = if holds(ay, 0) || placed { ay } else { by };
            for t in [&mut *a, &mut *b] {
                t.set_year(year);
            }
            continue;
        }
        // "Cantaloupes sold from Oct. 16 through Oct. 23 may be
        // contaminated": a range within a year whose end the tense put a
        // year after its start (the end read in a clause further on)
        // lies in one year: the start's, which its verb placed, unless
        // the end's holds the document date.
        if ranged && same_year && by > ay && b.relative && !year_named {
            let year = if holds(by, 0) { by } else { ay };
            for t in [&mut *a, &mut *b] {
                t.set_year(year);
            }
            continue;
        }
        // "The fiscal year runs from July 1 to June 30", "meets every
        // Tuesday from October to April", written in May: a range across
        // the turn of a year that the tense put in one year, ending
        // before it starts, runs into the next; it is the one holding the
        // document date if one does, or else the one from its start, or to
        // its end if both ends are gone by ("The show ran from July 1 to
        // June 30", written in January).
        if ranged && am > bm && ay == by && b.relative {
            let gone = |m: u8, d: u8| {
                matches!(
                    (Date::new(by as i16, m as i8, d.max(1) as i8), dct),
                    (Ok(e), Some(doc)) if e < doc
                )
            };
            let start = if holds(ay - 1, 1) || gone(am, ad) && gone(bm, bd) {
                ay - 1
            } else {
                ay
            };
            a.set_year(start);
            b.set_year(start + 1);
            continue;
        }
        if !year_named {
            continue;
        }
        let year = if same_year { by } else { by - 1 };
        a.set_year(year);
        a.relative = b.relative;
    }
}

/// "they feared July and August could be worse": a later month listed
/// right after a month the tense placed is of the same year (alone,
/// "August" in a past clause written in June would be last year's), and
/// "December and January" run into the next.
pub(super) fn share_list_year(text: &str, out: &mut [Timex]) {
    let month = |v: &str| -> Option<(i32, u8)> {
        let b = v.as_bytes();
        (b.len() == 7
            && b[4] == b'-'
            && b.iter()
                .enumerate()
                .all(|(k, c)| k == 4 || c.is_ascii_digit()))
        .then(|| Some((v[..4].parse().ok()?, v[5..7].parse().ok()?)))
        .flatten()
    };
    for k in 1..out.len() {
        let (head, tail) = out.split_at_mut(k);
        let (a, b) = (&head[k - 1], &mut tail[0]);
        if !(a.relative && b.relative && a.kind == TimexType::Date && b.kind == TimexType::Date) {
            continue;
        }
        // ("walkouts in March and last month": a month that places itself
        // keeps its year.)
        let listed = matches!(
            text.get(a.span.end..b.span.start),
            Some(" and " | " or " | ", ")
        ) && !places_itself(text, b);
        let (true, Some((ay, am)), Some((by, bm))) = (listed, month(&a.value), month(&b.value))
        else {
            continue;
        };
        // "cancellations for December and January began within hours",
        // written in November: months listed across the turn of a year,
        // two or three apart at most, run into the next year.
        let year = if am < bm {
            ay
        } else if 12 - am + bm <= 2 {
            ay + 1
        } else {
            by
        };
        if year != by {
            b.set_year(year);
        }
    }
}

/// "The board meets monthly, except in January", "The forum is held
/// twice a year, in spring and autumn", "published annually in March",
/// "The Senate usually adjourns in late May", "business is usually done
/// in the second and fourth quarters": a month, season, quarter or half
/// in a clause that tells a habit (see [`habit_told`]) is one of every
/// year, as "every January" is: `XXXX-01`, `XXXX-SP`, `XXXX-Q4`; and so
/// is one listed after
/// it. (Not one a clause of its own tells: "The board, which meets
/// monthly, approved the plan in January"; nor one a stretch runs from:
/// "has called daily since March".)
pub(super) fn habitual_year(text: &str, out: &mut [Timex]) {
    // A month, season, quarter or half of a year the text did not
    // write: "2010-01", "2024-SP", "1989-Q4".
    let yearly = |v: &str| {
        let b = v.as_bytes();
        b.len() == 7
            && b[..4].iter().all(u8::is_ascii_digit)
            && b[4] == b'-'
            && (b[5..].iter().all(u8::is_ascii_digit)
                || matches!(&v[5..], "SP" | "SU" | "FA" | "WI")
                || matches!(b[5], b'Q' | b'H') && b[6].is_ascii_digit())
    };
    for k in 0..out.len() {
        // ("open every day except Christmas": a day a habit leaves out
        // is every year's too.)
        let excepted = word_before(text, out[k].span).eq_ignore_ascii_case("except")
            && fixed_day(text, &out[k]);
        let day = excepted || yearly_day(text, out, k);
        let b = &out[k];
        if b.kind != TimexType::Date
            || !b.relative
            || !(yearly(&b.value) || day)
            || places_itself(text, b)
            || after_since(text, b.span)
        {
            continue;
        }
        // ("typically runs from October through March, peaking in
        // February": so is one a participle after it goes on to.)
        let participle = |gap: &str| {
            gap.strip_prefix(", ")
                .and_then(|g| g.split_once(' '))
                .is_some_and(|(verb, rest)| {
                    verb.len() > 4
                        && verb.ends_with("ing")
                        && verb.bytes().all(|c| c.is_ascii_lowercase())
                        && matches!(rest, "in " | "during ")
                })
        };
        // ("usually begins in June and ends in September": so is one a
        // present joined to the habit's clause tells.)
        let joined_present = |gap: &str| {
            gap.strip_prefix(" and ")
                .or_else(|| gap.strip_prefix(", and "))
                .and_then(|g| g.split_once(' '))
                .is_some_and(|(verb, rest)| {
                    verb.len() > 3
                        && verb.ends_with('s')
                        && !verb.ends_with("ss")
                        && verb.bytes().all(|c| c.is_ascii_lowercase())
                        && matches!(rest, "in " | "during " | "by " | "around ")
                })
        };
        let listed = k.checked_sub(1).is_some_and(|p| {
            let a = &out[p];
            a.kind == TimexType::Date
                && a.value.starts_with("XXXX-")
                && text.get(a.span.end..b.span.start).is_some_and(|g| {
                    matches!(g, " and " | " or " | ", ") || participle(g) || joined_present(g)
                })
        });
        let habit = match habit_told(text, out, b.span) {
            Some(Habit::Rule) => true,
            // ("meets monthly, except in January", not "every month till
            // June": a recurrence within one stretch; a day of a month
            // with a yearly set is one of every year.)
            // (A month with a yearly set is every year's, however it is
            // led in: "from April through September every year".)
            Some(Habit::Recurs) => {
                (day || said_in(text, b.span) || yearly_set_beside(text, out, b.span))
                    && !told_ahead(text, b.span)
            }
            None => false,
        };
        if listed || habit || of_its_kind(text, b.span) {
            let b = &mut out[k];
            b.value = format!("XXXX{}", &b.value[4..]);
        }
    }
}

/// Whether the expression at `span` follows "a typical", "an average",
/// "a normal": any year's season or month of its kind, not this year's
/// ("more hospitalizations than a typical winter").
fn of_its_kind(text: &str, span: Span) -> bool {
    let mut before = text[..span.start].split_whitespace().rev();
    before.next().is_some_and(|w| {
        ["typical", "average", "normal", "usual", "ordinary"]
            .iter()
            .any(|a| w.eq_ignore_ascii_case(a))
    }) && before
        .next()
        .is_some_and(|w| w.eq_ignore_ascii_case("a") || w.eq_ignore_ascii_case("an"))
}

/// Whether the expression at `k` is a day of a month ("July 23", "the
/// Fourth of July") whose sentence tells what is done each year ("every
/// year", "each year", "annually": a yearly set): "Egypt celebrates its
/// national day on July 23 every year" is `XXXX-07-23`, a day of every
/// year, when its clause tells a habit (see [`habitual_year`]).
fn yearly_day(text: &str, out: &[Timex], k: usize) -> bool {
    fixed_day(text, &out[k]) && yearly_set_beside(text, out, out[k].span)
}

/// Whether `t` is a day that falls on one date every year, named by its
/// month or a fixed holiday ("July 23", "Christmas"; not "Thanksgiving",
/// whose date moves).
fn fixed_day(text: &str, t: &Timex) -> bool {
    let v = t.value.as_bytes();
    if v.len() != 10 || v[4] != b'-' || v[7] != b'-' || !v[..4].iter().all(u8::is_ascii_digit) {
        return false;
    }
    t.span
        .slice(text)
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty())
        .any(|w| match classify_in(w.as_bytes(), 0, w.len()) {
            Lex::Month { .. } | Lex::Kw(Kw::Christmas) => true,
            Lex::Holiday(h) => calendar::holiday_fixed(h).is_some(),
            _ => false,
        })
}

/// Whether the sentence of `span` holds a yearly set ("every year", "each
/// year", "annually"), which makes the months and days it names those of
/// every year: "nest on the beaches from April through September every
/// year".
fn yearly_set_beside(text: &str, out: &[Timex], span: Span) -> bool {
    let (ss, se) = sentence::sentence_bounds(text, span.start, span.end);
    out.iter().any(|s| {
        s.kind == TimexType::Set && s.value == "P1Y" && ss <= s.span.start && s.span.end <= se
    })
}

/// "walk out on Tuesday, Thursday and Saturday", "next Saturday and
/// Sunday", "a break from Sunday to Tuesday", "reopen on Monday
/// afternoon": a weekday listed after a day comes after it, though on its
/// own it would be the nearest one (the document's day itself, or one
/// already past). A list that starts on or before the document date is
/// left alone when following it would run past that date ("statements
/// made Friday and Thursday"); a range is not. A range of days spans less
/// than a week ("from 6 am Sunday till 2 am Monday"), so a start a week or
/// more before its end moves up to it. And a day named twice is one day: "before
/// Election Day on Tuesday", "through Monday, Memorial Day".
pub(super) fn weekday_sequence(text: &str, dct: Option<Date>, out: &mut [Timex]) {
    const LISTS: &[&str] = &[", ", " and ", ", and ", " or ", " and on "];
    // ("Skies clear tonight into Friday": a stretch running on.)
    const RANGES: &[&str] = &[
        " to ",
        " through ",
        " until ",
        " till ",
        " into ",
        "-",
        "\u{2013}",
    ];
    let weekday_first = |t: &Timex| weekday_first(text, t);
    let names_weekday = |t: &Timex| {
        t.span.slice(text).split([' ', ',']).any(|w| {
            matches!(
                classify_in(w.as_bytes(), 0, w.len()),
                Lex::Weekday { plural: false, .. }
            )
        })
    };
    for k in 1..out.len() {
        let (head, tail) = out.split_at_mut(k);
        let (a, b) = (&mut head[k - 1], &mut tail[0]);
        let gap = text.get(a.span.end..b.span.start).unwrap_or("");
        if gap != " on " && !RANGES.contains(&gap) && !LISTS.contains(&gap) {
            continue;
        }
        let (Some((ad, _)), Some((bd, b_rest))) = (one_day(a), one_day(b)) else {
            continue;
        };
        // "Election Day on Tuesday" (not "suspended all matches until
        // April 3 on Friday", weeks apart: the day the act was done).
        if gap == " on "
            && b.relative
            && weekday_first(b)
            && ad.weekday() == bd.weekday()
            && ad.until(bd).is_ok_and(|s| s.get_days().abs() <= 7)
        {
            b.value = format!("{ad}{b_rest}");
            continue;
        }
        // "through Monday, Memorial Day": a weekday and, apposed, the day
        // it is; the day decides which week.
        if gap == ", "
            && a.relative
            && !a.span.slice(text).contains(' ')
            && weekday_first(a)
            && !names_weekday(b)
            && b_rest.is_empty()
            && ad.weekday() == bd.weekday()
            && ad.until(bd).is_ok_and(|s| s.get_days().abs() == 7)
            && let Some((_, a_rest)) = one_day(a)
        {
            a.value = format!("{bd}{a_rest}");
            continue;
        }
        let range = RANGES.contains(&gap);
        if !range && !LISTS.contains(&gap) {
            continue;
        }
        // "from 6 am Sunday till 2 am Monday": a start a week or more
        // before its end.
        if range
            && a.relative
            && names_weekday(a)
            && names_weekday(b)
            && let Ok(span) = ad.until(bd)
            && span.get_days() >= 7
            && let Some((_, a_rest)) = one_day(a)
        {
            let weeks = i64::from(span.get_days() / 7);
            if let Ok(moved) = ad.checked_add(jiff::Span::new().weeks(weeks)) {
                a.value = format!("{moved}{a_rest}");
            }
            continue;
        }
        // ("from Tuesday through next Monday": the "next" one of a range
        // is the one after its start too.)
        let next_weekday = || range && after_next(text, b).is_some_and(weekday_first_of);
        // ("from 10 p.m. Friday until 5 a.m. Monday", "from late Tuesday
        // until early Thursday": so is a time on a weekday or a part of
        // one.)
        let on_weekday = || range && names_weekday(b);
        if !b.relative || !(weekday_first(b) || next_weekday() || on_weekday()) || bd >= ad {
            continue;
        }
        let Some(next) = (1..=7)
            .filter_map(|n| ad.checked_add(jiff::Span::new().days(n)).ok())
            .find(|d| d.weekday() == bd.weekday())
        else {
            continue;
        };
        // (A list starting today goes on: "tonight and Sunday",
        // "suspended deliveries on Wednesday and Thursday", written on the
        // Wednesday; not one listing days back, "statements made Friday
        // and Thursday", written on the Friday.) A range ends after it
        // starts, whatever the date: "leaders, meeting from Sunday to
        // Tuesday, discussed", written on the Monday.
        let days_on = ad.until(next).map_or(7, |s| s.get_days());
        let back = |d: Date| ad < d || ad == d && weekday_first(a) && days_on > 3;
        if !range && dct.is_some_and(|d| back(d) && next > d) {
            continue;
        }
        // "Final rehearsals ran from Monday to Thursday", written on the
        // Tuesday: a stretch told as over ended by the document's day, so
        // it is last week's.
        if range
            && a.relative
            && dct.is_some_and(|d| next > d)
            && ran_from(&text[..a.span.start])
            && let Some((_, a_rest)) = one_day(a)
            && let Ok(start) = ad.checked_sub(jiff::Span::new().weeks(1))
            && let Ok(end) = next.checked_sub(jiff::Span::new().weeks(1))
        {
            a.value = format!("{start}{a_rest}");
            b.value = format!("{end}{b_rest}");
            continue;
        }
        b.value = format!("{next}{b_rest}");
    }
}

/// Whether `before` ends with a past verb of lasting and "from": "ran
/// from", "lasted from", "took place from" (not "runs from", "is
/// scheduled from", "meeting from").
fn ran_from(before: &str) -> bool {
    let Some(rest) = before.strip_suffix("from ") else {
        return false;
    };
    let verb = rest.trim_end().rsplit(' ').next().unwrap_or("");
    matches!(
        verb,
        "ran" | "lasted" | "continued" | "stretched" | "raged" | "met" | "sat" | "stayed" | "place"
    )
}

/// The day of a DATE or TIME value on one day, and the rest ("T14:00").
fn one_day(t: &Timex) -> Option<(Date, String)> {
    if !matches!(t.kind, TimexType::Date | TimexType::Time) {
        return None;
    }
    let (d, rest) = t.value.split_at_checked(10)?;
    (rest.is_empty() || rest.starts_with('T')).then_some((d.parse().ok()?, rest.to_string()))
}

/// Whether an expression starts with a weekday ("Tuesday", "Friday
/// night").
fn weekday_first(text: &str, t: &Timex) -> bool {
    weekday_first_of(t.span.slice(text))
}

/// Whether `span` opens with one weekday.
fn weekday_first_of(span: &str) -> bool {
    let first = span.split(' ').next().unwrap_or("");
    matches!(
        classify_in(first.as_bytes(), 0, first.len()),
        Lex::Weekday { plural: false, .. }
    )
}

/// What follows "next " that opens an expression ("next Monday").
fn after_next<'a>(text: &'a str, t: &Timex) -> Option<&'a str> {
    let span = t.span.slice(text);
    span.get(..5)
        .filter(|h| h.eq_ignore_ascii_case("next "))
        .map(|_| &span[5..])
}

/// "crisscrossed the country on Friday in a final push before Monday's
/// election", "campaigned on Friday ahead of Tuesday's caucuses": a
/// weekday that what happened on a day comes before is the first such
/// weekday from that day on, whatever the clause's tense says (it tells
/// of the push, not of the election; "slipped yesterday ahead of
/// Wednesday's rate decision" may be on the day). Not across a report
/// ("said on Monday that he was seen before Saturday's match": the match
/// may be past) or into another clause.
pub(super) fn weekday_after_day(text: &str, out: &mut [Timex]) {
    const REPORTS: &[&str] = &[
        "said",
        "says",
        "told",
        "announced",
        "reported",
        "added",
        "confirmed",
        "stated",
    ];
    // Another clause's "before": "will walk out Friday unless a contract
    // is reached before Thursday's midnight deadline".
    const CLAUSES: &[&str] = &[
        " that ",
        " unless ",
        " if ",
        " when ",
        " while ",
        " because ",
        " and ",
        " but ",
        " or ",
        " until ",
        " after ",
        " so ",
    ];
    for k in 1..out.len() {
        let (head, tail) = out.split_at_mut(k);
        let (a, b) = (&head[k - 1], &mut tail[0]);
        let before = &text[..b.span.start];
        if !(before.ends_with(" before ") || before.ends_with(" ahead of "))
            || !b.relative
            || !weekday_first(text, b)
        {
            continue;
        }
        let gap = text.get(a.span.end..b.span.start).unwrap_or("");
        if gap.len() > 100
            || gap.contains(['.', ';', '!', '?', '"', '\n'])
            || CLAUSES.iter().any(|c| gap.contains(c))
        {
            continue;
        }
        let lead = text[..a.span.start].trim_end();
        let lead = lead.strip_suffix(" on").unwrap_or(lead);
        if REPORTS.iter().any(|r| lead.ends_with(r)) {
            continue;
        }
        let (Some((ad, _)), Some((bd, rest))) = (one_day(a), one_day(b)) else {
            continue;
        };
        if let Some(d) = (0..7)
            .filter_map(|n| ad.checked_add(jiff::Span::new().days(n)).ok())
            .find(|d| d.weekday() == bd.weekday())
        {
            b.value = format!("{d}{rest}");
        }
    }
}

/// "Tuesday's St. Patrick's Day parade", "Sunday's Christmas Eve
/// service": a weekday's possessive right before a day that falls on it
/// within a week either side is that day (the weekday alone, read by the
/// clause's tense, may take the week before).
pub(super) fn weekday_owning_day(text: &str, out: &mut [Timex]) {
    for k in 1..out.len() {
        let (head, tail) = out.split_at_mut(k);
        let (a, b) = (&mut head[k - 1], &tail[0]);
        let owns = matches!(
            text.get(a.span.end..b.span.start),
            Some("'s " | "\u{2019}s ")
        );
        if !owns || !a.relative || a.span.slice(text).contains(' ') || !weekday_first(text, a) {
            continue;
        }
        let (Some((ad, rest)), Some((bd, _))) = (one_day(a), one_day(b)) else {
            continue;
        };
        let near = bd.since(ad).is_ok_and(|s| s.get_days().abs() <= 7);
        if near && ad != bd && ad.weekday() == bd.weekday() {
            a.value = format!("{bd}{rest}");
        }
    }
}
