//! The middle groups of [`marker_rules`](super::marker_rules): schedules
//! ("due", "set for", "was expected"), infinitives and base forms ("hoped
//! to form", "will meet"), opening and closing times ("polls open"), "be"
//! and "have" as verbs of their own, and timetables ("holidays end", "was
//! to brief").

use super::{At, Rule, after_base};
use crate::time::lexicon::{Kw, Lex, classify_in};
use crate::time::tense::words::{
    APPROACH, BEEN, DUE, HAVE, INTENT_NOUNS, OPEN_CLOSE, SET, WAS, class,
};
use crate::time::tense::{DETERMINERS, Tense};

/// Schedules ("due", "set", "scheduled", "expected"): a schedule told now
/// looks ahead, but one given up, first planned, or reported from the
/// past may have come and gone, and takes the nearest date or the present.
pub(super) fn schedules(at: &At) -> Rule {
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
        return Rule::Decides(Some(if given_up() || at.first_plan() {
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
    // ("The team set a record in October", "set a new high on Friday":
    // a record is set once, so the bare form is the past.)
    let record = || {
        let after = if matches!(next, "a" | "an" | "the" | "its" | "their" | "new") {
            words.word(k + 2)
        } else {
            next
        };
        let after = if after == "new" {
            words.word(k + 3)
        } else {
            after
        };
        matches!(
            after,
            "record" | "records" | "high" | "highs" | "low" | "lows"
        )
    };
    // "The ministry set up a committee on Saturday", "the discovery on
    // Dec. 23 set back hopes": the phrasal verb, told in the past, not a
    // schedule ("is set for"); so is a record set.
    if SET.contains(&l)
        && (matches!(next, "up" | "out" | "aside" | "back" | "off") || record())
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
    // (A first plan "scheduled" takes the nearest date of any kind, a
    // weekday too: "The truce was originally due to begin on Thursday
    // morning", written on the Friday it began; "The men's downhill,
    // originally scheduled for Saturday, was held on Monday".)
    if words.is(k, class::FUTURE) && at.first_plan() {
        return Rule::Decides(Some(Tense::Nearest));
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
        // So is one the sentence goes on to say was not kept: "The talks
        // were due to end on Friday but ran into overtime", "COP26, which
        // was scheduled to end on Friday evening, ran into overtime".
        let undone = || {
            (k + 2..k + 14).any(|j| {
                matches!(words.word(j), "has" | "have") && words.word(j + 1) == "been"
                    || matches!(words.word(j), "but" | "instead" | "overtime" | "overran")
            })
        };
        if at.past_aux()
            && matches!(prev, "was" | "were")
            && matches!(l, "due" | "scheduled" | "expected")
            && undone()
        {
            return Rule::Decides(Some(Tense::Nearest));
        }
        if at.past_aux()
            && matches!(prev, "was" | "were")
            && matches!(
                l,
                "expected" | "scheduled" | "slated" | "due" | "pencilled" | "penciled"
            )
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
pub(super) fn infinitives(at: &At) -> Rule {
    let At {
        words,
        k,
        l,
        prev,
        prev2,
        ..
    } = *at;
    let word = |k: usize| words.word(k);
    // "Nadal to face Djokovic in Sunday's final", "Apple to unveil new
    // iPhones on Tuesday": a headline's "to" after the name it opens with
    // announces what is to come.
    if prev == "to"
        && (2..=5).contains(&k)
        && (1..k - 1).all(|j| words.is(j, class::NAME))
        && !words.is(k, class::NOT_VERB | class::NAME)
    {
        return Rule::Decides(Some(Tense::Future));
    }
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
            // (A vote's own "to": "voted last night to close", not "voted
            // for an Arab force to protect".)
            .find(|&j| {
                (words.is(j, class::INTENT) || INTENT_NOUNS.contains(&word(j)))
                    && !(matches!(word(j), "voted" | "votes")
                        && (j + 1..k - 1).any(|m| matches!(word(m), "for" | "against")))
                    // (A call is one to act only as "calls for" or "called
                    // on": "held a call with employees Monday to explain
                    // the layoffs" tells why it was held.)
                    && (!matches!(word(j), "call" | "calls" | "calling")
                        || matches!(word(j + 1), "for" | "on" | "upon"))
            })
        && !words.is(k, class::NOT_VERB)
        // "in a telephone call to President Bush": a name, no verb.
        && !words.is(k, class::NAME)
        // "made a promise to voters in November": a plural noun, not an
        // infinitive.
        && !(l.ends_with('s') && !l.ends_with("ss") && !l.ends_with("us"))
        // "the expected red wave failed to materialize in Tuesday's
        // midterms": after a verb that says whether it happened, the
        // infinitive is of that verb's time, which decides.
        && !matches!(words.back(k, 2), "failed" | "managed")
    {
        return Rule::Decides(Some(match words.back(j, 1) {
            // ("had been expected to retaliate on Monday but held off":
            // so is an expectation told as earlier.)
            "had" => Tense::Nearest,
            "been" if words.back(j, 2) == "had" => Tense::Nearest,
            // "waiting lists were likely to rise again over the winter",
            // "the Fed was likely to cut again when it next meets on Aug.
            // 21": a forecast, even one reported in the past, is of what
            // lies ahead.
            "was" | "were" if matches!(word(j), "likely" | "unlikely") => Tense::Future,
            // "were allowed to return home Monday evening": a permission
            // told in the past was used then ("stores permitted to open
            // at 8 a.m. Wednesday" looks ahead).
            "was" | "were" if matches!(word(j), "allowed" | "permitted") => Tense::Past,
            // "He was bailed to appear at the crown court on Monday": a
            // court sends someone away until a hearing still to come.
            "was" | "were" if matches!(word(j), "bailed" | "remanded") => Tense::Future,
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
            // meet again on Friday"), other dates take the nearest. A deal
            // agreed is news of the agreeing: "agreed to sell Chrysler to
            // Cerberus on Monday", written on Tuesday, is the Monday just
            // gone, the nearest. So is a vote: "voted last night to close
            // the school in June". So is an agreement, a deal or a
            // decision named: "ended with an agreement to meet again by
            // the end of September".
            _ if matches!(
                word(j),
                "agreed" | "decided" | "voted" | "agreement" | "deal" | "decision"
            ) =>
            {
                if matches!(
                    l,
                    "buy" | "sell" | "acquire" | "purchase" | "merge" | "pay" | "settle"
                ) {
                    Tense::Nearest
                } else {
                    Tense::Present
                }
            }
            // "ordered U.S. forces to lift checkpoints on Tuesday", written
            // on Wednesday: an order told in the past may have been
            // carried out already, as one told in the passive may.
            _ if word(j) == "ordered" => Tense::Nearest,
            // "The government hoped to hold the referendum in January",
            // written in February: a hope told in the past may have
            // lapsed with its date, or still lie ahead.
            _ if matches!(
                word(j),
                "hoped" | "wanted" | "intended" | "aimed" | "sought"
            ) =>
            {
                Tense::Present
            }
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
    // "a ceasefire that was to last until 9 p.m. on Wednesday, but
    // shelling resumed": a plan told from the past, which may lie on
    // either side of the document date, as "was due to" does.
    if prev == "to"
        && matches!(prev2, "was" | "were")
        && !words.is(k, class::NOT_VERB)
        && l != "blame"
    {
        return Rule::Decides(Some(Tense::Nearest));
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

/// Opening and closing times: "polls open", "markets close" are a
/// timetable, which looks ahead, unless the word is an adjective or a noun
/// ("remained open", "its record close"); a participle before it ("was
/// thrown open") tells of the past.
pub(super) fn opening_and_closing(at: &At) -> Rule {
    let At {
        l,
        prev,
        prev2,
        next,
        ..
    } = *at;
    // "Polls open at 7 a.m. Tuesday", "markets close at noon Friday": a
    // timetable; not the adjective ("remained open until Tuesday", "close
    // to midnight") nor the noun ("at the close on Friday").
    if OPEN_CLOSE.contains(&l) {
        // "since its record close on Feb. 19", "pointed to a higher open":
        // the noun.
        let noun = DETERMINERS.contains(&prev2)
            && (matches!(
                prev,
                "record"
                    | "strong"
                    | "weak"
                    | "firm"
                    | "final"
                    | "previous"
                    | "weekly"
                    | "daily"
                    | "flat"
                    | "mixed"
            ) || prev.len() > 4 && prev.ends_with("er"));
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
                    // "held open houses on Veterans Day", "left open"
                    | "held"
                    | "hold"
                    | "holds"
                    | "holding"
                    | "left"
                    | "be"
                    | "been"
                    | "being"
                    | "is"
                    | "are"
                    | "was"
                    | "were"
                    | "very"
                    | "too"
                    | "s"
            )
            // ("agreed to an open-ended ceasefire", "kept the open door")
            || DETERMINERS.contains(&prev);
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
    Rule::Next
}

/// "Be" and "have" as verbs of their own: "has one more chance" is the
/// present, and "has been thin" a present perfect, which looks back; in
/// "is going to" or "is about to" the word after them decides.
pub(super) fn be_and_have(at: &At) -> Rule {
    let At {
        words, k, l, next, ..
    } = *at;
    let word = |k: usize| words.word(k);
    // "The second quarter is going to be catastrophic": "going" decides
    // (so does "about" before "to"; not in "are about 2C above normal").
    let about_to = || next == "about" && word(k + 2) == "to";
    // So does a schedule after it: "Thursday's report is expected to
    // show slower hiring", "Friday's vote is set to go ahead".
    let schedule = || {
        matches!(next, "expected" | "due" | "set" | "scheduled" | "slated") && word(k + 2) == "to"
    };
    // And so does what draws near, past an adverb: "Tuesday's deadline is
    // fast approaching".
    let approach = || APPROACH.contains(&next) || APPROACH.contains(&word(k + 2));
    if matches!(l, "is" | "are") && (next == "going" || about_to() || schedule() || approach()) {
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
    Rule::Next
}

/// Timetable verbs: "holidays end", "the trains run on Sunday", "Google
/// reports on Thursday" are the present of a timetable, unless a noun of
/// the same spelling takes the word ("the end of", "Media reports"), and
/// "run" after a perfect's auxiliary ("had run out") looks back. Then
/// plans told from the past: "was to brief" is read as the present, and
/// in "was planning" or "was going" the word after it decides.
pub(super) fn timetables_and_past_plans(at: &At) -> Rule {
    let At {
        words,
        k,
        l,
        prev,
        next,
        ..
    } = *at;
    let word = |k: usize| words.word(k);
    // "The deadline had run out at midnight Tuesday": after a perfect's
    // auxiliary "run" is the participle, which looks back, not the plural
    // of the timetable ("the trains run on Sunday"); so it is in a passive
    // told in the past: "The race was run on Monday".
    if l == "run"
        && (1..=2).any(|d| {
            matches!(
                words.back(k, d),
                "had" | "has" | "have" | "ve" | "was" | "were"
            )
        })
    {
        return Rule::Decides(Some(Tense::Past));
    }
    // "The Grand National, run on Saturday at Aintree, was delayed": right
    // after a comma "run" is a participle in an aside, which tells no
    // time of its own.
    if l == "run" && words.gap_before(k).contains(',') {
        return Rule::Decides(None);
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
            // "approved a big tax break for farmers on Friday": "break" is
            // a schedule's only as "break up" and "break off".
            // (So is "kick" as "kick off": "Ireland kick off against
            // Scotland on Sunday", not "a free kick on Saturday".)
            || matches!(l, "break" | "kick") && !matches!(next, "up" | "off")
            // (And "step" as "step off", "step down": "took a step on
            // Friday" is a noun.)
            || l == "step" && !matches!(next, "off" | "down")
            // "Monday's 22.6 percent drop", "a price rise": a change is a
            // verb only after a plural subject ("temperatures drop Sunday").
            || matches!(l, "drop" | "rise" | "climb") && !(prev.len() > 3 && prev.ends_with('s'))
            || prev == "s"
            // "hit his 62nd home run on Tuesday night"
            || l == "run" && prev == "home"
            || words.gap_before(k + 1) == "-"
            // "wrapped up its 10-day run on Sunday", "a two-week stay",
            // "ended its six-season run": a noun after a hyphened
            // compound; "ended its long run": after a possessive or "a"
            // and a word that is no plural subject (not "the trains run",
            // nor "Schools across the district remain").
            || k >= 1 && words.gap_before(k - 1).ends_with('-')
            || k >= 2
                && matches!(words.back(k, 2), "its" | "their" | "his" | "her" | "a" | "an")
                && !plural_subject(prev)
            // "rain washed out play on Monday", "interrupted play for two
            // hours", "waited on hold on Monday", "in return": the object
            // of a particle, a preposition or a past verb. (Not across an
            // aside's comma and the figure before it: "The United States,
            // who last played in 1990, meet Switzerland on Saturday".)
            || matches!(
                prev,
                "out" | "up" | "off" | "down" | "of" | "for" | "with" | "on" | "in" | "at" | "into"
            ) && !words.comma_before(k)
            // (Not after "United", a name's word: "United travel to
            // Anfield on Sunday".)
            || prev.len() > 3
                && prev.ends_with("ed")
                && !k
                    .checked_sub(1)
                    .is_some_and(|j| words.is(j, class::NAME | class::NOT_PAST_ED))
            // "let the ground offensive begin Saturday night": a bare
            // infinitive after "let" or "made", no present.
            || (1..=4).any(|d| matches!(words.back(k, d), "let" | "lets" | "made" | "helped")))
            // "went on sick leave in March", "annual leave": "leave" is a
            // verb only after a plural subject or a pronoun ("Lawmakers
            // leave Friday", "MPs leave Westminster on Thursday").
            || l == "leave" && !plural_subject(prev)
    };
    // "am" is a verb only after "I" ("9.30am" is a clock time).
    if words.is(k, class::PRESENT) && (l != "am" || prev == "i") && !noun_end() {
        // ("Classes resume on Labor Day": a timetable's plural after its
        // subject tells what is to come, as its singular does below; not
        // "a calm start to January".)
        if words.is(k, class::PLURAL_TIMETABLE) && plural_subject(prev) {
            return Rule::Decides(Some(Tense::Future));
        }
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
            || l == "posts"
                && matches!(
                    prev,
                    "blog" | "media" | "social" | "online" | "facebook" | "instagram" | "forum"
                )
            // "kicks" and "tips" are a schedule's only as "kicks off" and
            // "tips off" ("beat China on penalty kicks Saturday").
            || matches!(l, "kicks" | "tips") && next != "off"
            // ("strong winds on Friday", "tax breaks for families": the
            // verbs are "winds up", "winds down", "breaks up", "breaks
            // off".)
            || l == "winds" && !matches!(next, "up" | "down")
            || l == "breaks" && !matches!(next, "up" | "off")
            // ("took steps on Friday": the verb is "steps off", "steps
            // down".)
            || l == "steps" && !matches!(next, "off" | "down")
            // ("light switches", "payroll rolls": the verbs are "switches
            // off", "switches to", "rolls out".)
            || l == "switches" && !matches!(next, "off" | "over" | "to")
            || l == "rolls" && !matches!(next, "out" | "into")
            || l == "releases" && matches!(prev, "press" | "news")
            // "Housing starts in March were 12% below": homes begun, a
            // figure.
            || l == "starts" && matches!(prev, "housing" | "home")
            // "fell to 1.5212 German marks from 1.5370 on Thursday": money.
            || l == "marks" && matches!(prev, "german" | "deutsche" | "finnish")
            // After an article or a possessive it is a noun: "filed their
            // returns by Wednesday", "the Senate's votes on Monday"; so after
            // a preposition: "began with reports about Weinstein in October".
            || DETERMINERS.contains(&prev)
            || prev == "s"
            // "Falls over Easter brought little relief": a sentence does not
            // open with a verb of the present; unless a listing's, its day
            // right after it ("Opens Friday at the Angelika."), or a title
            // before it ("'1984' opens on Thursday").
            || k == 0
                && !closes_quote(words.gap_before(k))
                && !matches!(
                    classify_in(next.as_bytes(), 0, next.len()),
                    Lex::Weekday { .. } | Lex::Month { .. } | Lex::Kw(Kw::Tomorrow | Kw::Tonight)
                )
            // (Not past a number, which closes a noun of its own: "the round
            // of 16 begins Thursday".)
            // (Nor past a title in quotation marks: "A revival of '1776'
            // opens on Thursday".)
            || matches!(prev, "with" | "of" | "about" | "amid" | "from" | "despite" | "among")
                && !words.after_number(k)
                && !closes_quote(words.gap_before(k))
            // "sent ships to Spain on Monday", "cast votes": the object
            // of a past verb. (Not after an aside's comma: "The fair,
            // held since 1854, opens Saturday".)
            || k.checked_sub(1).is_some_and(|j| words.past_verb(j)) && !words.comma_before(k)
    };
    // ("The round of 16 begins Thursday": the number closes the noun
    // before it; "had received 98.4 million returns as of April 4": a
    // counted noun is no verb.)
    // (Not the number of a name: "Windows 7 goes on sale Thursday",
    // "Apollo 11 lands on Sunday"; nor one before an aside's comma, which
    // closed a date: "The increase, approved on 28 February, comes into
    // force on 2 April".)
    let named = || {
        k.checked_sub(1)
            .is_some_and(|j| j == 0 || words.is(j, class::NAME))
    };
    let counted = || {
        ((words.after_number(k) && !named()
            || matches!(
                prev,
                "hundred" | "thousand" | "million" | "billion" | "trillion"
            ))
            && prev != "of"
            || words.counted_past_noun(k))
            && !words.comma_before(k)
    };
    // "The gift comes a week after Election Day", "comes just days
    // before Christmas": what comes is mostly the news itself, so the day
    // it is measured from is the one nearest the document, gone by or
    // ahead. (Not "comes into force on 1 June", a timetable's.)
    if matches!(l, "comes" | "come")
        && (k + 2..=k + 6).any(|j| {
            matches!(word(j), "after" | "before")
                && matches!(
                    word(j - 1),
                    "hour"
                        | "hours"
                        | "day"
                        | "days"
                        | "week"
                        | "weeks"
                        | "fortnight"
                        | "month"
                        | "months"
                )
        })
    {
        return Rule::Decides(Some(Tense::Nearest));
    }
    if words.is(k, class::TIMETABLE) && !counted() && !noun_report() {
        return Rule::Decides(Some(Tense::Future));
    }
    // ("about" before "to" leaves the decision to the verb after it, as in
    // `be_and_have`.)
    let about_to = || next == "about" && word(k + 2) == "to";
    // "were planning to drive Saturday": the intention decides, not "were";
    // so does a schedule ("The summer term was due to begin on 20 April",
    // read from "summer" before it; see the "due" rule).
    if matches!(l, "was" | "were")
        && (matches!(
            next,
            "planning" | "going" | "due" | "expected" | "scheduled" | "slated" | "supposed"
        ) || about_to())
    {
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

/// Whether `gap`, the text before a word, ends a quotation: the word
/// follows a title, "'1776' opens", "\"Cats\" closes".
fn closes_quote(gap: &str) -> bool {
    gap.trim_end()
        .ends_with(['\'', '"', '\u{2019}', '\u{201d}'])
}

/// Whether `prev`, the word before a verb, is a subject that takes its
/// plural: a pronoun ("we", "they") or a plural noun ("lawmakers", "MPs";
/// not "its", "this", "boss").
fn plural_subject(prev: &str) -> bool {
    matches!(prev, "we" | "they" | "you" | "i")
        || prev.len() > 2
            && prev.ends_with('s')
            && !prev.ends_with("ss")
            && !prev.ends_with("us")
            && !matches!(prev, "its" | "his" | "has" | "was" | "this" | "yes")
}
