//! Calendar names without a year or a week: a day of a month, a month,
//! a weekday, a season, a weekend or a holiday. Each is the occurrence
//! the clause's tense, the story's dates and the document date pick.

use super::pick::{
    DAY_POLICY, DELIVERY_POLICY, HOLIDAY_ON_POLICY, HOLIDAY_POLICY, PERIOD_END_DAY_POLICY,
    PERIOD_END_POLICY, SEASON_POLICY, WEEKDAY_POLICY, days_between, nearest, pick, years,
};
use super::{Lead, MonthUse, Resolved, Resolver, clause_tense, week_ahead_on_sunday};
use crate::time::calendar::{
    day_of_week, holiday_date, holiday_dates, holiday_fixed, season_bounds, season_of, shift,
    weekday, weekday_of, ymd,
};
use crate::time::lexicon::{Hemisphere, Holiday, Season, Unit};
use crate::time::sem::{Dir, Val};
use crate::time::tense::Tense;
use crate::time::value::{Gran, Point};
use jiff::ToSpan;
use jiff::civil::Date;

/// How many days ahead a holiday that bounds a plan ("before Easter") may
/// lie and still be the coming one whatever the tense.
const BOUND_AHEAD: i64 = 100;

/// How far (in bytes) after the start of a date a holiday may start and
/// still name it in apposition ("April 15, 2013, Patriots' Day", "March
/// 27, 2016, which was Easter Sunday").
const APPOSITION: usize = 40;

/// How many days from a day just told a holiday may lie and still be the
/// one next to it (see [`Resolver::holiday`]).
const NEXT_TO: i64 = 7;

/// Days from the story within which a day of every fourth year (Super
/// Tuesday, Inauguration Day) is the one meant, unless the clause sets it
/// in the past.
const CYCLE_NEAR: i64 = 90;

/// How far (in bytes) after a day a bare day of the month ("on June 9
/// and again on the 23rd") may be and still be in that day's month.
const SAME_MONTH: usize = 40;

impl Resolver {
    /// A day of a month without its year ("Nov. 16"): the tense of its
    /// clause, a weekday written with it and the days the story has told
    /// choose the year.
    pub(super) fn month_day(
        &self,
        month: u8,
        day: u8,
        dir: Dir,
        tense: &mut dyn FnMut() -> Tense,
    ) -> Resolved {
        if dir == Dir::Listed
            && let Some(p) = self.listed_after_anchor(month, day)
        {
            return Resolved::point(p, true);
        }
        let dir = if dir == Dir::Listed { Dir::Tense } else { dir };
        let dct = self.dct;
        let Some(d) = dct else {
            return Resolved::rel(format!("XXXX-{month:02}-{day:02}"));
        };
        // "December 12 that year": the day in the year last named.
        let (d, dir) = self.reference(dir, d);
        let t = clause_tense(dir, tense);
        if dir == Dir::Tense
            && t == Tense::Past
            && self.place.apposed.is_none()
            && let Some(p) = self.flashback(month, Some(day))
        {
            return Resolved::point(p, true);
        }
        let (d, dir) = match (dir, self.place.apposed, self.anchor) {
            (Dir::Tense, Some(way), Some(a)) if a.gran == Gran::Day => (a.date, way),
            _ => self.framed(dir, t, d),
        };
        let cands: Vec<(Date, Date, Date)> = years(d)
            .filter_map(|y| ymd(y, month, day))
            .map(|x| (x, x, x))
            .collect();
        // "Friday 25 May" written in January 2018: the weekday
        // says the date lies ahead (25 May 2017 was a Thursday),
        // whatever the clause's tense; "would begin on Monday 1
        // September", written in July 2013, is 2014's (2013's was a
        // Sunday). Only the year on the other side of the document
        // date is tried, and for a date ahead the year after it, so
        // a weekday that fits no nearby year still shows its
        // mistake ("On Wednesday, Nov. 16", written in December
        // 2023 of a Thursday, is not 2022's).
        let policy = if self.place.period_end {
            PERIOD_END_DAY_POLICY
        } else {
            self.past_slack(DAY_POLICY).future_slack_within_year(d)
        };
        let picked = pick(&cands, d, dir, t, policy).map(|x| {
            let Some(wd) = self.place.weekday.filter(|&wd| weekday_of(x) != wd) else {
                return x;
            };
            let ahead = x >= d;
            let flip =
                shift(x, Unit::Year, if ahead { -1 } else { 1 }).filter(|y| (*y < d) != (x < d));
            let beyond = shift(x, Unit::Year, 1).filter(|_| ahead);
            [flip, beyond]
                .into_iter()
                .flatten()
                .find(|y| weekday_of(*y) == wd)
                .unwrap_or(x)
        });
        // (A day only leap years have, where none fits the tense:
        // "dates that still worry engineers, including Feb. 29",
        // written on 31 December 1999, is 2000's.)
        let picked = picked.or_else(|| nearest(&cands, d));
        // "struck the reef on October 5 last year and broke in two
        // on January 8", written on 27 December: a past clause's
        // day just ahead is no deadline when its sentence has told
        // an earlier day; the story goes on from that day.
        let told = self
            .anchor
            .filter(|a| {
                a.gran == Gran::Day
                    && self.anchor_at.offset >= self.place.sentence_start
                    && a.date < d
            })
            .map(|a| a.date);
        let picked = match (picked, told) {
            (Some(x), Some(a)) if t == Tense::Past && x > d && dir == Dir::Tense => cands
                .iter()
                .map(|c| c.0)
                .filter(|c| a < *c && *c <= d)
                .max()
                .or(picked),
            _ => picked,
        };
        match picked.and_then(|x| Point::containing(Gran::Day, x)) {
            Some(p) => Resolved::point(p, true),
            None => Resolved::rel(format!("XXXX-{month:02}-{day:02}")),
        }
    }

    /// A month without its year ("in August"): past or ahead by the clause,
    /// unless it names figures (the latest out) or a delivery (ahead).
    pub(super) fn month(&self, month: u8, dir: Dir, tense: &mut dyn FnMut() -> Tense) -> Resolved {
        let dct = self.dct;
        let Some(d) = dct else {
            return Resolved::rel(format!("XXXX-{month:02}"));
        };
        let report = self.reported(dir, d, tense);
        let d = report.unwrap_or(d);
        // "June of that year" after "March 2019" is as fixed as
        // the year it takes.
        let relative = !(dir == Dir::That && self.written.is_some());
        let (d, dir) = self.reference(dir, d);
        let month_use = if dir == Dir::Tense {
            self.place.month_use
        } else {
            MonthUse::Plain
        };
        let delivery = month_use == MonthUse::Delivery;
        let t = match month_use {
            MonthUse::Delivery => Tense::Future,
            MonthUse::Figures => Tense::Past,
            MonthUse::PeriodEnd => clause_tense(dir, tense),
            MonthUse::Plain | MonthUse::Intended if report.is_some() => Tense::Future,
            MonthUse::Plain | MonthUse::Intended => clause_tense(dir, tense),
        };
        // (Not figures, which are the document's latest.)
        if dir == Dir::Tense
            && month_use == MonthUse::Plain
            && t == Tense::Past
            && let Some(p) = self.flashback(month, None)
        {
            return Resolved::point(p, true);
        }
        // (Figures are the latest out whatever year frames the sentence:
        // "on Thursday, when chains report December sales", written in
        // January.)
        let (d, dir) = if month_use == MonthUse::Figures {
            (d, dir)
        } else {
            self.framed(dir, t, d)
        };
        // "last March" written in April is a year before: the
        // March just ended is "last month". (But "last December" written
        // in January is December last year, the one just ended.)
        let d = match dir {
            Dir::Last if d.month() != 1 => d.first_of_month().checked_sub(1.month()).unwrap_or(d),
            _ => d,
        };
        let cands: Vec<(Date, Date, Date)> = years(d)
            .filter_map(|y| ymd(y, month, 1))
            .map(|x| (x, x.last_of_month(), x))
            .collect();
        // "Last winter, hospitals ran out of beds in early
        // January": the January inside the winter that frames the
        // sentence, which runs into the next year.
        let in_season = self
            .frame
            .filter(|f| f.gran == Gran::Season && dir == Dir::This)
            .and_then(|f| crate::time::range::value_range(&f.value()))
            .and_then(|r| cands.iter().find(|c| r.first <= c.0 && c.0 <= r.last))
            .map(|c| c.2);
        // (Nor is a month an intention aims at one just ended.)
        let policy = if delivery || month_use == MonthUse::Intended && t == Tense::Future {
            DELIVERY_POLICY
        } else if month_use == MonthUse::PeriodEnd && t == Tense::Past {
            PERIOD_END_POLICY
        } else {
            self.month_policy()
        };
        match in_season
            .or_else(|| pick(&cands, d, dir, t, policy))
            .and_then(|x| Point::containing(Gran::Month, x))
        {
            Some(p) => Resolved::point(p, relative),
            None => Resolved::rel(format!("XXXX-{month:02}")),
        }
    }

    /// A weekday ("on Thursday"): within a week of the date reported from,
    /// on the side its clause looks to, or the one its paragraph named.
    pub(super) fn weekday(&self, day: u8, dir: Dir, tense: &mut dyn FnMut() -> Tense) -> Resolved {
        let dct = self.dct;
        let Some(d) = dct else {
            return Resolved::rel(format!("XXXX-WXX-{day}"));
        };
        let report = self.reported(dir, d, tense);
        let d = report.unwrap_or(d);
        let cands: Vec<(Date, Date, Date)> = (-7i64..=7)
            .filter_map(|k| d.checked_add(k.days()).ok())
            .filter(|x| weekday_of(*x) == day)
            .map(|x| (x, x, x))
            .collect();
        // "will play Novak on Monday ... Monday's other ties
        // include": the event is on the Monday ahead the story
        // named. (A day past named before may be a week before
        // the event: "since Monday ... will resume after Monday's
        // holiday".) Only a day of the coming week: "form a
        // government by Easter after his party won Sunday's
        // election" is last Sunday's.
        if dir == Dir::Tense
            && self.place.possessive
            && let Some((p, _)) = self.weekdays[usize::from(day % 7)]
            && p.date > d
            && cands.last().is_some_and(|c| p.date <= c.0)
        {
            return Resolved::point(p, true);
        }
        let t = if report.is_some() {
            Tense::Future
        } else {
            clause_tense(dir, tense)
        };
        // "warned that Monday's 508-point collapse could hurt
        // spending": a sudden event is never scheduled, so it is
        // past whatever its clause looks to.
        let t = if self.place.event && dir == Dir::Tense {
            Tense::Past
        } else if t == Tense::Present {
            Tense::Future
        } else {
            t
        };
        // "the jobs report is due on Friday. Eurozone figures
        // follow on Friday too": a clause that does not say which
        // Friday means the one its paragraph named.
        if dir == Dir::Tense
            && t == Tense::Unknown
            && let Some((p, line)) = self.weekdays[usize::from(day % 7)]
            && line == self.place.line
        {
            return Resolved::point(p, true);
        }
        // "next Thursday" said on a Wednesday is not tomorrow,
        // which would be "tomorrow" or "Thursday": it is the
        // Thursday of the week after.
        // "this Monday" is the week's own Monday unless the clause's
        // tense says otherwise: "He will be returned to Mexico this
        // Monday", written on a Friday, is the Monday coming; "the
        // shop shut this Friday", written on a Monday, the one gone.
        let this_shift = if dir == Dir::This {
            match tense() {
                Tense::Future => 1,
                Tense::Past => -1,
                _ => 0,
            }
        } else {
            0
        };
        let picked = pick(&cands, d, dir, t, WEEKDAY_POLICY).map(|x| {
            let weeks =
                if dir == Dir::Next && d.tomorrow().ok() == Some(x) || this_shift == 1 && x < d {
                    1
                } else if this_shift == -1 && x > d {
                    -1
                } else {
                    0
                };
            shift(x, Unit::Week, weeks).unwrap_or(x)
        });
        match picked.and_then(|x| Point::containing(Gran::Day, x)) {
            Some(p) => Resolved::point(p, true),
            None => Resolved::rel(format!("XXXX-WXX-{day}")),
        }
    }

    /// A season without its year ("last winter"), in the hemisphere the
    /// story is set in.
    pub(super) fn season(&self, s: Season, dir: Dir, tense: &mut dyn FnMut() -> Tense) -> Resolved {
        let dct = self.dct;
        let Some(d) = dct else {
            return Resolved::rel(format!("XXXX-{}", s.code()));
        };
        let (d, dir) = self.reference(dir, d);
        // A season told in the present is the one under way or coming,
        // as a timetable tells it ("Talks resume in the autumn", "the
        // election is in the spring"), not the nearer one gone by.
        let t = match clause_tense(dir, tense) {
            Tense::Present => Tense::Future,
            t => t,
        };
        // In a story long before the document, the season of the year
        // told, as a month is ("The flood struck in 1965." then "In the
        // spring, the river rose again"; see `flashback`).
        if dir == Dir::Tense
            && t == Tense::Past
            && let Some(p) = self.flashback(s.first_month(), None)
            && let Some(p) = crate::time::value::season_point(s, i32::from(p.date.year()))
        {
            return Resolved::point(p, true);
        }
        let (d, dir) = self.framed(dir, t, d);
        // Two years back: "last winter" written in February is the
        // one before the winter still running.
        let y = i32::from(d.year());
        let cands: Vec<(Date, Date, i32)> = ((y - 2)..=(y + 1))
            .filter_map(|y| season_bounds(s, y, self.place.hemisphere).map(|(a, b)| (a, b, y)))
            .collect();
        // Written in the season right before it, in the same year,
        // "next summer" is not the one about to begin, which is "this
        // summer", but the one after ("bookings for next summer were
        // ahead of those for this summer", written in May), as "next
        // week" is the week after this one. (Not across the turn of the
        // year: "next spring", written in December or January, is the
        // coming one.)
        let (now, _) = season_of(d);
        let season_before = self.place.hemisphere == Hemisphere::North
            && matches!(
                (now, s),
                (Season::Spring, Season::Summer) | (Season::Summer, Season::Fall)
            );
        let picked = match dir {
            Dir::Next if season_before => {
                pick(&cands, d, Dir::Next, t, SEASON_POLICY).map(|y| y + 1)
            }
            _ => pick(&cands, d, dir, t, SEASON_POLICY),
        };
        match picked.and_then(|y| crate::time::value::season_point(s, y)) {
            Some(p) => Resolved::point(p, true),
            None => Resolved::rel(format!("XXXX-{}", s.code())),
        }
    }

    /// "The weekend": the one under way, just gone or coming, by the
    /// document's weekday and the clause.
    pub(super) fn weekend(&self, dir: Dir, tense: &mut dyn FnMut() -> Tense) -> Resolved {
        let dct = self.dct;
        let Some(d) = dct else {
            return Resolved::rel("XXXX-WXX-WE");
        };
        let back = i64::from(d.weekday().to_monday_zero_offset());
        let Some(monday) = day_of_week(d, 1) else {
            return Resolved::rel("XXXX-WXX-WE");
        };
        let cands: Vec<(Date, Date, Date)> = (-1i64..=1)
            .filter_map(|k| {
                let m = shift(monday, Unit::Week, k)?;
                Some((shift(m, Unit::Day, 5)?, shift(m, Unit::Day, 6)?, m))
            })
            .collect();
        // Written on a Saturday or Sunday, "the weekend" is the one
        // under way ("spread widely online since the weekend
        // began"); on a Sunday, a future clause's is the next ("Highs
        // will reach the upper 90s into the weekend").
        if dir == Dir::Tense && back >= 5 {
            let ahead = week_ahead_on_sunday(d, tense);
            return match shift(monday, Unit::Week, i64::from(ahead)) {
                Some(date) => Resolved::point(
                    Point {
                        gran: Gran::Weekend,
                        date,
                    },
                    true,
                ),
                None => Resolved::rel("XXXX-WXX-WE"),
            };
        }
        let t = clause_tense(dir, tense);
        // "United Airlines added 42 extra flights for the weekend",
        // "Players were given the weekend off", written on a
        // Friday: the weekend starts the next day, and one five
        // days past would be "last weekend". (On a Thursday a past
        // clause still means the weekend gone: "topped download
        // charts over the weekend". Nor on a Friday is what went on over
        // it: "The talks collapsed over the weekend".)
        let t = if dir == Dir::Tense
            && back == 4
            && t == Tense::Past
            && self.place.lead != Lead::During
        {
            Tense::Nearest
        } else {
            t
        };
        // "veterans who crossed the Channel this weekend", written
        // on a Monday or Tuesday: the weekend that has been. From
        // Wednesday on, "this weekend" is the coming one, whatever
        // the tense around it ("officials urged parents to get
        // children vaccinated before Halloween parties this
        // weekend"; "The decision, announced at 11.30am, means this
        // weekend's fixtures will not go ahead", written on a
        // Friday).
        let dir = if dir == Dir::This && back < 2 && matches!(tense(), Tense::Past | Tense::Before)
        {
            Dir::Last
        } else {
            dir
        };
        // "next weekend" said from Thursday on is not the one days
        // away, which would be "this weekend": it is the one after.
        let picked = pick(&cands, d, dir, t, WEEKDAY_POLICY).map(|m| {
            if dir == Dir::Next && back >= 3 && m == monday {
                shift(m, Unit::Week, 1).unwrap_or(m)
            } else {
                m
            }
        });
        match picked {
            Some(m) => Resolved::point(
                Point {
                    gran: Gran::Weekend,
                    date: m,
                },
                true,
            ),
            None => Resolved::rel("XXXX-WXX-WE"),
        }
    }

    /// A holiday without a year.
    pub(super) fn holiday(
        &self,
        h: Holiday,
        dir: Dir,
        tense: &mut dyn FnMut() -> Tense,
    ) -> Resolved {
        let fallback = match holiday_fixed(h) {
            Some((m, d)) => format!("XXXX-{m:02}-{d:02}"),
            None => "XXXX-XX-XX".to_string(),
        };
        // "on April 15, 2013, Patriots' Day": a holiday named right after
        // the date it falls on is that date.
        if dir == Dir::Tense
            && let Some(a) = self.anchor.filter(|a| {
                a.gran == Gran::Day
                    && self.anchor_at.line == self.place.line
                    && self.place.offset.saturating_sub(self.anchor_at.offset) <= APPOSITION
            })
            && holiday_date(h, i32::from(a.date.year())) == Some(a.date)
        {
            return Resolved::point(a, true);
        }
        // "his 1989 Christmas address", "the 1973 Yom Kippur holiday": a
        // holiday right after a year is that year's.
        if dir == Dir::Tense
            && let Some(a) = self.anchor.filter(|a| {
                a.gran == Gran::Year
                    && self.anchor_at.line == self.place.line
                    && (5..=6).contains(&self.place.offset.saturating_sub(self.anchor_at.offset))
            })
            && let Some(x) = holiday_date(h, i32::from(a.date.year()))
            && let Some(p) = Point::containing(Gran::Day, x)
        {
            return Resolved::point(p, true);
        }
        // "on Dec. 23, 1986, two days before Christmas": a holiday told
        // with a day close to it is the one next to that day (while the
        // story still tells of that day's time: not after "He has
        // dominated the country for almost 20 years"; nor in a sentence
        // framed by another year, "since December 1982, when a blizzard
        // on Christmas Eve").
        if dir == Dir::Tense
            && self.frame.is_none()
            && let Some(a) = self
                .anchor
                .filter(|a| a.gran == Gran::Day && self.anchor_close() && self.still_told(*a))
            && !self.anchor_at.holiday
            && let Some(x) = (-1..=1)
                .filter_map(|k| holiday_date(h, i32::from(a.date.year()) + k))
                .find(|x| days_between(a.date.min(*x), a.date.max(*x)) <= NEXT_TO)
            && let Some(p) = Point::containing(Gran::Day, x)
        {
            return Resolved::point(p, true);
        }
        let Some(d) = self.dct else {
            return Resolved::rel(fallback);
        };
        let (d, dir) = self.reference(dir, d);
        let t = clause_tense(dir, tense);
        if dir == Dir::Tense
            && !matches!(t, Tense::Present | Tense::Future)
            && let Some(p) = self.holiday_in_stretch(h)
        {
            return Resolved::point(p, true);
        }
        let (d, dir) = self.framed(dir, t, d);
        // Leap Day, Super Tuesday and Inauguration Day come once in four
        // years: look as far for them.
        let reach = if matches!(
            h,
            Holiday::LeapDay | Holiday::SuperTuesday | Holiday::InaugurationDay
        ) {
            4
        } else {
            1
        };
        let y = i32::from(d.year());
        let cands: Vec<(Date, Date, Date)> = (y - reach..=y + reach)
            .flat_map(|y| holiday_dates(h, y))
            .map(|x| (x, x, x))
            .collect();
        // "wanted stock on shelves before Chinese New Year", "hoped to
        // have a new pope installed before Easter", "fixed by
        // Thanksgiving": a holiday that bounds a plan, named in the months
        // before it, is the coming one whatever the tense (in the weeks
        // after one, "sales in the days before Christmas" is that one).
        if dir == Dir::Tense && self.place.lead == Lead::Bound {
            let next = cands.iter().map(|c| c.0).find(|&x| x > d);
            let prev = cands.iter().map(|c| c.0).rfind(|&x| x <= d);
            if let Some(n) = next
                && days_between(d, n) <= BOUND_AHEAD
                && prev.is_none_or(|p| days_between(p, d) > BOUND_AHEAD)
                && let Some(p) = Point::containing(Gran::Day, n)
            {
                return Resolved::point(p, true);
            }
        }
        // "The store will open on Christmas Eve", written on Christmas
        // Day: what is still to happen on a holiday is on the next one.
        let policy = if self.place.lead == Lead::On {
            HOLIDAY_ON_POLICY
        } else {
            HOLIDAY_POLICY
        };
        let picked = pick(&cands, d, dir, t, policy);
        // ("Voters go to the polls in what some call Super Tuesday 2",
        // a week after it: a day of every fourth year that the clause
        // does not set in the past is the one near the story, not the
        // one four years on.)
        let apart = |x: Date| days_between(d.min(x), d.max(x));
        let picked = match picked {
            Some(x) if reach > 1 && dir == Dir::Tense && t != Tense::Past && apart(x) > 366 => {
                let near = cands.iter().map(|c| c.0).min_by_key(|&x| apart(x));
                near.filter(|&n| apart(n) <= CYCLE_NEAR).or(picked)
            }
            x => x,
        };
        match picked.and_then(|x| Point::containing(Gran::Day, x)) {
            Some(p) => Resolved::point(p, true),
            None => Resolved::rel(fallback),
        }
    }

    /// A day of the month without its month ("on the 23rd"): the month of
    /// a day named just before, or the document's, or the one next to it
    /// that the tense points to.
    pub(super) fn day_of_month(
        &self,
        day: u8,
        months: Option<i64>,
        tense: &mut dyn FnMut() -> Tense,
    ) -> Resolved {
        let dct = self.dct;
        let fallback = format!("XXXX-XX-{day:02}");
        let Some(d) = dct else {
            return Resolved::rel(fallback);
        };
        // "on June 9 and again on the 23rd": the month of a day
        // named just before. So is a later day told in the past in the
        // next paragraph of a story of another month ("The girl vanished
        // on June 3, 1994." then "On the 10th, police found her
        // bicycle"), and a day of a month named there ("The trial began
        // in January." then "On the 14th, the jury visited the scene").
        let anchored = match self.anchor {
            Some(a)
                if months.is_none()
                    && a.gran == Gran::Day
                    && self.anchor_at.line == self.place.line
                    && self.place.offset.saturating_sub(self.anchor_at.offset) <= SAME_MONTH
                    // ("adjourned on the 3rd and will resume on the 24th",
                    // written on the 29th: a day ahead that month has passed
                    // is the next month's.)
                    && !(ymd(i32::from(a.date.year()), a.date.month() as u8, day)
                        .is_some_and(|x| x < d)
                        && tense() == Tense::Future) =>
            {
                Some(a.date)
            }
            Some(a)
                if months.is_none()
                    && (a.gran == Gran::Month
                        || a.gran == Gran::Day && a.date.day() < day as i8)
                    && self.place.line <= self.anchor_at.line + 1
                    && (a.date.year(), a.date.month()) != (d.year(), d.month())
                    && a.date < d
                    && matches!(tense(), Tense::Past) =>
            {
                Some(a.date)
            }
            _ => None,
        };
        // "We'll worry about that on the 3rd", said on 28
        // December: a day ahead that this month has passed is
        // next month's; a day past that this month has still to
        // come is last month's.
        let months = match (months, anchored) {
            (None, None) if day < d.day() as u8 && tense() == Tense::Future => Some(1),
            (None, None) if day > d.day() as u8 && tense() == Tense::Past => Some(-1),
            _ => months,
        };
        let d = anchored.unwrap_or(d);
        let p = shift(d.first_of_month(), Unit::Month, months.unwrap_or(0))
            .and_then(|m| ymd(i32::from(m.year()), m.month() as u8, day))
            .and_then(|x| Point::containing(Gran::Day, x));
        match p {
            Some(p) => Resolved::point(p, true),
            None => Resolved::rel(fallback),
        }
    }

    /// The day `day` of `month` in the year of the day just resolved, if
    /// that was an earlier day of the same month close before on the
    /// same line: the list it heads ("Feb. 2, 9 and 16") names one month.
    fn listed_after_anchor(&self, month: u8, day: u8) -> Option<Point> {
        let a = self.anchor.filter(|a| {
            a.gran == Gran::Day
                && a.date.month() as u8 == month
                && (a.date.day() as u8) < day
                && self.anchor_at.line == self.place.line
                && self.place.offset.saturating_sub(self.anchor_at.offset) <= SAME_MONTH
        })?;
        ymd(i32::from(a.date.year()), month, day).and_then(|x| Point::containing(Gran::Day, x))
    }

    /// A weekday with a day of the month ("Wednesday the 25th"): the month
    /// near the document date where that day falls on that weekday.
    pub(super) fn weekday_of_month(
        &self,
        weekday: u8,
        day: u8,
        tense: &mut dyn FnMut() -> Tense,
    ) -> Resolved {
        let dct = self.dct;
        let fallback = format!("XXXX-XX-{day:02}");
        let Some(d) = dct else {
            return Resolved::rel(fallback);
        };
        let fits: Vec<Date> = [0, -1, 1]
            .into_iter()
            .filter_map(|k| shift(d.first_of_month(), Unit::Month, k))
            .filter_map(|m| ymd(i32::from(m.year()), m.month() as u8, day))
            .filter(|x| weekday_of(*x) == weekday)
            .collect();
        // This month's, unless two months around the document date have
        // the day on that weekday (February and March of 2015 each have a
        // Friday the 13th): then the clause's tense tells which ("crested
        // on Friday the 13th", written on 2 March, is February's).
        let mut by_tense = || match tense() {
            Tense::Past | Tense::Before => fits.iter().filter(|x| **x <= d).max().copied(),
            Tense::Future => fits.iter().filter(|x| **x >= d).min().copied(),
            _ => None,
        };
        let picked = if fits.len() > 1 { by_tense() } else { None }.or(fits.first().copied());
        let p = picked.and_then(|x| Point::containing(Gran::Day, x));
        match p {
            Some(p) => Resolved::point(p, true),
            None => Resolved::rel(fallback),
        }
    }

    /// "The second Tuesday of March": counted in the month resolved first.
    pub(super) fn nth_weekday(
        &mut self,
        n: i8,
        day: u8,
        month: &Val,
        tense: &mut dyn FnMut() -> Tense,
    ) -> Resolved {
        let fallback = || Resolved::rel("XXXX-XX-XX");
        let m = self.resolve_inner(month, tense);
        let Some(p) = m.point.filter(|p| p.gran == Gran::Month) else {
            return fallback();
        };
        let nth = |p: Point| {
            weekday(day)
                .and_then(|wd| p.date.nth_weekday_of_month(n, wd).ok())
                .and_then(|d| Point::containing(Gran::Day, d))
        };
        let mut d = nth(p);
        // "will take office on the first Monday in January", written on
        // Jan. 21: the month that holds the document date is this one,
        // but its day already gone by is next year's.
        // (Not "the first Saturday of the year", which says which year.)
        if matches!(month, Val::Month { .. })
            && let (Some(x), Some(dct)) = (d, self.dct)
            && x.date < dct
            && p.date.year() == dct.year()
            && p.date.month() == dct.month()
            && tense() == Tense::Future
        {
            d = p.shifted(Unit::Year, 1).and_then(nth);
        }
        match d {
            Some(d) => Resolved::point(d, m.relative),
            None => fallback(),
        }
    }
}
