//! The project's configuration: `copydesk.toml`, the shared house-style
//! files it `extends`, per-path `[[overrides]]`, and front-matter switches.
//!
//! Layers are read base first (an extended file before the file that extends
//! it), so the file nearest the project has the last word. Each value keeps
//! the name of the file it came from, which `copydesk config --show` prints.

use super::raw::{RawConfig, RawOverride, RuleSetting};
use super::{
    LoadError, Loader, RuleMeta, RuleSet, Severity, apply_setting, apply_switch, check_pack,
};
use crate::document::FrontMatter;
use globset::{Glob, GlobSet, GlobSetBuilder};
use std::ops::Range;
use std::path::{Path, PathBuf};
use toml::Spanned;

/// One configuration file, parsed.
pub(super) struct Layer {
    pub file: usize,
    pub dir: PathBuf,
    pub raw: RawConfig,
}

/// How deep `extends` may nest before copydesk assumes a mistake.
const MAX_DEPTH: usize = 8;

/// Reads `path` and everything it extends, base first.
pub(super) fn read_chain(loader: &mut Loader, path: &Path) -> Vec<Layer> {
    let mut out = Vec::new();
    let mut stack = Vec::new();
    read_layer(loader, path, None, &mut stack, &mut out);
    out
}

fn read_layer(
    loader: &mut Loader,
    path: &Path,
    from: Option<(usize, Range<usize>)>,
    stack: &mut Vec<PathBuf>,
    out: &mut Vec<Layer>,
) {
    let canonical = path.canonicalize().unwrap_or_else(|_| path.to_path_buf());
    let fail = |loader: &mut Loader, message: String| {
        loader.errors.push(LoadError {
            file: from.as_ref().map(|f| f.0),
            span: from.as_ref().map(|f| f.1.clone()),
            message,
            notes: Vec::new(),
        });
    };
    if stack.contains(&canonical) {
        fail(
            loader,
            format!("`extends` loops back to {}", path.display()),
        );
        return;
    }
    if stack.len() >= MAX_DEPTH {
        fail(
            loader,
            format!(
                "`extends` nests more than {MAX_DEPTH} files deep at {}",
                path.display()
            ),
        );
        return;
    }
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) => {
            fail(
                loader,
                format!(
                    "cannot read configuration {}: {}",
                    path.display(),
                    crate::input::io_message(&e)
                ),
            );
            return;
        }
    };
    let file = loader.add_file(path.display().to_string(), text);
    let raw: RawConfig = loader.parse(file);
    let dir = path.parent().map(Path::to_path_buf).unwrap_or_default();
    stack.push(canonical);
    for base in &raw.extends {
        read_layer(
            loader,
            &dir.join(base.get_ref()),
            Some((file, base.span())),
            stack,
            out,
        );
    }
    stack.pop();
    out.push(Layer { file, dir, raw });
}

/// Where a configured value came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    pub key: String,
    pub value: String,
    pub source: String,
}

impl Origin {
    pub(super) fn new(key: String, value: String, source: &str) -> Origin {
        Origin {
            key,
            value,
            source: source.to_owned(),
        }
    }
}

/// A compiled `[[overrides]]` entry.
#[derive(Debug)]
pub struct Override {
    globs: GlobSet,
    /// Settings per rule index, applied in order.
    settings: Vec<(usize, RuleSetting)>,
}

pub(super) fn compile_override(
    loader: &mut Loader,
    file: usize,
    dir: &Path,
    raw: &Spanned<RawOverride>,
    rules: &[RuleMeta],
    packs: &[(String, String)],
) -> Option<Override> {
    let o = raw.get_ref();
    let mut builder = GlobSetBuilder::new();
    for pattern in o.paths.get_ref() {
        let pattern = pattern.trim_start_matches("./");
        match Glob::new(pattern) {
            Ok(g) => {
                builder.add(g);
            }
            Err(e) => {
                loader.error(
                    file,
                    o.paths.span(),
                    format!("invalid glob `{pattern}`: {}", e.kind()),
                );
                return None;
            }
        }
    }
    let _ = dir;
    let globs = builder.build().ok()?;
    let mut settings = Vec::new();
    for (pack, on) in &o.packs {
        if check_pack(loader, rules, packs, file, pack, on.span()) {
            for (i, _) in rules.iter().enumerate().filter(|(_, r)| &r.pack == pack) {
                settings.push((i, RuleSetting::Enabled(*on.get_ref())));
            }
        }
    }
    for (id, setting) in &o.rules {
        let Some(i) = rules.iter().position(|r| &r.id == id) else {
            loader.error(
                file,
                setting.span(),
                format!("no rule has the id `{id}` (see `copydesk rules`)"),
            );
            continue;
        };
        let mut probe = rules[i].clone();
        if let Err(m) = apply_setting(&mut probe, setting.get_ref()) {
            loader.error(file, setting.span(), m);
            continue;
        }
        settings.push((i, setting.get_ref().clone()));
    }
    Some(Override { globs, settings })
}

/// What runs on one file: on/off and severity per rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Policy {
    pub enabled: Vec<bool>,
    pub severity: Vec<Severity>,
    /// The front matter asks copydesk to leave the file alone.
    pub skip: bool,
}

/// Front-matter `type` values that mark opinion writing, where a judgment
/// in the writer's voice is the point, not a slip.
pub const OPINION_TYPES: &[&str] = &[
    "opinion",
    "editorial",
    "column",
    "review",
    "analysis",
    "commentary",
    "op-ed",
    "letter",
];

/// Rules switched off for opinion writing.
pub const OPINION_OFF: &[&str] = &["attribution.opinion-as-fact"];

impl RuleSet {
    /// The policy for one file: configured settings, then matching
    /// `[[overrides]]` in order, then the file's own front matter.
    pub fn policy_for(&self, path: &Path, front_matter: Option<&FrontMatter>) -> Policy {
        let mut policy = Policy {
            enabled: self.rules.iter().map(|r| r.enabled).collect(),
            severity: self.rules.iter().map(|r| r.severity).collect(),
            skip: false,
        };
        // Matching a path costs a canonicalize; only pay it when there are overrides.
        if !self.overrides.is_empty() {
            let relative = self.relative_to_config(path);
            for o in self
                .overrides
                .iter()
                .filter(|o| o.globs.is_match(&relative))
            {
                for (i, setting) in &o.settings {
                    let _ =
                        apply_switch(&mut policy.enabled[*i], &mut policy.severity[*i], setting);
                }
            }
        }
        if let Some(fm) = front_matter {
            let (skip, opinion) = front_matter_switches(fm);
            policy.skip = skip;
            if opinion {
                for id in OPINION_OFF {
                    if let Some(i) = self.find(id) {
                        policy.enabled[i] = false;
                    }
                }
            }
        }
        policy
    }

    fn relative_to_config(&self, path: &Path) -> PathBuf {
        let stripped = path.strip_prefix("./").unwrap_or(path);
        let Some(dir) = &self.config_dir else {
            return stripped.to_path_buf();
        };
        let absolute = if path.is_absolute() {
            path.to_path_buf()
        } else {
            std::env::current_dir()
                .map(|c| c.join(stripped))
                .unwrap_or_else(|_| stripped.to_path_buf())
        };
        let dir = if dir.as_os_str().is_empty() {
            Path::new(".")
        } else {
            dir.as_path()
        };
        let dir = dir.canonicalize().unwrap_or_else(|_| dir.to_path_buf());
        let absolute = absolute
            .parent()
            .and_then(|p| p.canonicalize().ok())
            .and_then(|p| absolute.file_name().map(|n| p.join(n)))
            .unwrap_or(absolute);
        absolute
            .strip_prefix(&dir)
            .map(Path::to_path_buf)
            .unwrap_or_else(|_| stripped.to_path_buf())
    }
}

/// `(skip, opinion)` from front matter: `copydesk: { skip: true }` (or a
/// nested `skip: true`, or TOML `copydesk = { skip = true }`) and a `type`
/// (or `category`, `kind`) naming opinion writing.
pub fn front_matter_switches(fm: &FrontMatter) -> (bool, bool) {
    let mut skip = false;
    let mut opinion = false;
    for (key, value) in &fm.fields {
        let value = value.trim().trim_matches(['"', '\'']).to_ascii_lowercase();
        match key.as_str() {
            "copydesk" => {
                let compact: String = value.chars().filter(|c| !c.is_whitespace()).collect();
                skip |= compact.contains("skip:true")
                    || compact.contains("skip=true")
                    || compact == "skip"
                    || compact == "off";
            }
            "copydesk.skip" => skip |= value == "true",
            "type" | "category" | "kind" | "genre" => {
                opinion |= OPINION_TYPES.contains(&value.as_str())
            }
            _ => {}
        }
    }
    skip |= fm.copydesk_skip;
    (skip, opinion)
}
