//! The fragment rules on fixture articles: exactly which (rule, line) pairs
//! fire on a flagged article, and nothing on a clean one that holds the
//! tricky correct cases (a question inside a quote, a pronoun after the
//! paragraph that names its person, a Markdown list of names, the byline in
//! the front matter, a Q&A).

mod common;

use copydesk::document::{Document, Format};

fn findings(text: &str, format: Format, prefixes: &[&str]) -> Vec<(String, usize)> {
    common::rule_lines(text, format, prefixes)
}

fn fixture(name: &str) -> String {
    common::read_fixture("fragments", name)
}

fn pairs(list: &[(&str, usize)]) -> Vec<(String, usize)> {
    list.iter().map(|(r, l)| ((*r).to_owned(), *l)).collect()
}

#[test]
fn flagged_article_fires_each_fragment_rule_on_its_line() {
    let got = findings(
        &fixture("flagged.txt"),
        Format::PlainText,
        &["fragment.", "style.relative-date"],
    );
    assert_eq!(
        got,
        pairs(&[
            ("fragment.placeholder", 5),
            ("fragment.orphan-question", 7),
            ("fragment.dangling-pronoun", 9),
            ("fragment.web-leftover", 13),
            ("style.relative-date", 15),
            ("fragment.pasted-caption", 17),
            ("fragment.stray-byline", 21),
        ])
    );
}

#[test]
fn clean_article_with_the_tricky_correct_cases_is_silent() {
    let got = findings(
        &fixture("clean.md"),
        Format::Markdown,
        &["fragment.", "style.relative-date"],
    );
    assert_eq!(got, vec![]);
}

#[test]
fn dangling_pronoun_points_at_the_paragraph_that_names_no_one() {
    let text = "Harbor vote\n\nThe board met on Monday.\n\nWhat comes next?\n\nHe said the vote would wait.";
    let rules = common::builtin_rules();
    let doc = Document::parse(text, Format::PlainText);
    let found = rules.lint(&doc);
    let f = found
        .iter()
        .find(|f| rules.rules[f.rule].id == "fragment.dangling-pronoun")
        .expect("flagged");
    assert_eq!(&text[f.span.clone()], "He");
    assert_eq!(&text[f.related[0].span.clone()], "What comes next?");
}

#[test]
fn a_lead_that_opens_on_a_pronoun_is_flagged_without_a_naming_headline() {
    let got = findings(
        "He told the board on Monday that the ferry would stop running.\nThe vote is in April.",
        Format::PlainText,
        &["fragment.dangling-pronoun"],
    );
    assert_eq!(got, pairs(&[("fragment.dangling-pronoun", 1)]));
}

#[test]
fn a_pronoun_after_an_opening_phrase_counts() {
    let text = "Harbor vote\n\nThe board met on Monday.\n\nWhat comes next?\n\nDuring his speech, he said the vote would wait.";
    let got = findings(text, Format::PlainText, &["fragment.dangling-pronoun"]);
    assert_eq!(got, pairs(&[("fragment.dangling-pronoun", 7)]));
    // A name after the phrase is what the possessive points to.
    let text = "Harbor vote\n\nThe board met on Monday.\n\nWhat comes next?\n\nDuring his speech, Reyes said the vote would wait.";
    assert_eq!(
        findings(text, Format::PlainText, &["fragment.dangling-pronoun"]),
        vec![]
    );
}

#[test]
fn stray_bylines_lone_bullets_and_wire_debris() {
    let text = "Harbor vote\n\nKESTREL BAY (Reuters) - The board met on Monday to weigh the ferry cuts.\n\n•\n\nMORE (Reuters) - The vote is in April.\n\nPhoto: Lena Okafor/Harbor Times\n\n  • Lena Okafor";
    let got = findings(text, Format::PlainText, &["fragment.stray-byline"]);
    assert_eq!(
        got,
        pairs(&[
            ("fragment.stray-byline", 5),
            ("fragment.stray-byline", 7),
            ("fragment.stray-byline", 9),
            ("fragment.stray-byline", 11),
        ])
    );
}

#[test]
fn a_plain_text_list_of_names_is_not_a_byline() {
    let text = "Harbor vote\n\nFive residents spoke against the cuts on Monday, the board said:\n\n• Marta Ilić\n\n• Jonas Eriksen\n\nThe vote is in April.";
    assert_eq!(findings(text, Format::PlainText, &["fragment."]), vec![]);
}
