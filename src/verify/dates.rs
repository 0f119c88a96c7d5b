//! Comparing a stated date with a reference date at the precision written.

use jiff::civil::Date;

use super::{Judgement, Verdict};
use crate::claim::StatedDate;
use crate::time::DateRange;

/// How a stated date relates to a reference date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Fit {
    /// The reference lies inside what the article says (or the article's
    /// day lies inside a multi-day event).
    Confirms,
    /// They overlap, but the reference is too coarse to confirm the claim.
    Consistent,
    /// No day in common.
    Disjoint,
}

pub(super) fn fit(claim: DateRange, reference: DateRange, reference_is_span: bool) -> Fit {
    let inside = |a: DateRange, b: DateRange| b.first <= a.first && a.last <= b.last;
    if inside(reference, claim) || (reference_is_span && inside(claim, reference)) {
        Fit::Confirms
    } else if claim.last < reference.first || reference.last < claim.first {
        Fit::Disjoint
    } else {
        Fit::Consistent
    }
}

/// Days between two ranges, for choosing the nearest reference.
pub(super) fn distance(a: DateRange, b: DateRange) -> i64 {
    let days = |x: Date, y: Date| (y - x).get_days() as i64;
    if a.last < b.first {
        days(a.last, b.first)
    } else if b.last < a.first {
        days(b.last, a.first)
    } else {
        0
    }
}

pub(super) fn describe_date(date: &StatedDate) -> String {
    let since = if date.since { "since " } else { "" };
    format!("{since}{}", date.value)
}

/// The verdict for a date that cannot be resolved to calendar days.
pub(super) fn unresolved(date: &StatedDate) -> Judgement {
    let message = if date.relative {
        format!(
            "the relative date resolves to `{}` only with the article's date; give --date or a `date:` in the front matter",
            date.value
        )
    } else {
        format!(
            "`{}` is not a calendar date that can be compared",
            date.value
        )
    };
    Judgement {
        verdict: Verdict::Unverified,
        reference: None,
        expected: None,
        found: date.value.clone(),
        message,
    }
}
