//! The SARIF report: SARIF 2.1.0, so code-scanning dashboards (GitHub code
//! scanning, GitLab, Azure DevOps, IDE SARIF viewers) show claims as alerts
//! on the article's lines.
//!
//! Spec: <https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html>
//!
//! ```text
//! {
//!   "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
//!   "version": "2.1.0",
//!   "runs": [{
//!     "tool": {"driver": {"name": "claimcheck", "version": "0.1.0",
//!       "rules": [{"id": "event-date", "shortDescription": {"text": …}, …}, …]}},
//!     "columnKind": "unicodeCodePoints",
//!     "artifacts": [{"location": {"uri": "examples/seed.md"}, "length": 5120, …}],
//!     "results": [{
//!       "ruleId": "sanction", "ruleIndex": 2, "kind": "fail", "level": "error",
//!       "message": {"text": "… (reference ifs-entity-list-removal; sources: …)"},
//!       "locations": [{"physicalLocation": {
//!         "artifactLocation": {"uri": "examples/seed.md", "index": 0},
//!         "region": {"startLine": 12, "startColumn": 4, "endLine": 12, "endColumn": 10,
//!                    "byteOffset": 854, "byteLength": 6, "snippet": {"text": "Nov 16"}}}}],
//!       "partialFingerprints": {"claimcheck/v1": "9f3c…"},
//!       "properties": {"verdict": "contradicted", "referenceId": "…", "found": "…", "expected": "…"}
//!     }],
//!     "invocations": [{"executionSuccessful": true, "toolExecutionNotifications": []}]
//!   }]
//! }
//! ```
//!
//! Verdicts map onto `kind` and `level`:
//!
//! | verdict | kind | level |
//! |---|---|---|
//! | contradicted | `fail` | `error` |
//! | unverified | `review` | `none` |
//! | supported | `pass` | `none` |
//!
//! SARIF §3.27.10 requires `level` to be `none` whenever `kind` is not
//! `fail`, so an unverified claim is a `review` result of level `none`
//! rather than a `note`: a human must look, but nothing was found wrong.
//!
//! Columns are 1-based and count Unicode scalar values, as everywhere in
//! claimcheck; the run says so with `columnKind: "unicodeCodePoints"`.
//! `endColumn` is one past the last character. `byteOffset`/`byteLength`
//! are the exact byte span into the file (front matter included).
//!
//! `partialFingerprints["claimcheck/v1"]` is the finding's fingerprint
//! ([`crate::fingerprint`]): the claim kind, the claimed words and the
//! reference id, so an alert keeps its identity when lines move, and
//! matches the entries of a claimcheck baseline.
//!
//! `informationUri` is the package's homepage or repository (Cargo.toml);
//! it is left out while the package declares neither. Inputs that could not
//! be read are `toolExecutionNotifications` of the run's invocation.

use std::io::{self, Write};

use serde::Serialize;

use super::{Report, claim_text, error_place, source_line};
use crate::article::Article;
use crate::claim::ClaimKind;
use crate::verify::{Finding, Verdict};

/// The schema the document declares.
pub const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

/// The key of the fingerprint in `partialFingerprints`; the suffix changes
/// if what is hashed ever does.
pub const FINGERPRINT_KEY: &str = "claimcheck/v1";

#[derive(Serialize)]
struct WireLog<'a> {
    #[serde(rename = "$schema")]
    schema: &'static str,
    version: &'static str,
    runs: Vec<WireRun<'a>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct WireRun<'a> {
    tool: WireTool,
    column_kind: &'static str,
    artifacts: Vec<WireArtifact>,
    results: Vec<WireResult<'a>>,
    invocations: Vec<WireInvocation>,
}

#[derive(Serialize)]
struct WireTool {
    driver: WireDriver,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct WireDriver {
    name: &'static str,
    version: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    information_uri: Option<&'static str>,
    rules: Vec<WireRule>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct WireRule {
    id: &'static str,
    name: &'static str,
    short_description: WireText<'static>,
    full_description: WireText<'static>,
    help: WireText<'static>,
}

#[derive(Serialize)]
struct WireText<'a> {
    text: &'a str,
}

#[derive(Serialize)]
struct WireOwnedText {
    text: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct WireArtifact {
    location: WireArtifactLocation,
    length: usize,
    roles: [&'static str; 1],
    mime_type: &'static str,
}

#[derive(Serialize)]
struct WireArtifactLocation {
    uri: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    index: Option<usize>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct WireResult<'a> {
    rule_id: &'static str,
    rule_index: usize,
    kind: &'static str,
    level: &'static str,
    message: WireOwnedText,
    locations: [WireLocation<'a>; 1],
    partial_fingerprints: WireFingerprints,
    properties: WireProperties<'a>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct WireLocation<'a> {
    physical_location: WirePhysicalLocation<'a>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct WirePhysicalLocation<'a> {
    artifact_location: WireArtifactLocation,
    region: WireRegion<'a>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct WireRegion<'a> {
    start_line: usize,
    start_column: usize,
    end_line: usize,
    end_column: usize,
    byte_offset: usize,
    byte_length: usize,
    snippet: WireText<'a>,
}

#[derive(Serialize)]
struct WireFingerprints {
    #[serde(rename = "claimcheck/v1")]
    v1: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct WireProperties<'a> {
    verdict: &'static str,
    reference_id: Option<&'a str>,
    found: &'a str,
    expected: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    hedge: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    attributed_to: Option<&'a str>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct WireInvocation {
    execution_successful: bool,
    tool_execution_notifications: Vec<WireNotification>,
}

#[derive(Serialize)]
struct WireNotification {
    level: &'static str,
    message: WireOwnedText,
    locations: [WireNotificationLocation; 1],
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct WireNotificationLocation {
    physical_location: WireNotificationPhysical,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct WireNotificationPhysical {
    artifact_location: WireArtifactLocation,
    #[serde(skip_serializing_if = "Option::is_none")]
    region: Option<WireNotificationRegion>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct WireNotificationRegion {
    start_line: usize,
    start_column: usize,
}

/// The rule descriptor of a claim kind: (short, full, help).
/// The rule's readable name, which SARIF wants different from its id.
fn rule_name(kind: ClaimKind) -> &'static str {
    match kind {
        ClaimKind::EventDate => "EventDate",
        ClaimKind::ChipNode => "ChipProcessNode",
        ClaimKind::Sanction => "SanctionsAction",
        ClaimKind::Office => "OfficeHolder",
        ClaimKind::Weekday => "WeekdayOfDate",
    }
}

fn describe(kind: ClaimKind) -> (&'static str, &'static str, &'static str) {
    match kind {
        ClaimKind::EventDate => (
            "Date of a known event",
            "The article dates an event that the reference dataset records (a launch, a meeting, a call); the date is compared at the precision written.",
            "Check the date against the reference entry and its sources; fix the article or, if the dataset is wrong, the event in claims/events.yaml.",
        ),
        ClaimKind::ChipNode => (
            "Process node of a chip",
            "The article names the process node (in nanometres) a chip is made on; it is compared with the node the reference dataset records.",
            "Check the node against the reference entry and its sources; fix the article or the chip in claims/chips.yaml.",
        ),
        ClaimKind::Sanction => (
            "Sanctions or export-control action",
            "The article says who added or removed whom on which list, or imposed or lifted which restriction, and when; it is compared with the recorded actions.",
            "Check the direction (added or removed), the list and the date against the reference action and its sources; fix the article or claims/sanctions.yaml.",
        ),
        ClaimKind::Office => (
            "Office held at the article's date",
            "The article gives a person a title; the reference dataset's terms say whether they held that office at the article's date.",
            "Check the title against the person's terms in the reference dataset; a former office needs 'former'.",
        ),
        ClaimKind::Weekday => (
            "Weekday of a date",
            "The article writes a weekday next to a date; the calendar says whether the date falls on it.",
            "Fix the weekday or the date so that they agree.",
        ),
    }
}

fn rules() -> Vec<WireRule> {
    ClaimKind::ALL
        .iter()
        .map(|&kind| {
            let (short, full, help) = describe(kind);
            WireRule {
                id: kind.as_str(),
                name: rule_name(kind),
                short_description: WireText { text: short },
                full_description: WireText { text: full },
                help: WireText { text: help },
            }
        })
        .collect()
}

fn information_uri() -> Option<&'static str> {
    [env!("CARGO_PKG_HOMEPAGE"), env!("CARGO_PKG_REPOSITORY")]
        .into_iter()
        .find(|uri| !uri.is_empty())
}

/// `(kind, level)` of a verdict; see the module documentation.
pub fn kind_and_level(verdict: Verdict) -> (&'static str, &'static str) {
    match verdict {
        Verdict::Contradicted => ("fail", "error"),
        Verdict::Unverified => ("review", "none"),
        Verdict::Supported => ("pass", "none"),
    }
}

/// The stable fingerprint of a finding (16 hex digits), shared with
/// baselines and report diffs.
fn fingerprint(article: &Article, finding: &Finding) -> String {
    crate::fingerprint::of(article, finding)
}

/// A relative URI reference for a path: forward slashes, and the bytes a
/// URI cannot hold percent-encoded.
pub fn path_uri(path: &str) -> String {
    let path = path.replace('\\', "/");
    // An absolute path becomes a `file` URI: a relative reference must not
    // begin with a slash (SARIF 3.4.4).
    let mut uri = String::with_capacity(path.len() + 8);
    if path.starts_with('/') {
        uri.push_str("file://");
    }
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/!$&'()*+,;=:@".contains(&b) {
            uri.push(char::from(b));
        } else {
            uri.push_str(&format!("%{b:02X}"));
        }
    }
    uri
}

/// `text/markdown` for `.md` and `.markdown` files, else `text/plain`.
fn mime_type(path: &str) -> &'static str {
    let lower = path.to_ascii_lowercase();
    if lower.ends_with(".md") || lower.ends_with(".markdown") {
        "text/markdown"
    } else {
        "text/plain"
    }
}

/// The message, what was expected (unless the message says it already),
/// the reference and its sources, one per line.
fn message(finding: &Finding) -> String {
    let mut text = finding.message.clone();
    if let Some(expected) = finding
        .expected
        .as_ref()
        .filter(|e| !finding.message.contains(e.as_str()))
    {
        text.push_str(&format!(" (expected: {expected})"));
    }
    if let Some(r) = &finding.reference {
        text.push_str(&format!("\nReference: {} ({}): {}", r.id, r.file, r.value));
        for s in &r.sources {
            text.push_str(&format!("\nSource: {}", source_line(s)));
        }
    }
    text
}

fn result<'a>(article: &'a Article, index: usize, finding: &'a Finding) -> WireResult<'a> {
    let span = finding.claim.span;
    let (start_line, start_column) = article.line_column(span.start);
    let (end_line, end_column) = article.line_column(span.end);
    let kind = finding.claim.kind;
    let rule_index = ClaimKind::ALL.iter().position(|&k| k == kind).unwrap_or(0);
    let (result_kind, level) = kind_and_level(finding.verdict);
    WireResult {
        rule_id: kind.as_str(),
        rule_index,
        kind: result_kind,
        level,
        message: WireOwnedText {
            text: message(finding),
        },
        locations: [WireLocation {
            physical_location: WirePhysicalLocation {
                artifact_location: WireArtifactLocation {
                    uri: path_uri(&article.path),
                    index: Some(index),
                },
                region: WireRegion {
                    start_line,
                    start_column,
                    end_line,
                    end_column,
                    byte_offset: span.start,
                    byte_length: span.end.saturating_sub(span.start),
                    snippet: WireText {
                        text: claim_text(article, finding),
                    },
                },
            },
        }],
        partial_fingerprints: WireFingerprints {
            v1: fingerprint(article, finding),
        },
        properties: WireProperties {
            verdict: finding.verdict.as_str(),
            reference_id: finding.reference.as_ref().map(|r| r.id.as_str()),
            found: &finding.found,
            expected: finding.expected.as_deref(),
            hedge: finding.claim.hedge.as_deref(),
            attributed_to: finding.claim.attributed_to.as_deref(),
        },
    }
}

/// Writes the report as one pretty-printed SARIF 2.1.0 log with one run.
pub fn render(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let artifacts = report
        .articles
        .iter()
        .map(|a| WireArtifact {
            location: WireArtifactLocation {
                uri: path_uri(&a.article.path),
                index: None,
            },
            length: a.article.text.len(),
            roles: ["analysisTarget"],
            mime_type: mime_type(&a.article.path),
        })
        .collect();
    let results = report
        .articles
        .iter()
        .enumerate()
        .flat_map(|(i, a)| a.findings.iter().map(move |f| result(&a.article, i, f)))
        .collect();
    let notifications = report
        .errors
        .iter()
        .map(|e| {
            let place = error_place(&e.message);
            WireNotification {
                level: "error",
                message: WireOwnedText {
                    text: place.map_or(e.message.clone(), |(_, _, rest)| rest.to_string()),
                },
                locations: [WireNotificationLocation {
                    physical_location: WireNotificationPhysical {
                        artifact_location: WireArtifactLocation {
                            uri: path_uri(&e.path),
                            index: None,
                        },
                        region: place.map(|(line, column, _)| WireNotificationRegion {
                            start_line: line.max(1),
                            start_column: column.max(1),
                        }),
                    },
                }],
            }
        })
        .collect();
    let log = WireLog {
        schema: SCHEMA,
        version: "2.1.0",
        runs: vec![WireRun {
            tool: WireTool {
                driver: WireDriver {
                    name: "claimcheck",
                    version: env!("CARGO_PKG_VERSION"),
                    information_uri: information_uri(),
                    rules: rules(),
                },
            },
            column_kind: "unicodeCodePoints",
            artifacts,
            results,
            invocations: vec![WireInvocation {
                execution_successful: report.errors.is_empty(),
                tool_execution_notifications: notifications,
            }],
        }],
    };
    serde_json::to_writer_pretty(&mut *out, &log)?;
    writeln!(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_become_uri_references() {
        assert_eq!(path_uri(r"news\a b%.md"), "news/a%20b%25.md");
        assert_eq!(path_uri("é.md"), "%C3%A9.md");
        assert_eq!(path_uri("/news/a b.md"), "file:///news/a%20b.md");
    }
}
