//! The ClaimReview report: schema.org `ClaimReview` JSON-LD, the markup
//! fact-checkers publish and search engines and fact-check aggregators
//! read, so claimcheck's verdicts can be shared in the vocabulary the
//! fact-checking community already uses.
//!
//! Spec: <https://schema.org/ClaimReview> (and Google's profile of it,
//! <https://developers.google.com/search/docs/appearance/structured-data/factcheck>).
//!
//! ```text
//! [
//!   {
//!     "@context": "https://schema.org",
//!     "@type": "ClaimReview",
//!     "claimReviewed": "On Wednesday, Nov. 16, 2023, the US added … to the Entity List.",
//!     "reviewRating": {"@type": "Rating", "ratingValue": 1, "bestRating": 3,
//!                      "worstRating": 1, "alternateName": "False"},
//!     "reviewBody": "2023-11-16 is a Thursday, not a Wednesday (expected: Thursday 2023-11-16)",
//!     "itemReviewed": {"@type": "Claim",
//!       "appearance": {"@type": "CreativeWork", "name": "wrong.txt", "datePublished": "2023-12-25"},
//!       "datePublished": "2023-12-25"},
//!     "datePublished": "2023-12-25",
//!     "author": {"@type": "Organization", "name": "claimcheck reference dataset"},
//!     "citation": [{"@type": "CreativeWork", "name": "Entity List Removals",
//!                   "publisher": {"@type": "Organization", "name": "Federal Register"},
//!                   "datePublished": "2023-11-17", "url": "https://…"}]
//!   }
//! ]
//! ```
//!
//! One JSON array with one `ClaimReview` per finding, all articles in
//! order; each object carries its own `@context` so it can be embedded
//! alone in a `<script type="application/ld+json">`.
//!
//! **Rating scale** (`worstRating` 1, `bestRating` 3):
//!
//! | verdict | `ratingValue` | `alternateName` |
//! |---|---|---|
//! | contradicted | 1 | False |
//! | unverified | 2 | Unverified |
//! | supported | 3 | True |
//!
//! **Dates.** `datePublished` of the review is the article's date when
//! known and left out otherwise; the wall clock is never read, so the same
//! input always gives the same output. The claim's `appearance` is the
//! article, named by its path (`url` instead when the path is an `http(s)`
//! URL).
//!
//! `claimReviewed` is the trimmed sentence the claim was read from.
//! `citation` lists the reference entry's sources; `url` is omitted on the
//! review itself since a local run has no page to point to. Inputs that
//! could not be read are not reviews and are left out.

use std::io::{self, Write};

use serde::Serialize;

use super::{ArticleReport, Report, claim_sentence};
use crate::dataset::schema::Source;
use crate::verify::{Finding, Verdict};

/// Who the reviews are attributed to.
pub const AUTHOR: &str = "claimcheck reference dataset";

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct WireClaimReview<'a> {
    #[serde(rename = "@context")]
    context: &'static str,
    #[serde(rename = "@type")]
    type_: &'static str,
    claim_reviewed: &'a str,
    review_rating: WireRating,
    review_body: String,
    item_reviewed: WireClaim<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    date_published: Option<String>,
    author: WireOrganization<'a>,
    citation: Vec<WireCitation<'a>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct WireRating {
    #[serde(rename = "@type")]
    type_: &'static str,
    rating_value: u8,
    best_rating: u8,
    worst_rating: u8,
    alternate_name: &'static str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct WireClaim<'a> {
    #[serde(rename = "@type")]
    type_: &'static str,
    appearance: WireCreativeWork<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    date_published: Option<String>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct WireCreativeWork<'a> {
    #[serde(rename = "@type")]
    type_: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    date_published: Option<String>,
}

#[derive(Serialize)]
struct WireOrganization<'a> {
    #[serde(rename = "@type")]
    type_: &'static str,
    name: &'a str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct WireCitation<'a> {
    #[serde(rename = "@type")]
    type_: &'static str,
    name: &'a str,
    publisher: WireOrganization<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    date_published: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    identifier: Option<&'a str>,
}

/// `(ratingValue, alternateName)` of a verdict on the 1–3 scale.
pub fn rating(verdict: Verdict) -> (u8, &'static str) {
    match verdict {
        Verdict::Contradicted => (1, "False"),
        Verdict::Unverified => (2, "Unverified"),
        Verdict::Supported => (3, "True"),
    }
}

fn citation(s: &Source) -> WireCitation<'_> {
    WireCitation {
        type_: "CreativeWork",
        name: &s.title,
        publisher: WireOrganization {
            type_: "Organization",
            name: &s.publisher,
        },
        date_published: s.date.as_ref().map(ToString::to_string),
        url: s.url.as_deref(),
        identifier: s.citation.as_deref(),
    }
}

fn review<'a>(article: &'a ArticleReport, finding: &'a Finding) -> WireClaimReview<'a> {
    let a = &article.article;
    let date = a.date.map(|d| d.to_string());
    let (value, name) = rating(finding.verdict);
    let is_url = a.path.starts_with("https://") || a.path.starts_with("http://");
    let mut body = finding.message.clone();
    if let Some(expected) = finding
        .expected
        .as_ref()
        .filter(|e| !finding.message.contains(e.as_str()))
    {
        body.push_str(&format!(" (expected: {expected})"));
    }
    WireClaimReview {
        context: "https://schema.org",
        type_: "ClaimReview",
        claim_reviewed: claim_sentence(a, finding),
        review_rating: WireRating {
            type_: "Rating",
            rating_value: value,
            best_rating: 3,
            worst_rating: 1,
            alternate_name: name,
        },
        review_body: body,
        item_reviewed: WireClaim {
            type_: "Claim",
            appearance: WireCreativeWork {
                type_: "CreativeWork",
                name: (!is_url).then_some(a.path.as_str()),
                url: is_url.then_some(a.path.as_str()),
                date_published: date.clone(),
            },
            date_published: date.clone(),
        },
        date_published: date,
        author: WireOrganization {
            type_: "Organization",
            name: AUTHOR,
        },
        citation: finding
            .reference
            .iter()
            .flat_map(|r| r.sources.iter().map(citation))
            .collect(),
    }
}

/// Writes one pretty-printed JSON array of `ClaimReview`s.
pub fn render(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let reviews: Vec<_> = report
        .articles
        .iter()
        .flat_map(|a| a.findings.iter().map(move |f| review(a, f)))
        .collect();
    serde_json::to_writer_pretty(&mut *out, &reviews)?;
    writeln!(out)
}
