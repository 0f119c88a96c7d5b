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
                    start: i,
                    end: i + 1,
                    kind: Kind::Punct('\n'),
                    lex: Lex::Other,
                    value: 0,
                    digits: 0,
                    gap: true,
                    cap: false,
                    upper: false,
                });
            }
            gap = true;
            i += 1;
            continue;
        }
        let start = i;
        let mut tok = Tok {
            start,
            end: i,
            kind: Kind::Word,
            lex: Lex::Other,
            value: 0,
            digits: 0,
            gap,
            cap: false,
            upper: false,
        };
        if b.is_ascii_alphabetic() {
            i = word_end(bytes, i).min(to);
            // "a.m." / "p.m." as one token.
            if i - start == 1 && (b | 0x20 == b'a' || b | 0x20 == b'p') {
                let rest = &bytes[i..to];
                if rest.len() >= 2 && rest[0] == b'.' && rest[1] | 0x20 == b'm' {
                    let after = rest.get(2).copied();
                    if after.is_none_or(|c| !c.is_ascii_alphanumeric()) {
                        i += 2;
                        if after == Some(b'.') {
                            i += 1;
                        }
                        tok.lex = Lex::AmPm {
                            pm: b | 0x20 == b'p',
                        };
                    }
                }
            }
            // Apostrophe inside a word: "o'clock", keep "'s" separate.
            if i + 1 < to && bytes[i] == b'\'' && bytes[i + 1].is_ascii_alphabetic() {
                let mut j = i + 1;
                while j < to && bytes[j].is_ascii_alphabetic() {
                    j += 1;
                }
                if j - i > 2 {
                    i = j;
                }
            }
            tok.end = i;
            // (Bytes, not a `str`: no char boundaries to check.)
            let word = &bytes[start..i];
            tok.cap = b.is_ascii_uppercase();
            // (A word that starts in lower case is not in capitals.)
            tok.upper = tok.cap && word.iter().all(|&c| c.is_ascii_uppercase() || c == b'.');
            if matches!(tok.lex, Lex::Other) {
                tok.lex = classify_in(bytes, start, i);
                // "SEC" in capitals is the regulator, not seconds.
                if tok.upper && matches!(word, b"SEC" | b"SECS") {
                    tok.lex = Lex::Other;
                }
            }
        } else if b.is_ascii_digit() {
            let mut value: u32 = 0;
            while i < to && bytes[i].is_ascii_digit() {
                value = value
                    .saturating_mul(10)
                    .saturating_add(u32::from(bytes[i] - b'0'));
                i += 1;
            }
            tok.kind = Kind::Num;
            tok.value = value;
            tok.digits = u8::try_from(i - start).unwrap_or(u8::MAX);
            tok.end = i;
        } else {
            let c = text[i..].chars().next().unwrap_or('\u{fffd}');
            i += c.len_utf8();
            tok.kind = Kind::Punct(c);
            tok.end = i;
        }
        out.push(tok);
        gap = false;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn keeps_oclock_together() {
        let t = toks("five o'clock, Reuters's");
        assert_eq!(t.len(), 6);
    }
}
