//! Extraction: turns an article's sentences, its temporal expressions and
//! the dataset's names into [`Claim`]s.
//!
//! Each claim kind has its own module and registers one [`Extractor`] in
//! [`EXTRACTORS`]. Extractors are driven by the dataset's names, aliases,
//! titles and trigger words, so a fact added in YAML is found with no code
//! change; the code holds only knowledge of English (verbs, hedges, units).

mod chip_node;
mod event_date;
mod framing;
mod role;
mod sanction;
mod weekday;

use rustc_hash::FxHashMap;

use crate::article::{Article, split_clauses};
use crate::claim::Claim;
use crate::dataset::{Dataset, Mention};
use crate::span::Span;
use crate::time::{self, Timex, TimexType};

/// Everything an extractor may look at, computed once per article.
pub struct Context<'a> {
    pub article: &'a Article,
    pub dataset: &'a Dataset,
    /// The article's text with HTML comments blanked out: the words claims
    /// are read from. Offsets are the same as in the article's text.
    text: std::borrow::Cow<'a, str>,
    /// Temporal expressions of the body, in text order (by start).
    pub timexes: Vec<Timex>,
    /// Dataset names found in the body, in text order (by start).
    pub mentions: Vec<Mention>,
}

impl<'a> Context<'a> {
    /// Tags and indexes an article once for all extractors.
    pub fn new(article: &'a Article, dataset: &'a Dataset) -> Self {
        let text = article.text_without_comments();
        let body = article.body.slice(&text);
        let mut timexes: Vec<Timex> = time::tag(body, article.date)
            .into_iter()
            .map(|mut t| {
                t.span = t.span.shifted(article.body.start);
                t
            })
            .collect();
        let mut mentions = dataset.index().mentions(&text, article.body);
        // Both come in text order already; the stable sort (a single pass
        // over sorted input) makes the order `inside` relies on a fact of
        // this type rather than of the tagger and the index.
        timexes.sort_by_key(|t| t.span.start);
        mentions.sort_by_key(|m| m.span.start);
        Context {
            article,
            dataset,
            text,
            timexes,
            mentions,
        }
    }

    /// The text claims are read from (comments blanked out).
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Mentions inside `span`, in text order.
    pub fn mentions_in(&self, span: Span) -> impl Iterator<Item = &Mention> {
        inside(&self.mentions, span, |m| m.span)
    }

    /// Calendar dates (DATE or TIME timexes) inside `span`, in text order.
    pub fn dates_in(&self, span: Span) -> impl Iterator<Item = &Timex> {
        inside(&self.timexes, span, |t| t.span)
            .filter(|t| matches!(t.kind, TimexType::Date | TimexType::Time))
    }

    /// The clauses of a sentence, split at the joints where a new statement
    /// begins; with `relative_clauses`, also before ", which".
    pub fn clauses(&self, sentence: Span, relative_clauses: bool) -> Vec<Span> {
        split_clauses(self.text(), sentence, relative_clauses)
    }
}

/// The items of `items` (sorted by start) whose spans lie inside `span`, in
/// order. Extractors ask this for every sentence, clause and verb of an
/// article; scanning every item each time made checking grow with the
/// square of the article's length. Only items starting within `span` can
/// lie inside it, and those are found by binary search.
fn inside<T>(items: &[T], span: Span, span_of: impl Fn(&T) -> Span) -> impl Iterator<Item = &T> {
    let from = items.partition_point(|item| span_of(item).start < span.start);
    let rest = &items[from..];
    let count = rest.partition_point(|item| span_of(item).start <= span.end);
    rest[..count]
        .iter()
        .filter(move |item| span.contains(span_of(item)))
}

/// One kind of claim finder.
pub trait Extractor: Sync {
    /// A kebab-case name, as in reports (`event-date`).
    fn id(&self) -> &'static str;
    /// Claims of this kind in the article.
    fn extract(&self, cx: &Context<'_>) -> Vec<Claim>;
}

/// Every extractor, in report order.
pub static EXTRACTORS: &[&dyn Extractor] = &[
    &event_date::EventDates,
    &chip_node::ChipNodes,
    &sanction::Sanctions,
    &role::Offices,
    &weekday::Weekdays,
];

/// Every claim in the article, in text order, each with its framing
/// (hedge, attribution) filled in.
pub fn extract(article: &Article, dataset: &Dataset) -> Vec<Claim> {
    let cx = Context::new(article, dataset);
    let mut claims: Vec<Claim> = EXTRACTORS.iter().flat_map(|e| e.extract(&cx)).collect();
    let speakers = speakers(article, cx.text());
    // The claims of a sentence share its clauses, and those of a clause its
    // hedge: worked out per claim, a long sentence cost its length once for
    // every claim in it.
    let mut clauses: FxHashMap<Span, Vec<Span>> = FxHashMap::default();
    let mut hedges: FxHashMap<Span, Option<String>> = FxHashMap::default();
    for claim in &mut claims {
        // A hedge weakens its own clause ("…, which is said to have a 5nm
        // chip"), an attribution the whole sentence ("…, Gupta said").
        let clause = clauses
            .entry(claim.sentence)
            .or_insert_with(|| cx.clauses(claim.sentence, true))
            .iter()
            .copied()
            .find(|c| c.start <= claim.span.start && claim.span.start < c.end.max(c.start + 1))
            .unwrap_or(claim.sentence);
        claim.hedge = hedges
            .entry(clause)
            .or_insert_with(|| framing::hedge(clause.slice(cx.text())))
            .clone();
        claim.attributed_to = speakers
            .get(&claim.sentence)
            .filter(|(speaker, _)| !speaker.overlaps(claim.span))
            .map(|(_, who)| who.clone());
    }
    claims.sort_by_key(|c| (c.span.start, c.span.end, c.kind));
    claims.dedup_by(|a, b| a.span == b.span && a.kind == b.kind && a.assertion == b.assertion);
    claims
}

/// The speaker of each attributed sentence, with the span of the speaker
/// phrase, by sentence: every claim looks up its own sentence, and a list
/// searched per claim made checking grow with the square of the article's
/// length. A pronoun ("he said") is resolved to the last speaker named
/// earlier in the article, as a reader would.
fn speakers(article: &Article, text: &str) -> FxHashMap<Span, (Span, String)> {
    let mut last_named: Option<String> = None;
    let mut speakers = FxHashMap::default();
    for &sentence in &article.sentences {
        let Some(attribution) = framing::attribution(sentence.slice(text)) else {
            continue;
        };
        let who = if attribution.is_pronoun() {
            last_named
                .clone()
                .unwrap_or_else(|| attribution.who.clone())
        } else {
            // "Sourabh Gupta" and later "Gupta": keep the surname form.
            let who = attribution.who.clone();
            last_named = Some(who.rsplit(' ').next().unwrap_or(&who).to_string());
            who
        };
        let span = Span::new(
            sentence.start + attribution.span.start,
            sentence.start + attribution.span.end,
        );
        // A sentence listed twice keeps its first reading.
        speakers.entry(sentence).or_insert((span, who));
    }
    speakers
}

/// The timex nearest to `anchor` among `candidates`, by the gap between them.
fn nearest<'t>(anchor: Span, candidates: impl Iterator<Item = &'t Timex>) -> Option<&'t Timex> {
    candidates.min_by_key(|t| gap(anchor, t.span))
}

/// Bytes between two spans (0 when they touch or overlap).
fn gap(a: Span, b: Span) -> usize {
    b.start
        .saturating_sub(a.end)
        .max(a.start.saturating_sub(b.end))
}

/// Whether the words just before `span` say "since" ("since 2019").
fn preceded_by_since(text: &str, span: Span) -> bool {
    let before = text[..span.start].trim_end();
    let Some(cut) = before.len().checked_sub(5) else {
        return false;
    };
    // `get` rather than indexing: the cut may fall inside a character.
    before
        .get(cut..)
        .is_some_and(|w| w.eq_ignore_ascii_case("since"))
        && !before[..cut].ends_with(|c: char| c.is_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn since_is_read_before_a_date_even_after_wide_characters() {
        let text = "Ça — since 2019 and é2019 and “since” 2019";
        let at = |needle: &str, n: usize| {
            let start = text.match_indices(needle).nth(n).map(|(i, _)| i).unwrap();
            Span::new(start, start + needle.len())
        };
        assert!(preceded_by_since(text, at("2019", 0)));
        assert!(!preceded_by_since(text, at("2019", 1)));
        assert!(!preceded_by_since(text, at("2019", 2)));
    }

    #[test]
    fn inside_finds_what_a_scan_of_every_item_finds() {
        // Sorted by start, with shared spans, nested spans, a span that
        // runs past the others and spans touching each other.
        let items: Vec<Span> = [
            (0, 3),
            (2, 9),
            (3, 3),
            (3, 5),
            (3, 5),
            (4, 6),
            (5, 7),
            (7, 20),
            (8, 9),
            (9, 12),
            (12, 12),
        ]
        .into_iter()
        .map(|(s, e)| Span::new(s, e))
        .collect();
        for start in 0..=21 {
            for end in start..=21 {
                let span = Span::new(start, end);
                let scanned: Vec<&Span> = items.iter().filter(|s| span.contains(**s)).collect();
                let found: Vec<&Span> = inside(&items, span, |s| *s).collect();
                assert_eq!(found, scanned, "{span:?}");
            }
        }
    }

    #[test]
    fn extractor_ids_are_unique_kebab_case_and_match_claim_kinds() {
        let ids: Vec<_> = EXTRACTORS.iter().map(|e| e.id()).collect();
        let kinds: Vec<_> = crate::claim::ClaimKind::ALL
            .iter()
            .map(|k| k.as_str())
            .collect();
        assert_eq!(ids, kinds);
        for id in ids {
            assert!(
                id.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'),
                "{id}"
            );
        }
    }
}
