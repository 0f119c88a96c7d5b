//! Clock times and parts of days: "3 p.m.", "10:30 a.m. EST", "noon
//! Thursday", "2000 GMT" (wire style), "nine thirty p.m.", "half past
//! seven tomorrow morning", "6 p.m. Moscow time", "this morning",
//! "tonight", "Thursday night", "last night".
//!
//! This file holds [`Parser::clock`], which asks the clock-time and
//! part-of-day rules at a token after a guard that turns away most
//! keywords (`opens_clock`), and [`Parser::clock_time`], which puts a time
//! together with the zone, the day and the part of the day after it; with
//! them the zone words (`ZONES`) and the checks on what comes before a
//! time that several files make (`after_word`, `starts_line`). Each kind
//! of rule has a file of its own:
//! - [`reading`]: the hour and minute themselves, in figures or in words
//!   ("3 p.m.", "15:30", "2000 GMT", "945 PM CDT", "at 1800 hours",
//!   "nine thirty p.m.", "half past seven", "12 noon"), and `Core`, what
//!   they are read into;
//! - [`after`]: what may follow a time: a place's or a zone's time
//!   ("Moscow time", "1 p.m. Eastern") and a day ("Thursday", "tomorrow
//!   morning", "tonight");
//! - [`parts`]: parts of the day ("this morning", "tonight", "Thursday
//!   night", "at dawn"), and where an hour on the dial falls in one.

use super::Parser;
use crate::time::lexicon::{Kw, Lex, PartOfDay, Unit};
use crate::time::sem::{Match, Val};
use crate::time::timex::TimexType;
use crate::time::token::Kind;
use crate::time::value::Gran;

mod after;
mod parts;
mod reading;

use parts::{in_part, on_dial};

/// Time-zone words that belong to a clock time.
const ZONES: &[&str] = &[
    "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "utc", "bst", "cet", "cest",
    "et", "pt", "ct", "mt", "jst", "ist", "aest", "aedt", "acst", "acdt", "awst", "nzst", "nzdt",
    "hkt", "sgt", "msk", "z", "kst", "eet", "eest", "wet", "west", "cat", "eat", "wat", "sast",
    "pkt", "wib", "pht", "akst", "akdt", "hst", "ast", "adt", "nst", "ndt",
];

/// Whether a clock time or a part of a day (see [`Parser::clock`]) may
/// open with keyword `k`. A clock time reads its first token through
/// `Parser::time_core`, which takes of the keywords only "noon", "midday",
/// "midnight" and, for "a quarter past six" and "half past", "a" and
/// "half". A part of a day opens with "the" ("the early afternoon"), a
/// modifier of a period (`Parser::period_mod`: "early", "late", "mid",
/// "end") or, in its match on the first word, "tonight", "this", "that",
/// "the", "last", "yesterday", "today", "tomorrow", "Christmas" ("on
/// Christmas afternoon") or "overnight" ("overnight Sunday").
fn opens_clock(k: Kw) -> bool {
    matches!(
        k,
        Kw::Noon
            | Kw::Midday
            | Kw::Midnight
            | Kw::A
            | Kw::Half
            | Kw::The
            | Kw::Early
            | Kw::Late
            | Kw::Mid
            | Kw::End
            | Kw::Tonight
            | Kw::This
            | Kw::That
            | Kw::Last
            | Kw::Yesterday
            | Kw::Today
            | Kw::Tomorrow
            | Kw::Christmas
            | Kw::Overnight
    )
}

impl Parser<'_> {
    /// Clock times and parts of days; the longest match at `i`.
    pub(super) fn clock(&self, i: usize) -> Option<Match> {
        // Most starts are keywords, and few of them open a time (see
        // `opens_clock`).
        if let Some(Lex::Kw(k)) = self.lex(i)
            && !opens_clock(k)
        {
            return None;
        }
        self.clock_unguarded(i)
    }

    /// Clock times and parts of days, read at any start: [`Parser::clock`]
    /// without its guard, kept apart so a test can check that the guard
    /// turns away no time.
    pub(super) fn clock_unguarded(&self, i: usize) -> Option<Match> {
        self.longest(i, &[Self::clock_time, Self::part_of_day], |_| true)
    }

    /// The clock time at `i` told after a part of the day ("every night at
    /// 9:30", "each morning at 7.15"): a time read off the dial falls in
    /// that part (21:30, 07:15). Hour, minute and the token after it.
    pub(in crate::time::grammar) fn clock_in_part(
        &self,
        i: usize,
        part: PartOfDay,
    ) -> Option<(u8, u8, usize)> {
        let c = self.clock(i)?;
        let Val::Clock { hour, minute, .. } = c.val else {
            return None;
        };
        let dial = self.time_core(i).is_some_and(|core| core.dial);
        let hour = if dial {
            on_dial(hour, part).unwrap_or(hour)
        } else {
            hour
        };
        Some((hour, minute, c.end))
    }

    /// Whether the word before `i` is one of `preps`.
    fn after_word(&self, i: usize, preps: &[&str]) -> bool {
        // A hedge may stand between: "at about 02:40", "from around 0600",
        // "until at least 10:00".
        const HEDGES: &[&str] = &["about", "around", "approximately", "roughly", "exactly"];
        i > 0 && self.word_in(i - 1, preps)
            || i > 1 && self.word_in(i - 1, HEDGES) && self.word_in(i - 2, preps)
            || i > 2
                && self.word_is(i - 1, "least")
                && self.word_is(i - 2, "at")
                && self.word_in(i - 3, preps)
    }

    /// Whether a bare hour ending at token `e` ends its phrase: at a
    /// stop, before "and" or "but", before a place ("tonight at 7 in the
    /// library", "at City Hall") or a purpose ("tonight at 7 to discuss
    /// the budget"), but not before a noun it counts ("at eight schools")
    /// or the end of a range ("at 7 to 9").
    fn ends_phrase(&self, e: usize) -> bool {
        let Some(t) = self.tok(e) else {
            return true;
        };
        let counted =
            |k: usize| matches!(self.lex(k), Some(Lex::NumWord(_))) || self.num(k).is_some();
        matches!(t.kind, Kind::Punct(_))
            || self.word_in(e, &["and", "but", "in", "at", "on", "for"])
            || self.word_is(e, "to") && !counted(e + 1)
    }

    /// Whether token `i` is the first thing on its line.
    fn starts_line(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| {
            let before = self.text[..t.start].trim_end_matches([' ', '\t']);
            before.is_empty() || before.ends_with('\n')
        })
    }

    /// Whether what follows a time that starts a line, the tokens before
    /// `j`, marks it as the stamp of a live report's entry: a colon, a
    /// dash set off by a space, the end of the line, or a capitalised word
    /// ("20:05 — The flag enters", "0947: Police confirm", "22:00 Polls
    /// have closed", "14:32" on a line of its own).
    fn stamp_mark(&self, j: usize) -> bool {
        let Some(end) = j.checked_sub(1).and_then(|k| self.tok(k)).map(|t| t.end) else {
            return false;
        };
        let rest = &self.text[end..];
        let r = rest.trim_start_matches([' ', '\t']);
        let spaced = r.len() < rest.len();
        r.is_empty()
            || r.starts_with(['\n', '\r', ':'])
            || spaced && r.starts_with(['\u{2014}', '\u{2013}', '-'])
            || spaced && r.starts_with(char::is_uppercase)
    }

    /// "5 p.m. E.T.", "noon P.T.": an American zone written with dots, as
    /// notices and filings do; where it ends.
    fn dotted_zone(&self, j: usize) -> Option<usize> {
        let upper = |k: usize| self.tok(k).is_some_and(|t| t.upper && t.end - t.start == 1);
        (upper(j)
            && self.word_in(j, &["e", "p", "c", "m"])
            && self.punct(j + 1, '.')
            && self.glued(j + 1)
            && upper(j + 2)
            && self.word_is(j + 2, "t")
            && self.glued(j + 2)
            && self.punct(j + 3, '.')
            && self.glued(j + 3))
        .then_some(j + 4)
    }

    /// "3 p.m.", "10:30 a.m. EST Thursday", "noon", "2000 GMT", "6 p.m.
    /// Moscow time", "half past seven tomorrow morning".
    fn clock_time(&self, i: usize) -> Option<Match> {
        let core = self.time_core(i)?;
        let mut j = core.end;
        // "at 10.30am local time": a zone is part of the time, but "local
        // time" only says the time is the place's own, and stays outside
        // it unless a day follows ("8 a.m. local time Friday").
        let mut own = j;
        if self.word_in(j, ZONES) && self.tok(j).is_some_and(|t| t.upper) {
            j += 1;
            own = j;
        } else if let Some(e) = self.dotted_zone(j) {
            j = e;
            own = j;
        } else if self.word_is(j, "local") && self.word_is(j + 1, "time") {
            j += 2;
        } else if let Some(e) = self.place_time(j) {
            // So does a city's time ("11.15am New York time"), unlike a
            // zone's name ("Eastern time", "British Summer Time").
            if self.zone_name(j, e) {
                own = e;
            }
            j = e;
        }
        let comma = self.punct(j, ',');
        let after = if comma { j + 1 } else { j };
        // A live report's stamp ("10.30am: Rainfall ...", "16:05 GMT" on a
        // line of its own) is on the report's day, whatever day the entry
        // before it was about.
        // So is a tally's ("As of 6 p.m., the police listed 4,012 dead"),
        // but for midnight, which ends the day: "Results were unofficial as
        // of midnight" is the midnight just gone, as "at midnight" told in
        // the past is (see `Resolver::clock`).
        let stamp = self.starts_line(i) && self.stamp_mark(j)
            || i > 1 && self.word_is(i - 1, "of") && self.word_is(i - 2, "as") && core.hour != 24;
        let today = if stamp {
            Val::Rel {
                gran: Gran::Day,
                unit: Unit::Day,
                n: 0,
            }
        } else {
            Val::DocDay
        };
        // "moves the drama to 9 p.m. Thursdays": a weekly slot, as "on
        // Thursdays at 9 p.m." is. (Not the end of a range of hours, whose
        // days are the whole range's: "served from 10 a.m. to 3 p.m.
        // Saturdays and Sundays".)
        let range_end = || {
            i >= 2
                && self.word_in(i - 1, &["to", "until", "till"])
                && (2..=6)
                    .filter_map(|d| (i - 1).checked_sub(d))
                    .any(|k| self.clock(k).is_some_and(|c| c.end == i - 1))
        };
        if !comma
            && !core.dial
            && !core.bare
            && let Some(Lex::Weekday { day, plural: true }) = self.lex(after)
            && self.tok(after).is_some_and(|t| t.cap)
            && !range_end()
        {
            return Some(Match::new(
                after + 1,
                TimexType::Set,
                Val::Fixed(format!(
                    "XXXX-WXX-{day}T{:02}:{:02}",
                    core.hour, core.minute
                )),
            ));
        }
        let found = self
            .day_after_time(after)
            .filter(|d| !self.kw(after, Kw::On) && (!comma || !matches!(d.val, Val::Rel { .. })));
        // "crowds gathered this evening ... proclaimed at 10:00 on
        // Saturday": a dial time that names a day of its own (not "today")
        // is no part of an afternoon or evening told before it.
        let other_day = |d: &after::DayAfter| !matches!(d.val, Val::Rel { n: 0, .. });
        let own_day = core.dial
            && (found
                .as_ref()
                .is_some_and(|d| d.end > after && other_day(d))
                || self.kw(after, Kw::On)
                    && self
                        .day_after_time(after)
                        .is_some_and(|d| d.end > after + 1 && other_day(&d)));
        let (day, mut e, pod) = match found {
            // Only a part of the day was found ("tonight"): without it the
            // time ends where it did.
            Some(d) if d.end == after => (d.val, own, d.pod),
            Some(d) => (d.val, d.end, d.pod),
            None => (today, own, None),
        };
        let mut hour = core.hour;
        let mut placed = false;
        // Whether the time is placed in a night named after it.
        let mut in_night = false;
        if let Some((p, pe)) = pod {
            let h = if core.dial {
                on_dial(hour, p)
            } else {
                in_part(hour, p).then_some(hour)
            };
            if let Some(h) = h {
                hour = h;
                e = pe;
                placed = true;
                in_night = p == PartOfDay::Night;
            }
        }
        // "at 7 o'clock on Saturday evening": the day stays an expression
        // of its own, but its part of the day says which 7 o'clock.
        if !placed
            && core.dial
            && self.kw(after, Kw::On)
            && let Some((p, _)) = self.day_after_time(after + 1).and_then(|d| d.pod)
            && let Some(h) = on_dial(hour, p)
        {
            hour = h;
            placed = true;
        }
        // "Tonight at eleven", "tomorrow evening at seven": so does a
        // part of the day just before the "at" (the two stay expressions
        // of their own, as "tonight at 7 p.m." do), where the hour ends
        // its phrase (not "every morning at eight schools").
        if !placed
            && core.bare
            && self.ends_phrase(e)
            && let Some(p) = self.part_before_at(i)
            && let Some(h) = on_dial(hour, p)
        {
            hour = h;
            placed = true;
        }
        // "at seven", "ten past nine" alone are no times.
        if core.bare && !placed {
            return None;
        }
        // "at 1 a.m. last night", "2:30 a.m. Friday night": the small
        // hours of a night are on the day after the one it is named by.
        let day = if in_night && hour < 6 {
            Val::Containing {
                gran: Gran::Day,
                shift: 1,
                day: Box::new(day),
            }
        } else {
            day
        };
        let weekday = match day {
            Val::Weekday { day, .. } | Val::WeekdayOfWeek { day, .. } => Some(day),
            _ => None,
        };
        let mut m = Match::new(
            e,
            TimexType::Time,
            Val::Clock {
                hour,
                minute: core.minute,
                second: core.second,
                day: Box::new(day),
            },
        );
        m.weekday = weekday;
        m.dial = core.dial && !placed;
        m.own_day = own_day;
        Some(m)
    }
}
