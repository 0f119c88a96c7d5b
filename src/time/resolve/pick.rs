//! Choosing among the occurrences of a recurring date ("August", "Thursday",
//! "the third quarter"): by direction word and tense, with the slack news
//! text needs, relative to the document date.

use crate::time::calendar::shift;
use crate::time::lexicon::Unit;
use crate::time::sem::Dir;
use crate::time::tense::Tense;
use crate::time::value::{Gran, Point};
use jiff::civil::Date;

/// How to choose among the occurrences of a recurring date.
#[derive(Debug, Clone, Copy)]
pub(super) struct Policy {
    /// A past-tense clause may still name a date this many days ahead
    /// ("extended to Nov. 20" written on Nov. 2), and vice versa.
    slack: i64,
    /// The period "this ..." refers to.
    this: Gran,
    /// What an unknown tense means.
    unknown: Tense,
    /// A future-tense clause may still mean a period this many days past:
    /// "expects to report a third-quarter loss" written in November.
    future_slack: i64,
    /// "This ..." may name a period ended up to this many days before:
    /// "the coldest week of this winter", written on 2 March.
    just_ended: i64,
}

impl Policy {
    /// This policy with its future slack kept inside the year of `d`: a
    /// future clause's date just gone by is a deadline missed by days
    /// ("will repatriate the child by Jan. 14", written on Jan. 15), but
    /// one of the year before would have its year written: "expects to
    /// complete the move by Dec. 31", written on Jan. 4, is the coming
    /// Dec. 31.
    pub(super) fn future_slack_within_year(self, d: Date) -> Policy {
        let gone = i64::from(d.day_of_year() - 1);
        Policy {
            future_slack: self.future_slack.min(gone),
            ..self
        }
    }

    /// This policy with no past slack: a past clause's date is one gone by.
    pub(super) fn without_slack(self) -> Policy {
        Policy { slack: 0, ..self }
    }

    /// This policy with no future slack: a future clause's date is one
    /// to come.
    pub(super) fn without_future_slack(self) -> Policy {
        Policy {
            future_slack: 0,
            ..self
        }
    }
}

pub(super) const DAY_POLICY: Policy = Policy {
    slack: 45,
    this: Gran::Year,
    unknown: Tense::Unknown,
    // "will repatriate the child by Jan. 14" written on Jan. 15 is the
    // deadline just passed, not next year's (a story may be dated a day
    // or two after it was written). Beyond a few days the day is next
    // year's: "The agreement expires on Dec. 31", written on Jan. 10.
    future_slack: 5,
    just_ended: 0,
};

/// The last day of a reporting period ("the quarter ended Sept. 30",
/// "for the year ending Dec. 31"): figures come out weeks after it, so a
/// clause that looks ahead ("expects to report a loss for the quarter
/// ending Sept. 30", written on Oct. 17) may still mean the one just
/// passed; a past clause never means one still ahead, as its figures
/// would not be out.
pub(super) const PERIOD_END_DAY_POLICY: Policy = Policy {
    slack: 0,
    future_slack: 75,
    ..DAY_POLICY
};

pub(super) const MONTH_POLICY: Policy = Policy {
    // A past clause's month told other than "in" or "on" may be a few
    // weeks ahead: "was planned for early March", written in February
    // (see `Resolver::month_policy`).
    slack: 31,
    this: Gran::Year,
    unknown: Tense::Unknown,
    // "Retail sales figures due on Friday are expected to show a rebound
    // in February" written on March 3: the month just ended, in a clause
    // of figures (see `Resolver::month_policy`).
    future_slack: 28,
    just_ended: 0,
};

/// The month a past period of figures ran to ("Sales fell in the nine
/// months to September"): one that has begun at least, never one ahead,
/// as another past clause's month may be a few weeks ahead.
pub(super) const PERIOD_END_POLICY: Policy = Policy {
    slack: 0,
    ..MONTH_POLICY
};

/// A month of delivery ("Brent for January"), or one an intention aims
/// at ("hopes to hold the referendum in January"), is never one just
/// ended.
pub(super) const DELIVERY_POLICY: Policy = Policy {
    future_slack: 0,
    ..MONTH_POLICY
};

pub(super) const WEEKDAY_POLICY: Policy = Policy {
    slack: 0,
    this: Gran::Week,
    unknown: Tense::Past,
    future_slack: 0,
    just_ended: 0,
};

pub(super) const SEASON_POLICY: Policy = Policy {
    slack: 0,
    this: Gran::Year,
    unknown: Tense::Unknown,
    future_slack: 0,
    just_ended: 31,
};

pub(super) const PART_POLICY: Policy = Policy {
    slack: 0,
    this: Gran::Year,
    unknown: Tense::Past,
    future_slack: 92,
    just_ended: 0,
};

/// A quarter or half in a clause with no figures: a plan's "in the
/// fourth quarter" is the next one, even days after another ended.
pub(super) const PLAN_POLICY: Policy = Policy {
    future_slack: 0,
    ..PART_POLICY
};

pub(super) const HOLIDAY_POLICY: Policy = Policy {
    // "Easter getaway: roads braced for the busiest weekend", written
    // days before it.
    slack: 5,
    this: Gran::Year,
    unknown: Tense::Unknown,
    // "Ballots postmarked by Election Day must arrive by Friday", "will
    // certify results three weeks after Election Day", written the day
    // after it: a holiday a few days past is still the one meant, not
    // next year's. (Not for what happens on it: see `Resolver::holiday`.)
    future_slack: 5,
    just_ended: 0,
};

/// A holiday on which something is still to happen: the next one ("The
/// store will open on Christmas Eve", written on Christmas Day).
pub(super) const HOLIDAY_ON_POLICY: Policy = Policy {
    future_slack: 0,
    ..HOLIDAY_POLICY
};

/// Picks one of several candidate periods `(first, last, item)` for a
/// recurring date, by direction and tense, relative to `dct`.
pub(super) fn pick<T: Copy>(
    cands: &[(Date, Date, T)],
    dct: Date,
    dir: Dir,
    tense: Tense,
    policy: Policy,
) -> Option<T> {
    let latest = |f: &dyn Fn(&(Date, Date, T)) -> bool| {
        cands
            .iter()
            .filter(|c| f(c))
            .max_by_key(|c| c.0)
            .map(|c| c.2)
    };
    let earliest = |f: &dyn Fn(&(Date, Date, T)) -> bool| {
        cands
            .iter()
            .filter(|c| f(c))
            .min_by_key(|c| c.0)
            .map(|c| c.2)
    };
    let hi = shift(dct, Unit::Day, policy.slack).unwrap_or(dct);
    let lo = shift(dct, Unit::Day, -policy.future_slack).unwrap_or(dct);
    match dir {
        Dir::Last => latest(&|c| c.1 < dct),
        Dir::Next | Dir::Coming => earliest(&|c| c.0 > dct),
        Dir::This | Dir::That => {
            let this = Point::containing(policy.this, dct);
            cands
                .iter()
                .find(|c| c.0 <= dct && dct <= c.1)
                .or_else(|| {
                    cands
                        .iter()
                        .find(|c| c.1 < dct && days_between(c.1, dct) <= policy.just_ended)
                })
                .or_else(|| {
                    cands
                        .iter()
                        .find(|c| Point::containing(policy.this, c.0) == this)
                })
                .map(|c| c.2)
                .or_else(|| nearest(cands, dct))
        }
        Dir::Tense | Dir::Listed => {
            let t = if tense == Tense::Unknown {
                policy.unknown
            } else {
                tense
            };
            match t {
                Tense::Past => latest(&|c| c.0 <= hi),
                // "since July" written in June is last July; "since
                // early October" written on Oct. 24 is this October.
                Tense::Before => latest(&|c| c.0 < dct).or_else(|| latest(&|c| c.0 <= dct)),
                Tense::Future => earliest(&|c| c.1 >= lo),
                Tense::Present | Tense::Nearest | Tense::Unknown => nearest(cands, dct),
                Tense::Moved => earliest(&|c| c.1 >= dct || days_between(c.1, dct) <= MOVED_BACK),
            }
        }
    }
}

/// How far back a date something was moved to may lie ([`Tense::Moved`]):
/// "The broadcast was moved to Oct. 7, but was called off", written on
/// Oct. 18.
const MOVED_BACK: i64 = 31;

/// The candidate containing or closest to `dct` (ties go to the past).
pub(super) fn nearest<T: Copy>(cands: &[(Date, Date, T)], dct: Date) -> Option<T> {
    cands
        .iter()
        .min_by_key(|c| {
            if c.0 <= dct && dct <= c.1 {
                (0, 0)
            } else if c.1 < dct {
                (days_between(c.1, dct), 0)
            } else {
                (days_between(dct, c.0), 1)
            }
        })
        .map(|c| c.2)
}

pub(super) fn days_between(a: Date, b: Date) -> i64 {
    a.until(b).map_or(i64::MAX, |s| i64::from(s.get_days()))
}

/// The document year and its neighbours.
pub(super) fn years(d: Date) -> impl Iterator<Item = i32> {
    let y = i32::from(d.year());
    (y - 1)..=(y + 1)
}
