//! Verification: each claim against the dataset, giving a [`Finding`] with
//! a verdict, the reference it was judged against and a message that says
//! what was expected, what was found, and why.
//!
//! The rule throughout: a claim is contradicted only by a reference about
//! the same subject that cannot be reconciled with it; when in doubt the
//! verdict is `unverified`. Dates are compared at the precision written:
//! "November 2022" is confirmed by 2022-11-14, "Nov 15" is contradicted by
//! 2023-11-16, and "Dec 5" is only consistent with a reference dated
//! "2023-12" (unverified, not supported).

mod chip;
mod dates;
mod event;
mod office;
mod sanction;
mod weekday;

use chip::chip_node;
use event::event_date;
use office::office_term;
use sanction::sanction;
use weekday::weekday;

use crate::claim::{Assertion, Claim};
use crate::dataset::schema::Source;
use crate::dataset::{Dataset, ItemKind};

/// The three verdicts; they map onto FEVER's SUPPORTS, REFUTES and
/// NOT ENOUGH INFO.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Verdict {
    /// A reference about the same subject agrees with the claim.
    Supported,
    /// A reference about the same subject cannot be reconciled with it.
    Contradicted,
    /// Nothing in the dataset settles it either way.
    Unverified,
}

impl Verdict {
    /// The lowercase name used in reports and JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Supported => "supported",
            Verdict::Contradicted => "contradicted",
            Verdict::Unverified => "unverified",
        }
    }
}

/// The dataset entry a claim was judged against.
#[derive(Debug, Clone, PartialEq)]
pub struct Reference {
    pub id: String,
    pub kind: ItemKind,
    /// What the entry is, in words.
    pub name: String,
    /// What the entry says, compactly (`2023-11-16`, `7 nm (SMIC N+2)`).
    pub value: String,
    /// The dataset file holding it.
    pub file: String,
    pub sources: Vec<Source>,
}

/// A claim with its verdict and evidence.
#[derive(Debug, Clone)]
pub struct Finding {
    pub claim: Claim,
    pub verdict: Verdict,
    pub reference: Option<Reference>,
    /// What the dataset expects, when that differs from what was found.
    pub expected: Option<String>,
    /// What the article states, normalised.
    pub found: String,
    pub message: String,
}

/// Judges every claim.
pub fn verify(claims: Vec<Claim>, dataset: &Dataset) -> Vec<Finding> {
    claims
        .into_iter()
        .map(|claim| verify_claim(claim, dataset))
        .collect()
}

pub(super) struct Judgement {
    verdict: Verdict,
    reference: Option<Reference>,
    expected: Option<String>,
    found: String,
    message: String,
}

fn verify_claim(claim: Claim, dataset: &Dataset) -> Finding {
    let j = match &claim.assertion {
        Assertion::EventDate { events, date } => event_date(dataset, events, date),
        Assertion::ChipNode { chip, node_nm } => chip_node(dataset, *chip, *node_nm),
        Assertion::Sanction {
            actor,
            target,
            list,
            direction,
            date,
        } => sanction(dataset, *actor, *target, *list, *direction, date.as_ref()),
        Assertion::Office {
            person,
            office,
            former,
            at,
        } => office_term(dataset, *person, *office, *former, *at),
        Assertion::Weekday { stated, date } => weekday(*stated, date),
    };
    Finding {
        claim,
        verdict: j.verdict,
        reference: j.reference,
        expected: j.expected,
        found: j.found,
        message: j.message,
    }
}

pub(super) fn reference(
    dataset: &Dataset,
    file: usize,
    id: &str,
    kind: ItemKind,
    name: String,
    value: String,
    sources: &[Source],
) -> Reference {
    let _ = dataset;
    Reference {
        id: id.to_string(),
        kind,
        name,
        value,
        file: dataset.file_name(file).to_string(),
        sources: sources.to_vec(),
    }
}
