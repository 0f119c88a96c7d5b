//! Sentence boundaries in news text: where a period ends a sentence and
//! where it only ends an abbreviation ("Mr.", "Nov.", "U.S."), an initial
//! or a clock's "p.m.". The tense walk reads one sentence; a year that
//! opens a sentence frames the dates in it.

use super::lexicon::{Kw, Lex, classify_in};

/// Abbreviations whose dot does not end a sentence.
const ABBREVS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
    "nov", "dec", "inc", "corp", "co", "ltd", "jr", "sr", "st", "no", "vs", "gen", "gov", "sen",
    "rep", "lt", "col", "sgt", "capt", "mt", "ft", "a.m", "p.m", "u.s", "u.n", "u.k", "e.g", "i.e",
    "prof", "rev", "ave", "dept", "est", "cos", "bros",
];

/// A table of bytes: which are in `set`.
const fn byte_set(set: &[u8]) -> [bool; 256] {
    let mut table = [false; 256];
    let mut i = 0;
    while i < set.len() {
        table[set[i] as usize] = true;
        i += 1;
    }
    table
}

/// The bytes a sentence's start may follow: a line break, or final
/// punctuation and the closing quotation marks after it (the last bytes
/// of `\u{2019}` and `\u{201d}` in UTF-8 too).
static BEFORE_START: [bool; 256] = byte_set(b"\n.!?;\"'\x99\x9d");

/// The bytes a sentence may end at: a line break or final punctuation.
static END: [bool; 256] = byte_set(b"\n.!?;");

/// Per byte of `chunk` (eight bytes, the first lowest), its top bit if
/// the byte may bound a sentence: any byte below `@` but the space, and
/// any past ASCII. Most bytes of a text are letters and spaces, so most
/// chunks have none and are passed over at once.
fn candidates(chunk: u64) -> u64 {
    const LOW: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    const TOP: u64 = 0x8080_8080_8080_8080;
    // (No sum below carries into the next byte: each stays under 0x100.)
    let at_least_at = ((chunk & LOW) + 0x4040_4040_4040_4040) & TOP;
    let space = chunk ^ 0x2020_2020_2020_2020;
    let not_space = (((space & LOW) + LOW) | space) & TOP;
    (!at_least_at & not_space) | (chunk & TOP)
}

/// The offset of the first byte of `hay` in `set`, eight bytes at a time
/// (every byte in `set` must be one of the [`candidates`]).
fn first_in(hay: &[u8], set: &[bool; 256]) -> Option<usize> {
    let (chunks, rest) = hay.as_chunks::<8>();
    for (n, chunk) in chunks.iter().enumerate() {
        let mut maybe = candidates(u64::from_le_bytes(*chunk));
        while maybe != 0 {
            let k = maybe.trailing_zeros() as usize / 8;
            if set[usize::from(chunk[k])] {
                return Some(8 * n + k);
            }
            maybe &= maybe - 1;
        }
    }
    let p = rest.iter().position(|&b| set[usize::from(b)])?;
    Some(8 * chunks.len() + p)
}

/// The offset of the last byte of `hay` in `set` (see [`first_in`]).
fn last_in(hay: &[u8], set: &[bool; 256]) -> Option<usize> {
    let (rest, chunks) = hay.as_rchunks::<8>();
    for (n, chunk) in chunks.iter().enumerate().rev() {
        let mut maybe = candidates(u64::from_le_bytes(*chunk));
        while maybe != 0 {
            let k = (63 - maybe.leading_zeros()) as usize / 8;
            if set[usize::from(chunk[k])] {
                return Some(rest.len() + 8 * n + k);
            }
            maybe &= !(0x80 << (8 * k));
        }
    }
    rest.iter().rposition(|&b| set[usize::from(b)])
}

/// The start and end of the sentence containing `start..end` (bounded).
///
/// Both walks jump from one byte that may bound a sentence to the next:
/// this runs for many expressions, and most bytes are letters.
pub fn sentence_bounds(text: &str, start: usize, end: usize) -> (usize, usize) {
    let bytes = text.as_bytes();
    let lower = start.saturating_sub(400);
    let mut s = start;
    loop {
        let Some(p) = last_in(&bytes[lower..s], &BEFORE_START) else {
            s = lower;
            break;
        };
        s = lower + p + 1;
        if bytes[s - 1] == b'\n' {
            break;
        }
        // The cheap test first: most spaces follow a letter.
        if s < bytes.len()
            && bytes[s].is_ascii_whitespace()
            && ends_sentence(bytes, skip_closers_back(bytes, s - 1))
        {
            break;
        }
        s -= 1;
    }
    // The expression's own last dot may end the sentence: "cross the
    // border at 6 a.m. The handover was agreed ...".
    let mut e = if end > start && bytes[end - 1] == b'.' {
        end - 1
    } else {
        end
    };
    let upper = (end + 400).min(bytes.len());
    loop {
        let Some(p) = first_in(&bytes[e..upper], &END) else {
            e = upper;
            break;
        };
        e += p;
        if bytes[e] == b'\n' || ends_at(bytes, e) {
            break;
        }
        e += 1;
    }
    settle(text, start, s, e)
}

/// Whether the sentence ends with the byte at `e`: final punctuation, and
/// after any closing quotes a space or the end of the text.
fn ends_at(bytes: &[u8], e: usize) -> bool {
    ends_sentence(bytes, e) && {
        let after = skip_closers(bytes, e + 1);
        after >= bytes.len() || bytes[after].is_ascii_whitespace()
    }
}

/// Bounds `s..e` found by the walks, moved past the spaces a sentence
/// starts with (not past `start`) and onto char boundaries.
fn settle(text: &str, start: usize, mut s: usize, mut e: usize) -> (usize, usize) {
    let bytes = text.as_bytes();
    while s < start && bytes[s].is_ascii_whitespace() {
        s += 1;
    }
    while !text.is_char_boundary(s) {
        s += 1;
    }
    while !text.is_char_boundary(e) {
        e -= 1;
    }
    (s, e.max(s))
}

/// Whether the byte at `i` is a sentence's final punctuation (a dot that
/// does not end an abbreviation).
#[inline]
fn ends_sentence(bytes: &[u8], i: usize) -> bool {
    matches!(bytes[i], b'.' | b'!' | b'?' | b';') && !is_abbrev(bytes, i)
}

/// Closing quotation marks may follow a sentence's final punctuation:
/// `called it "justified." While ...`.
const CLOSERS: &[&[u8]] = &[b"\"", b"'", "\u{201d}".as_bytes(), "\u{2019}".as_bytes()];

/// The offset after the closing quotation marks starting at `i`.
fn skip_closers(bytes: &[u8], mut i: usize) -> usize {
    while let Some(c) = CLOSERS
        .iter()
        .find(|c| bytes[i.min(bytes.len())..].starts_with(c))
    {
        i += c.len();
    }
    i
}

/// The offset of the last byte before the closing quotation marks that
/// end at `i` (inclusive).
fn skip_closers_back(bytes: &[u8], mut i: usize) -> usize {
    while let Some(c) = CLOSERS
        .iter()
        .find(|c| i >= c.len() && bytes[..=i].ends_with(c))
    {
        i -= c.len();
    }
    i
}

/// Whether the dot at `dot` ends a known abbreviation or a single letter.
fn is_abbrev(bytes: &[u8], dot: usize) -> bool {
    if bytes[dot] != b'.' {
        return false;
    }
    let mut w = dot;
    while w > 0 && (bytes[w - 1].is_ascii_alphabetic() || bytes[w - 1] == b'.') {
        w -= 1;
    }
    let word = &bytes[w..dot];
    // An initial ("John F. Kennedy"), but not the end of "the 1980s."
    if word.len() == 1 {
        return w == 0 || !bytes[w - 1].is_ascii_digit();
    }
    // "at 2:49 p.m. For the next three days": a clock's "p.m." ends the
    // sentence before a capital, unless a day, month or zone follows it
    // ("at 3 p.m. Friday", "9 a.m. EST").
    if word.eq_ignore_ascii_case(b"a.m") || word.eq_ignore_ascii_case(b"p.m") {
        let rest = &bytes[dot + 1..];
        let start = rest.iter().take_while(|b| **b == b' ').count();
        let next = &rest[start..];
        let len = next.iter().take_while(|b| b.is_ascii_alphabetic()).count();
        // "11:30 a.m. Stockholm time", "9 a.m. New York time", "Hong Kong
        // time": a city of one or two words.
        let after = &next[len..];
        let second = after
            .strip_prefix(b" ")
            .filter(|w| w.first().is_some_and(u8::is_ascii_uppercase))
            .map_or(0, |w| {
                1 + w.iter().take_while(|b| b.is_ascii_alphabetic()).count()
            });
        let city_time =
            after.starts_with(b" time") || second > 1 && after[second..].starts_with(b" time");
        let next = &next[..len];
        let capital = start > 0 && next.first().is_some_and(u8::is_ascii_uppercase);
        let zone = city_time
            || next.len() >= 2 && next.iter().all(u8::is_ascii_uppercase)
            || [
                b"eastern".as_slice(),
                b"pacific",
                b"central",
                b"mountain",
                b"local",
            ]
            .iter()
            .any(|z| z.eq_ignore_ascii_case(next));
        let dated = zone
            || matches!(
                classify_in(next, 0, next.len()),
                Lex::Weekday { .. }
                    | Lex::Month { .. }
                    | Lex::Kw(Kw::Today | Kw::Tomorrow | Kw::Yesterday | Kw::Tonight)
            );
        return !capital || dated;
    }
    // Most sentences end on a longer word than any abbreviation.
    word.len() <= ABBREV_MAX && ABBREV_KEYS.contains(&abbrev_key(word))
}

/// The length of the longest of [`ABBREVS`].
const ABBREV_MAX: usize = 4;

/// [`ABBREVS`] as numbers (see [`abbrev_key`]): a dot is tested against
/// the list for many expressions, and numbers compare at once.
const ABBREV_KEYS: [u32; ABBREVS.len()] = {
    let mut keys = [0; ABBREVS.len()];
    let mut i = 0;
    while i < ABBREVS.len() {
        keys[i] = abbrev_key(ABBREVS[i].as_bytes());
        i += 1;
    }
    keys
};

/// A word of up to four bytes as a number, its bytes lower-cased, one to
/// a byte of the number: no word holds a zero byte, so two words of up to
/// four bytes have the same number only if they are the same in any case.
const fn abbrev_key(word: &[u8]) -> u32 {
    let mut key = 0;
    let mut i = 0;
    while i < word.len() {
        key = key << 8 | word[i].to_ascii_lowercase() as u32;
        i += 1;
    }
    key
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The sentence around the first `w` in `s`.
    fn around<'a>(s: &'a str, w: &str) -> &'a str {
        let start = s.find(w).unwrap_or(0);
        let (a, b) = sentence_bounds(s, start, start + w.len());
        &s[a..b]
    }

    /// The bounds as first written, walking a byte at a time (the end
    /// test and the final settling are shared).
    fn reference(text: &str, start: usize, end: usize) -> (usize, usize) {
        let bytes = text.as_bytes();
        let mut s = start;
        let lower = start.saturating_sub(400);
        while s > lower {
            let b = bytes[s - 1];
            if b == b'\n' {
                break;
            }
            // The cheap test first: most spaces follow a letter.
            if s < bytes.len()
                && bytes[s].is_ascii_whitespace()
                && matches!(b, b'.' | b'!' | b'?' | b';' | b'"' | b'\'' | 0x99 | 0x9d)
                && ends_sentence(bytes, skip_closers_back(bytes, s - 1))
            {
                break;
            }
            s -= 1;
        }
        // The expression's own last dot may end the sentence: "cross the
        // border at 6 a.m. The handover was agreed ...".
        let mut e = if end > start && bytes[end - 1] == b'.' {
            end - 1
        } else {
            end
        };
        let upper = (end + 400).min(bytes.len());
        while e < upper {
            let b = bytes[e];
            if b == b'\n' {
                break;
            }
            if matches!(b, b'.' | b'!' | b'?' | b';') && ends_at(bytes, e) {
                break;
            }
            e += 1;
        }
        settle(text, start, s, e)
    }

    #[test]
    fn agrees_with_the_byte_walk() {
        let texts = [
            "It rose. Mr. Smith will speak on Nov. 16 in Paris. Then it fell.",
            "Bombs exploded at 2:49 p.m. For three days, the city was shut. He left at 3 p.m. Friday.",
            "He called it \"justified.\" While the third quarter was weak; he said so!",
            "\u{201c}We will leave Monday.\u{201d} Officials met Tuesday. \u{2018}Yes,\u{2019} she said.",
            "Heading\n\nA line of text? Another one. J. F. Kennedy in the 1980s. End",
            "caf\u{e9} d\u{e9}c. 4 \u{2014} semaine; fin.",
        ];
        let long = "word ".repeat(120) + "Then. " + &"more ".repeat(120);
        for text in texts.iter().copied().chain([long.as_str()]) {
            let bounds: Vec<usize> = (0..=text.len())
                .filter(|&i| text.is_char_boundary(i))
                .collect();
            for (n, &a) in bounds.iter().enumerate() {
                for &b in bounds[n..].iter().take(12) {
                    assert_eq!(
                        sentence_bounds(text, a, b),
                        reference(text, a, b),
                        "{text:?} {a}..{b}"
                    );
                }
            }
        }
    }

    #[test]
    fn sentence_stops_at_periods_not_abbreviations() {
        let s = "It rose. Mr. Smith will speak on Nov. 16 in Paris. Then it fell.";
        assert_eq!(
            around(s, "Nov. 16"),
            "Mr. Smith will speak on Nov. 16 in Paris"
        );
    }

    #[test]
    fn clock_abbreviation_ends_a_sentence_before_a_capital() {
        let s = "Bombs exploded at 2:49 p.m. For three days, the city was shut. He left at 3 p.m. Friday.";
        assert_eq!(around(s, "three"), "For three days, the city was shut");
        assert_eq!(around(s, "Friday"), "He left at 3 p.m. Friday");
        // The expression's own dot ends its sentence.
        let s = "Troops cross at 6 a.m. The deal was agreed in 1984.";
        assert_eq!(around(s, "6 a.m."), "Troops cross at 6 a.m");
    }

    #[test]
    fn every_bound_is_a_candidate() {
        for b in 0..=255u8 {
            if END[usize::from(b)] || BEFORE_START[usize::from(b)] {
                let chunk = u64::from_le_bytes([b; 8]);
                assert_eq!(candidates(chunk), 0x8080_8080_8080_8080, "{b:#x}");
            }
        }
        // Letters and spaces, most of a text, are not.
        assert_eq!(candidates(u64::from_le_bytes(*b"a Word z")), 0);
    }

    #[test]
    fn chunked_searches_agree_with_byte_searches() {
        let text =
            "Mr. Smith said: \"Yes!\" \u{201c}No?\u{201d}\nIt\u{2019}s 1,200; done. 3 a.m. End";
        let bytes = text.as_bytes();
        for a in 0..=bytes.len() {
            for b in a..=bytes.len() {
                let hay = &bytes[a..b];
                for set in [&END, &BEFORE_START] {
                    let first = hay.iter().position(|&c| set[usize::from(c)]);
                    let last = hay.iter().rposition(|&c| set[usize::from(c)]);
                    assert_eq!(first_in(hay, set), first, "{a}..{b}");
                    assert_eq!(last_in(hay, set), last, "{a}..{b}");
                }
            }
        }
    }

    #[test]
    fn no_abbreviation_is_longer_than_the_limit() {
        assert!(ABBREVS.iter().all(|a| a.len() <= ABBREV_MAX));
        assert!(ABBREVS.iter().any(|a| a.len() == ABBREV_MAX));
    }

    #[test]
    fn sentence_ends_before_closing_quotes() {
        let s = "He called it \"justified.\" While the third quarter was weak, he said.";
        assert_eq!(
            around(s, "third"),
            "While the third quarter was weak, he said"
        );
        let s = "\u{201c}We will leave Monday.\u{201d} Officials met Tuesday.";
        assert_eq!(around(s, "Monday"), "\u{201c}We will leave Monday");
        assert_eq!(around(s, "Tuesday"), "Officials met Tuesday");
    }
}
