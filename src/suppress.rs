//! Inline acceptance markers: an editor accepts a specific finding in the
//! article itself, with a reason, in an HTML comment that Markdown and
//! plain-text pipelines carry along untouched:
//!
//! ```text
//! <!-- claimcheck: accept chip-node "5-nanometer" reason: hedged in the article; TechInsights later confirmed TSMC N5 -->
//! ```
//!
//! The marker names the claim kind and the claimed words (case and spacing
//! do not matter) and accepts matching findings in its paragraph, or, when
//! it stands on its own lines, in the paragraph right after it. Matching by
//! words rather than line keeps it valid when text around it is edited. A
//! marker without a reason, with an unknown kind, or that matches nothing is
//! reported, never silently ignored.

use std::sync::LazyLock;

use regex::Regex;

use crate::article::Article;
use crate::claim::ClaimKind;
use crate::fingerprint::normalise;
use crate::span::Span;
use crate::verify::Finding;

/// One acceptance marker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Marker {
    /// The comment holding it.
    pub span: Span,
    pub kind: ClaimKind,
    /// The claimed words, normalised.
    pub text: String,
    pub reason: String,
    /// Where its findings may be.
    pub scope: Span,
}

/// A marker that cannot be used, with its place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MarkerError {
    pub line: usize,
    pub column: usize,
    pub message: String,
}

const SYNTAX: &str = "write <!-- claimcheck: accept KIND \"CLAIMED WORDS\" reason: WHY -->";

static MARKER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?is)^\s*claimcheck\s*:\s*accept\s+(?P<kind>[a-z-]+)\s+"(?P<text>[^"]+)"\s*(?:reason\s*:\s*(?P<reason>.*?))?\s*$"#)
        .expect("marker pattern is valid")
});

/// The markers of an article, and the ones that cannot be used.
pub fn markers(article: &Article) -> (Vec<Marker>, Vec<MarkerError>) {
    let mut markers = Vec::new();
    let mut errors = Vec::new();
    for &comment in &article.comments {
        let inner = comment.slice(&article.text);
        let inner = inner.strip_prefix("<!--").unwrap_or(inner);
        let inner = inner.strip_suffix("-->").unwrap_or(inner);
        if !inner
            .trim_start()
            .to_ascii_lowercase()
            .starts_with("claimcheck")
        {
            continue;
        }
        let (line, column) = article.line_column(comment.start);
        let error = |message: String| MarkerError {
            line,
            column,
            message,
        };
        let Some(captures) = MARKER.captures(inner) else {
            errors.push(error(format!(
                "this claimcheck marker cannot be read; {SYNTAX}"
            )));
            continue;
        };
        let kind_name = captures.name("kind").map_or("", |m| m.as_str());
        let Some(kind) = ClaimKind::ALL.into_iter().find(|k| k.as_str() == kind_name) else {
            let kinds: Vec<&str> = ClaimKind::ALL.iter().map(|k| k.as_str()).collect();
            errors.push(error(format!(
                "unknown claim kind `{kind_name}` in marker; use one of {}",
                kinds.join(", ")
            )));
            continue;
        };
        let reason = captures.name("reason").map_or("", |m| m.as_str().trim());
        if reason.is_empty() {
            errors.push(error(format!("a marker needs a reason, so a reviewer knows why the finding was accepted; {SYNTAX}")));
            continue;
        }
        markers.push(Marker {
            span: comment,
            kind,
            text: normalise(captures.name("text").map_or("", |m| m.as_str())),
            reason: reason.to_string(),
            scope: scope(article, comment),
        });
    }
    (markers, errors)
}

/// The paragraph a marker speaks for: its own, or the next one when the
/// marker stands alone.
fn scope(article: &Article, comment: Span) -> Span {
    let paragraph = article.paragraph_at(comment.start);
    let alone = article
        .comments
        .iter()
        .filter(|c| paragraph.overlaps(**c))
        .fold(paragraph.slice(&article.text).to_string(), |rest, c| {
            rest.replace(c.slice(&article.text), "")
        })
        .trim()
        .is_empty();
    if !alone {
        return paragraph;
    }
    // The first non-blank line after the marker's paragraph.
    let mut at = paragraph.end;
    while at < article.text.len() {
        let line = article.line_span((at + 1).min(article.text.len() - 1));
        if line.start <= at && line.end <= at {
            break;
        }
        if !line.slice(&article.text).trim().is_empty() {
            return article.paragraph_at(line.start);
        }
        at = line.end;
    }
    paragraph
}

/// Whether `marker` accepts `finding`.
pub fn accepts(marker: &Marker, article: &Article, finding: &Finding) -> bool {
    marker.kind == finding.claim.kind
        && marker.scope.contains(finding.claim.span)
        && normalise(finding.claim.span.slice(&article.text)) == marker.text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(text: &str) -> Article {
        Article::parse("a.md", text.as_bytes().to_vec(), None).unwrap()
    }

    #[test]
    fn a_marker_on_its_own_line_covers_the_next_paragraph() {
        let a = article(
            "First para.\n\n<!-- claimcheck: accept chip-node \"5-Nanometer\" reason: hedged -->\n\nThe 5-nanometer chip.\nSame para.\n\nLater para.\n",
        );
        let (markers, errors) = markers(&a);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(markers.len(), 1);
        assert_eq!(markers[0].text, "5-nanometer");
        assert_eq!(markers[0].reason, "hedged");
        assert_eq!(
            markers[0].scope.slice(&a.text),
            "The 5-nanometer chip.\nSame para."
        );
    }

    #[test]
    fn an_inline_marker_covers_its_paragraph() {
        let a = article(
            "The 5-nanometer chip.<!-- claimcheck: accept chip-node \"5-nanometer\" reason: ok -->\n\nNext.\n",
        );
        let (markers, _) = markers(&a);
        assert_eq!(markers[0].scope.start, 0);
        assert!(
            markers[0]
                .scope
                .slice(&a.text)
                .starts_with("The 5-nanometer chip.")
        );
    }

    #[test]
    fn bad_markers_are_reported_with_their_place() {
        let a = article(
            "Text.\n<!-- claimcheck: accept chip-node \"5nm\" -->\n<!-- claimcheck: accept chips \"5nm\" reason: x -->\n<!-- claimcheck accept -->\n<!-- an ordinary comment -->\n",
        );
        let (markers, errors) = markers(&a);
        assert!(markers.is_empty());
        let got: Vec<_> = errors
            .iter()
            .map(|e| (e.line, e.column, e.message.split(';').next().unwrap_or("")))
            .collect();
        assert_eq!(
            got,
            [
                (
                    2,
                    1,
                    "a marker needs a reason, so a reviewer knows why the finding was accepted"
                ),
                (3, 1, "unknown claim kind `chips` in marker"),
                (4, 1, "this claimcheck marker cannot be read"),
            ]
        );
    }
}
