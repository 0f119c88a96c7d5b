//! claimcheck: checks the verifiable claims of a news article against a
//! hand-kept, sourced YAML reference dataset.

pub mod article;
pub mod span;
pub mod time;
