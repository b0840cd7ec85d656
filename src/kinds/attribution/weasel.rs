//! `kind = "weasel"`: claims pinned on nobody. Two shapes:
//! a fixed phrase from `weasel-phrases` ("it is widely believed", "studies
//! show"), or a subject from `weasel-subjects` ("critics", "some experts")
//! followed within a few words by a verb from `weasel-verbs` ("say",
//! "believe"). A name, a number or "including" between them pins the claim
//! on someone ("critics, including Sen. Ruiz, say") and is not flagged; so is
//! a phrase right after a name ("Harvard studies show").
//!
//! Options: `window` (default 3): how many words may stand between subject
//! and verb.

use super::analysis::{FIRST_RULE_TAG, register_cues, register_lexicons};
use super::words::{leftmost_longest_tagged, named_before, token_at_or_after};
use crate::kinds::{Check, CheckCx, CompileCx, CompileResult};
use std::collections::HashSet;
use std::ops::Range;

const SUBJECT: u32 = FIRST_RULE_TAG;
const VERB: u32 = FIRST_RULE_TAG + 1;
const PHRASE: u32 = FIRST_RULE_TAG + 2;

/// Words that pin an unnamed group on named members, or turn it into a count.
const PINNING: &[&str] = &["including", "such", "among", "led", "like", "notably"];

#[derive(Debug)]
struct Weasel {
    window: usize,
}

pub(super) fn compile(cx: &mut CompileCx<'_>) -> CompileResult {
    cx.allow_options(&["window"])?;
    let window = cx.option_int("window")?.unwrap_or(3).clamp(0, 12) as usize;
    register_cues(cx);
    register_lexicons(cx, &["weasel-subjects"], SUBJECT);
    register_lexicons(cx, &["weasel-verbs"], VERB);
    register_lexicons(cx, &["weasel-phrases"], PHRASE);
    Ok(Box::new(Weasel { window }))
}

impl Check for Weasel {
    fn check(&self, cx: &mut CheckCx<'_>) {
        let doc = cx.doc;
        let mut spans: Vec<Range<usize>> = Vec::new();
        for h in leftmost_longest_tagged(cx.hits, PHRASE) {
            if !doc.in_quote(h.range.start) && !named_before(doc, h.range.start) {
                spans.push(h.range);
            }
        }
        let verbs: HashSet<usize> = cx
            .hits
            .iter()
            .filter(|h| h.tag == VERB)
            .map(|h| h.range.start)
            .collect();
        for h in leftmost_longest_tagged(cx.hits, SUBJECT) {
            if doc.in_quote(h.range.start) || named_before(doc, h.range.start) {
                continue;
            }
            let Some(s) = doc.sentence_at(h.range.start) else {
                continue;
            };
            let end = doc.sentences[s].tokens.end;
            let first = token_at_or_after(doc, h.range.end);
            for i in first..end.min(first + self.window + 1) {
                let t = &doc.tokens[i];
                if verbs.contains(&t.range.start) {
                    if !doc.in_quote(t.range.start) {
                        spans.push(h.range.start..t.range.end);
                    }
                    break;
                }
                let word = doc.token_text(i).to_ascii_lowercase();
                if t.numeric || PINNING.contains(&word.as_str()) || doc.in_quote(t.range.start) {
                    break;
                }
            }
        }
        spans.sort_by_key(|r| (r.start, std::cmp::Reverse(r.end)));
        let mut last_end = 0;
        for span in spans {
            if span.start < last_end {
                continue;
            }
            last_end = span.end;
            let finding = cx.finding(span, &[]);
            cx.emit(finding);
        }
    }
}
