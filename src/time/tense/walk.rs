//! The walk outwards from an expression to the marker that decides its
//! tense, and what it passes over: verbs of relative clauses ("that
//! formed", "who will lead"), participles in asides or after a modal's
//! verb.

use super::lead::{after_what, ahead_of, counted_before, lead_in, until_event, year_end_of};
use super::words::{SAME_PAST, class};
use super::{DETERMINERS, SUBORDINATORS, Tense, Words, clause_break};
use crate::time::lexicon::Lex;

/// Words that mark the future only when nothing else in the sentence
/// does: "until Thursday" is a deadline ahead, but "until Thursday, they
/// had not called him a suspect" is past.
const WEAK: &[&str] = &["until"];

/// The marker nearest to words `first..=last` of a sentence.
/// Only words for which `counts` holds are considered. A marker from word
/// `clause_end` on, past the end of the expression's clause, counts only
/// when none comes before the expression ("On Thursday, officials
/// spoke"). Returns the tense and the index of the word that decided it.
pub(super) fn nearest(
    words: &Words,
    counts: &dyn Fn(usize) -> bool,
    first: usize,
    last: usize,
    clause_end: usize,
) -> (Tense, Option<usize>) {
    if year_end_of(words, first) {
        let found = walk(words, counts, first, last, clause_end).0;
        // (Told in the past, the year has ended, and so has its last
        // month: "Net migration fell in the year to March", written in
        // February, is last March; a past verb's slack would take the
        // coming one.)
        let t = if matches!(found, Tense::Past | Tense::Before) {
            Tense::Before
        } else {
            Tense::Nearest
        };
        return (t, None);
    }
    if let Some(t) = lead_in(words, first, last) {
        return (t, None);
    }
    if let Some(k) = contact_past(words, first).filter(|&k| counts(k)) {
        return (Tense::Past, Some(k));
    }
    let found = walk(words, counts, first, last, clause_end);
    // "A depression that formed in the Caribbean on Wednesday could
    // become a hurricane": a date in a relative clause in the past is of
    // that clause, whatever the main verb after it says.
    if found.1.is_some_and(|k| k > last)
        && let Some(k) = relative_past(words, first)
        && counts(k)
    {
        return (Tense::Past, Some(k));
    }
    // So is one in a relative clause ahead: "The band that will play the
    // halftime show on Sunday spent Thursday night rehearsing".
    if found.1.is_some_and(|k| k > last)
        && let Some(k) = relative_will(words, first)
        && counts(k)
    {
        return (Tense::Future, Some(k));
    }
    // "Forecasters had predicted on Friday that the storm would weaken
    // by Sunday": a weekday of a future told from a past day named before
    // it may have come by the document date; the nearest. (With no day
    // for the telling, "He said he would resign on Friday" looks ahead.)
    if found.0 == Tense::Future
        && let Some(k) = found.1.filter(|&k| k < first && words.word(k) == "would")
        && (1..=8)
            .filter_map(|d| k.checked_sub(d))
            .any(|j| words.past_verb(j))
        && (0..k).any(|j| matches!(words.lex(j), Lex::Weekday { .. }))
        && names_weekday(words, first, last)
    {
        return (Tense::Nearest, Some(k));
    }
    // What something comes ahead of lies after it: after what is now or
    // to come ("the figures come ahead of an EU summit on Thursday"), so
    // ahead; after what has happened ("the pound fell ahead of France's
    // referendum on Sunday", "travelers jammed trains ahead of
    // Thanksgiving"), on either side of the document date.
    // And what something to come follows may lie on either side of the
    // document date: "It will be the third strike this year, after
    // walkouts in March".
    // (Not a weekday's event, which is within the week and so mostly
    // ahead too: "will report earnings after the bell Tuesday".)
    if found.0 == Tense::Future && after_what(words, first) && !names_weekday(words, first, last) {
        return (Tense::Nearest, None);
    }
    // (Done today, it is ahead of today: "parties wound up their
    // campaigns today ahead of elections on Monday".)
    let today = || {
        (1..=12)
            .filter_map(|d| first.checked_sub(d))
            .any(|k| matches!(words.word(k), "today" | "tonight"))
    };
    let past = matches!(found.0, Tense::Past | Tense::Before);
    // (An event lasted until, told in the past, is of that past: "held
    // the town until the army's offensive in March".)
    if until_event(words, first) && (!past || today()) {
        return (Tense::Future, None);
    }
    if ahead_of(words, first) || counted_before(words, first) {
        let t = if past && !today() {
            Tense::Nearest
        } else {
            Tense::Future
        };
        return (t, None);
    }
    found
}

/// Whether words `first..=last` name a day of the week.
pub(super) fn names_weekday(words: &Words, first: usize, last: usize) -> bool {
    (first..=last).any(|k| matches!(words.lex(k), Lex::Weekday { .. }))
}

/// The word opening the verb of a relative clause the expression at
/// `first` stands in ("that formed", "who will lead"): the word after
/// "that", "which" or "who", within `reach` words before it and with no
/// break between. An attribution put in after the pronoun is passed
/// over, and not counted in the reach: "a man who police say led
/// officers on a high-speed chase early Thursday". After "whose" the
/// verb follows its one-word noun: "a man whose body was found in the
/// River Severn on Monday".
fn relative_verb(words: &Words, first: usize, reach: usize) -> Option<usize> {
    let attributed = |j: usize| {
        matches!(
            words.word(j + 2),
            "say" | "said" | "says" | "believe" | "believed" | "allege" | "alleged"
        ) && !words.is(j + 1, class::FUTURE)
    };
    // ("the tornado that tore through Joplin, Mo., on Sunday evening":
    // the commas around a place's state or county break no clause.)
    let placed = |m: usize| {
        let comma = |k: usize| words.gap_before(k).contains(',');
        m >= 2
            && words.is(m - 1, class::NAME)
            && (words.is(m, class::NAME) && comma(m + 1)
                || words.is(m - 2, class::NAME) && comma(m - 1))
    };
    (1..=reach + 2)
        .map_while(|d| first.checked_sub(d))
        .take_while(|&j| !clause_break(words.gap_before(j + 1).as_bytes()) || placed(j + 1))
        .find_map(|j| {
            let verb = match words.word(j) {
                "that" | "which" | "who" if attributed(j) => j + 3,
                "that" | "which" | "who" => j + 1,
                "whose" if !clause_break(words.gap_before(j + 2).as_bytes()) => j + 2,
                _ => return None,
            };
            (verb < first && first - j <= reach + (verb - j - 1)).then_some(verb)
        })
}

/// The past verb of a relative clause the expression at `first` stands
/// in: "that formed", "who died", within ten words before it ("The storm
/// that dumped a foot of snow on Denver on Tuesday will reach Chicago").
/// A verb whose past is its base ("hit", "cut") is past after a singular
/// noun, whose present would be "hits": "The storm that hit Texas on
/// Monday will move".
fn relative_past(words: &Words, first: usize) -> Option<usize> {
    relative_verb(words, first, 10).filter(|&v| {
        let w = words.word(v);
        let singular = || {
            let noun = words.back(v, 2);
            noun.len() > 2 && !noun.ends_with('s') && !DETERMINERS.contains(&noun)
        };
        (w.ends_with("ed") && !words.is(v, class::NOT_PAST_ED)
            || words.is(v, class::IRREGULAR_PAST)
            || SAME_PAST.contains(&w) && words.back(v, 1) == "that" && singular())
            && !words.is(v, class::NAME)
    })
}

/// The past verb of a relative clause without its pronoun that the
/// expression at `first` stands in, a name and its verb right after a
/// noun: "The deadline Kim set in April expires on Friday", "the company
/// Apple bought in 2019". (A verb whose past is its base is past after a
/// name, whose present would be "sets".)
fn contact_past(words: &Words, first: usize) -> Option<usize> {
    // (Right after the verb or its "in", "on", "at": not a target "set
    // for March", which lies ahead.)
    (1..=2)
        .filter_map(|d| first.checked_sub(d))
        .filter(|&v| v + 1 == first || matches!(words.word(v + 1), "in" | "on" | "at" | "during"))
        .take_while(|&v| (v + 1..=first).all(|m| !clause_break(words.gap_before(m).as_bytes())))
        .find(|&v| {
            let w = words.word(v);
            let noun = words.back(v, 2);
            v >= 3
                && (w.ends_with("ed") && !words.is(v, class::NOT_PAST_ED)
                    || words.is(v, class::IRREGULAR_PAST)
                    || SAME_PAST.contains(&w)
                    || matches!(w, "set" | "let" | "bet" | "quit"))
                && !words.is(v, class::NAME)
                && words.is(v - 1, class::NAME)
                && noun.len() > 2
                && noun.bytes().all(|b| b.is_ascii_lowercase())
                && !DETERMINERS.contains(&noun)
                && DETERMINERS.contains(&words.back(v, 3))
        })
}

/// The "will" opening a relative clause the expression at `first` stands
/// in: "that will play", "who will lead", as [`relative_past`] finds a
/// past one (a plan's clause runs longer: "pilots who will try to catch a
/// falling space capsule in mid-air Wednesday").
fn relative_will(words: &Words, first: usize) -> Option<usize> {
    relative_verb(words, first, 12).filter(|&v| words.word(v) == "will")
}

/// The strong marker nearest to the expression, walking outwards (see
/// [`nearest`]).
fn walk(
    words: &Words,
    counts: &dyn Fn(usize) -> bool,
    first: usize,
    last: usize,
    clause_end: usize,
) -> (Tense, Option<usize>) {
    let n = words.len();
    let word = |k: usize| words.word(k);
    // Walk outwards: the first strong marker found is the nearest. A
    // preposition before the expression belongs to it: in "the rise
    // introduced in April will be reversed", "introduced" is as near as
    // "will".
    let mut weak: Option<(usize, Tense)> = None;
    let mut beyond: Option<(usize, Tense)> = None;
    let prep = usize::from(
        first > 0
            && matches!(
                word(first - 1),
                "in" | "on" | "at" | "during" | "from" | "through" | "over" | "within" | "around"
            ),
    );
    // "have agreed that from July to September they will close plants":
    // an expression that opens a "that" clause takes the clause's own
    // verb, after it; the verb before "that" is the main clause's, asked
    // only when the clause has none.
    let opens_that = first > prep && word(first - 1 - prep) == "that";
    let mut main: Option<(usize, Tense)> = None;
    let reach = first.max(n - 1 - last);
    for d in 1..=reach {
        let before = first.checked_sub(d + prep);
        for (k, after) in [(before, false), (Some(last + d), true)] {
            let Some(k) = k.filter(|&k| k < n && counts(k)) else {
                continue;
            };
            let Some(mut t) = words.marker(k) else {
                continue;
            };
            // "It will be the first December poll since 1923": a "since"
            // after the expression opens a stretch of its own, and tells
            // nothing of the expression's tense.
            if after && word(k) == "since" {
                continue;
            }
            // "On Friday, the government planned to ...": the plan was
            // made then; the intention points ahead only from before.
            // So was a schedule set with its object after it: "A judge
            // on Monday scheduled a Jan. 21 hearing" (not "the vote on
            // Monday is scheduled").
            let scheduled = word(k) == "scheduled"
                && DETERMINERS.contains(&word(k + 1))
                && !matches!(
                    words.back(k, 1),
                    "is" | "are" | "was" | "were" | "be" | "been" | "being" | "s" | "has" | "have"
                );
            if after && t == Tense::Future && (word(k) == "planned" || scheduled) {
                t = Tense::Past;
            }
            // "agreed in Tokyo on September 1 to cooperate", "ordered
            // residents on Friday to leave": a date between a past
            // intention and its infinitive is the intention's own. (Not
            // in the passive: "is expected on Wednesday to raise rates".)
            // (An infinitive of the present, "agreed in Osaka on Saturday
            // to restart talks", as much as one marked ahead.)
            if after
                && matches!(t, Tense::Future | Tense::Present)
                && word(k.saturating_sub(1)) == "to"
                && (first.saturating_sub(6)..first).any(|j| {
                    words.is(j, class::INTENT)
                        && (word(j).ends_with("ed") || words.is(j, class::IRREGULAR_PAST))
                        && !matches!(
                            words.back(j, 1),
                            "is" | "are" | "was" | "were" | "be" | "been" | "being"
                        )
                })
            {
                t = Tense::Past;
            }
            // "Cuba predicted Wednesday", "than forecast in November": a
            // date right after a past forecast is when it was made; its
            // object lies ahead ("predicted a mild Christmas", "predicts
            // Wednesday will be its busiest day"). So is one before it:
            // "Its last report, in January, predicted a fall".
            // (Not in the passive of the present: "More rain is forecast
            // over the weekend" lies ahead.)
            if (after || d == 1)
                && t == Tense::Future
                && words.is(k, class::FORECAST)
                && (word(k).ends_with("ed") || word(k) == "forecast")
                && !matches!(words.back(k, 1), "is" | "are")
            {
                t = Tense::Past;
            }
            // ("expect as many as 16 named storms between June 1 and Nov.
            // 30", "three wounded soldiers": a participle after a count
            // describes what is counted.)
            if t == Tense::Past
                && word(k).ends_with("ed")
                && (words.after_number(k)
                    || matches!(words.lex(k.saturating_sub(1)), Lex::NumWord(n) if n >= 2))
            {
                continue;
            }
            // (A participle right before the expression dates its own
            // act: "would accelerate a buyback authorized in February".)
            if !after && d > 2 && t == Tense::Past && participle_after_modal(words, k) {
                continue;
            }
            // (Nor does one after a noun past the expression that it
            // describes: "guarantee delivery by Christmas for orders
            // placed by Dec. 21", "will be cut in April under measures
            // announced in the budget".)
            if after
                && t == Tense::Past
                && k >= last + 3
                && word(k).ends_with("ed")
                && matches!(
                    word(k - 2),
                    "for"
                        | "of"
                        | "on"
                        | "to"
                        | "from"
                        | "with"
                        | "under"
                        | "by"
                        | "in"
                        | "at"
                        | "over"
                        | "into"
                        | "against"
                        | "amid"
                        | "about"
                )
            {
                continue;
            }
            // (Nor one right after the expression when a modal before it
            // has given the clause its verb: "will stream a Direct on
            // Thursday morning focused on Switch 2 software".)
            if after
                && t == Tense::Past
                && k == last + 1
                && word(k).ends_with("ed")
                && (first.saturating_sub(8)..first).any(|j| {
                    matches!(
                        word(j),
                        "will"
                            | "would"
                            | "shall"
                            | "ll"
                            | "can"
                            | "could"
                            | "may"
                            | "might"
                            | "must"
                            | "should"
                    ) && (j + 1..=first)
                        .all(|m| !words.comma_before(m) && !SUBORDINATORS.contains(&word(m)))
                })
            {
                continue;
            }
            // (Nor one that dates a period named before the expression:
            // "will report results for the three months ended Sept. 30 on
            // Thursday"; the period's own date, right after it, keeps it.)
            if !after
                && d > 1
                && t == Tense::Past
                && word(k) == "ended"
                && matches!(
                    words.back(k, 1),
                    "months" | "weeks" | "quarter" | "year" | "half" | "period"
                )
            {
                continue;
            }
            // ("will pay a dividend of 42 cents, fully franked, on
            // October 3": nor does one in an aside between commas.)
            if !after && t == Tense::Past && participle_aside(words, k, first) {
                continue;
            }
            if opens_that && !after && k + 1 + prep < first {
                main.get_or_insert((k, t));
            } else if WEAK.contains(&word(k)) {
                if weak.is_none_or(|(w, _)| k < w) {
                    weak = Some((k, t));
                }
            } else if after && k >= clause_end {
                // (Not from a clause of its own: "the minimum wage rises
                // at midnight, after voters approved the change".)
                if !SUBORDINATORS.contains(&word(clause_end)) {
                    beyond.get_or_insert((k, t));
                }
            } else {
                return (t, Some(k));
            }
        }
    }
    main.or(beyond)
        .or(weak)
        .map_or((Tense::Unknown, None), |(k, t)| (t, Some(k)))
}

/// Whether the past form at `k` opens an aside between commas that ends
/// before the expression at `first`, so describes a noun rather than
/// telling what was done: "a final dividend, fully franked, on October
/// 3", "the company, founded in 1990, on Monday". Only a bare form counts
/// ("was founded" is a verb), after the comma or one adverb after it.
fn participle_aside(words: &Words, k: usize, first: usize) -> bool {
    let w = words.word(k);
    if !(w.ends_with("ed") || words.is(k, class::IRREGULAR_PAST)) {
        return false;
    }
    let opens = |j: usize| words.gap_before(j).contains(',');
    let opened = opens(k) || k > 0 && words.word(k - 1).ends_with("ly") && opens(k - 1);
    opened && (k + 1..=first).take(4).any(opens)
}

/// Whether the past form at `k` follows a modal's verb in its clause, so
/// is a participle, not the clause's verb: "Orbis would cut the cost of
/// calls made abroad from 1 April" ("would have made", "will be sold"
/// are the modal's own verb chain).
fn participle_after_modal(words: &Words, k: usize) -> bool {
    if k == 0
        || matches!(
            words.word(k),
            "was" | "were" | "had" | "did" | "yesterday" | "ago" | "since"
        )
    {
        return false;
    }
    if matches!(
        words.word(k - 1),
        "be" | "been" | "being" | "have" | "has" | "had" | "not" | "never"
    ) {
        return false;
    }
    for j in (0..k).rev() {
        if clause_break(words.gap_before(j + 1).as_bytes()) {
            return false;
        }
        match words.word(j) {
            "will" | "would" | "shall" | "can" | "could" | "may" | "might" | "must" => {
                return j + 1 < k;
            }
            // (Not "unless": "would withdraw unless the UN took control
            // by June 30" is a condition on what lies ahead, so the
            // modal still decides.)
            "and" | "or" | "but" | "that" | "which" | "who" | "when" | "after" | "before"
            | "because" | "if" | "as" | "than" => return false,
            _ => {}
        }
    }
    false
}
