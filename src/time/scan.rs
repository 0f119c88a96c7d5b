//! The candidate pass: one Aho-Corasick sweep over trigger words (plus
//! digits) marks the stretches of text worth tokenizing and parsing.
//!
//! Most of an article contains no temporal expression; finding the few
//! windows that might in a single pass is what keeps the tagger fast.

use super::lexicon::TRIGGERS;
use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use std::sync::LazyLock;

/// Bytes of context kept before a trigger (modifiers, articles, numbers).
const BACK: usize = 48;
/// Bytes of context kept after a trigger (years, times, "of 2023").
const FWD: usize = 48;

static MATCHER: LazyLock<Option<AhoCorasick>> = LazyLock::new(|| {
    let digits = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];
    let patterns: Vec<&str> = TRIGGERS.iter().copied().chain(digits).collect();
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::LeftmostLongest)
        .kind(Some(AhoCorasickKind::DFA))
        .build(patterns)
        .ok()
});

/// Byte windows `(start, end)` of `text` that contain at least one trigger,
/// widened by some context, snapped to whitespace and merged; in order.
pub fn windows(text: &str) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::new();
    let Some(ac) = MATCHER.as_ref() else {
        return vec![(0, text.len())];
    };
    let bytes = text.as_bytes();
    for m in ac.find_iter(text) {
        let (s, e) = (m.start(), m.end());
        let is_digit = bytes[s].is_ascii_digit();
        if !is_digit {
            let before_ok = s == 0 || !bytes[s - 1].is_ascii_alphabetic();
            let after_ok = e >= bytes.len() || !bytes[e].is_ascii_alphabetic();
            if !before_ok || !after_ok {
                continue;
            }
        }
        let ws = snap_back(text, s.saturating_sub(BACK));
        let we = snap_fwd(text, (e + FWD).min(bytes.len()));
        match out.last_mut() {
            Some(last) if ws <= last.1 => last.1 = last.1.max(we),
            _ => out.push((ws, we)),
        }
    }
    out
}

/// Moves a window start back to a whitespace boundary (at most 32 bytes,
/// so text without spaces stays linear), then onto a char boundary.
fn snap_back(text: &str, mut i: usize) -> usize {
    let bytes = text.as_bytes();
    let limit = i.saturating_sub(32);
    while i > limit && !bytes[i - 1].is_ascii_whitespace() {
        i -= 1;
    }
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Moves a window end forward to a whitespace boundary (at most 32 bytes),
/// then onto a char boundary.
fn snap_fwd(text: &str, mut i: usize) -> usize {
    let bytes = text.as_bytes();
    let limit = (i + 32).min(bytes.len());
    while i < limit && !bytes[i].is_ascii_whitespace() {
        i += 1;
    }
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_and_merges_windows() {
        let text = "Nothing here at all. ".repeat(10) + "It rained on Monday and Tuesday.";
        let w = windows(&text);
        assert_eq!(w.len(), 1);
        assert!(text[w[0].0..w[0].1].contains("Monday and Tuesday"));
        assert!(windows("The market was calm.").is_empty());
    }
}
