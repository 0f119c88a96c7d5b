//! The quick reader must read every document it accepts exactly as
//! serde_yaml does. These tests compare the two on the shipped dataset, on
//! the lint fixtures, on tricky snippets and on thousands of mutations.

use std::fs;
use std::path::Path;

use super::{parse, parse_piece};
use crate::dataset::embedded_files;
use crate::dataset::schema::DatasetFile;

/// serde_yaml's reading of `text`, as comparable text.
fn reference(text: &str) -> Option<String> {
    serde_yaml::from_str::<DatasetFile>(text)
        .ok()
        .map(|d| format!("{d:?}"))
}

/// Fails when the quick reader accepts `text` but reads it otherwise than
/// serde_yaml; returns whether it accepted it.
fn agrees(text: &str) -> bool {
    let Some(quick) = parse(text) else {
        return false;
    };
    let quick = format!("{quick:?}");
    match reference(text) {
        Some(expected) => assert_eq!(quick, expected, "read differently:\n{text}"),
        None => panic!("accepted what serde_yaml rejects:\n{text}"),
    }
    true
}

fn fixture_texts() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/datasets");
    let mut texts = Vec::new();
    for dir in fs::read_dir(root).into_iter().flatten().flatten() {
        for file in fs::read_dir(dir.path()).into_iter().flatten().flatten() {
            if let Ok(text) = fs::read_to_string(file.path()) {
                texts.push(text);
            }
        }
    }
    assert!(texts.len() > 10, "the fixtures are found");
    texts
}

#[test]
fn the_shipped_dataset_is_read_quickly_and_alike() {
    for file in embedded_files() {
        assert!(agrees(&file.text), "{} is declined", file.name);
    }
}

#[test]
fn the_lint_fixtures_are_read_alike() {
    for text in fixture_texts() {
        agrees(&text);
    }
}

#[test]
fn the_benchmark_layout_is_read_quickly() {
    let text = "entities:\n  - id: company-1\n    name: Company Number 1\n    kind: company\n    aliases: [Company 1, Co 1 Ltd]\nchips:\n  - id: chip-1\n    name: Bench Chip 1X\n    node_nm: 7\n    sources:\n      - publisher: Bench Gazette\n        title: A generated source\n        url: https://example.org/bench\n";
    assert!(agrees(text));
    let piece = "  - id: chip-2\n    name: C\n    node_nm: 5\n    sources: []\n";
    let quick = parse_piece("chips:", piece).map(|d| format!("{d:?}"));
    assert_eq!(quick, reference(&format!("chips:\n{piece}")));
}

/// Snippets that stress the edges of the plain layout, each inside a
/// small valid document.
const TRICKY_VALUES: &[&str] = &[
    "plain text",
    "text  # comment",
    "'single ''quoted'''",
    "\"double \\\"quoted\\\" \\\\ \\/ \\n \\t\"",
    "\"unknown \\x41 escape\"",
    "\"quote\" # comment",
    "\"quote\"# not a comment",
    "\"quote\" trailing",
    "null",
    "~",
    "Null",
    "true",
    "yes",
    "7",
    "007",
    "0x1F",
    "1e3",
    "+7",
    "-7",
    ".inf",
    "inf",
    "2023",
    "2023-11",
    "2023-11-16",
    "a: b",
    "a:b",
    "ends with colon:",
    "C#",
    "x #y",
    "&anchor value",
    "*alias",
    "!tag value",
    "|\n      literal\n      text\n",
    "|-\n      literal\n\n      text\n",
    ">-\n      folded\n      text\n\n      again\n",
    ">\n      folded\n        more indented\n",
    ">-\n\n      leading empty\n",
    ">+\n      keep\n",
    "[a, b]",
    "[a, 'b, c', \"d\"]",
    "[]",
    "[a,]",
    "[a, [b]]",
    "[a: b]",
    "[a #b]",
    "{a: b}",
    "",
    "Ünïcödé — text",
    "text\u{a0}",
    "\u{3000}wide space",
    "company",
    "'company'",
    "Company",
    "false",
    "FALSE",
    "multi\n      line plain",
    "'multi\n      line quoted'",
];

/// Documents with a `{v}` where a tricky value goes.
const TEMPLATES: &[&str] = &[
    "chips:\n  - id: x\n    name: {v}\n    node_nm: 7\n    sources: []\n",
    "chips:\n  - id: x\n    name: N\n    node_nm: {v}\n    sources: []\n",
    "chips:\n  - id: x\n    name: N\n    node_nm: 7\n    note: {v}\n    sources: []\n",
    "events:\n  - id: x\n    name: N\n    names: [N]\n    date: {v}\n    sources: []\n",
    "entities:\n  - id: x\n    name: N\n    kind: {v}\n",
    "entities:\n- id: x\n  name: N\n  kind: company\n  aliases: {v}\n",
    "entities:\n  - id: x\n    name: N\n    kind: company\n    aliases:\n      - {v}\n",
    "offices:\n  - id: x\n    name: N\n    single_holder: {v}\n",
];

#[test]
fn tricky_values_are_read_alike_or_declined() {
    let mut accepted = 0;
    for template in TEMPLATES {
        for value in TRICKY_VALUES {
            accepted += usize::from(agrees(&template.replace("{v}", value)));
        }
    }
    assert!(accepted > 50, "only {accepted} accepted");
}

/// A small deterministic random number generator (xorshift), so the
/// mutations are the same on every run.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }
}

const INSERTS: &[&str] = &[
    ": ",
    " #",
    "#",
    "'",
    "\"",
    "- ",
    "-",
    "  ",
    " ",
    "\n",
    "\n  ",
    "\n    ",
    "[",
    "]",
    ",",
    "~",
    "null",
    "0x1",
    "1e3",
    "|",
    ">-",
    "&a ",
    "*a",
    "!t ",
    "\\",
    "? ",
    "{",
    "}",
    "true",
    "\t",
    "\r",
    "\n- ",
    ":",
    "\n\n",
    "7",
    "é",
    "\u{2028}",
    "\u{85}",
    "''",
    "\\\"",
    "\n# c\n",
    ">",
    "|-",
    "\n      x",
    "\n  - id: z\n",
    "\u{feff}",
    "\u{a0}",
];

/// A copy of `text` with one random edit.
fn mutate(text: &str, rng: &mut Rng) -> String {
    let mut boundaries: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
    boundaries.push(text.len());
    let at = boundaries[rng.below(boundaries.len())];
    let mut out = String::with_capacity(text.len() + 8);
    match rng.below(3) {
        0 => {
            out.push_str(&text[..at]);
            out.push_str(INSERTS[rng.below(INSERTS.len())]);
            out.push_str(&text[at..]);
        }
        1 => {
            let end = boundaries[(boundaries.partition_point(|&b| b < at) + 1 + rng.below(3))
                .min(boundaries.len() - 1)];
            out.push_str(&text[..at]);
            out.push_str(&text[end..]);
        }
        _ => {
            // Re-indent the line around `at`.
            let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
            out.push_str(&text[..start]);
            out.push_str(["", " ", "  ", "   "][rng.below(4)]);
            out.push_str(text[start..].trim_start_matches(if rng.below(2) == 0 {
                " "
            } else {
                ""
            }));
        }
    }
    out
}

#[test]
fn mutations_are_read_alike_or_declined() {
    let mut rng = Rng(0x1234_5678_9abc_def1);
    let mut texts: Vec<String> = fixture_texts();
    // Pairs of entries cut out of the shipped files keep each document small.
    for file in embedded_files() {
        let mut header = "";
        let mut entry: Vec<&str> = Vec::new();
        let mut entries: Vec<(&str, String)> = Vec::new();
        for line in file.text.lines().chain(["end:"]) {
            let starts_entry = line.starts_with("  - ") || line.starts_with("- ");
            let is_header = !line.starts_with([' ', '#', '-']) && line.ends_with(':');
            if (starts_entry || is_header) && !entry.is_empty() {
                entries.push((header, format!("{}\n", entry.join("\n"))));
                entry.clear();
            }
            if is_header {
                header = line;
            } else if starts_entry || !entry.is_empty() {
                entry.push(line);
            }
        }
        for pair in entries.chunks(2) {
            let mut text = format!("{}\n{}", pair[0].0, pair[0].1);
            for (header, entry) in &pair[1..] {
                if *header != pair[0].0 {
                    text.push_str(header);
                    text.push('\n');
                }
                text.push_str(entry);
            }
            texts.push(text);
        }
    }
    let mut accepted = 0;
    for text in &texts {
        for _ in 0..100 {
            let mut mutated = mutate(text, &mut rng);
            if rng.below(2) == 0 {
                mutated = mutate(&mutated, &mut rng);
            }
            accepted += usize::from(agrees(&mutated));
        }
    }
    assert!(accepted > 100, "only {accepted} mutations were accepted");
}
