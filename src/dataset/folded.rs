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
    pub fn new(name: &'a str) -> Self {
        if name.is_ascii() {
            Folded::Ascii(name)
        } else {
            Folded::Lowercase(name.to_lowercase())
        }
    }

    /// The lowercase form's bytes. `to_lowercase` lowers ASCII letters
    /// too, so folding ASCII letters once more leaves a lowercase name as
    /// it is: both kinds give their lowercase form here.
    fn bytes(&self) -> impl Iterator<Item = u8> + '_ {
        let text = match self {
            Folded::Ascii(text) => text,
            Folded::Lowercase(text) => text.as_str(),
        };
        text.bytes().map(|b| b.to_ascii_lowercase())
    }

    fn len(&self) -> usize {
        match self {
            Folded::Ascii(text) => text.len(),
            Folded::Lowercase(text) => text.len(),
        }
    }
}

impl PartialEq for Folded<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.len() == other.len() && self.bytes().eq(other.bytes())
    }
}

impl Eq for Folded<'_> {}

impl Hash for Folded<'_> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        // Eight folded bytes at a time, so equal names make equal calls.
        let mut buffer = [0; 8];
        let mut filled = 0;
        for byte in self.bytes() {
            buffer[filled] = byte;
            filled += 1;
            if filled == buffer.len() {
                state.write(&buffer);
                filled = 0;
            }
        }
        state.write(&buffer[..filled]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::fasthash::FastMap;

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
            let mut map = FastMap::default();
            map.insert(Folded::new(a), 1);
            assert_eq!(map.get(&Folded::new(b)), Some(&1), "{a} and {b}");
            assert_eq!(a.to_lowercase(), b.to_lowercase());
        }
        assert_ne!(Folded::new("Huawei"), Folded::new("Huawei Technologies"));
        assert_ne!(Folded::new("ab"), Folded::new("ac"));
    }
}
