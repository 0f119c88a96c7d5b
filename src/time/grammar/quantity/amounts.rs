//! Amounts and the modifiers in front of them, read for durations, sets
//! and times ago: numbers in figures or in words ("12", "1,000", "2.5",
//! "5 1/2", "two hundred", "two and a half"), vague amounts ("several", "a
//! few", "a couple of", "another") and modifiers ("about", "nearly", "more
//! than", "at least", "up to", "just over").

use crate::time::grammar::Parser;
use crate::time::grammar::quantity::DURATION_LEADS;
use crate::time::lexicon::{self, Kw, Lex, Unit};
use crate::time::token::Kind;

impl Parser<'_> {
    /// "and a half" after a number, spaced or in a compound ("two and a
    /// half hours", "a two-and-a-half-hour parade", "a six-and-a-half-year
    /// low"), or "and a quarter", "and three quarters" ("three and a
    /// quarter hours"): the fraction and the index after it (the
    /// compound's last hyphen stays, as after "two" in "two-hour").
    fn and_a_part(&self, j: usize) -> Option<(f64, usize)> {
        if !self.kw(j, Kw::And) {
            return (self.hyphen(j)
                && self.kw(j + 1, Kw::And)
                && self.hyphen(j + 2)
                && self.kw(j + 3, Kw::A)
                && self.hyphen(j + 4)
                && self.kw(j + 5, Kw::Half))
            .then_some((0.5, j + 6));
        }
        let quarter = |k: usize, plural: bool| {
            self.lex(k)
                == Some(Lex::Unit {
                    unit: Unit::Quarter,
                    plural,
                })
        };
        if self.kw(j + 1, Kw::A) && self.kw(j + 2, Kw::Half) {
            Some((0.5, j + 3))
        } else if self.kw(j + 1, Kw::A) && quarter(j + 2, false) {
            Some((0.25, j + 3))
        } else if self.lex(j + 1) == Some(Lex::NumWord(3)) {
            let k = j + 2 + usize::from(self.hyphen(j + 2));
            quarter(k, true).then_some((0.75, k + 1))
        } else {
            None
        }
    }

    /// Whether a figure ends right before token `i`: a number, a percent
    /// or a count of times ("4 percent", "12%", "three times", "20
    /// points").
    fn figure_before(&self, i: usize) -> bool {
        i > 0
            && (matches!(
                self.tok(i - 1).map(|t| t.kind),
                Some(Kind::Num | Kind::Punct('%'))
            ) || self.word_in(i - 1, &["percent", "cent", "times", "points"]))
    }

    /// A modifier in front of an amount: "about", "nearly", "more than".
    /// (Its keywords are listed again in `opens_amount`.)
    pub(crate) fn approx_at(&self, i: usize) -> Option<(&'static str, usize)> {
        let more_than =
            |k: usize| self.kw_any(k, &[Kw::More, Kw::Less]).is_some() && self.kw(k + 1, Kw::Than);
        // "over" or "under" at `k` after a word that says by how much.
        let over_under = |k: usize| match self.lex(k)? {
            Lex::Kw(Kw::Over) => Some(("MORE_THAN", k + 1)),
            Lex::Kw(Kw::Under) => Some(("LESS_THAN", k + 1)),
            _ => None,
        };
        let Lex::Kw(k) = self.lex(i)? else {
            // "no more than 60 days", "slightly less than a month": the
            // only modifiers led by a word that is no keyword (most
            // tokens asked here are numbers and such words).
            if self.kw(i + 1, Kw::More) && self.kw(i + 2, Kw::Than) && self.word_is(i, "no") {
                return Some(("EQUAL_OR_LESS", i + 3));
            }
            // ("in little more than a week", without its article: hardly
            // more.)
            if self.word_in(i, &["slightly", "little"]) && more_than(i + 1) {
                return self.approx_at(i + 1);
            }
            // "well over a year", "close to a decade", "upwards of three
            // decades".
            let counted = |k: usize| self.number_at(k).is_some_and(|(n, _)| n.is_some());
            if self.word_is(i, "well") && counted(i + 2) {
                return over_under(i + 1);
            }
            if self.word_is(i, "close") && self.kw(i + 1, Kw::To) && counted(i + 2) {
                return Some(("APPROX", i + 2));
            }
            if self.word_is(i, "upwards") && self.kw(i + 1, Kw::Of) && counted(i + 2) {
                return Some(("MORE_THAN", i + 2));
            }
            // "begun circa 1220": a year known roughly, as catalogues
            // write it.
            if self.word_is(i, "circa") && self.num(i + 1).is_some() {
                return Some(("APPROX", i + 1));
            }
            return None;
        };
        // "a little more than two years", "a little over a week".
        if k == Kw::A && self.word_in(i + 1, &["little", "bit"]) {
            if more_than(i + 2) {
                return self.approx_at(i + 2);
            }
            if self.number_at(i + 3).is_some_and(|(n, _)| n.is_some()) {
                return over_under(i + 2);
            }
        }
        let (m, j) = match k {
            // "about" stays outside the expression, as TimeBank marks it
            // ("about [five hours]"); the parser still records APPROX.
            Kw::Around | Kw::Roughly | Kw::Approximately | Kw::Some => ("APPROX", i + 1),
            // ... but it belongs to a point in the past: "about two years
            // ago" (as TimeBank marks that too).
            Kw::About
                if self
                    .number_at(i + 1)
                    .and_then(|(_, k)| self.unit(k).map(|_| k + 1))
                    .is_some_and(|k| self.kw(k, Kw::Ago)) =>
            {
                ("APPROX", i + 1)
            }
            Kw::Nearly | Kw::Almost => ("LESS_THAN", i + 1),
            // "lasted over a week", "in under five hours", "running at
            // under three hours"; not the prepositions of "used over three
            // years", "under the law".
            // ("phased in over two years" is across them, and "took over
            // three years ago" is the verb's.)
            Kw::Over | Kw::Under
                if i > 0
                    && (self.word_in(i - 1, DURATION_LEADS)
                        || self.word_in(i - 1, &["at", "runs", "run", "ran", "running"]))
                    && !(i > 1
                        && self.word_is(i - 1, "in")
                        && self.word_in(i - 2, &["phase", "phased", "phasing", "phases"]))
                    && !(self.word_in(i - 1, &["take", "takes", "took", "taken", "taking"])
                        && self
                            .number_at(i + 1)
                            .and_then(|(_, k)| self.unit(k).map(|_| k + 1))
                            .is_some_and(|k| self.kw(k, Kw::Ago)))
                    && self.number_at(i + 1).is_some_and(|(n, _)| n.is_some()) =>
            {
                let m = if k == Kw::Over {
                    "MORE_THAN"
                } else {
                    "LESS_THAN"
                };
                (m, i + 1)
            }
            // (Not a figure's comparison: "4 percent more than a year
            // earlier", "cost 50% more than a year ago".)
            Kw::More | Kw::Less if self.kw(i + 1, Kw::Than) && self.figure_before(i) => {
                return None;
            }
            Kw::More if self.kw(i + 1, Kw::Than) => ("MORE_THAN", i + 2),
            Kw::Less if self.kw(i + 1, Kw::Than) => ("LESS_THAN", i + 2),
            Kw::At if self.kw(i + 1, Kw::Least) => ("EQUAL_OR_MORE", i + 2),
            Kw::At if self.kw(i + 1, Kw::Most) => ("EQUAL_OR_LESS", i + 2),
            Kw::Up if self.kw(i + 1, Kw::To) => ("EQUAL_OR_LESS", i + 2),
            Kw::Just if self.kw_any(i + 1, &[Kw::Over, Kw::Under]).is_some() => {
                let m = if self.kw(i + 1, Kw::Over) {
                    "MORE_THAN"
                } else {
                    "LESS_THAN"
                };
                (m, i + 2)
            }
            _ => return None,
        };
        // Never two modifiers ("about some").
        if matches!(
            self.lex(j),
            Some(Lex::Kw(Kw::About | Kw::Nearly | Kw::Almost))
        ) {
            return None;
        }
        Some((m, j))
    }

    /// The count that "in as many years" repeats, the nearest before `i`
    /// in its sentence: "the second break-in at the school" (2), "three
    /// wins" (3), "the third summit between the two leaders" (3: a
    /// number after "the" names a known group, not what is counted).
    /// None when the sentence names none. Read from the text, as the count
    /// often lies before the tokens of the expression's window.
    fn count_before(&self, i: usize) -> Option<f64> {
        let end = self.tok(i)?.start;
        let (start, _) = crate::time::sentence::sentence_bounds(self.text, end, end);
        let bytes = self.text.as_bytes();
        // The words of the sentence before `i`, as offsets, last first.
        let mut spans = Vec::new();
        let mut k = start;
        while k < end {
            if bytes[k].is_ascii_alphanumeric() {
                let s = k;
                while k < end && bytes[k].is_ascii_alphanumeric() {
                    k += 1;
                }
                spans.push((s, k));
            } else {
                k += 1;
            }
        }
        let mut words = spans.into_iter().rev().peekable();
        while let Some((s, e)) = words.next() {
            let (n, ordinal) = match lexicon::classify_in(bytes, s, e) {
                Lex::Ordinal(n) => (n, true),
                Lex::NumWord(n) => (n, false),
                // "7", or "3rd" written in digits
                _ => {
                    let w = &self.text[s..e];
                    let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
                    let suffix = &w[digits.len()..];
                    match digits.parse::<u32>() {
                        Ok(n) if suffix.is_empty() => (n, false),
                        Ok(n) if matches!(suffix, "st" | "nd" | "rd" | "th") => (n, true),
                        _ => continue,
                    }
                }
            };
            // "twenty-one", "twenty-first": the tens before the hyphen.
            let tens = match words.peek() {
                Some(&(a, b)) if s > 0 && bytes[s - 1] == b'-' && b + 1 == s && n < 10 => {
                    match lexicon::classify_in(bytes, a, b) {
                        Lex::NumWord(t @ 20..=90) if t % 10 == 0 => t,
                        _ => 0,
                    }
                }
                _ => 0,
            };
            if tens > 0 {
                words.next();
            }
            let n = n + tens;
            let definite = words
                .peek()
                .is_some_and(|&(a, b)| self.text[a..b].eq_ignore_ascii_case("the"));
            if (2..=100).contains(&n) && (ordinal || !definite) {
                return Some(f64::from(n));
            }
        }
        None
    }

    /// An amount at `i`: `Some(n)` for a number, `None` inside for a vague
    /// one ("several", "a few"). Returns the index after it.
    pub(crate) fn number_at(&self, i: usize) -> Option<(Option<f64>, usize)> {
        if let Some((at, amount)) = self.amount.get()
            && at == i
        {
            return amount;
        }
        let amount = self.read_number(i).map(|(n, j)| self.in_millions(n, j));
        self.amount.set(Some((i, amount)));
        amount
    }

    /// An amount `n` ending at `j` scaled by a "million" or "billion"
    /// right after it, before years only: "66 million years ago", "for
    /// 3.5 billion years" (geological time, one span). Before other units
    /// the amount counts things measured in time ("5 million hours of
    /// video"), and is left unread.
    fn in_millions(&self, n: Option<f64>, j: usize) -> (Option<f64>, usize) {
        let scale = if self.word_is(j, "million") {
            1e6
        } else if self.word_is(j, "billion") {
            1e9
        } else {
            return (n, j);
        };
        match n {
            Some(v) if self.unit(j + 1) == Some((Unit::Year, true)) => (Some(v * scale), j + 1),
            _ => (n, j),
        }
    }

    /// Where the years are when "hundreds of", "thousands of", "millions
    /// of" or "billions of" and years stand at `i`, the amount perhaps
    /// scaled again before them: "tens of thousands of years",
    /// "hundreds of millions of years".
    pub(crate) fn many_of_years(&self, i: usize) -> Option<usize> {
        let mut j = i;
        while self.kw(j + 1, Kw::Of)
            && self.word_in(
                j,
                &["tens", "hundreds", "thousands", "millions", "billions"],
            )
        {
            j += 2;
            if self.unit(j) == Some((Unit::Year, true)) {
                return Some(j);
            }
        }
        None
    }

    /// [`Parser::number_at`], read afresh. (Its keywords are listed again
    /// in `opens_amount`.)
    fn read_number(&self, i: usize) -> Option<(Option<f64>, usize)> {
        let t = self.tok(i)?;
        match t.kind {
            Kind::Num => {
                if self.number_preceded(i) {
                    return None;
                }
                let mut v = f64::from(t.value);
                let mut j = i + 1;
                // 1,000
                while self.punct(j, ',')
                    && self.glued(j)
                    && self.glued(j + 1)
                    && self.num(j + 1).is_some_and(|(_, d)| d == 3)
                {
                    v = v * 1000.0 + f64::from(self.num(j + 1)?.0);
                    j += 2;
                }
                // 2.5
                if self.punct(j, '.') && self.glued(j) && self.glued(j + 1) {
                    let (f, d) = self.num(j + 1)?;
                    v += f64::from(f) / 10f64.powi(i32::from(d));
                    j += 2;
                }
                // 5 1/2, and 3-1/2 as wire copy writes it
                let hyphened = self.punct(j, '-') && self.glued(j) && self.glued(j + 1);
                let k = if hyphened { j + 1 } else { j };
                // 4½, 2¼
                let glyph = [('\u{bd}', 0.5), ('\u{bc}', 0.25), ('\u{be}', 0.75)]
                    .into_iter()
                    .find(|&(c, _)| self.punct(j, c) && self.glued(j));
                if let Some((1, 1)) = self.num(k)
                    && self.punct(k + 1, '/')
                    && self.glued(k + 1)
                    && self.num(k + 2) == Some((2, 1))
                {
                    v += 0.5;
                    j = k + 3;
                } else if let Some((_, part)) = glyph {
                    v += part;
                    j += 1;
                } else if let Some((part, k)) = self.and_a_part(j) {
                    // "22 and a half years"
                    v += part;
                    j = k;
                }
                if self.punct(j, '%') || self.punct(j, '/') && self.glued(j) {
                    return None;
                }
                // "two to three weeks", "12 to 18 months": keep the first
                // (not a year before a count: "sentenced in 1990 to 12
                // years").
                if (self.kw(j, Kw::To) || self.kw(j, Kw::Or) || self.punct(j, '-') && self.glued(j))
                    && self.num(j + 1).is_some_and(|(w, _)| f64::from(w) > v)
                    && matches!(self.lex(j + 2), Some(Lex::Unit { .. }))
                {
                    return Some((None, j + 2));
                }
                Some((Some(v), j))
            }
            Kind::Word => match t.lex {
                Lex::NumWord(_) => {
                    let (mut v, mut j) = self.small_number_words(i)?;
                    if self.kw(j, Kw::Hundred) {
                        v *= 100;
                        j += 1;
                        if self.kw(j, Kw::And) && matches!(self.lex(j + 1), Some(Lex::NumWord(_))) {
                            j += 1;
                        }
                        if let Some((w, k)) = self.small_number_words(j) {
                            v += w;
                            j = k;
                        }
                    }
                    if self.kw(j, Kw::Thousand) {
                        v *= 1000;
                        j += 1;
                    }
                    let mut v = f64::from(v);
                    if let Some((part, k)) = self.and_a_part(j) {
                        v += part;
                        j = k;
                    }
                    // "four to six years", "five to 10 years": keep the first.
                    if (self.kw(j, Kw::To) || self.kw(j, Kw::Or))
                        && (matches!(self.lex(j + 1), Some(Lex::NumWord(_)))
                            || self.num(j + 1).is_some_and(|(w, _)| f64::from(w) > v))
                        && matches!(self.lex(j + 2), Some(Lex::Unit { .. }))
                    {
                        return Some((Some(v), j + 2));
                    }
                    Some((Some(v), j))
                }
                Lex::Kw(Kw::A) => match self.lex(i + 1)? {
                    Lex::Kw(Kw::Few) => Some((None, i + 2)),
                    Lex::Kw(Kw::Couple) => {
                        let j = if self.kw(i + 2, Kw::Of) { i + 3 } else { i + 2 };
                        Some((Some(2.0), j))
                    }
                    Lex::Kw(Kw::Dozen) => Some((Some(12.0), i + 2)),
                    Lex::Kw(Kw::Half) => Some((Some(0.5), i + 2)),
                    // "a fifth of a second", "a tenth of a second": only of
                    // a second, where the share is a decimal of the unit.
                    Lex::Ordinal(n @ (5 | 10))
                        if self.kw(i + 2, Kw::Of)
                            && self.word_is(i + 3, "a")
                            && self.unit(i + 4) == Some((Unit::Second, false)) =>
                    {
                        Some((Some(1.0 / f64::from(n)), i + 4))
                    }
                    Lex::Kw(Kw::Hundred) => Some((Some(100.0), i + 2)),
                    Lex::Kw(Kw::Thousand) => Some((Some(1000.0), i + 2)),
                    // "the option of a further year", "out for a further
                    // six weeks": as "another" counts.
                    Lex::Other if self.word_is(i + 1, "further") => {
                        Some(self.number_at(i + 2).unwrap_or((Some(1.0), i + 2)))
                    }
                    _ => Some((Some(1.0), i + 1)),
                },
                // "the next hundred years", "the past thousand years": the
                // article goes with "next", and the round number stands
                // alone.
                Lex::Kw(k @ (Kw::Hundred | Kw::Thousand))
                    if i > 0
                        && self
                            .kw_any(i - 1, &[Kw::Next, Kw::Past, Kw::Last, Kw::Coming])
                            .is_some() =>
                {
                    Some((Some(if k == Kw::Hundred { 100.0 } else { 1000.0 }), i + 1))
                }
                Lex::Kw(Kw::Half) if self.kw(i + 1, Kw::A) => Some((Some(0.5), i + 2)),
                // "the extra half-hour", "every half-hour"
                Lex::Kw(Kw::Half)
                    if self.hyphen(i + 1)
                        && matches!(
                            self.lex(i + 2),
                            Some(Lex::Unit {
                                unit: Unit::Hour,
                                ..
                            })
                        ) =>
                {
                    Some((Some(0.5), i + 1))
                }
                Lex::Kw(Kw::Several | Kw::Few | Kw::Many) => Some((None, i + 1)),
                // "the second break-in in as many years", "three titles in
                // as many seasons": as many as counted before.
                Lex::Other
                    if self.word_is(i, "as")
                        && self.kw(i + 1, Kw::Many)
                        && i > 0
                        && self.word_is(i - 1, "in") =>
                {
                    self.count_before(i - 1).map(|n| (Some(n), i + 2))
                }
                // "over millions of years", "thousands of years ago": a
                // vague amount, read before years only ("hundreds of
                // hours of footage" counts things).
                Lex::Other if let Some(j) = self.many_of_years(i) => Some((None, j)),
                Lex::Kw(Kw::Couple) if self.kw(i + 1, Kw::Of) => Some((Some(2.0), i + 2)),
                // "stayed another week", "for another three years"
                Lex::Other if self.word_is(i, "another") => {
                    Some(self.number_at(i + 1).unwrap_or((Some(1.0), i + 1)))
                }
                _ => None,
            },
            _ => None,
        }
    }
}
