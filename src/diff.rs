//! Comparing two JSON reports: what a change to an article or to the
//! dataset did to the findings.
//!
//! Findings are matched by article path, claim kind and claimed words
//! (normalised), in order of appearance when the same words occur more than
//! once, so moved text still matches. The reference may differ between the
//! two reports: a dataset change that re-judges a claim shows up as a
//! changed verdict, not as one finding resolved and another new.

use std::collections::HashMap;

use serde::Deserialize;

use crate::fingerprint::normalise;

/// The parts of a JSON report (`--format json`) a diff needs; other fields
/// are ignored, as the report's contract allows new ones.
#[derive(Debug, Deserialize)]
struct ReadReport {
    articles: Vec<ReadArticle>,
}

#[derive(Debug, Deserialize)]
struct ReadArticle {
    path: String,
    findings: Vec<ReadFinding>,
}

/// One finding as a JSON report gives it.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
pub struct ReadFinding {
    pub kind: String,
    pub verdict: String,
    pub text: String,
    pub span: ReadSpan,
    pub reference: Option<ReadReference>,
    pub message: String,
}

/// Where a finding is.
#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq)]
pub struct ReadSpan {
    pub line: usize,
    pub column: usize,
}

/// The reference of a finding.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
pub struct ReadReference {
    pub id: String,
}

/// One difference between the reports.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// Only in the new report.
    New(ReadFinding),
    /// Only in the old report.
    Resolved(ReadFinding),
    /// In both, with another verdict (or another reference).
    Changed { old: ReadFinding, new: ReadFinding },
}

impl Change {
    /// Whether the change makes things worse: a new problem, or a verdict
    /// that went from supported towards contradicted.
    pub fn is_worse(&self) -> bool {
        match self {
            Change::New(new) => rank(&new.verdict) > 0,
            Change::Resolved(_) => false,
            Change::Changed { old, new } => rank(&new.verdict) > rank(&old.verdict),
        }
    }
}

fn rank(verdict: &str) -> u8 {
    match verdict {
        "supported" => 0,
        "unverified" => 1,
        _ => 2,
    }
}

/// Every difference, per article path, in the new report's order.
#[derive(Debug, Default)]
pub struct Diff {
    pub changes: Vec<(String, Change)>,
}

impl Diff {
    /// Whether anything got worse.
    pub fn is_worse(&self) -> bool {
        self.changes.iter().any(|(_, c)| c.is_worse())
    }
}

/// Compares two JSON reports given as text. Errors name the report and
/// the line and column of bad JSON.
pub fn diff(old: &str, new: &str) -> Result<Diff, String> {
    let read = |name: &str, text: &str| -> Result<ReadReport, String> {
        serde_json::from_str(text)
            .map_err(|e| format!("{name} report: {}:{}: {e}", e.line(), e.column()))
    };
    let old = read("old", old)?;
    let new = read("new", new)?;
    let key = |f: &ReadFinding| (f.kind.clone(), normalise(&f.text));
    let mut old_by_path: HashMap<&str, HashMap<(String, String), Vec<&ReadFinding>>> =
        HashMap::new();
    for article in &old.articles {
        let by_key = old_by_path.entry(article.path.as_str()).or_default();
        for finding in article.findings.iter().rev() {
            by_key.entry(key(finding)).or_default().push(finding);
        }
    }
    let mut changes = Vec::new();
    for article in &new.articles {
        let mut by_key = old_by_path
            .remove(article.path.as_str())
            .unwrap_or_default();
        for finding in &article.findings {
            match by_key.get_mut(&key(finding)).and_then(Vec::pop) {
                Some(old)
                    if old.verdict != finding.verdict || old.reference != finding.reference =>
                {
                    changes.push((
                        article.path.clone(),
                        Change::Changed {
                            old: old.clone(),
                            new: finding.clone(),
                        },
                    ))
                }
                Some(_) => {}
                None => changes.push((article.path.clone(), Change::New(finding.clone()))),
            }
        }
        let mut resolved: Vec<&ReadFinding> = by_key.into_values().flatten().collect();
        resolved.sort_by_key(|f| (f.span.line, f.span.column));
        changes.extend(
            resolved
                .into_iter()
                .map(|f| (article.path.clone(), Change::Resolved(f.clone()))),
        );
    }
    // Articles only in the old report: all their findings are gone.
    let mut gone: Vec<_> = old_by_path.into_iter().collect();
    gone.sort_by_key(|(path, _)| *path);
    for (path, by_key) in gone {
        let mut resolved: Vec<&ReadFinding> = by_key.into_values().flatten().collect();
        resolved.sort_by_key(|f| (f.span.line, f.span.column));
        changes.extend(
            resolved
                .into_iter()
                .map(|f| (path.to_string(), Change::Resolved(f.clone()))),
        );
    }
    Ok(Diff { changes })
}
