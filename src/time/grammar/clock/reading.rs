//! Reading the hour and minute of a clock time, in figures or in words:
//! "3 p.m.", "15:30 GMT", "2000 GMT", "at 1800 hours", "9.30am", "nine
//! thirty p.m.", "ten o'clock", "half past seven", "a quarter to six",
//! "12 noon", and the start of a range that takes its half of the day
//! from its end (the "4" of "from 4 to 7 p.m.").

use crate::time::grammar::Parser;
use crate::time::grammar::clock::ZONES;
use crate::time::grammar::clock::parts::on_dial;
use crate::time::lexicon::{Kw, Lex, Unit};
use crate::time::token::Kind;

/// Words before a number that make it a time of day rather than an amount:
/// "at 15:30", "until 7 tomorrow morning".
const TIME_PREPS: &[&str] = &[
    "at", "by", "until", "before", "after", "around", "from", "since",
];

/// The prepositions that let a bare hour with no "a.m.", "p.m." or
/// "o'clock" be a time when a part of the day follows ("at 7 tomorrow
/// morning"). "by" is left out: "cut by 2 this morning" is an amount.
const BARE_HOUR_PREPS: &[&str] = &[
    "at", "until", "till", "before", "after", "around", "from", "since",
];

/// Verbs a price or a level is told after, with "at": "closed at 14.30".
const PRICE_VERBS: &[&str] = &[
    "closed", "close", "closes", "opened", "opens", "ended", "ends", "finished", "traded",
    "trading", "stood", "stands", "settled", "priced", "valued", "fixed", "peaked", "bottomed",
];

/// Words of money and measure after a number: "at 14.30 euros".
const MEASURES_AFTER: &[&str] = &[
    "p", "pence", "euros", "dollars", "cents", "pounds", "yen", "points", "per", "percent", "pc",
    "million", "billion", "seconds", "secs", "sec", "s", "metres", "meters", "m", "km", "kg",
    "miles", "times",
];

/// An hour and minute read at a token, before any zone or day after it.
#[derive(Debug, Clone, Copy)]
pub(super) struct Core {
    /// The hour, 0..=24 (24 only for "midnight").
    pub(super) hour: u8,
    pub(super) minute: u8,
    /// The second, where one follows the minute ("14:52:59").
    pub(super) second: Option<u8>,
    /// The token after the time.
    pub(super) end: usize,
    /// The hour was read off a twelve-hour dial with nothing saying which
    /// half of the day ("9 o'clock", "half past seven", "at 7:30"): a part
    /// of the day after it places it ("half past seven tomorrow evening").
    pub(super) dial: bool,
    /// Nothing but the words before it says this is a time ("at seven",
    /// "ten past nine"): it stands only when a part of the day follows.
    pub(super) bare: bool,
    /// The half of the day written after it: `Some(true)` for "p.m." (and
    /// "noon"), `Some(false)` for "a.m."; what the start of a range with
    /// no half of its own takes ("from 4 to 7 p.m.").
    pub(super) pm: Option<bool>,
}

impl Core {
    /// A time whose hour is known on the 24-hour clock.
    fn fixed(hour: u8, minute: u8, end: usize) -> Self {
        Core {
            hour,
            minute,
            second: None,
            end,
            dial: false,
            bare: false,
            pm: None,
        }
    }

    /// Noon, the twelve o'clock a range of morning hours ends at ("from
    /// 9 to noon").
    fn noon(end: usize) -> Self {
        Core {
            pm: Some(true),
            ..Core::fixed(12, 0, end)
        }
    }

    /// A time read off a twelve-hour dial with "a.m." or "p.m." after it.
    fn half(hour: u8, minute: u8, pm: bool, end: usize) -> Self {
        Core {
            pm: Some(pm),
            ..Core::fixed(with_am_pm(hour, pm), minute, end)
        }
    }

    /// A time read off a twelve-hour dial.
    fn dial(hour: u8, minute: u8, end: usize) -> Self {
        Core {
            hour,
            minute,
            second: None,
            end,
            dial: true,
            bare: false,
            pm: None,
        }
    }
}

/// The 24-hour reading of hour `h` (1..=12) with "a.m." or "p.m.".
fn with_am_pm(h: u8, pm: bool) -> u8 {
    match (h, pm) {
        (12, false) => 0,
        (12, true) => 12,
        (h, true) => h + 12,
        (h, false) => h,
    }
}

impl Parser<'_> {
    /// Whether the time at token `i` is the time told: "It's 7:45 in
    /// Halifax", "The time is eight minutes past eight".
    fn time_told(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| {
            let before = self.text[..t.start].trim_end();
            let from = before.char_indices().rev().nth(7).map_or(0, |(k, _)| k);
            let tail = &before[from..];
            ["it's", "it\u{2019}s", "it is", "time is", "time's"]
                .iter()
                .any(|w| {
                    tail.len() >= w.len()
                        && tail.is_char_boundary(tail.len() - w.len())
                        && tail[tail.len() - w.len()..].eq_ignore_ascii_case(w)
                })
        })
    }

    /// Whether the time at token `i` is what a timetable's event is set
    /// at: "the curfew is 23:00", "kick-off was 19:45", "Departure is
    /// 06:15".
    fn event_hour(&self, i: usize) -> bool {
        i >= 2
            && self.word_in(i - 1, &["is", "was"])
            && self.word_in(
                i - 2,
                &[
                    "curfew",
                    "kickoff",
                    // "kick-off", "tip-off": the hyphen splits the word.
                    "off",
                    "deadline",
                    "departure",
                    "arrival",
                    "sunset",
                    "sunrise",
                    "showtime",
                    "checkout",
                    "takeoff",
                    "launch",
                ],
            )
    }

    /// Whether the token at `i` follows a date written the ISO way and a
    /// space, as in a byline's stamp: "Updated: 2019-10-01 21:30".
    fn after_iso_date(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| {
            self.text[..t.start]
                .strip_suffix(' ')
                .is_some_and(|before| {
                    let b = before.as_bytes();
                    b.len() >= 10 && {
                        let d = &b[b.len() - 10..];
                        d.iter().enumerate().all(|(k, c)| {
                            if k == 4 || k == 7 {
                                *c == b'-'
                            } else {
                                c.is_ascii_digit()
                            }
                        })
                    }
                })
        })
    }

    /// The hour and minute at `i`: "3 p.m.", "15:30 GMT", "2000 GMT",
    /// "nine thirty p.m.", "a quarter to six", "noon".
    pub(super) fn time_core(&self, i: usize) -> Option<Core> {
        match self.lex(i)? {
            Lex::Kw(Kw::Noon | Kw::Midday) => return Some(Core::noon(i + 1)),
            // TimeML writes midnight as the end of its day ("midnight
            // Friday" is Friday T24:00, not the start of Friday).
            // ("Midnight Mass will begin at 10 p.m.": the service's name.)
            Lex::Kw(Kw::Midnight) if self.word_is(i + 1, "mass") => return None,
            Lex::Kw(Kw::Midnight) => return Some(Core::fixed(24, 0, i + 1)),
            Lex::NumWord(_) | Lex::Kw(Kw::A | Kw::Half) | Lex::Unit { .. } => {
                return self
                    .spoken_military(i)
                    .or_else(|| self.past_to(i))
                    .or_else(|| self.word_time(i));
            }
            _ => {}
        }
        if let Some(c) = self.wire_time(i) {
            return Some(c);
        }
        let (h, hd) = self.num(i)?;
        if hd > 2 {
            return self.compact_dial(i, h, hd);
        }
        if self.number_preceded(i) && !self.hyphen_range_end(i) {
            return None;
        }
        if h == 12
            && let Some(c) = self.twelve_named(i)
        {
            return Some(c);
        }
        let mut j = i + 1;
        let mut minute = None;
        // "9.30 a.m.", "9.30am" (British style); "at 08.35 GMT"
        let dot_ok = self.punct(j, '.')
            && (matches!(self.lex(j + 2), Some(Lex::AmPm { .. }))
                || self.word_is(j + 2, "am")
                || self.word_is(j + 2, "pm")
                || self.word_in(j + 2, ZONES) && self.tok(j + 2).is_some_and(|t| t.upper)
                // "20.05 — The Olympic flag enters the stadium": a live
                // report's stamp.
                || hd == 2 && self.starts_line(i) && self.stamp_mark(j + 2)
                // "from 6.30 to 8pm", "11.30-1.30pm": the start of a
                // range whose end says it is a time.
                || u8::try_from(h)
                    .ok()
                    .filter(|h| (1..=12).contains(h))
                    .is_some_and(|h| self.range_start(i, h, 0, j + 2).is_some()));
        // "Kick-off is at 19.45", "leaves Holyhead at 02.40": the 24-hour
        // clock written the British way, an hour past 12 or with its
        // leading zero, after a preposition of time; not a price or a
        // measure ("closed at 14.30", "at 14.30 euros", "from 13.25
        // seconds").
        let dot_24 = || {
            hd == 2
                && ((13..=23).contains(&h) || self.word(i).starts_with('0'))
                && self.after_word(i, BARE_HOUR_PREPS)
                && !(i >= 2 && self.word_in(i - 2, PRICE_VERBS))
                && self.tok(j + 2).is_none_or(|t| match t.kind {
                    Kind::Punct(c) => c != '%',
                    Kind::Word => !self.word_in(j + 2, MEASURES_AFTER),
                    Kind::Num => false,
                })
        };
        let dot_ok = dot_ok || self.punct(j, '.') && dot_24();
        // "at 6.30 in the morning", "at 7.49 this morning", "at 6.30 last
        // night": placed by the part of the day, as "at 6 in the morning"
        // is.
        let pod_at = |k: usize| matches!(self.lex(k), Some(Lex::PartOfDay(_)));
        let dot_pod = self.punct(j, '.')
            && self.after_word(i, BARE_HOUR_PREPS)
            && (self.kw(j + 2, Kw::In) && self.kw(j + 3, Kw::The) && pod_at(j + 4)
                || self.word_in(j + 2, &["this", "tomorrow", "yesterday", "last"])
                    && pod_at(j + 3)
                || self.kw(j + 2, Kw::Tonight));
        if (self.punct(j, ':') || dot_ok || dot_pod) && self.glued(j) && self.glued(j + 1) {
            let (m, md) = self.num(j + 1)?;
            if md != 2 || m > 59 {
                return None;
            }
            minute = Some(m);
            j += 2;
        }
        // "2:52:59 p.m.", "14:30:05 GMT": a second after the minute.
        let second = match self.num(j + 1) {
            Some((s, 2))
                if minute.is_some()
                    && s <= 59
                    && self.punct(j, ':')
                    && self.glued(j)
                    && self.glued(j + 1) =>
            {
                j += 2;
                u8::try_from(s).ok()
            }
            _ => None,
        };
        let timed = |c: Core| Core { second, ..c };
        let h = u8::try_from(h).ok()?;
        let m = u8::try_from(minute.unwrap_or(0)).ok()?;
        if (1..=12).contains(&h)
            && let Some(c) = self.dial_suffix(h, m, j, true)
        {
            return Some(timed(c));
        }
        if (1..=12).contains(&h)
            && let Some(c) = self.range_start(i, h, m, j)
        {
            return Some(timed(c));
        }
        if dot_pod && (1..=12).contains(&h) {
            return Some(Core {
                bare: true,
                ..Core::dial(h, m, j)
            });
        }
        if self.number_continues(j) {
            return None;
        }
        // 24-hour "15:30" needs a zone or a preposition that expects a
        // time, or to stamp a line of a live report ("22:00 Polls have
        // closed."). "24:00" is the end of the day ("until 24:00 on Oct.
        // 7").
        if minute.is_some() && (h <= 23 || h == 24 && m == 0) {
            let zone = self.word_in(j, ZONES) && self.tok(j).is_some_and(|t| t.upper);
            let stamp = hd == 2 && self.starts_line(i) && self.stamp_mark(j);
            // "between 23:30 on Friday and 05:00 on Monday": a range of
            // such times; "It's 7:45 in Halifax": the time told.
            let range = self.after_word(i, &["between", "till", "to", "and"])
                && hd == 2
                && (h >= 13 || self.word(i).starts_with('0'))
                || self.colon_range(i, j)
                || self.listed_colon_time(i);
            // A reading to the second is a race's or a recording's length
            // as often ("cut his best from 2:10:33 to 2:08:12"): a time
            // only with a zone, at a line's start, or as "at" and an hour
            // of two digits ("struck at 14:46:23").
            let timed_to_second = second.is_none() || hd == 2 && self.after_word(i, &["at"]);
            // "Pogacar leads Vingegaard by 5:18": a lead in minutes and
            // seconds, no time of the day.
            let margin = i > 1
                && self.word_is(i - 1, "by")
                && (2..=4).filter_map(|d| i.checked_sub(d)).any(|k| {
                    self.word_in(
                        k,
                        &[
                            "leads", "lead", "led", "leading", "trails", "trail", "trailed",
                            "trailing", "ahead", "behind", "won", "wins", "beat", "beats",
                        ],
                    )
                });
            if zone
                || stamp
                || timed_to_second
                    && !margin
                    && (range
                        || self.time_told(i)
                        || self.event_hour(i)
                        || self.after_iso_date(i)
                        || self.after_word(i, TIME_PREPS)
                        || self.for_day_ahead(i, j))
            {
                // "23:59 hours": the military and Indian way of saying it.
                let end = if !zone && self.word_in(j, &["hours", "hrs"]) {
                    j + 1
                } else {
                    j
                };
                return Some(Core {
                    hour: h,
                    minute: m,
                    second,
                    end,
                    // "at 7:30 tomorrow evening" is half past seven in the
                    // evening; "at 19:30", "7:30 GMT" and "until 06:00
                    // tomorrow" (a leading zero is the 24-hour clock's) are
                    // what they say.
                    dial: !zone && (1..=12).contains(&h) && !self.word(i).starts_with('0'),
                    bare: false,
                    pm: None,
                });
            }
        }
        // "at 7 tomorrow morning", "set for 10 tonight"
        if minute.is_none()
            && (1..=12).contains(&h)
            && (self.after_word(i, BARE_HOUR_PREPS) || self.for_day_ahead(i, j))
        {
            return Some(Core {
                bare: true,
                ..Core::dial(h, 0, j)
            });
        }
        None
    }

    /// The start of a range of clock times whose end alone names the half
    /// of the day: "from 4 to 7 p.m.", "6:30 to 8 p.m. Thursday", "between
    /// 2 and 4 p.m.", "from 9 to noon", "4-7 p.m.". `h` (1..=12) and `m` are the
    /// start's hour and minute, read at `i`; its join is at `j`. The start
    /// is in the end's half of the day unless that puts it after the end
    /// ("from 11 to 2 p.m." starts at 11 a.m.); a range over midnight
    /// ("from 10 to 2 a.m.") is left alone, and so is one after "at":
    /// "at 10 to 2 p.m." may be ten minutes before two, as "at ten to two"
    /// is.
    fn range_start(&self, i: usize, h: u8, m: u8, j: usize) -> Option<Core> {
        let joined = self.word_in(j, &["to", "until", "till"])
            || self.word_is(j, "and") && self.after_word(i, &["between"])
            || self.hyphen(j)
            || self.punct(j, '-')
            || self.punct(j, '\u{2013}');
        if !joined || self.after_word(i, &["at"]) {
            return None;
        }
        let end = self.time_core(j + 1)?;
        let pm = end.pm?;
        let before_end = |hour: u8| (hour, m) <= (end.hour, end.minute);
        let hour = [with_am_pm(h, pm), with_am_pm(h, false)]
            .into_iter()
            .find(|&hour| before_end(hour))?;
        Some(Core::fixed(hour, m, j))
    }

    /// Whether the time at `i`, its reading ending at `j`, follows "for"
    /// and comes before the day or the part of the day it is on: "is
    /// scheduled for 10:34 tonight", "set for 10 this evening". ("For"
    /// alone is as often a length's: "held the lead for 2:10".)
    fn for_day_ahead(&self, i: usize, j: usize) -> bool {
        i > 0
            && self.word_is(i - 1, "for")
            && self
                .day_after_time(j)
                .is_some_and(|d| d.pod.is_some() || d.end > j)
    }

    /// Whether the number at `i` ends a range of clock times written with
    /// a hyphen, after the hour or the "a.m." that starts it: the "7" of
    /// "4-7 p.m.", "9:30-11 a.m.", the "5" of "9 a.m.-5 p.m." and of
    /// "9am-5pm". Glued to a number by a hyphen it would otherwise be part
    /// of that number. So is "noon" or "midnight" after a time or before
    /// one: "10 a.m.-noon", "noon-5 p.m.".
    pub(in crate::time::grammar) fn hyphen_range_end(&self, i: usize) -> bool {
        const NAMED: &[&str] = &["noon", "midnight"];
        let meridiem = |k: usize| {
            matches!(self.lex(k), Some(Lex::AmPm { .. }))
                || self.word_in(k, &["am", "pm"]) && self.tok(k).is_some_and(|t| !t.cap || t.upper)
        };
        // (The start may end in "am" glued to its hour: "9am-5pm".)
        let start = |k: usize| {
            self.num(k).is_some_and(|(_, d)| d <= 2)
                || matches!(self.lex(k), Some(Lex::AmPm { .. }))
                || k > 0 && meridiem(k) && self.num(k - 1).is_some() && self.glued(k)
        };
        if i >= 2 && self.hyphen(i - 1) && self.word_in(i, NAMED) {
            return matches!(self.lex(i - 2), Some(Lex::AmPm { .. }))
                || i >= 3 && meridiem(i - 2) && self.num(i - 3).is_some() && self.glued(i - 2);
        }
        i >= 2
            && self.hyphen(i - 1)
            && (start(i - 2) || self.word_in(i - 2, NAMED))
            && self
                .num(i)
                .is_some_and(|(v, d)| d <= 2 && (1..=12).contains(&v))
            && (meridiem(i + 1)
                || (self.punct(i + 1, ':') || self.punct(i + 1, '.'))
                    && self.num(i + 2).is_some_and(|(_, d)| d == 2)
                    && meridiem(i + 3))
    }

    /// An hour and two-digit minutes at `k` ("11:00", "9:30"), standing
    /// alone (not "2:10:33"); returns the token after them.
    fn colon_time(&self, k: usize) -> Option<usize> {
        let (h, hd) = self.num(k)?;
        let ok = hd <= 2
            && h <= 24
            && self.punct(k + 1, ':')
            && self.glued(k + 1)
            && self.glued(k + 2)
            && self.num(k + 2).is_some_and(|(m, md)| md == 2 && m <= 59)
            && !self.number_preceded(k)
            && !self.number_continues(k + 3);
        ok.then_some(k + 3)
    }

    /// Whether the hour and minutes at `i` (ending at `j`) are one end of
    /// a range whose other end is written the same way, "between 11:00 and
    /// 14:00", "from 09:00 to 12:00": the pair says they are times of day,
    /// where a lone "10:00" after "between" or "to" may be a score or a
    /// verse ("John 3:16 to 3:18" has no "from").
    fn colon_range(&self, i: usize, j: usize) -> bool {
        const OPEN: &[&str] = &["between", "from"];
        const JOIN: &[&str] = &["and", "to", "until", "till"];
        self.word_in(j, JOIN) && self.after_word(i, OPEN) && self.colon_time(j + 1).is_some()
            || i >= 4
                && self.word_in(i - 1, JOIN)
                && self.colon_time(i - 4) == Some(i - 1)
                && self.after_word(i - 4, OPEN)
    }

    /// Whether the hour and minutes at `i` are listed after others that
    /// a preposition of time brought in: the "6:45" and "7:15" of "leave
    /// at 6:15, 6:45 and 7:15".
    fn listed_colon_time(&self, i: usize) -> bool {
        i >= 4
            && (self.word_in(i - 1, &["and", "or"]) || self.punct(i - 1, ','))
            && self.colon_time(i - 4) == Some(i - 1)
            && (self.after_word(i - 4, TIME_PREPS) || self.listed_colon_time(i - 4))
    }

    /// "12 noon", "twelve midnight": the number only repeats the word
    /// after it (`i` is the twelve).
    fn twelve_named(&self, i: usize) -> Option<Core> {
        // ("12:00 noon", "12:00 midnight", as notices write them.)
        if self.punct(i + 1, ':')
            && self.glued(i + 1)
            && self.glued(i + 2)
            && self.num(i + 2) == Some((0, 2))
        {
            return self.twelve_named(i + 2);
        }
        match self.lex(i + 1)? {
            Lex::Kw(Kw::Noon | Kw::Midday) => Some(Core::noon(i + 2)),
            Lex::Kw(Kw::Midnight) => Some(Core::fixed(24, 0, i + 2)),
            _ => None,
        }
    }

    /// What follows a dial hour `h` (1..=12) and minute `m` at `j` and
    /// says it is a time: "a.m."/"p.m.", "o'clock", "in the morning",
    /// "o'clock at night". `loose` allows "in the morning" straight after
    /// the number; for a number word it needs a preposition before, since
    /// "three in the morning shift" counts people.
    fn dial_suffix(&self, h: u8, m: u8, j: usize, loose: bool) -> Option<Core> {
        if let Some(Lex::AmPm { pm }) = self.lex(j) {
            return Some(Core::half(h, m, pm, j + 1));
        }
        // "3 a-m", "eight p-m": the hyphenated spelling of broadcast
        // transcripts.
        if (self.word_is(j, "a") || self.word_is(j, "p"))
            && self.hyphen(j + 1)
            && self.word_is(j + 2, "m")
            && self.glued(j + 2)
        {
            return Some(Core::half(h, m, self.word_is(j, "p"), j + 3));
        }
        // "9am", "9 PM": a capitalised "Am" is more likely the verb.
        if (self.word_is(j, "am") || self.word_is(j, "pm"))
            && self.tok(j).is_some_and(|t| !t.cap || t.upper)
        {
            return Some(Core::half(h, m, self.word_is(j, "pm"), j + 1));
        }
        // "4 in the morning", "10 o'clock at night", "at 10 at night"
        let k = if self.kw(j, Kw::Oclock) { j + 1 } else { j };
        let pod = if (loose || k > j) && self.kw(k, Kw::In) && self.kw(k + 1, Kw::The) {
            Some((self.lex(k + 2), k + 3))
        } else if (loose || k > j) && self.word_is(k, "at") {
            Some((self.lex(k + 1), k + 2))
        } else {
            None
        };
        if let Some((Some(Lex::PartOfDay(p)), e)) = pod
            && !self.word(e - 1).ends_with('s')
            && let Some(h24) = on_dial(h, p)
        {
            return Some(Core::fixed(h24, m, e));
        }
        (k > j).then(|| Core::dial(h, m, k))
    }

    /// Wire-service times: four digits and a zone, "2000 GMT", "0130 GMT",
    /// "1400Z", "2200 local time". Without the zone four digits are a year
    /// (or a count), so the zone is required, unless a leading zero and a
    /// preposition of time say otherwise ("at 0600"); so are a real hour (00-23)
    /// and minute (00-59). A zone that starts a compound ("1950 GMT-era")
    /// does not make a time.
    fn wire_time(&self, i: usize) -> Option<Core> {
        let (v, 4) = self.num(i)? else {
            return None;
        };
        if self.number_preceded(i) {
            return None;
        }
        let (h, m) = (u8::try_from(v / 100).ok()?, u8::try_from(v % 100).ok()?);
        if h > 23 || m > 59 {
            return None;
        }
        let j = i + 1;
        let zone =
            self.word_in(j, ZONES) && self.tok(j).is_some_and(|t| t.upper) && !self.hyphen(j + 1);
        let local = self.tok(j).is_some_and(|t| t.gap)
            && self.word_is(j, "local")
            && self.word_is(j + 1, "time");
        if self.military_hours(i) {
            return Some(Core::fixed(h, m, j + 1));
        }
        // "reopened at 0600 on Friday": no year starts with a zero; nor
        // does a live report's stamp ("0947: Police confirm an explosion").
        let zero_led = self.word(i).starts_with('0')
            && (self.after_word(
                i,
                &[
                    "at", "until", "till", "from", "before", "around", "between", "for", "by",
                ],
            ) || self.starts_line(i) && self.stamp_mark(j));
        // "at 2100 Moscow time"
        let place = self.place_time(j).is_some()
            && self.after_word(
                i,
                &["at", "until", "till", "from", "before", "around", "by"],
            );
        (zone || local || zero_led || place || self.hhmm_by_neighbours(i))
            .then(|| Core::fixed(h, m, j))
    }

    /// Whether the number at `k` is four digits that can be an hour
    /// (00-23) and a minute: "0800", "2130"; not "2475" or "1990". (A
    /// year such as "2015" can be either: its neighbours tell.)
    fn hhmm(&self, k: usize) -> bool {
        self.num(k)
            .is_some_and(|(v, d)| d == 4 && v / 100 <= 23 && v % 100 <= 59)
    }

    /// Whether the four digits at `i`, an hour (00-23) and a minute, are
    /// told as a time by their neighbours, not a year: after a preposition
    /// of time, a day named right after ("from 1800 on Thursday", "until
    /// 2100 Saturday"; a year near the document's keeps its reading), or
    /// the end of a range a time opened ("from 0600 to 2100"). The year
    /// reading asks this too, as it would otherwise win the tie.
    pub(in crate::time::grammar) fn hhmm_by_neighbours(&self, i: usize) -> bool {
        let Some((v, 4)) = self.num(i).filter(|_| self.hhmm(i)) else {
            return false;
        };
        let weekday = |k: usize| matches!(self.lex(k), Some(Lex::Weekday { .. }));
        // (Not a year some thirty years either side of the document's, or
        // of this era's without one: "extended the ban until 2025 on
        // Friday" dates the ban's end.)
        let near = match self.doc_year {
            Some(y) => y - 30..=y + 30,
            None => 1900..=2099,
        };
        let near_year = i32::try_from(v).is_ok_and(|y| near.contains(&y));
        let day_after = !near_year
            && (weekday(i + 1) || self.word_is(i + 1, "on") && weekday(i + 2))
            && self.after_word(
                i,
                &["at", "until", "till", "from", "to", "before", "between"],
            );
        let range_end = i >= 2
            && self.word_in(i - 1, &["to", "until", "till"])
            && self.num(i - 2).is_some_and(|(_, d)| d == 4)
            && self.word(i - 2).starts_with('0');
        // (A year near the document's, listed, must end its clause: not
        // "ran at 0800 and 2010 was a record year".)
        let listed = || {
            self.listed_after_hhmm(i)
                && (!near_year
                    || self
                        .tok(i + 1)
                        .is_none_or(|t| matches!(t.kind, Kind::Punct(_)))
                    || weekday(i + 1)
                    || self.word_in(i + 1, &["on", "daily", "each", "every"]))
        };
        // "The ambush happened at 2045, just as the light was fading",
        // "began at 1920 and lasted ten minutes": after "at", ending its
        // clause, and no year near the document's (not "at 1990 levels",
        // "the index closed at 2045"). A year ahead of the document's may
        // be a target, so only a clause going on after a comma or a word
        // of time says it is a time ("targets at 2050 and beyond").
        let ahead = self.doc_year.is_none_or(|y| i64::from(y) < i64::from(v));
        let at_end = !near_year
            && self.after_word(i, &["at"])
            && !(i >= 2 && self.word_in(i - 2, PRICE_VERBS))
            && self.tok(i + 1).is_none_or(|t| match t.kind {
                Kind::Punct(c) => c == ',' || !ahead && matches!(c, '.' | ';'),
                Kind::Word => {
                    self.word_in(i + 1, &["after", "before", "when", "as", "while"])
                        || !ahead && self.word_in(i + 1, &["and", "but", "until"])
                }
                Kind::Num => false,
            });
        // "left at 1815 and was back inside the wire by 2130.": a deadline
        // told in the clock of a time read earlier in the sentence (not
        // "sea levels could rise a metre by 2100.", which tells none). A
        // year within the century ahead may be a target all the same
        // ("left at 0600 and pledged net zero by 2050").
        let target = self
            .doc_year
            .is_none_or(|y| (i64::from(y)..=i64::from(y) + 100).contains(&i64::from(v)));
        let deadline = !near_year
            && !target
            && self.after_word(i, &["by", "until", "till"])
            && self
                .tok(i + 1)
                .is_none_or(|t| matches!(t.kind, Kind::Punct('.' | ',' | ';')))
            && self.hhmm_earlier_in_sentence(i);
        day_after || range_end || listed() || at_end || deadline || self.military_range_start(i)
    }

    /// Whether four digits read as a time stand earlier in the sentence
    /// of `i`, back to its last full stop or semicolon.
    fn hhmm_earlier_in_sentence(&self, i: usize) -> bool {
        (0..i)
            .rev()
            .take_while(|&k| !self.punct(k, '.') && !self.punct(k, ';'))
            .any(|k| self.hhmm(k) && self.hhmm_by_neighbours(k))
    }

    /// Whether the four digits at `i` are listed after four others that
    /// are a time ("leaves at 0715 and 1915", "sail at 0800, 1200 and
    /// 1600", "between 2200 on Saturday and 0600 on Sunday"): the first of
    /// the list is led by a zero after a preposition of time, or its
    /// neighbours tell it is a time (not "between 2010 and 2012").
    fn listed_after_hhmm(&self, i: usize) -> bool {
        let mut k = i;
        // Back over the list: ", " or "and"/"or" between members, and a
        // day told with a member ("2200 on Saturday and").
        loop {
            let mut j = k;
            if j >= 1 && self.word_in(j - 1, &["and", "or"]) {
                j -= 1;
                if j >= 1 && self.punct(j - 1, ',') {
                    j -= 1;
                }
            } else if j >= 1 && self.punct(j - 1, ',') {
                j -= 1;
            } else {
                break;
            }
            if j >= 2
                && matches!(self.lex(j - 1), Some(Lex::Weekday { .. }))
                && self.word_is(j - 2, "on")
            {
                j -= 2;
            }
            if j == 0 || !self.hhmm(j - 1) {
                return false;
            }
            k = j - 1;
        }
        // (The first of the list is no list-mate, so asking it of its
        // neighbours reads no list again.)
        k < i
            && (self.word(k).starts_with('0')
                && self.after_word(k, &["at", "until", "from", "between"])
                || self.hhmm_by_neighbours(k))
    }

    /// A dial time written without its colon, as the National Weather
    /// Service writes them: "until 945 PM CDT", "AT 1100 AM EDT". The
    /// "a.m." or "p.m." is what makes three or four digits a time rather
    /// than a count or a year, and a zone after it or a preposition of
    /// time before it what makes it no AM radio station ("on WBAP 820
    /// AM").
    fn compact_dial(&self, i: usize, v: u32, digits: u8) -> Option<Core> {
        if digits > 4 || self.number_preceded(i) {
            return None;
        }
        let (h, m) = (u8::try_from(v / 100).ok()?, u8::try_from(v % 100).ok()?);
        if !(1..=12).contains(&h) || m > 59 {
            return None;
        }
        let j = i + 1;
        let am_pm = matches!(self.lex(j), Some(Lex::AmPm { .. }))
            || (self.word_is(j, "am") || self.word_is(j, "pm"))
                && self.tok(j).is_some_and(|t| !t.cap || t.upper);
        let zoned = self.word_in(j + 1, ZONES) && self.tok(j + 1).is_some_and(|t| t.upper);
        if am_pm && (zoned || self.after_word(i, TIME_PREPS)) {
            self.dial_suffix(h, m, j, false)
        } else {
            None
        }
    }

    /// The military clock read out: "at twenty-two hundred hours",
    /// "fourteen hundred hours local time", "the time is seventeen hundred
    /// UTC", as "at 2200 hours" and "1700 GMT" are written (see
    /// [`Parser::military_hours`] for "hours").
    fn spoken_military(&self, i: usize) -> Option<Core> {
        let (hour, j) = self.spoken_hundred(i)?;
        if self.military_hours(i) {
            return Some(Core::fixed(hour, 0, j + 1));
        }
        (self.word_in(j, ZONES) && self.tok(j).is_some_and(|t| t.upper))
            .then(|| Core::fixed(hour, 0, j))
    }

    /// An hour 0..=23 in words and "hundred" at `i` ("twenty-two
    /// hundred"), not the end of a larger number: the hour and the token
    /// after "hundred".
    fn spoken_hundred(&self, i: usize) -> Option<(u8, usize)> {
        let (h @ 0..=23, j) = self.small_number_words(i)? else {
            return None;
        };
        if !self.kw(j, Kw::Hundred) || i > 0 && matches!(self.lex(i - 1), Some(Lex::NumWord(_))) {
            return None;
        }
        Some((u8::try_from(h).ok()?, j + 1))
    }

    /// Whether the four digits at `i` open a range whose end is a time on
    /// the military clock ("from 1100 to 1530 hours"): a time too.
    pub(in crate::time::grammar) fn military_range_start(&self, i: usize) -> bool {
        self.hhmm(i)
            && self.word_in(i + 1, &["to", "until", "till", "and"])
            && self.military_hours(i + 2)
    }

    /// Whether the four digits at `i` (or the hour read out with
    /// "hundred") and the "hours" after them are a time on the military
    /// clock: "at 1800 hours", "until 0600 hours", "at twenty-two hundred
    /// hours", "scheduled for 1500 hrs", "0600 hrs"; not "after 1000
    /// hours of testing".
    pub(in crate::time::grammar) fn military_hours(&self, i: usize) -> bool {
        // The number first: every duration asks, at every start.
        let mut zero_led = false;
        let end = if let Some((v, 4)) = self.num(i)
            && v / 100 <= 23
            && v % 100 <= 59
        {
            zero_led = v < 1000;
            i + 1
        } else if matches!(self.lex(i), Some(Lex::NumWord(_)))
            && let Some((_, j)) = self.spoken_hundred(i)
        {
            j
        } else {
            return false;
        };
        self.word_in(end, &["hours", "hrs"])
            && (zero_led
                || self.after_word(
                    i,
                    &["at", "until", "till", "by", "from", "before", "around"],
                )
                // (The end of a range of such times: "from 0800 to 1700
                // hours", "between 0800 hours and 1700 hours".)
                || self.after_word(i, &["to", "and", "until", "till"]) && {
                    // (A start that is a time itself: led by a zero or told
                    // in hours; "between 1500 and 1700 hours" of flying
                    // may count.)
                    i >= 2 && self.hhmm(i - 2) && self.word(i - 2).starts_with('0')
                        || i >= 3 && self.word_in(i - 2, &["hours", "hrs"]) && self.hhmm(i - 3)
                        // (Or ends with minutes, which no count of hours
                        // has: "from 1100 to 1530 hours".)
                        || i >= 2
                            && self.hhmm(i - 2)
                            && [i - 2, i].iter().any(|&k| {
                                self.num(k).is_some_and(|(v, _)| v % 100 != 0)
                            })
                }
                // (A time set for: "the meeting is scheduled for 1500 hrs".)
                || i >= 2
                    && self.word_is(i - 1, "for")
                    && self.word_in(i - 2, &["scheduled", "set", "slated", "fixed", "timed"]))
            && !self.kw(end + 1, Kw::Of)
    }

    /// An hour written as a word, "nine" (1..=12), that is not the end of
    /// a larger number ("twenty nine").
    fn word_hour(&self, i: usize) -> Option<u8> {
        let Lex::NumWord(h @ 1..=12) = self.lex(i)? else {
            return None;
        };
        if i > 0
            && matches!(
                self.lex(i - 1),
                Some(Lex::NumWord(_) | Lex::Kw(Kw::Hundred | Kw::Thousand))
            )
        {
            return None;
        }
        u8::try_from(h).ok()
    }

    /// Minutes written as words after an hour: "thirty", "forty-five",
    /// "oh five".
    fn word_minute(&self, k: usize) -> Option<(u8, usize)> {
        if self.word_is(k, "oh")
            && let Some(Lex::NumWord(v @ 1..=9)) = self.lex(k + 1)
        {
            return Some((u8::try_from(v).ok()?, k + 2));
        }
        let (v, e) = self.small_number_words(k)?;
        if !(10..=59).contains(&v) {
            return None;
        }
        Some((u8::try_from(v).ok()?, e))
    }

    /// A clock time in words: "nine a.m.", "ten o'clock", "nine thirty
    /// p.m.", "nine-thirty p.m.", "(at) four in the morning", and, after
    /// "at" and the like, a bare "seven" that a following part of the day
    /// confirms ("at seven tomorrow morning").
    fn word_time(&self, i: usize) -> Option<Core> {
        let h = self.word_hour(i)?;
        if h == 12
            && let Some(c) = self.twelve_named(i)
        {
            return Some(c);
        }
        let mut j = i + 1;
        let mut m = 0;
        if self.hyphen(j) {
            let (mm, e) = self.word_minute(j + 1)?;
            m = mm;
            j = e;
        } else if let Some((mm, e)) = self.word_minute(j) {
            m = mm;
            j = e;
        }
        let prep = self.after_word(i, TIME_PREPS);
        // "a second aircraft closing at his two o'clock", "off to his nine
        // o'clock": a bearing on the clock face around someone, not a
        // time (not "my two o'clock meeting").
        let bearing = i > 0
            && self.word_in(i - 1, &["his", "her", "my", "our", "their", "your"])
            && self.kw(j, Kw::Oclock)
            && self.tok(j + 1).is_none_or(|t| {
                t.kind != Kind::Word || self.word_in(j + 1, &["and", "position", "high", "low"])
            });
        if bearing {
            return None;
        }
        if let Some(c) = self.dial_suffix(h, m, j, prep) {
            return Some(c);
        }
        // "at one this morning" is more often "at one (of them)".
        // ("at ten thirty", "at nine fifteen": an hour and a quarter
        // hour's minutes in words say it is a time, as "at 10:30" does,
        // where "at seven" may be a count and "priced at two fifty" a sum;
        // not "at seven fifteen minutes later".)
        let quarter_hour = matches!(m, 15 | 30 | 45) && self.unit(j).is_none();
        (h != 1 && self.after_word(i, BARE_HOUR_PREPS) && !self.hyphen(j)).then_some(Core {
            bare: !quarter_hour,
            ..Core::dial(h, m, j)
        })
    }

    /// Minutes before or after an hour: "half past seven", "a quarter to
    /// six", "twenty past nine", "ten minutes to midnight". "Half past" and
    /// "quarter past" say they are times on their own; the others need a
    /// time preposition before them ("at ten to nine") or a.m./p.m.,
    /// "o'clock", "in the evening" or a part of the day after them.
    fn past_to(&self, i: usize) -> Option<Core> {
        let a = self.kw(i, Kw::A);
        let j = if a { i + 1 } else { i };
        let (mins, j, counted) = if self.word_is(j, "quarter") {
            (15, j + 1, false)
        } else if !a && self.kw(j, Kw::Half) {
            (30, j + 1, false)
        } else if !a {
            let (v, mut k) = self.small_number_words(j)?;
            if !(1..=29).contains(&v) {
                return None;
            }
            if matches!(self.unit(k), Some((Unit::Minute, _))) {
                k += 1;
            }
            (u8::try_from(v).ok()?, k, true)
        } else {
            return None;
        };
        let to = if self.kw(j, Kw::To) {
            true
        } else if self.kw(j, Kw::Past) {
            false
        } else {
            return None;
        };
        let at = j + 1;
        // A named hour: noon, or midnight as the hour approached, or gone
        // by ("a quarter past midnight" is 00:15).
        let named = match self.lex(at)? {
            Lex::Kw(Kw::Noon | Kw::Midday) => Some(12),
            Lex::Kw(Kw::Midnight) => Some(if to { 24 } else { 0 }),
            _ => None,
        };
        // "half past six months" is no time.
        if self.unit(at + 1).is_some() {
            return None;
        }
        // "won ten to nine" is a score, "a quarter to six (months)" a
        // stretch of time, "two minutes to midnight" often the Doomsday
        // Clock: a count of minutes, or a "to", needs "at" or the like
        // before it, or a suffix or a part of the day after it.
        let prep = self.after_word(i, TIME_PREPS) || self.time_told(i);
        let needs_more = (counted || to) && !prep;
        let (core, bare) = if let Some(h) = named {
            (Core::fixed(h, 0, at + 1), counted && !prep)
        } else {
            let h = match self.num(at) {
                Some((v, 1..=2)) if (1..=12).contains(&v) && !self.number_continues(at + 1) => {
                    u8::try_from(v).ok()?
                }
                Some(_) => return None,
                None => self.word_hour(at)?,
            };
            let loose = !counted || prep;
            match self.dial_suffix(h, 0, at + 1, loose) {
                Some(c) => (c, false),
                None => (Core::dial(h, 0, at + 1), needs_more),
            }
        };
        let (hour, minute) = if to {
            let total = u16::from(core.hour) * 60;
            let total = total.checked_sub(u16::from(mins))?;
            (
                u8::try_from(total / 60).ok()?,
                u8::try_from(total % 60).ok()?,
            )
        } else {
            (core.hour, mins)
        };
        Some(Core {
            hour,
            minute,
            bare,
            ..core
        })
    }
}
