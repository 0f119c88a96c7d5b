//! `claims stub`: YAML stubs for the claims of an article that came out
//! `unverified`, ready to complete with sources and paste into `claims/`.
//!
//! Extending the dataset starts from the article being checked: each stub
//! carries the subject, the value the article states and its precision,
//! and `TODO` source fields, so the person only has to verify and cite.

use std::io::{self, Write};

use super::ArticleReport;
use crate::claim::{Assertion, Direction, StatedDate};
use crate::dataset::Dataset;
use crate::verify::{Finding, Verdict};

/// The precision a TimeML date value is written at.
fn precision(value: &str) -> &'static str {
    match value.len() {
        10 => "day",
        7 if value.as_bytes()[4] == b'-'
            && value.as_bytes()[5] != b'Q'
            && value.as_bytes()[5] != b'W' =>
        {
            "month"
        }
        4 => "year",
        3 => "decade",
        _ => "as written",
    }
}

/// A kebab-case id from parts, for a stub to start from.
fn stub_id(parts: &[&str]) -> String {
    let joined = parts.join("-").to_lowercase();
    let mut id = String::new();
    for c in joined.chars() {
        if c.is_ascii_alphanumeric() {
            id.push(c);
        } else if !id.ends_with('-') {
            id.push('-');
        }
    }
    id.trim_matches('-').to_string()
}

const SOURCE_TODO: &str = "    sources:\n      - publisher: TODO\n        title: TODO\n        date: TODO\n        url: TODO\n";

fn quote(article: &ArticleReport, finding: &Finding) -> String {
    let (line, column) = article.article.line_column(finding.claim.span.start);
    let sentence = finding.claim.sentence.slice(&article.article.text);
    let mut sentence: String = sentence.chars().take(160).collect();
    if sentence.len() < finding.claim.sentence.len() {
        sentence.push('…');
    }
    format!(
        "# {}:{line}:{column}: \"{}\"\n",
        article.article.path,
        sentence.replace('\n', " ")
    )
}

fn date_line(field: &str, date: &StatedDate) -> String {
    match date.range {
        Some(_) => format!(
            "    {field}: {}   # as the article states it ({} precision); check it\n",
            date.value,
            precision(&date.value)
        ),
        None => format!(
            "    {field}: TODO   # the article says `{}`, which needs the article's date (--date) to resolve\n",
            date.value
        ),
    }
}

/// Whether the finding is unverified only because a relative date (or an
/// office) could not be placed without the article's date: a new entry
/// would not settle it, and could duplicate one that exists.
fn needs_article_date(finding: &Finding) -> bool {
    match &finding.claim.assertion {
        Assertion::EventDate { date, .. } | Assertion::Weekday { date, .. } => {
            date.range.is_none() && date.relative
        }
        Assertion::Sanction {
            date: Some(date), ..
        } => date.range.is_none() && date.relative,
        Assertion::Office { at, .. } => at.is_none(),
        Assertion::Sanction { date: None, .. } | Assertion::ChipNode { .. } => false,
    }
}

/// Writes one stub per unverified finding that a new entry could settle,
/// and a comment for those it could not.
pub fn render(article: &ArticleReport, dataset: &Dataset, out: &mut dyn Write) -> io::Result<()> {
    let unverified: Vec<&Finding> = article
        .findings
        .iter()
        .filter(|f| f.verdict == Verdict::Unverified)
        .collect();
    writeln!(out, "# yaml-language-server: $schema=schema.json")?;
    writeln!(
        out,
        "# Stubs for the {} unverified claim(s) of {}. Verify each fact, fill in",
        unverified.len(),
        article.article.path
    )?;
    writeln!(
        out,
        "# every TODO with a public source, and paste into the right file of claims/."
    )?;
    for finding in unverified {
        writeln!(out)?;
        out.write_all(quote(article, finding).as_bytes())?;
        if needs_article_date(finding) {
            writeln!(
                out,
                "# Unverified only for want of the article's date: check again with --date YYYY-MM-DD\n# (or a `date:` in its front matter) before adding anything."
            )?;
            continue;
        }
        match &finding.claim.assertion {
            Assertion::Sanction {
                actor,
                target,
                list,
                direction,
                date,
            } => {
                let target = &dataset.entities[*target].1.id;
                let list = list.map(|l| &dataset.lists[l].1.id);
                let action = match (direction, list.is_some()) {
                    (Direction::Restrict, true) => "add",
                    (Direction::Restrict, false) => "restrict",
                    (Direction::Relieve, true) => "remove",
                    (Direction::Relieve, false) => "lift",
                };
                let year = date
                    .as_ref()
                    .and_then(|d| d.range)
                    .map(|r| r.first.year().to_string());
                let id = stub_id(&[
                    target.as_str(),
                    list.map_or("", |l| l.as_str()),
                    action,
                    year.as_deref().unwrap_or(""),
                ]);
                writeln!(out, "actions:\n  - id: {id}")?;
                match actor {
                    Some(a) => writeln!(
                        out,
                        "    actor: {}   # the article names {}; the dataset wants who acted (e.g. us-bis)",
                        dataset.entities[*a].1.id, dataset.entities[*a].1.name
                    )?,
                    None => writeln!(out, "    actor: TODO")?,
                }
                writeln!(out, "    action: {action}")?;
                if let Some(list) = list {
                    writeln!(out, "    list: {list}")?;
                }
                writeln!(out, "    target: {target}")?;
                match date {
                    Some(date) => out.write_all(date_line("date", date).as_bytes())?,
                    None => writeln!(out, "    date: TODO   # the article gives no date")?,
                }
                out.write_all(SOURCE_TODO.as_bytes())?;
            }
            Assertion::Office {
                person,
                office,
                former,
                at,
            } => {
                let person = &dataset.entities[*person].1.id;
                let office = &dataset.offices[*office].1.id;
                writeln!(
                    out,
                    "terms:\n  - id: {}",
                    stub_id(&[person.as_str(), office.as_str()])
                )?;
                writeln!(out, "    person: {person}\n    office: {office}")?;
                let when = at.map_or("at an unknown date".to_string(), |d| format!("on {d}"));
                let held = if *former {
                    "had held it before"
                } else {
                    "held it"
                };
                writeln!(
                    out,
                    "    from: TODO   # the article says {person} {held} {when}"
                )?;
                writeln!(
                    out,
                    "    to: TODO     # remove if the term is still running"
                )?;
                out.write_all(SOURCE_TODO.as_bytes())?;
            }
            Assertion::EventDate { events, date } => {
                let event = &dataset.events[events[0].event].1;
                let last = event
                    .end
                    .as_ref()
                    .map_or(event.date.range.last, |e| e.range.last);
                let apart = date
                    .range
                    .is_some_and(|r| r.last < event.date.range.first || last < r.first);
                if apart {
                    // Another occurrence of something the subject does more
                    // than once: a new event, not a change to this one.
                    let subject = event.subject.as_ref().map_or("TODO", |s| s.as_str());
                    writeln!(
                        out,
                        "# Not `{}` ({}): another event of the same kind?",
                        event.id, event.date
                    )?;
                    writeln!(out, "events:\n  - id: {}", stub_id(&[subject, &date.value]))?;
                    writeln!(
                        out,
                        "    name: TODO\n    subject: {subject}\n    triggers: [TODO]"
                    )?;
                } else {
                    if let Some(reference) = &finding.reference {
                        writeln!(
                            out,
                            "# The dataset dates `{}` only as {}; if a source gives the {}, make it more precise:",
                            event.id,
                            reference.value,
                            precision(&date.value)
                        )?;
                    }
                    writeln!(out, "events:\n  - id: {}", event.id)?;
                }
                out.write_all(date_line("date", date).as_bytes())?;
                out.write_all(SOURCE_TODO.as_bytes())?;
            }
            Assertion::ChipNode { chip, node_nm } => {
                let chip = &dataset.chips[*chip].1;
                writeln!(
                    out,
                    "chips:\n  - id: {}\n    node_nm: {node_nm}   # as the article states it",
                    chip.id
                )?;
                out.write_all(SOURCE_TODO.as_bytes())?;
            }
            Assertion::Weekday { .. } => {
                writeln!(
                    out,
                    "# A weekday is checked against the calendar; no dataset entry can settle it."
                )?;
            }
        }
    }
    Ok(())
}
