//! The seed article with one error injected at a time: each must come out
//! `contradicted` at the place of the error, and nothing else may change.

use claimcheck::claim::ClaimKind;
use claimcheck::report::ArticleReport;
use claimcheck::verify::Verdict;

use crate::util::{check, seed_text};

struct Injection {
    /// What the error is.
    what: &'static str,
    /// Text of the seed article to replace (must occur exactly once).
    from: &'static str,
    to: &'static str,
    /// The claim text the contradiction must be reported on.
    at: &'static str,
    kind: ClaimKind,
    /// Whether the error turns an existing finding into a contradiction
    /// (rather than adding a new claim).
    flips: bool,
}

const INJECTIONS: &[Injection] = &[
    Injection {
        what: "wrong month",
        from: "On Nov 16, the US removed",
        to: "On Oct 16, the US removed",
        at: "Oct 16",
        kind: ClaimKind::Sanction,
        flips: true,
    },
    Injection {
        what: "wrong day",
        from: "On Nov 16, the US removed",
        to: "On Nov 15, the US removed",
        at: "Nov 15",
        kind: ClaimKind::Sanction,
        flips: true,
    },
    Injection {
        what: "wrong year",
        from: "Since 2019, the US",
        to: "Since 2018, the US",
        at: "2018",
        kind: ClaimKind::Sanction,
        flips: true,
    },
    Injection {
        what: "wrong launch month",
        from: "In August, Huawei launched",
        to: "In July, Huawei launched",
        at: "July",
        kind: ClaimKind::EventDate,
        flips: true,
    },
    Injection {
        what: "wrong node",
        from: "the 7-nanometer chip Kirin 9000S",
        to: "the 5-nanometer chip Kirin 9000S",
        at: "5-nanometer",
        kind: ClaimKind::ChipNode,
        flips: true,
    },
    Injection {
        what: "wrong node, hedged",
        from: "a more advanced 5-nanometer chip",
        to: "a more advanced 3-nanometer chip",
        at: "3-nanometer",
        kind: ClaimKind::ChipNode,
        flips: true,
    },
    Injection {
        what: "wrong office",
        from: "US Commerce Secretary Gina Raimondo",
        to: "US Trade Representative Gina Raimondo",
        at: "US Trade Representative Gina Raimondo",
        kind: ClaimKind::Office,
        flips: true,
    },
    Injection {
        what: "former while in office",
        from: "US Commerce Secretary Gina Raimondo",
        to: "former US Commerce Secretary Gina Raimondo",
        at: "US Commerce Secretary Gina Raimondo",
        kind: ClaimKind::Office,
        flips: true,
    },
    Injection {
        what: "added instead of removed",
        from: "On Nov 16, the US removed the Chinese Ministry of Public Security's Evidence Identification Center from the trade sanctions list",
        to: "On Nov 16, the US added the Chinese Ministry of Public Security's Evidence Identification Center to the trade sanctions list",
        at: "Nov 16",
        kind: ClaimKind::Sanction,
        flips: true,
    },
    Injection {
        what: "wrong weekday",
        from: "On Nov 16, the US removed",
        to: "On Wednesday, Nov 16, the US removed",
        at: "Wednesday, Nov 16",
        kind: ClaimKind::Weekday,
        flips: false,
    },
    Injection {
        what: "last month for earlier this month",
        from: "Earlier this month, Huawei released",
        to: "Last month, Huawei released",
        at: "Last month",
        kind: ClaimKind::EventDate,
        flips: true,
    },
    Injection {
        what: "last year for earlier this year",
        from: "The balloon incident earlier this year",
        to: "The balloon incident last year",
        at: "last year",
        kind: ClaimKind::EventDate,
        flips: true,
    },
    Injection {
        what: "wrong weekday for the call",
        from: "On Thursday, top military officials",
        to: "On Tuesday, top military officials",
        at: "Tuesday",
        kind: ClaimKind::EventDate,
        flips: true,
    },
    Injection {
        what: "wrong year of the Bali meeting",
        from: "Bali meeting in November 2022",
        to: "Bali meeting in November 2021",
        at: "November 2021",
        kind: ClaimKind::EventDate,
        flips: true,
    },
    Injection {
        what: "wrong month of the summit",
        from: "San Francisco in November 2023",
        to: "San Francisco in October 2023",
        at: "October 2023",
        kind: ClaimKind::EventDate,
        flips: true,
    },
];

/// (kind, verdict) of every finding, sorted, for comparing runs.
fn verdicts(report: &ArticleReport) -> Vec<(ClaimKind, Verdict)> {
    let mut v: Vec<_> = report
        .findings
        .iter()
        .map(|f| (f.claim.kind, f.verdict))
        .collect();
    v.sort();
    v
}

#[test]
fn every_injected_error_is_caught_at_its_place_and_nothing_else_changes() {
    let seed = seed_text();
    let original = check(&seed, Some("2023-12-25"));
    assert!(
        original
            .findings
            .iter()
            .all(|f| f.verdict != Verdict::Contradicted)
    );
    let mut failures = Vec::new();
    for injection in INJECTIONS {
        assert_eq!(
            seed.matches(injection.from).count(),
            1,
            "{}: `from` must occur once",
            injection.what
        );
        let text = seed.replacen(injection.from, injection.to, 1);
        let report = check(&text, Some("2023-12-25"));
        let contradicted: Vec<_> = report
            .findings
            .iter()
            .filter(|f| f.verdict == Verdict::Contradicted)
            .collect();
        let at = text.find(injection.to).expect("replaced text is there")
            + injection
                .to
                .find(injection.at)
                .expect("`at` lies inside `to`");
        let caught = contradicted.len() == 1
            && contradicted[0].claim.kind == injection.kind
            && contradicted[0].claim.span.start == at
            && contradicted[0].claim.span.slice(&report.article.text) == injection.at;
        // Everything else is as before: the same verdicts, less the one
        // that flipped (or plus the one that was added).
        let mut expected = verdicts(&original);
        let mut got = verdicts(&report);
        got.retain({
            let mut removed = false;
            move |v| {
                if !removed && *v == (injection.kind, Verdict::Contradicted) {
                    removed = true;
                    false
                } else {
                    true
                }
            }
        });
        if injection.flips
            && let Some(i) = expected
                .iter()
                .position(|v| v.0 == injection.kind && v.1 == Verdict::Supported)
        {
            expected.remove(i);
        }
        if !caught || expected != got {
            failures.push(format!(
                "{}: contradicted = {:?}; other verdicts {:?} (expected {:?})",
                injection.what,
                contradicted
                    .iter()
                    .map(|f| (
                        f.claim.kind,
                        f.claim.span.slice(&report.article.text).to_string(),
                        f.message.clone()
                    ))
                    .collect::<Vec<_>>(),
                got,
                expected
            ));
        }
    }
    assert!(INJECTIONS.len() >= 12);
    assert!(
        failures.is_empty(),
        "{} of {} injections not caught cleanly:\n{}",
        failures.len(),
        INJECTIONS.len(),
        failures.join("\n")
    );
}
