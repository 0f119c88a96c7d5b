//! The tense a single word marks, given its neighbours: "will" and
//! "expects to" look ahead, "said" and "cut its rate" look back, and the
//! noun "reports" or the adjective "closed" mark nothing.
//!
//! This file holds the entry [`marker`], the loop over the groups of rules
//! ([`marker_rules`]) with the view [`At`] they read and their answer
//! [`Rule`], and [`after_base`], the test for a base form that the groups
//! of schedules and infinitives ask. The groups live in three files, in
//! the order the loop asks them:
//! - [`ahead`]: what is awaited, compared, planned, possible or warned of
//!   (`anticipation` to `warnings`);
//! - [`mod@schedules`]: schedules, infinitives, opening hours, "be" and
//!   "have" as verbs of their own, and timetables (`schedules` to
//!   `timetables_and_past_plans`);
//! - [`behind`]: past forms and participles (`past_forms` to
//!   `passives_and_pasts`).

mod ahead;
mod behind;
mod schedules;

use super::words::class;
use super::{Tense, Words};
use ahead::{anticipation, comparisons_and_chances, modals, plans_and_starts, warnings};
use behind::{participle_adjectives, participles_in_conditions, passives_and_pasts, past_forms};
use schedules::{
    be_and_have, infinitives, opening_and_closing, schedules, timetables_and_past_plans,
};

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
    let groups: [fn(&At) -> Rule; 14] = [
        anticipation,
        comparisons_and_chances,
        plans_and_starts,
        modals,
        warnings,
        schedules,
        infinitives,
        opening_and_closing,
        be_and_have,
        timetables_and_past_plans,
        past_forms,
        participles_in_conditions,
        participle_adjectives,
        passives_and_pasts,
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

    /// Whether the word tells of a first plan, since changed: "a meeting
    /// originally scheduled for May 13, now postponed", "first planned
    /// for October". Its date may have passed or not: the nearest one is
    /// meant.
    fn first_plan(&self) -> bool {
        matches!(
            self.prev,
            "originally" | "initially" | "previously" | "earlier" | "first"
        )
    }
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
