//! Stable fingerprints of findings, for baselines, report diffs and SARIF.
//!
//! A finding is identified by what it is about, not where it is: the claim
//! kind, the claimed words (case and spacing normalised) and the reference
//! it was judged against. Inserting a paragraph above a claim moves its
//! line but keeps its fingerprint, so a baseline or a diff still matches
//! it. The hash is FNV-1a (64 bits): simple, and the same on every platform
//! and Rust release, unlike std's hasher.

use crate::article::Article;
use crate::verify::Finding;

/// The FNV-1a 64-bit hash of `bytes`.
pub fn fnv1a64(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    hash
}

/// Lowercase with runs of whitespace collapsed to one space, trimmed.
pub fn normalise(text: &str) -> String {
    text.split_whitespace()
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// The fingerprint (16 hex digits) of a claim of `kind` stating `text`,
/// judged against `reference` (an id, or none).
pub fn of_parts(kind: &str, text: &str, reference: Option<&str>) -> String {
    let key = format!("{kind}\0{}\0{}", normalise(text), reference.unwrap_or(""));
    format!("{:016x}", fnv1a64(key.as_bytes()))
}

/// The fingerprint of a finding of `article`.
pub fn of(article: &Article, finding: &Finding) -> String {
    let text = article
        .text
        .get(finding.claim.span.start..finding.claim.span.end)
        .unwrap_or("");
    of_parts(
        finding.claim.kind.as_str(),
        text,
        finding.reference.as_ref().map(|r| r.id.as_str()),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fnv1a64_matches_the_reference_vectors() {
        assert_eq!(fnv1a64(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a64(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(fnv1a64(b"foobar"), 0x8594_4171_f739_67e8);
    }

    #[test]
    fn case_and_spacing_do_not_change_a_fingerprint() {
        assert_eq!(
            of_parts("event-date", "Nov  16", Some("x")),
            of_parts("event-date", "nov 16", Some("x"))
        );
        assert_ne!(
            of_parts("event-date", "Nov 16", Some("x")),
            of_parts("event-date", "Nov 16", Some("y"))
        );
        assert_ne!(
            of_parts("event-date", "Nov 16", None),
            of_parts("sanction", "Nov 16", None)
        );
    }
}
