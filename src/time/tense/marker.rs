//! The tense a single word marks, given its neighbours: "will" and
//! "expects to" look ahead, "said" and "cut its rate" look back, and the
//! noun "reports" or the adjective "closed" mark nothing.

use super::words::{
    APOSTROPHE_D, AWAIT, BEEN, CAN, COULD, DECLARED, DUE, FOCUS, GET, HAVE, HEADING, LIKELY, MUST,
    OPEN_CLOSE, PLAN, SAME_PAST, SEEN, SET, TAKE, TURN, UN_VERBS, VOTE, WARN, WAS, class,
};
use super::{DETERMINERS, Tense, Words};
use crate::time::lexicon::{Kw, Lex, classify_in};

/// The marker of word `k` of `words` (lower-case), given its neighbours.
pub(super) fn marker(words: &Words, k: usize) -> Option<Tense> {
    // Every rule below that returns a marker needs the word in one of the
    // class lists or own-rule lists, or an "-ed" ending (a participle),
    // or "to" before it (an infinitive), or a "from" of comparison: any
    // other word marks nothing, and most words are such.
    if !words.is(k, class::MAY_MARK)
        && !words.word(k).ends_with("ed")
        && words.back(k, 1) != "to"
        && !words.comparison_from(k)
    {
        return None;
    }
    marker_rules(words, k)
}

/// [`marker`] without its early exit.
///
/// The rules run in groups, one per kind of word or phrase, in a fixed
/// order: the first rule that decides gives the marker, so a rule placed
/// earlier takes a word before any later one can.
fn marker_rules(words: &Words, k: usize) -> Option<Tense> {
    // ("Rain wiped out the French Open on Monday": no verb "open".)
    if words.in_name(k) {
        return None;
    }
    let at = At::new(words, k);
    let groups: [fn(&At) -> Rule; 10] = [
        anticipation,
        comparisons_and_chances,
        plans_and_starts,
        modals,
        warnings,
        schedules,
        infinitives,
        timetables_and_auxiliaries,
        past_forms,
        participles,
    ];
    for group in groups {
        if let Rule::Decides(marker) = group(&at) {
            return marker;
        }
    }
    None
}

/// What a group of rules made of a word: one of its rules decided the
/// word's marker (which may be none: the word marks nothing, and no later
/// rule is asked), or none applied and the next group is asked.
enum Rule {
    Decides(Option<Tense>),
    Next,
}

/// Word `k` of `words` and its neighbours, which most rules read.
#[derive(Clone, Copy)]
struct At<'w, 'a> {
    words: &'w Words<'a>,
    k: usize,
    /// The word itself.
    l: &'a str,
    /// The word before it ("" at the start of the sentence).
    prev: &'a str,
    /// The word before `prev`.
    prev2: &'a str,
    /// The word after it ("" at the end of the sentence).
    next: &'a str,
}

impl<'w, 'a> At<'w, 'a> {
    fn new(words: &'w Words<'a>, k: usize) -> Self {
        let word = |k: usize| words.word(k);
        let l = word(k);
        let prev = words.back(k, 1);
        let prev2 = words.back(k, 2);
        let next = word(k + 1);
        At {
            words,
            k,
            l,
            prev,
            prev2,
            next,
        }
    }

    /// Whether a "has" or "have" stands one or two words before word `k`.
    fn perfect(&self, k: usize) -> bool {
        // Future-in-the-past ("had been scheduled", "was due") reads as past.
        // ("has been scheduled for Monday", "have been warned of closures on
        // Thursday" still look ahead.)
        (1..=2).any(|d| matches!(self.words.back(k, d), "has" | "have" | "s" | "ve"))
    }

    /// Whether the word is told from the past: "was", "were", "had" or a
    /// "been" outside a present perfect before it, or before an adverb
    /// before it.
    fn past_aux(&self) -> bool {
        // (Asked only by the rules for a few words: worked out when asked.)
        let At { k, prev, prev2, .. } = *self;
        matches!(prev, "was" | "were" | "had")
            || prev == "been" && !self.perfect(k - 1)
            || (matches!(prev2, "was" | "were" | "had") || prev2 == "been" && !self.perfect(k - 2))
                && prev.ends_with("ly")
    }
}

/// Votes, waits, preparations and forecasts, and days declared holidays:
/// each tells of something still to come, unless the telling itself is
/// set earlier ("was awaiting", "had prepared for").
fn anticipation(at: &At) -> Rule {
    let At {
        words,
        k,
        l,
        prev,
        next,
        ..
    } = *at;
    let word = |k: usize| words.word(k);
    // Getting ready for something, forecasting it: it lies ahead, unless
    // the readiness is told as earlier ("had prepared for"). Not the noun
    // ("because of forecast thunderstorms", "raised its forecast"), which
    // "forecast" itself mostly is ("cut its revenue forecast for the
    // quarter"): that is a verb only after an auxiliary, a subject pronoun
    // or "than", or before its object ("the agency forecast more rain").
    let forecast = || {
        words.is(k, class::FORECAST)
        && prev != "of"
        && !DETERMINERS.contains(&prev)
        // "see" forecasts only as a present ("markets see a cut in
        // November"), not as seeing ("came to see the damage on Tuesday").
        && !(l == "see" && words.is(k.wrapping_sub(1), class::BASE_BEFORE))
        && (l != "forecast"
            || matches!(
                next,
                "a" | "an"
                    | "the"
                    | "more"
                    | "that"
                    | "further"
                    | "heavy"
                    | "rain"
                    // "the Weather Service forecast sunny skies and highs
                    // in the low 90s", "the IMF forecast growth of 3%":
                    // what is forecast, so a verb.
                    | "sunny"
                    | "snow"
                    | "showers"
                    | "highs"
                    | "lows"
                    | "temperatures"
                    | "winds"
                    | "storms"
                    | "thunderstorms"
                    | "growth"
                    | "inflation"
                    | "sales"
                    | "profits"
                    | "earnings"
                    | "losses"
                    | "revenue"
                    | "prices"
            )
            || matches!(
                prev,
                "has"
                    | "have"
                    | "had"
                    | "is"
                    | "are"
                    | "was"
                    | "were"
                    | "be"
                    | "been"
                    | "to"
                    | "than"
                    | "also"
                    | "it"
                    | "they"
                    | "he"
                    | "she"
                    | "we"
                    | "forecasters"
            ))
        // "inflation is seen peaking in the summer": the market's forecast.
        || SEEN.contains(&l)
            && matches!(prev, "is" | "are")
            && matches!(
                next,
                "peaking" | "rising" | "falling" | "slowing" | "growing" | "easing" | "climbing"
                    | "dropping" | "reaching" | "hitting" | "remaining" | "staying" | "returning"
            )
    };
    // "Poles vote on Sunday", "Britons vote Thursday": a people votes on
    // the day ahead ("a confidence vote on Dec. 16", "the vote on
    // Sunday" are the noun).
    if VOTE.contains(&l)
        && prev.len() > 3
        && prev.ends_with('s')
        && !prev.ends_with("ss")
        && (matches!(next, "on" | "in" | "today" | "tomorrow")
            || matches!(
                classify_in(next.as_bytes(), 0, next.len()),
                Lex::Weekday { .. }
            ))
    {
        return Rule::Decides(Some(Tense::Future));
    }
    // "Investors are focusing on Friday's employment report", "markets
    // await Thursday's decision", "investors turn to Friday's jobs
    // report": what is awaited lies ahead.
    if AWAIT.contains(&l) || FOCUS.contains(&l) && next == "on" || TURN.contains(&l) && next == "to"
    {
        return Rule::Decides(Some(if at.past_aux() {
            Tense::Past
        } else {
            Tense::Future
        }));
    }
    // ("are preparing listings for the third quarter", "is readying a
    // bid for": what is being got ready is for a time ahead too.)
    let object_for = || {
        !l.ends_with("ed")
            && (2..=3)
                .find(|&d| word(k + d) == "for")
                .is_some_and(|d| (1..=d).all(|j| !words.comma_before(k + j)))
    };
    if words.is(k, class::ANTICIPATE) && (next == "for" || object_for()) || forecast() {
        return Rule::Decides(Some(if prev == "had" {
            Tense::Past
        } else {
            Tense::Future
        }));
    }
    // "Tuesday and Wednesday have been declared public holidays": a day
    // set aside is still to come (as "declared Thursday a holiday" is, a
    // lead-in).
    if DECLARED.contains(&l)
        && (1..=4).any(|d| matches!(word(k + d), "holiday" | "holidays" | "mourning"))
    {
        return Rule::Decides(Some(Tense::Future));
    }
    Rule::Next
}

/// Phrases that set a time against a figure or a chance rather than tell
/// of an event: a figure compared "from" an earlier one, what is "likely"
/// on a day, a record counted "since" a date.
fn comparisons_and_chances(at: &At) -> Rule {
    let At {
        words,
        k,
        l,
        prev,
        next,
        ..
    } = *at;
    let word = |k: usize| words.word(k);
    // "up from 35 per cent in the spring": the figure compared with is
    // from before.
    if words.comparison_from(k) {
        return Rule::Decides(Some(Tense::Past));
    }
    // "showers likely on Sunday", "showers were likely over the
    // weekend"; not the adverb of "likely fled on Sunday".
    if LIKELY.contains(&l)
        && matches!(
            next,
            "on" | "in" | "by" | "at" | "from" | "before" | "after" | "over" | "through" | "into"
        )
    {
        return Rule::Decides(Some(Tense::Future));
    }
    // "its highest level since 2010 on Thursday", "the first rise since
    // July 2007 to come in November": a phrase measuring a record, not a
    // clause about the past (but "closed since Wednesday noon" is one
    // phrase with the time).
    // ("will mark 100 years since the start of the battle on Friday": so
    // is an anniversary's count of years.)
    if l == "since"
        && (words.gap_before(k + 1).bytes().any(|b| b.is_ascii_digit())
            || matches!(
                prev,
                "years" | "months" | "weeks" | "days" | "decades" | "centuries"
            )
            || matches!(
                classify_in(next.as_bytes(), 0, next.len()),
                Lex::Month { .. } | Lex::Weekday { .. }
            ) && !matches!(
                classify_in(word(k + 2).as_bytes(), 0, word(k + 2).len()),
                Lex::PartOfDay(_) | Lex::Kw(Kw::Noon | Kw::Midday | Kw::Midnight)
            ))
    {
        return Rule::Decides(None);
    }
    Rule::Next
}

/// Plans, intentions and scheduled starts ("planned for", "plans to",
/// "takes effect", "heading into"): what is planned or about to start
/// lies ahead, unless it is told from the past; the same words as nouns
/// ("vacation plans") mark nothing.
fn plans_and_starts(at: &At) -> Rule {
    let At {
        words,
        k,
        l,
        prev,
        prev2,
        next,
    } = *at;
    // "the flight is targeted for November", "targeted for completion in
    // March": a date aimed at, as "planned for" (not "strikes targeted
    // the capital on Monday").
    if l == "targeted" && next == "for" && !at.past_aux() {
        return Rule::Decides(Some(Tense::Future));
    }
    // Intentions: "planned to leave", "plans to open" (but not the noun
    // "vacation plans").
    if PLAN.contains(&l) {
        // "the launch is planned for the third quarter"
        if l == "planned" && next == "for" && !at.past_aux() {
            return Rule::Decides(Some(Tense::Future));
        }
        // "Celebrations have been planned through the weekend", "a rally
        // is planned in the capital on Sunday"; not "had been planned".
        if l == "planned"
            && matches!(prev, "is" | "are" | "be" | "been" | "being")
            && prev2 != "had"
        {
            return Rule::Decides(Some(Tense::Future));
        }
        // "The union plans a rally at 4:30 p.m. Wednesday", "His family
        // plan a vigil on Sunday": what is planned lies ahead ("were
        // planning a party" was told then).
        if matches!(l, "plan" | "plans" | "planning")
            && DETERMINERS.contains(&next)
            && words.gap_before(k + 1).trim().is_empty()
            && !DETERMINERS.contains(&prev)
        {
            return Rule::Decides(Some(if at.past_aux() {
                Tense::Past
            } else {
                Tense::Future
            }));
        }
        // ("cut the price of its ADSL plan to $39.95 a month on March
        // 14": no infinitive follows, so a thing, not an intention.)
        if next != "to" || words.is(k + 2, class::NOT_VERB) {
            return Rule::Decides(None);
        }
        // ("The committee had planned to meet Tuesday and Wednesday",
        // before the meeting was called off: either side, as below.)
        return Rule::Decides(Some(if prev == "had" {
            Tense::Nearest
        } else {
            Tense::Future
        }));
    }
    // "the ban takes effect Jan. 1", "Powell takes over on Saturday",
    // "Republicans take control of the House on Wednesday",
    // "Wimbledon gets under way on Monday": a scheduled start.
    // ("was due to take effect Tuesday": after "to", the word that
    // governs the infinitive decides.)
    if TAKE.contains(&l)
        && matches!(
            next,
            "effect" | "over" | "office" | "control" | "charge" | "power"
        )
        || GET.contains(&l) && next == "under" && words.word(k + 2) == "way"
    {
        return Rule::Decides((prev != "to").then_some(Tense::Future));
    }
    // "heading into the final session of the decade on Tuesday"; "was
    // heading for Paris on Monday" looks back.
    if HEADING.contains(&l) && matches!(next, "into" | "toward" | "towards" | "for") {
        return Rule::Decides(Some(if at.past_aux() {
            Tense::Past
        } else {
            Tense::Future
        }));
    }
    // "next to the embassy" is a place.
    if l == "next" && next == "to" {
        return Rule::Decides(None);
    }
    Rule::Next
}

/// Modal verbs ("must", "could", the "'d" of "would", "can"): the modal
/// decides for the verb after it, a duty, a possibility or a wish looking
/// ahead, and "must have", "could not" or the "'d" of "had" looking back.
fn modals(at: &At) -> Rule {
    let At {
        words, k, l, next, ..
    } = *at;
    let word = |k: usize| words.word(k);
    // "could close Friday" is a possibility ahead; "could not be reached
    // Wednesday" and "could have won" look back, and "could be located
    // Wednesday" may do either.
    // "must pass both Houses by the end of March"; "must have known"
    // looks back, and so does a duty reported as earlier ("had ruled
    // that the tanker must be handed back ... and set Friday as the
    // deadline").
    if MUST.contains(&l) {
        let reported = (2..=4).filter_map(|d| k.checked_sub(d)).any(|j| {
            word(j) == "that"
                && j > 0
                && (word(j - 1).ends_with("ed") || words.is(j - 1, class::IRREGULAR_PAST))
        });
        return Rule::Decides(Some(if next == "have" || reported {
            Tense::Past
        } else {
            Tense::Future
        }));
    }
    if COULD.contains(&l) {
        let after_be = word(k + 2);
        return Rule::Decides(match next {
            // "further action over the bank holiday could not be ruled
            // out": a possibility still open.
            "not" if after_be == "be" && matches!(word(k + 3), "ruled" | "excluded") => {
                Some(Tense::Future)
            }
            // "could have a common currency by the summer": "have" with
            // an object is a possibility ahead ("could have been" and
            // "could have won" look back).
            "have"
                if DETERMINERS.contains(&after_be)
                    || matches!(after_be, "no" | "some" | "more" | "enough") =>
            {
                Some(Tense::Future)
            }
            "not" | "have" | "never" => Some(Tense::Past),
            // "a rule could be released by the spring": a passive looks
            // ahead as the active does, when a phrase of time ahead follows
            // ("could be located Wednesday" may tell of the past).
            // ("lost days could be made up in the spring": a particle may
            // come between.)
            "be" if (after_be.ends_with("ed") || words.is(k + 2, class::IRREGULAR_PAST)) && {
                let p = usize::from(matches!(
                    word(k + 3),
                    "up" | "out" | "off" | "back" | "down"
                ));
                matches!(
                    word(k + 3 + p),
                    "by" | "in" | "before" | "within" | "next" | "later"
                )
            } =>
            {
                Some(Tense::Future)
            }
            // ... or the day itself: "a joint statement could be issued
            // Thursday", "a deal could be announced as early as Tuesday";
            // but whether someone could be found or reached is told after
            // the fact ("could be located Wednesday").
            "be" if (after_be.ends_with("ed") || words.is(k + 2, class::IRREGULAR_PAST))
                && !matches!(
                    after_be,
                    "located"
                        | "reached"
                        | "found"
                        | "contacted"
                        | "confirmed"
                        | "verified"
                        | "determined"
                        | "identified"
                        | "traced"
                )
                && {
                    let d = match word(k + 3) {
                        "on" => 4,
                        "as" if word(k + 4) == "early" && word(k + 5) == "as" => 6,
                        _ => 3,
                    };
                    let w = word(k + d);
                    matches!(
                        classify_in(w.as_bytes(), 0, w.len()),
                        Lex::Weekday { .. } | Lex::Month { .. }
                    )
                } =>
            {
                Some(Tense::Future)
            }
            // ... and so does a state with a deadline: "many carriers
            // could be bankrupt by the end of May", "there could be
            // 10,000 new cases a week by December".
            "be" if (3..=8)
                .find(|&d| matches!(word(k + d), "by" | "before" | "within"))
                .is_some_and(|d| (2..=d).all(|e| !words.comma_before(k + e))) =>
            {
                Some(Tense::Future)
            }
            // "as much as we could in January": no verb of its own.
            "be" | "in" | "on" | "at" | "during" | "before" | "after" => None,
            _ => Some(Tense::Future),
        });
    }
    // "We'd rather find out on Saturday", "I'd love to go on Friday": the
    // "'d" of "would" before a wish looks ahead; "they'd left on Monday"
    // is "had", and looks back.
    if APOSTROPHE_D.contains(&l) && words.gap_before(k).ends_with(['\'', '\u{2019}']) {
        return Rule::Decides(
            if matches!(next, "rather" | "like" | "love" | "prefer" | "hate") {
                Some(Tense::Future)
            } else if next.ends_with("ed") || words.is(k + 1, class::IRREGULAR_PAST) {
                Some(Tense::Past)
            } else {
                None
            },
        );
    }
    // "can be crowned champions on Sunday", "can apply from Monday",
    // "cannot sustain such fares through the summer": a negation looks
    // ahead too, save a memory ("can't remember Friday's meeting").
    if CAN.contains(&l) {
        let verb = match next {
            "t" | "not" | "never" => word(k + 2),
            _ => next,
        };
        return Rule::Decides((!matches!(verb, "remember" | "recall")).then_some(Tense::Future));
    }
    Rule::Next
}

/// Warnings: what a warning is of lies ahead of the warning, so only a
/// warning told as earlier looks back.
fn warnings(at: &At) -> Rule {
    let At { words, k, l, .. } = *at;
    let word = |k: usize| words.word(k);
    // "Forecasters warned of thunderstorms on Monday afternoon": what a
    // warning is of lies ahead of it; "had been warned of attacks on
    // April 4" tells of an earlier warning.
    // ("warned on Sunday of heavy snow through Tuesday", "warned
    // residents of flooding": "of" a few words on.)
    let warned_of = || {
        (1..=4)
            .find(|&d| word(k + d) == "of")
            .is_some_and(|d| (1..=d).all(|e| !words.comma_before(k + e)))
    };
    if WARN.contains(&l) && warned_of() {
        return Rule::Decides(Some(if at.past_aux() {
            Tense::Past
        } else {
            Tense::Future
        }));
    }
    Rule::Next
}

/// Schedules ("due", "set", "scheduled", "expected"): a schedule told now
/// looks ahead, but one given up, first planned, or reported from the
/// past may have come and gone, and takes the nearest date or the present.
fn schedules(at: &At) -> Rule {
    let At {
        words,
        k,
        l,
        prev,
        prev2,
        next,
    } = *at;
    // A plan given up ("which had been due Friday", "had been due to
    // run until Wednesday") may still have lain ahead: the nearest date
    // is meant.
    let given_up = || prev == "been" && prev2 == "had";
    // "a meeting originally scheduled for May 13, now postponed",
    // "originally due in the fall": the first plan's date may have passed
    // or not; the nearest one is meant.
    let first_plan = || matches!(prev, "originally" | "initially" | "previously" | "earlier");
    // "results are due on Feb. 27", "due out Tuesday", "due to report";
    // not "due process" or "due diligence".
    if DUE.contains(&l)
        && (matches!(
            next,
            "on" | "in" | "by" | "at" | "out" | "back" | "for" | "next" | "from"
        ) || matches!(
            classify_in(next.as_bytes(), 0, next.len()),
            Lex::Weekday { .. } | Lex::Month { .. }
        ))
    {
        return Rule::Decides(Some(if given_up() || first_plan() {
            Tense::Nearest
        } else if at.past_aux() {
            Tense::Past
        } else {
            Tense::Future
        }));
    }
    // "due to weak demand" gives a cause, "due to report" a schedule.
    if DUE.contains(&l) && next == "to" && !words.is(k + 2, class::DUE_TO_VERB) {
        return Rule::Decides(given_up().then_some(Tense::Nearest));
    }
    // "The ministry set up a committee on Saturday", "the discovery on
    // Dec. 23 set back hopes": the phrasal verb, told in the past, not a
    // schedule ("is set for").
    if SET.contains(&l)
        && matches!(next, "up" | "out" | "aside" | "back" | "off")
        && !after_base(words, k)
        && !matches!(prev, "to" | "is" | "are" | "be" | "being" | "s")
    {
        return Rule::Decides(Some(Tense::Past));
    }
    // "failed after its scheduled arrival on Christmas Day", "the
    // expected ruling on Friday": a plan named as a thing, after a
    // determiner, may have come or not; the clause decides.
    if words.is(k, class::FUTURE) && l.ends_with("ed") && DETERMINERS.contains(&prev) {
        return Rule::Decides(None);
    }
    // (A first plan "scheduled" reads as the present: a weekday then looks
    // ahead, other dates take the nearest.)
    if words.is(k, class::FUTURE) && first_plan() {
        return Rule::Decides(Some(Tense::Present));
    }
    if words.is(k, class::FUTURE) {
        if given_up() {
            return Rule::Decides(Some(Tense::Nearest));
        }
        // "is set for trial in the fall": a date fixed ahead; so in a
        // headline, which drops the "is" ("BRITAIN SET FOR RECORD HEAT AT
        // THE WEEKEND").
        let set_for = l == "set"
            && next == "for"
            && (matches!(prev, "is" | "are" | "s" | "been") || words.headline());
        if matches!(
            l,
            "set" | "going" | "due" | "poised" | "slated" | "supposed"
        ) && next != "to"
            && !set_for
            // ("advised drivers to set off before 10am": an infinitive,
            // for the intention below.)
            && prev != "to"
        {
            return Rule::Decides(None);
        }
        // "further rain was expected on Tuesday": an expectation reported
        // in the past may still lie ahead, and is read as the present (a
        // weekday then looks ahead, other dates take the nearest), and so
        // is a schedule ("the awards ceremony was scheduled for Tuesday
        // morning", written on the Monday). Not after "had" (see
        // `given_up`).
        // So is a plan told with "was due to" ("schools, which were due to
        // reopen on Monday"); one that "had been due" was given up, and so
        // was one whose sentence goes on to what "has been" done with it,
        // which may have been due on either side of the document date ("A
        // fee cut that was due to take effect Tuesday has been put off",
        // written on the Wednesday; "a convoy that was due to leave
        // Saturday has been postponed", on the Friday): the nearest.
        let undone = || {
            (k + 2..k + 14)
                .any(|j| matches!(words.word(j), "has" | "have") && words.word(j + 1) == "been")
        };
        if at.past_aux() && matches!(prev, "was" | "were") && l == "due" && undone() {
            return Rule::Decides(Some(Tense::Nearest));
        }
        if at.past_aux()
            && matches!(prev, "was" | "were")
            && matches!(l, "expected" | "scheduled" | "slated" | "due")
        {
            return Rule::Decides(Some(Tense::Present));
        }
        // "was supposed to" tells a plan that was mostly not kept, come
        // or not yet come: the nearest date is meant ("I was supposed to
        // be home for Christmas", in October; "the conference was
        // supposed to close Wednesday evening", on Thursday).
        if at.past_aux() && l == "supposed" && matches!(prev, "was" | "were") {
            return Rule::Decides(Some(Tense::Nearest));
        }
        if at.past_aux() {
            return Rule::Decides(Some(Tense::Past));
        }
        return Rule::Decides(Some(Tense::Future));
    }
    Rule::Next
}

/// Infinitives and base forms: after "to" an intention, a clause opened by
/// "with" or a plan told with "is to" looks ahead; after a modal, "not" or
/// "to", a base form marks nothing of its own, since the word before it
/// decides.
fn infinitives(at: &At) -> Rule {
    let At {
        words,
        k,
        l,
        prev,
        prev2,
        ..
    } = *at;
    let word = |k: usize| words.word(k);
    // "hoped to form ... by Tuesday", "ordered everyone still in the city
    // to leave by Wednesday": the infinitive of an intention looks ahead.
    // Up to six words may stand between the intention and its "to".
    // An intention told as earlier ("had threatened to declare a state
    // on May 4", "had hoped to raise production in the fourth quarter")
    // may have come and gone or still lie ahead: the nearest date is
    // meant, as for a plan given up ("had been due to").
    if prev == "to"
        && let Some(j) = (2..=8)
            .filter_map(|d| k.checked_sub(d))
            .find(|&j| words.is(j, class::INTENT))
        && !words.is(k, class::NOT_VERB)
        // "in a telephone call to President Bush": a name, no verb.
        && !words.is(k, class::NAME)
        // "made a promise to voters in November": a plural noun, not an
        // infinitive.
        && !(l.ends_with('s') && !l.ends_with("ss") && !l.ends_with("us"))
    {
        return Rule::Decides(Some(match words.back(j, 1) {
            "had" => Tense::Nearest,
            // "waiting lists were likely to rise again over the winter",
            // "the Fed was likely to cut again when it next meets on Aug.
            // 21": a forecast, even one reported in the past, is of what
            // lies ahead.
            "was" | "were" if matches!(word(j), "likely" | "unlikely") => Tense::Future,
            // "were allowed to return home Monday evening": a permission
            // told in the past was used then ("stores permitted to open
            // at 8 a.m. Wednesday" looks ahead).
            "was" | "were" if matches!(word(j), "allowed" | "permitted") => Tense::Past,
            // "Pubs were ordered to close on Christmas Eve", written days
            // after it: an order told in the passive may have been carried
            // out already; the nearest date is meant ("were ordered to
            // leave on Sunday", written on Monday).
            "was" | "were" => Tense::Nearest,
            // "The shares will be allowed to trade in June": a permission
            // still to be given is used later still.
            "be" if matches!(word(j), "allowed" | "permitted") => Tense::Future,
            // "Barak allowed the crossing to open for several hours on
            // Monday": a permission given may have been used already.
            _ if matches!(word(j), "allowed" | "permitted") => Tense::Nearest,
            // "agreed to buy Orbis on Feb. 5", written in March: a deal
            // or decision told may have been carried out already. Read
            // as the present: a weekday then looks ahead ("agreed to
            // meet again on Friday"), other dates take the nearest.
            _ if matches!(word(j), "agreed" | "decided") => Tense::Present,
            _ => Tense::Future,
        }));
    }
    // "With counting to resume on Monday, ...": an infinitive in a clause
    // opened by "with" is what is still to come.
    if prev == "to"
        && !words.is(k, class::NOT_VERB)
        && let Some(j) = (2..=5)
            .filter_map(|d| k.checked_sub(d))
            .find(|&j| word(j) == "with")
        && (j == 0 || words.gap_before(j).contains(','))
    {
        return Rule::Decides(Some(Tense::Future));
    }
    // "The study is to appear in Thursday's issue": a plan told now.
    if prev == "to"
        && matches!(prev2, "is" | "are")
        && !words.is(k, class::NOT_VERB)
        && l != "blame"
    {
        return Rule::Decides(Some(Tense::Future));
    }
    // "trials, to be held in August, will ...", "a plant to be completed
    // in 2010": what is to be done lies ahead; "found to be", "used to be"
    // say nothing of when, and after a word of schedules that word tells
    // ("had been scheduled to be priced Friday").
    if l == "be"
        && prev == "to"
        && !words.is(k.saturating_sub(2), class::FUTURE)
        && !matches!(
            prev2,
            "found"
                | "said"
                | "known"
                | "believed"
                | "reported"
                | "thought"
                | "appeared"
                | "appears"
                | "seemed"
                | "seems"
                | "proved"
                | "shown"
                | "claimed"
                | "alleged"
                | "used"
                | "happened"
                | "about"
        )
    {
        return Rule::Decides(Some(Tense::Future));
    }
    // "will meet", "could set", "to cut": a base form; the word before
    // it decides ("would also shut on Friday": past an adverb too).
    // (Not across a comma: "Schools, which resumed classes in May, close
    // for the holidays on Friday".)
    if after_base(words, k) && !matches!(l, "was" | "were" | "had" | "did") {
        return Rule::Decides(None);
    }
    Rule::Next
}

/// Timetable verbs and the auxiliaries that stand near them: "polls open",
/// "holidays end", "has one more chance" are the present of a timetable,
/// unless a noun of the same spelling or an auxiliary ("is going", "was
/// to", "has been") takes the decision.
fn timetables_and_auxiliaries(at: &At) -> Rule {
    let At {
        words,
        k,
        l,
        prev,
        prev2,
        next,
    } = *at;
    let word = |k: usize| words.word(k);
    // "Polls open at 7 a.m. Tuesday", "markets close at noon Friday": a
    // timetable; not the adjective ("remained open until Tuesday", "close
    // to midnight") nor the noun ("at the close on Friday").
    if OPEN_CLOSE.contains(&l) {
        // "since its record close on Feb. 19": the noun.
        let noun = DETERMINERS.contains(&prev2)
            && matches!(
                prev,
                "record" | "strong" | "weak" | "firm" | "final" | "previous" | "weekly" | "daily"
            );
        let adjective = noun
            || matches!(
                prev,
                "remain"
                    | "remains"
                    | "remained"
                    | "stay"
                    | "stays"
                    | "stayed"
                    | "keep"
                    | "keeps"
                    | "kept"
                    | "be"
                    | "been"
                    | "being"
                    | "is"
                    | "are"
                    | "was"
                    | "were"
                    | "the"
                    | "a"
                    | "its"
                    | "their"
                    | "very"
                    | "too"
                    | "s"
            );
        // "since the Berlin Wall was thrown open Thursday night": a
        // participle before it tells how something was opened.
        if matches!(
            prev,
            "thrown"
                | "flung"
                | "forced"
                | "blown"
                | "swung"
                | "burst"
                | "broken"
                | "pried"
                | "prised"
                | "cut"
                | "split"
                | "ripped"
                | "torn"
                | "kicked"
                | "wide"
        ) {
            return Rule::Decides(Some(Tense::Past));
        }
        return Rule::Decides(
            (!adjective && !matches!(next, "to" | "of")).then_some(Tense::Future),
        );
    }
    // "School holidays end on Tuesday", "Investors return on Monday";
    // not the nouns ("the end of", "a return on capital").
    let noun_end = || {
        matches!(l, "end" | "return")
        && (DETERMINERS.contains(&prev) || prev == "tax" || next == "of")
        // "asset freezes and travel bans on Monday", "the start date":
        // the first half of a compound noun.
        || words.is(k, class::PLURAL_TIMETABLE)
            && (matches!(
                next,
                "ban" | "bans" | "restrictions" | "plans" | "industry" | "agency" | "agents"
                    | "advisory" | "advisories" | "costs" | "date" | "time" | "season" | "games"
            )
            // "gave a go-ahead on Tuesday night", "an early start", "the
            // run-up", "watched Moe's run on Sunday": a noun.
            || DETERMINERS.contains(&prev)
            // "suspended most travel from Europe", "halted all play": a
            // quantified noun.
            || matches!(prev, "all" | "most" | "some" | "any" | "no")
            || prev == "s"
            || words.gap_before(k + 1) == "-"
            // "rain washed out play on Monday", "interrupted play for two
            // hours", "waited on hold on Monday", "in return": the object
            // of a particle, a preposition or a past verb.
            || matches!(
                prev,
                "out" | "up" | "off" | "down" | "of" | "for" | "with" | "on" | "in" | "at" | "into"
            )
            || prev.len() > 3
                && prev.ends_with("ed")
                && !k.checked_sub(1).is_some_and(|j| words.is(j, class::NAME))
            // "let the ground offensive begin Saturday night": a bare
            // infinitive after "let" or "made", no present.
            || (1..=4).any(|d| matches!(words.back(k, d), "let" | "lets" | "made" | "helped")))
    };
    // "The second quarter is going to be catastrophic": "going" decides
    // (so does "about" before "to"; not in "are about 2C above normal").
    let about_to = || next == "about" && word(k + 2) == "to";
    if matches!(l, "is" | "are") && (next == "going" || about_to()) {
        return Rule::Decides(None);
    }
    // "he has one more chance on Friday", "they have a meeting on
    // Monday": "has" and "have" with an object, not an auxiliary, are
    // the present.
    if HAVE.contains(&l)
        && (DETERMINERS.contains(&next)
            || matches!(
                next,
                "one" | "two" | "three" | "no" | "another" | "more" | "only" | "just"
            ))
    {
        return Rule::Decides(Some(Tense::Present));
    }
    // "Trading has been thin since Christmas", "have been in talks since
    // Monday": "been" as the verb itself, not an auxiliary before a
    // participle ("has been postponed", "has been due to"), is a
    // present perfect, which looks back.
    // (Past an adverb: "has been fully sequenced".)
    if BEEN.contains(&l) {
        let v = if next.ends_with("ly") { k + 2 } else { k + 1 };
        let verb = word(v);
        let auxiliary = verb.ends_with("ed")
            || verb.ends_with("en")
            || verb.ends_with("ing")
            || words.is(v, class::IRREGULAR_PAST)
            || matches!(
                verb,
                "due" | "set" | "put" | "cut" | "shut" | "hit" | "told" | "able"
            );
        if at.perfect(k) && !auxiliary {
            return Rule::Decides(Some(Tense::Past));
        }
    }
    // "The deadline had run out at midnight Tuesday": after a perfect's
    // auxiliary "run" is the participle, which looks back, not the plural
    // of the timetable ("the trains run on Sunday").
    if l == "run" && (1..=2).any(|d| matches!(words.back(k, d), "had" | "has" | "have" | "ve")) {
        return Rule::Decides(Some(Tense::Past));
    }
    // "am" is a verb only after "I" ("9.30am" is a clock time).
    if words.is(k, class::PRESENT) && (l != "am" || prev == "i") && !noun_end() {
        return Rule::Decides(Some(Tense::Present));
    }
    // "159 runs", "two closes" are nouns, and so are "Media reports on
    // Tuesday said" and "track meets" ("Google reports results on
    // Thursday" is the verb).
    // (After a name inside the sentence it is the company's verb again:
    // "Heritage Financial reports on Thursday".)
    let noun_report = || {
        l == "reports"
            && (matches!(
                next,
                "on" | "that" | "said" | "say" | "of" | "in" | "from" | "were" | "by" | "to" | "for"
            ) && !k.checked_sub(1).is_some_and(|j| words.is(j, class::NAME))
                || matches!(prev, "media" | "news" | "press" | "the"))
            || l == "meets" && matches!(prev, "track" | "swim" | "the")
            || l == "releases" && matches!(prev, "press" | "news")
            // "fell to 1.5212 German marks from 1.5370 on Thursday": money.
            || l == "marks" && matches!(prev, "german" | "deutsche" | "finnish")
            // After an article or a possessive it is a noun: "filed their
            // returns by Wednesday", "the Senate's votes on Monday"; so after
            // a preposition: "began with reports about Weinstein in October".
            || DETERMINERS.contains(&prev)
            || prev == "s"
            // "Falls over Easter brought little relief": a sentence does not
            // open with a verb of the present.
            || k == 0
            // (Not past a number, which closes a noun of its own: "the round
            // of 16 begins Thursday".)
            || matches!(prev, "with" | "of" | "about" | "amid" | "from" | "despite" | "among")
                && !words.after_number(k)
    };
    // ("The round of 16 begins Thursday": the number closes the noun
    // before it; "had received 98.4 million returns as of April 4": a
    // counted noun is no verb.)
    let counted = || {
        (words.after_number(k)
            || matches!(
                prev,
                "hundred" | "thousand" | "million" | "billion" | "trillion"
            ))
            && prev != "of"
    };
    if words.is(k, class::TIMETABLE) && !counted() && !noun_report() {
        return Rule::Decides(Some(Tense::Future));
    }
    // "were planning to drive Saturday": the intention decides, not "were".
    if matches!(l, "was" | "were") && (matches!(next, "planning" | "going") || about_to()) {
        return Rule::Decides(None);
    }
    // "was to brief the Knesset on Wednesday": a plan told from the past,
    // which may lie either side of the document date; the nearest day is
    // meant. ("was to have been signed yesterday" did not happen, and
    // "was to blame" is no plan.)
    if WAS.contains(&l) && next == "to" && !matches!(word(k + 2), "have" | "blame") {
        return Rule::Decides(Some(Tense::Present));
    }
    Rule::Next
}

/// Past forms that tell of no past event: an irregular past that is a
/// noun ("a shot on Friday"), a state after "with" ("with US markets
/// shut"); and a verb whose past is its base, which with its object does
/// tell of the past ("cut its rate").
fn past_forms(at: &At) -> Rule {
    let At {
        words,
        k,
        l,
        prev,
        prev2,
        next,
    } = *at;
    // "will review the new bid on Tuesday", "a shot on Friday": after an
    // article or a possessive, and perhaps an adjective of offers, an
    // irregular past that is also a noun is the noun. ("The first went
    // off at 2:49 p.m.": "first" stands for a noun.)
    if words.is(k, class::IRREGULAR_PAST)
        && !l.ends_with("ed")
        && (DETERMINERS.contains(&prev)
            || DETERMINERS.contains(&prev2)
                && matches!(
                    prev,
                    "new" | "latest" | "rival" | "revised" | "higher" | "hostile"
                ))
    {
        return Rule::Decides(None);
    }
    // "with US markets shut on Tuesday": a closure after "with" and its
    // noun is a state, not a past event (unlike "with Haaland, signed in
    // June").
    // So is a task with a deadline: "with draft legislation published by
    // 25 January".
    if (matches!(l, "shut" | "closed") || l.ends_with("ed") && next == "by")
        && (2..=4).any(|d| words.back(k, d) == "with")
        && !matches!(prev, "was" | "were" | "had" | "has" | "have")
    {
        return Rule::Decides(None);
    }
    // "The Fed last cut its discount rate on Sept. 13", "Inflation hit 3%
    // in September": a verb whose past is its base, with its object or a
    // figure after it and no modal or "to" before, tells of the past (the
    // noun, "a rate cut on Friday", has no object). (A base form, after a
    // modal or "to", has been set aside above.)
    // ("The Federal Reserve cut interest rates ... on Sept. 29": a noun
    // object too, after a subject that is no noun of cuts, "a rate cut".)
    let noun_object = || {
        l == "cut"
            && !DETERMINERS.contains(&prev)
            && !matches!(
                prev,
                "rate" | "tax" | "price" | "pay" | "job" | "budget" | "spending" | "power" | "s"
            )
            && matches!(
                next,
                "rates"
                    | "interest"
                    | "base"
                    | "taxes"
                    | "prices"
                    | "jobs"
                    | "spending"
                    | "costs"
                    | "output"
                    | "production"
                    | "staff"
                    | "wages"
                    | "fares"
            )
    };
    if SAME_PAST.contains(&l)
        && !matches!(prev, "t" | "do" | "does")
        && (noun_object()
            || matches!(
                next,
                "its" | "their" | "his" | "her" | "our" | "the" | "a" | "an" | "back"
            )
            || words.gap_before(k + 1).bytes().any(|b| b.is_ascii_digit()))
    {
        return Rule::Decides(Some(Tense::Past));
    }
    Rule::Next
}

/// Participles and "-ed" pasts: one in a condition looks ahead or takes
/// the nearest date; one that is an adjective, follows a modal, or stands
/// in a passive or after a linking verb marks nothing, since the word that
/// governs it decides; any other tells of the past.
fn participles(at: &At) -> Rule {
    let At {
        words,
        k,
        l,
        prev,
        prev2,
        next,
    } = *at;
    let word = |k: usize| words.word(k);
    // "unspecified", "untouched", "unnamed": adjectives, not past verbs
    // (but "unveiled", "uncovered" are verbs).
    // (A capitalised word inside a sentence is part of a name: "the
    // Senate Armed Services Committee", "the United Nations".)
    let participle = !words.is(k, class::NAME)
        && (words.is(k, class::IRREGULAR_PAST)
            || (l.len() >= 5
                && l.ends_with("ed")
                && (!l.starts_with("un") || UN_VERBS.contains(&l))
                && !words.is(k, class::NOT_PAST_ED)));
    // A participle in a condition: "if" or "unless" up to six words
    // before it, with no comma between ("if no agreement was reached
    // before 6 April": the subject may stand between).
    let condition = || {
        (1..=6)
            .find(|&d| matches!(words.back(k, d), "if" | "unless"))
            .filter(|&d| (1..d).all(|e| !words.comma_before(k + 1 - e)))
    };
    if participle && let Some(d) = condition() {
        // In the present passive it is still to be met: "will strike if
        // no agreement is reached by 11:59 p.m. Sunday", "unless a
        // contract is reached before Thursday".
        if matches!(prev, "is" | "are") && d >= 2 {
            return Rule::Decides(Some(Tense::Future));
        }
        // Reported from the past ("offered to keep the price if Ukraine
        // accepted the market rate from April") it may lie either side
        // of the document date: the nearest date is meant.
        if d <= 5 && words.back(k, d) == "if" {
            return Rule::Decides(Some(Tense::Nearest));
        }
    }
    // Only an "-ed" participle needs these checks.
    if participle && l.ends_with("ed") {
        // An adjective: "an advanced engine", "the six-wheeled rover", "a
        // highly skilled crew", "for every affected car" (not
        // "re-elected", "co-founded"); and a participle that adds to the
        // clause: ", followed by physics on Tuesday".
        let determiner = |w: &str| {
            DETERMINERS.contains(&w) || matches!(w, "some" | "more" | "most" | "every" | "each")
        };
        let compound = words.gap_before(k) == "-"
            && !matches!(
                prev,
                "re" | "co" | "pre" | "de" | "mis" | "over" | "under" | "out"
            );
        // Right after a preposition it is one too: "decide on accelerated
        // approval by Jan. 6", "with increased security on Friday", "to
        // restart its lines at reduced rates by Saturday".
        let preposition = |w: &str| {
            matches!(
                w,
                "on" | "at"
                    | "in"
                    | "by"
                    | "with"
                    | "for"
                    | "of"
                    | "from"
                    | "into"
                    | "about"
                    | "under"
                    | "against"
                    | "without"
            )
        };
        // ("its next crewed flight", "the first manned landing")
        let ordinal = matches!(
            prev,
            "next" | "first" | "second" | "third" | "last" | "final" | "new" | "latest" | "only"
        );
        let adjective = determiner(prev)
            || preposition(prev)
            || ((prev.ends_with("ly") || ordinal) && determiner(prev2))
            || compound;
        // ("followed on Sunday by the men's final" too.)
        let added = matches!(l, "followed" | "preceded")
            && (1..=4).any(|d| word(k + d) == "by")
            && words.gap_before(k).contains(',');
        // The state something is kept or left in: "urged families to keep
        // doors locked through the holiday weekend", "schools will remain
        // closed on Monday".
        let kept = (1..=3).any(|d| {
            matches!(
                words.back(k, d),
                "keep" | "keeps" | "keeping" | "leave" | "leaves" | "leaving"
            ) && (d == 1 || (1..d).all(|e| !words.comma_before(k + 1 - e)))
        }) || matches!(prev, "remain" | "remains" | "stay" | "stays");
        if adjective || added || kept {
            return Rule::Decides(None);
        }
        // After a modal in the same clause an "-ed" word is no past verb:
        // "will meet for the final televised debate at 7.30pm Thursday". A
        // comma, a new subject or a new clause stops the search ("will say it
        // closed ...", "would appeal the decision, announced Wednesday").
        // (A participle heading its own time phrase is its own clause: "will
        // the licences granted in February be revoked", "than the 24C
        // recorded in London on Tuesday".)
        let own_phrase = matches!(
            next,
            "in" | "on" | "at" | "since" | "during" | "last" | "this"
        ) || matches!(
            classify_in(next.as_bytes(), 0, next.len()),
            Lex::Weekday { .. } | Lex::Month { .. } | Lex::Kw(Kw::Yesterday | Kw::Today)
        );
        if !own_phrase {
            let modal = (1..=8).filter_map(|d| k.checked_sub(d)).find_map(|j| {
                let w = word(j);
                if words.gap_before(j + 1).contains([',', ';', '('])
                    || matches!(
                        w,
                        "that"
                            | "which"
                            | "who"
                            | "when"
                            | "after"
                            | "because"
                            | "since"
                            | "said"
                            | "says"
                            | "it"
                            | "he"
                            | "she"
                            | "they"
                            | "we"
                            | "i"
                            | "you"
                            | "and"
                            | "whether"
                            | "if"
                    )
                {
                    return Some(false);
                }
                // ... and right after an infinitive: "expected to publish
                // amended regulations in the spring" (not "expected to be over
                // by Christmas lasted").
                // ("according to figures published on Tuesday": the
                // preposition.)
                // (Not the perfect infinitive, which looks back, "is
                // believed to have crossed the border on Monday", unless
                // it is expected or meant: "expects to have finished the
                // work by Monday".)
                if w == "to" {
                    let preposition =
                        j > 0 && matches!(word(j - 1), "according" | "thanks" | "owing");
                    let ahead =
                        j > 0 && (words.is(j - 1, class::FUTURE) || words.is(j - 1, class::INTENT));
                    return Some(k - j <= 2 && !preposition && (prev != "have" || ahead));
                }
                matches!(
                    w,
                    "will"
                        | "would"
                        | "could"
                        | "should"
                        | "might"
                        | "must"
                        | "shall"
                        | "ll"
                        | "can"
                )
                .then_some(true)
            });
            if modal == Some(true) {
                return Rule::Decides(None);
            }
        }
    }
    if participle {
        // Passives take the tense of their auxiliary, and a participle
        // after a linking verb ("will remain shut through Wednesday")
        // that of the verb.
        let linking = |w: &str| {
            matches!(
                w,
                "be" | "been"
                    | "being"
                    | "is"
                    | "are"
                    | "am"
                    | "remain"
                    | "remains"
                    | "stay"
                    | "stays"
                    | "get"
                    | "gets"
                    | "getting"
            )
        };
        // ... and "are fully booked from Thursday".
        if linking(prev) || (linking(prev2) && prev.ends_with("ly")) {
            return Rule::Decides(None);
        }
        // A second participle shares the auxiliary of the first: "would
        // be printed within ten days and distributed by Christmas".
        let passive_before = || {
            (2..=8)
                .filter_map(|d| k.checked_sub(d))
                .take_while(|&j| !words.gap_before(j + 1).contains([',', ';', '(']))
                .any(|j| {
                    j > 0
                        && linking(word(j - 1))
                        && (word(j).ends_with("ed") || words.is(j, class::IRREGULAR_PAST))
                })
        };
        if matches!(prev, "and" | "or") && passive_before() {
            return Rule::Decides(None);
        }
        return Rule::Decides(Some(Tense::Past));
    }
    Rule::Next
}

/// Whether word `k` follows a modal, "not" or "to", directly or past an
/// adverb ("would still cut", "would also shut"), in the same stretch
/// between commas: then it is a base form, whatever its spelling.
fn after_base(words: &Words, k: usize) -> bool {
    let adverb =
        |w: &str| w.ends_with("ly") || matches!(w, "still" | "also" | "then" | "again" | "now");
    // (The "t" of "didn't", "couldn't" is a "not".)
    let before = |j: usize| {
        (words.is(j, class::BASE_BEFORE) || words.word(j) == "t") && !words.comma_before(j + 1)
    };
    // "would match the offer and cut production": a second verb joined
    // to one in its base form is in it too.
    let joined = k > 2
        && matches!(words.word(k - 1), "and" | "or")
        && (2..=6)
            .take_while(|&d| d < k && !words.comma_before(k + 1 - d))
            .any(|d| before(k - d));
    k > 0
        && (before(k - 1) || k > 1 && before(k - 2) && adverb(words.word(k - 1)) || joined)
        && !words.comma_before(k)
}

#[cfg(test)]
mod tests {
    use super::super::{Scratch, Words};
    use super::{marker, marker_rules};

    /// The early exit of [`marker`] never changes its answer: checked on
    /// every word of the table tests' sentences and of sentences written
    /// to reach the rules of their own.
    #[test]
    fn early_exit_keeps_the_answer() {
        let sentences = crate::time::table_sentences();
        let mut texts: Vec<&str> = sentences.iter().map(String::as_str).collect();
        texts.extend([
            "Poles vote on Sunday. Markets await Thursday's decision, focusing on jobs.",
            "Investors turn to Friday's report. Inflation is seen peaking in the summer.",
            "Tuesday was declared a public holiday. Showers likely on Sunday.",
            "The union plans a rally Wednesday; the launch is planned for May.",
            "The ban takes effect Jan. 1 and the race gets under way on Monday.",
            "Shares were heading into the weekend. It must pass by March; it could close Friday.",
            "Fans can apply from Monday but cannot vote. He warned of storms on Monday.",
            "Results are due on Feb. 27; it set up a panel and was set for trial.",
            "Polls open at 7 a.m. Tuesday and close at noon. She has one more chance on Friday.",
            "Trading has been thin since Christmas. He was to brief them on Wednesday.",
            "The Fed last cut its rate on Sept. 13 and hit 3% in September, up from 2% in May.",
            "Rates were unchanged from March; they hoped to form a government by Tuesday.",
            "The study is to appear Thursday, with counting to resume on Monday.",
        ]);
        let mut scratch = Scratch::default();
        let mut words_checked = 0;
        for text in texts {
            for (i, _) in text.match_indices(' ') {
                if !text.is_char_boundary(i + 2) {
                    continue;
                }
                scratch.tense_at(text, i + 1, i + 2);
                let texts: Vec<&str> = scratch
                    .words
                    .iter()
                    .map(|&(a, b)| &scratch.lower[a..b])
                    .collect();
                let words = Words {
                    lower: &scratch.lower,
                    spans: &scratch.words,
                    texts: &texts,
                    classes: &scratch.classes,
                    markers: &scratch.markers,
                };
                for k in 0..words.len() {
                    assert_eq!(
                        marker(&words, k),
                        marker_rules(&words, k),
                        "word {k} ({:?}) of {text:?}",
                        words.word(k)
                    );
                    words_checked += 1;
                }
            }
        }
        assert!(words_checked > 10_000);
    }
}
