//! The evaluation interface: TempEval-style documents in, timexes out,
//! one JSON object per line, with character (not byte) offsets.

use super::tagger::tag;
use crate::span::CharOffsets;
use jiff::civil::Date;
use serde_json::{Value, json};
use std::io::{BufRead, Write};

/// Why one input line could not be tagged. The run goes on: the line's
/// output is `{"doc", "error"}` so output lines still match input lines.
#[derive(Debug, thiserror::Error)]
pub enum LineError {
    /// The line is not UTF-8.
    #[error("line {line}: not valid UTF-8")]
    Utf8 { line: usize },
    /// The line is not JSON.
    #[error("line {line}: not valid JSON: {message}")]
    Json { line: usize, message: String },
    /// The line is JSON but not an object.
    #[error("line {line}: not a JSON object")]
    NotObject { line: usize },
    /// A required field is missing or has the wrong type.
    #[error("line {line}: field `{field}` is missing{}", if *.field == "text" { " or not a string" } else { "" })]
    Field { line: usize, field: &'static str },
    /// The document date is not a calendar date.
    #[error("line {line}: `dct` is not a date (YYYY-MM-DD): {value:?}")]
    Dct { line: usize, value: String },
}

/// Why a JSONL run stopped before the end of its input.
#[derive(Debug, thiserror::Error)]
pub enum JsonlError {
    /// The input could not be read.
    #[error("line {line}: cannot read input")]
    Read { line: usize, source: std::io::Error },
    /// The output could not be written.
    #[error("cannot write output")]
    Write(#[from] std::io::Error),
}

/// Reads `{"doc", "dct", "text", ...}` lines and writes one
/// `{"doc", "timexes": [{"start", "end", "type", "value"}]}` line for each,
/// in order, with offsets in Unicode scalar values; an expression with a
/// TimeML `mod`, `quant` or `freq` carries it too. Blank lines are
/// skipped; a byte-order mark before the first line is ignored. A line that
/// cannot be tagged gets `{"doc", "error"}` (`doc` null when unknown) and
/// is returned among the line errors, and the rest are still tagged.
pub fn run_jsonl(
    mut input: impl BufRead,
    mut output: impl Write,
) -> Result<Vec<LineError>, JsonlError> {
    let mut errors = Vec::new();
    let mut buf = Vec::new();
    let mut line_no = 0;
    loop {
        buf.clear();
        line_no += 1;
        let n = input
            .read_until(b'\n', &mut buf)
            .map_err(|source| JsonlError::Read {
                line: line_no,
                source,
            })?;
        if n == 0 {
            break;
        }
        let bytes = match (line_no, buf.strip_prefix("\u{feff}".as_bytes())) {
            (1, Some(rest)) => rest,
            _ => &buf[..],
        };
        let out = match std::str::from_utf8(bytes) {
            Err(_) => Err((Value::Null, LineError::Utf8 { line: line_no })),
            Ok(line) if line.trim().is_empty() => continue,
            Ok(line) => process_line(line, line_no),
        };
        let out = match out {
            Ok(v) => v,
            Err((doc, e)) => {
                let v = json!({"doc": doc, "error": e.to_string()});
                errors.push(e);
                v
            }
        };
        serde_json::to_writer(&mut output, &out).map_err(|e| JsonlError::Write(e.into()))?;
        output.write_all(b"\n")?;
    }
    output.flush()?;
    Ok(errors)
}

/// The fields of an input line that are read. Deserializing only these,
/// rather than the whole line as a `Value`, skips whatever else a line
/// carries (an evaluation file's gold annotations) without building it.
#[derive(serde::Deserialize)]
struct InputLine {
    /// `Some(Value::Null)` for `"doc": null`, `None` when absent.
    #[serde(default, deserialize_with = "present")]
    doc: Option<Value>,
    text: Option<Value>,
    dct: Option<Value>,
}

/// Marks a field as present, even when its value is `null`.
fn present<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Value>, D::Error> {
    serde::Deserialize::deserialize(d).map(Some)
}

/// Tags one document line; on failure, the error with the line's `doc`
/// (null when it could not be read).
fn process_line(line: &str, line_no: usize) -> Result<Value, (Value, LineError)> {
    let json_error = |e: serde_json::Error| {
        (
            Value::Null,
            LineError::Json {
                line: line_no,
                message: e.to_string(),
            },
        )
    };
    if !line.trim_start().starts_with('{') {
        // Well-formed JSON of another kind, or not JSON at all.
        serde_json::from_str::<serde::de::IgnoredAny>(line).map_err(json_error)?;
        return Err((Value::Null, LineError::NotObject { line: line_no }));
    }
    let input: InputLine = serde_json::from_str(line).map_err(json_error)?;
    let doc = input.doc.ok_or((
        Value::Null,
        LineError::Field {
            line: line_no,
            field: "doc",
        },
    ))?;
    let fail = |e: LineError| (doc.clone(), e);
    let text = input.text.as_ref().and_then(Value::as_str).ok_or_else(|| {
        fail(LineError::Field {
            line: line_no,
            field: "text",
        })
    })?;
    let dct = match input.dct {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => Some(parse_dct(&s).ok_or_else(|| {
            fail(LineError::Dct {
                line: line_no,
                value: s.clone(),
            })
        })?),
        Some(other) => {
            return Err(fail(LineError::Dct {
                line: line_no,
                value: other.to_string(),
            }));
        }
    };
    let timexes = tag(text, dct);
    let mut conv = CharOffsets::new(text);
    let items: Vec<Value> = timexes
        .iter()
        .map(|t| {
            let start = conv.at(t.span.start);
            let end = conv.at(t.span.end);
            let mut item =
                json!({"start": start, "end": end, "type": t.kind.as_str(), "value": t.value});
            // TimeML's other attributes, where the expression has them.
            for (key, attr) in [
                ("mod", t.modifier.clone()),
                ("quant", t.recurrence.quant.map(str::to_string)),
                ("freq", t.recurrence.freq.map(|f| f.to_string())),
            ] {
                if let (Some(attr), Some(map)) = (attr, item.as_object_mut()) {
                    map.insert(key.to_string(), Value::String(attr));
                }
            }
            item
        })
        .collect();
    Ok(json!({"doc": doc, "timexes": items}))
}

/// Reads `YYYY-MM-DD` (ignoring any time part after it).
fn parse_dct(s: &str) -> Option<Date> {
    let head = s.get(..10).unwrap_or(s);
    head.parse::<Date>().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(input: &str) -> Result<(String, Vec<LineError>), JsonlError> {
        let mut out = Vec::new();
        let errors = run_jsonl(input.as_bytes(), &mut out)?;
        Ok((String::from_utf8_lossy(&out).into_owned(), errors))
    }

    #[test]
    fn converts_offsets_to_chars() -> Result<(), Box<dyn std::error::Error>> {
        let (out, _) = run(
            "{\"doc\": \"d1\", \"dct\": \"2023-12-25\", \"text\": \"Café opened on Nov. 16, 2023.\", \"x\": 1}\n\n",
        )?;
        let v: Value = serde_json::from_str(out.trim())?;
        assert_eq!(v["doc"], "d1");
        assert_eq!(v["timexes"][0]["start"], 15);
        assert_eq!(v["timexes"][0]["end"], 28);
        assert_eq!(v["timexes"][0]["value"], "2023-11-16");
        assert_eq!(v["timexes"][0]["type"], "DATE");
        Ok(())
    }

    #[test]
    fn carries_mod_quant_and_freq_only_where_present() -> Result<(), Box<dyn std::error::Error>> {
        let (out, _) = run(
            "{\"doc\": \"d\", \"dct\": \"2023-12-25\", \"text\": \"It meets every Tuesday and twice a year, as it did in mid-2020.\"}\n",
        )?;
        let v: Value = serde_json::from_str(out.trim())?;
        let t = &v["timexes"];
        assert_eq!(t[0]["value"], "XXXX-WXX-2");
        assert_eq!(t[0]["quant"], "EVERY");
        assert!(t[0].get("freq").is_none());
        assert_eq!(t[1]["value"], "P1Y");
        assert_eq!(t[1]["freq"], "2X");
        assert!(t[1].get("quant").is_none());
        assert_eq!(t[2]["value"], "2020");
        assert_eq!(t[2]["mod"], "MID");
        assert!(t[2].get("quant").is_none() && t[2].get("freq").is_none());
        Ok(())
    }

    #[test]
    fn bad_lines_are_reported_and_the_rest_still_tagged() -> Result<(), Box<dyn std::error::Error>>
    {
        let input = "\u{feff}{\"doc\": \"a\", \"dct\": \"2023-12-25\", \"text\": \"last week\"}\n\
                     not json\n\
                     [1, 2]\n\
                     {\"doc\": \"d\", \"dct\": \"yesterday\", \"text\": \"x\"}\n\
                     {\"doc\": \"e\"}\n\
                     {\"doc\": \"f\", \"dct\": \"2023-12-25\", \"text\": \"yesterday\"}\n";
        let (out, errors) = run(input)?;
        let lines: Vec<Value> = out
            .lines()
            .map(serde_json::from_str)
            .collect::<Result<_, _>>()?;
        assert_eq!(lines.len(), 6);
        assert_eq!(lines[0]["timexes"][0]["value"], "2023-W51");
        assert_eq!(lines[5]["timexes"][0]["value"], "2023-12-24");
        assert_eq!(lines[3]["doc"], "d");
        assert!(lines[1]["error"].is_string() && lines[1]["doc"].is_null());
        let places: Vec<String> = errors.iter().map(ToString::to_string).collect();
        assert_eq!(places.len(), 4, "{places:?}");
        assert!(matches!(errors[0], LineError::Json { line: 2, .. }));
        assert!(matches!(errors[1], LineError::NotObject { line: 3 }));
        assert!(matches!(errors[2], LineError::Dct { line: 4, .. }));
        assert!(matches!(
            errors[3],
            LineError::Field {
                line: 5,
                field: "text"
            }
        ));
        Ok(())
    }

    #[test]
    fn null_doc_is_kept_and_missing_or_doubled_fields_are_errors()
    -> Result<(), Box<dyn std::error::Error>> {
        let input = "{\"doc\": null, \"dct\": \"2023-12-25\", \"text\": \"today\", \"timexes\": [{\"start\": 0}]}\n\
                     {\"dct\": \"2023-12-25\", \"text\": \"today\"}\n\
                     {\"doc\": \"c\", \"doc\": \"d\", \"text\": \"today\"}\n\
                     {\"doc\": \"e\", \"dct\": \"2023-12-25\", \"text\": \"yesterday\"}\n";
        let (out, errors) = run(input)?;
        let lines: Vec<Value> = out
            .lines()
            .map(serde_json::from_str)
            .collect::<Result<_, _>>()?;
        assert_eq!(lines.len(), 4);
        // A null doc is a doc: the line is tagged, and the gold
        // annotations it carries are not echoed.
        assert!(lines[0]["doc"].is_null());
        assert_eq!(lines[0]["timexes"][0]["value"], "2023-12-25");
        assert_eq!(lines[0]["timexes"].as_array().map(Vec::len), Some(1));
        assert_eq!(lines[3]["timexes"][0]["value"], "2023-12-24");
        assert_eq!(errors.len(), 2, "{errors:?}");
        assert!(matches!(
            errors[0],
            LineError::Field {
                line: 2,
                field: "doc"
            }
        ));
        assert!(
            matches!(&errors[1], LineError::Json { line: 3, message } if message.contains("duplicate field"))
        );
        Ok(())
    }
}
