//! A weekday on its own: "Friday", "Monday next week", "on Saturday
//! next", "Friday week", "Monday fortnight". (A weekday that goes with a
//! date is in `dates/weekdays.rs`; "last Friday", "the following Monday"
//! are in `direction.rs`.)

use crate::time::grammar::Parser;
use crate::time::lexicon::{Kw, Lex, Unit};
use crate::time::sem::{Dir, Match, Val, date};
use crate::time::token::Kind;
use crate::time::value::Gran;

impl Parser<'_> {
    /// A weekday on its own: "Friday".
    pub(crate) fn weekday(&self, i: usize) -> Option<Match> {
        let t = self.tok(i)?;
        if !t.cap {
            return None;
        }
        let Lex::Weekday { day, plural: false } = t.lex else {
            // "Showers are likely Thurs. and Fri.": a weekday cut short.
            let (day, e) = self.weekday_abbr_alone(i)?;
            return Some(
                date(
                    e,
                    Val::Weekday {
                        day,
                        dir: Dir::Tense,
                    },
                )
                .with_weekday(day),
            );
        };
        // "Monday next week", "Friday this week", "Thursday of next
        // week": that week's day.
        let w = if self.kw(i + 1, Kw::Of) { i + 2 } else { i + 1 };
        if let Some(n) = match self.lex(w) {
            Some(Lex::Kw(Kw::Next)) => Some(1),
            Some(Lex::Kw(Kw::This)) => Some(0),
            Some(Lex::Kw(Kw::Last)) => Some(-1),
            _ => None,
        } && self.unit(w + 1) == Some((Unit::Week, false))
        {
            return Some(date(w + 2, Val::WeekdayOfWeek { day, n }).with_weekday(day));
        }
        if let Some(m) = self.weekday_before_last(i) {
            return Some(m);
        }
        // "a shutdown on Saturday next", "the meeting on Thursday last"
        // (British and Indian usage): the next or last such day.
        let dir = match self.lex(i + 1) {
            Some(Lex::Kw(Kw::Next)) => Some(Dir::Next),
            Some(Lex::Kw(Kw::Last)) => Some(Dir::Last),
            _ => None,
        };
        // (So before a preposition, a clause's joint or its subject: "was
        // arrested on Friday last from his residence", "On Thursday last I
        // waited"; not "Friday last week".)
        if let Some(dir) = dir
            && (self
                .tok(i + 2)
                .is_none_or(|t| matches!(t.kind, Kind::Punct(_)))
                || self.word_in(
                    i + 2,
                    &[
                        "from", "at", "in", "near", "outside", "by", "with", "after", "before",
                        "when", "while", "and", "but", "as", "for", "to", "during", "i", "we",
                        "he", "she", "they", "it", "the",
                    ],
                ))
        {
            return Some(date(i + 2, Val::Weekday { day, dir }).with_weekday(day));
        }
        // "Voting takes place on Friday week" (British): a week after the
        // coming Friday; "The hearing is set for Monday fortnight": two.
        let weeks = if self.word_is(i + 1, "week") {
            1
        } else if self.word_is(i + 1, "fortnight") {
            2
        } else {
            0
        };
        if weeks > 0 && !self.hyphen(i + 2) {
            return Some(
                date(
                    i + 2,
                    Val::Containing {
                        gran: Gran::Day,
                        shift: 7 * weeks,
                        day: Box::new(Val::Weekday {
                            day,
                            dir: Dir::Coming,
                        }),
                    },
                )
                .with_weekday(day),
            );
        }
        Some(
            date(
                i + 1,
                Val::Weekday {
                    day,
                    dir: Dir::Tense,
                },
            )
            .with_weekday(day),
        )
    }

    /// "She died Sunday before last", "the Sunday before last": the one a
    /// week before last Sunday, as "the week before last" is two weeks
    /// back (not "the Sunday before last week's vote", nor "before last
    /// Christmas").
    pub(in crate::time::grammar) fn weekday_before_last(&self, i: usize) -> Option<Match> {
        let Some(Lex::Weekday { day, plural: false }) = self.lex(i) else {
            return None;
        };
        if !(self.kw(i + 1, Kw::Before) && self.kw(i + 2, Kw::Last))
            || self.tok(i + 3).is_some_and(|t| {
                !matches!(t.kind, Kind::Punct(_)) && !matches!(t.lex, Lex::Other | Lex::Kw(_))
            })
            || self.kw(i + 3, Kw::The)
            || self.unit(i + 3).is_some()
            || self.holiday_words(i + 3).is_some()
        {
            return None;
        }
        let last = Val::Weekday {
            day,
            dir: Dir::Last,
        };
        let val = Val::Before {
            unit: Unit::Week,
            n: 1,
            day: Box::new(last),
        };
        Some(date(i + 3, val).with_weekday(day))
    }
}
