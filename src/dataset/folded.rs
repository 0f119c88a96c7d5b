//! Names compared and hashed as their lowercase, without a lowercase copy
//! of every name: lint compares hundreds of thousands of them on a large
//! dataset, and most are ASCII, whose lowercase is a byte-by-byte fold.

use std::hash::{Hash, Hasher};

/// A name that equals another when their lowercase forms (Unicode
/// `to_lowercase`) are equal.
#[derive(Debug, Clone)]
pub enum Folded<'a> {
    /// An ASCII name, folded on the fly.
    Ascii(&'a str),
    /// Any other name, already in lowercase (which folds to itself).
    Lowercase(String),
}

impl<'a> Folded<'a> {
    /// The key of `name`: borrowed when ASCII, the common case, so most
    /// names cost no copy.
    pub fn new(name: &'a str) -> Self {
        if name.is_ascii() {
            Folded::Ascii(name)
        } else {
            Folded::Lowercase(name.to_lowercase())
        }
    }

    /// The name as held: folding its ASCII letters gives its lowercase
    /// form, since `to_lowercase` has already lowered every letter of a
    /// non-ASCII name, ASCII ones included.
    fn text(&self) -> &str {
        match self {
            Folded::Ascii(text) => text,
            Folded::Lowercase(text) => text,
        }
    }
}

impl PartialEq for Folded<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.text()
            .as_bytes()
            .eq_ignore_ascii_case(other.text().as_bytes())
    }
}

impl Eq for Folded<'_> {}

impl Hash for Folded<'_> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        // Eight folded bytes at a time: equal names have equal lengths,
        // so they make equal calls.
        let mut words = self.text().as_bytes().chunks_exact(8);
        for word in &mut words {
            let mut buffer = [0; 8];
            buffer.copy_from_slice(word);
            buffer.make_ascii_lowercase();
            state.write(&buffer);
        }
        let rest = words.remainder();
        let mut buffer = [0; 8];
        buffer[..rest.len()].copy_from_slice(rest);
        buffer.make_ascii_lowercase();
        state.write(&buffer[..rest.len()]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rustc_hash::FxHashMap;

    #[test]
    fn names_equal_by_their_lowercase() {
        let same = [
            ("Huawei", "HUAWEI"),
            ("Kirin 9000S chip", "kirin 9000s CHIP"),
            (
                "Straße",
                "STRASSE".to_lowercase().as_str().replace("ss", "ß").leak(),
            ),
            ("\u{212A}elvin", "kelvin"),
        ];
        for (a, b) in same {
            let mut map = FxHashMap::default();
            map.insert(Folded::new(a), 1);
            assert_eq!(map.get(&Folded::new(b)), Some(&1), "{a} and {b}");
            assert_eq!(a.to_lowercase(), b.to_lowercase());
        }
        assert_ne!(Folded::new("Huawei"), Folded::new("Huawei Technologies"));
        assert_ne!(Folded::new("ab"), Folded::new("ac"));
    }
}
