//! Inline suppressions: an editor silences one finding, or a rule over a
//! passage, in the article itself, with the reason next to it.
//!
//! Markdown and HTML use comments:
//!
//! ```text
//! <!-- copydesk-disable-next-line style.relative-date -- live blog -->
//! <!-- copydesk-disable naming.first-reference, naming.courtesy-title -- quoted transcript -->
//! ...
//! <!-- copydesk-enable -->
//! <!-- copydesk-disable-line attribution.weasel -->   (on the line it silences)
//! ```
//!
//! Plain text has no comments, so a line starting with `//` carries the same
//! directives (`// copydesk-disable-next-line style.relative-date -- reason`);
//! those lines are not prose. A directive with no rule ids applies to every
//! rule. A directive that silences nothing is itself reported as
//! `copydesk.unused-suppression`, so stale ones do not pile up.

use crate::document::Format;
use crate::finding::Finding;
use crate::lines::LineIndex;
use crate::ruleset::RuleSet;
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DirectiveKind {
    Disable,
    Enable,
    DisableNextLine,
    DisableLine,
}

/// One `copydesk-*` directive found in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Directive {
    pub kind: DirectiveKind,
    /// The whole comment or comment line.
    pub span: Range<usize>,
    /// Rule ids; empty means every rule.
    pub rules: Vec<String>,
    pub reason: Option<String>,
}

static HTML: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?s)<!--\s*copydesk-(disable-next-line|disable-line|disable|enable)(?-u:\b)(.*?)-->",
    )
    .expect("valid")
});
static LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?m)^[ \t]*//[ \t]*copydesk-(disable-next-line|disable-line|disable|enable)(?-u:\b)([^\r\n]*)").expect("valid")
});

/// Finds every directive. Plain text accepts both forms.
pub fn parse(text: &str, format: Format) -> Vec<Directive> {
    if !text.contains("copydesk-") {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut read = |re: &Regex| {
        for caps in re.captures_iter(text) {
            let (Some(whole), Some(kind), Some(rest)) = (caps.get(0), caps.get(1), caps.get(2))
            else {
                continue;
            };
            let kind = match kind.as_str() {
                "disable" => DirectiveKind::Disable,
                "enable" => DirectiveKind::Enable,
                "disable-next-line" => DirectiveKind::DisableNextLine,
                _ => DirectiveKind::DisableLine,
            };
            let (ids, reason) = match rest.as_str().split_once("--") {
                Some((ids, reason)) => (
                    ids,
                    Some(reason.trim().to_owned()).filter(|r| !r.is_empty()),
                ),
                None => (rest.as_str(), None),
            };
            let rules = ids
                .split([',', ' ', '\t', '\n'])
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
                .collect();
            out.push(Directive {
                kind,
                span: whole.range(),
                rules,
                reason,
            });
        }
    };
    read(&HTML);
    if format == Format::PlainText {
        read(&LINE);
    }
    out.sort_by_key(|d| d.span.start);
    out
}

/// Spans of directive lines in plain text, which are not prose.
pub fn plain_text_directive_spans(text: &str) -> Vec<Range<usize>> {
    parse(text, Format::PlainText)
        .into_iter()
        .map(|d| d.span)
        .collect()
}

/// Drops suppressed findings and adds findings about the directives
/// themselves (unused, unknown rule, missing reason when required).
pub fn apply(
    rules: &RuleSet,
    text: &str,
    format: Format,
    findings: Vec<Finding>,
    require_reason: bool,
) -> Vec<Finding> {
    let directives = parse(text, format);
    if directives.is_empty() {
        return findings;
    }
    let index = LineIndex::new(text);
    let line_of = |offset: usize| index.line_of(offset);
    // Each directive's reach: a set of lines (inclusive range) and rules.
    let mut reach: Vec<(usize, Range<usize>)> = Vec::new(); // (directive index, line range)
    for (i, d) in directives.iter().enumerate() {
        let line = line_of(d.span.start);
        let end_line = line_of(d.span.end.saturating_sub(1).max(d.span.start));
        match d.kind {
            DirectiveKind::DisableLine => reach.push((i, line..end_line + 1)),
            DirectiveKind::DisableNextLine => {
                let mut next = end_line + 1;
                while next < index.line_count()
                    && text[index.line_range(text, next)].trim().is_empty()
                {
                    next += 1;
                }
                reach.push((i, next..next + 1));
            }
            DirectiveKind::Disable => {
                let until = directives[i + 1..]
                    .iter()
                    .find(|e| {
                        e.kind == DirectiveKind::Enable
                            && (e.rules.is_empty() || e.rules.iter().any(|r| d.rules.contains(r)))
                    })
                    .map_or(usize::MAX, |e| line_of(e.span.start));
                reach.push((i, end_line + 1..until));
            }
            DirectiveKind::Enable => {}
        }
    }
    let mut used = vec![false; directives.len()];
    let mut kept: Vec<Finding> = findings
        .into_iter()
        .filter(|f| {
            let line = line_of(f.span.start);
            let id = &rules.rules[f.rule].id;
            let mut suppressed = false;
            for (i, lines) in &reach {
                let d = &directives[*i];
                if lines.contains(&line) && (d.rules.is_empty() || d.rules.iter().any(|r| r == id))
                {
                    used[*i] = true;
                    suppressed = true;
                }
            }
            !suppressed
        })
        .collect();
    let unused_rule = rules.find(UNUSED_SUPPRESSION);
    let reason_rule = rules.find(MISSING_REASON);
    for (i, d) in directives.iter().enumerate() {
        if d.kind == DirectiveKind::Enable {
            continue;
        }
        if let Some(rule) = unused_rule {
            let unknown: Vec<&String> =
                d.rules.iter().filter(|r| rules.find(r).is_none()).collect();
            if !unknown.is_empty() {
                let names: Vec<String> = unknown.iter().map(|r| format!("`{r}`")).collect();
                kept.push(Finding::new(
                    rule,
                    d.span.clone(),
                    format!("suppression names no known rule: {}", names.join(", ")),
                ));
            } else if !used[i] {
                kept.push(Finding::new(
                    rule,
                    d.span.clone(),
                    "suppression matches no finding; remove it",
                ));
            }
        }
        if require_reason
            && d.reason.is_none()
            && let Some(rule) = reason_rule
        {
            kept.push(Finding::new(
                rule,
                d.span.clone(),
                "suppression gives no reason: add `-- why` before the comment ends",
            ));
        }
    }
    kept.sort_by_key(|f| (f.span.start, f.rule));
    kept
}

/// Id of the finding about a suppression that silences nothing.
pub const UNUSED_SUPPRESSION: &str = "copydesk.unused-suppression";
/// Id of the finding about a suppression without a reason (`--require-reason`).
pub const MISSING_REASON: &str = "copydesk.suppression-reason";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn directives_parse_with_rules_and_reasons() {
        let text = "<!-- copydesk-disable-next-line style.relative-date, naming.first-reference -- live blog -->\n// copydesk-disable\n";
        let md = parse(text, Format::Markdown);
        assert_eq!(md.len(), 1);
        assert_eq!(md[0].kind, DirectiveKind::DisableNextLine);
        assert_eq!(
            md[0].rules,
            vec!["style.relative-date", "naming.first-reference"]
        );
        assert_eq!(md[0].reason.as_deref(), Some("live blog"));
        let txt = parse(text, Format::PlainText);
        assert_eq!(txt.len(), 2);
        assert_eq!(txt[1].kind, DirectiveKind::Disable);
        assert!(txt[1].rules.is_empty() && txt[1].reason.is_none());
    }
}
