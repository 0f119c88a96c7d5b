//! Articles other than the seed: none of them may produce a false
//! contradiction, and the tech round-up must be supported where it is right.
//! Also the shapes an article file comes in: a byte-order mark, front matter
//! delimiters with trailing whitespace or CRLF, a file too large to read.

use std::fs;
use std::path::Path;

use claimcheck::article::MAX_ARTICLE_BYTES;
use claimcheck::verify::Verdict;
use serde_json::Value;

use crate::util::{check, root, run, stderr, stdout};

fn read(name: &str) -> String {
    std::fs::read_to_string(root().join("tests/fixtures/articles").join(name))
        .expect("fixture exists")
}

#[test]
fn an_unrelated_local_sports_story_yields_no_contradiction() {
    let report = check(&read("high-school-football.md"), None);
    let wrong: Vec<_> = report
        .findings
        .iter()
        .filter(|f| f.verdict == Verdict::Contradicted)
        .collect();
    assert!(wrong.is_empty(), "{wrong:#?}");
    // Its one checkable statement is the weekday of Nov. 23, 2024 (a Saturday).
    let weekdays: Vec<_> = report
        .findings
        .iter()
        .map(|f| (f.claim.kind.as_str(), f.verdict))
        .collect();
    assert_eq!(weekdays, [("weekday", Verdict::Supported)]);
}

#[test]
fn a_correct_tech_round_up_is_supported_and_never_contradicted() {
    let report = check(&read("chip-roundup.md"), None);
    let found: Vec<_> = report
        .findings
        .iter()
        .map(|f| {
            (
                f.claim.kind.as_str(),
                f.claim.span.slice(&report.article.text),
                f.verdict,
            )
        })
        .collect();
    use Verdict::Supported as S;
    assert_eq!(
        found,
        [
            ("chip-node", "7-nanometer", S),
            ("event-date", "Aug 29, 2023", S),
            ("office", "US Commerce Secretary Gina Raimondo", S),
            ("chip-node", "3nm", S),
            ("sanction", "May 2019", S),
            ("sanction", "December 2020", S),
            ("sanction", "Nov 16, 2023", S),
            ("office", "Chinese President Xi Jinping", S),
            ("office", "US President Joe Biden", S),
        ]
    );
}

const BOM: &str = "\u{feff}";

/// An article whose first claim is at line 1, column 1.
const FIRST_LINE_CLAIM: &str = "US Commerce Secretary Gina Raimondo said the US removed the \
    Institute of Forensic Science of China's Ministry of Public Security from the Entity List \
    on Nov 16, 2023.\n";

/// Writes the round-up (front matter on line 1) and `FIRST_LINE_CLAIM`
/// into `dir`, each after `prefix`, and gives their paths.
fn write_pair(dir: &Path, prefix: &str) -> [String; 2] {
    let roundup = dir.join("roundup.md");
    let first = dir.join("first.txt");
    fs::write(&roundup, format!("{prefix}{}", read("chip-roundup.md"))).unwrap();
    fs::write(&first, format!("{prefix}{FIRST_LINE_CLAIM}")).unwrap();
    [roundup, first].map(|p| p.to_str().unwrap().to_string())
}

/// Every number under a key that names a position, in document order:
/// (key, value). Lines and columns, and byte offsets, kept apart.
fn positions(value: &Value, out: &mut Vec<(String, u64)>) {
    match value {
        Value::Object(map) => {
            for (key, v) in map {
                match v {
                    Value::Number(n) => out.push((key.clone(), n.as_u64().unwrap_or(u64::MAX))),
                    _ => positions(v, out),
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|v| positions(v, out)),
        _ => {}
    }
}

fn json_documents(output: &str) -> Vec<Value> {
    serde_json::Deserializer::from_str(output)
        .into_iter::<Value>()
        .collect::<Result<_, _>>()
        .unwrap_or_else(|e| panic!("{e}: {output}"))
}

#[test]
fn a_byte_order_mark_changes_no_line_or_column_in_any_format() {
    let plain_dir = tempfile::tempdir().unwrap();
    let bom_dir = tempfile::tempdir().unwrap();
    let plain = write_pair(plain_dir.path(), "");
    let bom = write_pair(bom_dir.path(), BOM);
    let dirs = [plain_dir.path(), bom_dir.path()].map(|d| d.to_str().unwrap().to_string());
    let formats = [
        "text",
        "github",
        "junit",
        "markdown",
        "claimreview",
        "json",
        "jsonl",
        "sarif",
    ];
    for format in formats {
        let [plain_out, bom_out] = [(&plain, &dirs[0]), (&bom, &dirs[1])].map(|(files, dir)| {
            let output = run(&[
                "check",
                "--date",
                "2024-01-10",
                "--format",
                format,
                &files[0],
                &files[1],
            ]);
            assert_eq!(
                output.status.code(),
                Some(0),
                "{format}: {}",
                stderr(&output)
            );
            stdout(&output).replace(dir.as_str(), "DIR")
        });
        if !matches!(format, "json" | "jsonl" | "sarif") {
            assert_eq!(bom_out, plain_out, "{format}");
            continue;
        }
        // Byte offsets point into the file as it is, mark included; lines
        // and columns are those of the file without it.
        let [plain_positions, bom_positions] = [&plain_out, &bom_out].map(|out| {
            let mut found = Vec::new();
            json_documents(out)
                .iter()
                .for_each(|d| positions(d, &mut found));
            found
        });
        assert_eq!(bom_positions.len(), plain_positions.len(), "{format}");
        let mut lines_and_columns = 0;
        for ((key, plain), (bom_key, bom)) in plain_positions.iter().zip(&bom_positions) {
            assert_eq!(key, bom_key, "{format}");
            match key.as_str() {
                "start" | "end" | "byteOffset" | "length" => {
                    assert_eq!(*bom, plain + 3, "{format}: {key}");
                }
                "line" | "column" | "startLine" | "startColumn" | "endLine" | "endColumn" => {
                    lines_and_columns += 1;
                    assert_eq!(bom, plain, "{format}: {key}");
                }
                _ => assert_eq!(bom, plain, "{format}: {key}"),
            }
        }
        assert!(lines_and_columns > 0, "{format}: {plain_out}");
    }
    // The claim at the very start of the file is at 1:1.
    let output = run(&[
        "check",
        "--date",
        "2024-01-10",
        "--format",
        "github",
        &bom[1],
    ]);
    assert!(
        stdout(&output).contains("first.txt:1:1: Gina Raimondo held the office"),
        "{}",
        stdout(&output)
    );
    // The front matter after the mark gives the article its date.
    let report = check(&format!("{BOM}{}", read("chip-roundup.md")), None);
    assert_eq!(report.article.date, Some(jiff::civil::date(2024, 1, 10)));
}

#[test]
fn front_matter_delimiters_with_trailing_whitespace_or_crlf_give_the_same_findings() {
    let summary = |text: &str| {
        let report = check(text, None);
        let findings: Vec<_> = report
            .findings
            .iter()
            .map(|f| {
                let (line, column) = report.article.line_column(f.claim.span.start);
                (f.claim.kind.as_str(), line, column, f.verdict)
            })
            .collect();
        (report.article.date, findings)
    };
    let roundup = read("chip-roundup.md");
    let expected = summary(&roundup);
    assert_eq!(expected.0, Some(jiff::civil::date(2024, 1, 10)));
    let delimiters = |open: &str, close: &str| {
        let rest = roundup.strip_prefix("---\n").unwrap();
        let (yaml, body) = rest.split_once("\n---\n").unwrap();
        format!("{open}{yaml}\n{close}{body}")
    };
    for (open, close) in [
        ("--- \n", "--- \n"),
        ("---\t\n", "---\t\n"),
        ("---  \t\n", "---\n"),
    ] {
        assert_eq!(
            summary(&delimiters(open, close)),
            expected,
            "{open:?} {close:?}"
        );
    }
    let crlf = roundup.replace('\n', "\r\n");
    assert_eq!(summary(&crlf), expected);
    let crlf_and_spaces = crlf.replacen("---\r\n", "--- \r\n", 2);
    assert_eq!(summary(&crlf_and_spaces), expected);
}

#[test]
fn an_article_over_the_size_limit_is_an_input_error_and_the_rest_is_checked() {
    let dir = tempfile::tempdir().unwrap();
    let big = dir.path().join("big.md");
    let at_limit = dir.path().join("at-limit.md");
    // Sparse files: all zero bytes, nothing written to disk.
    fs::File::create(&big)
        .and_then(|f| f.set_len(MAX_ARTICLE_BYTES + 1))
        .unwrap();
    fs::File::create(&at_limit)
        .and_then(|f| f.set_len(MAX_ARTICLE_BYTES))
        .unwrap();
    let roundup = root().join("tests/fixtures/articles/chip-roundup.md");
    let output = run(&[
        "check",
        big.to_str().unwrap(),
        at_limit.to_str().unwrap(),
        roundup.to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    let err = stderr(&output);
    assert!(
        err.contains(
            "big.md: the article is larger than 64 MiB (67108864 bytes), the most claimcheck \
             reads of one file; split it, or check that it is the file you meant"
        ),
        "{err}"
    );
    // A file of exactly the limit is read whole, and refused for its content.
    assert!(
        err.contains("at-limit.md: 1:1: the file holds a NUL byte"),
        "{err}"
    );
    assert!(
        stdout(&output).contains("1 article checked: 9 supported"),
        "{}",
        stdout(&output)
    );
}

#[cfg(unix)]
#[test]
fn an_endless_stream_is_read_only_up_to_the_limit() {
    let output = run(&[
        "check",
        "/dev/zero",
        "tests/fixtures/articles/chip-roundup.md",
    ]);
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("/dev/zero: the article is larger than 64 MiB"),
        "{}",
        stderr(&output)
    );
    assert!(
        stdout(&output).contains("1 article checked: 9 supported"),
        "{}",
        stdout(&output)
    );
}
