//! `kind = "doubled-word"`: the same word twice in a row ("said the the
//! provision"), also across a line break, fixed by dropping the second.
//! Doublings that are grammatical ("had had", "that that") or idiomatic
//! ("bye bye") live in the lexicon `doubled-word-allowed`; two capitalized
//! words ("Walla Walla", "Sirhan Sirhan") are names, and numbers are left
//! alone.

use crate::kinds::{Check, CheckCx, CompileCx, CompileResult};
use rustc_hash::FxHashSet as HashSet;

#[derive(Debug)]
struct DoubledWord {
    allowed: HashSet<String>,
}

pub(super) fn compile(cx: &mut CompileCx<'_>) -> CompileResult {
    cx.allow_options(&[])?;
    let allowed = cx
        .lexicon_or_empty("doubled-word-allowed")
        .iter()
        .map(|w| w.to_lowercase())
        .collect();
    Ok(Box::new(DoubledWord { allowed }))
}

impl Check for DoubledWord {
    fn check(&self, cx: &mut CheckCx<'_>) {
        let doc = cx.doc;
        let mut found = Vec::new();
        let bytes = doc.prose.as_bytes();
        for block in &doc.blocks {
            let toks = &doc.tokens[block.tokens.clone()];
            for pair in toks.windows(2) {
                let (a, b) = (&pair[0], &pair[1]);
                // Names ("Walla Walla") and wordplay ("trump Trump") keep their capitals.
                if a.numeric || b.numeric || b.capitalized {
                    continue;
                }
                // Most neighbours differ in their first letter: when both
                // open on ASCII, that decides it without reading the words.
                let (fa, fb) = (bytes[a.range.start], bytes[b.range.start]);
                if fa < 0x80 && fb < 0x80 && !fa.eq_ignore_ascii_case(&fb) {
                    continue;
                }
                let wa = &doc.prose[a.range.clone()];
                let wb = &doc.prose[b.range.clone()];
                let same = if wa.is_ascii() && wb.is_ascii() {
                    wa.eq_ignore_ascii_case(wb)
                } else {
                    wa.to_lowercase() == wb.to_lowercase()
                };
                if !same {
                    continue;
                }
                let gap = &doc.prose[a.range.end..b.range.start];
                if gap.is_empty()
                    || !gap.chars().all(char::is_whitespace)
                    || self.allowed.contains(&wa.to_lowercase())
                {
                    continue;
                }
                found.push((a.range.start..b.range.end, wa.to_owned()));
            }
        }
        for (span, word) in found {
            let finding = cx.finding(span, &[("word", &word)]).with_fix(word.clone());
            cx.emit(finding);
        }
    }
}
