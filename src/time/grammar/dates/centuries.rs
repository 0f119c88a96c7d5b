//! Centuries: "the 20th century", "the early twenty-first century".

use crate::time::calendar::ymd;
use crate::time::grammar::Parser;
use crate::time::lexicon::{Kw, Lex, Unit};
use crate::time::sem::{Match, Val, date};
use crate::time::token::Kind;
use crate::time::value::{Gran, Point};

impl Parser<'_> {
    /// Centuries: "the 20th century", "the twenty-first century".
    pub(super) fn century(&self, i: usize) -> Option<Match> {
        // Every form opens with a keyword ("the", "early"), a number, a
        // number word or an ordinal.
        if self.tok(i).is_some_and(|t| {
            t.kind == Kind::Word && !matches!(t.lex, Lex::Kw(_) | Lex::NumWord(_) | Lex::Ordinal(_))
        }) {
            return None;
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
