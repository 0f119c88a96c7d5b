//! The text report: compiler-style diagnostics for people.
//!
//! ```text
//! examples/seed.md:9:4: supported[sanction]: the dataset records it: remove Entity List, 2023-11-16
//!    |
//!  9 | On Nov 16, the US removed the Chinese Ministry of Public Security's …
//!    |    ^^^^^^ relieving action on …, 2023-11-16
//!    = reference: ifs-entity-list-removal (claims/sanctions.yaml): remove Entity List, 2023-11-16
//!    = source: Federal Register, "Entity List Removals", 2023-11-17, https://…
//! ```
//!
//! The first line is `path:line:column: verdict[kind]: message`, so editors
//! and terminals can jump to it. Long lines are cut to a window around the
//! claim. Colour is used only when asked (a terminal without `NO_COLOR`).

use std::io::{self, Write};

use super::{ArticleReport, RenderOptions, Report, framing_note, source_line};
use crate::verify::{Finding, Verdict};

/// Characters of context shown on each side of a claim in a long line.
const CONTEXT: usize = 40;

struct Paint {
    color: bool,
}

impl Paint {
    fn paint(&self, code: &str, text: &str) -> String {
        if self.color {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }

    fn verdict(&self, verdict: Verdict) -> String {
        let code = match verdict {
            Verdict::Supported => "1;32",
            Verdict::Contradicted => "1;31",
            Verdict::Unverified => "1;33",
        };
        self.paint(code, verdict.as_str())
    }
}

/// Writes every finding, then every input error, then a summary line.
pub fn render(report: &Report, options: RenderOptions, out: &mut dyn Write) -> io::Result<()> {
    let paint = Paint {
        color: options.color,
    };
    for article in &report.articles {
        for finding in &article.findings {
            render_finding(article, finding, &paint, out)?;
        }
    }
    for error in &report.errors {
        writeln!(
            out,
            "{}: {}: {}",
            error.path,
            paint.paint("1;31", "error"),
            error.message
        )?;
    }
    for note in &report.notes {
        writeln!(
            out,
            "{}: {}: {}",
            note.path,
            paint.paint("1;34", "note"),
            note.message
        )?;
    }
    let s = report.summary();
    let articles = report.articles.len();
    let plural = if articles == 1 { "" } else { "s" };
    write!(
        out,
        "{articles} article{plural} checked: {} supported, {} contradicted, {} unverified",
        s.supported, s.contradicted, s.unverified
    )?;
    for phrase in s.set_aside() {
        write!(out, "; {phrase}")?;
    }
    if !report.errors.is_empty() {
        let plural = if report.errors.len() == 1 { "" } else { "s" };
        write!(out, "; {} input error{plural}", report.errors.len())?;
    }
    writeln!(out)
}

fn render_finding(
    article: &ArticleReport,
    finding: &Finding,
    paint: &Paint,
    out: &mut dyn Write,
) -> io::Result<()> {
    let a = &article.article;
    let span = finding.claim.span;
    let (line, column) = a.line_column(span.start);
    writeln!(
        out,
        "{}:{line}:{column}: {}[{}]: {}",
        a.path,
        paint.verdict(finding.verdict),
        finding.claim.kind.as_str(),
        finding.message
    )?;
    // Only the claim and up to CONTEXT characters on each side are read,
    // so a line of megabytes costs no more than a short one.
    let line_span = a.line_span(span.start);
    let claim_end = span.end.min(line_span.end);
    let mut before: Vec<char> = a.text[line_span.start..span.start]
        .chars()
        .rev()
        .take(CONTEXT + 1)
        .collect();
    before.reverse();
    let claimed: Vec<char> = a.text[span.start..claim_end].chars().collect();
    let after: Vec<char> = a.text[claim_end..line_span.end]
        .chars()
        .take(CONTEXT + 1)
        .collect();
    let cut_before = before.len() > CONTEXT;
    let cut_after = after.len() > CONTEXT;
    let shown_before: String = if cut_before {
        format!(
            "…{}",
            before[before.len() - CONTEXT..].iter().collect::<String>()
        )
    } else {
        before.iter().collect()
    };
    let shown_after: String = if cut_after {
        format!("{}…", after[..CONTEXT].iter().collect::<String>())
    } else {
        after.iter().collect()
    };
    let claimed_text: String = claimed.iter().collect();
    let gutter = line.to_string().len();
    let pad = " ".repeat(gutter);
    let bar = paint.paint("1;34", "|");
    writeln!(out, "{pad} {bar}")?;
    writeln!(
        out,
        "{} {bar} {shown_before}{}{shown_after}",
        paint.paint("1;34", &line.to_string()),
        paint.paint("1", &claimed_text)
    )?;
    let marks = paint.paint(
        match finding.verdict {
            Verdict::Supported => "1;32",
            Verdict::Contradicted => "1;31",
            Verdict::Unverified => "1;33",
        },
        &"^".repeat(claimed.len().max(1)),
    );
    writeln!(
        out,
        "{pad} {bar} {}{marks} {}",
        " ".repeat(shown_before.chars().count()),
        finding.found
    )?;
    let eq = paint.paint("1;34", "=");
    if let Some(expected) = &finding.expected {
        writeln!(out, "{pad} {eq} expected: {expected}")?;
    }
    if let Some(r) = &finding.reference {
        writeln!(
            out,
            "{pad} {eq} reference: {} ({}): {}",
            r.id, r.file, r.value
        )?;
        for s in &r.sources {
            writeln!(out, "{pad} {eq} source: {}", source_line(s))?;
        }
    }
    if let Some(note) = framing_note(finding) {
        writeln!(out, "{pad} {eq} note: {note}")?;
    }
    writeln!(out)
}
