//! Centuries: "the 20th century", "the early twenty-first century".

use crate::time::calendar::ymd;
use crate::time::grammar::Parser;
use crate::time::lexicon::{Kw, Lex, Unit};
use crate::time::sem::{Match, Val, date};
use crate::time::token::Kind;
use crate::time::value::{Gran, Point, unit_gran};

/// How far the document's year may be from a century's turn for "the
/// turn of the century" to name that turn: written in 2005, it is 2000;
/// written in 2023, it may as well be 1900 ("The house has been in the
/// family since the turn of the century") or 2100 ("will double by the
/// turn of the century"), and is left as the century.
const TURN_NEAR: i32 = 15;

impl Parser<'_> {
    /// "the turn of the century", "the turn of the millennium": the year
    /// the century (or millennium) turned, the turn nearest the document's
    /// year when that is close enough to tell ("Internet shares peaked at
    /// the turn of the century", written in 2005: 2000); otherwise the
    /// century the document is in. "The turn of the last century" is the
    /// turn before the one nearest the document's year (1900, written in
    /// 1999 or in 2016), and "the turn of the 20th century" that
    /// century's start (1900).
    fn turn_of(&self, i: usize) -> Option<Match> {
        if !(self.kw(i, Kw::The) && self.word_is(i + 1, "turn") && self.kw(i + 2, Kw::Of)) {
            return None;
        }
        let year = |y: i32, end: usize| {
            let p = Point::containing(Gran::Year, ymd(y, 1, 1)?)?;
            Some(date(end, Val::Abs(p)))
        };
        let j = i + 3;
        if let Some(m) = self.era_at(j)
            && let Val::Abs(c) = &m.val
            && c.gran == Gran::Century
        {
            return year(i32::from(c.date.year()), m.end);
        }
        if !self.kw(j, Kw::The) {
            return None;
        }
        if self.word_in(j + 1, &["last", "previous", "past"])
            && self.unit(j + 2) == Some((Unit::Century, false))
        {
            let doc = self.doc_year?;
            return year((doc + 50).div_euclid(100) * 100 - 100, j + 3);
        }
        let span = if self.unit(j + 1) == Some((Unit::Century, false)) {
            100
        } else if self.word_is(j + 1, "millennium") {
            1000
        } else {
            return None;
        };
        let doc = self.doc_year?;
        let turn = (doc + span / 2).div_euclid(span) * span;
        // (Far from a turn of the millennium, the one meant may be a
        // thousand years back: "Vikings settled there around the turn of
        // the millennium" is left untagged.)
        if (doc - turn).abs() > TURN_NEAR {
            if span == 1000 {
                return None;
            }
            let p = Point::containing(Gran::Century, ymd(doc.div_euclid(100) * 100, 1, 1)?)?;
            return Some(date(j + 2, Val::Abs(p)));
        }
        year(turn, j + 2)
    }

    /// A decade or century named outright at `i`, with no modifier of its
    /// own: "the 1990s", "the 1800s", "the 19th century".
    fn era_at(&self, i: usize) -> Option<Match> {
        self.dates(i).filter(|m| {
            m.modifier.is_none()
                && matches!(&m.val, Val::Abs(p) if matches!(p.gran, Gran::Decade | Gran::Century))
        })
    }

    /// A century named by where the document stands, at `i`: its own
    /// ("the century", "this century") or the one before ("the last
    /// century", "the previous century"). Only where a part of it is
    /// taken ("the first decade of the century", "the early years of the
    /// last century"): alone, "the last century" is a stretch of a
    /// hundred years.
    fn century_told(&self, i: usize) -> Option<Match> {
        let own = self.doc_year?.div_euclid(100) * 100;
        let (start, end) = if (self.kw(i, Kw::The) || self.kw(i, Kw::This))
            && self.unit(i + 1) == Some((Unit::Century, false))
        {
            (own, i + 2)
        } else if self.kw(i, Kw::The)
            && self.word_in(i + 1, &["last", "previous", "past"])
            && self.unit(i + 2) == Some((Unit::Century, false))
        {
            (own - 100, i + 3)
        } else {
            return None;
        };
        let p = Point::containing(Gran::Century, ymd(start, 1, 1)?)?;
        Some(date(end, Val::Abs(p)))
    }

    /// A part of a decade or century: "the first decade of the 20th
    /// century" is its first decade (190, as "the 1900s"); "the closing
    /// years of the 1800s", "the early years of the 20th century" are that
    /// century with END or START, as "the second half of the 19th century"
    /// is, rather than a stretch of years beside it; and so are "the
    /// closing weeks of 1944" and "the last days of June" of their year
    /// and month.
    fn era_part(&self, i: usize) -> Option<Match> {
        if !self.kw(i, Kw::The) {
            return None;
        }
        let j = i + 1;
        if self.unit(j + 1) == Some((Unit::Decade, false)) && self.kw(j + 2, Kw::Of) {
            let n = match self.lex(j)? {
                Lex::Ordinal(n @ 1..=10) => n,
                // ("final" is an ordinal of no number.)
                Lex::Ordinal(99) | Lex::Kw(Kw::Last) => 10,
                _ => return None,
            };
            let m = self.era_at(j + 3).or_else(|| self.century_told(j + 3))?;
            let Val::Abs(c) = m.val else {
                return None;
            };
            if c.gran != Gran::Century {
                return None;
            }
            let year = i32::from(c.date.year()) + 10 * (i32::try_from(n).ok()? - 1);
            let p = Point::containing(Gran::Decade, ymd(year, 1, 1)?)?;
            return Some(date(m.end, Val::Abs(p)));
        }
        let edge = match self.lex(j)? {
            Lex::Kw(Kw::Early) | Lex::Ordinal(1) => "START",
            Lex::Kw(Kw::Late | Kw::Last) | Lex::Ordinal(99) => "END",
            _ if self.word_in(j, &["opening", "earliest"]) => "START",
            _ if self.word_in(j, &["closing", "waning", "dying", "latter"]) => "END",
            _ => return None,
        };
        if !self.kw(j + 2, Kw::Of) {
            return None;
        }
        match self.unit(j + 1)? {
            (Unit::Year, true) => Some(
                self.era_at(j + 3)
                    .or_else(|| self.century_told(j + 3))?
                    .with_mod(edge),
            ),
            // "the closing weeks of 1944", "the final months of 1999", "the
            // last days of June": that year or month with END or START, as
            // "the end of 1999" is.
            (part @ (Unit::Day | Unit::Week | Unit::Month), true) => {
                let at = j + 3;
                // "the final weeks of the year", "the last days of the
                // month": of the year or month the story is in, or the one
                // named just before, as "the end of the year" is.
                if self.kw(at, Kw::The)
                    && let Some((unit @ (Unit::Year | Unit::Month), false)) = self.unit(at + 1)
                    && unit != part
                {
                    let val = Val::Around {
                        gran: unit_gran(unit),
                        unit,
                    };
                    return Some(date(at + 2, val).with_mod(edge));
                }
                // ("the closing months of last year", "the first days of
                // next month".)
                let m = self
                    .longest(at, &[Self::dates, Self::dir_unit, Self::deictic], |_| true)
                    .filter(|m| {
                        m.modifier.is_none()
                            && match &m.val {
                                Val::Abs(p) => matches!(p.gran, Gran::Year | Gran::Month),
                                Val::Month { .. } => true,
                                Val::Rel { gran, .. } => {
                                    matches!(gran, Gran::Year | Gran::Month)
                                        && *gran != unit_gran(part)
                                }
                                _ => false,
                            }
                    })?;
                Some(m.with_mod(edge))
            }
            _ => None,
        }
    }

    /// Centuries: "the 20th century", "the twenty-first century".
    pub(super) fn century(&self, i: usize) -> Option<Match> {
        // Every form opens with a keyword ("the", "early"), a number, a
        // number word or an ordinal.
        if self.tok(i).is_some_and(|t| {
            t.kind == Kind::Word && !matches!(t.lex, Lex::Kw(_) | Lex::NumWord(_) | Lex::Ordinal(_))
        }) {
            return None;
        }
        if let Some(m) = self.turn_of(i).or_else(|| self.era_part(i)) {
            return Some(m);
        }
        let mut j = i;
        if self.kw(j, Kw::The) {
            j += 1;
        }
        let mut modifier = None;
        if let Some((m, k)) = self.period_mod(j) {
            modifier = Some(m);
            j = k;
        }
        let (n, k) = self.ordinal_at(j)?;
        let compound = self.hyphen(k);
        // "the 18th and 19th centuries": an ordinal listed before the
        // noun names a century of its own (the article going with the
        // list), as a quarter's does (see `quarter`).
        let noun = if compound {
            None
        } else {
            self.shared_noun(k, 30)
        };
        if noun.is_some() && j > i {
            return None;
        }
        let end = k;
        let k = match noun {
            Some((e, _)) => e,
            None if compound => k + 1,
            None => k,
        };
        let plural = noun.is_some() || self.listed_before(j);
        if !matches!(self.unit(k), Some((Unit::Century, p)) if !p || plural)
            || !(1..=30).contains(&n)
        {
            return None;
        }
        // "The 19th-century church": the article goes with the noun.
        if compound && j > i && self.tok(k + 1).is_some_and(|t| t.kind == Kind::Word) {
            return None;
        }
        let p = Point::containing(
            Gran::Century,
            ymd(i32::try_from((n - 1) * 100).ok()?.max(1), 1, 1)?,
        )?;
        let m = date(if noun.is_some() { end } else { k + 1 }, Val::Abs(p));
        Some(match modifier {
            Some(md) => m.with_mod(md),
            None => m,
        })
    }
}
