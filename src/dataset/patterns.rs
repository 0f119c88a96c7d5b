//! The dataset's names grouped into automaton patterns.
//!
//! Names that differ only in case are one pattern, unless a name asks for
//! its exact case, so a pattern can stand for several entries. A large
//! dataset has hundreds of thousands of names, so the patterns live in a
//! few flat vectors rather than a string and a vector apiece.

use std::borrow::Cow;
use std::ops::Range;

use rustc_hash::FxHashMap;

/// Patterns and what each stands for.
#[derive(Debug)]
pub struct Patterns<T> {
    /// Every pattern as first written (trimmed), one after another.
    text: String,
    /// Where each pattern ends in `text`.
    text_ends: Vec<usize>,
    /// Whether each pattern must match case.
    exact: Vec<bool>,
    /// The targets of every pattern, pattern by pattern.
    targets: Vec<T>,
    /// Where each pattern's targets end in `targets`.
    target_ends: Vec<usize>,
}

impl<T> Default for Patterns<T> {
    fn default() -> Self {
        Patterns {
            text: String::new(),
            text_ends: Vec::new(),
            exact: Vec::new(),
            targets: Vec::new(),
            target_ends: Vec::new(),
        }
    }
}

/// The `i`th of the ranges that `ends` closes.
fn range(ends: &[usize], i: usize) -> Range<usize> {
    let start = if i == 0 { 0 } else { ends[i - 1] };
    start..ends[i]
}

impl<T: Copy> Patterns<T> {
    /// Groups `items` (about `count` of them) by their pattern text: exact
    /// names by their spelling, the others case-folded. Empty names are
    /// skipped, and each pattern's targets keep the order they came in.
    pub fn group<'n>(
        items: impl Iterator<Item = (&'n str, T)>,
        count: usize,
        exact: impl Fn(&str) -> bool,
    ) -> Self {
        let mut patterns = Patterns::default();
        let mut ids: FxHashMap<(Cow<'n, str>, bool), usize> =
            FxHashMap::with_capacity_and_hasher(count, Default::default());
        let mut grouped: Vec<(usize, T)> = Vec::with_capacity(count);
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
            let next = patterns.exact.len();
            let id = *ids.entry((key, exact)).or_insert_with(|| {
                patterns.text.push_str(name);
                patterns.text_ends.push(patterns.text.len());
                patterns.exact.push(exact);
                next
            });
            grouped.push((id, target));
        }
        // Stable, so each pattern's targets stay in order; nearly sorted
        // already, since patterns are numbered as first seen.
        grouped.sort_by_key(|&(id, _)| id);
        patterns.target_ends = vec![0; patterns.exact.len()];
        for &(id, _) in &grouped {
            patterns.target_ends[id] += 1;
        }
        let mut end = 0;
        for count in &mut patterns.target_ends {
            end += *count;
            *count = end;
        }
        patterns.targets = grouped.into_iter().map(|(_, target)| target).collect();
        patterns
    }
}

impl<T> Patterns<T> {
    /// How many patterns there are.
    pub fn len(&self) -> usize {
        self.exact.len()
    }

    /// Pattern `i` as first written.
    pub fn text(&self, i: usize) -> &str {
        &self.text[range(&self.text_ends, i)]
    }

    /// Whether pattern `i` must match case.
    pub fn is_exact(&self, i: usize) -> bool {
        self.exact[i]
    }

    /// The targets of pattern `i`.
    pub fn targets(&self, i: usize) -> &[T] {
        &self.targets[range(&self.target_ends, i)]
    }

    /// Every pattern folded to ASCII lowercase, in order: what the
    /// automaton is built from. `buffer` holds the folded text.
    pub fn folded<'b>(&self, buffer: &'b mut String) -> impl Iterator<Item = &'b str> {
        *buffer = self.text.to_ascii_lowercase();
        let buffer: &'b str = buffer;
        (0..self.len()).map(move |i| &buffer[range(&self.text_ends, i)])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_grouped_by_folded_text_unless_exact() {
        let items = [
            ("US", 0),
            (" us ", 1),
            ("Us", 2),
            ("us", 3),
            ("", 4),
            ("Straße", 5),
        ];
        let patterns = Patterns::group(items.into_iter(), 6, |name| {
            name.chars().any(char::is_uppercase)
        });
        let texts: Vec<&str> = (0..patterns.len()).map(|i| patterns.text(i)).collect();
        assert_eq!(texts, ["US", "us", "Us", "Straße"]);
        let exact: Vec<bool> = (0..patterns.len()).map(|i| patterns.is_exact(i)).collect();
        assert_eq!(exact, [true, false, true, true]);
        assert_eq!(patterns.targets(0), [0]);
        assert_eq!(patterns.targets(1), [1, 3]);
        assert_eq!(patterns.targets(2), [2]);
        assert_eq!(patterns.targets(3), [5]);
        let mut buffer = String::new();
        let folded: Vec<&str> = patterns.folded(&mut buffer).collect();
        assert_eq!(folded, ["us", "us", "us", "straße"]);
    }
}
