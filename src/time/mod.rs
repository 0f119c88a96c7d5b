//! The temporal tagger: finds date and time expressions in English news text
//! and normalises them to TimeML TIMEX3 values against the article's date.
//!
//! Every other check leans on this module: an event date, a sanctions date
//! or an office's validity is only as good as the date the tagger read.
//!
//! Pipeline: [`scan`] finds windows around trigger words in one pass,
//! [`token`] splits each window, [`grammar`] matches expressions at each
//! token, [`resolve`] pins them to the calendar using the document date,
//! the clause's [`tense`] and the last date mentioned.

mod calendar;
mod context;
mod grammar;
pub mod jsonl;
mod lexicon;
mod locale;
mod neighbours;
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
pub use timex::{Timex, TimexType};
