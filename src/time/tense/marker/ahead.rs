//! The first groups of [`marker_rules`](super::marker_rules): words that
//! look ahead to what is awaited, planned, possible or warned of ("markets
//! await", "plans to", "could close", "warned of storms"), and the phrases
//! that set a time against a figure or a chance ("up from", "likely on",
//! "since 2010").

use super::{At, Rule};
use crate::time::lexicon::{Kw, Lex, classify_in};
use crate::time::tense::words::{
    APOSTROPHE_D, APPROACH, AWAIT, CALL, CAN, CLOCKS_CHANGE, COULD, DECLARED, FOCUS, GET, HEADING,
    MUST, OF, PLAN, SEEN, TAKE, TURN, VOTE, WAIT, WARN, class,
};
use crate::time::tense::{DETERMINERS, Tense};

/// Votes, waits, preparations and forecasts, and days declared holidays:
/// each tells of something still to come, unless the telling itself is
/// set earlier ("was awaiting", "had prepared for").
pub(super) fn anticipation(at: &At) -> Rule {
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
        && (!matches!(l, "forecast" | "forecasts")
            || matches!(
                next,
                "a" | "an"
                    | "the"
                    | "higher"
                    | "lower"
                    | "stronger"
                    | "weaker"
                    | "faster"
                    | "slower"
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
        // "The company guided for revenue of $2 billion in Q2": a
        // company's forecast of its own results (not "guided the team to
        // the 2019 title").
        || matches!(l, "guided" | "guides" | "guiding") && next == "for"
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
    // Sunday" are the noun, and so is "with a Commons vote in April",
    // an article before the plural).
    if VOTE.contains(&l)
        && prev.len() > 3
        && prev.ends_with('s')
        && !prev.ends_with("ss")
        && !DETERMINERS.contains(&at.prev2)
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
    // So does what draws near: "Tuesday's deadline is fast approaching",
    // "as Friday's vote looms" (not a figure drawn near: "approaching
    // 10% in October").
    let approach = || APPROACH.contains(&l) && !next.starts_with(|c: char| c.is_ascii_digit());
    // ("the market is waiting for Friday's employment report"; not the
    // noun: "ended the 77-year wait for a champion on Sunday", "Arsenal's
    // wait for a title goes on after Sunday's defeat".)
    let waiting_for = WAIT.contains(&l)
        && next == "for"
        && !DETERMINERS.contains(&prev)
        && !matches!(
            prev,
            "s" | "long" | "year" | "years" | "month" | "week" | "day" | "hour"
        );
    // ("The forecast calls for snow on Sunday": what a forecast or a
    // plan calls for lies ahead; so does the clocks' change, "Clocks fall
    // back one hour early Sunday".)
    let calls_for = CALL.contains(&l)
        && next == "for"
        && matches!(
            prev,
            "forecast" | "forecasts" | "outlook" | "plan" | "plans" | "proposal" | "schedule"
        );
    let clocks = prev == "clocks" && CLOCKS_CHANGE.contains(&l);
    if AWAIT.contains(&l)
        || waiting_for
        || calls_for
        || clocks
        || approach()
        || FOCUS.contains(&l) && next == "on"
        || TURN.contains(&l) && next == "to"
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
    // (Told in the past, what was got ready for may have come since:
    // "police braced for the rally on Monday", written on the Tuesday, is
    // the Monday gone; the nearer of the two days is meant.)
    if words.is(k, class::ANTICIPATE) && (next == "for" || object_for()) || forecast() {
        return Rule::Decides(Some(if prev == "had" {
            Tense::Past
        } else if l.ends_with("ed") && words.is(k, class::ANTICIPATE) {
            Tense::Nearest
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
pub(super) fn comparisons_and_chances(at: &At) -> Rule {
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
    if l == "likely"
        && matches!(
            next,
            "on" | "in" | "by" | "at" | "from" | "before" | "after" | "over" | "through" | "into"
        )
    {
        return Rule::Decides(Some(Tense::Future));
    }
    // "more severe storms were possible through Wednesday": a chance of
    // what lasts to a day is a forecast ("it was possible in 1990 to buy"
    // is no chance of anything to come).
    if l == "possible" && matches!(next, "through" | "into" | "until") {
        return Rule::Decides(Some(Tense::Future));
    }
    // "Powell said a cut in September was possible", "a deal by March
    // was all but certain": a thing to come that a chance is told of,
    // whose date is in the subject (not "it was possible in 1990").
    if matches!(l, "was" | "were")
        && (matches!(
            next,
            "possible" | "likely" | "unlikely" | "probable" | "certain" | "imminent"
        ) || next == "all" && word(k + 2) == "but" && word(k + 3) == "certain")
        && !matches!(prev, "it" | "this" | "that" | "there" | "which" | "what")
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
pub(super) fn plans_and_starts(at: &At) -> Rule {
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
    // A decision taken: "voted to hold a referendum in February", "agreed
    // to close the plant in October". What was decided comes after the
    // deciding, which is past: on either side of the document date, the
    // nearer. The verb decided on carries it, so that the day of the vote,
    // which may stand between, keeps its own: "voted on Tuesday to hold a
    // referendum in May", "agreed unanimously to close". (A deadline,
    // "voted to delay a decision until March", is left to the rule of
    // "until".)
    if prev == "to"
        && let Some(decided) = (2..=4)
            .filter_map(|d| k.checked_sub(d))
            .find(|&v| matches!(words.word(v), "voted" | "decided" | "agreed" | "resolved"))
        && (decided + 1..k - 1).all(|b| {
            matches!(words.lex(b), Lex::Weekday { .. } | Lex::Kw(Kw::On))
                || matches!(words.word(b), "unanimously" | "narrowly" | "overwhelmingly")
        })
        && !words.is(k, class::NOT_VERB)
        && !matches!(l, "the" | "a" | "an")
        && words.back(decided, 1) != "had"
        // (An infinitive that reads ahead of its own keeps its reading:
        // "agreed to meet again on Friday".)
        && !matches!(super::schedules::infinitives(at), Rule::Decides(Some(_)))
    {
        return Rule::Decides(Some(Tense::Nearest));
    }
    // Intentions: "planned to leave", "plans to open" (but not the noun
    // "vacation plans").
    if PLAN.contains(&l) {
        // "the launch is planned for the third quarter"
        // ("The launch, first planned for October": the nearest.)
        if l == "planned" && next == "for" && !at.past_aux() {
            return Rule::Decides(Some(if at.first_plan() {
                Tense::Nearest
            } else {
                Tense::Future
            }));
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
        // planning a party" was told then, and so was "Agents began
        // planning the raid in January").
        // (Not the noun after its article and an adjective: "approved a
        // revised plan the next month".)
        let described = DETERMINERS.contains(&prev2)
            && matches!(
                prev,
                "new"
                    | "revised"
                    | "latest"
                    | "rival"
                    | "original"
                    | "final"
                    | "draft"
                    | "amended"
                    | "updated"
                    | "alternative"
            );
        // ("plans another increase in the fall", "plans further cuts")
        if matches!(l, "plan" | "plans" | "planning")
            && (DETERMINERS.contains(&next) || matches!(next, "another" | "further"))
            && words.gap_before(k + 1).trim().is_empty()
            && !DETERMINERS.contains(&prev)
            && !described
        {
            let begun = l == "planning"
                && matches!(prev, "began" | "begun" | "started" | "finished" | "stopped");
            return Rule::Decides(Some(if at.past_aux() || begun {
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
pub(super) fn modals(at: &At) -> Rule {
    let At {
        words, k, l, next, ..
    } = *at;
    let word = |k: usize| words.word(k);
    // "the December mudslides may have killed thousands", "might have
    // been set on Friday": a possibility of what is done looks back.
    if matches!(l, "may" | "might")
        && next == "have"
        && (word(k + 2) == "been" || super::super::past_form(word(k + 2)))
    {
        return Rule::Decides(Some(Tense::Past));
    }
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
            // "Gunfire could be heard throughout Wednesday night",
            // "residents could hear explosions": what was perceived is
            // told after the fact.
            "be" if matches!(after_be, "heard" | "felt" | "smelled" | "smelt") => Some(Tense::Past),
            "hear" | "smell" => Some(Tense::Past),
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
pub(super) fn warnings(at: &At) -> Rule {
    let At { words, k, l, .. } = *at;
    let word = |k: usize| words.word(k);
    // "Forecasters warned of thunderstorms on Monday afternoon": what a
    // warning is of lies ahead of it; "had been warned of attacks on
    // April 4" tells of an earlier warning.
    // ("warned residents of flooding": "of" a few words on; but in "warned
    // on Monday of a hit to profit" the day between is the warning's own,
    // told as a past verb's, and the "of" after it marks what lies ahead.)
    let day_told = |e: usize| {
        matches!(
            words.lex(e),
            Lex::Weekday { .. } | Lex::Month { .. } | Lex::Kw(Kw::Yesterday | Kw::Today)
        )
    };
    let of_after = |w: usize| {
        (1..=4)
            .find(|&d| word(w + d) == "of")
            .filter(|&d| (1..=d).all(|e| !words.comma_before(w + e)))
    };
    let warning = |w: usize| WARN.contains(&word(w)) && !At::new(words, w).past_aux();
    if WARN.contains(&l)
        && let Some(d) = of_after(k)
    {
        if (1..d).any(|e| day_told(k + e)) {
            return Rule::Next;
        }
        return Rule::Decides(Some(if at.past_aux() {
            Tense::Past
        } else {
            Tense::Future
        }));
    }
    if OF.contains(&l)
        && let Some(w) = (1..=4)
            .filter_map(|d| k.checked_sub(d))
            .find(|&w| warning(w))
        && of_after(w) == Some(k - w)
        && (w + 1..k).any(day_told)
    {
        return Rule::Decides(Some(Tense::Future));
    }
    Rule::Next
}
