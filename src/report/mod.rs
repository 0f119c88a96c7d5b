//! Reports: one renderer per format over one findings model.
//!
//! Renderers are pure: they read a [`Report`] and write to a writer. They
//! never read files, run checks or choose exit codes, so each can be tested
//! on its own and a new format is one new module.

pub mod json;
pub mod text;
pub mod timex;

use std::io::{self, Write};

use crate::article::Article;
use crate::verify::{Finding, Verdict};

/// The findings of one article.
#[derive(Debug)]
pub struct ArticleReport {
    pub article: Article,
    /// Sorted by position in the article.
    pub findings: Vec<Finding>,
}

/// An input that could not be checked, with why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputError {
    pub path: String,
    /// The message, starting with `line:column: ` where there is a place.
    pub message: String,
}

/// Everything a run produced, in the order the inputs were given.
#[derive(Debug, Default)]
pub struct Report {
    pub articles: Vec<ArticleReport>,
    pub errors: Vec<InputError>,
}

/// Counts of findings by verdict.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Summary {
    pub supported: usize,
    pub contradicted: usize,
    pub unverified: usize,
}

impl Report {
    /// Counts findings by verdict over all articles.
    pub fn summary(&self) -> Summary {
        let mut summary = Summary::default();
        for finding in self.articles.iter().flat_map(|a| &a.findings) {
            match finding.verdict {
                Verdict::Supported => summary.supported += 1,
                Verdict::Contradicted => summary.contradicted += 1,
                Verdict::Unverified => summary.unverified += 1,
            }
        }
        summary
    }
}

/// The output formats of `check`. Each is one renderer module.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
#[value(rename_all = "kebab-case")]
pub enum Format {
    /// Compiler-style diagnostics for people.
    Text,
    /// One JSON document; the documented contract for programs.
    Json,
}

/// How to render, beyond the format.
#[derive(Debug, Clone, Copy, Default)]
pub struct RenderOptions {
    /// ANSI colour in text output.
    pub color: bool,
}

/// Writes `report` in `format`.
pub fn render(
    format: Format,
    report: &Report,
    options: RenderOptions,
    out: &mut dyn Write,
) -> io::Result<()> {
    match format {
        Format::Text => text::render(report, options, out),
        Format::Json => json::render(report, out),
    }
}
