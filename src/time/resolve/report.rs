//! Financial reports: the quarter a report is about, the period it
//! reports ("the year", "the quarter" with no number), and the year a
//! year-back comparison starts from.

use super::{CLOSE, Resolved, Resolver, rank};
use crate::time::lexicon::Unit;
use crate::time::sem::Val;
use crate::time::tense::Tense;
use crate::time::value::{Gran, Point};

/// Whether a duration value is most of a year, a span results are
/// reported for ("P9M" of "the first nine months", "P6M").
pub(super) fn most_of_a_year(v: &str) -> bool {
    v.strip_prefix('P')
        .and_then(|m| m.strip_suffix('M'))
        .and_then(|n| n.parse::<u8>().ok())
        .is_some_and(|n| (6..12).contains(&n))
}

impl Resolver {
    /// Whether period `p` had ended by the document date.
    pub(super) fn finished(&self, p: Point) -> bool {
        let Some(d) = self.dct else {
            return false;
        };
        p.shifted(Unit::Quarter, 1)
            .is_some_and(|next| next.date <= d)
    }

    /// The quarter a year-back comparison starts from: the report quarter,
    /// when the last date mentioned is that quarter or lies inside it
    /// ("the quarter ended Sept. 30 ... a year earlier"), or is another
    /// quarter named further back ("losses through the third quarter of
    /// 1990. ... In the year-ago period"). Another quarter in the same
    /// sentence is the one compared: "expected fourth-quarter earnings to
    /// exceed those of a year earlier".
    pub(super) fn report_for(&self, anchor: Option<Point>) -> Option<Point> {
        let r = self.report?;
        let a = anchor?;
        let inside = Point::containing(Gran::Quarter, a.date) == Some(r);
        let close = self.anchor_close();
        (a.gran == Gran::Quarter && (a == r || !close) || (a.gran == Gran::Day && inside))
            .then_some(r)
    }

    /// The year a year-back comparison starts from when a stretch of most
    /// of a year was named since the last date, close before it: "For the
    /// nine months, net rose 5% from a year earlier" compares with the
    /// year before the report's (or the story's) year.
    pub(super) fn year_to_date(&self, base: Option<Point>) -> Option<Point> {
        let (line, offset) = self.year_to_date?;
        let close = line == self.place.line
            && offset >= self.anchor_at.offset
            && self.place.offset.saturating_sub(offset) <= CLOSE;
        let from = self
            .report
            .or(base)
            .map(|p| p.date)
            .or(self.dct)
            .filter(|_| close)?;
        Point::containing(Gran::Year, from)
    }

    /// "The year", "the month" under report: the one named close by, or
    /// the document's (the one just ended in its first days).
    pub(super) fn report_period(
        &mut self,
        gran: Gran,
        results: bool,
        tense: &mut dyn FnMut() -> Tense,
    ) -> Resolved {
        let dct = self.dct;
        let unit = if gran == Gran::Month {
            Unit::Month
        } else {
            Unit::Year
        };
        let close = self.anchor_close();
        let named = self
            .anchor
            .filter(|a| close && rank(a.gran) <= rank(gran))
            // The period under report is the document's or the one
            // just ended ("sales fell 1 percent for the full year",
            // written on January 2); a decade or a century is any
            // one the paragraph has just dated ("The plant opened
            // in 1993. Sales rose every year during the decade").
            .filter(|a| {
                matches!(gran, Gran::Decade | Gran::Century)
                    || dct
                        .and_then(|d| Point::containing(gran, d))
                        .zip(Point::containing(gran, a.date))
                        .is_some_and(|(now, then)| {
                            then == now || then.shifted(unit, 1) == Some(now)
                        })
            })
            .filter(|_| tense() != Tense::Future)
            .and_then(|a| Point::containing(gran, a.date));
        // With none named: in the first days of a year or month,
        // one told of in the past ("Domestic grosses for the year
        // fell 6 percent", written on January 3; "sales rose 7
        // percent for the month, automakers said Thursday", written
        // on November 1) is the one just ended; the new one has
        // barely begun.
        let first_days = dct.is_some_and(|d| match gran {
            Gran::Month => d.day() <= 7,
            Gran::Decade => d.year() % 10 == 0 && d.month() == 1 && d.day() <= 15,
            Gran::Century => d.year() % 100 == 0 && d.month() == 1 && d.day() <= 15,
            _ => d.month() == 1 && d.day() <= 15,
        });
        // (Results come out in the months after their year: "will publish
        // its full-year results on March 26".)
        let results_season = results && dct.is_some_and(|d| d.month() <= 4);
        let n = if named.is_none() && (results_season || first_days && tense() == Tense::Past) {
            -1
        } else {
            0
        };
        match named {
            Some(p) => Resolved::point(p, true),
            None => self.resolve_inner(&Val::Rel { gran, unit, n }, tense),
        }
    }

    /// "The quarter" of a report: the one it reports, else the last one
    /// ended (or the one closing, or ahead in a future clause).
    pub(super) fn report_quarter(
        &self,
        latest: bool,
        tense: &mut dyn FnMut() -> Tense,
    ) -> Resolved {
        let dct = self.dct;
        if let Some(r) = self.report {
            return Resolved::point(r, true);
        }
        if let Some(a) = self.anchor
            && a.gran == Gran::Quarter
        {
            return Resolved::point(a, true);
        }
        let Some(d) = dct else {
            return Resolved::rel("XXXX-QX");
        };
        // On a quarter's last trading days, a market report's
        // "ending the quarter up 7 percent" is the quarter that is
        // closing.
        let closing = !latest
            && Point::containing(Gran::Quarter, d)
                .and_then(|q| q.shifted(Unit::Quarter, 1))
                .is_some_and(|next| next.date.since(d).is_ok_and(|s| s.get_days() <= 3));
        let n = if closing || tense() == Tense::Future {
            0
        } else {
            -1
        };
        match Point::containing(Gran::Quarter, d).and_then(|p| p.shifted(Unit::Quarter, n)) {
            Some(p) => Resolved::point(p, true),
            None => Resolved::rel("XXXX-QX"),
        }
    }

    /// "The half-year" of a report: the half the report's quarter closes
    /// (a second quarter closes the first half), else a half named
    /// before, else the last one ended (the one running, in a future
    /// clause written after its reporting season).
    pub(super) fn report_half(&self, tense: &mut dyn FnMut() -> Tense) -> Resolved {
        if let Some(r) = self.report
            && r.date.month() % 6 == 4
            && let Some(h) = Point::containing(Gran::Half, r.date)
        {
            return Resolved::point(h, true);
        }
        if let Some(a) = self.anchor
            && a.gran == Gran::Half
        {
            return Resolved::point(a, true);
        }
        // Results for a half come out in the three months after it, so
        // there a future clause ("will publish half-year results") still
        // means the half just ended.
        let running = self.dct.is_some_and(|d| (d.month() - 1) % 6 >= 3);
        let n = if running && tense() == Tense::Future {
            0
        } else {
            -6
        };
        match self
            .dct
            .and_then(|d| Point::containing(Gran::Half, d))
            .and_then(|p| p.shifted(Unit::Month, n))
        {
            Some(p) => Resolved::point(p, true),
            None => Resolved::rel("XXXX-HX"),
        }
    }
}
