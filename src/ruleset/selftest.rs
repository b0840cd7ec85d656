//! Rule self-tests: every rule must flag each of its `bad` examples, stay
//! silent on each `good` one, and turn `bad` into `fixed` with its fixes.
//! `copydesk rules --test` runs this for the loaded rules (built-in and the
//! project's own), and the test suite runs it for every shipped pack.

use super::RuleSet;
use crate::document::{Document, Format};
use crate::fix::apply_fixes;

/// One example that did not behave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SelfTestFailure {
    pub rule: String,
    pub source: String,
    pub problem: String,
}

impl std::fmt::Display for SelfTestFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} ({}): {}", self.rule, self.source, self.problem)
    }
}

/// Runs every rule's examples; returns the failures (empty when all pass).
pub fn self_test(rules: &RuleSet) -> Vec<SelfTestFailure> {
    let mut failures = Vec::new();
    for (i, meta) in rules
        .rules
        .iter()
        .enumerate()
        .filter(|(_, m)| m.kind != "directive")
    {
        let mut only = vec![false; rules.rules.len()];
        only[i] = true;
        let fail = |problem: String| SelfTestFailure {
            rule: meta.id.clone(),
            source: meta.source.clone(),
            problem,
        };
        for (n, bad) in meta.examples.bad.iter().enumerate() {
            let doc = Document::parse(bad, Format::PlainText);
            let findings = rules.lint_with(&doc, &only);
            if findings.is_empty() {
                failures.push(fail(format!("does not flag its bad example: {bad:?}")));
            }
            if let Some(expected) = meta.examples.fixed.get(n) {
                let fixed = apply_fixes(bad, &findings).text;
                if &fixed != expected {
                    failures.push(fail(format!(
                        "fixes {bad:?} to {fixed:?}, expected {expected:?}"
                    )));
                }
            }
        }
        for good in &meta.examples.good {
            let doc = Document::parse(good, Format::PlainText);
            let findings = rules.lint_with(&doc, &only);
            if let Some(f) = findings.first() {
                failures.push(fail(format!(
                    "flags its good example {good:?}: {} at {:?}",
                    f.message,
                    &good[f.span.clone()]
                )));
            }
        }
    }
    failures
}
