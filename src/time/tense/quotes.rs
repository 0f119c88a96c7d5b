//! Quotations: reported speech keeps its own tense, so the words of a
//! quote and those around it are told apart.

/// Where a word stands relative to quotation marks: outside any quote,
/// or inside the quote with this index. Reported speech keeps its own
/// tense: in `"He will leave Thursday," Castro said`, "said" must not
/// make Thursday past.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Region {
    Outside,
    Quote(u32),
}

/// The bytes a quotation mark starts with (`` ` ``, `'`, `"`, and the
/// first byte of `“` and `”`), as a table: every byte of a sentence is
/// tested.
static MARK_START: [bool; 256] = {
    let mut table = [false; 256];
    table[b'`' as usize] = true;
    table[b'\'' as usize] = true;
    table[b'"' as usize] = true;
    table[0xe2] = true;
    table
};

/// Whether a quotation mark starts at byte `i` of `bytes` (see
/// [`quote_mark`]): a sentence with none quotes no one. (Most bytes are
/// told by the table alone; the apostrophe of "it's" is no mark.)
pub(super) fn is_mark(bytes: &[u8], i: usize) -> bool {
    MARK_START[usize::from(bytes[i])] && quote_mark(bytes, i).0.is_some()
}

/// Whether the straight quote mark of `len` bytes at `i` opens a quote:
/// it follows a space (or starts the text) and a word follows it.
fn opens(bytes: &[u8], i: usize, len: usize) -> bool {
    let after_space = i == 0 || bytes[i - 1].is_ascii_whitespace() || bytes[i - 1] == b'(';
    let before_word = bytes.get(i + len).is_some_and(|b| !b.is_ascii_whitespace());
    after_space && before_word
}

/// The region of each offset in `offsets` (ascending) of `s`: a mark
/// that opens a quote (`` ` ` ``, `“`, or `"` before a word) starts a new
/// quote, a closing mark (`''`, `”`, or `"` after a word) ends it.
pub(super) fn quote_regions(s: &str, offsets: impl Iterator<Item = usize>, out: &mut Vec<Region>) {
    let bytes = s.as_bytes();
    // A sentence of a quotation opened in an earlier sentence starts
    // inside it: its first mark closes ("Nobody knows. We could see $30
    // before the autumn," said an analyst).
    let candidate = |&b: &u8| MARK_START[usize::from(b)];
    let mut i = 0;
    let mut first_mark = None;
    while first_mark.is_none()
        && let Some(k) = bytes[i..].iter().position(candidate)
    {
        let (open, len) = quote_mark(bytes, i + k);
        first_mark = open.map(|open| (open, i + k));
        i += k + len;
    }
    // Most sentences quote no one: every word is outside.
    let Some((open, from)) = first_mark else {
        out.extend(offsets.map(|_| Region::Outside));
        return;
    };
    let mut region = if open {
        Region::Outside
    } else {
        Region::Quote(0)
    };
    // No mark stands before the first one.
    let mut i = from;
    let mut quotes = 0;
    for at in offsets {
        let to = at.min(bytes.len());
        while i < to {
            let Some(k) = bytes[i..to].iter().position(candidate) else {
                i = to;
                break;
            };
            i += k;
            let (open, len) = quote_mark(bytes, i);
            if let Some(open) = open {
                region = if open {
                    quotes += 1;
                    Region::Quote(quotes)
                } else {
                    Region::Outside
                };
            }
            i += len;
        }
        out.push(region);
    }
}

/// The quotation mark at byte `i`, if any: whether it opens a quote, and
/// its length in bytes.
fn quote_mark(bytes: &[u8], i: usize) -> (Option<bool>, usize) {
    let rest = &bytes[i..];
    match bytes[i] {
        b'`' if rest.starts_with(b"``") => (Some(true), 2),
        // Some wires open quotes with '' too: before a word, it opens.
        b'\'' if rest.starts_with(b"''") => (Some(opens(bytes, i, 2)), 2),
        b'"' => (Some(opens(bytes, i, 1)), 1),
        0xe2 if rest.starts_with("\u{201c}".as_bytes()) => (Some(true), 3),
        0xe2 if rest.starts_with("\u{201d}".as_bytes()) => (Some(false), 3),
        _ => (None, 1),
    }
}
