//! claimcheck's integration tests, one binary:
//!
//! - `cli`: exit codes and messages for good and bad input;
//! - `seed`: snapshots of the reports for the seed article;
//! - `injected`: the seed article with one error injected at a time;
//! - `articles`: other articles, including one with nothing to contradict;
//! - `extract`: extractor traps on real sentences.

mod articles;
mod cli;
mod dataset;
mod extract;
mod formats;
mod injected;
mod review;
mod robust;
mod seed;
mod util;
