//! The lookup index: every name, alias, title and trigger word of the
//! dataset compiled into two Aho-Corasick automata, built once and shared
//! read-only by every article.
//!
//! One pass over a text finds every mention, however many aliases the
//! dataset holds, which is what lets a hand-added alias work with no code
//! change and keeps checking fast on a large dataset.

use std::borrow::Cow;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};

use super::Dataset;
use super::fasthash::{FastMap, map_with_capacity};
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
        let mut names: Vec<(&str, Target)> = Vec::new();
        for (i, (_, e)) in dataset.entities.iter().enumerate() {
            names.extend(
                std::iter::once(&e.name)
                    .chain(&e.aliases)
                    .map(|n| (n.as_str(), Target::Entity(i))),
            );
        }
        for (i, (_, l)) in dataset.lists.iter().enumerate() {
            names.extend(
                std::iter::once(&l.name)
                    .chain(&l.aliases)
                    .map(|n| (n.as_str(), Target::List(i))),
            );
        }
        for (i, (_, c)) in dataset.chips.iter().enumerate() {
            names.extend(
                std::iter::once(&c.name)
                    .chain(&c.aliases)
                    .map(|n| (n.as_str(), Target::Chip(i))),
            );
        }
        for (i, (_, e)) in dataset.events.iter().enumerate() {
            names.extend(e.names.iter().map(|n| (n.as_str(), Target::Event(i))));
        }
        for (i, (_, o)) in dataset.offices.iter().enumerate() {
            names.extend(o.titles.iter().map(|n| (n.as_str(), Target::Office(i))));
        }
        let name_patterns = Patterns::group(names, |name| name.chars().any(char::is_uppercase));

        let mut triggers: Vec<(&str, usize)> = Vec::new();
        for (i, (_, e)) in dataset.events.iter().enumerate() {
            triggers.extend(e.triggers.iter().map(|t| (t.as_str(), i)));
        }
        let trigger_patterns = Patterns::group(triggers, |_| false);

        Index {
            names: automaton(&name_patterns.texts),
            name_patterns,
            triggers: automaton(&trigger_patterns.texts),
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
            if self.name_patterns.exact[pattern]
                && haystack[m.start()..m.end()] != self.name_patterns.texts[pattern]
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

/// Automaton patterns and what each stands for. Names that differ only
/// in case are one pattern (unless a name asks for its exact case), so a
/// pattern can stand for several entries.
#[derive(Debug)]
struct Patterns<T> {
    /// Each pattern as first written (trimmed).
    texts: Vec<String>,
    /// Whether each pattern must match case.
    exact: Vec<bool>,
    /// The targets of pattern `i`: `targets[ends[i - 1]..ends[i]]`.
    targets: Vec<T>,
    ends: Vec<usize>,
}

impl<T> Default for Patterns<T> {
    fn default() -> Self {
        Patterns {
            texts: Vec::new(),
            exact: Vec::new(),
            targets: Vec::new(),
            ends: Vec::new(),
        }
    }
}

impl<T: Copy> Patterns<T> {
    /// Groups targets by their pattern text: exact names by their spelling,
    /// the others case-folded. Targets keep the order they were given in.
    fn group(items: Vec<(&str, T)>, exact: impl Fn(&str) -> bool) -> Self {
        let mut patterns = Patterns::default();
        let mut ids: FastMap<(Cow<'_, str>, bool), usize> = map_with_capacity(items.len());
        let mut grouped: Vec<(usize, T)> = Vec::with_capacity(items.len());
        for (name, target) in items {
            let name = name.trim();
            if name.is_empty() {
                continue;
            }
            let exact = exact(name);
            // An ASCII name with no capital is its own lowercase.
            let key = if exact || name.is_ascii() {
                Cow::Borrowed(name)
            } else {
                Cow::Owned(name.to_lowercase())
            };
            let next = patterns.texts.len();
            let id = *ids.entry((key, exact)).or_insert_with(|| {
                patterns.texts.push(name.to_string());
                patterns.exact.push(exact);
                next
            });
            grouped.push((id, target));
        }
        // Stable, so each pattern's targets stay in order; nearly sorted
        // already, since patterns are numbered as first seen.
        grouped.sort_by_key(|&(id, _)| id);
        patterns.ends = vec![0; patterns.texts.len()];
        for &(id, _) in &grouped {
            patterns.ends[id] += 1;
        }
        let mut end = 0;
        for count in &mut patterns.ends {
            end += *count;
            *count = end;
        }
        patterns.targets = grouped.into_iter().map(|(_, target)| target).collect();
        patterns
    }

    /// The targets of pattern `i`.
    fn targets(&self, i: usize) -> &[T] {
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        &self.targets[start..self.ends[i]]
    }
}

/// The automaton of `patterns`, matching ASCII letters in any case.
///
/// It is built over the patterns folded to ASCII lowercase and searched
/// over the text folded the same way, which finds the same matches at
/// the same offsets as an ASCII-case-insensitive automaton (folding keeps
/// every byte in place) and builds in about two thirds of the time, since
/// each state has one transition per letter instead of two.
fn automaton(patterns: &[String]) -> Option<AhoCorasick> {
    if patterns.is_empty() {
        return None;
    }
    // A contiguous NFA searches fast and builds in about half the time of
    // a DFA over a large dataset's hundreds of thousands of names. Building
    // fails only past the automaton's size limits (billions of states).
    AhoCorasickBuilder::new()
        .match_kind(MatchKind::LeftmostLongest)
        .kind(Some(AhoCorasickKind::ContiguousNFA))
        .build(patterns.iter().map(|p| p.to_ascii_lowercase()))
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
        let folded = automaton(patterns).unwrap();
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
        let mut patterns = dataset.index().name_patterns.texts.clone();
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

    #[test]
    fn names_are_grouped_by_folded_text_unless_exact() {
        let items = vec![
            ("US", 0),
            (" us ", 1),
            ("Us", 2),
            ("us", 3),
            ("", 4),
            ("Straße", 5),
        ];
        let patterns = Patterns::group(items, |name| name.chars().any(char::is_uppercase));
        assert_eq!(patterns.texts, ["US", "us", "Us", "Straße"]);
        assert_eq!(patterns.exact, [true, false, true, true]);
        assert_eq!(patterns.targets(0), [0]);
        assert_eq!(patterns.targets(1), [1, 3]);
        assert_eq!(patterns.targets(2), [2]);
        assert_eq!(patterns.targets(3), [5]);
    }
}
