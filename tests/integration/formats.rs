//! The CI report formats (markdown, sarif, junit, github, jsonl,
//! claimreview): snapshots of each for the seed article (nothing
//! contradicted) and for a short article with every verdict, plus
//! structural checks that the machine-read formats are what their readers
//! expect (SARIF 2.1.0's required properties, well-formed JUnit XML with
//! consistent counts, escaped workflow commands).

use claimcheck::report::{self, Format, InputError, RenderOptions, Report};
use claimcheck::verify::Verdict;
use quick_xml::events::{BytesStart, Event};
use quick_xml::{Reader, XmlVersion};
use serde_json::Value;

use crate::util::{DATASET, check, run, seed_text, stdout};

/// Two contradicted lines (three findings), then one unverified claim
/// ("Dec. 5" against a release the dataset dates only to 2023-12) and one
/// supported, so every verdict appears in every format.
const CONTRADICTED: &str = "On Wednesday, Nov. 16, 2023, the US added the Evidence Identification Center to the Entity List.\n\
The 5-nanometer Kirin 9000S powers the Mate 60 Pro.\n\
On Dec. 5, Huawei released a new laptop equipped with the Kirin 9006C processor.\n\
US Commerce Secretary Gina Raimondo called it \"deeply concerning\".\n";

/// The two reports every format is pinned on: the seed article, and an
/// article with contradictions.
fn reports() -> [(&'static str, Report); 2] {
    let mut seed = check(&seed_text(), None);
    seed.article.path = "examples/china-daily-2023-12-25.md".into();
    let mut wrong = check(CONTRADICTED, Some("2023-12-25"));
    wrong.article.path = "tests/contradicted.md".into();
    [
        (
            "seed",
            Report {
                articles: vec![seed],
                errors: Vec::new(),
                ..Default::default()
            },
        ),
        (
            "contradicted",
            Report {
                articles: vec![wrong],
                errors: Vec::new(),
                ..Default::default()
            },
        ),
    ]
}

fn render(format: Format, report: &Report) -> String {
    let mut out = Vec::new();
    report::render(format, report, RenderOptions::default(), &mut out)
        .expect("rendering to memory works");
    String::from_utf8(out).expect("reports are UTF-8")
}

const FORMATS: [(&str, Format); 6] = [
    ("markdown", Format::Markdown),
    ("sarif", Format::Sarif),
    ("junit", Format::Junit),
    ("github", Format::Github),
    ("jsonl", Format::Jsonl),
    ("claimreview", Format::Claimreview),
];

#[test]
fn the_reports_have_what_the_snapshots_are_about() {
    let [(_, seed), (_, wrong)] = reports();
    assert_eq!(seed.summary().contradicted, 0);
    assert!(seed.summary().supported > 0);
    let s = wrong.summary();
    assert_eq!((s.supported, s.contradicted, s.unverified), (1, 3, 1));
    // Keep the dataset used by `check` loaded once for the whole binary.
    assert!(!DATASET.files.is_empty());
}

#[test]
fn snapshots_of_every_format() {
    for (name, report) in reports() {
        for (format_name, format) in FORMATS {
            insta::assert_snapshot!(format!("{name}_{format_name}"), render(format, &report));
        }
    }
}

// ---------------------------------------------------------------- SARIF

fn str_at<'a>(value: &'a Value, pointer: &str) -> &'a str {
    value
        .pointer(pointer)
        .and_then(Value::as_str)
        .unwrap_or_else(|| panic!("{pointer} is a string in {value:#}"))
}

fn int_at(value: &Value, pointer: &str) -> u64 {
    value
        .pointer(pointer)
        .and_then(Value::as_u64)
        .unwrap_or_else(|| panic!("{pointer} is a non-negative integer in {value:#}"))
}

fn array_at<'a>(value: &'a Value, pointer: &str) -> &'a Vec<Value> {
    value
        .pointer(pointer)
        .and_then(Value::as_array)
        .unwrap_or_else(|| panic!("{pointer} is an array in {value:#}"))
}

/// The requirements of the SARIF 2.1.0 schema and spec that apply to what
/// claimcheck writes.
fn assert_valid_sarif(log: &Value, findings: usize) {
    assert_eq!(str_at(log, "/version"), "2.1.0");
    assert_eq!(
        str_at(log, "/$schema"),
        "https://json.schemastore.org/sarif-2.1.0.json"
    );
    let runs = array_at(log, "/runs");
    assert_eq!(runs.len(), 1);
    let run = &runs[0];
    assert_eq!(str_at(run, "/tool/driver/name"), "claimcheck");
    assert_eq!(
        str_at(run, "/tool/driver/version"),
        env!("CARGO_PKG_VERSION")
    );
    if let Some(uri) = run.pointer("/tool/driver/informationUri") {
        assert!(uri.as_str().is_some_and(|u| u.contains("://")), "{uri}");
    }
    assert!(
        ["utf16CodeUnits", "unicodeCodePoints"].contains(&str_at(run, "/columnKind")),
        "columnKind"
    );
    let rules = array_at(run, "/tool/driver/rules");
    let rule_ids: Vec<&str> = rules.iter().map(|r| str_at(r, "/id")).collect();
    assert_eq!(
        rule_ids,
        ["event-date", "chip-node", "sanction", "office", "weekday"]
    );
    for rule in rules {
        for key in ["shortDescription", "fullDescription", "help"] {
            assert!(!str_at(rule, &format!("/{key}/text")).is_empty(), "{key}");
        }
    }
    let artifacts = array_at(run, "/artifacts");
    for artifact in artifacts {
        str_at(artifact, "/location/uri");
        int_at(artifact, "/length");
    }
    let results = array_at(run, "/results");
    assert_eq!(results.len(), findings);
    for result in results {
        assert!(!str_at(result, "/message/text").is_empty());
        let rule_id = str_at(result, "/ruleId");
        let rule_index = int_at(result, "/ruleIndex") as usize;
        assert_eq!(rule_ids.get(rule_index), Some(&rule_id), "ruleIndex");
        let level = str_at(result, "/level");
        let kind = str_at(result, "/kind");
        assert!(["none", "note", "warning", "error"].contains(&level));
        assert!(
            [
                "notApplicable",
                "pass",
                "fail",
                "review",
                "open",
                "informational"
            ]
            .contains(&kind)
        );
        // §3.27.10: a result whose kind is not "fail" has level "none".
        assert!(kind == "fail" || level == "none", "{kind} with {level}");
        let verdict = str_at(result, "/properties/verdict");
        let expected = match verdict {
            "contradicted" => ("fail", "error"),
            "unverified" => ("review", "none"),
            "supported" => ("pass", "none"),
            other => panic!("verdict {other}"),
        };
        assert_eq!((kind, level), expected);
        let locations = array_at(result, "/locations");
        assert_eq!(locations.len(), 1);
        let physical = &locations[0]["physicalLocation"];
        let uri = str_at(physical, "/artifactLocation/uri");
        assert!(!uri.contains('\\') && !uri.contains(' '), "{uri}");
        let index = int_at(physical, "/artifactLocation/index") as usize;
        assert_eq!(str_at(&artifacts[index], "/location/uri"), uri);
        let region = &physical["region"];
        let start_line = int_at(region, "/startLine");
        let start_column = int_at(region, "/startColumn");
        let end_line = int_at(region, "/endLine");
        let end_column = int_at(region, "/endColumn");
        assert!(start_line >= 1 && start_column >= 1);
        assert!((end_line, end_column) > (start_line, start_column));
        int_at(region, "/byteOffset");
        assert!(int_at(region, "/byteLength") >= 1);
        let fingerprint = str_at(result, "/partialFingerprints/claimcheck~1v1");
        assert_eq!(fingerprint.len(), 16);
        assert!(fingerprint.bytes().all(|b| b.is_ascii_hexdigit()));
        assert!(result.pointer("/properties/referenceId").is_some());
        str_at(result, "/properties/found");
        assert!(result.pointer("/properties/expected").is_some());
    }
    let invocations = array_at(run, "/invocations");
    assert!(
        invocations[0]["executionSuccessful"].is_boolean(),
        "executionSuccessful is required"
    );
}

#[test]
fn sarif_has_the_required_properties_of_sarif_2_1_0() {
    for (name, report) in reports() {
        let log: Value = serde_json::from_str(&render(Format::Sarif, &report))
            .unwrap_or_else(|e| panic!("{name}: SARIF is JSON: {e}"));
        let findings = report.articles.iter().map(|a| a.findings.len()).sum();
        assert_valid_sarif(&log, findings);
    }
}

#[test]
fn sarif_fingerprints_are_stable_and_distinct() {
    let [(_, seed), _] = reports();
    let log: Value = serde_json::from_str(&render(Format::Sarif, &seed)).expect("JSON");
    let prints: Vec<&str> = array_at(&log, "/runs/0/results")
        .iter()
        .map(|r| str_at(r, "/partialFingerprints/claimcheck~1v1"))
        .collect();
    let mut unique = prints.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), prints.len(), "{prints:?}");

    // Moving the article down a line keeps every fingerprint.
    let mut moved = check(&format!("\n{CONTRADICTED}"), Some("2023-12-25"));
    moved.article.path = "tests/contradicted.md".into();
    let [_, (_, wrong)] = reports();
    let print = |report: Report| -> Vec<String> {
        let log: Value = serde_json::from_str(&render(Format::Sarif, &report)).expect("JSON");
        array_at(&log, "/runs/0/results")
            .iter()
            .map(|r| str_at(r, "/partialFingerprints/claimcheck~1v1").to_string())
            .collect()
    };
    let moved = print(Report {
        articles: vec![moved],
        errors: Vec::new(),
        ..Default::default()
    });
    assert_eq!(print(wrong), moved);
}

#[test]
fn sarif_reports_unreadable_inputs_as_notifications() {
    let report = Report {
        articles: Vec::new(),
        errors: vec![InputError {
            path: "bad file.txt".into(),
            message: "2:3: the file is not valid UTF-8".into(),
        }],
        ..Default::default()
    };
    let log: Value = serde_json::from_str(&render(Format::Sarif, &report)).expect("JSON");
    assert_valid_sarif(&log, 0);
    let invocation = &log["runs"][0]["invocations"][0];
    assert_eq!(invocation["executionSuccessful"], false);
    let note = &invocation["toolExecutionNotifications"][0];
    assert_eq!(note["level"], "error");
    assert_eq!(note["message"]["text"], "the file is not valid UTF-8");
    let physical = &note["locations"][0]["physicalLocation"];
    assert_eq!(physical["artifactLocation"]["uri"], "bad%20file.txt");
    assert_eq!(physical["region"]["startLine"], 2);
}

// ---------------------------------------------------------------- JUnit

fn attr(element: &BytesStart, name: &str) -> Option<String> {
    element
        .try_get_attribute(name)
        .expect("attributes are well-formed")
        .map(|a| {
            a.normalized_value(XmlVersion::Explicit1_0)
                .expect("attribute values unescape")
                .into_owned()
        })
}

fn count(element: &BytesStart, name: &str) -> usize {
    attr(element, name)
        .unwrap_or_else(|| panic!("`{name}` on <{:?}>", element.name()))
        .parse()
        .expect("counts are numbers")
}

fn name_of(element: &BytesStart) -> String {
    let name = element.name();
    AsRef::<str>::as_ref(&name).to_string()
}

#[derive(Debug, Default, PartialEq)]
struct Counts {
    tests: usize,
    failures: usize,
    errors: usize,
    skipped: usize,
}

/// Parses `xml`, checking it is well-formed and that every count attribute
/// equals the children it counts; returns the test case names.
fn check_junit(xml: &str) -> Vec<String> {
    let mut reader = Reader::from_str(xml);
    reader.config_mut().check_end_names = true;
    let mut names = Vec::new();
    let mut declared_total = None;
    let mut declared_suite = None;
    let mut total = Counts::default();
    let mut suite = Counts::default();
    let mut depth = 0usize;
    loop {
        let event = reader
            .read_event()
            .unwrap_or_else(|e| panic!("well-formed XML: {e}\n{xml}"));
        let (element, empty) = match &event {
            Event::Start(e) => (Some(e.clone()), false),
            Event::Empty(e) => (Some(e.clone()), true),
            Event::End(e) => {
                depth -= 1;
                let name = e.name();
                if AsRef::<str>::as_ref(&name) == "testsuite" {
                    assert_eq!(declared_suite.take(), Some(std::mem::take(&mut suite)));
                }
                continue;
            }
            Event::Eof => break,
            _ => continue,
        };
        let Some(element) = element else { continue };
        match name_of(&element).as_str() {
            "testsuites" => {
                assert_eq!(depth, 0, "<testsuites> is the root");
                declared_total = Some(Counts {
                    tests: count(&element, "tests"),
                    failures: count(&element, "failures"),
                    errors: count(&element, "errors"),
                    skipped: count(&element, "skipped"),
                });
            }
            "testsuite" => {
                assert!(attr(&element, "name").is_some());
                declared_suite = Some(Counts {
                    tests: count(&element, "tests"),
                    failures: count(&element, "failures"),
                    errors: count(&element, "errors"),
                    skipped: count(&element, "skipped"),
                });
            }
            "testcase" => {
                assert!(attr(&element, "classname").is_some());
                names.push(attr(&element, "name").expect("test cases have names"));
                suite.tests += 1;
                total.tests += 1;
            }
            "failure" => {
                assert_eq!(attr(&element, "type").as_deref(), Some("contradicted"));
                assert!(attr(&element, "message").is_some());
                suite.failures += 1;
                total.failures += 1;
            }
            "error" => {
                suite.errors += 1;
                total.errors += 1;
            }
            "skipped" => {
                suite.skipped += 1;
                total.skipped += 1;
            }
            _ => {}
        }
        if !empty {
            depth += 1;
        }
    }
    assert_eq!(depth, 0, "every element is closed");
    assert_eq!(declared_total, Some(total));
    names
}

#[test]
fn junit_is_well_formed_and_its_counts_match_its_children() {
    for (name, report) in reports() {
        let xml = render(Format::Junit, &report);
        let cases = check_junit(&xml);
        let findings: usize = report.articles.iter().map(|a| a.findings.len()).sum();
        assert_eq!(cases.len(), findings, "{name}");
        let failures = xml.matches("<failure ").count();
        assert_eq!(failures, report.summary().contradicted, "{name}");
    }
}

#[test]
fn junit_escapes_markup_and_forbidden_characters() {
    let [_, (_, mut wrong)] = reports();
    let path = "a&b<c>\"d'e\u{1}f\tg.md";
    wrong.articles[0].article.path = path.into();
    wrong.articles[0].findings[0].message = "x < y && \"z\"\u{1b}\r\nnext".into();
    wrong.errors.push(InputError {
        path: "<missing>".into(),
        message: "no such file".into(),
    });
    let xml = render(Format::Junit, &wrong);
    assert!(!xml.contains('\u{1}') && !xml.contains('\u{1b}'), "{xml}");
    check_junit(&xml);
    let mut reader = Reader::from_str(&xml);
    let mut suite_names = Vec::new();
    loop {
        match reader.read_event().expect("well-formed") {
            Event::Start(e) if name_of(&e) == "testsuite" => {
                suite_names.push(attr(&e, "name").expect("named"));
            }
            Event::Eof => break,
            _ => {}
        }
    }
    assert_eq!(
        suite_names,
        ["a&b<c>\"d'e\u{FFFD}f\tg.md".to_string(), "<missing>".into()]
    );
}

// ---------------------------------------------------------------- GitHub

#[test]
fn github_commands_escape_data_and_properties() {
    let [_, (_, mut wrong)] = reports();
    wrong.articles[0].article.path = "dir:a,b%.md".into();
    let finding = &mut wrong.articles[0].findings[0];
    assert_eq!(finding.verdict, Verdict::Contradicted);
    finding.message = "100% sure: yes, no\r\nsecond line".into();
    let out = render(Format::Github, &wrong);
    let first = out.lines().next().expect("a command per finding");
    assert!(
        first.starts_with("::error file=dir%3Aa%2Cb%25.md,line=1,col=4,endLine=1,endColumn="),
        "{first}"
    );
    assert!(
        first.contains(",title=contradicted [sanction]::100%25 sure: yes, no%0D%0Asecond line%0A"),
        "{first}"
    );
    // Every command is one line; the summary is the last.
    assert!(out.lines().all(|l| l.starts_with("::")), "{out}");
    assert!(
        out.lines()
            .last()
            .is_some_and(|l| l.starts_with("::notice title=claimcheck::1 article checked: ")),
        "{out}"
    );
}

// ---------------------------------------------------------------- JSONL

#[test]
fn jsonl_has_one_object_per_finding_and_streams_per_article() {
    let [(_, seed), (_, wrong)] = reports();
    let mut both = Report {
        articles: seed.articles.into_iter().chain(wrong.articles).collect(),
        errors: vec![InputError {
            path: "missing.txt".into(),
            message: "no such file".into(),
        }],
        ..Default::default()
    };
    let out = render(Format::Jsonl, &both);
    let lines: Vec<Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect();
    let findings: usize = both.articles.iter().map(|a| a.findings.len()).sum();
    assert_eq!(lines.len(), findings + 1);
    for line in &lines[..findings] {
        for key in [
            "path",
            "kind",
            "verdict",
            "span",
            "text",
            "found",
            "expected",
            "reference",
            "message",
            "hedge",
            "attributed_to",
        ] {
            assert!(line.get(key).is_some(), "{key} in {line}");
        }
    }
    assert_eq!(
        lines[findings],
        serde_json::json!({"path": "missing.txt", "error": "no such file"})
    );
    // Streaming article by article gives the same lines.
    both.errors.clear();
    let mut streamed = Vec::new();
    for article in &both.articles {
        report::jsonl::render_article(article, &mut streamed).expect("to memory");
    }
    assert_eq!(
        String::from_utf8(streamed).expect("UTF-8"),
        render(Format::Jsonl, &both)
    );
}

// ---------------------------------------------------------------- Markdown

#[test]
fn markdown_escapes_article_text() {
    let [_, (_, mut wrong)] = reports();
    wrong.articles[0].article.path = "a|b`c`<d>*e*.md".into();
    wrong.articles[0].findings[0].message = "<script>alert(1)</script> @team #1".into();
    let out = render(Format::Markdown, &wrong);
    let row = out
        .lines()
        .find(|l| l.starts_with(r"| a\|"))
        .expect("a table row");
    assert!(
        row.starts_with(r"| a\|b\`c\`\<d\>\*e\*.md | 2023-12-25 | "),
        "{row}"
    );
    assert_eq!(row.matches(" | ").count(), 4, "{row}");
    assert!(
        out.contains(r"\<script\>alert(1)\</script\> \@team \#1"),
        "{out}"
    );
    assert!(!out.contains("<script>"));
}

// ---------------------------------------------------------------- ClaimReview

#[test]
fn claimreview_is_schema_org_json_ld_on_the_documented_scale() {
    for (name, report) in reports() {
        let doc: Value = serde_json::from_str(&render(Format::Claimreview, &report)).expect("JSON");
        let reviews = doc.as_array().expect("an array");
        let findings: Vec<_> = report.articles.iter().flat_map(|a| &a.findings).collect();
        assert_eq!(reviews.len(), findings.len(), "{name}");
        for (review, finding) in reviews.iter().zip(findings) {
            assert_eq!(review["@context"], "https://schema.org");
            assert_eq!(review["@type"], "ClaimReview");
            assert_eq!(review["itemReviewed"]["@type"], "Claim");
            assert_eq!(
                review["itemReviewed"]["appearance"]["@type"],
                "CreativeWork"
            );
            assert_eq!(review["datePublished"], "2023-12-25");
            assert_eq!(review["author"]["@type"], "Organization");
            let claim = review["claimReviewed"].as_str().expect("text");
            assert_eq!(claim, claim.trim());
            assert!(!claim.is_empty());
            let rating = &review["reviewRating"];
            assert_eq!(rating["@type"], "Rating");
            assert_eq!(
                (&rating["worstRating"], &rating["bestRating"]),
                (&1.into(), &3.into())
            );
            let expected = match finding.verdict {
                Verdict::Contradicted => (1, "False"),
                Verdict::Unverified => (2, "Unverified"),
                Verdict::Supported => (3, "True"),
            };
            assert_eq!(rating["ratingValue"], expected.0);
            assert_eq!(rating["alternateName"], expected.1);
            let sources = finding.reference.as_ref().map_or(0, |r| r.sources.len());
            assert_eq!(
                review["citation"].as_array().map(Vec::len),
                Some(sources),
                "{name}"
            );
        }
    }
}

// ---------------------------------------------------------------- CLI

#[test]
fn the_cli_accepts_every_new_format() {
    for (name, _) in FORMATS {
        let output = run(&[
            "check",
            "--format",
            name,
            "examples/china-daily-2023-12-25.md",
        ]);
        assert_eq!(output.status.code(), Some(0), "{name}");
        assert!(!stdout(&output).is_empty(), "{name}");
    }
}
