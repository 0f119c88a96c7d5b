//! Date–weekday consistency: "Wednesday, Nov. 16" when Nov 16 is a Thursday.
//!
//! ## What it extracts
//! Every date written with its weekday, resolved to a single day. Needs no
//! dataset: the calendar is the reference.
//!
//! ## Example
//! "on Wednesday, Nov. 16" in an article of 2023-12-25 claims that
//! 2023-11-16 is a Wednesday (it is a Thursday).
//!
//! ## Known limits
//! A date without a year is placed in a year by the article's date and the
//! sentence's tense; without an article date it is not checked.

use super::{Context, Extractor};
use crate::claim::{Assertion, Claim, ClaimKind, StatedDate};

/// Finds weekday claims.
pub struct Weekdays;

impl Extractor for Weekdays {
    fn id(&self) -> &'static str {
        ClaimKind::Weekday.as_str()
    }

    fn extract(&self, cx: &Context<'_>) -> Vec<Claim> {
        cx.timexes
            .iter()
            .filter_map(|timex| {
                let stated = timex.stated_weekday?;
                // A bare weekday ("on Friday") is placed on a day of that
                // weekday, so it cannot disagree; only a weekday written
                // with a day number ("Friday, Nov. 15") can.
                if !timex
                    .span
                    .slice(cx.text())
                    .contains(|c: char| c.is_ascii_digit())
                {
                    return None;
                }
                let range = timex.range()?;
                if range.first != range.last {
                    return None;
                }
                let sentence = cx.article.sentence_at(timex.span.start)?;
                Some(Claim {
                    kind: ClaimKind::Weekday,
                    span: timex.span,
                    sentence,
                    assertion: Assertion::Weekday {
                        stated,
                        date: StatedDate::from_timex(timex, false),
                    },
                    hedge: None,
                    attributed_to: None,
                })
            })
            .collect()
    }
}
