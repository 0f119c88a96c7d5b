//! The JSON report: one document, the contract other tools rely on.
//!
//! ```text
//! {
//!   "version": 1,
//!   "articles": [{
//!     "path": "examples/seed.md", "date": "2023-12-25" | null,
//!     "date_source": "flag" | "front-matter" | null,
//!     "findings": [{
//!       "kind": "event-date" | "chip-node" | "sanction" | "office" | "weekday",
//!       "verdict": "supported" | "contradicted" | "unverified",
//!       "span": {"start", "end", "line", "column"},   // byte offsets into the file; 1-based line, column in characters
//!       "text": "Nov 16",                            // the bytes start..end
//!       "found": "relieving action on …, 2023-11-16", // what the article states, normalised
//!       "expected": "…" | null,                      // what the dataset says, when it differs
//!       "reference": {"id", "kind", "name", "value", "file",
//!                     "sources": [{"publisher", "title", "date", "url", "citation"}]} | null,
//!       "message": "…",
//!       "hedge": "is said to" | null,
//!       "attributed_to": "Gupta" | null
//!     }],
//!     "accepted": [{…the finding's fields…, "reason": "…"}]   // set aside by inline markers
//!   }],
//!   "errors": [{"path", "message"}],        // inputs that could not be read, bad markers
//!   "notes": [{"path", "message"}],         // stale baseline entries, unused markers
//!   "summary": {"articles", "supported", "contradicted", "unverified",
//!               "accepted", "baselined", "errors"}
//! }
//! ```
//!
//! The wire types below are separate from the library's types so that a
//! renamed internal field never changes the output. New fields may be
//! added; the ones above keep their meaning.

use std::io::{self, Write};

use serde::Serialize;

use super::Report;
use crate::article::DateSource;
use crate::dataset::schema::Source;
use crate::verify::Finding;

/// Bumped when a field changes meaning (never for added fields).
pub const VERSION: u32 = 1;

#[derive(Serialize)]
struct WireReport<'a> {
    version: u32,
    articles: Vec<WireArticle<'a>>,
    errors: Vec<WireError<'a>>,
    notes: Vec<WireError<'a>>,
    summary: WireSummary,
}

#[derive(Serialize)]
struct WireArticle<'a> {
    path: &'a str,
    date: Option<String>,
    date_source: Option<&'static str>,
    findings: Vec<WireFinding<'a>>,
    /// Findings accepted by an inline marker, with the marker's reason.
    accepted: Vec<WireAccepted<'a>>,
}

#[derive(Serialize)]
struct WireAccepted<'a> {
    #[serde(flatten)]
    finding: WireFinding<'a>,
    reason: &'a str,
}

#[derive(Serialize)]
struct WireSpan {
    start: usize,
    end: usize,
    line: usize,
    column: usize,
}

/// A finding on the wire; shared with the JSON Lines report so the two
/// never drift apart.
#[derive(Serialize)]
pub(crate) struct WireFinding<'a> {
    kind: &'static str,
    verdict: &'static str,
    span: WireSpan,
    text: &'a str,
    found: &'a str,
    expected: Option<&'a str>,
    reference: Option<WireReference<'a>>,
    message: &'a str,
    hedge: Option<&'a str>,
    attributed_to: Option<&'a str>,
}

#[derive(Serialize)]
struct WireReference<'a> {
    id: &'a str,
    kind: String,
    name: &'a str,
    value: &'a str,
    file: &'a str,
    sources: Vec<WireSource<'a>>,
}

#[derive(Serialize)]
struct WireSource<'a> {
    publisher: &'a str,
    title: &'a str,
    date: Option<String>,
    url: Option<&'a str>,
    citation: Option<&'a str>,
}

#[derive(Serialize)]
struct WireError<'a> {
    path: &'a str,
    message: &'a str,
}

#[derive(Serialize)]
struct WireSummary {
    articles: usize,
    supported: usize,
    contradicted: usize,
    unverified: usize,
    accepted: usize,
    baselined: usize,
    errors: usize,
}

fn source(s: &Source) -> WireSource<'_> {
    WireSource {
        publisher: &s.publisher,
        title: &s.title,
        date: s.date.as_ref().map(ToString::to_string),
        url: s.url.as_deref(),
        citation: s.citation.as_deref(),
    }
}

/// The wire form of a finding of `article`.
pub(crate) fn wire_finding<'a>(
    f: &'a Finding,
    article: &'a crate::article::Article,
) -> WireFinding<'a> {
    let (line, column) = article.line_column(f.claim.span.start);
    WireFinding {
        kind: f.claim.kind.as_str(),
        verdict: f.verdict.as_str(),
        span: WireSpan {
            start: f.claim.span.start,
            end: f.claim.span.end,
            line,
            column,
        },
        text: f.claim.span.slice(&article.text),
        found: &f.found,
        expected: f.expected.as_deref(),
        reference: f.reference.as_ref().map(|r| WireReference {
            id: &r.id,
            kind: r.kind.to_string(),
            name: &r.name,
            value: &r.value,
            file: &r.file,
            sources: r.sources.iter().map(source).collect(),
        }),
        message: &f.message,
        hedge: f.claim.hedge.as_deref(),
        attributed_to: f.claim.attributed_to.as_deref(),
    }
}

/// Writes the report as one pretty-printed JSON document.
pub fn render(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let summary = report.summary();
    let wire = WireReport {
        version: VERSION,
        articles: report
            .articles
            .iter()
            .map(|a| WireArticle {
                path: &a.article.path,
                date: a.article.date.map(|d| d.to_string()),
                date_source: a.article.date_source.map(|s| match s {
                    DateSource::Flag => "flag",
                    DateSource::FrontMatter => "front-matter",
                }),
                findings: a
                    .findings
                    .iter()
                    .map(|f| wire_finding(f, &a.article))
                    .collect(),
                accepted: a
                    .set_aside
                    .accepted
                    .iter()
                    .map(|(f, reason)| WireAccepted {
                        finding: wire_finding(f, &a.article),
                        reason,
                    })
                    .collect(),
            })
            .collect(),
        errors: report
            .errors
            .iter()
            .map(|e| WireError {
                path: &e.path,
                message: &e.message,
            })
            .collect(),
        notes: report
            .notes
            .iter()
            .map(|n| WireError {
                path: &n.path,
                message: &n.message,
            })
            .collect(),
        summary: WireSummary {
            articles: report.articles.len(),
            supported: summary.supported,
            contradicted: summary.contradicted,
            unverified: summary.unverified,
            accepted: summary.accepted,
            baselined: summary.baselined,
            errors: report.errors.len(),
        },
    };
    serde_json::to_writer_pretty(&mut *out, &wire)?;
    writeln!(out)
}
