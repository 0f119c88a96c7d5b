//! The JUnit report: JUnit XML, so CI systems that show test results
//! (GitLab, Jenkins, Azure Pipelines, CircleCI, test-report actions) list
//! each claim as a test case and each contradiction as a failure.
//!
//! Format: the de-facto JUnit XML schema as read by those tools
//! (<https://github.com/testmoapp/junitxml>; Jenkins' XSD at
//! <https://github.com/jenkinsci/xunit-plugin/blob/master/src/main/resources/org/jenkinsci/plugins/xunit/types/model/xsd/junit-10.xsd>).
//!
//! ```text
//! <?xml version="1.0" encoding="UTF-8"?>
//! <testsuites name="claimcheck" tests="2" failures="1" errors="0" skipped="1">
//!   <testsuite name="wrong.txt" tests="2" failures="1" errors="0" skipped="1">
//!     <properties><property name="date" value="2023-12-25"/></properties>
//!     <testcase classname="weekday" name="1:4 Wednesday, Nov. 16, 2023" file="wrong.txt" line="1">
//!       <failure message="2023-11-16 is a Thursday, not a Wednesday" type="contradicted">found: …
//! expected: Thursday 2023-11-16</failure>
//!     </testcase>
//!     <testcase classname="event-date" name="3:1 …" file="wrong.txt" line="3">
//!       <skipped message="unverified: …"/>
//!     </testcase>
//!   </testsuite>
//! </testsuites>
//! ```
//!
//! One `<testsuite>` per article, named by its path; one `<testcase>` per
//! finding, its class the claim kind and its name `line:column` and the
//! claimed words. Contradicted → `<failure type="contradicted">` with the
//! evidence (found, expected, reference, sources) as its body; unverified →
//! `<skipped>`; supported → a passing case. An input that could not be read
//! is a suite of one case with an `<error type="input">`. No times or
//! timestamps are written, so the output is reproducible.
//!
//! Escaping: `& < > " '` become entities everywhere; in attributes tab, CR
//! and LF become character references so they survive attribute-value
//! normalisation; characters XML 1.0 forbids (C0 controls other than tab,
//! LF and CR, and U+FFFE/U+FFFF) become U+FFFD.

use std::fmt::Write as _;
use std::io::{self, Write};

use super::{ArticleReport, InputError, Report, claim_text, source_line};
use crate::verify::{Finding, Verdict};

fn forbidden(c: char) -> bool {
    matches!(c, '\u{0}'..='\u{8}' | '\u{B}' | '\u{C}' | '\u{E}'..='\u{1F}' | '\u{FFFE}' | '\u{FFFF}')
}

/// Escapes text content.
pub fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\r' => out.push_str("&#13;"),
            c if forbidden(c) => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

/// Escapes an attribute value (written between double quotes).
pub fn escape_attr(text: &str) -> String {
    escape_text(text)
        .replace('\t', "&#9;")
        .replace('\n', "&#10;")
}

fn evidence(finding: &Finding) -> String {
    let mut body = format!("found: {}", finding.found);
    if let Some(expected) = &finding.expected {
        let _ = write!(body, "\nexpected: {expected}");
    }
    if let Some(r) = &finding.reference {
        let _ = write!(body, "\nreference: {} ({}): {}", r.id, r.file, r.value);
        for s in &r.sources {
            let _ = write!(body, "\nsource: {}", source_line(s));
        }
    }
    if let Some(hedge) = &finding.claim.hedge {
        let _ = write!(body, "\nhedged: {hedge}");
    }
    if let Some(who) = &finding.claim.attributed_to {
        let _ = write!(body, "\nattributed to: {who}");
    }
    body
}

fn counts(article: &ArticleReport) -> (usize, usize) {
    let failures = article
        .findings
        .iter()
        .filter(|f| f.verdict == Verdict::Contradicted)
        .count();
    let skipped = article
        .findings
        .iter()
        .filter(|f| f.verdict == Verdict::Unverified)
        .count();
    (failures, skipped)
}

fn suite(article: &ArticleReport, out: &mut dyn Write) -> io::Result<()> {
    let a = &article.article;
    let path = escape_attr(&a.path);
    let (failures, skipped) = counts(article);
    writeln!(
        out,
        r#"  <testsuite name="{path}" tests="{}" failures="{failures}" errors="0" skipped="{skipped}">"#,
        article.findings.len()
    )?;
    if let Some(date) = a.date {
        writeln!(
            out,
            r#"    <properties><property name="date" value="{date}"/></properties>"#
        )?;
    }
    for finding in &article.findings {
        let (line, column) = a.line_column(finding.claim.span.start);
        let name = escape_attr(&format!("{line}:{column} {}", claim_text(a, finding)));
        let class = finding.claim.kind.as_str();
        let open = format!(
            r#"    <testcase classname="{class}" name="{name}" file="{path}" line="{line}""#
        );
        match finding.verdict {
            Verdict::Supported => writeln!(out, "{open}/>")?,
            Verdict::Contradicted => {
                writeln!(out, "{open}>")?;
                writeln!(
                    out,
                    r#"      <failure message="{}" type="contradicted">{}</failure>"#,
                    escape_attr(&finding.message),
                    escape_text(&evidence(finding))
                )?;
                writeln!(out, "    </testcase>")?;
            }
            Verdict::Unverified => {
                writeln!(out, "{open}>")?;
                writeln!(
                    out,
                    r#"      <skipped message="{}"/>"#,
                    escape_attr(&format!("unverified: {}", finding.message))
                )?;
                writeln!(out, "    </testcase>")?;
            }
        }
    }
    writeln!(out, "  </testsuite>")
}

fn error_suite(error: &InputError, out: &mut dyn Write) -> io::Result<()> {
    let path = escape_attr(&error.path);
    writeln!(
        out,
        r#"  <testsuite name="{path}" tests="1" failures="0" errors="1" skipped="0">"#
    )?;
    writeln!(
        out,
        r#"    <testcase classname="input" name="read {path}" file="{path}">"#
    )?;
    writeln!(
        out,
        r#"      <error message="{}" type="input"/>"#,
        escape_attr(&error.message)
    )?;
    writeln!(out, "    </testcase>")?;
    writeln!(out, "  </testsuite>")
}

/// Writes the report as one JUnit XML document.
pub fn render(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let summary = report.summary();
    let tests: usize = report.articles.iter().map(|a| a.findings.len()).sum();
    let errors = report.errors.len();
    writeln!(out, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
    writeln!(
        out,
        r#"<testsuites name="claimcheck" tests="{}" failures="{}" errors="{errors}" skipped="{}">"#,
        tests + errors,
        summary.contradicted,
        summary.unverified
    )?;
    for article in &report.articles {
        suite(article, out)?;
    }
    for error in &report.errors {
        error_suite(error, out)?;
    }
    writeln!(out, "</testsuites>")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn special_and_forbidden_characters_are_escaped() {
        assert_eq!(
            escape_text("a&b<c>d\"e'f\u{1}g\r"),
            "a&amp;b&lt;c&gt;d&quot;e&apos;f\u{FFFD}g&#13;"
        );
        assert_eq!(escape_attr("a\tb\nc"), "a&#9;b&#10;c");
        assert_eq!(escape_text("a\tb\nc"), "a\tb\nc");
    }
}
