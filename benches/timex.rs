//! Throughput of the temporal tagger on one core.
//!
//! Reads the file named by `TIMEX_BENCH_FILE` (a `.jsonl` in the
//! evaluation format, whose `text`/`dct` fields are tagged, or plain text),
//! or by default the repository's `examples/*.md` / `*.txt` files repeated
//! to about 5 MB, runs `tag` over it several times and prints MB/s.

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
    let rounds = (50_000_000 / bytes.max(1)).clamp(3, 200);
    let start = Instant::now();
    for _ in 0..rounds {
        for (t, d) in &docs {
            found += std::hint::black_box(tag(t, *d)).len();
        }
    }
    let secs = start.elapsed().as_secs_f64();
    let mb = (bytes * rounds) as f64 / 1e6;
    println!(
        "timex: {:.1} MB in {} docs x {rounds} rounds: {:.3} s, {:.1} MB/s ({} timexes per round)",
        bytes as f64 / 1e6,
        docs.len(),
        secs,
        mb / secs,
        found / (rounds + 1)
    );
    reference_pass(&docs, rounds);
}

/// Times one pass of a single date-shaped regex over the same texts, the
/// yardstick the tagger's goal is set against: the ratio of the two figures
/// stays meaningful on hosts of different speeds, where MB/s alone does not.
fn reference_pass(docs: &Docs, rounds: usize) {
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
    let start = Instant::now();
    for _ in 0..rounds {
        for (t, _) in docs {
            hits += std::hint::black_box(re.find_iter(t).count());
        }
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "reference: one date-shaped regex over the same texts: {:.1} MB/s ({} matches per round)",
        (bytes * rounds) as f64 / 1e6 / secs,
        hits / rounds.max(1)
    );
}
