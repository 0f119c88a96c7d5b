//! Batch tagging in the TempEval evaluation format: one JSON document per
//! line in, one per line out, with character (not byte) offsets.

use std::io::{BufRead, Write};

use serde::{Deserialize, Serialize};

/// Why a batch could not be tagged.
#[derive(Debug, thiserror::Error)]
pub enum JsonlError {
    #[error("line {line}: {source}")]
    Parse {
        line: usize,
        source: serde_json::Error,
    },
    #[error("line {line}: `dct` `{dct}` is not a YYYY-MM-DD date")]
    Dct { line: usize, dct: String },
    #[error(transparent)]
    Io(#[from] std::io::Error),
}

#[derive(Deserialize)]
struct InDoc {
    doc: serde_json::Value,
    #[serde(default)]
    dct: Option<String>,
    text: String,
}

#[derive(Serialize)]
struct OutTimex {
    start: usize,
    end: usize,
    #[serde(rename = "type")]
    kind: &'static str,
    value: String,
}

#[derive(Serialize)]
struct OutDoc {
    doc: serde_json::Value,
    timexes: Vec<OutTimex>,
}

/// Tags every document of `input` and writes one line per document.
pub fn run_jsonl(input: impl BufRead, mut output: impl Write) -> Result<(), JsonlError> {
    for (i, line) in input.lines().enumerate() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let n = i + 1;
        let doc: InDoc =
            serde_json::from_str(&line).map_err(|source| JsonlError::Parse { line: n, source })?;
        let dct = match doc.dct.as_deref().map(str::trim).filter(|d| !d.is_empty()) {
            Some(d) => Some(
                d.get(..10)
                    .unwrap_or(d)
                    .parse::<jiff::civil::Date>()
                    .map_err(|_| JsonlError::Dct {
                        line: n,
                        dct: d.to_string(),
                    })?,
            ),
            None => None,
        };
        let timexes = super::tag(&doc.text, dct);
        let mut chars = CharOffsets::new(&doc.text);
        let out = OutDoc {
            doc: doc.doc,
            timexes: timexes
                .into_iter()
                .map(|t| OutTimex {
                    start: chars.at(t.span.start),
                    end: chars.at(t.span.end),
                    kind: t.kind.as_str(),
                    value: t.value,
                })
                .collect(),
        };
        serde_json::to_writer(&mut output, &out)
            .map_err(|source| JsonlError::Parse { line: n, source })?;
        writeln!(output)?;
    }
    Ok(())
}

/// Turns increasing byte offsets into character offsets in one pass.
struct CharOffsets<'t> {
    text: &'t str,
    byte: usize,
    chars: usize,
}

impl<'t> CharOffsets<'t> {
    fn new(text: &'t str) -> Self {
        Self {
            text,
            byte: 0,
            chars: 0,
        }
    }

    fn at(&mut self, byte: usize) -> usize {
        if byte < self.byte {
            self.byte = 0;
            self.chars = 0;
        }
        let byte = byte.min(self.text.len());
        self.chars += self
            .text
            .get(self.byte..byte)
            .map_or(0, |s| s.chars().count());
        self.byte = byte;
        self.chars
    }
}

#[cfg(test)]
mod tests {
    use super::CharOffsets;

    #[test]
    fn byte_offsets_become_character_offsets() {
        let text = "é né x";
        let mut offsets = CharOffsets::new(text);
        assert_eq!(offsets.at(0), 0);
        assert_eq!(offsets.at(text.find('x').unwrap()), 5);
        assert_eq!(offsets.at(2), 1);
    }
}
