//! Splits a stretch of text into word, number and punctuation tokens.
//!
//! Whitespace is dropped but remembered (`gap`) so the grammar can tell
//! "Nov." (abbreviation dot glued to the word) from a sentence end, and
//! "A17" (letter glued to digits: a product name) from "a 17".

use super::lexicon::{Lex, classify_in};
use super::scan::word_end;

/// What kind of token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Word,
    /// A digit run; `value` holds it (saturating), `digits` its length.
    Num,
    /// One punctuation or symbol character.
    Punct(char),
}

/// One token with its byte span.
#[derive(Debug, Clone, Copy)]
pub struct Tok {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    pub lex: Lex,
    /// Numeric value of a `Num` token.
    pub value: u32,
    /// Digit count of a `Num` token.
    pub digits: u8,
    /// Whitespace separates this token from the previous one.
    pub gap: bool,
    /// The word starts with an upper-case letter.
    pub cap: bool,
    /// The word is entirely upper-case.
    pub upper: bool,
}

impl Tok {
    /// Whether the token is the punctuation character `c`.
    pub fn is_punct(&self, c: char) -> bool {
        self.kind == Kind::Punct(c)
    }
}

/// Whether the newline at `nl` separates what no expression spans: a
/// paragraph (a blank line follows) or a short line such as a heading or
/// a live blog's time stamp ("14:30 GMT" over "Yesterday was ..."). A
/// newline that only wraps a long line of text is a space.
fn line_break(bytes: &[u8], nl: usize) -> bool {
    const SHORT: usize = 40;
    let blank_next = bytes[nl + 1..]
        .iter()
        .take_while(|c| c.is_ascii_whitespace())
        .any(|&c| c == b'\n');
    // Only the last few bytes are read back: a line is short if it
    // started within them.
    let short = nl < SHORT || bytes[nl - SHORT..nl].contains(&b'\n');
    blank_next || short
}

/// Tokenizes `text[from..to]` (both on char boundaries), with absolute offsets;
/// a line break that ends a paragraph or a short line is a `'\n'` token.
pub fn tokenize(text: &str, from: usize, to: usize, out: &mut Vec<Tok>) {
    let bytes = text.as_bytes();
    let mut i = from;
    let mut gap = true;
    while i < to {
        let b = bytes[i];
        if b.is_ascii_whitespace() {
            if b == b'\n'
                && line_break(bytes, i)
                && out.last().is_some_and(|t| t.kind != Kind::Punct('\n'))
            {
                out.push(Tok {
                    gap: true,
                    ..plain(i, i + 1, Kind::Punct('\n'), false)
                });
            }
            gap = true;
            i += 1;
            continue;
        }
        // Each kind of token is built whole, in one place.
        let tok = if b.is_ascii_alphabetic() {
            word(bytes, i, to)
        } else if b.is_ascii_digit() {
            number(bytes, i, to)
        } else {
            let c = text[i..].chars().next().unwrap_or('\u{fffd}');
            plain(i, i + c.len_utf8(), Kind::Punct(c), false)
        };
        i = tok.end;
        out.push(Tok { gap, ..tok });
        // The most common gap, one space, is passed over here at once.
        gap = i < to && bytes[i] == b' ';
        i += usize::from(gap);
    }
}

/// A token of `kind` with nothing else to say about it.
fn plain(start: usize, end: usize, kind: Kind, cap: bool) -> Tok {
    Tok {
        start,
        end,
        kind,
        lex: Lex::Other,
        value: 0,
        digits: 0,
        gap: false,
        cap,
        upper: false,
    }
}

/// The word token at `start` (a letter), ending by `to`.
fn word(bytes: &[u8], start: usize, to: usize) -> Tok {
    let i = word_end(bytes, start).min(to);
    if i - start == 1
        && let Some(tok) = am_pm(bytes, start, to)
    {
        return tok;
    }
    let end = with_apostrophe(bytes, i, to);
    let (cap, upper) = capitals(&bytes[start..end]);
    // "SEC" in capitals is the regulator, not seconds.
    let lex = if upper && matches!(&bytes[start..end], b"SEC" | b"SECS") {
        Lex::Other
    } else {
        classify_in(bytes, start, end)
    };
    Tok {
        lex,
        upper,
        ..plain(start, end, Kind::Word, cap)
    }
}

/// "a.m." / "p.m." as one token, if the one-letter word at `start` begins
/// it.
fn am_pm(bytes: &[u8], start: usize, to: usize) -> Option<Tok> {
    let b = bytes[start] | 0x20;
    let rest = bytes.get(start + 1..to)?;
    if !(b == b'a' || b == b'p') || rest.len() < 2 || rest[0] != b'.' || rest[1] | 0x20 != b'm' {
        return None;
    }
    let after = rest.get(2).copied();
    if after.is_some_and(|c| c.is_ascii_alphanumeric()) {
        return None;
    }
    let i = start + if after == Some(b'.') { 4 } else { 3 };
    let end = with_apostrophe(bytes, i, to);
    let (cap, upper) = capitals(&bytes[start..end]);
    Some(Tok {
        lex: Lex::AmPm { pm: b == b'p' },
        upper,
        ..plain(start, end, Kind::Word, cap)
    })
}

/// Where a word that reaches `i` ends: an apostrophe inside a word
/// belongs to it ("o'clock"), but "'s" stays separate.
fn with_apostrophe(bytes: &[u8], i: usize, to: usize) -> usize {
    if i + 1 < to && bytes[i] == b'\'' && bytes[i + 1].is_ascii_alphabetic() {
        let mut j = i + 1;
        while j < to && bytes[j].is_ascii_alphabetic() {
            j += 1;
        }
        if j - i > 2 {
            return j;
        }
    }
    i
}

/// Whether a word starts with a capital, and whether it is all in
/// capitals (dots aside; a word that starts in lower case is not).
fn capitals(word: &[u8]) -> (bool, bool) {
    let cap = word.first().is_some_and(u8::is_ascii_uppercase);
    (
        cap,
        cap && word.iter().all(|&c| c.is_ascii_uppercase() || c == b'.'),
    )
}

/// The number token at `start` (a digit), ending by `to`.
fn number(bytes: &[u8], start: usize, to: usize) -> Tok {
    let mut value: u32 = 0;
    let mut i = start;
    while i < to && bytes[i].is_ascii_digit() {
        value = value
            .saturating_mul(10)
            .saturating_add(u32::from(bytes[i] - b'0'));
        i += 1;
    }
    Tok {
        value,
        digits: u8::try_from(i - start).unwrap_or(u8::MAX),
        ..plain(start, i, Kind::Num, false)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::time::lexicon::Kw;

    fn toks(s: &str) -> Vec<Tok> {
        let mut v = Vec::new();
        tokenize(s, 0, s.len(), &mut v);
        v
    }

    #[test]
    fn splits_abbreviations_and_numbers() {
        let t = toks("Nov. 16, 2023 at 3 p.m. in A17");
        let texts: Vec<&str> = t
            .iter()
            .map(|t| &"Nov. 16, 2023 at 3 p.m. in A17"[t.start..t.end])
            .collect();
        assert_eq!(
            texts,
            [
                "Nov", ".", "16", ",", "2023", "at", "3", "p.m.", "in", "A", "17"
            ]
        );
        assert!(!t[1].gap && t[2].gap && !t[10].gap);
        assert_eq!(t[4].value, 2023);
        assert_eq!(t[7].lex, Lex::AmPm { pm: true });
    }

    #[test]
    fn marks_capitals_and_the_regulator() {
        let t = toks("5 P.M. SEC secs a.mx Sec");
        assert_eq!(t[1].lex, Lex::AmPm { pm: true });
        assert!(t[1].cap && t[1].upper && t[1].end == 6);
        assert!(t[2].upper && t[2].lex == Lex::Other);
        assert!(!t[3].cap && t[3].lex != Lex::Other);
        assert_eq!((t[4].end - t[4].start, t[4].lex), (1, Lex::Kw(Kw::A)));
        assert!(t[7].cap && !t[7].upper && t[7].lex == t[3].lex);
    }

    #[test]
    fn keeps_oclock_together() {
        let t = toks("five o'clock, Reuters's");
        assert_eq!(t.len(), 6);
    }
}
