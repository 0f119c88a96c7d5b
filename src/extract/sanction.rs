//! Sanctions and export-control actions: who put whom on which list, or
//! took them off, or restricted them, and when.
//!
//! ## What it extracts
//! A clause with an action verb ("removed … from", "added … to",
//! "blacklisted", "has been blocking … to", "imposed export controls on"),
//! a target the dataset knows (through any alias: "Evidence Identification
//! Center" is the Institute of Forensic Science), optionally the actor
//! before the verb ("the US", "BIS"), a list ("trade sanctions list" is the
//! Entity List) and a date ("On Nov 16", "since 2019").
//!
//! ## Example
//! "On Nov 16, the US removed the Chinese Ministry of Public Security's
//! Evidence Identification Center from the trade sanctions list" claims a
//! removal of `ifs-mps` from `entity-list` by `us-government` on 2023-11-16.
//!
//! ## Known limits
//! Generic verbs (added, removed, put, took off) count only next to a list
//! or a sanctions word, so "Huawei added a feature" is not a claim. Passive
//! clauses take the target before the verb and the actor after "by".

use std::sync::LazyLock;

use regex::Regex;

use super::{Context, Extractor, nearest, preceded_by_since};
use crate::claim::{Assertion, Claim, ClaimKind, Direction, StatedDate};
use crate::dataset::Target;
use crate::dataset::schema::EntityKind;
use crate::span::Span;

/// Finds sanctions claims.
pub struct Sanctions;

struct Verb {
    pattern: &'static str,
    direction: Direction,
    /// Whether the verb needs a list or sanctions word nearby to count.
    generic: bool,
}

const VERBS: &[Verb] = &[
    Verb {
        pattern: r"blacklist(?:ed|s|ing)?|sanction(?:ed|ing)|designat(?:ed|es|ing)",
        direction: Direction::Restrict,
        generic: false,
    },
    Verb {
        pattern: r"block(?:ed|s|ing)?|bann?(?:ed|s|ing)?|restrict(?:ed|s|ing)?|cut(?:s|ting)? off|imposed?|impos(?:es|ing)|curb(?:ed|s|ing)?",
        direction: Direction::Restrict,
        generic: false,
    },
    Verb {
        pattern: r"add(?:ed|s|ing)?|plac(?:ed|es|ing)|put(?:s|ting)?",
        direction: Direction::Restrict,
        generic: true,
    },
    Verb {
        pattern: r"delist(?:ed|s|ing)?|lift(?:ed|s|ing)?|eas(?:ed|es|ing)|unblock(?:ed|s|ing)?",
        direction: Direction::Relieve,
        generic: false,
    },
    Verb {
        pattern: r"remov(?:ed|es|ing|e)|t(?:ook|ake|akes|aking|aken) (?:\S+ ){0,8}?off|struck|strik(?:es|ing)",
        direction: Direction::Relieve,
        generic: true,
    },
];

static VERB_PATTERNS: LazyLock<Vec<(Regex, &'static Verb)>> = LazyLock::new(|| {
    VERBS
        .iter()
        .map(|v| {
            (
                Regex::new(&format!(r"(?i)\b(?:{})\b", v.pattern)).expect("verb pattern is valid"),
                v,
            )
        })
        .collect()
});

/// Words that make a generic verb about sanctions.
static SANCTIONS_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:list|blacklist|sanctions?|export controls?|restrictions?|ban)\b")
        .expect("pattern is valid")
});

static PASSIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:was|were|is|are|been|being|be|got|get|gets)\s+(?:\w+ly\s+)?$")
        .expect("pattern is valid")
});

impl Extractor for Sanctions {
    fn id(&self) -> &'static str {
        ClaimKind::Sanction.as_str()
    }

    fn extract(&self, cx: &Context<'_>) -> Vec<Claim> {
        let mut claims = Vec::new();
        for &sentence in &cx.article.sentences {
            for clause in cx.clauses(sentence, true) {
                claims.extend(clause_claims(cx, sentence, clause));
            }
        }
        claims
    }
}

/// The action verbs of a clause, in order, without overlaps.
fn verbs(text: &str, clause: Span) -> Vec<(Span, &'static Verb)> {
    let clause_text = clause.slice(text);
    let has_sanctions_word = SANCTIONS_WORD.is_match(clause_text);
    let mut found: Vec<(Span, &'static Verb)> = VERB_PATTERNS
        .iter()
        .filter(|(_, v)| !v.generic || has_sanctions_word)
        .flat_map(|(re, v)| {
            re.find_iter(clause_text)
                .map(move |m| (Span::new(m.start(), m.end()).shifted(clause.start), *v))
        })
        .collect();
    found.sort_by_key(|(span, _)| (span.start, std::cmp::Reverse(span.end)));
    let mut verbs: Vec<(Span, &'static Verb)> = Vec::new();
    for (span, verb) in found {
        if verbs.last().is_none_or(|(last, _)| last.end <= span.start) {
            verbs.push((span, verb));
        }
    }
    verbs
}

/// One claim per action verb: "added Huawei … and added SMIC …" is two.
/// Each verb owns the text from the previous verb to the next one.
fn clause_claims(cx: &Context<'_>, sentence: Span, clause: Span) -> Vec<Claim> {
    let text = cx.text();
    let verbs = verbs(text, clause);
    let mut claims = Vec::new();
    let mut inherited_actor = None;
    for (i, &(verb, verb_def)) in verbs.iter().enumerate() {
        // A later verb's own subject, if any, comes after the conjunction
        // that joins it ("… and BIS added …"); otherwise it shares the
        // first verb's actor.
        let region_start = match i {
            0 => clause.start,
            _ => {
                let previous = verbs[i - 1].0.end;
                let lead = &text[previous..verb.start];
                lead.rfind(" and ")
                    .map(|at| at + 5)
                    .or_else(|| lead.rfind(", ").map(|at| at + 2))
                    .map_or(verb.start, |at| previous + at)
            }
        };
        let region_end = verbs.get(i + 1).map_or(clause.end, |(next, _)| next.start);
        let region = Span::new(region_start, region_end);
        let Some(claim) = verb_claim(cx, sentence, region, verb, verb_def, inherited_actor) else {
            continue;
        };
        if let Assertion::Sanction { actor, .. } = &claim.assertion {
            inherited_actor = *actor;
        }
        claims.push(claim);
    }
    claims
}

fn verb_claim(
    cx: &Context<'_>,
    sentence: Span,
    region: Span,
    verb: Span,
    verb_def: &Verb,
    inherited_actor: Option<usize>,
) -> Option<Claim> {
    let text = cx.text();
    let verb_text = verb.slice(text).to_ascii_lowercase();
    let participle = !verb_text.ends_with("ing") && !verb_text.ends_with('s');
    let passive = participle && PASSIVE.is_match(&text[region.start..verb.start]);
    // The object of the verb ends at a closing quote: what follows belongs
    // to the attribution ("…," Gupta said).
    let object_end = text[verb.end..region.end]
        .find(['"', '\u{201d}'])
        .map_or(region.end, |i| verb.end + i);

    let mut list = None;
    let mut before = Vec::new();
    let mut after = Vec::new();
    for mention in cx.mentions_in(region) {
        match mention.target {
            Target::List(l) => list = list.or(Some(l)),
            Target::Entity(e) if cx.dataset.entities[e].1.kind != EntityKind::Product => {
                if mention.span.end <= verb.start {
                    before.push((mention.span, e));
                } else if mention.span.start >= verb.end && mention.span.end <= object_end {
                    after.push((mention.span, e));
                }
            }
            _ => {}
        }
    }
    // Active: actor before the verb, target after it. Passive: target
    // before, actor after "by".
    let (actor, target) = if passive {
        let target = before.last().copied();
        let by = text[region.start..region.end]
            .find(" by ")
            .map(|i| region.start + i);
        let actor = by.and_then(|by| after.iter().find(|(s, _)| s.start > by).copied());
        (actor.map(|a| a.1), target)
    } else {
        let actor = before.last().map(|a| a.1).or(inherited_actor);
        let target = after.iter().find(|(_, e)| is_target_kind(cx, *e)).copied();
        (actor, target)
    };
    let (target_span, target) = target?;
    let date = nearest(verb, cx.dates_in(region))
        .map(|t| StatedDate::from_timex(t, preceded_by_since(text, t.span)));
    let span = date.as_ref().map_or(
        Span::new(
            verb.start.min(target_span.start),
            verb.end.max(target_span.end),
        ),
        |d| d.span,
    );
    Some(Claim {
        kind: ClaimKind::Sanction,
        span,
        sentence,
        assertion: Assertion::Sanction {
            actor,
            target,
            list,
            direction: verb_def.direction,
            date,
        },
        hedge: None,
        attributed_to: None,
    })
}

/// Targets of sanctions are companies, organisations, agencies and people,
/// never a whole government acting ("the US removed …").
fn is_target_kind(cx: &Context<'_>, entity: usize) -> bool {
    !matches!(
        cx.dataset.entities[entity].1.kind,
        EntityKind::Government | EntityKind::Place
    )
}
