//! Weekdays that go with a date: a weekday that confirms the date after
//! it ("Wednesday, Nov. 16", "Tues., March 5", "Sunday the 16th"), the
//! abbreviations of datelines ("Wed", "Thu."), "bank holiday Monday", and
//! a weekday counted within a month ("the first Monday in October"). A
//! weekday on its own is in `relative/weekday.rs`.

use crate::time::grammar::Parser;
use crate::time::lexicon::{Holiday, Kw, Lex, Unit};
use crate::time::sem::{Dir, Match, Val, date};
use crate::time::timex::TimexType;
use crate::time::token::Kind;
use crate::time::value::{Gran, Point};

impl Parser<'_> {
    /// "the first Monday in October", "the last Thursday of November
    /// 2023", "the second Tuesday of next month", "the last Thursday of the
    /// month": a weekday counted
    /// within a month; of every month, a set.
    pub(super) fn nth_weekday(&self, i: usize) -> Option<Match> {
        let j = if self.kw(i, Kw::The) { i + 1 } else { i };
        let n: i8 = match self.lex(j)? {
            Lex::Ordinal(n @ 1..=4) => i8::try_from(n).ok()?,
            Lex::Kw(Kw::Last) => -1,
            _ => return None,
        };
        let Lex::Weekday { day, plural: false } = self.lex(j + 1)? else {
            return None;
        };
        if !self.kw(j + 2, Kw::In) && !self.kw(j + 2, Kw::Of) {
            return None;
        }
        // "the first Tuesday of every month": a day that recurs, as its
        // month does.
        if let Some(set) = self.set(j + 3)
            && set.kind == TimexType::Set
            && set.val == Val::Fixed("P1M".into())
        {
            return Some(set);
        }
        let month = self.counted_month(j + 3)?;
        let val = Val::NthWeekday {
            n,
            day,
            month: Box::new(month.val),
        };
        Some(date(month.end, val).with_weekday(day))
    }

    /// The month a day is counted in, at `i`: "October", "November 2023",
    /// and, named relatively, "next month" or "the month" ("the first
    /// Tuesday of next month", "the last weekend of the month").
    pub(in crate::time::grammar) fn counted_month(&self, i: usize) -> Option<Match> {
        self.dates(i)
            .or_else(|| self.relative(i))
            .or_else(|| self.the_month(i))
            .filter(|m| {
                m.modifier.is_none()
                    && match &m.val {
                        Val::Month { .. } => true,
                        Val::Abs(p) => p.gran == Gran::Month,
                        Val::Rel { gran, .. } => *gran == Gran::Month,
                        // "the last weekend of June this year"
                        Val::InRelYear { gran, .. } => *gran == Gran::Month,
                        _ => false,
                    }
            })
    }

    /// "the month" after a day counted in it ("the last Thursday of the
    /// month"): the document's month, as "this month" is.
    fn the_month(&self, i: usize) -> Option<Match> {
        (self.kw(i, Kw::The) && self.unit(i + 1) == Some((Unit::Month, false))).then(|| {
            date(
                i + 2,
                Val::Rel {
                    gran: Gran::Month,
                    unit: Unit::Month,
                    n: 0,
                },
            )
        })
    }

    /// A weekday followed by a date: "Wednesday, Nov. 16", "Thursday (Nov
    /// 16)", "Tues., March 5", "Wed 6 March", "Friday afternoon, Oct. 23"
    /// (that part of the date's day), and with a direction word
    /// before it, "this coming Sunday, March 8": the weekday and the
    /// direction only confirm the date, so they join its span.
    pub(super) fn weekday_date(&self, i: usize) -> Option<Match> {
        // "on bank holiday Monday" (British and Irish): that Monday; one
        // with no date after it is the bank holiday the clause points to.
        if self.bank_holiday_weekday(i) {
            return self.weekday_date(i + 2).or_else(|| {
                if matches!(self.lex(i + 2), Some(Lex::Weekday { day: 1, .. })) {
                    let h = Holiday::BankHolidayMonday;
                    let mut m = date(i + 3, Val::Holiday { h, dir: Dir::Tense });
                    m.weekday = Some(1);
                    return Some(m);
                }
                self.weekday(i + 2)
            });
        }
        let (dir, i) = match self.dir_at(i) {
            Some((d, k)) => (Some(d), k),
            None => (None, i),
        };
        let (wd, mut j) = match self.lex(i)? {
            Lex::Weekday { day, plural: false } => (day, i + 1),
            _ => self.weekday_abbr(i)?,
        };
        // "Friday afternoon, Oct. 23": the part of the day of the date.
        let pod = match self.lex(j) {
            Some(Lex::PartOfDay(p)) if !self.word(j).ends_with('s') && self.punct(j + 1, ',') => {
                j += 1;
                Some(p)
            }
            _ => None,
        };
        let paren = pod.is_none() && self.punct(j, '(');
        if paren || self.punct(j, ',') {
            j += 1;
        }
        // "Sat 8th", "Sunday the 16th": the day of the month nearest the
        // document's that falls on that weekday.
        if !paren && pod.is_none() {
            let the = self.kw(j, Kw::The);
            let k = j + usize::from(the);
            // "Tuesday the seventh", "Friday the twenty-first" in words.
            // Not "on Sunday the first time".
            let in_words = || {
                let (d, end) = self.ordinal_at(k)?;
                let d = u8::try_from(d).ok().filter(|d| (1..=31).contains(d))?;
                let ends = self
                    .tok(end)
                    .is_none_or(|t| matches!(t.kind, Kind::Punct(_)))
                    || self.word_in(
                        end,
                        &["and", "or", "at", "when", "to", "for", "from", "until"],
                    );
                (the && ends).then_some((d, end))
            };
            // "Friday the 21st of February", "Thursday 21st February" are
            // dates with their month, read below; "Monday, the 10th day of
            // the siege" counts days of the siege, and is "Monday" alone.
            if let Some((day, end)) = self.numbered_day(k).or_else(in_words).filter(|&(_, end)| {
                !self.kw(end, Kw::Of)
                    && !matches!(self.lex(end), Some(Lex::Month { .. }))
                    && !self.ordinal_noun_follows(end)
            }) {
                return Some(Match {
                    weekday: Some(wd),
                    ..date(end, Val::WeekdayOfMonth { weekday: wd, day })
                });
            }
        }
        let m = self
            .calendar_date(j)
            .or_else(|| self.numeric_date(j))
            // "Sunday the 24th May" (British).
            .or_else(|| {
                (self.kw(j, Kw::The) && self.numbered_day(j + 1).is_some())
                    .then(|| self.calendar_date(j + 1))
                    .flatten()
            })?;
        // A day, also in a year named relatively ("Sunday 27 April this
        // year").
        if !matches!(
            m.val,
            Val::Abs(Point {
                gran: Gran::Day,
                ..
            }) | Val::MonthDay { .. }
                | Val::Containing {
                    gran: Gran::Day,
                    ..
                }
        ) {
            return None;
        }
        let mut end = m.end;
        if paren {
            if !self.punct(end, ')') {
                return None;
            }
            end += 1;
        }
        // "next Tuesday, March 5": the direction picks among the years
        // the month and day could fall in.
        let val = match (m.val, dir) {
            (Val::MonthDay { month, day, .. }, Some(d @ (Dir::Last | Dir::Next | Dir::Coming))) => {
                Val::MonthDay { month, day, dir: d }
            }
            (v, _) => v,
        };
        if let Some(pod) = pod {
            let val = Val::Pod {
                pod,
                day: Box::new(val),
            };
            return Some(Match::new(end, TimexType::Time, val).with_weekday(wd));
        }
        Some(Match {
            end,
            val,
            weekday: Some(wd),
            ..m
        })
    }

    /// A capitalised weekday abbreviation of datelines and listings at `i`
    /// ("Tues.", "Wed", "Thu."): the day and the index after it (and after
    /// its dot). "Sun", "Sat", "Wed" and "Mon" are also ordinary words, so
    /// [`Parser::weekday_date`] takes one only right before a date.
    pub(in crate::time::grammar) fn weekday_abbr(&self, i: usize) -> Option<(u8, usize)> {
        let t = self.tok(i)?;
        if t.kind != Kind::Word || !t.cap || !matches!(t.lex, Lex::Other) {
            return None;
        }
        // Compared in place: this runs for every capitalised word.
        const ABBR: &[(&str, u8)] = &[
            ("mon", 1),
            ("tue", 2),
            ("tues", 2),
            ("wed", 3),
            ("weds", 3),
            ("thu", 4),
            ("thur", 4),
            ("thurs", 4),
            ("fri", 5),
            ("sat", 6),
            ("sun", 7),
        ];
        let w = self.word(i);
        if w.len() > 5 {
            return None;
        }
        let &(_, day) = ABBR.iter().find(|(a, _)| a.eq_ignore_ascii_case(w))?;
        Some((day, self.skip_dot(i + 1)))
    }

    /// A weekday cut short that may stand without a date, at `i`: one of
    /// "Tue.", "Tues.", "Thu.", "Thur.", "Thurs." and "Fri.", with its dot
    /// (weather and listings copy: "likely Thurs. and Fri.", "Tues.
    /// night"). "Mon.", "Wed.", "Sat." and "Sun." go only with a date ("the
    /// Sun." is a newspaper) or after a preposition of time: "will reopen
    /// the parks on Sat.", "published on Weds.".
    pub(in crate::time::grammar) fn weekday_abbr_alone(&self, i: usize) -> Option<(u8, usize)> {
        let (day, e) = self.weekday_abbr(i)?;
        let word_too = self.word_in(i, &["mon", "wed", "weds", "sat", "sun"]);
        let led = i > 0
            && self.tok(i - 1).is_some_and(|t| !t.cap)
            && self.word_in(
                i - 1,
                &[
                    "on", "by", "until", "till", "through", "from", "next", "last",
                ],
            );
        // "at noon Sun.", "from 9 p.m. Sat.", "Shelters open Wed. at
        // noon": beside a clock time.
        // (Not "told the Sun. At noon he left": a new sentence.)
        let clock = |k: usize| {
            self.word_in(k, &["noon", "midnight"]) || matches!(self.lex(k), Some(Lex::AmPm { .. }))
        };
        let timed = i > 0 && clock(i - 1)
            || self.tok(e).is_some_and(|t| !t.cap)
                && self.word_is(e, "at")
                && (clock(e + 1) || self.num(e + 1).is_some() && clock(e + 2));
        // ("reopened on Weds after a deep clean", "closed until Thurs":
        // the longer cuts need no dot after a preposition.)
        let long_cut = led && self.word(i).len() >= 4;
        ((e > i + 1 || long_cut) && (!word_too || led || timed)).then_some((day, e))
    }

    /// Whether "bank holiday" and a weekday start at `i`.
    pub(crate) fn bank_holiday_weekday(&self, i: usize) -> bool {
        self.word_is(i, "bank")
            && self.word_is(i + 1, "holiday")
            && matches!(self.lex(i + 2), Some(Lex::Weekday { plural: false, .. }))
    }
}
