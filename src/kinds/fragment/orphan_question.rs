//! `kind = "orphan-question"`: a question in the reporter's own voice that
//! stands as its own paragraph, left there with nothing to answer it. News
//! copy answers questions; a lone rhetorical one is usually a fragment of
//! another text or a writer's note.
//!
//! Exempt: questions inside quotations, Q&A layouts ("Q:" / "A:" or speaker
//! labels), list items, block quotes, a question the reporter frames ("The
//! question is: who pays?"), and a question the next paragraph takes up:
//! it opens with an answer ("Yes.", "The answer ...") or shares a content
//! word with the question (a transition: "How can I watch the debate?" then
//! "The debate airs at 9 p.m."). Headlines and headings are out of the
//! default scope; add them with `scope`.
//!
//! Options: `paragraph_end` (default false) also flags a question that ends a
//! longer paragraph; `max_words` (default 20): longer questions are left
//! alone. Lexicon `answer-openers`: words that, opening the next paragraph,
//! answer the question.

use super::{FUNCTION_WORDS, Paragraphs, is_paragraph};
use crate::document::{BlockKind, Document};
use crate::kinds::{Check, CheckCx, CompileCx, CompileResult};
use rustc_hash::FxHashSet as HashSet;
use std::ops::Range;

#[derive(Debug)]
struct OrphanQuestion {
    paragraph_end: bool,
    max_words: usize,
    answers: Vec<String>,
}

pub(super) fn compile(cx: &mut CompileCx<'_>) -> CompileResult {
    cx.allow_options(&["paragraph_end", "max_words"])?;
    let paragraph_end = cx.option_bool("paragraph_end")?.unwrap_or(false);
    let max_words = cx.option_int("max_words")?.unwrap_or(20).max(1) as usize;
    let answers = cx
        .lexicon_or_empty("answer-openers")
        .iter()
        .map(|a| a.to_lowercase())
        .collect();
    Ok(Box::new(OrphanQuestion {
        paragraph_end,
        max_words,
        answers,
    }))
}

impl Check for OrphanQuestion {
    fn check(&self, cx: &mut CheckCx<'_>) {
        let doc = cx.doc;
        let paragraphs = Paragraphs::of(doc);
        let facts = &paragraphs.facts;
        for (bi, block) in doc.blocks.iter().enumerate() {
            let f = &facts[bi];
            let candidate_block = is_paragraph(doc, bi)
                || matches!(block.kind, BlockKind::Headline | BlockKind::Heading(_));
            if !candidate_block || f.qa || !f.ends_in_question {
                continue;
            }
            if !f.question_only && !self.paragraph_end {
                continue;
            }
            // Q&A layout: the neighbours carry labels.
            let neighbour_qa =
                |i: Option<usize>| i.and_then(|i| facts.get(i)).is_some_and(|f| f.qa);
            if neighbour_qa(bi.checked_sub(1)) || neighbour_qa(Some(bi + 1)) {
                continue;
            }
            let span = if f.question_only {
                block.range.clone()
            } else {
                let last = block.sentences.end - 1;
                doc.sentences[last].range.clone()
            };
            let question = &doc.prose[span.clone()];
            if question.contains(':')
                || question.contains(" asked")
                || question.contains(" wondered")
            {
                // Framed or reported: "The question is: who pays?", "..., a reporter asked, ...?"
                continue;
            }
            let words = doc.tokens_in(span.start..block.range.end).len();

            if words > self.max_words {
                continue;
            }
            if let Some(next) = doc.blocks.get(bi + 1)
                && next.kind.is_body()
                && (self.answers_it(&doc.prose[next.range.clone()])
                    || shares_content_word(doc, span.clone(), next.range.clone()))
            {
                continue;
            }
            let finding = cx.finding(span, &[]);
            cx.emit(finding);
        }
    }
}

impl OrphanQuestion {
    /// Whether a paragraph opens with an answer ("Yes.", "No, ...", "The answer is ...").
    fn answers_it(&self, text: &str) -> bool {
        let text = text.trim_start();
        // Answered in a quotation, or the next sentence talks about answers.
        if text.starts_with(['"', '\u{201C}']) {
            return true;
        }
        let first_sentence = text.split(['.', '?', '!']).next().unwrap_or("");
        if first_sentence.contains("answer") || first_sentence.contains("question") {
            return true;
        }
        let lower = text.to_lowercase();
        self.answers.iter().any(|a| {
            lower.starts_with(a.as_str())
                && !lower[a.len()..].starts_with(|c: char| c.is_alphanumeric())
        })
    }
}

/// A content word's stem: its first five letters, lower-case.
fn stem(word: &str) -> Option<String> {
    let lower = crate::document::strip_possessive(word).to_lowercase();
    if lower.chars().count() < 4 || FUNCTION_WORDS.contains(&lower.as_str()) {
        return None;
    }
    Some(lower.chars().take(5).collect())
}

/// Whether the paragraph after a question takes it up: a content word of the
/// question comes back in it.
fn shares_content_word(doc: &Document<'_>, question: Range<usize>, next: Range<usize>) -> bool {
    let tokens_in = |r: &Range<usize>| {
        doc.tokens
            .iter()
            .skip(doc.tokens.partition_point(|t| t.range.start < r.start))
            .take_while(|t| t.range.end <= r.end)
            .filter_map(|t| stem(&doc.prose[t.range.clone()]))
            .collect::<HashSet<String>>()
    };
    let asked = tokens_in(&question);
    !asked.is_empty() && !asked.is_disjoint(&tokens_in(&next))
}
