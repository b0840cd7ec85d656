//! `kind = "relative-date"`: relative dates ("yesterday", "tomorrow", "this
//! week") in copy that outlives the day it was written. The phrases come from
//! the rule's lexicons and go into the shared automaton.
//!
//! Not flagged: a title ("ABC's This Week", "CBS This Morning", "USA TODAY"),
//! a phrase after a determiner ("the last week of the race"), "today" as
//! "nowadays": possessive ("today's Democrats") or after a word in the lexicon
//! `generic-today-before` ("than today", "is today").

use crate::kinds::{Check, CheckCx, CompileCx, CompileResult};
use crate::phrases::leftmost_longest;
use rustc_hash::FxHashSet as HashSet;

#[derive(Debug)]
struct RelativeDate {
    generic_before: HashSet<String>,
}

const DETERMINERS: &[&str] = &[
    "the", "a", "that", "this", "every", "each", "one", "its", "their",
];

pub(super) fn compile(cx: &mut CompileCx<'_>) -> CompileResult {
    cx.allow_options(&[])?;
    if cx.register_rule_lexicons(0, false)? == 0 {
        return Err(cx.error("a `relative-date` rule needs `lexicons` with its phrases"));
    }
    let generic_before = cx
        .lexicon_or_empty("generic-today-before")
        .iter()
        .map(|w| w.to_lowercase())
        .collect();
    Ok(Box::new(RelativeDate { generic_before }))
}

impl Check for RelativeDate {
    fn check(&self, cx: &mut CheckCx<'_>) {
        let doc = cx.doc;
        let hits: Vec<_> = leftmost_longest(cx.hits).cloned().collect();
        for hit in hits {
            let text = &doc.prose[hit.range.clone()];
            let sentence_start = doc
                .sentence_at(hit.range.start)
                .is_some_and(|s| doc.sentences[s].range.start == hit.range.start);
            // A title: capitalized inside a sentence, or in capitals.
            let caps = text.chars().filter(|c| c.is_uppercase()).count();
            let words = text.split_whitespace().count();
            if (caps > 0 && !sentence_start) || caps > words || (words > 1 && caps == words) {
                continue;
            }
            let before = previous_word(&doc.prose[..hit.range.start]).to_lowercase();
            if DETERMINERS.contains(&before.as_str()) {
                continue;
            }
            let after = &doc.prose[hit.range.end..];
            if text.eq_ignore_ascii_case("today") || text.eq_ignore_ascii_case("tonight") {
                if after.starts_with("'s") || after.starts_with("\u{2019}s") {
                    continue;
                }
                // "Today, more voters ..." opens a sentence about nowadays.
                if self.generic_before.contains(&before)
                    || (sentence_start && after.starts_with(','))
                {
                    continue;
                }
            }
            let finding = cx.finding(hit.range, &[]);
            cx.emit(finding);
        }
    }
}

/// The word right before an offset (skipping spaces), lower-case or not.
fn previous_word(before: &str) -> &str {
    let trimmed = before.trim_end_matches([' ', '\t']);
    let start = trimmed
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphanumeric() || matches!(c, '\'' | '\u{2019}'))
        .last()
        .map_or(trimmed.len(), |(i, _)| i);
    &trimmed[start..]
}
