//! Fixture articles for the naming family (and `style.spelling-dialect`):
//! each test pins exactly which (rule, line) pairs fire, so a feature that
//! breaks, or a new false alarm, fails here.

mod common;

use copydesk::lint_text;
use copydesk::ruleset::{LoadOptions, RuleSet};
use std::path::PathBuf;

fn fixture(name: &str) -> (String, String) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/naming")
        .join(name);
    let text = std::fs::read_to_string(&path).expect("fixture exists");
    (path.display().to_string(), text)
}

fn line_of(text: &str, offset: usize) -> usize {
    text[..offset].matches('\n').count() + 1
}

/// (rule id, line, fix) of every naming and spelling-dialect finding.
fn findings(rules: &RuleSet, name: &str) -> Vec<(String, usize, Option<String>)> {
    let (path, text) = fixture(name);
    lint_text(rules, &path, &text)
        .into_iter()
        .map(|f| {
            (
                rules.rules[f.rule].id.clone(),
                line_of(&text, f.span.start),
                f.fix.map(|x| x.replacement),
            )
        })
        .filter(|(id, _, _)| id.starts_with("naming.") || id == "style.spelling-dialect")
        .collect()
}

fn builtin() -> RuleSet {
    RuleSet::load(&LoadOptions::default()).expect("built-in rules load")
}

fn pairs(found: &[(String, usize, Option<String>)]) -> Vec<(&str, usize)> {
    found
        .iter()
        .map(|(id, line, _)| (id.as_str(), *line))
        .collect()
}

#[test]
fn stitched_article_is_flagged_once_per_problem() {
    let found = findings(&builtin(), "flagged.txt");
    assert_eq!(
        pairs(&found),
        vec![
            ("naming.first-reference", 3), // Okonkwo before "Adaeze Okonkwo"
            ("naming.acronym-before-expansion", 5), // PFCA before its expansion
            ("naming.formal-name", 9),     // the Russian Federation
            ("naming.first-reference", 11), // Brennan never introduced
            ("naming.inconsistent-name", 13), // US after USA
            ("naming.courtesy-title", 19), // Mr Ortega after bare Ortega
            ("style.spelling-dialect", 19), // recognised after favored
        ]
    );
    let fix = |rule: &str| found.iter().find(|f| f.0 == rule).and_then(|f| f.2.clone());
    assert_eq!(fix("naming.formal-name").as_deref(), Some("Russia"));
    assert_eq!(fix("naming.inconsistent-name").as_deref(), Some("USA"));
    assert_eq!(fix("naming.courtesy-title").as_deref(), Some("Ortega"));
    assert_eq!(fix("style.spelling-dialect").as_deref(), Some("recognized"));
}

/// "U.S." adjective with "United States" noun; everyone introduced; a
/// surname-only headline; Washington the city and the government; Georgia
/// the state and the country; diacritics; "Dr." with the full name then the
/// bare surname; a company and a club used bare; names spelled the British
/// way inside an American article.
#[test]
fn clean_article_has_no_naming_findings() {
    assert_eq!(findings(&builtin(), "clean.md"), vec![]);
}

#[test]
fn spelling_follows_the_majority_or_the_house_dialect() {
    let found = findings(&builtin(), "dialect.txt");
    assert_eq!(pairs(&found), vec![("style.spelling-dialect", 5)]);
    assert_eq!(found[0].2.as_deref(), Some("finalised"));

    let rules = common::rules_with_config("dialect = \"en-US\"\n");
    let found = findings(&rules, "dialect.txt");
    // harbour (headline and body) and colour twice; finalized is house style.
    assert_eq!(
        found
            .iter()
            .map(|f| (f.1, f.2.as_deref().unwrap_or("")))
            .collect::<Vec<_>>(),
        vec![(1, "harbor"), (3, "color"), (3, "harbor"), (5, "color")]
    );
}

#[test]
fn project_entities_set_the_preferred_name() {
    let rules = common::rules_with_config(
        r#"
[[entity]]
name = "United States"
aliases = ["U.S.", "US", "USA"]
preferred = "U.S."
type = "country"
"#,
    );
    let text =
        "Headline here\n\nThe USA imposed sanctions, and U.S. officials said more would come.";
    let found: Vec<_> = lint_text(&rules, "a.txt", text)
        .into_iter()
        .filter(|f| rules.rules[f.rule].id == "naming.inconsistent-name")
        .collect();
    assert_eq!(found.len(), 1);
    assert_eq!(&text[found[0].span.clone()], "USA");
    assert_eq!(found[0].fix.as_ref().unwrap().replacement, "U.S.");
}
