//! Scale benchmark for the dataset: generates a dataset of 100,000 facts
//! and 100,000 aliases, then times loading (parse, check, lint, index) and
//! checking the seed article against it, next to the shipped dataset. The
//! same load is also timed with a layout the quick reader declines, so the
//! serde_yaml path stays measured too.
//!
//! Run with `cargo bench --bench dataset`. Figures are printed, never
//! asserted: timing depends on the machine.

// A benchmark reports its figures on stdout.
#![allow(clippy::print_stdout)]

use std::fmt::Write as _;
use std::fs;
use std::path::Path;
use std::time::{Duration, Instant};

use claimcheck::article::Article;
use claimcheck::dataset::{SourceFile, embedded_files, load_all};

/// The allocator the `claimcheck` binary uses, so the figures match it.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

const FACTS_PER_KIND: usize = 25_000;

fn source(out: &mut String) {
    out.push_str("    sources:\n      - publisher: Bench Gazette\n        title: A generated source\n        url: https://example.org/bench\n");
}

/// A dataset with 25,000 each of chips, events, actions and terms
/// (100,000 facts) and 100,000 aliases, split over several files as a
/// real dataset is.
fn generate() -> Vec<SourceFile> {
    let mut entities = String::from("entities:\n");
    for i in 0..FACTS_PER_KIND {
        // Four aliases per entity: 100,000 in all.
        let _ = writeln!(
            entities,
            "  - id: company-{i}\n    name: Company Number {i}\n    kind: company\n    aliases: [Company {i}, Co {i} Ltd, Company {i} Group, Company {i} Holdings]"
        );
    }
    entities.push_str("  - id: bench-agency\n    name: Bench Export Agency\n    kind: agency\n");
    let mut offices = String::from("offices:\n");
    let mut terms = String::from("terms:\n");
    for i in 0..FACTS_PER_KIND {
        let _ = writeln!(
            offices,
            "  - id: office-{i}\n    name: Office Number {i}\n    titles: [Office {i} Director]"
        );
        let _ = writeln!(
            terms,
            "  - id: term-{i}\n    person: company-{i}\n    office: office-{i}\n    from: 2001-01-01\n    to: 2005-12-31"
        );
        source(&mut terms);
    }
    let mut lists = String::from(
        "lists:\n  - id: bench-list\n    name: Bench List\n    authority: bench-agency\n",
    );
    let mut actions = String::from("actions:\n");
    let mut chips = String::from("chips:\n");
    let mut events = String::from("events:\n");
    for i in 0..FACTS_PER_KIND {
        let day = 1 + i % 28;
        let month = 1 + (i / 28) % 12;
        let _ = writeln!(
            actions,
            "  - id: action-{i}\n    actor: bench-agency\n    action: add\n    list: bench-list\n    target: company-{i}\n    date: 2020-{month:02}-{day:02}"
        );
        source(&mut actions);
        let _ = writeln!(
            chips,
            "  - id: chip-{i}\n    name: Bench Chip {i}X\n    node_nm: {}",
            3 + i % 20
        );
        source(&mut chips);
        let _ = writeln!(
            events,
            "  - id: event-{i}\n    name: Event {i}\n    names: [Bench Summit {i}]\n    date: 2021-{month:02}-{day:02}"
        );
        source(&mut events);
    }
    lists.push('\n');
    [
        ("entities", entities),
        ("lists", lists),
        ("offices", offices),
        ("terms", terms),
        ("actions", actions),
        ("chips", chips),
        ("events", events),
    ]
    .into_iter()
    .map(|(name, text)| SourceFile {
        name: format!("bench/{name}.yaml"),
        text,
    })
    .collect()
}

fn best_of<T>(runs: usize, mut f: impl FnMut() -> T) -> (Duration, T) {
    let mut best = Duration::MAX;
    let mut last = None;
    for _ in 0..runs {
        let start = Instant::now();
        let value = f();
        best = best.min(start.elapsed());
        last = Some(value);
    }
    (best, last.expect("at least one run"))
}

fn main() {
    let files = generate();
    let bytes: usize = files.iter().map(|f| f.text.len()).sum();
    let (parse_time, _) = best_of(3, || {
        files
            .iter()
            .map(|f| {
                serde_yaml::from_str::<claimcheck::dataset::schema::DatasetFile>(&f.text)
                    .map(|d| d.chips.len())
                    .unwrap_or(0)
            })
            .sum::<usize>()
    });
    println!(
        "serde_yaml alone, one thread (used for files outside the plain layout): {:.0} ms",
        parse_time.as_secs_f64() * 1e3
    );
    let (load_time, loaded) = best_of(3, || load_all(&files, false));
    let dataset = loaded.dataset;
    let aliases: usize = dataset.entities.iter().map(|(_, e)| e.aliases.len()).sum();
    println!(
        "generated dataset: {} facts, {aliases} aliases, {:.1} MB of YAML, {} problems",
        dataset.fact_count(),
        bytes as f64 / 1e6,
        loaded.problems.len()
    );
    println!(
        "load + check + lint + index: {:.0} ms (best of 3)",
        load_time.as_secs_f64() * 1e3
    );

    // The same dataset with every source title written with an escape the
    // quick reader leaves to serde_yaml: the figure for files outside the
    // plain layout.
    let escaped: Vec<SourceFile> = files
        .iter()
        .map(|f| SourceFile {
            name: f.name.clone(),
            text: f.text.replace(
                "title: A generated source",
                "title: \"A generated \\u0073ource\"",
            ),
        })
        .collect();
    let (fallback_time, fallback) = best_of(3, || load_all(&escaped, false));
    println!(
        "the same with every source title escaped (read by serde_yaml): {:.0} ms (best of 3), {} problems",
        fallback_time.as_secs_f64() * 1e3,
        fallback.problems.len()
    );

    let seed_path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/china-daily-2023-12-25.md");
    let seed = fs::read(&seed_path).expect("the seed article is shipped");
    let check = |dataset: &claimcheck::dataset::Dataset| {
        let article = Article::parse("seed.md", seed.clone(), None).expect("the seed parses");
        claimcheck::check_article(article, dataset).findings.len()
    };
    let (big, findings) = best_of(20, || check(&dataset));
    let shipped = load_all(&embedded_files(), false).dataset;
    let (small, shipped_findings) = best_of(20, || check(&shipped));
    println!(
        "check the seed article: {:.2} ms against the generated dataset ({findings} findings), {:.2} ms against the shipped one ({shipped_findings} findings)",
        big.as_secs_f64() * 1e3,
        small.as_secs_f64() * 1e3
    );
}
