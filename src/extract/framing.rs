//! How an article frames a claim: hedged ("is said to", "reportedly") or
//! attributed to someone ("Gupta said"). A framed claim is still checked;
//! the finding carries the framing so a reader can weigh it.

use std::sync::LazyLock;

use regex::Regex;

static HEDGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:(?:is|are|was|were) (?:said|believed|thought|reported|rumou?red|alleged|understood) to|reportedly|allegedly|purportedly|supposedly|apparently|according to [^,.]+|rumou?red|may have|might have|could have)\b",
    )
    .expect("hedge pattern is valid")
});

/// Speech verbs, for attribution.
const SAID: &str =
    r"(?:said|says|told|added|noted|stated|argued|claimed|explained|wrote|announced)";

static ATTRIBUTION_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    // "Gupta said", "he said", "the ministry said".
    Regex::new(&format!(
        r"(?:^|[,.!?;:]\s*|\s)(?P<who>(?:[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){{0,3}})|he|she|they|officials)\s+{SAID}\b"
    ))
    .expect("attribution pattern is valid")
});

static ATTRIBUTION_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    // "said Sourabh Gupta, a senior fellow".
    Regex::new(&format!(
        r"\b{SAID}\s+(?P<who>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){{0,3}})"
    ))
    .expect("attribution pattern is valid")
});

/// The hedge phrase in a sentence, if any.
pub fn hedge(sentence: &str) -> Option<String> {
    HEDGE.find(sentence).map(|m| m.as_str().to_string())
}

/// Who a sentence attributes its content to, if anyone.
pub fn attribution(sentence: &str) -> Option<String> {
    let after = ATTRIBUTION_AFTER
        .captures_iter(sentence)
        .filter_map(|c| c.name("who"))
        .map(|m| m.as_str())
        .find(|who| !matches!(*who, "It" | "This" | "That" | "There" | "The"));
    after
        .or_else(|| {
            ATTRIBUTION_BEFORE
                .captures(sentence)
                .and_then(|c| c.name("who"))
                .map(|m| m.as_str())
        })
        .map(str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hedges_are_found() {
        assert_eq!(
            hedge(
                "the Kirin 9006C processor, which is said to have a more advanced 5-nanometer chip"
            )
            .as_deref(),
            Some("is said to")
        );
        assert_eq!(
            hedge("The chip reportedly uses 5nm.").as_deref(),
            Some("reportedly")
        );
        assert_eq!(
            hedge("On Nov 16, the US removed the center from the list."),
            None
        );
    }

    #[test]
    fn attributions_are_found() {
        assert_eq!(
            attribution(
                "The balloon incident earlier this year sent relations backward, Gupta said, but …"
            )
            .as_deref(),
            Some("Gupta")
        );
        assert_eq!(
            attribution("\"There is space,\" said Sourabh Gupta, a senior fellow.").as_deref(),
            Some("Sourabh Gupta")
        );
        assert_eq!(
            attribution("In August, Huawei launched the Mate 60 series."),
            None
        );
    }
}
