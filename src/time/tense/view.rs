//! The words of one sentence as the rules read them: each word, the
//! lists it belongs to, the text between words, and its marker, asked
//! once.

use std::cell::Cell;

use super::Tense;
use super::marker::marker;
use super::words::class;
use crate::time::lexicon::{Lex, classify_in};

/// The words of one sentence, lower-cased, with their list classes.
pub(super) struct Words<'a> {
    pub(super) lower: &'a str,
    pub(super) spans: &'a [(usize, usize)],
    /// The words themselves, `lower` at `spans`, cut once: the rules ask
    /// for words far more often than there are words, and cutting a
    /// string checks each time that its bounds fall between characters.
    pub(super) texts: &'a [&'a str],
    pub(super) classes: &'a [u32],
    /// For each word, its marker once it has been asked (`None` before;
    /// see [`Words::marker`]).
    pub(super) markers: &'a [Cell<Option<Option<Tense>>>],
}

impl<'a> Words<'a> {
    /// Word `k`, or "" past either end.
    pub(super) fn word(&self, k: usize) -> &'a str {
        self.texts.get(k).copied().unwrap_or("")
    }

    /// What word `k` names as a time word ("july" a month, "friday" a
    /// weekday), as the grammar reads it.
    pub(super) fn lex(&self, k: usize) -> Lex {
        let w = self.word(k);
        classify_in(w.as_bytes(), 0, w.len())
    }

    /// Word `k` counted back from `from` ("" before the start).
    pub(super) fn back(&self, from: usize, k: usize) -> &'a str {
        from.checked_sub(k).map_or("", |j| self.word(j))
    }

    /// Whether a count stands right before word `k` ("159 runs"; not a
    /// year, as in "fiscal 2024 ends June 30").
    pub(super) fn after_number(&self, k: usize) -> bool {
        let from = k.checked_sub(1).map_or(0, |j| self.spans[j].1);
        self.spans.get(k).is_some_and(|&(a, _)| {
            let gap = self.lower[from..a].trim_end();
            let digits = gap.bytes().rev().take_while(u8::is_ascii_digit).count();
            // "1.8353 marks" is a sum, whatever its length.
            let decimal = gap.len() > digits && gap.as_bytes()[gap.len() - digits - 1] == b'.';
            // Digits run on from the word before are part of a name:
            // "COP26 opens in Glasgow on Sunday", "G20 meets".
            let glued = k > 0 && gap.len() == digits;
            digits > 0 && (digits != 4 || decimal) && !glued
        })
    }

    /// Whether a count of two or more stands before the noun before word
    /// `k`: "hit two home runs Tuesday", "threw 3 touchdown passes", where
    /// word `k` is the counted plural, not a verb of the present ("one
    /// team plays Sunday" is the verb).
    pub(super) fn counted_past_noun(&self, k: usize) -> bool {
        let Some(j) = k.checked_sub(1).filter(|&j| j > 0) else {
            return false;
        };
        let noun = self.word(j);
        let many = match self.lex(j - 1) {
            Lex::NumWord(n) => n >= 2,
            _ => {
                // (A count, not the "2025/26" of a season: "The
                // orchestra's 2025/26 season opens in September".)
                let figure = self
                    .gap_before(j)
                    .trim_end()
                    .rsplit(' ')
                    .next()
                    .unwrap_or("");
                self.after_number(j)
                    && figure != "1"
                    && figure
                        .bytes()
                        .all(|b| b.is_ascii_digit() || b == b',' || b == b'.')
            }
        };
        // (A conjunction is no noun: in "closed on Sept 30 and reopens on
        // Dec 1" the count is a date's day and "reopens" the verb.)
        many && noun.bytes().all(|b| b.is_ascii_lowercase())
            && !noun.ends_with('s')
            && !matches!(noun, "and" | "or" | "but" | "then")
    }

    /// The text between word `k - 1` (or the sentence start) and word `k`.
    /// Past the last word it is empty, as the rules may look a few words
    /// on.
    pub(super) fn gap_before(&self, k: usize) -> &'a str {
        let Some(&(a, _)) = self.spans.get(k) else {
            return "";
        };
        let from = k.checked_sub(1).map_or(0, |j| self.spans[j].1);
        self.lower.get(from..a).unwrap_or("")
    }

    /// Whether a comma or a semicolon comes between word `k - 1` and word
    /// `k`: the clause may end there. (Not the comma of a figure: "there
    /// could be 10,000 new cases a week by December".)
    #[inline]
    pub(super) fn comma_before(&self, k: usize) -> bool {
        let gap = self.gap_before(k).as_bytes();
        // (Most gaps are one space: asked first, as the rules ask this of
        // many words.)
        gap != b" "
            && gap.iter().enumerate().any(|(i, &c)| {
                c == b';' || c == b',' && !gap.get(i + 1).is_some_and(u8::is_ascii_digit)
            })
    }

    /// The words `near` to `far` back from word `first`, nearest first,
    /// as long as no comma or semicolon stands between them and it: the
    /// words of its clause before it, which the lead-in rules read.
    pub(super) fn back_in_clause(
        &self,
        first: usize,
        near: usize,
        far: usize,
    ) -> impl Iterator<Item = usize> + '_ {
        (near..=far)
            .map_while(move |d| first.checked_sub(d))
            .take_while(move |&k| !self.comma_before(k + 1))
    }

    /// Whether word `k` ("from") compares a figure with an earlier one:
    /// "up from 35 per cent", "down from Friday", "unchanged from the
    /// March quarter"; not a verb's particle ("checkpoints will be
    /// stepped up from Monday", "would step down from politics in
    /// January").
    pub(super) fn comparison_from(&self, k: usize) -> bool {
        /// Verbs whose particle "up" or "down" moves someone, not a figure.
        const MOVERS: &[&str] = &["step", "steps", "stepping", "stand", "stands", "standing"];
        self.word(k) == "from"
            && match self.back(k, 1) {
                "unchanged" => true,
                "up" | "down" => {
                    let verb = self.back(k, 2);
                    !verb.ends_with("ed") && !MOVERS.contains(&verb)
                }
                _ => false,
            }
    }

    /// The marker of word `k` (see [`marker`](mod@super::marker)). It
    /// depends on the sentence alone, and the walks for the expressions of
    /// a sentence, and the search for an aside's verb, ask of the same
    /// words again: each is worked out once.
    pub(super) fn marker(&self, k: usize) -> Option<Tense> {
        let memo = self.markers.get(k);
        if let Some(known) = memo.and_then(Cell::get) {
            return known;
        }
        let found = marker(self, k);
        if let Some(memo) = memo {
            memo.set(Some(found));
        }
        found
    }

    /// Whether word `k` is in the list of class `bit`.
    pub(super) fn is(&self, k: usize, bit: u32) -> bool {
        self.classes.get(k).is_some_and(|c| c & bit != 0)
    }

    /// Whether word `k` is a past verb: an irregular past form, or a word
    /// ending in "-ed" that is no noun or name ("enrolled", "sent"; not
    /// "need", "Ted").
    pub(super) fn past_verb(&self, k: usize) -> bool {
        let w = self.word(k);
        self.is(k, class::IRREGULAR_PAST)
            || w.len() > 3
                && w.ends_with("ed")
                && !self.is(k, class::NAME)
                && (!self.is(k, class::NOT_PAST_ED) || self.past_with_object(k))
    }

    /// Whether word `k`, a past form listed as no past for its more
    /// common adjective ("a limited supply", "the freed hostages"), takes
    /// an object as a verb does: "limited where lawsuits can be filed",
    /// "freed the hostages".
    pub(super) fn past_with_object(&self, k: usize) -> bool {
        matches!(self.word(k), "limited" | "united" | "freed")
            && matches!(
                self.word(k + 1),
                "the"
                    | "a"
                    | "an"
                    | "its"
                    | "their"
                    | "his"
                    | "her"
                    | "our"
                    | "where"
                    | "what"
                    | "how"
                    | "when"
                    | "whether"
                    | "them"
                    | "him"
            )
    }

    pub(super) fn len(&self) -> usize {
        self.spans.len()
    }

    /// Whether word `k` continues a name inside running text: a capital
    /// after a capital ("the French Open on Monday", "Grand Central
    /// Terminal"), in a sentence that is not a headline capitalising its
    /// words (there most words are capitals).
    pub(super) fn in_name(&self, k: usize) -> bool {
        k > 0 && self.is(k, class::NAME) && self.is(k - 1, class::NAME) && !self.headline()
    }

    /// Whether the sentence is a headline capitalising its words: most
    /// of them are capitals. A headline drops its auxiliaries ("PARADE
    /// MOVED TO SATURDAY" is "has been moved").
    pub(super) fn headline(&self) -> bool {
        2 * self
            .classes
            .iter()
            .filter(|&&c| c & class::NAME != 0)
            .count()
            >= self.len()
    }
}
