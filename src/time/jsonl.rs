//! The evaluation interface: TempEval-style documents in, timexes out,
//! one JSON object per line, with character (not byte) offsets.

use super::tag;
use jiff::civil::Date;
use serde_json::{Value, json};
use std::io::{BufRead, Write};

/// Why a JSONL run stopped.
#[derive(Debug, thiserror::Error)]
pub enum JsonlError {
    /// The input could not be read.
    #[error("line {line}: cannot read input: {source}")]
    Read { line: usize, source: std::io::Error },
    /// A line is not a JSON object.
    #[error("line {line}: not valid JSON: {source}")]
    Json {
        line: usize,
        source: serde_json::Error,
    },
    /// A required field is missing or has the wrong type.
    #[error("line {line}: field `{field}` is missing or not a string")]
    Field { line: usize, field: &'static str },
    /// The document date is not a calendar date.
    #[error("line {line}: `dct` is not a date (YYYY-MM-DD): {value:?}")]
    Dct { line: usize, value: String },
    /// The output could not be written.
    #[error("cannot write output: {0}")]
    Write(#[from] std::io::Error),
}

/// Reads `{"doc", "dct", "text", ...}` lines and writes one
/// `{"doc", "timexes": [{"start", "end", "type", "value"}]}` line for each,
/// in order, with offsets in Unicode scalar values. Blank lines are skipped.
pub fn run_jsonl(input: impl BufRead, mut output: impl Write) -> Result<(), JsonlError> {
    for (n, line) in input.lines().enumerate() {
        let line_no = n + 1;
        let line = line.map_err(|source| JsonlError::Read {
            line: line_no,
            source,
        })?;
        if line.trim().is_empty() {
            continue;
        }
        let out = process_line(&line, line_no)?;
        serde_json::to_writer(&mut output, &out).map_err(|e| JsonlError::Write(e.into()))?;
        output.write_all(b"\n")?;
    }
    output.flush()?;
    Ok(())
}

/// Tags one document line.
fn process_line(line: &str, line_no: usize) -> Result<Value, JsonlError> {
    let v: Value = serde_json::from_str(line).map_err(|source| JsonlError::Json {
        line: line_no,
        source,
    })?;
    let Some(obj) = v.as_object() else {
        return Err(JsonlError::Field {
            line: line_no,
            field: "doc",
        });
    };
    let doc = obj.get("doc").cloned().ok_or(JsonlError::Field {
        line: line_no,
        field: "doc",
    })?;
    let text = obj
        .get("text")
        .and_then(Value::as_str)
        .ok_or(JsonlError::Field {
            line: line_no,
            field: "text",
        })?;
    let dct = match obj.get("dct") {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => Some(parse_dct(s).ok_or_else(|| JsonlError::Dct {
            line: line_no,
            value: s.clone(),
        })?),
        Some(other) => {
            return Err(JsonlError::Dct {
                line: line_no,
                value: other.to_string(),
            });
        }
    };
    let timexes = tag(text, dct);
    let mut conv = CharOffsets::new(text);
    let items: Vec<Value> = timexes
        .iter()
        .map(|t| {
            let start = conv.at(t.span.start);
            let end = conv.at(t.span.end);
            json!({"start": start, "end": end, "type": t.kind.as_str(), "value": t.value})
        })
        .collect();
    Ok(json!({"doc": doc, "timexes": items}))
}

/// Reads `YYYY-MM-DD` (ignoring any time part after it).
fn parse_dct(s: &str) -> Option<Date> {
    let head = s.get(..10).unwrap_or(s);
    head.parse::<Date>().ok()
}

/// Converts increasing byte offsets to character offsets in one pass.
struct CharOffsets<'t> {
    text: &'t str,
    byte: usize,
    chars: usize,
}

impl<'t> CharOffsets<'t> {
    fn new(text: &'t str) -> Self {
        CharOffsets {
            text,
            byte: 0,
            chars: 0,
        }
    }

    /// The character offset of byte offset `b` (a char boundary).
    fn at(&mut self, b: usize) -> usize {
        if b < self.byte {
            self.byte = 0;
            self.chars = 0;
        }
        let seg = self.text.get(self.byte..b).unwrap_or("");
        self.chars += seg.chars().count();
        self.byte = b;
        self.chars
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(input: &str) -> Result<String, JsonlError> {
        let mut out = Vec::new();
        run_jsonl(input.as_bytes(), &mut out)?;
        Ok(String::from_utf8_lossy(&out).into_owned())
    }

    #[test]
    fn converts_offsets_to_chars() -> Result<(), JsonlError> {
        let out = run(
            "{\"doc\": \"d1\", \"dct\": \"2023-12-25\", \"text\": \"Café opened on Nov. 16, 2023.\", \"x\": 1}\n\n",
        )?;
        let v: Value = serde_json::from_str(out.trim())
            .map_err(|source| JsonlError::Json { line: 0, source })?;
        assert_eq!(v["doc"], "d1");
        assert_eq!(v["timexes"][0]["start"], 15);
        assert_eq!(v["timexes"][0]["end"], 28);
        assert_eq!(v["timexes"][0]["value"], "2023-11-16");
        assert_eq!(v["timexes"][0]["type"], "DATE");
        Ok(())
    }

    #[test]
    fn reports_line_numbers() {
        let err = run("{\"doc\": \"a\", \"text\": \"x\"}\nnot json\n");
        assert!(matches!(err, Err(JsonlError::Json { line: 2, .. })));
        let err = run("{\"doc\": \"a\", \"dct\": \"yesterday\", \"text\": \"x\"}\n");
        assert!(matches!(err, Err(JsonlError::Dct { line: 1, .. })));
        let err = run("{\"doc\": \"a\"}\n");
        assert!(matches!(
            err,
            Err(JsonlError::Field {
                line: 1,
                field: "text"
            })
        ));
    }
}
