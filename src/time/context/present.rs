//! Words that speak of the present age or of some time ahead rather than
//! of a day: "today's youth" and "the leaders of tomorrow" name an age,
//! "today" set against a time years past is the present, and "it will
//! erupt again one day" is some day ahead. Talk in the present also shows
//! that a narrative of long ago has come back to the story's own time, so
//! its dates no longer carry on.

use super::events::possessive;
use super::words::{is, word_after, word_before, word_before_of};
use crate::time::sentence::sentence_bounds;

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
        // (Not a stretch that runs on to today: "a milestone presidents
        // have been measured against since the 1930s".)
        let named =
            is(second, &["the", "early", "mid", "late"]) && decade(w) && !is(first, &["since"]);
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
