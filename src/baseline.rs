//! Baselines: record today's findings so CI on an old archive fails only on
//! what a change adds.
//!
//! A finding's fingerprint is its rule id, the text it names (whitespace
//! collapsed, lower-cased) and its occurrence index among findings of the
//! same rule and text in the file: no line numbers, so an edit elsewhere in
//! the file does not make old findings look new.

use crate::report::Diagnostic;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet, HashMap};

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq)]
pub struct Baseline {
    pub version: u32,
    /// Path -> fingerprints.
    pub files: BTreeMap<String, BTreeSet<String>>,
}

/// Fingerprints of one file's diagnostics, in order.
pub fn fingerprints(text: &str, diagnostics: &[Diagnostic]) -> Vec<String> {
    let mut seen: HashMap<(String, String), usize> = HashMap::new();
    diagnostics
        .iter()
        .map(|d| {
            let named = text.get(d.start..d.end).unwrap_or("");
            let normalized = named
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .to_lowercase();
            let n = seen
                .entry((d.rule.clone(), normalized.clone()))
                .or_insert(0);
            *n += 1;
            format!("{}|{}|{}", d.rule, normalized, *n)
        })
        .collect()
}

impl Baseline {
    pub fn add(&mut self, path: &str, prints: Vec<String>) {
        if !prints.is_empty() {
            self.files
                .entry(path.to_owned())
                .or_default()
                .extend(prints);
        }
    }

    /// Keeps only the diagnostics not in the baseline.
    pub fn filter(&self, path: &str, text: &str, diagnostics: Vec<Diagnostic>) -> Vec<Diagnostic> {
        let Some(known) = self.files.get(path) else {
            return diagnostics;
        };
        let prints = fingerprints(text, &diagnostics);
        diagnostics
            .into_iter()
            .zip(prints)
            .filter(|(_, p)| !known.contains(p))
            .map(|(d, _)| d)
            .collect()
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default() + "\n"
    }

    pub fn from_json(text: &str) -> Result<Baseline, String> {
        let b: Baseline =
            serde_json::from_str(text).map_err(|e| format!("not a copydesk baseline: {e}"))?;
        if b.version != 1 {
            return Err(format!(
                "baseline version {} is not supported (expected 1)",
                b.version
            ));
        }
        Ok(b)
    }
}
