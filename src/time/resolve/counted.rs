//! Expressions counted from a point: "a year earlier", "the following
//! day" from the last point the story named, "two weeks ago" from the
//! document date, and "the next week" from whichever the tense calls for.

use super::{CLOSE, Lead, Resolved, Resolver, rank, unknown};
use crate::time::calendar::{day_of_week, season_bounds, shift, weekday_of, ymd};
use crate::time::lexicon::{Season, Unit};
use crate::time::sem::Val;
use crate::time::tense::Tense;
use crate::time::value::{Gran, Point, unit_gran};
use jiff::ToSpan;
use jiff::civil::{Date, Weekday};

/// The value of a day or month inside the coarser period `a`, when the
/// text has not said which: `1998-10-XX`, `1998-XX-XX`, `1998-XX`,
/// `1998-WXX`.
fn finer_unknown(a: Point, g: Gran) -> Option<String> {
    if rank(a.gran) <= rank(g) || rank(a.gran) > rank(Gran::Year) {
        return None;
    }
    // Within a quarter, half, season or week only the year is known:
    // "the same day" after "the first quarter of 2002" is no day of it in
    // particular.
    let year = a.date.year();
    match (a.gran, g) {
        (Gran::Month, Gran::Day) => Some(format!("{}-XX", a.value())),
        (_, Gran::Day) => Some(format!("{year:04}-XX-XX")),
        (_, Gran::Month) => Some(format!("{year:04}-XX")),
        (_, Gran::Week) => Some(format!("{year:04}-WXX")),
        _ => None,
    }
}

/// Whether a point of granularity `a` is too coarse to count a day or a
/// week (`g`) from: a year or longer.
fn too_coarse(a: Gran, g: Gran) -> bool {
    rank(g) <= rank(Gran::Weekend) && rank(a) >= rank(Gran::Year)
}

/// The last weekend begun by `d`: its own if `d` is a Saturday or a
/// Sunday.
fn last_weekend(d: Date) -> Option<Point> {
    let back = match d.weekday() {
        Weekday::Saturday | Weekday::Sunday => 0,
        w => i64::from(w.to_monday_one_offset()),
    };
    Point::containing(Gran::Weekend, d.checked_sub(back.days()).ok()?)
}

impl Resolver {
    /// Counted from the last point named ("a year earlier", "the following
    /// day"): from the period or day the story reports, or the document
    /// date when none is named.
    pub(super) fn anchored(&self, gran: Option<Gran>, unit: Unit, n: i64) -> Resolved {
        let dct = self.dct;
        let ug = unit_gran(unit);
        // "ticket sales rose 12 percent from the previous weekend":
        // the figures compared are the weekend's the story reports,
        // the last it named or else the last begun by its date,
        // whatever day it named since.
        if gran == Some(Gran::Weekend)
            && n < 0
            && self.place.lead == Lead::Compared
            && let Some(w) = self.weekend.or_else(|| dct.and_then(last_weekend))
            && let Some(p) = w.shifted(unit, n)
        {
            return Resolved::point(p, true);
        }
        // A month or more away counts from the news, not from the
        // date it was reported.
        let period = self.period.filter(|&(p, line, offset)| {
            p.gran == ug
                && line == self.place.line
                && self.place.offset.saturating_sub(offset) <= CLOSE
                && gran.is_none_or(|g| g == ug)
        });
        // "since April 2021 and ... since early that year": the period a
        // stretch ran from, named after the anchor, is the one pointed
        // back to.
        let since = self
            .since_start
            .filter(|&(p, line, offset)| {
                n == 0
                    && gran == Some(ug)
                    && rank(p.gran) <= rank(ug)
                    && line == self.place.line
                    && self.place.offset.saturating_sub(offset) <= CLOSE
                    && (self.anchor_at.line != line || self.anchor_at.offset < offset)
            })
            .and_then(|(p, _, _)| Point::containing(ug, p.date));
        let base = if let Some(p) = since {
            Some(p)
        } else if let Some((p, _, _)) = period {
            Some(p)
        } else if rank(ug) >= rank(Gran::Week) {
            self.narrative
        } else {
            self.anchor
        };
        // "Unemployment was 4% in 2018. Output fell from the previous
        // quarter": a year is too coarse to count a quarter from (it
        // would give the year's first one, moved); what the story counts
        // from is its own quarter, as with nothing named.
        let base = base.filter(|b| {
            !(gran.unwrap_or(ug) == Gran::Quarter && rank(b.gran) > rank(Gran::Quarter))
        });
        if unit == Unit::Year
            && n < 0
            && gran.is_none()
            && let Some(p) = self
                .year_to_date(base)
                .and_then(|y| y.shifted(Unit::Year, n))
        {
            return Resolved::point(p, true);
        }
        // "a year earlier", "the year-ago quarter" in a report.
        if unit == Unit::Year
            && n < 0
            && matches!(gran, None | Some(Gran::Quarter))
            && let Some(r) = self.report_for(base).or(if gran == Some(Gran::Quarter) {
                self.report
            } else {
                None
            })
            && let Some(p) = r.shifted(Unit::Year, n)
        {
            return Resolved::point(p, true);
        }
        // Nothing named yet: counted from the document date, at
        // the unit's granularity as "a year ago" is.
        let anchor = base.or_else(|| dct.and_then(|d| Point::containing(gran.unwrap_or(ug), d)));
        let target = gran.unwrap_or(ug);
        let Some(a) = anchor else {
            return Resolved::rel(unknown(target));
        };
        let g = match gran {
            Some(g) => g,
            // "Sales rose 5% from a year earlier" after a day, or
            // "inflation in July ... from a year earlier": the year
            // before, not that day or month of it, as TimeML gives a
            // count of years ("wages 3.8 percent higher than a year
            // earlier", after last month's figures, is the year). A
            // quarter keeps its own (see `report_for`), and so does
            // a period's end, "the six months ended Aug. 12".
            None if unit == Unit::Year
                && !self.anchor_at.period_end
                && matches!(a.gran, Gran::Day | Gran::Week | Gran::Weekend | Gran::Month) =>
            {
                ug
            }
            None if unit == Unit::Week && a.gran == Gran::Day && !self.anchor_at.period_end => ug,
            None if rank(a.gran) <= rank(ug) => a.gran,
            None => ug,
        };
        // "that same day" or "the next morning" after "in
        // October": a day of that month, which one unknown, unless
        // the paragraph named a day before it ("figures released
        // last Thursday showed output fell in August. The following
        // day, ...", "public on June 25, when auditors found
        // problems through the first quarter. The SEC sued the
        // next morning").
        // So does a day told in the paragraph before, when what was named
        // since holds it ("will vote on Monday 20 July." then "The Commons
        // rises for the summer recess the following day": that summer's
        // July 21).
        let holds = |d: Point| a.date <= d.date && a.last_day().is_some_and(|l| d.date <= l);
        let (a, g) = match self.day_told {
            Some((d, line))
                if g == Gran::Day
                    && rank(a.gran) > rank(Gran::Day)
                    && (line == self.place.line || holds(d)) =>
            {
                (d, Gran::Day)
            }
            _ => (a, g),
        };
        // "proposed last Friday ... by the end of 2012. The plan
        // was announced the same day": in a story that has told a
        // day, a year is too coarse to count a day or a week from,
        // and the last day told is meant. (With none told, "The
        // riots began in 1959. The next morning" is a morning of
        // that year.)
        let a = match self.day_told {
            Some((d, _)) if too_coarse(a.gran, g) => d,
            _ => a,
        };
        if let Some(v) = finer_unknown(a, g) {
            return Resolved::rel(v);
        }
        // The weekend following a weekday is that week's own.
        let weekday = a.gran == Gran::Day && a.date.weekday().to_monday_one_offset() < 6;
        let n = if g == Gran::Weekend && n > 0 && weekday {
            n - 1
        } else {
            n
        };
        // (A week a year back is the week of its Thursday a year back,
        // the day ISO numbers weeks by: "the same week last year" keeps
        // the week's number, which its Monday moved back a year may not.)
        let moved = if g == Gran::Week && unit == Unit::Year {
            let thursday = match a.gran {
                Gran::Week => a.date.checked_add(3.days()).ok(),
                _ => Some(a.date),
            };
            thursday
                .and_then(|d| shift(d, unit, n))
                .and_then(|d| Point::containing(g, d))
        } else {
            Point::containing(g, a.date).and_then(|p| p.shifted(unit, n))
        };
        match moved {
            Some(p) => Resolved::point(p, true),
            None => Resolved::rel(unknown(g)),
        }
    }

    /// "The next week", "the following month": after the last point named
    /// when the clause tells of the past, else after the document date.
    pub(super) fn the_next(
        &mut self,
        gran: Gran,
        unit: Unit,
        tense: &mut dyn FnMut() -> Tense,
    ) -> Resolved {
        let past = matches!(tense(), Tense::Past | Tense::Before);
        if past && self.anchor.is_some() {
            self.anchored(Some(gran), unit, 1)
        } else {
            self.resolve_inner(&Val::Rel { gran, unit, n: 1 }, tense)
        }
    }

    /// The year, week or decade a part of is told of ("later in the
    /// year", "the end of the decade", see [`Val::Around`]): that of the
    /// date named close before, when it is no longer; else the
    /// document's. A clause that does not tell of the past keeps the
    /// document's in place of one already over: "Emissions peaked in 2019
    /// and are expected to halve by the end of the decade", written in
    /// 2023, is the 2020s. Of periods ahead only a day or a week is taken:
    /// "vote as soon as Monday, with the Senate following later in the
    /// week".
    pub(super) fn around(
        &mut self,
        gran: Gran,
        unit: Unit,
        tense: &mut dyn FnMut() -> Tense,
    ) -> Resolved {
        let now = self.dct.and_then(|d| Point::containing(gran, d));
        let told = self.told_period(gran, tense);
        // "Net debt stood at $4 billion at the end of the year", written
        // on Jan. 8: the end of a period early in it is still far off, so
        // a past clause's is the last period's.
        let n = match (told, now) {
            (None, Some(now)) if self.place.end_of && early_in(now, self.dct) => {
                if matches!(tense(), Tense::Past | Tense::Before) {
                    -1
                } else {
                    0
                }
            }
            _ => 0,
        };
        match told {
            Some(p) => Resolved::point(p, true),
            None => self.resolve_inner(&Val::Rel { gran, unit, n }, tense),
        }
    }

    /// The period of granularity `gran` that holds the date told close
    /// before, when that is another than the document's: "The crash came
    /// in October 1929. By the end of the year ..." (and "By year's end")
    /// is 1929's.
    pub(super) fn told_period(
        &self,
        gran: Gran,
        tense: &mut dyn FnMut() -> Tense,
    ) -> Option<Point> {
        let now = self.dct.and_then(|d| Point::containing(gran, d));
        self.anchor
            .filter(|a| self.anchor_close() && rank(a.gran) <= rank(gran))
            .and_then(|a| Point::containing(gran, a.date))
            // (The document's own is left to the document date, which
            // knows a Sunday's coming week.)
            .filter(|&p| Some(p) != now)
            // (One ahead is the day or week of a day named ahead only:
            // "the local elections in May" names no month the end of
            // which a decision "would be taken by", written in March.)
            .filter(|p| match now {
                Some(now) if p.date > now.date => matches!(gran, Gran::Day | Gran::Week),
                _ => matches!(tense(), Tense::Past | Tense::Before),
            })
    }

    /// Counted back from the document date ("two years ago"), or from a
    /// reported quarter in a year-ago comparison.
    pub(super) fn ago(
        &mut self,
        unit: Unit,
        n: i64,
        lean: i8,
        tense: &mut dyn FnMut() -> Tense,
    ) -> Resolved {
        let dct = self.dct;
        // "a year ago" in a quarterly report means that quarter a
        // year before. (Only the year-ago comparison: "founded five
        // years ago", "room it did not have two years ago", told
        // beside a quarter's figures, are years.)
        let from = self
            .year_to_date(self.anchor)
            .or_else(|| self.report_for(self.anchor))
            .or(self.anchor.filter(|a| a.gran == Gran::Quarter));
        if let Some(a) = from
            && unit == Unit::Year
            && n == -1
            && let Some(p) = a.shifted(Unit::Year, n)
        {
            return Resolved::point(p, true);
        }
        // "almost four years ago", written on Dec. 30, 1987: a
        // little after Dec. 30, 1983, so in 1984; "more than four
        // years ago", written on Jan. 3, 2006: in 2001.
        let n = match dct {
            Some(d) if unit == Unit::Year && lean > 0 && d.month() == 12 && d.day() >= 15 => n + 1,
            Some(d) if unit == Unit::Year && lean < 0 && d.month() == 1 && d.day() <= 15 => n - 1,
            _ => n,
        };
        let gran = unit_gran(unit);
        self.resolve_inner(&Val::Rel { gran, unit, n }, tense)
    }

    /// A season counted from the last date named ("the following spring",
    /// "the winter before"): the first after it, or the last before it.
    pub(super) fn season_from_anchor(&self, s: Season, n: i64) -> Resolved {
        let dct = self.dct;
        let fallback = || Resolved::rel(format!("XXXX-{}", s.code()));
        let Some(a) = self.beyond_anchor(n, dct) else {
            return fallback();
        };
        let y = i32::from(a.year());
        let mut cands = (y - 1..=y + 1)
            .filter_map(|y| season_bounds(s, y, self.place.hemisphere).map(|(a, b)| (a, b, y)));
        let y = if n > 0 {
            cands.find(|c| c.0 > a)
        } else {
            cands.rfind(|c| c.1 < a)
        };
        match y.and_then(|c| crate::time::value::season_point(s, c.2)) {
            Some(p) => Resolved::point(p, true),
            None => fallback(),
        }
    }

    /// A month counted from the last date named ("the following March").
    pub(super) fn month_from_anchor(&self, month: u8, n: i64) -> Resolved {
        let dct = self.dct;
        let fallback = || Resolved::rel(format!("XXXX-{month:02}"));
        let Some(a) = self.beyond_anchor(n, dct) else {
            return fallback();
        };
        let y = i32::from(a.year());
        let mut cands = (y - 1..=y + 1).filter_map(|y| ymd(y, month, 1));
        let x = if n > 0 {
            cands.find(|x| *x > a)
        } else {
            cands.rfind(|x| x.last_of_month() < a)
        };
        match x.and_then(|x| Point::containing(Gran::Month, x)) {
            Some(p) => Resolved::point(p, true),
            None => fallback(),
        }
    }

    /// "Two years later", "three weeks earlier": a count of time from the
    /// date last told, tagged as the duration it is, moves the story on
    /// (or back) by it, so "March 2015. Two years later ... By the
    /// following spring" is 2018's spring.
    pub fn count_on(&mut self, unit: Unit, n: i64) {
        if let Some(p) = self.anchor.and_then(|a| a.shifted(unit, n)) {
            self.anchor = Some(p);
        }
    }

    /// A weekday counted from the last day named ("the following Friday",
    /// "that Friday"), else from the document date.
    pub(super) fn weekday_from_anchor(&self, day: u8, n: i64) -> Resolved {
        let from = self
            .anchor
            .filter(|a| a.gran == Gran::Day)
            .map(|a| a.date)
            .or(self.dct);
        weekday_from(from, day, n, true)
    }

    /// The first weekday `day` on one side of a day the expression names
    /// ("the Sunday before Thanksgiving", -1; "the Friday after Christmas
    /// last year", 1): counted from that day as "the following Friday" is
    /// from the day last named.
    pub(super) fn weekday_beside(
        &mut self,
        day: u8,
        n: i64,
        of: &Val,
        tense: &mut dyn FnMut() -> Tense,
    ) -> Resolved {
        let r = self.resolve_inner(of, tense);
        let from = r.point.filter(|p| p.gran == Gran::Day).map(|p| p.date);
        weekday_from(from, day, n, r.relative)
    }
}

/// The weekday `day` `n` weeks from `from`: the first one after it (`n` =
/// 1), the last one before it (-1), or (0) the one of its week ("began on
/// Tuesday, May 4, 1982. By that Friday" is May 7; "Talks broke down on
/// Monday, March 26. That Saturday, pickets appeared" is March 31).
fn weekday_from(from: Option<Date>, day: u8, n: i64, relative: bool) -> Resolved {
    let Some(from) = from else {
        return Resolved::rel(format!("XXXX-WXX-{day}"));
    };
    if n == 0 {
        return match day_of_week(from, day).and_then(|x| Point::containing(Gran::Day, x)) {
            Some(p) => Resolved::point(p, relative),
            None => Resolved::rel(format!("XXXX-WXX-{day}")),
        };
    }
    let step = n.signum();
    let found = [1, 2, 3, 4, 5, 6, 7]
        .map(|k| k * step)
        .into_iter()
        .filter_map(|k| shift(from, Unit::Day, k))
        .find(|x| weekday_of(*x) == day)
        .and_then(|x| shift(x, Unit::Week, n - step))
        .and_then(|x| Point::containing(Gran::Day, x));
    match found {
        Some(p) => Resolved::point(p, relative),
        None => Resolved::rel(format!("XXXX-WXX-{day}")),
    }
}

/// Whether `dct` lies early in period `p`: in the first half of a year,
/// a month or a week, whose end a past clause then means the last one's;
/// in the first tenth of a decade or a century, whose end, years off,
/// a past clause still means ("Obama called for doubling exports by the
/// end of the decade", written in 2013, is the 2010s).
fn early_in(p: Point, dct: Option<Date>) -> bool {
    let Some((d, last)) = dct.zip(p.last_day()) else {
        return false;
    };
    let whole = p.date.until(last).map_or(0, |s| s.get_days());
    let gone = p.date.until(d).map_or(0, |s| s.get_days());
    let parts = if matches!(p.gran, Gran::Decade | Gran::Century) {
        10
    } else {
        2
    };
    parts * gone < whole
}
