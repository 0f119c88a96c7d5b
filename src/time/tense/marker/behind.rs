//! The last groups of [`marker_rules`](super::marker_rules): past forms
//! and participles, which look back ("cut its rate", "was reached") unless
//! they are nouns, adjectives, states, passives or in a condition.

use super::{At, Rule};
use crate::time::lexicon::{Kw, Lex, classify_in};
use crate::time::tense::words::{DO, SAME_PAST, UN_VERBS, class};
use crate::time::tense::{DETERMINERS, Tense};

/// Past forms that tell of no past event: an irregular past that is a
/// noun ("a shot on Friday"), a state after "with" ("with US markets
/// shut"); and a verb whose past is its base, which with its object does
/// tell of the past ("cut its rate").
pub(super) fn past_forms(at: &At) -> Rule {
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
    // "Adults should get a flu shot by October", "will take a big hit in
    // March": after "a" and a word, in a clause a modal or "to" opens,
    // an irregular past is the noun of the object ("A gunman shot three
    // people" has no modal before it).
    if words.is(k, class::IRREGULAR_PAST)
        && !l.ends_with("ed")
        && matches!(prev2, "a" | "an")
        && (3..=6).any(|d| {
            d <= k
                && words.is(k - d, class::BASE_BEFORE)
                && (1..d).all(|e| !words.comma_before(k + 1 - e))
        })
    {
        return Rule::Decides(None);
    }
    // "with US markets shut on Tuesday": a closure after "with" and its
    // noun is a state, not a past event (unlike "with Haaland, signed in
    // June").
    // So is a task with a deadline: "with draft legislation published by
    // 25 January".
    // (Not a schedule: "with final results expected by 7pm on Saturday".)
    // So, with the clause's own verb left to decide, is any participle
    // right after "with" and its noun: "exams start on May 16, with
    // results published on Aug. 18".
    let with_noun = || {
        (2..=3)
            .any(|d| words.back(k, d) == "with" && (0..d - 1).all(|e| !words.comma_before(k - e)))
    };
    if (matches!(l, "shut" | "closed")
        || l.ends_with("ed")
            && (next == "by" || with_noun())
            && !matches!(l, "expected" | "scheduled" | "slated"))
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
    // "The first storm hit Wednesday", "The fire spread overnight", "The
    // mill shut down in March": after a singular noun with its article,
    // where the present would be "hits", the base form is the past (not
    // "a rate cut Wednesday", a noun of cuts).
    let singular_subject = || {
        matches!(l, "hit" | "spread" | "cut" | "shut")
            && prev.len() >= 3
            // ("The virus spread", "the crisis hit": singulars in "s".)
            && (!prev.ends_with('s') || ["us", "ss", "is"].iter().any(|e| prev.ends_with(e)))
            && prev.bytes().all(|b| b.is_ascii_lowercase())
            && !matches!(
                prev,
                "rate" | "tax" | "price" | "pay" | "job" | "budget" | "spending" | "power"
            )
            // ("price in a first cut in June", "a deep cut": an
            // adjective before the noun.)
            && !matches!(
                prev,
                "first"
                    | "second"
                    | "third"
                    | "last"
                    | "next"
                    | "new"
                    | "big"
                    | "deep"
                    | "deeper"
                    | "sharp"
                    | "further"
                    | "another"
                    | "half"
                    | "quarter"
                    | "final"
                    | "major"
            )
            && (DETERMINERS.contains(&prev2) || DETERMINERS.contains(&words.back(k, 3)))
    };
    // (After "be" or "being" it is a passive's participle, whose
    // auxiliary tells the time: "will be cut back in January".)
    if SAME_PAST.contains(&l)
        && !matches!(prev, "t" | "do" | "does" | "be" | "being")
        && (noun_object()
            || singular_subject()
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

/// Whether the word is a participle or an "-ed" past, as the groups of
/// participles ask: an irregular past, or a word of five letters or more
/// ending in "-ed" that is no adjective in "un-" nor listed as no past;
/// never a word of a name.
fn is_participle(at: &At) -> bool {
    let At { words, k, l, .. } = *at;
    // "unspecified", "untouched", "unnamed": adjectives, not past verbs
    // (but "unveiled", "uncovered" are verbs).
    // (A capitalised word inside a sentence is part of a name: "the
    // Senate Armed Services Committee", "the United Nations".)
    !words.is(k, class::NAME)
        && (words.is(k, class::IRREGULAR_PAST)
            || (l.len() >= 5
                && l.ends_with("ed")
                && (!l.starts_with("un") || UN_VERBS.contains(&l))
                && (!words.is(k, class::NOT_PAST_ED) || words.past_with_object(k))))
}

/// Participles and "-ed" pasts in a condition ("if", "unless"): one in
/// the present passive looks ahead ("unless a contract is reached before
/// Thursday"), and one after "if" takes the nearest date. So does the
/// present told with "does" or "do" ("if Iraq does not withdraw by Jan.
/// 15").
pub(super) fn participles_in_conditions(at: &At) -> Rule {
    let At {
        words, k, l, prev, ..
    } = *at;
    let participle = is_participle(at);
    // A participle in a condition: "if" or "unless" up to six words
    // before it, with no comma between ("if no agreement was reached
    // before 6 April": the subject may stand between).
    let condition = || {
        (1..=6)
            .find(|&d| matches!(words.back(k, d), "if" | "unless"))
            .filter(|&d| (1..d).all(|e| !words.comma_before(k + 1 - e)))
    };
    if DO.contains(&l) && condition().is_some() {
        return Rule::Decides(Some(Tense::Future));
    }
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
    Rule::Next
}

/// "-ed" participles that mark nothing: an adjective ("an advanced
/// engine"), one that adds to the clause (", followed by") or tells the
/// state something is kept in ("remain closed"), and one after a modal or
/// an infinitive in the same clause ("will meet for the final televised
/// debate"), since the word that governs it decides.
pub(super) fn participle_adjectives(at: &At) -> Rule {
    let At {
        words,
        k,
        l,
        prev,
        prev2,
        next,
    } = *at;
    let word = |k: usize| words.word(k);
    let participle = is_participle(at);
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
        // (Not past a number and a comma, which the words leave out: "which
        // bought a farm in 1963, gathered on Nov. 3".)
        let adjective = determiner(prev)
            || preposition(prev) && !words.comma_before(k)
            || ((prev.ends_with("ly") || ordinal) && determiner(prev2))
            || compound;
        // ("followed on Sunday by the men's final" too.)
        let added = matches!(l, "followed" | "preceded")
            && (1..=4).any(|d| word(k + d) == "by")
            && words.gap_before(k).contains(',');
        // The state something is kept or left in: "urged families to keep
        // doors locked through the holiday weekend", "schools will remain
        // closed on Monday". (What is left names what it leaves first: in
        // "The deadline to leave passed at midnight" the verb is the
        // deadline's.)
        let kept = (1..=3).any(|d| {
            let verb = words.back(k, d);
            (matches!(verb, "keep" | "keeps" | "keeping")
                || d > 1 && matches!(verb, "leave" | "leaves" | "leaving"))
                && (d == 1 || (1..d).all(|e| !words.comma_before(k + 1 - e)))
        }) || matches!(prev, "remain" | "remains" | "stay" | "stays");
        // The object of a verb of wanting in the present: "plans controlled
        // burns this spring", "proposes increased spending" (not the noun
        // "the plans approved in May").
        let wanted = matches!(
            prev,
            "plans" | "wants" | "proposes" | "seeks" | "promises" | "needs" | "requires"
        ) && !determiner(prev2)
            && !preposition(next)
            && matches!(classify_in(next.as_bytes(), 0, next.len()), Lex::Other);
        if adjective || added || kept || wanted {
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
    Rule::Next
}

/// Any other participle or "-ed" past: in a passive or after a linking
/// verb it marks nothing, since the auxiliary or the verb decides ("will
/// remain shut", "would be printed ... and distributed"); otherwise it
/// tells of the past.
pub(super) fn passives_and_pasts(at: &At) -> Rule {
    let At {
        words,
        k,
        prev,
        prev2,
        ..
    } = *at;
    let word = |k: usize| words.word(k);
    let participle = is_participle(at);
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
        // be printed within ten days and distributed by Christmas". So
        // does one whose subject the second clause names, the auxiliary
        // left out: "will be announced in July and the winner named on
        // Oct. 17", "and results published Thursday" (not a past with its
        // object: "and the Senate approved it").
        let passive_before = |conj: usize| {
            (1..=7)
                .filter_map(|d| conj.checked_sub(d))
                .take_while(|&j| !words.gap_before(j + 1).contains([',', ';', '(']))
                .any(|j| {
                    j > 0
                        && linking(word(j - 1))
                        && (word(j).ends_with("ed") || words.is(j, class::IRREGULAR_PAST))
                })
        };
        let conj = (1..=4).map_while(|d| k.checked_sub(d)).find(|&c| {
            let between = k - c - 1;
            matches!(word(c), "and" | "or")
                && (between <= 1 || DETERMINERS.contains(&word(c + 1)))
                && (c + 1..=k).all(|j| !words.comma_before(j))
                && (c + 1..k).all(|j| !words.past_verb(j))
        });
        let object = DETERMINERS.contains(&at.next)
            || matches!(
                at.next,
                "it" | "them" | "him" | "this" | "that" | "these" | "those"
            );
        if let Some(c) = conj
            && (c + 1 == k || !object)
            && passive_before(c)
        {
            return Rule::Decides(None);
        }
        return Rule::Decides(Some(Tense::Past));
    }
    Rule::Next
}
