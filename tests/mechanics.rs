//! The mechanics rules (and quote punctuation) on fixture articles: exactly
//! which (rule, line) pairs fire on a flagged article, nothing on a clean one
//! with correct nested quotes, apostrophes, an AP multi-paragraph quote,
//! list markers, suspended hyphens and grammatical doublings; and the fixes.

mod common;

use copydesk::ruleset::RuleSet;

use copydesk::document::{Document, Format};
use copydesk::fix::apply_fixes;

fn findings(text: &str, prefixes: &[&str]) -> Vec<(String, usize)> {
    common::rule_lines(text, Format::PlainText, prefixes)
}

fn fixture(name: &str) -> String {
    common::read_fixture("mechanics", name)
}

const MINE: &[&str] = &["mechanics.", "style.quote-punctuation"];

#[test]
fn flagged_article_fires_each_mechanics_rule_on_its_line() {
    let got = findings(&fixture("flagged.txt"), MINE);
    let expected: Vec<(String, usize)> = [
        ("mechanics.hyphen-spacing", 3),
        ("mechanics.hyphen-spacing", 3),
        ("mechanics.doubled-word", 5),
        ("mechanics.quote-nesting", 7),
        ("mechanics.unbalanced-brackets", 9),
        ("mechanics.capitalization", 11),
        ("mechanics.capitalization", 13),
        ("mechanics.capitalization", 13),
        ("style.quote-punctuation", 15),
    ]
    .iter()
    .map(|(r, l)| ((*r).to_owned(), *l))
    .collect();
    assert_eq!(got, expected);
}

#[test]
fn clean_article_with_the_tricky_correct_cases_is_silent() {
    assert_eq!(findings(&fixture("clean.txt"), MINE), vec![]);
}

#[test]
fn fixes_repair_the_flagged_article() {
    let text = fixture("flagged.txt");
    let rules = common::builtin_rules();
    let doc = Document::parse(&text, Format::PlainText);
    let fixed = apply_fixes(&text, &rules.lint(&doc)).text;
    for want in [
        "The state-backed loan",
        "a well-known engineer",
        "said the loan had never",
        "a hole,'\" Ruiz said",
        "for now. The rate rises",
        "the South American coast",
        "\"Then I asked who pays,\"",
        "\"a risky bet.\"",
    ] {
        assert!(fixed.contains(want), "missing {want:?} in:\n{fixed}");
    }
}

#[test]
fn british_style_puts_punctuation_outside_quotes() {
    let rules = common::rules_with_config("dialect = \"en-GB\"\n");
    let text = "The mayor called the plan \"a risky bet\".";
    let doc = Document::parse(text, Format::PlainText);
    assert!(
        rules
            .lint(&doc)
            .iter()
            .all(|f| rules.rules[f.rule].id != "style.quote-punctuation")
    );
}

#[test]
fn doubled_words_across_a_line_break_are_caught() {
    let got = findings(
        "The union said it\nit would appeal.",
        &["mechanics.doubled-word"],
    );
    assert_eq!(got, vec![("mechanics.doubled-word".to_owned(), 1)]);
}

#[test]
fn a_space_after_a_hyphen_in_a_broken_word_has_no_fix() {
    let rules = common::builtin_rules();
    let text = "The vote came be- tween the two meetings.";
    let doc = Document::parse(text, Format::PlainText);
    let found = rules.lint(&doc);
    let f = found
        .iter()
        .find(|f| rules.rules[f.rule].id == "mechanics.hyphen-spacing")
        .expect("flagged");
    assert!(f.fix.is_none());
}

/// Two placements outside and none inside: the article keeps to logical
/// punctuation, so with no dialect it is left alone; `dialect = "en-US"`
/// asks for American style everywhere.
#[test]
fn an_article_in_logical_punctuation_is_left_alone_unless_the_dialect_is_american() {
    let text = "The mayor called the plan \"a risky bet\".\n\n\
                \"We will see\", the mayor said. Critics called it \"reckless\".";
    let quote_punctuation = |rules: &RuleSet| {
        let doc = Document::parse(text, Format::PlainText);
        rules
            .lint(&doc)
            .iter()
            .filter(|f| rules.rules[f.rule].id == "style.quote-punctuation")
            .count()
    };
    assert_eq!(quote_punctuation(common::builtin_rules()), 0);

    let american = common::rules_with_config("dialect = \"en-US\"\n");
    assert_eq!(quote_punctuation(&american), 3);
}

/// One slip in an article that otherwise puts punctuation inside is flagged.
#[test]
fn a_logical_placement_among_american_ones_is_flagged() {
    let text = "\"We will see,\" the mayor said. \"It is early,\" she added.\n\n\
                Critics called it \"reckless\".";
    let got = findings(text, &["style.quote-punctuation"]);
    assert_eq!(got, vec![("style.quote-punctuation".to_owned(), 3)]);
}
