//! Helpers shared by the integration tests.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::LazyLock;

use claimcheck::article::Article;
use claimcheck::dataset::Dataset;
use claimcheck::report::ArticleReport;

/// The repository root.
pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The shipped seed article.
pub fn seed_path() -> PathBuf {
    root().join("examples/china-daily-2023-12-25.md")
}

/// The seed article's text.
pub fn seed_text() -> String {
    std::fs::read_to_string(seed_path()).expect("the seed article is shipped")
}

/// The shipped dataset, loaded once. The path is relative (tests run in
/// the package root) so that reports name `claims/…` files portably.
pub static DATASET: LazyLock<Dataset> =
    LazyLock::new(|| Dataset::open(Some(Path::new("claims"))).expect("the shipped dataset loads"));

/// Checks `text` as an article dated `date` (`None`: from its front matter).
pub fn check(text: &str, date: Option<&str>) -> ArticleReport {
    let date = date.map(|d| d.parse().expect("test dates are valid"));
    let article =
        Article::parse("article.md", text.as_bytes().to_vec(), date).expect("test articles parse");
    claimcheck::check_article(article, &DATASET)
}

/// Runs the binary from the repository root.
pub fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_claimcheck"))
        .args(args)
        .current_dir(root())
        .env("NO_COLOR", "1")
        .output()
        .expect("the binary runs")
}

/// Standard output as text.
pub fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// Standard error as text.
pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}
