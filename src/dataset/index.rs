//! The lookup index: every name, alias, title and trigger word of the
//! dataset compiled into two Aho-Corasick automata, built once and shared
//! read-only by every article.
//!
//! One pass over a text finds every mention, however many aliases the
//! dataset holds, which is what lets a hand-added alias work with no code
//! change and keeps checking fast on a large dataset.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};

use super::Dataset;
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
    /// The name patterns, to compare case where a name asks for it.
    patterns: Vec<String>,
    /// For each name pattern: its targets and whether it must match case.
    name_targets: Vec<(Vec<Target>, bool)>,
    triggers: Option<AhoCorasick>,
    /// For each trigger pattern: the events it can announce.
    trigger_events: Vec<Vec<usize>>,
}

impl Index {
    /// Compiles the dataset's names and triggers.
    pub fn build(dataset: &Dataset) -> Index {
        let mut names: Vec<(String, Target)> = Vec::new();
        for (i, (_, e)) in dataset.entities.iter().enumerate() {
            names.extend(
                std::iter::once(&e.name)
                    .chain(&e.aliases)
                    .map(|n| (n.clone(), Target::Entity(i))),
            );
        }
        for (i, (_, l)) in dataset.lists.iter().enumerate() {
            names.extend(
                std::iter::once(&l.name)
                    .chain(&l.aliases)
                    .map(|n| (n.clone(), Target::List(i))),
            );
        }
        for (i, (_, c)) in dataset.chips.iter().enumerate() {
            names.extend(
                std::iter::once(&c.name)
                    .chain(&c.aliases)
                    .map(|n| (n.clone(), Target::Chip(i))),
            );
        }
        for (i, (_, e)) in dataset.events.iter().enumerate() {
            names.extend(e.names.iter().map(|n| (n.clone(), Target::Event(i))));
        }
        for (i, (_, o)) in dataset.offices.iter().enumerate() {
            names.extend(o.titles.iter().map(|n| (n.clone(), Target::Office(i))));
        }
        let (patterns, name_targets) = group(names, |name| name.chars().any(char::is_uppercase));

        let mut triggers: Vec<(String, usize)> = Vec::new();
        for (i, (_, e)) in dataset.events.iter().enumerate() {
            triggers.extend(e.triggers.iter().map(|t| (t.clone(), i)));
        }
        let (trigger_patterns, trigger_events) = group(triggers, |_| false);

        Index {
            names: automaton(&patterns),
            patterns,
            name_targets,
            triggers: automaton(&trigger_patterns),
            trigger_events: trigger_events
                .into_iter()
                .map(|(events, _)| events)
                .collect(),
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
        for m in names.find_iter(haystack) {
            let (targets, exact_case) = &self.name_targets[m.pattern().as_usize()];
            if !is_whole_word(haystack, m.start(), m.end()) {
                continue;
            }
            if *exact_case && haystack[m.start()..m.end()] != self.patterns[m.pattern().as_usize()]
            {
                continue;
            }
            let at = Span::new(m.start(), m.end()).shifted(span.start);
            mentions.extend(targets.iter().map(|&target| Mention { span: at, target }));
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
        for m in triggers.find_iter(haystack) {
            if !is_whole_word(haystack, m.start(), m.end()) {
                continue;
            }
            let at = Span::new(m.start(), m.end()).shifted(span.start);
            found.extend(
                self.trigger_events[m.pattern().as_usize()]
                    .iter()
                    .map(|&e| (at, e)),
            );
        }
        found
    }
}

/// Groups targets by their (case-folded) pattern text, so one automaton
/// pattern can stand for several entries.
fn group<T: Copy>(
    items: Vec<(String, T)>,
    exact: impl Fn(&str) -> bool,
) -> (Vec<String>, Vec<(Vec<T>, bool)>) {
    let mut patterns: Vec<String> = Vec::new();
    let mut targets: Vec<(Vec<T>, bool)> = Vec::new();
    let mut seen = std::collections::HashMap::new();
    for (name, target) in items {
        let name = name.trim().to_string();
        if name.is_empty() {
            continue;
        }
        // Case-sensitive names stay apart by their exact spelling.
        let exact = exact(&name);
        let key = (
            if exact {
                name.clone()
            } else {
                name.to_lowercase()
            },
            exact,
        );
        match seen.get(&key) {
            Some(&i) => {
                let entry: &mut (Vec<T>, bool) = &mut targets[i];
                entry.0.push(target);
            }
            None => {
                seen.insert(key.clone(), patterns.len());
                targets.push((vec![target], key.1));
                patterns.push(name);
            }
        }
    }
    (patterns, targets)
}

fn automaton(patterns: &[String]) -> Option<AhoCorasick> {
    if patterns.is_empty() {
        return None;
    }
    // A contiguous NFA searches fast and builds in about half the time of
    // a DFA over a large dataset's hundreds of thousands of names. Building
    // fails only past the automaton's size limits (billions of states).
    AhoCorasickBuilder::new()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::LeftmostLongest)
        .kind(Some(AhoCorasickKind::ContiguousNFA))
        .build(patterns)
        .ok()
}

/// Whether `start..end` of `text` is not glued to letters or digits.
pub fn is_whole_word(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}
