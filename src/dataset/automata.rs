//! The index's patterns compiled into Aho-Corasick automata, searched as
//! one automaton over all of them.
//!
//! Building the automaton for a large dataset's hundreds of thousands of
//! names is the longest step of loading it, and one automaton is built on
//! one core. Past [`SPLIT`] patterns, the patterns are cut in two halves
//! built on two cores, and a search runs both and keeps what one automaton
//! would have found: the leftmost match, the longest there, the first
//! pattern among equals, then on from its end.
//!
//! Patterns are folded to ASCII lowercase and searched over the text
//! folded the same way, which finds the same matches at the same offsets
//! as an ASCII-case-insensitive automaton (folding keeps every byte in
//! place) and builds in about two thirds of the time, since each state has
//! one transition per letter instead of two.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, Input, MatchKind};

/// From this many patterns on, build two automata in parallel.
const SPLIT: usize = 20_000;

/// A match: start, end and pattern number, over the folded text.
pub type Found = (usize, usize, usize);

/// Automata over consecutive runs of the patterns.
#[derive(Debug, Default)]
pub struct Automata {
    /// Each automaton with the number of its first pattern.
    parts: Vec<(AhoCorasick, usize)>,
}

impl Automata {
    /// Compiles `folded` (patterns folded to ASCII lowercase).
    pub fn build(folded: &[&str]) -> Automata {
        Automata::build_split(folded, SPLIT)
    }

    /// [`Automata::build`], splitting from `split` patterns on.
    fn build_split(folded: &[&str], split: usize) -> Automata {
        let mut parts = Vec::new();
        if folded.len() >= split.max(2) {
            let (first, second) = folded.split_at(folded.len() / 2);
            let (a, b) = std::thread::scope(|scope| {
                let b = scope.spawn(|| automaton(second));
                let a = automaton(first);
                (a, b.join().unwrap_or_else(|_| automaton(second)))
            });
            parts.extend(a.map(|a| (a, 0)));
            parts.extend(b.map(|b| (b, first.len())));
        } else {
            parts.extend(automaton(folded).map(|a| (a, 0)));
        }
        Automata { parts }
    }

    /// Every match in `folded` (a text folded to ASCII lowercase),
    /// leftmost-longest and not overlapping.
    pub fn find_all(&self, folded: &str) -> Vec<Found> {
        let found = |m: aho_corasick::Match, first: usize| {
            (m.start(), m.end(), first + m.pattern().as_usize())
        };
        match self.parts.as_slice() {
            [] => Vec::new(),
            [(automaton, first)] => automaton
                .find_iter(folded)
                .map(|m| found(m, *first))
                .collect(),
            parts => {
                // The next match of each automaton from `at` on; a match
                // that starts before `at` overlaps the last one taken and
                // is looked for again, the others still hold.
                let search = |automaton: &AhoCorasick, at: usize| {
                    automaton.find(Input::new(folded).span(at..folded.len()))
                };
                let mut next: Vec<Option<Found>> = parts
                    .iter()
                    .map(|(a, first)| search(a, 0).map(|m| found(m, *first)))
                    .collect();
                let mut all = Vec::new();
                let mut at = 0;
                loop {
                    for ((automaton, first), next) in parts.iter().zip(&mut next) {
                        if next.is_some_and(|(start, _, _)| start < at) {
                            *next = search(automaton, at).map(|m| found(m, *first));
                        }
                    }
                    let best = next.iter().flatten().min_by_key(|&&(start, end, pattern)| {
                        (start, std::cmp::Reverse(end), pattern)
                    });
                    let Some(&best) = best else {
                        break;
                    };
                    all.push(best);
                    // Patterns are never empty, so this moves on.
                    at = best.1.max(at + 1);
                }
                all
            }
        }
    }
}

/// One automaton over `folded`, or `None` without patterns.
fn automaton(folded: &[&str]) -> Option<AhoCorasick> {
    if folded.is_empty() {
        return None;
    }
    // A contiguous NFA searches fast and builds in about half the time of
    // a DFA over a large dataset's hundreds of thousands of names. Building
    // fails only past the automaton's size limits (billions of states).
    AhoCorasickBuilder::new()
        .match_kind(MatchKind::LeftmostLongest)
        .kind(Some(AhoCorasickKind::ContiguousNFA))
        .build(folded)
        .ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::{embedded_files, load};

    /// The matches of an ASCII-case-insensitive automaton over `patterns`.
    fn case_insensitive(patterns: &[String], haystack: &str) -> Vec<Found> {
        AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .kind(Some(AhoCorasickKind::ContiguousNFA))
            .build(patterns)
            .unwrap()
            .find_iter(haystack)
            .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
            .collect()
    }

    /// The shipped dataset's names, names differing only in case, and
    /// pieces of the seed article, which overlap each other and the names
    /// in every way.
    fn patterns_and_haystacks() -> (Vec<String>, Vec<String>) {
        let dataset = load(&embedded_files()).unwrap();
        let article = include_str!("../../examples/china-daily-2023-12-25.md");
        // "us" first and again in the second half: equal patterns on both
        // sides of a cut, where the first must win.
        let mut patterns = vec!["us".to_string(), "Huawei".to_string()];
        patterns.extend(dataset.index().name_texts());
        patterns.extend(["US", "us", "Us", "U.S.", "u.s. commerce", "Apple"].map(String::from));
        let words: Vec<&str> = article.split_whitespace().collect();
        for (i, window) in words.windows(3).enumerate().step_by(7) {
            patterns.push(window[..1 + i % 3].join(" "));
            patterns.push(window[0].to_uppercase());
        }
        let joined = patterns.join(" and ");
        let haystacks = vec![
            article.to_string(),
            article.to_uppercase(),
            joined.clone(),
            joined.to_uppercase(),
            "US us Us uS U.S. Commerce apple APPLE Ünïcode".to_string(),
        ];
        (patterns, haystacks)
    }

    #[test]
    fn split_automata_find_what_one_case_insensitive_automaton_does() {
        let (patterns, haystacks) = patterns_and_haystacks();
        let lower: Vec<String> = patterns.iter().map(|p| p.to_ascii_lowercase()).collect();
        let folded: Vec<&str> = lower.iter().map(String::as_str).collect();
        let whole = Automata::build_split(&folded, usize::MAX);
        assert_eq!(whole.parts.len(), 1);
        // Cut in two at several places, so equal patterns fall on both sides.
        let cuts: Vec<Automata> = [2, folded.len() / 3, folded.len()]
            .iter()
            .map(|&n| Automata::build_split(&folded[..n.max(2)], 2))
            .collect();
        for haystack in &haystacks {
            let want = case_insensitive(&patterns, haystack);
            assert!(!want.is_empty());
            let text = haystack.to_ascii_lowercase();
            assert_eq!(whole.find_all(&text), want);
            let split = Automata::build_split(&folded, 2);
            assert_eq!(split.parts.len(), 2);
            assert_eq!(split.find_all(&text), want);
            for (cut, n) in cuts.iter().zip([2, folded.len() / 3, folded.len()]) {
                let patterns = &patterns[..n.max(2)];
                assert_eq!(cut.find_all(&text), case_insensitive(patterns, haystack));
            }
        }
    }

    #[test]
    fn no_patterns_find_nothing() {
        assert!(Automata::build(&[]).find_all("anything").is_empty());
    }
}
