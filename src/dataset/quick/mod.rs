//! A quick reader for the plain YAML layout dataset files are written in.
//!
//! serde_yaml runs libyaml, keeps every event of a document in memory and
//! then deserializes them: on a large dataset that is most of the load
//! time. Hand-written dataset files use a small part of YAML: block
//! mappings and sequences indented with spaces, one-line plain or quoted
//! scalars, one-line flow sequences, and evenly indented block scalars for
//! notes. This reader handles exactly that part, straight from the text
//! into the schema's types, several times faster.
//!
//! It declines anything else (anchors, tags, tabs, multi-line plain
//! scalars, values whose type YAML might guess differently, any error)
//! and the caller then reads the file with serde_yaml, which also gives
//! the precise error messages. So a file it accepts reads exactly as
//! serde_yaml reads it; the tests check that on the shipped dataset, on
//! the lint fixtures and on many mutations of them.

mod de;
mod lines;
mod scalar;
#[cfg(test)]
mod tests;

use serde::Deserialize;

use super::schema::DatasetFile;
use de::{Node, NodeDe, Reader};
use lines::{Line, Lines};

/// Reads a whole dataset file, or `None` to leave it to serde_yaml.
pub fn parse(text: &str) -> Option<DatasetFile> {
    read(Lines::new(text), text)
}

/// Reads a piece of a file: its section's header line (`chips:`) and a
/// run of that section's entries, or `None` to leave it to serde_yaml.
pub fn parse_piece(header: &str, entries: &str) -> Option<DatasetFile> {
    let first = Line {
        indent: 0,
        text: header,
    };
    read(Lines::with_first(first, entries), entries)
}

fn read<'a>(mut lines: Lines<'a>, text: &'a str) -> Option<DatasetFile> {
    if !plain_characters(text) || lines.peek()?.indent != 0 {
        return None;
    }
    let mut reader = Reader { lines };
    let parsed = DatasetFile::deserialize(NodeDe {
        reader: &mut reader,
        node: Node::Block(0),
    })
    .ok()?;
    // Anything left over (a second document, a stray indented line) is
    // for serde_yaml to judge.
    reader.lines.peek().is_none().then_some(parsed)
}

/// Whether `text` has only characters the reader treats as YAML does
/// without special cases: no tabs, carriage returns, control characters,
/// byte order marks, or Unicode line and paragraph separators (which YAML
/// 1.1 counts as line breaks).
fn plain_characters(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.iter().enumerate().all(|(i, &b)| match b {
        b'\n' | b' '..=b'~' => true,
        0..=0x1f | 0x7f => false,
        // The first byte of a character of two or three bytes whose
        // meaning needs a look at what follows.
        0xc2 => !matches!(bytes.get(i + 1), Some(0x80..=0x9f)),
        0xe2 => !(bytes.get(i + 1) == Some(&0x80) && matches!(bytes.get(i + 2), Some(0xa8 | 0xa9))),
        0xef => !matches!(
            (bytes.get(i + 1), bytes.get(i + 2)),
            (Some(0xbb), Some(0xbf)) | (Some(0xbf), Some(0xbe | 0xbf))
        ),
        _ => true,
    })
}
