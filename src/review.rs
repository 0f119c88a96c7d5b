//! Review: what of a checked report is shown and what fails the run.
//!
//! Between verification and rendering, findings an editor accepted in the
//! article (inline markers) or that a baseline already records are set
//! aside, and `--show` decides which verdicts are printed. What fails the
//! run is decided apart, by `--fail-on`, over every finding that was not
//! accepted or baselined, shown or not: hiding a verdict never hides a
//! failure.

use crate::baseline::{Baseline, Matcher};
use crate::report::{ArticleReport, InputError, Note, Report};
use crate::suppress;
use crate::verify::Verdict;

/// Which findings fail the run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum FailOn {
    /// Any contradicted finding.
    #[default]
    Contradicted,
    /// Any contradicted or unverified finding.
    Unverified,
    /// Nothing: report only.
    Never,
}

/// How to review a report.
#[derive(Debug, Clone, Default)]
pub struct ReviewOptions {
    /// Verdicts to print; empty means all.
    pub show: Vec<Verdict>,
    pub baseline: Option<Baseline>,
}

/// Reviews articles one by one (so a streaming format can print each as it
/// is done), then reports what of the baseline went unused.
pub struct Reviewer<'o> {
    show: &'o [Verdict],
    baseline: Option<Matcher<'o>>,
}

impl<'o> Reviewer<'o> {
    /// A reviewer applying `options`.
    pub fn new(options: &'o ReviewOptions) -> Self {
        Reviewer {
            show: &options.show,
            baseline: options.baseline.as_ref().map(Baseline::matcher),
        }
    }

    /// Applies inline markers, the baseline and `--show` to one article;
    /// bad markers become input errors, unused ones notes.
    pub fn article(
        &mut self,
        article: &mut ArticleReport,
        errors: &mut Vec<InputError>,
        notes: &mut Vec<Note>,
    ) {
        let (markers, marker_errors) = suppress::markers(&article.article);
        for error in marker_errors {
            errors.push(InputError {
                path: article.article.path.clone(),
                message: format!("{}:{}: {}", error.line, error.column, error.message),
            });
        }
        let mut used = vec![false; markers.len()];
        let mut kept = Vec::new();
        for finding in std::mem::take(&mut article.findings) {
            match markers
                .iter()
                .position(|m| suppress::accepts(m, &article.article, &finding))
            {
                Some(i) => {
                    used[i] = true;
                    article
                        .set_aside
                        .accepted
                        .push((finding, markers[i].reason.clone()));
                }
                None => kept.push(finding),
            }
        }
        article.findings = kept;
        for (marker, used) in markers.iter().zip(used) {
            if !used {
                let (line, column) = article.article.line_column(marker.span.start);
                notes.push(Note {
                    path: article.article.path.clone(),
                    message: format!(
                        "{line}:{column}: the marker accepting {} \"{}\" matches no finding in its paragraph; remove it or fix its words",
                        marker.kind.as_str(),
                        marker.text
                    ),
                });
            }
        }
        if let Some(baseline) = &mut self.baseline {
            baseline.apply(article);
        }
        if !self.show.is_empty() {
            let (shown, hidden) = std::mem::take(&mut article.findings)
                .into_iter()
                .partition(|f| self.show.contains(&f.verdict));
            article.findings = shown;
            article.set_aside.hidden = hidden;
        }
    }

    /// Notes for the baseline entries that matched nothing.
    pub fn finish(self, notes: &mut Vec<Note>) {
        let Some(baseline) = self.baseline else {
            return;
        };
        notes.extend(baseline.stale().into_iter().map(|entry| Note {
            path: entry.path.clone(),
            message: format!(
                "stale baseline entry: {} \"{}\" ({}) no longer occurs; remove it from the baseline",
                entry.kind, entry.text, entry.verdict
            ),
        }));
    }
}

/// Reviews a whole report at once.
pub fn review(report: &mut Report, options: &ReviewOptions) {
    let mut reviewer = Reviewer::new(options);
    for article in &mut report.articles {
        reviewer.article(article, &mut report.errors, &mut report.notes);
    }
    reviewer.finish(&mut report.notes);
}

/// Whether the reviewed report fails at `fail_on`.
pub fn fails(report: &Report, fail_on: FailOn) -> bool {
    let summary = report.summary();
    match fail_on {
        FailOn::Contradicted => summary.contradicted > 0,
        FailOn::Unverified => summary.contradicted + summary.unverified > 0,
        FailOn::Never => false,
    }
}
