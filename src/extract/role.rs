//! Offices: "US Commerce Secretary Gina Raimondo", "former President X",
//! "Gina Raimondo, the Commerce Secretary".
//!
//! ## What it extracts
//! An office title from the dataset directly before a person's name
//! (optionally after "former" or "then-"), or after the name as an
//! appositive (", the Commerce Secretary"). The claim is that the person
//! holds (or held, with "former") the office at the article's date.
//!
//! ## Example
//! "US Commerce Secretary Gina Raimondo said …" in an article of
//! 2023-12-25 claims that `gina-raimondo` holds `us-secretary-of-commerce`
//! on 2023-12-25.
//!
//! ## Known limits
//! A title used alone ("the Commerce Secretary said") names no one, and a
//! "then-" title is judged at the article's date like a plain one only when
//! no other date is in the clause; with "then-", no claim is made.

use super::{Context, Extractor};
use crate::claim::{Assertion, Claim, ClaimKind};
use crate::dataset::Target;
use crate::dataset::schema::EntityKind;
use crate::span::Span;

/// Finds office claims.
pub struct Offices;

/// What may stand between a name and its title written after it
/// ("Gina Raimondo, the Commerce Secretary").
const APPOSITION_JOINS: [&str; 4] = [",", ", the", ", former", ", the former"];

impl Extractor for Offices {
    fn id(&self) -> &'static str {
        ClaimKind::Office.as_str()
    }

    fn extract(&self, cx: &Context<'_>) -> Vec<Claim> {
        let text = cx.text();
        let mut claims = Vec::new();
        for &sentence in &cx.article.sentences {
            let mentions: Vec<_> = cx.mentions_in(sentence).copied().collect();
            for (i, title) in mentions.iter().enumerate() {
                let Target::Office(_) = title.target else {
                    continue;
                };
                // A title shared by several offices ("President") is read
                // once, at its first mention.
                if i > 0 && mentions[i - 1].span == title.span {
                    continue;
                }
                let offices: Vec<usize> = mentions[i..]
                    .iter()
                    .take_while(|m| m.span == title.span)
                    .filter_map(|m| match m.target {
                        Target::Office(o) => Some(o),
                        _ => None,
                    })
                    .collect();
                let lead = text[sentence.start..title.span.start].trim_end();
                let lead_ends = |word: &str| ends_with_ignore_ascii_case(lead, word);
                if lead_ends("then-") || lead_ends("then") {
                    continue;
                }
                let former = lead_ends("former") || lead_ends("ex-");
                // Mentions are in text order and do not overlap, so the words
                // between the title and a mention only grow with each mention
                // further away: each search below stops at the first one too
                // far to be the name, instead of reading every mention of a
                // long sentence for every title in it.
                // Title then name, nothing but spaces between.
                let after = mentions[i + 1..]
                    .iter()
                    .take_while(|m| {
                        text.get(title.span.end..m.span.start)
                            .is_none_or(|between| between.trim().is_empty())
                    })
                    .find(|m| {
                        is_person(cx, m.target)
                            && text[title.span.end..m.span.start].trim().is_empty()
                    });
                // Name, then ", the <title>" or ", <title>".
                let longest_join = APPOSITION_JOINS.iter().map(|j| j.len()).max().unwrap_or(0);
                let before = mentions[..i]
                    .iter()
                    .rev()
                    .take_while(|m| {
                        text.get(m.span.end..title.span.start)
                            .is_none_or(|between| between.trim().len() <= longest_join)
                    })
                    .find(|m| {
                        is_person(cx, m.target) && {
                            let between = text[m.span.end..title.span.start].trim();
                            APPOSITION_JOINS.contains(&between)
                        }
                    });
                let Some(person) = after.or(before) else {
                    continue;
                };
                // "Gina Raimondo, the former Commerce Secretary".
                let former = former
                    || (person.span.end <= title.span.start
                        && text[person.span.end..title.span.start].contains("former"));
                let Target::Entity(person_index) = person.target else {
                    continue;
                };
                let Some(office) = pick_office(cx, &offices, person_index) else {
                    continue;
                };
                let span = Span::new(
                    title.span.start.min(person.span.start),
                    title.span.end.max(person.span.end),
                );
                claims.push(Claim {
                    kind: ClaimKind::Office,
                    span,
                    sentence,
                    assertion: Assertion::Office {
                        person: person_index,
                        office,
                        former,
                        at: cx.article.date,
                    },
                    hedge: None,
                    attributed_to: None,
                });
            }
        }
        claims
    }
}

/// The office a title means for this person. A title of one office means
/// that office. A title shared by several ("President") means the one the
/// person is known to have held; if none, the claim is not made, since
/// "President X" may be the president of anything.
fn pick_office(cx: &Context<'_>, offices: &[usize], person: usize) -> Option<usize> {
    if let [only] = offices {
        return Some(*only);
    }
    let person_id = &cx.dataset.entities[person].1.id;
    offices.iter().copied().find(|&o| {
        let office_id = &cx.dataset.offices[o].1.id;
        cx.dataset
            .terms
            .iter()
            .any(|(_, t)| &t.person == person_id && &t.office == office_id)
    })
}

/// Whether `text` ends with `word`, ASCII case aside. Only the end of the
/// words before a title is read: lowering all of them cost a long sentence
/// its length once for every title in it.
fn ends_with_ignore_ascii_case(text: &str, word: &str) -> bool {
    text.len()
        .checked_sub(word.len())
        .and_then(|cut| text.as_bytes().get(cut..))
        .is_some_and(|tail| tail.eq_ignore_ascii_case(word.as_bytes()))
}

fn is_person(cx: &Context<'_>, target: Target) -> bool {
    matches!(target, Target::Entity(e) if cx.dataset.entities[e].1.kind == EntityKind::Person)
}

#[cfg(test)]
mod tests {
    use std::sync::LazyLock;

    use super::*;
    use crate::article::Article;
    use crate::dataset::{Dataset, embedded_files, load};

    static DATASET: LazyLock<Dataset> =
        LazyLock::new(|| load(&embedded_files()).expect("the built-in dataset loads"));

    /// Each office claim of `text`: person, office, whether "former", and
    /// the words claimed.
    fn offices(text: &str) -> Vec<(&'static str, &'static str, bool, String)> {
        let date = Some(jiff::civil::date(2023, 12, 25));
        let article = Article::parse("a.txt", text.as_bytes().to_vec(), date).unwrap();
        let cx = Context::new(&article, &DATASET);
        Offices
            .extract(&cx)
            .into_iter()
            .filter_map(|claim| match claim.assertion {
                Assertion::Office {
                    person,
                    office,
                    former,
                    ..
                } => Some((
                    DATASET.entities[person].1.id.as_str(),
                    DATASET.offices[office].1.id.as_str(),
                    former,
                    claim.span.slice(cx.text()).to_string(),
                )),
                _ => None,
            })
            .collect()
    }

    const RAIMONDO: (&str, &str) = ("gina-raimondo", "us-secretary-of-commerce");

    #[test]
    fn a_title_before_or_after_a_name_is_read_whatever_its_lead_word_case() {
        let claim = |former, words: &str| (RAIMONDO.0, RAIMONDO.1, former, words.to_string());
        assert_eq!(
            offices("US Commerce Secretary Gina Raimondo said so."),
            [claim(false, "US Commerce Secretary Gina Raimondo")]
        );
        assert_eq!(
            offices("Gina Raimondo, the Commerce Secretary, said so."),
            [claim(false, "Gina Raimondo, the Commerce Secretary")]
        );
        assert_eq!(
            offices("Raimondo, the former Commerce Secretary, said so."),
            [claim(true, "Raimondo, the former Commerce Secretary")]
        );
        assert_eq!(
            offices("FORMER Commerce Secretary Gina Raimondo said so."),
            [claim(true, "Commerce Secretary Gina Raimondo")]
        );
        assert_eq!(
            offices("Ex-Commerce Secretary Gina Raimondo said so."),
            [claim(true, "Commerce Secretary Gina Raimondo")]
        );
        assert_eq!(
            offices("Then-Commerce Secretary Gina Raimondo said so."),
            []
        );
        assert_eq!(
            offices("THEN Commerce Secretary Gina Raimondo said so."),
            []
        );
    }

    #[test]
    fn a_name_with_other_words_between_it_and_the_title_is_not_the_holder() {
        assert_eq!(
            offices(
                "Gina Raimondo met Joe Biden and Xi Jinping before the Commerce Secretary spoke."
            ),
            []
        );
        assert_eq!(
            offices("The Commerce Secretary praised Huawei, SMIC and Gina Raimondo."),
            []
        );
    }

    #[test]
    fn every_title_of_a_long_sentence_finds_its_own_name() {
        let found: Vec<_> = offices(
            "Chinese President Xi Jinping, US President Joe Biden and Gina Raimondo, the \
             Commerce Secretary, met Huawei, SMIC and Biden, the President, in Woodside.",
        )
        .into_iter()
        .map(|(person, office, former, _)| (person, office, former))
        .collect();
        assert_eq!(
            found,
            [
                ("xi-jinping", "prc-president", false),
                ("joe-biden", "us-president", false),
                (RAIMONDO.0, RAIMONDO.1, false),
                ("joe-biden", "us-president", false),
            ]
        );
    }
}
