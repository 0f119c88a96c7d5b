//! `claims list` and `claims show`: the dataset for people reading it.

use std::io::{self, Write};

use crate::dataset::{Dataset, EntryView};

/// One line per entry: kind, id, name and what it says.
pub fn render_list(entries: &[EntryView<'_>], out: &mut dyn Write) -> io::Result<()> {
    let id_width = entries
        .iter()
        .map(|e| e.id.as_str().len())
        .max()
        .unwrap_or(0);
    for e in entries {
        writeln!(
            out,
            "{:<6}  {:<id_width$}  {}  [{}]",
            e.kind,
            e.id.as_str(),
            e.name,
            e.value
        )?;
    }
    let plural = if entries.len() == 1 { "y" } else { "ies" };
    writeln!(out, "{} entr{plural}", entries.len())
}

/// Everything about one entry: what it says, when, its names, its place
/// in the dataset and its sources.
pub fn render_entry(dataset: &Dataset, e: &EntryView<'_>, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "{} {}", e.kind, e.id)?;
    writeln!(out, "  name:     {}", e.name)?;
    writeln!(out, "  value:    {}", e.value)?;
    if let Some(validity) = &e.validity {
        writeln!(out, "  valid:    {validity}")?;
    }
    if !e.names.is_empty() {
        writeln!(out, "  matched:  {}", e.names.join("; "))?;
    }
    let (file, place) = dataset.place(e.file, e.id, None);
    match place {
        Some((line, column)) => writeln!(out, "  defined:  {file}:{line}:{column}")?,
        None => writeln!(out, "  defined:  {file}")?,
    }
    if let Some(note) = e.note {
        writeln!(out, "  note:     {}", note.trim())?;
    }
    if e.sources.is_empty() {
        writeln!(out, "  sources:  none")?;
    }
    for (n, s) in e.sources.iter().enumerate() {
        writeln!(out, "  source {}: {}, \"{}\"", n + 1, s.publisher, s.title)?;
        if let Some(date) = &s.date {
            writeln!(out, "            published {date}")?;
        }
        if let Some(citation) = &s.citation {
            writeln!(out, "            {citation}")?;
        }
        if let Some(url) = &s.url {
            writeln!(out, "            {url}")?;
        }
    }
    Ok(())
}
