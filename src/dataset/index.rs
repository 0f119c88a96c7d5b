//! The lookup index: every name, alias, title and trigger word of the
//! dataset compiled into two Aho-Corasick automata, built once and shared
//! read-only by every article.
//!
//! One pass over a text finds every mention, however many aliases the
//! dataset holds, which is what lets a hand-added alias work with no code
//! change and keeps checking fast on a large dataset.

use super::Dataset;
use super::automata::Automata;
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
    names: Automata,
    /// The name patterns, with their targets and whether they must match case.
    name_patterns: Patterns<Target>,
    triggers: Automata,
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
        let count = d.name_count() + d.offices.iter().map(|(_, o)| o.titles.len()).sum::<usize>();
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
        let names = Automata::build(&name_patterns.folded(&mut buffer).collect::<Vec<_>>());
        let triggers = Automata::build(&trigger_patterns.folded(&mut buffer).collect::<Vec<_>>());
        Index {
            names,
            name_patterns,
            triggers,
            trigger_patterns,
        }
    }

    /// Every name pattern as first written, for tests.
    #[cfg(test)]
    pub fn name_texts(&self) -> Vec<String> {
        (0..self.name_patterns.len())
            .map(|i| self.name_patterns.text(i).to_string())
            .collect()
    }

    /// Every dataset name found in `span` of `text`, as whole words, the
    /// longest where names overlap ("US Commerce Secretary" rather than "US").
    ///
    /// A name written with a capital letter matches only as written ("Apple"
    /// is not "apple", "US" is not "us"); an all-lowercase name ("trade
    /// sanctions list") matches in any case.
    pub fn mentions(&self, text: &str, span: Span) -> Vec<Mention> {
        let haystack = span.slice(text);
        let mut mentions = Vec::new();
        for (start, end, pattern) in self.names.find_all(&haystack.to_ascii_lowercase()) {
            if !is_whole_word(haystack, start, end) {
                continue;
            }
            if self.name_patterns.is_exact(pattern)
                && haystack[start..end] != *self.name_patterns.text(pattern)
            {
                continue;
            }
            let at = Span::new(start, end).shifted(span.start);
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
        let haystack = span.slice(text);
        let mut found = Vec::new();
        for (start, end, pattern) in self.triggers.find_all(&haystack.to_ascii_lowercase()) {
            if !is_whole_word(haystack, start, end) {
                continue;
            }
            let at = Span::new(start, end).shifted(span.start);
            found.extend(
                self.trigger_patterns
                    .targets(pattern)
                    .iter()
                    .map(|&e| (at, e)),
            );
        }
        found
    }
}

/// Whether `start..end` of `text` is not glued to letters or digits.
pub fn is_whole_word(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}
