//! The shipped packs: every rule passes its own examples, and docs/rules.md
//! is what the rule metadata generates.

use copydesk::ruleset::{LoadOptions, RuleSet, docs, self_test};

fn builtin() -> RuleSet {
    RuleSet::load(&LoadOptions {
        enable_all: true,
        ..LoadOptions::default()
    })
    .unwrap_or_else(|e| panic!("built-in packs must load:\n{e}"))
}

#[test]
fn every_shipped_rule_passes_its_examples() {
    let rules = builtin();
    let failures = self_test(&rules);
    let report: Vec<String> = failures.iter().map(ToString::to_string).collect();
    assert!(failures.is_empty(), "{}", report.join("\n"));
}

#[test]
fn every_shipped_rule_is_documented() {
    for r in &builtin().rules {
        assert!(!r.summary.is_empty(), "{} has no summary", r.id);
        assert!(!r.why.is_empty(), "{} has no `why`", r.id);
        assert!(
            !r.examples.bad.is_empty() && !r.examples.good.is_empty(),
            "{} needs bad and good examples",
            r.id
        );
        assert!(
            !r.message.ends_with('.'),
            "{}: messages have no trailing period",
            r.id
        );
    }
}

#[test]
fn docs_rules_md_is_up_to_date() {
    let rules = builtin();
    let expected = docs::rules_markdown(&rules);
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/rules.md");
    let actual = std::fs::read_to_string(path).unwrap_or_default();
    if std::env::var_os("COPYDESK_BLESS").is_some() {
        std::fs::write(path, &expected).unwrap();
        return;
    }
    assert!(
        actual == expected,
        "docs/rules.md is stale: run `COPYDESK_BLESS=1 cargo test --test packs` (or `copydesk rules --markdown > docs/rules.md`)"
    );
}
