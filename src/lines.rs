//! Byte offsets to 1-based line and column numbers, computed once per file.
//!
//! Spans stay byte ranges everywhere in copydesk; this is the one place they
//! become lines and columns, at the edge where output is written. Columns count
//! Unicode scalar values, as DESIGN.md's JSON contract says. A lone `\r` and
//! `\r\n` both end a line, so CR-only files still report the right line.

use std::ops::Range;

/// Start offsets of every line of a text.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
}

/// A 1-based line and column (column in chars).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LineCol {
    pub line: usize,
    pub column: usize,
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let bytes = text.as_bytes();
        let mut starts = Vec::with_capacity(bytes.len() / 64 + 1);
        starts.push(0);
        for i in memchr::memchr2_iter(b'\n', b'\r', bytes) {
            if bytes[i] == b'\n' || bytes.get(i + 1) != Some(&b'\n') {
                starts.push(i + 1);
            }
        }
        LineIndex { starts }
    }

    /// The 0-based line holding `offset`.
    pub fn line_of(&self, offset: usize) -> usize {
        self.starts.partition_point(|&s| s <= offset) - 1
    }

    /// The byte range of 0-based line `line`, without its line ending.
    pub fn line_range(&self, text: &str, line: usize) -> Range<usize> {
        let start = self.starts[line];
        let mut end = self.starts.get(line + 1).copied().unwrap_or(text.len());
        let bytes = text.as_bytes();
        while end > start && matches!(bytes[end - 1], b'\n' | b'\r') {
            end -= 1;
        }
        start..end
    }

    /// 1-based line and char column of a byte offset. An offset inside a
    /// multi-byte char counts as that char.
    pub fn line_col(&self, text: &str, offset: usize) -> LineCol {
        let offset = offset.min(text.len());
        let line = self.line_of(offset);
        let start = self.starts[line];
        let column = text
            .get(start..offset)
            .map(|s| s.chars().count())
            .unwrap_or_else(|| {
                text[start..]
                    .char_indices()
                    .take_while(|(i, _)| start + i < offset)
                    .count()
            });
        LineCol {
            line: line + 1,
            column: column + 1,
        }
    }

    pub fn line_count(&self) -> usize {
        self.starts.len()
    }

    /// A cursor for converting many offsets in increasing order: each
    /// conversion counts only the chars since the previous one on the same
    /// line, so a file with one enormous line costs linear time, not
    /// quadratic.
    pub fn cursor<'a>(&'a self, text: &'a str) -> Cursor<'a> {
        Cursor {
            index: self,
            text,
            last: None,
        }
    }
}

/// See [`LineIndex::cursor`].
pub struct Cursor<'a> {
    index: &'a LineIndex,
    text: &'a str,
    /// The last offset converted and its position.
    last: Option<(usize, LineCol)>,
}

impl Cursor<'_> {
    pub fn line_col(&mut self, offset: usize) -> LineCol {
        let offset = offset.min(self.text.len());
        let line = self.index.line_of(offset);
        let at = match self.last {
            Some((prev, pos))
                if prev <= offset
                    && pos.line == line + 1
                    && self.text.is_char_boundary(prev)
                    && self.text.is_char_boundary(offset) =>
            {
                LineCol {
                    line: pos.line,
                    column: pos.column + self.text[prev..offset].chars().count(),
                }
            }
            _ => self.index.line_col(self.text, offset),
        };
        self.last = Some((offset, at));
        at
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_chars_not_bytes() {
        let text = "Núñez said\nok";
        let idx = LineIndex::new(text);
        let said = text.find("said").unwrap();
        assert_eq!(idx.line_col(text, said), LineCol { line: 1, column: 7 });
        assert_eq!(
            idx.line_col(text, text.len()),
            LineCol { line: 2, column: 3 }
        );
    }

    #[test]
    fn a_cursor_agrees_with_direct_conversion() {
        let text = "ab\nNúñez ñ x\r\nend";
        let idx = LineIndex::new(text);
        let mut cursor = idx.cursor(text);
        for offset in [0, 1, 3, 5, 9, 12, 3, 14, 17, 2] {
            assert_eq!(
                cursor.line_col(offset),
                idx.line_col(text, offset),
                "offset {offset}"
            );
        }
    }

    #[test]
    fn crlf_and_lone_cr_end_lines() {
        let text = "a\r\nb\rc\nd";
        let idx = LineIndex::new(text);
        assert_eq!(idx.line_count(), 4);
        assert_eq!(idx.line_col(text, text.find('c').unwrap()).line, 3);
        assert_eq!(idx.line_range(text, 0), 0..1);
        assert_eq!(
            idx.line_col(text, text.find('d').unwrap()),
            LineCol { line: 4, column: 1 }
        );
    }
}
