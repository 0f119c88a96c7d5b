//! The JSON Lines report: one JSON object per finding per line, so a
//! consumer can start on the first article before the last is checked and
//! tools like `jq -c`, `grep` or a log shipper can take one finding at a time.
//!
//! Spec: <https://jsonlines.org/>
//!
//! ```text
//! {"path":"a.md","kind":"sanction","verdict":"supported","span":{"start":854,"end":860,"line":12,"column":4},"text":"Nov 16","found":"…","expected":null,"reference":{"id":"ifs-entity-list-removal",…},"message":"…","hedge":null,"attributed_to":null}
//! {"path":"missing.txt","error":"no such file"}
//! ```
//!
//! Each finding object has the fields of a finding in the JSON report
//! (see [`super::json`], same meanings: byte offsets into the file, 1-based
//! line, column in characters) plus `path` first. An input that could not
//! be read is `{"path", "error"}`. There is no summary line: count the
//! lines. [`render_article`] lets the CLI write each article as it finishes.

use std::io::{self, Write};

use serde::Serialize;

use super::{ArticleReport, Report, claim_text};
use crate::dataset::schema::Source;
use crate::verify::Finding;

#[derive(Serialize)]
struct WireFinding<'a> {
    path: &'a str,
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
struct WireSpan {
    start: usize,
    end: usize,
    line: usize,
    column: usize,
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
    error: &'a str,
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

fn finding<'a>(f: &'a Finding, article: &'a ArticleReport) -> WireFinding<'a> {
    let a = &article.article;
    let (line, column) = a.line_column(f.claim.span.start);
    WireFinding {
        path: &a.path,
        kind: f.claim.kind.as_str(),
        verdict: f.verdict.as_str(),
        span: WireSpan {
            start: f.claim.span.start,
            end: f.claim.span.end,
            line,
            column,
        },
        text: claim_text(a, f),
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

/// Writes one line per finding of `article`.
pub fn render_article(article: &ArticleReport, out: &mut dyn Write) -> io::Result<()> {
    for f in &article.findings {
        serde_json::to_writer(&mut *out, &finding(f, article))?;
        writeln!(out)?;
    }
    Ok(())
}

/// Writes every article's findings, then the tail ([`render_tail`]).
pub fn render(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    for article in &report.articles {
        render_article(article, out)?;
    }
    render_tail(report, out)
}

/// What follows the findings once every article is done: one line per
/// input error (`{"path", "error"}`) and per note (`{"path", "note"}`).
pub fn render_tail(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    for note in &report.notes {
        serde_json::to_writer(
            &mut *out,
            &serde_json::json!({ "path": note.path, "note": note.message }),
        )?;
        writeln!(out)?;
    }
    for e in &report.errors {
        serde_json::to_writer(
            &mut *out,
            &WireError {
                path: &e.path,
                error: &e.message,
            },
        )?;
        writeln!(out)?;
    }
    Ok(())
}
