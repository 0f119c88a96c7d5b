//! Scalars as the quick reader accepts them: plain text on one line,
//! quoted text on one line, flow sequences of those on one line, and
//! folded or literal block scalars whose lines are all indented alike.
//!
//! Every function returns `None` for anything it is not certain to read
//! exactly as serde_yaml does; the caller then leaves the file to it.

use std::borrow::Cow;

use super::lines::Lines;

/// A scalar value and whether it was written plain, which decides how
/// YAML reads `null`, `~` or an empty value.
#[derive(Debug, Clone)]
pub enum Scalar<'a> {
    Plain(&'a str),
    /// Quoted, or a block scalar: always text.
    Quoted(Cow<'a, str>),
}

/// Characters that give a plain scalar another meaning when they start it.
fn is_indicator(c: u8) -> bool {
    matches!(
        c,
        b'-' | b'?'
            | b':'
            | b','
            | b'['
            | b']'
            | b'{'
            | b'}'
            | b'#'
            | b'&'
            | b'*'
            | b'!'
            | b'|'
            | b'>'
            | b'\''
            | b'"'
            | b'%'
            | b'@'
            | b'`'
    )
}

/// Whether `rest`, what follows a value on its line, is nothing or a comment.
fn is_line_end(rest: &str) -> bool {
    let trimmed = rest.trim_start_matches(' ');
    trimmed.is_empty() || (trimmed.len() < rest.len() && trimmed.starts_with('#'))
}

/// A plain scalar filling the rest of a line in block context (the text
/// after `key: ` or `- `, without its leading spaces).
pub fn plain(text: &str) -> Option<&str> {
    if text.bytes().next().is_none_or(is_indicator) {
        return None;
    }
    // One pass over the bytes: a comment starts at ` #`, and `a: b` inside
    // a value is an error in YAML.
    let bytes = text.as_bytes();
    let mut end = bytes.len();
    for (i, pair) in bytes.windows(2).enumerate() {
        match pair {
            [b' ', b'#'] => {
                end = i;
                break;
            }
            [b':', b' '] => return None,
            _ => {}
        }
    }
    let text = text[..end].trim_end_matches(' ');
    // A trailing colon would make the value a key.
    (!text.ends_with(':')).then_some(text)
}

/// A quoted scalar at the start of `text` that closes on the same line,
/// and what follows it.
pub fn quoted(text: &str) -> Option<(Cow<'_, str>, &str)> {
    let quote = text.chars().next().filter(|c| matches!(c, '"' | '\''))?;
    let body = &text[1..];
    // Borrowed until the first escape.
    let mut owned: Option<String> = None;
    let mut chars = body.char_indices();
    while let Some((at, c)) = chars.next() {
        let unescaped = if c == quote {
            if quote == '\'' && body[at + 1..].starts_with('\'') {
                chars.next();
                '\''
            } else {
                let value = owned.map_or(Cow::Borrowed(&body[..at]), Cow::Owned);
                return Some((value, &body[at + 1..]));
            }
        } else if quote == '"' && c == '\\' {
            match chars.next()?.1 {
                '"' => '"',
                '\\' => '\\',
                '/' => '/',
                'n' => '\n',
                't' => '\t',
                _ => return None,
            }
        } else {
            if let Some(owned) = &mut owned {
                owned.push(c);
            }
            continue;
        };
        owned
            .get_or_insert_with(|| body[..at].to_string())
            .push(unescaped);
    }
    None
}

/// A scalar that fills the rest of a line: quoted or plain.
pub fn inline(text: &str) -> Option<Scalar<'_>> {
    if text.starts_with(['"', '\'']) {
        let (value, rest) = quoted(text)?;
        is_line_end(rest).then_some(Scalar::Quoted(value))
    } else {
        plain(text).map(Scalar::Plain)
    }
}

/// A flow sequence (`[a, "b", c]`) that closes on the line it opens.
pub fn flow(text: &str) -> Option<Vec<Scalar<'_>>> {
    let mut rest = text.strip_prefix('[')?.trim_start_matches(' ');
    let mut items = Vec::new();
    if let Some(after) = rest.strip_prefix(']') {
        return is_line_end(after).then_some(items);
    }
    loop {
        let after_item = if rest.starts_with(['"', '\'']) {
            let (value, after) = quoted(rest)?;
            items.push(Scalar::Quoted(value));
            after
        } else {
            let end = rest.find([',', ']'])?;
            let item = rest[..end].trim_end_matches(' ');
            // Flow indicators, comments and colons inside an item are
            // read differently by YAML versions: leave them to serde_yaml.
            if item.bytes().next().is_none_or(is_indicator)
                || item.contains(['[', ']', '{', '}', '#', ':'])
            {
                return None;
            }
            items.push(Scalar::Plain(item));
            &rest[end..]
        };
        let after_item = after_item.trim_start_matches(' ');
        if let Some(after) = after_item.strip_prefix(']') {
            return is_line_end(after).then_some(items);
        }
        rest = after_item.strip_prefix(',')?.trim_start_matches(' ');
        if rest.starts_with([']', ',']) || rest.is_empty() {
            return None;
        }
    }
}

/// A block scalar (`>`, `>-`, `|`, `|-`) whose header is `header` and
/// whose lines follow in `lines`, indented deeper than `parent`. Every
/// content line must have the same indentation: more-indented lines fold
/// differently, and those are left to serde_yaml.
pub fn block(header: &str, lines: &mut Lines<'_>, parent: usize) -> Option<String> {
    let mut chars = header.chars();
    let folded = match chars.next()? {
        '>' => true,
        '|' => false,
        _ => return None,
    };
    let rest = chars.as_str();
    let (strip, rest) = match rest.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, rest),
    };
    if !is_line_end(rest) {
        return None;
    }
    let mut out = String::new();
    let mut indent = None;
    let mut started = false;
    let mut empty_lines = 0;
    while let Some((raw, has_break)) = lines.peek_raw() {
        let text = raw.trim_start_matches(' ');
        let at = raw.len() - text.len();
        if text.is_empty() {
            // An empty line: kept as a line break between content lines.
            if indent.is_none() || indent.is_some_and(|i| at > i) || !has_break {
                return None;
            }
            empty_lines += 1;
            lines.skip_raw();
            continue;
        }
        match indent {
            None if at <= parent => return None,
            None => indent = Some(at),
            Some(i) if at < i => break,
            Some(i) if at > i => return None,
            Some(_) => {}
        }
        if started {
            if folded && empty_lines == 0 {
                out.push(' ');
            }
            let breaks = if folded { empty_lines } else { empty_lines + 1 };
            out.extend(std::iter::repeat_n('\n', breaks));
        }
        out.push_str(text);
        started = true;
        empty_lines = 0;
        if !has_break {
            return None;
        }
        lines.skip_raw();
    }
    indent?;
    if !strip {
        out.push('\n');
    }
    Some(out)
}

/// Whether a plain scalar is YAML's null.
pub fn is_null(text: &str) -> bool {
    matches!(text, "" | "~" | "null" | "Null" | "NULL")
}

/// A plain scalar's boolean value, if it has one.
pub fn boolean(text: &str) -> Option<bool> {
    match text {
        "true" | "True" | "TRUE" => Some(true),
        "false" | "False" | "FALSE" => Some(false),
        _ => None,
    }
}

/// A plain scalar's value as an unsigned decimal number: digits only, no
/// sign, no leading zero. Other spellings YAML reads as numbers (`0x1F`,
/// `+7`, `1e3`) are left to serde_yaml.
pub fn unsigned(text: &str) -> Option<u64> {
    let digits = !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit());
    if !digits || (text.len() > 1 && text.starts_with('0')) {
        return None;
    }
    text.parse().ok()
}

/// Whether a plain scalar that is not a plain unsigned number might still
/// be read by YAML as something other than text (a null, a boolean, a
/// number in another spelling). Such scalars are left to serde_yaml where
/// the type is not known in advance.
pub fn may_not_be_text(text: &str) -> bool {
    is_null(text)
        || boolean(text).is_some()
        || text.starts_with(['+', '-', '.'])
        || text.starts_with("0x")
        || text.starts_with("0o")
        || text.starts_with("0b")
        || (text.starts_with(|c: char| c.is_ascii_digit()) && text.parse::<f64>().is_ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_scalars_end_at_comments() {
        assert_eq!(plain("Kirin 9000S  # a chip"), Some("Kirin 9000S"));
        assert_eq!(plain("C#"), Some("C#"));
        assert_eq!(
            plain("https://example.org/a#b"),
            Some("https://example.org/a#b")
        );
        assert_eq!(plain("a: b"), None);
        assert_eq!(plain("*alias"), None);
    }

    #[test]
    fn quoted_scalars_unescape() {
        let (value, rest) = quoted(r#""a \"b\" c" # x"#).unwrap();
        assert_eq!((value.as_ref(), rest), ("a \"b\" c", " # x"));
        let (value, _) = quoted("'it''s'").unwrap();
        assert_eq!(value, "it's");
        assert!(matches!(
            quoted("'plain'"),
            Some((Cow::Borrowed("plain"), ""))
        ));
        assert!(quoted("\"open").is_none());
        assert!(quoted(r#""\x41""#).is_none());
    }

    #[test]
    fn flow_sequences_on_one_line() {
        let items = flow("[Company 1, 'Co, Ltd', \"X\"]  # names").unwrap();
        assert_eq!(items.len(), 3);
        assert!(flow("[]").unwrap().is_empty());
        assert!(flow("[a, [b]]").is_none());
        assert!(flow("[a,]").is_none());
        assert!(flow("[a, b").is_none());
        assert!(flow("[a] b").is_none());
    }

    #[test]
    fn numbers_and_text() {
        assert_eq!(unsigned("2023"), Some(2023));
        assert_eq!(unsigned("0123"), None);
        assert!(may_not_be_text("1e3") && may_not_be_text("0x1F") && may_not_be_text("~"));
        assert!(!may_not_be_text("2023-11-16") && !may_not_be_text("inf"));
    }
}
