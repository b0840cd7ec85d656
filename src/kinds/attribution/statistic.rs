//! `kind = "unsourced-statistic"`: a number that makes a claim (a
//! percentage, "doubled", "three times as many", "a record", "the highest
//! since") with no attribution cue in its sentence or the one before. One
//! finding per sentence. Option `paragraph-source` (default true): a cue
//! anywhere in the paragraph also sources it (poll stories name the poll
//! once per paragraph, not once per figure).
//!
//! A figure whose sentence names a kind of source (`TAG_SOURCE` cues, or
//! `statistic-sources`: "the margin of error", "the Nasdaq", "the plan
//! would") is sourced, and a figure stated as a condition or a requirement
//! (`statistic-conditions`: "would need to win 57 percent", "if it earns 5
//! percent a year") claims nothing.
//!
//! The phrases come from `statistic-cues`; percentages and multiples are
//! found by the regular expressions in the `patterns` option (defaults
//! below), compiled once.

use super::analysis::{Attribution, FIRST_RULE_TAG, TAG_SOURCE, register_cues, register_lexicons};
use super::words::leftmost_longest_tagged;
use crate::kinds::{Check, CheckCx, CompileCx, CompileResult, KindError, Lazy};
use crate::phrases::Hit;
use regex::{Regex, RegexBuilder};
use std::ops::Range;

const STATISTIC: u32 = FIRST_RULE_TAG;
/// Tag of `statistic-sources` and `statistic-conditions` hits.
const STATISTIC_SOURCE: u32 = FIRST_RULE_TAG + 1;

/// Percentages and multiples. ASCII word boundaries (`(?-u:\b)`) keep these
/// on the regex crate's DFA; a Unicode `\b` falls back to a much slower
/// engine as soon as the text holds a curly quote.
const DEFAULT_PATTERNS: &[&str] = &[
    r"(?-u:\b)\d[\d,.]*\s?(?:%|percent(?-u:\b)|per cent(?-u:\b)|percentage points?(?-u:\b))",
    r"(?-u:\b)(?:\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten|a hundred|a thousand)\s+times\s+(?:more|less|fewer|higher|lower|larger|smaller|greater|bigger|faster|slower|as|the|that|than|over)(?-u:\b)",
    r"(?-u:\b)twice\s+(?:as|the)(?-u:\b)",
];

/// Whether a "record" is a tally, not a superlative: "compiled a record of
/// 216-146", "a record of service".
fn is_tally(prose: &str, span: &Range<usize>) -> bool {
    let text = prose[span.clone()].as_bytes();
    text.len() >= 6
        && text[text.len() - 6..].eq_ignore_ascii_case(b"record")
        && prose[span.end..]
            .trim_start()
            .get(..3)
            .is_some_and(|w| w.eq_ignore_ascii_case("of "))
}

/// Whether a multiple names a second role, not a change: "lobbyists who
/// doubled as fundraisers".
fn is_role(prose: &str, span: &Range<usize>) -> bool {
    let text = &prose[span.clone()];
    ["doubled", "doubles", "tripled", "triples"]
        .iter()
        .any(|w| w.eq_ignore_ascii_case(text))
        && prose[span.end..]
            .trim_start()
            .get(..3)
            .is_some_and(|w| w.eq_ignore_ascii_case("as "))
}

/// One alternation of `patterns`, so the document is searched once. Where
/// two would match at the same place, the first listed wins; only a
/// sentence's first statistic is reported, so nothing is lost.
fn one_of(patterns: &[&str]) -> String {
    patterns
        .iter()
        .map(|p| format!("(?:{p})"))
        .collect::<Vec<_>>()
        .join("|")
}

#[derive(Debug)]
struct Statistic {
    /// The default patterns compile on a background thread while the rest
    /// of the rules load; a rule's own are compiled (and checked) at once.
    patterns: Lazy<Vec<Regex>>,
    paragraph_source: bool,
}

pub(super) fn compile(cx: &mut CompileCx<'_>) -> CompileResult {
    cx.allow_options(&["patterns", "paragraph-source"])?;
    let paragraph_source = cx.option_bool("paragraph-source")?.unwrap_or(true);
    let build = |p: &str| {
        RegexBuilder::new(p)
            .case_insensitive(true)
            .size_limit(4 << 20)
            .build()
    };
    let patterns = match cx.option_list("patterns")? {
        None => {
            let patterns = Lazy::new(move || {
                vec![
                    build(&one_of(DEFAULT_PATTERNS))
                        .expect("the default statistic patterns are valid"),
                ]
            });
            patterns.warm();
            patterns
        }
        Some(sources) => {
            // Each pattern is checked alone, for an error that names it;
            // the document is then searched once, for all of them.
            for p in &sources {
                build(p).map_err(|e| KindError {
                    span: cx
                        .raw
                        .options
                        .as_ref()
                        .map_or(cx.raw.kind.span(), |o| o.span()),
                    message: format!("invalid pattern `{p}`: {e}"),
                })?;
            }
            let combined =
                build(&one_of(&sources)).map_err(|e| cx.error(format!("patterns: {e}")))?;
            Lazy::ready(vec![combined])
        }
    };
    register_cues(cx);
    register_lexicons(cx, &["statistic-cues"], STATISTIC);
    register_lexicons(
        cx,
        &["statistic-sources", "statistic-conditions"],
        STATISTIC_SOURCE,
    );
    Ok(Box::new(Statistic {
        patterns,
        paragraph_source,
    }))
}

/// Whether the sentence points back at a source by its kind alone: "50
/// percent of voters in the poll", "its forecast", "the survey found".
/// A figure read off a source named earlier is sourced.
fn refers_to_source(hits: &[Hit], sentence: &Range<usize>) -> bool {
    // Hits are sorted by start: look only at the sentence's own.
    let first = hits.partition_point(|h| h.range.start < sentence.start);
    hits[first..]
        .iter()
        .take_while(|h| h.range.start < sentence.end)
        .any(|h| matches!(h.tag, TAG_SOURCE | STATISTIC_SOURCE) && h.range.end <= sentence.end)
}

impl Check for Statistic {
    fn check(&self, cx: &mut CheckCx<'_>) {
        let doc = cx.doc;
        let mut spans: Vec<Range<usize>> = leftmost_longest_tagged(cx.hits, STATISTIC)
            .into_iter()
            .map(|h| h.range)
            .filter(|r| !is_tally(&doc.prose, r) && !is_role(&doc.prose, r))
            .collect();
        for p in self.patterns.get() {
            spans.extend(p.find_iter(&doc.prose).map(|m| m.range()));
        }
        if spans.is_empty() {
            return;
        }
        spans.sort_by_key(|r| r.start);
        let attribution = Attribution::of(doc, cx.hits);
        let mut last_sentence = None;
        for span in spans {
            let text = doc.prose[span.clone()].trim_end();
            if text.trim().is_empty() || doc.in_quote(span.start) {
                continue;
            }
            let span = span.start..span.start + text.len();
            let Some(s) = doc.sentence_at(span.start) else {
                continue;
            };
            if last_sentence == Some(s) {
                continue;
            }
            last_sentence = Some(s);
            if attribution.sentence_or_previous_has_cue(doc, s)
                || self.paragraph_source && attribution.block_has_cue(doc.sentences[s].block)
                || refers_to_source(cx.hits, &doc.sentences[s].range)
            {
                continue;
            }
            let finding = cx.finding(span, &[]);
            cx.emit(finding);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_record_of_wins_is_a_tally() {
        let text = "He compiled a record of 216-146. It was a record turnout.";
        let first = text.find("a record").unwrap();
        let second = text.rfind("a record").unwrap();
        assert!(is_tally(text, &(first..first + 8)));
        assert!(!is_tally(text, &(second..second + 8)));
    }

    #[test]
    fn doubled_as_is_a_role() {
        let text = "Lobbyists doubled as fundraisers. Sales doubled last year.";
        let first = text.find("doubled").unwrap();
        let second = text.rfind("doubled").unwrap();
        assert!(is_role(text, &(first..first + 7)));
        assert!(!is_role(text, &(second..second + 7)));
    }
}
