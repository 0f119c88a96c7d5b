//! Relative and anchored expressions: "yesterday", "last week", "earlier
//! this year", "two years ago", "a year earlier", "the following day",
//! "now", "recently", "the future", plus early/mid/late modifiers.

use super::Parser;
use crate::time::calendar::ymd;
use crate::time::lexicon::{Kw, Lex, PartOfDay, Unit};
use crate::time::sem::{Dir, Match, Val, date};
use crate::time::timex::TimexType;
use crate::time::token::Kind;
use crate::time::value::{Gran, Point, duration, unit_gran};

/// Verbs of saying and thinking, after which "that" opens what is said
/// ("warned that January could be hotter"), not "that January" of a year
/// named before.
const SAYING: &[&str] = &[
    "said",
    "says",
    "say",
    "saying",
    "warned",
    "warns",
    "feared",
    "fears",
    "expects",
    "expected",
    "predicted",
    "predicts",
    "forecast",
    "believes",
    "believe",
    "believed",
    "thinks",
    "think",
    "thought",
    "hopes",
    "hoped",
    "noted",
    "added",
    "reported",
    "announced",
    "insisted",
    "argued",
    "suggested",
    "estimated",
    "agreed",
    "decided",
    "confirmed",
    "stressed",
];

impl Parser<'_> {
    /// All relative rules; the longest match at `i`.
    pub(super) fn relative(&self, i: usize) -> Option<Match> {
        self.longest(
            i,
            &[
                Self::deictic,
                Self::weekday,
                Self::dir_unit,
                Self::earlier_later,
                Self::ago,
                Self::year_ago_adj,
                Self::modified,
                Self::anchored_words,
                Self::around_event,
            ],
            |_| true,
        )
    }

    /// Deictic words: "today", "now", "recently", "the past", "the future".
    fn deictic(&self, i: usize) -> Option<Match> {
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
                    // clause (not "too soon.", "so soon,").
                    || i > 0
                        && ['.', ',', ';'].iter().any(|&c| self.punct(i + 1, c))
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
                        &["account", "accounts", "assets", "liabilities", "affairs"],
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
                    Lex::Kw(Kw::Past) => date(j + 1, Val::Ref("PAST_REF")),
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

    /// "last week", "this year", "next month", "the past year", "the
    /// coming week", "the following day", "last Friday", "next August",
    /// "the weekend".
    fn dir_unit(&self, i: usize) -> Option<Match> {
        let the = self.kw(i, Kw::The);
        let j = if the { i + 1 } else { i };
        // "the long weekend", "the holiday weekend"
        if the && self.word_in(j, &["long", "holiday", "bank"]) && self.kw(j + 1, Kw::Weekend) {
            return Some(date(j + 2, Val::Weekend { dir: Dir::Tense }));
        }
        // "will close at 11pm on the Saturday" (of the event just told):
        // the day of that name around the day last named, as "that
        // Saturday" is. (Not "the Saturday market", "the Saturday before".)
        if the
            && i > 0
            && self.word_in(i - 1, &["on", "by", "until", "till", "from"])
            && let Some(Lex::Weekday { day, plural: false }) = self.lex(j)
            && self.tok(j).is_some_and(|t| t.cap)
            && self
                .tok(j + 1)
                .is_none_or(|t| matches!(t.kind, Kind::Punct(_)))
        {
            return Some(date(j + 1, Val::AnchoredWeekday { day, n: 0 }).with_weekday(day));
        }
        let Lex::Kw(k) = self.lex(j)? else {
            return None;
        };
        // "warned that January and February could be hotter", "said that
        // Monday would be a rest day": after a verb of saying, "that" opens
        // what was said; the date is read alone.
        if k == Kw::That && !the && i > 0 && self.word_in(i - 1, SAYING) {
            return None;
        }
        // "this coming Sunday" is "coming Sunday", and "this past March"
        // is "last March" (bare "past" before a month is the preposition:
        // "keep the government running past Sept. 30").
        let (j, k) = if !the && k == Kw::This && self.kw(j + 1, Kw::Coming) {
            (j + 1, Kw::Coming)
        } else if !the && k == Kw::This && self.kw(j + 1, Kw::Past) {
            (j + 1, Kw::Last)
        } else {
            (j, k)
        };
        enum Rel {
            Doc(i64),
            Anchor(i64),
        }
        let (rel, dir) = match k {
            Kw::Last | Kw::Past => (Rel::Doc(-1), Dir::Last),
            Kw::Previous | Kw::Prior if the => (Rel::Anchor(-1), Dir::Last),
            Kw::This if !the => (Rel::Doc(0), Dir::This),
            Kw::Current => (Rel::Doc(0), Dir::This),
            Kw::Next if the => (Rel::Anchor(1), Dir::Next),
            Kw::Next => (Rel::Doc(1), Dir::Next),
            Kw::Coming => (Rel::Doc(1), Dir::Coming),
            Kw::Following if the => (Rel::Anchor(1), Dir::Next),
            Kw::Same if the => (Rel::Anchor(0), Dir::This),
            // "that June"; "that week" is an anchored unit (see
            // `anchored_words`).
            Kw::That if !the && self.that_determiner(j) => (Rel::Anchor(0), Dir::That),
            Kw::Weekend if the => {
                return Some(date(j + 1, Val::Weekend { dir: Dir::Tense }));
            }

            _ => return None,
        };
        let mut e = j + 1;
        if self.kw(e, Kw::Fiscal) {
            e += 1;
        }
        // "this holiday-shortened week"
        let after = self.skip_shortened(e);
        if self.unit(after) == Some((Unit::Week, false)) {
            e = after;
        }
        if dir == Dir::That
            && !matches!(
                self.lex(e)?,
                Lex::Month { .. } | Lex::Weekday { plural: false, .. }
            )
        {
            return None;
        }
        // "the past half-century", "over the next half hour": half the
        // unit, a stretch of time.
        if the && self.kw(e, Kw::Half) && matches!(k, Kw::Past | Kw::Last | Kw::Next | Kw::Coming) {
            let u = e + 1 + usize::from(self.hyphen(e + 1));
            if let Some(Lex::Unit {
                unit,
                plural: false,
            }) = self.lex(u)
            {
                return Some(Match::new(
                    u + 1,
                    TimexType::Duration,
                    Val::Fixed(duration(Some(0.5), unit)),
                ));
            }
        }
        match self.lex(e)? {
            Lex::Unit {
                unit,
                plural: false,
            } => {
                let t = self.tok(e)?;
                if t.cap && !t.upper {
                    return None;
                }
                let gran = unit_gran(unit);
                if unit == Unit::Day && matches!(rel, Rel::Doc(_)) {
                    return None;
                }
                // "over the next fortnight": two weeks, which no calendar
                // value names.
                if unit == Unit::Fortnight {
                    return Some(Match::new(
                        e + 1,
                        TimexType::Duration,
                        Val::Fixed(duration(Some(1.0), unit)),
                    ));
                }
                // "a deal struck at the last minute", "do not wait until
                // the last minute", "left it to the last minute": an idiom
                // for "late".
                if unit == Unit::Minute
                    && k == Kw::Last
                    && i > 0
                    && self.word_in(i - 1, &["at", "until", "till", "to"])
                {
                    return None;
                }
                if matches!(unit, Unit::Second | Unit::Minute | Unit::Hour) {
                    // "within the past hour", "in the next hour": a
                    // stretch of time.
                    return (the && matches!(k, Kw::Past | Kw::Last | Kw::Next | Kw::Coming)).then(
                        || {
                            Match::new(
                                e + 1,
                                TimexType::Duration,
                                Val::Fixed(duration(Some(1.0), unit)),
                            )
                        },
                    );
                }
                // "the past decade", "over the next decade" read as a
                // stretch of time, and so do "the past week" and "the
                // past month" ("20 people were killed in the past month");
                // "last week", "the last week" and "the past year" name
                // the period.
                // ("until the next century", "a question for the next
                // century" name the century itself, not a stretch over it.)
                let over = i > 0
                    && self.word_in(i - 1, &["over", "throughout", "during", "within", "across"]);
                if matches!(unit, Unit::Decade | Unit::Century)
                    && (matches!(k, Kw::Past | Kw::Last)
                        || the
                            && matches!(k, Kw::Next | Kw::Coming)
                            && (unit == Unit::Decade || over))
                    || the && k == Kw::Past && matches!(unit, Unit::Week | Unit::Month)
                {
                    return Some(Match::new(
                        e + 1,
                        TimexType::Duration,
                        Val::Fixed(duration(Some(1.0), unit)),
                    ));
                }
                // "over the next month", "will spend the next week testing
                // its instruments": a stretch of time ahead.
                if the
                    && matches!(k, Kw::Next | Kw::Coming)
                    && matches!(unit, Unit::Week | Unit::Month)
                    && i > 0
                    && self.word_in(
                        i - 1,
                        &[
                            "over",
                            "within",
                            "during",
                            "throughout",
                            "spend",
                            "spends",
                            "spent",
                            "spending",
                        ],
                    )
                {
                    return Some(Match::new(
                        e + 1,
                        TimexType::Duration,
                        Val::Fixed(duration(Some(1.0), unit)),
                    ));
                }
                // "the next day" follows the story; "the next week" does
                // only in a clause about the past.
                if k == Kw::Next
                    && matches!(rel, Rel::Anchor(_))
                    && matches!(unit, Unit::Week | Unit::Month | Unit::Year | Unit::Quarter)
                {
                    return Some(date(e + 1, Val::TheNext { gran, unit }));
                }
                let val = match rel {
                    Rel::Doc(_) if the && k == Kw::Past && unit == Unit::Year => Val::PastYear,
                    Rel::Doc(n) => Val::Rel { gran, unit, n },
                    Rel::Anchor(n) => Val::Anchored {
                        gran: Some(gran),
                        unit,
                        n,
                    },
                };
                Some(date(e + 1, val))
            }
            // "the next morning", "the previous evening"
            Lex::PartOfDay(pod) if the => {
                let Rel::Anchor(n) = rel else {
                    return None;
                };
                let day = Val::Anchored {
                    gran: Some(Gran::Day),
                    unit: Unit::Day,
                    n,
                };
                Some(Match::new(
                    e + 1,
                    TimexType::Time,
                    Val::Pod {
                        pod,
                        day: Box::new(day),
                    },
                ))
            }
            // "the following weekend", "the previous weekend": counted
            // from the day last named.
            Lex::Kw(Kw::Weekend) if the && k != Kw::Past && matches!(rel, Rel::Anchor(_)) => {
                let Rel::Anchor(n) = rel else {
                    return None;
                };
                Some(date(
                    e + 1,
                    Val::Anchored {
                        gran: Some(Gran::Weekend),
                        unit: Unit::Week,
                        n,
                    },
                ))
            }
            Lex::Kw(Kw::Weekend) if !the || k == Kw::Past => {
                Some(date(e + 1, Val::Weekend { dir }))
            }
            // "the previous Friday", "the following Monday", "that Friday"
            Lex::Weekday { day, plural: false }
                if (the || dir == Dir::That) && matches!(rel, Rel::Anchor(_)) =>
            {
                let Rel::Anchor(n) = rel else {
                    return None;
                };
                Some(date(e + 1, Val::AnchoredWeekday { day, n }).with_weekday(day))
            }
            Lex::Weekday { day, plural: false } if !the && !matches!(k, Kw::Current) => {
                // "next Saturday, Nov. 23": the written date decides.
                if let Some(m) = self.dates(e)
                    && m.weekday.is_some()
                {
                    return Some(m);
                }
                // "last Sunday night"
                if let Some(Lex::PartOfDay(pod)) = self.lex(e + 1)
                    && !self.word(e + 1).ends_with('s')
                {
                    let on = Box::new(Val::Weekday { day, dir });
                    let val = Val::Pod { pod, day: on };
                    return Some(Match::new(e + 2, TimexType::Time, val).with_weekday(day));
                }
                Some(date(e + 1, Val::Weekday { day, dir }).with_weekday(day))
            }
            // "the following September", "the previous March"
            Lex::Month { month, .. } if the && self.tok(e)?.cap => {
                let Rel::Anchor(n @ (-1 | 1)) = rel else {
                    return None;
                };
                let e2 = self.month_at(e)?.2;
                Some(date(e2, Val::AnchoredMonth { month, n }))
            }
            Lex::Month { month, .. } if !the && k != Kw::Past && self.tok(e)?.cap => {
                let e2 = self.month_at(e)?.2;
                // "last Oct. 23": that day of the previous such month.
                if let Some(m) = self.dates(e)
                    && let Val::MonthDay { month, day, .. } = m.val
                    && matches!(dir, Dir::Last | Dir::Next | Dir::Coming)
                {
                    return Some(date(m.end, Val::MonthDay { month, day, dir }));
                }
                Some(date(e2, Val::Month { month, dir }))
            }
            _ => None,
        }
    }

    /// "earlier this year", "later this month", "earlier today", "earlier in
    /// the week", "earlier that week", "later this morning", "later this
    /// spring". ("Earlier Sunday", "Later Thursday" are the day alone, as
    /// annotated news marks them: the word only orders the events told.)
    fn earlier_later(&self, i: usize) -> Option<Match> {
        let j = i + 1;
        // "early in the year", "late in the week", "early in the new
        // year": that period's start or end, one expression as "earlier
        // in the year" is ("late in July" is a month's end told apart:
        // only the period around the story is read so).
        if let Some(edge) = self.kw_any(i, &[Kw::Early, Kw::Late]) {
            if !(self.kw(j, Kw::In) && self.kw(j + 1, Kw::The)) {
                return None;
            }
            let m = match self.unit(j + 2) {
                Some((unit @ (Unit::Week | Unit::Month | Unit::Year), false)) => date(
                    j + 3,
                    Val::Rel {
                        gran: unit_gran(unit),
                        unit,
                        n: 0,
                    },
                ),
                _ => self.the_new_year(j + 1)?,
            };
            return Some(m.with_mod(if edge == Kw::Early { "START" } else { "END" }));
        }
        self.kw_any(i, &[Kw::Earlier, Kw::Later])?;
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
        // "earlier that week", "later this morning"
        if self.kw(j, Kw::That) {
            return self.anchored_words(j);
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
                return Some(date(j + 3, Val::Rel { gran, unit, n: 0 }));
            }
        }
        None
    }

    /// A weekday on its own: "Friday".
    pub(crate) fn weekday(&self, i: usize) -> Option<Match> {
        let t = self.tok(i)?;
        let Lex::Weekday { day, plural: false } = t.lex else {
            return None;
        };
        if !t.cap {
            return None;
        }
        // "Monday next week", "Friday this week": that week's day.
        if let Some(n) = match self.lex(i + 1) {
            Some(Lex::Kw(Kw::Next)) => Some(1),
            Some(Lex::Kw(Kw::This)) => Some(0),
            Some(Lex::Kw(Kw::Last)) => Some(-1),
            _ => None,
        } && self.unit(i + 2) == Some((Unit::Week, false))
        {
            return Some(date(i + 3, Val::WeekdayOfWeek { day, n }).with_weekday(day));
        }
        // "a shutdown on Saturday next", "the meeting on Thursday last"
        // (British and Indian usage): the next or last such day.
        let dir = match self.lex(i + 1) {
            Some(Lex::Kw(Kw::Next)) => Some(Dir::Next),
            Some(Lex::Kw(Kw::Last)) => Some(Dir::Last),
            _ => None,
        };
        if let Some(dir) = dir
            && self
                .tok(i + 2)
                .is_none_or(|t| matches!(t.kind, Kind::Punct(_)))
        {
            return Some(date(i + 2, Val::Weekday { day, dir }).with_weekday(day));
        }
        // "Voting takes place on Friday week" (British): a week after the
        // coming Friday.
        if self.word_is(i + 1, "week") && !self.hyphen(i + 2) {
            return Some(
                date(
                    i + 2,
                    Val::Containing {
                        gran: Gran::Day,
                        shift: 7,
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

    /// "two years ago", "a year earlier", "a week from now".
    pub(super) fn ago(&self, i: usize) -> Option<Match> {
        // A unit comes after a modifier, an amount or a hyphen, or opens
        // the form itself: a word that names a time ("May", "Friday")
        // is none of these, nor a keyword that opens no amount.
        if self.names_time(i)
            || matches!(self.lex(i), Some(Lex::Kw(k)) if !super::quantity::opens_amount(k))
        {
            return None;
        }
        self.ago_unguarded(i)
    }

    /// Times ago, read at any start: [`Parser::ago`] without its guard,
    /// kept apart so a test can check that the guard turns away no time
    /// ago.
    pub(super) fn ago_unguarded(&self, i: usize) -> Option<Match> {
        let (modifier, j) = match self.approx_at(i) {
            Some((m, j)) => (Some(m), j),
            None => (None, i),
        };
        let (amount, k) = match self.number_at(j) {
            Some(x) => x,
            None => (None, j),
        };
        let k = if self.hyphen(k) { k + 1 } else { k };
        let (unit, plural) = self.unit(k)?;
        // "a quarter-century ago", "a quarter of a century ago": 25 years
        // back.
        let c = if self.kw(k + 1, Kw::Of) && self.word_in(k + 2, &["a", "an"]) {
            k + 3
        } else {
            k + 1 + usize::from(self.hyphen(k + 1))
        };
        let (unit, amount, k) =
            if unit == Unit::Quarter && !plural && self.unit(c) == Some((Unit::Century, false)) {
                (Unit::Year, amount.map(|a| a * 25.0), c)
            } else {
                (unit, amount, k)
            };
        if amount.is_none() && !plural {
            return None;
        }
        if amount.is_none() && k == j && !plural {
            return None;
        }
        let mut e = k + 1;
        // "a week or so ago"
        if self.kw(e, Kw::Or) && self.word_is(e + 1, "so") {
            e += 2;
        }
        // "Two days earlier, troops had crossed": how long before, a
        // duration as "two days later" is. A comparison, which names what
        // is compared ("from a month earlier", "up from 48% a week
        // earlier"), and any year or quarter earlier of results are dates.
        let compared = i > 0
            && (self.word_in(
                i - 1,
                &[
                    "from", "than", "with", "over", "since", "on", "to", "versus", "vs", "of",
                    "million", "billion", "trillion", "percent", "cent", "pc", "cents", "points",
                    "pence", "dollars", "pounds", "euros", "yen", "shares", "barrels", "tonnes",
                ],
            ) || self
                .tok(i - 1)
                .is_some_and(|t| matches!(t.kind, Kind::Num | Kind::Punct('%')))
                // "1.9 metres a week earlier", "64 degrees a day earlier":
                // a measure written as a number and its unit.
                || i > 1 && self.tok(i - 2).is_some_and(|t| t.kind == Kind::Num)
                    && self.tok(i - 1).is_some_and(|t| t.kind == Kind::Word));
        let short = matches!(
            unit,
            Unit::Minute | Unit::Hour | Unit::Day | Unit::Week | Unit::Month
        );
        if self.kw(e, Kw::Earlier) && short && !compared {
            return None;
        }
        let sign: i64 = match self.lex(e)? {
            Lex::Kw(Kw::Ago) => -2,
            Lex::Kw(Kw::Earlier) => -1,
            // "three days later": TimeML marks the amount as a duration and
            // "later" as a signal outside it.
            Lex::Kw(Kw::Before | Kw::After) => {
                // Only as an adverb: "two days before," not "two days before the vote".
                let next_ok = self.tok(e + 1).is_none_or(
                    |t| matches!(t.kind, crate::time::token::Kind::Punct(c) if c != '$'),
                );
                if !next_ok {
                    return None;
                }
                if self.kw(e, Kw::Before) { -1 } else { 1 }
            }
            Lex::Kw(Kw::From) if self.kw(e + 1, Kw::Now) => {
                e += 1;
                2
            }
            // "a week from today", "two weeks from Thursday", "a fortnight
            // on Saturday", "a week today" (British): that many days on
            // from the day named. (Days are counted "from" a day only:
            // "blackouts of eight hours a day on Monday".)
            Lex::Kw(Kw::From | Kw::On | Kw::Today | Kw::Tomorrow)
                if matches!(unit, Unit::Day | Unit::Week | Unit::Fortnight)
                    && !(unit == Unit::Day && self.kw(e, Kw::On))
                    && (self.kw(e, Kw::From)
                        || matches!(self.lex(e + 1), Some(Lex::Weekday { plural: false, .. }))
                        || unit != Unit::Day
                            && self.kw_any(e, &[Kw::Today, Kw::Tomorrow]).is_some()) =>
            {
                // (The day named is the next word, or this one.)
                let e = if self.kw(e, Kw::From) || self.kw(e, Kw::On) {
                    e
                } else {
                    e - 1
                };
                let days = |n: f64| {
                    n * match unit {
                        Unit::Week => 7.0,
                        Unit::Fortnight => 14.0,
                        _ => 1.0,
                    }
                };
                let n = amount?;
                // "(stay home) for three weeks from Monday" is a stretch
                // of time, not a day; "pushed the launch back by a day on
                // Wednesday" an amount.
                let stretch = modifier.is_some()
                    || i > 0 && self.word_in(i - 1, &["for", "over", "within", "during", "by"]);
                if stretch || n.fract() != 0.0 || n > 1000.0 {
                    return None;
                }
                let shift = days(n) as i64;
                let rel = |n: i64| Val::Rel {
                    gran: Gran::Day,
                    unit: Unit::Day,
                    n,
                };
                let day = match self.lex(e + 1)? {
                    Lex::Kw(Kw::Today) => rel(0),
                    Lex::Kw(Kw::Tomorrow) => rel(1),
                    // "two weeks from Thursday" counts from the coming one.
                    Lex::Weekday { day, plural: false } if self.tok(e + 1)?.cap => Val::Weekday {
                        day,
                        dir: Dir::Coming,
                    },
                    _ => return None,
                };
                let m = date(
                    e + 2,
                    Val::Containing {
                        gran: Gran::Day,
                        shift,
                        day: Box::new(day),
                    },
                );
                return Some(match modifier {
                    Some(md) => m.with_mod(md),
                    None => m,
                });
            }
            _ if self.word_is(e, "hence") => 2,
            _ => return None,
        };
        e += 1;
        let Some(n) = amount else {
            let r = if sign < 0 { "PAST_REF" } else { "FUTURE_REF" };
            return Some(date(e, Val::Ref(r)));
        };
        // "a decade ago", "two centuries ago": a time known to the decade
        // or the century, as "two years ago" is known to the year; "half
        // a century ago" is 50 years back, a year.
        let coarse = match unit {
            Unit::Decade if n.fract() == 0.0 => Some(Gran::Decade),
            Unit::Century if n.fract() == 0.0 => Some(Gran::Century),
            _ => None,
        };
        let (unit, n) = match unit {
            Unit::Decade if (n * 10.0).fract() == 0.0 => (Unit::Year, n * 10.0),
            Unit::Century if (n * 100.0).fract() == 0.0 => (Unit::Year, n * 100.0),
            u => (u, n),
        };
        // "half a year ago", "a million years ago": no calendar point.
        if n.fract() != 0.0 || n > 100_000.0 {
            return Some(date(
                e,
                Val::Ref(if sign < 0 { "PAST_REF" } else { "FUTURE_REF" }),
            ));
        }
        let n = n as i64;
        // "Fifty years ago today", "a year ago tomorrow", "Twenty years
        // ago tonight": that day (or night), so many units back.
        if sign == -2
            && matches!(unit, Unit::Year | Unit::Month | Unit::Week)
            && let Some(Lex::Kw(day @ (Kw::Today | Kw::Tomorrow | Kw::Yesterday | Kw::Tonight))) =
                self.lex(e)
        {
            let days = match day {
                Kw::Tomorrow => 1,
                Kw::Yesterday => -1,
                _ => 0,
            };
            let back = match unit {
                Unit::Week => Val::Rel {
                    gran: Gran::Day,
                    unit: Unit::Day,
                    n: days - 7 * n,
                },
                _ => Val::Containing {
                    gran: Gran::Day,
                    shift: days,
                    day: Box::new(Val::Rel {
                        gran: Gran::Day,
                        unit,
                        n: -n,
                    }),
                },
            };
            let m = if day == Kw::Tonight {
                Match {
                    kind: TimexType::Time,
                    ..date(
                        e + 1,
                        Val::Pod {
                            pod: PartOfDay::Night,
                            day: Box::new(back),
                        },
                    )
                }
            } else {
                date(e + 1, back)
            };
            return Some(match modifier {
                Some(md) => m.with_mod(md),
                None => m,
            });
        }
        // "Fifty years ago this week", "A century ago this month": that
        // week or month, so many years back.
        if sign == -2
            && unit == Unit::Year
            && self.kw(e, Kw::This)
            && let Some((gran @ (Unit::Week | Unit::Month), false)) = self.unit(e + 1)
        {
            let m = date(
                e + 2,
                Val::Containing {
                    gran: unit_gran(gran),
                    shift: 0,
                    day: Box::new(Val::Rel {
                        gran: Gran::Day,
                        unit,
                        n: -n,
                    }),
                },
            );
            return Some(match modifier {
                Some(md) => m.with_mod(md),
                None => m,
            });
        }
        let val = match sign {
            -2 | 2 => {
                let (gran, unit, n) = match unit {
                    Unit::Hour | Unit::Minute | Unit::Second => (Gran::Day, Unit::Day, 0),
                    Unit::Decade => (Gran::Year, Unit::Year, n * 10),
                    Unit::Century => (Gran::Year, Unit::Year, n * 100),
                    u => (unit_gran(u), u, n),
                };
                if sign == -2
                    && let Some(gran) = coarse
                {
                    Val::Rel { gran, unit, n: -n }
                } else if sign < 0 && unit == Unit::Year {
                    let lean = match modifier {
                        Some("LESS_THAN" | "EQUAL_OR_LESS") => 1,
                        Some("MORE_THAN" | "EQUAL_OR_MORE") => -1,
                        _ => 0,
                    };
                    Val::Ago { unit, n: -n, lean }
                } else {
                    Val::Rel {
                        gran,
                        unit,
                        n: n * sign.signum(),
                    }
                }
            }
            s => {
                if matches!(unit, Unit::Hour | Unit::Minute | Unit::Second) {
                    return None;
                }
                Val::Anchored {
                    gran: None,
                    unit,
                    n: n * s,
                }
            }
        };
        let m = date(e, val);
        Some(match modifier {
            Some(md) => m.with_mod(md),
            None => m,
        })
    }

    /// "in the weeks before the shooting", "the days after the vote": the
    /// plural unit names the stretch of calendar around an event (TimeML
    /// marks the unit alone, as a date in the month of the last date
    /// mentioned).
    fn around_event(&self, i: usize) -> Option<Match> {
        if i == 0 || !self.kw(i - 1, Kw::The) {
            return None;
        }
        let (unit, true) = self.unit(i)? else {
            return None;
        };
        let gran = match unit {
            Unit::Day | Unit::Week => Gran::Month,
            Unit::Month | Unit::Year => Gran::Year,
            _ => return None,
        };
        let next = i + 1;
        let ok = self
            .kw_any(next, &[Kw::Before, Kw::After, Kw::Following])
            .is_some()
            || self.word_is(next, "leading") && self.kw(next + 1, Kw::Up);
        if !ok {
            return None;
        }
        Some(date(
            i + 1,
            Val::Anchored {
                gran: Some(gran),
                unit: unit_of(gran),
                n: 0,
            },
        ))
    }

    /// "year-earlier", "the year-ago quarter", "the year-earlier third
    /// quarter", "the comparable year-ago period", "the same quarter a year
    /// ago", "the corresponding period last year".
    fn year_ago_adj(&self, i: usize) -> Option<Match> {
        let year_back = Val::Anchored {
            gran: Some(Gran::Quarter),
            unit: Unit::Year,
            n: -1,
        };
        let the = self.kw(i, Kw::The);
        let mut j = if the { i + 1 } else { i };
        let compared = the && (self.kw(j, Kw::Same) || self.word_in(j, COMPARED));
        if compared {
            j += 1;
        }
        if self.unit(j) == Some((Unit::Year, false))
            && self.hyphen(j + 1)
            && self.kw_any(j + 2, &[Kw::Ago, Kw::Earlier]).is_some()
        {
            let mut e = j + 3;
            let mut gran = None;
            // "the year-ago third quarter"
            if the
                && let Some((q, k)) = self.ordinal_at(e)
                && (1..=4).contains(&q)
                && self.unit(k) == Some((Unit::Quarter, false))
            {
                e = k;
            }
            if self.unit(e) == Some((Unit::Quarter, false)) {
                gran = Some(Gran::Quarter);
                e += 1;
            } else if self.word_in(e, &["period"]) {
                e += 1;
            } else if the
                && let Some(m) = self.quantity(e)
                && m.kind == TimexType::Duration
            {
                // "the year-earlier nine months": one stretch, as "the
                // first nine months" is.
                return Some(Match::new(m.end, TimexType::Duration, m.val));
            } else if the {
                return None;
            }
            // Without a quarter, the idiom compares with the period under
            // report, as "a year ago" does, not with the last date named:
            // "Last year losses totaled $5 million ... The year-earlier
            // results" is one year back, not two.
            let val = match gran {
                Some(gran) => Val::Anchored {
                    gran: Some(gran),
                    unit: Unit::Year,
                    n: -1,
                },
                None => Val::Ago {
                    unit: Unit::Year,
                    n: -1,
                    lean: 0,
                },
            };
            return Some(date(e, val));
        }
        // "the quarter a year ago", "the same period last year", "the same
        // month last year"
        let month = compared && self.unit(j) == Some((Unit::Month, false));
        if !the
            || !(self.unit(j) == Some((Unit::Quarter, false)) || self.word_is(j, "period") || month)
        {
            return None;
        }
        let k = j + 1;
        let e = if self.kw(k, Kw::Last) && self.unit(k + 1) == Some((Unit::Year, false)) {
            k + 2
        } else if self.kw(k, Kw::A)
            && self.unit(k + 1) == Some((Unit::Year, false))
            && self.kw_any(k + 2, &[Kw::Ago, Kw::Earlier]).is_some()
        {
            k + 3
        } else {
            return None;
        };
        // "the same period last year" is a quarter only in a report of
        // one (see `Resolver::report_for`); after "between Christmas Eve
        // and today" it is the year before.
        if self.word_is(j, "period") {
            return Some(date(
                e,
                Val::Anchored {
                    gran: None,
                    unit: Unit::Year,
                    n: -1,
                },
            ));
        }
        if month {
            return Some(date(
                e,
                Val::Anchored {
                    gran: Some(Gran::Month),
                    unit: Unit::Year,
                    n: -1,
                },
            ));
        }
        Some(date(e, year_back))
    }

    /// Early/mid/late and "the end of" in front of a date: "early next
    /// year", "mid-2020", "late November", "the end of the year", "year-end".
    pub(super) fn modified(&self, i: usize) -> Option<Match> {
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
    pub(super) fn modified_unguarded(&self, i: usize) -> Option<Match> {
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
        let (md, j) = if let Some((m, j)) = self.period_mod(i) {
            (m, j)
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
        // "the end of the year/month/week/quarter/decade/century"
        if self.kw(j, Kw::The)
            && let Some((unit, false)) = self.unit(j + 1)
            && matches!(
                unit,
                Unit::Year
                    | Unit::Month
                    | Unit::Week
                    | Unit::Quarter
                    | Unit::Decade
                    | Unit::Century
            )
        {
            let gran = unit_gran(unit);
            return Some(date(j + 2, Val::Rel { gran, unit, n: 0 }).with_mod(md));
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

    /// Whether a clause that describes the period starts at `i`: "the
    /// year the war began", "the week he left" name a time by an event,
    /// not the document's year or week.
    fn opens_relative_clause(&self, i: usize) -> bool {
        self.word_in(
            i,
            &[
                "the", "a", "an", "he", "she", "they", "it", "we", "i", "you",
            ],
        ) || self.possessive(i)
    }

    /// "that day", "the same week", "the quarter", "the latest quarter".
    fn anchored_words(&self, i: usize) -> Option<Match> {
        if self.kw(i, Kw::That) {
            // "that day", "that same week", "that quarter"
            let u = if self.kw(i + 1, Kw::Same) {
                i + 2
            } else {
                i + 1
            };
            // "in Clifton that weekend": the weekend of the day last named.
            if self.word_is(u, "weekend") {
                return Some(date(
                    u + 1,
                    Val::Anchored {
                        gran: Some(Gran::Weekend),
                        unit: Unit::Week,
                        n: 0,
                    },
                ));
            }
            let (unit, false) = self.unit(u)? else {
                return None;
            };
            if matches!(
                unit,
                Unit::Day | Unit::Week | Unit::Month | Unit::Quarter | Unit::Year
            ) {
                let gran = unit_gran(unit);
                return Some(date(
                    u + 1,
                    Val::Anchored {
                        gran: Some(gran),
                        unit,
                        n: 0,
                    },
                ));
            }
            return None;
        }
        if !self.kw(i, Kw::The) {
            return None;
        }
        let mut j = i + 1;
        if self.kw(j, Kw::Latest) || self.word_is(j, "recent") {
            j += 1;
        } else if self.kw(j, Kw::Most) && self.word_is(j + 1, "recent") {
            j += 2;
        }
        if self.unit(j) == Some((Unit::Quarter, false)) {
            // ("the quarter that ended Dec. 30")
            let e = j + 1 + usize::from(self.word_in(j + 1, &["that", "which"]));
            if self.kw_any(e, &[Kw::Ended, Kw::Ending]).is_some()
                && let Some(end) = self.one_day_at(e + 1)
            {
                // The span stays "the quarter"; the end date is its own.
                let val = Val::Containing {
                    gran: Gran::Quarter,
                    shift: -45,
                    day: Box::new(end.val),
                };
                return Some(date(j + 1, val));
            }
            let latest = j > i + 1;
            return Some(date(j + 1, Val::ReportQuarter { latest }));
        }
        if j > i + 1 && self.word_is(j, "period") {
            return Some(date(j + 1, Val::ReportQuarter { latest: true }));
        }
        // "the year" / "the full year" / "the fiscal year" of a report.
        let mut y = i + 1;
        if self.word_in(y, &["full", "whole", "entire"]) || self.kw(y, Kw::Fiscal) {
            y += 1;
        }
        if self.unit(y) == Some((Unit::Year, false)) && !self.hyphen(y + 1) {
            // "the year ended Sept. 30", "the year to March" (UK style)
            let to_month =
                self.kw(y + 1, Kw::To) && matches!(self.lex(y + 2), Some(Lex::Month { .. }));
            if self.kw_any(y + 1, &[Kw::Ended, Kw::Ending]).is_some()
                || to_month
                || (self.kw(y + 1, Kw::To) && self.word_is(y + 2, "date"))
            {
                return Some(Match::new(
                    y + 1,
                    TimexType::Duration,
                    Val::Fixed(duration(Some(1.0), Unit::Year)),
                ));
            }
            if !self.kw(y + 1, Kw::Of)
                && !self.kw(y + 1, Kw::Before)
                && !self.kw(y + 1, Kw::After)
                && !self.opens_relative_clause(y + 1)
            {
                return Some(date(y + 1, Val::ReportPeriod(Gran::Year)));
            }
        }
        // "the biggest toy craze of the decade", "household bills for the
        // rest of the decade": the decade under way (or, told in the past
        // in its first days, the one just ended: "more than tripled over
        // the decade", written on January 2, 1990). Not one anchored to
        // what follows ("the decade before the war", "the decade that
        // followed").
        // (So is "the century": "one of the fiercest storms of the
        // century".)
        let decade = match self.unit(i + 1) {
            Some((Unit::Decade, false)) => Some(Gran::Decade),
            Some((Unit::Century, false)) => Some(Gran::Century),
            _ => None,
        };
        if let Some(gran) = decade
            && !self.hyphen(i + 2)
            && self
                .kw_any(
                    i + 2,
                    &[Kw::Of, Kw::Before, Kw::After, Kw::Ended, Kw::Ending, Kw::To],
                )
                .is_none()
            && !self.word_in(i + 2, &["since", "ago", "earlier", "later", "long"])
            && !self.opens_relative_clause(i + 2)
        {
            return Some(date(i + 2, Val::ReportPeriod(gran)));
        }
        // "the month" of a sales report ("rose 7 percent for the month,
        // automakers said"): only after "for", at the end of its clause,
        // before another figure's period ("down 9.3 percent for the month
        // and 25 percent for the year") or as a subject ("revenue for the
        // month is down").
        if i > 0
            && self.word_is(i - 1, "for")
            && self.unit(i + 1) == Some((Unit::Month, false))
            && (self
                .tok(i + 2)
                .is_none_or(|t| matches!(t.kind, Kind::Punct('.' | ',' | ';')))
                || self.word_in(i + 2, &["and", "is", "was"]))
        {
            return Some(date(i + 2, Val::ReportPeriod(Gran::Month)));
        }
        // "the week" of a market report ("For the week, the index fell",
        // "bringing its loss for the week to 146 points"; not "the week to
        // 3 March", a week that ends then).
        // ("the holiday-shortened week": a compound adjective between.)
        let w = self.skip_shortened(i + 1);
        let to_figure =
            self.kw(w + 1, Kw::To) && self.num(w + 2).is_some() && self.one_day_at(w + 2).is_none();
        if self.unit(w) == Some((Unit::Week, false))
            && !self.hyphen(w + 1)
            && (to_figure
                || self
                    .kw_any(
                        w + 1,
                        &[
                            Kw::Of,
                            Kw::Before,
                            Kw::After,
                            Kw::Ended,
                            Kw::Ending,
                            Kw::To,
                            Kw::Beginning,
                        ],
                    )
                    .is_none())
            && !self.word_in(
                w + 1,
                &[
                    "earlier",
                    "later",
                    "following",
                    "ahead",
                    "that",
                    "when",
                    "starting",
                    "commencing",
                ],
            )
            && !self.opens_relative_clause(w + 1)
        {
            return Some(date(w + 1, Val::ReportWeek));
        }
        // "the week of March 6"
        if self.unit(i + 1) == Some((Unit::Week, false))
            && self.kw(i + 2, Kw::Of)
            && let Some(day) = self.one_day_at(i + 3)
        {
            let val = Val::Containing {
                gran: Gran::Week,
                shift: 0,
                day: Box::new(day.val),
            };
            return Some(date(day.end, val));
        }
        if let Some(m) = self.year_part(i) {
            return Some(m);
        }
        // "the first week of January", "the last week of March 2020": the
        // week holding that month's 4th, 11th, 18th, 25th or 28th.
        let nth = match self.lex(i + 1) {
            Some(Lex::Ordinal(n @ 1..=4)) => u8::try_from(n).ok(),
            _ if self.kw(i + 1, Kw::Last) || self.word_is(i + 1, "final") => Some(0),
            _ => None,
        };
        if let Some(n) = nth
            && self.unit(i + 2) == Some((Unit::Week, false))
            && self.kw(i + 3, Kw::Of)
            && let Some(m) = self.dates(i + 4)
        {
            let d = if n == 0 { 28 } else { 7 * n - 3 };
            let day = match m.val {
                Val::Month { month, dir } => Some(Val::MonthDay { month, day: d, dir }),
                Val::Abs(p) if p.gran == Gran::Month => {
                    ymd(i32::from(p.date.year()), p.date.month().unsigned_abs(), d)
                        .and_then(|x| Point::containing(Gran::Day, x))
                        .map(Val::Abs)
                }
                _ => None,
            };
            if let Some(day) = day {
                let val = Val::Containing {
                    gran: Gran::Week,
                    shift: 0,
                    day: Box::new(day),
                };
                return Some(date(m.end, val));
            }
        }
        // "the first day of October", "the last day of June 2019": that
        // day of the month (of February without a year only the first:
        // its last depends on the year).
        let edge = match self.lex(i + 1) {
            Some(Lex::Ordinal(1)) => Some(false),
            _ if self.kw(i + 1, Kw::Last) || self.word_is(i + 1, "final") => Some(true),
            _ => None,
        };
        if let Some(last) = edge
            && self.unit(i + 2) == Some((Unit::Day, false))
            && self.kw(i + 3, Kw::Of)
            && let Some(m) = self.dates(i + 4)
        {
            let day = match m.val {
                // The month's length from the calendar, in a year whose
                // February is no question.
                Val::Month { month, dir } if !(last && month == 2) => {
                    let first = ymd(2001, month, 1);
                    let day = if last {
                        first.map(|d| d.last_of_month().day().unsigned_abs())
                    } else {
                        Some(1)
                    };
                    day.map(|day| Val::MonthDay { month, day, dir })
                }
                Val::Abs(p) if p.gran == Gran::Month && m.modifier.is_none() => {
                    let x = if last { p.date.last_of_month() } else { p.date };
                    Point::containing(Gran::Day, x).map(Val::Abs)
                }
                _ => None,
            };
            if let Some(day) = day {
                return Some(date(m.end, day));
            }
        }
        // "the day before last Tuesday", "the day after Christmas"
        if self.unit(i + 1) == Some((Unit::Day, false))
            && let Some(k) = self.kw_any(i + 2, &[Kw::Before, Kw::After])
            && let Some(day) = self.one_day_at(i + 3)
        {
            let val = Val::Containing {
                gran: Gran::Day,
                shift: if k == Kw::Before { -1 } else { 1 },
                day: Box::new(day.val),
            };
            return Some(date(day.end, val));
        }
        // "the day before", "the day after", "the week before"
        if let Some((unit, false)) = self.unit(i + 1)
            && matches!(unit, Unit::Day | Unit::Week | Unit::Month | Unit::Year)
            && let Some(k) = self.kw_any(i + 2, &[Kw::Before, Kw::After])
            && self.no_object(i + 3)
        {
            let n = if k == Kw::Before { -1 } else { 1 };
            return Some(date(
                i + 3,
                Val::Anchored {
                    gran: Some(unit_gran(unit)),
                    unit,
                    n,
                },
            ));
        }
        // "The night before, engineers had urged a delay", "the morning
        // after": that part of the day before or after the one last named.
        if let Some(Lex::PartOfDay(pod)) = self.lex(i + 1)
            && !self.word(i + 1).ends_with('s')
            && let Some(k) = self.kw_any(i + 2, &[Kw::Before, Kw::After])
            && self.no_object(i + 3)
        {
            let day = Box::new(Val::Anchored {
                gran: Some(Gran::Day),
                unit: Unit::Day,
                n: if k == Kw::Before { -1 } else { 1 },
            });
            return Some(Match::new(i + 3, TimexType::Time, Val::Pod { pod, day }));
        }
        None
    }

    /// Whether nothing at `k` can be the object of a "before" or "after"
    /// just read: a stop, the end of the text, or a word that opens none
    /// ("spent the night before at a cousin's house", "the day after, in
    /// Paris").
    fn no_object(&self, k: usize) -> bool {
        self.tok(k)
            .is_none_or(|t| matches!(t.kind, crate::time::token::Kind::Punct(_)))
            || self.word_in(k, &["at", "in", "with", "and", "but", "when", "as"])
    }

    /// An expression at `j` that names one day: "March 6", "Nov. 13,
    /// 2023", "Tuesday", "last Tuesday", "Christmas".
    fn one_day_at(&self, j: usize) -> Option<Match> {
        self.longest(j, &[Self::dates, Self::dir_unit, Self::weekday], |m| {
            m.kind == TimexType::Date
                && match &m.val {
                    Val::MonthDay { .. } | Val::Weekday { .. } | Val::Holiday { .. } => true,
                    Val::Abs(p) => p.gran == Gran::Day,
                    _ => false,
                }
        })
    }
}

impl Match {
    /// Records the weekday named in the expression.
    pub fn with_weekday(mut self, day: u8) -> Self {
        self.weekday = Some(day);
        self
    }
}

/// The calendar unit that steps a period of granularity `g`.
fn unit_of(g: Gran) -> Unit {
    match g {
        Gran::Year => Unit::Year,
        _ => Unit::Month,
    }
}

/// Adjectives of a like-for-like comparison period.
const COMPARED: &[&str] = &["comparable", "corresponding"];
