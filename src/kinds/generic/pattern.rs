//! `kind = "pattern"`: flags every match of a regular expression over the
//! article's prose. A capture group whose name starts with `target` (the
//! first one that took part in the match) narrows the span.
//! Case-insensitive unless `match_case = true`.

use crate::kinds::{Check, CheckCx, CompileCx, CompileResult, KindError, Lazy};
use regex::{Regex, RegexBuilder};

#[derive(Debug)]
struct Pattern {
    /// The regex and the indices of its `target*` capture groups. A
    /// built-in rule's compiles on a background thread while the rest of
    /// the rules load; a rule file's is compiled (and checked) at once.
    compiled: Lazy<(Regex, Vec<usize>)>,
}

/// Compiled regexes are capped so a hostile rule file cannot exhaust memory.
const SIZE_LIMIT: usize = 4 << 20;

pub(super) fn compile(cx: &mut CompileCx<'_>) -> CompileResult {
    let Some(pattern) = &cx.raw.pattern else {
        return Err(cx.error("a `pattern` rule needs `pattern`"));
    };
    let source = pattern.get_ref().clone();
    let case_insensitive = !cx.match_case();
    let build = move || {
        RegexBuilder::new(&source)
            .case_insensitive(case_insensitive)
            .size_limit(SIZE_LIMIT)
            .dfa_size_limit(SIZE_LIMIT)
            .build()
            .map(|regex| {
                let targets = regex
                    .capture_names()
                    .enumerate()
                    .filter(|(_, n)| n.is_some_and(|n| n.starts_with("target")))
                    .map(|(i, _)| i)
                    .collect();
                (regex, targets)
            })
    };
    let compiled = if cx.builtin {
        let lazy = Lazy::new(move || build().expect("built-in patterns compile"));
        lazy.warm();
        lazy
    } else {
        Lazy::ready(build().map_err(|e| KindError {
            span: pattern.span(),
            message: format!("invalid regular expression: {}", one_line(&e.to_string())),
        })?)
    };
    Ok(Box::new(Pattern { compiled }))
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
        let (regex, targets) = self.compiled.get();
        for m in regex.find_iter(prose).filter(|m| !m.is_empty()) {
            if targets.is_empty() {
                spans.push(m.range());
                continue;
            }
            let caps = regex.captures_at(&prose[..m.end()], m.start());
            if let Some(t) = caps.and_then(|c| targets.iter().find_map(|&g| c.get(g))) {
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
