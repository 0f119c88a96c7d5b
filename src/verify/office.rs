//! Office claims against the terms of office, at the article's date.

use jiff::civil::Date;

use super::{Judgement, Verdict, reference};
use crate::dataset::schema::DateValue;
use crate::dataset::{Dataset, ItemKind};

pub(super) fn term_value(
    dataset: &Dataset,
    person: &crate::dataset::schema::Id,
    from: &DateValue,
    to: Option<&DateValue>,
) -> String {
    let to = to.map_or("present".to_string(), ToString::to_string);
    format!("{}, {from} to {to}", dataset.name_of(person))
}

pub(super) fn office_term(
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
