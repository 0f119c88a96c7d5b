//! The packed-key hash table words are looked up in: `Key`, a word
//! packed into two integers, and `Table`, from keys to values.

/// For a word of `n` bytes (at most 16), the bits of the two halves of
/// its key that hold it: a table, so that reading a word in place
/// (`Key::in_text`) needs no branch or shift to cut it off.
const KEY_MASKS: [(u64, u64); 17] = {
    let mut masks = [(0, 0); 17];
    let mut n = 1;
    while n <= 16 {
        masks[n] = if n <= 8 {
            (u64::MAX >> (64 - 8 * n), 0)
        } else {
            (u64::MAX, u64::MAX >> (128 - 8 * n))
        };
        n += 1;
    }
    masks
};

/// A word of at most 16 ASCII bytes, lower-cased and packed into two
/// integers, so a lookup compares two numbers instead of strings.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
pub struct Key(u64, u64);

impl Key {
    /// The key of `w` (any case); `None` if empty or longer than 16 bytes.
    pub fn of(w: &[u8]) -> Option<Key> {
        if w.is_empty() || w.len() > 16 {
            return None;
        }
        let mut buf = [0u8; 16];
        for (d, s) in buf.iter_mut().zip(w) {
            *d = s.to_ascii_lowercase();
        }
        let (lo, hi) = buf.split_at(8);
        Some(Key(
            u64::from_le_bytes(lo.try_into().ok()?),
            u64::from_le_bytes(hi.try_into().ok()?),
        ))
    }

    /// The key of the word `bytes[s..e]`, which must consist of ASCII
    /// letters, digits, dots, hyphens or apostrophes (for those, setting
    /// bit 5 lower-cases); reads eight bytes at a time where it can.
    pub fn in_text(bytes: &[u8], s: usize, e: usize) -> Option<Key> {
        let n = e.checked_sub(s)?;
        if n == 0 || n > 16 {
            return None;
        }
        let Some(chunk) = bytes.get(s..s + 16) else {
            return Key::of(bytes.get(s..e)?);
        };
        let (lo, hi) = chunk.split_at(8);
        let lo = u64::from_le_bytes(lo.try_into().ok()?);
        let hi = u64::from_le_bytes(hi.try_into().ok()?);
        let (lo_mask, hi_mask) = KEY_MASKS[n];
        const LOWER: u64 = 0x2020_2020_2020_2020;
        Some(Key((lo | LOWER) & lo_mask, (hi | LOWER) & hi_mask))
    }

    /// The key mixed into 64 bits: the top [`TABLE_BITS`] pick its slot,
    /// the [`SEEN_BITS`] after them its bit in [`Table::seen`].
    fn hash(self) -> u64 {
        (self.0 ^ self.1.rotate_left(29)).wrapping_mul(0x9E37_79B9_7F4A_7C15)
    }

    fn slot(hash: u64) -> usize {
        (hash >> (64 - TABLE_BITS)) as usize
    }

    /// Which word and which bit of [`Table::seen`].
    fn seen_bit(hash: u64) -> (usize, u64) {
        let b = (hash >> (64 - TABLE_BITS - SEEN_BITS)) as usize & ((1 << SEEN_BITS) - 1);
        (b / 64, 1 << (b % 64))
    }
}

const TABLE_BITS: u32 = 10;

/// Open-addressing hash table from words to values; `absent` is what a
/// missing word gets.
pub struct Table<V> {
    /// A fixed number of slots, so a probe needs no bounds check.
    slots: Box<[(Key, V); SLOTS]>,
    absent: V,
    /// A bit for each word's hash, set if some word of the table has it.
    /// Most words of a text are in no table: their bit is mostly clear,
    /// and one read of this kilobyte, which stays in the nearest cache,
    /// turns them away before the slots (tens of kilobytes) are read.
    seen: Box<[u64; (1 << SEEN_BITS) / 64]>,
}

const SLOTS: usize = 1 << TABLE_BITS;

/// Bits of [`Table::seen`]: a table holds a few hundred words, so nearly
/// every word that is not in it finds its bit clear (one made-up word in
/// about twenty-five finds it set; see the tests).
const SEEN_BITS: u32 = 13;

impl<V: Copy> Table<V> {
    /// Builds the table; for a word given twice the first value counts.
    /// At most half of the `2^TABLE_BITS` slots may be used.
    pub fn build(entries: impl Iterator<Item = (&'static str, V)>, absent: V) -> Table<V> {
        let mut slots = Box::new([(Key::default(), absent); SLOTS]);
        let mut seen = Box::new([0u64; (1 << SEEN_BITS) / 64]);
        for (w, v) in entries {
            let Some(key) = Key::of(w.as_bytes()) else {
                continue;
            };
            let (word, bit) = Key::seen_bit(key.hash());
            seen[word] |= bit;
            let mut h = Key::slot(key.hash());
            while slots[h].0 != Key::default() && slots[h].0 != key {
                h = (h + 1) & (SLOTS - 1);
            }
            if slots[h].0 != key {
                slots[h] = (key, v);
            }
        }
        Table {
            slots,
            absent,
            seen,
        }
    }

    /// The value of `key`.
    pub fn get(&self, key: Key) -> V {
        let hash = key.hash();
        let (word, bit) = Key::seen_bit(hash);
        if self.seen[word] & bit == 0 {
            return self.absent;
        }
        let mut h = Key::slot(hash);
        loop {
            let (k, v) = self.slots[h];
            if k == key {
                return v;
            }
            if k == Key::default() {
                return self.absent;
            }
            h = (h + 1) & (SLOTS - 1);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::time::lexicon::{Lex, TABLE, classify_bytes};

    #[test]
    fn seen_bits_turn_most_other_words_away() {
        // Few of the bits are set, so a word not in the table rarely
        // reaches its slots.
        let set: u32 = TABLE.seen.iter().map(|w| w.count_ones()).sum();
        assert!(set > 0 && set * 10 < 1 << SEEN_BITS, "{set} bits set");
        // Made-up words of three to ten letters: one in ten at most may
        // find its bit set (about one in twenty-five does).
        let mut seed = 7u64;
        let mut passed = 0;
        for n in 0..2000 {
            let word: Vec<u8> = (0..3 + n % 8)
                .map(|_| {
                    seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                    b'a' + u8::try_from((seed >> 33) % 26).unwrap_or(0)
                })
                .collect();
            let Some(key) = Key::of(&word) else {
                continue;
            };
            let (slot, bit) = Key::seen_bit(key.hash());
            if TABLE.seen[slot] & bit != 0 && classify_bytes(&word) == Lex::Other {
                passed += 1;
            }
        }
        assert!(passed < 200, "{passed} of 2000");
    }
}
