//! Words that put a time within a period or at its edge: early/mid/late
//! and "the end of" in front of a date ("early next year", "mid-2020",
//! "late November", "the end of the year", "year-end", "midweek"), and
//! "earlier"/"later", "early in"/"late in" before the period under way
//! ("earlier this year", "later this month", "early in the year") or a
//! year or month named ("early in 2006", "late in July").

use crate::time::grammar::Parser;
use crate::time::lexicon::{Kw, Lex, Unit};
use crate::time::sem::{Dir, Match, Val, date};
use crate::time::timex::TimexType;
use crate::time::token::Kind;
use crate::time::value::{Gran, unit_gran};

impl Parser<'_> {
    /// "earlier this year", "later this month", "earlier today", "earlier in
    /// the week", "earlier that week", "later this morning", "later that
    /// evening", "later this spring". ("Earlier Sunday", "Later Thursday" are the day alone, as
    /// annotated news marks them: the word only orders the events told.)
    pub(super) fn earlier_later(&self, i: usize) -> Option<Match> {
        let j = i + 1;
        // "early in the year", "late in the week", "early in the new
        // year": that period's start or end, one expression as "earlier
        // in the year" is. So are a year or month named: "early in 2006",
        // "late in July", as "early 2006" and "late July" are.
        if let Some(edge) = self.kw_any(i, &[Kw::Early, Kw::Late]) {
            let md = if edge == Kw::Early { "START" } else { "END" };
            if !self.kw(j, Kw::In) {
                return None;
            }
            // (Not the adverb of a verb: "paid two days late in March",
            // "came too early in May"; see `Parser::period_mod`.)
            if !self.kw(j + 1, Kw::The) {
                self.period_mod(i)?;
                let sub = self.dates(j + 1)?;
                let year_or_month = match &sub.val {
                    Val::Abs(p) => matches!(p.gran, Gran::Year | Gran::Month),
                    Val::Month { .. } => true,
                    Val::InRelYear { gran, .. } => *gran == Gran::Month,
                    _ => false,
                };
                return (year_or_month && sub.kind == TimexType::Date && sub.modifier.is_none())
                    .then(|| sub.with_mod(md));
            }
            let m = match self.unit(j + 2) {
                Some((unit @ (Unit::Week | Unit::Month | Unit::Year), false)) => date(
                    j + 3,
                    Val::Around {
                        gran: unit_gran(unit),
                        unit,
                    },
                ),
                // ("late in the fourth quarter", "early in the second half":
                // a quarter's or a half's edge, as "late in July" is a
                // month's.)
                _ => match self.the_new_year(j + 1) {
                    Some(m) => m,
                    None => self
                        .quarter(j + 1)
                        .or_else(|| self.half(j + 1))
                        .filter(|m| m.kind == TimexType::Date && m.modifier.is_none())?,
                },
            };
            return Some(m.with_mod(md));
        }
        self.kw_any(i, &[Kw::Earlier, Kw::Later])?;
        // "will start 20 minutes later this year", "an hour earlier
        // today": the comparative is the amount's, and the period after
        // it stands alone.
        if i > 0 && self.unit(i - 1).is_some() && !self.amount_apart(i - 1) {
            return None;
        }
        if let Some(m) = self.dir_unit(j)
            && matches!(m.val, Val::Rel { .. })
        {
            return Some(m);
        }
        if self
            .kw_any(j, &[Kw::Today, Kw::Tonight, Kw::Yesterday, Kw::Tomorrow])
            .is_some()
        {
            return self.deictic(j).or_else(|| self.clock(j));
        }
        // "earlier that week", "later that evening" (the part of the day
        // as "later this morning" takes it)
        if self.kw(j, Kw::That) {
            return self.anchored_words(j).or_else(|| self.clock(j));
        }
        if self.kw(j, Kw::This)
            && let Some(m) = self.clock(j)
        {
            return Some(m);
        }
        // "later this spring", "earlier this summer"
        if self.kw(j, Kw::This)
            && matches!(self.lex(j + 1), Some(Lex::Season(_)))
            && let Some(m) = self.season(j)
        {
            return Some(m);
        }
        if self.kw(j, Kw::In) && self.kw(j + 1, Kw::The) {
            let (unit, false) = self.unit(j + 2)? else {
                return None;
            };
            if matches!(unit, Unit::Week | Unit::Month | Unit::Year | Unit::Day) {
                let gran = unit_gran(unit);
                return Some(date(j + 3, Val::Around { gran, unit }));
            }
        }
        None
    }

    /// Early/mid/late and "the end of" in front of a date: "early next
    /// year", "mid-2020", "late November", "the end of the year", "year-end".
    pub(in crate::time::grammar) fn modified(&self, i: usize) -> Option<Match> {
        // Of the keywords, every form opens only with "mid", "the",
        // a modifier of a period (`Parser::period_mod`: "early", "late",
        // "end") or the noun of "end of May" ("end", "beginning", "start",
        // "middle"): most keywords asked here are none of these.
        if matches!(self.lex(i), Some(Lex::Kw(k)) if !matches!(
            k,
            Kw::Mid
                | Kw::The
                | Kw::Early
                | Kw::Late
                | Kw::End
                | Kw::Beginning
                | Kw::Start
                | Kw::Middle
        )) {
            return None;
        }
        self.modified_unguarded(i)
    }

    /// The end of "midyear" or "mid-year" (`word` and `unit`, in one word
    /// or hyphenated) read at `i`.
    fn mid_unit(&self, i: usize, word: &str, unit: Unit) -> Option<usize> {
        if self.word_is(i, word) {
            Some(i + 1)
        } else {
            (self.kw(i, Kw::Mid) && self.hyphen(i + 1) && self.unit(i + 2) == Some((unit, false)))
                .then_some(i + 3)
        }
    }

    /// Early/mid/late and "the end of", read at any start:
    /// [`Parser::modified`] without its guard, kept apart so a test can
    /// check that the guard turns away no match.
    pub(in crate::time::grammar) fn modified_unguarded(&self, i: usize) -> Option<Match> {
        // "should ease by midyear", "a mid-year review": the middle of
        // the year.
        if let Some(e) = self.mid_unit(i, "midyear", Unit::Year) {
            let year = Val::Rel {
                gran: Gran::Year,
                unit: Unit::Year,
                n: 0,
            };
            return Some(date(e, year).with_mod("MID"));
        }
        // "net zero by mid-century": the middle of the century the
        // document is in (not the style of "a mid-century house").
        if let Some(e) = self.mid_unit(i, "midcentury", Unit::Century)
            && i > 0
            && self.word_in(
                i - 1,
                &[
                    "by", "until", "before", "after", "around", "toward", "towards", "at", "in",
                ],
            )
        {
            let century = Val::Rel {
                gran: Gran::Century,
                unit: Unit::Century,
                n: 0,
            };
            return Some(date(e, century).with_mod("MID"));
        }
        // "temperatures will climb above freezing by midweek", "masks had
        // sold out by mid-week": the middle of the week the clause points
        // to, the one holding the Wednesday it would mean. (Not a kind of
        // day: "a midweek match", "midweek fares".)
        let plural_after = |e: usize| {
            self.toks.get(e).is_some_and(|t| {
                t.kind == Kind::Word
                    && t.gap
                    && t.end - t.start > 3
                    && self.text.as_bytes()[t.end - 1] == b's'
            })
        };
        let generic = i > 0 && self.word_in(i - 1, &["a", "an"]);
        if let Some(e) = self
            .mid_unit(i, "midweek", Unit::Week)
            .filter(|&e| !generic && !plural_after(e))
        {
            let week = Val::Containing {
                gran: Gran::Week,
                shift: 0,
                day: Box::new(Val::Weekday {
                    day: 3,
                    dir: Dir::Tense,
                }),
            };
            return Some(date(e, week).with_mod("MID"));
        }
        // "year-end", "year end"
        if self.unit(i) == Some((Unit::Year, false))
            && !(i > 0 && (self.word_in(i - 1, &["the", "a"]) || self.kw(i - 1, Kw::Fiscal)))
        {
            // "year-end", "year end", "year's end"
            let j = if self.hyphen(i + 1) {
                i + 2
            } else {
                self.skip_poss(i + 1)
            };
            if self.kw(j, Kw::End) && !(self.kw(j + 1, Kw::Of)) {
                let day = Val::MonthDay {
                    month: 12,
                    day: 31,
                    dir: Dir::Tense,
                };
                // The end of a year, as "the end of the year" is: the year
                // of the Dec. 31 the tense points to, with "END" ("by year
                // end", "by year's end", "year-end discounts", as TimeBank
                // and news annotators mark them). The noun written in one
                // ("by year-end", "since year-end") is the last day.
                let noun = self.hyphen(i + 1)
                    && self.tok(j + 1).is_none_or(|t| {
                        t.kind != Kind::Word || self.word_in(j + 1, &["and", "or"])
                    });
                if noun {
                    return Some(date(j + 1, day));
                }
                let val = Val::Containing {
                    gran: Gran::Year,
                    shift: 0,
                    day: Box::new(day),
                };
                return Some(date(j + 1, val).with_mod("END"));
            }
        }
        // "by week's end", "by month-end", "by month end", "by
        // quarter-end": the end of this week, month or quarter, as "the
        // end of the month" is. (Not "week end", which is a weekend
        // misspelt.)
        if let Some((unit @ (Unit::Week | Unit::Month | Unit::Quarter), false)) = self.unit(i)
            && !(i > 0 && self.word_in(i - 1, &["the", "a"]))
        {
            let j = if self.hyphen(i + 1) {
                i + 2
            } else {
                self.skip_poss(i + 1)
            };
            let joined = j > i + 1 || unit != Unit::Week;
            if joined && self.kw(j, Kw::End) && !self.kw(j + 1, Kw::Of) {
                let gran = unit_gran(unit);
                // (The month or quarter the tense points to, as for "the
                // end of the month": "Month-end flows supported the dollar
                // on Thursday", written on April 1, is March's.)
                let val = if unit == Unit::Week {
                    Val::Rel { gran, unit, n: 0 }
                } else {
                    Val::Around { gran, unit }
                };
                return Some(date(j + 1, val).with_mod("END"));
            }
        }
        let (md, j) = if let Some((m, j)) = self.period_mod(i) {
            (m, j)
        } else if self.kw(i, Kw::The) && self.word_is(i + 2, "part") && self.kw(i + 3, Kw::Of) {
            // "the latter part of the year", "the early part of the month"
            let m = if self.word_in(i + 1, &["early", "earlier", "first"]) {
                "START"
            } else if self.word_in(i + 1, &["latter", "later", "last", "late"]) {
                "END"
            } else {
                return None;
            };
            (m, i + 4)
        } else if let Some(b) = [i, i + 1]
            .into_iter()
            .find(|&b| self.kw(b + 1, Kw::Of) && (b == i + 1) == self.kw(i, Kw::The))
        {
            // "the end of April"; without the article, as headlines and
            // brief notices write it, "until end of May", "BY END OF JULY".
            let m = match self.lex(b)? {
                Lex::Kw(Kw::End) => "END",
                Lex::Kw(Kw::Beginning | Kw::Start) => "START",
                Lex::Kw(Kw::Middle) => "MID",
                _ => return None,
            };
            (m, b + 2)
        } else {
            return None;
        };
        // "the end of the year/month/week/quarter/decade/century"; and of
        // the fiscal year or quarter ("before the end of the fiscal year in
        // March"), valued by its label as "the fiscal year" is.
        let fiscal = self.kw(j, Kw::The) && self.kw(j + 1, Kw::Fiscal);
        let u = j + 1 + usize::from(fiscal);
        if self.kw(j, Kw::The)
            && let Some((unit, false)) = self.unit(u)
            && matches!(
                unit,
                Unit::Year
                    | Unit::Month
                    | Unit::Week
                    | Unit::Quarter
                    | Unit::Decade
                    | Unit::Century
            )
            && (!fiscal || matches!(unit, Unit::Year | Unit::Quarter))
        {
            let gran = unit_gran(unit);
            // (The fiscal year is valued by its label, the document's.)
            let val = if fiscal {
                Val::Rel { gran, unit, n: 0 }
            } else {
                Val::Around { gran, unit }
            };
            return Some(date(u + 1, val).with_mod(md));
        }
        // "by the end of the day", "until the end of the day": the
        // story's day, as "the rest of the day" is. (Not the idiom "at the
        // end of the day".)
        if md == "END"
            && self.kw(j, Kw::The)
            && self.unit(j + 1) == Some((Unit::Day, false))
            && i > 0
            && self.word_in(
                i - 1,
                &[
                    "by", "until", "till", "before", "toward", "towards", "through",
                ],
            )
        {
            return Some(date(j + 2, Val::DocDay).with_mod(md));
        }
        // "by mid-month", "a mid-week rally"
        if md == "MID"
            && j > i + 1
            && let Some((unit @ (Unit::Month | Unit::Week), false)) = self.unit(j)
        {
            let gran = unit_gran(unit);
            return Some(date(j + 1, Val::Rel { gran, unit, n: 0 }).with_mod(md));
        }
        let sub = self.longest(
            j,
            &[
                Self::dates,
                Self::dir_unit,
                Self::deictic,
                Self::weekday,
                Self::clock,
                // "by the end of that year", "the middle of the following
                // week"
                Self::anchored_words,
            ],
            |m| !matches!(m.val, Val::Ref(_)),
        )?;
        if sub.kind == TimexType::Duration || sub.modifier.is_some() {
            return None;
        }
        // "because of a late Easter", "an early Thanksgiving": when the
        // holiday falls, not a part of it.
        if sub.val.names_holiday() && i > 0 && self.word_in(i - 1, &["a", "an"]) {
            return None;
        }
        Some(sub.with_mod(md))
    }
}
