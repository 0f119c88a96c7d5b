//! Articles other than the seed: none of them may produce a false
//! contradiction, and the tech round-up must be supported where it is right.

use claimcheck::verify::Verdict;

use crate::util::{check, root};

fn read(name: &str) -> String {
    std::fs::read_to_string(root().join("tests/fixtures/articles").join(name))
        .expect("fixture exists")
}

#[test]
fn an_unrelated_local_sports_story_yields_no_contradiction() {
    let report = check(&read("high-school-football.md"), None);
    let wrong: Vec<_> = report
        .findings
        .iter()
        .filter(|f| f.verdict == Verdict::Contradicted)
        .collect();
    assert!(wrong.is_empty(), "{wrong:#?}");
    // Its one checkable statement is the weekday of Nov. 23, 2024 (a Saturday).
    let weekdays: Vec<_> = report
        .findings
        .iter()
        .map(|f| (f.claim.kind.as_str(), f.verdict))
        .collect();
    assert_eq!(weekdays, [("weekday", Verdict::Supported)]);
}

#[test]
fn a_correct_tech_round_up_is_supported_and_never_contradicted() {
    let report = check(&read("chip-roundup.md"), None);
    let summary: Vec<_> = report
        .findings
        .iter()
        .map(|f| {
            (
                f.claim.kind.as_str(),
                f.claim.span.slice(&report.article.text),
                f.verdict,
            )
        })
        .collect();
    assert!(
        summary.iter().all(|s| s.2 != Verdict::Contradicted),
        "{summary:#?}"
    );
    let supported = summary.iter().filter(|s| s.2 == Verdict::Supported).count();
    assert!(supported >= 8, "{summary:#?}");
}
