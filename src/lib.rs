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

pub mod document;
pub mod finding;
pub mod fix;
pub mod input;
pub mod kinds;
pub mod lines;
pub mod phrases;
pub mod render;
pub mod report;
pub mod ruleset;

use document::{Document, Format};
use finding::Finding;
use ruleset::RuleSet;

/// Lints one article's text. `path` decides the format (Markdown for `.md`
/// and `.markdown`, plain text otherwise).
pub fn lint_text(rules: &RuleSet, path: &str, text: &str) -> Vec<Finding> {
    let doc = Document::parse(text, Format::from_path(path));
    rules.lint(&doc)
}
