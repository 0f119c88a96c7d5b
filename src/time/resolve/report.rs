//! Financial reports: the quarter a report is about, and the year a
//! year-back comparison starts from.

use super::{CLOSE, Resolver};
use crate::time::lexicon::Unit;
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
}
