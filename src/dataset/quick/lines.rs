//! The lines of a document as the quick reader walks them: one line of
//! lookahead, blank and comment lines skipped, and raw access for the body
//! of a block scalar, where a `#` is text rather than a comment.

/// A line with content: how far it is indented (in spaces) and its text
/// after the indentation.
#[derive(Debug, Clone, Copy)]
pub struct Line<'a> {
    pub indent: usize,
    pub text: &'a str,
}

impl Line<'_> {
    /// Whether the line starts an entry of a block sequence (`- ` or a lone `-`).
    pub fn is_entry(&self) -> bool {
        self.text == "-" || self.text.starts_with("- ")
    }
}

/// How many entries [`Lines::count_entries`] counts at most.
const COUNT_LIMIT: usize = 64;

/// A cursor over the lines of a document.
pub struct Lines<'a> {
    /// The text after the peeked line (or after the last line read).
    rest: &'a str,
    /// The next line with content, once looked at.
    peeked: Option<Line<'a>>,
}

impl<'a> Lines<'a> {
    /// A cursor at the start of `text`.
    pub fn new(text: &'a str) -> Self {
        Lines {
            rest: text,
            peeked: None,
        }
    }

    /// A cursor that reads `first` before `rest`: a piece of a file gets
    /// its section header this way without copying the piece.
    pub fn with_first(first: Line<'a>, rest: &'a str) -> Self {
        Lines {
            rest,
            peeked: Some(first),
        }
    }

    /// The next line with content, without consuming it.
    pub fn peek(&mut self) -> Option<Line<'a>> {
        if self.peeked.is_none() {
            while let Some(raw) = self.take_raw() {
                let text = raw.trim_start_matches(' ');
                if !text.is_empty() && !text.starts_with('#') {
                    self.peeked = Some(Line {
                        indent: raw.len() - text.len(),
                        text,
                    });
                    break;
                }
            }
        }
        self.peeked
    }

    /// How many entries of the block sequence at `indent` start from the
    /// peeked line on, up to [`COUNT_LIMIT`]: a count for sizing, not a
    /// check (a line that ends the sequence in error ends the count too).
    pub fn count_entries(&self, indent: usize) -> usize {
        if !self
            .peeked
            .is_some_and(|l| l.indent == indent && l.is_entry())
        {
            return 0;
        }
        let mut count = 1;
        for raw in self.rest.split('\n') {
            // Past this, the vector's own doubling costs less than reading
            // every line twice.
            if count == COUNT_LIMIT {
                break;
            }
            let text = raw.trim_start_matches(' ');
            if text.is_empty() || text.starts_with('#') {
                continue;
            }
            let line = Line {
                indent: raw.len() - text.len(),
                text,
            };
            if line.indent < indent || (line.indent == indent && !line.is_entry()) {
                break;
            }
            count += usize::from(line.indent == indent);
        }
        count
    }

    /// Consumes the peeked line.
    pub fn advance(&mut self) {
        self.peeked = None;
    }

    /// Replaces the peeked line: `- id: a` is read again as the first line
    /// `id: a` of a mapping indented to where `id` starts.
    pub fn replace(&mut self, line: Line<'a>) {
        self.peeked = Some(line);
    }

    /// The next line as written, and whether a line break ends it; `None`
    /// at the end of the text. Only meaningful once the peeked line has
    /// been consumed.
    pub fn peek_raw(&self) -> Option<(&'a str, bool)> {
        if self.rest.is_empty() {
            return None;
        }
        let end = line_end(self.rest);
        Some((&self.rest[..end], end < self.rest.len()))
    }

    /// Consumes the line [`Lines::peek_raw`] returned.
    pub fn skip_raw(&mut self) {
        self.take_raw();
    }

    /// The next line as written, consumed.
    fn take_raw(&mut self) -> Option<&'a str> {
        if self.rest.is_empty() {
            return None;
        }
        let end = line_end(self.rest);
        let line = &self.rest[..end];
        self.rest = self.rest.get(end + 1..).unwrap_or("");
        Some(line)
    }
}

/// Where the first line of `text` ends: at its line break, or at the end.
/// A plain loop, since dataset lines are short and a vectorised search
/// costs more to start than it saves on them.
fn line_end(text: &str) -> usize {
    text.bytes().position(|b| b == b'\n').unwrap_or(text.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_are_counted_at_their_indentation() {
        let text = "- a\n  - nested\n# comment\n\n- b: 1\n  c: 2\n- c\nkey: x\n- d\n";
        let mut lines = Lines::new(text);
        lines.peek();
        assert_eq!(lines.count_entries(0), 3);
        let many = "- a\n".repeat(100);
        let mut lines = Lines::new(&many);
        lines.peek();
        assert_eq!(lines.count_entries(0), COUNT_LIMIT);
        assert_eq!(lines.count_entries(2), 0, "the peeked line is not at 2");
        let mut lines = Lines::new("x: 1\n");
        lines.peek();
        assert_eq!(lines.count_entries(0), 0);
    }
}
