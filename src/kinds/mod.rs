//! Rule kinds: the code that interprets rules declared in TOML.
//!
//! Each family has a folder with one module per kind and a `KINDS` table; the
//! registry below is just those tables side by side. A kind says which rule
//! fields it reads (the loader rejects the others), its default scope, and how
//! to compile a rule into a [`Check`]. A compiled check reads the document and
//! the phrase hits registered for it, and emits findings; it never prints.

pub mod attribution;
pub mod fragment;
pub mod generic;
mod labels;
mod lazy;
pub mod mechanics;
pub mod naming;
mod scope;

pub(crate) use lazy::{Lazy, LazyRegex};
pub use scope::Scope;

use crate::document::Document;
use crate::finding::Finding;
use crate::phrases::{Hit, PhraseSetBuilder};
use crate::ruleset::raw::RawRule;
use crate::ruleset::{SharedData, Word};
use std::any::{Any, TypeId};
use std::fmt::Debug;
use std::ops::Range;
use std::sync::Arc;

/// Optional rule fields a kind may read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Phrases,
    Lexicons,
    MatchCase,
    Pattern,
    Replace,
    Fix,
    Options,
}

impl Field {
    pub fn key(self) -> &'static str {
        match self {
            Field::Phrases => "phrases",
            Field::Lexicons => "lexicons",
            Field::MatchCase => "match_case",
            Field::Pattern => "pattern",
            Field::Replace => "replace",
            Field::Fix => "fix",
            Field::Options => "options",
        }
    }
}

/// A rule kind.
pub struct KindDef {
    pub name: &'static str,
    pub fields: &'static [Field],
    pub default_scope: Scope,
    /// Whether the kind's fixes are safe to apply without review.
    pub fixable: bool,
    pub compile: fn(&mut CompileCx<'_>) -> CompileResult,
}

/// Every kind, by family.
pub fn registry() -> impl Iterator<Item = &'static KindDef> {
    generic::KINDS
        .iter()
        .chain(naming::KINDS)
        .chain(attribution::KINDS)
        .chain(fragment::KINDS)
        .chain(mechanics::KINDS)
}

pub fn find_kind(name: &str) -> Option<&'static KindDef> {
    registry().find(|k| k.name == name)
}

/// A problem compiling one rule, pointing into its rule file.
#[derive(Debug, Clone)]
pub struct KindError {
    pub span: Range<usize>,
    pub message: String,
}

pub type CompileResult = Result<Box<dyn Check>, KindError>;

/// What a kind gets while compiling one rule.
pub struct CompileCx<'a> {
    /// The compiled rule's index; phrase hits are registered under it.
    pub owner: usize,
    pub raw: &'a RawRule,
    pub phrases: &'a mut PhraseSetBuilder,
    pub data: &'a Arc<SharedData>,
    /// The rule comes from a built-in pack, whose patterns are known to
    /// compile (tests compile every one), so they may compile lazily.
    pub builtin: bool,
    /// What several rules build from the shared data (the person lexicon
    /// of `first-reference` and `courtesy-title`), built once per load.
    pub cache: &'a mut CompileCache,
}

/// Structures built from [`SharedData`] once per load and shared by the
/// rules that need them. Keyed by type: one structure type, one builder.
#[derive(Default)]
pub struct CompileCache(Vec<(TypeId, Arc<dyn Any + Send + Sync>)>);

/// A lexicon as a set of lower-case words.
pub(crate) fn lower_case_set(words: &[Word]) -> rustc_hash::FxHashSet<String> {
    words.iter().map(|w| w.to_lowercase()).collect()
}

impl<'a> CompileCx<'a> {
    /// The load's shared `T`, built from the shared data by the first rule
    /// that asks (`build` must depend on nothing else).
    pub fn shared<T: Any + Send + Sync>(&mut self, build: impl FnOnce(&Self) -> T) -> Arc<T> {
        let key = TypeId::of::<T>();
        if let Some((_, found)) = self.cache.0.iter().find(|(k, _)| *k == key)
            && let Ok(found) = Arc::clone(found).downcast::<T>()
        {
            return found;
        }
        let built = Arc::new(build(self));
        self.cache
            .0
            .push((key, built.clone() as Arc<dyn Any + Send + Sync>));
        built
    }

    /// An error at the rule's `kind` key.
    pub fn error(&self, message: impl Into<String>) -> KindError {
        KindError {
            span: self.raw.kind.span(),
            message: message.into(),
        }
    }

    pub fn match_case(&self) -> bool {
        self.raw.match_case.as_ref().is_some_and(|m| *m.get_ref())
    }

    /// A lexicon by name, or an error at the rule's kind when it is missing.
    pub fn lexicon(&self, name: &str) -> Result<&'a [Word], KindError> {
        self.data
            .lexicons
            .get(name)
            .map(Vec::as_slice)
            .ok_or_else(|| {
                self.error(format!(
                    "this kind needs the lexicon `{name}`, and no loaded rule file defines it"
                ))
            })
    }

    /// Registers every entry of the lexicons the rule names in its `lexicons`
    /// field with the shared automaton, under `tag`; returns how many. A name
    /// no loaded file defines is an error at that name.
    pub fn register_rule_lexicons(
        &mut self,
        tag: u32,
        match_case: bool,
    ) -> Result<usize, KindError> {
        let Some(names) = &self.raw.lexicons else {
            return Ok(0);
        };
        let mut count = 0;
        for name in names.get_ref() {
            let words = self.lexicon(name.get_ref()).map_err(|mut e| {
                e.span = name.span();
                e
            })?;
            for w in words {
                self.phrases.add(self.owner, tag, w, match_case);
                count += 1;
            }
        }
        Ok(count)
    }

    /// A lexicon by name, empty when no file defines it.
    pub fn lexicon_or_empty(&self, name: &str) -> &'a [Word] {
        self.data.lexicons.get(name).map_or(&[], Vec::as_slice)
    }

    /// A string option from the rule's `options` table.
    pub fn option_str(&self, key: &str) -> Result<Option<&'a str>, KindError> {
        match self.raw.options.as_ref().and_then(|o| o.get_ref().get(key)) {
            None => Ok(None),
            Some(toml::Value::String(s)) => Ok(Some(s.as_str())),
            Some(_) => Err(self.option_error(format!("option `{key}` must be a string"))),
        }
    }

    /// A number option from the rule's `options` table.
    pub fn option_int(&self, key: &str) -> Result<Option<i64>, KindError> {
        match self.raw.options.as_ref().and_then(|o| o.get_ref().get(key)) {
            None => Ok(None),
            Some(toml::Value::Integer(n)) => Ok(Some(*n)),
            Some(_) => Err(self.option_error(format!("option `{key}` must be an integer"))),
        }
    }

    /// A bool option from the rule's `options` table.
    pub fn option_bool(&self, key: &str) -> Result<Option<bool>, KindError> {
        match self.raw.options.as_ref().and_then(|o| o.get_ref().get(key)) {
            None => Ok(None),
            Some(toml::Value::Boolean(b)) => Ok(Some(*b)),
            Some(_) => Err(self.option_error(format!("option `{key}` must be true or false"))),
        }
    }

    /// A list-of-strings option from the rule's `options` table.
    pub fn option_list(&self, key: &str) -> Result<Option<Vec<&'a str>>, KindError> {
        match self.raw.options.as_ref().and_then(|o| o.get_ref().get(key)) {
            None => Ok(None),
            Some(toml::Value::Array(items)) => items
                .iter()
                .map(|v| {
                    v.as_str().ok_or_else(|| {
                        self.option_error(format!("option `{key}` must be a list of strings"))
                    })
                })
                .collect::<Result<Vec<_>, _>>()
                .map(Some),
            Some(_) => Err(self.option_error(format!("option `{key}` must be a list of strings"))),
        }
    }

    /// Rejects option keys the kind does not know.
    pub fn allow_options(&self, known: &[&str]) -> Result<(), KindError> {
        if let Some(options) = &self.raw.options {
            for key in options.get_ref().keys() {
                if !known.contains(&key.as_str()) {
                    let expected = if known.is_empty() {
                        "none".to_owned()
                    } else {
                        known.join(", ")
                    };
                    return Err(self.option_error(format!(
                        "unknown option `{key}`; this kind takes: {expected}"
                    )));
                }
            }
        }
        Ok(())
    }

    fn option_error(&self, message: String) -> KindError {
        KindError {
            span: self
                .raw
                .options
                .as_ref()
                .map_or(self.raw.kind.span(), |o| o.span()),
            message,
        }
    }
}

/// What a check gets for one document.
pub struct CheckCx<'a> {
    pub doc: &'a Document<'a>,
    /// Phrase hits registered by this rule, sorted by start.
    pub hits: &'a [Hit],
    /// This rule's index, for [`Finding::rule`].
    pub rule: usize,
    /// The rule's message template.
    pub message: &'a str,
    pub data: &'a SharedData,
    pub(crate) out: &'a mut Vec<Finding>,
}

impl CheckCx<'_> {
    pub fn emit(&mut self, finding: Finding) {
        self.out.push(finding);
    }

    /// A finding for this rule with its message template filled.
    pub fn finding(&self, span: Range<usize>, extra: &[(&str, &str)]) -> Finding {
        let matched = self.doc.slice(span.clone());
        Finding::new(
            self.rule,
            span,
            crate::finding::fill_message(self.message, matched, extra),
        )
    }
}

/// A compiled rule's matcher.
pub trait Check: Send + Sync + Debug {
    fn check(&self, cx: &mut CheckCx<'_>);
}
