//! Entry points shared by the fuzz targets (`fuzz/`) and the regression
//! tests that replay their corpora (`tests/fuzz_regressions.rs`). Each one
//! takes arbitrary bytes and checks the invariants that must hold for any
//! input; a violation panics, which is what the fuzzer looks for.

use crate::document::{Document, Format};
use crate::ruleset::{LoadOptions, RuleSet};
use std::sync::LazyLock;

static RULES: LazyLock<RuleSet> =
    LazyLock::new(|| RuleSet::load(&LoadOptions::default()).expect("built-in rules load"));

fn text(data: &[u8]) -> String {
    String::from_utf8_lossy(data).into_owned()
}

/// Builds the document model as Markdown and as plain text.
pub fn document(data: &[u8]) {
    let text = text(data);
    for format in [Format::Markdown, Format::PlainText] {
        let doc = Document::parse(&text, format);
        assert_eq!(doc.prose.len(), text.len(), "prose keeps every offset");
        for b in &doc.blocks {
            assert!(b.range.start <= b.range.end && b.range.end <= text.len());
            assert!(text.is_char_boundary(b.range.start) && text.is_char_boundary(b.range.end));
        }
        for s in &doc.sentences {
            assert!(text.is_char_boundary(s.range.start) && text.is_char_boundary(s.range.end));
        }
    }
}

/// Lints the bytes with every built-in rule, as `path` (its extension picks
/// the format), and checks every span.
pub fn lint(data: &[u8], path: &str) {
    let text = text(data);
    let findings = crate::lint_text(&RULES, path, &text);
    for f in &findings {
        assert!(
            f.span.start <= f.span.end && f.span.end <= text.len(),
            "span outside the text"
        );
        assert!(
            text.is_char_boundary(f.span.start) && text.is_char_boundary(f.span.end),
            "span splits a char"
        );
    }
    let diagnostics = crate::report::diagnostics(&RULES, path, &text, &findings, None);
    assert_eq!(diagnostics.len(), findings.len());
}

/// Loads the bytes as a rule file: it must load or fail with errors, and a
/// rule set that loads must lint a sample and pass or fail its self-test
/// without panicking.
pub fn rule_file(data: &[u8]) {
    let text = text(data);
    let options = LoadOptions {
        no_builtin: true,
        rule_texts: vec![("fuzz.toml".into(), text)],
        ..LoadOptions::default()
    };
    match RuleSet::load(&options) {
        Ok(rules) => {
            let _ = crate::lint_text(
                &rules,
                "a.md",
                "Head\n\nThe fire destroyed TK homes, critics say.\n",
            );
            let _ = crate::ruleset::self_test(&rules);
        }
        Err(errors) => {
            for e in &errors.errors {
                if let (Some(file), Some(span)) = (e.file, &e.span) {
                    assert!(
                        span.end <= errors.files[file].text.len() + 1,
                        "error span outside the rule file"
                    );
                }
            }
        }
    }
}
