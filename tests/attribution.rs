//! The attribution rules on articles written for the purpose: exactly which
//! (rule, line) pairs fire, so a broken cue, quote or scope check fails here.

mod common;

use copydesk::document::Format;
use copydesk::ruleset::{LoadOptions, RuleSet};
use std::path::PathBuf;

fn fixture(name: &str) -> (String, Format) {
    (
        common::read_fixture("attribution", name),
        Format::from_path(name),
    )
}

/// (rule id, 1-based line) of every attribution finding.
fn attribution_findings(rules: &RuleSet, text: &str, format: Format) -> Vec<(String, usize)> {
    common::rule_lines_with(rules, text, format, &["attribution."])
}

/// The 1-based lines rule `id` flags in plain `text`.
fn lines_of(rules: &RuleSet, id: &str, text: &str) -> Vec<usize> {
    attribution_findings(rules, text, Format::PlainText)
        .into_iter()
        .filter(|(r, _)| r == id)
        .map(|(_, l)| l)
        .collect()
}

/// Expected (rule id, line) pairs, owned for comparison.
fn owned(pairs: &[(&str, usize)]) -> Vec<(String, usize)> {
    pairs.iter().map(|&(r, l)| (r.to_owned(), l)).collect()
}

/// The built-in rules, loaded once for every test.
fn builtin() -> &'static RuleSet {
    common::builtin_rules()
}

#[test]
fn harbor_story_flags_exactly_the_unsourced_lines() {
    let (text, format) = fixture("harbor-dredging.txt");
    let found = attribution_findings(builtin(), &text, format);
    let expected = owned(&[
        // a quote standing alone under the headline
        ("attribution.unattributed-quote", 3),
        ("attribution.weasel", 21),
        ("attribution.weasel", 23),
        ("attribution.vague-source", 25),
        ("attribution.unsourced-statistic", 29),
        ("attribution.opinion-as-fact", 31),
        ("attribution.opinion-as-fact", 33),
    ]);
    // Not flagged: the quote in the headline (1), attribution after (5),
    // in the middle of (9) and before (15-17) a quote, a question inside a
    // quote (7), a quote running over two paragraphs (11-13), partial quotes
    // in an attributed sentence (19, 35), a statistic "according to the
    // Census Bureau" (27) and a two-word nickname (37).
    assert_eq!(found, expected);
}

#[test]
fn museum_story_flags_judgments_no_one_holds() {
    let (text, format) = fixture("museum-reopening.txt");
    let found = attribution_findings(builtin(), &text, format);
    let expected = owned(&[
        // a peacock superlative standing alone
        ("attribution.unsourced-claim", 5),
        // two everyday hints together: "very popular", "largely"
        ("attribution.unsourced-claim", 7),
        // "is considered one of": the weasel rule takes it, and the claim
        // rule yields to it (one complaint per sentence)
        ("attribution.weasel", 13),
    ]);
    // Not flagged: the news lede (3), a judgment whose agent is named
    // ("by the Royal Geographical Society", 9), one a named source holds
    // (11), plain counts (15), a question (17), a lone hint (19), a
    // judgment inside an attributed quote (21) and one the writer signs in
    // the first person (23).
    assert_eq!(found, expected);
}

#[test]
fn ferry_story_flags_judgments_in_the_agentless_passive() {
    let (text, format) = fixture("ferry-service.txt");
    let found = attribution_findings(builtin(), &text, format);
    let expected = owned(&[
        // "has been widely criticized", adverb and all
        ("attribution.weasel", 5),
        // "is said to": Norse traders founded the harbour, nobody is named as saying
        ("attribution.weasel", 9),
        // "should be noted" is no speaker, so nothing sources "arguably"
        ("attribution.opinion-as-fact", 13),
        ("attribution.weasel", 17),
        ("attribution.weasel", 21),
    ]);
    // Not flagged: praise with its agent named (7), a candidate "considered
    // for" a seat (11), a view whose holder the passive names (15) and
    // officials "told" something (19: a speech verb, but no judgment).
    assert_eq!(found, expected);
}

#[test]
fn clean_markdown_story_has_no_attribution_findings() {
    let (text, format) = fixture("council-vote.md");
    let found = attribution_findings(builtin(), &text, format);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn rules_load_and_run_without_any_lexicon() {
    let rules = RuleSet::load(&LoadOptions {
        no_builtin: true,
        extra_rule_files: vec![
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("rules/attribution.toml"),
        ],
        ..LoadOptions::default()
    })
    .expect("attribution rules load with no lexicon");
    let ours = rules
        .rules
        .iter()
        .filter(|r| r.id.starts_with("attribution."))
        .count();
    assert_eq!(ours, 6);
    let (text, format) = fixture("harbor-dredging.txt");
    // With no cue lexicon every quote that opens a sentence looks
    // unattributed, but nothing panics and only the quote rule and the
    // built-in percentage patterns can fire.
    for (rule, _) in attribution_findings(&rules, &text, format) {
        assert!(
            rule == "attribution.unattributed-quote" || rule == "attribution.unsourced-statistic",
            "{rule}"
        );
    }
}

#[test]
fn weasel_names_and_cues_in_the_right_places() {
    let text = "Harbour news\n\n\
        Genco is believed to be based on a real man.\n\n\
        According to some sources, he spoke of leaving the post.\n\n\
        It is a question that the mayor raised too.\n\n\
        Harvard studies show that fires start near roads.\n\n\
        The results should be causing some worry at the party.\n\n\
        Pigs are considered unclean by Muslims and some other groups.\n\n\
        But many say the port will never reopen.\n\n\
        Ana Ruiz asked for a delay, but the plan was considered too costly.\n\n\
        Ana Ruiz said the plan was considered too costly.\n\n\
        Legend has it that the port was built by smugglers.\n\n\
        The fee is what many captains view as a tax on the island.\n\n\
        Though it is widely known that the port was built by smugglers, nobody checked.\n";
    let weasels = lines_of(builtin(), "attribution.weasel", text);
    // A name before an agentless passive is what the belief is about (3);
    // a weasel opening the sentence is its attribution, whatever cue
    // follows (5). An article starts a noun, not a verb (7), and a name
    // before "studies" owns them (9). A quantifier after a verb is its
    // object (11), a passive that names its agent is sourced (13), and a
    // quantifier after a conjunction opens a clause (15). A speaker carries
    // a view in her own clause (19), not one after "but" (17). Legend is
    // no source (21), and a quantifier after "what" opens a clause (23). A
    // conjunction opening the sentence is no name (25).
    assert_eq!(weasels, vec![3, 5, 15, 17, 21, 23, 25]);
}

#[test]
fn unspecific_bonus_flags_lone_judgments_in_generalizations() {
    let text = "Harbour news\n\n\
        Consumers often fill in the forms late.\n\n\
        Ridgeway consumers often fill in 40 forms late.\n";
    let claims = |rules: &RuleSet| lines_of(rules, "attribution.unsourced-claim", text);
    // One hint ("often") is not enough by default.
    assert_eq!(claims(builtin()), Vec::<usize>::new());
    // A desk's own rule of the same kind, with the bonus on.
    let strict = RuleSet::load(&LoadOptions {
        rule_texts: vec![(
            "strict.toml".into(),
            r#"
[[rule]]
id = "attribution.strict-claim"
kind = "unsourced-claim"
severity = "info"
message = "`{match}`: whose view?"
summary = "Strict claims."
options = { unspecific-bonus = 1 }
[rule.examples]
bad = "Consumers often fill in the forms late."
good = "Ridgeway consumers often fill in 40 forms late."
"#
            .into(),
        )],
        ..LoadOptions::default()
    })
    .expect("the strict rule loads");
    let strict_lines = lines_of(&strict, "attribution.strict-claim", text);
    assert_eq!(strict_lines, vec![3]);
}

#[test]
fn anonymity_with_its_reason_is_not_vague() {
    let text = "Harbour news\n\n\
        The aide, who spoke on condition of anonymity because the talks are private, said the port would close.\n\n\
        The aide, who spoke on condition of anonymity, said the port would close.\n\n\
        The port will close, a spokeswoman said, speaking on condition of anonymity under government protocol.\n\n\
        Police officials said the port would close.\n\n\
        Officials said the port would close.\n";
    let vague = lines_of(builtin(), "attribution.vague-source", text);
    // "Police" names the kind of agency (9); bare "officials" do not (11).
    assert_eq!(vague, vec![5, 11]);
}

/// A figure that states a proposal's own terms is sourced by the proposal;
/// the same figure as a finding is not.
#[test]
fn a_proposals_terms_are_sourced_by_the_proposal() {
    let text = "Levy plan\n\n\
        The harbour plan would cap mooring fees at 12 percent of a boat's value.\n\n\
        Mooring fees rose 12 percent last year.\n\n\
        The council would need 60 percent of the seats to pass the levy.\n";
    let statistic = lines_of(builtin(), "attribution.unsourced-statistic", text);
    // A requirement (7) claims nothing.
    assert_eq!(statistic, vec![5]);
}

/// A figure whose sentence names its kind of source needs no more: a poll's
/// margin of error, likely voters, a market index. A bare figure does.
#[test]
fn a_poll_method_or_a_market_index_is_its_own_source() {
    let text = "Harbour poll\n\n\
        Among the 612 residents surveyed, the margin of error is plus or minus 4 percentage points.\n\n\
        Turnout at the ferry meeting rose 40 percent.\n\n\
        The Nasdaq closed down 1.2 percent on Friday.\n\n\
        Among likely voters, 52 percent back the harbour levy.\n";
    let statistic = lines_of(builtin(), "attribution.unsourced-statistic", text);
    assert_eq!(statistic, vec![5]);
}

/// A quotation whose next sentence names whose words they were ("That quote
/// from ...") is attributed; the same quotation alone is not.
#[test]
fn a_quote_named_as_someones_in_the_next_sentence_is_attributed() {
    let text = "Old sayings\n\n\
        \"The harbour never sleeps and neither do we.\" That quote from harbourmaster Ines Volkov hung in the office for years.\n\n\
        \"The harbour never sleeps and neither do we.\" It hung in the office for years.\n";
    let quotes = lines_of(builtin(), "attribution.unattributed-quote", text);
    assert_eq!(quotes, vec![5]);
}

/// "It is ... that" states a judgment and hides its holder; the same words
/// with a negation, an ability or a holder do not.
#[test]
fn the_impersonal_frame_judges_without_a_holder() {
    let text = "Harbour news\n\n\
        It is doubtful whether the ferry will run again.\n\n\
        It seems fairly clear, however, that the port was badly run.\n\n\
        It was not clear whether the ferry would run.\n\n\
        It is possible to cross on foot at low tide.\n\n\
        It is doubtful whether the ferry will run again, the harbour master said.\n\n\
        The ferry is doubtful for Tuesday's crossing.\n\n\
        The vote on the ferry comes Tuesday, and it is likely to decide the route.\n";
    let claims = lines_of(builtin(), "attribution.unsourced-claim", text);
    // "it is likely to decide" (15): "it" is the vote, no impersonal frame.
    assert_eq!(claims, vec![3, 5]);
}

/// Peacock words and unsourced hedges in the reporter's voice; the same
/// words in a sourced paragraph, or in their plain sense, pass.
#[test]
fn peacock_words_and_hedges_need_a_holder() {
    let text = "Harbour news\n\n\
        The infamous ferry timetable ends on Friday.\n\n\
        The ferry will probably run again in May.\n\n\
        The ferry will probably run again in May, the harbour master said.\n\n\
        The operator still has 40 outstanding debts.\n\n\
        The ferry's last season was a disappointment for the island.\n\n\
        The Kelby Ferry is perhaps the oldest on the coast.\n";
    let findings = attribution_findings(builtin(), text, Format::PlainText);
    let expected = owned(&[
        ("attribution.opinion-as-fact", 3),
        ("attribution.unsourced-claim", 5),
        ("attribution.opinion-as-fact", 11),
        // a name before the marker's verb is its subject, not its holder
        ("attribution.unsourced-claim", 13),
    ]);
    assert_eq!(findings, expected);
}

/// A vague phrase that starts inside a token (found by the property tests)
/// has no word before it to name an agency, and must not panic.
#[test]
fn a_vague_phrase_inside_a_token_is_still_judged() {
    let text = "Harbour news\n\nThe[LINK]today'according to people close to the talks, it ended.\n";
    let vague = lines_of(builtin(), "attribution.vague-source", text);
    assert_eq!(vague, vec![3]);
}
