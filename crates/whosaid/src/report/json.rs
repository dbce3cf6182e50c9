//! The report as pretty JSON, written in one pass.
//!
//! serde_json's own pretty printer writes an indentation level at a time
//! (one call per level per line); a report of thousands of quotes has a
//! million lines, so this formatter writes each line's break and indent in
//! one slice instead. The bytes are exactly `serde_json::to_string_pretty`'s.

use std::io::{self, Write};

use serde::Serialize;
use serde_json::ser::Formatter;

/// Two spaces per level, as serde_json's pretty printer indents.
const INDENT: &[u8] = b"  ";

/// A line break followed by enough spaces for any level a report reaches;
/// deeper levels are written in pieces.
const BREAK_AND_SPACES: &[u8] =
    b"\n                                                                ";

/// serde_json's `PrettyFormatter` with two-space indents, writing each
/// line's break and indentation with one call.
#[derive(Default)]
struct FastPretty {
    level: usize,
    has_value: bool,
}

impl FastPretty {
    fn new_line<W: ?Sized + Write>(&self, writer: &mut W) -> io::Result<()> {
        let mut spaces = self.level * INDENT.len();
        let first = spaces.min(BREAK_AND_SPACES.len() - 1);
        writer.write_all(&BREAK_AND_SPACES[..=first])?;
        spaces -= first;
        while spaces > 0 {
            let part = spaces.min(BREAK_AND_SPACES.len() - 1);
            writer.write_all(&BREAK_AND_SPACES[1..=part])?;
            spaces -= part;
        }
        Ok(())
    }
}

impl FastPretty {
    fn open<W: ?Sized + Write>(&mut self, writer: &mut W, mark: &[u8]) -> io::Result<()> {
        self.level += 1;
        self.has_value = false;
        writer.write_all(mark)
    }

    fn close<W: ?Sized + Write>(&mut self, writer: &mut W, mark: &[u8]) -> io::Result<()> {
        self.level -= 1;
        if self.has_value {
            self.new_line(writer)?;
        }
        writer.write_all(mark)
    }

    fn next_entry<W: ?Sized + Write>(&mut self, writer: &mut W, first: bool) -> io::Result<()> {
        if !first {
            writer.write_all(b",")?;
        }
        self.new_line(writer)
    }
}

impl Formatter for FastPretty {
    fn begin_array<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.open(writer, b"[")
    }

    fn end_array<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.close(writer, b"]")
    }

    fn begin_array_value<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.next_entry(writer, first)
    }

    fn end_array_value<W: ?Sized + Write>(&mut self, _writer: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }

    fn begin_object<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.open(writer, b"{")
    }

    fn end_object<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.close(writer, b"}")
    }

    fn begin_object_key<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.next_entry(writer, first)
    }

    fn begin_object_value<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        writer.write_all(b": ")
    }

    fn end_object_value<W: ?Sized + Write>(&mut self, _writer: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }
}

/// Writes `value` as pretty JSON to `writer`.
pub fn write_pretty<W: Write, T: Serialize + ?Sized>(writer: W, value: &T) -> io::Result<()> {
    let mut serializer = serde_json::Serializer::with_formatter(writer, FastPretty::default());
    value.serialize(&mut serializer).map_err(io::Error::from)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn pretty(value: &serde_json::Value) -> String {
        let mut out = Vec::new();
        write_pretty(&mut out, value).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn writes_what_serde_json_writes() {
        let value = json!({
            "empty": {}, "none": [], "list": [1, [2, [3, {"deep": [[[[[[[[[[]]]]]]]]]]}]]],
            "text": "a \"quoted\" line\n", "nested": {"a": {"b": {"c": null}}}
        });
        assert_eq!(
            pretty(&value),
            serde_json::to_string_pretty(&value).unwrap()
        );
    }

    #[test]
    fn indents_past_its_buffer_of_spaces() {
        let mut value = json!(1);
        for _ in 0..80 {
            value = json!([value]);
        }
        assert_eq!(
            pretty(&value),
            serde_json::to_string_pretty(&value).unwrap()
        );
    }
}
