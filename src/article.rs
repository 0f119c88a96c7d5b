//! Reading an article: UTF-8 text or Markdown with optional YAML front
//! matter, its date, its sentences and clauses, and byte offset → line:column.
//!
//! Everything downstream works on byte spans into [`Article::text`], the file
//! exactly as read, so a JSON consumer can slice the original file with the
//! offsets in a report.
//!
//! A UTF-8 byte-order mark (U+FEFF, which some Windows editors write at the
//! top of a file) is kept in [`Article::text`] for that reason, and made
//! invisible everywhere else: front matter is looked for after it, the body
//! starts after it, and [`LineIndex`] does not count it as a column. Stripping
//! it instead would shift every byte offset of a report (JSON `start`/`end`,
//! SARIF `byteOffset` and artifact `length`) by three bytes from the file a
//! consumer slices; fingerprints and baselines hash the claimed words, not
//! offsets, so they are the same either way.

use std::fmt;
use std::io::{self, Read};

use jiff::civil::Date;

use crate::span::Span;

/// Where an article's date came from; reports say so.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateSource {
    /// `--date` on the command line.
    Flag,
    /// `date:` in the file's front matter.
    FrontMatter,
}

/// An article ready to be checked.
#[derive(Debug, Clone)]
pub struct Article {
    /// The path as the user gave it (or `-` for standard input).
    pub path: String,
    /// The whole file content; every span points into it.
    pub text: String,
    /// The part after the front matter, where claims are looked for.
    pub body: Span,
    /// The publication date against which relative dates and offices are
    /// judged; `None` leaves relative expressions unresolved.
    pub date: Option<Date>,
    /// Where [`Article::date`] came from.
    pub date_source: Option<DateSource>,
    /// Sentences of the body, in order.
    pub sentences: Vec<Span>,
    /// HTML comments (`<!-- … -->`) of the body: editors' notes and
    /// claimcheck markers, never part of the article's claims.
    pub comments: Vec<Span>,
    lines: LineIndex,
}

/// The UTF-8 byte-order mark (U+FEFF), invisible in an editor.
const BOM: &[u8] = "\u{feff}".as_bytes();

/// The length in bytes of the byte-order mark `text` starts with: 3 or 0.
fn bom_len(text: &[u8]) -> usize {
    if text.starts_with(BOM) { BOM.len() } else { 0 }
}

/// The most bytes one article may hold: 64 MiB.
///
/// Reading stops there so that `claimcheck check /dev/zero`, a FIFO that
/// never closes or a mistyped path to a disk image ends with an error
/// instead of eating all memory. A long news article is some tens of
/// kilobytes and a book-length report a few megabytes, so the cap is far
/// above any text a person means to check, while the worst case (the text,
/// its comment-blanked copy, sentences and spans) stays within a few
/// hundred megabytes.
pub const MAX_ARTICLE_BYTES: u64 = 64 * 1024 * 1024;

/// Reads an article's bytes, at most one byte more than
/// [`MAX_ARTICLE_BYTES`]: enough for [`Article::parse`] to tell that the
/// input is too large (and say so) without ever reading an endless stream
/// to its end.
pub fn read_bytes(reader: impl Read) -> io::Result<Vec<u8>> {
    read_at_most(reader, MAX_ARTICLE_BYTES)
}

fn read_at_most(reader: impl Read, limit: u64) -> io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    reader
        .take(limit.saturating_add(1))
        .read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// Why an article could not be read. Each names a place where there is one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ArticleError {
    /// The file is empty or holds only whitespace (or only front matter).
    Empty,
    /// The file is larger than [`MAX_ARTICLE_BYTES`]; there is no place to
    /// name, as only its start was read.
    TooLarge,
    /// The file holds a NUL byte: it is binary, not an article.
    Binary { line: usize, column: usize },
    /// The file is not valid UTF-8.
    NotUtf8 { line: usize, column: usize },
    /// The front matter is malformed or its date is not a date.
    FrontMatter {
        line: usize,
        column: usize,
        message: String,
    },
}

impl fmt::Display for ArticleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ArticleError::Empty => write!(f, "the article is empty"),
            ArticleError::TooLarge => write!(
                f,
                "the article is larger than {} MiB ({MAX_ARTICLE_BYTES} bytes), the most claimcheck reads of one file; split it, or check that it is the file you meant",
                MAX_ARTICLE_BYTES / (1024 * 1024)
            ),
            ArticleError::Binary { line, column } => {
                write!(
                    f,
                    "{line}:{column}: the file holds a NUL byte; it looks binary, not like an article"
                )
            }
            ArticleError::NotUtf8 { line, column } => {
                write!(
                    f,
                    "{line}:{column}: the file is not valid UTF-8; convert it (e.g. with iconv) and try again"
                )
            }
            ArticleError::FrontMatter {
                line,
                column,
                message,
            } => write!(f, "{line}:{column}: front matter: {message}"),
        }
    }
}

impl std::error::Error for ArticleError {}

impl Article {
    /// Reads an article from the bytes of a file.
    ///
    /// `date` (from `--date`) wins over a `date:` in the front matter.
    /// More than [`MAX_ARTICLE_BYTES`] is refused before anything else is
    /// looked at, since the bytes from [`read_bytes`] then end mid-file.
    pub fn parse(path: &str, bytes: Vec<u8>, date: Option<Date>) -> Result<Article, ArticleError> {
        // usize is at most 64 bits wide: the conversion is lossless.
        if bytes.len() as u64 > MAX_ARTICLE_BYTES {
            return Err(ArticleError::TooLarge);
        }
        if let Some(nul) = bytes.iter().position(|&b| b == 0) {
            let (line, column) = line_column_of_bytes(&bytes, nul);
            return Err(ArticleError::Binary { line, column });
        }
        let text = String::from_utf8(bytes).map_err(|error| {
            let bytes = error.as_bytes();
            let (line, column) = line_column_of_bytes(bytes, error.utf8_error().valid_up_to());
            ArticleError::NotUtf8 { line, column }
        })?;
        let lines = LineIndex::new(&text);
        let front = front_matter(&text, &lines)?;
        let body_start = front.as_ref().map_or(bom_len(text.as_bytes()), |f| f.end);
        let body = Span::new(body_start, text.len());
        if body.slice(&text).trim().is_empty() {
            return Err(ArticleError::Empty);
        }
        let (date, date_source) = match (date, front.and_then(|f| f.date)) {
            (Some(date), _) => (Some(date), Some(DateSource::Flag)),
            (None, Some(date)) => (Some(date), Some(DateSource::FrontMatter)),
            (None, None) => (None, None),
        };
        let sentences = split_sentences(&text, body);
        let comments = html_comments(&text, body);
        Ok(Article {
            path: path.to_string(),
            text,
            body,
            date,
            date_source,
            sentences,
            comments,
            lines,
        })
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_column(&self, offset: usize) -> (usize, usize) {
        self.lines.line_column(&self.text, offset)
    }

    /// The span of the whole line holding `offset`, without its newline.
    pub fn line_span(&self, offset: usize) -> Span {
        self.lines.line_span(&self.text, offset)
    }

    /// The text with every HTML comment blanked out (same length, line
    /// breaks kept), so claims are looked for in the article's own words
    /// only and every offset still points into [`Article::text`].
    pub fn text_without_comments(&self) -> std::borrow::Cow<'_, str> {
        if self.comments.is_empty() {
            return std::borrow::Cow::Borrowed(&self.text);
        }
        let mut bytes = self.text.clone().into_bytes();
        for comment in &self.comments {
            for b in &mut bytes[comment.start..comment.end] {
                // Replacing whole UTF-8 sequences byte by byte with ASCII
                // spaces keeps the text valid UTF-8.
                if *b != b'\n' && *b != b'\r' {
                    *b = b' ';
                }
            }
        }
        std::borrow::Cow::Owned(String::from_utf8_lossy(&bytes).into_owned())
    }

    /// The paragraph (run of non-blank lines) holding `offset`.
    pub fn paragraph_at(&self, offset: usize) -> Span {
        let line = self.line_span(offset);
        let mut start = line.start;
        let mut end = line.end;
        while start > self.body.start {
            let previous = self.line_span(start - 1);
            if previous.slice(&self.text).trim().is_empty() {
                break;
            }
            start = previous.start;
        }
        while end < self.text.len() {
            let next = self.line_span(end + 1);
            if next.start <= end || next.slice(&self.text).trim().is_empty() {
                break;
            }
            end = next.end;
        }
        Span::new(start, end)
    }

    /// The sentence holding `offset`.
    pub fn sentence_at(&self, offset: usize) -> Option<Span> {
        let i = self.sentences.partition_point(|s| s.end <= offset);
        self.sentences.get(i).copied().filter(|s| s.start <= offset)
    }
}

/// Start of every line, for turning byte offsets into line:column.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
    /// Whether each line is all ASCII, where a column is a byte count and
    /// need not be counted character by character (a one-line article of
    /// megabytes would otherwise be walked again for every finding).
    ascii: Vec<bool>,
}

impl LineIndex {
    /// Indexes the line starts of `text`. The first line starts after a
    /// byte-order mark, which editors do not show: columns on line 1 are
    /// then the same as for the file without it, and the line shown in a
    /// report does not carry it.
    pub fn new(text: &str) -> Self {
        let mut starts = vec![bom_len(text.as_bytes())];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        let ends = starts.iter().skip(1).copied().chain([text.len()]);
        let ascii = starts
            .iter()
            .zip(ends)
            .map(|(&s, e)| text.get(s..e.max(s)).is_some_and(str::is_ascii))
            .collect();
        Self { starts, ascii }
    }

    /// 1-based line and column; the column counts characters, as editors do.
    pub fn line_column(&self, text: &str, offset: usize) -> (usize, usize) {
        let line = self.starts.partition_point(|&s| s <= offset).max(1) - 1;
        let start = self.starts[line];
        let offset = offset.min(text.len());
        let column = match text.get(start..offset) {
            Some(s) if self.ascii[line] => s.len(),
            Some(s) => s.chars().count(),
            None => 0,
        } + 1;
        (line + 1, column)
    }

    /// The span of the line holding `offset`, without its line ending.
    pub fn line_span(&self, text: &str, offset: usize) -> Span {
        let line = self.starts.partition_point(|&s| s <= offset).max(1) - 1;
        let start = self.starts[line];
        let mut end = self
            .starts
            .get(line + 1)
            .map_or(text.len(), |&next| next - 1);
        if end > start && text.as_bytes().get(end - 1) == Some(&b'\r') {
            end -= 1;
        }
        Span::new(start, end.max(start))
    }
}

/// Line and column of a byte offset into bytes that are not (all) UTF-8,
/// counted as [`LineIndex`] does, byte-order mark included.
fn line_column_of_bytes(bytes: &[u8], offset: usize) -> (usize, usize) {
    let before = &bytes[..offset.min(bytes.len())];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(bom_len(before), |i| i + 1);
    let column = String::from_utf8_lossy(&before[line_start..])
        .chars()
        .count()
        + 1;
    (line, column)
}

struct FrontMatter {
    /// Byte offset just after the closing `---` line.
    end: usize,
    date: Option<Date>,
}

/// Whether `line` (with its line ending) is a front matter delimiter:
/// `---` followed by nothing but whitespace, which is what an editor shows
/// as `---` and what Jekyll and Pandoc accept. The line ending may be `\n`
/// or `\r\n`; the same test serves the opening and the closing line.
fn is_delimiter(line: &str) -> bool {
    line.trim_end() == "---"
}

/// Reads `---\n…\n---\n` at the top of the file (after a byte-order mark),
/// if present.
fn front_matter(text: &str, lines: &LineIndex) -> Result<Option<FrontMatter>, ArticleError> {
    let bom = bom_len(text.as_bytes());
    let Some(open) = text[bom..]
        .split_inclusive('\n')
        .next()
        .filter(|line| line.ends_with('\n') && is_delimiter(line))
    else {
        return Ok(None);
    };
    let open_len = bom + open.len();
    let mut offset = open_len;
    let mut close = None;
    for line in text[open_len..].split_inclusive('\n') {
        if is_delimiter(line) {
            close = Some((offset, offset + line.len()));
            break;
        }
        offset += line.len();
    }
    let Some((yaml_end, end)) = close else {
        let (line, column) = lines.line_column(text, 0);
        return Err(ArticleError::FrontMatter {
            line,
            column,
            message: "front matter opened with `---` is never closed by a `---` line".into(),
        });
    };
    let yaml = &text[open_len..yaml_end];
    let first_line = lines.line_column(text, open_len).0;
    let at = |line: usize, column: usize, message: String| ArticleError::FrontMatter {
        line: first_line + line.saturating_sub(1),
        column,
        message,
    };
    let map: serde_yaml::Mapping = if yaml.trim().is_empty() {
        serde_yaml::Mapping::new()
    } else {
        serde_yaml::from_str(yaml).map_err(|e| {
            let (line, column) = e.location().map_or((1, 1), |l| (l.line(), l.column()));
            at(line, column, e.to_string())
        })?
    };
    let date = match map.get("date") {
        None => None,
        Some(value) => {
            let (line, column) = yaml
                .lines()
                .position(|l| l.starts_with("date:"))
                .map_or((1, 1), |i| (i + 1, 7));
            let text = match value {
                serde_yaml::Value::String(s) => s.trim().to_string(),
                other => serde_yaml::to_string(other)
                    .unwrap_or_default()
                    .trim()
                    .to_string(),
            };
            // Accept a full timestamp but keep only its calendar day.
            let day = text.get(..10).unwrap_or(&text);
            Some(day.parse::<Date>().map_err(|_| {
                at(
                    line,
                    column,
                    format!("`date: {text}` is not a date; write YYYY-MM-DD"),
                )
            })?)
        }
    };
    Ok(Some(FrontMatter { end, date }))
}

/// The `<!-- … -->` comments in the body. An unclosed comment runs to the
/// end, as in HTML.
fn html_comments(text: &str, body: Span) -> Vec<Span> {
    let mut comments = Vec::new();
    let mut from = body.start;
    while let Some(open) = text[from..body.end].find("<!--") {
        let start = from + open;
        let end = text[start + 4..body.end]
            .find("-->")
            .map_or(body.end, |close| start + 4 + close + 3);
        comments.push(Span::new(start, end));
        from = end;
    }
    comments
}

/// Abbreviations after which a period does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "capt", "sgt", "adm", "sen", "rep", "gov",
    "pres", "st", "jr", "sr", "inc", "corp", "co", "ltd", "no", "vs", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.g", "i.e",
    "a.m", "p.m", "mt", "ft", "approx", "dept", "est", "fig",
];

/// Splits the body into sentences: at `.`, `!` or `?` followed by space and
/// a capital letter or a quote, and at every line break (a headline or a
/// paragraph never runs into the next line).
pub fn split_sentences(text: &str, body: Span) -> Vec<Span> {
    let mut sentences = Vec::new();
    let mut offset = body.start;
    for line in body.slice(text).split_inclusive('\n') {
        let line_start = offset;
        offset += line.len();
        let content = line.trim_end_matches(['\n', '\r']);
        let mut start = line_start;
        let bytes = content.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            if matches!(b, b'.' | b'!' | b'?') && ends_sentence(content, i) {
                let mut end = i + 1;
                while end < bytes.len() && matches!(bytes[end], b'"' | b'\'' | b')') {
                    end += 1;
                }
                push_trimmed(text, &mut sentences, start, line_start + end);
                start = line_start + end;
                i = end;
                continue;
            }
            i += 1;
        }
        push_trimmed(text, &mut sentences, start, line_start + content.len());
    }
    sentences
}

fn ends_sentence(line: &str, at: usize) -> bool {
    let bytes = line.as_bytes();
    let mut next = at + 1;
    while next < bytes.len() && matches!(bytes[next], b'"' | b'\'' | b')') {
        next += 1;
    }
    if next >= bytes.len() {
        return true;
    }
    if bytes[next] != b' ' {
        return false;
    }
    let after = line[next..].trim_start();
    let Some(first) = after.chars().next() else {
        return true;
    };
    if !(first.is_uppercase() || first == '"' || first == '\u{201c}') {
        return false;
    }
    if bytes[at] != b'.' {
        return true;
    }
    // After the separator's last byte: a no-break space is two bytes.
    let word_start = line[..at]
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace() || c == '(' || c == '"')
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word = line[word_start..at].to_ascii_lowercase();
    let single_letter = word.chars().count() == 1 && word.chars().all(char::is_alphabetic);
    !(single_letter || ABBREVIATIONS.contains(&word.as_str()))
}

fn push_trimmed(text: &str, out: &mut Vec<Span>, start: usize, end: usize) {
    let slice = &text[start..end];
    let lead = slice.len() - slice.trim_start().len();
    let trail = slice.len() - slice.trim_end().len();
    if lead + trail < slice.len() {
        out.push(Span::new(start + lead, end - trail));
    }
}

/// Splits a sentence into clauses at the joints where a new statement
/// starts: `;`, a dash, and a comma followed by `and`, `but`, `while`,
/// `whereas` or `although`; with `relative_clauses`, also before
/// ", which". A date and an event are linked only when they share a clause.
pub fn split_clauses(text: &str, sentence: Span, relative_clauses: bool) -> Vec<Span> {
    const JOINTS: &[&str] = &[
        "; ",
        " — ",
        " -- ",
        ", and ",
        ", but ",
        ", while ",
        ", whereas ",
        ", although ",
        ", though ",
        ", yet ",
    ];
    const RELATIVE: &[&str] = &[", which ", ", who ", ", where "];
    let s = sentence.slice(text);
    let extra: &[&str] = if relative_clauses { RELATIVE } else { &[] };
    let mut cuts: Vec<(usize, usize)> = JOINTS
        .iter()
        .chain(extra)
        .flat_map(|j| s.match_indices(j).map(|(i, m)| (i, i + m.len())))
        .collect();
    cuts.sort_unstable();
    let mut clauses = Vec::new();
    let mut start = 0;
    for (cut_start, cut_end) in cuts {
        if cut_start < start {
            continue;
        }
        clauses.push(Span::new(
            sentence.start + start,
            sentence.start + cut_start,
        ));
        start = cut_end;
    }
    clauses.push(Span::new(sentence.start + start, sentence.end));
    clauses.retain(|c| !c.is_empty());
    clauses
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<String> {
        let article = Article::parse("t.txt", text.as_bytes().to_vec(), None).unwrap();
        let text = &article.text;
        article
            .sentences
            .iter()
            .map(|s| s.slice(text).to_string())
            .collect()
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        assert_eq!(
            sentences("On Nov. 17, 2023, the U.S. Commerce Department acted. Gen. Brown spoke."),
            [
                "On Nov. 17, 2023, the U.S. Commerce Department acted.",
                "Gen. Brown spoke."
            ]
        );
    }

    #[test]
    fn a_no_break_space_before_a_period_is_one_character() {
        assert_eq!(
            sentences("Prices rose 5\u{a0}percent. Then they fell."),
            ["Prices rose 5\u{a0}percent.", "Then they fell."]
        );
    }

    #[test]
    fn line_breaks_end_sentences_and_quotes_stay_attached() {
        assert_eq!(
            sentences("Headline here\n\"It works.\" He said so.\n"),
            ["Headline here", "\"It works.\"", "He said so."]
        );
    }

    #[test]
    fn front_matter_gives_the_date_and_spans_stay_file_relative() {
        let text = "---\ntitle: T\ndate: 2023-12-25\n---\nBody text.\n";
        let article = Article::parse("a.md", text.as_bytes().to_vec(), None).unwrap();
        assert_eq!(article.date, Some(jiff::civil::date(2023, 12, 25)));
        assert_eq!(article.date_source, Some(DateSource::FrontMatter));
        assert_eq!(article.sentences[0].slice(&article.text), "Body text.");
        assert_eq!(article.line_column(article.sentences[0].start), (5, 1));
    }

    #[test]
    fn flag_date_wins_over_front_matter() {
        let text = "---\ndate: 2023-12-25\n---\nBody.\n";
        let flag = jiff::civil::date(2024, 1, 2);
        let article = Article::parse("a.md", text.as_bytes().to_vec(), Some(flag)).unwrap();
        assert_eq!(article.date, Some(flag));
        assert_eq!(article.date_source, Some(DateSource::Flag));
    }

    #[test]
    fn bad_inputs_name_their_place() {
        assert_eq!(
            Article::parse("e", b"  \n".to_vec(), None).unwrap_err(),
            ArticleError::Empty
        );
        assert_eq!(
            Article::parse("b", b"ab\ncd\xff".to_vec(), None).unwrap_err(),
            ArticleError::NotUtf8 { line: 2, column: 3 }
        );
        assert_eq!(
            Article::parse("n", b"a\0b".to_vec(), None).unwrap_err(),
            ArticleError::Binary { line: 1, column: 2 }
        );
        let err =
            Article::parse("d", b"---\ndate: 2023-02-30\n---\nx\n".to_vec(), None).unwrap_err();
        assert!(
            matches!(err, ArticleError::FrontMatter { line: 2, .. }),
            "{err:?}"
        );
    }

    #[test]
    fn a_byte_order_mark_moves_no_line_or_column() {
        let text = "\u{feff}---\ndate: 2023-12-25\n---\nBody text.\n";
        let article = Article::parse("a.md", text.as_bytes().to_vec(), None).unwrap();
        assert_eq!(article.date_source, Some(DateSource::FrontMatter));
        assert_eq!(article.sentences[0].slice(&article.text), "Body text.");
        assert_eq!(article.line_column(article.sentences[0].start), (4, 1));
        // The text stays the file as read, so offsets still slice the file.
        assert_eq!(article.text, text);

        let text = "\u{feff}Prices rose. Then they fell.\n";
        let article = Article::parse("a.txt", text.as_bytes().to_vec(), None).unwrap();
        assert_eq!(article.body.start, 3);
        assert_eq!(article.sentences[0].slice(&article.text), "Prices rose.");
        assert_eq!(article.line_column(article.sentences[0].start), (1, 1));
        assert_eq!(article.line_column(text.find("Then").unwrap()), (1, 14));
        assert_eq!(
            article.line_span(3).slice(&article.text),
            "Prices rose. Then they fell."
        );

        assert_eq!(
            Article::parse("e", "\u{feff} \n".as_bytes().to_vec(), None).unwrap_err(),
            ArticleError::Empty
        );
        assert_eq!(
            Article::parse("b", b"\xef\xbb\xbfCaf\xe9".to_vec(), None).unwrap_err(),
            ArticleError::NotUtf8 { line: 1, column: 4 }
        );
        assert_eq!(
            Article::parse("n", b"\xef\xbb\xbfa\0b".to_vec(), None).unwrap_err(),
            ArticleError::Binary { line: 1, column: 2 }
        );
        let err =
            Article::parse("d", "\u{feff}---\ndate: x\n".as_bytes().to_vec(), None).unwrap_err();
        assert!(
            matches!(
                err,
                ArticleError::FrontMatter {
                    line: 1,
                    column: 1,
                    ..
                }
            ),
            "{err:?}"
        );
    }

    #[test]
    fn front_matter_delimiters_may_end_in_spaces_tabs_or_crlf() {
        for (open, close) in [
            ("--- \n", "---\n"),
            ("---\t\n", "---\t\n"),
            ("---\r\n", "---\r\n"),
            ("--- \t\r\n", "---  \r\n"),
            ("---\n", "--- \n"),
        ] {
            let text = format!("{open}date: 2023-12-25\n{close}Body text.\n");
            let article = Article::parse("a.md", text.clone().into_bytes(), None)
                .unwrap_or_else(|e| panic!("{text:?}: {e}"));
            assert_eq!(
                article.date,
                Some(jiff::civil::date(2023, 12, 25)),
                "{text:?}"
            );
            assert_eq!(
                article.sentences[0].slice(&article.text),
                "Body text.",
                "{text:?}"
            );
            assert_eq!(article.line_column(article.sentences[0].start), (4, 1));
        }
        // Something else on the line is not a delimiter.
        let text = "--- x\ndate: 2023-12-25\n---\nBody.\n";
        let article = Article::parse("a.md", text.as_bytes().to_vec(), None).unwrap();
        assert_eq!(article.date, None);
    }

    #[test]
    fn reading_stops_one_byte_past_the_limit() {
        // An endless stream ends.
        assert_eq!(read_at_most(io::repeat(b'a'), 10).unwrap().len(), 11);
        assert_eq!(read_at_most(&b"abc"[..], 3).unwrap(), b"abc");
        let max = usize::try_from(MAX_ARTICLE_BYTES).unwrap();
        // Refused before the NUL bytes are looked at: the read ended mid-file.
        assert_eq!(
            Article::parse("z", vec![0; max + 1], None).unwrap_err(),
            ArticleError::TooLarge
        );
        assert_eq!(
            ArticleError::TooLarge.to_string(),
            "the article is larger than 64 MiB (67108864 bytes), the most claimcheck reads of one file; split it, or check that it is the file you meant"
        );
    }

    #[test]
    fn clauses_split_at_joints_not_at_every_comma() {
        let text = "In August, Huawei launched the phone, and in September the US opened a probe.";
        let clauses: Vec<_> = split_clauses(text, Span::new(0, text.len()), false)
            .iter()
            .map(|c| c.slice(text))
            .collect();
        assert_eq!(
            clauses,
            [
                "In August, Huawei launched the phone",
                "in September the US opened a probe."
            ]
        );
    }

    #[test]
    fn columns_count_characters() {
        let text = "é — x";
        let index = LineIndex::new(text);
        assert_eq!(index.line_column(text, text.find('x').unwrap()), (1, 5));
    }
}
