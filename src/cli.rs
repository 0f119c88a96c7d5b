//! Command-line flags (clap derive) and their translation into library
//! calls. The library never sees clap types.
//!
//! This is the one module of the library that talks to the terminal: the
//! print lints, on everywhere else, are off here.
#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context as _;
use clap::{Parser, Subcommand, ValueEnum};
use jiff::civil::Date;

use crate::baseline::Baseline;
use crate::dataset::{Dataset, ItemKind, Severity, embedded_files, load_all, read_dir};
use crate::report::Report;
use crate::report::diff::DiffFormat;
use crate::report::lint::LintFormat;
use crate::report::timex::TimexFormat;
use crate::report::{self, RenderOptions};
use crate::review::{FailOn, ReviewOptions, Reviewer, fails};
use crate::verify::Verdict;

/// Checks the verifiable claims of news articles against a sourced reference dataset.
#[derive(Debug, Parser)]
#[command(name = "claimcheck", version, about)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Check articles against the reference dataset.
    ///
    /// Exit status: 0 when nothing is contradicted, 1 when something is,
    /// 2 on a usage or input error (the other articles are still checked).
    Check(CheckArgs),
    /// Print the temporal expressions of an article (TimeML TIMEX3).
    Timex(TimexArgs),
    /// Compare two JSON reports: new findings, resolved ones, changed verdicts.
    ///
    /// Exit status: 1 when anything got worse, 0 otherwise, 2 on bad input.
    Diff {
        /// The report before the change (`check --format json`).
        old: PathBuf,
        /// The report after the change.
        new: PathBuf,
        /// Output format.
        #[arg(long, value_enum, default_value_t = DiffFormat::Text)]
        format: DiffFormat,
    },
    /// Work with the reference dataset: lint, browse, stub, schema.
    #[command(subcommand)]
    Claims(ClaimsCommand),
}

#[derive(Debug, Subcommand)]
enum ClaimsCommand {
    /// Report every problem in the dataset, with file:line:column and a hint.
    ///
    /// Exit status: 0 without errors (warnings allowed), 2 with errors.
    Lint {
        #[command(flatten)]
        dataset: DatasetArg,
        /// Output format.
        #[arg(long, value_enum, default_value_t = LintFormat::Text)]
        format: LintFormat,
        /// Treat warnings (a source without a URL, a weak alias) as errors.
        #[arg(long)]
        strict: bool,
    },
    /// List the dataset's entries.
    List {
        #[command(flatten)]
        dataset: DatasetArg,
        /// Only entries of this kind.
        #[arg(long, value_enum)]
        kind: Option<ItemKind>,
        /// Only entries whose id, name, names or note contain TEXT (any case).
        #[arg(long, value_name = "TEXT")]
        grep: Option<String>,
    },
    /// Show one entry: what it says, when, its names and its sources.
    Show {
        #[command(flatten)]
        dataset: DatasetArg,
        /// The entry's id.
        id: String,
    },
    /// Print YAML stubs for the claims of an article that came out unverified.
    Stub {
        #[command(flatten)]
        dataset: DatasetArg,
        /// Publication date of the article; overrides `date:` in front matter.
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
        date: Option<Date>,
        /// The article.
        file: String,
    },
    /// Print the JSON Schema of dataset files (the content of claims/schema.json).
    Schema,
}

#[derive(Debug, clap::Args)]
struct DatasetArg {
    /// Reference dataset folder [default: ./claims if present, else the built-in dataset].
    #[arg(long, value_name = "DIR")]
    claims: Option<PathBuf>,
}

#[derive(Debug, clap::Args)]
struct CheckArgs {
    /// Reference dataset folder [default: ./claims if present, else the built-in dataset].
    #[arg(long, value_name = "DIR")]
    claims: Option<PathBuf>,
    /// Publication date of the articles; overrides `date:` in front matter.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    date: Option<Date>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = report::Format::Text)]
    format: report::Format,
    /// When to colour text output.
    #[arg(long, value_enum, default_value_t = ColorArg::Auto)]
    color: ColorArg,
    /// Which findings make the run fail (exit status 1).
    #[arg(long, value_enum, default_value_t = FailOn::Contradicted)]
    fail_on: FailOn,
    /// Which verdicts to print, comma-separated [default: all]. Hidden
    /// findings still count and can fail the run.
    #[arg(long, value_enum, value_delimiter = ',', value_name = "VERDICTS")]
    show: Vec<VerdictArg>,
    /// Set aside the findings recorded in this baseline file.
    #[arg(long, value_name = "FILE")]
    baseline: Option<PathBuf>,
    /// Record this run's contradicted and unverified findings in a baseline file.
    #[arg(long, value_name = "FILE")]
    write_baseline: Option<PathBuf>,
    /// Articles to check: UTF-8 text or Markdown files, folders (every .txt
    /// and .md inside), or `-` for standard input.
    #[arg(required = true, value_name = "FILE")]
    files: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum VerdictArg {
    Supported,
    Unverified,
    Contradicted,
}

impl From<VerdictArg> for Verdict {
    fn from(verdict: VerdictArg) -> Self {
        match verdict {
            VerdictArg::Supported => Verdict::Supported,
            VerdictArg::Unverified => Verdict::Unverified,
            VerdictArg::Contradicted => Verdict::Contradicted,
        }
    }
}

#[derive(Debug, clap::Args)]
struct TimexArgs {
    /// Document creation time used to resolve relative expressions.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    date: Option<Date>,
    /// Output format for FILE.
    #[arg(long, value_enum, default_value_t = TimexFormat::Text)]
    format: TimexFormat,
    /// Read `{"doc", "dct", "text"}` lines and write one `{"doc", "timexes"}`
    /// line each, with character offsets (the TempEval evaluation format).
    #[arg(long, value_name = "IN.jsonl", conflicts_with_all = ["file", "date"])]
    jsonl: Option<PathBuf>,
    /// The article to tag.
    #[arg(value_name = "FILE", required_unless_present = "jsonl")]
    file: Option<String>,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum ColorArg {
    Auto,
    Always,
    Never,
}

fn parse_date(text: &str) -> Result<Date, String> {
    text.parse::<Date>()
        .map_err(|_| format!("`{text}` is not a calendar date; write YYYY-MM-DD"))
}

/// Exit status for a run with findings only: nothing contradicted.
const SUCCESS: u8 = 0;
/// Something was contradicted.
const FAILURE: u8 = 1;
/// A usage or input error.
pub const ERROR: u8 = 2;

/// Runs the parsed command line and gives the exit status.
pub fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Check(args) => check(args),
        Command::Timex(args) => timex(args),
        Command::Claims(command) => claims(command),
        Command::Diff { old, new, format } => diff(&old, &new, format),
    }
}

/// The dataset folder to use: the one given, else `./claims` when present,
/// else `None` for the dataset compiled into the binary.
fn dataset_dir(dir: Option<&Path>) -> Option<&Path> {
    let default = Path::new("claims");
    dir.or_else(|| default.is_dir().then_some(default))
}

fn open_dataset(dir: Option<&Path>) -> anyhow::Result<Dataset> {
    let dir = dataset_dir(dir);
    Dataset::open(dir).map_err(|error| {
        let (place, lint) = match dir {
            Some(d) => (d.display().to_string(), format!("claimcheck claims lint --claims {}", d.display())),
            None => ("the built-in dataset".to_string(), "claimcheck claims lint".to_string()),
        };
        anyhow::anyhow!("{error}\nthe reference dataset in {place} has errors; run `{lint}` to see every problem")
    })
}

fn claims(command: ClaimsCommand) -> anyhow::Result<ExitCode> {
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let status = match command {
        ClaimsCommand::Lint {
            dataset,
            format,
            strict,
        } => {
            let files = match dataset_dir(dataset.claims.as_deref()) {
                Some(dir) => match read_dir(dir) {
                    Ok(files) => files,
                    Err(error) => {
                        report::lint::render(&error.problems, 0, format, &mut out)?;
                        out.flush()?;
                        return Ok(ExitCode::from(ERROR));
                    }
                },
                None => embedded_files(),
            };
            let loaded = load_all(&files, strict);
            report::lint::render(
                &loaded.problems,
                loaded.dataset.fact_count(),
                format,
                &mut out,
            )?;
            if loaded
                .problems
                .iter()
                .any(|p| p.severity == Severity::Error)
            {
                ERROR
            } else {
                SUCCESS
            }
        }
        ClaimsCommand::List {
            dataset,
            kind,
            grep,
        } => {
            let dataset = open_dataset(dataset.claims.as_deref())?;
            let grep = grep.map(|g| g.to_lowercase());
            let entries: Vec<_> = dataset
                .entries()
                .into_iter()
                .filter(|e| kind.is_none_or(|k| e.kind == k))
                .filter(|e| {
                    grep.as_ref().is_none_or(|g| {
                        std::iter::once(e.id.as_str())
                            .chain([e.name.as_str(), e.value.as_str(), e.note.unwrap_or("")])
                            .chain(e.names.iter().map(String::as_str))
                            .any(|text| text.to_lowercase().contains(g))
                    })
                })
                .collect();
            report::browse::render_list(&entries, &mut out)?;
            SUCCESS
        }
        ClaimsCommand::Show { dataset, id } => {
            let dataset = open_dataset(dataset.claims.as_deref())?;
            let entries = dataset.entries();
            match entries.iter().find(|e| e.id.as_str() == id) {
                Some(entry) => {
                    report::browse::render_entry(&dataset, entry, &mut out)?;
                    SUCCESS
                }
                None => {
                    out.flush()?;
                    let near: Vec<&str> = entries
                        .iter()
                        .map(|e| e.id.as_str())
                        .filter(|candidate| {
                            candidate.contains(id.as_str()) || id.contains(candidate)
                        })
                        .take(5)
                        .collect();
                    let hint = if near.is_empty() {
                        "run `claimcheck claims list` to see every id".to_string()
                    } else {
                        format!(
                            "did you mean {}?",
                            near.iter()
                                .map(|n| format!("`{n}`"))
                                .collect::<Vec<_>>()
                                .join(", ")
                        )
                    };
                    eprintln!("claimcheck: no entry has the id `{id}`; {hint}");
                    ERROR
                }
            }
        }
        ClaimsCommand::Stub {
            dataset,
            date,
            file,
        } => {
            let dataset = open_dataset(dataset.claims.as_deref())?;
            match crate::read_article(&file, date) {
                Ok(article) => {
                    let report = crate::check_article(article, &dataset);
                    report::stub::render(&report, &dataset, &mut out)?;
                    SUCCESS
                }
                Err(error) => {
                    out.flush()?;
                    eprintln!("claimcheck: {}: {}", error.path, error.message);
                    ERROR
                }
            }
        }
        ClaimsCommand::Schema => {
            out.write_all(crate::dataset::schema::json_schema().as_bytes())?;
            SUCCESS
        }
    };
    out.flush()?;
    Ok(ExitCode::from(status))
}

fn check(args: CheckArgs) -> anyhow::Result<ExitCode> {
    let dataset = open_dataset(args.claims.as_deref())?;
    let baseline = match &args.baseline {
        Some(path) => {
            let text = std::fs::read_to_string(path)
                .with_context(|| format!("{}: cannot read the baseline", path.display()))?;
            Some(Baseline::parse(&text).map_err(|e| anyhow::anyhow!("{}:{e}", path.display()))?)
        }
        None => None,
    };
    let options = ReviewOptions {
        show: args.show.iter().map(|&v| v.into()).collect(),
        baseline,
    };
    let color = match args.color {
        ColorArg::Always => true,
        ColorArg::Never => false,
        ColorArg::Auto => {
            io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        }
    };
    // Buffered: a report of thousands of findings is written in a few
    // system calls, not one per line.
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let (paths, input_errors) = crate::expand_inputs(&args.files);
    let mut report = Report {
        errors: input_errors,
        ..Report::default()
    };
    let mut reviewer = Reviewer::new(&options);
    for path in &paths {
        match crate::read_article(path, args.date) {
            Ok(article) => {
                let mut checked = crate::check_article(article, &dataset);
                reviewer.article(&mut checked, &mut report.errors, &mut report.notes);
                // JSON Lines streams: each article is written as it is done.
                if args.format == report::Format::Jsonl {
                    report::jsonl::render_article(&checked, &mut out)?;
                    out.flush()?;
                }
                report.articles.push(checked);
            }
            Err(error) => report.errors.push(error),
        }
    }
    reviewer.finish(&mut report.notes);
    if args.format == report::Format::Jsonl {
        report::jsonl::render_tail(&report, &mut out)?;
    } else {
        report::render(args.format, &report, RenderOptions { color }, &mut out)?;
    }
    out.flush()?;
    // Input errors go to stderr too, where a pipeline into jq doesn't hide them.
    for error in &report.errors {
        eprintln!("claimcheck: {}: {}", error.path, error.message);
    }
    if let Some(path) = &args.write_baseline {
        let baseline = Baseline::of(&report);
        std::fs::write(path, baseline.to_json())
            .with_context(|| format!("{}: cannot write the baseline", path.display()))?;
        eprintln!(
            "claimcheck: wrote {} baseline entries to {}",
            baseline.entries.len(),
            path.display()
        );
    }
    let status = if !report.errors.is_empty() {
        ERROR
    } else if fails(&report, args.fail_on) {
        FAILURE
    } else {
        SUCCESS
    };
    Ok(ExitCode::from(status))
}

fn diff(old: &Path, new: &Path, format: DiffFormat) -> anyhow::Result<ExitCode> {
    let read = |path: &Path| {
        std::fs::read_to_string(path).with_context(|| format!("{}: cannot read", path.display()))
    };
    let diff = crate::diff::diff(&read(old)?, &read(new)?).map_err(anyhow::Error::msg)?;
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    report::diff::render(&diff, format, &mut out)?;
    out.flush()?;
    Ok(ExitCode::from(if diff.is_worse() {
        FAILURE
    } else {
        SUCCESS
    }))
}

fn timex(args: TimexArgs) -> anyhow::Result<ExitCode> {
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    if let Some(path) = args.jsonl {
        let file = std::fs::File::open(&path)
            .with_context(|| format!("{}: cannot open", path.display()))?;
        let errors = crate::time::jsonl::run_jsonl(io::BufReader::new(file), &mut out)
            .with_context(|| path.display().to_string())?;
        out.flush()?;
        for e in &errors {
            eprintln!("claimcheck: {}: {e}", path.display());
        }
        return Ok(ExitCode::from(if errors.is_empty() {
            SUCCESS
        } else {
            ERROR
        }));
    }
    let Some(path) = args.file else {
        anyhow::bail!("give a FILE or --jsonl IN.jsonl");
    };
    let article = match crate::read_article(&path, args.date) {
        Ok(article) => article,
        Err(error) => {
            eprintln!("claimcheck: {}: {}", error.path, error.message);
            return Ok(ExitCode::from(ERROR));
        }
    };
    report::timex::render(&article, args.format, &mut out)?;
    out.flush()?;
    Ok(ExitCode::from(SUCCESS))
}
