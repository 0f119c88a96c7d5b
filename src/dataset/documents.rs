//! The YAML documents of a dataset file.
//!
//! A dataset file holds one YAML document. A second one is a slip (a
//! block pasted with the `---` it started with, a `...` and then more),
//! but what follows the slip is still the person's entries: dropping it
//! would lose them and turn every reference to them into an error of its
//! own. So each document is read on its own, and the marker that started
//! the extra one is the one error reported.
//!
//! serde_yaml says only that a text has more than one document, not
//! where; the markers are found here as libyaml finds them: `---` or
//! `...` at the very start of a line, then a blank or the line's end.
//! libyaml ends any scalar or collection at such a line (or fails on it),
//! so no marker it sees is missed and none it does not see is found.

/// The marker that made a document a second one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Marker {
    /// `---` starting another document, on this 1-based line.
    Start(usize),
    /// `...` ending the document on this 1-based line, with more after it.
    End(usize),
}

/// One document of a file.
#[derive(Debug)]
pub struct Document {
    /// The document's text, with the lines of the documents before it left
    /// empty (and its own `---` blanked), so that a place in it is the
    /// same place in the file.
    pub text: String,
    /// The marker that started it.
    pub marker: Marker,
}

/// The documents of `text` after the first, each with the marker that
/// started it, and where the first one ends (a byte offset); `None` when
/// the text is a single document, which is the usual case and costs no
/// copy.
pub fn split(text: &str) -> Option<(usize, Vec<Document>)> {
    // Where each extra document starts: the marker, and the byte offset
    // of the line it is read from.
    let mut starts: Vec<(Marker, usize)> = Vec::new();
    // Whether a document has begun (a `---` or content was seen), and
    // the line of a `...` that ended it.
    let mut begun = false;
    let mut ended: Option<usize> = None;
    let mut offset = 0;
    for (number, line) in text.split_inclusive('\n').enumerate() {
        let start = offset;
        offset += line.len();
        // A byte order mark at the very start is not part of the line.
        let line = if number == 0 {
            line.trim_start_matches('\u{feff}')
        } else {
            line
        };
        if is_marker(line, "---") {
            if begun {
                starts.push((Marker::Start(number + 1), start));
            }
            begun = true;
            ended = None;
        } else if is_marker(line, "...") {
            // Extra `...` before any document are skipped, as libyaml does.
            if begun {
                ended = ended.or(Some(number + 1));
            }
        } else if is_content(line, begun) {
            if let Some(end) = ended.take() {
                starts.push((Marker::End(end), start));
            }
            begun = true;
        }
    }
    let first_end = starts.first()?.1;
    let mut documents = Vec::with_capacity(starts.len());
    for (n, &(marker, start)) in starts.iter().enumerate() {
        let end = starts.get(n + 1).map_or(text.len(), |next| next.1);
        let mut own = String::with_capacity(end);
        own.extend(text[..start].matches('\n').map(|_| '\n'));
        let body = &text[start..end];
        match marker {
            // Spaces for the dashes keep the columns of anything after them.
            Marker::Start(_) => {
                own.push_str("   ");
                own.push_str(&body[3..]);
            }
            Marker::End(_) => own.push_str(body),
        }
        documents.push(Document { text: own, marker });
    }
    Some((first_end, documents))
}

/// Whether `line` is the document marker `marker` (`---` or `...`).
fn is_marker(line: &str, marker: &str) -> bool {
    line.strip_prefix(marker)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', '\t', '\r', '\n']))
}

/// Whether `line` holds part of a document: not blank, not a comment,
/// and not a directive (`%YAML 1.1`) before the document begins.
fn is_content(line: &str, begun: bool) -> bool {
    let trimmed = line.trim_start_matches([' ', '\t', '\r', '\n']);
    !trimmed.is_empty() && !trimmed.starts_with('#') && (begun || !line.starts_with('%'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn markers(text: &str) -> Vec<Marker> {
        split(text)
            .map(|(_, documents)| documents.iter().map(|d| d.marker).collect())
            .unwrap_or_default()
    }

    #[test]
    fn one_document_is_not_split() {
        assert!(split("a: 1\n").is_none());
        assert!(split("---\na: 1\n").is_none());
        assert!(split("# head\n%YAML 1.1\n---\na: 1\n...\n# end\n").is_none());
        assert!(split("\u{feff}---\na: 1\n").is_none());
        assert!(split("a: |\n  ---\n  ...\nb: --- x\n").is_none());
        assert!(split("...\n...\na: 1\n...\n").is_none());
        assert!(split("---\n").is_none());
        assert!(split("").is_none());
    }

    #[test]
    fn every_extra_document_is_found_at_its_marker() {
        assert_eq!(markers("a: 1\n---\nb: 2\n"), [Marker::Start(2)]);
        assert_eq!(markers("---\n---\n"), [Marker::Start(2)]);
        assert_eq!(markers("a: 1\n---\n"), [Marker::Start(2)]);
        assert_eq!(
            markers("a: 1\n---\n--- # c\nb: 2\n"),
            [Marker::Start(2), Marker::Start(3)]
        );
        assert_eq!(markers("a: 1\n...\n\nb: 2\n"), [Marker::End(2)]);
        assert_eq!(markers("a: 1\n...\n---\nb: 2\n"), [Marker::Start(3)]);
        assert_eq!(markers("a: 1\r\n---\r\nb: 2\r\n"), [Marker::Start(2)]);
        assert_eq!(markers("a: 1\n---\tb\n"), [Marker::Start(2)]);
    }

    #[test]
    fn each_document_keeps_the_places_of_the_file() {
        let text = "a: 1\n---\nb: 2\n--- c: 3\n";
        let (first_end, documents) = split(text).expect("three documents");
        assert_eq!(&text[..first_end], "a: 1\n");
        let texts: Vec<&str> = documents.iter().map(|d| d.text.as_str()).collect();
        assert_eq!(texts, ["\n   \nb: 2\n", "\n\n\n    c: 3\n"]);
        let (_, documents) = split("a: 1\n...\nb: 2\n").expect("two documents");
        assert_eq!(documents[0].text, "\n\nb: 2\n");
    }
}
