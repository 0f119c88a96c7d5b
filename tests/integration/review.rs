//! Reviewing reports in CI: fail level apart from report level, inline
//! acceptance markers, baselines that survive edits, report diffs, and
//! every kind of input.

use std::fs;
use std::path::Path;

use crate::util::{run, seed_text, stderr, stdout};

/// The seed article with one contradiction injected (Nov 15 for Nov 16).
fn contradicted_seed() -> String {
    seed_text().replacen("On Nov 16, the US removed", "On Nov 15, the US removed", 1)
}

fn write(dir: &Path, name: &str, text: &str) -> String {
    let path = dir.join(name);
    fs::write(&path, text).unwrap();
    path.display().to_string()
}

#[test]
fn fail_level_is_apart_from_what_is_shown() {
    let dir = tempfile::tempdir().unwrap();
    let wrong = write(dir.path(), "wrong.md", &contradicted_seed());
    // Hiding contradictions does not hide the failure.
    let hidden = run(&["check", "--show", "supported", &wrong]);
    assert_eq!(hidden.status.code(), Some(1));
    assert!(
        !stdout(&hidden).contains("contradicted["),
        "{}",
        stdout(&hidden)
    );
    assert!(
        stdout(&hidden).contains("12 supported, 1 contradicted, 0 unverified; 1 not shown"),
        "{}",
        stdout(&hidden)
    );
    let never = run(&["check", "--fail-on", "never", &wrong]);
    assert_eq!(never.status.code(), Some(0));
    let only = run(&["check", "--show", "contradicted,unverified", &wrong]);
    assert_eq!(
        stdout(&only).matches("\n\n").count(),
        1,
        "{}",
        stdout(&only)
    );
    // An unverified claim fails only when asked.
    let unverified = write(
        dir.path(),
        "unverified.md",
        "---\ndate: 2023-12-25\n---\nOn Dec. 5, Huawei released a new laptop.\n",
    );
    assert_eq!(run(&["check", &unverified]).status.code(), Some(0));
    assert_eq!(
        run(&["check", "--fail-on", "unverified", &unverified])
            .status
            .code(),
        Some(1)
    );
}

#[test]
fn an_inline_marker_accepts_a_finding_with_its_reason() {
    let dir = tempfile::tempdir().unwrap();
    let text = contradicted_seed().replacen(
        "On Nov 15, the US removed",
        "<!-- claimcheck: accept sanction \"Nov 15\" reason: the print edition's date, kept as published -->\nOn Nov 15, the US removed",
        1,
    );
    let path = write(dir.path(), "accepted.md", &text);
    let output = run(&["check", "--format", "json", &path]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(json["summary"]["contradicted"], 0);
    assert_eq!(json["summary"]["accepted"], 1);
    let accepted = &json["articles"][0]["accepted"][0];
    assert_eq!(accepted["text"], "Nov 15");
    assert_eq!(
        accepted["reason"],
        "the print edition's date, kept as published"
    );
}

#[test]
fn a_marker_without_a_reason_is_an_error_with_its_place() {
    let dir = tempfile::tempdir().unwrap();
    let text = contradicted_seed().replacen(
        "On Nov 15, the US removed",
        "<!-- claimcheck: accept sanction \"Nov 15\" -->\nOn Nov 15, the US removed",
        1,
    );
    let path = write(dir.path(), "no-reason.md", &text);
    let output = run(&["check", &path]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("no-reason.md: 12:1: a marker needs a reason"),
        "{}",
        stderr(&output)
    );
    // The finding it tried to accept is still reported.
    assert!(
        stdout(&output).contains("contradicted[sanction]"),
        "{}",
        stdout(&output)
    );
}

#[test]
fn a_marker_that_matches_nothing_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let text = seed_text().replacen(
        "On Nov 16, the US removed",
        "<!-- claimcheck: accept sanction \"Nov 15\" reason: old -->\nOn Nov 16, the US removed",
        1,
    );
    let path = write(dir.path(), "stale-marker.md", &text);
    let output = run(&["check", &path]);
    assert_eq!(output.status.code(), Some(0));
    assert!(
        stdout(&output)
            .contains("note: 12:1: the marker accepting sanction \"nov 15\" matches no finding"),
        "{}",
        stdout(&output)
    );
}

#[test]
fn a_baseline_survives_a_paragraph_inserted_above_and_reports_new_findings() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "article.md", &contradicted_seed());
    let baseline = dir.path().join("baseline.json").display().to_string();
    let first = run(&["check", "--write-baseline", &baseline, &path]);
    assert_eq!(first.status.code(), Some(1));
    let recorded: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(&baseline).unwrap()).unwrap();
    assert_eq!(recorded["entries"].as_array().map(Vec::len), Some(1));
    assert_eq!(recorded["entries"][0]["text"], "Nov 15");

    // A paragraph inserted at the top moves every line; the baseline still matches.
    let moved = contradicted_seed().replacen(
        "\n---\nSpace for talks",
        "\n---\nAn editor's note added above.\n\nSpace for talks",
        1,
    );
    assert_ne!(moved, contradicted_seed());
    fs::write(&path, &moved).unwrap();
    let second = run(&["check", "--baseline", &baseline, &path]);
    assert_eq!(second.status.code(), Some(0), "{}", stdout(&second));
    assert!(
        stdout(&second).contains("0 contradicted, 0 unverified; 1 in the baseline"),
        "{}",
        stdout(&second)
    );

    // A new error is reported and fails; the baselined one stays quiet.
    let worse = moved.replacen("In August, Huawei launched", "In July, Huawei launched", 1);
    fs::write(&path, &worse).unwrap();
    let third = run(&["check", "--baseline", &baseline, &path]);
    assert_eq!(third.status.code(), Some(1));
    assert_eq!(
        stdout(&third).matches("contradicted[").count(),
        1,
        "{}",
        stdout(&third)
    );
    assert!(
        stdout(&third).contains("the article dates it `2023-07`"),
        "{}",
        stdout(&third)
    );

    // Fixing the baselined error makes its entry stale.
    fs::write(&path, seed_text()).unwrap();
    let fixed = run(&["check", "--baseline", &baseline, &path]);
    assert_eq!(fixed.status.code(), Some(0));
    let summary = run(&[
        "check",
        "--format",
        "markdown",
        "--baseline",
        &baseline,
        &path,
    ]);
    assert!(
        stdout(&summary).contains("**Notes:**"),
        "{}",
        stdout(&summary)
    );
    assert!(
        stdout(&summary).contains("stale baseline entry: sanction"),
        "{}",
        stdout(&summary)
    );
    assert!(
        stdout(&fixed).contains("stale baseline entry: sanction \"Nov 15\" (contradicted)"),
        "{}",
        stdout(&fixed)
    );
}

/// A copy of the shipped dataset with some text replaced, to see what a
/// dataset change does to reports.
fn changed_dataset(dir: &Path, edits: &[(&str, &str, &str)]) -> String {
    let claims = dir.join("claims");
    fs::create_dir_all(&claims).unwrap();
    for entry in fs::read_dir("claims").unwrap().filter_map(Result::ok) {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.ends_with(".yaml") {
            let mut text = fs::read_to_string(entry.path()).unwrap();
            for (file, from, to) in edits {
                if *file == name {
                    assert_eq!(text.matches(from).count(), 1, "{from}");
                    text = text.replacen(from, to, 1);
                }
            }
            fs::write(claims.join(&name), text).unwrap();
        }
    }
    claims.display().to_string()
}

#[test]
fn diff_reports_new_gone_and_changed_findings_and_fails_when_worse() {
    let dir = tempfile::tempdir().unwrap();
    let prefix = format!("{}/", dir.path().display());
    let json = |name: &str, text: &str, claims: &str| {
        let article = write(dir.path(), &format!("{name}.md"), text);
        let output = run(&["check", "--format", "json", "--claims", claims, &article]);
        // Both reports must speak of the same path, a portable one.
        let report = String::from_utf8(output.stdout)
            .unwrap()
            .replace(&prefix, "")
            .replace(&format!("{name}.md"), "article.md");
        write(dir.path(), &format!("{name}.json"), &report)
    };
    let seed = seed_text();
    // Before: a contradiction (Nov 15) and an unverified claim (Dec. 5).
    let old_text = seed
        .replacen("On Nov 16, the US removed", "On Nov 15, the US removed", 1)
        .replacen(
            "Earlier this month, Huawei released",
            "On Dec. 5, Huawei released",
            1,
        );
    let old = json("old", &old_text, "claims");
    // After, the article: the Dec. 5 claim is gone and a new error appears.
    let new_text = old_text
        .replacen("On Dec. 5, Huawei released", "The company released", 1)
        .replacen("In August, Huawei launched", "In July, Huawei launched", 1);
    // After, the dataset: the removal is re-dated (Nov 15 becomes right)
    // and the Kirin 9000S is given another node (7 nm becomes wrong).
    let claims = changed_dataset(
        dir.path(),
        &[
            (
                "sanctions.yaml",
                "    target: ifs-mps\n    date: 2023-11-16",
                "    target: ifs-mps\n    date: 2023-11-15",
            ),
            (
                "chips.yaml",
                "    foundry: smic\n    node_nm: 7",
                "    foundry: smic\n    node_nm: 5",
            ),
        ],
    );
    let new = json("new", &new_text, &claims);
    let output = run(&["diff", &old, &new]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(text.contains("changed contradicted[sanction] \"Nov 15\" (ifs-entity-list-removal) -> supported[sanction]"), "{text}");
    assert!(
        text.contains(
            "changed supported[chip-node] \"7-nanometer\" (kirin-9000s) -> contradicted[chip-node]"
        ),
        "{text}"
    );
    assert!(
        text.contains("new contradicted[event-date] \"July\""),
        "{text}"
    );
    assert!(
        text.contains("gone unverified[event-date] \"Dec. 5\""),
        "{text}"
    );
    insta::assert_snapshot!("diff_text", text);
    let markdown = run(&["diff", "--format", "markdown", &old, &new]);
    insta::assert_snapshot!("diff_markdown", stdout(&markdown));
    // Nothing changed: exit 0.
    let same = run(&["diff", &old, &old]);
    assert_eq!(same.status.code(), Some(0));
    assert_eq!(stdout(&same), "0 new, 0 gone, 0 changed; 0 worse\n");
    // Only improvements: exit 0.
    let better = run(&["diff", &new, &json("fixed", &seed, "claims")]);
    assert_eq!(better.status.code(), Some(0), "{}", stdout(&better));
    assert!(
        stdout(&better).ends_with("; 0 worse\n"),
        "{}",
        stdout(&better)
    );
}

#[test]
fn diff_rejects_a_file_that_is_not_a_report() {
    let dir = tempfile::tempdir().unwrap();
    let bad = write(dir.path(), "bad.json", "{\"articles\": [}");
    let output = run(&["diff", &bad, &bad]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("old report: 1:15:"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn folders_are_read_recursively_and_standard_input_works() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir_all(dir.path().join("a/b")).unwrap();
    write(&dir.path().join("a"), "one.md", &seed_text());
    write(&dir.path().join("a/b"), "two.txt", &contradicted_seed());
    write(&dir.path().join("a/b"), "ignored.json", "{}");
    let output = run(&["check", dir.path().join("a").to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stdout(&output).contains("2 articles checked: 25 supported, 1 contradicted"),
        "{}",
        stdout(&output)
    );

    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_claimcheck"))
        .args(["check", "--date", "2023-12-25", "-"])
        .current_dir(crate::util::root())
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write as _;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"The 5nm Kirin 9000S is new.\n")
        .unwrap();
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stdout(&output).starts_with("-:1:5: contradicted[chip-node]"),
        "{}",
        stdout(&output)
    );

    let empty = tempfile::tempdir().unwrap();
    let output = run(&[
        "check",
        empty.path().to_str().unwrap(),
        "examples/china-daily-2023-12-25.md",
    ]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("the folder holds no .txt or .md article"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn jsonl_streams_one_finding_per_line() {
    let output = run(&[
        "check",
        "--format",
        "jsonl",
        "examples/china-daily-2023-12-25.md",
        "missing.md",
    ]);
    assert_eq!(output.status.code(), Some(2));
    let lines: Vec<serde_json::Value> = stdout(&output)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 14);
    assert!(lines[..13].iter().all(|l| l["verdict"] == "supported"));
    assert_eq!(lines[13]["path"], "missing.md");
}
