//! Throughput of the temporal tagger on one core.
//!
//! Reads the file named by `TIMEX_BENCH_FILE` (a `.jsonl` in the
//! evaluation format, whose `text`/`dct` fields are tagged, or plain text),
//! or by default the repository's `examples/*.md` / `*.txt` files repeated
//! to about 5 MB, runs `tag` over it in several timed batches and prints the median and
//! best MB/s.

// A benchmark reports its figures on stdout (and problems on stderr).
#![allow(clippy::print_stdout, clippy::print_stderr)]

use claimcheck::time::tag;
use jiff::civil::Date;
use std::time::Instant;

/// The allocator the `claimcheck` binary uses, so the figures match it.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Documents to tag: text and document date.
type Docs = Vec<(String, Option<Date>)>;

fn load(path: &str) -> Result<Docs, String> {
    let data = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    if !path.ends_with(".jsonl") {
        return Ok(vec![(data, None)]);
    }
    let mut docs = Vec::new();
    for (n, line) in data.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let v: serde_json::Value =
            serde_json::from_str(line).map_err(|e| format!("{path}:{}: {e}", n + 1))?;
        let text = v["text"].as_str().unwrap_or_default().to_string();
        let dct = v["dct"]
            .as_str()
            .and_then(|d| d.get(..10))
            .and_then(|d| d.parse::<Date>().ok());
        docs.push((text, dct));
    }
    Ok(docs)
}

fn default_docs() -> Result<Docs, String> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/examples");
    let mut one = String::new();
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{dir}: {e}"))?;
    for entry in entries.flatten() {
        let p = entry.path();
        if matches!(p.extension().and_then(|e| e.to_str()), Some("md" | "txt")) {
            one.push_str(&std::fs::read_to_string(&p).map_err(|e| format!("{p:?}: {e}"))?);
            one.push('\n');
        }
    }
    if one.is_empty() {
        return Err(format!("no .md or .txt files in {dir}"));
    }
    let mut text = String::new();
    while text.len() < 5_000_000 {
        text.push_str(&one);
    }
    Ok(vec![(text, "2023-12-25".parse().ok())])
}

fn main() {
    let docs = match std::env::var("TIMEX_BENCH_FILE") {
        Ok(path) => load(&path),
        Err(_) => default_docs(),
    };
    let docs = match docs {
        Ok(d) => d,
        Err(e) => {
            eprintln!("timex bench: {e}");
            std::process::exit(1);
        }
    };
    let bytes: usize = docs.iter().map(|(t, _)| t.len()).sum();
    // Warm up (compiles the lazily built matchers).
    let mut found = 0usize;
    for (t, d) in &docs {
        found += tag(t, *d).len();
    }
    let rounds = (50_000_000 / bytes.max(1)).clamp(BATCHES, 200);
    let per_batch = rounds / BATCHES;
    let rates = batches(bytes, per_batch, || {
        for (t, d) in &docs {
            found += std::hint::black_box(tag(t, *d)).len();
        }
    });
    println!(
        "timex: {:.1} MB in {} docs, {BATCHES} batches of {per_batch} rounds: median {:.1} MB/s, best {:.1} MB/s ({} timexes per round)",
        bytes as f64 / 1e6,
        docs.len(),
        rates.median,
        rates.best,
        found / (BATCHES * per_batch + 1)
    );
    reference_pass(&docs, per_batch);
}

/// How many times the rounds are timed: a single timing moves with the
/// machine's other work, the median of several much less.
const BATCHES: usize = 7;

/// The throughput of timed batches, in MB/s.
struct Rates {
    median: f64,
    best: f64,
}

/// Times [`BATCHES`] batches of `per_batch` rounds of `round`, each
/// round reading `bytes` bytes.
fn batches(bytes: usize, per_batch: usize, mut round: impl FnMut()) -> Rates {
    let mut rates: Vec<f64> = (0..BATCHES)
        .map(|_| {
            let start = Instant::now();
            for _ in 0..per_batch {
                round();
            }
            (bytes * per_batch) as f64 / 1e6 / start.elapsed().as_secs_f64()
        })
        .collect();
    rates.sort_by(f64::total_cmp);
    Rates {
        median: rates[BATCHES / 2],
        best: rates[BATCHES - 1],
    }
}

/// Times one pass of a single date-shaped regex over the same texts, the
/// yardstick the tagger's goal is set against: the ratio of the two figures
/// stays meaningful on hosts of different speeds, where MB/s alone does not.
fn reference_pass(docs: &Docs, per_batch: usize) {
    let re = match regex::Regex::new(
        r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}\b",
    ) {
        Ok(re) => re,
        Err(e) => {
            eprintln!("timex bench: reference regex: {e}");
            return;
        }
    };
    let bytes: usize = docs.iter().map(|(t, _)| t.len()).sum();
    let mut hits = 0usize;
    let rates = batches(bytes, per_batch, || {
        for (t, _) in docs {
            hits += std::hint::black_box(re.find_iter(t).count());
        }
    });
    println!(
        "reference: one date-shaped regex over the same texts: median {:.1} MB/s, best {:.1} MB/s ({} matches per round)",
        rates.median,
        rates.best,
        hits / (BATCHES * per_batch).max(1)
    );
}
