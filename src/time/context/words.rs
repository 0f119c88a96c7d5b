//! Reading the words next to a match: the word before or after a byte
//! offset, and tests on a word's case and spelling. The checks of this
//! module all look at a few words around a match, so they share these.

/// The byte offset just after the last character of `s` matching `split`
/// (0 if none): the start of the last word, on a character boundary even
/// when the separator is a curly apostrophe ("March ’98").
pub(super) fn after_last(s: &str, split: impl Fn(char) -> bool) -> usize {
    s.char_indices()
        .rev()
        .find(|&(_, c)| split(c))
        .map_or(0, |(k, c)| k + c.len_utf8())
}

/// The ASCII bytes a word read by [`word_before`] is made of: letters,
/// digits, apostrophes, dots and hyphens.
static WORD_BYTES: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        table[b] = c.is_ascii_alphanumeric() || c == b'\'' || c == b'.' || c == b'-';
        b += 1;
    }
    table
};

/// The word ending right before byte `at` (skipping spaces), if the
/// character before the spaces is a letter.
pub(super) fn word_before(text: &str, at: usize) -> Option<&str> {
    let in_word = |c: char| c.is_alphanumeric() || matches!(c, '\'' | '.' | '-');
    let bytes = text.as_bytes();
    let mut end = at;
    while end > 0 && matches!(bytes[end - 1], b' ' | b'\t') {
        end -= 1;
    }
    if end == at && at > 0 {
        return None;
    }
    let head = &text[..end];
    // Back over ASCII a byte at a time (this runs several times for every
    // expression, and most words are ASCII); from a wider character on,
    // a character at a time.
    let mut start = end;
    while start > 0 && WORD_BYTES[usize::from(bytes[start - 1])] {
        start -= 1;
    }
    if start > 0 && !bytes[start - 1].is_ascii() {
        start = after_last(&head[..start], |c| !in_word(c));
    }
    let w = &head[start..];
    w.chars()
        .next()
        .is_some_and(char::is_alphabetic)
        .then_some(w)
}

/// The words before byte `at`, nearest first, as [`word_before`] reads
/// them, up to the first that is not a plain word (a number, a
/// bracket, a word ending in a comma).
pub(super) fn words_before(text: &str, at: usize) -> impl Iterator<Item = &str> {
    let mut at = at;
    std::iter::from_fn(move || {
        let w = word_before(text, at)?;
        at = text[..at].trim_end_matches([' ', '\t']).len() - w.len();
        Some(w)
    })
}

/// The word starting right after byte `at` (after spaces only).
pub(super) fn word_after(text: &str, at: usize) -> Option<&str> {
    let tail = &text[at..];
    let rest = tail.trim_start_matches([' ', '\t']);
    if rest.len() == tail.len() {
        return None;
    }
    let end = rest
        .find(|c: char| !c.is_alphanumeric() && c != '-')
        .unwrap_or(rest.len());
    let w = &rest[..end];
    w.chars()
        .next()
        .is_some_and(char::is_alphabetic)
        .then_some(w)
}

pub(super) fn capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// The word before an "of" that comes right before `start`: "player" in
/// "player of the year", "people" in "the people of tomorrow".
pub(super) fn word_before_of(text: &str, start: usize) -> Option<&str> {
    let of = word_before(text, start).filter(|w| w.eq_ignore_ascii_case("of"))?;
    let of_start = text[..start].trim_end_matches([' ', '\t']).len() - of.len();
    word_before(text, of_start)
}

/// Whether `span` ends with the ASCII `suffix`, in any case; a span
/// ending in a character of several bytes is no panic but a no.
pub(super) fn ends_with_ignore_case(span: &str, suffix: &str) -> bool {
    span.len()
        .checked_sub(suffix.len())
        .and_then(|k| span.get(k..))
        .is_some_and(|s| s.eq_ignore_ascii_case(suffix))
}

/// Whether `w` is one of `list`, ignoring ASCII case.
pub(super) fn is(w: &str, list: &[&str]) -> bool {
    list.iter().any(|x| w.eq_ignore_ascii_case(x))
}
