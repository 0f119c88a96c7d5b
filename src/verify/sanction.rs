//! Sanctions and export-control claims against the dataset's actions.

use super::dates::{Fit, describe_date, distance, fit, unresolved};
use super::{Judgement, Reference, Verdict, reference};
use crate::claim::{Direction, StatedDate};
use crate::dataset::schema::{Action, ActionKind};
use crate::dataset::{Dataset, ItemKind};

pub(super) fn action_value(dataset: &Dataset, action: &Action) -> String {
    let list = action
        .list
        .as_ref()
        .map(|l| format!(" {}", dataset.name_of(l)))
        .unwrap_or_default();
    format!("{}{list}, {}", action.action.as_str(), action.date)
}

pub(super) fn action_reference(dataset: &Dataset, a: usize) -> Reference {
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

pub(super) fn sanction(
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
    // A listing happens once, and "since" names when restrictions began:
    // a date that misses those is wrong. A restriction without a list may
    // be one of many (rules follow rules), so the dataset not recording
    // one at that date refutes nothing.
    let dated_once = date.since || list.is_some();
    if dated_once
        && !same_considered.is_empty()
        && same_considered.iter().all(|&a| fits(a) == Fit::Disjoint)
    {
        let a = same_considered
            .iter()
            .copied()
            .min_by_key(|&a| distance(claimed, range_of(a)))
            .unwrap_or(same_considered[0]);
        let action = &dataset.actions[a].1;
        let began = if date.since { "it began with " } else { "" };
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
        Some(&a) if same_considered.iter().all(|&a| fits(a) == Fit::Disjoint) => Judgement {
            verdict: Verdict::Unverified,
            reference: Some(action_reference(dataset, a)),
            expected: None,
            found,
            message: format!(
                "the dataset records no {what} at `{}` (it records {}), and restrictions without a list can be many",
                describe_date(date),
                same_considered
                    .iter()
                    .map(|&a| action_value(dataset, &dataset.actions[a].1))
                    .collect::<Vec<_>>()
                    .join("; ")
            ),
        },
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
