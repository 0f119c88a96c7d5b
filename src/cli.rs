//! Command-line flags (clap derive) and their translation into library
//! calls. The library never sees clap types.

use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context as _;
use clap::{Parser, Subcommand, ValueEnum};
use jiff::civil::Date;

use crate::dataset::Dataset;
use crate::report::timex::TimexFormat;
use crate::report::{self, RenderOptions};

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
    /// Articles to check (UTF-8 text or Markdown; `-` reads standard input).
    #[arg(required = true, value_name = "FILE")]
    files: Vec<String>,
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
    }
}

fn open_dataset(dir: Option<&Path>) -> anyhow::Result<Dataset> {
    let default = Path::new("claims");
    let dir = dir.or_else(|| default.is_dir().then_some(default));
    Dataset::open(dir).map_err(|error| {
        let place = dir.map_or("the built-in dataset".to_string(), |d| {
            d.display().to_string()
        });
        anyhow::anyhow!(
            "{error}\nthe reference dataset in {place} is invalid; fix the problems above"
        )
    })
}

fn check(args: CheckArgs) -> anyhow::Result<ExitCode> {
    let dataset = open_dataset(args.claims.as_deref())?;
    let report = crate::check_paths(&args.files, args.date, &dataset);
    let color = match args.color {
        ColorArg::Always => true,
        ColorArg::Never => false,
        ColorArg::Auto => {
            io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        }
    };
    let stdout = io::stdout();
    let mut out = stdout.lock();
    report::render(args.format, &report, RenderOptions { color }, &mut out)?;
    out.flush()?;
    // Input errors go to stderr too, where a pipeline into jq doesn't hide them.
    for error in &report.errors {
        eprintln!("claimcheck: {}: {}", error.path, error.message);
    }
    let status = if !report.errors.is_empty() {
        ERROR
    } else if report.summary().contradicted > 0 {
        FAILURE
    } else {
        SUCCESS
    };
    Ok(ExitCode::from(status))
}

fn timex(args: TimexArgs) -> anyhow::Result<ExitCode> {
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    if let Some(path) = args.jsonl {
        let file = std::fs::File::open(&path)
            .with_context(|| format!("{}: cannot open", path.display()))?;
        crate::time::jsonl::run_jsonl(io::BufReader::new(file), &mut out)
            .with_context(|| path.display().to_string())?;
        out.flush()?;
        return Ok(ExitCode::from(SUCCESS));
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
