//! Decades: "the 1990s", "the mid-1990s", "'90s", "the early 1980's",
//! "the nineties", and lists of them ("the sixties and seventies"). A
//! two-digit "30s" that is an age or a temperature is no decade.

use crate::time::calendar::ymd;
use crate::time::grammar::Parser;
use crate::time::lexicon::{Kw, Lex};
use crate::time::sem::{Match, Val, date};
use crate::time::token::Kind;
use crate::time::value::{Gran, Point};

/// The lengths of the decades' words, "aughts" to "seventies": callers
/// ask a word's length before looking it up.
pub(in crate::time::grammar) const DECADE_WORD_LEN: std::ops::RangeInclusive<usize> = 6..=9;

impl Parser<'_> {
    /// Decades: "the 1990s", "the mid-1990s", "'90s", "the nineties".
    pub(super) fn decade(&self, i: usize) -> Option<Match> {
        self.decade_in_list(i, 0)
    }

    /// A decade written as a word at `i` ("sixties", "twenties"): its
    /// first year, of the 1900s. "twenties" to "forties" are more often
    /// ages and temperatures than the decades of living memory are: see
    /// [`Parser::decade_in_list`] for where they are decades.
    pub(in crate::time::grammar) fn decade_word(&self, i: usize) -> Option<u32> {
        let t = self.tok(i)?;
        if t.kind != Kind::Word || !matches!(t.lex, Lex::Other) {
            return None;
        }
        // Compared in place: this runs for every word the lexicon does not know.
        const DECADES: &[(&str, u32)] = &[
            ("twenties", 1920),
            ("thirties", 1930),
            ("forties", 1940),
            ("fifties", 1950),
            ("sixties", 1960),
            ("seventies", 1970),
            ("eighties", 1980),
            ("nineties", 1990),
            // The 2000s, in British and in American English.
            ("noughties", 2000),
            ("aughts", 2000),
        ];
        let w = self.word(i);
        if !DECADE_WORD_LEN.contains(&w.len()) {
            return None;
        }
        DECADES
            .iter()
            .find(|(d, _)| d.eq_ignore_ascii_case(w))
            .map(|&(_, y)| y)
    }

    /// Whether a two-digit "30s" at `i` is an age ("in his mid-30s"), a
    /// temperature ("climbed from 48 degrees to the mid-60s") or a price
    /// ("the bonds traded in the mid-90s", a share of par): after a
    /// possessive, or with a word of weather or of trading before it in
    /// its sentence.
    fn age_temperature_or_price(&self, i: usize) -> bool {
        if i > 0 && self.possessive(i - 1) {
            return true;
        }
        let Some(t) = self.tok(i) else {
            return false;
        };
        let sentence = crate::time::sentence::sentence_bounds(self.text, t.start, t.end).0;
        let mut from = t.start.saturating_sub(160).max(sentence);
        while !self.text.is_char_boundary(from) {
            from += 1;
        }
        let before = self.text[from..t.start].to_ascii_lowercase();
        [
            "temperature",
            "degrees",
            "highs",
            "lows",
            "temps",
            "fahrenheit",
            "freezing",
            "\u{b0}",
            "traded",
            "quoted",
            "priced",
            " par",
        ]
        .iter()
        .any(|w| before.contains(w))
    }

    /// Whether a decade starting at `i` continues a list of decades ("the
    /// sixties and seventies", "the 1980s and 90s", "the fifties,
    /// sixties"): the article of the first covers the rest. Without one,
    /// "in their sixties and seventies" are ages. `depth` bounds the walk
    /// back along the list.
    fn listed_decade(&self, i: usize, depth: u8) -> bool {
        self.list_before(i, depth).is_some()
    }

    /// The first year of the decade (or century) a decade starting at `i`
    /// follows in a list, as [`Parser::listed_decade`] finds it.
    fn list_before(&self, i: usize, depth: u8) -> Option<i32> {
        if depth >= 4 || i < 2 {
            return None;
        }
        let joined = self.punct(i - 1, ',')
            || self
                .kw_any(i - 1, &[Kw::And, Kw::Or, Kw::To, Kw::Through])
                .is_some();
        if !joined {
            return None;
        }
        // (Six tokens back: "the late nineteen-twenties and thirties".)
        (i.saturating_sub(6)..i - 1).find_map(|s| {
            let m = self.decade_in_list(s, depth + 1)?;
            match m.val {
                Val::Abs(p) if m.end == i - 1 => Some(i32::from(p.date.year())),
                _ => None,
            }
        })
    }

    /// The first year of a decade cut to two digits (`v`, "'80s"), from
    /// the decade before it in a list or else the years of living memory.
    /// A list runs forward from the century of its first item: "the 1870s
    /// and '80s" are the 1880s, "the 1990s and '00s" the 2000s.
    fn cut_decade(&self, i: usize, depth: u8, v: u32) -> Option<u32> {
        let y = match self.list_before(i, depth) {
            Some(prev) => {
                let y = prev.div_euclid(100) * 100 + i32::try_from(v).ok()?;
                if y <= prev { y + 100 } else { y }
            }
            None if v <= 10 => 2000 + i32::try_from(v).ok()?,
            None => 1900 + i32::try_from(v).ok()?,
        };
        u32::try_from(y).ok()
    }

    /// A decade or century read out with its century at `i`, as broadcast
    /// transcripts write it: "nineteen eighties", "nineteen-twenties",
    /// "eighteen nineties", "eighteen hundreds" (the 1800s): its first
    /// year and where it ends. The century says which decade is meant,
    /// so "twenties" is no age after it.
    fn spoken_decade(&self, i: usize) -> Option<(u32, usize)> {
        let Lex::NumWord(c @ 18..=20) = self.lex(i)? else {
            return None;
        };
        let j = if self.hyphen(i + 1) { i + 2 } else { i + 1 };
        if self.word_is(j, "hundreds") {
            return Some((c * 100, j + 1));
        }
        let y = self.decade_word(j)?;
        Some((c * 100 + y % 100, j + 1))
    }

    /// Whether the word at `k`, right after a decade, is a noun of an
    /// era's events and styles the decade describes: "the 1990s boom",
    /// "the 1930s Dust Bowl", "the 1960s sitcom", "the 1980s TV series".
    /// (Not any capitalised word: "In the 1990s New York was ..." keeps
    /// its article.)
    fn describes_noun(&self, k: usize) -> bool {
        const ERA_NOUNS: &[&str] = &[
            "boom",
            "bubble",
            "crash",
            "crisis",
            "recession",
            "depression",
            "era",
            "heyday",
            "drought",
            "dust",
            "famine",
            "war",
            "revival",
            "style",
            "fashion",
            "music",
            "sitcom",
            "show",
            "band",
            "film",
            "movie",
            "hit",
            "classic",
            "levels",
            "peak",
            "generation",
            "series",
            "drama",
        ];
        let noun = |k: usize| {
            self.tok(k).is_some_and(|t| t.kind == Kind::Word && t.gap) && self.word_in(k, ERA_NOUNS)
        };
        // ("the 1980s TV series", "the 1990s R&B hit", "the 1960s folk
        // revival": an abbreviation or a noun of its kind may stand before
        // the noun.)
        noun(k)
            || self.tok(k).is_some_and(|t| {
                t.kind == Kind::Word
                    && (t.upper && t.end - t.start <= 3 || !t.cap && matches!(t.lex, Lex::Other))
            }) && noun(k + 1)
    }

    /// Whether the word at `k`, after "The 1990s" opening a sentence at
    /// `i`, is a plural noun the decade describes: "The 1990s supermodels
    /// reunited". A decade opening a sentence is its subject only before
    /// a verb ("The 1990s were", "The 1990s saw"); after a preposition a
    /// plural may open the next clause ("In the 1990s prices rose").
    fn subject_of_decade(&self, i: usize, k: usize) -> bool {
        self.tok(i).is_some_and(|t| t.cap)
            && self.opens_sentence(i)
            && self.tok(k).is_some_and(|t| {
                t.kind == Kind::Word && t.gap && !t.cap && matches!(t.lex, Lex::Other)
            })
            && {
                let w = self.word(k);
                w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us")
            }
    }

    /// [`Parser::decade`], `depth` items into a list.
    fn decade_in_list(&self, i: usize, depth: u8) -> Option<Match> {
        // Every form opens with a keyword ("the", "mid"), a number, an
        // apostrophe or a word as long as "sixties"; most words asked
        // here are none of these.
        if self.tok(i).is_some_and(|t| {
            t.kind == Kind::Word
                && !matches!(t.lex, Lex::Kw(_))
                && !(matches!(t.lex, Lex::Other) && (7..=9).contains(&(t.end - t.start)))
        }) {
            return None;
        }
        let mut j = i;
        let the = self.kw(j, Kw::The);
        if the {
            j += 1;
        }
        let mut modifier = None;
        if let Some((m, k)) = self.period_mod(j) {
            modifier = Some(m);
            j = k;
        }
        // "the Roaring Twenties", "the Swinging Sixties": the decade with
        // the epithet it is known by, inside the expression.
        let epithet = [("roaring", 1920), ("swinging", 1960)]
            .into_iter()
            .find(|(w, _)| the && self.tok(j).is_some_and(|t| t.cap) && self.word_is(j, w))
            .map(|(_, y)| y);
        if epithet.is_some() {
            j += 1;
        }
        let (start, end) = if let Some((v, digits)) = self.num(j) {
            // "the early 1980's": the older spelling, only after "the" or a
            // modifier ("1980's boycott" is the year's).
            let apostrophe = (the || modifier.is_some())
                && (self.punct(j + 1, '\'') || self.punct(j + 1, '\u{2019}'))
                && self.glued(j + 1)
                && self.glued(j + 2)
                && self.word_is(j + 2, "s");
            if !(self.glued(j + 1) && self.word_is(j + 1, "s") || apostrophe)
                || self.number_preceded(j) && !self.hyphen(j - 1)
            {
                return None;
            }
            let j = j + usize::from(apostrophe);
            // "the 1930s Dust Bowl", "the 1990s boom": the article is the
            // noun's the decade describes, as it is in "the 1987 crash";
            // the decade is read from the number on.
            if the
                && digits == 4
                && (self.describes_noun(j + 2) || self.subject_of_decade(i, j + 2))
            {
                return None;
            }
            let y = match digits {
                4 if v % 10 == 0 && (1000..=2100).contains(&v) => v,
                2 if v % 10 == 0
                    && (the || modifier.is_some() || self.listed_decade(i, depth))
                    && !self.age_temperature_or_price(i) =>
                {
                    self.cut_decade(i, depth, v)?
                }
                _ => return None,
            };
            (y, j + 2)
        } else if (self.punct(j, '\'') || self.punct(j, '\u{2019}'))
            && self.glued(j + 1)
            && let Some((v, 2)) = self.num(j + 1)
            && v % 10 == 0
            && self.glued(j + 2)
            && self.word_is(j + 2, "s")
        {
            (self.cut_decade(i, depth, v)?, j + 3)
        } else if let Some((y, k)) = self.spoken_decade(j)
            && (the || modifier.is_some())
        {
            (y, k)
        } else if let Some(y) = self.decade_word(j)
            && (the || self.listed_decade(i, depth))
            // ("the eighties" after a temperature is still more often
            // the decade than "the mid-eighties" is.)
            && !((y < 1950 || modifier.is_some()) && self.age_temperature_or_price(i))
        {
            (y, j + 1)
        } else {
            return None;
        };
        if epithet.is_some_and(|y| y != start) {
            return None;
        }
        // "the 1800s" is the century (nobody names the decade 1800-09 so);
        // "the 1900s" and "the 2000s" may be either, and stay decades, but
        // "the early 1900s" and "the late 1900s" are parts of the century
        // (a ten-year decade's end is not "the late 1900s").
        let century = start % 100 == 0 && (start < 1900 || start == 1900 && modifier.is_some());
        let gran = if century { Gran::Century } else { Gran::Decade };
        let p = Point::containing(gran, ymd(i32::try_from(start).ok()?, 1, 1)?)?;
        let m = date(end, Val::Abs(p));
        Some(match modifier {
            Some(md) => m.with_mod(md),
            None => m,
        })
    }
}
