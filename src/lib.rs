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
pub mod baseline;
pub mod claim;
pub mod cli;
pub mod dataset;
pub mod diff;
pub mod extract;
pub mod fingerprint;
pub mod report;
pub mod review;
pub mod span;
pub mod suppress;
pub mod time;
pub mod verify;

use jiff::civil::Date;

use article::Article;
use dataset::Dataset;
use report::{ArticleReport, InputError, Report};

/// Extracts and verifies the claims of one article.
pub fn check_article(article: Article, dataset: &Dataset) -> ArticleReport {
    let claims = extract::extract(&article, dataset);
    let findings = verify::verify(claims, dataset);
    ArticleReport {
        article,
        findings,
        set_aside: Default::default(),
    }
}

/// Reads an article from a path, or from standard input for `-`.
pub fn read_article(path: &str, date: Option<Date>) -> Result<Article, InputError> {
    let bytes = if path == "-" {
        article::read_bytes(std::io::stdin())
    } else {
        std::fs::File::open(path).and_then(article::read_bytes)
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

/// The articles named on a command line: files as given, `-` for standard
/// input, and every `.txt` and `.md` file under a directory (recursively,
/// in name order). A directory that cannot be read, or holds no article,
/// is an error; the other inputs are still used.
pub fn expand_inputs(args: &[String]) -> (Vec<String>, Vec<InputError>) {
    let mut paths = Vec::new();
    let mut errors = Vec::new();
    for arg in args {
        let path = std::path::Path::new(arg);
        if arg == "-" || !path.is_dir() {
            paths.push(arg.clone());
            continue;
        }
        let mut found = Vec::new();
        if let Err(error) = collect_articles(path, &mut found) {
            errors.push(InputError {
                path: arg.clone(),
                message: format!("cannot read the folder: {error}"),
            });
            continue;
        }
        if found.is_empty() {
            errors.push(InputError {
                path: arg.clone(),
                message: "the folder holds no .txt or .md article".into(),
            });
        }
        found.sort();
        paths.extend(found);
    }
    (paths, errors)
}

fn collect_articles(dir: &std::path::Path, found: &mut Vec<String>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            collect_articles(&path, found)?;
        } else if matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("txt" | "md")
        ) {
            found.push(path.display().to_string());
        }
    }
    Ok(())
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
