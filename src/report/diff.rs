//! The `diff` command's output: what changed between two JSON reports, as
//! text for a terminal or Markdown for a pull-request comment.

use std::io::{self, Write};

use crate::diff::{Change, Diff, ReadFinding};

/// The formats of `diff`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum DiffFormat {
    Text,
    Markdown,
}

fn describe(finding: &ReadFinding) -> String {
    let reference = finding
        .reference
        .as_ref()
        .map_or(String::new(), |r| format!(" ({})", r.id));
    format!(
        "{}[{}] \"{}\"{reference}",
        finding.verdict, finding.kind, finding.text
    )
}

fn counts(diff: &Diff) -> (usize, usize, usize, usize) {
    let mut new = 0;
    let mut resolved = 0;
    let mut changed = 0;
    for (_, change) in &diff.changes {
        match change {
            Change::New(_) => new += 1,
            Change::Resolved(_) => resolved += 1,
            Change::Changed { .. } => changed += 1,
        }
    }
    let worse = diff.changes.iter().filter(|(_, c)| c.is_worse()).count();
    (new, resolved, changed, worse)
}

/// Writes every change and a summary line.
pub fn render(diff: &Diff, format: DiffFormat, out: &mut dyn Write) -> io::Result<()> {
    let (new, resolved, changed, worse) = counts(diff);
    match format {
        DiffFormat::Text => {
            for (path, change) in &diff.changes {
                let mark = if change.is_worse() { "worse" } else { "ok" };
                match change {
                    Change::New(f) => writeln!(
                        out,
                        "{path}:{}:{}: new {}: {} [{mark}]",
                        f.span.line,
                        f.span.column,
                        describe(f),
                        f.message
                    )?,
                    Change::Resolved(f) => writeln!(
                        out,
                        "{path}:{}:{}: gone {} [{mark}]",
                        f.span.line,
                        f.span.column,
                        describe(f)
                    )?,
                    Change::Changed { old, new } => writeln!(
                        out,
                        "{path}:{}:{}: changed {} -> {}: {} [{mark}]",
                        new.span.line,
                        new.span.column,
                        describe(old),
                        describe(new),
                        new.message
                    )?,
                }
            }
            writeln!(
                out,
                "{new} new, {resolved} gone, {changed} changed; {worse} worse"
            )
        }
        DiffFormat::Markdown => {
            writeln!(out, "## claimcheck: what changed\n")?;
            writeln!(
                out,
                "{new} new, {resolved} gone, {changed} changed; **{worse} worse**\n"
            )?;
            if diff.changes.is_empty() {
                return writeln!(out, "No finding changed.");
            }
            writeln!(out, "| | where | change | claim | message |")?;
            writeln!(out, "|---|---|---|---|---|")?;
            for (path, change) in &diff.changes {
                let icon = if change.is_worse() { "❌" } else { "✅" };
                let (f, what) = match change {
                    Change::New(f) => (f, format!("new {}", f.verdict)),
                    Change::Resolved(f) => (f, format!("gone (was {})", f.verdict)),
                    Change::Changed { old, new } => {
                        (new, format!("{} → {}", old.verdict, new.verdict))
                    }
                };
                writeln!(
                    out,
                    "| {icon} | `{path}:{}:{}` | {what} | {} \"{}\" | {} |",
                    f.span.line,
                    f.span.column,
                    f.kind,
                    escape(&f.text),
                    escape(&f.message)
                )?;
            }
            Ok(())
        }
    }
}

/// Makes text safe inside a Markdown table cell.
fn escape(text: &str) -> String {
    text.replace('|', "\\|")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('\n', " ")
}
