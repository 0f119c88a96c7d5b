//! The candidate pass: one sweep over the words of the text, each looked
//! up in a small hash table of trigger words (digits are triggers too),
//! marks the stretches of text worth tokenizing and parsing, and keeps
//! the triggers, which say where in them an expression may start.
//!
//! Most of an article contains no temporal expression; finding the few
//! windows that might in a single pass is what keeps the tagger fast,
//! and asking the grammar only near a trigger keeps the windows cheap.

use super::lexicon::{Key, TRIGGERS, Table};
use std::sync::LazyLock;

/// Bytes of context kept before a trigger (modifiers, articles, numbers).
const BACK: usize = 32;
/// Bytes of context kept after a trigger (years, times, "of 2023").
const FWD: usize = 24;

/// What a word at a word start can begin: a one-word trigger (`WORD`),
/// and/or a trigger with spaces, apostrophes, hyphens or digits in it
/// (`PHRASE`: "labor day", "year-old", "q3").
const WORD: u8 = 1;
const PHRASE: u8 = 2;

/// The leading letters of a pattern.
fn head(p: &str) -> &str {
    let n = p.bytes().take_while(u8::is_ascii_alphabetic).count();
    &p[..n]
}

/// What a word can begin (see [`WORD`], [`PHRASE`]), and where the
/// phrase triggers with those leading letters sit in [`PHRASES`].
#[derive(Debug, Clone, Copy, Default)]
struct Start {
    flags: u8,
    phrases: (u16, u16),
}

/// Trigger words by their leading letters.
static STARTS: LazyLock<Table<Start>> = LazyLock::new(|| {
    let mut starts: Vec<(&'static str, Start)> = Vec::new();
    for &p in TRIGGERS {
        let h = head(p);
        if h.is_empty() {
            continue;
        }
        let f = if h.len() == p.len() { WORD } else { PHRASE };
        match starts.iter_mut().find(|(w, _)| *w == h) {
            Some((_, old)) => old.flags |= f,
            None => starts.push((
                h,
                Start {
                    flags: f,
                    phrases: phrase_range(h.as_bytes()),
                },
            )),
        }
    }
    Table::build(starts.into_iter(), Start::default())
});

/// For each pair of first letters (five bits each; none for the second
/// of a one-letter word), a bit for each length (up to 31) of the
/// triggers' leading letters: nine words in ten are turned away by one
/// lookup.
static SHAPES: LazyLock<[u32; 1024]> = LazyLock::new(|| {
    let mut shapes = [0u32; 1024];
    for p in TRIGGERS {
        let h = head(p).as_bytes();
        if !h.is_empty() && h.len() < 32 {
            shapes[shape_index(h)] |= 1 << h.len();
        }
    }
    shapes
});

/// The slot of a word (ASCII letters, at least one) in [`SHAPES`]: the
/// low five bits of a letter tell it from the other letters, whatever
/// its case, and are never 0.
fn shape_index(w: &[u8]) -> usize {
    let bits = |b: Option<&u8>| b.map_or(0, |&b| usize::from(b & 31));
    bits(w.first()) << 5 | bits(w.get(1))
}

/// Triggers that are not plain words ("new year", "q3", "3q"), with
/// their leading letters (lower case), grouped by those letters.
static PHRASES: LazyLock<Vec<(Vec<u8>, &'static [u8])>> = LazyLock::new(|| {
    let mut phrases: Vec<(Vec<u8>, &'static [u8])> = TRIGGERS
        .iter()
        .filter(|p| !p.bytes().all(|b| b.is_ascii_alphabetic()))
        .map(|p| (head(p).to_ascii_lowercase().into_bytes(), p.as_bytes()))
        .collect();
    phrases.sort_by(|a, b| a.0.cmp(&b.0));
    phrases
});

/// The run of [`PHRASES`] whose leading letters are `h` (empty for the
/// phrases that start with a digit).
fn phrase_range(h: &[u8]) -> (u16, u16) {
    let first = PHRASES.partition_point(|(ph, _)| ph.as_slice() < h);
    let count = PHRASES[first..]
        .iter()
        .take_while(|(ph, _)| ph.eq_ignore_ascii_case(h))
        .count();
    (
        u16::try_from(first).unwrap_or(u16::MAX),
        u16::try_from(count).unwrap_or(0),
    )
}

/// The end of the longest phrase trigger at `s` among the run `range` of
/// [`PHRASES`].
fn phrase_at(bytes: &[u8], s: usize, range: (u16, u16)) -> Option<usize> {
    let first = usize::from(range.0);
    PHRASES
        .get(first..first + usize::from(range.1))?
        .iter()
        .filter(|(h, p)| {
            // The byte after the leading letters first (no letter, so
            // its case is moot): it turns most phrases away ("a" is not
            // "a.m", "new" mostly not "new year"); then the byte after
            // that, which tells the phrases of a word apart ("at noon",
            // "at night").
            bytes.get(s + h.len()) == p.get(h.len())
                && p.get(h.len() + 1).is_none_or(|c| {
                    bytes
                        .get(s + h.len() + 1)
                        .is_some_and(|b| b.eq_ignore_ascii_case(c))
                })
                && bytes
                    .get(s..s + p.len())
                    .is_some_and(|t| t.eq_ignore_ascii_case(p))
        })
        .map(|(_, p)| s + p.len())
        .max()
}

/// The phrases that start with a digit ("3q").
static DIGIT_PHRASES: LazyLock<(u16, u16)> = LazyLock::new(|| phrase_range(&[]));

/// Trigger matches `(start, end)` in order, as a leftmost-longest,
/// case-insensitive search over [`TRIGGERS`] and the digits would find
/// them, keeping only word triggers that stand as whole words, except
/// that a run of digits is one match and a digit is always one.
fn triggers(text: &str, mut visit: impl FnMut(usize, usize)) {
    let bytes = text.as_bytes();
    let starts = &*STARTS;
    let digit_phrases = &*DIGIT_PHRASES;
    let shapes = &*SHAPES;
    let mut blocks = Blocks::new(bytes);
    let mut i = 0;
    while let Some((s, e)) = blocks.next_run(i) {
        i = s;
        if e == s {
            // A digit. A sum or a share ("$4.5 million", "12.5%") starts
            // no time expression: skip the whole number.
            let mut n = i;
            while n < bytes.len()
                && (bytes[n].is_ascii_digit()
                    || matches!(bytes[n], b'.' | b',')
                        && bytes.get(n + 1).is_some_and(u8::is_ascii_digit))
            {
                n += 1;
            }
            if (i > 0 && bytes[i - 1] == b'$') || bytes.get(n) == Some(&b'%') {
                i = n;
                continue;
            }
            while i < bytes.len() && bytes[i].is_ascii_digit() {
                i += 1;
            }
            // "3q" is one match.
            if (b'1'..=b'4').contains(&bytes[i - 1])
                && bytes.get(i).is_some_and(|c| c | 0x20 == b'q')
            {
                i = phrase_at(bytes, i - 1, *digit_phrases).unwrap_or(i);
            }
            visit(s, i);
            continue;
        }
        // A word start (the byte before, if any, is not a letter).
        i = e;
        let shape = shapes[shape_index(&bytes[s..i])];
        if i - s >= 32 || shape & (1 << (i - s)) == 0 {
            continue;
        }
        let start = Key::in_text(bytes, s, i).map_or(Start::default(), |k| starts.get(k));
        if start.flags == 0 {
            continue;
        }
        let mut end = (start.flags & WORD != 0).then_some(i);
        if start.flags & PHRASE != 0
            && let Some(e) = phrase_at(bytes, s, start.phrases)
        {
            end = Some(end.map_or(e, |w| w.max(e)));
        }
        if let Some(e) = end {
            if e >= bytes.len() || !bytes[e].is_ascii_alphabetic() {
                visit(s, e);
            }
            i = e;
        }
    }
}

/// The eight bytes at `i` as one little-endian integer, if there are eight.
fn chunk(bytes: &[u8], i: usize) -> Option<u64> {
    let c = bytes.get(i..)?.first_chunk::<8>()?;
    Some(u64::from_le_bytes(*c))
}

const HIGH: u64 = 0x8080_8080_8080_8080;

/// Bit 7 of each byte of `c` that is within `lo..=hi` (ASCII only).
fn in_range(c: u64, lo: u8, hi: u8) -> u64 {
    let low7 = c & !HIGH;
    let ge_lo = low7 + u64::from(0x80 - lo) * 0x0101_0101_0101_0101;
    let gt_hi = low7 + u64::from(0x7f - hi) * 0x0101_0101_0101_0101;
    ge_lo & !gt_hi & !c & HIGH
}

/// Bit 7 of each byte of `c` that is an ASCII letter.
fn letters(c: u64) -> u64 {
    in_range(c | 0x2020_2020_2020_2020, b'a', b'z')
}

/// Bit 7 of each byte of `c` that is an ASCII digit.
#[cfg(any(test, not(all(target_arch = "x86_64", target_feature = "sse2"))))]
fn digits(c: u64) -> u64 {
    in_range(c, b'0', b'9')
}

/// Which of sixteen bytes are ASCII letters, and which letters or
/// digits, one bit each (bit `k` for byte `k`): with vector compares
/// where the processor has them for certain.
#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
fn lane_classes(lane: &[u8; 16]) -> (u64, u64) {
    use safe_arch::{
        bitand_m128i, bitor_m128i, cmp_gt_mask_i8_m128i, load_unaligned_m128i, m128i,
        move_mask_i8_m128i, set_splat_i8_m128i,
    };
    // Signed compares: a byte of a wider character (0x80 and up) is below
    // every ASCII byte, so it is neither a letter nor a digit.
    let within = |x: m128i, lo: u8, hi: u8| {
        bitand_m128i(
            cmp_gt_mask_i8_m128i(x, set_splat_i8_m128i(i8::try_from(lo - 1).unwrap_or(0))),
            cmp_gt_mask_i8_m128i(set_splat_i8_m128i(i8::try_from(hi + 1).unwrap_or(0)), x),
        )
    };
    let v = load_unaligned_m128i(lane);
    let letters = within(bitor_m128i(v, set_splat_i8_m128i(0x20)), b'a', b'z');
    let alnum = bitor_m128i(letters, within(v, b'0', b'9'));
    let mask = |m| u64::from(move_mask_i8_m128i(m) as u16);
    (mask(letters), mask(alnum))
}

/// [`lane_classes`] eight bytes at a time in 64-bit words, for
/// processors without the vector compares.
#[cfg(any(test, not(all(target_arch = "x86_64", target_feature = "sse2"))))]
fn lane_classes_portable(lane: &[u8; 16]) -> (u64, u64) {
    /// Bit 7 of each byte gathered into the low eight bits, in order.
    fn gather(high: u64) -> u64 {
        ((high >> 7).wrapping_mul(0x0102_0408_1020_4080)) >> 56
    }
    let mut classes = (0, 0);
    for (k, half) in lane.as_chunks::<8>().0.iter().enumerate() {
        let c = u64::from_le_bytes(*half);
        let l = letters(c);
        classes.0 |= gather(l) << (8 * k);
        classes.1 |= gather(l | digits(c)) << (8 * k);
    }
    classes
}

#[cfg(not(all(target_arch = "x86_64", target_feature = "sse2")))]
use lane_classes_portable as lane_classes;

/// One bit per byte of a 64-byte block of the text: which bytes are
/// ASCII letters, and which letters or digits. The scan asks for the
/// next word and the end of its letters once per word, and most words
/// are a few bytes long: classifying each block once, sixteen bytes to
/// a compare, and answering each question with a count of trailing zeros
/// does a fraction of the work of reading the bytes around each word
/// anew.
struct Blocks<'b> {
    bytes: &'b [u8],
    /// The offset of the block classified (a multiple of 64).
    base: usize,
    letters: u64,
    alnum: u64,
}

impl<'b> Blocks<'b> {
    fn new(bytes: &'b [u8]) -> Self {
        let mut blocks = Blocks {
            bytes,
            base: 0,
            letters: 0,
            alnum: 0,
        };
        blocks.classify(0);
        blocks
    }

    /// Classifies the block at `base` (past the end, no byte is a letter
    /// or a digit).
    fn classify(&mut self, base: usize) {
        let block = match self.bytes.get(base..).and_then(|r| r.first_chunk::<64>()) {
            Some(c) => *c,
            None => {
                let mut tail = [0u8; 64];
                let rest = self.bytes.get(base..).unwrap_or_default();
                tail[..rest.len()].copy_from_slice(rest);
                tail
            }
        };
        self.base = base;
        self.letters = 0;
        self.alnum = 0;
        for (k, lane) in block.as_chunks::<16>().0.iter().enumerate() {
            let (l, a) = lane_classes(lane);
            self.letters |= l << (16 * k);
            self.alnum |= a << (16 * k);
        }
    }

    /// The first letter or digit at or after `i`, and the end of the run
    /// of letters there (the same place for a digit).
    #[inline]
    fn next_run(&mut self, i: usize) -> Option<(usize, usize)> {
        let mut at = i;
        let s = loop {
            // (Before the block, the offset wraps round and is as far out.)
            let off = at.wrapping_sub(self.base);
            if off >= 64 {
                if at >= self.bytes.len() {
                    return None;
                }
                self.classify(at & !63);
                continue;
            }
            let found = self.alnum & (u64::MAX << off);
            if found != 0 {
                break self.base + found.trailing_zeros() as usize;
            }
            at = self.base + 64;
        };
        // The first byte after `s` that is no letter; a word that reaches
        // the end of the block is followed past it.
        let others = !self.letters >> (s - self.base);
        let end = if others != 0 {
            s + others.trailing_zeros() as usize
        } else {
            word_end(self.bytes, self.base + 64)
        };
        Some((s, end))
    }
}

/// The end of the run of ASCII letters starting at `i`.
pub(super) fn word_end(bytes: &[u8], mut i: usize) -> usize {
    while let Some(c) = chunk(bytes, i) {
        let other = !letters(c) & HIGH;
        if other != 0 {
            return i + (other.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < bytes.len() && bytes[i].is_ascii_alphabetic() {
        i += 1;
    }
    i
}

/// What the candidate pass found: the windows worth tokenizing and the
/// triggers inside them.
#[derive(Debug, Default)]
pub struct Candidates {
    /// Byte windows `(start, end)` that contain at least one trigger,
    /// widened by some context, snapped to whitespace and merged; in order.
    pub windows: Vec<(usize, usize)>,
    /// Every trigger `(start, end)`, in order.
    pub triggers: Vec<(usize, usize)>,
}

impl Candidates {
    /// Whether an expression can start at byte `at`, given that the
    /// triggers before `*next` all end at or before it: one must reach
    /// past `at` and start no further than the context kept before a
    /// trigger. Most tokens of a window are context, and the grammar
    /// need not be asked about them. Moves `*next` on; ask in order.
    pub fn can_start(&self, at: usize, next: &mut usize) -> bool {
        while self.triggers.get(*next).is_some_and(|&(_, e)| e <= at) {
            *next += 1;
        }
        self.triggers
            .get(*next)
            .is_some_and(|&(s, _)| s <= at + BACK)
    }
}

/// Finds the triggers of `text` and the windows around them.
pub fn candidates(text: &str) -> Candidates {
    // Room for as many triggers and windows as news text has (about one
    // trigger in 140 bytes, one window in 270), so that few texts need
    // the lists to grow.
    let len = text.len();
    let mut out = Candidates {
        windows: Vec::with_capacity(len / 256 + 1),
        triggers: Vec::with_capacity(len / 128 + 1),
    };
    triggers(text, |s, e| {
        out.triggers.push((s, e));
        let ws = snap_back(text, s.saturating_sub(BACK));
        let we = snap_fwd(text, (e + FWD).min(len));
        match out.windows.last_mut() {
            Some(last) if ws <= last.1 => last.1 = last.1.max(we),
            _ => out.windows.push((ws, we)),
        }
    });
    out
}

/// Byte windows `(start, end)` of `text` that contain at least one trigger
/// (see [`Candidates::windows`]).
#[cfg(test)]
fn windows(text: &str) -> Vec<(usize, usize)> {
    candidates(text).windows
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
    use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};

    /// The scanner as first written, with a general-purpose automaton.
    fn reference(text: &str) -> Vec<(usize, usize)> {
        let digits = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];
        let patterns: Vec<&str> = TRIGGERS.iter().copied().chain(digits).collect();
        let Ok(ac) = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .kind(Some(AhoCorasickKind::DFA))
            .build(patterns)
        else {
            return Vec::new();
        };
        let bytes = text.as_bytes();
        let mut out: Vec<(usize, usize)> = Vec::new();
        for m in ac.find_iter(text) {
            let (s, e) = (m.start(), m.end());
            if !bytes[s].is_ascii_digit() {
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

    #[test]
    fn lane_classes_match_std() {
        // Every byte at every place of a lane, among letters, digits,
        // spaces and bytes of wider characters.
        for b in 0..=255u8 {
            for at in 0..16 {
                let mut lane = *b"a1 \xc3Z9.-zA0\xe2\x80\x94 q";
                lane[at] = b;
                let mask = |class: fn(&u8) -> bool| {
                    (0..16)
                        .filter(|&k| class(&lane[k]))
                        .fold(0u64, |m, k| m | 1 << k)
                };
                let expected = (
                    mask(u8::is_ascii_alphabetic),
                    mask(u8::is_ascii_alphanumeric),
                );
                assert_eq!(lane_classes(&lane), expected, "{lane:?}");
                assert_eq!(lane_classes_portable(&lane), expected, "{lane:?}");
            }
        }
    }

    #[test]
    fn byte_classes_match_std() {
        for b in 0..=255u8 {
            let c = u64::from(b) << 24 | 0x2020_2020_0020_2020;
            assert_eq!(letters(c) >> 31 & 1 == 1, b.is_ascii_alphabetic(), "{b}");
            assert_eq!(digits(c) >> 31 & 1 == 1, b.is_ascii_digit(), "{b}");
            assert_eq!(letters(c) & !(0x80 << 24), 0);
        }
    }

    #[test]
    fn agrees_with_a_general_automaton() {
        let cases = [
            "The Labor Day parade. Labor Days. On New Year's Eve, new years, a 25-year-old man.",
            "Results for 3Q and Q3, H1 2023, the H1B visa, 1qtr, fy2023, FY.",
            "Mayor May said in Mayé that someday, maybe, the MONDAYS are over; yesterdays.",
            "President's Day, Presidents' Day, Mother's Day and St. Patrick's Day, Luther King.",
            "Nothing here at all, nothing at all, nothing. And then: 1990s, 3days, x9.",
            "\u{e9}t\u{e9} 2023 \u{2014} d\u{e9}c. 4, la semaine du lundi",
        ];
        for c in cases {
            let long = format!("{c} {}{c}", "filler words go on and on here ".repeat(3));
            assert_eq!(windows(c), reference(c), "{c}");
            assert_eq!(windows(&long), reference(&long), "{long}");
        }
        // A word across each place of a block's end, and the text's end
        // at each place of a block.
        for pad in 0..70 {
            let text = format!("{}internationalization Monday 1990s", "x ".repeat(pad / 2));
            let text = if pad % 2 == 1 {
                format!(" {text}")
            } else {
                text
            };
            assert_eq!(windows(&text), reference(&text), "{text:?}");
            let cut = &text[..text.len() - 6];
            assert_eq!(windows(cut), reference(cut), "{cut:?}");
        }
        // Where the automaton let a "h1" inside a word swallow the digit,
        // the scanner keeps it: a digit is always a trigger.
        let glued = format!("{}abc1", "x ".repeat(40));
        assert_eq!(windows(&glued).len(), 1);
    }

    #[test]
    fn agrees_with_a_general_automaton_on_mixed_text() {
        // Pieces in every order, so words start and end at every offset
        // of the eight-byte reads and at the end of the text (apart, as
        // the automaton lets a rejected match swallow the start of the
        // next; no sums or shares, which the scanner skips).
        let pieces = [
            "a",
            "I",
            "q",
            "H",
            "Q3",
            "'s ",
            "-",
            ".",
            "4.5",
            "3q",
            "1990s",
            "x9",
            "é",
            "Monday",
            "MONDAYS",
            "mayor",
            "year-old",
            "years-olds",
            "labor day",
            "Labor Dayx",
            "nineteen",
            "fy2023",
            "twentyfold",
            "internationalization",
            "Mar",
            "mars",
            "past",
            "eve",
            "Eve's",
        ];
        let mut seed = 12345u64;
        let mut next = |n: usize| {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            usize::try_from(seed >> 33).unwrap_or(0) % n
        };
        for _ in 0..500 {
            let mut text = String::new();
            for _ in 0..=next(16) {
                text.push_str(pieces[next(pieces.len())]);
                text.push_str([" ", "  ", ", ", "\n", "—", " ("][next(6)]);
            }
            assert_eq!(windows(&text), reference(&text), "{text:?}");
        }
    }

    #[test]
    fn finds_and_merges_windows() {
        let text = "Nothing here at all. ".repeat(10) + "It rained on Monday and Tuesday.";
        let w = windows(&text);
        assert_eq!(w.len(), 1);
        assert!(text[w[0].0..w[0].1].contains("Monday and Tuesday"));
        assert!(windows("The market was calm.").is_empty());
    }
}
