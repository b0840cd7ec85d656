//! Findings turned into reportable diagnostics: rule metadata joined in and
//! byte spans converted to lines and columns. This is the shape of the JSON
//! contract in DESIGN.md, and every renderer reads it.

use crate::finding::Finding;
use crate::lines::LineIndex;
use crate::ruleset::{Category, RuleSet, Severity};
use serde::Serialize;

/// One diagnostic, ready for any renderer.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Diagnostic {
    pub path: String,
    pub rule: String,
    pub category: Category,
    pub severity: Severity,
    pub message: String,
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    pub end_column: usize,
    pub start: usize,
    pub end: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fix: Option<FixOut>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub related: Vec<RelatedOut>,
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct FixOut {
    pub replacement: String,
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct RelatedOut {
    pub message: String,
    pub line: usize,
    pub column: usize,
    pub start: usize,
    pub end: usize,
}

impl Serialize for Category {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl Serialize for Severity {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// Converts one file's findings.
pub fn diagnostics(
    rules: &RuleSet,
    path: &str,
    text: &str,
    findings: &[Finding],
    severities: Option<&[Severity]>,
) -> Vec<Diagnostic> {
    let index = LineIndex::new(text);
    // Findings come sorted by start; separate cursors keep each sequence of
    // conversions increasing.
    let mut starts = index.cursor(text);
    let mut ends = index.cursor(text);
    let mut related_at = index.cursor(text);
    findings
        .iter()
        .map(|f| {
            let meta = &rules.rules[f.rule];
            let start = starts.line_col(f.span.start);
            let end = ends.line_col(f.span.end);
            Diagnostic {
                path: path.to_owned(),
                rule: meta.id.clone(),
                category: meta.category,
                severity: severities
                    .and_then(|s| s.get(f.rule).copied())
                    .unwrap_or(meta.severity),
                message: f.message.clone(),
                line: start.line,
                column: start.column,
                end_line: end.line,
                end_column: end.column,
                start: f.span.start,
                end: f.span.end,
                fix: f.fix.as_ref().map(|x| FixOut {
                    replacement: x.replacement.clone(),
                }),
                related: f
                    .related
                    .iter()
                    .map(|r| {
                        let at = related_at.line_col(r.span.start);
                        RelatedOut {
                            message: r.label.clone(),
                            line: at.line,
                            column: at.column,
                            start: r.span.start,
                            end: r.span.end,
                        }
                    })
                    .collect(),
            }
        })
        .collect()
}

/// Counts by severity, for summaries and exit codes.
#[derive(Debug, Clone, Copy, Default, Serialize, PartialEq, Eq)]
pub struct Summary {
    pub files: usize,
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
}

impl Summary {
    pub fn add(&mut self, severity: Severity) {
        match severity {
            Severity::Error => self.errors += 1,
            Severity::Warning => self.warnings += 1,
            Severity::Info => self.infos += 1,
        }
    }

    /// Whether any diagnostic is at or above `level`.
    pub fn any_at_or_above(&self, level: Severity) -> bool {
        match level {
            Severity::Error => self.errors > 0,
            Severity::Warning => self.errors + self.warnings > 0,
            Severity::Info => self.errors + self.warnings + self.infos > 0,
        }
    }
}
