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
    let found: Vec<_> = report
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
    use Verdict::Supported as S;
    assert_eq!(
        found,
        [
            ("chip-node", "7-nanometer", S),
            ("event-date", "Aug 29, 2023", S),
            ("office", "US Commerce Secretary Gina Raimondo", S),
            ("chip-node", "3nm", S),
            ("sanction", "May 2019", S),
            ("sanction", "December 2020", S),
            ("sanction", "Nov 16, 2023", S),
            ("office", "Chinese President Xi Jinping", S),
            ("office", "US President Joe Biden", S),
        ]
    );
}
