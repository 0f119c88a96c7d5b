//! Words right before an expression that decide its tense on their own:
//! "as soon as Tuesday", "postponed until Tuesday", "adjourned the case
//! to Oct. 3".

use super::words::{VOTE, class};
use super::{DETERMINERS, Tense, Words};
use crate::time::lexicon::{Lex, classify_in};

/// Whether the expression dates what something comes after: "after
/// walkouts in March and last month", "after the summit on Friday" (not
/// "after Monday" itself, nor across a comma).
pub(super) fn after_what(words: &Words, first: usize) -> bool {
    words
        .back_in_clause(first, 2, 5)
        .any(|k| words.word(k) == "after")
}

/// Whether the expression is what something comes "ahead of": "ahead
/// of a leaders' summit in September", "ahead of the party's conference
/// in December", "trading was light ahead of the Easter holiday", "the
/// figures come ahead of a crucial EU summit in Brussels on Thursday",
/// "walked out on Monday, ahead of a confidence vote on Thursday".
pub(super) fn ahead_of(words: &Words, first: usize) -> bool {
    event_after(words, first, |k| {
        words.word(k) == "of" && words.back(k, 1) == "ahead"
            // So is what a day is the eve of, or a boycott is called of:
            // "arrived on the eve of Tuesday's summit", "are calling for a
            // boycott of Tuesday's vote".
            || words.word(k) == "of" && matches!(words.back(k, 1), "eve" | "boycott")
            // So is what a thing paves, clears or opens the way for, or
            // sets the stage for: "lost a confidence vote on Monday,
            // paving the way for a snap election on Feb. 23".
            || words.word(k) == "for" && matches!(words.back(k, 1), "way" | "stage")
            // What a thing triggers or sets up comes after it: "lost the
            // vote on Monday, triggering an election in February",
            // "Tuesday's primaries set up several November races".
            || matches!(words.word(k), "triggering" | "triggered" | "triggers")
            || words.word(k) == "up" && matches!(words.back(k, 1), "set" | "sets" | "setting")
            // What is bet on, priced in or given odds is still to come:
            // "pared bets on a June rate cut", "priced in a rate cut by
            // May", "a 20% chance of another hike at the Fed's September
            // meeting".
            // (What is bet on is named between: "bet on Tuesday that
            // stocks would rise" dates the bet.)
            || k + 1 < first
                && match words.word(k) {
                    "on" => matches!(words.back(k, 1), "bet" | "bets" | "betting" | "wager" | "wagers"),
                    "in" => matches!(words.back(k, 1), "priced" | "pricing"),
                    "of" => matches!(words.back(k, 1), "chance" | "chances" | "odds" | "probability"),
                    _ => false,
                }
    })
}

/// Whether the expression dates an event something lasts until:
/// "handing power to Putin until elections in March" ("until March"
/// itself is the lead-in's). Like what something comes ahead of, it lies
/// after what the clause tells.
pub(super) fn until_event(words: &Words, first: usize) -> bool {
    event_after(words, first, |k| {
        // (Not a time of day: "until 9 p.m. on Wednesday".)
        matches!(words.word(k), "until" | "till")
            && k + 2 < first
            && !words
                .gap_before(k + 1)
                .contains(|c: char| c.is_ascii_digit())
            && !matches!(words.word(k + 1), "noon" | "midnight" | "dawn" | "dusk")
    })
}

/// Whether word `opens` up to ten words before the expression opens a
/// phrase of nouns that ends in it (no verb, no comma between).
fn event_after(words: &Words, first: usize, opens: impl Fn(usize) -> bool) -> bool {
    let word = |k: usize| words.word(k);
    (1..=10)
        .filter_map(|d| first.checked_sub(d))
        .find(|&k| opens(k))
        .is_some_and(|k| {
            (k + 1..first).all(|j| {
                !words.comma_before(j)
                    && (j + 1 == first
                        || VOTE.contains(&word(j))
                        // (A name is a noun, whatever verb it is spelt
                        // as: "the Fed's September meeting".)
                        || words.classes[j] & class::NAME != 0
                        || words.classes[j] & !class::NOT_VERB == 0 && !word(j).ends_with("ed")
                        // A move of rates is a noun after a rate or an
                        // article: "a rate cut in September", "another
                        // hike at the Fed's September meeting".
                        || matches!(word(j), "cut" | "cuts" | "hike" | "hikes")
                            && matches!(word(j - 1), "rate" | "a" | "another"))
            })
        })
}

/// Whether the expression is what something comes a count of time
/// before: "three days before Thursday's confidence vote", "less than
/// four months before Election Day", "weeks before the November
/// election". Like what something comes ahead of, it lies after what
/// the clause tells.
pub(super) fn counted_before(words: &Words, first: usize) -> bool {
    let b = if DETERMINERS.contains(&words.back(first, 1)) {
        2
    } else {
        1
    };
    words.back(first, b) == "before"
        && !words.comma_before(first + 1 - b)
        && matches!(
            words.back(first, b + 1),
            "hours" | "day" | "days" | "week" | "weeks" | "month" | "months" | "year" | "years"
        )
}

/// Whether the expression ends a year of accounts: "the year to March",
/// "the 12 months to 30 June", "the financial year to June 30". Such a
/// year is told of in the months around its end, before it ("profit for
/// the 12 months to 30 June should exceed $90 million", written in March)
/// or after it ("will report results for the 12 months to September 30",
/// written in October): unless the clause is past, the nearest end is
/// meant.
pub(super) fn year_end_of(words: &Words, first: usize) -> bool {
    if words.back(first, 1) != "to" {
        return false;
    }
    match words.back(first, 2) {
        "year" => true,
        // "twelve" is a word, "12" lies in the gap before the unit.
        "months" => {
            words.back(first, 3) == "twelve"
                || first >= 2 && words.gap_before(first - 2).split_whitespace().last() == Some("12")
        }
        _ => false,
    }
}

/// Words right before an expression that put it ahead of the document
/// date: "as soon as Tuesday", "as early as next week", "effective Feb. 1",
/// "payable Dec. 15", "holders of record Nov. 17".
pub(super) fn lead_in(words: &Words, first: usize, last: usize) -> Option<Tense> {
    let w = |k: usize| words.back(first, k);
    let word = |k: usize| words.word(k);
    if notice(words, first) {
        return Some(Tense::Future);
    }
    // "cancelled until at least Thursday": the hedge is no lead-in.
    if first >= 2 && (w(2), w(1)) == ("at", "least") {
        return lead_in(words, first - 2, last);
    }
    // "The engine test was delayed until after Thanksgiving": a plan put
    // off until after a date, as until the date.
    if first >= 3 && matches!(w(2), "until" | "till") && w(1) == "after" {
        return lead_in(words, first - 1, last);
    }
    // "had run normally since 7 p.m. EST on Friday": the day of a time
    // things have gone on since; and of a deadline, "has until 5pm on
    // Thursday to make a firm bid". (Not any "until": "celebrated until
    // 2 a.m. on Monday" is as often over as "until midnight on Tuesday"
    // is ahead, and the clause decides better.)
    if w(1) == "on"
        && let Some(k) = (2..=6)
            .filter_map(|d| first.checked_sub(d))
            .find(|&k| !CLOCK_WORDS.contains(&word(k)))
        && k + 2 < first
        && (word(k) == "since"
            || matches!(word(k), "until" | "till")
                && matches!(words.back(k, 1), "has" | "have" | "had"))
    {
        return lead_in(words, k + 1, last);
    }
    // "has fallen since the Bank's Aug. 2 rate increase", "since its
    // March 3 launch": a date that names what a stretch runs from, after
    // the determiner or the possessive that brings the noun in.
    if let Some(d) = (2..=4).filter(|&d| first >= d).find(|&d| w(d) == "since")
        && (1..d).all(|e| {
            matches!(w(e), "the" | "its" | "their" | "his" | "her" | "our" | "s")
                || words.is(first - e, class::NAME)
        })
    {
        return lead_in(words, first - d + 1, last);
    }
    // "He would have turned 100 in June": the birthday or anniversary a
    // life cut short would have reached may fall on either side of the
    // document date; the nearest. (What could have been done is past:
    // "He could have won the seat in May".)
    if matches!(w(1), "in" | "on")
        && (2..=5).any(|d| {
            w(d) == "have"
                && w(d + 1) == "would"
                && first >= d
                && matches!(
                    word(first - d + 1),
                    "turned" | "celebrated" | "marked" | "been"
                )
        })
    {
        return Some(Tense::Nearest);
    }
    // "will report results for the three months ended April 30 on May
    // 22", "Results for the quarter ended April 30 are due next month": a
    // period reported ahead may not have ended yet; the nearest end.
    if matches!(w(1), "ended" | "ending")
        && matches!(
            w(2),
            "months" | "weeks" | "quarter" | "year" | "half" | "period"
        )
        && (words
            .back_in_clause(first, 3, 14)
            .any(|k| matches!(word(k), "will" | "would" | "expects" | "expected" | "due"))
            || (last + 1..last + 4).any(|k| matches!(word(k), "will" | "due")))
    {
        return Some(Tense::Nearest);
    }
    // "a cease-fire starting at noon Tuesday", "a truce starting at 6
    // p.m. on Tuesday": a time of the day told before the day, with the
    // "at" that brings it in, stands between the day and the words that
    // lead it in, which decide as they do for the day alone ("starting
    // Tuesday"). (A clock time with no day keeps the story's: "broadcast
    // live beginning at 6 p.m. PST".)
    let on = usize::from(w(1) == "on");
    let clock = (on + 1..=on + 5)
        .take_while(|&d| d <= first && CLOCK_WORDS.contains(&w(d)))
        .count();
    let told_first = CLOCK_WORDS.contains(&word(first)) && on == 0;
    if (clock > 0 || told_first)
        && !CLOCK_WORDS.contains(&word(last))
        && first > on + clock
        && w(on + clock + 1) == "at"
    {
        return lead_in(words, first - on - clock - 1, last);
    }
    // So does "until" before the time, which leads in as it does before
    // the day alone: "The truce was extended for another 24 hours until
    // 0600 GMT on Thursday" is as "extended until Thursday".
    if clock > 0
        && !CLOCK_WORDS.contains(&word(last))
        && first > on + clock
        && matches!(w(on + clock + 1), "until" | "till")
    {
        return lead_in(words, first - on - clock, last);
    }
    // "returns from the Christmas recess on Tuesday 27 January", "back
    // from the summer break": what one comes back from is over.
    let the = usize::from(w(1) == "the");
    if w(the + 1) == "from"
        && matches!(
            w(the + 2),
            "back" | "return" | "returns" | "returned" | "returning"
        )
    {
        return Some(Tense::Past);
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
    // "issued an orange alert for Mumbai and Thane for Tuesday": what a
    // warning is for lies ahead.
    // ("a heavy rain watch for Hawke's Bay from Thursday afternoon")
    // ("blizzard warnings for coastal New England through Friday morning")
    // (A time of the day may come between: "a warning valid until 9am on
    // Saturday".)
    let time_of_day = match (w(3), w(2), w(1)) {
        (_, "am" | "pm" | "noon" | "midday" | "midnight", "on") => 2,
        ("a" | "p", "m", "on") => 3,
        _ => 0,
    };
    let at = first.saturating_sub(time_of_day);
    // ("declared a total fire ban for Thursday": so does a ban's. Told in
    // a past perfect, the day has gone by: "had issued a flood warning for
    // Saturday, but the rain arrived early".)
    // ("issued an amber alert for snow on Sunday": "on" after what the
    // warning is for.)
    let prep = words.back(at, 1);
    // ("a red warning for extreme heat, covering Monday and Tuesday",
    // "BLIZZARD WARNING IN EFFECT FROM 6 PM THIS EVENING TO 6 PM EST
    // SUNDAY": the days it covers and where it runs to.)
    let warned_for = (at >= 2
        && (matches!(
            prep,
            "for" | "from" | "through" | "until" | "to" | "covering"
        ) || prep == "on" && (2..=4).any(|d| words.back(at, d) == "for")))
    .then(|| {
        (2..=8).filter_map(|d| at.checked_sub(d)).find(|&k| {
            matches!(
                word(k),
                "alert"
                    | "alerts"
                    | "warning"
                    | "warnings"
                    | "watch"
                    | "advisory"
                    | "advisories"
                    | "ban"
                    | "bans"
                    // What a truce or a curfew is called for lies ahead too:
                    // "announced a 12-hour ceasefire for Thursday".
                    | "ceasefire"
                    | "truce"
                    | "pause"
                    | "curfew"
            )
        })
    })
    .flatten()
    // (Not one told as in force then: "A warning for wind was in
    // force until midday on Friday".)
    // (Nor one told as lasting or gone: "The ceasefire held until
    // Monday".)
    .filter(|&k| {
        (k + 1..at).all(|j| {
            !words.gap_before(j).contains(';')
                && !matches!(
                    word(j),
                    "was"
                        | "were"
                        | "held"
                        | "lasted"
                        | "stayed"
                        | "remained"
                        | "expired"
                        | "ended"
                )
        })
    });
    if let Some(k) = warned_for {
        return Some(if had_done_before(words, k) {
            Tense::Past
        } else {
            Tense::Future
        });
    }
    // "in the Sept. 11 attacks", "after the March 11 earthquake", "following
    // a riot in May": a disaster is not scheduled, so one dated is past;
    // unless it is only feared ("warned of a bombing on Friday").
    // ("a hit-and-run on the Naas Road on Friday night" is a crime too.)
    let disaster = |k: usize| {
        words.is(k, class::DISASTER) && words.gap_before(k) != "-"
            || words.word(k) == "run"
                && words.back(k, 1) == "and"
                && words.back(k, 2) == "hit"
                && words.gap_before(k) == "-"
    };
    let feared = |k: usize| {
        (1..=4)
            .filter_map(|d| k.checked_sub(d))
            .any(|j| words.is(j, class::FEARED))
    };
    // ("will mark the anniversary of the attacks on Sunday": the day
    // after an anniversary's disaster may be the anniversary's.)
    let anniversary = |k: usize| {
        (1..=6)
            .filter_map(|d| k.checked_sub(d))
            .any(|j| matches!(word(j), "anniversary" | "anniversaries"))
    };
    // ("a shooting outside a pub in Peckham on Tuesday night", "an
    // assault in Temple Bar on Sunday": so is one placed before its date,
    // the place told in a few words with no verb or clause among them.)
    let placed = || {
        // (A noun with its article, not "We start shooting in Belfast in
        // October", filming.)
        phrase_before(
            words,
            first,
            disaster,
            &[
                "that", "which", "who", "where", "and", "or", "to", "for", "of",
            ],
        )
        .filter(|&k| {
            k + 2 < first
                && (1..=3).any(|d| DETERMINERS.contains(&words.back(k, d)))
                && matches!(
                    word(k + 1),
                    "in" | "on" | "at" | "outside" | "near" | "off" | "along" | "inside"
                )
        })
    };
    if seen_before(words, first) {
        return Some(Tense::Past);
    }
    // ("Claims from the August derecho could exceed $7 billion": a storm
    // named by its month has come; one named by its day may be forecast.)
    let storm = |k: usize| {
        matches!(words.lex(last), Lex::Month { .. })
            && matches!(
                word(k),
                "derecho"
                    | "floods"
                    | "flood"
                    | "flooding"
                    | "tornado"
                    | "tornadoes"
                    | "hailstorm"
                    | "hailstorms"
                    | "blizzard"
                    | "wildfire"
                    | "wildfires"
                    | "mudslide"
                    | "mudslides"
                    | "eruption"
                    | "freeze"
                    | "heatwave"
            )
    };
    if let Some(k) = [
        Some(last + 1).filter(|&k| disaster(k) || storm(k)),
        first
            .checked_sub(2)
            .filter(|&k| disaster(k) && matches!(w(1), "in" | "on") && !anniversary(k)),
        placed().filter(|&k| !anniversary(k)),
    ]
    .into_iter()
    .flatten()
    .next()
        && !feared(k)
    {
        return Some(Tense::Past);
    }
    if alleged(words, first) {
        return Some(Tense::Past);
    }
    // "the rescue approved by Congress on Friday could take weeks": the
    // date of a passive participle and its agent is when that was done,
    // whatever the main clause says; not "will be approved by ...".
    let by_agent = (2..=4)
        .filter_map(|d| first.checked_sub(d))
        .find(|&k| word(k) == "by")
        .filter(|&k| (k + 1..first).all(|j| !words.comma_before(j)))
        // ("results expected by 7pm on Saturday": a clock is no agent but
        // a deadline.)
        .filter(|&k| {
            !words.gap_before(k + 1).bytes().any(|b| b.is_ascii_digit())
                && !matches!(word(k + 1), "noon" | "midnight")
        })
        // (Nor is a stretch something is moved by: "was extended by six
        // months to Dec. 31".)
        .filter(|&k| {
            !(k + 1..first).any(|j| {
                matches!(
                    word(j),
                    "day" | "days" | "week" | "weeks" | "month" | "months" | "year" | "years"
                )
            })
        });
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
    // "has promised free elections by June", "wants the deal completed
    // by the end of March": a deadline in what is promised or wanted now
    // lies ahead. (A past one may have passed: "the strike that many
    // expected to be over by Friday lasted into this week", "Firms were
    // told to comply by June 3".)
    let promised_by = w(1) == "by"
        && words
            .back_in_clause(first, 2, 8)
            .find(|&k| words.is(k, class::INTENT))
            .is_some_and(|k| {
                !(word(k).ends_with("ed") || words.is(k, class::IRREGULAR_PAST))
                    || matches!(words.back(k, 1), "has" | "have")
            });
    if promised_by || gathering_asked(words, first) || warned_against(words, first) {
        return Some(Tense::Future);
    }
    // Whether a word some rule below looks for stands a few words back
    // (see `class::LEAD_CUE`): most dates have none, and are spared the
    // searches.
    let cue = (2..=9)
        .filter_map(|d| first.checked_sub(d))
        .any(|k| words.is(k, class::LEAD_CUE));
    let after_gerund = after_gerund(words, first);
    match (w(3), w(2), w(1)) {
        // ("may have begun as early as Dec. 10": a perfect looks back;
        // so does a past perfect further back, "had asked for air
        // support as early as Saturday".)
        ("as", "soon" | "early", "as") => Some(
            if perfect_before(words, first - 3) || had_before(words, first - 3) {
                Tense::Past
            } else {
                Tense::Future
            },
        ),
        // "The general election is Nov. 8", "the vote is on Tuesday": a
        // date as what something is, is its date ahead.
        (_, "is" | "are", "on") | (_, _, "is" | "are") if first > 1 => Some(Tense::Future),
        // "taxes retroactive to Jan. 1": a start already passed, even a
        // few weeks back across the new year ("The raises are retroactive
        // to Jan. 1", written in December); so is an origin ("infections
        // may date back to early February").
        (_, "retroactive" | "backdated", "to")
        | ("date" | "dates" | "dating" | "trace" | "traces" | "traced", "back", "to") => {
            Some(Tense::Before)
        }
        // "to offer the phone in time for Christmas"; told as done before
        // ("had shipped nearly all orders in time for Christmas", written
        // on 30 December), the nearest. (Told in the past alone, "shipped
        // its orders in time for Christmas", the verb decides, and what
        // is done for a day is done before it.)
        ("in", "time", "for") => {
            if had_before(words, first - 3) {
                Some(Tense::Nearest)
            } else {
                None
            }
        }
        // "announced tariffs, to take effect on 1 September": what is to
        // take effect has not yet.
        // (A plan told in the past, "was due to", "was supposed to",
        // "had been scheduled to", "was to", is left to its verb: see the
        // tense markers.)
        ("take", "effect", "on" | "from" | "in")
            if words.back(first, 4) == "to"
                && !matches!(words.back(first, 5), "was" | "were")
                && !(matches!(words.back(first, 6), "was" | "were" | "been")
                    && matches!(
                        words.back(first, 5),
                        "due" | "supposed" | "meant" | "scheduled" | "set" | "expected"
                    )) =>
        {
            Some(Tense::Future)
        }
        // "a legal target of 90% by Nov. 1": a target's date lies ahead
        // (not what was "reached of the target by the end of August").
        ("target" | "targets" | "goal" | "goals", "of", "by") => Some(Tense::Future),
        // "expected to show inflation unchanged from the March quarter":
        // what a figure is compared with has been measured.
        _ if first > 0 && words.comparison_from(first - 1) => Some(Tense::Past),
        // "a decision is unlikely before March", "flood warnings for the
        // weekend"
        (_, "unlikely" | "likely" | "possible" | "expected", "before")
        | (_, "warning" | "warnings" | "alert" | "alerts", "for") => Some(Tense::Future),
        // "bookings for the spring had fallen", "seats for Wednesday
        // afternoon had sold out": what is booked lies ahead.
        // ("Tickets for the Boxing Day Test went on sale")
        // Bookings the sentence goes on to count in the past ("Hotel
        // bookings for Halloween were down this year", written in
        // November) may be for a day just gone: the nearest one.
        (_, b, "for") | (b, "for", "the")
            if matches!(
                b,
                "bookings" | "booking" | "tickets" | "ticket" | "seats" | "reservations" | "fares"
            ) =>
        {
            // (Not a verb of a clause of its own: "stopped taking
            // reservations for October after the renovation was delayed".)
            let counted = (last + 1..(last + 4).min(words.len()))
                .take_while(|&k| {
                    !words.comma_before(k)
                        && !matches!(
                            word(k),
                            "after"
                                | "before"
                                | "when"
                                | "because"
                                | "as"
                                | "since"
                                | "until"
                                | "while"
                                | "if"
                        )
                })
                .any(|k| matches!(word(k), "were" | "was"));
            Some(if counted {
                Tense::Nearest
            } else {
                Tense::Future
            })
        }
        // "funding the government through Dec. 3", "extended the visas
        // through March": what is paid for, extended or closed runs on to
        // a day ahead, whatever the tense of the clause ("talks ran
        // through the night" is left to it).
        // ("The fund rose 2% through Oct. 19": "fund" and "finance" as
        // nouns report.)
        // (Not the end of a stretch told whole, which the clause's verb
        // decides as it does the start: "The talks were suspended Monday
        // through Wednesday", "canceled shows from Sunday night through
        // Tuesday".)
        (_, _, "through" | "thru")
            if first > 1
                && !matches!(words.lex(first - 2), Lex::Weekday { .. })
                && !words.back_in_clause(first, 2, 6).any(|k| word(k) == "from")
                && words.back_in_clause(first, 2, 6).any(|k| {
                    let noun = matches!(word(k), "fund" | "funds" | "finance" | "finances")
                        && !(k > 0 && word(k - 1) == "to" || DETERMINERS.contains(&word(k + 1)));
                    !noun
                        && matches!(
                            word(k),
                            "fund"
                            | "funds"
                            | "funded"
                            | "funding"
                            | "finance"
                            | "finances"
                            | "financing"
                            | "extend"
                            | "extends"
                            | "extended"
                            | "extending"
                            | "keep"
                            | "keeps"
                            | "keeping"
                            // "closed schools through Friday", "suspended
                            // flights through Sunday": a closure runs on
                            // to its last day.
                            | "closed"
                            | "closes"
                            | "shut"
                            | "shuts"
                            | "suspended"
                            | "suspends"
                            | "cancelled"
                            | "canceled"
                            | "halted"
                        )
                }) =>
        {
            Some(Tense::Future)
        }
        // "postponed until Tuesday", "extended to Nov. 20"; a sentence
        // opening "Until Thursday, ..." is left to the clause, and "was
        // not capped until mid-July" looks back.
        (_, _, "until" | "till") if first > 1 => {
            // The words of the clause before "until", up to `n` back: the
            // group "which confirmed that it was considering an offer, has
            // until Thursday to bid" has its deadline ahead.
            let clause = |n: usize| words.back_in_clause(first, 2, n);
            // "battered the capital from Saturday evening until Sunday
            // morning", "ran the pumps from 10 p.m. Saturday until 8 a.m.
            // Sunday": the end of a stretch told whole; the clause's verb
            // decides, as it does for the start.
            // (Not "flights to and from Europe until Monday", where "from"
            // is of a place, nor a stretch that starts now: "valid from 3
            // p.m. today until 10 a.m. Thursday".)
            // (Nor one announced or ordered, which lies ahead of the
            // telling: "have announced traffic diversions from 6 am Sunday
            // till 2 am Monday".)
            if let Some(from) = clause(12).find(|&k| word(k) == "from")
                && words.back(from, 1) != "and"
                && !(from + 1..first)
                    .any(|k| matches!(word(k), "today" | "tonight" | "now" | "tomorrow"))
                && !clause(14).any(|k| {
                    matches!(
                        word(k),
                        "announced"
                            | "announces"
                            | "said"
                            | "says"
                            | "planned"
                            | "plans"
                            | "ordered"
                            | "declared"
                            | "imposed"
                            | "issued"
                            | "scheduled"
                            | "set"
                            | "extended"
                    )
                })
            {
                return None;
            }
            // (Not a prospect denied: "was not expected to reopen until
            // Wednesday" looks ahead.)
            let negated_past = clause(8).any(|k| {
                matches!(word(k), "not" | "never" | "t")
                    && matches!(words.back(k, 1), "was" | "were" | "did" | "had")
                    && !(k + 1..first).any(|j| {
                        word(j) == "to"
                            && matches!(
                                words.back(j, 1),
                                "expected" | "due" | "likely" | "scheduled" | "set" | "slated"
                            )
                    })
            });
            // "remained open until Tuesday", "stayed on as army commander
            // until March": what lasted until then is over. (What was
            // put off is not: "voted to delay a decision until March";
            // the nearest verb of putting off ends the search.)
            let lasted = clause(8).take_while(|&k| !words.is(k, class::RESCHEDULE)).any(|k| {
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
                        // "She spoke until midnight"
                        | "spoke"
                        | "filibustered"
                        | "testified"
                        | "voted"
                        | "rallied"
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
                        // "kept climbing until Dec. 5"
                        | "kept"
                        // "fires burned until Wednesday evening"
                        | "burned"
                        | "burnt"
                        | "smouldered"
                        | "smoldered"
                        | "blazed"
                        | "lingered"
                        | "sheltered"
                        | "queued"
                        | "slept"
                        | "hid"
                        // "sang and embraced outside the courthouse until
                        // Friday evening"
                        | "sang"
                        | "chanted"
                        | "prayed"
                        | "cheered"
                        | "gathered"
                        | "stood"
                        | "sat"
                        | "camped"
                        | "partied"
                        | "mourned"
                        | "embraced"
                        | "hugged"
                        // "accepted written comments until Dec. 15", "led
                        // until the final minute"
                        | "accepted"
                        | "received"
                        | "collected"
                        | "led"
                        | "trailed"
                        | "held"
                        // "passengers were stuck on the tarmac until 2am":
                        // no one is stuck, stranded or trapped by plan.
                        | "stuck"
                        | "stranded"
                        | "trapped"
                        | "marooned"
                ) && !matches!(words.back(k, 1), "be" | "is" | "are")
                // (Not a passive ahead: "rounds will be held every month
                // till June".)
            })
            // "had until midnight Saturday to file"; not "had $400 million
            // remaining, until the spring".
            || word(first - 2) == "had"
            // "the two companies had been negotiating until Tuesday
            // night": what was going on until then.
            || clause(6).any(|k| {
                // (Not "was being postponed until Monday", nor what was
                // being put off, which lasts past "until": "said it was
                // delaying the decision until August".)
                word(k).ends_with("ing")
                    && word(k) != "being"
                    && !words.is(k, class::RESCHEDULE)
                    && !matches!(word(k), "extending" | "reopening")
                    && k > 0
                    && matches!(word(k - 1), "was" | "were" | "been")
            });
            // "were cut off until Tuesday night, when the road reopened":
            // a day told by what then happened is past.
            let then_done = words.word(last + 1) == "when"
                && words.comma_before(last + 1)
                && (last + 2..last + 6).any(|k| {
                    words.marker(k) == Some(Tense::Past)
                        && (words.word(k).ends_with("ed") || words.is(k, class::IRREGULAR_PAST))
                });
            // "Bush had given Saddam Hussein until 8 p.m. EST on Wednesday
            // to leave": a limit set before a past act may have come.
            Some(if negated_past || lasted || then_done {
                Tense::Past
            } else if had_done_before(words, first - 1) {
                Tense::Nearest
            } else {
                Tense::Future
            })
        }
        // "goods meant for Halloween and Thanksgiving sales": what
        // something is meant for lies ahead of it.
        (_, "meant" | "intended" | "destined", "for") => Some(Tense::Future),
        // "its second quarter ends Nov. 30", "the quarter ending in
        // March": where a quarter or half told in the present ends may
        // lie on either side of the document date (the one under way, or
        // the one just reported); the nearer. (A year's end is left to
        // the clause: "net income for the fiscal year ending June 30
        // would rise", written in October, is next June's.)
        (_, "quarter" | "half", "ending" | "ends")
        | ("quarter" | "half", "ending" | "ends", "in") => Some(Tense::Nearest),
        // "The forecast for Saturday calls for snow": a forecast is of
        // what is ahead (told in the past, of either side: "the forecast
        // for Saturday had promised sun").
        // So is a company's of its own results, for the period ahead or
        // under way ("cut its forecast for the second half of the year",
        // "lowered its sales outlook for January").
        (
            "the" | "s" | "its" | "their" | "our" | "sales" | "revenue" | "earnings" | "profit",
            "forecast" | "outlook" | "guidance",
            "for",
        ) => Some(
            if (last + 1..words.len()).any(|k| matches!(words.word(k), "had" | "was" | "were")) {
                Tense::Nearest
            } else {
                Tense::Future
            },
        ),
        // "HOUSE SETS THURSDAY VOTE", "scheduled a Sunday impeachment
        // vote": a day set for what it names lies ahead; unless it was set
        // before a past act, when it may have come ("Union leaders had set
        // a Sept. 14 strike deadline", written in October): the nearest.
        // (Not counted sets: "needed five sets Tuesday to beat Isner".)
        (_, "sets" | "set" | "schedules" | "scheduled", "a") | (_, _, "sets" | "schedules")
            if words
                .word(last + 1)
                .bytes()
                .all(|b| b.is_ascii_alphabetic())
                && !words.word(last + 1).is_empty()
                && !(matches!(words.lex(first.saturating_sub(2)), Lex::NumWord(_))
                    || words.after_number(first - 1)) =>
        {
            let had = matches!(w(2), "set" | "scheduled") && had_before(words, first - 2);
            Some(if had { Tense::Nearest } else { Tense::Future })
        }
        (_, _, "effective" | "payable") | (_, "effective" | "payable", "on" | "from") => {
            Some(Tense::Future)
        }
        // ("in the week beginning 16 September" names a week by its
        // first day, of the clause's own time: see below.)
        ("the", "week", "starting" | "beginning" | "commencing") => None,
        // "a mourning period starting Tuesday", "to freeze tuition for
        // classes beginning in August", "degree courses starting in
        // October": what a noun's participle starts is scheduled ahead.
        // (After a past verb it may start what was done: "The attacks
        // occurred over a three-week period beginning Oct. 2", "The trial
        // enrolled 43,000 people starting in late July"; or what was
        // planned, "announced courses starting in October": the nearest.)
        (_, _, "starting" | "beginning") | (_, "starting" | "beginning", "in")
            if first > 2 && !words.comma_before(first - 2) || w(1) != "in" && first > 1 =>
        {
            let verb_at = if w(1) == "in" { 3 } else { 2 };
            let past = words
                .back_in_clause(first, verb_at, 8)
                .any(|k| words.past_verb(k));
            Some(if past { Tense::Nearest } else { Tense::Future })
        }
        // "has offered a rise of 2.45 percent for three years, starting
        // in September": after a comma, at the end of a sentence, what the
        // participle starts may be the clause's own act, past or ahead
        // ("prices rose, starting in March"); the nearest date is meant.
        // (Not an aside, whose verb follows: "A series of strikes,
        // beginning in March, crippled the port"; nor when the clause names
        // its year: "raised rates seven times this year, starting in
        // March".)
        (_, "starting" | "beginning", "in")
            if first > 2
                && last + 1 == words.len()
                && !(first.saturating_sub(8)..first - 2).any(|k| {
                    word(k) == "year" && matches!(words.back(k, 1), "this" | "last" | "that")
                }) =>
        {
            Some(Tense::Nearest)
        }
        // "joint exercises, usually held in August, would be suspended",
        // "the examinations normally held in January": what is done every
        // year is told of its nearest time, whatever the verb around.
        // (Not a manner: "had run normally since 7 p.m. on Friday".)
        _ if cue
            && words.back_in_clause(first, 2, 4).any(|k| {
                matches!(
                    word(k),
                    "usually" | "normally" | "typically" | "traditionally" | "customarily"
                ) && {
                    // (The past markers count "since" among verbs.)
                    let verb = word(k + 1);
                    !matches!(verb, "since" | "across" | "towards" | "ago")
                        && (verb.ends_with("ed")
                            || verb.ends_with('s')
                            || words.is(k + 1, class::IRREGULAR_PAST))
                }
            }) =>
        {
            Some(Tense::Nearest)
        }
        // "samba paddy due for harvest in January had been damaged": a
        // "due" just before the date decides it, not the verb of the
        // clause after it ("was due in March" is past, by the marker).
        // (After a past verb it may have come: "The winners were chosen by
        // mail ballots due by March 15", the nearest.)
        _ if cue
            && let Some(k) = words
                .back_in_clause(first, 2, 4)
                .find(|&k| word(k) == "due")
            && let Some(t) = words.marker(k) =>
        {
            Some(
                if t == Tense::Future
                    && !matches!(words.back(k, 1), "is" | "are")
                    && words.back_in_clause(k, 1, 6).any(|j| words.past_verb(j))
                {
                    Tense::Nearest
                } else {
                    t
                },
            )
        }
        // "is now higher than at the peak of the first wave in April",
        // "40 percent more than at the first peak in April", "lower than
        // in March", "Unlike in the spring, churches may still hold
        // worship": what something is compared with has been. (Not "more
        // than 300 people will attend the summit in April", nor "complete
        // the merger in the fourth quarter rather than in July".)
        _ if cue
            && words.back_in_clause(first, 2, 9).any(|k| {
                matches!(word(k), "than" | "unlike")
                    && matches!(word(k + 1), "at" | "in" | "on" | "during")
                    && words.back(k, 1) != "rather"
            }) =>
        {
            Some(Tense::Past)
        }
        (_, _, "since") => Some(Tense::Before),
        // "He died in July", "The film was released in July", "Exports
        // fell in March": a month told as when a past verb right before it
        // was done has begun by the document date; the past slack that
        // lets "the offer was extended to July" lie ahead does not apply.
        (_, _, "in") if first > 1 && done_in_month(words, first) => Some(Tense::Before),
        // "unbeaten since losing at Manchester City on 3 January", "since
        // leaving office in January": the act a stretch runs from is past.
        // ("since Thanksgiving", "since spring" and "since Beijing" are
        // no acts.)
        _ if words.back_in_clause(first, 3, 7).any(|k| {
            word(k) == "since"
                && word(k + 1).ends_with("ing")
                && words.lex(k + 1) == Lex::Other
                && !words.is(k + 1, class::NAME)
        }) =>
        {
            Some(Tense::Before)
        }
        // "will miss the World Cup after injuring his knee in training on
        // Wednesday": what a clause ahead follows may already have been
        // done; the nearest date is meant. (What a past clause follows is
        // past: see [`after_gerund`].)
        _ if after_gerund.is_some() => after_gerund,
        // "disruption in the run-up to Christmas", "the lead-up to the
        // election": the stretch before a date is told of both while it
        // runs and after; the nearest date is meant.
        ("run" | "lead", "up", "to") => Some(Tense::Nearest),
        // "to holders of record April 26", "of record on April 26"
        // "to shareholders on the register at 6 June"
        (_, "of", "record")
        | ("of", "record", "on" | "as")
        | ("the", "register", "at" | "on" | "as") => Some(Tense::Future),
        // "will release credit data for October": figures describe a
        // period that has passed; so do data drawn from an event ("hope
        // data from Monday's eclipse will help forecast storms"; not the
        // time they come from, "would release results from 8 p.m. Sunday").
        // A period named by the day it is still to end on is not over:
        // "will report results for the quarter ending Dec. 31", written in
        // November, is the quarter of the nearest Dec. 31.
        (_, "data" | "figures" | "statistics" | "numbers" | "results", "for")
            if ends_on_day_named(words, last) =>
        {
            Some(Tense::Nearest)
        }
        (_, "data" | "figures" | "statistics" | "numbers" | "results", "for") => Some(Tense::Past),
        (_, "data" | "figures" | "statistics" | "numbers" | "results", "from")
            if words.word(last + 1) == "s" =>
        {
            Some(Tense::Past)
        }
        // "would review trading records from Thursday afternoon", "video
        // from Sunday night": what was recorded was made then.
        (
            _,
            "records" | "recordings" | "footage" | "video" | "videos" | "tapes" | "transcripts"
            | "logs" | "images" | "photos" | "pictures",
            "from",
        ) => Some(Tense::Past),
        // "GDP grew 0.3% in the three months to June": a period of
        // figures, which has ended. ("the year to March" is as often a
        // fiscal year still running.) (Not a stretch something is moved
        // by: "to extend the deadline by three months to Jan. 31", "was
        // pushed back three months, to Sept. 26".)
        (_, "months" | "weeks" | "quarter", "to")
            if !(3..=5).any(|d| {
                words.back(first, d) == "by"
                    || first
                        .checked_sub(d)
                        .is_some_and(|k| words.is(k, class::RESCHEDULE))
            }) =>
        {
            Some(Tense::Past)
        }
        _ => put_off(words, first, last),
    }
}

/// The tense of an act that the clause before it follows ("after
/// injuring his knee on Wednesday"), if the expression dates one: told
/// after a past clause, the act is past too ("The Dow lost 2,231 points
/// Friday after losing 1,679 points Thursday"; "had hoped to close the
/// deal by the end of the year, nearly 11 months after announcing it on
/// Jan. 10"); after a clause ahead, or one that says nothing of its time,
/// it may already have been done, and the nearest date is meant.
/// Labels of the notices at the foot of obituaries and listings, each a
/// line of what is to come: "Services: 11 a.m. Saturday", "Visitation:
/// 5-8 p.m. Friday", "Deadline: Jan. 15". ("Died: Thursday" is no such
/// label.)
const NOTICES: &[&str] = &[
    "services",
    "service",
    "visitation",
    "viewing",
    "funeral",
    "memorial",
    "burial",
    "interment",
    "wake",
    "mass",
    "deadline",
    "registration",
    "tickets",
    "kickoff",
    "doors",
    "showtimes",
    "auditions",
];

/// Whether the expression stands right after a notice's label and its
/// colon, with no verb to tell its time: the notice announces it.
fn notice(words: &Words, first: usize) -> bool {
    (1..=2).contains(&first)
        && NOTICES.contains(&words.word(0))
        && words.gap_before(1).starts_with(':')
        && (1..first).all(|k| words.classes[k] & !(class::NOT_VERB | class::NAME) == 0)
}

/// The tense of an expression after "after" and a gerund in its clause:
/// past where the clause before is, the nearest date otherwise ("will
/// rest after playing on Friday"); past too where the gerund tells a
/// mishap, which no one schedules ("is expected to be sidelined for 10
/// days after twisting his ankle in training on Friday", "faces a ban
/// after being sent off on Saturday").
fn after_gerund(words: &Words, first: usize) -> Option<Tense> {
    /// Gerunds of a mishap.
    const MISHAPS: &[&str] = &[
        "injuring",
        "twisting",
        "breaking",
        "hurting",
        "suffering",
        "tearing",
        "spraining",
        "straining",
        "fracturing",
        "rupturing",
        "damaging",
        "crashing",
        "collapsing",
        "falling",
    ];
    /// Participles of a mishap after "being".
    const SUFFERED: &[&str] = &[
        "injured",
        "hurt",
        "hit",
        "struck",
        "shot",
        "stabbed",
        "attacked",
        "arrested",
        "charged",
        "detained",
        "knocked",
        "sent",
        "hospitalised",
        "hospitalized",
    ];
    let word = |k: usize| words.word(k);
    let k = words
        .back_in_clause(first, 3, 7)
        .find(|&k| word(k) == "after" && word(k + 1).ends_with("ing"))?;
    if MISHAPS.contains(&word(k + 1)) || word(k + 1) == "being" && SUFFERED.contains(&word(k + 2)) {
        return Some(Tense::Past);
    }
    let before: Vec<Tense> = (0..k).filter_map(|j| words.marker(j)).collect();
    let past = before
        .iter()
        .any(|t| matches!(t, Tense::Past | Tense::Before))
        && !before
            .iter()
            .any(|t| matches!(t, Tense::Future | Tense::Present));
    Some(if past { Tense::Past } else { Tense::Nearest })
}

/// Whether the period ending at word `last` is named by a day it ends on
/// that may be ahead: "the quarter ending Dec. 31", "the quarter that
/// ends Dec. 31" (not "the quarter ended Sept. 30", which is over).
fn ends_on_day_named(words: &Words, last: usize) -> bool {
    let e = last + 1 + usize::from(matches!(words.word(last + 1), "that" | "which"));
    matches!(words.word(e), "ending" | "ends")
}

/// Whether a perfect ("have begun", "had started") ends right before word
/// `k`, perhaps with an adverb between.
fn perfect_before(words: &Words, k: usize) -> bool {
    let Some(v) = k.checked_sub(1) else {
        return false;
    };
    participle(words, v)
        && (1..=2).any(|d| matches!(words.back(v, d), "have" | "has" | "had" | "ve"))
}

/// Where "had" stands in the clause before word `k`, within eight words,
/// nearest first.
fn hads_before<'a>(words: &'a Words<'_>, k: usize) -> impl Iterator<Item = usize> + 'a {
    (1..=8)
        .map_while(move |d| k.checked_sub(d))
        .take_while(|&j| !words.comma_before(j + 1))
        .filter(|&j| words.word(j) == "had")
}

/// Whether "had" stands in the clause before word `k`, within eight words.
fn had_before(words: &Words, k: usize) -> bool {
    hads_before(words, k).next().is_some()
}

/// Whether a past perfect ("had" and a participle) stands in the clause
/// before word `k`, within eight words: "had given", not the verb of "had
/// enough oxygen to last until Friday".
fn had_done_before(words: &Words, k: usize) -> bool {
    hads_before(words, k).any(|j| {
        let next = words.word(j + 1);
        j + 1 < k && (next.ends_with("en") || participle(words, j + 1))
    })
}

/// Whether word `v` is spelt as a past participle may be: "-ed" or an
/// irregular past ("given" is caught by its "-en" where asked).
fn participle(words: &Words, v: usize) -> bool {
    words.word(v).ends_with("ed") || words.is(v, class::IRREGULAR_PAST)
}

/// The words (digits are not words) of a clock time and its zone: "10
/// a.m.", "noon", "1400 GMT", "7 p.m. EST".
const CLOCK_WORDS: &[&str] = &[
    "a", "m", "p", "am", "pm", "noon", "midnight", "gmt", "utc", "o", "clock", "est", "edt", "cst",
    "cdt", "pst", "pdt", "bst", "local", "time",
];

/// Gatherings a verb of setting calls for a date: "called the two sides
/// to Washington for talks Wednesday".
const GATHERINGS: &[&str] = &[
    "talks",
    "meeting",
    "meetings",
    "session",
    "vote",
    "election",
    "elections",
    "hearing",
    "summit",
    "negotiations",
    "consultations",
    "protest",
    "protests",
    "demonstration",
    "demonstrations",
    "rally",
    "strike",
];

/// Whether the expression at word `first` dates a gathering asked for
/// with a present perfect: "Russia has requested a Security Council
/// meeting on Friday", "unions have called a general strike on Monday".
/// A present perfect takes no past day of its own, so the day is the
/// gathering's, still to come. (Told in the past, "requested a meeting on
/// Friday" may give the day of the asking.)
fn gathering_asked(words: &Words, first: usize) -> bool {
    words.back(first, 1) == "on"
        && GATHERINGS.contains(&words.back(first, 2))
        && words.back_in_clause(first, 3, 8).any(|k| {
            matches!(
                words.word(k),
                "requested" | "called" | "sought" | "demanded" | "proposed" | "convened"
            ) && matches!(words.back(k, 1), "has" | "have")
        })
}

/// Whether the expression at word `first` dates what a noun's participle
/// tells, of being seen or found or of any act done: "want to speak to a
/// cyclist seen on Albert Road between 8pm and 9pm on Sunday", "a woman
/// last seen in Leeds on Sunday", "the death of a man found in the river
/// on Monday", "The grain deal signed in Istanbul on Friday will be valid
/// for 120 days". That is a day gone by, whatever the clause around it
/// looks to. (Not a passive with its auxiliary, "will be found on
/// Monday", which its verb tells; nor a participle of an event that may
/// lie ahead, "the match played at Wembley on Saturday", or of a plan,
/// which the rules of plans read.)
fn seen_before(words: &Words, first: usize) -> bool {
    const SEEN: &[&str] = &[
        "seen",
        "spotted",
        "found",
        "discovered",
        "sighted",
        "filmed",
        "photographed",
        // ("a car stolen in Leeds on Sunday", "a man shot in Peckham on
        // Friday": participles not spelt "-ed".)
        "stolen",
        "taken",
        "beaten",
        "hidden",
        "shot",
    ];
    const STAGED: &[&str] = &["played", "staged", "hosted", "scheduled", "planned"];
    let seen = |k: usize| {
        SEEN.contains(&words.word(k))
            || words.word(k).ends_with("ed")
                && words.marker(k) == Some(Tense::Past)
                && !STAGED.contains(&words.word(k))
                // (Its place or day right after it: not "took effect in
                // January", "the three months ended Sept. 30 on Thursday".)
                && matches!(words.word(k + 1), "in" | "on" | "at")
    };
    phrase_before(words, first, seen, &["that", "which", "who", "to", "for"]).is_some_and(|k| {
        // (Where the participle's phrase starts: "last seen".)
        let phrase = if words.back(k, 1) == "last" { k - 1 } else { k };
        // The noun before it, and an article before that.
        phrase >= 2
            && !matches!(
                words.back(phrase, 1),
                "is" | "are"
                    | "was"
                    | "were"
                    | "be"
                    | "been"
                    | "being"
                    | "has"
                    | "have"
                    | "had"
                    | "not"
                    | "to"
            )
            && (2..=4).any(|d| DETERMINERS.contains(&words.back(phrase, d)))
    })
}

/// The word a few words before the expression at word `first` (told
/// "in", "on" or "at") that `head` accepts, with only a place between
/// them: no comma, no verb (no word that may mark a tense) and none of
/// `stops`. "a shooting outside a pub in Peckham on Tuesday night" finds
/// "shooting"; the rules that ask then judge the phrase it heads. A day
/// told as the one a part of the day is of is told by that part's
/// preposition: "an assault in Temple Bar in the early hours of Sunday".
fn phrase_before(
    words: &Words,
    first: usize,
    head: impl Fn(usize) -> bool,
    stops: &[&str],
) -> Option<usize> {
    let first = match (words.back(first, 1), words.back(first, 2)) {
        ("of", "hours" | "morning" | "afternoon" | "evening" | "night") => (4..=5)
            .filter_map(|d| first.checked_sub(d))
            .find(|&k| matches!(words.word(k), "in" | "on") && words.word(k + 1) == "the")
            .map_or(first, |k| k + 1),
        _ => first,
    };
    if first < 3 || !matches!(words.back(first, 1), "in" | "on" | "at") {
        return None;
    }
    let mut k = first - 1;
    for _ in 0..8 {
        if words.comma_before(k) {
            return None;
        }
        k = k.checked_sub(1)?;
        if head(k) {
            return Some(k);
        }
        if words.is(k, class::MAY_MARK) || stops.contains(&words.word(k)) {
            return None;
        }
    }
    None
}

/// Whether the expression at word `first` dates what someone warned or
/// advised against: "Health officials warned against large gatherings
/// over Labor Day", "advised against travel at Christmas". One warns
/// against what may still be done, so the day lies ahead of the warning.
/// (Only the clause's first preposition before the day: not "warned
/// against complacency after the attack in May". Not "on", which as
/// often dates the warning: "The WHO warned against complacency on
/// Monday".)
fn warned_against(words: &Words, first: usize) -> bool {
    matches!(words.back(first, 1), "over" | "at" | "for" | "during")
        && words.back_in_clause(first, 2, 7).any(|k| {
            words.word(k) == "against"
                && matches!(
                    words.back(k, 1),
                    "warned"
                        | "warns"
                        | "warning"
                        | "cautioned"
                        | "cautions"
                        | "advised"
                        | "advises"
                        | "advising"
                )
                && (k + 1..first - 1).all(|j| {
                    !matches!(
                        words.word(j),
                        "after" | "before" | "since" | "in" | "on" | "at" | "over" | "during"
                    )
                })
        })
}

/// "adjourned the case to Oct. 3", "rescheduled the meeting for Aug. 30",
/// "was extended in early November through April 30",
/// "setting up a hearing for late February", "set a Sept. 13 trial date":
/// the date a thing is put off or set to lies ahead of the act, unless the
/// act is told as earlier ("had been postponed to"). Not a clock time ("an
/// address set for 10 a.m."), which keeps the day of the story.
fn put_off(words: &Words, first: usize, last: usize) -> Option<Tense> {
    // ("pushed back to no earlier than Sept. 4": the bound is read past,
    // to the lead before it.)
    let bound = matches!(
        (
            words.back(first, 3),
            words.back(first, 2),
            words.back(first, 1)
        ),
        ("no" | "not", "earlier" | "later" | "sooner", "than")
    );
    // ("to push the start of the school year to after Labor Day": so is
    // the "after" of a bound.)
    let after = matches!(words.back(first, 1), "after" | "before") && words.back(first, 2) == "to";
    let first = if bound {
        first - 3
    } else if after {
        first - 1
    } else {
        first
    };
    let before = (words.back(first, 2), words.back(first, 1));
    // "set a trial date of March 9 in a patent lawsuit filed in 2012",
    // "have set a deadline of 3 p.m. Monday"
    let date_of = matches!(before, ("date" | "deadline", "of"))
        && (3..=5).any(|d| matches!(words.back(first, d), "set" | "sets" | "setting" | "fixed"));
    // "The election was brought forward from May 6": the date first set.
    let from = before.1 == "from";
    // "called both sides to Washington for talks Wednesday": the date of
    // the gathering called.
    // (Also "for a special session on Tuesday": "on" and a determiner and
    // a word describing it may come between.)
    let on = usize::from(before.1 == "on");
    let gathering = GATHERINGS.contains(&words.back(first, 1 + on))
        && (2 + on..=4 + on)
            .find(|&d| words.back(first, d) == "for")
            .is_some_and(|d| {
                (2 + on..d).any(|e| DETERMINERS.contains(&words.back(first, e))) || d == 2 + on
            });
    // "moved to a 12.45pm kick-off on Saturday", "switched to a 3pm start
    // on Sunday": the slot a fixture is put in.
    let slot = on == 1
        && matches!(
            words.back(first, 2),
            "start" | "off" | "kickoff" | "slot" | "tipoff" | "date"
        )
        && (3..=6).any(|d| {
            matches!(words.back(first, d), "to" | "for")
                && matches!(words.back(first, d - 1), "a" | "an" | "the")
        });
    let lead = date_of
        || from
        || gathering
        || slot
        || matches!(before, (_, "to" | "for" | "through"))
        || matches!(
            before,
            ("set" | "sets" | "setting" | "fixed", "a" | "an" | "the")
        );
    // The words of the expression (digits are not words) are those of a
    // clock time: "10 a.m.", "noon". (Asked only after a lead.)
    let clock = || (first..=last).all(|k| CLOCK_WORDS.contains(&words.word(k)));
    if !lead || clock() || first < 2 {
        return None;
    }
    // ("extended the comment period by 60 days, to Aug. 30", "pushed the
    // launch back three months, to October": the stretch it was moved by,
    // set off by a comma, is still in the verb's clause.)
    let by = words.comma_before(first - 1)
        && matches!(
            words.back(first, 2),
            "day" | "days" | "week" | "weeks" | "month" | "months" | "year" | "years"
        );
    let verb = words
        .back_in_clause(first - 2 * usize::from(by), 2 - usize::from(by), 10)
        .find(|&k| {
            // ("declared a day of national mourning for Thursday": a day
            // set aside, as "declared Thursday a public holiday".)
            (words.is(k, class::RESCHEDULE) || matches!(words.word(k), "declared" | "declares"))
                // "planned" sets a date only as a verb with its object
                // ("planned a rally for Saturday"), not after a noun it
                // describes ("a memorial service planned for Saturday was
                // canceled", "had called off a strike planned for Monday").
                // (Nor as the first plan's: "The vote, originally planned
                // for June, was postponed", as "originally set" below.)
                && (words.word(k) != "planned"
                    || DETERMINERS.contains(&words.word(k + 1))
                    || matches!(words.back(k, 1), "originally" | "initially" | "previously"))
        })?;
    // ("Delta canceled flights from Friday through Sunday", "suspended
    // service from Monday": what is stopped "from" a day is stopped
    // starting then, a time the clause's own tense tells; so is the
    // stretch's last day, "forced Broadway to cancel shows from Sunday
    // night through Tuesday".)
    // (A "from" that opens a time: not "removed the jet from its
    // schedule through early April".)
    let stretch_end = matches!(before.1, "through" | "thru" | "until" | "to")
        && (verb + 1..first).any(|k| {
            words.word(k) == "from"
                && matches!(
                    words.lex(k + 1),
                    Lex::Weekday { .. } | Lex::Month { .. } | Lex::Holiday(_)
                )
        });
    if (from || stretch_end)
        && matches!(
            words.word(verb),
            "cancel"
                | "cancels"
                | "canceled"
                | "cancelled"
                | "suspend"
                | "suspends"
                | "suspended"
                | "suspending"
                | "grounded"
                | "halted"
                | "removed"
                | "pulled"
        )
    {
        return None;
    }
    // "The hearing, originally set for Nov. 18, was postponed", "His
    // trial, first set for March", "had originally been set for October",
    // "was brought forward from May 6": the first plan's date may have
    // passed or not (as with "originally scheduled"): the nearest, a
    // weekday too ("The final, delayed from Sunday by rain, will be
    // played today", written on Monday).
    if from
        || (1..=3).any(|d| {
            matches!(
                words.back(verb, d),
                "originally" | "initially" | "previously" | "first"
            )
        })
    {
        return Some(Tense::Nearest);
    }
    let had = (1..=3).any(|d| words.back(verb, d) == "had");
    // "The broadcast was moved to Oct. 7", "postponed the hearing to
    // Monday": a date put off to, told in the past, may have come
    // already. (Not one set: "called a strike for Wednesday", "planned a
    // rally for Saturday" lie ahead, as does a deadline extended, "extended
    // the deadline to Friday", which is moved past the day it was; nor in
    // a headline, which drops its "has been".)
    // (Nor a participle in an aside whose sentence goes on in the present
    // or ahead: "The concert, rescheduled for Tuesday, will be held
    // indoors".)
    let aside_ahead = words.comma_before(verb)
        && words.comma_before(last + 1)
        && (last + 1..last + 4).any(|k| matches!(words.word(k), "will" | "is" | "are"));
    let told = words.word(verb).ends_with("ed")
        && !matches!(
            words.word(verb),
            "called" | "declared" | "planned" | "fixed" | "scheduled" | "slated" | "extended"
        )
        && !words.headline()
        && !(1..=3).any(|d| {
            matches!(
                words.back(verb, d),
                "will" | "would" | "to" | "be" | "been" | "has" | "have" | "is" | "are"
            )
        })
        && !aside_ahead;
    // "The launch was set for Sept. 9": a plan told from the past, read
    // as the present, as one "was scheduled for" is (see the schedules
    // marker): a weekday then looks ahead, other dates take the nearest.
    if words.word(verb) == "set" && matches!(words.back(verb, 1), "was" | "were") {
        return Some(Tense::Present);
    }
    // (A slot told in the past is left to the clock time that names it:
    // "moved the march to a 2 p.m. start on Sunday".)
    if slot && (had || told) {
        return None;
    }
    // ("postponed the launch to Sept. 1", "delayed its decision to
    // November", "said it had rescheduled the launch for January": news
    // of a move is told soon after it, the new date ahead or only just
    // come; a weekday, within a week either side, takes the nearest.)
    let moved = matches!(
        words.word(verb),
        "postponed" | "deferred" | "delayed" | "rescheduled" | "moved" | "pushed" | "slipped"
    ) && !(first..=last).any(|k| matches!(words.lex(k), Lex::Weekday { .. }));
    Some(if (had || told) && moved {
        Tense::Moved
    } else if had {
        Tense::Past
    } else if told {
        Tense::Nearest
    } else {
        Tense::Future
    })
}

/// Whether the expression at word `first`, after "in", is a month (alone
/// or with "early", "mid" or "late") told as the time a past verb right
/// before the "in" was done: "died in July", "was released in early
/// July", "took effect in January". Not a verb of what is planned or moved ("was
/// scheduled in July" is as often ahead), nor a passive ahead ("will be
/// released in July", "to be held in July").
fn done_in_month(words: &Words, first: usize) -> bool {
    let word = |k: usize| words.word(k);
    // ("took effect", "went into effect": the verb of the phrase.)
    let v = match first - 2 {
        v if v >= 1 && word(v) == "effect" && word(v - 1) == "took" => v - 1,
        v if v >= 2 && word(v) == "effect" && word(v - 1) == "into" && word(v - 2) == "went" => {
            v - 2
        }
        v => v,
    };
    let past = (word(v).ends_with("ed") && !words.is(v, class::NOT_PAST_ED))
        || words.is(v, class::IRREGULAR_PAST);
    if !past
        || words.is(
            v,
            class::INTENT | class::RESCHEDULE | class::FORECAST | class::ANTICIPATE,
        )
        || matches!(
            word(v),
            "scheduled" | "planned" | "expected" | "slated" | "set" | "due" | "delayed"
        )
        || v > 0
            && matches!(
                words.back(v, 1),
                "be" | "to" | "will" | "would" | "is" | "are"
            )
        // ("He would have turned 90 in April": what did not come to be.)
        || v > 1
            && words.back(v, 1) == "have"
            && matches!(words.back(v, 2), "would" | "could" | "might" | "should")
    {
        return false;
    }
    let m = if matches!(word(first), "early" | "mid" | "late") {
        first + 1
    } else {
        first
    };
    let w = word(m).as_bytes();
    matches!(classify_in(w, 0, w.len()), Lex::Month { .. })
}

/// Whether the expression dates an act someone is accused of, charged
/// with or arrested for: "is accused of stabbing a man on Friday", "is
/// charged with robbing a bank on Thursday", "faces charges of
/// drink-driving on Sunday". What is alleged has been done, whatever
/// the tense of the allegation; not when a plan or a hearing comes
/// between ("is charged with theft and will appear in court on Friday",
/// "accused of plotting to kill him on Friday").
fn alleged(words: &Words, first: usize) -> bool {
    let word = |k: usize| words.word(k);
    let frame = |k: usize| match word(k) {
        "of" => matches!(
            words.back(k, 1),
            "accused" | "suspected" | "convicted" | "guilty" | "charges" | "acquitted"
        ),
        "with" => matches!(words.back(k, 1), "charged" | "charges"),
        // A plea to a charge: "He denies murdering his wife at their home
        // on 3 September", "admitted stabbing a man on New Year's Eve".
        "denies" | "denied" | "deny" | "denying" | "admits" | "admitted" | "admit"
        | "admitting" => words.word(k + 1).len() > 5 && words.word(k + 1).ends_with("ing"),
        "for" => matches!(
            words.back(k, 1),
            "arrested" | "convicted" | "jailed" | "detained"
        ),
        _ => false,
    };
    words
        .back_in_clause(first, 2, 12)
        .find(|&k| frame(k))
        .is_some_and(|k| {
            (k + 1..first).all(|j| {
                !words.is(j, class::FUTURE)
                    && !words.is(j, class::INTENT)
                    && !matches!(
                        word(j),
                        "to" | "appear" | "appears" | "court" | "trial" | "hearing"
                    )
            })
        })
}
