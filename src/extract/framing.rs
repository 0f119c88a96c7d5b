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

/// Speech verbs, for attribution. Not "added" or "announced": "the US
/// added Huawei to the list" is an action, not a quotation.
const SAID: &str = r"(?:said|says|told|noted|stated|argued|claimed|explained|wrote)";

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

/// A speaker a sentence attributes its content to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attribution {
    /// The speaker as written: "Gupta", "Sourabh Gupta", "he".
    pub who: String,
    /// Bytes of the sentence taken by the speaker and the speech verb; a
    /// claim inside them ("US Commerce Secretary Gina Raimondo said") is the
    /// article's own, not the speaker's.
    pub span: std::ops::Range<usize>,
}

impl Attribution {
    /// Whether the speaker is a pronoun, to be resolved to a named speaker.
    pub fn is_pronoun(&self) -> bool {
        matches!(
            self.who.as_str(),
            "he" | "she" | "they" | "He" | "She" | "They"
        )
    }
}

/// Who a sentence attributes its content to, if anyone.
pub fn attribution(sentence: &str) -> Option<Attribution> {
    let after = ATTRIBUTION_AFTER.captures_iter(sentence).find_map(|c| {
        let who = c.name("who")?;
        let whole = c.get(0)?;
        (!matches!(who.as_str(), "It" | "This" | "That" | "There" | "The")).then(|| Attribution {
            who: who.as_str().to_string(),
            span: who.start()..whole.end(),
        })
    });
    after.or_else(|| {
        let c = ATTRIBUTION_BEFORE.captures(sentence)?;
        let who = c.name("who")?;
        Some(Attribution {
            who: who.as_str().to_string(),
            span: c.get(0)?.start()..who.end(),
        })
    })
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
        let who = |s: &str| attribution(s).map(|a| a.who);
        assert_eq!(
            who("The balloon incident earlier this year sent relations backward, Gupta said.")
                .as_deref(),
            Some("Gupta")
        );
        assert_eq!(
            who("\"There is space,\" said Sourabh Gupta, a senior fellow.").as_deref(),
            Some("Sourabh Gupta")
        );
        assert_eq!(who("In August, Huawei launched the Mate 60 series."), None);
        assert_eq!(
            who("On Nov. 16, the US added the center to the list."),
            None
        );
        let sentence = "US Commerce Secretary Gina Raimondo said the chip was concerning.";
        let a = attribution(sentence).unwrap();
        assert_eq!(&sentence[a.span], "Commerce Secretary Gina Raimondo said");
    }
}
