//! The report as JSON: serde_json's pretty printing (two spaces a level),
//! byte for byte, with each line break and its indentation written at once
//! rather than two spaces at a time (a report of 1,000 articles has about
//! half a million lines).

use std::io;

use serde::Serialize;
use serde_json::ser::{Formatter, Serializer};

/// A line break after a comma, then the indentation of the deepest level
/// written at once; deeper levels write the rest two spaces at a time.
const BREAK: &[u8] = b",\n                                                                ";

/// serde_json's `PrettyFormatter` with an indentation of two spaces, the
/// same bytes written in fewer calls.
#[derive(Default)]
struct Pretty {
    depth: usize,
    has_value: bool,
}

impl Pretty {
    /// A line break (after a comma unless `first`) and the indentation of
    /// level `depth`.
    fn new_line<W: ?Sized + io::Write>(writer: &mut W, first: bool, depth: usize) -> io::Result<()> {
        let start = usize::from(first);
        let end = 2 + 2 * depth;
        if end <= BREAK.len() {
            return writer.write_all(&BREAK[start..end]);
        }
        writer.write_all(&BREAK[start..])?;
        for _ in 0..(end - BREAK.len()) / 2 {
            writer.write_all(b"  ")?;
        }
        Ok(())
    }

    /// Opens an array or object one level deeper.
    fn open<W: ?Sized + io::Write>(&mut self, writer: &mut W, mark: &[u8]) -> io::Result<()> {
        self.depth += 1;
        self.has_value = false;
        writer.write_all(mark)
    }

    /// Closes an array or object, on a line of its own when it held values.
    fn close<W: ?Sized + io::Write>(&mut self, writer: &mut W, mark: &[u8]) -> io::Result<()> {
        self.depth -= 1;
        if self.has_value {
            Pretty::new_line(writer, true, self.depth)?;
        }
        writer.write_all(mark)
    }
}

impl Formatter for Pretty {
    fn begin_array<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.open(writer, b"[")
    }

    fn end_array<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.close(writer, b"]")
    }

    fn begin_array_value<W: ?Sized + io::Write>(&mut self, writer: &mut W, first: bool) -> io::Result<()> {
        Pretty::new_line(writer, first, self.depth)
    }

    fn end_array_value<W: ?Sized + io::Write>(&mut self, _writer: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }

    fn begin_object<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.open(writer, b"{")
    }

    fn end_object<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.close(writer, b"}")
    }

    fn begin_object_key<W: ?Sized + io::Write>(&mut self, writer: &mut W, first: bool) -> io::Result<()> {
        Pretty::new_line(writer, first, self.depth)
    }

    fn begin_object_value<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        writer.write_all(b": ")
    }

    fn end_object_value<W: ?Sized + io::Write>(&mut self, _writer: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }
}

/// `value` as pretty-printed JSON, the bytes of `serde_json::to_string_pretty`.
pub(crate) fn to_string_pretty<T: Serialize + ?Sized>(value: &T) -> String {
    let mut out = Vec::new();
    // Serializing plain structs of strings and numbers cannot fail.
    write_pretty(&mut out, value).expect("report serializes");
    String::from_utf8(out).expect("serde_json writes UTF-8")
}

/// Write `value` to `writer` as [`to_string_pretty`] gives it, without
/// holding the whole text.
pub(crate) fn write_pretty<W: io::Write, T: Serialize + ?Sized>(writer: W, value: &T) -> io::Result<()> {
    value
        .serialize(&mut Serializer::with_formatter(writer, Pretty::default()))
        .map_err(io::Error::from)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Values nested deeper than the indentation written at once, empty
    /// containers, and strings to escape print as serde_json prints them.
    #[test]
    fn same_bytes_as_serde_json() {
        let mut deep = serde_json::json!({"leaf": [1, 2, {"a": "b\"c\n"}], "empty": [], "none": {}});
        for level in 0..40 {
            deep = serde_json::json!({ "level": level, "inner": [deep, "x"], "flag": true });
        }
        let expected = serde_json::to_string_pretty(&deep).unwrap();
        assert_eq!(to_string_pretty(&deep), expected);
        let flat = serde_json::json!(["plain", 1.5, null]);
        assert_eq!(to_string_pretty(&flat), serde_json::to_string_pretty(&flat).unwrap());
        let mut written = Vec::new();
        write_pretty(&mut written, &deep).unwrap();
        assert_eq!(String::from_utf8(written).unwrap(), expected);
    }
}
