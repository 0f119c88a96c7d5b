//! Odd but valid input never panics and never loses the findings.

use claimcheck::verify::Verdict;

use crate::util::{check, seed_text};

fn verdicts(text: &str) -> Vec<(&'static str, Verdict)> {
    check(text, Some("2023-12-25"))
        .findings
        .iter()
        .map(|f| (f.claim.kind.as_str(), f.verdict))
        .collect()
}

#[test]
fn windows_line_endings_give_the_same_findings() {
    let seed = seed_text();
    assert_eq!(verdicts(&seed.replace('\n', "\r\n")), verdicts(&seed));
}

#[test]
fn curly_quotes_and_wide_characters_give_the_same_findings() {
    let seed = seed_text();
    let fancy = seed
        .replace(" \"", " \u{201c}")
        .replace("\" ", "\u{201d} ")
        .replace("--", "—");
    assert_eq!(verdicts(&fancy), verdicts(&seed));
}

#[test]
fn every_truncation_of_the_seed_article_is_checked_without_panic() {
    let seed = seed_text();
    let cuts: Vec<usize> = seed
        .char_indices()
        .map(|(i, _)| i)
        .step_by(53)
        .skip(1)
        .collect();
    for cut in cuts {
        let text = &seed[..cut];
        if text.trim().is_empty() || text.trim() == "---" {
            continue;
        }
        // Truncated front matter is an input error, not a panic.
        let date = Some("2023-12-25".parse().unwrap());
        if let Ok(article) =
            claimcheck::article::Article::parse("cut.md", text.as_bytes().to_vec(), date)
        {
            let _ = claimcheck::check_article(article, &crate::util::DATASET);
        }
    }
}
