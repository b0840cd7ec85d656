//! `kind = "weasel"`: claims pinned on nobody. Three shapes:
//! a fixed phrase from `weasel-phrases` ("it is widely believed", "studies
//! show"); a subject from `weasel-subjects` ("critics", "some experts")
//! followed within a few words by a verb from `weasel-verbs` ("say",
//! "believe"); and a judging participle from `weasel-passives` after a form
//! of "be" with no agent named ("has been widely criticized"). A name, a
//! number or "including" between subject and verb pins the claim on someone
//! ("critics, including Sen. Ruiz, say") and is not flagged; so is a phrase
//! right after a name ("Harvard studies show"), a match overlapping a
//! `weasel-exceptions` entry ("considered for" a post), and a weasel in the
//! same clause as a named speaker's cue.
//!
//! Options: `window` (default 1): how many words may stand between subject
//! and verb.

use super::analysis::{Attribution, FIRST_RULE_TAG, register_cues, register_lexicons};
use super::words::{
    after_be, leftmost_longest_tagged, named_agent_after, named_before, opens_on_verb, tagged,
    token_at_or_after,
};
use crate::document::Document;
use crate::kinds::{Check, CheckCx, CompileCx, CompileResult};
use rustc_hash::FxHashMap as HashMap;
use std::ops::Range;

const SUBJECT: u32 = FIRST_RULE_TAG;
const VERB: u32 = FIRST_RULE_TAG + 1;
const PHRASE: u32 = FIRST_RULE_TAG + 2;
const PASSIVE: u32 = FIRST_RULE_TAG + 3;
const NOT_WEASEL: u32 = FIRST_RULE_TAG + 4;

/// Words that pin an unnamed group on named members, or turn it into a count.
const PINNING: &[&str] = &["including", "such", "among", "led", "like", "notably"];

/// Words after which a bare quantifier ("some", "many") can start a
/// clause as its subject: "but many say", "while some argue".
const CLAUSE_OPENERS: &[&str] = &[
    "and", "but", "or", "while", "whereas", "as", "that", "with", "though", "although", "because",
    "so", "yet", "since", "when", "where", "if", "still", "now", "which", "what",
];

/// Whether the subject at `offset` can open a clause: a bare quantifier must
/// begin its sentence, follow punctuation, or follow a conjunction; after
/// any other word it is an object ("causing some worry", "including some
/// it deemed").
fn opens_clause(doc: &Document<'_>, offset: usize) -> bool {
    let Some(s) = doc.sentence_at(offset) else {
        return true;
    };
    let first = doc.sentences[s].tokens.start;
    let i = token_at_or_after(doc, offset);
    if i >= doc.tokens.len() || i <= first {
        return true;
    }
    let word = doc.token_text(i);
    if !["some", "many", "most", "others", "several", "few"]
        .iter()
        .any(|q| q.eq_ignore_ascii_case(word))
    {
        return true;
    }
    let prev = &doc.tokens[i - 1];
    let gap = &doc.prose[prev.range.end..doc.tokens[i].range.start];
    !gap.trim().is_empty()
        || CLAUSE_OPENERS
            .iter()
            .any(|w| w.eq_ignore_ascii_case(doc.token_text(i - 1)))
}

/// Whether `between` (the copy between a cue and a weasel) starts a new
/// clause the cue does not reach: a semicolon, colon, dash or bracket, or a
/// contrasting conjunction ("but", "although").
fn breaks_clause(between: &str) -> bool {
    between.contains([';', ':', '\u{2014}', '\u{2013}', '(', ')'])
        || between.split(|c: char| !c.is_alphanumeric()).any(|w| {
            ["but", "although", "though", "whereas", "yet", "however"]
                .iter()
                .any(|b| b.eq_ignore_ascii_case(w))
        })
}

#[derive(Debug)]
struct Weasel {
    window: usize,
}

pub(super) fn compile(cx: &mut CompileCx<'_>) -> CompileResult {
    cx.allow_options(&["window"])?;
    let window = cx.option_int("window")?.unwrap_or(1).clamp(0, 12) as usize;
    register_cues(cx);
    register_lexicons(cx, &["weasel-subjects"], SUBJECT);
    register_lexicons(cx, &["weasel-verbs"], VERB);
    register_lexicons(cx, &["weasel-phrases"], PHRASE);
    register_lexicons(cx, &["weasel-passives"], PASSIVE);
    register_lexicons(cx, &["weasel-exceptions"], NOT_WEASEL);
    Ok(Box::new(Weasel { window }))
}

impl Check for Weasel {
    fn check(&self, cx: &mut CheckCx<'_>) {
        let doc = cx.doc;
        let mut spans: Vec<Range<usize>> = Vec::new();
        // Wording that judges nothing here: a candidate "considered for" a post.
        let exceptions: Vec<Range<usize>> = tagged(cx.hits, NOT_WEASEL)
            .map(|h| h.range.clone())
            .collect();
        let excepted = |r: &Range<usize>| {
            exceptions
                .iter()
                .any(|e| e.start < r.end && r.start < e.end)
        };
        for h in leftmost_longest_tagged(cx.hits, PHRASE) {
            if doc.in_quote(h.range.start) || excepted(&h.range) {
                continue;
            }
            // A name before "studies show" owns the studies; a name before
            // "is believed to" is only what the belief is about.
            let agentless = opens_on_verb(doc.slice(h.range.clone()));
            if !agentless && named_before(doc, h.range.start) {
                continue;
            }
            // "Pigs are considered unclean by Muslims": the passive names
            // its agent after all.
            if agentless
                && doc
                    .sentence_at(h.range.start)
                    .is_some_and(|s| named_agent_after(doc, s, h.range.end, true))
            {
                continue;
            }
            spans.push(h.range);
        }
        // A judging participle after "be", with no agent: "has been widely
        // criticized", "is usually considered", "was seen as".
        for h in leftmost_longest_tagged(cx.hits, PASSIVE) {
            let i = token_at_or_after(doc, h.range.start);
            if i >= doc.tokens.len() || doc.in_quote(h.range.start) || excepted(&h.range) {
                continue;
            }
            let Some(be) = after_be(doc, i) else {
                continue;
            };
            if doc
                .sentence_at(h.range.start)
                .is_some_and(|s| named_agent_after(doc, s, h.range.end, true))
            {
                continue;
            }
            spans.push(doc.tokens[be].range.start..h.range.end);
        }
        // Verb hits by start, longest first: "have argued" over "have".
        let mut verbs: HashMap<usize, usize> = HashMap::default();
        for h in cx.hits.iter().filter(|h| h.tag == VERB) {
            let end = verbs.entry(h.range.start).or_insert(h.range.end);
            *end = (*end).max(h.range.end);
        }
        for h in leftmost_longest_tagged(cx.hits, SUBJECT) {
            if doc.in_quote(h.range.start)
                || named_before(doc, h.range.start)
                || !opens_clause(doc, h.range.start)
            {
                continue;
            }
            let Some(s) = doc.sentence_at(h.range.start) else {
                continue;
            };
            let end = doc.sentences[s].tokens.end;
            let first = token_at_or_after(doc, h.range.end);
            let mut prev_end = h.range.end;
            for i in first..end.min(first + self.window + 1) {
                let t = &doc.tokens[i];
                // Punctuation between subject and verb ends the subject:
                // "some agents, who thought", "It was, the president said".
                if !doc.prose[prev_end..t.range.start].trim().is_empty() {
                    break;
                }
                if let Some(&verb_end) = verbs.get(&t.range.start) {
                    spans.push(h.range.start..verb_end);
                    break;
                }
                let word = doc.token_text(i).to_ascii_lowercase();
                // An article starts a noun phrase: "it is a question" is
                // no "it is questioned".
                if t.numeric
                    || PINNING.contains(&word.as_str())
                    || matches!(word.as_str(), "a" | "an" | "the")
                    || doc.in_quote(t.range.start)
                {
                    break;
                }
                prev_end = t.range.end;
            }
        }
        if spans.is_empty() {
            return;
        }
        let attribution = Attribution::of(doc, cx.hits);
        spans.sort_by_key(|r| (r.start, std::cmp::Reverse(r.end)));
        let mut last_end = 0;
        for span in spans {
            if span.start < last_end {
                continue;
            }
            last_end = span.end;
            // Someone named in the same clause carries the claim: "In an
            // interview, Obama said such traits are often seen as flaws." A
            // weasel that opens the sentence is its attribution, and a cue
            // after it is part of what it attributes: "According to some
            // sources, he spoke of abdicating." A clause of its own is not
            // carried: "Stalin asked for clemency, but he was considered a
            // danger."
            if let Some(s) = doc.sentence_at(span.start) {
                let opens = token_at_or_after(doc, span.start) <= doc.sentences[s].tokens.start + 3;
                let carried = attribution.cues(s).iter().any(|c| {
                    if c.end <= span.start {
                        !breaks_clause(&doc.prose[c.end..span.start])
                    } else {
                        c.start >= span.end
                            && !opens
                            && !breaks_clause(&doc.prose[span.end..c.start])
                    }
                });
                if carried {
                    continue;
                }
            }
            let finding = cx.finding(span, &[]);
            cx.emit(finding);
        }
    }
}
