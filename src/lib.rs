//! claimcheck: checks the verifiable claims of a news article against a
//! hand-kept, sourced YAML reference dataset.
//!
//! The pipeline runs in one direction:
//!
//! ```text
//! file ─► Article ─► extract ─► Vec<Claim> ─► verify ─► Vec<Finding> ─► report ─► text / json
//! claims/*.yaml ─► Dataset (+ Index, built once, shared by every article)
//! ```
//!
//! [`check_article`] and [`check_paths`] wire the steps; the CLI calls the
//! same functions.
//!
//! ```
//! use claimcheck::{article::Article, dataset::Dataset};
//!
//! let dataset = Dataset::open(None).expect("the shipped dataset loads");
//! let text = "Since 2019, the US has been blocking the sale of some technology to Huawei.";
//! let article = Article::parse("a.txt", text.into(), Some(jiff::civil::date(2023, 12, 25))).unwrap();
//! let report = claimcheck::check_article(article, &dataset);
//! assert_eq!(report.findings[0].verdict, claimcheck::verify::Verdict::Supported);
//! ```

pub mod article;
pub mod claim;
pub mod cli;
pub mod dataset;
pub mod extract;
pub mod fingerprint;
pub mod report;
pub mod span;
pub mod time;
pub mod verify;

use std::io::Read;

use jiff::civil::Date;

use article::Article;
use dataset::Dataset;
use report::{ArticleReport, InputError, Report};

/// Extracts and verifies the claims of one article.
pub fn check_article(article: Article, dataset: &Dataset) -> ArticleReport {
    let claims = extract::extract(&article, dataset);
    let findings = verify::verify(claims, dataset);
    ArticleReport { article, findings }
}

/// Reads an article from a path, or from standard input for `-`.
pub fn read_article(path: &str, date: Option<Date>) -> Result<Article, InputError> {
    let bytes = if path == "-" {
        let mut bytes = Vec::new();
        std::io::stdin().read_to_end(&mut bytes).map(|_| bytes)
    } else {
        std::fs::read(path)
    };
    let bytes = bytes.map_err(|error| InputError {
        path: path.to_string(),
        message: match error.kind() {
            std::io::ErrorKind::NotFound => "no such file".to_string(),
            std::io::ErrorKind::IsADirectory => "is a directory, not an article".to_string(),
            _ => format!("cannot read: {error}"),
        },
    })?;
    Article::parse(path, bytes, date).map_err(|error| InputError {
        path: path.to_string(),
        message: error.to_string(),
    })
}

/// Checks every path; an unreadable article is recorded as an error and
/// the others are still checked.
pub fn check_paths(paths: &[String], date: Option<Date>, dataset: &Dataset) -> Report {
    let mut report = Report::default();
    for path in paths {
        match read_article(path, date) {
            Ok(article) => report.articles.push(check_article(article, dataset)),
            Err(error) => report.errors.push(error),
        }
    }
    report
}
