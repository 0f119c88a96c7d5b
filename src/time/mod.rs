//! The temporal tagger: finds date and time expressions in English news text
//! and normalises them to TimeML TIMEX3 values against the article's date.
//!
//! Every other check leans on this module: an event date, a sanctions date
//! or an office's validity is only as good as the date the tagger read.
//!
//! Pipeline: `scan` finds windows around trigger words in one pass,
//! `token` splits each window, `grammar` matches expressions at each
//! token, `resolve` pins them to the calendar using the document date,
//! the clause's `tense` and the last date mentioned.

mod calendar;
mod context;
mod grammar;
pub mod jsonl;
mod lexicon;
mod locale;
mod neighbours;
mod opening_hours;
mod range;
mod resolve;
mod scan;
mod sem;
mod sentence;
mod tagger;
mod tense;
mod timex;
mod token;
mod value;

pub use jsonl::{JsonlError, run_jsonl};
pub use range::{DateRange, value_range};
pub use tagger::tag;
pub use timex::{Freq, Recurrence, Timex, TimexType};

/// The sentences of the table tests (tests/fixtures/timex/*.tsv): the
/// real text the unit tests run a fast path and its plain form over, to
/// check they agree.
#[cfg(test)]
pub(crate) fn table_sentences() -> Vec<String> {
    let tables = [
        include_str!("../../tests/fixtures/timex/cases.tsv"),
        include_str!("../../tests/fixtures/timex/news.tsv"),
        include_str!("../../tests/fixtures/timex/dates.tsv"),
        include_str!("../../tests/fixtures/timex/clock.tsv"),
    ];
    let texts: Vec<String> = tables
        .iter()
        .flat_map(|t| t.lines())
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split('\t').nth(1))
        .map(|s| s.replace("\\n", "\n"))
        .collect();
    assert!(texts.len() > 2000, "the tables' sentences: {}", texts.len());
    texts
}
