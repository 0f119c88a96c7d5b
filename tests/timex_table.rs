//! Table-driven checks of the temporal tagger: every row of the tables in
//! `tests/fixtures/timex/` is a sentence, a document date and the
//! expression the tagger must find in it (or `none`). All rows run; every
//! failure is listed before the test fails. `cases.tsv` holds the general
//! table; `clock.tsv` the times of day and clock styles; `dates.tsv`
//! numeric, abbreviated and financial calendar formats; `news.tsv` whole
//! news sentences of many styles and decades.

use claimcheck::time::{Timex, tag};
use jiff::civil::Date;

/// Each table with its file name, for messages.
const TABLES: &[(&str, &str)] = &[
    ("cases.tsv", include_str!("fixtures/timex/cases.tsv")),
    ("clock.tsv", include_str!("fixtures/timex/clock.tsv")),
    ("dates.tsv", include_str!("fixtures/timex/dates.tsv")),
    ("news.tsv", include_str!("fixtures/timex/news.tsv")),
];

/// One row of the table.
struct Case<'a> {
    file: &'static str,
    line: usize,
    dct: Option<Date>,
    /// The text to tag; `\n` in the table stands for a line break.
    sentence: String,
    /// The expected expression, `\n` as in `sentence`.
    span: String,
    kind: &'a str,
    value: &'a str,
    extras: Vec<&'a str>,
}

fn parse_cases() -> Result<Vec<Case<'static>>, String> {
    let mut out = Vec::new();
    for &(file, table) in TABLES {
        parse_table(file, table, &mut out)?;
    }
    Ok(out)
}

fn parse_table(
    file: &'static str,
    table: &'static str,
    out: &mut Vec<Case<'static>>,
) -> Result<(), String> {
    for (n, line) in table.lines().enumerate() {
        let line_no = n + 1;
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() < 3 {
            return Err(format!("{file} line {line_no}: too few columns"));
        }
        let dct = match cols[0] {
            "-" => None,
            d => Some(
                d.parse::<Date>()
                    .map_err(|e| format!("{file} line {line_no}: bad dct {d:?}: {e}"))?,
            ),
        };
        let (kind, value) = if cols[2] == "none" {
            ("", "")
        } else if cols.len() >= 5 {
            (cols[3], cols[4])
        } else {
            return Err(format!("{file} line {line_no}: missing type or value"));
        };
        out.push(Case {
            file,
            line: line_no,
            dct,
            sentence: cols[1].replace("\\n", "\n"),
            span: cols[2].replace("\\n", "\n"),
            kind,
            value,
            extras: cols.iter().skip(5).copied().collect(),
        });
    }
    Ok(())
}

fn describe(sentence: &str, found: &[Timex]) -> String {
    let items: Vec<String> = found
        .iter()
        .map(|t| {
            format!(
                "[{}] {} {}{}{}{}{}",
                t.span.slice(sentence),
                t.kind.as_str(),
                t.value,
                t.modifier
                    .as_deref()
                    .map(|m| format!(" mod={m}"))
                    .unwrap_or_default(),
                t.stated_weekday
                    .map(|w| format!(" wd={w:?}"))
                    .unwrap_or_default(),
                t.recurrence
                    .quant
                    .map(|q| format!(" quant={q}"))
                    .unwrap_or_default(),
                t.recurrence
                    .freq
                    .map(|f| format!(" freq={f}"))
                    .unwrap_or_default(),
            )
        })
        .collect();
    if items.is_empty() {
        "nothing".to_string()
    } else {
        items.join("; ")
    }
}

fn check(case: &Case) -> Result<(), String> {
    let found = tag(&case.sentence, case.dct);
    let got = || describe(&case.sentence, &found);
    if case.span == "none" {
        if found.is_empty() {
            return Ok(());
        }
        return Err(format!("expected nothing, got {}", got()));
    }
    // `n=2` picks the second expression with that text.
    let nth = match case.extras.iter().find_map(|e| e.strip_prefix("n=")) {
        Some(n) => n
            .parse::<usize>()
            .ok()
            .and_then(|n| n.checked_sub(1))
            .ok_or(format!("bad extra n={n:?}"))?,
        None => 0,
    };
    let Some(t) = found
        .iter()
        .filter(|t| t.span.slice(&case.sentence) == case.span)
        .nth(nth)
    else {
        return Err(format!("no timex [{}]; got {}", case.span, got()));
    };
    if t.kind.as_str() != case.kind || t.value != case.value {
        return Err(format!(
            "[{}] expected {} {}, got {}",
            case.span,
            case.kind,
            case.value,
            got()
        ));
    }
    // A row without `mod=` expects no modifier.
    let want_mod = case.extras.iter().find_map(|e| e.strip_prefix("mod="));
    if t.modifier.as_deref() != want_mod {
        return Err(format!(
            "[{}] expected mod {:?}, got {}",
            case.span,
            want_mod,
            got()
        ));
    }
    // Nor without `quant=` or `freq=` a quantifier or a frequency.
    let want = |key: &str| {
        case.extras
            .iter()
            .find_map(|e| e.strip_prefix(key)?.strip_prefix('='))
    };
    let quant = t.recurrence.quant;
    let freq = t.recurrence.freq.map(|f| f.to_string());
    if quant != want("quant") || freq.as_deref() != want("freq") {
        return Err(format!(
            "[{}] expected quant {:?} freq {:?}, got {}",
            case.span,
            want("quant"),
            want("freq"),
            got()
        ));
    }
    for extra in &case.extras {
        let ok = match extra.split_once('=') {
            Some(("mod" | "n" | "quant" | "freq", _)) => true,
            Some(("wd", w)) => t.stated_weekday.is_some_and(|d| format!("{d:?}") == w),
            // `count=1`: the sentence holds that many expressions in all
            // ("as recently as May" is one, "May").
            Some(("count", n)) => found.len().to_string() == n,
            _ => return Err(format!("unknown extra {extra:?}")),
        };
        if !ok {
            return Err(format!("[{}] expected {extra}, got {}", case.span, got()));
        }
    }
    Ok(())
}

#[test]
fn timex_table() {
    let cases = match parse_cases() {
        Ok(c) => c,
        Err(e) => panic!("{e}"),
    };
    assert!(cases.len() >= 300, "only {} cases", cases.len());
    let failures: Vec<String> = cases
        .iter()
        .filter_map(|c| {
            check(c)
                .err()
                .map(|e| format!("{} line {}: {:?}: {e}", c.file, c.line, c.sentence))
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}
