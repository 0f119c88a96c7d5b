//! Exit codes and messages of the command line, for good and bad input.

use std::fs;

use crate::util::{run, stderr, stdout};

#[test]
fn seed_article_exits_zero_with_a_summary() {
    let output = run(&["check", "examples/china-daily-2023-12-25.md"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let out = stdout(&output);
    assert!(out.contains("1 article checked:"), "{out}");
    assert!(out.contains(", 0 contradicted,"), "{out}");
}

#[test]
fn a_contradiction_exits_one() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("wrong.txt");
    fs::write(
        &path,
        "In August, Huawei launched the Mate 60 series using the 5-nanometer Kirin 9000S.\n",
    )
    .unwrap();
    let output = run(&["check", "--date", "2023-12-25", path.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1), "{}", stdout(&output));
    assert!(
        stdout(&output).contains("contradicted[chip-node]"),
        "{}",
        stdout(&output)
    );
}

#[test]
fn missing_file_exits_two_and_the_rest_is_still_checked() {
    let output = run(&[
        "check",
        "no/such/article.txt",
        "examples/china-daily-2023-12-25.md",
    ]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("no/such/article.txt: no such file"),
        "{}",
        stderr(&output)
    );
    assert!(
        stdout(&output).contains("1 article checked:"),
        "{}",
        stdout(&output)
    );
}

#[test]
fn non_utf8_file_names_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("latin1.txt");
    fs::write(&path, b"First line.\nCaf\xe9 society.\n").unwrap();
    let output = run(&["check", path.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("latin1.txt: 2:4: the file is not valid UTF-8"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn empty_file_is_an_input_error() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("empty.md");
    fs::write(&path, "").unwrap();
    let output = run(&["check", path.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("empty.md: the article is empty"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn malformed_dataset_names_file_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("chips.yaml"),
        "chips:\n  - id: kirin-9000s\n    name: Kirin 9000S\n    node: 7\n",
    )
    .unwrap();
    let output = run(&[
        "check",
        "--claims",
        dir.path().to_str().unwrap(),
        "examples/china-daily-2023-12-25.md",
    ]);
    assert_eq!(output.status.code(), Some(2));
    let err = stderr(&output);
    assert!(
        err.contains("chips.yaml:4:5: error: unknown field `node`"),
        "{err}"
    );
    assert!(err.contains("hint: did you mean `node_nm`?"), "{err}");
}

#[test]
fn yaml_syntax_error_names_its_place() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("bad.yaml"),
        "entities:\n  - id: x\n    name: \"unclosed\n",
    )
    .unwrap();
    let output = run(&[
        "check",
        "--claims",
        dir.path().to_str().unwrap(),
        "examples/china-daily-2023-12-25.md",
    ]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("bad.yaml:4:1: error:"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn unknown_flag_is_a_usage_error() {
    let output = run(&[
        "check",
        "--frobnicate",
        "examples/china-daily-2023-12-25.md",
    ]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("unexpected argument '--frobnicate'"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn bad_date_flag_is_a_usage_error() {
    let output = run(&[
        "check",
        "--date",
        "2023-02-30",
        "examples/china-daily-2023-12-25.md",
    ]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("`2023-02-30` is not a calendar date"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn json_output_is_one_document_with_a_summary() {
    let output = run(&[
        "check",
        "--format",
        "json",
        "examples/china-daily-2023-12-25.md",
    ]);
    assert_eq!(output.status.code(), Some(0));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).expect("valid JSON");
    assert_eq!(json["summary"]["contradicted"], 0);
    assert_eq!(json["articles"][0]["date"], "2023-12-25");
    assert_eq!(json["articles"][0]["date_source"], "front-matter");
}

#[test]
fn timex_json_offsets_count_characters_like_jsonl() {
    // A curly apostrophe and two accented letters come before the date:
    // bytes and characters differ by six there.
    let text = "Macron\u{2019}s office said the \u{c9}lys\u{e9}e talks would resume on 12 March.";
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("elysee.txt");
    fs::write(&article, format!("{text}\n")).unwrap();
    let output = run(&[
        "timex",
        "--date",
        "2024-03-15",
        "--format",
        "json",
        article.to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).expect("valid JSON");
    let t = &json["timexes"][0];
    assert_eq!(t["text"], "12 March", "{json}");
    assert_eq!(
        (t["start"].as_u64(), t["end"].as_u64()),
        (Some(54), Some(62))
    );
    // The column counts characters too (1-based, same line).
    assert_eq!(t["column"], 55);
    let chars: String = text.chars().skip(54).take(62 - 54).collect();
    assert_eq!(chars, "12 March");

    // The evaluation interface gives the same offsets for the same text.
    let jsonl = dir.path().join("in.jsonl");
    let line = serde_json::json!({"doc": "d1", "dct": "2024-03-15", "text": text});
    fs::write(&jsonl, format!("{line}\n")).unwrap();
    let output = run(&["timex", "--jsonl", jsonl.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let got: serde_json::Value = serde_json::from_slice(&output.stdout).expect("valid JSON");
    assert_eq!(got["timexes"][0]["start"], t["start"]);
    assert_eq!(got["timexes"][0]["end"], t["end"]);
}

#[test]
fn timex_jsonl_reports_a_bad_line_and_still_tags_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    let jsonl = dir.path().join("in.jsonl");
    fs::write(
        &jsonl,
        "{\"doc\": \"a\", \"dct\": \"2023-12-25\", \"text\": \"last week\"}\n\
         not json\n\
         {\"doc\": \"c\", \"dct\": \"2023-12-25\", \"text\": \"yesterday\"}\n",
    )
    .unwrap();
    let output = run(&["timex", "--jsonl", jsonl.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2));
    let err = stderr(&output);
    assert!(err.contains("in.jsonl: line 2: not valid JSON"), "{err}");
    let lines: Vec<serde_json::Value> = output
        .stdout
        .split(|&b| b == b'\n')
        .filter(|l| !l.is_empty())
        .map(|l| serde_json::from_slice(l).expect("valid JSON"))
        .collect();
    assert_eq!(lines.len(), 3, "one output line per input line");
    assert_eq!(lines[1]["doc"], serde_json::Value::Null);
    assert!(lines[1]["error"].is_string());
    assert_eq!(lines[2]["doc"], "c");
    assert_eq!(lines[2]["timexes"][0]["value"], "2023-12-24");
}
