//! `kind = "pasted-caption"`: a photo caption pasted into the body. Captions
//! have a shape news sentences do not: a named subject, a present-tense
//! action ("holds", "gesture", "walk"), and a place and a weekday or date to
//! close ("... in Caracas, Venezuela Wednesday.", "... outside City Hall in
//! Harlow Ridge, Ill., Tuesday, May 27, 2025.").
//!
//! Both the verb and the ending must match, and the date follows the place
//! directly, as in a caption ("on Tuesday" is news copy); precision matters
//! more than recall. Lexicon `caption-verbs`: present-tense verbs captions use.

use crate::kinds::{Check, CheckCx, CompileCx, CompileResult, LazyRegex};
use regex::Regex;
use rustc_hash::FxHashSet as HashSet;

#[derive(Debug)]
struct PastedCaption {
    /// Compiled by the first sentence that gets as far as needing it.
    ending: LazyRegex,
    verbs: HashSet<String>,
}

const WEEKDAY: &str = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
const MONTH: &str = r"(?:Jan\.|Feb\.|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.|January|February|March|April|May|June|July|August|September|October|November|December)";

pub(super) fn compile(cx: &mut CompileCx<'_>) -> CompileResult {
    cx.allow_options(&[])?;
    let place = r"\p{Lu}[\p{L}\p{M}.'’\-]*(?:\s+(?:of\s+|de\s+)?\p{Lu}[\p{L}\p{M}.'’\-]*)*";
    let date = format!(r"{MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?");
    let pattern =
        format!(r"\bin\s+{place}(?:,\s*{place})*,?\s+(?:{WEEKDAY}(?:,\s*{date})?|{date})\.$");
    let ending =
        LazyRegex::new(move || Regex::new(&pattern).expect("the caption pattern is valid"));
    let verbs = cx
        .lexicon("caption-verbs")?
        .iter()
        .map(|v| v.to_lowercase())
        .collect();
    Ok(Box::new(PastedCaption { ending, verbs }))
}

impl Check for PastedCaption {
    fn check(&self, cx: &mut CheckCx<'_>) {
        let doc = cx.doc;
        for (si, sentence) in doc.sentences.iter().enumerate() {
            if !doc.blocks[sentence.block].kind.is_body() || doc.in_quote(sentence.range.start) {
                continue;
            }
            let text = &doc.prose[sentence.range.clone()];
            // Cheap first: a caption ends on a weekday or a number.
            let Some(body) = text.strip_suffix('.') else {
                continue;
            };
            let last = body.rsplit([' ', ',']).next().unwrap_or("");
            if !(last.ends_with("day") || last.bytes().all(|b| b.is_ascii_digit()))
                || last.is_empty()
            {
                continue;
            }
            // The regex only needs the sentence's tail.
            let mut from = text.len().saturating_sub(160);
            while !text.is_char_boundary(from) {
                from -= 1;
            }
            // The verb test first: it is cheap, and the regex is compiled
            // only when some sentence gets this far.
            if !self.has_caption_verb(cx, si) {
                continue;
            }
            if !self.ending.get().is_match(&text[from..]) {
                continue;
            }
            let finding = cx.finding(sentence.range.clone(), &[]);
            cx.emit(finding);
        }
    }
}

impl PastedCaption {
    /// A capitalized subject, an optional appositive between commas, then a
    /// present-tense caption verb.
    fn has_caption_verb(&self, cx: &CheckCx<'_>, si: usize) -> bool {
        let doc = cx.doc;
        let toks = doc.sentence_tokens(si);
        let gap = |j: usize| &doc.prose[toks[j - 1].range.end..toks[j].range.start];
        let mut i = 0;
        while i < toks.len() && toks[i].capitalized && (i == 0 || gap(i).trim().is_empty()) {
            i += 1;
        }
        if i == 0 || i >= toks.len() {
            return false;
        }
        if gap(i).contains(',') {
            // Skip an appositive up to its closing comma (at most 15 words).
            let mut j = i + 1;
            while j < toks.len() && j < i + 16 && !gap(j).contains(',') {
                j += 1;
            }
            if j >= toks.len() || !gap(j).contains(',') {
                return false;
            }
            i = j;
        }
        // The verb, perhaps after the rest of the subject ("Dock workers hold").
        for (j, tok) in toks.iter().enumerate().skip(i).take(2) {
            if j > i && !gap(j).trim().is_empty() {
                return false;
            }
            let word = doc.prose[tok.range.clone()].to_lowercase();
            if self.verbs.contains(&word) {
                return true;
            }
        }
        false
    }
}
