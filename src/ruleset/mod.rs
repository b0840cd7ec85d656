//! Loading rules: built-in packs, the project's `copydesk.toml` and its own
//! rule files, merged, validated and compiled once.
//!
//! Loading is strict. Every problem (bad TOML, an unknown key, an unknown
//! category or kind, a bad regex, a duplicate id, a setting for a rule that
//! does not exist) becomes a [`LoadError`] with a span into the file it came
//! from, rendered as a codespan diagnostic. All problems are collected before
//! giving up, so one run shows them all.

pub mod config;
pub mod docs;
pub mod meta;
pub mod raw;
mod selftest;

pub use config::{Origin, Policy};
pub use meta::{Category, Examples, RuleMeta, Severity};
pub use selftest::{SelfTestFailure, self_test};

use crate::document::Document;
use crate::finding::Finding;
use crate::kinds::{self, CheckCx, CompileCx, Field, Scope};
use crate::phrases::{PhraseSet, PhraseSetBuilder};
pub use raw::Word;
use raw::{RawEntity, RawRule, RuleFile, RuleSetting};
use rustc_hash::{FxHashMap, FxHashSet};
use std::borrow::Cow;
use std::collections::BTreeMap;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use toml::Spanned;

include!(concat!(env!("OUT_DIR"), "/builtin_packs.rs"));

/// Findings about copydesk's own directives: id, severity, message, summary, why.
const DIRECTIVE_RULES: &[(&str, Severity, &str, &str, &str)] = &[
    (
        crate::suppress::UNUSED_SUPPRESSION,
        Severity::Warning,
        "suppression matches no finding; remove it",
        "Flags an inline `copydesk-disable` comment that silences nothing, or names a rule that does not exist.",
        "A suppression outlives the problem it silenced; left in place it would hide the next, real one.",
    ),
    (
        crate::suppress::MISSING_REASON,
        Severity::Error,
        "suppression gives no reason",
        "With `--require-reason`, flags an inline suppression that does not say why (`-- reason`).",
        "A desk that allows suppressions wants to know, at review, why each rule was overruled.",
    ),
];

/// A file that rules or configuration came from, kept for error display.
#[derive(Debug, Clone)]
pub struct SourceFile {
    pub name: String,
    /// Borrowed for the built-in packs, which are part of the binary.
    pub text: Cow<'static, str>,
}

/// One problem in a rule or configuration file.
#[derive(Debug, Clone)]
pub struct LoadError {
    /// Index into [`LoadErrors::files`]; `None` for a file that could not be read.
    pub file: Option<usize>,
    pub span: Option<Range<usize>>,
    pub message: String,
    pub notes: Vec<String>,
}

/// Everything that went wrong while loading, with the files to show it in.
#[derive(Debug, Clone)]
pub struct LoadErrors {
    pub files: Vec<SourceFile>,
    pub errors: Vec<LoadError>,
}

impl std::fmt::Display for LoadErrors {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for e in &self.errors {
            let name = e.file.map_or("<config>", |i| self.files[i].name.as_str());
            writeln!(f, "{name}: {}", e.message)?;
        }
        Ok(())
    }
}

impl std::error::Error for LoadErrors {}

/// Data rule kinds share: lexicons, entities, spelling pairs, house dialect.
#[derive(Debug, Default)]
pub struct SharedData {
    pub lexicons: BTreeMap<String, Vec<Word>>,
    pub entities: Vec<RawEntity>,
    /// `[American, British]` spelling pairs.
    pub spelling: Vec<(Word, Word)>,
    /// `en-US` or `en-GB` when the project sets one.
    pub dialect: Option<String>,
}

/// How to load rules.
#[derive(Debug, Default, Clone)]
pub struct LoadOptions {
    /// `copydesk.toml` to read (path, for messages and relative rule files).
    pub config: Option<PathBuf>,
    /// Ignore on/off settings: every rule runs (rule self-tests).
    pub enable_all: bool,
    /// Extra rule files given on the command line.
    pub extra_rule_files: Vec<PathBuf>,
    /// Leave the built-in packs out (a house-style author testing their own file).
    pub no_builtin: bool,
    /// Rule files given as text: (name for messages, contents).
    pub rule_texts: Vec<(String, String)>,
}

/// The loaded, compiled rules.
#[derive(Debug)]
pub struct RuleSet {
    pub rules: Vec<RuleMeta>,
    checks: Vec<Option<(Scope, Box<dyn kinds::Check>)>>,
    /// For each rule, the rules it yields to (`yields_to`), by index.
    yields: Vec<Vec<usize>>,
    phrases: PhraseSet,
    pub data: Arc<SharedData>,
    /// `fail_on` from the configuration.
    pub fail_on: Option<Severity>,
    /// The configuration file in force, if any.
    pub config_path: Option<PathBuf>,
    /// Its directory: `[[overrides]]` paths are relative to it.
    pub config_dir: Option<PathBuf>,
    /// Every configuration file read, base (extended) files first.
    pub config_files: Vec<String>,
    /// Where each configured value came from, for `copydesk config --show`.
    pub origins: Vec<Origin>,
    /// Per-path settings.
    pub overrides: Vec<config::Override>,
    /// Pack names and descriptions.
    pub packs: Vec<(String, String)>,
}

struct Loader {
    files: Vec<SourceFile>,
    errors: Vec<LoadError>,
}

impl Loader {
    fn add_file(&mut self, name: String, text: impl Into<Cow<'static, str>>) -> usize {
        self.files.push(SourceFile {
            name,
            text: text.into(),
        });
        self.files.len() - 1
    }

    fn error(&mut self, file: usize, span: Range<usize>, message: impl Into<String>) {
        self.errors.push(LoadError {
            file: Some(file),
            span: Some(span),
            message: message.into(),
            notes: Vec::new(),
        });
    }

    fn parse<T: serde::de::DeserializeOwned + Default>(&mut self, file: usize) -> T {
        match toml::from_str::<T>(&self.files[file].text) {
            Ok(v) => v,
            Err(e) => {
                self.errors.push(LoadError {
                    file: Some(file),
                    span: e.span(),
                    message: format!("invalid rule file: {}", e.message().trim()),
                    notes: Vec::new(),
                });
                T::default()
            }
        }
    }
}

/// A rule before compiling, with where it came from.
struct Pending {
    raw: Spanned<RawRule>,
    file: usize,
    pack: String,
}

impl RuleSet {
    /// Loads the built-in packs and the project's configuration.
    pub fn load(options: &LoadOptions) -> Result<RuleSet, LoadErrors> {
        let mut loader = Loader {
            files: Vec::new(),
            errors: Vec::new(),
        };
        let mut pending: Vec<Pending> = Vec::new();
        let mut data = SharedData::default();
        let mut packs: Vec<(String, String)> = Vec::new();

        let add_rule_file = |parsed: RuleFile,
                             file: usize,
                             default_pack: String,
                             unique: bool,
                             data: &mut SharedData,
                             pending: &mut Vec<Pending>,
                             packs: &mut Vec<(String, String)>| {
            let pack = parsed
                .pack
                .as_ref()
                .and_then(|p| p.name.as_ref().map(|n| n.get_ref().clone()))
                .unwrap_or(default_pack);
            let description = parsed
                .pack
                .as_ref()
                .and_then(|p| p.description.clone())
                .unwrap_or_default();
            if !parsed.rule.is_empty() {
                packs.push((pack.clone(), description));
            }
            merge_data(data, parsed.lexicon, parsed.entity, parsed.spelling, unique);
            pending.extend(parsed.rule.into_iter().map(|raw| Pending {
                raw,
                file,
                pack: pack.clone(),
            }));
        };

        if !options.no_builtin {
            for (name, text, built) in BUILTIN_PACKS {
                let file = loader.add_file(format!("rules/{name} (built-in)"), *text);
                // Parsed when the binary was built (build.rs), unless the
                // build could not.
                let (parsed, unique) = match built {
                    Some(build) => (build(), true),
                    None => (loader.parse(file), false),
                };
                let stem = name.trim_end_matches(".toml").to_owned();
                add_rule_file(
                    parsed,
                    file,
                    stem,
                    unique,
                    &mut data,
                    &mut pending,
                    &mut packs,
                );
            }
        }

        // The project's configuration (after the files it extends) and the
        // rule files each layer names.
        let layers = match &options.config {
            Some(path) => config::read_chain(&mut loader, path),
            None => Vec::new(),
        };
        // Each path with the place that named it (config file, span), if any.
        type Named = (PathBuf, Option<(usize, Range<usize>)>);
        let mut rule_paths: Vec<Named> = Vec::new();

        for layer in &layers {
            rule_paths.extend(
                layer
                    .raw
                    .rule_files
                    .iter()
                    .map(|p| (layer.dir.join(p.get_ref()), Some((layer.file, p.span())))),
            );
        }
        rule_paths.extend(options.extra_rule_files.iter().map(|p| (p.clone(), None)));
        for (name, text) in &options.rule_texts {
            let file = loader.add_file(name.clone(), text.clone());
            add_rule_file(
                loader.parse(file),
                file,
                name.clone(),
                false,
                &mut data,
                &mut pending,
                &mut packs,
            );
        }
        for (path, at) in rule_paths {
            match std::fs::read_to_string(&path) {
                Ok(text) => {
                    let file = loader.add_file(path.display().to_string(), text);
                    let stem = path
                        .file_stem()
                        .map_or("project".into(), |s| s.to_string_lossy().into_owned());
                    add_rule_file(
                        loader.parse(file),
                        file,
                        stem,
                        false,
                        &mut data,
                        &mut pending,
                        &mut packs,
                    );
                }
                Err(e) => loader.errors.push(LoadError {
                    file: at.as_ref().map(|a| a.0),
                    span: at.map(|a| a.1),
                    message: format!(
                        "cannot read rule file {}: {}",
                        path.display(),
                        crate::input::io_message(&e)
                    ),
                    notes: Vec::new(),
                }),
            }
        }
        let mut layers = layers;
        for layer in &mut layers {
            let file = layer.file;
            let rules = std::mem::take(&mut layer.raw.rule);
            if !rules.is_empty() && !packs.iter().any(|p| p.0 == "project") {
                packs.push(("project".into(), "rules in copydesk.toml".into()));
            }
            pending.extend(rules.into_iter().map(|raw| Pending {
                raw,
                file,
                pack: "project".into(),
            }));
            merge_data(
                &mut data,
                std::mem::take(&mut layer.raw.lexicon),
                std::mem::take(&mut layer.raw.entity),
                layer.raw.spelling.take(),
                false,
            );
            if let Some(d) = &layer.raw.dialect {
                match d.get_ref().as_str() {
                    "en-US" | "en-GB" => data.dialect = Some(d.get_ref().clone()),
                    other => loader.error(
                        file,
                        d.span(),
                        format!("unknown dialect `{other}`; expected `en-US` or `en-GB`"),
                    ),
                }
            }
        }

        // Validate and compile every rule.
        let data = Arc::new(data);
        // Files 0.. are the built-in packs, when loaded.
        let builtin_files = if options.no_builtin {
            0
        } else {
            BUILTIN_PACKS.len()
        };
        let mut rules = Vec::with_capacity(pending.len());
        let mut checks = Vec::with_capacity(pending.len());
        let mut builder = PhraseSetBuilder::default();
        let mut cache = kinds::CompileCache::default();
        let mut seen: BTreeMap<String, (usize, Range<usize>)> = BTreeMap::new();
        for p in &pending {
            let raw = p.raw.get_ref();
            let id = raw.id.get_ref().clone();
            let before = loader.errors.len();
            let category = match meta::parse_id(&id) {
                Ok(c) => Some(c),
                Err(m) => {
                    loader.error(p.file, raw.id.span(), m);
                    None
                }
            };
            if let Some((file, span)) = seen.get(&id) {
                let first = loader.files[*file].name.clone();
                let line = line_of(&loader.files[*file].text, span.start);
                loader.errors.push(LoadError {
                    file: Some(p.file),
                    span: Some(raw.id.span()),
                    message: format!("duplicate rule id `{id}`"),
                    notes: vec![format!("first defined in {first} on line {line}")],
                });
            } else {
                seen.insert(id.clone(), (p.file, raw.id.span()));
            }
            let severity = match &raw.severity {
                None => Severity::Warning,
                Some(s) => s.get_ref().parse().unwrap_or_else(|()| {
                    loader.error(
                        p.file,
                        s.span(),
                        format!(
                            "unknown severity `{}`; expected error, warning or info",
                            s.get_ref()
                        ),
                    );
                    Severity::Warning
                }),
            };
            let kind = kinds::find_kind(raw.kind.get_ref());
            if kind.is_none() {
                let all: Vec<&str> = kinds::registry().map(|k| k.name).collect();
                loader.error(
                    p.file,
                    raw.kind.span(),
                    format!(
                        "unknown kind `{}`; expected one of {}",
                        raw.kind.get_ref(),
                        all.join(", ")
                    ),
                );
            }
            let scope = match &raw.scope {
                None => kind.map_or(Scope::EVERYWHERE, |k| k.default_scope),
                Some(list) => {
                    Scope::from_names(list.get_ref().iter().map(|s| s.get_ref().as_str()))
                        .unwrap_or_else(|m| {
                            loader.error(p.file, list.span(), m);
                            Scope::EVERYWHERE
                        })
                }
            };
            if let Some(kind) = kind {
                for (field, span) in present_fields(raw) {
                    if !kind.fields.contains(&field) {
                        loader.error(
                            p.file,
                            span,
                            format!(
                                "`{}` is not used by rules of kind `{}`",
                                field.key(),
                                kind.name
                            ),
                        );
                    }
                }
            }
            if raw.message.get_ref().contains('\n') {
                loader.error(p.file, raw.message.span(), "`message` must be one line");
            }
            let examples = raw.examples.get_ref();
            let examples = Examples {
                bad: examples.bad.clone().into_vec(),
                good: examples.good.clone().into_vec(),
                fixed: examples
                    .fixed
                    .clone()
                    .map(|f| f.into_vec())
                    .unwrap_or_default(),
            };
            if examples.bad.iter().all(|b| b.trim().is_empty()) {
                loader.error(
                    p.file,
                    raw.examples.span(),
                    "a rule needs at least one `bad` example it flags",
                );
            }

            let owner = rules.len();
            let check = match (kind, loader.errors.len() == before) {
                (Some(kind), true) => {
                    let mut cx = CompileCx {
                        owner,
                        raw,
                        phrases: &mut builder,
                        data: &data,
                        builtin: p.file < builtin_files,
                        cache: &mut cache,
                    };
                    match (kind.compile)(&mut cx) {
                        Ok(check) => Some((scope, check)),
                        Err(e) => {
                            loader.error(p.file, e.span, e.message);
                            None
                        }
                    }
                }
                _ => None,
            };
            let fixable =
                kind.is_some_and(|k| k.fixable) && raw.fix.as_ref().is_none_or(|f| *f.get_ref());
            rules.push(RuleMeta {
                id,
                category: category.unwrap_or(Category::Style),
                kind: raw.kind.get_ref().clone(),
                severity,
                default_severity: severity,
                message: raw.message.get_ref().clone(),
                summary: raw.summary.get_ref().trim().to_owned(),
                why: raw.why.clone().unwrap_or_default().trim().to_owned(),
                config: raw.config.clone().unwrap_or_default().trim().to_owned(),
                examples,
                pack: p.pack.clone(),
                source: loader.files[p.file].name.clone(),
                enabled: raw.enabled.unwrap_or(true),
                fixable,
            });
            checks.push(check);
        }

        // Resolve `yields_to` now that every id is known.
        let mut yields = vec![Vec::new(); rules.len()];
        for (i, p) in pending.iter().enumerate() {
            let Some(list) = &p.raw.get_ref().yields_to else {
                continue;
            };
            for other in list.get_ref() {
                match rules.iter().position(|r| r.id == *other.get_ref()) {
                    Some(j) if j != i => yields[i].push(j),
                    Some(_) => loader.error(p.file, other.span(), "a rule cannot yield to itself"),
                    None => loader.error(
                        p.file,
                        other.span(),
                        format!("`yields_to` names unknown rule `{}`", other.get_ref()),
                    ),
                }
            }
        }

        // copydesk's own directives report through two built-in rules.
        for (id, severity, message, summary, why) in DIRECTIVE_RULES {
            rules.push(RuleMeta {
                id: (*id).to_owned(),
                category: Category::Copydesk,
                kind: "directive".into(),
                severity: *severity,
                default_severity: *severity,
                message: (*message).to_owned(),
                summary: (*summary).to_owned(),
                why: (*why).to_owned(),
                config: String::new(),
                examples: Examples {
                    bad: vec!["<!-- copydesk-disable-next-line style.relative-date -->\nThe board met Tuesday.".into()],
                    good: vec!["<!-- copydesk-disable-next-line style.relative-date -- live blog -->\nThe board meets today.".into()],
                    fixed: Vec::new(),
                },
                pack: "copydesk".into(),
                source: "copydesk (built-in)".into(),
                enabled: true,
                fixable: false,
            });
            checks.push(None);
            yields.push(Vec::new());
        }

        // The project's switches, layer by layer: the last word wins.
        let mut fail_on = None;
        let mut origins = Vec::new();
        let mut overrides = Vec::new();
        for layer in &layers {
            let file = layer.file;
            let source = loader.files[file].name.clone();
            for (pack, on) in &layer.raw.packs {
                if check_pack(&mut loader, &rules, &packs, file, pack, on.span()) {
                    for r in rules.iter_mut().filter(|r| &r.pack == pack) {
                        r.enabled = *on.get_ref();
                    }
                    origins.push(Origin::new(
                        format!("packs.{pack}"),
                        on.get_ref().to_string(),
                        &source,
                    ));
                }
            }
            for (id, setting) in &layer.raw.rules {
                let Some(rule) = rules.iter_mut().find(|r| &r.id == id) else {
                    loader.error(
                        file,
                        setting.span(),
                        format!("no rule has the id `{id}` (see `copydesk rules`)"),
                    );
                    continue;
                };
                match apply_setting(rule, setting.get_ref()) {
                    Ok(()) => origins.push(Origin::new(
                        format!("rules.\"{id}\""),
                        setting_text(setting.get_ref()),
                        &source,
                    )),
                    Err(m) => loader.error(file, setting.span(), m),
                }
            }
            if let Some(level) = &layer.raw.fail_on {
                match level.get_ref().parse() {
                    Ok(s) => {
                        fail_on = Some(s);
                        origins.push(Origin::new(
                            "fail_on".into(),
                            format!("{:?}", level.get_ref()),
                            &source,
                        ));
                    }
                    Err(()) => loader.error(
                        file,
                        level.span(),
                        format!(
                            "unknown severity `{}`; expected error, warning or info",
                            level.get_ref()
                        ),
                    ),
                }
            }
            if let Some(d) = &layer.raw.dialect {
                origins.push(Origin::new(
                    "dialect".into(),
                    format!("{:?}", d.get_ref()),
                    &source,
                ));
            }
            for path in &layer.raw.rule_files {
                origins.push(Origin::new(
                    "rule_files".into(),
                    format!("{:?}", layer.dir.join(path.get_ref()).display().to_string()),
                    &source,
                ));
            }
            for o in &layer.raw.overrides {
                if let Some(compiled) =
                    config::compile_override(&mut loader, file, &layer.dir, o, &rules, &packs)
                {
                    origins.push(Origin::new(
                        "overrides".into(),
                        format!("paths = {:?}", o.get_ref().paths.get_ref()),
                        &source,
                    ));
                    overrides.push(compiled);
                }
            }
        }
        if options.enable_all {
            for r in &mut rules {
                r.enabled = true;
            }
        }

        if !loader.errors.is_empty() {
            return Err(LoadErrors {
                files: loader.files,
                errors: loader.errors,
            });
        }
        let phrases = builder.build(rules.len());
        let config_files = layers
            .iter()
            .map(|l| loader.files[l.file].name.clone())
            .collect();
        let config_dir = options
            .config
            .as_deref()
            .and_then(Path::parent)
            .map(Path::to_path_buf);
        Ok(RuleSet {
            rules,
            checks,
            yields,
            phrases,
            data,
            fail_on,
            config_path: options.config.clone(),
            config_dir,
            config_files,
            origins,
            overrides,
            packs,
        })
    }

    /// The index of the rule with this id.
    pub fn find(&self, id: &str) -> Option<usize> {
        self.rules.iter().position(|r| r.id == id)
    }

    /// Lints one document with every enabled rule. Findings are sorted by
    /// start, then rule id, and deduplicated.
    pub fn lint(&self, doc: &Document<'_>) -> Vec<Finding> {
        let enabled: Vec<bool> = self.rules.iter().map(|r| r.enabled).collect();
        self.lint_with(doc, &enabled)
    }

    /// Lints with an explicit on/off switch per rule (per-file overrides).
    pub fn lint_with(&self, doc: &Document<'_>, enabled: &[bool]) -> Vec<Finding> {
        let hits = self.phrases.scan(&doc.prose);
        let mut out = Vec::new();
        let mut local = Vec::new();
        for (i, check) in self.checks.iter().enumerate() {
            let Some((scope, check)) = check else {
                continue;
            };
            if !enabled.get(i).copied().unwrap_or(false) {
                continue;
            }
            local.clear();
            let mut cx = CheckCx {
                doc,
                hits: hits.of(i),
                rule: i,
                message: &self.rules[i].message,
                data: &self.data,
                out: &mut local,
            };
            check.check(&mut cx);
            out.extend(local.drain(..).filter(|f| {
                f.span.end <= doc.text.len()
                    && doc.text.is_char_boundary(f.span.start)
                    && doc.text.is_char_boundary(f.span.end)
                    && scope.contains(doc, f.span.start)
            }));
        }
        self.drop_yielded(doc, &mut out);
        out.sort_by(|a, b| {
            (a.span.start, &self.rules[a.rule].id, a.span.end).cmp(&(
                b.span.start,
                &self.rules[b.rule].id,
                b.span.end,
            ))
        });
        out.dedup_by(|a, b| a.rule == b.rule && a.span == b.span);
        out
    }
}

impl RuleSet {
    /// Drops each finding whose rule yields to a rule that also has a
    /// finding in the same sentence.
    fn drop_yielded(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        if !out.iter().any(|f| !self.yields[f.rule].is_empty()) {
            return;
        }
        let flagged: std::collections::HashSet<(usize, Option<usize>)> = out
            .iter()
            .map(|f| (f.rule, doc.sentence_at(f.span.start)))
            .collect();
        out.retain(|f| {
            let sentence = doc.sentence_at(f.span.start);
            sentence.is_none()
                || !self.yields[f.rule]
                    .iter()
                    .any(|r| flagged.contains(&(*r, sentence)))
        });
    }
}

/// Whether `pack` names a loaded pack; reports the error at `span` if not.
fn check_pack(
    loader: &mut Loader,
    rules: &[RuleMeta],
    packs: &[(String, String)],
    file: usize,
    pack: &str,
    span: Range<usize>,
) -> bool {
    if rules.iter().any(|r| r.pack == pack) {
        return true;
    }
    let known: Vec<&str> = packs.iter().map(|p| p.0.as_str()).collect();
    loader.error(
        file,
        span,
        format!("unknown pack `{pack}`; loaded packs: {}", known.join(", ")),
    );
    false
}

fn setting_text(setting: &RuleSetting) -> String {
    match setting {
        RuleSetting::Level(s) => format!("{s:?}"),
        RuleSetting::Enabled(b) => b.to_string(),
        RuleSetting::Table(t) => format!(
            "{{ severity = {:?}, enabled = {:?} }}",
            t.severity, t.enabled
        ),
    }
}

pub(crate) fn apply_setting(rule: &mut RuleMeta, setting: &RuleSetting) -> Result<(), String> {
    apply_switch(&mut rule.enabled, &mut rule.severity, setting)
}

/// Applies a `copydesk.toml` rule setting to a rule's on/off switch and
/// severity (the rule set's, or one file's policy).
pub(crate) fn apply_switch(
    enabled: &mut bool,
    severity: &mut Severity,
    setting: &RuleSetting,
) -> Result<(), String> {
    let mut level = |s: &str| -> Result<(), String> {
        match s {
            "off" => *enabled = false,
            "on" => *enabled = true,
            other => {
                *severity = other.parse().map_err(|()| {
                    format!("unknown setting `{other}`; expected off, on, error, warning or info")
                })?;
                *enabled = true;
            }
        }
        Ok(())
    };
    match setting {
        RuleSetting::Level(s) => level(s),
        RuleSetting::Enabled(on) => {
            *enabled = *on;
            Ok(())
        }
        RuleSetting::Table(t) => {
            if let Some(s) = &t.severity {
                level(s)?;
            }
            if let Some(on) = t.enabled {
                *enabled = on;
            }
            Ok(())
        }
    }
}

/// Lexicons with the same name extend each other; an entity with the name of
/// an earlier one replaces it (a house file overrides a built-in entity).
/// `unique`: no lexicon repeats an entry within itself (true of the
/// built-in packs, which a test checks), so a new lexicon is kept as it is.
fn merge_data(
    data: &mut SharedData,
    lexicons: BTreeMap<String, Spanned<Vec<Word>>>,
    entities: Vec<Spanned<RawEntity>>,
    spelling: Option<raw::RawSpelling>,
    unique: bool,
) {
    for (name, words) in lexicons {
        let list = data.lexicons.entry(name).or_default();
        let words = words.into_inner();
        if unique && list.is_empty() {
            *list = words;
            continue;
        }
        // Which new words are not in the list yet (nor earlier in `words`),
        // found without cloning every word into the set.
        let keep: Vec<bool> = {
            let mut seen: FxHashSet<&str> = FxHashSet::default();
            seen.reserve(list.len() + words.len());
            seen.extend(list.iter().map(|w| w.as_ref()));
            words.iter().map(|w| seen.insert(w.as_ref())).collect()
        };
        if list.is_empty() && keep.iter().all(|&k| k) {
            // A new lexicon without repeats (the usual case): keep its list.
            *list = words;
        } else {
            list.extend(
                words
                    .into_iter()
                    .zip(keep)
                    .filter_map(|(w, k)| k.then_some(w)),
            );
        }
    }
    if !entities.is_empty() {
        let mut by_name: FxHashMap<String, usize> = data
            .entities
            .iter()
            .enumerate()
            .map(|(i, e)| (e.name.clone(), i))
            .collect();
        for e in entities {
            let e = e.into_inner();
            match by_name.get(&e.name).map(|&i| &mut data.entities[i]) {
                Some(existing) => *existing = e,
                None => {
                    by_name.insert(e.name.clone(), data.entities.len());
                    data.entities.push(e);
                }
            }
        }
    }
    if let Some(s) = spelling {
        data.spelling.extend(s.pairs);
    }
}

/// The optional kind-specific fields a rule sets, with their spans.
fn present_fields(raw: &RawRule) -> Vec<(Field, Range<usize>)> {
    let mut out = Vec::new();
    if let Some(v) = &raw.phrases {
        out.push((Field::Phrases, v.span()));
    }
    if let Some(v) = &raw.lexicons {
        out.push((Field::Lexicons, v.span()));
    }
    if let Some(v) = &raw.match_case {
        out.push((Field::MatchCase, v.span()));
    }
    if let Some(v) = &raw.pattern {
        out.push((Field::Pattern, v.span()));
    }
    if let Some(v) = &raw.replace {
        out.push((Field::Replace, v.span()));
    }
    if let Some(v) = &raw.fix {
        out.push((Field::Fix, v.span()));
    }
    if let Some(v) = &raw.options {
        out.push((Field::Options, v.span()));
    }
    out
}

fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}

/// Finds `copydesk.toml` (or `.copydesk.toml`) in `start` or its parents.
/// The path is relative to `start` (`copydesk.toml`, `../copydesk.toml`), so
/// messages name it the way the user would.
pub fn discover_config(start: &Path) -> Option<PathBuf> {
    start.ancestors().enumerate().find_map(|(up, dir)| {
        ["copydesk.toml", ".copydesk.toml"]
            .iter()
            .find(|n| dir.join(n).is_file())
            .map(|n| {
                let mut relative: PathBuf = std::iter::repeat_n("..", up).collect();
                relative.push(n);
                relative
            })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `merge_data` keeps a new built-in lexicon without checking it for
    /// repeats.
    #[test]
    fn built_in_lexicons_do_not_repeat_an_entry() {
        for (name, text, _) in BUILTIN_PACKS {
            let parsed: RuleFile = toml::from_str(text).expect("built-in packs parse");
            for (lexicon, words) in &parsed.lexicon {
                let mut seen = FxHashSet::default();
                for w in words.get_ref() {
                    assert!(seen.insert(w), "{name}: lexicon `{lexicon}` repeats `{w}`");
                }
            }
        }
    }

    /// build.rs turns each built-in pack into code; what that code builds
    /// must be what the run-time parser reads from the text, spans included.
    #[test]
    fn built_in_packs_match_their_text() {
        for (name, text, built) in BUILTIN_PACKS {
            let build = built.unwrap_or_else(|| panic!("build.rs could not parse {name}"));
            let parsed: RuleFile = toml::from_str(text).expect("built-in packs parse");
            assert_eq!(format!("{:?}", build()), format!("{parsed:?}"), "{name}");
        }
    }
}
