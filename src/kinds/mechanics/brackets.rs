//! `kind = "unbalanced-brackets"`: a `(`, `[` or `{` without its closer in
//! the same paragraph, or a closer with no opener. List markers ("1)",
//! "a)", "b.)", "iv)") and emoticons are not brackets, and a block that
//! looks like style sheet or markup debris is skipped.

use crate::kinds::{Check, CheckCx, CompileCx, CompileResult};

#[derive(Debug)]
struct Brackets;

pub(super) fn compile(cx: &mut CompileCx<'_>) -> CompileResult {
    cx.allow_options(&[])?;
    Ok(Box::new(Brackets))
}

fn closer_of(open: char) -> char {
    match open {
        '(' => ')',
        '[' => ']',
        _ => '}',
    }
}

impl Check for Brackets {
    fn check(&self, cx: &mut CheckCx<'_>) {
        let doc = cx.doc;
        let mut problems = Vec::new();
        for block in &doc.blocks {
            let text = &doc.prose[block.range.clone()];
            let bytes = text.as_bytes();
            let has_bracket = memchr::memchr3(b'(', b'[', b'{', bytes).is_some()
                || memchr::memchr3(b')', b']', b'}', bytes).is_some();
            if !has_bracket || super::looks_like_markup(text) {
                continue;
            }
            let base = block.range.start;
            let mut stack: Vec<(char, usize)> = Vec::new();
            // Brackets and the marks that matter before them are ASCII, so
            // the walk is over bytes: a byte of a multi-byte char is never
            // one of them.
            for (i, &b) in bytes.iter().enumerate() {
                if !matches!(b, b'(' | b'[' | b'{' | b')' | b']' | b'}') {
                    continue;
                }
                let c = b as char;
                let prev = i.checked_sub(1).map(|p| bytes[p]);
                match c {
                    '(' | '[' | '{' if !matches!(prev, Some(b':' | b';')) => stack.push((c, i)),
                    ')' | ']' | '}' => {
                        if let Some(pos) = stack.iter().rposition(|&(o, _)| closer_of(o) == c) {
                            // Openers left above the match never closed.
                            for (_, at) in stack.drain(pos + 1..) {
                                problems.push((base + at, "opened and never closed"));
                            }
                            stack.pop();
                        } else if !is_list_marker(&text[..i])
                            && !matches!(prev, Some(b':' | b';' | b'-'))
                        {
                            problems.push((base + i, "closed but never opened"));
                        }
                    }
                    _ => {}
                }
            }
            for (_, at) in stack {
                problems.push((base + at, "opened and never closed"));
            }
        }
        problems.sort();
        for (at, what) in problems {
            let finding = cx.finding(at..at + 1, &[("problem", what)]);
            cx.emit(finding);
        }
    }
}

/// Whether the text before a `)` ends in a list marker: one to three letters
/// or digits at the start of a line or after whitespace ("1)", "b)", "iv)").
fn is_list_marker(before: &str) -> bool {
    let before = before.strip_suffix('.').unwrap_or(before);
    let word_start = before
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphanumeric())
        .last()
        .map_or(before.len(), |(i, _)| i);
    let word = &before[word_start..];
    let ahead = before[..word_start].chars().next_back();
    !word.is_empty() && word.chars().count() <= 3 && ahead.is_none_or(|c| c.is_whitespace())
}

#[cfg(test)]
mod tests {
    use super::is_list_marker;

    #[test]
    fn list_markers() {
        assert!(is_list_marker("1"));
        assert!(is_list_marker("first, b"));
        assert!(is_list_marker("x\niv"));
        assert!(is_list_marker("because it a."));
        assert!(!is_list_marker("the word"));
        assert!(!is_list_marker(""));
    }
}
