//! The quick reader as a serde deserializer: block mappings and sequences
//! are read line by line straight into the schema's types, with no event
//! list or value tree in between.
//!
//! Each method gives the visitor what serde_yaml would for the same YAML,
//! or declines: an error here never reaches a person, it only sends the
//! file to serde_yaml.

use std::fmt;

use serde::de::value::BorrowedStrDeserializer;
use serde::de::{self, DeserializeSeed, Deserializer, Visitor};

use super::lines::{Line, Lines};
use super::scalar::{self, Scalar};

/// Why the quick reader gave up on a document; only for debugging, since
/// the document is then read by serde_yaml, which explains any error.
#[derive(Debug)]
pub struct Declined(String);

impl fmt::Display for Declined {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Declined {}

impl de::Error for Declined {
    fn custom<T: fmt::Display>(message: T) -> Self {
        Declined(message.to_string())
    }
}

fn decline<T>(why: &str) -> Result<T, Declined> {
    Err(Declined(why.to_string()))
}

/// A value about to be deserialized.
pub enum Node<'a> {
    Scalar(Scalar<'a>),
    /// The items of a flow sequence.
    Flow(Vec<Scalar<'a>>),
    /// A block mapping or sequence whose lines start at the cursor, at
    /// this indentation.
    Block(usize),
}

/// The cursor shared by every nested deserializer of one document.
pub struct Reader<'a> {
    pub lines: Lines<'a>,
}

/// `key` and the rest of the line when `text` is a block mapping entry
/// whose key is a plain word (`node_nm: 7`, `sources:`).
pub fn split_key(text: &str) -> Option<(&str, &str)> {
    let colon = text
        .bytes()
        .position(|b| !(b.is_ascii_alphanumeric() || b == b'_'))?;
    let (key, rest) = (&text[..colon], text[colon..].strip_prefix(':')?);
    (!key.is_empty() && (rest.is_empty() || rest.starts_with(' ')))
        .then(|| (key, rest.trim_start_matches(' ')))
}

impl<'a> Reader<'a> {
    /// The value written after `key:` (`in_mapping`) or `- ` at `indent`,
    /// whose line has been consumed; `text` has no leading spaces.
    fn value(
        &mut self,
        text: &'a str,
        indent: usize,
        in_mapping: bool,
    ) -> Result<Node<'a>, Declined> {
        if text.is_empty() || text.starts_with('#') {
            if !in_mapping {
                return decline("an empty sequence entry");
            }
            // The value is on the next lines, or is empty (null).
            return Ok(match self.lines.peek() {
                Some(next) if next.indent > indent => Node::Block(next.indent),
                // A sequence may sit at its key's indentation.
                Some(next) if next.indent == indent && next.is_entry() => Node::Block(indent),
                _ => Node::Scalar(Scalar::Plain("")),
            });
        }
        match text.as_bytes()[0] {
            b'[' => scalar::flow(text).map(Node::Flow),
            b'>' | b'|' => scalar::block(text, &mut self.lines, indent)
                .map(|text| Node::Scalar(Scalar::Quoted(text.into()))),
            _ => scalar::inline(text).map(Node::Scalar),
        }
        .map_or_else(|| decline("a value outside the plain layout"), Ok)
    }
}

/// Deserializes one [`Node`].
pub struct NodeDe<'r, 'a> {
    pub reader: &'r mut Reader<'a>,
    pub node: Node<'a>,
}

impl<'a> NodeDe<'_, 'a> {
    /// The plain scalar this node is, if it is one.
    fn plain(&self) -> Option<&'a str> {
        match self.node {
            Node::Scalar(Scalar::Plain(text)) => Some(text),
            _ => None,
        }
    }

    fn text<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, Declined> {
        match self.node {
            Node::Scalar(Scalar::Plain(text)) => visitor.visit_borrowed_str(text),
            Node::Scalar(Scalar::Quoted(text)) => match text {
                std::borrow::Cow::Borrowed(text) => visitor.visit_borrowed_str(text),
                std::borrow::Cow::Owned(text) => visitor.visit_string(text),
            },
            _ => decline("a collection where text is expected"),
        }
    }
}

/// Whether the block at `indent` starts with a line `is_wanted` accepts.
fn starts_with(
    reader: &mut Reader<'_>,
    indent: usize,
    is_wanted: impl Fn(&Line<'_>) -> bool,
) -> bool {
    reader
        .lines
        .peek()
        .is_some_and(|line| line.indent == indent && is_wanted(&line))
}

/// The deserializer methods the schema never needs: they decline.
macro_rules! declined {
    ($($method:ident)*) => {
        $(
            fn $method<V: Visitor<'a>>(self, _visitor: V) -> Result<V::Value, Declined> {
                decline(stringify!($method))
            }
        )*
    };
}

impl<'a> Deserializer<'a> for NodeDe<'_, 'a> {
    type Error = Declined;

    /// Only scalars whose type YAML would not guess otherwise: a plain
    /// unsigned number, quoted text, or plain text that cannot be anything
    /// but text (`2023-11-16`).
    fn deserialize_any<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, Declined> {
        match self.plain() {
            Some(text) => match scalar::unsigned(text) {
                Some(number) => visitor.visit_u64(number),
                None if scalar::may_not_be_text(text) => decline("an ambiguous scalar"),
                None => visitor.visit_borrowed_str(text),
            },
            None => match self.node {
                Node::Scalar(_) => self.text(visitor),
                _ => decline("a collection read without a type"),
            },
        }
    }

    fn deserialize_bool<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, Declined> {
        match self.plain().and_then(scalar::boolean) {
            Some(value) => visitor.visit_bool(value),
            None => decline("not a boolean"),
        }
    }

    fn deserialize_u8<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, Declined> {
        self.deserialize_u64(visitor)
    }

    fn deserialize_u16<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, Declined> {
        self.deserialize_u64(visitor)
    }

    fn deserialize_u32<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, Declined> {
        self.deserialize_u64(visitor)
    }

    fn deserialize_u64<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, Declined> {
        match self.plain().and_then(scalar::unsigned) {
            Some(value) => visitor.visit_u64(value),
            None => decline("not a plain unsigned number"),
        }
    }

    fn deserialize_str<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, Declined> {
        self.text(visitor)
    }

    fn deserialize_string<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, Declined> {
        self.text(visitor)
    }

    fn deserialize_identifier<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, Declined> {
        self.text(visitor)
    }

    fn deserialize_option<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, Declined> {
        if self.plain().is_some_and(scalar::is_null) {
            visitor.visit_none()
        } else {
            visitor.visit_some(self)
        }
    }

    fn deserialize_unit<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, Declined> {
        if self.plain().is_some_and(scalar::is_null) {
            visitor.visit_unit()
        } else {
            decline("not null")
        }
    }

    fn deserialize_unit_struct<V: Visitor<'a>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Declined> {
        self.deserialize_unit(visitor)
    }

    fn deserialize_newtype_struct<V: Visitor<'a>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Declined> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_seq<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, Declined> {
        match self.node {
            Node::Flow(items) => visitor.visit_seq(FlowSeq {
                items: items.into_iter(),
            }),
            Node::Block(indent) if starts_with(self.reader, indent, |line| line.is_entry()) => {
                visitor.visit_seq(BlockSeq {
                    reader: self.reader,
                    indent,
                })
            }
            // An empty value is an empty sequence.
            Node::Scalar(Scalar::Plain("")) => visitor.visit_seq(FlowSeq {
                items: Vec::new().into_iter(),
            }),
            _ => decline("not a sequence"),
        }
    }

    fn deserialize_map<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, Declined> {
        let is_key = |line: &Line<'_>| split_key(line.text).is_some();
        match self.node {
            Node::Block(indent) if starts_with(self.reader, indent, is_key) => {
                visitor.visit_map(BlockMap {
                    reader: self.reader,
                    indent,
                    value: None,
                })
            }
            _ => decline("not a mapping"),
        }
    }

    fn deserialize_struct<V: Visitor<'a>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Declined> {
        self.deserialize_map(visitor)
    }

    /// A unit variant written as a scalar (`kind: company`).
    fn deserialize_enum<V: Visitor<'a>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Declined> {
        match self.node {
            Node::Scalar(Scalar::Plain(text)) => {
                visitor.visit_enum(BorrowedStrDeserializer::<Declined>::new(text))
            }
            Node::Scalar(Scalar::Quoted(text)) => {
                visitor.visit_enum(de::value::StrDeserializer::<Declined>::new(&text))
            }
            _ => decline("an enum that is not a scalar"),
        }
    }

    declined! {
        deserialize_i8 deserialize_i16 deserialize_i32 deserialize_i64 deserialize_i128
        deserialize_u128 deserialize_f32 deserialize_f64 deserialize_char
        deserialize_bytes deserialize_byte_buf deserialize_ignored_any
    }

    fn deserialize_tuple<V: Visitor<'a>>(
        self,
        _len: usize,
        _visitor: V,
    ) -> Result<V::Value, Declined> {
        decline("a tuple")
    }

    fn deserialize_tuple_struct<V: Visitor<'a>>(
        self,
        _name: &'static str,
        _len: usize,
        _visitor: V,
    ) -> Result<V::Value, Declined> {
        decline("a tuple struct")
    }
}

/// The items of a flow sequence.
struct FlowSeq<'a> {
    items: std::vec::IntoIter<Scalar<'a>>,
}

impl<'a> de::SeqAccess<'a> for FlowSeq<'a> {
    type Error = Declined;

    fn next_element_seed<T: DeserializeSeed<'a>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, Declined> {
        let Some(item) = self.items.next() else {
            return Ok(None);
        };
        let mut reader = Reader {
            lines: Lines::new(""),
        };
        seed.deserialize(NodeDe {
            reader: &mut reader,
            node: Node::Scalar(item),
        })
        .map(Some)
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.items.len())
    }
}

/// The entries of a block sequence at `indent`.
struct BlockSeq<'r, 'a> {
    reader: &'r mut Reader<'a>,
    indent: usize,
}

impl<'a> de::SeqAccess<'a> for BlockSeq<'_, 'a> {
    type Error = Declined;

    /// How many entries follow, so the vector is allocated once at its
    /// size: a source list of one entry would otherwise take room for four.
    fn size_hint(&self) -> Option<usize> {
        Some(self.reader.lines.count_entries(self.indent))
    }

    fn next_element_seed<T: DeserializeSeed<'a>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, Declined> {
        let Some(line) = self.reader.lines.peek() else {
            return Ok(None);
        };
        if line.indent > self.indent {
            return decline("a line indented deeper than its sequence");
        }
        if line.indent < self.indent || !line.is_entry() {
            return Ok(None);
        }
        let text = line.text[1..].trim_start_matches(' ');
        let column = self.indent + line.text.len() - text.len();
        if text == "-" || text.starts_with("- ") {
            return decline("a sequence inside a sequence entry");
        }
        let node = if split_key(text).is_some() {
            // `- id: a`: a mapping whose keys line up under `id`.
            self.reader.lines.replace(Line {
                indent: column,
                text,
            });
            Node::Block(column)
        } else {
            self.reader.lines.advance();
            self.reader.value(text, self.indent, false)?
        };
        seed.deserialize(NodeDe {
            reader: &mut *self.reader,
            node,
        })
        .map(Some)
    }
}

/// The entries of a block mapping at `indent`.
struct BlockMap<'r, 'a> {
    reader: &'r mut Reader<'a>,
    indent: usize,
    /// The value of the key just read.
    value: Option<Node<'a>>,
}

impl<'a> de::MapAccess<'a> for BlockMap<'_, 'a> {
    type Error = Declined;

    fn next_key_seed<K: DeserializeSeed<'a>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Declined> {
        let Some(line) = self.reader.lines.peek() else {
            return Ok(None);
        };
        if line.indent < self.indent {
            return Ok(None);
        }
        if line.indent > self.indent {
            return decline("a line indented deeper than its mapping");
        }
        let Some((key, text)) = split_key(line.text) else {
            return decline("a line that is not a `key: value` entry");
        };
        self.reader.lines.advance();
        self.value = Some(self.reader.value(text, self.indent, true)?);
        seed.deserialize(BorrowedStrDeserializer::new(key))
            .map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'a>>(&mut self, seed: V) -> Result<V::Value, Declined> {
        match self.value.take() {
            Some(node) => seed.deserialize(NodeDe {
                reader: &mut *self.reader,
                node,
            }),
            None => decline("a value without a key"),
        }
    }
}
