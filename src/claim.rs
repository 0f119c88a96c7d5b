//! Claims: the checkable statements extractors find in an article.
//!
//! A claim is plain data: what kind of statement it is, where it is (byte
//! spans), what it asserts in the dataset's terms, and how the article frames
//! it (hedged, attributed). Extractors produce claims; only the verifier
//! judges them.

use jiff::civil::{Date, Weekday};

use crate::span::Span;
use crate::time::{DateRange, Timex};

/// The kinds of claims claimcheck checks, one extractor each.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ClaimKind {
    /// When a dataset event happened.
    EventDate,
    /// Which process node a chip is made on.
    ChipNode,
    /// Who added or removed whom on which list, or imposed or lifted which
    /// restriction, and when.
    Sanction,
    /// Who holds which office at the article's date.
    Office,
    /// Whether a written weekday fits the date next to it.
    Weekday,
}

impl ClaimKind {
    /// The kebab-case name used in reports and JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            ClaimKind::EventDate => "event-date",
            ClaimKind::ChipNode => "chip-node",
            ClaimKind::Sanction => "sanction",
            ClaimKind::Office => "office",
            ClaimKind::Weekday => "weekday",
        }
    }

    /// Every kind, in report order.
    pub const ALL: [ClaimKind; 5] = [
        ClaimKind::EventDate,
        ClaimKind::ChipNode,
        ClaimKind::Sanction,
        ClaimKind::Office,
        ClaimKind::Weekday,
    ];
}

/// A date as the article states it: the expression, its TimeML value and
/// the days it covers (`None` when it cannot be resolved, e.g. a relative
/// date in an article without a date).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatedDate {
    pub span: Span,
    pub value: String,
    pub range: Option<DateRange>,
    /// Whether the value was worked out from the article's date.
    pub relative: bool,
    /// "since 2019": the date is when something began.
    pub since: bool,
}

impl StatedDate {
    /// The stated date of a timex.
    pub fn from_timex(timex: &Timex, since: bool) -> Self {
        StatedDate {
            span: timex.span,
            value: timex.value.clone(),
            range: timex.range(),
            relative: timex.relative,
            since,
        }
    }
}

/// A dataset event an article's words point at, and how surely.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct EventMatch {
    /// Position in the dataset's events.
    pub event: usize,
    /// Whether the words identify this very event (its name, a once-only
    /// event, or its `with` entities named too). Only a specific match can
    /// contradict: "Brown spoke on Monday" may be about another call.
    pub specific: bool,
}

/// Restricting (add, restrict, ban) or relieving (remove, lift).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Restrict,
    Relieve,
}

/// What a claim asserts, in the dataset's terms (positions in the
/// [`Dataset`](crate::dataset::Dataset)'s vectors).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Assertion {
    /// One of `events` happened on `date`. Several events can fit the same
    /// words ("Huawei launched …"); the verifier decides between them.
    EventDate {
        events: Vec<EventMatch>,
        date: StatedDate,
    },
    /// `chip` is made on an `node_nm` process.
    ChipNode { chip: usize, node_nm: u32 },
    /// `actor` (if named) acted on `target` in `direction`, on `list` (if
    /// named), at `date` (if stated).
    Sanction {
        actor: Option<usize>,
        target: usize,
        list: Option<usize>,
        direction: Direction,
        date: Option<StatedDate>,
    },
    /// `person` holds (or, when `former`, held) `office` at the article date.
    Office {
        person: usize,
        office: usize,
        former: bool,
        at: Option<Date>,
    },
    /// The date `date` falls on `stated`.
    Weekday { stated: Weekday, date: StatedDate },
}

/// One checkable statement found in an article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Claim {
    pub kind: ClaimKind,
    /// The words the verdict is about: a date, a node, a title and name.
    pub span: Span,
    /// The sentence the claim was read from.
    pub sentence: Span,
    pub assertion: Assertion,
    /// The hedge that weakens the claim ("is said to", "reportedly").
    pub hedge: Option<String>,
    /// Who the article attributes the claim to ("Gupta").
    pub attributed_to: Option<String>,
}
