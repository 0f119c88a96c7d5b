//! The tagging pass: windows, tokens, grammar, resolution and the
//! neighbour fixes, in that order, over one text.

use super::lexicon::PartOfDay;
use super::sem::{Match, Val, clock_suffix};
use super::timex::{Recurrence, Timex, TimexType};
use super::{
    calendar, context, grammar, lexicon, locale, neighbours, opening_hours, resolve, scan,
    sentence, tense, token, value,
};
use crate::span::Span;
use jiff::civil::Date;
use std::cell::OnceCell;

/// How far (in bytes, about one short sentence) an afternoon or evening
/// time in the sentence before still says which half of the day a dial
/// time means: "Doors open at 6 p.m.; the auction starts at 7:30."
const CLOCK_NEAR: usize = 80;

/// Finds and normalises every temporal expression in `text`.
///
/// `dct` is the document (publication) date; without it relative
/// expressions get underspecified values (`XXXX-08`, `XXXX-WXX-4`) and
/// `relative: true`. The result is sorted by span start and spans never
/// overlap.
pub fn tag(text: &str, dct: Option<Date>) -> Vec<Timex> {
    let mut out: Vec<Timex> = Vec::new();
    let mut resolver = resolve::Resolver::new(dct);
    // (Room for the tokens of a window of a few triggers at once.)
    let mut toks = Vec::with_capacity(64);
    let mut scratch = tense::Scratch::default();
    // The last expression that named a single day: its end and that day.
    let mut last_day: Option<(usize, value::Point)> = None;
    // The clock times just before, which named no day: their indices and
    // suffixes, and where the last one ends. Two when a time is restated
    // in another zone: "2:46 p.m. local time (0546 GMT) Friday".
    let mut clocks: Vec<(usize, String)> = Vec::new();
    // The paragraph the expression is in, counted as the scan goes.
    let (mut line, mut line_pos) = (0usize, 0usize);
    // The year the current sentence opens with, and where that sentence
    // ends.
    // Whether the year is only a thing's the sentence opens with ("The
    // 1973 Watergate hearings"), which frames no day a report was given.
    let mut frame: Option<(value::Point, usize, bool)> = None;
    let mut clock_end = 0;
    let mut clock_start = 0;
    // The last clock time, if it was in the afternoon or evening: where it
    // ends and its hour.
    let mut afternoon: Option<(usize, u8)> = None;
    // The last holiday named without a year: its index in `out`, where
    // it ends, and which holiday it is.
    let mut holiday: Option<(usize, usize, lexicon::Holiday)> = None;
    // The last dated report ("said last Friday"): its point, where it ends
    // and where its sentence ends.
    let mut report: Option<(value::Point, usize, usize)> = None;
    // The tense the last expression was resolved with, if asked, and
    // where it ends.
    let mut listed: Option<(usize, tense::Tense)> = None;
    let locale = locale::Locale::new(text);
    // Where the headline ends, if the text opens with one.
    let headline_end = lede_start(text);
    let doc_year = dct.map(|d| i32::from(d.year()));
    let candidates = scan::candidates(text);
    // The next trigger that may lie ahead of a token.
    let mut next_trigger = 0;
    for &(ws, we) in &candidates.windows {
        toks.clear();
        token::tokenize(text, ws, we, &mut toks);
        let parser = grammar::Parser::new(text, &toks, &locale, doc_year);
        let mut i = 0;
        while i < toks.len() {
            if !candidates.can_start(toks[i].start, &mut next_trigger) {
                i += 1;
                continue;
            }
            let Some(mut m) = parser.parse(i) else {
                i += 1;
                continue;
            };
            let span = Span::new(toks[i].start, toks[m.end - 1].end);
            // The bounds of the expression's sentence, found when first
            // asked: several tests below and the tense read them.
            let bounds = OnceCell::new();
            let sentence =
                || *bounds.get_or_init(|| sentence::sentence_bounds(text, span.start, span.end));
            // (A quoted title is refused whole: "Summer of '69" holds no
            // year either.)
            if context::quoted_title(text, span.start, span.end, &m.val) {
                i = m.end;
                continue;
            }
            if context::in_name(text, span.start, span.end, &m.val)
                || context::in_award(text, span.start, span.end)
                || context::late_night_kind(text, span.start, span.end)
                || context::generic_today(text, span.start, span.end)
                || context::game_period(text, span.start, span.end, &m.val, sentence)
                || context::runs_scored(text, span.start, span.end)
                // ("every Christmas Day", a day of each year, names one
                // too, and so does "the Christmas Day bombing of 2009".)
                || (!m.val.names_holiday()
                    && !yearly_day(&m)
                    && !parser.opens_with_holiday(i)
                    && context::in_title(text, span.start, span.end))
            {
                // Only this reading is refused: a longer one may start
                // inside it ("the Spring Festival" is a holiday).
                i += 1;
                continue;
            }
            if matches!(&m.val, Val::Fixed(v) if v == "P1D")
                && context::someday(text, span.start, span.end)
            {
                m.val = Val::Ref("FUTURE_REF");
                m.kind = TimexType::Date;
            }
            // "Foreigners make up 7 percent of the population today, up
            // from 1 percent in the early 1990s", "Ten years ago shippers
            // had no alternative. Today they have five": today set in the
            // present against a time years past is the present age.
            if m.kind == TimexType::Date
                && text[span.start..span.end].eq_ignore_ascii_case("today")
                && context::against_years_past(text, span.start)
                && context::present_near(text, span.start, span.end)
            {
                m.val = Val::Ref("PRESENT_REF");
            }
            if let Some((prev_end, day)) = last_day
                && let Val::Clock { hour, minute, .. } = &m.val
                && let Some(join) = context::clock_joins(text, prev_end, span.start, &m.val)
                && let Some(prev) = out.last_mut()
            {
                // ("on Friday, shortly after midnight": the midnight that
                // begins it.)
                let day = if *hour == 24 && context::after_midnight(&text[..span.start]) {
                    day.opened_by_midnight()
                } else {
                    day
                };
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
                        recurrence: Recurrence::default(),
                        movable: None,
                    });
                }
                last_day = None;
                i = m.end;
                continue;
            }
            // "On 22 February 1986, a Saturday,", "Christmas Day, which
            // falls on a Monday": the weekday of the day just named is that
            // day.
            // (One of another weekday is left out rather than guessed, and
            // so is a day that no date just named falls on: "whenever the
            // holiday falls on a Saturday".)
            let falls_on = FALLS_ON.iter().any(|w| text[..span.start].ends_with(w));
            // ("on Oct. 14, 1911, a Saturday afternoon": so is a part of
            // that weekday.)
            let (weekday, part) = match &m.val {
                Val::Weekday { day, .. } => (Some(*day), None),
                Val::Pod { pod, day } => match **day {
                    Val::Weekday { day, .. } => (Some(day), Some(*pod)),
                    _ => (None, None),
                },
                _ => (None, None),
            };
            if let Some(day) = weekday
                && let Some((prev_end, p)) = last_day
                && text.get(prev_end..span.start).is_some_and(|gap| {
                    gap == ", a "
                        // ("on Feb. 9, 1969, a cold Sunday": one word may
                        // describe the day.)
                        || gap
                            .strip_prefix(", a ")
                            .and_then(|w| w.strip_suffix(' '))
                            .is_some_and(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase()))
                        || falls_on && gap.len() <= 24 && !gap.contains(['.', ';'])
                })
                && let Some(prev) = out.last()
            {
                let relative = prev.relative;
                last_day = None;
                i = m.end;
                if calendar::weekday_of(p.date) != day {
                    continue;
                }
                // (The article is the expression's: "a Saturday".)
                let start = if text[..span.start].ends_with(", a ") {
                    span.start - 2
                } else {
                    span.start
                };
                out.push(Timex {
                    span: Span::new(start, span.end),
                    kind: if part.is_some() {
                        TimexType::Time
                    } else {
                        TimexType::Date
                    },
                    value: match part {
                        Some(pod) => format!("{}T{}", p.value(), pod.code()),
                        None => p.value(),
                    },
                    modifier: None,
                    relative,
                    stated_weekday: calendar::weekday(day),
                    recurrence: Recurrence::default(),
                    movable: None,
                });
                continue;
            }
            if falls_on {
                i = m.end;
                continue;
            }
            if let Val::Clock { hour, .. } = &mut m.val {
                // "kicked off at 12:30 p.m. ... ended shortly after 3:45":
                // an afternoon time earlier in the sentence, no later than
                // two hours after a dial time, says which half of the day
                // the dial means ("Mass begins at 11:30 p.m., with carols
                // from 10:45");
                // so does one just before in the paragraph ("Doors open at
                // 6 p.m.; the auction starts at 7:30.").
                // So do a greeting and a "tonight" after the time's noun:
                // "Good evening and welcome to the six o'clock news", "the
                // ten o'clock news tonight".
                if m.dial
                    && (1..=11).contains(hour)
                    && let Some(h) = afternoon
                        .filter(|&(end, _)| {
                            !m.own_day
                                && (sentence().0 <= end
                                    || text.get(end..span.start).is_some_and(|gap| {
                                        gap.len() <= CLOCK_NEAR && !gap.contains('\n')
                                    }))
                        })
                        .map(|(_, h)| h)
                        .or_else(|| {
                            context::part_of_day_told(text, sentence(), span.start, span.end)
                        })
                        .or_else(|| {
                            context::afternoon_by_default(
                                text,
                                sentence(),
                                span.start,
                                span.end,
                                *hour,
                            )
                        })
                        .or_else(|| context::evening_by_event(text, sentence(), *hour))
                    && h <= *hour + 14
                {
                    *hour += 12;
                }
                afternoon = ((!m.dial || m.own_day) && (12..24).contains(hour))
                    .then_some((span.end, *hour));
            }
            // "speaks at a rally tonight and is expected to speak around
            // 10:30": so does a later part of the day.
            if let Val::Pod { pod, .. } = &m.val {
                afternoon = match pod {
                    PartOfDay::Afternoon | PartOfDay::Midday => Some((span.end, 12)),
                    PartOfDay::Evening | PartOfDay::Night => Some((span.end, 17)),
                    PartOfDay::Morning => None,
                };
            }
            // "to take effect on 1 September and 15 December": a date
            // listed right after another is in the same clause, and takes
            // its tense.
            let mut known = listed
                .filter(|&(end, _)| {
                    matches!(text.get(end..span.start), Some(" and " | ", and " | " or "))
                })
                .map(|(_, t)| t);
            // A headline tells what is to come with "to" and a bare verb
            // ("DUTIES ON U.S. GOODS TO START MONDAY", "Air traffic
            // controllers to strike on Tuesday", "KIROSHI TO LAUNCH
            // CONSOLE IN NOVEMBER"): a date there is ahead.
            let headline_ahead = span.start < headline_end && to_verb(&text[..span.start]);
            // A headline tells the news in the present ("STORES OPEN ON
            // THANKSGIVING, BUT BLACK FRIDAY CROWDS THIN", the day after):
            // a holiday there is the nearest one, not next year's.
            let headline_holiday = span.start < headline_end && m.val.names_holiday();
            let mut tense = || {
                *known.get_or_insert_with(|| {
                    if headline_ahead {
                        return tense::Tense::Future;
                    }
                    let t = scratch.tense_in(text, span.start, span.end, sentence());
                    if headline_holiday && matches!(t, tense::Tense::Present | tense::Tense::Future)
                    {
                        tense::Tense::Nearest
                    } else {
                        t
                    }
                })
            };
            let attribution = context::attribution(text, span.start, span.end);
            resolver.set_attribution(attribution);
            if let Some(skipped) = text.get(line_pos..span.start) {
                line += paragraph_breaks(skipped);
                line_pos = span.start;
            }
            let lead = resolve::Lead::of(&text[..span.start]);
            resolver.set_place(resolve::Place {
                line,
                offset: span.start,
                lead,
                deadline: text[..span.start].ends_with(" by "),
                period_end: text[..span.start].ends_with("ended ")
                    || text[..span.start].ends_with("ending "),
                end_of: m.modifier == Some("END"),
                since: context::in_since_clause(text, span.start),
                first_plan: context::first_plan(text, span.start),
                weekday: m.weekday,
                // (So is a time of the day whose day is counted right
                // after it: "at 8.15am on the following day" counts from
                // the day before the time, not from the time.)
                aside: text[..span.start].ends_with('(')
                    || matches!(&m.val, Val::Clock { day, .. } | Val::Pod { day, .. }
                        if **day == Val::DocDay)
                        && (context::day_counted_after(&text[span.end..])
                            || context::day_named_after(&text[span.end..])),
                dateline: context::dateline(text, span.start, span.end),
                apposed: context::apposed(&text[..span.start]),
                possessive: context::possessive(&text[span.end..]),
                event: context::sudden_event(&text[span.end..]),
                sudden: matches!(&m.val, Val::Clock { day, .. } | Val::Pod { day, .. }
                        if **day == Val::DocDay)
                    && context::sudden_event_told(&text[sentence().0..span.start]),
                reported_from: report
                    .filter(|&(_, end, sentence_end)| {
                        span.start < sentence_end
                            // (Not past a "will" of the writer's own:
                            // "Hynix said last week it would cut output,
                            // and Infineon will close its plants from
                            // Wednesday".)
                            && text
                                .get(end..span.start)
                                .and_then(|g| g.rfind(" would ").map(|w| &g[w..]))
                                .is_some_and(|g| !g.contains(" will "))
                    })
                    .map(|r| r.0),
                // (Asked only by the values that use it: the bounds cost.)
                sentence_start: if matches!(
                    m.val,
                    Val::MonthDay { .. }
                        | Val::Month { .. }
                        | Val::Season { .. }
                        | Val::Holiday { .. }
                        | Val::Ago { .. }
                ) {
                    sentence().0
                } else {
                    0
                },
                figures: match m.val.of_list() {
                    Val::Quarter { .. } | Val::Month { .. } | Val::Season { .. } => {
                        context::figures(text, sentence())
                    }
                    Val::Half { .. } => context::reports(text, sentence()),
                    _ => true,
                },
                holiday: matches!(&m.val, Val::Abs(p) if p.gran == value::Gran::Day)
                    && parser.opens_with_holiday(i),
                month_use: match m.val {
                    Val::Month { .. } if context::delivery_month(text, span.start, span.end) => {
                        resolve::MonthUse::Delivery
                    }
                    Val::Month { .. } if context::figures_month(text, span.end) => {
                        resolve::MonthUse::Figures
                    }
                    Val::Month { .. } if context::period_to(&text[..span.start]) => {
                        resolve::MonthUse::PeriodEnd
                    }
                    Val::Month { .. }
                        if context::intended_month(text, sentence().0, span.start) =>
                    {
                        resolve::MonthUse::Intended
                    }
                    _ => resolve::MonthUse::Plain,
                },
                compared: matches!(&m.val, Val::Abs(p) if p.gran == value::Gran::Day)
                    && context::compared_with(text, span.start),
                hemisphere: match m.val {
                    Val::Season { .. } | Val::AnchoredSeason { .. } => {
                        locale.hemisphere(span.start)
                    }
                    _ => lexicon::Hemisphere::North,
                },
                // (Asked for a month or a day told "in" or "on", which a
                // past clause otherwise places behind.)
                aimed: matches!(m.val, Val::Month { .. } | Val::MonthDay { .. })
                    && matches!(lead, resolve::Lead::In | resolve::Lead::On)
                    && context::aimed_ahead(text, sentence(), span.start, span.end),
                // (Not "after midnight tonight": tonight's midnight ends
                // the day.)
                after_midnight: matches!(m.val, Val::Clock { hour: 24, .. })
                    && context::after_midnight(&text[..span.start])
                    && !text
                        .get(span.end.saturating_sub(7)..span.end)
                        .is_some_and(|w| w.eq_ignore_ascii_case("tonight")),
            });
            // "attacked on Yom Kippur in 1973", "fled on June 4 in 1989": a
            // year right after the expression is its year.
            // (So after a holiday's own noun: "the Tet holiday in 1968".)
            let after = &text[span.end..];
            let after = [" holiday", " holidays", " festival", " festivities"]
                .iter()
                .find_map(|w| after.strip_prefix(w).filter(|_| m.val.names_holiday()))
                .unwrap_or(after);
            let year_after = context::year_after(after)
                .and_then(|y| calendar::ymd(y, 1, 1))
                .and_then(|d| value::Point::containing(value::Gran::Year, d));
            // So is one told right before it: "collapsed last year in
            // December"; or before it in its clause, as the time it tells
            // of: "this year it fell on July 4" (not "since 2010 ... on
            // July 4", or a list's: "in 2018 and again on July 4").
            let year_before = out
                .last()
                .filter(|t| {
                    t.kind == TimexType::Date
                        && t.value.len() == 4
                        && text.get(t.span.end..span.start).is_some_and(|gap| {
                            context::same_clause_after_year(text, t.span.start, t.span.end, gap)
                        })
                })
                .and_then(|t| t.value.parse::<i32>().ok())
                .and_then(|y| calendar::ymd(y, 1, 1))
                .and_then(|d| value::Point::containing(value::Gran::Year, d));
            // And a count of years or months back: "A year after the Jan. 6
            // attack, more than 700 people have been charged" is of the
            // year the count reaches back to, when the date lies near the
            // day it reaches (a story told on the anniversary; not "will
            // list its shares a year after the March 1 launch", written in
            // January).
            let counted_back = out
                .last()
                .filter(|t| {
                    t.kind == TimexType::Duration
                        && matches!(m.val, Val::MonthDay { .. } | Val::Month { .. })
                        && matches!(
                            text.get(t.span.end..span.start),
                            Some(" after the " | " after " | " since the " | " since ")
                        )
                })
                .and_then(|t| counted_back_from(&t.value, dct?))
                .and_then(|back| anniversary_year(&m.val, back))
                .and_then(|y| calendar::ymd(y, 1, 1))
                .and_then(|d| value::Point::containing(value::Gran::Year, d));
            resolver.set_frame(
                year_after
                    .or(year_before)
                    .or(counted_back)
                    // (Not the day a report was given: "The 1997 original
                    // will be remade, Square Enix said in May.")
                    .or(frame
                        .filter(|f| span.start < f.1 && !(f.2 && attribution))
                        .map(|f| f.0)),
            );
            // "was shot on Oct. 14, 1989. ... If convicted, he could spend
            // the rest of his life in prison." then "The trial began on
            // Dec. 3": a narrative of long ago does not go on into the
            // next paragraph once the text has come back to its own time.
            if let Some(from) = resolver.era_carried_from()
                && let Some(told) = out.iter().rev().find(|t| t.span.start == from)
                && context::back_to_present(text.get(told.span.end..span.start).unwrap_or(""))
            {
                resolver.end_era();
            }
            let r = resolver.resolve(&m.val, &mut tense, &mut || {
                context::indefinite(text, span.start, span.end)
            });
            listed = known.map(|t| (span.end, t));
            if m.kind == TimexType::Duration
                && let Some((unit, n)) = counted_on(&text[span.end..], &r.value)
            {
                resolver.count_on(unit, n);
            }
            if attribution && let Some(p) = r.point {
                let sentence_end = sentence().1;
                report = Some((p, span.end, sentence_end));
            }
            if r.point.is_some() && resolver.wants_lede() {
                let (s, e) = sentence();
                let first = s == text.len() - text.trim_start().len() || s == headline_end;
                resolver.set_lede_end(first.then_some(e));
            }
            // A year that opens the sentence ("In 2015,", "Last year's"),
            // or a period of one ("Last Christmas, storms flooded homes on
            // December 22"), frames the sentence's dates.
            // ("The 1973 Watergate hearings ran from May 17": so does the
            // year of a thing gone by that opens the sentence.)
            let gone_by =
                |p: value::Point| doc_year.is_some_and(|y| i32::from(p.date.year()) < y - 1);
            let lead_year = || context::year_lead_in(text, span.start, span.end);
            let opens = |p: value::Point| match p.gran {
                value::Gran::Year => {
                    lead_year() || gone_by(p) && context::subject_year(text, span.start, span.end)
                }
                // ("since December 1982, when a blizzard on Christmas Eve
                // closed the airport": the clause on it is of its year.)
                value::Gran::Day | value::Gran::Month | value::Gran::Season => {
                    context::period_lead_in(text, span.start, span.end)
                        || text[span.end..].starts_with(", when ")
                }
                _ => false,
            };
            if let Some(p) = r.point
                && opens(p)
                && let Some(y) = value::Point::containing(value::Gran::Year, p.date)
            {
                // (A season stays itself: its winter runs into the next year.)
                let f = if p.gran == value::Gran::Season { p } else { y };
                let mut end = sentence().1;
                // ("Next year's summit will be held in Canada, and the
                // leaders will meet in Hamburg in July": a year that only
                // names the subject's thing frames its own clause.)
                if context::possessive(&text[span.end..])
                    && let Some(k) = [", and ", ", but ", "; "]
                        .iter()
                        .filter_map(|b| text.get(span.end..end)?.find(b))
                        .min()
                {
                    end = span.end + k;
                }
                frame = Some((f, end, p.gran == value::Gran::Year && !lead_year()));
            }
            // "fiscal 2015, which ends in September": the end is in the
            // year the fiscal year is named by.
            if let Some(p) = r.point
                && p.gran == value::Gran::Year
                && let Some(end) =
                    context::fiscal_year_end(text, span.start, span.end, sentence().1)
            {
                frame = Some((p, end, false));
            }
            // "at 10:35 a.m. on Monday", "at 2:46 p.m. (0546 GMT) Friday":
            // the times are on that day.
            let pending = std::mem::take(&mut clocks);
            // ("at 4.26 p.m. local time (0826 GMT) yesterday", "at 10.15pm
            // Washington time on Wednesday": what only says the time is a
            // place's own joins as a space would.)
            let gap = text
                .get(clock_end..span.start)
                .map(context::without_local_time);
            // ("at 7 o'clock on Saturday evening": a day's part names the
            // day too.)
            // (Not a possessive day, which opens a noun of its own: "called
            // at 10 a.m. Friday's march will go ahead".)
            let day_named = m.kind == TimexType::Date && !context::possessive(&text[span.end..])
                || matches!(m.val, Val::Pod { .. }) && gap == Some(" on ");
            if let Some(p) = r.point
                && p.gran == value::Gran::Day
                && day_named
                && gap.is_some_and(|g| context::clock_then_day(&text[..clock_start], g))
            {
                for (n, (k, suffix)) in pending.iter().enumerate() {
                    // "between midnight and 6 a.m. on 16 October": a
                    // midnight that opens a range is the one the day
                    // begins with, the end of the day before; so is one
                    // just gone by ("shortly after midnight on Friday").
                    let opens = n + 1 < pending.len()
                        || out
                            .get(*k)
                            .is_some_and(|c| context::after_midnight(&text[..c.span.start]));
                    let day = if suffix == "T24:00" && opens {
                        p.opened_by_midnight()
                    } else {
                        p
                    };
                    if let Some(c) = out.get_mut(*k) {
                        c.value = format!("{}{suffix}", day.value());
                        c.relative = r.relative;
                    }
                }
                // "closed at 22:00 on Thursday ... shortly after 02:00":
                // the night goes on past midnight.
                if pending.last().is_some_and(|(_, suffix)| {
                    suffix
                        .get(1..3)
                        .and_then(|h| h.parse::<u8>().ok())
                        .is_some_and(|h| h >= 20)
                }) {
                    resolver.set_late();
                }
            }
            if let Val::Clock {
                hour,
                minute,
                second,
                day,
            } = &m.val
                && **day == Val::DocDay
            {
                // "at 2:46 p.m. (0546 GMT) Friday", "from 6am to 10.30pm on
                // April 3", "between 2am and 4am on Sunday": the day named
                // after both holds for both. (In capitals too, as weather
                // warnings are written: "FROM NOON TO 8 PM EDT THURSDAY".)
                if gap.is_some_and(|g| {
                    [" (", " to ", " until ", " till ", " and ", "-", "\u{2013}"]
                        .iter()
                        .any(|j| g.eq_ignore_ascii_case(j))
                }) {
                    clocks = pending;
                }
                clocks.push((out.len(), clock_suffix(*hour, *minute, *second)));
                (clock_start, clock_end) = (span.start, span.end);
            }
            // "before dawn on March 4, 1987": so is a part of the day.
            if let Val::Pod { pod, day } = &m.val
                && **day == Val::DocDay
            {
                clocks.push((out.len(), format!("T{}", pod.code())));
                (clock_start, clock_end) = (span.start, span.end);
            }
            // "It was Ash Wednesday, 16 February 1983.": a holiday the
            // date after it falls on is of that date's year.
            if let Some((k, end, h)) = holiday.take()
                && !r.relative
                && let Some(p) = r.point.filter(|p| p.gran == value::Gran::Day)
                && text.get(end..span.start) == Some(", ")
                && calendar::holiday_date(h, i32::from(p.date.year())) == Some(p.date)
                && let Some(named) = out.get_mut(k)
            {
                named.value = p.value();
                named.relative = false;
            }
            if let Val::Holiday { h, .. } = m.val {
                holiday = Some((out.len(), span.end, h));
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
                recurrence: if m.kind == TimexType::Set {
                    parser.recurrence(i, m.end)
                } else {
                    Recurrence::default()
                },
                movable: match m.val {
                    Val::Holiday { h, .. } if calendar::holiday_fixed(h).is_none() => Some(h),
                    _ => None,
                },
            });
            i = m.end;
            // "2019-2020", "2019-20": the second year is a date of its own.
            if let Some(p) = r.point
                && p.gran == value::Gran::Year
                && matches!(m.val, Val::Abs(_))
                && let Some((s, e, year)) =
                    context::year_range_end(text, span.start, span.end, i32::from(p.date.year()))
            {
                out.push(Timex {
                    span: Span::new(s, e),
                    kind: TimexType::Date,
                    value: format!("{year:04}"),
                    modifier: None,
                    relative: false,
                    stated_weekday: None,
                    recurrence: Recurrence::default(),
                    movable: None,
                });
                while i < toks.len() && toks[i].start < e {
                    i += 1;
                }
                continue;
            }
            // "6-8 February", "from 6 to 8 February": the first day of the
            // range is a date of its own, of the last day's month and year.
            if let Some(p) = r.point
                && p.gran == value::Gran::Day
                && m.kind == TimexType::Date
                && text
                    .as_bytes()
                    .get(span.start)
                    .is_some_and(u8::is_ascii_digit)
                && let Some((s, e, day)) = context::range_start(text, span.start)
                && day < p.date.day() as u8
                && let Some(d) = calendar::ymd(i32::from(p.date.year()), p.date.month() as u8, day)
                && let Some(relative) = out.last().map(|t| t.relative)
                && out
                    .len()
                    .checked_sub(2)
                    .and_then(|k| out.get(k))
                    .is_none_or(|t| t.span.end <= s)
            {
                out.insert(out.len() - 1, range_day(Span::new(s, e), d, relative));
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
                    out.push(range_day(Span::new(s, e), d, relative));
                    let stop = e + year.map_or(0, |_| 6);
                    while i < toks.len() && toks[i].start < stop {
                        i += 1;
                    }
                }
            }
        }
    }
    neighbours::share_range_year(text, dct, &mut out);
    neighbours::share_list_year(text, &mut out);
    neighbours::habitual_year(text, &mut out);
    neighbours::share_part_year(text, &mut out, &mut scratch);
    neighbours::overnight_range(text, dct, &mut out, &mut scratch);
    neighbours::restated_time(text, &mut out);
    opening_hours::opening_hours(text, &mut out);
    neighbours::habitual_clock(text, &mut out);
    neighbours::listed_clock_day(text, dct, &mut out);
    neighbours::clock_of_later_day(text, dct, &mut out);
    neighbours::stamps_under_heading(text, &mut out);
    neighbours::holiday_dated(text, &mut out);
    neighbours::weekday_sequence(text, dct, &mut out);
    neighbours::weekday_after_day(text, &mut out);
    neighbours::weekday_owning_day(text, &mut out);
    neighbours::join_compound_durations(text, &mut out);
    out
}

/// The count of a duration the story moves on or back by ("Two years
/// later", "three weeks earlier"), from its value and the text after it.
fn counted_on(after: &str, value: &str) -> Option<(lexicon::Unit, i64)> {
    let (sign, rest) = if let Some(rest) = after.strip_prefix(" later") {
        (1, rest)
    } else if let Some(rest) = after.strip_prefix(" earlier") {
        (-1, rest)
    } else {
        return None;
    };
    // ("A week later, on Feb 15": the date set beside it is counted from
    // the date before, see `context::apposed`.)
    if rest.starts_with(", on ") {
        return None;
    }
    let (unit, n) = whole_count(value)?;
    Some((unit, sign * n))
}

/// The unit and count of a duration of whole years, months, weeks or
/// days ("P3Y", "P6M", "P2W", "P10D"); none for other values.
fn whole_count(value: &str) -> Option<(lexicon::Unit, i64)> {
    let body = value.strip_prefix('P')?;
    let (n, unit) = body.split_at(body.len().checked_sub(1)?);
    let unit = match unit {
        "Y" => lexicon::Unit::Year,
        "M" => lexicon::Unit::Month,
        "W" => lexicon::Unit::Week,
        "D" => lexicon::Unit::Day,
        _ => return None,
    };
    Some((unit, n.parse().ok()?))
}

/// What comes before the weekday a date falls on: "which falls on a
/// Monday".
const FALLS_ON: &[&str] = &[
    " falls on a ",
    " fell on a ",
    " fall on a ",
    " falling on a ",
];

/// Whether a match is a SET of one day of each year ("every Christmas
/// Day", XXXX-12-25; "every Labor Day", XXXX-09), which a capitalised
/// holiday name ends.
fn yearly_day(m: &Match) -> bool {
    m.kind == TimexType::Set
        && matches!(&m.val, Val::Fixed(v) if v.starts_with("XXXX-") && !v.contains(['W', 'T']))
}

/// How many paragraphs start in `skipped`: its line breaks, a blank line
/// counting with the break before it, so that the paragraph after a
/// paragraph is the next number however the text spaces them.
fn paragraph_breaks(skipped: &str) -> usize {
    // The first break always counts; a later one when the line before it
    // holds more than spaces. This runs over the whole text, so the breaks
    // are found many bytes at a time.
    let bytes = skipped.as_bytes();
    let mut n = 0;
    let mut line_start = None;
    for nl in memchr::memchr_iter(b'\n', bytes) {
        let text_before = line_start.is_none_or(|from| {
            bytes[from..nl]
                .iter()
                .any(|b| !matches!(b, b' ' | b'\t' | b'\r'))
        });
        n += usize::from(text_before);
        line_start = Some(nl + 1);
    }
    n
}

/// Where the story's first sentence starts when a headline stands on the
/// first line ("Regulators probe 'flash crash' as jobs data fail to calm
/// markets", then the lead): a short line that ends no sentence, with a
/// line of text after it. A text that is such a line alone is a headline
/// whole ("FDA advisers to meet Thursday on vaping rules"): its end. The
/// text's start otherwise.
fn lede_start(text: &str) -> usize {
    let start = text.len() - text.trim_start().len();
    let first = &text[start..];
    let nl = memchr::memchr(b'\n', first.as_bytes());
    let line = first[..nl.unwrap_or(first.len())].trim_end();
    let headline = !line.is_empty()
        && line.len() <= 160
        && !line.ends_with(['.', '!', '?', '"', '\u{201d}', ':', ';', ','])
        && line
            .bytes()
            .any(|b| b.is_ascii_lowercase() || b.is_ascii_uppercase());
    if !headline {
        return start;
    }
    let Some(nl) = nl else {
        return text.len();
    };
    let rest = &first[nl..];
    start + nl + (rest.len() - rest.trim_start().len())
}

/// Whether a headline's words before an expression tell what is to come
/// with "to" and a bare verb ("to strike", "TO START"), not a level
/// reached ("Dollar falls to three-week low", "Shares rise to a record").
fn to_verb(headline: &str) -> bool {
    let Some(at) = [" to ", " TO ", " To "]
        .iter()
        .filter_map(|w| headline.rfind(w))
        .max()
    else {
        return false;
    };
    let rest = &headline[at + 4..];
    let next = rest
        .split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    // ("to three-week low": a compound before a noun.)
    !next.is_empty()
        && !rest[next.len()..].starts_with('-')
        && ![
            "a", "an", "the", "its", "their", "his", "her", "record", "new", "low", "high",
        ]
        .iter()
        .any(|w| next.eq_ignore_ascii_case(w))
        && !next.to_ascii_lowercase().ends_with("est")
}

/// A day of a range told by its number alone, the "6" of "6-8 February"
/// or the "18" of "Nov. 16-18": a plain date, of the month (and year) the
/// range's other end names.
fn range_day(span: Span, day: Date, relative: bool) -> Timex {
    Timex {
        span,
        kind: TimexType::Date,
        value: format!("{day}"),
        modifier: None,
        relative,
        stated_weekday: None,
        recurrence: Recurrence::default(),
        movable: None,
    }
}

/// The date a whole count of years or months (`value`, "P1Y", "P6M")
/// reaches back to from `dct`; none for other values.
fn counted_back_from(value: &str, dct: jiff::civil::Date) -> Option<jiff::civil::Date> {
    let (unit, n) = whole_count(value)?;
    matches!(unit, lexicon::Unit::Year | lexicon::Unit::Month)
        .then(|| calendar::shift(dct, unit, -n))
        .flatten()
}

/// The year of the month or day `val` that lies within a month of `back`,
/// the day a count reaches back to; none if it lies further off.
fn anniversary_year(val: &Val, back: jiff::civil::Date) -> Option<i32> {
    let (month, day) = match *val {
        Val::MonthDay { month, day, .. } => (month, day),
        Val::Month { month, .. } => (month, 15),
        _ => return None,
    };
    let y = i32::from(back.year());
    (y - 1..=y + 1).find(|&y| {
        calendar::ymd(y, month, day)
            .and_then(|d| back.until(d).ok())
            .is_some_and(|span| span.get_days().abs() <= 31)
    })
}

#[cfg(test)]
mod tests {
    use super::paragraph_breaks;

    /// The count as first written, a byte at a time.
    fn reference(skipped: &str) -> usize {
        let mut blank = false;
        let mut n = 0;
        for b in skipped.bytes() {
            match b {
                b'\n' if !blank => {
                    n += 1;
                    blank = true;
                }
                b'\n' | b' ' | b'\t' | b'\r' => {}
                _ => blank = false,
            }
        }
        n
    }

    #[test]
    fn counts_breaks_as_the_byte_walk_did() {
        let cases = [
            ("", 0),
            ("no break at all", 0),
            ("one\ntwo", 1),
            ("one\n\ntwo", 1),
            ("one\n \t\r\n\ntwo\nthree", 2),
            ("\n\n\n", 1),
            ("text\r\n\r\nmore\r\n", 2),
            (" \n x \n\u{a0}\n", 3),
            ("\u{e9}t\u{e9}\n\n\u{2014}\n", 2),
        ];
        for (text, n) in cases {
            assert_eq!(paragraph_breaks(text), n, "{text:?}");
            assert_eq!(reference(text), n, "{text:?}");
        }
    }
}
