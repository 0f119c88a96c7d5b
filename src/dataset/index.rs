//! The lookup index: every name, alias, title and trigger word of the
//! dataset compiled into two Aho-Corasick automata, built once and shared
//! read-only by every article.
//!
//! One pass over a text finds every mention, however many aliases the
//! dataset holds, which is what lets a hand-added alias work with no code
//! change and keeps checking fast on a large dataset.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};

use super::Dataset;
use super::patterns::Patterns;
use crate::span::Span;

/// What a name in the text refers to: an entry of the dataset, by position.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Target {
    Entity(usize),
    List(usize),
    Chip(usize),
    /// An event named on its own ("the Bali meeting").
    Event(usize),
    /// An office title ("Commerce Secretary").
    Office(usize),
}

/// A name of the dataset found in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mention {
    pub span: Span,
    pub target: Target,
}

/// The compiled names and trigger words.
#[derive(Debug, Default)]
pub struct Index {
    names: Option<AhoCorasick>,
    /// The name patterns, with their targets and whether they must match case.
    name_patterns: Patterns<Target>,
    triggers: Option<AhoCorasick>,
    /// The trigger patterns, with the events each can announce.
    trigger_patterns: Patterns<usize>,
}

impl Index {
    /// Compiles the dataset's names and triggers.
    pub fn build(dataset: &Dataset) -> Index {
        let d = dataset;
        let entities = d.entities.iter().enumerate().flat_map(|(i, (_, e))| {
            std::iter::once(&e.name)
                .chain(&e.aliases)
                .map(move |n| (n.as_str(), Target::Entity(i)))
        });
        let lists = d.lists.iter().enumerate().flat_map(|(i, (_, l))| {
            std::iter::once(&l.name)
                .chain(&l.aliases)
                .map(move |n| (n.as_str(), Target::List(i)))
        });
        let chips = d.chips.iter().enumerate().flat_map(|(i, (_, c))| {
            std::iter::once(&c.name)
                .chain(&c.aliases)
                .map(move |n| (n.as_str(), Target::Chip(i)))
        });
        let events =
            d.events.iter().enumerate().flat_map(|(i, (_, e))| {
                e.names.iter().map(move |n| (n.as_str(), Target::Event(i)))
            });
        let offices = d.offices.iter().enumerate().flat_map(|(i, (_, o))| {
            o.titles
                .iter()
                .map(move |n| (n.as_str(), Target::Office(i)))
        });
        let count = d
            .entities
            .iter()
            .map(|(_, e)| 1 + e.aliases.len())
            .sum::<usize>()
            + d.lists
                .iter()
                .map(|(_, l)| 1 + l.aliases.len())
                .sum::<usize>()
            + d.chips
                .iter()
                .map(|(_, c)| 1 + c.aliases.len())
                .sum::<usize>()
            + d.events.iter().map(|(_, e)| e.names.len()).sum::<usize>()
            + d.offices.iter().map(|(_, o)| o.titles.len()).sum::<usize>();
        let names = entities
            .chain(lists)
            .chain(chips)
            .chain(events)
            .chain(offices);
        let name_patterns =
            Patterns::group(names, count, |name| name.chars().any(char::is_uppercase));

        let triggers = d
            .events
            .iter()
            .enumerate()
            .flat_map(|(i, (_, e))| e.triggers.iter().map(move |t| (t.as_str(), i)));
        let count = d.events.iter().map(|(_, e)| e.triggers.len()).sum();
        let trigger_patterns = Patterns::group(triggers, count, |_| false);

        let mut buffer = String::new();
        Index {
            names: automaton(name_patterns.folded(&mut buffer)),
            name_patterns,
            triggers: automaton(trigger_patterns.folded(&mut buffer)),
            trigger_patterns,
        }
    }

    /// Every dataset name found in `span` of `text`, as whole words, the
    /// longest where names overlap ("US Commerce Secretary" rather than "US").
    ///
    /// A name written with a capital letter matches only as written ("Apple"
    /// is not "apple", "US" is not "us"); an all-lowercase name ("trade
    /// sanctions list") matches in any case.
    pub fn mentions(&self, text: &str, span: Span) -> Vec<Mention> {
        let Some(names) = &self.names else {
            return Vec::new();
        };
        let haystack = span.slice(text);
        let mut mentions = Vec::new();
        for m in names.find_iter(&haystack.to_ascii_lowercase()) {
            let pattern = m.pattern().as_usize();
            if !is_whole_word(haystack, m.start(), m.end()) {
                continue;
            }
            if self.name_patterns.is_exact(pattern)
                && haystack[m.start()..m.end()] != *self.name_patterns.text(pattern)
            {
                continue;
            }
            let at = Span::new(m.start(), m.end()).shifted(span.start);
            mentions.extend(
                self.name_patterns
                    .targets(pattern)
                    .iter()
                    .map(|&target| Mention { span: at, target }),
            );
        }
        mentions
    }

    /// The events whose trigger words occur in `span` of `text`, with the
    /// span of each trigger.
    pub fn triggers(&self, text: &str, span: Span) -> Vec<(Span, usize)> {
        let Some(triggers) = &self.triggers else {
            return Vec::new();
        };
        let haystack = span.slice(text);
        let mut found = Vec::new();
        for m in triggers.find_iter(&haystack.to_ascii_lowercase()) {
            if !is_whole_word(haystack, m.start(), m.end()) {
                continue;
            }
            let at = Span::new(m.start(), m.end()).shifted(span.start);
            found.extend(
                self.trigger_patterns
                    .targets(m.pattern().as_usize())
                    .iter()
                    .map(|&e| (at, e)),
            );
        }
        found
    }
}

/// The automaton of `folded`, patterns folded to ASCII lowercase, which
/// matches ASCII letters in any case.
///
/// It is built over the folded patterns and searched
/// over the text folded the same way, which finds the same matches at
/// the same offsets as an ASCII-case-insensitive automaton (folding keeps
/// every byte in place) and builds in about two thirds of the time, since
/// each state has one transition per letter instead of two.
fn automaton<'p>(folded: impl Iterator<Item = &'p str>) -> Option<AhoCorasick> {
    let mut folded = folded.peekable();
    folded.peek()?;
    // A contiguous NFA searches fast and builds in about half the time of
    // a DFA over a large dataset's hundreds of thousands of names. Building
    // fails only past the automaton's size limits (billions of states).
    AhoCorasickBuilder::new()
        .match_kind(MatchKind::LeftmostLongest)
        .kind(Some(AhoCorasickKind::ContiguousNFA))
        .build(folded)
        .ok()
}

/// Whether `start..end` of `text` is not glued to letters or digits.
pub fn is_whole_word(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::{embedded_files, load};

    /// Matches as (start, end, pattern).
    type Found = Vec<(usize, usize, usize)>;

    /// The matches of the folded automaton and of an ASCII-case-insensitive
    /// one over the same patterns, on `haystack`.
    fn both(patterns: &[String], haystack: &str) -> (Found, Found) {
        let reference = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .kind(Some(AhoCorasickKind::ContiguousNFA))
            .build(patterns)
            .unwrap();
        let lower: Vec<String> = patterns.iter().map(|p| p.to_ascii_lowercase()).collect();
        let folded = automaton(lower.iter().map(String::as_str)).unwrap();
        let spans = |found: aho_corasick::FindIter<'_, '_>| {
            found
                .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
                .collect::<Vec<_>>()
        };
        (
            spans(folded.find_iter(&haystack.to_ascii_lowercase())),
            spans(reference.find_iter(haystack)),
        )
    }

    #[test]
    fn the_folded_automaton_finds_what_a_case_insensitive_one_does() {
        let dataset = load(&embedded_files()).unwrap();
        let names = &dataset.index().name_patterns;
        let mut patterns: Vec<String> = (0..names.len())
            .map(|i| names.text(i).to_string())
            .collect();
        // Names that differ only in case, and one that is a prefix of another.
        patterns.extend(["US", "us", "Us", "U.S.", "u.s. commerce", "Apple"].map(String::from));
        let article = include_str!("../../examples/china-daily-2023-12-25.md");
        let joined = patterns.join(" and ");
        for haystack in [
            article.to_string(),
            article.to_uppercase(),
            article.to_lowercase(),
            joined.clone(),
            joined.to_uppercase(),
            "US us Us uS U.S. Commerce apple APPLE Ünïcode".to_string(),
        ] {
            let (got, want) = both(&patterns, &haystack);
            assert!(!want.is_empty());
            assert_eq!(got, want);
        }
    }
}
