//! The dataset as a product: lint on broken datasets (one mistake each),
//! the shipped dataset clean, the editor schema up to date, browsing.

use std::fs;
use std::path::Path;

use claimcheck::dataset::{Severity, load_all, read_dir};
use claimcheck::report::lint::{LintFormat, render};

use crate::util::{run, stderr, stdout};

/// Lint's text output for a dataset folder, as `claims lint` prints it.
fn lint_text(dir: &Path, strict: bool) -> (String, usize) {
    let files = read_dir(dir).expect("fixture folders are readable");
    let loaded = load_all(&files, strict);
    let mut out = Vec::new();
    render(
        &loaded.problems,
        loaded.dataset.fact_count(),
        LintFormat::Text,
        &mut out,
    )
    .expect("rendering to memory works");
    let errors = loaded
        .problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .count();
    (String::from_utf8(out).expect("UTF-8"), errors)
}

#[test]
fn every_broken_fixture_is_caught_with_its_place() {
    let root = Path::new("tests/fixtures/datasets");
    let mut names: Vec<String> = fs::read_dir(root)
        .expect("the fixtures exist")
        .filter_map(Result::ok)
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert!(names.len() >= 15, "{names:?}");
    for name in names {
        let (text, errors) = lint_text(&root.join(&name), false);
        // Warnings-only fixtures are the ones about weak sources and names.
        let warnings_only = matches!(name.as_str(), "weak-source" | "weak-names");
        assert_eq!(errors == 0, warnings_only, "{name}:\n{text}");
        assert!(
            text.lines().next().is_some_and(|l| l.contains(".yaml:")),
            "{name}: no file:line:column\n{text}"
        );
        insta::with_settings!({ snapshot_suffix => name.clone(), prepend_module_to_snapshot => false }, {
            insta::assert_snapshot!("lint", text);
        });
    }
}

#[test]
fn strict_turns_warnings_into_errors() {
    let (_, errors) = lint_text(Path::new("tests/fixtures/datasets/weak-source"), true);
    assert_eq!(errors, 2);
}

#[test]
fn the_shipped_dataset_passes_lint_without_a_warning() {
    let (text, _) = lint_text(Path::new("claims"), false);
    assert!(
        text.starts_with("0 errors, 0 warnings in a dataset of "),
        "{text}"
    );
}

#[test]
fn the_committed_schema_is_up_to_date() {
    let committed =
        fs::read_to_string("claims/schema.json").expect("claims/schema.json is committed");
    assert!(
        committed == claimcheck::dataset::schema::json_schema(),
        "claims/schema.json is out of date: run `cargo run -- claims schema > claims/schema.json`"
    );
}

#[test]
fn every_dataset_file_points_editors_at_the_schema() {
    for entry in fs::read_dir("claims")
        .expect("claims/ exists")
        .filter_map(Result::ok)
    {
        let path = entry.path();
        if path.extension().is_some_and(|e| e == "yaml") {
            let text = fs::read_to_string(&path).expect("readable");
            assert!(
                text.starts_with("# yaml-language-server: $schema=schema.json\n"),
                "{} does not start with the schema line",
                path.display()
            );
        }
    }
}

#[test]
fn lint_command_exits_two_on_errors_and_zero_on_warnings() {
    let broken = run(&[
        "claims",
        "lint",
        "--claims",
        "tests/fixtures/datasets/duplicate-id",
    ]);
    assert_eq!(broken.status.code(), Some(2));
    assert!(
        stdout(&broken).contains("2 errors, 0 warnings"),
        "{}",
        stdout(&broken)
    );
    let weak = run(&[
        "claims",
        "lint",
        "--claims",
        "tests/fixtures/datasets/weak-names",
    ]);
    assert_eq!(weak.status.code(), Some(0), "{}", stdout(&weak));
    let json = run(&[
        "claims",
        "lint",
        "--format",
        "json",
        "--claims",
        "tests/fixtures/datasets/duplicate-id",
    ]);
    let value: serde_json::Value =
        serde_json::from_slice(&json.stdout).expect("lint JSON is valid");
    assert_eq!(value["errors"], 2);
    assert_eq!(value["problems"][0]["line"], 2);
}

#[test]
fn check_refuses_a_dataset_with_errors_and_points_to_lint() {
    let output = run(&[
        "check",
        "--claims",
        "tests/fixtures/datasets/repeated-action",
        "examples/china-daily-2023-12-25.md",
    ]);
    assert_eq!(output.status.code(), Some(2));
    let err = stderr(&output);
    assert!(
        err.contains("repeated-action/dataset.yaml:29:11: error:"),
        "{err}"
    );
    assert!(
        err.contains(
            "run `claimcheck claims lint --claims tests/fixtures/datasets/repeated-action`"
        ),
        "{err}"
    );
}

#[test]
fn list_and_show_browse_the_dataset() {
    let list = run(&["claims", "list", "--kind", "chip"]);
    assert_eq!(list.status.code(), Some(0));
    let text = stdout(&list);
    assert!(
        text.contains("kirin-9000s") && text.contains("[7 nm (SMIC N+2)]"),
        "{text}"
    );
    assert!(!text.contains("entity"), "{text}");
    let grep = run(&["claims", "list", "--grep", "BALLOON"]);
    assert!(
        stdout(&grep).contains("balloon-incident-2023"),
        "{}",
        stdout(&grep)
    );
    let show = run(&["claims", "show", "ifs-entity-list-removal"]);
    let text = stdout(&show);
    assert!(text.contains("value:    2023-11-16"), "{text}");
    assert!(text.contains("defined:  claims/sanctions.yaml:"), "{text}");
    assert!(text.contains("88 FR 80131"), "{text}");
    let missing = run(&["claims", "show", "kirin"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(
        stderr(&missing).contains("did you mean `kirin-9000s`"),
        "{}",
        stderr(&missing)
    );
}

#[test]
fn stub_starts_new_entries_from_unverified_claims() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("article.md");
    fs::write(
        &path,
        "---\ndate: 2024-02-01\n---\nOn Jan. 5, the US removed Huawei from the Entity List, and Joint Chiefs Chairman CQ Brown welcomed it.\n",
    )
    .unwrap();
    let output = run(&["claims", "stub", path.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let yaml = stdout(&output);
    // The stub is valid YAML once the TODOs are filled (they are strings).
    let parsed: serde_yaml::Value =
        serde_yaml::from_str(&yaml.replace("---", "")).expect("stubs are YAML");
    let _ = parsed;
    assert!(
        yaml.contains("actions:\n  - id: huawei-entity-list-remove-2024"),
        "{yaml}"
    );
    assert!(yaml.contains("    action: remove\n    list: entity-list\n    target: huawei\n    date: 2024-01-05   # as the article states it (day precision)"), "{yaml}");
    assert!(yaml.contains("terms:\n  - id: cq-brown-chairman-joint-chiefs\n    person: cq-brown\n    office: chairman-joint-chiefs\n"), "{yaml}");
    assert!(
        yaml.contains("# the article says cq-brown held it on 2024-02-01"),
        "{yaml}"
    );
    assert!(yaml.contains("publisher: TODO"), "{yaml}");
}

#[test]
fn stub_proposes_a_new_event_for_another_occurrence_and_nothing_without_a_date() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("brown.md");
    fs::write(
        &path,
        "---\ndate: 2024-03-01\n---\nOn Tuesday, CQ Brown spoke at a defence conference.\n",
    )
    .unwrap();
    let yaml = stdout(&run(&["claims", "stub", path.to_str().unwrap()]));
    assert!(
        yaml.contains("# Not `brown-liu-video-call` (2023-12-21): another event of the same kind?"),
        "{yaml}"
    );
    assert!(
        yaml.contains("  - id: cq-brown-2024-02-27\n    name: TODO\n    subject: cq-brown\n"),
        "{yaml}"
    );
    // Without a date nothing is proposed: the facts may already be there.
    let undated = dir.path().join("undated.txt");
    fs::write(&undated, "On Nov 16, the US removed the Evidence Identification Center from the trade sanctions list.\n").unwrap();
    let yaml = stdout(&run(&["claims", "stub", undated.to_str().unwrap()]));
    assert!(
        yaml.contains("# Unverified only for want of the article's date"),
        "{yaml}"
    );
    assert!(!yaml.contains("actions:"), "{yaml}");
}

#[test]
fn a_second_yaml_document_is_an_error_at_its_separator_and_loses_no_entry() {
    let output = run(&[
        "claims",
        "lint",
        "--claims",
        "tests/fixtures/datasets/two-documents",
    ]);
    assert_eq!(output.status.code(), Some(2), "{}", stdout(&output));
    // Both documents' entities are read, so the chip's references to them
    // are not reported as unknown.
    assert_eq!(
        stdout(&output),
        "tests/fixtures/datasets/two-documents/entities.yaml:5:1: error: a second YAML document starts here, but a dataset file holds one document\n  \
         hint: remove this `---`, or move what follows it into a file of its own\n\
         1 error, 0 warnings in a dataset of 1 fact\n"
    );
}

#[test]
fn an_integer_beyond_64_bits_is_placed_and_hides_no_other_error() {
    let output = run(&[
        "claims",
        "lint",
        "--claims",
        "tests/fixtures/datasets/huge-integer",
    ]);
    assert_eq!(output.status.code(), Some(2), "{}", stdout(&output));
    assert_eq!(
        stdout(&output),
        "tests/fixtures/datasets/huge-integer/dataset.yaml:9:11: error: date: `99999999999999999999999` is not a valid date: write YYYY, YYYY-MM or YYYY-MM-DD with a real calendar day\n\
         tests/fixtures/datasets/huge-integer/dataset.yaml:20:5: error: unknown field `venue`, expected one of `id`, `name`, `names`, `subject`, `triggers`, `with`, `once`, `date`, `end`, `place`, `note`, `sources`\n\
         2 errors, 0 warnings in a dataset of 1 fact\n"
    );
}
