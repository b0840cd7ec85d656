//! `kind = "dangling-pronoun"`: a body paragraph that opens on a pronoun
//! ("He", "She", "Their") when nothing it could refer to is in reach: it is
//! the first paragraph of the body under a headline that names no one, or
//! the block before it names no one (a heading, a question in the reporter's
//! voice, a lone quotation).
//!
//! The pronoun counts when it opens the paragraph (after any dateline), or
//! when a short opening phrase with no name in it leads to it ("During his
//! speech, he ..."). A possessive in that phrase is cataphoric and fine when
//! a name follows ("After his speech, Maduro left").
//!
//! Lexicons: `dangling-pronouns` (pronouns that need a person before them),
//! `dangling-pronouns-lead` (pronouns flagged only in the first paragraph:
//! "It", "This"), `deictic-time-words` ("This year" points at time, not at a
//! noun), `expletive-it-followers` ("It is", "It was": usually the empty it).
//! Option `max_intro_words` (default 6): how long the opening phrase before a
//! pronoun may be.

use super::{Paragraphs, is_paragraph};
use crate::document::{BlockKind, Document, Token};
use crate::kinds::{Check, CheckCx, CompileCx, CompileResult, lower_case_set};
use rustc_hash::FxHashSet as HashSet;

#[derive(Debug)]
struct DanglingPronoun {
    person: HashSet<String>,
    lead_only: HashSet<String>,
    time_words: HashSet<String>,
    expletive: HashSet<String>,
    max_intro: usize,
}

pub(super) fn compile(cx: &mut CompileCx<'_>) -> CompileResult {
    cx.allow_options(&["max_intro_words"])?;
    let max_intro = cx.option_int("max_intro_words")?.unwrap_or(6).max(0) as usize;
    Ok(Box::new(DanglingPronoun {
        person: lower_case_set(cx.lexicon("dangling-pronouns")?),
        lead_only: lower_case_set(cx.lexicon_or_empty("dangling-pronouns-lead")),
        time_words: lower_case_set(cx.lexicon_or_empty("deictic-time-words")),
        expletive: lower_case_set(cx.lexicon_or_empty("expletive-it-followers")),
        max_intro,
    }))
}

/// Why the antecedent is out of reach.
enum Context {
    Lead,
    After(usize, &'static str),
}

impl Check for DanglingPronoun {
    fn check(&self, cx: &mut CheckCx<'_>) {
        let doc = cx.doc;
        let paragraphs = Paragraphs::of(doc);
        let facts = &paragraphs.facts;
        let mut seen_body = false;
        for (bi, block) in doc.blocks.iter().enumerate() {
            let first_body = !seen_body;
            seen_body |= block.kind.is_body();
            if !is_paragraph(doc, bi) {
                continue;
            }
            let context = if first_body {
                // A headline or heading above the lead may name the person.
                if facts[..bi].iter().any(|f| f.names > 0) {
                    continue;
                }
                Context::Lead
            } else {
                let prev = bi - 1;
                let pf = &facts[prev];
                let pb = &doc.blocks[prev];
                if pf.names > 0 || pf.qa {
                    continue;
                }
                if matches!(pb.kind, BlockKind::Heading(_)) {
                    Context::After(prev, "this heading names no one")
                } else if is_paragraph(doc, prev) && pf.question_only {
                    Context::After(prev, "this question names no one")
                } else if is_paragraph(doc, prev)
                    && pf.lone_quote
                    && !continues_quote(doc, prev)
                    && (prev == 0 || facts[prev - 1].names == 0)
                {
                    Context::After(prev, "a quotation with no speaker")
                } else {
                    continue;
                }
            };
            let Some(at) = self.opening_pronoun(doc, bi) else {
                continue;
            };
            let word = doc.token_text(at).to_lowercase();
            let lead_only = !self.person.contains(&word);
            if lead_only && !matches!(context, Context::Lead) {
                continue;
            }
            let span = doc.tokens[at].range.clone();
            let mut finding = cx.finding(span, &[]);
            if let Context::After(prev, label) = context {
                finding = finding.with_related(doc.blocks[prev].range.clone(), label);
            }
            cx.emit(finding);
        }
    }
}

/// Whether block `bi` continues a quotation from the paragraph before (AP
/// multi-paragraph quote), so its speaker was named earlier.
fn continues_quote(doc: &Document<'_>, bi: usize) -> bool {
    doc.quotes.iter().any(|q| q.block == bi && q.continues)
}

impl DanglingPronoun {
    fn is_pronoun(&self, word: &str) -> bool {
        self.person.contains(word) || self.lead_only.contains(word)
    }

    /// The token index of a pronoun opening the paragraph's first clause.
    fn opening_pronoun(&self, doc: &Document<'_>, bi: usize) -> Option<usize> {
        let block = &doc.blocks[bi];
        let first_sentence = doc.sentences.get(block.sentences.start)?;
        let mut toks = first_sentence.tokens.clone();
        // Skip a dateline ("ATHENS —", "HARLOW RIDGE, Ill. —").
        let text = &doc.prose[first_sentence.range.clone()];
        if doc.tokens.get(toks.start).is_some_and(|t| t.all_caps)
            && let Some(dash) = text.find(['\u{2014}', '\u{2013}']).filter(|&d| d < 80)
        {
            let cut = first_sentence.range.start + dash;
            while toks.start < toks.end && doc.tokens[toks.start].range.start < cut {
                toks.start += 1;
            }
        }
        let tokens: &[Token] = &doc.tokens[toks.clone()];
        let first = tokens.first()?;
        if doc.in_quote(first.range.start) {
            return None;
        }
        let lower = |i: usize| doc.token_text(toks.start + i).to_lowercase();
        let w0 = lower(0);
        if self.is_pronoun(&w0) {
            return self.refers(doc, &tokens[1..], &w0).then_some(toks.start);
        }
        // A short opening phrase, a comma, then a subject pronoun.
        let limit = tokens.len().min(self.max_intro + 1);
        for i in 1..limit {
            let gap = &doc.prose[tokens[i - 1].range.end..tokens[i].range.start];
            if gap.contains([';', ':', '"', '\u{201C}', '(']) {
                return None;
            }
            if !gap.contains(',') {
                continue;
            }
            let after = lower(i);
            if !self.person.contains(&after) {
                return None;
            }
            // The phrase names no one.
            if tokens[1..i].iter().any(|t| t.capitalized) {
                return None;
            }
            let possessive = (0..i).find(|&j| self.person.contains(&lower(j)));
            return Some(toks.start + possessive.unwrap_or(i));
        }
        None
    }

    /// Whether a pronoun opening a paragraph refers to something rather than
    /// to time ("This year") or to nothing ("It is ...").
    fn refers(&self, doc: &Document<'_>, rest: &[Token], word: &str) -> bool {
        let next = rest
            .first()
            .map(|t| crate::document::strip_possessive(&doc.prose[t.range.clone()]).to_lowercase());
        let next = next.as_deref().unwrap_or("");
        match word {
            "it" | "it's" => !self.expletive.contains(next) && word != "it's",
            "this" | "that" | "these" | "those" => !self.time_words.contains(next),
            _ => true,
        }
    }
}
