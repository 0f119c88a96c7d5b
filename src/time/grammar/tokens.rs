//! What the rules ask of single tokens: the token, its lexical class,
//! its text and words, punctuation, hyphens and dots glued to it, numbers
//! and units, and whether a number goes on into a larger one.

use super::Parser;
use crate::time::lexicon::{Kw, Lex, Unit};
use crate::time::token::{Kind, Tok};

impl<'t> Parser<'t> {
    /// The token at `i`.
    pub fn tok(&self, i: usize) -> Option<&Tok> {
        self.toks.get(i)
    }

    /// The lexical class of token `i`.
    pub fn lex(&self, i: usize) -> Option<Lex> {
        self.toks.get(i).map(|t| t.lex)
    }

    /// Whether token `i` is keyword `k`. (Matched rather than compared
    /// whole: comparing two `Option<Lex>` costs more, and every rule asks
    /// this many times.)
    pub fn kw(&self, i: usize, k: Kw) -> bool {
        matches!(self.lex(i), Some(Lex::Kw(x)) if x == k)
    }

    /// Whether token `i` is one of the keywords.
    pub fn kw_any(&self, i: usize, ks: &[Kw]) -> Option<Kw> {
        match self.lex(i) {
            Some(Lex::Kw(k)) if ks.contains(&k) => Some(k),
            _ => None,
        }
    }

    /// The text of token `i`.
    pub fn word(&self, i: usize) -> &'t str {
        self.toks.get(i).map_or("", |t| &self.text[t.start..t.end])
    }

    /// The bytes of word `i` lower-cased into `buf`, without allocating;
    /// empty when it is longer than the buffer (no word matched this way
    /// is). Bytes, not a `str`: the words matched are ASCII, and checking
    /// the copy is UTF-8 again would cost more than the match.
    pub fn lower<'b>(&self, i: usize, buf: &'b mut [u8; 24]) -> &'b [u8] {
        let w = self.word_bytes(i);
        let Some(dst) = buf.get_mut(..w.len()) else {
            return &[];
        };
        dst.copy_from_slice(w);
        dst.make_ascii_lowercase();
        dst
    }

    /// The bytes of token `i` (empty past the end): comparing bytes skips
    /// the char-boundary checks of slicing the text, and these tests run
    /// for most tokens.
    pub(super) fn word_bytes(&self, i: usize) -> &'t [u8] {
        self.toks
            .get(i)
            .and_then(|t| self.text.as_bytes().get(t.start..t.end))
            .unwrap_or_default()
    }

    /// Whether token `i` is the word `w` (ASCII case-insensitive).
    pub fn word_is(&self, i: usize, w: &str) -> bool {
        self.word_bytes(i).eq_ignore_ascii_case(w.as_bytes())
    }

    /// Whether token `i` is one of the words.
    pub fn word_in(&self, i: usize, ws: &[&str]) -> bool {
        let w = self.word_bytes(i);
        ws.iter()
            .any(|x| x.len() == w.len() && w.eq_ignore_ascii_case(x.as_bytes()))
    }

    /// Whether token `i` is a possessive determiner ("his first 100 days",
    /// "in his mid-30s", "at its May meeting").
    pub(crate) fn possessive(&self, i: usize) -> bool {
        self.word_in(i, &["his", "her", "its", "their", "our", "my", "your"])
    }

    /// Whether token `i` opens a sentence, where any word is capitalised:
    /// after the text's start, an end of sentence, a quotation mark or a
    /// line break (a headline ends with none).
    pub(crate) fn opens_sentence(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| {
            let head = &self.text[..t.start];
            let before = head.trim_end();
            before.is_empty()
                || before.ends_with(['.', '!', '?', '"'])
                || head[before.len()..].contains('\n')
        })
    }

    /// Whether token `i` is the "s" of a genitive glued to its noun by an
    /// apostrophe: "the city's", "Reuters\u{2019}s".
    pub(crate) fn genitive_s(&self, i: usize) -> bool {
        i >= 2
            && self.word_is(i, "s")
            && self.glued(i)
            && self.glued(i - 1)
            && (self.punct(i - 1, '\'') || self.punct(i - 1, '\u{2019}'))
            && self.tok(i - 2).is_some_and(|t| t.kind == Kind::Word)
    }

    /// Whether token `i` ends a genitive: the "s" of "the party's", or the
    /// apostrophe of a plural's, "the Liberal Democrats'".
    pub(crate) fn genitive_end(&self, i: usize) -> bool {
        self.genitive_s(i)
            || i >= 1
                && (self.punct(i, '\'') || self.punct(i, '\u{2019}'))
                && self.glued(i)
                && self.tok(i - 1).is_some_and(|t| t.kind == Kind::Word)
                && self.word(i - 1).ends_with('s')
    }

    /// Whether token `i` is the punctuation `c`.
    pub fn punct(&self, i: usize, c: char) -> bool {
        self.toks.get(i).is_some_and(|t| t.is_punct(c))
    }

    /// The index after a compound adjective of a shortened period at `i`
    /// ("holiday-shortened", "strike-shortened"), or `i` without one.
    pub fn skip_shortened(&self, i: usize) -> usize {
        if self.tok(i).is_some_and(|t| t.kind == Kind::Word)
            && self.hyphen(i + 1)
            && self.word_is(i + 2, "shortened")
        {
            i + 3
        } else {
            i
        }
    }

    /// Whether token `i` exists and touches the previous one.
    pub fn glued(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| !t.gap)
    }

    /// Whether token `i` is a hyphen (or dash) glued on both sides.
    pub fn hyphen(&self, i: usize) -> bool {
        (self.punct(i, '-') || self.punct(i, '\u{2010}') || self.punct(i, '\u{2011}'))
            && self.glued(i)
            && self.glued(i + 1)
    }

    /// Skips an abbreviation dot glued to token `i - 1`: returns the next index.
    pub fn skip_dot(&self, i: usize) -> usize {
        if self.punct(i, '.') && self.glued(i) {
            i + 1
        } else {
            i
        }
    }

    /// A number token at `i`: value and digit count.
    pub fn num(&self, i: usize) -> Option<(u32, u8)> {
        let t = self.toks.get(i)?;
        (t.kind == Kind::Num).then_some((t.value, t.digits))
    }

    /// A unit word at `i` (inlined: most rules ask, at every start).
    #[inline]
    pub fn unit(&self, i: usize) -> Option<(Unit, bool)> {
        match self.lex(i)? {
            Lex::Unit { unit, plural } => Some((unit, plural)),
            Lex::Ordinal(2) if self.second_is_unit(i) => Some((Unit::Second, false)),
            _ => None,
        }
    }

    /// Whether the "second" at `i` is the unit, not the ordinal: after a
    /// count and a hyphen ("a 15-second video") or a fraction ("half a
    /// second"). (Out of line, so that `unit` stays small enough to
    /// inline.)
    #[inline(never)]
    fn second_is_unit(&self, i: usize) -> bool {
        i >= 2 && self.hyphen(i - 1) && self.num(i - 2).is_some() && self.word_is(i, "second")
            || self.fraction_of_second(i)
    }

    /// Whether "second" at `i` closes a fraction ("half a second", "a
    /// half second", "a quarter of a second", "a tenth of a second") and
    /// is not an ordinal of the noun after it ("half a second term").
    fn fraction_of_second(&self, i: usize) -> bool {
        let fraction = i >= 2
            && (self.word_is(i - 1, "a")
                && (self.kw(i - 2, Kw::Half)
                    || i >= 3
                        && self.word_is(i - 2, "of")
                        && self.word_in(i - 3, &["quarter", "fifth", "tenth"]))
                || self.kw(i - 1, Kw::Half)
                || self.hyphen(i - 1) && self.kw(i - 2, Kw::Half));
        fraction
            && self.word_is(i, "second")
            && (self.tok(i + 1).is_none_or(|t| t.kind != Kind::Word)
                || self.word_in(
                    i + 1,
                    &[
                        "and", "or", "to", "in", "of", "for", "at", "on", "than", "before",
                        "after", "behind", "ahead", "faster", "slower", "longer", "earlier",
                        "later",
                    ],
                ))
    }

    /// Whether token `i` is a word that names a time by itself: a month, a
    /// weekday, a part of the day, a season, a holiday or "a.m.". None of
    /// these is an amount ([`Parser::number_at`]), a modifier of one
    /// ([`Parser::approx_at`]), a unit or any word the amount-led rules
    /// read by its text, so those rules turn such a start away at once.
    pub(crate) fn names_time(&self, i: usize) -> bool {
        matches!(
            self.lex(i),
            Some(
                Lex::Month { .. }
                    | Lex::Weekday { .. }
                    | Lex::PartOfDay(_)
                    | Lex::Season(_)
                    | Lex::Holiday(_)
                    | Lex::AmPm { .. }
            )
        )
    }

    /// Whether the token at `i` starts a (non-abbreviation) sentence-like
    /// continuation that makes a preceding number part of a larger number:
    /// "2,019", "2019.5", "2019%".
    pub fn number_continues(&self, i: usize) -> bool {
        let Some(t) = self.toks.get(i) else {
            return false;
        };
        if t.gap {
            return self.word_in(i, &["percent", "per", "pc"]);
        }
        match t.kind {
            Kind::Punct('%') => true,
            Kind::Punct(',' | '.' | ':' | '/') => self
                .toks
                .get(i + 1)
                .is_some_and(|n| !n.gap && n.kind == Kind::Num),
            Kind::Word => true,
            Kind::Num => true,
            _ => false,
        }
    }

    /// Whether the number at `i` follows a currency sign or a glued digit
    /// group ("$2019", "1,2019").
    pub fn number_preceded(&self, i: usize) -> bool {
        if i == 0 {
            return false;
        }
        let t = &self.toks[i];
        let p = &self.toks[i - 1];
        if t.gap {
            return false;
        }
        match p.kind {
            Kind::Punct('$' | '£' | '€' | '¥' | '#') => true,
            Kind::Punct(',' | '.' | ':' | '/' | '-') => {
                i >= 2 && !p.gap && self.toks[i - 2].kind == Kind::Num
            }
            Kind::Num | Kind::Word => true,
            _ => false,
        }
    }
}
