//! Event dates against the dataset's events.

use super::dates::{Fit, describe_date, distance, fit, unresolved};
use super::{Judgement, Verdict, reference};
use crate::claim::{EventMatch, StatedDate};
use crate::dataset::schema::Event;
use crate::dataset::{Dataset, ItemKind};
use crate::time::DateRange;

pub(super) fn event_range(event: &Event) -> (DateRange, bool) {
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

pub(super) fn event_value(event: &Event) -> String {
    match &event.end {
        Some(end) => format!("{} to {}", event.date, end),
        None => event.date.to_string(),
    }
}

pub(super) fn event_date(
    dataset: &Dataset,
    matches: &[EventMatch],
    date: &StatedDate,
) -> Judgement {
    let Some(claimed) = date.range else {
        return unresolved(date);
    };
    let found = describe_date(date);
    let events: Vec<usize> = matches.iter().map(|m| m.event).collect();
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
        // "Brown spoke on Monday" may be about another call: only words
        // that identify this very event can contradict its date.
        if !matches.iter().any(|m| m.specific) {
            return Judgement {
                verdict: Verdict::Unverified,
                reference: Some(make_ref(e)),
                expected: None,
                found,
                message: format!(
                    "{}: the dataset dates it {}, not `{}`, but the article's words may be about another such event",
                    event.name,
                    event_value(event),
                    date.value
                ),
            };
        }
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
    let e = pick(Fit::Consistent).unwrap_or(matches[0].event);
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
