//! Calendar dates: "Nov. 16, 2023", "16 November", "November 2022",
//! weekdays, years, decades and centuries (parts of a year are in
//! `periods/`, holidays in `holidays.rs`).
//!
//! This file holds [`Parser::dates`], which asks the calendar-date rules
//! at a token (only those that can open there). Each kind of date has a
//! file of its own:
//! - [`days`]: days of a month, with their month, by their ordinal alone
//!   or in figures, and a month with its year or standing alone;
//! - [`months`]: month names, and whether one standing alone is a month;
//! - [`weekdays`]: weekdays that go with a date, and weekdays counted
//!   within a month;
//! - [`years`]: years in figures and in words, and the numbers that are
//!   no year;
//! - [`decades`]: decades and lists of them;
//! - [`centuries`]: centuries, in figures or in words;
//! - [`readers`]: ordinals, direction words, period modifiers, numbers in
//!   words and possessives, read for the whole grammar.

use super::{Parser, Rule};
use crate::time::lexicon::{Kw, Lex};
use crate::time::sem::Match;

mod centuries;
mod days;
mod decades;
mod months;
mod readers;
mod weekdays;
mod years;

pub(super) use decades::DECADE_WORD_LEN;
pub(super) use years::before_christ;

pub(super) use days::AFTER_LISTED_DAY;

/// Whether a calendar-date rule (see [`Parser::dates`]) may open with
/// keyword `k`. Of the keywords, the rules read at their start only: "the"
/// (most of them); a direction word, through `Parser::dir_at` ("last",
/// "past", "next", "coming", "this", "that": weekdays, seasons, holidays);
/// a modifier of a period, through `Parser::period_mod` ("early", "late",
/// "mid", "end": decades, centuries, seasons; "early"/"late" also open "the
/// early May bank holiday"); a year of its own, through `Parser::year_ref`
/// ("previous", "current": "this year's third quarter"); "fiscal" and "FY"
/// (years, quarters, halves), "Q" (quarters), "H" (halves); and, as the
/// words of a holiday's name, "Christmas" and "mid" ("Mid-Autumn
/// Festival"; see `Parser::holiday_words`). Every other keyword is read by
/// no rule there before something else it needs at that token, so it opens
/// no date.
fn opens_date(k: Kw) -> bool {
    matches!(
        k,
        Kw::The
            | Kw::Last
            | Kw::Past
            | Kw::Next
            | Kw::Coming
            | Kw::This
            | Kw::That
            | Kw::Early
            | Kw::Late
            | Kw::Mid
            | Kw::End
            | Kw::Previous
            | Kw::Current
            | Kw::Fiscal
            | Kw::Fy
            | Kw::Q
            | Kw::H
            | Kw::Christmas
    )
}

impl<'t> Parser<'t> {
    /// Every calendar-date rule, in the order ties are settled in (the
    /// later rule wins). (A constant, so `dates` borrows it rather than
    /// building it at every start.)
    const DATE_RULES: [Rule<'t>; 18] = [
        Self::weekday_date,
        Self::calendar_date,
        Self::numeric_date,
        Self::year_expr,
        Self::decade,
        Self::century,
        Self::quarter,
        Self::half,
        Self::season,
        Self::holiday,
        Self::spoken_year,
        Self::short_period,
        Self::week_ending,
        Self::numbered_week,
        Self::bare_ordinal_day,
        Self::nth_weekday,
        Self::month_of,
        Self::listed_day,
    ];

    /// All calendar-date rules; the longest match at `i`.
    pub(super) fn dates(&self, i: usize) -> Option<Match> {
        let rules: &[Rule<'_>] = match self.lex(i) {
            // Most starts are keywords ("now", "about", "at",
            // "previously"), and few of them open a date (see
            // `opens_date`).
            // (The "A" of "A.D. 410" is an article's word.)
            Some(Lex::Kw(k)) if !(opens_date(k) || k == Kw::A && self.era(i).is_some()) => {
                return None;
            }
            // A weekday opens only its date ("Friday, Nov. 3"), and a
            // month only a date in it ("Nov. 16", "May 2023"), a quarter
            // or half named by it ("March-quarter") or a holiday ("May
            // Day", "July Fourth", "August bank holiday"). Every other
            // rule reads its first token as a number, an ordinal or number
            // word, a keyword, a season, a unit or a word the lexicon does
            // not know, each turning a weekday or a month away: `dir_at`,
            // `period_mod`, `ordinal_at`, `day_word_at` and `year_at` take
            // neither, and the holiday's words take no weekday.
            Some(Lex::Weekday { .. }) => &[Self::weekday_date],
            Some(Lex::Month { .. }) => &[Self::calendar_date, Self::quarter, Self::holiday],
            _ => &Self::DATE_RULES,
        };
        // (Those kept for a weekday or a month stay in the order of the
        // full list: on a tie the later rule wins.)
        self.longest(i, rules, |_| true)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::time::grammar::tests::{each_start, table_sentences, words_before};

    /// What may follow a word that opens a date: dates, parts of one,
    /// periods, holidays and the words that go on a name.
    const AFTER: &[&str] = &[
        "Nov. 16, 2023",
        "16 November 2023",
        "2023",
        "2019-20",
        "-2020",
        "the 1990s",
        "1990s",
        "20th century",
        "century",
        "third quarter",
        "quarter of 2023",
        "half of 2023",
        "summer",
        "Christmas",
        "Day",
        "Monday",
        "week",
        "weekend",
        "month",
        "year",
        "of May",
        "May 5",
        "May Day",
        "fiscal 2024",
        "FY2024",
        "Q3",
        "H1",
        "new year",
        "Autumn Festival",
        "and 6 October",
        "5 and 6",
        "Sunday in May",
        "week ending Nov. 3",
        "year's third quarter",
        "year's first half",
    ];

    /// `dates` asks only some rules at a keyword, a weekday or a month
    /// (see `opens_date`): it must find there what all of them find, at
    /// those tokens of the table tests' sentences and at every keyword
    /// put in front of a date or a part of one.
    #[test]
    fn asking_fewer_rules_loses_nothing() {
        let texts = table_sentences()
            .into_iter()
            .chain(words_before(|lex| matches!(lex, Lex::Kw(_)), AFTER));
        let mut checked = 0;
        for text in texts {
            let at = |lex| matches!(lex, Lex::Kw(_) | Lex::Weekday { .. } | Lex::Month { .. });
            each_start(&text, at, |p, i| {
                let all = p.longest(i, &Parser::DATE_RULES, |_| true);
                assert_eq!(p.dates(i), all, "{text:?} at token {i}");
                checked += usize::from(all.is_some());
            });
        }
        // (The starts must include dates found, or the check says little.)
        assert!(
            checked > 1000,
            "dates found at the starts checked: {checked}"
        );
    }
}
