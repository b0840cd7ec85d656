//! Plain-text articles: paragraphs are separated by blank lines, and the first
//! line is the headline when a blank line follows it (the wire-copy layout).

use super::{BlockKind, Skeleton, blank_spans};
use std::ops::Range;

pub(crate) fn read(text: &str) -> Skeleton {
    let mut prose = text.to_owned();
    if text.starts_with('\u{feff}') {
        blank_spans(&mut prose, std::slice::from_ref(&(0..3)));
    }
    // Suppression directives are not prose.
    blank_spans(
        &mut prose,
        &crate::suppress::plain_text_directive_spans(text),
    );
    let paragraphs = paragraphs(&prose);
    let mut blocks = Vec::with_capacity(paragraphs.len());
    for (i, (range, lines)) in paragraphs.into_iter().enumerate() {
        let kind = if i == 0
            && lines == 1
            && range.end < text.len()
            && has_blank_line_after(&prose, range.end)
        {
            BlockKind::Headline
        } else {
            BlockKind::Paragraph
        };
        blocks.push((kind, range, false));
    }
    Skeleton {
        prose,
        blocks,
        front_matter: None,
    }
}

/// Byte ranges of blank-line-separated paragraphs, with their line counts.
pub(crate) fn paragraphs(text: &str) -> Vec<(Range<usize>, usize)> {
    let mut out = Vec::new();
    let mut current: Option<(usize, usize, usize)> = None; // start, end, lines
    for line in line_ranges(text) {
        let content = &text[line.clone()];
        if content.trim().is_empty() {
            if let Some((start, end, lines)) = current.take() {
                out.push((start..end, lines));
            }
        } else {
            current = Some(match current {
                Some((start, _, lines)) => (start, line.end, lines + 1),
                None => (line.start, line.end, 1),
            });
        }
    }
    if let Some((start, end, lines)) = current {
        out.push((start..end, lines));
    }
    out
}

/// Ranges of lines without their endings; `\n`, `\r\n` and a lone `\r` end lines.
pub(crate) fn line_ranges(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let bytes = text.as_bytes();
    let mut pos = 0;
    std::iter::from_fn(move || {
        if pos > bytes.len()
            || (pos == bytes.len() && pos != 0 && !matches!(bytes[pos - 1], b'\n' | b'\r'))
        {
            return None;
        }
        if pos == bytes.len() {
            pos += 1;
            return (bytes.is_empty()).then_some(0..0);
        }
        let start = pos;
        let rel = memchr::memchr2(b'\n', b'\r', &bytes[start..]);
        match rel {
            Some(r) => {
                let end = start + r;
                pos = if bytes[end] == b'\r' && bytes.get(end + 1) == Some(&b'\n') {
                    end + 2
                } else {
                    end + 1
                };
                if pos == bytes.len() {
                    pos += 1;
                }
                Some(start..end)
            }
            None => {
                pos = bytes.len() + 1;
                Some(start..bytes.len())
            }
        }
    })
}

fn has_blank_line_after(text: &str, end: usize) -> bool {
    let rest = &text[end..];
    let rest = rest
        .strip_prefix("\r\n")
        .or_else(|| rest.strip_prefix('\n'))
        .or_else(|| rest.strip_prefix('\r'));
    match rest {
        Some(rest) => {
            let line_end = rest.find(['\n', '\r']).unwrap_or(rest.len());
            rest[..line_end].trim().is_empty()
        }
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_line_is_a_headline_only_before_a_blank_line() {
        let s = read("Big news\n\nFirst para\nwraps here.\n\nSecond.\n");
        let kinds: Vec<_> = s.blocks.iter().map(|b| b.0).collect();
        assert_eq!(
            kinds,
            vec![
                BlockKind::Headline,
                BlockKind::Paragraph,
                BlockKind::Paragraph
            ]
        );
        let s = read("One line\nand another\n\nPara.");
        assert_eq!(s.blocks[0].0, BlockKind::Paragraph);
    }

    #[test]
    fn crlf_paragraphs_keep_exact_spans() {
        let text = "Head\r\n\r\nBody one.\r\n\r\nBody two.";
        let s = read(text);
        assert_eq!(&text[s.blocks[1].1.clone()], "Body one.");
        assert_eq!(&text[s.blocks[2].1.clone()], "Body two.");
    }

    #[test]
    fn lines_split_on_every_ending() {
        let lines: Vec<_> = line_ranges("a\r\nb\rc\n").collect();
        assert_eq!(lines, vec![0..1, 3..4, 5..6]);
        assert_eq!(line_ranges("").count(), 1);
    }
}
