//! Clock times and parts of days: "3 p.m.", "10:30 a.m. EST", "noon
//! Thursday", "2000 GMT" (wire style), "nine thirty p.m.", "half past
//! seven tomorrow morning", "6 p.m. Moscow time", "this morning",
//! "tonight", "Thursday night", "last night".

use super::Parser;
use crate::time::lexicon::{Kw, Lex, PartOfDay, Unit};
use crate::time::sem::{Dir, Match, Val};
use crate::time::timex::TimexType;
use crate::time::token::Kind;
use crate::time::value::Gran;

/// Time-zone words that belong to a clock time.
const ZONES: &[&str] = &[
    "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "utc", "bst", "cet", "cest",
    "et", "pt", "ct", "mt", "jst", "ist", "aest", "aedt", "acst", "acdt", "awst", "nzst", "nzdt",
    "hkt", "sgt", "msk", "z", "kst", "eet", "eest", "wet", "west", "cat", "eat", "wat", "sast",
    "pkt", "wib", "pht", "akst", "akdt", "hst",
];

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

/// An hour and minute read at a token, before any zone or day after it.
#[derive(Debug, Clone, Copy)]
struct Core {
    /// The hour, 0..=24 (24 only for "midnight").
    hour: u8,
    minute: u8,
    /// The token after the time.
    end: usize,
    /// The hour was read off a twelve-hour dial with nothing saying which
    /// half of the day ("9 o'clock", "half past seven", "at 7:30"): a part
    /// of the day after it places it ("half past seven tomorrow evening").
    dial: bool,
    /// Nothing but the words before it says this is a time ("at seven",
    /// "ten past nine"): it stands only when a part of the day follows.
    bare: bool,
}

impl Core {
    /// A time whose hour is known on the 24-hour clock.
    fn fixed(hour: u8, minute: u8, end: usize) -> Self {
        Core {
            hour,
            minute,
            end,
            dial: false,
            bare: false,
        }
    }

    /// A time read off a twelve-hour dial.
    fn dial(hour: u8, minute: u8, end: usize) -> Self {
        Core {
            hour,
            minute,
            end,
            dial: true,
            bare: false,
        }
    }
}

/// A day (and perhaps a part of it) written after a clock time.
struct DayAfter {
    val: Val,
    /// The token after the day alone.
    end: usize,
    /// A part of that day written after it, and the token after that:
    /// "tomorrow morning", "Thursday night", "tonight".
    pod: Option<(PartOfDay, usize)>,
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

/// The 24-hour reading of dial hour `h` (0..=12) in part of day `p`:
/// "7 in the evening" is 19:00, "4 in the morning" 04:00, "2 at night"
/// 02:00 but "10 at night" 22:00. `None` where the two disagree ("12 in
/// the evening").
fn on_dial(h: u8, p: PartOfDay) -> Option<u8> {
    match p {
        PartOfDay::Morning if h == 12 => Some(0),
        PartOfDay::Morning => Some(h),
        // "12:30 in the afternoon" is just after noon.
        PartOfDay::Afternoon if h == 12 => Some(12),
        PartOfDay::Afternoon | PartOfDay::Evening if h < 12 => Some(h + 12),
        PartOfDay::Night if (6..12).contains(&h) => Some(h + 12),
        PartOfDay::Night if h == 12 => Some(0),
        PartOfDay::Night => Some(h),
        _ => None,
    }
}

/// Whether a 24-hour hour falls in part of day `p`, loosely: "10 a.m.
/// Thursday morning" keeps its morning, "9 p.m. Thursday morning" does
/// not.
fn in_part(hour: u8, p: PartOfDay) -> bool {
    match p {
        PartOfDay::Morning => hour < 12,
        PartOfDay::Afternoon => (12..19).contains(&hour),
        PartOfDay::Evening => (16..=24).contains(&hour),
        PartOfDay::Night => !(6..18).contains(&hour),
    }
}

/// The edges of the day, which name a time only after a preposition.
const TWILIGHT: &[&str] = &["dawn", "daybreak", "dusk", "nightfall"];

/// Whether a clock time or a part of a day (see [`Parser::clock`]) may
/// open with keyword `k`. A clock time reads its first token through
/// `Parser::time_core`, which takes of the keywords only "noon", "midday",
/// "midnight" and, for "a quarter past six" and "half past", "a" and
/// "half". A part of a day opens with "the" ("the early afternoon"), a
/// modifier of a period (`Parser::period_mod`: "early", "late", "mid",
/// "end") or, in its match on the first word, "tonight", "this", "that",
/// "the", "last", "yesterday", "today", "tomorrow" or "Christmas" ("on
/// Christmas afternoon").
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

    /// Whether the word before `i` is one of `preps`.
    fn after_word(&self, i: usize, preps: &[&str]) -> bool {
        // A hedge may stand between: "at about 02:40", "from around 0600".
        const HEDGES: &[&str] = &["about", "around", "approximately", "roughly", "exactly"];
        i > 0 && self.word_in(i - 1, preps)
            || i > 1 && self.word_in(i - 1, HEDGES) && self.word_in(i - 2, preps)
    }

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

    /// Whether token `i` is the first thing on its line.
    fn starts_line(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| {
            let before = self.text[..t.start].trim_end_matches([' ', '\t']);
            before.is_empty() || before.ends_with('\n')
        })
    }

    /// The hour and minute at `i`: "3 p.m.", "15:30 GMT", "2000 GMT",
    /// "nine thirty p.m.", "a quarter to six", "noon".
    fn time_core(&self, i: usize) -> Option<Core> {
        match self.lex(i)? {
            Lex::Kw(Kw::Noon | Kw::Midday) => return Some(Core::fixed(12, 0, i + 1)),
            // TimeML writes midnight as the end of its day ("midnight
            // Friday" is Friday T24:00, not the start of Friday).
            Lex::Kw(Kw::Midnight) => return Some(Core::fixed(24, 0, i + 1)),
            Lex::NumWord(_) | Lex::Kw(Kw::A | Kw::Half) | Lex::Unit { .. } => {
                return self.past_to(i).or_else(|| self.word_time(i));
            }
            _ => {}
        }
        if let Some(c) = self.wire_time(i) {
            return Some(c);
        }
        let (h, hd) = self.num(i)?;
        if hd > 2 || self.number_preceded(i) {
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
                || self.word_in(j + 2, ZONES) && self.tok(j + 2).is_some_and(|t| t.upper));
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
        let h = u8::try_from(h).ok()?;
        let m = u8::try_from(minute.unwrap_or(0)).ok()?;
        if (1..=12).contains(&h)
            && let Some(c) = self.dial_suffix(h, m, j, true)
        {
            return Some(c);
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
            let stamp = hd == 2
                && self.starts_line(i)
                && self.tok(j).is_some_and(|t| t.kind == Kind::Word && t.cap);
            // "between 23:30 on Friday and 05:00 on Monday": a range of
            // such times; "It's 7:45 in Halifax": the time told.
            let range = self.after_word(i, &["between", "till", "to", "and"])
                && hd == 2
                && (h >= 13 || self.word(i).starts_with('0'));
            if zone || stamp || range || self.time_told(i) || self.after_word(i, TIME_PREPS) {
                // "23:59 hours": the military and Indian way of saying it.
                let end = if !zone && self.word_in(j, &["hours", "hrs"]) {
                    j + 1
                } else {
                    j
                };
                return Some(Core {
                    hour: h,
                    minute: m,
                    end,
                    // "at 7:30 tomorrow evening" is half past seven in the
                    // evening; "at 19:30" and "7:30 GMT" are what they say.
                    dial: !zone && (1..=12).contains(&h),
                    bare: false,
                });
            }
        }
        // "at 7 tomorrow morning"
        if minute.is_none() && (1..=12).contains(&h) && self.after_word(i, BARE_HOUR_PREPS) {
            return Some(Core {
                bare: true,
                ..Core::dial(h, 0, j)
            });
        }
        None
    }

    /// "12 noon", "twelve midnight": the number only repeats the word
    /// after it (`i` is the twelve).
    fn twelve_named(&self, i: usize) -> Option<Core> {
        match self.lex(i + 1)? {
            Lex::Kw(Kw::Noon | Kw::Midday) => Some(Core::fixed(12, 0, i + 2)),
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
            return Some(Core::fixed(with_am_pm(h, pm), m, j + 1));
        }
        // "3 a-m", "eight p-m": the hyphenated spelling of broadcast
        // transcripts.
        if (self.word_is(j, "a") || self.word_is(j, "p"))
            && self.hyphen(j + 1)
            && self.word_is(j + 2, "m")
            && self.glued(j + 2)
        {
            return Some(Core::fixed(with_am_pm(h, self.word_is(j, "p")), m, j + 3));
        }
        // "9am", "9 PM": a capitalised "Am" is more likely the verb.
        if (self.word_is(j, "am") || self.word_is(j, "pm"))
            && self.tok(j).is_some_and(|t| !t.cap || t.upper)
        {
            return Some(Core::fixed(with_am_pm(h, self.word_is(j, "pm")), m, j + 1));
        }
        // "4 in the morning", "10 o'clock at night"
        let k = if self.kw(j, Kw::Oclock) { j + 1 } else { j };
        let pod = if (loose || k > j) && self.kw(k, Kw::In) && self.kw(k + 1, Kw::The) {
            Some((self.lex(k + 2), k + 3))
        } else if k > j && self.word_is(k, "at") {
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
        // "reopened at 0600 on Friday": no year starts with a zero.
        let zero_led = self.word(i).starts_with('0')
            && self.after_word(i, &["at", "until", "till", "from", "before", "around"]);
        // "at 2100 Moscow time"
        let place = self.place_time(j).is_some()
            && self.after_word(
                i,
                &["at", "until", "till", "from", "before", "around", "by"],
            );
        (zone || local || zero_led || place).then(|| Core::fixed(h, m, j))
    }

    /// Whether the four digits at `i` and the "hours" after them are a
    /// time on the military clock: "at 1800 hours", "until 0600 hours";
    /// not "after 1000 hours of testing".
    pub(super) fn military_hours(&self, i: usize) -> bool {
        // The number first: every duration asks, at every start.
        self.num(i)
            .is_some_and(|(v, d)| d == 4 && v / 100 <= 23 && v % 100 <= 59)
            && self.word_in(i + 1, &["hours", "hrs"])
            && self.after_word(
                i,
                &["at", "until", "till", "by", "from", "before", "around"],
            )
            && !self.kw(i + 2, Kw::Of)
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
        if let Some(c) = self.dial_suffix(h, m, j, prep) {
            return Some(c);
        }
        // "at one this morning" is more often "at one (of them)".
        (h != 1 && self.after_word(i, BARE_HOUR_PREPS) && !self.hyphen(j)).then_some(Core {
            bare: true,
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
        // A named hour: noon, or midnight as the hour approached.
        let named = match self.lex(at)? {
            Lex::Kw(Kw::Noon | Kw::Midday) => Some(12),
            Lex::Kw(Kw::Midnight) if to => Some(24),
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

    /// A zone written as a place's time after a clock time: "Beijing
    /// time", "Hong Kong time", "Eastern Standard Time". Up to three
    /// capitalised ordinary words (no month or weekday) and then "time",
    /// or a US zone alone ("1 p.m. Eastern"); returns the token after it.
    fn place_time(&self, j: usize) -> Option<usize> {
        let mut k = j;
        while k < j + 3
            && !self.word_is(k, "time")
            && self.tok(k).is_some_and(|t| {
                t.kind == Kind::Word && t.cap && t.gap && matches!(t.lex, Lex::Other)
            })
        {
            k += 1;
        }
        if k > j && self.word_is(k, "time") && !self.hyphen(k + 1) {
            return Some(k + 1);
        }
        // "1 p.m. Eastern", "9 p.m. Eastern Monday": a US zone named
        // alone (not "Eastern Europe").
        (self.word_in(j, &["eastern", "pacific", "central", "mountain"])
            && self.tok(j).is_some_and(|t| t.cap && t.gap)
            && self.tok(j + 1).is_none_or(|t| {
                t.kind != Kind::Word || !t.cap || matches!(t.lex, Lex::Weekday { .. })
            }))
        .then_some(j + 1)
    }

    /// Whether the words `j..e` after a clock time name a zone ("Eastern
    /// time", "Pacific", "Moscow time", "Beijing time", "India Standard
    /// Time": a region's standard) rather than a city whose local time it
    /// is ("New York time", "Hong Kong time").
    fn zone_name(&self, j: usize, e: usize) -> bool {
        self.word_in(
            j,
            &[
                "eastern", "pacific", "central", "mountain", "atlantic", "moscow", "beijing",
            ],
        ) || (j..e).any(|k| self.word_in(k, &["standard", "daylight", "summer", "mean"]))
    }

    /// A day expression that can follow a clock time ("Thursday", "today",
    /// "tomorrow morning", "tonight").
    fn day_after_time(&self, i: usize) -> Option<DayAfter> {
        let day = |n| Val::Rel {
            gran: Gran::Day,
            unit: Unit::Day,
            n,
        };
        // "tomorrow morning", "Thursday night" (not "Thursday nights").
        let pod_at = |k: usize| match self.lex(k) {
            Some(Lex::PartOfDay(p)) if !self.word(k).ends_with('s') => Some((p, k + 1)),
            _ => None,
        };
        let mut j = i;
        if self.kw(j, Kw::On) {
            j += 1;
        }
        let plain = |val, end| {
            Some(DayAfter {
                val,
                end,
                pod: pod_at(end),
            })
        };
        match self.lex(j)? {
            Lex::Kw(Kw::Today) => plain(day(0), j + 1),
            Lex::Kw(Kw::Yesterday) => plain(day(-1), j + 1),
            Lex::Kw(Kw::Tomorrow) => plain(day(1), j + 1),
            // "9 p.m. tonight", "3 this afternoon": the day is today and
            // only comes with its part.
            Lex::Kw(Kw::Tonight) => Some(DayAfter {
                val: day(0),
                end: i,
                pod: Some((PartOfDay::Night, j + 1)),
            }),
            Lex::Kw(Kw::This) => Some(DayAfter {
                val: day(0),
                end: i,
                pod: Some(pod_at(j + 1)?),
            }),
            Lex::Weekday { day, plural: false } if self.tok(j)?.cap => {
                // "3 p.m. Thursday, Nov. 16"
                if let Some(m) = self.dates(j)
                    && m.weekday.is_some()
                {
                    return Some(DayAfter {
                        val: m.val,
                        end: m.end,
                        pod: None,
                    });
                }
                plain(
                    Val::Weekday {
                        day,
                        dir: Dir::Tense,
                    },
                    j + 1,
                )
            }
            // "9 p.m. last night": the night before the document's day.
            Lex::Kw(Kw::Last) if matches!(pod_at(j + 1), Some((PartOfDay::Night, _))) => {
                Some(DayAfter {
                    val: day(-1),
                    end: i,
                    pod: pod_at(j + 1),
                })
            }
            // "6am next Tuesday", "1pm last Friday"
            Lex::Kw(Kw::Next | Kw::Last) => {
                let (dir, k) = self.dir_at(j)?;
                let Lex::Weekday { day, plural: false } = self.lex(k)? else {
                    return None;
                };
                plain(Val::Weekday { day, dir }, k + 1)
            }
            Lex::Month { .. } => {
                let m = self.dates(j)?;
                matches!(m.val, Val::MonthDay { .. } | Val::Abs(_)).then_some(DayAfter {
                    val: m.val,
                    end: m.end,
                    pod: None,
                })
            }
            _ => None,
        }
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
        // So is a tally's ("As of 6 p.m., the police listed 4,012 dead").
        let stamp = self.starts_line(i) && (self.punct(j, ':') || self.punct(j, '\n'))
            || i > 1 && self.word_is(i - 1, "of") && self.word_is(i - 2, "as");
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
        // Thursdays at 9 p.m." is.
        if !comma
            && !core.dial
            && !core.bare
            && let Some(Lex::Weekday { day, plural: true }) = self.lex(after)
            && self.tok(after).is_some_and(|t| t.cap)
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
        let (day, mut e, pod) = match found {
            // Only a part of the day was found ("tonight"): without it the
            // time ends where it did.
            Some(d) if d.end == after => (d.val, own, d.pod),
            Some(d) => (d.val, d.end, d.pod),
            None => (today, own, None),
        };
        let mut hour = core.hour;
        let mut placed = false;
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
        // "at seven", "ten past nine" alone are no times.
        if core.bare && !placed {
            return None;
        }
        let weekday = match day {
            Val::Weekday { day, .. } => Some(day),
            _ => None,
        };
        let mut m = Match::new(
            e,
            TimexType::Time,
            Val::Clock {
                hour,
                minute: core.minute,
                day: Box::new(day),
            },
        );
        m.weekday = weekday;
        m.dial = core.dial && !placed;
        Some(m)
    }

    /// "this morning", "tonight", "last night", "Thursday night",
    /// "yesterday afternoon", "mid-afternoon".
    fn part_of_day(&self, i: usize) -> Option<Match> {
        let day = |n| Val::Rel {
            gran: Gran::Day,
            unit: Unit::Day,
            n,
        };
        let mut j = i;
        let mut modifier = None;
        // "in the early afternoon": the article goes with the part of day.
        if self.kw(j, Kw::The)
            && self
                .period_mod(j + 1)
                .is_some_and(|(_, k)| matches!(self.lex(k), Some(Lex::PartOfDay(_))))
        {
            j += 1;
        }
        if let Some((m, k)) = self.period_mod(j) {
            modifier = Some(m);
            j = k;
        } else if self.word_in(j, &["midmorning", "midafternoon"]) {
            // "by midmorning": "mid-morning" in one word.
            modifier = Some("MID");
        }
        let pod_at = |k: usize| match self.lex(k) {
            Some(Lex::PartOfDay(p)) if !self.word(k).ends_with('s') => Some(p),
            _ => None,
        };
        let (val, weekday, e) = match self.lex(j)? {
            Lex::Kw(Kw::Tonight) => (
                Val::Pod {
                    pod: PartOfDay::Night,
                    day: Box::new(day(0)),
                },
                None,
                j + 1,
            ),
            Lex::Kw(Kw::This) => {
                let p = pod_at(j + 1)?;
                (
                    Val::Pod {
                        pod: p,
                        day: Box::new(day(0)),
                    },
                    None,
                    j + 2,
                )
            }
            // "that morning": of the day last named.
            Lex::Kw(Kw::That) => {
                let p = pod_at(j + 1)?;
                (
                    Val::Pod {
                        pod: p,
                        day: Box::new(Val::Anchored {
                            gran: Some(Gran::Day),
                            unit: Unit::Day,
                            n: 0,
                        }),
                    },
                    None,
                    j + 2,
                )
            }
            // "searched through the night", "buy orders in the morning",
            // "pushed back to the afternoon", "rain forecast for the
            // afternoon": the story's day. Not "the night of Oct. 23" (the
            // date is the expression) nor "the night the plane went down".
            Lex::Kw(Kw::The)
                if j == i
                    && i > 0
                    // ("over the course of the afternoon", "the rest of
                    // the night")
                    && (i > 1
                        && self.word_is(i - 1, "of")
                        && self.word_in(i - 2, &["course", "rest", "middle", "remainder"])
                        || self.word_in(
                        i - 1,
                        &[
                            "in",
                            "during",
                            "through",
                            "throughout",
                            "into",
                            "by",
                            "until",
                            "till",
                            "since",
                            "to",
                            "for",
                            "from",
                        ],
                    ))
                    && (self
                        .tok(j + 2)
                        .is_none_or(|t| matches!(t.kind, Kind::Punct(_)))
                        || self.word_in(
                            j + 2,
                            &["to", "and", "but", "as", "with", "before", "after", "while"],
                        )
                        // "at one point in the afternoon the Dow was down":
                        // a new clause's subject after a time of the day
                        // (not "the night the plane went down").
                        || self.word_in(i - 1, &["in", "during", "through", "throughout", "by"])
                            && (self.word_in(j + 2, &["the", "a", "an"])
                                || self.tok(j + 2).is_some_and(|t| t.cap))
                        // "who had gathered outside since the afternoon
                        // cheered": what follows "since" or "until" is a
                        // time, whatever comes after it (but not "since
                        // the night of the fire").
                        || self.word_in(i - 1, &["since", "until", "till"])
                            && !self.kw(j + 2, Kw::Of)) =>
            {
                let p = pod_at(j + 1)?;
                (
                    Val::Pod {
                        pod: p,
                        day: Box::new(Val::DocDay),
                    },
                    None,
                    j + 2,
                )
            }
            Lex::Kw(Kw::Last) => {
                let p = pod_at(j + 1)?;
                if p != PartOfDay::Night {
                    return None;
                }
                (
                    Val::Pod {
                        pod: p,
                        day: Box::new(day(-1)),
                    },
                    None,
                    j + 2,
                )
            }
            Lex::Kw(Kw::Yesterday | Kw::Today | Kw::Tomorrow) => {
                let n = match self.lex(j)? {
                    Lex::Kw(Kw::Yesterday) => -1,
                    Lex::Kw(Kw::Tomorrow) => 1,
                    _ => 0,
                };
                let p = pod_at(j + 1)?;
                (
                    Val::Pod {
                        pod: p,
                        day: Box::new(day(n)),
                    },
                    None,
                    j + 2,
                )
            }
            Lex::Weekday {
                day: d,
                plural: false,
            } if self.tok(j)?.cap => {
                let p = pod_at(j + 1)?;
                (
                    Val::Pod {
                        pod: p,
                        day: Box::new(Val::Weekday {
                            day: d,
                            dir: Dir::Tense,
                        }),
                    },
                    Some(d),
                    j + 2,
                )
            }
            // "fell in afternoon trading": the session of the story's day.
            Lex::PartOfDay(p)
                if modifier.is_none()
                    && !self.word(j).ends_with('s')
                    && self.after_word(j, &["in", "during", "by"])
                    && self.word_in(j + 1, &["trading", "trade", "dealings", "session"]) =>
            {
                (
                    Val::Pod {
                        pod: p,
                        day: Box::new(Val::DocDay),
                    },
                    None,
                    j + 1,
                )
            }
            // "struck Baghdad at dawn", "flown since daybreak", "until
            // dusk": the story's day. Not "as dawn broke", "the dawn of".
            Lex::PartOfDay(p)
                if modifier.is_none()
                    && self.word_in(j, TWILIGHT)
                    && self.after_word(
                        j,
                        &["at", "before", "after", "since", "until", "till", "by"],
                    ) =>
            {
                (
                    Val::Pod {
                        pod: p,
                        day: Box::new(Val::DocDay),
                    },
                    None,
                    j + 1,
                )
            }
            // "on Christmas afternoon", "New Year's Eve night", "Good
            // Friday evening"
            Lex::Holiday(_) | Lex::Kw(Kw::Christmas) | Lex::Other
                if self.tok(j)?.cap
                    && (j + 1..j + 5).any(|k| matches!(self.lex(k), Some(Lex::PartOfDay(_))))
                    && self.holiday_name(j).is_some() =>
            {
                let h = self.dates(j).filter(|m| m.val.names_holiday())?;
                let p = pod_at(h.end)?;
                (
                    Val::Pod {
                        pod: p,
                        day: Box::new(h.val),
                    },
                    None,
                    h.end + 1,
                )
            }
            Lex::PartOfDay(p) if modifier.is_some() && !self.word(j).ends_with('s') => {
                // "mid-afternoon (yesterday)"; "by late evening" alone is
                // on the day the story is about.
                let (d, e) = match self.lex(j + 1) {
                    Some(Lex::Kw(Kw::Yesterday)) => (day(-1), j + 2),
                    Some(Lex::Kw(Kw::Today)) => (day(0), j + 2),
                    _ => (Val::DocDay, j + 1),
                };
                (
                    Val::Pod {
                        pod: p,
                        day: Box::new(d),
                    },
                    None,
                    e,
                )
            }
            _ => return None,
        };
        // "Thursday morning" is fine; "the morning" alone is not tagged.
        let mut m = Match::new(e, TimexType::Time, val);
        m.weekday = weekday;
        if let Some(md) = modifier {
            m = m.with_mod(md);
        }
        Some(m)
    }
}
