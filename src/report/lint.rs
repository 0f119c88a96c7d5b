//! The `claims lint` report: every dataset problem with its place, what is
//! wrong and a hint, then a count; or the same as one JSON document.

use std::io::{self, Write};

use serde::Serialize;

use crate::dataset::{DatasetProblem, Severity};

/// The formats of `claims lint`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum LintFormat {
    Text,
    Json,
}

#[derive(Serialize)]
struct WireProblem<'a> {
    severity: &'static str,
    file: &'a str,
    line: Option<usize>,
    column: Option<usize>,
    message: &'a str,
    hint: Option<&'a str>,
}

#[derive(Serialize)]
struct WireLint<'a> {
    problems: Vec<WireProblem<'a>>,
    errors: usize,
    warnings: usize,
}

fn severity(problem: &DatasetProblem) -> &'static str {
    match problem.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    }
}

/// Writes the problems (already in file order) and a count.
pub fn render(
    problems: &[DatasetProblem],
    facts: usize,
    format: LintFormat,
    out: &mut dyn Write,
) -> io::Result<()> {
    let errors = problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .count();
    let warnings = problems.len() - errors;
    match format {
        LintFormat::Json => {
            let wire = WireLint {
                problems: problems
                    .iter()
                    .map(|p| WireProblem {
                        severity: severity(p),
                        file: &p.file,
                        line: p.line,
                        column: p.column,
                        message: &p.message,
                        hint: p.hint.as_deref(),
                    })
                    .collect(),
                errors,
                warnings,
            };
            serde_json::to_writer_pretty(&mut *out, &wire)?;
            writeln!(out)
        }
        LintFormat::Text => {
            for problem in problems {
                writeln!(out, "{problem}")?;
            }
            let plural =
                |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
            writeln!(
                out,
                "{}, {} in a dataset of {}",
                plural(errors, "error"),
                plural(warnings, "warning"),
                plural(facts, "fact")
            )
        }
    }
}
