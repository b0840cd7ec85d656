//! The rule-file and `copydesk.toml` schemas, as serde reads them.
//!
//! Every struct denies unknown keys, and the values a later check may reject
//! are wrapped in [`Spanned`] so the error can point at them in the file.

use serde::Deserialize;
use std::borrow::Cow;
use std::collections::BTreeMap;
use toml::Spanned;

/// A lexicon entry: borrowed from the program's own text for the built-in
/// packs (no allocation per entry at start-up), owned when read from a file.
pub type Word = Cow<'static, str>;

/// One rule file (`rules/*.toml` or a project's own).
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleFile {
    #[serde(default)]
    pub pack: Option<PackMeta>,
    #[serde(default)]
    pub rule: Vec<Spanned<RawRule>>,
    #[serde(default)]
    pub lexicon: BTreeMap<String, Spanned<Vec<Word>>>,
    #[serde(default)]
    pub entity: Vec<Spanned<RawEntity>>,
    #[serde(default)]
    pub spelling: Option<RawSpelling>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PackMeta {
    pub name: Option<Spanned<String>>,
    pub description: Option<String>,
}

/// A `[[rule]]` table. Kind-specific fields are optional here; the kind
/// checks which it needs and rejects the ones it does not use.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRule {
    pub id: Spanned<String>,
    pub kind: Spanned<String>,
    #[serde(default)]
    pub severity: Option<Spanned<String>>,
    pub message: Spanned<String>,
    pub summary: Spanned<String>,
    #[serde(default)]
    pub why: Option<String>,
    #[serde(default)]
    pub config: Option<String>,
    #[serde(default)]
    pub enabled: Option<bool>,
    #[serde(default)]
    pub scope: Option<Spanned<Vec<Spanned<String>>>>,
    pub examples: Spanned<RawExamples>,
    /// Ids of rules this one gives way to: its finding is dropped when one of
    /// theirs lies in the same sentence (one complaint per sentence).
    #[serde(default)]
    pub yields_to: Option<Spanned<Vec<Spanned<String>>>>,
    // phrase, substitution, pattern
    #[serde(default)]
    pub phrases: Option<Spanned<Vec<Spanned<String>>>>,
    #[serde(default)]
    pub lexicons: Option<Spanned<Vec<Spanned<String>>>>,
    #[serde(default)]
    pub match_case: Option<Spanned<bool>>,
    #[serde(default)]
    pub pattern: Option<Spanned<String>>,
    #[serde(default)]
    pub replace: Option<Spanned<BTreeMap<String, String>>>,
    #[serde(default)]
    pub fix: Option<Spanned<bool>>,
    /// Kind-specific settings that are neither phrases nor a pattern; each
    /// kind documents and validates its own keys.
    #[serde(default)]
    pub options: Option<Spanned<toml::Table>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawExamples {
    pub bad: OneOrMany,
    pub good: OneOrMany,
    #[serde(default)]
    pub fixed: Option<OneOrMany>,
}

/// A string or a list of strings.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum OneOrMany {
    One(String),
    Many(Vec<String>),
}

impl OneOrMany {
    pub fn into_vec(self) -> Vec<String> {
        match self {
            OneOrMany::One(s) => vec![s],
            OneOrMany::Many(v) => v,
        }
    }
}

/// An `[[entity]]` table.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawEntity {
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(default)]
    pub formal: Vec<String>,
    #[serde(default)]
    pub mixable: Vec<String>,
    #[serde(default)]
    pub acronym: Option<String>,
    #[serde(default)]
    pub bare_ok: bool,
    #[serde(default, rename = "type")]
    pub kind: Option<String>,
    #[serde(default)]
    pub ambiguous: bool,
    /// The name a project prefers among `name` and `aliases`.
    #[serde(default)]
    pub preferred: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSpelling {
    #[serde(default)]
    pub pairs: Vec<(Word, Word)>,
}

/// `copydesk.toml`: the project's configuration. It may also hold rules,
/// lexicons, entities and spelling pairs of its own, like a rule file.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawConfig {
    /// Configuration files this one builds on (a shared house style), read
    /// first; this file's settings win.
    #[serde(default)]
    pub extends: Vec<Spanned<String>>,
    #[serde(default)]
    pub rule_files: Vec<Spanned<String>>,
    #[serde(default)]
    pub packs: BTreeMap<String, Spanned<bool>>,
    #[serde(default)]
    pub rules: BTreeMap<String, Spanned<RuleSetting>>,
    #[serde(default)]
    pub dialect: Option<Spanned<String>>,
    #[serde(default)]
    pub fail_on: Option<Spanned<String>>,
    /// Per-path settings: `[[overrides]] paths = ["content/opinion/**"]`.
    #[serde(default)]
    pub overrides: Vec<Spanned<RawOverride>>,
    #[serde(default)]
    pub rule: Vec<Spanned<RawRule>>,
    #[serde(default)]
    pub lexicon: BTreeMap<String, Spanned<Vec<Word>>>,
    #[serde(default)]
    pub entity: Vec<Spanned<RawEntity>>,
    #[serde(default)]
    pub spelling: Option<RawSpelling>,
}

/// An `[[overrides]]` table: packs and rules switched for matching paths.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawOverride {
    pub paths: Spanned<Vec<String>>,
    #[serde(default)]
    pub packs: BTreeMap<String, Spanned<bool>>,
    #[serde(default)]
    pub rules: BTreeMap<String, Spanned<RuleSetting>>,
}

/// A rule's setting in `copydesk.toml`: `"off"`, a severity, or a table.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum RuleSetting {
    Level(String),
    Enabled(bool),
    Table(RuleSettingTable),
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleSettingTable {
    #[serde(default)]
    pub severity: Option<String>,
    #[serde(default)]
    pub enabled: Option<bool>,
}
