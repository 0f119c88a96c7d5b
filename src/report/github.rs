//! The GitHub report: GitHub Actions workflow commands, so a `claimcheck`
//! step in a workflow annotates the article's lines in the pull request
//! and the run summary, with no upload step and no token.
//!
//! Spec: <https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands>
//!
//! ```text
//! ::error file=wrong.txt,line=1,col=4,endLine=1,endColumn=28,title=contradicted [weekday]::2023-11-16 is a Thursday, not a Wednesday%0Aexpected: Thursday 2023-11-16
//! ::notice file=a.md,line=9,col=1,endLine=9,endColumn=5,title=unverified [event-date]::no event …%0Areference: …%0Asource: …
//! ::debug::supported [sanction] a.md:12:4: the dataset records it: remove Entity List, 2023-11-16
//! ::notice title=claimcheck::1 article checked: 13 supported, 0 contradicted, 0 unverified
//! ```
//!
//! - A **contradicted** claim is an `::error`, an **unverified** one a
//!   `::notice` (a human should look; nothing was found wrong).
//! - A **supported** claim is a `::debug` line: invisible unless step debug
//!   logging is on (`ACTIONS_STEP_DEBUG`), so the log stays short and the
//!   full trail is still there when needed. It carries no file properties,
//!   which `::debug` does not take.
//! - An input that could not be read is an `::error` on that file (and its
//!   line and column when the message has them).
//! - The last line is always a `::notice title=claimcheck::` with the
//!   counts, so the run summary shows them even when nothing is annotated.
//!
//! Lines and columns are 1-based; columns count characters, and `endColumn`
//! is one past the claim's last character. The message's extra lines
//! (expected, reference, sources) are joined with an encoded newline, which
//! the runner shows as separate lines of one annotation.
//!
//! Escaping follows the runner: in the message `%` → `%25`, CR → `%0D`,
//! LF → `%0A`; in property values (`file`, `title`) also `:` → `%3A` and
//! `,` → `%2C`. GitHub shows at most 10 errors and 10 notices per step
//! (50 per job); the rest are in the log only. The job's success is the
//! exit status, not these commands.

use std::io::{self, Write};

use super::{ArticleReport, Report, error_place, framing_note, source_line};
use crate::verify::{Finding, Verdict};

/// Escapes a command's message (its data, after `::`).
pub fn escape_data(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '%' => out.push_str("%25"),
            '\r' => out.push_str("%0D"),
            '\n' => out.push_str("%0A"),
            c => out.push(c),
        }
    }
    out
}

/// Escapes a property value (`file=…`, `title=…`).
pub fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

/// The annotation's text: the message, then what was expected, the
/// reference and its sources, one per line.
fn message(finding: &Finding) -> String {
    let mut lines = vec![finding.message.clone()];
    if let Some(expected) = &finding.expected {
        lines.push(format!("expected: {expected}"));
    }
    if let Some(r) = &finding.reference {
        lines.push(format!("reference: {} ({}): {}", r.id, r.file, r.value));
        lines.extend(
            r.sources
                .iter()
                .map(|s| format!("source: {}", source_line(s))),
        );
    }
    if let Some(note) = framing_note(finding) {
        lines.push(format!("note: {note}"));
    }
    lines.join("\n")
}

/// Writes the commands of one article's findings.
pub fn render_article(article: &ArticleReport, out: &mut dyn Write) -> io::Result<()> {
    let a = &article.article;
    for finding in &article.findings {
        let span = finding.claim.span;
        let (line, col) = a.line_column(span.start);
        let kind = finding.claim.kind.as_str();
        let verdict = finding.verdict.as_str();
        let command = match finding.verdict {
            Verdict::Contradicted => "error",
            Verdict::Unverified => "notice",
            Verdict::Supported => {
                writeln!(
                    out,
                    "::debug::{}",
                    escape_data(&format!(
                        "{verdict} [{kind}] {}:{line}:{col}: {}",
                        a.path, finding.message
                    ))
                )?;
                continue;
            }
        };
        let (end_line, end_col) = a.line_column(span.end);
        writeln!(
            out,
            "::{command} file={},line={line},col={col},endLine={end_line},endColumn={end_col},title={}::{}",
            escape_property(&a.path),
            escape_property(&format!("{verdict} [{kind}]")),
            escape_data(&message(finding))
        )?;
    }
    Ok(())
}

/// Writes every finding's command, every input error, then the summary.
pub fn render(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    for article in &report.articles {
        render_article(article, out)?;
    }
    for error in &report.errors {
        let file = escape_property(&error.path);
        let title = escape_property("claimcheck: cannot check");
        match error_place(&error.message) {
            Some((line, col, rest)) => writeln!(
                out,
                "::error file={file},line={line},col={col},title={title}::{}",
                escape_data(rest)
            )?,
            None => writeln!(
                out,
                "::error file={file},title={title}::{}",
                escape_data(&error.message)
            )?,
        }
    }
    let s = report.summary();
    let articles = report.articles.len();
    let plural = if articles == 1 { "" } else { "s" };
    let mut summary = format!(
        "{articles} article{plural} checked: {} supported, {} contradicted, {} unverified",
        s.supported, s.contradicted, s.unverified
    );
    if !report.errors.is_empty() {
        summary.push_str(&format!("; {} could not be read", report.errors.len()));
    }
    writeln!(out, "::notice title=claimcheck::{}", escape_data(&summary))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_and_properties_are_escaped_as_the_runner_reads_them() {
        assert_eq!(escape_data("100% a:b,c\r\nd"), "100%25 a:b,c%0D%0Ad");
        assert_eq!(escape_property("100% a:b,c\nd"), "100%25 a%3Ab%2Cc%0Ad");
    }
}
