//! Expressions that frame the dates after them in their sentence: a year
//! or a period that opens it ("In 2015, the firm was fined on March 3",
//! "Last Christmas, storms flooded homes on December 22") gives its year
//! to the dates that follow.

use super::words::{is, word_before};

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
    // ("Forty years ago, in February, Malcolm X was shot": so do they
    // after a year counted back.)
    let counted_back = phrase
        .get(phrase.len().saturating_sub(10)..)
        .is_some_and(|tail| tail.eq_ignore_ascii_case(" years ago"))
        || phrase.eq_ignore_ascii_case("a year ago");
    if text[end..].starts_with(", when ")
        || text[end..].starts_with(", in ")
            && (phrase.bytes().all(|c| c.is_ascii_digit()) || counted_back)
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

/// Whether the year at `start..end` names the subject that opens its
/// sentence ("The 1973 Watergate hearings ran from May 17 to August 7"):
/// the dates told of that thing are in its year, as after "In 1973,".
/// (Only of a year gone by, which the caller checks: "the 2024 budget"
/// and "the 2025 models" are named for a year ahead of the days they are
/// passed or sold on.)
pub fn subject_year(text: &str, start: usize, end: usize) -> bool {
    let phrase = &text[start..end];
    let year = phrase.len() == 4 && phrase.bytes().all(|c| c.is_ascii_digit());
    let noun = text[end..]
        .strip_prefix(' ')
        .is_some_and(|rest| rest.starts_with(|c: char| c.is_alphabetic()));
    year && noun
        && start >= 4
        && text.get(start - 4..start) == Some("The ")
        && opens_sentence(text, start - 4, end)
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
    let s = crate::time::sentence::sentence_bounds(text, at, end).0;
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

/// Where the clause ends in which a fiscal year at `start..end` is said to
/// end, if one follows it: "fiscal 2015, which ends in September", "the
/// company's fiscal 2016 ends Sept. 30", "FY2024, ending in June". A
/// fiscal year is named by the calendar year it ends in, so the month or
/// day it ends on is of that year, not the nearest one. (Not when it
/// begins: fiscal 2016 may begin in October 2015.) `sentence_end` bounds
/// the clause.
pub fn fiscal_year_end(text: &str, start: usize, end: usize, sentence_end: usize) -> Option<usize> {
    let phrase = &text.as_bytes()[start..end];
    let fiscal = phrase.len() > 6 && phrase[..6].eq_ignore_ascii_case(b"fiscal")
        || phrase.len() > 2 && phrase[..2].eq_ignore_ascii_case(b"fy");
    if !fiscal {
        return None;
    }
    let rest = text.get(end..sentence_end)?;
    let after = [", which ", " which ", ", that ", " that ", ", ", " "]
        .iter()
        .find_map(|lead| rest.strip_prefix(lead))?;
    let after = after.strip_prefix("will ").unwrap_or(after);
    let verb = ["ends ", "ended ", "ending ", "end "]
        .iter()
        .find(|v| after.starts_with(*v))?;
    let from = end + (rest.len() - after.len()) + verb.len();
    // The clause runs to the next comma or semicolon.
    let stop = text[from..sentence_end]
        .find([',', ';'])
        .map_or(sentence_end, |k| from + k);
    Some(stop)
}

/// The year written right after a date that lacks one, in the text
/// `after` it: "attacked on Yom Kippur in 1973", "fled on June 4 in
/// 1989". That year is the date's (it is tagged on its own). Not a
/// decade ("in 1990s"), a range ("in 1998-99") or a count ("in 2000
/// votes").
pub fn year_after(after: &str) -> Option<i32> {
    let rest = after.strip_prefix(" in ")?.as_bytes();
    let digits = rest.iter().take_while(|b| b.is_ascii_digit()).count();
    if digits != 4 {
        return None;
    }
    let ends = match rest.get(4) {
        None => true,
        Some(b'.' | b',' | b';' | b':' | b')' | b'"' | b'\'') => {
            !rest.get(5).is_some_and(u8::is_ascii_digit)
        }
        // ("fled on June 4 in 1989 and settled in Paris": a word that
        // joins or leads a clause ends it as a stop would; another
        // lower-case word may be counted: "in 2000 votes".)
        Some(b' ') => {
            let next = rest[5..]
                .split(|b| !b.is_ascii_alphabetic())
                .next()
                .unwrap_or_default();
            !next.first().is_some_and(u8::is_ascii_lowercase)
                || [
                    &b"and"[..],
                    b"or",
                    b"but",
                    b"when",
                    b"while",
                    b"after",
                    b"before",
                    b"as",
                    b"at",
                    b"on",
                    b"in",
                    b"with",
                    b"until",
                    b"to",
                    b"from",
                    b"because",
                    b"where",
                    b"amid",
                    b"during",
                ]
                .contains(&next)
        }
        _ => false,
    };
    let year = std::str::from_utf8(&rest[..4]).ok()?.parse::<i32>().ok()?;
    (ends && (1000..=2199).contains(&year)).then_some(year)
}

/// Whether the year expression at `start..end`, with `gap` the text from
/// its end to a date lacking a year, sets that date's year as the time
/// its clause tells of: "this year it fell on July 4", "In 2015 the
/// festival opened on June 12" (a few words apart, with no break
/// between). The year must stand as the clause's time, a year written
/// alone or "this", "last" or "next year": not a noun's ("The 2023
/// budget was passed on Dec. 20", "Full-year results are due on 27
/// February"), the start of a stretch ("since 2010 the fair has been held
/// on July 4"), one of a list ("in 2018 and again on July 4") or a year
/// a relative clause goes on to describe ("the year that begins July 1").
pub fn same_clause_after_year(text: &str, start: usize, end: usize, gap: &str) -> bool {
    const STRETCH: &[&str] = &["since", "from", "until", "till", "by", "before", "after"];
    const JOINS: &[&str] = &[
        "and", "or", "but", "than", "to", "through", "that", "which", "when", "whose",
    ];
    let before = word_before(text, start);
    // ("delayed the game to 2021 in August": a year a thing is put off
    // to is no time of the clause.)
    if before.is_some_and(|w| is(w, &["to", "until", "till", "into", "beyond"])) {
        return false;
    }
    if gap == " in " {
        return true;
    }
    let year = &text[start..end];
    let told = year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit())
        || year
            .split_once(' ')
            .is_some_and(|(w, y)| is(w, &["this", "last", "next"]) && is(y, &["year"]));
    // ("Ford recalled 2017 Escape SUVs in May": a year after a verb
    // names the thing's model, not the clause's time.)
    let bare = year.len() == 4;
    let placed = before.is_none_or(|w| {
        !w.bytes().all(|b| b.is_ascii_lowercase())
            || is(
                w,
                &[
                    "in",
                    "during",
                    "throughout",
                    "of",
                    "for",
                    "around",
                    "and",
                    "but",
                ],
            )
    });
    told && (!bare || placed)
        && !gap.contains([',', ';', ':', '.', '(', ')', '"', '\''])
        && gap.split_whitespace().count() <= 6
        && !gap.split_whitespace().any(|w| is(w, JOINS))
        && !before.is_some_and(|w| {
            is(w, STRETCH) || is(w, &["the", "a", "an", "its", "their", "his", "her"])
        })
}
