//! Baselines: accept the findings a corpus has today, so that CI reports
//! and fails on new ones only.
//!
//! `--write-baseline FILE` records every contradicted or unverified finding
//! by its [fingerprint](crate::fingerprint) (claim kind, claimed words,
//! reference id) and article path; `--baseline FILE` sets those findings
//! aside. Line numbers play no part, so inserting a paragraph above a claim
//! does not break the baseline. The same claim stated twice is recorded
//! twice: a third statement is new. An entry that matches nothing any more
//! is reported as stale, so the baseline shrinks as articles are fixed.
//!
//! The file is JSON, one entry per finding, readable in a review:
//!
//! ```json
//! {"version": 1, "entries": [{"path": "a.md", "kind": "event-date", "text": "Nov 15",
//!   "reference": "ifs-entity-list-removal", "verdict": "contradicted", "fingerprint": "…"}]}
//! ```

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::report::{ArticleReport, Report};
use crate::verify::{Finding, Verdict};

/// Bumped if entries change meaning.
pub const VERSION: u32 = 1;

/// A set of accepted findings.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Baseline {
    pub version: u32,
    pub entries: Vec<Entry>,
}

/// One accepted finding.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    pub path: String,
    pub kind: String,
    /// The claimed words, as they were (for people; matching uses the
    /// fingerprint).
    pub text: String,
    pub reference: Option<String>,
    pub verdict: String,
    pub fingerprint: String,
}

/// Whether a finding belongs in a baseline: the ones that would be
/// reported as problems.
pub fn is_recorded(finding: &Finding) -> bool {
    finding.verdict != Verdict::Supported
}

impl Baseline {
    /// The baseline of a report: its contradicted and unverified findings,
    /// including those `--show` hides, excluding those a marker accepted.
    pub fn of(report: &Report) -> Baseline {
        let mut entries = Vec::new();
        for article in &report.articles {
            let findings = article
                .findings
                .iter()
                .chain(&article.set_aside.hidden)
                .chain(&article.set_aside.baselined);
            for finding in findings.filter(|f| is_recorded(f)) {
                entries.push(Entry {
                    path: article.article.path.clone(),
                    kind: finding.claim.kind.as_str().to_string(),
                    text: finding.claim.span.slice(&article.article.text).to_string(),
                    reference: finding.reference.as_ref().map(|r| r.id.clone()),
                    verdict: finding.verdict.as_str().to_string(),
                    fingerprint: crate::fingerprint::of(&article.article, finding),
                });
            }
        }
        entries.sort_by(|a, b| {
            (&a.path, &a.kind, &a.fingerprint).cmp(&(&b.path, &b.kind, &b.fingerprint))
        });
        Baseline {
            version: VERSION,
            entries,
        }
    }

    /// Reads a baseline from its JSON text.
    pub fn parse(text: &str) -> Result<Baseline, String> {
        let baseline: Baseline =
            serde_json::from_str(text).map_err(|e| format!("{}:{}: {e}", e.line(), e.column()))?;
        if baseline.version != VERSION {
            return Err(format!(
                "baseline version {} is not supported (expected {VERSION})",
                baseline.version
            ));
        }
        Ok(baseline)
    }

    /// The baseline as pretty JSON.
    pub fn to_json(&self) -> String {
        let mut text = serde_json::to_string_pretty(self).unwrap_or_default();
        text.push('\n');
        text
    }

    /// A matcher that consumes this baseline's entries as findings match.
    pub fn matcher(&self) -> Matcher<'_> {
        let mut remaining: HashMap<(String, String), Vec<&Entry>> = HashMap::new();
        for entry in &self.entries {
            remaining
                .entry((entry.path.clone(), entry.fingerprint.clone()))
                .or_default()
                .push(entry);
        }
        Matcher { remaining }
    }
}

/// Matches findings against a baseline, article by article, each entry at
/// most once; what is left at the end is stale.
#[derive(Debug)]
pub struct Matcher<'b> {
    remaining: HashMap<(String, String), Vec<&'b Entry>>,
}

impl Matcher<'_> {
    /// Moves the baselined findings of one article into its
    /// `set_aside.baselined`.
    pub fn apply(&mut self, article: &mut ArticleReport) {
        let path = article.article.path.clone();
        let mut kept = Vec::new();
        for finding in std::mem::take(&mut article.findings) {
            let key = (
                path.clone(),
                crate::fingerprint::of(&article.article, &finding),
            );
            let matched =
                is_recorded(&finding) && self.remaining.get_mut(&key).and_then(Vec::pop).is_some();
            if matched {
                article.set_aside.baselined.push(finding);
            } else {
                kept.push(finding);
            }
        }
        article.findings = kept;
    }

    /// The entries no finding matched, in path order.
    pub fn stale(self) -> Vec<Entry> {
        let mut stale: Vec<Entry> = self.remaining.into_values().flatten().cloned().collect();
        stale.sort_by(|a, b| (&a.path, &a.text).cmp(&(&b.path, &b.text)));
        stale
    }
}
