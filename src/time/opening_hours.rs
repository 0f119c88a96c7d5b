//! Opening hours: "The gallery is open Tuesday through Sunday, 11 a.m. to
//! 6 p.m." tells of every week, not of the coming Tuesday and Sunday.
//! TimeML writes each weekday of such a range as a set (XXXX-WXX-2) and
//! its clock times as times of no one day (XXXX-XX-XXT11:00).

use super::lexicon::{Lex, classify_in};
use super::timex::{Timex, TimexType};

/// What joins the two weekdays of a range.
const DAY_RANGE: &[&str] = &[" through ", " thru ", " to ", "-", "\u{2013}", " and "];

/// What joins the clock times told with the days, and the days to them:
/// ", 11 a.m. to 6 p.m.", "from 7 a.m. to 3 p.m. Tuesday".
const CLOCK_GAPS: &[&str] = &[
    " ", ", ", " from ", ", from ", " to ", "-", "\u{2013}", " until ", " and ",
];

/// The words the range (or the clock times before it) follows: a place
/// that is open, in the present ("is open", "are open from"), a service
/// that operates or a round that collects ("Trash is collected Monday and
/// Thursday").
const OPEN: &[&str] = &[
    "is open",
    "are open",
    "is open from",
    "are open from",
    "operates",
    "operate",
    "is collected",
    "are collected",
    // "Gallery hours are noon to 5 p.m. Thursday through Sunday", a
    // listing's "Hours: 11:30 a.m. to 10 p.m. Tuesday through Saturday"
    "hours are",
    "hours:",
];

/// Meals a restaurant serves on the days of its week: "serves dinner
/// Tuesday through Saturday", "serves lunch only, Monday to Friday".
const MEALS: &[&str] = &["breakfast", "brunch", "lunch", "dinner", "supper"];

/// Verbs that tell a service's days only with "only" after the range:
/// "Trains run Monday to Friday only" ("The festival runs Friday to
/// Sunday" is one weekend's).
const RUN: &[&str] = &["run", "runs"];

/// Marks the weekday ranges of opening hours, and the clock times told
/// with them, as recurring (see the module's documentation). A range
/// told in the future ("will be open Monday through Friday") or of a
/// shop's one week ("is open Tuesday through Sunday this week") is left
/// to name its days.
pub(super) fn opening_hours(text: &str, out: &mut [Timex]) {
    for k in 0..out.len().saturating_sub(1) {
        let (a, b) = (&out[k], &out[k + 1]);
        // (The gap first, its length before its text: most neighbours are
        // no range of days.)
        if b.span.start.saturating_sub(a.span.end) > " through ".len()
            || !text
                .get(a.span.end..b.span.start)
                .is_some_and(|gap| DAY_RANGE.contains(&gap))
        {
            continue;
        }
        let (Some(first), Some(last)) = (weekday_alone(text, a), weekday_alone(text, b)) else {
            continue;
        };
        // The clock times told before the range, back to "is open".
        let mut from = k;
        while from > 0
            && out[from - 1].kind == TimexType::Time
            && joined(text, &out[from - 1], &out[from])
        {
            from -= 1;
        }
        let head = text[..out[from].span.start].trim_end();
        let after = text[b.span.end..].trim_start();
        let ends_head = |w: &&str| {
            head.len() >= w.len()
                && head[head.len() - w.len()..].eq_ignore_ascii_case(w)
                && !head[..head.len() - w.len()].ends_with(|c: char| c.is_ascii_alphanumeric())
        };
        // ("Dinner service runs 5 to 9 p.m. Wednesday through Sunday": a
        // service's runs are its hours.)
        let service_runs = RUN.iter().any(ends_head)
            && head.rsplit(' ').nth(1).is_some_and(|w| {
                w.eq_ignore_ascii_case("service") || w.eq_ignore_ascii_case("services")
            });
        let opens = OPEN.iter().any(ends_head)
            || RUN.iter().any(ends_head) && after.starts_with("only")
            || service_runs
            || serves_meal(head);
        // ("is open Tuesday through Sunday this week": those days.)
        if !opens || after.starts_with("this") || after.starts_with("next") {
            continue;
        }
        // The clock times told after the range.
        let mut to = k + 1;
        while to + 1 < out.len()
            && out[to + 1].kind == TimexType::Time
            && joined(text, &out[to], &out[to + 1])
        {
            to += 1;
        }
        for (t, day) in [(k, first), (k + 1, last)] {
            let t = &mut out[t];
            t.kind = TimexType::Set;
            t.value = format!("XXXX-WXX-{day}");
            t.relative = false;
        }
        let (head, tail) = out.split_at_mut(k + 2);
        for t in head[from..k].iter_mut().chain(&mut tail[..to - k - 1]) {
            if let Some(clock) = t.value.get(10..).filter(|c| c.starts_with('T')) {
                t.value = format!("XXXX-XX-XX{clock}");
                t.relative = false;
            }
        }
    }
}

/// Whether `head`, the text before a range of days, ends in a meal
/// served: "serves dinner", "serve lunch only,".
fn serves_meal(head: &str) -> bool {
    let head = head.trim_end_matches(',');
    let head = head.strip_suffix(" only").unwrap_or(head);
    let mut words = head.rsplit(' ');
    words.next().is_some_and(|w| MEALS.contains(&w))
        && words
            .next()
            .is_some_and(|w| matches!(w, "serves" | "serve" | "serving"))
}

/// The weekday (1 for Monday) that `t`, a date that is one weekday's name
/// alone ("Tuesday", "Tues."), names.
fn weekday_alone(text: &str, t: &Timex) -> Option<u8> {
    if t.kind != TimexType::Date {
        return None;
    }
    let word = t.span.slice(text).trim_end_matches('.');
    match classify_in(word.as_bytes(), 0, word.len()) {
        Lex::Weekday { day, plural: false } => Some(day),
        _ => None,
    }
}

/// Whether `a` and `b` are told right next to each other as parts of the
/// same hours: "11 a.m. to 6 p.m.", "Sunday, 11 a.m.".
fn joined(text: &str, a: &Timex, b: &Timex) -> bool {
    text.get(a.span.end..b.span.start)
        .is_some_and(|gap| CLOCK_GAPS.contains(&gap))
}
