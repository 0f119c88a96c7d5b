//! Joining a match to the expressions next to it: a clock time and the
//! day before or after it ("Thursday at 3 p.m.", "at 10:35 a.m. on
//! Monday"), the second day or year of a range ("Nov. 16-18", "2019-20"),
//! and a date counted from the one before it ("A week later, on Feb 15").
//! Each is dated from its neighbour, not read alone.

use super::words::{after_last, capitalised, is, words_before};
use crate::time::lexicon::{Lex, classify_in};
use crate::time::sem::{Dir, Val};

/// Which way a date written right after a count of time runs from the
/// date before it, if `before` (the text up to the date) ends that way:
/// "A week later, on Feb 15", "four days earlier, on April 11".
pub fn apposed(before: &str) -> Option<Dir> {
    let rest = before.strip_suffix(", on ")?;
    let word = &rest[after_last(rest, |c| !c.is_alphabetic())..];
    match word {
        "later" | "after" => Some(Dir::Next),
        "earlier" | "before" => Some(Dir::Last),
        _ => None,
    }
}

/// Whether `after` (the text after a time of the day) goes on to count
/// its day from another: "at 8.15am on the following day", "at 2.15
/// p.m. on that day", "from noon that day", "at 9am the next morning"
/// (not "6:30 p.m. Wednesday on the East Coast").
pub fn day_counted_after(after: &str) -> bool {
    let after = after.strip_prefix(" on").unwrap_or(after);
    let Some(rest) = after
        .strip_prefix(" the ")
        .or_else(|| after.strip_prefix(" that "))
    else {
        return false;
    };
    let word = rest
        .split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    matches!(
        word,
        "following"
            | "next"
            | "same"
            | "previous"
            | "day"
            | "morning"
            | "afternoon"
            | "evening"
            | "night"
    )
}

/// Whether `after` (the text after a time of the day) names the day the
/// time is on: "at about 11 a.m. Moscow time on the 21st", "at 9 a.m.
/// Tuesday", "5 p.m. on Nov. 6", "at 3 p.m., on Dec. 31", "at 11pm on the
/// night of November 29". The time's own
/// day is only a guess until then, and the day named is read as if the
/// time were not there.
pub fn day_named_after(after: &str) -> bool {
    let after = without_local_time(after);
    let Some(rest) = after
        .strip_prefix(" on ")
        .or_else(|| after.strip_prefix(", on "))
        .or_else(|| after.strip_prefix(' '))
    else {
        return false;
    };
    // "at around 11pm on the night of November 29": the day the part of
    // the day is of.
    let rest = PART_OF
        .iter()
        .find_map(|p| rest.strip_prefix(p))
        .unwrap_or(rest);
    let (the, rest) = match rest.strip_prefix("the ") {
        Some(r) => (true, r),
        None => (false, rest),
    };
    let end = rest
        .find(|c: char| !c.is_ascii_alphanumeric())
        .unwrap_or(rest.len());
    let word = &rest[..end];
    let digits = word.bytes().take_while(u8::is_ascii_digit).count();
    match classify_in(rest.as_bytes(), 0, end) {
        Lex::Weekday { plural: false, .. } => true,
        // "Nov. 6", "November 6": a month with its day.
        Lex::Month { .. } => rest[end..]
            .trim_start_matches('.')
            .strip_prefix(' ')
            .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit())),
        // "the 21st"
        _ => {
            the && (1..=2).contains(&digits) && matches!(&word[digits..], "st" | "nd" | "rd" | "th")
        }
    }
}

/// `gap` (the text after a clock time) without the words saying the time
/// is a place's own, which the time leaves outside: " local time", " New
/// York time" (up to three capitalised words), and the same set off by
/// commas, as notices write it (", New York City time, on Sept. 18"; the
/// second comma is kept).
pub fn without_local_time(gap: &str) -> &str {
    if let Some(inner) = gap.strip_prefix(',') {
        let rest = local_time_words(inner);
        return if rest.len() < inner.len() && rest.starts_with(',') {
            rest
        } else {
            gap
        };
    }
    local_time_words(gap)
}

/// `gap` without the words of a place's time at its start (see
/// [`without_local_time`]).
fn local_time_words(gap: &str) -> &str {
    let mut rest = gap;
    for n in 0..=3 {
        let Some(r) = rest.strip_prefix(' ') else {
            return gap;
        };
        let (word, after) = r.split_at(
            r.find(|c: char| !c.is_ascii_alphabetic())
                .unwrap_or(r.len()),
        );
        if word.eq_ignore_ascii_case("time") && n > 0 {
            return after;
        }
        if !(capitalised(word) || n == 0 && word == "local") {
            return gap;
        }
        rest = after;
    }
    gap
}

/// Whether `gap`, the text between clock times and a day after them, puts
/// the times on that day: "at 10:35 a.m. on Monday", "2:46 p.m. (0546
/// GMT) Friday", "at 7pm (AEDT) on January 29". `before` is the text
/// before the last time: one that qualifies a noun ("a 6 p.m. curfew on
/// Saturday", "the 10 a.m. news conference Monday") is on the day the
/// noun is given.
pub fn clock_then_day(before: &str, gap: &str) -> bool {
    attributive_clock(before, gap) || clock_then_day_alone(gap)
}

/// "a 6 p.m. curfew on Saturday", "its 9 a.m. start Friday", "a 12.45pm
/// kick-off on Saturday": a time after an article or possessive and
/// before a noun or two (no word that joins clauses) is that noun's time.
fn attributive_clock(before: &str, gap: &str) -> bool {
    let determiner = before
        .trim_end()
        .rsplit(char::is_whitespace)
        .next()
        .is_some_and(|w| {
            ["a", "an", "the", "its", "their"]
                .iter()
                .any(|d| w.eq_ignore_ascii_case(d))
        });
    let Some(nouns) = gap.strip_prefix(' ') else {
        return false;
    };
    let nouns = nouns
        .strip_suffix(" on ")
        .or_else(|| nouns.strip_suffix(' '));
    determiner
        && before.ends_with(' ')
        && nouns.is_some_and(|n| {
            n.split(' ').count() <= 2
                && n.split(' ').all(|w| {
                    // ("a 12.45pm kick-off on Saturday": a hyphen may
                    // join a noun's parts.)
                    !w.is_empty()
                        && !w.starts_with('-')
                        && !w.ends_with('-')
                        && w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
                        && !matches!(
                            w,
                            "and"
                                | "or"
                                | "to"
                                | "until"
                                | "till"
                                | "but"
                                | "when"
                                | "if"
                                | "than"
                                | "on"
                                | "at"
                                | "in"
                                | "by"
                                | "from"
                                | "is"
                                | "was"
                                | "will"
                        )
                })
        })
}

/// The gaps that put clock times on the day after them whatever comes
/// before.
fn clock_then_day_alone(gap: &str) -> bool {
    // A zone in brackets: "(AEDT)", "(GMT+8)", "(Pacific)", "(Eastern
    // Time)".
    let gap = match gap.strip_prefix(" (").and_then(|g| g.split_once(')')) {
        Some((zone, rest))
            if zone.len() <= 8
                && zone
                    .bytes()
                    .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'+')
                || zone.len() <= 24
                    && zone.split(' ').count() <= 2
                    && zone
                        .split(' ')
                        .all(|w| capitalised(w) && w.bytes().all(|b| b.is_ascii_alphabetic())) =>
        {
            rest
        }
        _ => gap,
    };
    // ("will close early, at 3 p.m., on New Year's Eve": a time set off
    // by commas is on the day after it too.)
    // ("at around 11pm on the night of November 29": so is one on the
    // part of the day a day is named with.)
    matches!(gap, " on " | " " | ") " | ") on " | ", on ")
        || gap
            .strip_prefix(" on ")
            .is_some_and(|part| PART_OF.contains(&part))
        // ("Polls close at 7 p.m. in Georgia on Tuesday, Nov. 3": so is
        // one told of a place between them.)
        || gap
            .strip_prefix(" in ")
            .and_then(|g| g.strip_suffix(" on "))
            .is_some_and(place_name)
}

/// Whether `words` name a place: one to three capitalised words, "the"
/// before them ("the West Bank", "New Hampshire").
fn place_name(words: &str) -> bool {
    let words = words.strip_prefix("the ").unwrap_or(words);
    let count = words.split(' ').count();
    (1..=3).contains(&count)
        && words
            .split(' ')
            .all(|w| capitalised(w) && w.chars().all(|c| c.is_alphabetic() || c == '.' || c == '-'))
}

/// The words that name a part of a day named after them: "on the night
/// of November 29".
const PART_OF: [&str; 4] = [
    "the night of ",
    "the evening of ",
    "the morning of ",
    "the afternoon of ",
];

/// How a clock time relates to a day expression ending just before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Join {
    /// "until Monday noon", "Friday 10am": one expression.
    Merge,
    /// "Thursday at 3 p.m.", "Saturday, Nov. 23, at 1 p.m.": the time is
    /// on that day, an expression of its own (TimeML leaves the "at"
    /// between them, a signal, out of both).
    SameDay,
}

/// Whether a clock time at `start` continues the day expression that ends
/// at `prev_end`; `val` is the clock's value, which must not name a day.
pub fn clock_joins(text: &str, prev_end: usize, start: usize, val: &Val) -> Option<Join> {
    let Val::Clock { day, .. } = val else {
        return None;
    };
    if **day != Val::DocDay {
        return None;
    }
    let gap = text.get(prev_end..start)?;
    if gap == " " {
        return Some(Join::Merge);
    }
    let g = gap.trim_start_matches(',').trim();
    // ("will vote on Dec. 12 after the 10:30 a.m. Mass", "arrive on
    // Monday for the 9 a.m. meeting": an event of that day, its time
    // before its noun.)
    let event_of_day = matches!(
        g,
        "after the" | "before the" | "after a" | "before a" | "for the" | "for a" | "at the"
    );
    (g == "at"
        || gap.starts_with(',') && (g.is_empty() || near_time(g))
        || told_at(gap)
        || event_of_day)
        .then_some(Join::SameDay)
}

/// Whether `gap`, between a day and a clock time, is a relative clause
/// that tells when on that day its event came: "the Oct. 17 earthquake,
/// which struck at 5:04 p.m.", "the blast on Friday, which happened at 3
/// a.m." (a noun of at most two words after the day, "which" or "that",
/// a past verb and "at").
fn told_at(gap: &str) -> bool {
    const PAST: &[&str] = &[
        "struck", "began", "hit", "broke", "came", "took", "rang", "fell", "went", "ran", "shook",
        "rose", "sank", "blew", "tore",
    ];
    let Some((noun, clause)) = gap.split_once(", ") else {
        return false;
    };
    let mut words = clause.split(' ');
    let (Some(pronoun), Some(verb), Some("at"), Some(""), None) = (
        words.next(),
        words.next(),
        words.next(),
        words.next(),
        words.next(),
    ) else {
        return false;
    };
    noun.split(' ').filter(|w| !w.is_empty()).count() <= 2
        && noun
            .bytes()
            .all(|b| b.is_ascii_alphabetic() || b == b' ' || b == b'-')
        && matches!(pronoun, "which" | "that")
        && (verb.len() > 3 && verb.ends_with("ed") || is(verb, PAST))
}

/// Whether `words` (between a comma after a day and a clock time) put
/// the time near an event of that day: "approved the package late
/// Thursday, shortly before midnight", "on Monday, just after 10 a.m.".
fn near_time(words: &str) -> bool {
    let last = words.rsplit(' ').next().unwrap_or(words);
    let first = words.len() > last.len();
    is(last, &["before", "after", "around", "about"])
        && (!first
            || is(words.split(' ').next().unwrap_or(""), NEAR) && words.split(' ').count() == 2)
}

/// Adverbs that put a time close to another: "shortly before midnight".
const NEAR: &[&str] = &["shortly", "just", "soon", "right", "moments", "minutes"];

/// Whether `before` (the text up to a midnight) puts what it tells just
/// past it: "struck shortly after midnight on Friday", "just past
/// midnight Friday" are in the small hours of that Friday, so the
/// midnight is the one that begins it, the end of the day before as
/// TimeML writes it (as "between midnight and 6 a.m. on 16 October" is).
pub fn after_midnight(before: &str) -> bool {
    let head = before.trim_end();
    is(
        &head[after_last(head, |c| !c.is_alphabetic())..],
        &["after", "past"],
    )
}

/// The first hour of the half of the day that the words around a dial
/// time (one with no "a.m." or "p.m." that names no day) place it in:
/// a greeting before it, in its sentence or as the short one before
/// ("Good evening and welcome to the six o'clock news", "Good evening,
/// it's a quarter to seven"), or "tonight" after the noun it names
/// ("the ten o'clock news tonight"), or a habit of the night right before
/// it ("The show airs weeknights at 11:35"). `sentence` is the bounds of
/// the time's sentence, which spans `start..end`.
pub fn part_of_day_told(
    text: &str,
    sentence: (usize, usize),
    start: usize,
    end: usize,
) -> Option<u8> {
    greeted(text, sentence.0, start).or_else(|| {
        (text.get(end..sentence.1).is_some_and(tonight_after_noun)
            || nightly_before(text.get(sentence.0..start).unwrap_or("")))
        .then_some(17)
    })
}

/// Whether `before` (the text of a sentence up to a time) ends with a
/// habit of the night and "at": "airs nightly at", "weeknights at".
/// ("every night at 11:35" is a set of its own, time and all.)
fn nightly_before(before: &str) -> bool {
    let mut words = words_before(before, before.len());
    words.next().is_some_and(|w| w.eq_ignore_ascii_case("at"))
        && words
            .next()
            .is_some_and(|w| is(w, &["nightly", "weeknights"]))
}

/// The first hour of the part of the day a greeting before `start` opens
/// with: in the sentence that starts at `sentence_start`, or in a short
/// sentence just before it ("Good evening. Here is the news at six").
fn greeted(text: &str, sentence_start: usize, start: usize) -> Option<u8> {
    const GREETINGS: &[(&str, u8)] = &[("good evening", 17), ("good afternoon", 12)];
    let mut from = sentence_start.saturating_sub(32);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    let before = text.get(from..start)?.to_ascii_lowercase();
    GREETINGS.iter().find_map(|&(g, hour)| {
        let at = before.rfind(g)?;
        // (The greeting's own sentence may end between them, no more.)
        let stops = before[at..].matches(['.', '!', '?']).count();
        (stops <= usize::from(from + at < sentence_start)).then_some(hour)
    })
}

/// Whether `after` (the text after a time) goes on with a noun or two
/// and "tonight" or "this evening": "the ten o'clock news tonight", "the
/// 7 o'clock show this evening" (not "leaves at 8:15 and returns tonight").
fn tonight_after_noun(after: &str) -> bool {
    const NOT_NOUNS: &[&str] = &[
        "and", "or", "but", "to", "then", "until", "till", "before", "after", "on", "in", "at",
        "the", "a", "an", "is", "was", "will", "for", "from", "of",
    ];
    let Some(rest) = after.strip_prefix(' ') else {
        return false;
    };
    let words: Vec<&str> = rest.splitn(5, ' ').collect();
    let word_is = |k: usize, w: &str| {
        words
            .get(k)
            .is_some_and(|x| x.trim_end_matches(['.', ',', '!', '?', ';']) == w)
    };
    let evening = |k: usize| {
        word_is(k, "tonight") || words.get(k) == Some(&"this") && word_is(k + 1, "evening")
    };
    (1..=2).any(|n| {
        words.len() > n
            && words[..n].iter().all(|w| {
                !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase()) && !is(w, NOT_NOUNS)
            })
            && evening(n)
    })
}

/// The second year of a range written right after a year that spans
/// `start..end`: "2019-2020", "2019-20", "1999-00", "2019\u{2013}2020".
/// Returns its byte span and the year, which must be later than `first`
/// (so "1990-1" or a phone number is not one), by ten years at most, or
/// by a lifetime in parentheses ("Thomas Hardy (1840-1928)") or set off
/// by commas ("Jack Penrose, 1929-2014, was a painter").
pub fn year_range_end(
    text: &str,
    start: usize,
    end: usize,
    first: i32,
) -> Option<(usize, usize, i32)> {
    let tail = text.get(end..)?;
    let lead = ["-", "\u{2013}", "/"]
        .iter()
        .find(|l| tail.starts_with(*l))?
        .len();
    // ("'19-'20": each year cut to two digits with its apostrophe.)
    let cut = ['\'', '\u{2019}']
        .iter()
        .find(|c| tail[lead..].starts_with(**c))
        .map_or(0, |c| c.len_utf8());
    let rest = &tail[lead + cut..];
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if rest[digits..].starts_with(|c: char| c.is_alphanumeric() || c == '-' || c == '/') {
        return None;
    }
    let n: i32 = rest[..digits].parse().ok()?;
    let year = match digits {
        4 => n,
        // "1999-00": the season across a century's turn ("1999-01" is
        // rather a month).
        2 if first.rem_euclid(100) == 99 && n == 0 => first + 1,
        2 => first - first.rem_euclid(100) + n,
        _ => return None,
    };
    let after = &rest[digits..];
    let life = digits == 4
        && (text.get(..start).is_some_and(|b| b.ends_with('(')) && after.starts_with(')')
            || text.get(..start).is_some_and(|b| b.ends_with(", "))
                && (after.is_empty() || after.starts_with([',', '\n'])));
    // (A second year in full may be far from the first: "the 1991-2020
    // average", "the 1998-2012 warming hiatus"; one cut to two digits is
    // a season or a fiscal year, "2015-16", and "1998-45" no range.)
    let longest = if life {
        120
    } else if digits == 4 {
        100
    } else {
        10
    };
    if cut > 0 && digits != 2 {
        return None;
    }
    (year > first && year - first <= longest).then_some((
        end + lead,
        end + lead + cut + digits,
        year,
    ))
}

/// The first day of a range written before a day and its month, in the
/// British order: the "6" of "6-8 February", "from 6 to 8 February",
/// "between 6th and 8th February". `start` is where the day and month
/// begin. Returns the byte span of the bare day and the day; a number
/// glued to a sign, a decimal point or a word ("\u{a3}6-8", "1.6-8") is
/// none.
pub fn range_start(text: &str, start: usize) -> Option<(usize, usize, u8)> {
    let before = text.get(..start)?;
    let lead = [
        "-",
        "\u{2013}",
        " to ",
        " through ",
        " - ",
        " \u{2013} ",
        " and ",
    ]
    .iter()
    .find(|l| before.ends_with(*l))?;
    let head = &before[..before.len() - lead.len()];
    let head = ["st", "nd", "rd", "th"]
        .iter()
        .find_map(|suf| head.strip_suffix(suf))
        .unwrap_or(head);
    let digits = head.bytes().rev().take_while(u8::is_ascii_digit).count();
    if !(1..=2).contains(&digits) {
        return None;
    }
    let s = head.len() - digits;
    let open = &head[..s];
    if !(open.is_empty() || open.ends_with(char::is_whitespace) || open.ends_with('(')) {
        return None;
    }
    // "between 6 and 8 February" is a range; "aged 6 and 8" is no date.
    if *lead == " and " && !open.ends_with("between ") {
        return None;
    }
    let day: u8 = head[s..].parse().ok()?;
    let e = before.len() - lead.len();
    Some((s, e, day))
}

/// The second day of a range written after a day expression: "Nov.
/// 16-18", "Nov. 16 to 18", "16–18 November" is not handled here.
/// Returns the byte span of the bare day number, the day, and the byte
/// span of a year written right after it (", 2024"), if any.
pub fn range_end(text: &str, end: usize) -> Option<(usize, usize, u8, Option<i32>)> {
    let tail = text.get(end..)?;
    let lead = [
        "-",
        "\u{2013}",
        "\u{2014}",
        " to ",
        " through ",
        " and ",
        " - ",
        " \u{2013} ",
    ]
    .iter()
    .filter(|l| tail.starts_with(*l))
    .max_by_key(|l| l.len())?;
    let rest = &tail[lead.len()..];
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=2).contains(&digits) {
        return None;
    }
    let after = &rest[digits..];
    // "April 24 and 25." is a second day; "April 24 and 25 people" is not.
    if *lead == " and " && !(after.is_empty() || after.starts_with([',', '.', ';', ')'])) {
        return None;
    }
    let lead = lead.len();
    // "16-18%", "16-18.5", "Nov. 16-18th" is fine, "16-18 people" is not
    // a day but reads as one after a month-day, so only refuse glued
    // continuations.
    if after
        .chars()
        .next()
        .is_some_and(|c| c.is_alphanumeric() && !matches!(c, 's' | 't' | 'n' | 'r'))
        || after.starts_with(['%', '.', ':', '/'])
            && after[1..].starts_with(|c: char| c.is_ascii_digit())
        || after.starts_with('%')
    {
        return None;
    }
    // "1 April to 30 September": the second day has a month of its own.
    let word = end + lead + digits + 1;
    let word_len = after
        .bytes()
        .skip(1)
        .take_while(u8::is_ascii_alphabetic)
        .count();
    if after.starts_with(' ')
        && word_len > 0
        && matches!(
            classify_in(text.as_bytes(), word, word + word_len),
            Lex::Month { .. }
        )
    {
        return None;
    }
    let day: u8 = rest[..digits].parse().ok()?;
    let s = end + lead;
    let mut e = s + digits;
    for suf in ["st", "nd", "rd", "th"] {
        if text[e..].starts_with(suf) && !text[e + 2..].starts_with(|c: char| c.is_alphanumeric()) {
            e += 2;
            break;
        }
    }
    let year = text[e..]
        .strip_prefix(", ")
        .filter(|y| {
            y.len() >= 4
                && y.as_bytes()[..4].iter().all(u8::is_ascii_digit)
                && !y[4..].starts_with(|c: char| c.is_alphanumeric())
        })
        .and_then(|y| y[..4].parse().ok());
    Some((s, e, day, year))
}

/// The first hour of the afternoon, for a dial time with its minutes
/// from 1:00 to 5:59 (`hour`, at `start..end`) whose sentence, bounded by
/// `sentence`, says nothing of the night or the early morning: "The
/// jurors were sent home at 4:30". News names the small hours when it
/// tells of them ("at 4:30 a.m.", "early on Sunday", "before dawn"), so
/// such a time without them is in the working day.
pub fn afternoon_by_default(
    text: &str,
    sentence: (usize, usize),
    start: usize,
    end: usize,
    hour: u8,
) -> Option<u8> {
    const SMALL_HOURS: &[&str] = &[
        "night", "morning", "dawn", "early", "midnight", "a.m", "daybreak", "sunrise", "hours",
        "wake", "woke",
    ];
    if !(1..=5).contains(&hour) || !text.get(start..end)?.contains([':', '.']) {
        return None;
    }
    let told = text.get(sentence.0..sentence.1)?.to_ascii_lowercase();
    (!SMALL_HOURS.iter().any(|w| told.contains(w))).then_some(12)
}

/// The first hour of the evening, for a dial time from 6:00 to 11:59
/// (`hour`) whose sentence, bounded by `sentence`, names an event held in
/// the evening and nothing of the morning: "The concert begins at 7:30",
/// "Dinner is served at 6:30", "Polls close at 7:30 in Ohio". News gives
/// such an event its time without "p.m." because readers know when it
/// is held; "Polls open at 7:30" keeps the morning.
pub fn evening_by_event(text: &str, sentence: (usize, usize), hour: u8) -> Option<u8> {
    const EVENINGS: &[&str] = &[
        "concert",
        "concerts",
        "dinner",
        "gala",
        "banquet",
        "fireworks",
        "curtain",
        "prom",
        "candlelight",
    ];
    const MORNINGS: &[&str] = &[
        "morning",
        "breakfast",
        "brunch",
        "dawn",
        "sunrise",
        "daybreak",
        "a.m",
    ];
    if !(6..=11).contains(&hour) {
        return None;
    }
    let told = text.get(sentence.0..sentence.1)?;
    let words: Vec<&str> = told
        .split(|c: char| !c.is_alphanumeric() && c != '.')
        .map(|w| w.trim_end_matches('.'))
        .filter(|w| !w.is_empty())
        .collect();
    let polls_close = words
        .windows(2)
        .any(|p| is(p[0], &["polls"]) && is(p[1], &["close", "closed", "closing"]));
    let evening = polls_close || words.iter().any(|w| is(w, EVENINGS));
    let morning = words.iter().any(|w| is(w, MORNINGS));
    (evening && !morning).then_some(17)
}
