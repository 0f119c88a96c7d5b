//! The tense of the clause around an expression, to choose between the
//! previous and the next "Thursday" or "August".
//!
//! News reports the past ("officials said Thursday") and announces the
//! future ("will meet Thursday"); the verb nearest to the expression in
//! its sentence decides.

mod words;

use super::lexicon::{Key, Kw, Lex, classify_in};
use super::sentence::sentence_bounds;
use words::{CLASSES, class};

/// Grammatical time reference of a clause.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    Past,
    /// Begun before the document date, with none of the slack a past verb
    /// allows: "since July" written in June is last July.
    Before,
    Present,
    Future,
    Unknown,
}

/// The words of one sentence, lower-cased, with their list classes.
struct Words<'a> {
    lower: &'a str,
    spans: &'a [(usize, usize)],
    classes: &'a [u16],
}

impl<'a> Words<'a> {
    /// Word `k`, or "" past either end.
    fn word(&self, k: usize) -> &'a str {
        self.spans.get(k).map_or("", |&(a, b)| &self.lower[a..b])
    }

    /// Word `k` counted back from `from` ("" before the start).
    fn back(&self, from: usize, k: usize) -> &'a str {
        from.checked_sub(k).map_or("", |j| self.word(j))
    }

    /// Whether a count stands right before word `k` ("159 runs"; not a
    /// year, as in "fiscal 2024 ends June 30").
    fn after_number(&self, k: usize) -> bool {
        let from = k.checked_sub(1).map_or(0, |j| self.spans[j].1);
        self.spans.get(k).is_some_and(|&(a, _)| {
            let gap = self.lower[from..a].trim_end();
            let digits = gap.bytes().rev().take_while(u8::is_ascii_digit).count();
            // "1.8353 marks" is a sum, whatever its length.
            let decimal = gap.len() > digits && gap.as_bytes()[gap.len() - digits - 1] == b'.';
            digits > 0 && (digits != 4 || decimal)
        })
    }

    /// The text between word `k - 1` (or the sentence start) and word `k`.
    fn gap_before(&self, k: usize) -> &'a str {
        let from = k.checked_sub(1).map_or(0, |j| self.spans[j].1);
        self.spans
            .get(k)
            .map_or("", |&(a, _)| self.lower.get(from..a).unwrap_or(""))
    }

    /// Whether word `k` is in the list of class `bit`.
    fn is(&self, k: usize, bit: u16) -> bool {
        self.classes.get(k).is_some_and(|c| c & bit != 0)
    }

    fn len(&self) -> usize {
        self.spans.len()
    }
}

/// Articles and possessive determiners: the word after one is a noun or
/// an adjective, not a verb ("the end of", "an advanced engine", "raised
/// its forecast").
const DETERMINERS: &[&str] = &["a", "an", "the", "its", "their", "his", "her", "our"];

/// Words that open a subordinate clause, whose verb does not decide for
/// an expression in the main clause, nor the main clause's for one in it:
/// "will cost more from Saturday after the minister raised the duty",
/// "will form a government after winning Monday's election".
const SUBORDINATORS: &[&str] = &["after", "because", "although", "though", "unless"];

/// The marker of word `k` of `words` (lower-case), given its neighbours.
fn marker(words: &Words, k: usize) -> Option<Tense> {
    let word = |k: usize| words.word(k);
    let l = word(k);
    let prev = words.back(k, 1);
    let prev2 = words.back(k, 2);
    let next = word(k + 1);
    // Future-in-the-past ("had been scheduled", "was due") reads as past.
    // ("has been scheduled for Monday", "have been warned of closures on
    // Thursday" still look ahead.)
    let perfect =
        |k: usize| (1..=2).any(|d| matches!(words.back(k, d), "has" | "have" | "s" | "ve"));
    let past_aux = matches!(prev, "was" | "were" | "had")
        || prev == "been" && !perfect(k - 1)
        || (matches!(prev2, "was" | "were" | "had") || prev2 == "been" && !perfect(k - 2))
            && prev.ends_with("ly");
    // Getting ready for something, forecasting it: it lies ahead, unless
    // the readiness is told as earlier ("had prepared for"). Not the noun
    // ("because of forecast thunderstorms", "raised its forecast"), which
    // "forecast" itself mostly is ("cut its revenue forecast for the
    // quarter"): that is a verb only after an auxiliary, a subject pronoun
    // or "than", or before its object ("the agency forecast more rain").
    let forecast = words.is(k, class::FORECAST)
        && prev != "of"
        && !DETERMINERS.contains(&prev)
        && (l != "forecast"
            || matches!(
                next,
                "a" | "an" | "the" | "more" | "that" | "further" | "heavy" | "rain"
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
            ));
    if words.is(k, class::ANTICIPATE) && next == "for" || forecast {
        return Some(if prev == "had" {
            Tense::Past
        } else {
            Tense::Future
        });
    }
    // "Tuesday and Wednesday have been declared public holidays": a day
    // set aside is still to come (as "declared Thursday a holiday" is, a
    // lead-in).
    if matches!(l, "declared" | "designated")
        && (1..=4).any(|d| matches!(word(k + d), "holiday" | "holidays" | "mourning"))
    {
        return Some(Tense::Future);
    }
    // "up from 35 per cent in the spring": the figure compared with is
    // from before.
    if l == "from" && matches!(prev, "up" | "down") {
        return Some(Tense::Past);
    }
    // "showers likely on Sunday", "showers were likely over the
    // weekend"; not the adverb of "likely fled on Sunday".
    if l == "likely"
        && matches!(
            next,
            "on" | "in" | "by" | "at" | "from" | "before" | "after" | "over" | "through" | "into"
        )
    {
        return Some(Tense::Future);
    }
    // "its highest level since 2010 on Thursday", "the first rise since
    // July 2007 to come in November": a phrase measuring a record, not a
    // clause about the past (but "closed since Wednesday noon" is one
    // phrase with the time).
    if l == "since"
        && (words.gap_before(k + 1).bytes().any(|b| b.is_ascii_digit())
            || matches!(
                classify_in(next.as_bytes(), 0, next.len()),
                Lex::Month { .. } | Lex::Weekday { .. }
            ) && !matches!(
                classify_in(word(k + 2).as_bytes(), 0, word(k + 2).len()),
                Lex::PartOfDay(_) | Lex::Kw(Kw::Noon | Kw::Midday | Kw::Midnight)
            ))
    {
        return None;
    }
    // Intentions: "planned to leave", "plans to open" (but not the noun
    // "vacation plans").
    if matches!(l, "plan" | "plans" | "planned" | "planning") {
        // "the launch is planned for the third quarter"
        if l == "planned" && next == "for" && !past_aux {
            return Some(Tense::Future);
        }
        // "Celebrations have been planned through the weekend", "a rally
        // is planned in the capital on Sunday"; not "had been planned".
        if l == "planned"
            && matches!(prev, "is" | "are" | "be" | "been" | "being")
            && prev2 != "had"
        {
            return Some(Tense::Future);
        }
        if next != "to" {
            return None;
        }
        return Some(if prev == "had" {
            Tense::Past
        } else {
            Tense::Future
        });
    }
    // "the ban takes effect Jan. 1", "Powell takes over on Saturday",
    // "Wimbledon gets under way on Monday": a scheduled start.
    if matches!(l, "take" | "takes") && matches!(next, "effect" | "over" | "office")
        || matches!(l, "get" | "gets") && next == "under" && words.word(k + 2) == "way"
    {
        return Some(Tense::Future);
    }
    // "heading into the final session of the decade on Tuesday"; "was
    // heading for Paris on Monday" looks back.
    if l == "heading" && matches!(next, "into" | "toward" | "towards" | "for") {
        return Some(if past_aux { Tense::Past } else { Tense::Future });
    }
    // "next to the embassy" is a place.
    if l == "next" && next == "to" {
        return None;
    }
    // "could close Friday" is a possibility ahead; "could not be reached
    // Wednesday" and "could have won" look back, and "could be located
    // Wednesday" may do either.
    if l == "could" {
        return match next {
            "not" | "have" | "never" => Some(Tense::Past),
            "be" => None,
            _ => Some(Tense::Future),
        };
    }
    // "can be crowned champions on Sunday", "can apply from Monday"; not
    // "can't remember Friday's meeting".
    if l == "can" {
        return (!matches!(next, "t" | "not" | "never" | "remember" | "recall"))
            .then_some(Tense::Future);
    }
    // "Forecasters warned of thunderstorms on Monday afternoon": what a
    // warning is of lies ahead of it; "had been warned of attacks on
    // April 4" tells of an earlier warning.
    if matches!(l, "warned" | "warns" | "warning") && next == "of" {
        return Some(if past_aux { Tense::Past } else { Tense::Future });
    }
    // "results are due on Feb. 27", "due out Tuesday", "due to report";
    // not "due process" or "due diligence".
    if l == "due"
        && (matches!(
            next,
            "on" | "in" | "by" | "at" | "out" | "back" | "for" | "next"
        ) || matches!(
            classify_in(next.as_bytes(), 0, next.len()),
            Lex::Weekday { .. } | Lex::Month { .. }
        ))
    {
        return Some(if past_aux { Tense::Past } else { Tense::Future });
    }
    // "due to weak demand" gives a cause, "due to report" a schedule.
    if l == "due" && next == "to" && !words.is(k + 2, class::DUE_TO_VERB) {
        return None;
    }
    // "a meeting originally scheduled for May 13, now postponed": the
    // first plan's date may have passed or not; the nearest one is meant.
    if words.is(k, class::FUTURE) && matches!(prev, "originally" | "initially" | "previously") {
        return Some(Tense::Present);
    }
    if words.is(k, class::FUTURE) {
        if matches!(
            l,
            "set" | "going" | "due" | "poised" | "slated" | "supposed"
        ) && next != "to"
        {
            return None;
        }
        if past_aux {
            return Some(Tense::Past);
        }
        return Some(Tense::Future);
    }
    // "hoped to form ... by Tuesday", "ordered everyone still in the city
    // to leave by Wednesday": the infinitive of an intention looks ahead.
    // Up to six words may stand between the intention and its "to".
    // An intention told as earlier ("had threatened to declare a state
    // on May 4") may have come and gone.
    if prev == "to"
        && let Some(j) = (2..=8)
            .filter_map(|d| k.checked_sub(d))
            .find(|&j| words.is(j, class::INTENT))
        && !words.is(k, class::NOT_VERB)
    {
        return Some(if words.back(j, 1) == "had" {
            Tense::Past
        } else {
            Tense::Future
        });
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
        return Some(Tense::Future);
    }
    // "trials, to be held in August, will ...", "a plant to be completed
    // in 2010": what is to be done lies ahead; "found to be", "used to be"
    // say nothing of when.
    if l == "be"
        && prev == "to"
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
        return Some(Tense::Future);
    }
    // "will meet", "could set", "to cut": a base form; the word before
    // it decides.
    if k > 0 && words.is(k - 1, class::BASE_BEFORE) && !matches!(l, "was" | "were" | "had" | "did")
    {
        return None;
    }
    // "Polls open at 7 a.m. Tuesday", "markets close at noon Friday": a
    // timetable; not the adjective ("remained open until Tuesday", "close
    // to midnight") nor the noun ("at the close on Friday").
    if matches!(l, "open" | "close") {
        let adjective = matches!(
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
        return (!adjective && !matches!(next, "to" | "of")).then_some(Tense::Future);
    }
    // "School holidays end on Tuesday", "Investors return on Monday";
    // not the nouns ("the end of", "a return on capital").
    let noun_end = matches!(l, "end" | "return")
        && (DETERMINERS.contains(&prev) || prev == "tax" || next == "of")
        // "asset freezes and travel bans on Monday", "the start date":
        // the first half of a compound noun.
        || words.is(k, class::PLURAL_TIMETABLE)
            && matches!(
                next,
                "ban" | "bans" | "restrictions" | "plans" | "industry" | "agency" | "agents"
                    | "advisory" | "advisories" | "costs" | "date" | "time" | "season" | "games"
            );
    // "am" is a verb only after "I" ("9.30am" is a clock time).
    if words.is(k, class::PRESENT) && (l != "am" || prev == "i") && !noun_end {
        return Some(Tense::Present);
    }
    // "159 runs", "two closes" are nouns, and so are "Media reports on
    // Tuesday said" and "track meets" ("Google reports results on
    // Thursday" is the verb).
    let noun_report = l == "reports"
        && (matches!(
            next,
            "on" | "that" | "said" | "say" | "of" | "in" | "from" | "were" | "by" | "to" | "for"
        ) || matches!(prev, "media" | "news" | "press" | "the"))
        || l == "meets" && matches!(prev, "track" | "swim" | "the");
    if words.is(k, class::TIMETABLE) && !words.after_number(k) && !noun_report {
        return Some(Tense::Future);
    }
    // "were planning to drive Saturday": the intention decides, not "were".
    if matches!(l, "was" | "were") && matches!(next, "planning" | "going" | "about") {
        return None;
    }
    // "unspecified", "untouched", "unnamed": adjectives, not past verbs.
    let participle = words.is(k, class::IRREGULAR_PAST)
        || (l.len() >= 5
            && l.ends_with("ed")
            && !l.starts_with("un")
            && !words.is(k, class::NOT_PAST_ED));
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
        return None;
    }
    // "with US markets shut on Tuesday": a closure after "with" and its
    // noun is a state, not a past event (unlike "with Haaland, signed in
    // June").
    if matches!(l, "shut" | "closed")
        && (2..=4).any(|d| words.back(k, d) == "with")
        && !matches!(prev, "was" | "were" | "had" | "has" | "have")
    {
        return None;
    }
    // "The Fed last cut its discount rate on Sept. 13": a verb whose past
    // is its base, with its object after it and no modal or "to" before,
    // tells of the past (the noun, "a rate cut on Friday", has no object).
    if matches!(l, "cut" | "put" | "hit" | "cost" | "spread")
        && !words.is(k.wrapping_sub(1), class::BASE_BEFORE)
        && !matches!(prev, "t" | "do" | "does")
        && (matches!(
            next,
            "its" | "their" | "his" | "her" | "our" | "the" | "a" | "an" | "back"
        ))
    {
        return Some(Tense::Past);
    }
    // Only an "-ed" participle needs these checks.
    if participle && l.ends_with("ed") {
        // An adjective: "an advanced engine", "the six-wheeled rover", "a
        // highly skilled crew" (not "re-elected", "co-founded"); and a
        // participle that adds to the clause: ", followed by physics on
        // Tuesday".
        let determiner =
            |w: &str| DETERMINERS.contains(&w) || matches!(w, "some" | "more" | "most");
        let compound = words.gap_before(k) == "-"
            && !matches!(
                prev,
                "re" | "co" | "pre" | "de" | "mis" | "over" | "under" | "out"
            );
        let adjective = determiner(prev) || (prev.ends_with("ly") && determiner(prev2)) || compound;
        let added = matches!(l, "followed" | "preceded")
            && next == "by"
            && words.gap_before(k).contains(',');
        if adjective || added {
            return None;
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
                if w == "to" {
                    return Some(k - j <= 2);
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
                return None;
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
            return None;
        }
        return Some(Tense::Past);
    }
    None
}

/// Words that mark the future only when nothing else in the sentence
/// does: "until Thursday" is a deadline ahead, but "until Thursday, they
/// had not called him a suspect" is past.
const WEAK: &[&str] = &["until"];

/// Words right before an expression that put it ahead of the document
/// date: "as soon as Tuesday", "as early as next week", "effective Feb. 1",
/// "payable Dec. 15", "holders of record Nov. 17".
fn lead_in(words: &Words, first: usize, last: usize) -> Option<Tense> {
    let w = |k: usize| words.back(first, k);
    let word = |k: usize| words.word(k);
    // "cancelled until at least Thursday": the hedge is no lead-in.
    if first >= 2 && (w(2), w(1)) == ("at", "least") {
        return lead_in(words, first - 2, last);
    }
    // "the government declared Thursday a public holiday", "declared
    // Monday a day of national mourning": a day set aside is still to
    // come.
    if matches!(
        w(1),
        "declared" | "declares" | "declaring" | "named" | "designated"
    ) && matches!(word(last + 1), "a" | "an")
    {
        return Some(Tense::Future);
    }
    // "ahead of a leaders' summit in September", "ahead of the party's
    // conference in December": what is ahead is the event of the date.
    let ahead_of = (2..=7)
        .filter_map(|d| first.checked_sub(d))
        .find(|&k| word(k) == "of" && words.back(k, 1) == "ahead")
        .is_some_and(|k| {
            (k + 1..first).all(|j| {
                !words.gap_before(j).contains([',', ';'])
                    && (j + 1 == first
                        || words.classes[j] & !class::NOT_VERB == 0 && !word(j).ends_with("ed"))
            })
        });
    // "issued an orange alert for Mumbai and Thane for Tuesday": what a
    // warning is for lies ahead.
    let warned_for = first >= 2
        && w(1) == "for"
        && (2..=8)
            .filter_map(|d| first.checked_sub(d))
            .find(|&k| {
                matches!(
                    word(k),
                    "alert" | "alerts" | "warning" | "warnings" | "watch"
                )
            })
            .is_some_and(|k| (k + 1..first).all(|j| !words.gap_before(j).contains(';')));
    if ahead_of || warned_for {
        return Some(Tense::Future);
    }
    // "in the Sept. 11 attacks", "after the March 11 earthquake", "following
    // a riot in May": a disaster is not scheduled, so one dated is past;
    // unless it is only feared ("warned of a bombing on Friday").
    let disaster = |k: usize| words.is(k, class::DISASTER) && words.gap_before(k) != "-";
    let feared = |k: usize| {
        (1..=4)
            .filter_map(|d| k.checked_sub(d))
            .any(|j| words.is(j, class::FEARED))
    };
    if let Some(k) = [
        Some(last + 1).filter(|&k| disaster(k)),
        first
            .checked_sub(2)
            .filter(|&k| disaster(k) && matches!(w(1), "in" | "on")),
    ]
    .into_iter()
    .flatten()
    .next()
        && !feared(k)
    {
        return Some(Tense::Past);
    }
    // "the rescue approved by Congress on Friday could take weeks": the
    // date of a passive participle and its agent is when that was done,
    // whatever the main clause says; not "will be approved by ...".
    let by_agent = (2..=4)
        .filter_map(|d| first.checked_sub(d))
        .find(|&k| word(k) == "by")
        .filter(|&k| (k + 1..first).all(|j| !words.gap_before(j).contains([',', ';'])));
    if let Some(k) = by_agent
        && k >= 1
        && (word(k - 1).ends_with("ed") || words.is(k - 1, class::IRREGULAR_PAST))
        && !matches!(words.back(k - 1, 1), "be" | "being" | "to")
        // ", followed by physics on Tuesday" adds to the clause.
        && !matches!(word(k - 1), "followed" | "preceded" | "accompanied")
        && !words.is(k - 1, class::NOT_PAST_ED)
    {
        return Some(Tense::Past);
    }
    match (w(3), w(2), w(1)) {
        ("as", "soon" | "early", "as") => Some(Tense::Future),
        // "The general election is Nov. 8", "the vote is on Tuesday": a
        // date as what something is, is its date ahead.
        (_, "is" | "are", "on") | (_, _, "is" | "are") if first > 1 => Some(Tense::Future),
        // "trading was light ahead of the Easter holiday"
        ("ahead", "of", "the") | (_, "ahead", "of") => Some(Tense::Future),
        // "taxes retroactive to Jan. 1": a start already passed.
        (_, "retroactive" | "backdated", "to") => Some(Tense::Past),
        // "to offer the phone in time for Christmas"
        ("in", "time", "for") => Some(Tense::Future),
        // "a decision is unlikely before March", "flood warnings for the
        // weekend"
        (_, "unlikely" | "likely" | "possible" | "expected", "before")
        | (_, "warning" | "warnings" | "alert" | "alerts", "for") => Some(Tense::Future),
        // "postponed until Tuesday", "extended to Nov. 20"; a sentence
        // opening "Until Thursday, ..." is left to the clause, and "was
        // not capped until mid-July" looks back.
        (_, _, "until" | "till") if first > 1 => {
            let negated_past = (2..=8).filter_map(|d| first.checked_sub(d)).any(|k| {
                matches!(word(k), "wasn" | "weren" | "didn" | "hadn")
                    || matches!(word(k), "not" | "never")
                        && matches!(words.back(k, 1), "was" | "were" | "did" | "had")
            });
            // "remained open until Tuesday", "stayed on as army commander
            // until March": what lasted until then is over.
            let lasted = (2..=6).filter_map(|d| first.checked_sub(d)).any(|k| {
                matches!(
                    word(k),
                    "remained"
                        | "stayed"
                        | "lasted"
                        | "continued"
                        | "waited"
                        | "worked"
                        | "lived"
                        | "served"
                        | "persisted"
                        | "ruled"
                        | "reigned"
                        | "tracked"
                        // "a session that ran until late evening"
                        | "ran"
                        | "dragged"
                        | "raged"
                        // "the court heard arguments until Tuesday night"
                        | "heard"
                        | "met"
                        | "talked"
                        | "debated"
                        | "argued"
                        | "negotiated"
                        | "deliberated"
                        | "fought"
                        | "played"
                        | "celebrated"
                        | "danced"
                        | "marched"
                        | "protested"
                        | "searched"
                        | "campaigned"
                        // "had until midnight Saturday to file"
                        | "had"
                )
            });
            Some(if negated_past || lasted {
                Tense::Past
            } else {
                Tense::Future
            })
        }
        (_, _, "effective" | "payable") | (_, "effective" | "payable", "on" | "from") => {
            Some(Tense::Future)
        }
        // "a mourning period starting Tuesday"
        (_, _, "starting" | "beginning") if first > 1 => Some(Tense::Future),
        (_, _, "since") => Some(Tense::Before),
        // "to holders of record April 26", "of record on April 26"
        (_, "of", "record") | ("of", "record", "on" | "as") => Some(Tense::Future),
        // "will release credit data for October": figures describe a
        // period that has passed.
        (_, "data" | "figures" | "statistics" | "numbers" | "results", "for") => Some(Tense::Past),
        // "GDP grew 0.3% in the three months to June": a period of
        // figures, which has ended. ("the year to March" is as often a
        // fiscal year still running.)
        (_, "months" | "weeks" | "quarter", "to") => Some(Tense::Past),
        _ => put_off(words, first, last),
    }
}

/// "adjourned the case to Oct. 3", "rescheduled the meeting for Aug. 30",
/// "was extended in early November through April 30",
/// "setting up a hearing for late February", "set a Sept. 13 trial date":
/// the date a thing is put off or set to lies ahead of the act, unless the
/// act is told as earlier ("had been postponed to"). Not a clock time ("an
/// address set for 10 a.m."), which keeps the day of the story.
fn put_off(words: &Words, first: usize, last: usize) -> Option<Tense> {
    let before = (words.back(first, 2), words.back(first, 1));
    // "set a trial date of March 9 in a patent lawsuit filed in 2012"
    let date_of = before == ("date", "of")
        && (3..=5).any(|d| matches!(words.back(first, d), "set" | "sets" | "setting" | "fixed"));
    let lead = date_of
        || matches!(before, (_, "to" | "for" | "through"))
        || matches!(
            before,
            ("set" | "sets" | "setting" | "fixed", "a" | "an" | "the")
        );
    // The words of the expression (digits are not words) are those of a
    // clock time: "10 a.m.", "noon".
    let clock = (first..=last).all(|k| {
        matches!(
            words.word(k),
            "a" | "m" | "p" | "am" | "pm" | "noon" | "midnight" | "gmt" | "utc" | "o" | "clock"
        )
    });
    if !lead || clock || first < 2 {
        return None;
    }
    let verb = (2..=8)
        .filter_map(|d| first.checked_sub(d))
        .take_while(|&k| !words.gap_before(k + 1).contains([',', ';']))
        .find(|&k| words.is(k, class::RESCHEDULE))?;
    // "The hearing, originally set for Nov. 18, was postponed": the
    // first plan's date may have passed or not (as with "originally
    // scheduled").
    if matches!(
        words.back(verb, 1),
        "originally" | "initially" | "previously"
    ) {
        return Some(Tense::Present);
    }
    let had = (1..=2).any(|d| words.back(verb, d) == "had");
    Some(if had { Tense::Past } else { Tense::Future })
}

/// Reusable buffers for [`Scratch::tense_at`], so asking for the tense of
/// many expressions allocates once.
#[derive(Default)]
pub struct Scratch {
    /// The text (address and length) and sentence bounds `lower` holds.
    sentence: Option<(usize, usize, usize, usize)>,
    lower: String,
    words: Vec<(usize, usize)>,
    /// For each word, the lists it belongs to (see [`class`]).
    classes: Vec<u16>,
    /// For each word, the quotation it sits in (see [`quote_regions`]).
    regions: Vec<Region>,
}

/// Where a word stands relative to quotation marks: outside any quote,
/// or inside the quote with this index. Reported speech keeps its own
/// tense: in `"He will leave Thursday," Castro said`, "said" must not
/// make Thursday past.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Region {
    Outside,
    Quote(u32),
}

/// Whether the straight quote mark of `len` bytes at `i` opens a quote:
/// it follows a space (or starts the text) and a word follows it.
fn opens(bytes: &[u8], i: usize, len: usize) -> bool {
    let after_space = i == 0 || bytes[i - 1].is_ascii_whitespace() || bytes[i - 1] == b'(';
    let before_word = bytes.get(i + len).is_some_and(|b| !b.is_ascii_whitespace());
    after_space && before_word
}

/// The region of each offset in `offsets` (ascending) of `s`: a mark
/// that opens a quote (`` ` ` ``, `“`, or `"` before a word) starts a new
/// quote, a closing mark (`''`, `”`, or `"` after a word) ends it.
fn quote_regions(s: &str, offsets: impl Iterator<Item = usize>, out: &mut Vec<Region>) {
    let bytes = s.as_bytes();
    // A sentence of a quotation opened in an earlier sentence starts
    // inside it: its first mark closes ("Nobody knows. We could see $30
    // before the autumn," said an analyst).
    let candidate = |b: &u8| matches!(b, b'`' | b'\'' | b'"' | 0xe2);
    let mut i = 0;
    let mut first_mark = None;
    while first_mark.is_none()
        && let Some(k) = bytes[i..].iter().position(candidate)
    {
        let (open, len) = quote_mark(bytes, i + k);
        first_mark = open;
        i += k + len;
    }
    let mut region = if first_mark == Some(false) {
        Region::Quote(0)
    } else {
        Region::Outside
    };
    let mut i = 0;
    let mut quotes = 0;
    for at in offsets {
        while i < at.min(bytes.len()) {
            if !candidate(&bytes[i]) {
                i += 1;
                continue;
            }
            let (open, len) = quote_mark(bytes, i);
            if let Some(open) = open {
                region = if open {
                    quotes += 1;
                    Region::Quote(quotes)
                } else {
                    Region::Outside
                };
            }
            i += len;
        }
        out.push(region);
    }
}

/// The quotation mark at byte `i`, if any: whether it opens a quote, and
/// its length in bytes.
fn quote_mark(bytes: &[u8], i: usize) -> (Option<bool>, usize) {
    let rest = &bytes[i..];
    match bytes[i] {
        b'`' if rest.starts_with(b"``") => (Some(true), 2),
        // Some wires open quotes with '' too: before a word, it opens.
        b'\'' if rest.starts_with(b"''") => (Some(opens(bytes, i, 2)), 2),
        b'"' => (Some(opens(bytes, i, 1)), 1),
        0xe2 if rest.starts_with("\u{201c}".as_bytes()) => (Some(true), 3),
        0xe2 if rest.starts_with("\u{201d}".as_bytes()) => (Some(false), 3),
        _ => (None, 1),
    }
}

impl Scratch {
    /// The tense of the clause around `start..end` of `text`: the marker
    /// nearest to the expression in its sentence (ties go to the word
    /// before it); failing any, the first weak marker ("until").
    pub fn tense_at(&mut self, text: &str, start: usize, end: usize) -> Tense {
        if timeline_heading(text, start, end) {
            return Tense::Unknown;
        }
        let (s, e) = sentence_bounds(text, start, end);
        // One lower-cased copy of the sentence, its words as offsets into
        // it; kept for the next expression in the same sentence.
        if self.sentence != Some((text.as_ptr() as usize, text.len(), s, e)) {
            self.sentence = Some((text.as_ptr() as usize, text.len(), s, e));
            self.lower.clear();
            self.lower.push_str(&text[s..e]);
            self.lower.make_ascii_lowercase();
            self.words.clear();
            self.classes.clear();
            for (ws, w) in split_words(&self.lower) {
                self.words.push((ws, ws + w.len()));
                let bits = Key::of(w.as_bytes()).map_or(0, |key| CLASSES.get(key));
                self.classes.push(bits);
            }
            self.regions.clear();
            quote_regions(
                &self.lower,
                self.words.iter().map(|w| w.0),
                &mut self.regions,
            );
        }
        let inside = |&(ws, _): &(usize, usize)| s + ws >= start && s + ws < end;
        let first = self.words.iter().position(inside);
        let last = self.words.iter().rposition(inside).unwrap_or(0);
        let Some(first) = first else {
            return Tense::Unknown;
        };
        let words = Words {
            lower: &self.lower,
            spans: &self.words,
            classes: &self.classes,
        };
        let word = |k: usize| words.word(k);
        let here = self.regions.get(first).copied();
        // A capitalised "May" inside a sentence is the month, not the
        // modal ("The May-June period was hot").
        let month_may = |k: usize| {
            k > 0
                && word(k) == "may"
                && self
                    .words
                    .get(k)
                    .is_some_and(|&(a, _)| text.as_bytes()[s + a].is_ascii_uppercase())
        };
        let same_region = |k: usize| self.regions.get(k).copied() == here && !month_may(k);
        // Where the expression's clause ends: "will hold rallies on
        // Saturday, the White House said Friday", "left on Thursday night
        // and will return next week", "queued from 11:30 pm Monday to be
        // among the first" (an infinitive of purpose).
        let spans = &self.words;
        let clause_end = (last + 1..spans.len())
            .find(|&b| {
                clause_break(&self.lower.as_bytes()[spans[b - 1].1..spans[b].0])
                    || matches!(
                        word(b),
                        "and" | "but" | "while" | "whereas" | "that" | "which" | "who" | "whose"
                    )
                    || SUBORDINATORS.contains(&word(b))
                    || word(b) == "to" && words.is(b + 1, class::DUE_TO_VERB)
            })
            .unwrap_or(spans.len());
        let (t, at) = nearest(&words, &same_region, first, last, clause_end);
        let after = &text[end..];
        // "crude for June delivery", "the March futures contract": a
        // contract month is the next one.
        if [" delivery", " futures", " contract"]
            .iter()
            .any(|w| after.starts_with(w))
        {
            return Tense::Future;
        }
        // "revisit the March lows", "below its August peak": a market's
        // extreme has been reached.
        if [" low", " high", " peak", " trough"].iter().any(|w| {
            after
                .strip_prefix(w)
                .is_some_and(|r| r.is_empty() || r.starts_with(['s', ' ', ',', '.']))
        }) {
            return Tense::Past;
        }
        // "Tuesday's ruling", "August's figures": a possessive date names
        // something that has happened unless the clause says otherwise;
        // reported intentions ("said they would appeal Wednesday's
        // ruling") do not say otherwise.
        let possessive = after.starts_with("'s") || after.starts_with("\u{2019}s");
        // ... nor does a future in another clause: "will form a government
        // after winning Monday's election".
        let clause_start = (1..=first)
            .rev()
            .find(|&b| {
                clause_break(&self.lower.as_bytes()[spans[b - 1].1..spans[b].0])
                    // "after winning Monday's election"; not the
                    // preposition of "after Monday's holiday".
                    || b < first && SUBORDINATORS.contains(&word(b - 1))
            })
            .unwrap_or(0);
        let elsewhere = t == Tense::Future && at.is_some_and(|k| k < clause_start);
        let reported = t == Tense::Future && at.is_some_and(|k| word(k) == "would");
        // "The players return to their clubs for Saturday's fixtures": a
        // timetable looks ahead even to a possessive date.
        let timetable = at.is_some_and(|k| words.is(k, class::PLURAL_TIMETABLE));
        if possessive
            && (reported || elsewhere || matches!(t, Tense::Present | Tense::Unknown) && !timetable)
        {
            return Tense::Past;
        }
        // "cut its deposit rate from Friday", "the ban applies from
        // Monday": a change that takes effect on a weekday, unless the
        // weekday starts a range ("from Friday to Sunday").
        if first > 0
            && word(first - 1) == "from"
            // "up from Friday": a comparison with the day before.
            && !(first > 1 && matches!(word(first - 2), "up" | "down" | "higher" | "lower"))
            && matches!(
                classify_in(text.as_bytes(), start, end),
                Lex::Weekday { .. }
            )
            && ![" to ", " until ", " through ", " till ", "-", " and "]
                .iter()
                .any(|c| after.starts_with(c))
            && !possessive
        {
            return Tense::Future;
        }
        // "before Jan. 1, nine months away": a date so far off is ahead.
        if let Some(rest) = after.strip_prefix(", ") {
            let unit = |w: &str| {
                matches!(
                    w,
                    "days" | "weeks" | "months" | "years" | "day" | "week" | "month" | "year"
                )
            };
            let mut before = "";
            for w in rest.split([' ', ',', '.', ';']).take(4) {
                if w == "away" && unit(before) {
                    return Tense::Future;
                }
                before = w;
            }
        }
        // "now see the rate reaching 3.4% by December": a deadline in a
        // clause about the present lies ahead, as does one set for a task
        // ("a race against time to finish the championships by Sunday";
        // not "rose to 5% by Friday").
        let task = (3..=7).filter_map(|d| first.checked_sub(d)).any(|k| {
            word(k + 1) == "to"
                && matches!(
                    word(k),
                    "time"
                        | "race"
                        | "racing"
                        | "bid"
                        | "effort"
                        | "push"
                        | "rush"
                        | "scramble"
                        | "scrambling"
                        | "deadline"
                        | "pressure"
                        | "struggling"
                        | "working"
                        | "need"
                        | "needs"
                        | "has"
                        | "have"
                )
        });
        if first > 0
            && word(first - 1) == "by"
            && (matches!(t, Tense::Present | Tense::Unknown) || task)
        {
            return Tense::Future;
        }
        t
    }
}

/// Whether the expression at `start..end` heads a line of a timeline
/// ("Monday \u{2014} Regulators close the bank."): such entries are written
/// in the present whether they are past or ahead, so the verb says
/// nothing.
fn timeline_heading(text: &str, start: usize, end: usize) -> bool {
    let line_start = text[..start].trim_end_matches([' ', '\t']).ends_with('\n')
        || text[..start].trim().is_empty();
    let rest = text[end..].trim_start_matches(' ');
    line_start
        && ["\u{2014}", "\u{2013}", "- ", "--"]
            .iter()
            .any(|d| rest.starts_with(d))
}

/// Whether the text between two words breaks a clause: ", ", ";", ": ",
/// "(", "--" or a dash ("1,200" between words does not).
fn clause_break(sep: &[u8]) -> bool {
    sep.iter().enumerate().any(|(k, &c)| match c {
        b',' | b':' => sep.get(k + 1).is_some_and(u8::is_ascii_whitespace),
        b';' | b'(' => true,
        b'-' => sep.get(k + 1) == Some(&b'-'),
        0xe2 => sep[k..].starts_with("\u{2014}".as_bytes()),
        _ => false,
    })
}

/// The tense of the clause around `start..end` of `text` (see
/// [`Scratch::tense_at`]).
#[cfg(test)]
pub fn tense_at(text: &str, start: usize, end: usize) -> Tense {
    Scratch::default().tense_at(text, start, end)
}

/// The marker nearest to words `first..=last` of a sentence.
/// Only words for which `counts` holds are considered. A marker from word
/// `clause_end` on, past the end of the expression's clause, counts only
/// when none comes before the expression ("On Thursday, officials
/// spoke"). Returns the tense and the index of the word that decided it.
fn nearest(
    words: &Words,
    counts: &dyn Fn(usize) -> bool,
    first: usize,
    last: usize,
    clause_end: usize,
) -> (Tense, Option<usize>) {
    let n = words.len();
    let word = |k: usize| words.word(k);
    if let Some(t) = lead_in(words, first, last) {
        return (t, None);
    }
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
    let reach = first.max(n - 1 - last);
    for d in 1..=reach {
        let before = first.checked_sub(d + prep);
        for (k, after) in [(before, false), (Some(last + d), true)] {
            let Some(k) = k.filter(|&k| k < n && counts(k)) else {
                continue;
            };
            let Some(mut t) = marker(words, k) else {
                continue;
            };
            // "On Friday, the government planned to ...": the plan was
            // made then; the intention points ahead only from before.
            if after && t == Tense::Future && word(k) == "planned" {
                t = Tense::Past;
            }
            // "Cuba predicted Wednesday", "than forecast in November": a
            // date right after a past forecast is when it was made; its
            // object lies ahead ("predicted a mild Christmas", "predicts
            // Wednesday will be its busiest day").
            if !after
                && d == 1
                && t == Tense::Future
                && words.is(k, class::FORECAST)
                && (word(k).ends_with("ed") || word(k) == "forecast")
            {
                t = Tense::Past;
            }
            if WEAK.contains(&word(k)) {
                if weak.is_none_or(|(w, _)| k < w) {
                    weak = Some((k, t));
                }
            } else if after && k >= clause_end {
                beyond.get_or_insert((k, t));
            } else {
                return (t, Some(k));
            }
        }
    }
    beyond
        .or(weak)
        .map_or((Tense::Unknown, None), |(k, t)| (t, Some(k)))
}

/// ASCII words (letters and apostrophes) with their offsets.
fn split_words(s: &str) -> impl Iterator<Item = (usize, &str)> {
    let bytes = s.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < bytes.len() && !bytes[i].is_ascii_alphabetic() {
            i += 1;
        }
        if i >= bytes.len() {
            return None;
        }
        let st = i;
        while i < bytes.len() && bytes[i].is_ascii_alphabetic() {
            i += 1;
        }
        Some((st, &s[st..i]))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str, w: &str) -> Tense {
        let start = s.find(w).unwrap_or(0);
        tense_at(s, start, start + w.len())
    }

    #[test]
    fn picks_nearest_verb() {
        assert_eq!(
            t("On Thursday, officials spoke to reporters.", "Thursday"),
            Tense::Past
        );
        assert_eq!(
            t("The board will meet on Thursday.", "Thursday"),
            Tense::Future
        );
        assert_eq!(
            t("He said Friday that the plant will close.", "Friday"),
            Tense::Past
        );
        assert_eq!(
            t("Officials said the vote will be held Thursday.", "Thursday"),
            Tense::Future
        );
    }
}
