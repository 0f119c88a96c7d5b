//! Quantities of time: durations ("three months", "the past 12 months",
//! "a two-year deal", "several years") and sets ("every week", "daily",
//! "twice a year", "on Mondays").
//!
//! This file holds [`Parser::quantity`], which asks the duration and set
//! rules at a token, [`opens_amount`], with which the rules that open with
//! an amount turn away any other keyword, and the words that lead a
//! stretch of time (`DURATION_LEADS`), which amounts and durations both
//! read. Each kind of rule has a file of its own:
//! - [`amounts`]: amounts and the modifiers in front of them ("two and a
//!   half", "1,000", "a few", "about", "more than", "at least"), read for
//!   durations, sets and times ago;
//! - [`durations`]: stretches of time ("three months", "the past 12
//!   months", "his first 100 days", "for years", "a two-year deal", "a
//!   weeklong recess"), and the words read with them;
//! - [`sets`]: times that repeat ("every week", "daily", "twice a year",
//!   "six days a week", "on Sundays"), with the hour of a schedule ("every
//!   Friday at 8 p.m.").

use super::Parser;
use crate::time::lexicon::Kw;
use crate::time::sem::Match;

mod amounts;
mod durations;
mod sets;

pub(super) use durations::{SEASONS_PLURAL, UNIT_QUALIFIERS};

impl Parser<'_> {
    /// Durations and sets; the longest match at `i`.
    pub(super) fn quantity(&self, i: usize) -> Option<Match> {
        self.longest(i, &[Self::duration, Self::set], |_| true)
    }
}

/// Words that lead a stretch of time: "for years", "within weeks", "took
/// months", and so "lasted over a week", "in under five hours" (where
/// "over" and "under" are modifiers, not prepositions).
const DURATION_LEADS: &[&str] = &[
    "for", "within", "in", "over", "after", "during", "take", "takes", "took", "taken", "last",
    "lasts", "lasted", "lasting", "spent", "of",
];

/// Whether keyword `k` opens an amount or a modifier of one: the
/// keywords [`Parser::approx_at`] reads at its start ("about", "over",
/// "more than", "at least", "a little more than", ...) and those
/// [`Parser::number_at`] does ("a", "half", "several", "few", "many",
/// "couple"). The rules that open with an amount, such as durations and
/// times ago, turn away any other keyword at once.
pub(crate) fn opens_amount(k: Kw) -> bool {
    matches!(
        k,
        Kw::Around
            | Kw::Roughly
            | Kw::Approximately
            | Kw::Some
            | Kw::About
            | Kw::Nearly
            | Kw::Almost
            | Kw::Over
            | Kw::Under
            | Kw::More
            | Kw::Less
            | Kw::At
            | Kw::Up
            | Kw::Just
            | Kw::A
            | Kw::Half
            | Kw::Several
            | Kw::Few
            | Kw::Many
            | Kw::Couple
            // "the next hundred years"
            | Kw::Hundred
            | Kw::Thousand
    )
}
