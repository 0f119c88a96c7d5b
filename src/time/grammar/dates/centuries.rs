//! Centuries: "the 20th century", "the early twenty-first century".

use crate::time::calendar::ymd;
use crate::time::grammar::Parser;
use crate::time::lexicon::{Kw, Lex, Unit};
use crate::time::sem::{Match, Val, date};
use crate::time::token::Kind;
use crate::time::value::{Gran, Point};

/// How far the document's year may be from a century's turn for "the
/// turn of the century" to name that turn: written in 2005, it is 2000;
/// written in 2023, it may as well be 1900, and is left to the century.
const TURN_NEAR: i32 = 15;

impl Parser<'_> {
    /// "the turn of the century": the year the century turned, the turn
    /// nearest the document's year when that is close enough to tell
    /// ("Internet shares peaked at the turn of the century", written in
    /// 2005: 2000).
    fn turn_of_century(&self, i: usize) -> Option<Match> {
        if !(self.kw(i, Kw::The)
            && self.word_is(i + 1, "turn")
            && self.kw(i + 2, Kw::Of)
            && self.kw(i + 3, Kw::The)
            && self.unit(i + 4) == Some((Unit::Century, false)))
        {
            return None;
        }
        let doc = self.doc_year?;
        let turn = (doc + 50).div_euclid(100) * 100;
        if (doc - turn).abs() > TURN_NEAR {
            return None;
        }
        let p = Point::containing(Gran::Year, ymd(turn, 1, 1)?)?;
        Some(date(i + 5, Val::Abs(p)))
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
        if let Some(m) = self.turn_of_century(i) {
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
        let k = if compound { k + 1 } else { k };
        if self.unit(k) != Some((Unit::Century, false)) || !(1..=30).contains(&n) {
            return None;
        }
        // "The 19th-century church": the article goes with the noun.
        if compound && j > i && self.tok(k + 1).is_some_and(|t| t.kind == Kind::Word) {
            return None;
        }
        let p = Point::containing(
            Gran::Century,
            ymd(i32::try_from((n - 1) * 100).ok()?, 1, 1)?,
        )?;
        let m = date(k + 1, Val::Abs(p));
        Some(match modifier {
            Some(md) => m.with_mod(md),
            None => m,
        })
    }
}
