//! What a date is in its sentence, which decides what it is counted from:
//! where a stretch of time began ("since last Thursday"), the day of the
//! story's dateline, the day a report was made rather than the day of the
//! news ("the Labor Department said Friday"), a period named only in
//! passing ("a strong third quarter"), or a date a clause aims ahead to
//! though its verb is past.

use super::events::possessive;
use super::words::{is, word_before, words_before};
use crate::time::lexicon::{Lex, classify_in};
use memchr::memmem;
use std::sync::LazyLock;

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
    words_before(text, start)
        .take(8)
        .take_while(|w| {
            !is(
                w,
                &[
                    "and", "but", "which", "who", "that", "when", "after", "before", "until",
                ],
            )
        })
        .any(|w| w.eq_ignore_ascii_case("since"))
}

/// Whether the expression starting at `start` is the date of a plan as
/// first made, with "originally" or "initially" a few words back in its
/// clause: "The truce was originally due to begin on Thursday morning".
/// Such a plan was not kept, so its day is not the one the story goes on
/// to tell of ("Aid trucks started crossing shortly after 10 a.m.").
pub fn first_plan(text: &str, start: usize) -> bool {
    words_before(text, start)
        .take(6)
        .any(|w| is(w, &["originally", "initially"]))
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

/// Whether the clause of the date at `start..end`, in the sentence at
/// `(s, e)`, points ahead of its past verb: an infinitive or a promise
/// before the date ("was remanded in custody to reappear on January 12",
/// "promised the rest in January", "would have turned 90 in April") or a
/// "will" after it ("the session normally held in January will be pushed
/// back"). Such a date may lie just past the document date though the
/// clause's verb is past. (Not "rose to 20 per cent in January": a "to"
/// before a figure or a noun phrase is no infinitive.)
pub fn aimed_ahead(text: &str, (s, e): (usize, usize), start: usize, end: usize) -> bool {
    const CLAUSE_END: [char; 4] = [',', ';', ':', '.'];
    const PROMISES: &[&str] = &[
        "promised",
        "pledged",
        "vowed",
        "planned",
        "scheduled",
        "slated",
        "invited",
    ];
    const NOT_VERBS: &[&str] = &["a", "an", "the", "its", "their", "his", "her", "be", "date"];
    let sentence = &text[s..start];
    let before = &sentence[sentence.rfind(CLAUSE_END).map_or(0, |k| k + 1)..];
    let words: Vec<&str> = before
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let near = &words[words.len().saturating_sub(12)..];
    let infinitive = near.windows(2).any(|w| {
        w[0].eq_ignore_ascii_case("to")
            && w[1].bytes().all(|b| b.is_ascii_lowercase())
            && !NOT_VERBS.contains(&w[1])
            && !matches!(
                classify_in(w[1].as_bytes(), 0, w[1].len()),
                Lex::Month { .. }
            )
    });
    // (Anywhere before it in the sentence: "has invited the ministers to
    // a ceremony in Independence, Mo., on March 12".)
    let promised = sentence
        .split(|c: char| !c.is_ascii_alphanumeric())
        .any(|w| PROMISES.iter().any(|p| w.eq_ignore_ascii_case(p)));
    // "would have turned 90 in April": what would have been, had it not
    // been cut short, may lie ahead.
    let would_have = near
        .windows(2)
        .any(|w| w[0].eq_ignore_ascii_case("would") && w[1].eq_ignore_ascii_case("have"));
    let after = text.get(end..e).unwrap_or("");
    let after = &after[..after.find(CLAUSE_END).unwrap_or(after.len())];
    infinitive || promised || would_have || after.contains(" will ")
}

/// Whether the month at `start`, in the sentence starting at `s`, is the
/// time an intention held now aims at: "in" right before it and, a few
/// words back in its clause, a verb of intention in the present before
/// "to" ("The government hopes to hold the referendum in January").
pub fn intended_month(text: &str, s: usize, start: usize) -> bool {
    const INTEND: &[&str] = &[
        "hopes", "hope", "plans", "plan", "intends", "intend", "aims", "aim", "wants", "want",
        "seeks", "seek",
    ];
    let before = &text[s..start];
    let before = &before[before.rfind([',', ';', ':', '.']).map_or(0, |k| k + 1)..];
    let words: Vec<&str> = before
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    words.last().is_some_and(|w| w.eq_ignore_ascii_case("in"))
        && words[words.len().saturating_sub(9)..]
            .windows(2)
            .any(|w| is(w[0], INTEND) && w[1].eq_ignore_ascii_case("to"))
}

/// Whether the expression at `start` dates a report of the news, not the
/// news: "the Labor Department said Friday", "announced on Tuesday",
/// "said in January".
/// "The previous month" or "a year earlier" after it counts from the
/// period the report is about. A possessive is the news itself: "said
/// Friday's selling was overdone".
pub fn attribution(text: &str, start: usize, end: usize) -> bool {
    const REPORTS: &[&str] = &["said", "says", "told", "reported", "announced", "added"];
    let reports = |w: &str| REPORTS.iter().any(|v| v.eq_ignore_ascii_case(w));
    if possessive(&text[end..]) {
        return false;
    }
    let mut at = start;
    let mut word = word_before(text, at);
    // ("said on Friday", "said at 3 p.m.", "said in January")
    let on = word.is_some_and(|w| is(w, &["on", "at", "in"]));
    if on {
        at = text[..at].trim_end_matches([' ', '\t']).len() - 2;
        word = word_before(text, at);
    }
    // "On Saturday, Iraq said it would begin withdrawing its forces
    // Sunday": a day that opens the sentence, with the report right after
    // it.
    let head = text[..at].trim_end();
    if (head.is_empty() || head.ends_with(['.', '!', '?', '\n']))
        && let Some(rest) = text[end..].strip_prefix(", ")
    {
        let clause = &rest[..rest.find([',', '.', ';']).unwrap_or(rest.len())];
        return clause.split_whitespace().take(6).any(reports);
    }
    word.is_some_and(reports)
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
