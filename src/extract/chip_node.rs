//! Chip process nodes: "the 7-nanometer Kirin 9000S", "A17 Pro (3nm)".
//!
//! ## What it extracts
//! A process-node size ("7-nanometer", "7nm", "7 nm", "5-nanometre",
//! "3nm-class") tied to a chip of the dataset named in the same clause.
//! Each node goes to the nearest chip in its clause; when a sentence says
//! "respectively", nodes and chips pair in order.
//!
//! ## Example
//! "Huawei launched the Mate 60 using the 7-nanometer chip Kirin 9000S"
//! claims that `kirin-9000s` is made on a 7 nm process.
//!
//! ## Known limits
//! A node with no dataset chip in its clause is not a claim, even when it is
//! about a chip ("a new 5nm processor"); there is nothing to check it against.

use std::sync::LazyLock;

use regex::Regex;

use super::{Context, Extractor, gap};
use crate::claim::{Assertion, Claim, ClaimKind};
use crate::dataset::Target;
use crate::span::Span;

/// Finds chip-node claims.
pub struct ChipNodes;

static NODE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?P<n>\d{1,2})(?:\.\d)?(?:\s|-)?(?:nm|nanomet(?:er|re)s?)\b(?:-class)?")
        .expect("node pattern is valid")
});

/// Words after a size that say it measures a thing, not a process.
static NOT_A_NODE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:-|\s)?(?:thick|thin|wide|long|deep|tall|high|diameter|across|wavelength|particles?|pores?|membranes?|layers?|films?|wires?|gaps?|resolution)\b")
        .expect("measure pattern is valid")
});

impl Extractor for ChipNodes {
    fn id(&self) -> &'static str {
        ClaimKind::ChipNode.as_str()
    }

    fn extract(&self, cx: &Context<'_>) -> Vec<Claim> {
        let text = cx.text();
        let mut claims = Vec::new();
        for &sentence in &cx.article.sentences {
            let sentence_text = sentence.slice(text);
            let respectively = sentence_text.contains("respectively");
            for clause in cx.clauses(sentence, false) {
                let nodes: Vec<(Span, u32)> = NODE
                    .captures_iter(clause.slice(text))
                    .filter_map(|c| {
                        let whole = c.get(0)?;
                        let span = Span::new(whole.start(), whole.end()).shifted(clause.start);
                        let n = c.name("n")?.as_str().parse().ok()?;
                        (!NOT_A_NODE.is_match(&text[span.end..])).then_some((span, n))
                    })
                    .collect();
                if nodes.is_empty() {
                    continue;
                }
                let chips: Vec<(Span, usize)> = cx
                    .mentions_in(clause)
                    .filter_map(|m| match m.target {
                        Target::Chip(c) => Some((m.span, c)),
                        _ => None,
                    })
                    .collect();
                if chips.is_empty() {
                    continue;
                }
                let pairs: Vec<((Span, u32), usize)> =
                    if respectively && chips.len() == nodes.len() && chips.len() > 1 {
                        nodes
                            .iter()
                            .copied()
                            .zip(chips.iter().map(|c| c.1))
                            .collect()
                    } else {
                        nodes
                            .iter()
                            .filter_map(|&node| {
                                let chip =
                                    chips.iter().min_by_key(|(span, _)| gap(*span, node.0))?;
                                Some((node, chip.1))
                            })
                            .collect()
                    };
                claims.extend(pairs.into_iter().map(|((span, node_nm), chip)| Claim {
                    kind: ClaimKind::ChipNode,
                    span,
                    sentence,
                    assertion: Assertion::ChipNode { chip, node_nm },
                    hedge: None,
                    attributed_to: None,
                }));
            }
        }
        claims
    }
}
