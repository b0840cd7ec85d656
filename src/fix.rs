//! Applying fixes to a text: every finding with a replacement, in order,
//! skipping any fix that overlaps one already taken (the next run picks it
//! up), so one pass never produces a garbled edit.

use crate::finding::Finding;

/// The fixed text and how many fixes went in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fixed {
    pub text: String,
    pub applied: usize,
}

/// Applies the fixes of `findings` (sorted or not) to `text`.
pub fn apply_fixes<'f>(text: &str, findings: impl IntoIterator<Item = &'f Finding>) -> Fixed {
    let mut edits: Vec<(std::ops::Range<usize>, &str)> = findings
        .into_iter()
        .filter_map(|f| {
            f.fix
                .as_ref()
                .map(|fix| (f.span.clone(), fix.replacement.as_str()))
        })
        .filter(|(span, _)| {
            span.end <= text.len()
                && text.is_char_boundary(span.start)
                && text.is_char_boundary(span.end)
        })
        .collect();
    edits.sort_by_key(|(span, _)| (span.start, span.end));
    let mut out = String::with_capacity(text.len());
    let mut pos = 0;
    let mut applied = 0;
    for (span, replacement) in edits {
        if span.start < pos || (span.is_empty() && span.start == pos && applied > 0) {
            continue;
        }
        out.push_str(&text[pos..span.start]);
        out.push_str(replacement);
        pos = span.end;
        applied += 1;
    }
    out.push_str(&text[pos..]);
    Fixed { text: out, applied }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overlapping_fixes_take_the_first() {
        let text = "the the USA -backed";
        let findings = vec![
            Finding::new(0, 4..8, "doubled").with_fix(""),
            Finding::new(1, 8..11, "name").with_fix("U.S."),
            Finding::new(2, 6..9, "overlap").with_fix("X"),
            Finding::new(3, 11..13, "hyphen").with_fix("-"),
        ];
        let fixed = apply_fixes(text, &findings);
        assert_eq!(fixed.text, "the U.S.-backed");
        assert_eq!(fixed.applied, 3);
    }
}
