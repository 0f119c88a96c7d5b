//! Event dates: a dataset event and a date in the same clause.
//!
//! ## What it extracts
//! A clause that names an event on its own (one of the event's `names`:
//! "the Bali meeting") or names its subject together with one of its
//! `triggers` ("Huawei launched the Mate 60"), and holds a calendar date.
//! The date nearest to the event's words is the one claimed.
//!
//! ## Example
//! "In August, Huawei launched the Mate 60 series" claims that the event
//! `mate-60-launch` happened in 2023-08 (with an article date in 2023).
//!
//! ## Known limits
//! Clauses are cut at conjunctions and relative pronouns, not parsed, so a
//! date in a long subordinate clause can still be attached to an event.

use std::collections::BTreeMap;

use super::{Context, Extractor, nearest, preceded_by_since};
use crate::claim::{Assertion, Claim, ClaimKind, EventMatch, StatedDate};
use crate::dataset::schema::Id;
use crate::dataset::{ItemKind, Target};
use crate::span::Span;

/// Finds event-date claims.
pub struct EventDates;

impl Extractor for EventDates {
    fn id(&self) -> &'static str {
        ClaimKind::EventDate.as_str()
    }

    fn extract(&self, cx: &Context<'_>) -> Vec<Claim> {
        let mut claims = Vec::new();
        for &sentence in &cx.article.sentences {
            for clause in cx.clauses(sentence, true) {
                claims.extend(clause_claim(cx, sentence, clause));
            }
        }
        claims
    }
}

fn clause_claim(cx: &Context<'_>, sentence: Span, clause: Span) -> Option<Claim> {
    let dataset = cx.dataset;
    // Events named outright, with where they were named.
    let mut events: BTreeMap<usize, bool> = BTreeMap::new();
    let mut anchors: Vec<Span> = Vec::new();
    for mention in cx.mentions_in(clause) {
        if let Target::Event(e) = mention.target {
            events.insert(e, true);
            anchors.push(mention.span);
        }
    }
    // Events announced by a trigger word next to their subject.
    let named = |id: &Id, within: Span| -> Option<Span> {
        let wanted = match dataset.find(id) {
            Some((ItemKind::Entity, i)) => Target::Entity(i),
            Some((ItemKind::Chip, i)) => Target::Chip(i),
            _ => return None,
        };
        cx.mentions_in(within)
            .find(|m| m.target == wanted)
            .map(|m| m.span)
    };
    for (trigger, e) in cx.dataset.index().triggers(cx.text(), clause) {
        let event = &dataset.events[e].1;
        let Some(subject) = &event.subject else {
            continue;
        };
        if let Some(at) = named(subject, clause) {
            let with_all =
                !event.with.is_empty() && event.with.iter().all(|w| named(w, sentence).is_some());
            let specific = event.once || with_all;
            let entry = events.entry(e).or_insert(specific);
            *entry |= specific;
            anchors.push(trigger);
            anchors.push(at);
        }
    }
    if events.is_empty() {
        return None;
    }
    let anchor = Span::new(
        anchors.iter().map(|s| s.start).min()?,
        anchors.iter().map(|s| s.end).max()?,
    );
    let timex = nearest(anchor, cx.dates_in(clause))?;
    Some(Claim {
        kind: ClaimKind::EventDate,
        span: timex.span,
        sentence,
        assertion: Assertion::EventDate {
            events: events
                .into_iter()
                .map(|(event, specific)| EventMatch { event, specific })
                .collect(),
            date: StatedDate::from_timex(timex, preceded_by_since(cx.text(), timex.span)),
        },
        hedge: None,
        attributed_to: None,
    })
}
