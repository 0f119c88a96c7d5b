//! Deictic words, which point at the present, the past or the future from
//! the time of the text: "today", "yesterday", "now", "right now",
//! "currently", "soon", "recently", "recent years", "the past", "the near
//! future", "the week ahead", "the day after tomorrow".

use crate::time::grammar::Parser;
use crate::time::grammar::periods::YearRef;
use crate::time::lexicon::{Kw, Lex, Unit};
use crate::time::sem::{Match, Val, date};
use crate::time::timex::TimexType;
use crate::time::token::Kind;
use crate::time::value::{Gran, duration};

impl Parser<'_> {
    /// The end of "then current" or "then-current" at `i` after a
    /// determiner ("the then current price", "its then-current chief"),
    /// where "current" would be read as a time on its own; not the
    /// adverb of "and then current events took over".
    pub(in crate::time::grammar) fn then_current(&self, i: usize) -> Option<usize> {
        let j = if self.hyphen(i + 1) { i + 2 } else { i + 1 };
        let determined = i > 0
            && (self.kw_any(i - 1, &[Kw::The, Kw::A]).is_some()
                || self.possessive(i - 1)
                || self.word_in(i - 1, &["whose", "s"]));
        let current = determined && self.kw(i, Kw::Then) && self.kw(j, Kw::Current);
        (current && self.deictic(j).is_some()).then_some(j + 1)
    }

    /// The end of "long term", "medium term", "mid-to-long term" or
    /// "medium to long term" at `i`, after "the": the future further off
    /// than "the near term" ("could accelerate development in the
    /// mid-to-long term"). Only as a noun, at the end of its phrase: not
    /// "the long term unemployed", "the long term of the loan" or "the
    /// long-term outlook".
    fn longer_term(&self, i: usize) -> Option<usize> {
        let mut j = i;
        if self.word_in(j, &["medium", "mid"]) {
            let k = j + 1 + usize::from(self.hyphen(j + 1));
            if self.kw(k, Kw::To) {
                j = k + 1 + usize::from(self.hyphen(k + 1));
            }
        }
        // ("the mid term" alone is as often a school's midterm.)
        if !self.word_in(j, &["long", "medium"]) || !self.word_is(j + 1, "term") {
            return None;
        }
        let e = j + 2;
        let ends = self
            .tok(e)
            .is_none_or(|t| matches!(t.kind, Kind::Punct(_)) && !self.hyphen(e))
            || self.word_in(
                e,
                &[
                    "and", "or", "but", "as", "because", "while", "if", "when", "though",
                    "although", "is", "are", "was", "were", "will", "would", "could", "may",
                    "might", "should", "can", "it", "we", "they", "there", "this", "that",
                ],
            );
        ends.then_some(e)
    }

    /// "Today is the eighth day of the operation", "It's the second day
    /// of an offensive", "the shutdown, now in its ninth day": the day a
    /// running event has reached, told in the present, is today. Only
    /// with "is", "'s", "now in" or ", in" before it and nothing but "of"
    /// or the clause's end after it: "on the third day of the siege" and
    /// "its fourth day on Thursday" are other days.
    pub(super) fn running_day(&self, i: usize) -> Option<Match> {
        let (det, j) = if self.kw(i, Kw::The) {
            (i, i + 1)
        } else {
            (i.checked_sub(1)?, i)
        };
        let Some(Lex::Ordinal(1..=60)) = self.lex(j) else {
            return None;
        };
        if !(det == i || self.word_in(det, &["its", "their"]))
            || self.unit(j + 1) != Some((Unit::Day, false))
        {
            return None;
        }
        let ends = self
            .tok(j + 2)
            .is_none_or(|t| matches!(t.kind, Kind::Punct(',' | '.' | ';')))
            || self.kw(j + 2, Kw::Of);
        let told_now = det > 0
            && (self.word_is(det - 1, "is")
                || self.word_is(det - 1, "s") && self.glued(det - 1)
                || det > 1
                    && self.kw(det - 1, Kw::In)
                    && (self.kw(det - 2, Kw::Now) || self.punct(det - 2, ',')));
        (ends && told_now).then(|| {
            date(
                j + 2,
                Val::Rel {
                    gran: Gran::Day,
                    unit: Unit::Day,
                    n: 0,
                },
            )
        })
    }

    /// "On this day in 1944", "this date in 1969", "this day last year",
    /// "this time last year":
    /// the document's day in the year named, an anniversary told on its
    /// day ("On this day in 1944, Allied forces landed in Normandy",
    /// written on June 6). A year by its number takes "in"; one told
    /// from the document's does not ("this day last year"), and nor does
    /// "this time last year", "this time next year": the same time of the
    /// year, told to the day as the document's date is. "This week in
    /// 1969" and "This month in 1969" are the document's week and month
    /// in that year.
    pub(super) fn this_day_in_year(&self, i: usize) -> Option<Match> {
        if !self.kw(i, Kw::This) {
            return None;
        }
        let gran = if self.word_in(i + 1, &["day", "date", "time"]) {
            Gran::Day
        } else if self.unit(i + 1) == Some((Unit::Week, false)) {
            Gran::Week
        } else if self.unit(i + 1) == Some((Unit::Month, false)) {
            Gran::Month
        } else {
            return None;
        };
        let with_in = self.kw(i + 2, Kw::In);
        let (yr, e) = self.year_ref(i + 2 + usize::from(with_in))?;
        let n = match yr {
            YearRef::Abs(y) if with_in => i64::from(y - self.doc_year?),
            YearRef::Rel(n) if !with_in => n,
            _ => return None,
        };
        Some(date(
            e,
            Val::Rel {
                gran,
                unit: Unit::Year,
                n,
            },
        ))
    }

    /// Whether the "now" at `i` opens a broadcast's hand-over to the next
    /// item, which tells no time: "Now, the weather.", "And now the
    /// news.", "Now to Wall Street, where stocks fell", "Now with a look at
    /// the weather, here's Al Roker", "Now here's Al". It opens its
    /// sentence (after "And" or not), and what follows is a destination
    /// or a short heading with no verb.
    fn hands_over(&self, i: usize) -> bool {
        let opens =
            |k: usize| k == 0 || ['.', '?', '!', '\n'].iter().any(|&c| self.punct(k - 1, c));
        let s = if i > 0 && self.kw(i - 1, Kw::And) {
            i - 1
        } else {
            i
        };
        if !opens(s) {
            return false;
        }
        let j = i + 1 + usize::from(self.punct(i + 1, ','));
        let heading = self.kw(j, Kw::The)
            && (j + 2..=j + 3)
                .find(|&k| self.punct(k, '.'))
                .is_some_and(|e| {
                    (j + 1..e).all(|k| self.tok(k).is_some_and(|t| t.kind == Kind::Word))
                });
        self.word_is(j, "to")
            && self
                .tok(j + 1)
                .is_some_and(|t| t.cap || self.kw(j + 1, Kw::The))
            || self.word_is(j, "with") && self.kw(j + 1, Kw::A) && self.word_is(j + 2, "look")
            || self.word_is(j, "here")
            || heading
    }

    /// Deictic words: "today", "now", "recently", "the past", "the future".
    pub(in crate::time::grammar) fn deictic(&self, i: usize) -> Option<Match> {
        let day = |n: i64| Val::Rel {
            gran: Gran::Day,
            unit: Unit::Day,
            n,
        };
        let Lex::Kw(k) = self.lex(i)? else {
            return None;
        };
        let m = match k {
            Kw::Today => date(i + 1, day(0)),
            Kw::Yesterday => date(i + 1, day(-1)),
            Kw::Tomorrow => date(i + 1, day(1)),
            Kw::Now if self.hands_over(i) => return None,
            Kw::Now => {
                // "now" as in "from now" belongs to the offset rule.
                date(i + 1, Val::Ref("PRESENT_REF"))
            }
            Kw::Right if self.kw(i + 1, Kw::Now) => date(i + 2, Val::Ref("PRESENT_REF")),
            Kw::Currently | Kw::Nowadays => date(i + 1, Val::Ref("PRESENT_REF")),
            Kw::Present if i > 0 && self.word_is(i - 1, "at") => {
                date(i + 1, Val::Ref("PRESENT_REF"))
            }
            Kw::These if self.word_is(i + 1, "days") => date(i + 2, Val::Ref("PRESENT_REF")),
            // "prosecutors may soon seek an indictment", "it soon will
            // begin", "expects sales to soon grow": the adverb of a future
            // clause; not "soon after", "as soon as", "was soon released".
            Kw::Soon
                if (i > 0
                    && self.word_in(
                        i - 1,
                        &[
                            "will", "would", "may", "might", "could", "should", "shall", "must",
                            "to", "enough", "ll",
                        ],
                    )
                    || self.word_in(i + 1, &["will", "would"])
                    // "would meet Taliban leaders soon.": ending its
                    // clause (not "too soon.", "so soon,"); so does one
                    // before "and", "but" or "or" ("a breakthrough was
                    // possible soon but").
                    || i > 0
                        && (['.', ',', ';'].iter().any(|&c| self.punct(i + 1, c))
                            || self.word_in(i + 1, &["and", "but", "or"]))
                        && !self.word_in(i - 1, &["too", "so", "as", "how", "very", "quite"]))
                    && !self.word_in(i + 1, &["after", "afterwards", "thereafter", "as"]) =>
            {
                date(i + 1, Val::Ref("FUTURE_REF"))
            }
            // "losses in future quarters", "future years": periods ahead.
            Kw::Future if matches!(self.unit(i + 1), Some((_, true))) => {
                date(i + 2, Val::Ref("FUTURE_REF"))
            }
            // "as recently as May": a degree of the date after it, which
            // is the expression.
            Kw::Recently if i > 0 && self.word_is(i - 1, "as") && self.word_is(i + 1, "as") => {
                return None;
            }
            // "killed, most recently last October", "most recently in
            // 2023": the date after it says when.
            Kw::Recently
                if i > 0
                    && self.word_in(i - 1, &["most", "more"])
                    && self
                        .longest(i + 1, &[Self::dates, Self::dir_unit], |_| true)
                        .or_else(|| {
                            self.kw_any(i + 1, &[Kw::In, Kw::On])
                                .and_then(|_| self.dates(i + 2))
                        })
                        .is_some() =>
            {
                return None;
            }
            Kw::Recently => date(i + 1, Val::Ref("PAST_REF")),
            Kw::Recent => match self.unit(i + 1) {
                Some((unit, true)) => {
                    Match::new(i + 2, TimexType::Duration, Val::Fixed(duration(None, unit)))
                }
                // "the worst storm in recent memory", "in recent history":
                // an idiom for "ever", not a time.
                _ if self.word_in(i + 1, &["memory", "history"]) => return None,
                _ => date(i + 1, Val::Ref("PAST_REF")),
            },
            // "at the then current market price", "the then-current
            // chairman": what was current at a past time.
            Kw::Then => date(self.then_current(i)?, Val::Ref("PAST_REF")),
            Kw::Current => {
                // An adjective of time before its noun ("current market
                // conditions"); not the noun ("swept away by the current")
                // nor a term of accounts ("the current account deficit").
                if self.unit(i + 1).is_some()
                    || self
                        .tok(i + 1)
                        .is_none_or(|t| matches!(t.kind, Kind::Punct(_)))
                    || self.word_in(
                        i + 1,
                        &[
                            "account",
                            "accounts",
                            "assets",
                            "liabilities",
                            "affairs",
                            "ratio",
                            "yield",
                        ],
                    )
                {
                    return None;
                }
                date(i + 1, Val::Ref("PRESENT_REF"))
            }
            Kw::The => {
                let mut j = i + 1;
                if self.kw_any(j, &[Kw::Near, Kw::Distant]).is_some()
                    || self.word_in(j, &["foreseeable", "immediate", "recent"])
                {
                    j += 1;
                }
                // "in the near term", "in the short term": the near future.
                if self.word_in(i + 1, &["near", "short"])
                    && self.word_is(i + 2, "term")
                    && !self.hyphen(i + 3)
                {
                    return Some(date(i + 3, Val::Ref("FUTURE_REF")));
                }
                if let Some(e) = self.longer_term(i + 1) {
                    return Some(date(e, Val::Ref("FUTURE_REF")));
                }
                match self.lex(j)? {
                    // "the future of the submarine programme", "important
                    // to the future of our peoples": what becomes of a
                    // thing, no time.
                    Lex::Kw(Kw::Future) if self.kw(j + 1, Kw::Of) => return None,
                    // "the future", "the near future", "the future years"
                    Lex::Kw(Kw::Future) => {
                        let e = if matches!(self.unit(j + 1), Some((_, true))) {
                            j + 2
                        } else {
                            j + 1
                        };
                        date(e, Val::Ref("FUTURE_REF"))
                    }
                    // "in the past three games", "the past several
                    // sessions": a count of things follows, and a count of
                    // time units ("the past three years") is read whole as
                    // a duration by the longer rule; "the past" alone is
                    // no past reference here.
                    Lex::Kw(Kw::Past)
                        if self.num(j + 1).is_some()
                            || matches!(
                                self.lex(j + 1),
                                Some(Lex::NumWord(_) | Lex::Kw(Kw::Few | Kw::Several | Kw::Couple))
                            ) =>
                    {
                        return None;
                    }
                    Lex::Kw(Kw::Past) => date(j + 1, Val::Ref("PAST_REF")),
                    // Not the terms of accounts or of grammar: "the present
                    // value of future payments", "the present tense".
                    Lex::Kw(Kw::Present)
                        if self.word_in(
                            j + 1,
                            &["value", "values", "tense", "perfect", "participle"],
                        ) =>
                    {
                        return None;
                    }
                    Lex::Kw(Kw::Present) if j == i + 1 => date(j + 1, Val::Ref("PRESENT_REF")),
                    // "the week ahead", "the year ahead": the period a
                    // preview looks at, which on a Friday or a Sunday is
                    // the next week, and in late December the next year.
                    Lex::Unit {
                        unit: unit @ (Unit::Week | Unit::Month | Unit::Year),
                        plural: false,
                    } if j == i + 1 && self.word_is(j + 1, "ahead") => {
                        let (gran, shift) = match unit {
                            Unit::Week => (Gran::Week, 3),
                            Unit::Month => (Gran::Month, 15),
                            _ => (Gran::Year, 182),
                        };
                        let today = Val::Rel {
                            gran: Gran::Day,
                            unit: Unit::Day,
                            n: 0,
                        };
                        date(
                            j + 2,
                            Val::Containing {
                                gran,
                                shift,
                                day: Box::new(today),
                            },
                        )
                    }
                    Lex::Unit {
                        unit: Unit::Day,
                        plural: false,
                    } if j == i + 1 => {
                        // "the day before yesterday", "the day after tomorrow"
                        if self.kw(j + 1, Kw::Before) && self.kw(j + 2, Kw::Yesterday) {
                            date(j + 3, day(-2))
                        } else if self.kw(j + 1, Kw::After) && self.kw(j + 2, Kw::Tomorrow) {
                            date(j + 3, day(2))
                        } else {
                            return None;
                        }
                    }
                    _ => return None,
                }
            }
            _ => return None,
        };
        Some(m)
    }
}
