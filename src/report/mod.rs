//! Reports: one renderer per format over one findings model.
//!
//! Renderers are pure: they read a [`Report`] and write to a writer. They
//! never read files, run checks or choose exit codes, so each can be tested
//! on its own and a new format is one new module.

pub mod browse;
pub mod claimreview;
pub mod diff;
pub mod github;
pub mod json;
pub mod jsonl;
pub mod junit;
pub mod lint;
pub mod markdown;
pub mod sarif;
pub mod stub;
pub mod text;
pub mod timex;

use std::io::{self, Write};

use crate::article::Article;
use crate::dataset::schema::Source;
use crate::verify::{Finding, Verdict};

/// The findings of one article.
#[derive(Debug)]
pub struct ArticleReport {
    pub article: Article,
    /// The findings to report, sorted by position in the article.
    pub findings: Vec<Finding>,
    /// Findings taken out of the report by review (markers, baseline,
    /// `--show`), kept so that counts stay honest.
    pub set_aside: SetAside,
}

/// Findings not reported, by why.
#[derive(Debug, Default)]
pub struct SetAside {
    /// Accepted by an inline marker in the article, with its reason.
    pub accepted: Vec<(Finding, String)>,
    /// Already in the baseline.
    pub baselined: Vec<Finding>,
    /// Not asked for by `--show`; they still count and can fail the run.
    pub hidden: Vec<Finding>,
}

/// An input that could not be checked, with why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputError {
    pub path: String,
    /// The message, starting with `line:column: ` where there is a place.
    pub message: String,
}

/// Something a reviewer should know that is not a finding: a baseline entry
/// or an acceptance marker that no longer matches anything.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    pub path: String,
    pub message: String,
}

/// Everything a run produced, in the order the inputs were given.
#[derive(Debug, Default)]
pub struct Report {
    pub articles: Vec<ArticleReport>,
    pub errors: Vec<InputError>,
    pub notes: Vec<Note>,
}

/// Counts of findings by verdict. `supported`, `contradicted` and
/// `unverified` count every finding that was not set aside by a marker or
/// the baseline, shown or not.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Summary {
    pub supported: usize,
    pub contradicted: usize,
    pub unverified: usize,
    /// Accepted by inline markers.
    pub accepted: usize,
    /// Matched by the baseline.
    pub baselined: usize,
    /// Counted above but not printed (`--show`).
    pub hidden: usize,
}

impl Summary {
    /// What was set aside, in words ("1 in the baseline", "2 not shown"),
    /// for the summaries of the formats people read.
    pub fn set_aside(&self) -> Vec<String> {
        let mut phrases = Vec::new();
        if self.accepted > 0 {
            phrases.push(format!("{} accepted in the article", self.accepted));
        }
        if self.baselined > 0 {
            phrases.push(format!("{} in the baseline", self.baselined));
        }
        if self.hidden > 0 {
            phrases.push(format!("{} not shown", self.hidden));
        }
        phrases
    }

    fn count(&mut self, finding: &Finding) {
        match finding.verdict {
            Verdict::Supported => self.supported += 1,
            Verdict::Contradicted => self.contradicted += 1,
            Verdict::Unverified => self.unverified += 1,
        }
    }
}

impl ArticleReport {
    /// Counts this article's findings by verdict.
    pub fn summary(&self) -> Summary {
        let mut summary = Summary::default();
        for finding in self.findings.iter().chain(&self.set_aside.hidden) {
            summary.count(finding);
        }
        summary.accepted = self.set_aside.accepted.len();
        summary.baselined = self.set_aside.baselined.len();
        summary.hidden = self.set_aside.hidden.len();
        summary
    }
}

impl Report {
    /// Counts findings by verdict over all articles.
    pub fn summary(&self) -> Summary {
        let mut total = Summary::default();
        for article in &self.articles {
            let s = article.summary();
            total.supported += s.supported;
            total.contradicted += s.contradicted;
            total.unverified += s.unverified;
            total.accepted += s.accepted;
            total.baselined += s.baselined;
            total.hidden += s.hidden;
        }
        total
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
    /// One JSON object per finding per line, for streaming.
    Jsonl,
    /// A Markdown report for a pull-request comment or a CI job summary.
    Markdown,
    /// SARIF 2.1.0, for code-scanning dashboards.
    Sarif,
    /// JUnit XML, for CI test-report views.
    Junit,
    /// GitHub Actions workflow commands (annotations).
    Github,
    /// schema.org ClaimReview JSON-LD.
    Claimreview,
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
        Format::Jsonl => jsonl::render(report, out),
        Format::Markdown => markdown::render(report, out),
        Format::Sarif => sarif::render(report, out),
        Format::Junit => junit::render(report, out),
        Format::Github => github::render(report, out),
        Format::Claimreview => claimreview::render(report, out),
    }
}

/// A source in one line: `publisher, "title", date, citation, url`, the
/// way the text report writes it; shared by the formats that have no
/// structure for sources.
pub(crate) fn source_line(s: &Source) -> String {
    let mut line = format!("{}, \"{}\"", s.publisher, s.title);
    if let Some(date) = &s.date {
        line.push_str(&format!(", {date}"));
    }
    if let Some(citation) = &s.citation {
        line.push_str(&format!(", {citation}"));
    }
    if let Some(url) = &s.url {
        line.push_str(&format!(", {url}"));
    }
    line
}

/// The sentence a finding's claim was read from, trimmed; the claimed
/// words alone if the sentence is unknown.
pub(crate) fn claim_sentence<'a>(article: &'a Article, finding: &Finding) -> &'a str {
    let claim = finding.claim.span;
    let sentence = finding.claim.sentence;
    let span = if sentence.contains(claim) {
        sentence
    } else {
        claim
    };
    article.text.get(span.start..span.end).unwrap_or("").trim()
}

/// How the article frames a finding's claim, in words ("hedged (\"is said
/// to\"); attributed to Gupta"), or `None` when it states it plainly.
pub(crate) fn framing_note(finding: &Finding) -> Option<String> {
    let mut notes = Vec::new();
    if let Some(hedge) = &finding.claim.hedge {
        notes.push(format!("hedged (\"{hedge}\")"));
    }
    if let Some(who) = &finding.claim.attributed_to {
        notes.push(format!("attributed to {who}"));
    }
    (!notes.is_empty()).then(|| notes.join("; "))
}

/// The claimed words of a finding (`""` if the span does not fit the text).
pub(crate) fn claim_text<'a>(article: &'a Article, finding: &Finding) -> &'a str {
    let span = finding.claim.span;
    article.text.get(span.start..span.end).unwrap_or("")
}

/// The `line:column: ` an input error's message starts with, if it has a
/// place, and the rest of the message.
pub(crate) fn error_place(message: &str) -> Option<(usize, usize, &str)> {
    let (place, rest) = message.split_once(": ")?;
    let (line, column) = place.split_once(':')?;
    Some((line.parse().ok()?, column.parse().ok()?, rest))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_places_are_read_from_messages() {
        assert_eq!(error_place("3:7: bad"), Some((3, 7, "bad")));
        assert_eq!(error_place("the article is empty"), None);
        assert_eq!(error_place("x:7: bad"), None);
    }
}
