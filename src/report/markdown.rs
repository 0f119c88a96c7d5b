//! The Markdown report: for a pull-request comment or a CI job summary
//! (`>> $GITHUB_STEP_SUMMARY`), where reviewers read the verdicts next to
//! the change without opening a log.
//!
//! Dialect: GitHub Flavored Markdown (<https://github.github.com/gfm/>),
//! which GitLab and most CI summaries also render.
//!
//! ```text
//! # claimcheck report
//!
//! | article | date | ✅ supported | ❌ contradicted | ❔ unverified |
//! |---|---|---:|---:|---:|
//! | wrong.txt | 2023-12-25 | 0 | 2 | 0 |
//! | **total** (1 article) | | **0** | **2** | **0** |
//!
//! ## wrong.txt
//!
//! ### ❌ contradicted · weekday · wrong.txt:1:4
//!
//! > On **Wednesday, Nov. 16, 2023**, the US added …
//!
//! - **found:** Wednesday 2023-11-16
//! - **expected:** Thursday 2023-11-16
//! - **why:** 2023-11-16 is a Thursday, not a Wednesday
//! - **reference:** ifs-entity-list-removal (claims/sanctions.yaml): remove Entity List, 2023-11-16
//!   - [Export Compliance Daily, “After Biden-Xi Meeting, …”](https://…), 2023-11-17
//! ```
//!
//! Each article lists first what needs a reviewer (contradicted and
//! unverified findings, in article order), then its supported findings
//! folded in a `<details>` block, so a long clean article does not bury
//! the one problem. Each finding has a heading with the verdict (an emoji
//! and the word, so it reads without emoji), the kind and
//! `path:line:column`; the claim's sentence is quoted with the claimed
//! words in bold. Sources with a URL are links.
//!
//! Everything taken from an article or the dataset is escaped: the ASCII
//! punctuation that Markdown, GitHub or HTML give a meaning anywhere in a
//! line (`\` `` ` `` `*` `_` `[` `]` `<` `>` `#` `|` `~` `&` `@` `$`) is
//! backslash-escaped, and so is a leading `-`, `+`, `=` or `1.`, so a table
//! cell cannot be split, no HTML is injected, no issue is linked and no one
//! is @-mentioned; line breaks become spaces. URLs in links are
//! percent-encoded where a link destination would end.

use std::io::{self, Write};

use super::{ArticleReport, Report, claim_text};
use crate::dataset::schema::Source;
use crate::verify::{Finding, Verdict};

/// Backslash-escapes Markdown- and HTML-special characters and turns line
/// breaks into spaces, so `text` is literal inline text anywhere.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~' | '&' | '@' | '$' => {
                out.push('\\');
                out.push(c);
            }
            '\r' | '\n' => out.push(' '),
            c => out.push(c),
        }
    }
    // At the start of a line these would begin a list item or an underline.
    let digits = out.bytes().take_while(u8::is_ascii_digit).count();
    if (digits > 0 && out[digits..].starts_with(['.', ')']))
        || (digits == 0 && out.starts_with(['-', '+', '=']))
    {
        out.insert(digits, '\\');
    }
    out
}

/// Percent-encodes what would end or break a link destination.
fn link_url(url: &str) -> String {
    let mut out = String::with_capacity(url.len());
    for c in url.chars() {
        match c {
            ' ' => out.push_str("%20"),
            '(' => out.push_str("%28"),
            ')' => out.push_str("%29"),
            '<' => out.push_str("%3C"),
            '>' => out.push_str("%3E"),
            '\\' => out.push_str("%5C"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

fn badge(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Supported => "✅ supported",
        Verdict::Contradicted => "❌ contradicted",
        Verdict::Unverified => "❔ unverified",
    }
}

fn source(s: &Source) -> String {
    let label = escape(&format!("{}, “{}”", s.publisher, s.title));
    let mut line = match &s.url {
        Some(url) => format!("[{label}]({})", link_url(url)),
        None => label,
    };
    if let Some(date) = &s.date {
        line.push_str(&format!(", {}", escape(&date.to_string())));
    }
    if let Some(citation) = &s.citation {
        line.push_str(&format!(", {}", escape(citation)));
    }
    line
}

/// The claim's sentence with the claimed words in bold.
fn quote(article: &ArticleReport, finding: &Finding) -> String {
    let a = &article.article;
    let claim = finding.claim.span;
    let sentence = finding.claim.sentence;
    let text = &a.text;
    match (
        sentence.contains(claim),
        text.get(sentence.start..claim.start),
        text.get(claim.end..sentence.end),
    ) {
        (true, Some(before), Some(after)) => format!(
            "{}**{}**{}",
            escape(before.trim_start()),
            escape(claim_text(a, finding)),
            escape(after.trim_end())
        ),
        _ => format!("**{}**", escape(claim_text(a, finding))),
    }
}

fn render_finding(
    article: &ArticleReport,
    finding: &Finding,
    out: &mut dyn Write,
) -> io::Result<()> {
    let a = &article.article;
    let (line, column) = a.line_column(finding.claim.span.start);
    writeln!(
        out,
        "### {} · {} · {}:{line}:{column}\n",
        badge(finding.verdict),
        finding.claim.kind.as_str(),
        escape(&a.path)
    )?;
    writeln!(out, "> {}\n", quote(article, finding))?;
    writeln!(out, "- **found:** {}", escape(&finding.found))?;
    if let Some(expected) = &finding.expected {
        writeln!(out, "- **expected:** {}", escape(expected))?;
    }
    writeln!(out, "- **why:** {}", escape(&finding.message))?;
    if let Some(r) = &finding.reference {
        writeln!(
            out,
            "- **reference:** {} ({}): {}",
            escape(&r.id),
            escape(&r.file),
            escape(&r.value)
        )?;
        for s in &r.sources {
            writeln!(out, "  - {}", source(s))?;
        }
    } else {
        writeln!(out, "- **reference:** none in the dataset")?;
    }
    if let Some(hedge) = &finding.claim.hedge {
        writeln!(out, "- **hedged:** “{}”", escape(hedge))?;
    }
    if let Some(who) = &finding.claim.attributed_to {
        writeln!(out, "- **attributed to:** {}", escape(who))?;
    }
    writeln!(out)
}

/// Writes the summary table, then each article's findings, then the
/// inputs that could not be read.
pub fn render(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "# claimcheck report\n")?;
    writeln!(
        out,
        "| article | date | ✅ supported | ❌ contradicted | ❔ unverified |"
    )?;
    writeln!(out, "|---|---|---:|---:|---:|")?;
    for article in &report.articles {
        let summary = article.summary();
        let (s, c, u) = (summary.supported, summary.contradicted, summary.unverified);
        let date = article
            .article
            .date
            .map_or_else(|| "unknown".to_string(), |d| escape(&d.to_string()));
        writeln!(
            out,
            "| {} | {date} | {s} | {c} | {u} |",
            escape(&article.article.path)
        )?;
    }
    let total = report.summary();
    let n = report.articles.len();
    let plural = if n == 1 { "" } else { "s" };
    writeln!(
        out,
        "| **total** ({n} article{plural}) | | **{}** | **{}** | **{}** |\n",
        total.supported, total.contradicted, total.unverified
    )?;
    let set_aside = total.set_aside();
    if !set_aside.is_empty() {
        writeln!(out, "Set aside: {}.\n", set_aside.join("; "))?;
    }
    if !report.notes.is_empty() {
        writeln!(out, "**Notes:**\n")?;
        for note in &report.notes {
            writeln!(out, "- {}: {}", escape(&note.path), escape(&note.message))?;
        }
        writeln!(out)?;
    }
    if !report.errors.is_empty() {
        writeln!(out, "**Could not be checked:**\n")?;
        for e in &report.errors {
            writeln!(out, "- {}: {}", escape(&e.path), escape(&e.message))?;
        }
        writeln!(out)?;
    }
    for article in &report.articles {
        writeln!(out, "## {}\n", escape(&article.article.path))?;
        if article.findings.is_empty() {
            writeln!(out, "No checkable claims found.\n")?;
        }
        let (supported, to_review): (Vec<&Finding>, Vec<&Finding>) = article
            .findings
            .iter()
            .partition(|f| f.verdict == Verdict::Supported);
        for finding in to_review {
            render_finding(article, finding, out)?;
        }
        if !supported.is_empty() {
            let n = supported.len();
            let plural = if n == 1 { "" } else { "s" };
            writeln!(
                out,
                "<details>\n<summary>✅ {n} supported claim{plural}</summary>\n"
            )?;
            for finding in supported {
                render_finding(article, finding, out)?;
            }
            writeln!(out, "</details>\n")?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn special_characters_are_literal() {
        assert_eq!(escape("a|b <i>*x*</i>"), r"a\|b \<i\>\*x\*\</i\>");
        assert_eq!(escape("`@bob` & [x](y) #1"), r"\`\@bob\` \& \[x\](y) \#1");
        assert_eq!(escape("1. one\ntwo"), r"1\. one two");
        assert_eq!(escape("- x-y"), r"\- x-y");
    }

    #[test]
    fn link_targets_cannot_be_closed_early() {
        assert_eq!(link_url("https://a/b (c)"), "https://a/b%20%28c%29");
    }
}
