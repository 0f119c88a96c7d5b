//! Offices: "US Commerce Secretary Gina Raimondo", "former President X",
//! "Gina Raimondo, the Commerce Secretary".
//!
//! ## What it extracts
//! An office title from the dataset directly before a person's name
//! (optionally after "former" or "then-"), or after the name as an
//! appositive (", the Commerce Secretary"). The claim is that the person
//! holds (or held, with "former") the office at the article's date.
//!
//! ## Example
//! "US Commerce Secretary Gina Raimondo said …" in an article of
//! 2023-12-25 claims that `gina-raimondo` holds `us-secretary-of-commerce`
//! on 2023-12-25.
//!
//! ## Known limits
//! A title used alone ("the Commerce Secretary said") names no one, and a
//! "then-" title is judged at the article's date like a plain one only when
//! no other date is in the clause; with "then-", no claim is made.

use super::{Context, Extractor};
use crate::claim::{Assertion, Claim, ClaimKind};
use crate::dataset::Target;
use crate::dataset::schema::EntityKind;
use crate::span::Span;

/// Finds office claims.
pub struct Offices;

impl Extractor for Offices {
    fn id(&self) -> &'static str {
        ClaimKind::Office.as_str()
    }

    fn extract(&self, cx: &Context<'_>) -> Vec<Claim> {
        let text = cx.text();
        let mut claims = Vec::new();
        for &sentence in &cx.article.sentences {
            let mentions: Vec<_> = cx.mentions_in(sentence).copied().collect();
            for (i, title) in mentions.iter().enumerate() {
                let Target::Office(_) = title.target else {
                    continue;
                };
                // A title shared by several offices ("President") is read
                // once, at its first mention.
                if i > 0 && mentions[i - 1].span == title.span {
                    continue;
                }
                let offices: Vec<usize> = mentions[i..]
                    .iter()
                    .take_while(|m| m.span == title.span)
                    .filter_map(|m| match m.target {
                        Target::Office(o) => Some(o),
                        _ => None,
                    })
                    .collect();
                let lead = text[sentence.start..title.span.start].trim_end();
                let lead_lower = lead.to_ascii_lowercase();
                if lead_lower.ends_with("then-") || lead_lower.ends_with("then") {
                    continue;
                }
                let former = lead_lower.ends_with("former") || lead_lower.ends_with("ex-");
                // Title then name, nothing but spaces between.
                let after = mentions[i + 1..].iter().find(|m| {
                    is_person(cx, m.target) && text[title.span.end..m.span.start].trim().is_empty()
                });
                // Name, then ", the <title>" or ", <title>".
                let before = mentions[..i].iter().rev().find(|m| {
                    is_person(cx, m.target) && {
                        let between = text[m.span.end..title.span.start].trim();
                        matches!(between, "," | ", the" | ", former" | ", the former")
                    }
                });
                let Some(person) = after.or(before) else {
                    continue;
                };
                // "Gina Raimondo, the former Commerce Secretary".
                let former = former
                    || (person.span.end <= title.span.start
                        && text[person.span.end..title.span.start].contains("former"));
                let Target::Entity(person_index) = person.target else {
                    continue;
                };
                let Some(office) = pick_office(cx, &offices, person_index) else {
                    continue;
                };
                let span = Span::new(
                    title.span.start.min(person.span.start),
                    title.span.end.max(person.span.end),
                );
                claims.push(Claim {
                    kind: ClaimKind::Office,
                    span,
                    sentence,
                    assertion: Assertion::Office {
                        person: person_index,
                        office,
                        former,
                        at: cx.article.date,
                    },
                    hedge: None,
                    attributed_to: None,
                });
            }
        }
        claims
    }
}

/// The office a title means for this person. A title of one office means
/// that office. A title shared by several ("President") means the one the
/// person is known to have held; if none, the claim is not made, since
/// "President X" may be the president of anything.
fn pick_office(cx: &Context<'_>, offices: &[usize], person: usize) -> Option<usize> {
    if let [only] = offices {
        return Some(*only);
    }
    let person_id = &cx.dataset.entities[person].1.id;
    offices.iter().copied().find(|&o| {
        let office_id = &cx.dataset.offices[o].1.id;
        cx.dataset
            .terms
            .iter()
            .any(|(_, t)| &t.person == person_id && &t.office == office_id)
    })
}

fn is_person(cx: &Context<'_>, target: Target) -> bool {
    matches!(target, Target::Entity(e) if cx.dataset.entities[e].1.kind == EntityKind::Person)
}
