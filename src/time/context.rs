//! Checks on the words around a match that the token grammar cannot see:
//! whether a capitalised "Daily" is part of a newspaper's name, whether
//! "the fourth quarter" is a period of a game, and whether a clock time
//! continues the date just before it.

use super::lexicon::{Key, Kw, Lex, Table, Unit, classify_in};
use super::sem::{Dir, Val};
use super::sentence::sentence_bounds;
use super::value::Gran;
use memchr::memmem;
use std::sync::LazyLock;

/// Words that follow a weekday in a newspaper's name ("Sunday Times").
const PAPERS: &[&str] = &[
    "times",
    "telegraph",
    "mirror",
    "express",
    "herald",
    "post",
    "mail",
    "tribune",
    "star",
    "independent",
    "observer",
    "morning",
    "business",
    // "the Sunday Age" (Melbourne), "the Sunday People", "the Sunday Sun"
    "age",
    "people",
    "sun",
];

/// The byte offset just after the last character of `s` matching `split`
/// (0 if none): the start of the last word, on a character boundary even
/// when the separator is a curly apostrophe ("March ’98").
fn after_last(s: &str, split: impl Fn(char) -> bool) -> usize {
    s.char_indices()
        .rev()
        .find(|&(_, c)| split(c))
        .map_or(0, |(k, c)| k + c.len_utf8())
}

/// The word ending right before byte `at` (skipping spaces), if the
/// character before the spaces is a letter.
fn word_before(text: &str, at: usize) -> Option<&str> {
    let head = text[..at].trim_end_matches([' ', '\t']);
    if head.len() == at && at > 0 {
        return None;
    }
    let start = after_last(head, |c| {
        !c.is_alphanumeric() && c != '\'' && c != '.' && c != '-'
    });
    let w = &head[start..];
    w.chars()
        .next()
        .is_some_and(char::is_alphabetic)
        .then_some(w)
}

/// The word starting right after byte `at` (after spaces only).
fn word_after(text: &str, at: usize) -> Option<&str> {
    let tail = &text[at..];
    let rest = tail.trim_start_matches([' ', '\t']);
    if rest.len() == tail.len() {
        return None;
    }
    let end = rest
        .find(|c: char| !c.is_alphanumeric() && c != '-')
        .unwrap_or(rest.len());
    let w = &rest[..end];
    w.chars()
        .next()
        .is_some_and(char::is_alphabetic)
        .then_some(w)
}

fn capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// Whether the expression starting at `start` opens a stretch of time
/// with "since", a few words back in its clause: "have died since the
/// storm formed last Thursday", "since the election was called on March
/// 11". Such a day is where something began, not the day the story is on.
pub fn in_since_clause(text: &str, start: usize) -> bool {
    // Most expressions have no "since" near them: one cheap look first.
    let mut lo = start.saturating_sub(80);
    while !text.is_char_boundary(lo) {
        lo += 1;
    }
    static INCE: LazyLock<memmem::Finder<'static>> = LazyLock::new(|| memmem::Finder::new("ince"));
    if INCE.find(&text.as_bytes()[lo..start]).is_none() {
        return false;
    }
    let mut at = start;
    for _ in 0..8 {
        let Some(w) = word_before(text, at) else {
            return false;
        };
        if w.eq_ignore_ascii_case("since") {
            return true;
        }
        if [
            "and", "but", "which", "who", "that", "when", "after", "before", "until",
        ]
        .iter()
        .any(|s| s.eq_ignore_ascii_case(w))
        {
            return false;
        }
        at = text[..at].trim_end_matches([' ', '\t']).len() - w.len();
    }
    false
}

/// Whether the expression at `start..end` is a story's dateline: early on
/// its line, after a place written in capitals, and before the agency, a
/// dash or a colon ("WASHINGTON, Sept 30 (Reuters) -", "LONDON, April 10
/// --", "NEW DELHI, May 16: A sessions court ...").
pub fn dateline(text: &str, start: usize, end: usize) -> bool {
    let after = text[end..].trim_start_matches(' ');
    if !["(", "--", "\u{2014}", "\u{2013}", "- ", ": "]
        .iter()
        .any(|d| after.starts_with(d))
    {
        return false;
    }
    let line_start = text[..start].rfind('\n').map_or(0, |k| k + 1);
    let before = &text[line_start..start];
    before.len() <= 60
        && before.contains(',')
        && before
            .chars()
            .all(|c| c.is_uppercase() || matches!(c, ' ' | ',' | '.' | '-' | '\''))
}

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

/// Whether `text[start..end]` ("the year", "the month") ends the name of
/// an award: "the national player of the year", "goal of the month". The
/// award is for a year, but names no date of the story.
pub fn in_award(text: &str, start: usize, end: usize) -> bool {
    const AWARDS: &[&str] = &[
        "player",
        "players",
        "coach",
        "manager",
        "rookie",
        "athlete",
        "footballer",
        "cricketer",
        "sportsman",
        "sportswoman",
        "personality",
        "goal",
        "try",
        "album",
        "song",
        "book",
        "word",
        "person",
        "teacher",
        "car",
        "team",
    ];
    let span = &text[start..end];
    if ![
        "the year",
        "the month",
        "the week",
        "the decade",
        "the century",
    ]
    .iter()
    .any(|s| s.eq_ignore_ascii_case(span))
    {
        return false;
    }
    word_before_of(text, start).is_some_and(|w| AWARDS.iter().any(|a| a.eq_ignore_ascii_case(w)))
}

/// The word before an "of" that comes right before `start`: "player" in
/// "player of the year", "people" in "the people of tomorrow".
fn word_before_of(text: &str, start: usize) -> Option<&str> {
    let of = word_before(text, start).filter(|w| w.eq_ignore_ascii_case("of"))?;
    let of_start = text[..start].trim_end_matches([' ', '\t']).len() - of.len();
    word_before(text, of_start)
}

/// Whether `text[start..end]` is "late-night" describing a kind of thing
/// ("the late-night talk show", "a late-night radio standard"), which
/// names no night.
pub fn late_night_kind(text: &str, start: usize, end: usize) -> bool {
    const KINDS: &[&str] = &[
        "talk",
        "show",
        "shows",
        "television",
        "tv",
        "radio",
        "host",
        "hosts",
        "comedy",
        "comedian",
        "programme",
        "program",
        "slot",
        "audience",
        "audiences",
        "standard",
        "snack",
        "snacks",
        "news",
        "bar",
        "bars",
        "venue",
        "venues",
    ];
    ends_with_ignore_case(&text[start..end], "late-night")
        && word_after(text, end).is_some_and(|w| KINDS.iter().any(|k| k.eq_ignore_ascii_case(w)))
}

/// Whether `text[start..end]`, "today" or "tomorrow", stands for an age
/// rather than a day: "in today's world", "today's youth", "the leaders of
/// tomorrow".
pub fn generic_today(text: &str, start: usize, end: usize) -> bool {
    const AGE_NOUNS: &[&str] = &[
        "world",
        "youth",
        "young",
        "children",
        "kids",
        "generation",
        "generations",
        "society",
        "teenagers",
        "students",
        "families",
        "culture",
        "technology",
        "computers",
        "standards",
        "leaders",
        "workforce",
        "consumers",
    ];
    let span = &text[start..end];
    if !span.eq_ignore_ascii_case("today") && !span.eq_ignore_ascii_case("tomorrow") {
        return false;
    }
    if possessive(&text[end..]) {
        let rest = &text[end..];
        let after = rest.find(char::is_whitespace).map_or("", |k| &rest[k..]);
        return word_after(after, 0)
            .is_some_and(|w| AGE_NOUNS.iter().any(|n| n.eq_ignore_ascii_case(w)));
    }
    // "the people of tomorrow", "the world of today": at the end of its
    // phrase, after "of" (not "by the end of today").
    const PARTS: &[&str] = &[
        "end",
        "start",
        "beginning",
        "rest",
        "middle",
        "close",
        "morning",
        "afternoon",
        "evening",
        "night",
        "events",
        "news",
        "edition",
        "issue",
        "business",
        "session",
    ];
    word_before_of(text, start).is_some_and(|w| !PARTS.iter().any(|p| p.eq_ignore_ascii_case(w)))
        && !text[end..]
            .trim_start()
            .starts_with(|c: char| c.is_alphanumeric())
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

/// Nouns a season names a kind of ("winter wheat", "spring onions",
/// "winter tyres"), in the singular.
const SEASONAL_KINDS: &[&str] = &[
    "wheat", "barley", "oat", "rye", "crop", "rapeseed", "canola", "onion", "squash", "tyre",
    "tire", "sport",
];

/// Makes of car: a year right before one is the car's model year.
const CAR_MAKES: &[&str] = &[
    "acura",
    "audi",
    "bmw",
    "buick",
    "cadillac",
    "chevrolet",
    "chevy",
    "chrysler",
    "datsun",
    "dodge",
    "ford",
    "gmc",
    "honda",
    "hyundai",
    "infiniti",
    "jaguar",
    "jeep",
    "kia",
    "lexus",
    "lincoln",
    "mazda",
    "mercedes",
    "mercury",
    "mitsubishi",
    "nissan",
    "oldsmobile",
    "plymouth",
    "pontiac",
    "porsche",
    "saab",
    "saturn",
    "subaru",
    "toyota",
    "volkswagen",
    "volvo",
];

/// Whether `text[start..end]`, a frequency or weekday word, is part of a
/// proper name: "China Daily", "Publishers Weekly", "the Daily Telegraph",
/// "the Sunday Times", "Black Monday", "Ruby Tuesday Inc.", or names a kind
/// of day ("Sunday trading").
pub fn in_name(text: &str, start: usize, end: usize, val: &Val) -> bool {
    // Apple's "1984" advertisement: a year alone in quotation marks is a
    // title.
    if matches!(val, Val::Abs(p) if p.gran == Gran::Year) {
        let open = text[..start].ends_with(['"', '\u{201c}']);
        let close = text[end..].starts_with(['"', '\u{201d}']);
        // "Kopp's 1987 Chevrolet Cavalier": a car's model year (not "In
        // 1987 Ford sold more cars").
        let model_year = word_after(text, end)
            .is_some_and(|w| CAR_MAKES.contains(&w.to_ascii_lowercase().as_str()))
            && word_before(text, start).is_some_and(|w| {
                !matches!(
                    w.to_ascii_lowercase().as_str(),
                    "in" | "since"
                        | "by"
                        | "during"
                        | "until"
                        | "before"
                        | "after"
                        | "from"
                        | "to"
                        | "for"
                        | "through"
                        | "of"
                )
            });
        return open && close || model_year;
    }
    // "the Summer Palace", "the Winter Olympics", "Spring Festival": a
    // capitalised season naming something with the word after it.
    if matches!(val, Val::Season { .. }) {
        // "the winter wheat crop", "spring barley", "winter tyres",
        // "winter sports": a kind of crop, goods or sport, not a season.
        if word_after(text, end)
            .is_some_and(|w| SEASONAL_KINDS.contains(&w.to_ascii_lowercase().trim_end_matches('s')))
        {
            return true;
        }
        let span = &text[start..end];
        let last = &span[after_last(span, |c| !c.is_alphanumeric())..];
        return capitalised(last)
            && word_after(text, end).is_some_and(|w| {
                capitalised(w) && classify_in(w.as_bytes(), 0, w.len()) == Lex::Other
            });
    }
    let word = &text[start..end];
    if matches!(word, "daily" | "weekly") && matches!(val, Val::Fixed(_)) {
        return daily_paper(text, start, end);
    }
    if !capitalised(word) || word.contains(' ') {
        return false;
    }
    let lower = word.to_ascii_lowercase();
    let periodical = matches!(
        lower.as_str(),
        "daily" | "weekly" | "monthly" | "quarterly" | "yearly" | "annual"
    ) && matches!(val, Val::Fixed(_));
    let after = word_after(text, end);
    if periodical {
        let before_cap = word_before(text, start).is_some_and(|w| capitalised(w) && w != "I");
        return before_cap || after.is_some_and(capitalised);
    }
    let before = word_before(text, start);
    // "Black Monday", "Bloody Sunday", "Super Tuesday": a named day, not
    // a weekday of the story; nor is the football club "Sheffield
    // Wednesday".
    let named_day = before
        .is_some_and(|w| ["Black", "Bloody", "Super", "Blue", "Manic"].contains(&w))
        || lower == "wednesday" && before == Some("Sheffield");
    // ("taught Sunday school", "under Sunday trading laws", "a reduced
    // Sunday timetable": a kind of day.)
    let school = lower == "sunday" && after.is_some_and(|w| w == "school" || w == "schools");
    // ("buses will run on a Sunday schedule", "a Saturday service": one
    // after "a" is any such day.)
    let kind_of_day = after.is_some_and(|w| {
        ["trading", "timetable", "timetables", "schedules"].contains(&w)
            || matches!(before, Some("a")) && ["schedule", "service"].contains(&w)
    });
    // ("the Mail on Sunday", "the Herald on Sunday", "Fox News Sunday":
    // a paper or a programme.)
    let paper_on_sunday = lower == "sunday"
        && match before {
            Some("on") => {
                let on = text[..start].trim_end_matches([' ', '\t']).len() - 2;
                word_before(text, on)
                    .is_some_and(|w| ["Mail", "Herald", "Independent", "Peston"].contains(&w))
            }
            Some(w) => w == "News",
            None => false,
        };
    // ("Ruby Tuesday Inc.": a company.)
    let company = after.is_some_and(|w| ["Inc", "Corp", "Ltd", "plc", "PLC"].contains(&w));
    matches!(val, Val::Weekday { .. })
        && (named_day
            || paper_on_sunday
            || school
            || kind_of_day
            || company
            || after.is_some_and(|w| {
                capitalised(w) && PAPERS.contains(&w.to_ascii_lowercase().as_str())
            }))
}

/// Whether a lower-case "daily" or "weekly" at `start..end` is a
/// newspaper: a noun after an article and a word of its kind ("a Tamil
/// daily;", "the business daily Nikkei", "the Communist Party daily
/// Granma"), after an article alone at a clause's end or before "said"
/// ("the daily reported"), or before a one-word name that a verb or a
/// preposition follows ("a poll published by the daily Rzeczpospolita
/// found", "a column for the weekly Expresso on Saturday"); not a
/// frequency ("the daily tally", "published daily", "the daily Downing
/// Street news conference", "the weekly Cabinet meeting").
fn daily_paper(text: &str, start: usize, end: usize) -> bool {
    /// Words that describe a newspaper ("the business daily").
    const PAPER_KINDS: &[&str] = &[
        "business",
        "financial",
        "economic",
        "national",
        "local",
        "regional",
        "official",
        "state-run",
        "state-owned",
        "leading",
        "popular",
        "influential",
        "conservative",
        "liberal",
        "independent",
        "evening",
        "morning",
        "afternoon",
        "sports",
    ];
    /// Words that may follow a newspaper's one-word name (and any past
    /// verb in "-ed").
    const AFTER_NAME: &[&str] = &[
        "said", "says", "reports", "found", "wrote", "gave", "ran", "carried", "for", "on", "in",
        "of", "that", "which", "and",
    ];
    let article = |w: &str| ["a", "an", "the"].iter().any(|a| w.eq_ignore_ascii_case(a));
    let Some(w) = word_before(text, start) else {
        return false;
    };
    let kind = capitalised(w) || PAPER_KINDS.contains(&w);
    let at = text[..start].trim_end_matches([' ', '\t']).len() - w.len();
    // (A kind told by a name before it: "the Communist Party daily".)
    let described = kind
        && word_before(text, at).is_some_and(|b| article(b) || capitalised(w) && capitalised(b));
    match word_after(text, end) {
        // ("the daily Downing Street news conference" is a frequency.)
        Some(next) if capitalised(next) => {
            described
                || article(w) && {
                    let name_end = text[end..].find(next).map_or(end, |k| end + k + next.len());
                    let rest = &text[name_end..];
                    rest.starts_with([',', '.', ';', ')'])
                        || word_after(text, name_end).is_some_and(|n| {
                            AFTER_NAME.contains(&n) || n.len() > 4 && n.ends_with("ed")
                        })
                }
        }
        Some(next) => {
            (described || article(w))
                && ["said", "says", "reported", "reports", "quoted", "newspaper"].contains(&next)
        }
        None => described || article(w) && !text[end..].starts_with(['-', '/']),
    }
}

/// Whether `word` is a time word that news text writes in lower case:
/// capitalised inside a sentence it belongs to a title ("USA Today",
/// "High Noon", CBS's "60 Minutes", ABC's "This Week").
fn lower_case_time_word(word: &str) -> bool {
    matches!(
        classify_in(word.as_bytes(), 0, word.len()),
        Lex::Unit {
            unit: Unit::Minute | Unit::Hour | Unit::Day | Unit::Week | Unit::Month | Unit::Year,
            ..
        } | Lex::Kw(
            Kw::Today
                | Kw::Tonight
                | Kw::Tomorrow
                | Kw::Yesterday
                | Kw::Now
                | Kw::Noon
                | Kw::Midnight
        ) | Lex::PartOfDay(_)
    )
}

/// Whether `text[start..end]` ends in a capitalised time word that is not
/// the first word of a sentence: part of a name or a title, not a date.
pub fn in_title(text: &str, start: usize, end: usize) -> bool {
    let span = &text[start..end];
    let last_start = after_last(span, |c| !c.is_alphanumeric());
    let last = &span[last_start..];
    if !capitalised(last) || last.chars().all(|c| c.is_uppercase()) || !lower_case_time_word(last) {
        return false;
    }
    // The last word is inside the span, or the span follows a word
    // within its sentence.
    let at = start + last_start;
    let before = text[..at].trim_end_matches([' ', '\t']);
    // A quoted title: the song "Midnight Train to Memphis" (a quoted
    // sentence goes on in lower case: "Tomorrow we start work").
    // "Tonight I will sleep well" is a quoted sentence: "I" is upper case
    // anywhere.
    if before.len() == at && before.ends_with(['"', '\u{201c}', '\u{2018}']) {
        let next = text[end..].trim_start_matches([' ', '\t']);
        let pronoun = next.starts_with('I') && !next[1..].starts_with(|c: char| c.is_alphabetic());
        return next.len() < text.len() - end
            && next.chars().next().is_some_and(char::is_uppercase)
            && !pronoun;
    }
    // "the 12th Five-Year Plan", "the Six-Day War": a capitalised compound
    // before a capitalised noun is a name.
    if before.ends_with('-') && capitalised(span) {
        return text[end..]
            .strip_prefix(' ')
            .and_then(|next| next.chars().next())
            .is_some_and(char::is_uppercase);
    }
    if before.len() == at {
        return false;
    }
    before
        .chars()
        .next_back()
        .is_some_and(|c| c.is_alphanumeric() || c == ',')
}

/// Words that put a sentence in a game: "scored a touchdown in the fourth
/// quarter", "led by 10 points at halftime".
const GAME: &[&str] = &[
    "touchdown",
    "touchdowns",
    "quarterback",
    "halftime",
    "overtime",
    "game",
    "games",
    "innings",
    "rebounds",
    "scored",
    "scoring",
    "interception",
    "buzzer",
    "playoff",
    "playoffs",
    "fumble",
    "three-pointer",
    "basket",
    "kickoff",
    "goals",
    "behinds",
    "goal",
    "penalty",
    "striker",
    "half-time",
];

/// Whether `span` ends with the ASCII `suffix`, in any case; a span
/// ending in a character of several bytes is no panic but a no.
fn ends_with_ignore_case(span: &str, suffix: &str) -> bool {
    span.len()
        .checked_sub(suffix.len())
        .and_then(|k| span.get(k..))
        .is_some_and(|s| s.eq_ignore_ascii_case(suffix))
}

/// Whether a verb in the present stands within four words of
/// `text[start..end]` in its sentence, and no verb of reporting next to it
/// ("Many children today have never heard one", "make up 7 percent of the
/// population today"; not "scientists said today").
pub fn present_near(text: &str, start: usize, end: usize) -> bool {
    const PRESENT: &[&str] = &[
        "is", "are", "has", "have", "make", "makes", "remain", "remains", "can", "do", "does",
        "live", "lives", "stand", "stands", "look", "looks", "pay", "pays", "need", "needs",
    ];
    const REPORTING: &[&str] = &["said", "says", "told", "announced", "reported"];
    let (s, e) = sentence_bounds(text, start, end);
    let words = |part: &str| -> Vec<String> {
        part.split(|c: char| !c.is_ascii_alphabetic())
            .filter(|w| !w.is_empty())
            .map(str::to_ascii_lowercase)
            .collect()
    };
    let before = words(text.get(s..start).unwrap_or(""));
    let after = words(text.get(end..e).unwrap_or(""));
    let near: Vec<&String> = before
        .iter()
        .rev()
        .take(4)
        .chain(after.iter().take(4))
        .collect();
    let reported = before
        .last()
        .is_some_and(|w| REPORTING.contains(&w.as_str()))
        || after
            .first()
            .is_some_and(|w| REPORTING.contains(&w.as_str()));
    !reported && near.iter().any(|w| PRESENT.contains(&w.as_str()))
}

/// Whether the sentence at `at`, or the one before it, tells of a time
/// years past: "ten years ago", "decades ago", "in the 1960s", "in the
/// early 1990s" (not "a year ago", "last week").
pub fn against_years_past(text: &str, at: usize) -> bool {
    let (s, e) = sentence_bounds(text, at, at);
    let before = sentence_bounds(text, s.saturating_sub(2), s.saturating_sub(2)).0;
    let span = text.get(before.min(s)..e).unwrap_or("");
    // "1960s", "1990s": a decade in digits.
    let decade = |w: &str| {
        w.len() == 5
            && w.ends_with('s')
            && w[..4].bytes().all(|b| b.is_ascii_digit())
            && w.as_bytes()[3] == b'0'
    };
    // The two words before the current one, read in one pass.
    let (mut first, mut second) = ("", "");
    for w in span
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        let ago = is(second, &["years", "decades"])
            && !first.is_empty()
            && !is(first, &["a", "one", "1"])
            && w.eq_ignore_ascii_case("ago");
        let named = is(second, &["the", "early", "mid", "late"]) && decade(w);
        if ago || named {
            return true;
        }
        (first, second) = (second, w);
    }
    false
}

/// Whether "one day" at `start..end` is some day ahead, not a length of
/// time: at the end of a clause that looks ahead ("it will erupt again
/// one day.", "I want her to see it happen one day."), not after a verb
/// or word of length ("will last one day", "for one day").
pub fn someday(text: &str, start: usize, end: usize) -> bool {
    const LENGTH: &[&str] = &[
        "for", "within", "in", "over", "after", "during", "take", "takes", "last", "lasts", "of",
        "only", "just", "than", "stay", "wait", "spend",
    ];
    const AHEAD: &[&str] = &[
        "will", "ll", "could", "might", "want", "wants", "hope", "hopes",
    ];
    if !text[start..end].eq_ignore_ascii_case("one day")
        || !text[end..].starts_with(['.', ',', ';', '"', '\u{201d}', '!', '?'])
        || word_before(text, start).is_none_or(|w| LENGTH.iter().any(|l| w.eq_ignore_ascii_case(l)))
    {
        return false;
    }
    // The clause before it: back to a comma or the sentence start, and
    // eight words at most ("given that ... will continue ..., had only
    // been in the job one day" is not ahead).
    let (s, _) = sentence_bounds(text, start, end);
    let clause = &text[s..start];
    let clause = &clause[clause.rfind([',', ';']).map_or(0, |c| c + 1)..];
    clause
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty())
        .rev()
        .take(8)
        .any(|w| AHEAD.iter().any(|a| w.eq_ignore_ascii_case(a)))
}

/// Whether a century at `start..end` is a batter's hundred runs, not a
/// hundred years: "debutant Will Pucovski made a half-century", "scored a
/// century at Lord's".
pub fn runs_scored(text: &str, start: usize, end: usize) -> bool {
    const SCORED: &[&str] = &[
        "made",
        "makes",
        "making",
        "scored",
        "scores",
        "scoring",
        "hit",
        "hits",
        "struck",
        "reached",
        "completed",
        "posted",
        "notched",
    ];
    ends_with_ignore_case(&text[start..end], "century")
        && word_before(text, start)
            .is_some_and(|w| SCORED.iter().any(|s| w.eq_ignore_ascii_case(s)))
}

/// Whether a bare ordinal quarter or half ("the fourth quarter", "the
/// first half", no year) sits in a sentence about a game, where it is a
/// period of play, not of a year. `sentence` gives the bounds of its
/// sentence (see [`sentence_bounds`]), asked only for such a period.
pub fn game_period(
    text: &str,
    start: usize,
    end: usize,
    val: &Val,
    sentence: impl FnOnce() -> (usize, usize),
) -> bool {
    if !matches!(
        val,
        Val::Quarter {
            dir: Dir::Tense,
            ..
        } | Val::Half {
            dir: Dir::Tense,
            ..
        }
    ) {
        return false;
    }
    // "the October-December quarter", "the March quarter": a quarter
    // named by its months is of a year.
    if text[start..end]
        .split(|c: char| !c.is_ascii_alphabetic())
        .any(|w| matches!(classify_in(w.as_bytes(), 0, w.len()), Lex::Month { .. }))
    {
        return false;
    }
    let (s, e) = sentence();
    let sentence = &text[s..e];
    // "Atlanta led 28-3 late in the third quarter": a score. (Its digits
    // on both sides of a hyphen are looked for first, in the bytes: most
    // sentences have none.)
    let digit_dash_digit = sentence
        .as_bytes()
        .windows(3)
        .any(|w| w[1] == b'-' && w[0].is_ascii_digit() && w[2].is_ascii_digit());
    let score = digit_dash_digit
        && sentence.split_whitespace().any(|w| {
            let w = w.trim_end_matches([',', '.', ';']);
            w.split_once('-').is_some_and(|(a, b)| {
                (1..=3).contains(&a.len())
                    && (1..=3).contains(&b.len())
                    && a.bytes().chain(b.bytes()).all(|c| c.is_ascii_digit())
            })
        })
        && sentence
            .split(|c: char| !c.is_ascii_alphabetic())
            .any(|w| SCORE_VERBS.iter().any(|v| v.eq_ignore_ascii_case(w)));
    // "a 41-yard run", "ran for 120 yards"; not a shipyard's "yards".
    let yards = sentence.match_indices("yard").any(|(i, _)| {
        sentence[..i]
            .trim_end_matches([' ', '-'])
            .ends_with(|c: char| c.is_ascii_digit())
    });
    score || yards || game_word(text.as_bytes(), s, e)
}

/// Whether a word of `bytes[s..e]` is one of [`GAME`]: its words are runs
/// of letters and hyphens, less any hyphens they open with (every byte of
/// a character past ASCII parts words, as the character does).
fn game_word(bytes: &[u8], s: usize, e: usize) -> bool {
    let in_word = |b: u8| b.is_ascii_alphabetic() || b == b'-';
    let mut k = s;
    while k < e {
        if !in_word(bytes[k]) {
            k += 1;
            continue;
        }
        let mut ws = k;
        while k < e && in_word(bytes[k]) {
            k += 1;
        }
        while ws < k && bytes[ws] == b'-' {
            ws += 1;
        }
        // (Read in place: the key of a word stops at its end.)
        if Key::in_text(bytes, ws, k).is_some_and(|key| GAME_WORDS.get(key)) {
            return true;
        }
    }
    false
}

/// [`GAME`] as a hash table: a sentence's words are looked up once each.
static GAME_WORDS: LazyLock<Table<bool>> =
    LazyLock::new(|| Table::build(GAME.iter().map(|&w| (w, true)), false));

/// Verbs that, with a score such as "28-3", put a sentence in a game.
const SCORE_VERBS: &[&str] = &[
    "led", "leading", "trailed", "trailing", "beat", "won", "lost", "tied", "rallied",
];

/// Beginnings of the words of reported figures: a sentence with one
/// speaks of results, not of plans (see [`figures`]).
const FIGURE_WORDS: &[&str] = &[
    "report", "result", "earning", "estimate", "loss", "profit", "revenue", "sales", "output",
    "growth", "gdp", "gross", "figures", "charge",
];

/// Whether the sentence at `sentence` (its bounds, see
/// [`sentence_bounds`]) speaks of reported figures: "will report
/// fourth-quarter results", "a charge against earnings for the quarter",
/// "its first estimate of second-quarter growth", "net income".
pub fn figures(text: &str, sentence: (usize, usize)) -> bool {
    sentence_word(text, sentence, |w| {
        w.eq_ignore_ascii_case("net") || begins_with_any(w, FIGURE_WORDS)
    })
}

/// Whether the clause of the date at `start..end`, in the sentence at
/// `(s, e)`, points ahead of its past verb: an infinitive or a promise
/// before the date ("was remanded in custody to reappear on January 12",
/// "promised the rest in January") or a "will" after it ("the session
/// normally held in January will be pushed back"). Such a date may lie
/// just past the document date though the clause's verb is past. (Not
/// "rose to 20 per cent in January": a "to" before a figure or a noun
/// phrase is no infinitive.)
pub fn aimed_ahead(text: &str, (s, e): (usize, usize), start: usize, end: usize) -> bool {
    const CLAUSE_END: [char; 4] = [',', ';', ':', '.'];
    const PROMISES: &[&str] = &["promised", "pledged", "vowed", "planned", "scheduled"];
    const NOT_VERBS: &[&str] = &["a", "an", "the", "its", "their", "his", "her", "be", "date"];
    let before = &text[s..start];
    let before = &before[before.rfind(CLAUSE_END).map_or(0, |k| k + 1)..];
    let words: Vec<&str> = before
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let near = &words[words.len().saturating_sub(8)..];
    let infinitive = near.windows(2).any(|w| {
        w[0].eq_ignore_ascii_case("to")
            && w[1].bytes().all(|b| b.is_ascii_lowercase())
            && !NOT_VERBS.contains(&w[1])
            && !matches!(
                classify_in(w[1].as_bytes(), 0, w[1].len()),
                Lex::Month { .. }
            )
    });
    let promised = near
        .iter()
        .any(|w| PROMISES.iter().any(|p| w.eq_ignore_ascii_case(p)));
    let after = text.get(end..e).unwrap_or("");
    let after = &after[..after.find(CLAUSE_END).unwrap_or(after.len())];
    infinitive || promised || after.contains(" will ")
}

/// Whether a word of the sentence at `(s, e)` passes `test`.
fn sentence_word(text: &str, (s, e): (usize, usize), test: impl Fn(&str) -> bool) -> bool {
    text[s..e]
        .split(|c: char| !c.is_ascii_alphabetic())
        .any(test)
}

/// Whether `w` is one of `list`, ignoring ASCII case.
fn is(w: &str, list: &[&str]) -> bool {
    list.iter().any(|x| w.eq_ignore_ascii_case(x))
}

/// Whether `w` begins with one of `stems`, ignoring ASCII case. (The
/// first letters first: most words begin with none of them.)
fn begins_with_any(w: &str, stems: &[&str]) -> bool {
    let Some(&first) = w.as_bytes().first() else {
        return false;
    };
    stems.iter().any(|f| {
        w.len() >= f.len()
            && f.as_bytes()[0] == first | 0x20
            && w.as_bytes()[..f.len()].eq_ignore_ascii_case(f.as_bytes())
    })
}

/// Beginnings of the words of a report of figures, as opposed to an
/// outlook that names figures (see [`reports`]).
const REPORT_WORDS: &[&str] = &[
    "report",
    "result",
    "publish",
    "update",
    "statement",
    "announce",
    "interim",
    "earning",
];

/// Whether the sentence at `sentence` tells of figures being reported
/// ("will publish a trading update showing sales for the first half",
/// "interim results"), not only of figures foreseen ("could slow sales
/// in the second half").
pub fn reports(text: &str, sentence: (usize, usize)) -> bool {
    sentence_word(text, sentence, |w| begins_with_any(w, REPORT_WORDS))
}

/// Goods traded for delivery in a month ahead: "Brent for January",
/// "March wheat".
const COMMODITIES: &[&str] = &[
    "aluminium",
    "aluminum",
    "arabica",
    "brent",
    "cattle",
    "cocoa",
    "coffee",
    "copper",
    "corn",
    "cotton",
    "crude",
    "gasoline",
    "gold",
    "hogs",
    "nickel",
    "oats",
    "palladium",
    "platinum",
    "robusta",
    "silver",
    "soybeans",
    "soymeal",
    "sugar",
    "wheat",
    "wti",
    "zinc",
];

/// Whether the expression starting at `start` is what something is
/// compared with, in its sentence: "a drop nearly twice as severe as the
/// crash of Oct. 28, 1929", "worse than on Black Monday, Oct. 19, 1987",
/// "nearly twice the 12.8 percent fall of Oct. 28, 1929".
pub fn compared_with(text: &str, start: usize) -> bool {
    let mut from = start.saturating_sub(160);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let head = text.get(from..start).unwrap_or("");
    let head = head.rsplit(['\n']).next().unwrap_or(head);
    let head = head.rsplit(". ").next().unwrap_or(head);
    head.contains(" than ")
        || head.matches(" as ").count() >= 2
        || [" twice the ", " double the ", " half the ", " times the "]
            .iter()
            .any(|m| head.contains(m))
}

/// Whether a month at `start..end` names a futures contract, the month
/// of delivery: "Brent crude for January", "for March delivery", "the
/// May West Texas Intermediate contract", "March New York cocoa". Such a
/// month lies ahead whatever the tense ("Brent for January fell 40
/// cents", written in November, is next January's).
pub fn delivery_month(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start]
        .strip_suffix(" for ")
        .map(|b| &b[after_last(b, char::is_whitespace)..]);
    if before.is_some_and(|w| is(w, COMMODITIES)) {
        return true;
    }
    // Right after the month, or after names ("the May West Texas
    // Intermediate contract"): a contract word or the goods.
    let Some(rest) = text[end..].strip_prefix(' ') else {
        return false;
    };
    for w in rest.split(' ').take(4) {
        let bare = w.trim_end_matches([',', '.', ';', ':', ')']);
        if is(bare, &["delivery", "contract", "contracts", "futures"]) || is(bare, COMMODITIES) {
            return true;
        }
        if bare.len() != w.len() || !bare.starts_with(|c: char| c.is_ascii_uppercase()) {
            return false;
        }
    }
    false
}

/// Words that may stand between a month and the figures it names:
/// "November pending home sales", "the March consumer price index".
const FIGURE_MODIFIERS: &[&str] = &[
    "retail",
    "pending",
    "home",
    "existing",
    "new",
    "construction",
    "consumer",
    "producer",
    "price",
    "industrial",
    "factory",
    "car",
    "auto",
    "vehicle",
    "trade",
    "jobs",
    "job",
    "employment",
    "unemployment",
    "jobless",
    "non-farm",
    "nonfarm",
    "housing",
    "durable",
    "goods",
    "wholesale",
    "manufacturing",
    "personal",
    "sales",
    "payrolls",
    "inflation",
];

/// Nouns of figures reported for a month. ("rate" only after a
/// modifier: "the March unemployment rate", not "the March rate
/// decision".)
const FIGURE_NOUNS: &[&str] = &[
    "sales",
    "figures",
    "data",
    "payrolls",
    "exports",
    "imports",
    "inflation",
    "output",
    "deliveries",
    "registrations",
    "spending",
    "index",
    "orders",
    "starts",
    "production",
    "report",
    "numbers",
    "statistics",
    "surplus",
    "deficit",
    "income",
];

/// Whether a month ending at `end` names the period of figures reported
/// for it: "will report November pending sales", "the Commerce
/// Department reports November construction spending Wednesday", "its
/// December jobs report". Figures are published once their month is
/// over (or nearly), so such a month is never one ahead, whatever the
/// tense of the clause that announces them.
pub fn figures_month(text: &str, end: usize) -> bool {
    let Some(rest) = text[end..].strip_prefix(' ') else {
        return false;
    };
    let mut words = rest.split(' ').take(4).peekable();
    let mut modified = false;
    while let Some(w) = words.next() {
        let bare = w.trim_end_matches([',', '.', ';', ':', ')']);
        // The head noun ends the run of figure words: with a stop, or
        // before any other word ("November sales rose"); "December
        // payrolls report" goes on to "report".
        let last = bare.len() != w.len()
            || words.peek().is_none_or(|n| {
                !n.starts_with(|c: char| c.is_ascii_alphabetic())
                    || !is(n, FIGURE_MODIFIERS) && !is(n, FIGURE_NOUNS)
            });
        if (is(bare, FIGURE_NOUNS) || modified && bare.eq_ignore_ascii_case("rate")) && last {
            return true;
        }
        if bare.len() != w.len() || !is(bare, FIGURE_MODIFIERS) {
            return false;
        }
        modified = true;
    }
    false
}

/// `gap` (the text after a clock time) without the words saying the time
/// is a place's own, which the time leaves outside: " local time", " New
/// York time" (up to three capitalised words).
pub fn without_local_time(gap: &str) -> &str {
    let mut rest = gap;
    for n in 0..=3 {
        let Some(r) = rest.strip_prefix(' ') else {
            return gap;
        };
        let (word, after) = r.split_at(
            r.find(|c: char| !c.is_ascii_alphabetic())
                .unwrap_or(r.len()),
        );
        if word == "time" && n > 0 {
            return after;
        }
        if !(capitalised(word) || n == 0 && word == "local") {
            return gap;
        }
        rest = after;
    }
    gap
}

/// Whether the text right after an expression makes it a possessive
/// ("Monday's game", "Tuesday’s ruling").
pub fn possessive(after: &str) -> bool {
    after.starts_with("'s") || after.starts_with("\u{2019}s")
}

/// Sudden events, told in a moment: a story of their aftermath goes on
/// to give their account, on their day.
const SUDDEN_EVENTS: &[&str] = &[
    "crash",
    "collision",
    "earthquake",
    "quake",
    "explosion",
    "explosions",
    "blast",
    "blasts",
    "bombing",
    "bombings",
    "attack",
    "attacks",
    "shooting",
    "derailment",
    "accident",
    "eruption",
    "avalanche",
    "ambush",
    "stampede",
    // Markets' sudden falls: "Thursday's stunning plunge"
    "plunge",
    "collapse",
    "sell-off",
    "selloff",
    "rout",
    "meltdown",
    // "Monday's blackout", "Saturday's blaze" (not a storm, which
    // may be forecast)
    "outage",
    "blackout",
    "fire",
    "blaze",
    "riot",
    "riots",
    "tornado",
];

/// Whether the text right after an expression makes it a possessive of
/// a sudden event, told in a moment ("Tuesday's crash", "Saturday's
/// magnitude 7.6 earthquake"): its account is of that day.
pub fn sudden_event(after: &str) -> bool {
    let Some(rest) = after
        .strip_prefix("'s ")
        .or_else(|| after.strip_prefix("\u{2019}s "))
    else {
        return false;
    };
    rest.split(' ')
        .take(4)
        .take_while(|w| !w.is_empty())
        .map(|w| w.trim_end_matches([',', '.', ';', ':']))
        .any(|w| SUDDEN_EVENTS.iter().any(|e| w.eq_ignore_ascii_case(e)))
}

/// Whether the sentence up to an expression opens with a sudden event
/// as its subject ("The blackout struck at 4:11 p.m.", "The quake hit
/// shortly after 2 a.m."): the time is the event's, on its day.
pub fn sudden_event_told(sentence: &str) -> bool {
    let mut words = sentence.split_whitespace();
    matches!(
        words.next(),
        Some("The" | "the" | "A" | "a" | "An" | "an" | "That" | "This")
    ) && words.take(3).any(|w| {
        SUDDEN_EVENTS
            .iter()
            .any(|e| w.trim_end_matches([',', ';', ':']).eq_ignore_ascii_case(e))
    })
}

/// Whether the expression at `start` dates a report of the news, not the
/// news: "the Labor Department said Friday", "announced on Tuesday".
/// "The previous month" or "a year earlier" after it counts from the
/// period the report is about. A possessive is the news itself: "said
/// Friday's selling was overdone".
pub fn attribution(text: &str, start: usize, end: usize) -> bool {
    if possessive(&text[end..]) {
        return false;
    }
    let mut at = start;
    let mut word = word_before(text, at);
    // ("said on Friday", "said at 3 p.m.")
    if word.is_some_and(|w| w.eq_ignore_ascii_case("on") || w.eq_ignore_ascii_case("at")) {
        at = text[..at].trim_end_matches([' ', '\t']).len() - 2;
        word = word_before(text, at);
    }
    word.is_some_and(|w| {
        ["said", "says", "told", "reported", "announced", "added"]
            .iter()
            .any(|v| v.eq_ignore_ascii_case(w))
    })
}

/// Whether the expression at `start` is brought in by "a" or "an", alone
/// or with one adjective: "After a flat second quarter", "a strong third
/// quarter". Such a period is described in passing; the one a report is
/// about is named definitely ("the third quarter"). A compound before
/// its noun is not what the article brings in: "posted a third-quarter
/// loss" reports that quarter.
pub fn indefinite(text: &str, start: usize, end: usize) -> bool {
    if text[start..end].contains('-') {
        return false;
    }
    let is_article = |w: &str| w.eq_ignore_ascii_case("a") || w.eq_ignore_ascii_case("an");
    let Some(w) = word_before(text, start) else {
        return false;
    };
    if is_article(w) {
        return true;
    }
    let at = text[..start].trim_end_matches([' ', '\t']).len() - w.len();
    w.chars().all(|c| c.is_ascii_lowercase()) && word_before(text, at).is_some_and(is_article)
}

/// Whether the year expression at `start..end` opens its sentence and sets
/// the year of what follows in it: "In 2015, the firm was fined on March
/// 3", "Last year, when Easter fell in early April", "Last year's
/// tournament". A year written in the text needs "In"; "Last year", "Next
/// year" and "This year" stand alone. Anywhere in the sentence, a year
/// sets the year of a "when" clause on it.
pub fn year_lead_in(text: &str, start: usize, end: usize) -> bool {
    let phrase = &text[start..end];
    // "the flood of 1965, when the river stayed high from April into
    // June": the clause on the year is in it; so are the months that say
    // when in it ("cut rates three times in 2025, in February, May and
    // August").
    if text[end..].starts_with(", when ")
        || text[end..].starts_with(", in ") && phrase.bytes().all(|c| c.is_ascii_digit())
    {
        return true;
    }
    // "In 2023, ...", "In 2023 Eid fell on ...", "Last year's tournament".
    if !text[end..].starts_with([',', ' ', '\'', '\u{2019}']) {
        return false;
    }
    let digits = phrase.bytes().all(|c| c.is_ascii_digit());
    let opening = if digits && start >= 3 && text.get(start - 3..start) == Some("In ") {
        start - 3
    } else if digits
        && text[end..].starts_with(',')
        && let Some(s) = opening_phrase(text, start)
    {
        s
    } else if ["last year", "next year", "this year"]
        .iter()
        .any(|w| phrase.eq_ignore_ascii_case(w))
    {
        start
    } else {
        return false;
    };
    opens_sentence(text, opening, end)
}

/// Where the sentence starts, if a short phrase opened by a preposition
/// leads up to the year at `start` ("During the Bicentennial in 1976,",
/// "After the flood in 1953,"): the year frames the sentence as "In
/// 1976," does.
fn opening_phrase(text: &str, start: usize) -> Option<usize> {
    const OPENERS: &[&str] = &["During ", "After ", "Before ", "Until ", "Throughout "];
    let lead = text[..start].strip_suffix(" in ")?;
    let s = lead.len().saturating_sub(48);
    let s = (s..lead.len()).find(|&i| {
        lead.get(i..)
            .is_some_and(|rest| OPENERS.iter().any(|o| rest.starts_with(o)))
    })?;
    let phrase = &lead[s..];
    (!phrase.contains([',', '.', ';', ':']) && opens_sentence(text, s, start)).then_some(s)
}

/// Whether `text[at..end]` opens its sentence, or a quoted sentence ("Last
/// year we had a quiet start to January", he said).
fn opens_sentence(text: &str, at: usize, end: usize) -> bool {
    let s = super::sentence::sentence_bounds(text, at, end).0;
    s == at
        || text[s..at]
            .chars()
            .all(|c| matches!(c, '"' | '\u{201c}' | '\u{2018}'))
}

/// Whether the expression at `start..end` opens its sentence with "Last",
/// "Next" or "This" and a comma ("Last Christmas, ...", "Last January,
/// ...") or is a day so long ago and a comma ("Twenty-five years ago
/// today, ... on Good Friday"): its year frames the sentence's dates, as
/// "Last year," does.
pub fn period_lead_in(text: &str, start: usize, end: usize) -> bool {
    let phrase = &text[start..end];
    let led = ["last ", "next ", "this "].iter().any(|w| {
        phrase
            .get(..w.len())
            .is_some_and(|p| p.eq_ignore_ascii_case(w))
    });
    let told = [" ago today", " ago tonight"].iter().any(|w| {
        phrase
            .len()
            .checked_sub(w.len())
            .and_then(|k| phrase.get(k..))
            .is_some_and(|p| p.eq_ignore_ascii_case(w))
    });
    (led || told) && text[end..].starts_with(',') && opens_sentence(text, start, end)
}

/// Whether `gap`, the text between clock times and a day after them, puts
/// the times on that day: "at 10:35 a.m. on Monday", "2:46 p.m. (0546
/// GMT) Friday", "at 7pm (AEDT) on January 29".
pub fn clock_then_day(gap: &str) -> bool {
    // A zone in brackets: "(AEDT)", "(GMT+8)".
    let gap = match gap.strip_prefix(" (").and_then(|g| g.split_once(')')) {
        Some((zone, rest))
            if zone.len() <= 8
                && zone
                    .bytes()
                    .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'+') =>
        {
            rest
        }
        _ => gap,
    };
    matches!(gap, " on " | " " | ") " | ") on ")
}

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
    (g == "at" || gap.starts_with(',') && g.is_empty()).then_some(Join::SameDay)
}

/// The second year of a range written right after a year: "2019-2020",
/// "2019-20", "2019\u{2013}2020". Returns its byte span and the year, which
/// must be later than `first` (so "1990-1" or a phone number is not one).
pub fn year_range_end(text: &str, end: usize, first: i32) -> Option<(usize, usize, i32)> {
    let tail = text.get(end..)?;
    let lead = ["-", "\u{2013}", "/"]
        .iter()
        .find(|l| tail.starts_with(*l))?
        .len();
    let rest = &tail[lead..];
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if rest[digits..].starts_with(|c: char| c.is_alphanumeric() || c == '-' || c == '/') {
        return None;
    }
    let n: i32 = rest[..digits].parse().ok()?;
    let year = match digits {
        4 => n,
        2 => first - first.rem_euclid(100) + n,
        _ => return None,
    };
    (year > first && year - first <= 10).then_some((end + lead, end + lead + digits, year))
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

/// Whether `gap` speaks of the present or the future: a modal or a
/// present-tense verb ("he could spend the rest of his life in prison",
/// "the plant is still closed"), which a narrative of long ago does not
/// use.
pub fn back_to_present(gap: &str) -> bool {
    const PRESENT: &[&str] = &[
        "will", "would", "could", "can", "may", "might", "is", "are", "has", "have", "now", "today",
    ];
    gap.split(|c: char| !c.is_ascii_alphabetic())
        .any(|w| PRESENT.iter().any(|p| w.eq_ignore_ascii_case(p)))
}
