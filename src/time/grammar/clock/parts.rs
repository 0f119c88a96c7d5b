//! Parts of the day: "this morning", "tonight", "last night", "Thursday
//! night", "yesterday afternoon", "mid-afternoon", "at dawn", "in
//! afternoon trading", and where an hour on the dial falls in one ("7 in
//! the evening", "10 a.m. Thursday morning").

use crate::time::grammar::Parser;
use crate::time::lexicon::{Kw, Lex, PartOfDay, Unit};
use crate::time::sem::{Dir, Match, Val};
use crate::time::timex::TimexType;
use crate::time::token::Kind;
use crate::time::value::Gran;

/// The 24-hour reading of dial hour `h` (0..=12) in part of day `p`:
/// "7 in the evening" is 19:00, "4 in the morning" 04:00, "2 at night"
/// 02:00 but "10 at night" 22:00 and "5:30 tonight" 17:30 (a night's
/// hours after midnight end before five). `None` where the two disagree
/// ("12 in the evening").
pub(super) fn on_dial(h: u8, p: PartOfDay) -> Option<u8> {
    match p {
        PartOfDay::Morning if h == 12 => Some(0),
        PartOfDay::Morning => Some(h),
        // "1 o'clock lunchtime", "11.30 at lunchtime"
        PartOfDay::Midday if h >= 11 => Some(h),
        PartOfDay::Midday if h <= 3 => Some(h + 12),
        // "12:30 in the afternoon" is just after noon.
        PartOfDay::Afternoon if h == 12 => Some(12),
        PartOfDay::Afternoon | PartOfDay::Evening if h < 12 => Some(h + 12),
        PartOfDay::Night if (5..12).contains(&h) => Some(h + 12),
        PartOfDay::Night if h == 12 => Some(0),
        PartOfDay::Night => Some(h),
        _ => None,
    }
}

/// Whether a 24-hour hour falls in part of day `p`, loosely: "10 a.m.
/// Thursday morning" keeps its morning, "9 p.m. Thursday morning" does
/// not.
pub(super) fn in_part(hour: u8, p: PartOfDay) -> bool {
    match p {
        PartOfDay::Morning => hour < 12,
        PartOfDay::Midday => (11..15).contains(&hour),
        PartOfDay::Afternoon => (12..19).contains(&hour),
        PartOfDay::Evening => (16..=24).contains(&hour),
        // ("5 p.m. tonight": a night as the news names it begins with
        // the evening.)
        PartOfDay::Night => !(6..17).contains(&hour),
    }
}

/// The edges of the day, and lunchtime, which name a time only after a
/// preposition ("at lunchtime", not "the lunchtime crowd").
const TWILIGHT: &[&str] = &[
    "dawn",
    "daybreak",
    "dusk",
    "nightfall",
    "sunrise",
    "sunset",
    "sundown",
    "lunchtime",
];

impl Parser<'_> {
    /// The part of the day named right before the "at" before token `i`:
    /// "tonight at eleven", "Saturday evening at seven".
    pub(in crate::time::grammar) fn part_before_at(&self, i: usize) -> Option<PartOfDay> {
        if i < 2 || !self.word_is(i - 1, "at") {
            return None;
        }
        match self.lex(i - 2)? {
            Lex::Kw(Kw::Tonight) => Some(PartOfDay::Night),
            Lex::PartOfDay(p) if !self.word(i - 2).ends_with('s') => Some(p),
            _ => None,
        }
    }

    /// "this morning", "tonight", "last night", "Thursday night",
    /// "yesterday afternoon", "mid-afternoon".
    pub(super) fn part_of_day(&self, i: usize) -> Option<Match> {
        let day = |n| Val::Rel {
            gran: Gran::Day,
            unit: Unit::Day,
            n,
        };
        let mut j = i;
        let mut modifier = None;
        // "in the early afternoon": the article goes with the part of day
        // (not with the noun "the early-morning blast" describes).
        if self.kw(j, Kw::The)
            && self.period_mod(j + 1).is_some_and(|(_, k)| {
                matches!(self.lex(k), Some(Lex::PartOfDay(_))) && !self.hyphen(k - 1)
            })
        {
            j += 1;
        }
        if let Some((m, k)) = self.period_mod(j) {
            modifier = Some(m);
            j = k;
        } else if self.word_in(j, &["midmorning", "midafternoon"]) {
            // "by midmorning": "mid-morning" in one word.
            modifier = Some("MID");
        }
        // "Thursday night", "dawn Thursday": a part of a weekday.
        let on_weekday = |pod: PartOfDay, d: u8| Val::Pod {
            pod,
            day: Box::new(Val::Weekday {
                day: d,
                dir: Dir::Tense,
            }),
        };
        let on_day = |pod: PartOfDay, d: Val| Val::Pod {
            pod,
            day: Box::new(d),
        };
        let pod_at = |k: usize| match self.lex(k) {
            Some(Lex::PartOfDay(p)) if !self.word(k).ends_with('s') => Some(p),
            _ => None,
        };
        let (val, weekday, e) = match self.lex(j)? {
            Lex::Kw(Kw::Tonight) => (
                Val::Pod {
                    pod: PartOfDay::Night,
                    day: Box::new(day(0)),
                },
                None,
                j + 1,
            ),
            Lex::Kw(Kw::This) => {
                let p = pod_at(j + 1)?;
                (
                    Val::Pod {
                        pod: p,
                        day: Box::new(day(0)),
                    },
                    None,
                    j + 2,
                )
            }
            // "that morning": of the day last named.
            Lex::Kw(Kw::That) => {
                let p = pod_at(j + 1)?;
                (
                    Val::Pod {
                        pod: p,
                        day: Box::new(Val::Anchored {
                            gran: Some(Gran::Day),
                            unit: Unit::Day,
                            n: 0,
                        }),
                    },
                    None,
                    j + 2,
                )
            }
            // "searched through the night", "buy orders in the morning",
            // "pushed back to the afternoon", "rain forecast for the
            // afternoon": the story's day. Not "the night of Oct. 23" (the
            // date is the expression) nor "the night the plane went down".
            Lex::Kw(Kw::The)
                if j == i
                    && i > 0
                    // ("over the course of the afternoon", "the rest of
                    // the night", "spent much of the night in sealed rooms")
                    && (i > 1
                        && self.word_is(i - 1, "of")
                        && self.word_in(
                            i - 2,
                            &["course", "rest", "middle", "remainder", "much", "most"],
                        )
                        || self.word_in(
                        i - 1,
                        &[
                            "in",
                            "during",
                            "through",
                            "throughout",
                            "into",
                            "by",
                            "until",
                            "till",
                            "since",
                            "to",
                            "for",
                            "from",
                        ],
                    ))
                    && (self
                        .tok(j + 2)
                        .is_none_or(|t| matches!(t.kind, Kind::Punct(_)))
                        || self.word_in(
                            j + 2,
                            &["to", "and", "but", "as", "with", "before", "after", "while"],
                        )
                        // "Counting continued through the night in dozens
                        // of constituencies": where it went on.
                        || self.word_in(j + 2, &["in", "at", "on", "across"])
                        // "Rescue workers searched through the night for
                        // survivors": what went on through it, and what for.
                        || self.word_in(i - 1, &["through", "throughout", "during", "into"])
                            && self.word_is(j + 2, "for")
                        // "at one point in the afternoon the Dow was down":
                        // a new clause's subject after a time of the day
                        // ("By the afternoon it had promised a further
                        // rise"; not "the night the plane went down").
                        || self.word_in(i - 1, &["in", "during", "through", "throughout", "by"])
                            && (self.word_in(
                                j + 2,
                                &["the", "a", "an", "it", "they", "he", "she", "we", "there"],
                            ) || self.tok(j + 2).is_some_and(|t| t.cap)
                                // "In the morning voters queued": a
                                // sentence that opens with it is set in it.
                                || self.tok(i - 1).is_some_and(|t| t.cap))
                        // "who had gathered outside since the afternoon
                        // cheered": what follows "since" or "until" is a
                        // time, whatever comes after it (but not "since
                        // the night of the fire").
                        || self.word_in(i - 1, &["since", "until", "till"])
                            && !self.kw(j + 2, Kw::Of)) =>
            {
                let p = pod_at(j + 1)?;
                (
                    Val::Pod {
                        pod: p,
                        day: Box::new(Val::DocDay),
                    },
                    None,
                    j + 2,
                )
            }
            Lex::Kw(Kw::Last) => {
                // ("last evening" too, in older and British usage: the
                // evening before; there is no "last morning". Nor is "the
                // last sunset review" of duties an evening.)
                let p = pod_at(j + 1)?;
                if !matches!(p, PartOfDay::Night | PartOfDay::Evening)
                    || self.word_in(j + 1, TWILIGHT)
                {
                    return None;
                }
                (
                    Val::Pod {
                        pod: p,
                        day: Box::new(day(-1)),
                    },
                    None,
                    j + 2,
                )
            }
            Lex::Kw(Kw::Yesterday | Kw::Today | Kw::Tomorrow) => {
                let n = match self.lex(j)? {
                    Lex::Kw(Kw::Yesterday) => -1,
                    Lex::Kw(Kw::Tomorrow) => 1,
                    _ => 0,
                };
                let p = pod_at(j + 1)?;
                (
                    Val::Pod {
                        pod: p,
                        day: Box::new(day(n)),
                    },
                    None,
                    j + 2,
                )
            }
            Lex::Weekday {
                day: d,
                plural: false,
            } if self.tok(j)?.cap => (on_weekday(pod_at(j + 1)?, d), Some(d), j + 2),
            // "Two dams collapsed overnight Sunday": the night of that day,
            // as "Sunday night" is.
            Lex::Kw(Kw::Overnight) if modifier.is_none() => match self.lex(j + 1)? {
                Lex::Weekday {
                    day: d,
                    plural: false,
                } if self.tok(j + 1)?.cap => (on_weekday(PartOfDay::Night, d), Some(d), j + 2),
                _ => return None,
            },
            // "Tues. night": one cut short.
            Lex::Other if self.weekday_abbr_alone(j).is_some() => {
                let (d, k) = self.weekday_abbr_alone(j)?;
                (on_weekday(pod_at(k)?, d), Some(d), k + 1)
            }
            // "will make landfall this afternoon or evening", "Tuesday
            // morning or afternoon": the day of the part before it, left
            // out (not "this morning or evening news").
            Lex::PartOfDay(p)
                if modifier.is_none()
                    && j == i
                    && i >= 3
                    && !self.word(j).ends_with('s')
                    && self.word_in(i - 1, &["or", "and"])
                    && pod_at(i - 2).is_some()
                    && (self
                        .tok(j + 1)
                        .is_none_or(|t| matches!(t.kind, Kind::Punct(_)))
                        || self.word_in(
                            j + 1,
                            &[
                                "to", "and", "but", "as", "with", "when", "before", "after", "in",
                            ],
                        )) =>
            {
                match self.lex(i - 3)? {
                    Lex::Kw(Kw::This | Kw::Today) => (on_day(p, day(0)), None, j + 1),
                    Lex::Kw(Kw::Yesterday) => (on_day(p, day(-1)), None, j + 1),
                    Lex::Kw(Kw::Tomorrow) => (on_day(p, day(1)), None, j + 1),
                    Lex::Weekday {
                        day: d,
                        plural: false,
                    } if self.tok(i - 3)?.cap => (on_weekday(p, d), Some(d), j + 1),
                    _ => return None,
                }
            }
            // "fell in afternoon trading": the session of the story's day.
            Lex::PartOfDay(p)
                if modifier.is_none()
                    && !self.word(j).ends_with('s')
                    && self.after_word(j, &["in", "during", "by"])
                    && self.word_in(j + 1, &["trading", "trade", "dealings", "session"]) =>
            {
                (
                    Val::Pod {
                        pod: p,
                        day: Box::new(Val::DocDay),
                    },
                    None,
                    j + 1,
                )
            }
            // "struck Baghdad at dawn", "flown since daybreak", "until
            // dusk": the story's day. Not "as dawn broke", "the dawn of".
            Lex::PartOfDay(p)
                if modifier.is_none()
                    && self.word_in(j, TWILIGHT)
                    && self.after_word(
                        j,
                        &["at", "before", "after", "since", "until", "till", "by"],
                    ) =>
            {
                // "before dawn Thursday", "hanged at dawn Saturday": on
                // that day, one time as "noon Saturday" is; so "before dawn
                // today", as "by late evening yesterday" is below.
                match self.lex(j + 1) {
                    Some(Lex::Weekday {
                        day: d,
                        plural: false,
                    }) if self.tok(j + 1)?.cap => (on_weekday(p, d), Some(d), j + 2),
                    Some(Lex::Kw(Kw::Yesterday)) => (on_day(p, day(-1)), None, j + 2),
                    Some(Lex::Kw(Kw::Today)) => (on_day(p, day(0)), None, j + 2),
                    _ => (
                        Val::Pod {
                            pod: p,
                            day: Box::new(Val::DocDay),
                        },
                        None,
                        j + 1,
                    ),
                }
            }
            // "on Christmas afternoon", "New Year's Eve night", "Good
            // Friday evening"
            Lex::Holiday(_) | Lex::Kw(Kw::Christmas) | Lex::Other
                if (self.tok(j)?.cap || self.lower_case_name(j))
                    && (j + 1..j + 5).any(|k| matches!(self.lex(k), Some(Lex::PartOfDay(_))))
                    && self.holiday_name(j).is_some() =>
            {
                let h = self.dates(j).filter(|m| m.val.names_holiday())?;
                let p = pod_at(h.end)?;
                (
                    Val::Pod {
                        pod: p,
                        day: Box::new(h.val),
                    },
                    None,
                    h.end + 1,
                )
            }
            Lex::PartOfDay(p) if modifier.is_some() && !self.word(j).ends_with('s') => {
                // "mid-afternoon (yesterday)", "by late afternoon
                // Thursday" (one time, as "dawn Thursday" is); "by late
                // evening" alone is on the day the story is about.
                match self.lex(j + 1) {
                    Some(Lex::Weekday {
                        day: d,
                        plural: false,
                    }) if self.tok(j + 1)?.cap => (on_weekday(p, d), Some(d), j + 2),
                    Some(Lex::Kw(Kw::Yesterday)) => (on_day(p, day(-1)), None, j + 2),
                    Some(Lex::Kw(Kw::Today)) => (on_day(p, day(0)), None, j + 2),
                    _ => (on_day(p, Val::DocDay), None, j + 1),
                }
            }
            _ => return None,
        };
        // "in the early morning hours": one time of the day. Before "of",
        // as "the morning of May 10" and "the early hours of Saturday"
        // are, the day after it is the expression ("the early morning
        // hours of Friday", "the early morning of Friday").
        let e = if self.word_is(e, "hours") { e + 1 } else { e };
        if self.kw(e, Kw::Of) && matches!(&val, Val::Pod { day, .. } if **day == Val::DocDay) {
            return None;
        }
        // "Thursday morning" is fine; "the morning" alone is not tagged.
        let mut m = Match::new(e, TimexType::Time, val);
        m.weekday = weekday;
        if let Some(md) = modifier {
            m = m.with_mod(md);
        }
        Some(m)
    }
}
