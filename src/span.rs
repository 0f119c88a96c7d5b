//! Byte spans into an article's text.
//!
//! Every claim, timex and finding points back at the exact bytes it came
//! from, so reports can underline them and JSON consumers can slice the
//! original file. Lines and columns are derived for display only
//! (see [`crate::article::LineIndex`]); the byte span is the truth.

use serde::Serialize;

/// A half-open byte range `start..end` into a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Span {
    /// First byte of the span.
    pub start: usize,
    /// One past the last byte of the span.
    pub end: usize,
}

impl Span {
    /// A span covering `start..end`.
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end, "span start {start} after end {end}");
        Self { start, end }
    }

    /// The length of the span in bytes.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// Whether the span covers no bytes.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// Whether `other` lies entirely inside this span.
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// Whether the two spans share at least one byte.
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The span moved right by `offset` bytes, for spans found in a slice.
    pub fn shifted(&self, offset: usize) -> Self {
        Self::new(self.start + offset, self.end + offset)
    }

    /// The text this span covers in `text`.
    pub fn slice<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }
}

/// Turns byte offsets into character (Unicode scalar) offsets, the unit
/// JSON consumers slice text by. Spans usually come in order, so each call
/// counts on from the previous offset instead of from the start of the
/// text; an offset before the previous one starts over.
pub struct CharOffsets<'t> {
    text: &'t str,
    byte: usize,
    chars: usize,
}

impl<'t> CharOffsets<'t> {
    /// Counts from the start of `text`.
    pub fn new(text: &'t str) -> Self {
        CharOffsets {
            text,
            byte: 0,
            chars: 0,
        }
    }

    /// The character offset of byte offset `b`. A `b` past the end or
    /// inside a character counts up to the last character boundary before
    /// it, so a bad span cannot panic a report.
    pub fn at(&mut self, b: usize) -> usize {
        let mut b = b.min(self.text.len());
        while !self.text.is_char_boundary(b) {
            b -= 1;
        }
        if b < self.byte {
            self.byte = 0;
            self.chars = 0;
        }
        self.chars += self.text.get(self.byte..b).map_or(0, |s| s.chars().count());
        self.byte = b;
        self.chars
    }
}

#[cfg(test)]
mod tests {
    use super::CharOffsets;

    #[test]
    fn counts_characters_not_bytes() {
        let text = "Caf\u{e9} \u{2019}s on 12 March";
        let mut c = CharOffsets::new(text);
        let b = text.find("12").unwrap_or(0);
        assert_eq!(c.at(b), 11);
        assert_eq!(c.at(text.len()), 19);
        // Backwards and out of range do not panic.
        assert_eq!(c.at(0), 0);
        assert_eq!(c.at(text.len() + 5), 19);
        // Byte 4 is inside "é": the offset is that of the "é".
        assert_eq!(c.at(4), 3);
    }
}
