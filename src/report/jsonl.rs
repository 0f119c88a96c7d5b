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

use super::json::{WireFinding, wire_finding};
use super::{ArticleReport, Report};

/// A finding of the JSON report with its article's path in front.
#[derive(Serialize)]
struct WireLine<'a> {
    path: &'a str,
    #[serde(flatten)]
    finding: WireFinding<'a>,
}

#[derive(Serialize)]
struct WireError<'a> {
    path: &'a str,
    error: &'a str,
}

/// Writes one line per finding of `article`.
pub fn render_article(article: &ArticleReport, out: &mut dyn Write) -> io::Result<()> {
    for f in &article.findings {
        let line = WireLine {
            path: &article.article.path,
            finding: wire_finding(f, &article.article),
        };
        serde_json::to_writer(&mut *out, &line)?;
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
