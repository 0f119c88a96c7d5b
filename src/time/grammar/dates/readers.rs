//! Small readers that the whole grammar shares, not only its dates:
//! numbers 1..=99 in words ("ninety-six"), period modifiers ("early",
//! "mid-"), ordinals ("third", "21st"), direction words ("last", "this
//! coming"), a "that" that points back to a time, "that year" after a
//! month or season, a possessive "'s" and a superlative ("the driest").

use crate::time::grammar::Parser;
use crate::time::lexicon::{Kw, Lex, Unit};
use crate::time::sem::Dir;
use crate::time::token::Kind;

impl Parser<'_> {
    /// Whether word `i` is a superlative adjective ("driest", "busiest",
    /// "worst"), which picks out one period of its kind: "the driest
    /// autumn on record", "the sunniest March", "their longest 10 days".
    pub(crate) fn superlative(&self, i: usize) -> bool {
        let w = self.word(i);
        matches!(w, "best" | "worst")
            || w.len() > 5 && w.ends_with("est") && !matches!(w, "harvest" | "interest" | "forest")
    }

    /// A number 1..=99 written in words ("ninety-six", "twenty four").
    pub(crate) fn small_number_words(&self, i: usize) -> Option<(u32, usize)> {
        let Lex::NumWord(a) = self.lex(i)? else {
            return None;
        };
        if a >= 20 && a % 10 == 0 && a < 100 {
            let mut j = i + 1;
            if self.hyphen(j) {
                j += 1;
            }
            if let Some(Lex::NumWord(b)) = self.lex(j)
                && (1..=9).contains(&b)
            {
                return Some((a + b, j + 1));
            }
        }
        (a < 100).then_some((a, i + 1))
    }

    /// Early/mid/late modifiers written before a period ("mid-", "early").
    /// Inlined, as the two readers below: most rules ask at their start.
    #[inline]
    pub(crate) fn period_mod(&self, i: usize) -> Option<(&'static str, usize)> {
        let m = match self.lex(i)? {
            Lex::Kw(Kw::Early) => "START",
            Lex::Kw(Kw::Late) => "END",
            Lex::Kw(Kw::Mid) => "MID",
            // "end-2024", "end-March" (only hyphenated: "end 2024" is not)
            Lex::Kw(Kw::End) if self.hyphen(i + 1) => "END",
            _ => return None,
        };
        // "arrived three weeks early this year", "collected a day late
        // this week", "went back too early this autumn": the adverb of the
        // verb, not the period's start. (After a period that is no amount,
        // "the 188th homicide of the year late Thursday", it is.)
        let amount = |k: usize| {
            self.num(k).is_some() || matches!(self.lex(k), Some(Lex::NumWord(_) | Lex::Kw(Kw::A)))
        };
        if matches!(m, "START" | "END")
            && i > 0
            && (self.word_in(i - 1, &["too", "so", "very", "unusually", "unseasonably"])
                || matches!(self.lex(i - 1), Some(Lex::Unit { .. })) && i > 1 && amount(i - 2))
        {
            return None;
        }
        let j = if self.hyphen(i + 1) { i + 2 } else { i + 1 };
        // "the early May bank holiday" is a name (see [`Parser::holiday`]).
        if self.word_is(j, "may") && self.word_is(j + 1, "bank") {
            return None;
        }
        Some((m, j))
    }

    /// An ordinal: "third", "3rd", "twenty-first".
    #[inline]
    pub(crate) fn ordinal_at(&self, i: usize) -> Option<(u32, usize)> {
        match self.lex(i)? {
            Lex::Ordinal(n) if n != 99 => Some((n, i + 1)),
            Lex::NumWord(t) if t >= 20 && t % 10 == 0 && self.hyphen(i + 1) => {
                match self.lex(i + 2)? {
                    Lex::Ordinal(o) if o < 10 => Some((t + o, i + 3)),
                    _ => None,
                }
            }
            Lex::Ordinal(99) => None,
            _ => {
                let (v, d) = self.num(i)?;
                if d <= 2 && self.glued(i + 1) && self.word_in(i + 1, &["st", "nd", "rd", "th"]) {
                    Some((v, i + 2))
                } else {
                    None
                }
            }
        }
    }

    /// Direction words: "last", "next", "this", "this past", "this coming".
    /// Bare "past" before a name is the preposition ("keep the policy in
    /// place past Christmas"); "this past" and "the past" point back.
    #[inline]
    pub(crate) fn dir_at(&self, i: usize) -> Option<(Dir, usize)> {
        match self.lex(i)? {
            Lex::Kw(Kw::Last) => Some((Dir::Last, i + 1)),
            Lex::Kw(Kw::Next) => Some((Dir::Next, i + 1)),
            Lex::Kw(Kw::Coming) => Some((Dir::Coming, i + 1)),
            Lex::Kw(Kw::This) => match self.lex(i + 1)? {
                Lex::Kw(Kw::Past) => Some((Dir::Last, i + 2)),
                Lex::Kw(Kw::Coming) => Some((Dir::Coming, i + 2)),
                _ => Some((Dir::This, i + 1)),
            },
            Lex::Kw(Kw::That) if self.that_determiner(i) => Some((Dir::That, i + 1)),
            // "if the coming winter turns out cold", "over the past summer"
            Lex::Kw(Kw::The) => match self.lex(i + 1)? {
                Lex::Kw(Kw::Coming) => Some((Dir::Coming, i + 2)),
                Lex::Kw(Kw::Past) => Some((Dir::Last, i + 2)),
                _ => None,
            },
            _ => None,
        }
    }

    /// Whether the "that" at `i` points back to a time ("That summer, she
    /// left", "in that June", "appealed that June.") rather than opening
    /// a clause ("said that June sales rose", "prices that fall"): it
    /// opens its sentence, follows a preposition, or the one word after
    /// it ends the clause.
    pub(crate) fn that_determiner(&self, i: usize) -> bool {
        let clause_ends = self
            .tok(i + 2)
            .is_none_or(|t| matches!(t.kind, Kind::Punct('.' | ',' | ';' | ':' | ')')));
        i == 0
            // "was awarded the gold medal that spring."; "stocks that fall
            // and rise" and "avoid shares that fall." are the verb.
            || clause_ends
                && !(self.word_is(i + 1, "fall") && i > 0 && self.word(i - 1).ends_with('s'))
            // "won four Tony Awards that June and recouped", "told a Senate
            // committee that December that the fields were pumping flat out"
            // (not "said in a memo that January and February were the best
            // months": two times listed after "that" are what was said)
            || !self.word_in(i + 1, &["fall", "spring"])
                && self.word_in(i + 2, &["and", "but", "when", "that"])
                && !(self.word_in(i + 2, &["and", "or"]) && self.names_time(i + 3))
            // "went public in 1983, and that December a magazine put him
            // on its cover": a new clause starts after the time (not
            // "said ... and that June sales rose").
            || self.word_in(i - 1, &["and", "but"])
                && self.word_in(
                    i + 2,
                    &[
                        "a", "an", "the", "he", "she", "it", "they", "we", "his", "her", "its",
                        "their",
                    ],
                )
            || ['.', ',', ';', '(', '"', '\u{201c}']
                .iter()
                .any(|&c| self.punct(i - 1, c))
            || self.word_in(
                i - 1,
                &[
                    "in",
                    "on",
                    "by",
                    "until",
                    "till",
                    "during",
                    "since",
                    "from",
                    "through",
                    "before",
                    "after",
                    "throughout",
                    "into",
                    "around",
                    "of",
                ],
            )
            // "remember that summer well", "was 11 that autumn and": a
            // season other than the verbs "fall" and "spring" is no
            // subject after "that" unless something was said or thought.
            || self.word_in(i + 1, &["summer", "winter", "autumn"])
                && !self.word_in(
                    i - 1,
                    &[
                        "said", "says", "say", "saying", "believe", "believes", "think",
                        "thinks", "thought", "know", "knew", "noted", "argued", "claimed",
                        "announced", "added", "warned", "hoped", "hopes", "so", "such",
                    ],
                )
    }

    /// The end of "that year" at `i` (or "of that year" when `of`), after
    /// a month, a day or a season: "cut again in May that year", "on 3
    /// May of that year", the year last named. Not a compound or a
    /// possessive of the year ("said in March that year-end sales rose",
    /// "that year's harvest"), which opens a noun of its own.
    pub(crate) fn that_year(&self, i: usize, of: bool) -> Option<usize> {
        let k = if of {
            self.kw(i, Kw::Of).then_some(i + 1)?
        } else {
            i
        };
        let e = k + 2;
        (self.kw(k, Kw::That)
            && self.unit(k + 1) == Some((Unit::Year, false))
            && !self.hyphen(e)
            && self.skip_poss(e) == e)
            .then_some(e)
    }

    /// Skips a possessive "'s" (or a bare "'" after a plural) at `i`.
    pub(crate) fn skip_poss(&self, i: usize) -> usize {
        if (self.punct(i, '\'') || self.punct(i, '\u{2019}')) && self.glued(i) {
            if self.glued(i + 1) && self.word_is(i + 1, "s") {
                return i + 2;
            }
            return i + 1;
        }
        i
    }
}
