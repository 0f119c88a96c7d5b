//! Reading a lower-cased sentence into its words: the ASCII words as
//! offsets, "didn't" read as "did" and "won't" as "will".

use super::quotes::is_mark;

/// "didn't", "wasn't", "couldn't": the auxiliary itself ("did", "was",
/// "could"), its "n" left out with the "'t" after it, so that it counts as
/// the auxiliary does ("It didn't open on Friday" is told in the past).
/// Takes and returns the end of the word `lower[ws..we]`.
pub(super) fn auxiliary_of_contraction(lower: &[u8], ws: usize, we: usize) -> usize {
    const AUXILIARIES: &[&str] = &[
        "didn", "wasn", "weren", "hadn", "hasn", "haven", "isn", "aren", "doesn", "couldn",
        "wouldn", "shouldn", "mustn", "needn",
    ];
    let rest = &lower[we..];
    // (Most words are followed by neither apostrophe: the first byte
    // tells.)
    if matches!(rest.first(), Some(b'\'' | 0xe2))
        && (rest.starts_with(b"'t") || rest.starts_with("\u{2019}t".as_bytes()))
        && AUXILIARIES.iter().any(|a| a.as_bytes() == &lower[ws..we])
    {
        we - 1
    } else {
        we
    }
}

/// Rewrites "won't" in a lower-cased sentence as "will" and blanks (the
/// same length, so the word offsets hold): "won" would read as the past
/// of "win" ("It won't turn the economy around by Christmas").
pub(super) fn expand_wont(lower: &mut String) {
    // Most sentences hold neither form: one search for what both start with.
    if !lower.contains("won") {
        return;
    }
    for (from, to) in [("won't", "will "), ("won\u{2019}t", "will   ")] {
        if !lower.contains(from) {
            continue;
        }
        let mut out = String::with_capacity(lower.len());
        let mut rest = lower.as_str();
        while let Some(at) = rest.find(from) {
            let whole = (at == 0 || !rest.as_bytes()[at - 1].is_ascii_alphabetic())
                && !rest[at + from.len()..].starts_with(|c: char| c.is_ascii_alphabetic());
            out.push_str(&rest[..at]);
            out.push_str(if whole { to } else { from });
            rest = &rest[at + from.len()..];
        }
        out.push_str(rest);
        *lower = out;
    }
}

/// The ASCII words (letters) of a lower-cased text, as the offsets where
/// each starts and ends; on the way, whether a quotation mark stands
/// between any of them.
///
/// Quotation marks are never letters, so they stand between words: as
/// most sentences quote no one, telling so from the bytes the split reads
/// anyway spares reading the sentence again for its quotes. (In a
/// lower-cased text a letter is a lower-case one, the cheaper test.)
pub(super) struct Split<'a> {
    bytes: &'a [u8],
    at: usize,
    /// Whether a quotation mark starts at a byte passed so far (see
    /// [`is_mark`]).
    pub(super) marks: bool,
}

impl<'a> Split<'a> {
    pub(super) fn new(bytes: &'a [u8]) -> Self {
        Split {
            bytes,
            at: 0,
            marks: false,
        }
    }
}

impl Iterator for Split<'_> {
    type Item = (usize, usize);

    // (Asked once per word of every sentence: inlined into the loop over
    // the words rather than called.)
    #[inline]
    fn next(&mut self) -> Option<(usize, usize)> {
        let bytes = self.bytes;
        let mut i = self.at;
        while i < bytes.len() && !bytes[i].is_ascii_lowercase() {
            self.marks |= is_mark(bytes, i);
            i += 1;
        }
        if i >= bytes.len() {
            self.at = i;
            return None;
        }
        let mut st = i;
        self.at = letters_end(bytes, st);
        // "to be re-elected", "co-founded": the verb after a prefix is
        // the word, so that its form tells the tense.
        while bytes.get(self.at) == Some(&b'-')
            && bytes.get(self.at + 1).is_some_and(u8::is_ascii_lowercase)
            && VERB_PREFIXES.contains(&&bytes[st..self.at])
        {
            st = self.at + 1;
            self.at = letters_end(bytes, st);
        }
        Some((st, self.at))
    }
}

/// Prefixes a hyphen joins to a verb: "re-elected", "co-founded",
/// "pre-empted", "un-", "mis-", "de-".
const VERB_PREFIXES: &[&[u8]] = &[b"re", b"co", b"pre", b"un", b"mis", b"de"];

/// The end of the run of lower-case ASCII letters from `i` on: eight
/// bytes at a time while eight remain, as most words are shorter.
#[inline]
fn letters_end(bytes: &[u8], mut i: usize) -> usize {
    while let Some(chunk) = bytes.get(i..i + 8).and_then(|c| c.try_into().ok()) {
        let others = not_lowercase(u64::from_le_bytes(chunk));
        if others != 0 {
            return i + others.trailing_zeros() as usize / 8;
        }
        i += 8;
    }
    while i < bytes.len() && bytes[i].is_ascii_lowercase() {
        i += 1;
    }
    i
}

/// Per byte of `chunk` (eight bytes, the first lowest), its top bit if it
/// is not a lower-case ASCII letter.
fn not_lowercase(chunk: u64) -> u64 {
    const LOW: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    const TOP: u64 = 0x8080_8080_8080_8080;
    let seven = chunk & LOW;
    // The top bit of each byte once `a` (0x61), and once past `z` (0x7a),
    // is added up to 0x80. (No sum carries into the next byte: each stays
    // under 0x100.)
    let from_a = (seven + 0x1f1f_1f1f_1f1f_1f1f) & TOP;
    let past_z = (seven + 0x0505_0505_0505_0505) & TOP;
    (!(from_a & !past_z) & TOP) | (chunk & TOP)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The words of a text as first split, a byte at a time, with
    /// whether a quotation mark stands between them.
    fn plain_split(bytes: &[u8]) -> (Vec<(usize, usize)>, bool) {
        let (mut words, mut marks, mut i) = (Vec::new(), false, 0);
        while i < bytes.len() {
            if bytes[i].is_ascii_lowercase() {
                let mut st = i;
                loop {
                    while i < bytes.len() && bytes[i].is_ascii_lowercase() {
                        i += 1;
                    }
                    let prefix = VERB_PREFIXES.contains(&&bytes[st..i]);
                    if !(prefix
                        && bytes.get(i) == Some(&b'-')
                        && bytes.get(i + 1).is_some_and(u8::is_ascii_lowercase))
                    {
                        break;
                    }
                    i += 1;
                    st = i;
                }
                words.push((st, i));
            } else {
                marks |= is_mark(bytes, i);
                i += 1;
            }
        }
        (words, marks)
    }

    #[test]
    fn split_agrees_with_the_byte_walk() {
        let texts = [
            "officials said on thursday that the plant will close",
            "\"we will leave monday,\" castro said; it didn't (\u{2019}t) rain.",
            "abcdefghijklmnopqrstuvwxyz abcdefgh abcdefg a`z{@[ caf\u{e9} \u{201c}x\u{201d}",
            "",
            "x",
            "12 34, 5678.90",
            "he is expected to be re-elected; co-founded re- re-re-run pre-",
        ];
        for text in texts {
            for from in 0..text.len() {
                let bytes = &text.as_bytes()[from..];
                let mut split = Split::new(bytes);
                let words: Vec<_> = split.by_ref().collect();
                assert_eq!((words, split.marks), plain_split(bytes), "{text:?} {from}");
            }
        }
        for b in 0..=255u8 {
            let bytes = [b'a', b'b', b'c', b'd', b'e', b'f', b'g', b, b'x'];
            let end = if b.is_ascii_lowercase() { 9 } else { 7 };
            assert_eq!(letters_end(&bytes, 0), end, "{b:#x}");
        }
    }
}
