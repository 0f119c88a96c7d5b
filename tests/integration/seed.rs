//! The seed article (China Daily, 2023-12-25): every claim the reference
//! facts list as checkable is supported, nothing is contradicted, and the
//! text and JSON reports are pinned by snapshots.

use claimcheck::report::{self, Format, RenderOptions, Report};
use claimcheck::verify::Verdict;

use crate::util::{check, seed_text};

fn seed_report() -> Report {
    let mut article = check(&seed_text(), None);
    article.article.path = "examples/china-daily-2023-12-25.md".into();
    Report {
        articles: vec![article],
        errors: Vec::new(),
        ..Default::default()
    }
}

fn render(format: Format) -> String {
    let mut out = Vec::new();
    report::render(format, &seed_report(), RenderOptions::default(), &mut out)
        .expect("rendering to memory works");
    String::from_utf8(out).expect("reports are UTF-8")
}

/// (claim kind, claimed text, reference id) of the claims the reference
/// facts (section 3) say a careful checker must find supported.
const MUST_BE_SUPPORTED: &[(&str, &str, &str)] = &[
    ("sanction", "Nov 16", "ifs-entity-list-removal"),
    ("sanction", "2019", "huawei-entity-list-addition"),
    ("event-date", "August", "mate-60-series-launch"),
    ("chip-node", "7-nanometer", "kirin-9000s"),
    ("chip-node", "5-nanometer", "kirin-9006c"),
    (
        "office",
        "US Commerce Secretary Gina Raimondo",
        "raimondo-commerce-secretary",
    ),
    ("event-date", "November 2022", "biden-xi-bali-meeting"),
    ("event-date", "November 2023", "biden-xi-woodside-summit"),
    ("event-date", "earlier this year", "balloon-incident-2023"),
    ("event-date", "Thursday", "brown-liu-video-call"),
    ("event-date", "Earlier this month", "qingyun-l540-release"),
];

#[test]
fn every_listed_claim_is_supported_and_nothing_is_contradicted() {
    let report = seed_report();
    let article = &report.articles[0];
    let found: Vec<(&str, &str, Option<&str>, Verdict)> = article
        .findings
        .iter()
        .map(|f| {
            (
                f.claim.kind.as_str(),
                f.claim.span.slice(&article.article.text),
                f.reference.as_ref().map(|r| r.id.as_str()),
                f.verdict,
            )
        })
        .collect();
    for &(kind, text, id) in MUST_BE_SUPPORTED {
        assert!(
            found.contains(&(kind, text, Some(id), Verdict::Supported)),
            "{kind} `{text}` ({id}) is not supported; findings: {found:#?}"
        );
    }
    assert_eq!(report.summary().contradicted, 0, "{found:#?}");
}

#[test]
fn the_kirin_9006c_claim_is_flagged_as_hedged() {
    let report = seed_report();
    let article = &report.articles[0];
    let hedged: Vec<_> = article
        .findings
        .iter()
        .filter_map(|f| {
            f.claim
                .hedge
                .as_deref()
                .map(|h| (f.claim.span.slice(&article.article.text), h))
        })
        .collect();
    assert_eq!(hedged, [("5-nanometer", "is said to")]);
}

#[test]
fn text_report_snapshot() {
    insta::assert_snapshot!("seed_text_report", render(Format::Text));
}

#[test]
fn json_report_snapshot() {
    insta::assert_snapshot!("seed_json_report", render(Format::Json));
}

#[test]
fn without_a_date_relative_expressions_are_unresolved_never_guessed() {
    let seed = seed_text();
    // The body alone: no front matter, no --date.
    let body = seed
        .splitn(3, "---\n")
        .nth(2)
        .expect("the seed has front matter");
    let article = check(body, None);
    let found: Vec<_> = article
        .findings
        .iter()
        .map(|f| {
            (
                f.claim.kind.as_str(),
                f.claim.span.slice(&article.article.text),
                f.verdict,
            )
        })
        .collect();
    assert!(
        found.iter().all(|f| f.2 != Verdict::Contradicted),
        "{found:#?}"
    );
    for relative in [
        "Nov 16",
        "August",
        "Earlier this month",
        "earlier this year",
        "Thursday",
    ] {
        let finding = article
            .findings
            .iter()
            .find(|f| f.claim.span.slice(&article.article.text) == relative)
            .unwrap_or_else(|| panic!("`{relative}` is still reported; findings: {found:#?}"));
        assert_eq!(finding.verdict, Verdict::Unverified, "{relative}");
        assert!(
            finding.message.contains("article's date"),
            "{relative}: {}",
            finding.message
        );
    }
    // Dates with a year need no article date.
    assert!(
        found.contains(&("event-date", "November 2022", Verdict::Supported)),
        "{found:#?}"
    );
    // Offices are judged at the article's date, so they stay unverified.
    assert!(
        found.contains(&(
            "office",
            "US Commerce Secretary Gina Raimondo",
            Verdict::Unverified
        )),
        "{found:#?}"
    );
}
