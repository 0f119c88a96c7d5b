//! The `timex` command's output: the temporal expressions of one article,
//! with spans, types and TimeML values.

use std::io::{self, Write};

use serde::Serialize;

use crate::article::Article;
use crate::span::CharOffsets;
use crate::time::{self, Timex};

/// One expression in the JSON output. `start` and `end` count characters
/// (Unicode scalar values) from the start of the file, not bytes: the same
/// unit as `column` and as the offsets of `timex --jsonl`, so a consumer
/// can slice the text the same way whichever output it reads, and a curly
/// quote or accented letter before an expression does not shift it.
#[derive(Serialize)]
struct WireTimex<'a> {
    start: usize,
    end: usize,
    line: usize,
    column: usize,
    text: &'a str,
    #[serde(rename = "type")]
    kind: &'static str,
    value: &'a str,
    #[serde(rename = "mod", skip_serializing_if = "Option::is_none")]
    modifier: Option<&'a str>,
    /// A SET's quantifier (`EVERY`, `EACH`) and frequency (`2X`, `3D`).
    #[serde(skip_serializing_if = "Option::is_none")]
    quant: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    freq: Option<String>,
}

#[derive(Serialize)]
struct WireTimexes<'a> {
    path: &'a str,
    date: Option<String>,
    timexes: Vec<WireTimex<'a>>,
}

/// The `timex` command's formats: a listing for people, or JSON.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum TimexFormat {
    Text,
    Json,
}

/// Tags the article's body and writes what was found.
pub fn render(article: &Article, format: TimexFormat, out: &mut dyn Write) -> io::Result<()> {
    let body = article.body.slice(&article.text);
    let timexes: Vec<Timex> = time::tag(body, article.date)
        .into_iter()
        .map(|mut t| {
            t.span = t.span.shifted(article.body.start);
            t
        })
        .collect();
    let mut chars = CharOffsets::new(&article.text);
    let wire: Vec<WireTimex> = timexes
        .iter()
        .map(|t| {
            let (line, column) = article.line_column(t.span.start);
            WireTimex {
                start: chars.at(t.span.start),
                end: chars.at(t.span.end),
                line,
                column,
                text: t.span.slice(&article.text),
                kind: t.kind.as_str(),
                value: &t.value,
                modifier: t.modifier.as_deref(),
                quant: t.recurrence.quant,
                freq: t.recurrence.freq.map(|f| f.to_string()),
            }
        })
        .collect();
    match format {
        TimexFormat::Json => {
            let doc = WireTimexes {
                path: &article.path,
                date: article.date.map(|d| d.to_string()),
                timexes: wire,
            };
            serde_json::to_writer_pretty(&mut *out, &doc)?;
            writeln!(out)
        }
        TimexFormat::Text => {
            for t in &wire {
                let modifier = t.modifier.map(|m| format!(" mod={m}")).unwrap_or_default();
                let quant = t.quant.map(|q| format!(" quant={q}")).unwrap_or_default();
                let freq = t
                    .freq
                    .as_ref()
                    .map(|f| format!(" freq={f}"))
                    .unwrap_or_default();
                writeln!(
                    out,
                    "{}:{}:{}: {} {}{modifier}{quant}{freq} \"{}\"",
                    article.path, t.line, t.column, t.kind, t.value, t.text
                )?;
            }
            Ok(())
        }
    }
}
