//! A direction word and what it points to: "last week", "this year",
//! "next month", "the past decade", "the coming week", "the following
//! day", "the next morning", "last Friday", "next August", "that June",
//! "the weekend". A direction with an amount ("the past 12 months") is a
//! quantity, in `quantity/durations.rs`.

use crate::time::grammar::Parser;
use crate::time::lexicon::{Kw, Lex, Unit};
use crate::time::sem::{Dir, Match, Val, date};
use crate::time::timex::TimexType;
use crate::time::token::Kind;
use crate::time::value::{Gran, duration, unit_gran};

/// Words of planning before "for": what is "planned for the next month"
/// or "slated for the next decade" happens in that period, where "for the
/// next month" alone is a stretch of it.
const PLANNED: &[&str] = &[
    "scheduled",
    "planned",
    "set",
    "slated",
    "due",
    "plans",
    "plan",
];

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
    /// Whether "fiscal" at `i` is the noun of Indian English, the fiscal
    /// year itself: "grow 6.4 per cent in the current fiscal, the slowest
    /// in four years", "exports grew in the previous fiscal". Only at the
    /// end of its phrase, before punctuation or a word that opens another
    /// ("in the current fiscal as against 8.2 per cent"); not the
    /// adjective of "the current fiscal policy", "fiscal and monetary".
    fn fiscal_noun(&self, i: usize) -> bool {
        self.word_is(i, "fiscal")
            && (self
                .tok(i + 1)
                .is_none_or(|t| matches!(t.kind, Kind::Punct(_)) && !self.hyphen(i + 1))
                || self.word_in(
                    i + 1,
                    &[
                        "to", "in", "on", "at", "by", "for", "from", "with", "as", "against",
                        "compared", "when", "while", "is", "was", "will", "has", "had", "ending",
                        "ended", "that", "which",
                    ],
                ))
    }

    /// "China will overtake the United States this year or next": the
    /// unit of "this" before it, one on, with the unit left out. (Not
    /// "this year or next year", read whole, nor "this week or next
    /// Monday".)
    fn elliptical_next(&self, i: usize) -> Option<Match> {
        if !(self.kw(i, Kw::Next)
            && i >= 3
            && self.word_is(i - 1, "or")
            && self.kw(i - 3, Kw::This))
        {
            return None;
        }
        let (unit, false) = self.unit(i - 2)? else {
            return None;
        };
        if !matches!(unit, Unit::Week | Unit::Month | Unit::Quarter | Unit::Year)
            || self.tok(i + 1).is_some_and(|t| {
                t.kind == Kind::Word && !matches!(t.lex, Lex::Other | Lex::Kw(_))
                    || self.unit(i + 1).is_some()
            })
        {
            return None;
        }
        let gran = unit_gran(unit);
        Some(date(i + 1, Val::Rel { gran, unit, n: 1 }))
    }

    /// "last week", "this year", "next month", "the past year", "the
    /// coming week", "the following day", "last Friday", "next August",
    /// "the weekend".
    pub(in crate::time::grammar) fn dir_unit(&self, i: usize) -> Option<Match> {
        if let Some(m) = self.elliptical_next(i) {
            return Some(m);
        }
        let the = self.kw(i, Kw::The);
        let j = if the { i + 1 } else { i };
        // "the long weekend", "the holiday weekend", "the bank holiday
        // weekend"
        let k = if the && self.word_is(j, "bank") && self.word_is(j + 1, "holiday") {
            j + 1
        } else {
            j
        };
        if the && self.word_in(k, &["long", "holiday", "bank"]) && self.kw(k + 1, Kw::Weekend) {
            return Some(date(k + 2, Val::Weekend { dir: Dir::Tense }));
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
        // "In this Jan. 20, 2001, file photo", "In this Friday, March 11,
        // 2011 photo": a caption's "this" before a full date points at the
        // photo; and "This Jan. 20 will be cold" names its day. The date
        // is read alone.
        if !the
            && k == Kw::This
            && matches!(
                self.lex(j + 1),
                Some(Lex::Month { .. } | Lex::Weekday { .. })
            )
            && self.dates(j + 1).is_some_and(|m| m.end > j + 3)
        {
            return None;
        }
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
            // (Not a kind of thing: "The weekend getaway package includes
            // breakfast", "the weekend edition".)
            Kw::Weekend if the => {
                let kind = self.word_in(
                    j + 1,
                    &[
                        "getaway", "getaways", "package", "packages", "pass", "passes", "edition",
                        "editions", "warrior", "warriors",
                    ],
                );
                // "The weekend just gone": the last one.
                if self.word_is(j + 1, "just") && self.word_is(j + 2, "gone") {
                    return Some(date(j + 3, Val::Weekend { dir: Dir::Last }));
                }
                return (!kind).then(|| date(j + 1, Val::Weekend { dir: Dir::Tense }));
            }

            _ => return None,
        };
        let mut e = j + 1;
        let fiscal_noun = self.fiscal_noun(e);
        if self.kw(e, Kw::Fiscal) && !fiscal_noun {
            e += 1;
        }
        // "this holiday-shortened week"
        let after = self.skip_shortened(e);
        if self.unit(after) == Some((Unit::Week, false)) {
            e = after;
        }
        // "this holiday weekend", "last long weekend": the weekend, as
        // "the holiday weekend" is.
        if self.word_in(e, &["long", "holiday", "bank"]) && self.kw(e + 1, Kw::Weekend) {
            e += 1;
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
        let lex = if fiscal_noun {
            Lex::Unit {
                unit: Unit::Year,
                plural: false,
            }
        } else {
            self.lex(e)?
        };
        match lex {
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
                // "the past decade", "the last century", "over the next
                // decade" read as a stretch of time, and so do "the past
                // week" and "the past month" ("20 people were killed in the past month");
                // "last week", "the last week" and "the past year" name
                // the period.
                // ("until the next century", "a question for the next
                // century" name the century itself, not a stretch over it;
                // so do "until the next decade", "planned for the next
                // decade" and "the middle of the last decade".)
                let over = i > 0
                    && self.word_in(i - 1, &["over", "throughout", "during", "within", "across"]);
                let part_of = i > 1
                    && self.word_is(i - 1, "of")
                    && self.word_in(i - 2, &["middle", "start", "beginning", "end", "turn"]);
                // ("reshaped the industry last decade", "not this close
                // since the last century": the decade or century itself.)
                let since = i > 0 && self.word_is(i - 1, "since");
                let named = part_of
                    || i > 0 && self.word_in(i - 1, &["until", "till", "into"])
                    || i > 1 && self.word_is(i - 1, "for") && self.word_in(i - 2, PLANNED);
                if matches!(unit, Unit::Decade | Unit::Century)
                    && (matches!(k, Kw::Past)
                        || k == Kw::Last && the && !part_of && !since
                        || the
                            && matches!(k, Kw::Next | Kw::Coming)
                            && (unit == Unit::Decade && !named || over))
                    || the && k == Kw::Past && matches!(unit, Unit::Week | Unit::Month)
                {
                    return Some(Match::new(
                        e + 1,
                        TimexType::Duration,
                        Val::Fixed(duration(Some(1.0), unit)),
                    ));
                }
                // "over the next month", "will spend the next week testing
                // its instruments", "will stay high for at least the next
                // month": a stretch of time ahead (not what is planned
                // for it, "scheduled for the next month").
                let lead = if i > 2 && self.word_is(i - 1, "least") && self.word_is(i - 2, "at") {
                    i - 2
                } else {
                    i
                };
                let lasting =
                    lead > 1 && self.word_is(lead - 1, "for") && !self.word_in(lead - 2, PLANNED);
                if the
                    && matches!(k, Kw::Next | Kw::Coming)
                    && matches!(unit, Unit::Week | Unit::Month)
                    && lead > 0
                    && (lasting
                        || self.word_in(
                            lead - 1,
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
                        ))
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
            // (Bare "past" is the preposition: "can continue past
            // Wednesday".)
            Lex::Weekday { day, plural: false } if !the && !matches!(k, Kw::Current | Kw::Past) => {
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
                // "Ministers met last Thursday week" (British): the
                // Thursday a week before last Thursday; "next Monday week"
                // the Monday a week after next Monday.
                if matches!(dir, Dir::Last | Dir::Next)
                    && self.word_is(e + 1, "week")
                    && !self.hyphen(e + 2)
                    && self
                        .tok(e + 2)
                        .is_none_or(|t| t.kind != Kind::Word || !self.word_is(e + 2, "of"))
                {
                    let val = Val::Containing {
                        gran: Gran::Day,
                        shift: if dir == Dir::Last { -7 } else { 7 },
                        day: Box::new(Val::Weekday { day, dir }),
                    };
                    return Some(date(e + 2, val).with_weekday(day));
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
}
