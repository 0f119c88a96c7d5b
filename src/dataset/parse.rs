//! Parsing one dataset file, reporting every broken entry, not only the first.
//!
//! serde stops at the first error in a document. A person fixing a file
//! wants every mistake at once, so when the whole file fails to parse but
//! its YAML is well-formed, each entry of each section is parsed on its own
//! and its errors are placed back at their lines in the file. An unknown
//! field gets a "did you mean" for a near miss. A file holding more than
//! one YAML document is read a document at a time (see [`documents`]),
//! each extra one an error at its marker.
//!
//! Files in the plain layout are read by the [quick reader](super::quick)
//! first; serde_yaml reads whatever it declines, so every error message
//! comes from serde_yaml as before.

use std::ops::Range;

use serde::de::{Deserialize, Deserializer, IgnoredAny, MapAccess, Visitor};

use super::SourceFile;
use super::documents::{self, Marker};
use super::error::DatasetProblem;
use super::quick;
use super::schema::DatasetFile;

/// The top-level sections a dataset file may have.
pub const SECTIONS: &[&str] = &[
    "entities", "lists", "chips", "events", "actions", "offices", "terms",
];

/// Parses a file into its entries, with a problem for every entry (or
/// section) that cannot be read. The entries that can be read are kept, so
/// one typo does not hide the rest of the file from the other checks.
pub fn parse_file(file: &SourceFile) -> (DatasetFile, Vec<DatasetProblem>) {
    if file.text.trim().is_empty() {
        return (DatasetFile::default(), Vec::new());
    }
    if let Some(parsed) = quick::parse(&file.text) {
        return (parsed, Vec::new());
    }
    let Some((first_end, others)) = documents::split(&file.text) else {
        return parse_document(&file.name, &file.text);
    };
    // Each document is read as if it were the whole file, so its entries
    // are kept and its own mistakes reported at their places.
    let (mut parsed, mut problems) = parse_document(&file.name, &file.text[..first_end]);
    for (n, document) in others.into_iter().enumerate() {
        problems.push(extra_document(&file.name, document.marker, n == 0));
        let (entries, more) = parse_document(&file.name, &document.text);
        merge(&mut parsed, entries);
        problems.extend(more);
    }
    (parsed, problems)
}

/// The error for a document after the first, at the marker that began it.
fn extra_document(file: &str, marker: Marker, second: bool) -> DatasetProblem {
    let which = if second { "a second" } else { "another" };
    match marker {
        Marker::Start(line) => DatasetProblem::error(
            file,
            Some((line, 1)),
            format!("{which} YAML document starts here, but a dataset file holds one document"),
        )
        .with_hint("remove this `---`, or move what follows it into a file of its own"),
        Marker::End(line) => DatasetProblem::error(
            file,
            Some((line, 1)),
            "`...` ends the YAML document here, but the file goes on",
        )
        .with_hint("remove this `...`: a dataset file holds one document"),
    }
}

/// Parses one YAML document of the file named `name`: the whole file, or
/// one of its documents with the others' lines left empty.
fn parse_document(name: &str, text: &str) -> (DatasetFile, Vec<DatasetProblem>) {
    if text.trim().is_empty() {
        return (DatasetFile::default(), Vec::new());
    }
    let whole = match serde_yaml::from_str::<DatasetFile>(text) {
        Ok(parsed) => return (parsed, Vec::new()),
        Err(error) => error,
    };
    // Not even YAML (or not a mapping): nothing more can be read.
    if !is_mapping(text) {
        return (DatasetFile::default(), vec![problem(name, &whole, 0)]);
    }
    let mut parsed = DatasetFile::default();
    let mut problems = Vec::new();
    let chunks = chunks(text);
    for chunk in &chunks {
        match serde_yaml::from_str::<DatasetFile>(&chunk.text) {
            Ok(entry) => merge(&mut parsed, entry),
            Err(error) => problems.push(problem(name, &error, chunk.line_offset)),
        }
    }
    // An error the split did not find, or one placed outside every piece,
    // lies outside the entries (a section that is not a list, a section
    // written twice): report it as is, in its place among the others.
    let line = whole.location().map(|l| l.line());
    let outside = line.is_none_or(|line| !chunks.iter().any(|c| c.lines.contains(&line)));
    if problems.is_empty() || outside {
        let at = problems
            .iter()
            .position(|p| p.line > line)
            .unwrap_or(problems.len());
        problems.insert(at, problem(name, &whole, 0));
    }
    (parsed, problems)
}

/// Whether `text` is well-formed YAML with a mapping at the top, so that
/// its entries can be read one by one. Only the shape is read: a value
/// serde_yaml's `Value` cannot hold (an integer beyond 64 bits) or a key
/// written twice is a mistake to report at its entry, not a reason to give
/// up on the rest of the file.
fn is_mapping(text: &str) -> bool {
    struct Mapping;

    impl<'de> Deserialize<'de> for Mapping {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            deserializer.deserialize_map(Mapping)
        }
    }

    impl<'de> Visitor<'de> for Mapping {
        type Value = Mapping;

        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("a mapping")
        }

        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Mapping, A::Error> {
            while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
            Ok(Mapping)
        }
    }

    serde_yaml::from_str::<Mapping>(text).is_ok()
}

/// A piece of a file parsed on its own: a section header followed by one
/// entry, or one unknown top-level key.
struct Chunk {
    text: String,
    /// Lines to add to a place inside `text` to get the place in the file.
    line_offset: usize,
    /// The file's lines (1-based) the piece holds; a section header that
    /// is repeated for each entry is not among them.
    lines: Range<usize>,
}

/// Splits a file at its top-level keys and, inside the known sections, at
/// each list entry (`- ` at the section's item indentation).
fn chunks(text: &str) -> Vec<Chunk> {
    let lines: Vec<&str> = text.lines().collect();
    let mut chunks = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        let is_key = !line.starts_with([' ', '\t', '#', '-']) && line.contains(':');
        if !is_key {
            i += 1;
            continue;
        }
        let end = (i + 1..lines.len())
            .find(|&j| !lines[j].starts_with([' ', '\t', '#', '-']) && !lines[j].trim().is_empty())
            .unwrap_or(lines.len());
        let key = line.split(':').next().unwrap_or("").trim();
        let header_has_value = !line[line.find(':').map_or(line.len(), |c| c + 1)..]
            .trim()
            .is_empty();
        if !SECTIONS.contains(&key) || header_has_value {
            // An unknown key, or a section written inline: parse it whole.
            chunks.push(Chunk {
                text: lines[i..end].join("\n"),
                line_offset: i,
                lines: i + 1..end + 1,
            });
        } else {
            let starts: Vec<usize> = (i + 1..end)
                .filter(|&j| {
                    let trimmed = lines[j].trim_start();
                    trimmed.starts_with("- ") || trimmed == "-"
                })
                .collect();
            let indent = starts
                .first()
                .map_or(0, |&j| lines[j].len() - lines[j].trim_start().len());
            let starts: Vec<usize> = starts
                .into_iter()
                .filter(|&j| lines[j].len() - lines[j].trim_start().len() == indent)
                .collect();
            for (n, &start) in starts.iter().enumerate() {
                let stop = starts.get(n + 1).copied().unwrap_or(end);
                // The header line, then the entry lines: a line L of the
                // chunk (1-based) is line `start + L - 1` of the file.
                let mut text = format!("{key}:\n");
                text.push_str(&lines[start..stop].join("\n"));
                chunks.push(Chunk {
                    text,
                    line_offset: start - 1,
                    lines: start + 1..stop + 1,
                });
            }
        }
        i = end;
    }
    chunks
}

/// A run of entries of one section of a file, to be parsed on its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Piece<'t> {
    /// The section's header line, `chips:`.
    pub header: &'t str,
    /// The entries' lines, as written in the file.
    pub entries: &'t str,
}

/// Splits a large file into pieces (a section header and a run of its
/// entries, about `target` bytes each) that can be parsed on separate
/// cores, without copying the text. `None` when the file is small or its
/// layout is not the plain `section:` / `  - entry` shape (an unknown or
/// repeated section, a section written inline); then it is parsed whole.
///
/// A piece ends only where an entry starts at its section's entry
/// indentation, so a piece parses to the entries the whole file has there;
/// a piece that fails to parse sends its file back to [`parse_file`].
pub fn split(text: &str, target: usize) -> Option<Vec<Piece<'_>>> {
    if text.len() < 2 * target {
        return None;
    }
    /// The section being read: its header, the indentation of its entries
    /// once seen, and where the current piece's entries start.
    struct Open<'t> {
        header: &'t str,
        indent: Option<usize>,
        start: usize,
    }
    let mut pieces = Vec::new();
    let mut seen: Vec<&str> = Vec::new();
    let mut open: Option<Open<'_>> = None;
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        let content = line.strip_suffix('\n').unwrap_or(line);
        let trimmed = content.trim_start_matches(' ');
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let indent = content.len() - trimmed.len();
        let is_entry = trimmed == "-" || trimmed.starts_with("- ");
        if indent == 0 && !is_entry {
            let section = content.strip_suffix(':')?;
            if !SECTIONS.contains(&section) || seen.contains(&section) {
                return None;
            }
            seen.push(section);
            if let Some(done) = open.take() {
                pieces.push(Piece {
                    header: done.header,
                    entries: &text[done.start..start],
                });
            }
            open = Some(Open {
                header: content,
                indent: None,
                start: offset,
            });
            continue;
        }
        let section = open.as_mut()?;
        match section.indent {
            None if is_entry => section.indent = Some(indent),
            None => return None,
            Some(at) if at == indent && is_entry && start - section.start >= target => {
                pieces.push(Piece {
                    header: section.header,
                    entries: &text[section.start..start],
                });
                section.start = start;
            }
            Some(_) => {}
        }
    }
    if let Some(done) = open {
        pieces.push(Piece {
            header: done.header,
            entries: &text[done.start..],
        });
    }
    Some(pieces)
}

/// Parses one piece made by [`split`]: no places are needed, since a piece
/// that fails sends its file back to [`parse_file`] for exact errors.
pub fn parse_piece(piece: Piece<'_>) -> Option<DatasetFile> {
    quick::parse_piece(piece.header, piece.entries)
        .or_else(|| serde_yaml::from_str(&format!("{}\n{}", piece.header, piece.entries)).ok())
}

/// Merges the entries of `from` into `into`, keeping their order.
pub fn merge(into: &mut DatasetFile, from: DatasetFile) {
    into.entities.extend(from.entities);
    into.lists.extend(from.lists);
    into.chips.extend(from.chips);
    into.events.extend(from.events);
    into.actions.extend(from.actions);
    into.offices.extend(from.offices);
    into.terms.extend(from.terms);
}

/// A problem for a serde error, placed in the file and with a hint for an
/// unknown field or section.
fn problem(file: &str, error: &serde_yaml::Error, line_offset: usize) -> DatasetProblem {
    let place = error
        .location()
        .map(|l| (l.line() + line_offset, l.column()));
    let message = error.to_string();
    // serde_yaml appends " at line L column C" for the place, which is
    // shown already; an earlier "at line" in the text (where a quoted
    // scalar began, say) is kept, with its line made file-relative.
    let at = error.location().map(|l| (l.line(), l.column()));
    let mut message = strip_place(&message, at, line_offset);
    // "chips[0].date: …": the place is shown already, and entry numbers
    // mean nothing once a file is split; keep the field path only.
    if let Some(colon) = message.find(": ") {
        let path = &message[..colon];
        if !path.contains(' ') && path.contains('[') {
            let field = path
                .rsplit(']')
                .next()
                .unwrap_or("")
                .trim_start_matches('.');
            message = if field.is_empty() {
                message[colon + 2..].to_string()
            } else {
                format!("{field}: {}", &message[colon + 2..])
            };
        }
    }
    let hint = did_you_mean(&message).or_else(|| {
        let field = message.split("missing field `").nth(1)?.split('`').next()?;
        Some(format!("add `{field}:` to this entry"))
    });
    let problem = DatasetProblem::error(file, place, message);
    match hint {
        Some(hint) => problem.with_hint(hint),
        None => problem,
    }
}

/// The message without serde_yaml's trailing place, and with any other
/// "at line N" moved by `line_offset` to count from the top of the file.
fn strip_place(message: &str, place: Option<(usize, usize)>, line_offset: usize) -> String {
    let mut text = message.to_string();
    if let Some((line, column)) = place {
        let suffix = format!(" at line {line} column {column}");
        if text.ends_with(&suffix) {
            text.truncate(text.len() - suffix.len());
        }
    }
    let mut out = String::new();
    let mut rest = text.as_str();
    while let Some(at) = rest.find("at line ") {
        let digits: String = rest[at + 8..]
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();
        out.push_str(&rest[..at + 8]);
        match digits.parse::<usize>() {
            Ok(line) => out.push_str(&(line + line_offset).to_string()),
            Err(_) => out.push_str(&digits),
        }
        rest = &rest[at + 8 + digits.len()..];
    }
    out.push_str(rest);
    out
}

/// "did you mean `node_nm`?" for `unknown field `nodes_nm`, expected one of …`.
fn did_you_mean(message: &str) -> Option<String> {
    let rest = message.split("unknown field `").nth(1)?;
    let unknown = rest.split('`').next()?;
    let expected: Vec<&str> = rest
        .split("expected ")
        .nth(1)?
        .split('`')
        .skip(1)
        .step_by(2)
        .collect();
    // A field written short ("node" for `node_nm`) is the likeliest
    // meaning; otherwise the nearest spelling.
    if unknown.len() >= 3
        && let Some(longer) = expected.iter().find(|c| c.starts_with(unknown))
    {
        return Some(format!("did you mean `{longer}`?"));
    }
    let best = expected
        .iter()
        .map(|candidate| (edit_distance(unknown, candidate), *candidate))
        .min()?;
    let limit = (unknown.len() / 3).max(2);
    (best.0 <= limit).then(|| format!("did you mean `{}`?", best.1))
}

/// Levenshtein distance, for suggesting a field name.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut previous = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let substitution = previous + usize::from(ca != cb);
            previous = row[j + 1];
            row[j + 1] = substitution.min(row[j] + 1).min(previous + 1);
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(text: &str) -> SourceFile {
        SourceFile {
            name: "t.yaml".into(),
            text: text.into(),
        }
    }

    #[test]
    fn every_broken_entry_is_reported_at_its_line() {
        let text = "chips:\n  - id: a\n    name: A\n    nodes_nm: 7\n  - id: b\n    name: B\n    node_nm: 5\n    sources: []\n  - id: c\n    name: C\n    node_nm: seven\n";
        let (parsed, problems) = parse_file(&file(text));
        assert_eq!(parsed.chips.len(), 1, "the good entry is kept");
        let got: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert_eq!(got.len(), 2, "{got:#?}");
        assert!(
            got[0].starts_with("t.yaml:4:5: error: unknown field `nodes_nm`"),
            "{got:#?}"
        );
        assert!(
            got[0].ends_with("hint: did you mean `node_nm`?"),
            "{got:#?}"
        );
        assert!(
            got[1].starts_with("t.yaml:11:14: error: node_nm: invalid type: string \"seven\""),
            "{got:#?}"
        );
    }

    #[test]
    fn unknown_sections_and_syntax_errors_are_reported() {
        let (_, problems) = parse_file(&file("chip:\n  - id: a\n"));
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].hint.as_deref(), Some("did you mean `chips`?"));
        let (_, problems) = parse_file(&file("chips:\n  - id: [a\n"));
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].line, Some(2), "{problems:?}");
    }

    #[test]
    fn split_pieces_parse_to_the_same_entries_in_order() {
        let mut text = String::from("# a comment\nchips:\n");
        for i in 0..300 {
            text.push_str(&format!("  - id: c{i}\n    name: Chip {i}\n    node_nm: 7\n    sources:\n      - publisher: P\n        title: T\n"));
        }
        text.push_str("lists:\n  - id: l\n    name: L\n    authority: a\n");
        let pieces = split(&text, 2048).expect("a large plain file splits");
        assert!(pieces.len() > 5);
        let mut merged = DatasetFile::default();
        for piece in &pieces {
            merge(&mut merged, parse_piece(*piece).expect("pieces parse"));
            let text = format!("{}\n{}", piece.header, piece.entries);
            let slow: DatasetFile = serde_yaml::from_str(&text).unwrap();
            assert_eq!(
                format!("{slow:?}"),
                format!("{:?}", parse_piece(*piece).unwrap())
            );
        }
        let whole: DatasetFile = serde_yaml::from_str(&text).unwrap();
        let ids = |d: &DatasetFile| d.chips.iter().map(|c| c.id.0.clone()).collect::<Vec<_>>();
        assert_eq!(ids(&merged), ids(&whole));
        assert_eq!(merged.lists.len(), 1);
        assert_eq!(
            split("chips: []\n", 1),
            None,
            "inline sections are parsed whole"
        );
        let twice = "chips:\n  - id: a\nlists: []\nchips:\n  - id: b\n";
        assert_eq!(
            split(twice, 1),
            None,
            "a repeated section is an error to report"
        );
    }

    /// Every problem of `text` as `lint` prints it.
    fn messages(text: &str) -> Vec<String> {
        parse_file(&file(text))
            .1
            .iter()
            .map(ToString::to_string)
            .collect()
    }

    const ACME: &str = "entities:\n  - id: acme\n    name: Acme\n    kind: company\n";
    const SECOND: &str = "t.yaml:5:1: error: a second YAML document starts here, but a dataset file holds one document\n  hint: remove this `---`, or move what follows it into a file of its own";

    #[test]
    fn every_document_of_a_file_is_read_and_each_extra_one_is_an_error() {
        let text =
            format!("{ACME}--- # pasted\nentities:\n  - id: b\n    name: B\n    kind: compny\n");
        let (parsed, _) = parse_file(&file(&text));
        let ids: Vec<&str> = parsed.entities.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids, ["acme"], "the first document is kept");
        assert_eq!(
            messages(&text),
            [
                SECOND,
                "t.yaml:9:11: error: kind: unknown variant `compny`, expected one of `company`, `government`, `agency`, `organization`, `person`, `product`, `place`",
            ]
        );
        // An error in the first document no longer hides the second one.
        let text = "entities:\n  - id: a\n    name: A\n    kind: compny\n---\nchips: []\n";
        assert_eq!(
            messages(text),
            [
                "t.yaml:4:11: error: kind: unknown variant `compny`, expected one of `company`, `government`, `agency`, `organization`, `person`, `product`, `place`",
                SECOND,
            ]
        );
    }

    #[test]
    fn empty_and_ended_documents_are_placed_at_their_markers() {
        let another = "t.yaml:6:1: error: another YAML document starts here, but a dataset file holds one document\n  hint: remove this `---`, or move what follows it into a file of its own";
        assert_eq!(messages(&format!("{ACME}---\n")), [SECOND]);
        assert_eq!(
            messages(&format!("{ACME}---\n---\nlists: []\n")),
            [SECOND, another]
        );
        assert_eq!(
            messages("---\n---\nlists: []\n"),
            [
                "t.yaml:2:1: error: a second YAML document starts here, but a dataset file holds one document\n  hint: remove this `---`, or move what follows it into a file of its own"
            ]
        );
        let (parsed, problems) = parse_file(&file(&format!("{ACME}...\nlists: []\n")));
        assert_eq!(parsed.entities.len(), 1);
        let got: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert_eq!(
            got,
            [
                "t.yaml:5:1: error: `...` ends the YAML document here, but the file goes on\n  hint: remove this `...`: a dataset file holds one document"
            ]
        );
        // One document, however it is marked, is no error.
        assert!(messages(&format!("---\n{ACME}...\n")).is_empty());
        assert!(messages("---\n").is_empty());
    }

    #[test]
    fn a_value_serde_yaml_cannot_hold_hides_no_other_error() {
        let text = "chips:\n  - id: a\n    name: A\n    node_nm: 99999999999999999999999\n    sources: []\n  - id: b\n    name: B\n    nodes_nm: 7\n    sources: []\n  - id: c\n    name: C\n    node_nm: 7\n    sources: []\n";
        let (parsed, problems) = parse_file(&file(text));
        assert_eq!(parsed.chips.len(), 1, "the good entry is kept");
        let got: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert_eq!(
            got,
            [
                "t.yaml:4:14: error: node_nm: invalid type: integer `99999999999999999999999` as u128, expected u32",
                "t.yaml:8:5: error: unknown field `nodes_nm`, expected one of `id`, `name`, `aliases`, `designer`, `foundry`, `node_nm`, `process`, `note`, `sources`\n  hint: did you mean `node_nm`?",
            ]
        );
    }

    #[test]
    fn a_key_written_twice_hides_no_other_error() {
        let text = "entities:\n  - id: a\n    name: A\n    name: B\n    kind: company\n  - id: b\n    name: B\n    kind: compny\n";
        assert_eq!(
            messages(text),
            [
                "t.yaml:2:5: error: duplicate field `name`",
                "t.yaml:8:11: error: kind: unknown variant `compny`, expected one of `company`, `government`, `agency`, `organization`, `person`, `product`, `place`",
            ]
        );
        // A section written twice is an error outside the entries, and is
        // reported alongside theirs.
        let text = format!("{ACME}entities:\n  - id: b\n    name: B\n    kind: compny\n");
        assert_eq!(
            messages(&text),
            [
                "t.yaml:1:1: error: duplicate field `entities`",
                "t.yaml:8:11: error: kind: unknown variant `compny`, expected one of `company`, `government`, `agency`, `organization`, `person`, `product`, `place`",
            ]
        );
    }

    #[test]
    fn edit_distance_counts_edits() {
        assert_eq!(edit_distance("nodes_nm", "node_nm"), 1);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
    }
}
