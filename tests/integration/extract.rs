//! Extractor traps on real sentences, against the shipped dataset.

use claimcheck::claim::{Assertion, ClaimKind, Direction};
use claimcheck::dataset::Target;
use claimcheck::span::Span;
use claimcheck::verify::{Finding, Verdict};

use crate::util::{DATASET, check};

fn chip_id(finding: &Finding) -> Option<&str> {
    match finding.claim.assertion {
        Assertion::ChipNode { chip, .. } => Some(DATASET.chips[chip].1.id.as_str()),
        _ => None,
    }
}

fn of_kind(findings: &[Finding], kind: ClaimKind) -> Vec<&Finding> {
    findings.iter().filter(|f| f.claim.kind == kind).collect()
}

#[test]
fn two_chips_and_two_nodes_in_one_sentence_pair_up_by_clause() {
    let text =
        "Huawei's Kirin 9000S is made on a 7nm process, while Apple's A17 Pro uses a 3nm process.";
    let report = check(text, Some("2023-12-25"));
    let chips = of_kind(&report.findings, ClaimKind::ChipNode);
    assert_eq!(chips.len(), 2);
    assert_eq!(chip_id(chips[0]), Some("kirin-9000s"));
    assert_eq!(chip_id(chips[1]), Some("apple-a17-pro"));
    assert!(
        chips.iter().all(|f| f.verdict == Verdict::Supported),
        "{chips:#?}"
    );
}

#[test]
fn two_chips_and_two_nodes_pair_by_nearness_without_a_conjunction() {
    let text = "The 7-nanometer Kirin 9000S still trails the 3-nanometer A17 Pro.";
    let report = check(text, Some("2023-12-25"));
    let chips = of_kind(&report.findings, ClaimKind::ChipNode);
    let pairs: Vec<_> = chips
        .iter()
        .map(|f| (chip_id(f), f.found.as_str(), f.verdict))
        .collect();
    assert_eq!(
        pairs,
        [
            (Some("kirin-9000s"), "7 nm", Verdict::Supported),
            (Some("apple-a17-pro"), "3 nm", Verdict::Supported)
        ]
    );
}

#[test]
fn respectively_pairs_in_order() {
    let text = "The Kirin 9000S and the A17 Pro are made on 7nm and 3nm processes respectively.";
    let report = check(text, Some("2023-12-25"));
    let chips = of_kind(&report.findings, ClaimKind::ChipNode);
    let pairs: Vec<_> = chips
        .iter()
        .map(|f| (chip_id(f), f.found.as_str()))
        .collect();
    assert_eq!(
        pairs,
        [
            (Some("kirin-9000s"), "7 nm"),
            (Some("apple-a17-pro"), "3 nm")
        ]
    );
}

#[test]
fn a_node_that_belongs_to_no_chip_is_not_a_claim() {
    let text =
        "Researchers built a 7-nanometer-thick membrane, and the Kirin 9000S team took note.";
    let report = check(text, Some("2023-12-25"));
    assert!(
        of_kind(&report.findings, ClaimKind::ChipNode).is_empty(),
        "{:#?}",
        report.findings
    );
    let text = "The lab grew 5 nm thick films for the Kirin 9006C packaging line.";
    let report = check(text, Some("2023-12-25"));
    assert!(
        of_kind(&report.findings, ClaimKind::ChipNode).is_empty(),
        "{:#?}",
        report.findings
    );
}

#[test]
fn a_wrong_node_is_contradicted_at_the_node() {
    let text = "Huawei launched the Mate 60 Pro with the 5nm Kirin 9000S.";
    let report = check(text, Some("2023-12-25"));
    let chips = of_kind(&report.findings, ClaimKind::ChipNode);
    assert_eq!(chips.len(), 1);
    assert_eq!(chips[0].verdict, Verdict::Contradicted);
    assert_eq!(chips[0].claim.span.slice(&report.article.text), "5nm");
    assert_eq!(chips[0].expected.as_deref(), Some("7 nm (SMIC N+2)"));
}

#[test]
fn a_name_inside_another_word_or_name_is_not_a_mention() {
    let text = "Pineapple growers in Huaweiville met Apple executives.";
    let mentions = DATASET.index().mentions(text, Span::new(0, text.len()));
    let named: Vec<_> = mentions.iter().map(|m| m.span.slice(text)).collect();
    assert_eq!(named, ["Apple"]);
}

#[test]
fn the_longest_name_wins_inside_a_longer_name() {
    let text = "the Chinese Ministry of Public Security's Evidence Identification Center";
    let mentions = DATASET.index().mentions(text, Span::new(0, text.len()));
    assert_eq!(mentions.len(), 1, "{mentions:?}");
    let Target::Entity(e) = mentions[0].target else {
        panic!("expected an entity, got {:?}", mentions[0].target);
    };
    assert_eq!(DATASET.entities[e].1.id.as_str(), "ifs-mps");
    // Not the Ministry of Public Security (`china-mps`), which is named
    // inside the longer name.
    assert_eq!(
        mentions[0].span.slice(text),
        "Chinese Ministry of Public Security's Evidence Identification Center"
    );
}

#[test]
fn acronyms_match_only_in_capitals() {
    let text = "Let us see what ifs remain.";
    assert!(
        DATASET
            .index()
            .mentions(text, Span::new(0, text.len()))
            .is_empty()
    );
}

#[test]
fn a_date_in_another_clause_is_not_the_event_date() {
    // The launch was in August; September belongs to the investigation.
    let text = "Huawei launched the Mate 60 series in August, and the US Department of Commerce opened an investigation in September.";
    let report = check(text, Some("2023-12-25"));
    let events = of_kind(&report.findings, ClaimKind::EventDate);
    let launch = events
        .iter()
        .find(|f| {
            f.reference
                .as_ref()
                .is_some_and(|r| r.id.starts_with("mate-60"))
        })
        .expect("the launch is found");
    assert_eq!(launch.claim.span.slice(&report.article.text), "August");
    assert_eq!(launch.verdict, Verdict::Supported);
    assert!(
        events.iter().all(|f| f.verdict != Verdict::Contradicted),
        "{events:#?}"
    );
}

#[test]
fn a_relative_clause_date_is_not_the_main_event_date() {
    let text = "In August, Huawei launched the Mate 60 series, which shocked the US and triggered an investigation by the US Department of Commerce.";
    let report = check(text, Some("2023-12-25"));
    assert!(
        report
            .findings
            .iter()
            .all(|f| f.verdict != Verdict::Contradicted),
        "{:#?}",
        report.findings
    );
}

#[test]
fn sanctions_read_actor_action_list_target_and_date() {
    let text = "On Nov 16, the US removed the Chinese Ministry of Public Security's Evidence Identification Center from the trade sanctions list.";
    let report = check(text, Some("2023-12-25"));
    let sanctions = of_kind(&report.findings, ClaimKind::Sanction);
    assert_eq!(sanctions.len(), 1);
    let Assertion::Sanction {
        actor,
        target,
        list,
        direction,
        date,
    } = &sanctions[0].claim.assertion
    else {
        panic!("not a sanction");
    };
    assert_eq!(
        actor.map(|a| DATASET.entities[a].1.id.as_str()),
        Some("us-government")
    );
    assert_eq!(DATASET.entities[*target].1.id.as_str(), "ifs-mps");
    assert_eq!(
        list.map(|l| DATASET.lists[l].1.id.as_str()),
        Some("entity-list")
    );
    assert_eq!(*direction, Direction::Relieve);
    assert_eq!(date.as_ref().map(|d| d.value.as_str()), Some("2023-11-16"));
    assert_eq!(sanctions[0].verdict, Verdict::Supported);
}

#[test]
fn passive_sanctions_take_the_target_before_the_verb() {
    let text = "Huawei was added to the Entity List by the Commerce Department in May 2019.";
    let report = check(text, Some("2023-12-25"));
    let sanctions = of_kind(&report.findings, ClaimKind::Sanction);
    assert_eq!(sanctions.len(), 1, "{sanctions:#?}");
    assert_eq!(
        sanctions[0].verdict,
        Verdict::Supported,
        "{:#?}",
        sanctions[0]
    );
}

#[test]
fn generic_verbs_need_a_sanctions_context() {
    let text = "Huawei added a new camera to the Mate 60 Pro in 2023.";
    let report = check(text, Some("2023-12-25"));
    assert!(
        of_kind(&report.findings, ClaimKind::Sanction).is_empty(),
        "{:#?}",
        report.findings
    );
}

#[test]
fn offices_are_judged_at_the_article_date() {
    let text = "US Commerce Secretary Gina Raimondo said the chip was deeply concerning.";
    let in_2023 = check(text, Some("2023-12-25"));
    let in_2025 = check(text, Some("2025-06-01"));
    let verdict =
        |r: &claimcheck::report::ArticleReport| of_kind(&r.findings, ClaimKind::Office)[0].verdict;
    assert_eq!(verdict(&in_2023), Verdict::Supported);
    assert_eq!(verdict(&in_2025), Verdict::Contradicted);
    let former = check(
        "Former Commerce Secretary Gina Raimondo spoke.",
        Some("2025-06-01"),
    );
    assert_eq!(verdict(&former), Verdict::Supported);
}

#[test]
fn hedges_and_attributions_are_kept_on_the_finding() {
    let report = check(
        "Huawei released a laptop with the Kirin 9006C processor, which is said to have a 5-nanometer chip, Gupta said.",
        Some("2023-12-25"),
    );
    let chip = &of_kind(&report.findings, ClaimKind::ChipNode)[0];
    assert_eq!(chip.claim.hedge.as_deref(), Some("is said to"));
    assert_eq!(chip.claim.attributed_to.as_deref(), Some("Gupta"));
}

#[test]
fn a_wrong_weekday_is_contradicted_without_the_dataset() {
    let report = check(
        "The rule took effect on Wednesday, Nov. 16.",
        Some("2023-12-25"),
    );
    let weekdays = of_kind(&report.findings, ClaimKind::Weekday);
    assert_eq!(weekdays.len(), 1, "{:#?}", report.findings);
    assert_eq!(weekdays[0].verdict, Verdict::Contradicted);
    assert_eq!(
        weekdays[0].message,
        "2023-11-16 is a Thursday, not a Wednesday"
    );
}

#[test]
fn a_bare_president_title_is_read_as_the_office_the_person_held() {
    let report = check(
        "President Xi Jinping and President Joe Biden met in Bali.",
        Some("2023-12-25"),
    );
    let offices: Vec<_> = of_kind(&report.findings, ClaimKind::Office)
        .iter()
        .map(|f| (f.reference.as_ref().map(|r| r.id.clone()), f.verdict))
        .collect();
    assert_eq!(
        offices,
        [
            (Some("xi-prc-president".to_string()), Verdict::Supported),
            (Some("biden-us-president".to_string()), Verdict::Supported),
        ]
    );
    // Anyone else called "President" may preside over anything: no claim.
    let report = check("President Sourabh Gupta spoke.", Some("2023-12-25"));
    assert!(of_kind(&report.findings, ClaimKind::Office).is_empty());
    // After Biden's term, "President Joe Biden" is contradicted.
    let report = check("President Joe Biden spoke on Monday.", Some("2025-06-02"));
    assert_eq!(
        of_kind(&report.findings, ClaimKind::Office)[0].verdict,
        Verdict::Contradicted
    );
}

#[test]
fn a_restriction_without_a_list_is_not_refuted_by_other_restrictions() {
    // The dataset records Huawei's listing (2019) and rules of 2020, not
    // every restriction since: a 2022 restriction is unverified, while a
    // listing or a start ("since") at the wrong date is contradicted.
    let report = check(
        "In 2022, the US imposed sweeping export controls on Huawei.\nIn 2022, the Commerce Department added Huawei to the Entity List.\nSince 2021, the US has been blocking the sale of chips to Huawei.\n",
        Some("2023-01-10"),
    );
    let verdicts: Vec<_> = of_kind(&report.findings, ClaimKind::Sanction)
        .iter()
        .map(|f| f.verdict)
        .collect();
    assert_eq!(
        verdicts,
        [
            Verdict::Unverified,
            Verdict::Contradicted,
            Verdict::Contradicted
        ]
    );
}

#[test]
fn a_recurring_action_contradicts_only_when_the_words_identify_the_event() {
    // Brown held many calls; only one with Liu Zhenli on 2023-12-21.
    let report = check(
        "On Tuesday, CQ Brown spoke at a defence conference.",
        Some("2024-03-01"),
    );
    let events = of_kind(&report.findings, ClaimKind::EventDate);
    assert_eq!(events.len(), 1, "{:#?}", report.findings);
    assert_eq!(events[0].verdict, Verdict::Unverified);
    let report = check(
        "On Tuesday, CQ Brown spoke with Gen. Liu Zhenli.",
        Some("2023-12-25"),
    );
    assert_eq!(
        of_kind(&report.findings, ClaimKind::EventDate)[0].verdict,
        Verdict::Contradicted
    );
    let report = check(
        "On Thursday, CQ Brown spoke with Gen. Liu Zhenli.",
        Some("2023-12-25"),
    );
    assert_eq!(
        of_kind(&report.findings, ClaimKind::EventDate)[0].verdict,
        Verdict::Supported
    );
}
