//! copydesk: an editorial linter for news copy.
//!
//! The pipeline is one straight line:
//! source text -> [`document::Document`] (blocks, sentences, tokens, quotes,
//! name runs; built once) -> rules from [`ruleset::RuleSet`] (loaded from TOML,
//! compiled once) -> [`finding::Finding`]s -> [`report`] (line/column at the
//! edge) -> a renderer in [`render`].
//!
//! The binary is a thin front end over this library; an editor integration
//! can call [`lint_text`] directly.

pub mod baseline;
pub mod document;

pub mod finding;
pub mod fix;
#[doc(hidden)]
pub mod fuzzing;
pub(crate) mod fxhash;

pub mod input;
pub mod kinds;
pub mod lines;
pub mod phrases;
pub mod render;
pub mod report;
pub mod ruleset;
pub mod suppress;

use document::{Document, Format};
use finding::Finding;
use ruleset::{Policy, RuleSet};
use std::path::Path;

/// How to lint, beyond which rules.
#[derive(Debug, Clone, Copy, Default)]
pub struct LintOptions {
    /// Inline suppressions must give a reason (`-- why`).
    pub require_reason: bool,
}

/// Lints one article's text. `path` decides the format (Markdown for `.md`
/// and `.markdown`, plain text otherwise) and which `[[overrides]]` apply.
pub fn lint_text(rules: &RuleSet, path: &str, text: &str) -> Vec<Finding> {
    lint_file(rules, Path::new(path), text, LintOptions::default()).0
}

/// Lints one file: the policy for its path and front matter, every enabled
/// rule, then inline suppressions. Returns the findings and the policy used
/// (its severities are the ones to report).
pub fn lint_file(
    rules: &RuleSet,
    path: &Path,
    text: &str,
    options: LintOptions,
) -> (Vec<Finding>, Policy) {
    let format = Format::from_path(&path.to_string_lossy());
    let doc = Document::parse(text, format);
    let policy = rules.policy_for(path, doc.front_matter.as_ref());
    if policy.skip {
        return (Vec::new(), policy);
    }
    let findings = rules.lint_with(&doc, &policy.enabled);
    let findings = suppress::apply(rules, text, format, findings, options.require_reason);
    (findings, policy)
}
