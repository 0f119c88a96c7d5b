//! Lint rules: mistakes that parse but would give wrong or weak verdicts.
//!
//! Loading already rejects what cannot be read (syntax, types, unknown
//! fields, impossible dates, duplicate ids, dangling references, facts with
//! no source). These rules look across entries for what a person adding
//! facts by hand gets wrong: the same alias on two entries (matching
//! becomes ambiguous), facts that contradict each other, sources that
//! cannot be followed, and names that would match inside ordinary text.

use std::collections::hash_map::Entry;

use super::error::{DatasetProblem, Severity};
use super::folded::Folded;
use super::schema::{ActionKind, Id, Source};
use super::{Dataset, Ids, ItemKind};
use rustc_hash::FxHashMap;

/// Words too common to be a name on their own: an alias equal to one of
/// them would match ordinary prose ("state", "commerce", "may").
const COMMON_WORDS: &[&str] = &[
    "a",
    "about",
    "after",
    "again",
    "against",
    "all",
    "also",
    "an",
    "and",
    "any",
    "are",
    "as",
    "at",
    "be",
    "because",
    "been",
    "before",
    "being",
    "between",
    "both",
    "but",
    "by",
    "can",
    "chip",
    "chips",
    "city",
    "commerce",
    "company",
    "could",
    "country",
    "day",
    "did",
    "do",
    "does",
    "down",
    "during",
    "each",
    "east",
    "few",
    "first",
    "for",
    "from",
    "further",
    "government",
    "group",
    "had",
    "has",
    "have",
    "he",
    "her",
    "here",
    "him",
    "his",
    "house",
    "how",
    "i",
    "if",
    "in",
    "into",
    "is",
    "it",
    "its",
    "just",
    "last",
    "list",
    "made",
    "make",
    "many",
    "march",
    "may",
    "me",
    "might",
    "more",
    "most",
    "much",
    "must",
    "my",
    "new",
    "no",
    "nor",
    "north",
    "not",
    "now",
    "of",
    "off",
    "office",
    "on",
    "once",
    "one",
    "only",
    "or",
    "other",
    "our",
    "out",
    "over",
    "own",
    "party",
    "people",
    "phone",
    "said",
    "same",
    "she",
    "should",
    "so",
    "some",
    "south",
    "state",
    "states",
    "such",
    "summit",
    "than",
    "that",
    "the",
    "their",
    "them",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "through",
    "time",
    "to",
    "too",
    "trade",
    "treasury",
    "under",
    "until",
    "up",
    "us",
    "very",
    "was",
    "we",
    "were",
    "west",
    "what",
    "when",
    "where",
    "which",
    "while",
    "who",
    "why",
    "will",
    "with",
    "would",
    "year",
    "you",
    "your",
];

/// Whether `word` is in [`COMMON_WORDS`] (kept sorted for this search).
fn is_common(word: &str) -> bool {
    COMMON_WORDS.binary_search(&word).is_ok()
}

/// Case-insensitive names shorter than this match too much.
const MIN_NAME_LEN: usize = 4;

struct Linter<'d> {
    dataset: &'d Dataset,
    /// The dataset's ids, indexed while the dataset's own index is built.
    ids: &'d Ids,
    problems: Vec<DatasetProblem>,
}

impl Linter<'_> {
    fn report(
        &mut self,
        severity: Severity,
        file: usize,
        id: &Id,
        field: Option<&str>,
        message: String,
        hint: &str,
    ) {
        let (name, place) = self.dataset.place(file, id, field);
        let mut problem = DatasetProblem::error(name, place, message).with_hint(hint);
        problem.severity = severity;
        self.problems.push(problem);
    }

    fn place_text(&self, file: usize, id: &Id) -> String {
        match self.dataset.place(file, id, None) {
            (name, Some((line, column))) => format!("{name}:{line}:{column}"),
            (name, None) => name.to_string(),
        }
    }
}

/// Every lint problem of the dataset, whose ids are `ids`.
pub fn lint(dataset: &Dataset, ids: &Ids) -> Vec<DatasetProblem> {
    let mut linter = Linter {
        dataset,
        ids,
        problems: Vec::new(),
    };
    sources(&mut linter);
    shared_names(&mut linter);
    weak_names(&mut linter);
    repeated_actions(&mut linter);
    overlapping_terms(&mut linter);
    linter.problems
}

/// A source needs a title and somewhere to find it (a URL or a citation).
fn sources(linter: &mut Linter<'_>) {
    let d = linter.dataset;
    let mut all: Vec<(usize, &Id, &[Source])> = Vec::new();
    all.extend(
        d.entities
            .iter()
            .map(|(f, e)| (*f, &e.id, e.sources.as_slice())),
    );
    all.extend(
        d.lists
            .iter()
            .map(|(f, e)| (*f, &e.id, e.sources.as_slice())),
    );
    all.extend(
        d.chips
            .iter()
            .map(|(f, e)| (*f, &e.id, e.sources.as_slice())),
    );
    all.extend(
        d.events
            .iter()
            .map(|(f, e)| (*f, &e.id, e.sources.as_slice())),
    );
    all.extend(
        d.actions
            .iter()
            .map(|(f, e)| (*f, &e.id, e.sources.as_slice())),
    );
    all.extend(
        d.offices
            .iter()
            .map(|(f, e)| (*f, &e.id, e.sources.as_slice())),
    );
    all.extend(
        d.terms
            .iter()
            .map(|(f, e)| (*f, &e.id, e.sources.as_slice())),
    );
    for (file, id, sources) in all {
        for (n, source) in sources.iter().enumerate() {
            let no_title = source.title.trim().is_empty();
            let nowhere = source.url.is_none() && source.citation.is_none();
            if !no_title && !nowhere {
                continue;
            }
            let which = format!("source {} of `{id}` ({})", n + 1, source.publisher);
            if no_title {
                linter.report(
                    Severity::Warning,
                    file,
                    id,
                    Some("sources"),
                    format!("{which} has no title"),
                    "add `title:` so a reader can find the piece",
                );
            }
            if nowhere {
                linter.report(
                    Severity::Warning,
                    file,
                    id,
                    Some("sources"),
                    format!("{which} has neither a URL nor a citation"),
                    "add `url:` (the original, not a copy) or `citation:` (e.g. `88 FR 80131`)",
                );
            }
        }
    }
}

/// The same name on two entries makes matching ambiguous; the same chip
/// listed twice with two nodes is a contradiction.
fn shared_names(linter: &mut Linter<'_>) {
    let d = linter.dataset;
    // Every name an article can be matched on, except office titles, which
    // may be shared on purpose ("President").
    let entities = d.entities.iter().flat_map(|(f, e)| {
        std::iter::once(&e.name)
            .chain(&e.aliases)
            .map(move |n| (n.as_str(), *f, &e.id, ItemKind::Entity))
    });
    let lists = d.lists.iter().flat_map(|(f, e)| {
        std::iter::once(&e.name)
            .chain(&e.aliases)
            .map(move |n| (n.as_str(), *f, &e.id, ItemKind::List))
    });
    let chips = d.chips.iter().flat_map(|(f, e)| {
        std::iter::once(&e.name)
            .chain(&e.aliases)
            .map(move |n| (n.as_str(), *f, &e.id, ItemKind::Chip))
    });
    let events = d.events.iter().flat_map(|(f, e)| {
        e.names
            .iter()
            .map(move |n| (n.as_str(), *f, &e.id, ItemKind::Event))
    });
    let count = d.name_count();
    let mut first: FxHashMap<Folded<'_>, (usize, &Id)> =
        FxHashMap::with_capacity_and_hasher(count, Default::default());
    for (name, file, id, kind) in entities.chain(lists).chain(chips).chain(events) {
        let earlier = match first.entry(Folded::new(name.trim())) {
            Entry::Occupied(entry) => *entry.get(),
            Entry::Vacant(entry) => {
                entry.insert((file, id));
                continue;
            }
        };
        let (first_file, owner) = earlier;
        if owner == id {
            continue;
        }
        let (message, hint) = match (linter.ids.find(owner), linter.ids.find(id)) {
            (Some((ItemKind::Chip, a)), Some((ItemKind::Chip, b)))
                if d.chips[a].1.node_nm != d.chips[b].1.node_nm =>
            {
                (
                    format!(
                        "chips `{owner}` and `{id}` are both called \"{name}\" but give different nodes ({} nm and {} nm)",
                        d.chips[a].1.node_nm, d.chips[b].1.node_nm
                    ),
                    "keep one entry with the node the best source supports, and record the dissent in its `note`",
                )
            }
            _ => (
                format!(
                    "the {kind} name \"{name}\" is also a name of `{owner}` ({})",
                    linter.place_text(first_file, owner)
                ),
                "a name must point to one entry; remove it from one of them or make it more specific",
            ),
        };
        linter.report(
            Severity::Error,
            file,
            id,
            Some(if kind == ItemKind::Event {
                "names"
            } else {
                "aliases"
            }),
            message,
            hint,
        );
    }
}

/// Names that would match ordinary words: too short, or a common word.
fn weak_names(linter: &mut Linter<'_>) {
    let d = linter.dataset;
    let mut names: Vec<(&str, usize, &Id, &str)> = Vec::new();
    for (f, e) in &d.entities {
        names.extend(e.aliases.iter().map(|n| (n.as_str(), *f, &e.id, "aliases")));
    }
    for (f, e) in &d.lists {
        names.extend(e.aliases.iter().map(|n| (n.as_str(), *f, &e.id, "aliases")));
    }
    for (f, e) in &d.chips {
        names.extend(e.aliases.iter().map(|n| (n.as_str(), *f, &e.id, "aliases")));
    }
    for (f, e) in &d.events {
        names.extend(e.names.iter().map(|n| (n.as_str(), *f, &e.id, "names")));
        names.extend(
            e.triggers
                .iter()
                .map(|n| (n.as_str(), *f, &e.id, "triggers")),
        );
    }
    for (f, e) in &d.offices {
        names.extend(e.titles.iter().map(|n| (n.as_str(), *f, &e.id, "titles")));
    }
    for (name, file, id, field) in names {
        let name = name.trim();
        let case_sensitive = name.chars().any(char::is_uppercase);
        let is_trigger = field == "triggers";
        let why = if name.chars().count() < 2
            || (!case_sensitive && !is_trigger && name.chars().count() < MIN_NAME_LEN)
        {
            Some("is so short that it matches inside ordinary text")
        } else if !is_trigger && !case_sensitive && is_common(name) {
            Some("is a common word and matches ordinary prose")
        } else if is_trigger
            && is_common(&name.to_lowercase())
            && name.split_whitespace().count() == 1
            && name.len() < 4
        {
            Some(
                "is a common short word, so almost any sentence with the subject triggers the event",
            )
        } else {
            None
        };
        if let Some(why) = why {
            linter.report(
                Severity::Warning,
                file,
                id,
                Some(field),
                format!("\"{name}\" in `{field}` of `{id}` {why}"),
                "use a longer or capitalised name (capitalised names match only as written)",
            );
        }
    }
}

/// The same target put on (or taken off) the same list twice with no
/// opposite action between is a contradiction: one of the dates is wrong.
fn repeated_actions(linter: &mut Linter<'_>) {
    let d = linter.dataset;
    let mut by_listing: FxHashMap<(&Id, &Id), Vec<usize>> = FxHashMap::default();
    for (i, (_, a)) in d.actions.iter().enumerate() {
        if let Some(list) = &a.list
            && matches!(a.action, ActionKind::Add | ActionKind::Remove)
        {
            by_listing.entry((&a.target, list)).or_default().push(i);
        }
    }
    let mut groups: Vec<_> = by_listing.into_values().collect();
    groups.sort();
    for mut actions in groups {
        actions.sort_by_key(|&i| d.actions[i].1.date.range.first);
        for pair in actions.windows(2) {
            let (earlier, later) = (&d.actions[pair[0]].1, &d.actions[pair[1]]);
            if earlier.action == later.1.action {
                let verb = if earlier.action == ActionKind::Add {
                    "added to"
                } else {
                    "removed from"
                };
                let message = format!(
                    "`{}` and `{}` both say `{}` was {verb} `{}` ({} and {}) with no opposite action between",
                    earlier.id,
                    later.1.id,
                    earlier.target,
                    later.1.list.as_ref().map_or("", Id::as_str),
                    earlier.date,
                    later.1.date
                );
                linter.report(
                    Severity::Error,
                    later.0,
                    &later.1.id,
                    Some("date"),
                    message,
                    "fix the date, record the action in between, or give the second action its own target (e.g. the affiliates it covered)",
                );
            }
        }
    }
}

/// Two people in a single-holder office at the same time.
fn overlapping_terms(linter: &mut Linter<'_>) {
    let d = linter.dataset;
    let mut by_office: FxHashMap<&Id, Vec<usize>> = FxHashMap::default();
    for (i, (_, t)) in d.terms.iter().enumerate() {
        by_office.entry(&t.office).or_default().push(i);
    }
    let mut groups: Vec<_> = by_office.into_iter().collect();
    groups.sort();
    for (office, mut terms) in groups {
        let single = match linter.ids.find(office) {
            Some((ItemKind::Office, i)) => d.offices[i].1.single_holder,
            _ => true,
        };
        if !single {
            continue;
        }
        terms.sort_by_key(|&i| d.terms[i].1.from.range.first);
        for (n, &i) in terms.iter().enumerate() {
            let term = &d.terms[i].1;
            let end = term.to.as_ref().map(|t| t.range.last);
            for &j in &terms[n + 1..] {
                let (file, other) = &d.terms[j];
                let overlaps = end.is_none_or(|end| other.from.range.first <= end);
                // Handovers on the same day (one term ends the day the next
                // begins) are how terms are usually dated: not an overlap.
                let handover = end.is_some_and(|end| other.from.range.first == end);
                if overlaps && !handover && other.person != term.person {
                    let message = format!(
                        "`{}` ({} from {}) overlaps `{}` ({} from {}{}) in the single-holder office `{office}`",
                        other.id,
                        other.person,
                        other.from,
                        term.id,
                        term.person,
                        term.from,
                        term.to
                            .as_ref()
                            .map(|t| format!(" to {t}"))
                            .unwrap_or_default()
                    );
                    linter.report(
                        Severity::Error,
                        *file,
                        &other.id,
                        Some("from"),
                        message,
                        "give the earlier term its `to:` date, or fix the dates",
                    );
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_words_are_sorted_for_binary_search() {
        assert!(COMMON_WORDS.windows(2).all(|w| w[0] < w[1]));
        assert!(is_common("state") && is_common("the") && !is_common("huawei"));
    }
}
