//! What a rule reports: plain data, rendered later.
//!
//! A finding names its rule by index into the loaded rule set, a primary byte
//! span, a message, related places with their own labels ("first named here"),
//! and an optional exact replacement for the primary span. Renderers turn
//! findings into output; rules never print.

use std::ops::Range;

/// One problem a rule found in one document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// Index of the rule in [`crate::ruleset::RuleSet::rules`].
    pub rule: usize,
    pub span: Range<usize>,
    pub message: String,
    pub related: Vec<Related>,
    pub fix: Option<Fix>,
}

/// A second place worth showing, with its own label.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Related {
    pub span: Range<usize>,
    pub label: String,
}

/// An exact replacement for a finding's primary span.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fix {
    pub replacement: String,
}

impl Finding {
    pub fn new(rule: usize, span: Range<usize>, message: impl Into<String>) -> Self {
        Finding {
            rule,
            span,
            message: message.into(),
            related: Vec::new(),
            fix: None,
        }
    }

    pub fn with_related(mut self, span: Range<usize>, label: impl Into<String>) -> Self {
        self.related.push(Related {
            span,
            label: label.into(),
        });
        self
    }

    pub fn with_fix(mut self, replacement: impl Into<String>) -> Self {
        self.fix = Some(Fix {
            replacement: replacement.into(),
        });
        self
    }
}

/// Fills a rule's message template: `{match}` becomes the matched text and
/// `{KEY}` any of the extra values given.
pub fn fill_message(template: &str, matched: &str, extra: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + matched.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else {
            out.push_str(&rest[open..]);
            return out;
        };
        let key = &after[..close];
        if key == "match" {
            out.push_str(matched);
        } else if let Some((_, value)) = extra.iter().find(|(k, _)| *k == key) {
            out.push_str(value);
        } else {
            out.push_str(&rest[open..open + close + 2]);
        }
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn message_templates_fill_known_keys_and_keep_unknown_ones() {
        assert_eq!(
            fill_message("`{match}` for `{fix}` {other}", "USA", &[("fix", "U.S.")]),
            "`USA` for `U.S.` {other}"
        );
        assert_eq!(fill_message("open { brace", "x", &[]), "open { brace");
    }
}
