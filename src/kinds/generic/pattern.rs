//! `kind = "pattern"`: flags every match of a regular expression over the
//! article's prose. A capture group whose name starts with `target` (the
//! first one that took part in the match) narrows the span.
//! Case-insensitive unless `match_case = true`.

use crate::kinds::{Check, CheckCx, CompileCx, CompileResult, KindError};
use regex::{Regex, RegexBuilder};

#[derive(Debug)]
struct Pattern {
    regex: Regex,
    /// Indices of the `target*` capture groups.
    targets: Vec<usize>,
}

/// Compiled regexes are capped so a hostile rule file cannot exhaust memory.
const SIZE_LIMIT: usize = 4 << 20;

pub(super) fn compile(cx: &mut CompileCx<'_>) -> CompileResult {
    let Some(pattern) = &cx.raw.pattern else {
        return Err(cx.error("a `pattern` rule needs `pattern`"));
    };
    let regex = RegexBuilder::new(pattern.get_ref())
        .case_insensitive(!cx.match_case())
        .size_limit(SIZE_LIMIT)
        .dfa_size_limit(SIZE_LIMIT)
        .build()
        .map_err(|e| KindError {
            span: pattern.span(),
            message: format!("invalid regular expression: {}", one_line(&e.to_string())),
        })?;
    let targets = regex
        .capture_names()
        .enumerate()
        .filter(|(_, n)| n.is_some_and(|n| n.starts_with("target")))
        .map(|(i, _)| i)
        .collect();
    Ok(Box::new(Pattern { regex, targets }))
}

/// The regex crate's multi-line syntax error (pattern, caret, reason) as one
/// line: the reason, since the diagnostic already shows the pattern.
fn one_line(message: &str) -> String {
    match message.rfind("error: ") {
        Some(i) => message[i + "error: ".len()..].trim().to_owned(),
        None => message
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect::<Vec<_>>()
            .join(" "),
    }
}

impl Check for Pattern {
    fn check(&self, cx: &mut CheckCx<'_>) {
        let prose = cx.doc.prose.as_str();
        let mut spans = Vec::new();
        // Find matches with the fast DFA first; resolve capture groups (the
        // slow engine) only on the text of each match.
        for m in self.regex.find_iter(prose).filter(|m| !m.is_empty()) {
            if self.targets.is_empty() {
                spans.push(m.range());
                continue;
            }
            let caps = self.regex.captures_at(&prose[..m.end()], m.start());
            if let Some(t) = caps.and_then(|c| self.targets.iter().find_map(|&g| c.get(g))) {
                spans.push(t.range());
            }
        }
        for span in spans {
            // Never report on blanked text: a match made only of spaces.
            if cx.doc.prose[span.clone()].trim().is_empty() {
                continue;
            }
            let finding = cx.finding(span, &[]);
            cx.emit(finding);
        }
    }
}
