//! Time words inside a name, a title or the name of a kind of thing: "the
//! Sunday Times", "China Daily", "USA Today", "player of the year", "a
//! late-night talk show", "winter wheat". They name no date of the story,
//! so the tagger refuses the match.

use super::words::{
    after_last, capitalised, ends_with_ignore_case, is, word_after, word_before, word_before_of,
    words_before,
};
use crate::time::lexicon::{Kw, Lex, Unit, classify_in};
use crate::time::sem::Val;
use crate::time::value::Gran;

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

/// Whether `text[start..end]` ("the year", "the month") ends the name of
/// an award: "the national player of the year", "goal of the month", "its
/// man of the year". The award is for a year, but names no date of the
/// story.
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
        "man",
        "woman",
        "entertainer",
        "businessman",
        "businesswoman",
        "executive",
        "company",
        "driver",
        "horse",
        "artist",
        "film",
        "movie",
        "record",
        "video",
        "designer",
        "chef",
        "newcomer",
        "comeback",
        // "the deal of the century", "the trial of the century": the
        // idiom's superlative, no date.
        "deal",
        "trial",
        "crime",
        "fight",
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
    let Some(noun) = word_before_of(text, start) else {
        return false;
    };
    if AWARDS.iter().any(|a| a.eq_ignore_ascii_case(noun)) {
        return true;
    }
    // "was named game of the year", "won Game of the Year": the award of
    // video games; "the biggest game of the year" is played this year.
    if noun.eq_ignore_ascii_case("game") {
        let at = text[..start].trim_end_matches([' ', '\t']).len() - "of".len();
        let game = text[..at].trim_end_matches([' ', '\t']).len() - noun.len();
        return noun == "Game"
            || word_before(text, game).is_some_and(|w| {
                is(
                    w,
                    &[
                        "named",
                        "won",
                        "wins",
                        "win",
                        "as",
                        "for",
                        "nominated",
                        "crowned",
                    ],
                )
            });
    }
    false
}

/// Whether `text[start..end]` is "late-night" (or "early-evening",
/// "early-morning") describing a kind of thing ("the late-night talk
/// show", "a late-night radio standard", "late-night ratings", "the
/// station's early-evening newscast"), which names no night.
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
        "ratings",
        "race",
        "newscast",
        "newscasts",
        "lineup",
        "programming",
        "franchise",
        "monologue",
    ];
    ["late-night", "early-evening", "early-morning"]
        .iter()
        .any(|k| ends_with_ignore_case(&text[start..end], k))
        && word_after(text, end).is_some_and(|w| KINDS.iter().any(|k| k.eq_ignore_ascii_case(w)))
}

/// Nouns a season names a kind of ("winter wheat", "spring onions",
/// "winter tyres", "the summer blockbuster"), in the singular.
const SEASONAL_KINDS: &[&str] = &[
    "wheat",
    "barley",
    "oat",
    "rye",
    "crop",
    "rapeseed",
    "canola",
    "onion",
    "squash",
    "tyre",
    "tire",
    "sport",
    "blockbuster",
    "internship",
    // ("the winter solstice": the day of the sun, not the season.)
    "solstice",
    "wardrobe",
    // ("The winter storm knocked out power": a kind of storm, as "a
    // winter storm" is.)
    "storm",
    // "The summer houses along the lake", "the winter coats": a kind of
    // house or clothing.
    "house",
    "home",
    "cottage",
    "coat",
    "jacket",
    "boot",
    // "the summer flounder quota", "spring chinook", "spring tides": a
    // species of fish and a tide of the moon, named for a season.
    "flounder",
    "chinook",
    "skate",
    "tide",
];

/// Things named for a holiday, each a kind of thing rather than a time:
/// "a Christmas album", "the Christmas tree", "Easter eggs", "Halloween
/// costumes", "a Halloween mask" (singular forms; a plural "s" is dropped
/// before the look-up). ("the Christmas special, shown at 7.10pm" is shown
/// on the day, and "spent Memorial Day stocking up" has a verb after the
/// day.)
const HOLIDAY_KINDS: &[&str] = &[
    "album",
    "single",
    "song",
    "carol",
    "card",
    "tree",
    "light",
    "decoration",
    "ornament",
    "sweater",
    "jumper",
    "movie",
    "film",
    "pudding",
    "cracker",
    "hamper",
    "egg",
    "bunny",
    "bonnet",
    "costume",
    "mask",
    "candy",
    "pumpkin",
    "wreath",
    "gift",
    "present",
    "stocking",
    // "drove a truck into a Christmas market"
    "market",
    // "Australia Day merchandise", "opened its Christmas department",
    // "holiday assortments" (not "Black Friday deals", the deals of the
    // day)
    "merchandise",
    "department",
    "assortment",
    // "Christmas club accounts": savings put by for the holiday.
    "club",
];

/// Whether "Orthodox" or "Coptic" comes among the few words before a
/// holiday's name at `at` ("Orthodox Christians in Russia and Serbia
/// celebrated Christmas", "Coptic Christians in Egypt celebrated
/// Christmas"): the churches that keep Christmas and Easter by the Julian
/// calendar, on other days. The nearest such word decides: "Orthodox
/// Easter fell a week after Western Easter" names the other church's too.
pub fn orthodox_before(text: &str, at: usize) -> bool {
    words_before(text, at)
        .take(8)
        .find(|w| {
            matches!(
                *w,
                "Orthodox" | "Coptic" | "Western" | "Catholic" | "Protestant"
            )
        })
        .is_some_and(|w| matches!(w, "Orthodox" | "Coptic"))
}

/// Whether the word after a holiday's name, which ends at `end`, names a
/// kind of thing of the holiday (see [`HOLIDAY_KINDS`]); not the verb of
/// "spent Memorial Day stocking up".
pub fn holiday_kind(text: &str, end: usize) -> bool {
    let Some(word) = word_after(text, end) else {
        return false;
    };
    let lower = word.to_ascii_lowercase();
    let single = lower
        .strip_suffix('s')
        .filter(|w| !w.ends_with('s'))
        .unwrap_or(&lower);
    let verb = || {
        let after = text[end..].trim_start().get(word.len()..).unwrap_or("");
        single == "stocking" && word_after(after, 0).is_some_and(|w| w.eq_ignore_ascii_case("up"))
    };
    HOLIDAY_KINDS.contains(&single) && !verb()
}

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

/// Whether `text[start..end]` is, or opens, a quoted title, which no
/// reading inside it dates either: Apple's "1984" advertisement, the
/// album "1989,", a year that a quoted title goes on from ("2001: A Space
/// Odyssey"), and a capitalised season of a year that fills a quotation
/// opened inside a sentence ("Summer of '69").
pub fn quoted_title(text: &str, start: usize, end: usize, val: &Val) -> bool {
    if in_title_quote(text, start, end) {
        return true;
    }
    // ("\"Halloween\" scared up $77.5 million", "\"Friday the 13th\" led
    // the box office": a date's name filling a quotation, a verb after
    // it, is a film's.)
    if quoted_subject(text, start, end) {
        return true;
    }
    let Val::Abs(p) = val else {
        return false;
    };
    let before = &text[..start];
    let closing = if before.ends_with(['"', '\u{201c}']) {
        ['"', '\u{201d}']
    } else if before.ends_with('\u{2018}')
        || before
            .strip_suffix('\'')
            .is_some_and(|b| b.is_empty() || b.ends_with([' ', '(']))
    {
        ['\'', '\u{2019}']
    } else {
        return false;
    };
    let close = text[end..]
        .trim_start_matches([',', '.'])
        .strip_prefix(closing)
        .is_some_and(|after| !after.starts_with(char::is_alphanumeric));
    match p.gran {
        Gran::Year => {
            close
                || text[end..].strip_prefix(": ").is_some_and(|r| {
                    r.starts_with(|c: char| c.is_ascii_uppercase()) && r.contains(closing)
                })
        }
        Gran::Season => {
            close
                && text[start..].starts_with(|c: char| c.is_ascii_uppercase())
                && text[..start]
                    .trim_end_matches(['"', '\u{201c}', '\'', '\u{2018}'])
                    .trim_end_matches(' ')
                    .ends_with(|c: char| {
                        c.is_alphanumeric() || matches!(c, ',' | '\'' | '\u{2019}')
                    })
        }
        _ => false,
    }
}

/// Whether `text[start..end]` fills a quotation in double marks that a
/// verb follows: "\"Halloween\" scared up", "\"Friday the 13th\" led the
/// box office".
/// So does one that opens its sentence and a comma closes inside the
/// marks, before an apposition: "\"Valentine's Day,\" Garry Marshall's
/// comedy, took in $56 million".
fn quoted_subject(text: &str, start: usize, end: usize) -> bool {
    let Some(before) = text[..start]
        .strip_suffix('"')
        .or_else(|| text[..start].strip_suffix('\u{201c}'))
    else {
        return false;
    };
    let rest = &text[end..];
    let comma = rest.starts_with(',');
    let rest = rest.trim_start_matches(',');
    let Some(after) = rest
        .strip_prefix('"')
        .or_else(|| rest.strip_prefix('\u{201d}'))
    else {
        return false;
    };
    if comma {
        // (Not speech: "\"Tomorrow,\" he said.")
        let opens = before.trim_end_matches([' ', '\t']);
        let said = after.split_whitespace().take(4).any(|w| {
            is(
                w.trim_end_matches([',', '.']),
                &["said", "says", "say", "asked", "added", "told", "replied"],
            )
        });
        return (opens.is_empty() || opens.ends_with(['.', '\n'])) && !said;
    }
    word_after(text, text.len() - after.len()).is_some_and(|w| {
        TITLE_VERBS.contains(&w) || w.ends_with("ed") || matches!(w, "led" | "took" | "leads")
    })
}

/// Whether the holiday at `start..end` names a film or a play: "starred
/// in Independence Day", "the sequel to Independence Day", "played
/// Scrooge in A Christmas Carol", "appeared in A Christmas Story". A
/// capitalised "A" inside a sentence opens a title with the capitalised
/// word after the holiday; "starred in" and "sequel to" bring in a work.
fn titled_holiday(text: &str, start: usize, end: usize) -> bool {
    let head = text[..start].trim_end_matches([' ', '\t']);
    if let Some(before_a) = head.strip_suffix(" A") {
        return before_a.ends_with(|c: char| c.is_alphanumeric() || c == ',')
            && word_after(text, end).is_some_and(|w| {
                capitalised(w) && classify_in(w.as_bytes(), 0, w.len()) == Lex::Other
            });
    }
    let mut words = words_before(text, start);
    let (one, two) = (words.next(), words.next());
    matches!(
        (two, one),
        (
            Some("starred" | "starring" | "appeared" | "appearing"),
            Some("in")
        ) | (Some("sequel" | "remake" | "prequel"), Some("to" | "of"))
    )
}

/// Whether the word at `start` is the surname of a person named by a
/// title and a given name: "The Rev. Anne Christmas", "the evangelist
/// Billy Sunday". (Not a title of office, which news puts before a
/// surname and the day: "Gov. Cuomo Tuesday announced".)
fn titled_person(text: &str, start: usize) -> bool {
    let mut words = words_before(text, start);
    let (given, title) = (words.next(), words.next());
    given.is_some_and(|g| {
        capitalised(g) && !g.ends_with('.') && classify_in(g.as_bytes(), 0, g.len()) == Lex::Other
    }) && title.is_some_and(|t| {
        is(
            t.trim_end_matches('.'),
            &[
                "rev",
                "reverend",
                "father",
                "sister",
                "brother",
                "pastor",
                "bishop",
                "evangelist",
                "preacher",
                "actress",
                "actor",
                "singer",
                // "Mr. Ted August, the airline's spokesman"
                "mr",
                "mrs",
                "ms",
                "dr",
            ],
        )
    })
}

/// Small words a title leaves in lower case ("Oh, What a Night").
const TITLE_SMALL_WORDS: &[&str] = &[
    "a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by",
];

/// How far, in bytes, a title's quotation marks are sought on either
/// side of an expression.
const TITLE_REACH: usize = 60;

/// The marks a title may be quoted with: the ASCII mark, and the last
/// bytes of the curly opening and closing marks (U+201C/U+201D and
/// U+2018/U+2019 are E2 80 9C/9D and E2 80 98/99), whose start is two
/// back. British style quotes titles in single marks ('Tomorrow Never
/// Dies', '1984'), where the ASCII one is also an apostrophe.
#[derive(Clone, Copy)]
struct Marks {
    ascii: u8,
    open: u8,
    close: u8,
}

const DOUBLE: Marks = Marks {
    ascii: b'"',
    open: 0x9C,
    close: 0x9D,
};
const SINGLE: Marks = Marks {
    ascii: b'\'',
    open: 0x98,
    close: 0x99,
};

impl Marks {
    /// The mark ending at byte `k`, if it is this kind's ASCII one or its
    /// curly one whose last byte is `last`: where it starts and its length.
    fn at(self, bytes: &[u8], k: usize, last: u8) -> Option<(usize, usize)> {
        if bytes[k] == self.ascii {
            Some((k, 1))
        } else if bytes[k] == last && k >= 2 && bytes[k - 2] == 0xE2 && bytes[k - 1] == 0x80 {
            Some((k - 2, 3))
        } else {
            None
        }
    }
}

/// Whether `text[start..end]` lies inside a short quotation in title case
/// opened after a word: the songs "Ruby Tuesday", "Last Christmas" and
/// "December, 1963 (Oh, What a Night)", a band that "opened with
/// "September"", the films 'Tomorrow Never Dies' and '12 Years a Slave'. A
/// quoted remark is not in title case ("said the talks would resume "next
/// Tuesday""), and a quoted date alone keeps its date (the "Sept. 11"
/// attacks).
fn in_title_quote(text: &str, start: usize, end: usize) -> bool {
    in_title_marks(text, start, end, DOUBLE) || in_title_marks(text, start, end, SINGLE)
}

fn in_title_marks(text: &str, start: usize, end: usize, marks: Marks) -> bool {
    // A title is short: the quotation marks are sought within a few dozen
    // bytes, not through the whole text for every expression.
    let bytes = text.as_bytes();
    let from = start.saturating_sub(TITLE_REACH);
    let to = (end + TITLE_REACH).min(text.len());
    // (An expression may open with the single mark itself: '12 in '12
    // Years a Slave' reads as a year.)
    let open_to = if marks.ascii == b'\'' && bytes.get(start) == Some(&b'\'') {
        start + 1
    } else {
        start
    };
    // (This runs for every expression found, and most have no quotation
    // mark near: `memchr` asks many bytes at once.)
    let Some((open, quote_len)) = memchr::memrchr2(marks.ascii, marks.open, &bytes[from..open_to])
        .and_then(|k| marks.at(bytes, from + k, marks.open))
    else {
        return false;
    };
    // (A title's opening mark follows a space; the apostrophe nearest
    // before most expressions is a genitive's, "the city's", and is
    // turned away before the closing mark is sought.)
    // (Or opens the text or a line: "'Next Fall' transferred to
    // Broadway".)
    let line_start = open == 0 || bytes[open - 1] == b'\n';
    if !line_start && bytes[open - 1] != b' ' {
        return false;
    }
    let Some((close, close_len)) = memchr::memchr2(marks.ascii, marks.close, &bytes[end..to])
        .and_then(|k| marks.at(bytes, end + k, marks.close))
    else {
        return false;
    };
    if open + quote_len > open_to || close < end {
        return false;
    }
    let inside = &text[open + quote_len..close];
    let before = text[..open].strip_suffix(' ');
    let opened_after_word = before.is_some_and(|b| {
        b.ends_with(|c: char| c.is_alphanumeric() || matches!(c, '\'' | '\u{2019}'))
    });
    // A title may open the sentence, as its subject; a remark that does
    // ends in its own punctuation ("\"Next Tuesday,\" he said").
    let opens_sentence = (line_start || before.is_some_and(|b| b.ends_with(['.', '?', '!'])))
        && !inside.ends_with(['.', ',', '?', '!', ';', ':']);
    // A single mark is an apostrophe too: one inside a word ("don't")
    // closes nothing, and one that ends a word ("the Beatles' album") is
    // told from a title's by the words before it, which open with a
    // capital, or a figure and a capitalised word ('60 Minutes', not "in
    // '69 the Beatles' album").
    let closes = !text[close + close_len..].starts_with(char::is_alphanumeric);
    let words = || {
        inside
            .split(|c: char| !c.is_alphanumeric() && !matches!(c, '\'' | '\u{2019}'))
            .filter(|w| !w.is_empty())
    };
    let second_capital = || {
        let mut w = words();
        match (w.next(), w.next()) {
            (Some(first), Some(second)) if first.starts_with(|c: char| c.is_ascii_digit()) => {
                second.starts_with(char::is_uppercase)
            }
            _ => true,
        }
    };
    let whole = open + quote_len == start && close == end;
    (opened_after_word || opens_sentence)
        && closes
        && !inside.starts_with(' ')
        && inside.len() <= 60
        && words().count() <= 8
        && words().all(|w| {
            w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                || TITLE_SMALL_WORDS.contains(&w)
        })
        && second_capital()
        && !(whole && text[start..end].contains(|c: char| c.is_ascii_digit()))
}

/// Whether `text[start..end]`, a frequency or weekday word, is part of a
/// proper name: "China Daily", "Publishers Weekly", "the Daily Telegraph",
/// "the Sunday Times", "Black Monday", "Ruby Tuesday", "TGI Fridays", or names a kind
/// of day ("Sunday trading").
pub fn in_name(text: &str, start: usize, end: usize, val: &Val) -> bool {
    if val.names_holiday() {
        // "Her Christmas album", "the Christmas tree", "Easter eggs": a
        // kind of thing of the holiday, no day of the story.
        let kind = holiday_kind(text, end);
        return kind
            || titled_holiday(text, start, end)
            || titled_person(text, start)
            || named_after(text, end) && !told_as_time(text, start);
    }
    if matches!(val, Val::Abs(p) if p.gran == Gran::Year) {
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
        // "the Hijri year 1445", "the Hebrew year 5779": a year of
        // another calendar, which no Gregorian year matches.
        let mut before = words_before(text, start);
        let other_calendar = before.next().is_some_and(|w| is(w, &["year"]))
            && before.next().is_some_and(|w| {
                is(
                    w,
                    &[
                        "hijri", "islamic", "muslim", "hebrew", "jewish", "buddhist", "persian",
                        "iranian", "lunar",
                    ],
                )
            });
        // "the 2000 Guineas", "the Irish 1000 Guineas": races named for
        // their old prize money.
        let race = word_after(text, end).is_some_and(|w| w == "Guineas");
        return model_year || titled_year(text, start, end) || other_calendar || race;
    }
    // "21st Century Fox", "the 21st Century Cures Act": a capitalised
    // century that a capitalised word goes on from names a company or a
    // law.
    if text[start..end].ends_with("Century")
        && word_after(text, end).is_some_and(|w| w.starts_with(|c: char| c.is_ascii_uppercase()))
    {
        return true;
    }
    // "the Storm of the Century", "the Trial of the Century": a
    // capitalised century after "of" and a capitalised word names the
    // event (not "the greatest manager of the century").
    if text[start..end] == *"the Century"
        && let Some(of) = text[..start].strip_suffix("of ")
        && word_before(text, of.len()).is_some_and(capitalised)
    {
        return true;
    }
    // "the April 6 Youth Movement", "the March 14 alliance" (Lebanon's),
    // "the 30 June Movement": a day that names a political body.
    if matches!(val, Val::MonthDay { .. })
        && word_after(text, end).is_some_and(|w| {
            is(w, &["movement", "alliance", "coalition", "bloc"])
                || w == "Youth"
                    && word_after(text, end + 1 + w.len()).is_some_and(|n| n == "Movement")
        })
    {
        return true;
    }
    // "the Summer Palace", "the Winter Olympics", "Spring Festival": a
    // capitalised season naming something with the word after it.
    if matches!(val, Val::Season { .. }) {
        // "the winter wheat crop", "spring barley", "winter tyres",
        // "winter sports": a kind of crop, goods or sport, not a season.
        // (A part of the season is a time: "Late summer storms brought
        // little relief".)
        let part = ["early", "late", "mid"].iter().any(|p| {
            text[start..end]
                .get(..p.len())
                .is_some_and(|h| h.eq_ignore_ascii_case(p))
        });
        if !part
            && word_after(text, end).is_some_and(|w| {
                SEASONAL_KINDS.contains(&w.to_ascii_lowercase().trim_end_matches('s'))
            })
        {
            return true;
        }
        // "a nuclear winter", "a volcanic winter": the cold after a war or
        // an eruption, no season of the calendar.
        if word_before(text, start).is_some_and(|w| is(w, &["nuclear", "volcanic"])) {
            return true;
        }
        // "a broken spring in the nose gear", "the valve's return spring":
        // a part of a machine.
        if text[start..end] == *"spring"
            && word_before(text, start).is_some_and(|w| {
                is(
                    w,
                    &[
                        "broken",
                        "return",
                        "coil",
                        "leaf",
                        "valve",
                        "torsion",
                        "compression",
                        "faulty",
                        "snapped",
                        "cracked",
                    ],
                )
            })
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
    // "its regular Patch Tuesday updates": the monthly release of
    // security fixes, no day of the story.
    if matches!(val, Val::Weekday { .. }) && word_before(text, start) == Some("Patch") {
        return true;
    }
    // "the Fridays for Future strike": the climate movement.
    if &text[start..end] == "Fridays" && text[end..].starts_with(" for Future") {
        return true;
    }
    // "the Prague Spring of 1968", "the Arab Spring": a capitalised
    // season after "the" and a place's name names a movement.
    if text[start..end].starts_with("Spring")
        && word_before(text, start)
            .is_some_and(|w| capitalised(w) && classify_in(w.as_bytes(), 0, w.len()) == Lex::Other)
        && text[..start]
            .trim_end()
            .rsplit(' ')
            .nth(1)
            .is_some_and(|w| is(w, &["the"]))
    {
        return true;
    }
    // "His daughter, April, and his son, August, were with him", "her
    // sisters, June and Mae": a relative's name, set beside the word for
    // the relative.
    if matches!(
        val,
        Val::Month { .. } | Val::Season { .. } | Val::Weekday { .. }
    ) && capitalised(&text[start..end])
        && (kin_named(text, start) || titled_person(text, start))
    {
        return true;
    }
    // "China's Long March 7 rocket", "the Long March": the rocket and the
    // retreat, not a day of March.
    if matches!(val, Val::Month { .. } | Val::MonthDay { .. })
        && text[start..end].starts_with("March")
        && word_before(text, start) == Some("Long")
    {
        return true;
    }
    // "June Medical Services v. Russo", "May v. Anderson": a month that
    // opens the name of a party to a case.
    if matches!(val, Val::Month { .. }) && case_caption(text, end) {
        return true;
    }
    // "the 6th of October Bridge", "the 26th of July Movement", "10th of
    // May Street": a date that names a place or a body, capitalised with
    // it.
    // So does one a run of capitalised words goes on from to such a
    // noun: "the September 11th Victim Compensation Fund", "the July 4th
    // Memorial Parade Committee".
    if named_after(text, end)
        && matches!(
            val,
            Val::Month { .. } | Val::MonthDay { .. } | Val::DayOfMonth { .. }
        )
    {
        return true;
    }
    // "the May government", "the May cabinet": a prime minister's, not
    // a month's.
    if matches!(val, Val::Month { .. })
        && text[start..end] == *"May"
        && word_before(text, start).is_some_and(|w| is(w, &["the"]))
        && word_after(text, end).is_some_and(|w| {
            is(
                w,
                &[
                    "government",
                    "cabinet",
                    "ministry",
                    "administration",
                    "premiership",
                ],
            )
        })
    {
        return true;
    }
    let word = &text[start..end];
    // "the BBC's Six O'Clock News": a programme, in its capitals.
    if (word.ends_with("O'Clock") || word.ends_with("O\u{2019}Clock"))
        && word_after(text, end).is_some_and(capitalised)
    {
        return true;
    }
    // "a Saturday night special": a cheap handgun.
    if ends_with_ignore_case(word, "saturday night")
        && word_after(text, end).is_some_and(|w| is(w, &["special", "specials"]))
    {
        return true;
    }
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
    // "Black Monday", "Bloody Sunday", "Super Tuesday": a named day,
    // not a weekday of the story ("Super Bowl Sunday" is read whole, as
    // a holiday); nor is the football club "Sheffield Wednesday".
    // ("Officer Friday testified", "Sgt. Joe Friday": a person's name
    // after a rank or title.)
    let named_day = before.is_some_and(|w| {
        ["Black", "Bloody", "Super", "Blue", "Manic", "Bowl", "Ruby"].contains(&w)
            || is(
                w.trim_end_matches('.'),
                &[
                    "officer",
                    "sgt",
                    "sergeant",
                    "detective",
                    "det",
                    "constable",
                    "agent",
                    "judge",
                    "mr",
                    "mrs",
                    "ms",
                    "dr",
                    "joe",
                ],
            ) && capitalised(w)
    }) || lower == "wednesday" && before == Some("Sheffield");
    // ("taught Sunday school", "under Sunday trading laws", "a reduced
    // Sunday timetable": a kind of day.)
    // ("runs a Saturday school for children")
    let school = after.is_some_and(|w| w == "school" || w == "schools");
    // ("Her Sunday column ran in 200 papers", "his Sunday best", "the
    // orchestra's Friday matinee series": a kind of writing, dress or
    // show, after a possessive.)
    let possessed = before.is_some_and(|w| {
        [
            "her", "his", "their", "its", "my", "our", "Her", "His", "Their", "Its", "My", "Our",
        ]
        .contains(&w)
            || w.ends_with("'s")
            || w.ends_with("\u{2019}s")
    });
    // ("buses will run on a Sunday schedule", "a Saturday service", "the
    // pub's Sunday roast": a kind of day's meal or timetable; one after
    // "a" is any such day; so are those after a possessive above.)
    let kind_of_day = after.is_some_and(|w| {
        [
            "trading",
            "timetable",
            "timetables",
            "schedules",
            "roast",
            "roasts",
        ]
        .contains(&w)
            || matches!(before, Some("a")) && ["schedule", "service"].contains(&w)
            || possessed
                && [
                    "column",
                    "columns",
                    "best",
                    "matinee",
                    "matinees",
                    "supplement",
                ]
                .contains(&w)
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
    // ("NBC's Sunday Today", "the BBC's Sunday Politics programme",
    // "NPR's Weekend Edition Saturday": a broadcaster's programme.)
    let broadcaster = |w: &str| {
        w.strip_suffix("'s")
            .is_some_and(|b| b.len() >= 2 && b.bytes().all(|c| c.is_ascii_uppercase()))
    };
    let programme = after.is_some_and(|w| w == "Today")
        || before == Some("Edition")
        || before.is_some_and(broadcaster) && after.is_some_and(capitalised);
    // ("Ruby Tuesday Inc.", "Monday.com": a company; "the Tuesday Group"
    // of House moderates, "the Monday Club": a body.)
    let company_or_body = after.is_some_and(|w| {
        [
            "Inc",
            "Corp",
            "Ltd",
            "plc",
            "PLC",
            "Group",
            "Club",
            "Caucus",
            "Society",
            "Academy",
            "Foundation",
        ]
        .contains(&w)
    }) || text[end..].starts_with(".com");
    // ("Sunday River ski resort", "ferries to Friday Harbor", "Thursday
    // Island": a place.)
    let place = after.is_some_and(|w| {
        [
            "River", "Harbor", "Harbour", "Island", "Islands", "Creek", "Lake", "Bay", "Beach",
            "Mountain", "Peak", "Point",
        ]
        .contains(&w)
    });
    // ("TGI Fridays is testing curbside pickup": the chain.)
    let chain = lower == "fridays" && before == Some("TGI");
    chain
        || matches!(val, Val::Weekday { .. })
            && (named_day
                || titled_person(text, start)
                || place
                || paper_on_sunday
                || programme
                || school
                || kind_of_day
                || company_or_body
                || named_after(text, end) && !told_as_time(text, start)
                || after.is_some_and(|w| {
                    capitalised(w) && PAPERS.contains(&w.to_ascii_lowercase().as_str())
                }))
}

/// Whether the word before `start` tells the day or holiday after it as
/// a time ("on Sunday Church leaders met", "since Easter Sunday School
/// classes"), which a capitalised noun after it does not make a name.
fn told_as_time(text: &str, start: usize) -> bool {
    word_before(text, start).is_some_and(|w| {
        is(
            w,
            &[
                "on", "since", "until", "till", "by", "last", "next", "this", "every", "each",
                "before", "after", "during", "from", "through",
            ],
        )
    })
}

/// Whether a run of capitalised words after `end` (at most four) goes on
/// to a noun of a place or a body, so that the date or day before it
/// names it: "the 6th of October Bridge", "the September 11th Victim
/// Compensation Fund", "March Air Reserve Base", "Epiphany Lutheran
/// Church", "the Friday Mosque".
fn named_after(text: &str, end: usize) -> bool {
    let mut at = end;
    for _ in 0..4 {
        let Some(w) = word_after(text, at) else {
            return false;
        };
        if [
            "Bridge",
            "Square",
            "Street",
            "Avenue",
            "Road",
            "Stadium",
            "Movement",
            "City",
            "Fund",
            "Commission",
            "Committee",
            "Memorial",
            "Museum",
            "Foundation",
            "Base",
            "Airport",
            "Church",
            "Cathedral",
            "Chapel",
            "Mosque",
            "Temple",
            "Synagogue",
            "School",
            "College",
            "University",
            "Hospital",
        ]
        .contains(&w)
        {
            return true;
        }
        if !capitalised(w) || classify_in(w.as_bytes(), 0, w.len()) != Lex::Other {
            return false;
        }
        at = text[at..].find(w).map_or(text.len(), |p| at + p + w.len());
    }
    false
}

/// Verbs a work's title is the subject of in a review or a chart story
/// that do not end in "-ed": "Mendes's 1917 swept the Baftas", "Orwell's
/// 1984 is back on the best-seller list".
const TITLE_VERBS: &[&str] = &[
    "is", "was", "are", "were", "has", "had", "won", "wins", "swept", "sweeps", "became",
    "becomes", "remains", "returns", "sold", "sells", "took", "takes", "stars", "tells", "follows",
    "opens", "made", "makes",
];

/// Whether the year at `start..end` is the title of a work: "Sam Mendes's
/// 1917 swept the Baftas", "Stanley Kubrick's 2001: A Space Odyssey", "In
/// George Orwell's 1984, the state watches", "Swift's 1989 (Taylor's
/// Version)", the band "The 1975 headlined". A year owned by a
/// capitalised name, or brought in by "The", that stands as a noun (a verb
/// right after it; after a name also a title's colon, bracket or comma)
/// names a work; "Obama's 2009 inauguration", "Trump's 2016 win",
/// "Nvidia's fiscal 2024 ended" keep their years.
fn titled_year(text: &str, start: usize, end: usize) -> bool {
    let head = text[..start].trim_end_matches([' ', '\t']);
    if head.len() == start || !text[start..end].bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let owner = ["'s", "\u{2019}s", "s'", "s\u{2019}"]
        .iter()
        .find_map(|p| head.strip_suffix(p))
        .is_some_and(|name| capitalised(&name[after_last(name, |c| !c.is_alphanumeric())..]));
    let the =
        !owner && head.ends_with("The") && !head[..head.len() - 3].ends_with(char::is_alphanumeric);
    if !owner && !the {
        return false;
    }
    let rest = &text[end..];
    // (A word in "-ed" is the verb when an object or a phrase follows
    // it, not a noun: "Navigation Mixte's 1989 unconsolidated profit".)
    let verb = word_after(text, end).is_some_and(|w| {
        let at = text[end..].len() - text[end..].trim_start().len() + end + w.len();
        w.bytes().all(|b| b.is_ascii_lowercase())
            // (What a year itself does: "Nvidia's fiscal 2024 ended on Jan.
            // 28", "Apple's 2019 began with a record quarter".)
            && !matches!(w, "ended" | "began" | "started" | "closed")
            && (TITLE_VERBS.contains(&w)
                || w.len() > 4
                    && w.ends_with("ed")
                    && word_after(text, at).is_some_and(|n| {
                        matches!(
                            n,
                            "the"
                                | "a"
                                | "an"
                                | "its"
                                | "his"
                                | "her"
                                | "their"
                                | "in"
                                | "at"
                                | "on"
                                | "to"
                                | "with"
                                | "for"
                                | "by"
                                | "into"
                                | "as"
                        )
                    }))
    });
    verb || owner && (rest.starts_with([':', ',']) || rest.starts_with(" ("))
}

/// Whether the capitalised words after byte `end` run into a case's
/// "v." ("Medical Services v. Russo"), within a party's name of a few
/// words.
fn case_caption(text: &str, end: usize) -> bool {
    let mut at = end;
    for _ in 0..5 {
        let Some(w) = word_after(text, at) else {
            return false;
        };
        let Some(w_end) = text[at..].find(w).map(|k| at + k + w.len()) else {
            return false;
        };
        if matches!(w, "v" | "vs") && text[w_end..].starts_with('.') {
            return true;
        }
        if !capitalised(w) || classify_in(w.as_bytes(), 0, w.len()) != Lex::Other {
            return false;
        }
        at = w_end;
    }
    false
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
        "satirical",
        "tabloid",
        "opposition",
        "pro-government",
        "pan-arab",
        "left-wing",
        "right-wing",
        "centre-left",
        "center-left",
        "centre-right",
        "center-right",
        "mass-circulation",
        "respected",
        "alternative",
        "free",
        "community",
        "student",
        "trade",
        "literary",
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
    let kind = capitalised(w) || PAPER_KINDS.contains(&w.to_ascii_lowercase().as_str());
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
                && [
                    "said",
                    "says",
                    "reported",
                    "reports",
                    "quoted",
                    "newspaper",
                    "ceased",
                    "folded",
                    "published",
                    "wrote",
                ]
                .contains(&next)
        }
        None => described || article(w) && !text[end..].starts_with(['-', '/']),
    }
}

/// Whether `word` is a time word that news text writes in lower case:
/// capitalised inside a sentence it belongs to a title ("USA Today",
/// "High Noon", CBS's "60 Minutes", ABC's "This Week", the BBC's "The
/// World This Weekend").
fn lower_case_time_word(word: &str) -> bool {
    matches!(
        classify_in(word.as_bytes(), 0, word.len()),
        Lex::Unit {
            unit: Unit::Second
                | Unit::Minute
                | Unit::Hour
                | Unit::Day
                | Unit::Week
                | Unit::Month
                | Unit::Year,
            ..
        } | Lex::Kw(
            Kw::Today
                | Kw::Tonight
                | Kw::Tomorrow
                | Kw::Yesterday
                | Kw::Now
                | Kw::Noon
                | Kw::Midnight
                | Kw::Weekend
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
        // The song "Yesterday,": a quotation that opens inside a sentence
        // and holds the expression alone is a title (a quoted word of
        // speech opens its sentence: "Tomorrow," he said).
        let closes = text[end..]
            .trim_start_matches([',', '.'])
            .starts_with(['"', '\u{201d}', '\u{2019}']);
        let inside = before
            .trim_end_matches(['"', '\u{201c}', '\u{2018}'])
            .trim_end_matches([' ', '\t'])
            .ends_with(|c: char| c.is_alphanumeric() || c == ',');
        if closes && inside && start == at {
            return true;
        }
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

/// Whether the capitalised word at `start` is set beside the word for a
/// relative, as the relative's name: "his daughter, April,", "her
/// sisters, June and Mae", "their son, August".
fn kin_named(text: &str, start: usize) -> bool {
    const KIN: &[&str] = &[
        "daughter",
        "daughters",
        "son",
        "sons",
        "sister",
        "sisters",
        "brother",
        "brothers",
        "wife",
        "husband",
        "mother",
        "father",
        "granddaughter",
        "grandson",
        "niece",
        "nephew",
        "children",
        "child",
        "widow",
        "partner",
        "girlfriend",
        "boyfriend",
    ];
    text[..start]
        .strip_suffix(", ")
        .and_then(|head| head.rsplit(|c: char| !c.is_ascii_alphabetic()).next())
        .is_some_and(|w| is(w, KIN))
}
