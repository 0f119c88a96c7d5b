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

use jiff::civil::Date;

use crate::claim::{Assertion, Claim, Direction, StatedDate};
use crate::dataset::schema::{Action, ActionKind, DateValue, Event, Source};
use crate::dataset::{Dataset, ItemKind};
use crate::time::DateRange;

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

struct Judgement {
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

/// How a stated date relates to a reference date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Fit {
    /// The reference lies inside what the article says (or the article's
    /// day lies inside a multi-day event).
    Confirms,
    /// They overlap, but the reference is too coarse to confirm the claim.
    Consistent,
    /// No day in common.
    Disjoint,
}

fn fit(claim: DateRange, reference: DateRange, reference_is_span: bool) -> Fit {
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
fn distance(a: DateRange, b: DateRange) -> i64 {
    let days = |x: Date, y: Date| (y - x).get_days() as i64;
    if a.last < b.first {
        days(a.last, b.first)
    } else if b.last < a.first {
        days(b.last, a.first)
    } else {
        0
    }
}

fn describe_date(date: &StatedDate) -> String {
    let since = if date.since { "since " } else { "" };
    format!("{since}{}", date.value)
}

/// The verdict for a date that cannot be resolved to calendar days.
fn unresolved(date: &StatedDate) -> Judgement {
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

fn event_range(event: &Event) -> (DateRange, bool) {
    match &event.end {
        Some(end) => (
            DateRange {
                first: event.date.range.first,
                last: end.range.last,
            },
            true,
        ),
        None => (event.date.range, false),
    }
}

fn event_value(event: &Event) -> String {
    match &event.end {
        Some(end) => format!("{} to {}", event.date, end),
        None => event.date.to_string(),
    }
}

fn reference(
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

fn event_date(dataset: &Dataset, events: &[usize], date: &StatedDate) -> Judgement {
    let Some(claimed) = date.range else {
        return unresolved(date);
    };
    let found = describe_date(date);
    let judged: Vec<(usize, Fit, i64)> = events
        .iter()
        .map(|&e| {
            let (range, is_span) = event_range(&dataset.events[e].1);
            (e, fit(claimed, range, is_span), distance(claimed, range))
        })
        .collect();
    let pick = |wanted: Fit| {
        judged
            .iter()
            .filter(|j| j.1 == wanted)
            .min_by_key(|j| j.2)
            .map(|j| j.0)
    };
    let make_ref = |e: usize| {
        let (file, event) = &dataset.events[e];
        reference(
            dataset,
            *file,
            event.id.as_str(),
            ItemKind::Event,
            event.name.clone(),
            event_value(event),
            &event.sources,
        )
    };
    if let Some(e) = pick(Fit::Confirms) {
        let event = &dataset.events[e].1;
        return Judgement {
            verdict: Verdict::Supported,
            reference: Some(make_ref(e)),
            expected: None,
            found,
            message: format!(
                "{}: the dataset dates it {}, within `{}`",
                event.name,
                event_value(event),
                date.value
            ),
        };
    }
    if judged.iter().all(|j| j.1 == Fit::Disjoint)
        && let Some(e) = judged.iter().min_by_key(|j| j.2).map(|j| j.0)
    {
        let event = &dataset.events[e].1;
        return Judgement {
            verdict: Verdict::Contradicted,
            reference: Some(make_ref(e)),
            expected: Some(event_value(event)),
            found,
            message: format!(
                "{}: the article dates it `{}`, but the dataset dates it {}",
                event.name,
                date.value,
                event_value(event)
            ),
        };
    }
    let e = pick(Fit::Consistent).unwrap_or(events[0]);
    let event = &dataset.events[e].1;
    Judgement {
        verdict: Verdict::Unverified,
        reference: Some(make_ref(e)),
        expected: Some(event_value(event)),
        found,
        message: format!(
            "{}: the dataset dates it {}, which agrees with `{}` but is not precise enough to confirm it",
            event.name,
            event_value(event),
            date.value
        ),
    }
}

fn chip_node(dataset: &Dataset, chip: usize, node_nm: u32) -> Judgement {
    let (file, c) = &dataset.chips[chip];
    let value = match &c.process {
        Some(process) => format!("{} nm ({process})", c.node_nm),
        None => format!("{} nm", c.node_nm),
    };
    let reference = Some(reference(
        dataset,
        *file,
        c.id.as_str(),
        ItemKind::Chip,
        c.name.clone(),
        value.clone(),
        &c.sources,
    ));
    let found = format!("{node_nm} nm");
    if c.node_nm == node_nm {
        Judgement {
            verdict: Verdict::Supported,
            reference,
            expected: None,
            found,
            message: format!("the {} is made on a {value} process", c.name),
        }
    } else {
        Judgement {
            verdict: Verdict::Contradicted,
            reference,
            expected: Some(value.clone()),
            found: found.clone(),
            message: format!(
                "the article says the {} is {found}, but the dataset says {value}",
                c.name
            ),
        }
    }
}

fn action_value(dataset: &Dataset, action: &Action) -> String {
    let list = action
        .list
        .as_ref()
        .map(|l| format!(" {}", dataset.name_of(l)))
        .unwrap_or_default();
    format!("{}{list}, {}", action.action.as_str(), action.date)
}

fn action_reference(dataset: &Dataset, a: usize) -> Reference {
    let (file, action) = &dataset.actions[a];
    let name = match &action.title {
        Some(title) => title.clone(),
        None => {
            let actor = dataset.name_of(&action.actor);
            let target = dataset.name_of(&action.target);
            let list = action.list.as_ref().map(|l| dataset.name_of(l));
            match (action.action, list) {
                (ActionKind::Add, Some(list)) => format!("{actor} added {target} to the {list}"),
                (ActionKind::Remove, Some(list)) => {
                    format!("{actor} removed {target} from the {list}")
                }
                (ActionKind::Add | ActionKind::Restrict, None) => {
                    format!("{actor} restricted {target}")
                }
                (ActionKind::Remove | ActionKind::Lift, None) => {
                    format!("{actor} lifted restrictions on {target}")
                }
                (ActionKind::Restrict, Some(list)) => {
                    format!("{actor} restricted {target} ({list})")
                }
                (ActionKind::Lift, Some(list)) => {
                    format!("{actor} lifted restrictions on {target} ({list})")
                }
            }
        }
    };
    reference(
        dataset,
        *file,
        action.id.as_str(),
        ItemKind::Action,
        name,
        action_value(dataset, action),
        &action.sources,
    )
}

fn sanction(
    dataset: &Dataset,
    actor: Option<usize>,
    target: usize,
    list: Option<usize>,
    direction: Direction,
    date: Option<&StatedDate>,
) -> Judgement {
    let target_entity = &dataset.entities[target].1;
    let actor_id = actor.map(|a| &dataset.entities[a].1.id);
    let list_id = list.map(|l| &dataset.lists[l].1.id);
    let candidates: Vec<usize> = dataset
        .actions
        .iter()
        .enumerate()
        .filter(|(_, (_, a))| a.target == target_entity.id)
        .filter(|(_, (_, a))| {
            actor_id.is_none_or(|actor| {
                dataset.is_part_of(&a.actor, actor) || dataset.is_part_of(actor, &a.actor)
            })
        })
        .filter(|(_, (_, a))| list_id.is_none_or(|l| a.list.as_ref() == Some(l)))
        .map(|(i, _)| i)
        .collect();
    let same: Vec<usize> = candidates
        .iter()
        .copied()
        .filter(|&a| {
            (dataset.actions[a].1.action.is_restrictive()) == (direction == Direction::Restrict)
        })
        .collect();
    let opposite: Vec<usize> = candidates
        .iter()
        .copied()
        .filter(|a| !same.contains(a))
        .collect();
    let verb = match direction {
        Direction::Restrict => "restricting",
        Direction::Relieve => "relieving",
    };
    let what = format!("{verb} action on {}", target_entity.name);
    let by_date = |ids: &[usize]| {
        let mut ids = ids.to_vec();
        ids.sort_by_key(|&a| dataset.actions[a].1.date.range.first);
        ids
    };

    let Some(date) = date else {
        return match by_date(&same).first() {
            Some(&a) => Judgement {
                verdict: Verdict::Supported,
                reference: Some(action_reference(dataset, a)),
                expected: None,
                found: what.clone(),
                message: format!(
                    "the dataset records this {what}, first on {}",
                    dataset.actions[a].1.date
                ),
            },
            None => Judgement {
                verdict: Verdict::Unverified,
                reference: None,
                expected: None,
                found: what.clone(),
                message: format!("the dataset records no {what}"),
            },
        };
    };
    let Some(claimed) = date.range else {
        return unresolved(date);
    };
    let found = format!("{what}, {}", describe_date(date));
    let range_of = |a: usize| dataset.actions[a].1.date.range;
    let fits = |a: usize| fit(claimed, range_of(a), false);
    // "Since 2019" speaks of when it began: the earliest such action.
    let same_considered: Vec<usize> = if date.since {
        by_date(&same).into_iter().take(1).collect()
    } else {
        same.clone()
    };
    if let Some(&a) = same_considered.iter().find(|&&a| fits(a) == Fit::Confirms) {
        return Judgement {
            verdict: Verdict::Supported,
            reference: Some(action_reference(dataset, a)),
            expected: None,
            found,
            message: format!(
                "the dataset records it: {}",
                action_value(dataset, &dataset.actions[a].1)
            ),
        };
    }
    if let Some(&a) = opposite.iter().find(|&&a| fits(a) != Fit::Disjoint) {
        let action = &dataset.actions[a].1;
        return Judgement {
            verdict: Verdict::Contradicted,
            reference: Some(action_reference(dataset, a)),
            expected: Some(action_value(dataset, action)),
            found,
            message: format!(
                "the article describes a {verb} action on {} at `{}`, but the dataset records the opposite then: {}",
                target_entity.name,
                date.value,
                action_value(dataset, action)
            ),
        };
    }
    if !same_considered.is_empty() && same_considered.iter().all(|&a| fits(a) == Fit::Disjoint) {
        let a = same_considered
            .iter()
            .copied()
            .min_by_key(|&a| distance(claimed, range_of(a)))
            .unwrap_or(same_considered[0]);
        let action = &dataset.actions[a].1;
        let began = if date.since { "it began " } else { "" };
        return Judgement {
            verdict: Verdict::Contradicted,
            reference: Some(action_reference(dataset, a)),
            expected: Some(action_value(dataset, action)),
            found,
            message: format!(
                "the article dates the {what} `{}`, but the dataset says {began}{}",
                describe_date(date),
                action_value(dataset, action)
            ),
        };
    }
    match same_considered.first() {
        Some(&a) => Judgement {
            verdict: Verdict::Unverified,
            reference: Some(action_reference(dataset, a)),
            expected: Some(action_value(dataset, &dataset.actions[a].1)),
            found,
            message: "the dataset's date agrees but is not precise enough to confirm the article's"
                .into(),
        },
        None => Judgement {
            verdict: Verdict::Unverified,
            reference: None,
            expected: None,
            found,
            message: format!("the dataset records no {what}"),
        },
    }
}

fn term_value(
    dataset: &Dataset,
    person: &crate::dataset::schema::Id,
    from: &DateValue,
    to: Option<&DateValue>,
) -> String {
    let to = to.map_or("present".to_string(), ToString::to_string);
    format!("{}, {from} to {to}", dataset.name_of(person))
}

fn office_term(
    dataset: &Dataset,
    person: usize,
    office: usize,
    former: bool,
    at: Option<Date>,
) -> Judgement {
    let person_entity = &dataset.entities[person].1;
    let office_entry = &dataset.offices[office].1;
    let title = if former {
        format!("former {}", office_entry.name)
    } else {
        office_entry.name.clone()
    };
    let found = format!("{} as {title}", person_entity.name);
    let Some(at) = at else {
        return Judgement {
            verdict: Verdict::Unverified,
            reference: None,
            expected: None,
            found,
            message: "an office is judged at the article's date; give --date or a `date:` in the front matter".into(),
        };
    };
    let terms: Vec<usize> = dataset
        .terms
        .iter()
        .enumerate()
        .filter(|(_, (_, t))| t.office == office_entry.id)
        .map(|(i, _)| i)
        .collect();
    let covers = |t: usize| {
        let term = &dataset.terms[t].1;
        term.from.range.first <= at && term.to.as_ref().is_none_or(|to| at <= to.range.last)
    };
    let term_ref = |t: usize| {
        let (file, term) = &dataset.terms[t];
        reference(
            dataset,
            *file,
            term.id.as_str(),
            ItemKind::Term,
            format!("{} as {}", dataset.name_of(&term.person), office_entry.name),
            term_value(dataset, &term.person, &term.from, term.to.as_ref()),
            &term.sources,
        )
    };
    let own: Vec<usize> = terms
        .iter()
        .copied()
        .filter(|&t| dataset.terms[t].1.person == person_entity.id)
        .collect();
    let own_current = own.iter().copied().find(|&t| covers(t));
    let own_past = own.iter().copied().find(|&t| {
        dataset.terms[t]
            .1
            .to
            .as_ref()
            .is_some_and(|to| to.range.last < at)
    });
    let other_current = terms
        .iter()
        .copied()
        .find(|&t| covers(t) && dataset.terms[t].1.person != person_entity.id);
    let value_of = |t: usize| {
        let term = &dataset.terms[t].1;
        term_value(dataset, &term.person, &term.from, term.to.as_ref())
    };
    let supported = |t: usize, message: String| Judgement {
        verdict: Verdict::Supported,
        reference: Some(term_ref(t)),
        expected: None,
        found: found.clone(),
        message,
    };
    let contradicted = |t: usize, message: String| Judgement {
        verdict: Verdict::Contradicted,
        reference: Some(term_ref(t)),
        expected: Some(value_of(t)),
        found: found.clone(),
        message,
    };
    match (former, own_current, own_past) {
        (false, Some(t), _) => {
            supported(t, format!("{} held the office on {at}", person_entity.name))
        }
        (true, None, Some(t)) => supported(
            t,
            format!("{}'s term had ended by {at}", person_entity.name),
        ),
        (true, Some(t), _) => contradicted(
            t,
            format!(
                "{} still held the office on {at}, so was not a former holder",
                person_entity.name
            ),
        ),
        (false, None, Some(t)) => contradicted(
            t,
            format!("{}'s term had ended before {at}", person_entity.name),
        ),
        _ => match other_current {
            Some(t) if office_entry.single_holder => contradicted(
                t,
                format!(
                    "on {at} the office was held by {}",
                    dataset.name_of(&dataset.terms[t].1.person)
                ),
            ),
            _ => Judgement {
                verdict: Verdict::Unverified,
                reference: None,
                expected: None,
                found,
                message: format!(
                    "the dataset has no term of {} covering {at}",
                    office_entry.name
                ),
            },
        },
    }
}

fn weekday_name(day: jiff::civil::Weekday) -> &'static str {
    use jiff::civil::Weekday::*;
    match day {
        Monday => "Monday",
        Tuesday => "Tuesday",
        Wednesday => "Wednesday",
        Thursday => "Thursday",
        Friday => "Friday",
        Saturday => "Saturday",
        Sunday => "Sunday",
    }
}

fn weekday(stated: jiff::civil::Weekday, date: &StatedDate) -> Judgement {
    let Some(range) = date.range else {
        return unresolved(date);
    };
    let actual = range.first.weekday();
    let found = format!("{} {}", weekday_name(stated), date.value);
    if actual == stated {
        Judgement {
            verdict: Verdict::Supported,
            reference: None,
            expected: None,
            found,
            message: format!("{} is a {}", range.first, weekday_name(actual)),
        }
    } else {
        Judgement {
            verdict: Verdict::Contradicted,
            reference: None,
            expected: Some(format!("{} {}", weekday_name(actual), range.first)),
            found,
            message: format!(
                "{} is a {}, not a {}",
                range.first,
                weekday_name(actual),
                weekday_name(stated)
            ),
        }
    }
}
