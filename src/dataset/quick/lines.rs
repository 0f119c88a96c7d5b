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
        Some(match self.rest.find('\n') {
            Some(end) => (&self.rest[..end], true),
            None => (self.rest, false),
        })
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
        let (line, rest) = self.rest.split_once('\n').unwrap_or((self.rest, ""));
        self.rest = rest;
        Some(line)
    }
}
