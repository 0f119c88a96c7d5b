//! Loading dataset files: YAML parsing with exact places for every error,
//! then the checks that need the whole dataset (duplicate ids, references
//! to things that do not exist, facts without sources).

use std::fs;
use std::path::Path;

use super::error::{DatasetError, DatasetProblem, Severity};
use super::lint::lint;
use super::locate::{locate, locate_nth};
use super::schema::{Id, Source};
use super::spread::parse_all;
use super::{Dataset, Ids, Index, ItemKind};

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded_claims.rs"));
}

/// One dataset file's name (for messages) and text.
#[derive(Debug, Clone)]
pub struct SourceFile {
    pub name: String,
    pub text: String,
}

/// The dataset compiled into the binary from the repository's `claims/`.
pub fn embedded_files() -> Vec<SourceFile> {
    embedded::EMBEDDED
        .iter()
        .map(|(name, text)| SourceFile {
            name: format!("claims/{name}"),
            text: (*text).to_string(),
        })
        .collect()
}

/// Reads every `.yaml`/`.yml` file under `dir` (recursively, in name order).
pub fn read_dir(dir: &Path) -> Result<Vec<SourceFile>, DatasetError> {
    let mut paths = Vec::new();
    let mut problems = Vec::new();
    collect_yaml(dir, &mut paths, &mut problems);
    paths.sort();
    let mut files = Vec::new();
    for path in paths {
        let name = path.display().to_string();
        match fs::read(&path) {
            Ok(bytes) => match String::from_utf8(bytes) {
                Ok(text) => files.push(SourceFile { name, text }),
                Err(_) => problems.push(DatasetProblem::error(
                    &name,
                    None,
                    "the file is not valid UTF-8",
                )),
            },
            Err(error) => problems.push(DatasetProblem::error(
                &name,
                None,
                format!("cannot read: {error}"),
            )),
        }
    }
    if problems.is_empty() {
        Ok(files)
    } else {
        Err(DatasetError { problems })
    }
}

fn collect_yaml(
    dir: &Path,
    paths: &mut Vec<std::path::PathBuf>,
    problems: &mut Vec<DatasetProblem>,
) {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(error) => {
            problems.push(DatasetProblem::error(
                &dir.display().to_string(),
                None,
                format!("cannot read the dataset folder: {error}"),
            ));
            return;
        }
    };
    for entry in entries.filter_map(Result::ok) {
        let path = entry.path();
        if path.is_dir() {
            collect_yaml(&path, paths, problems);
        } else if matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("yaml" | "yml")
        ) {
            paths.push(path);
        }
    }
}

/// A dataset as read: every entry that could be read, and every problem
/// found in it (errors and warnings), in file order.
#[derive(Debug)]
pub struct Loaded {
    pub dataset: Dataset,
    pub problems: Vec<DatasetProblem>,
}

/// Parses, checks and lints a set of files, reporting every problem found
/// rather than stopping at the first. With `strict`, lint warnings are
/// errors.
pub fn load_all(files: &[SourceFile], strict: bool) -> Loaded {
    let mut dataset = Dataset::default();
    let mut problems = Vec::new();
    let parsed = parse_all(files);
    dataset.reserve(parsed.iter().flat_map(|file| &file.parts));
    for (file_index, file) in parsed.into_iter().enumerate() {
        for part in file.parts {
            dataset.add_file(file_index, part);
        }
        problems.extend(file.problems);
    }
    dataset.files = files.to_vec();
    // The name index takes longest: build it while the ids are indexed
    // and the checks run.
    let (index, ids) = std::thread::scope(|scope| {
        let index = scope.spawn(|| Index::build(&dataset));
        let ids = Ids::build(&dataset);
        problems.extend(check(&dataset, &ids));
        problems.extend(lint(&dataset, &ids));
        let index = index.join().unwrap_or_else(|_| Index::build(&dataset));
        (index, ids)
    });
    dataset.index = index;
    dataset.by_id = ids;
    if strict {
        for problem in &mut problems {
            problem.severity = Severity::Error;
        }
    }
    Loaded { dataset, problems }
}

/// Loads a dataset for checking: any error (not warning) refuses it, since
/// a broken dataset would give wrong verdicts.
pub fn load(files: &[SourceFile]) -> Result<Dataset, DatasetError> {
    let loaded = load_all(files, false);
    let errors: Vec<DatasetProblem> = loaded
        .problems
        .into_iter()
        .filter(|p| p.severity == Severity::Error)
        .collect();
    if errors.is_empty() {
        Ok(loaded.dataset)
    } else {
        Err(DatasetError { problems: errors })
    }
}

/// The whole-dataset checks: duplicate ids, dangling references, facts
/// without sources, inverted date ranges. `ids` are the dataset's ids.
fn check(dataset: &Dataset, ids: &Ids) -> Vec<DatasetProblem> {
    let mut problems = Vec::new();
    let at = |file: usize, id: &Id, field: Option<&str>| {
        let source = &dataset.files[file];
        (
            source.name.as_str(),
            locate(&source.text, id.as_str(), field),
        )
    };

    if !ids.duplicates().is_empty() {
        let all = dataset.all_ids();
        for duplicate in ids.duplicates() {
            let (id, file, kind) = all[duplicate.position];
            let (first_file, first_kind) = duplicate.first;
            // Which occurrence of the id in its file this is, to place it.
            let this = all[..duplicate.position]
                .iter()
                .filter(|(other, f, _)| *f == file && *other == id)
                .count();
            let source = &dataset.files[file];
            let (name, place) = (
                source.name.as_str(),
                locate_nth(&source.text, id.as_str(), this, None),
            );
            let (first_name, first_place) = at(first_file, id, None);
            let first = match first_place {
                Some((line, column)) => format!("{first_name}:{line}:{column}"),
                None => first_name.to_string(),
            };
            problems.push(
                DatasetProblem::error(
                    name,
                    place,
                    format!(
                        "duplicate id `{id}` ({kind} here, {first_kind} first defined at {first})"
                    ),
                )
                .with_hint("ids are shared by every kind of entry; rename one of them"),
            );
        }
    }

    let mut reference =
        |file: usize, owner: &Id, field: &str, target: &Id, allowed: &[ItemKind]| {
            let found = ids.first_kind(target);
            if found.is_some_and(|kind| allowed.contains(&kind)) {
                return;
            }
            let (name, place) = at(file, owner, Some(field));
            let wanted = allowed
                .iter()
                .map(ItemKind::to_string)
                .collect::<Vec<_>>()
                .join(" or ");
            let a = if wanted.starts_with(['a', 'e', 'i', 'o', 'u']) {
                "an"
            } else {
                "a"
            };
            let message = match found {
                Some(kind) => format!(
                    "`{field}: {target}` names {} {kind}, but {a} {wanted} is needed here",
                    if kind.to_string().starts_with(['a', 'e', 'i', 'o', 'u']) {
                        "an"
                    } else {
                        "a"
                    }
                ),
                None => format!("`{field}: {target}` refers to no {wanted} in the dataset"),
            };
            problems.push(
                DatasetProblem::error(name, place, message).with_hint(format!(
                    "define {a} {wanted} with `id: {target}` or fix the id"
                )),
            );
        };
    use ItemKind as K;
    for (file, entity) in &dataset.entities {
        if let Some(parent) = &entity.part_of {
            reference(*file, &entity.id, "part_of", parent, &[K::Entity]);
        }
    }
    for (file, list) in &dataset.lists {
        reference(*file, &list.id, "authority", &list.authority, &[K::Entity]);
    }
    for (file, chip) in &dataset.chips {
        for (field, target) in [("designer", &chip.designer), ("foundry", &chip.foundry)] {
            if let Some(target) = target {
                reference(*file, &chip.id, field, target, &[K::Entity]);
            }
        }
    }
    for (file, event) in &dataset.events {
        if let Some(subject) = &event.subject {
            reference(*file, &event.id, "subject", subject, &[K::Entity, K::Chip]);
        }
        for with in &event.with {
            reference(*file, &event.id, "with", with, &[K::Entity, K::Chip]);
        }
    }
    for (file, action) in &dataset.actions {
        reference(*file, &action.id, "actor", &action.actor, &[K::Entity]);
        reference(*file, &action.id, "target", &action.target, &[K::Entity]);
        if let Some(list) = &action.list {
            reference(*file, &action.id, "list", list, &[K::List]);
        }
    }
    for (file, term) in &dataset.terms {
        reference(*file, &term.id, "person", &term.person, &[K::Entity]);
        reference(*file, &term.id, "office", &term.office, &[K::Office]);
    }

    let mut sourced = |file: usize, id: &Id, sources: &[Source]| {
        if sources.is_empty() {
            let (name, place) = at(file, id, Some("sources"));
            problems.push(
                DatasetProblem::error(name, place, format!("`{id}` has no source")).with_hint(
                    "every fact needs at least one public source: publisher, title, date and URL",
                ),
            );
        }
    };
    for (file, chip) in &dataset.chips {
        sourced(*file, &chip.id, &chip.sources);
    }
    for (file, event) in &dataset.events {
        sourced(*file, &event.id, &event.sources);
    }
    for (file, action) in &dataset.actions {
        sourced(*file, &action.id, &action.sources);
    }
    for (file, term) in &dataset.terms {
        sourced(*file, &term.id, &term.sources);
    }

    for (file, event) in &dataset.events {
        if event.names.is_empty() && event.subject.is_none() {
            let (name, place) = at(*file, &event.id, None);
            problems.push(
                DatasetProblem::error(
                    name,
                    place,
                    format!(
                        "event `{}` can never be matched: it has neither `names` nor a `subject`",
                        event.id
                    ),
                )
                .with_hint(
                    "add `names:` (phrases naming the event) or `subject:` with `triggers:`",
                ),
            );
        }
        if event.subject.is_some() && event.triggers.is_empty() {
            let (name, place) = at(*file, &event.id, Some("subject"));
            problems.push(
                DatasetProblem::error(name, place, format!("event `{}` has a subject but no `triggers`", event.id))
                    .with_hint("add the words that say the event happened, e.g. `triggers: [launched, unveiled]`"),
            );
        }
        if let Some(end) = &event.end
            && end.range.last < event.date.range.first
        {
            let (name, place) = at(*file, &event.id, Some("end"));
            problems.push(DatasetProblem::error(
                name,
                place,
                format!(
                    "event `{}` ends ({end}) before it starts ({})",
                    event.id, event.date
                ),
            ));
        }
    }
    for (file, term) in &dataset.terms {
        if let Some(to) = &term.to
            && to.range.last < term.from.range.first
        {
            let (name, place) = at(*file, &term.id, Some("to"));
            problems.push(DatasetProblem::error(
                name,
                place,
                format!(
                    "term `{}` ends ({to}) before it starts ({})",
                    term.id, term.from
                ),
            ));
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load_one(text: &str) -> Result<Dataset, DatasetError> {
        load(&[SourceFile {
            name: "test.yaml".into(),
            text: text.into(),
        }])
    }

    fn messages(text: &str) -> Vec<String> {
        load_one(text)
            .expect_err("the dataset is invalid")
            .problems
            .iter()
            .map(|p| p.to_string())
            .collect()
    }

    const SOURCE: &str = "    sources:\n      - publisher: P\n        title: T\n";

    #[test]
    fn unknown_field_names_its_place() {
        let text = "chips:\n  - id: x\n    name: X\n    nodes_nm: 7\n";
        assert_eq!(
            messages(text),
            [
                "test.yaml:4:5: error: unknown field `nodes_nm`, expected one of `id`, `name`, `aliases`, `designer`, `foundry`, `node_nm`, `process`, `note`, `sources`\n  hint: did you mean `node_nm`?"
            ]
        );
    }

    #[test]
    fn impossible_date_names_its_place() {
        let text = format!(
            "events:\n  - id: e\n    name: E\n    names: [the thing]\n    date: 2023-02-30\n{SOURCE}"
        );
        let got = messages(&text);
        assert_eq!(got.len(), 1);
        assert!(
            got[0].starts_with("test.yaml:5:11: error: date: `2023-02-30` is not a valid date"),
            "{got:?}"
        );
    }

    #[test]
    fn whole_dataset_problems_are_all_reported_with_places() {
        let text = format!(
            "entities:\n  - id: a\n    name: A\n    kind: company\n  - id: a\n    name: A again\n    kind: company\nchips:\n  - id: c\n    name: C\n    node_nm: 7\n    foundry: nowhere\n{SOURCE}events:\n  - id: e\n    name: E\n    subject: a\n    date: 2023\n    sources: []\n"
        );
        let got = messages(&text);
        assert_eq!(
            got,
            [
                "test.yaml:5:5: error: duplicate id `a` (entity here, entity first defined at test.yaml:2:5)\n  hint: ids are shared by every kind of entry; rename one of them",
                "test.yaml:12:14: error: `foundry: nowhere` refers to no entity in the dataset\n  hint: define an entity with `id: nowhere` or fix the id",
                "test.yaml:21:14: error: `e` has no source\n  hint: every fact needs at least one public source: publisher, title, date and URL",
                "test.yaml:19:14: error: event `e` has a subject but no `triggers`\n  hint: add the words that say the event happened, e.g. `triggers: [launched, unveiled]`",
            ]
        );
    }

    #[test]
    fn an_id_repeated_across_files_and_kinds_names_its_first_entry() {
        let one = "entities:\n  - id: a\n    name: A\n    kind: company\nlists:\n  - id: a\n    name: L\n    authority: a\n";
        let two =
            format!("chips:\n  - id: a\n    name: C\n    node_nm: 7\n    foundry: a\n{SOURCE}");
        let files = [
            SourceFile {
                name: "one.yaml".into(),
                text: one.into(),
            },
            SourceFile {
                name: "two.yaml".into(),
                text: two,
            },
        ];
        let got: Vec<String> = load(&files)
            .expect_err("duplicates are errors")
            .problems
            .iter()
            .map(ToString::to_string)
            .collect();
        // References are checked against the first entry with an id.
        assert_eq!(
            got,
            [
                "one.yaml:6:5: error: duplicate id `a` (list here, entity first defined at one.yaml:2:5)\n  hint: ids are shared by every kind of entry; rename one of them",
                "two.yaml:2:5: error: duplicate id `a` (chip here, entity first defined at one.yaml:2:5)\n  hint: ids are shared by every kind of entry; rename one of them",
            ]
        );
    }

    #[test]
    fn the_shipped_dataset_loads() {
        let dataset = load(&embedded_files()).expect("the shipped dataset is valid");
        assert!(dataset.fact_count() >= 40, "{} facts", dataset.fact_count());
    }
}
