//! `kind = "pasted-caption"`: a photo caption pasted into the body. Captions
//! have a shape news sentences do not: a named subject, a present-tense
//! action ("holds", "gesture", "walk"), and a place and a weekday or date to
//! close ("... in Caracas, Venezuela Wednesday.", "... outside City Hall in
//! Harlow Ridge, Ill., Tuesday, May 27, 2025.").
//!
//! Both the verb and the ending must match, and the date follows the place
//! directly, as in a caption ("on Tuesday" is news copy); precision matters
//! more than recall. Lexicon `caption-verbs`: present-tense verbs captions use.

use super::TwinRegex;
use crate::kinds::{Check, CheckCx, CompileCx, CompileResult};
use rustc_hash::FxHashSet as HashSet;

#[derive(Debug)]
struct PastedCaption {
    /// Compiled by the first sentence that gets as far as needing it.
    ending: TwinRegex,
    verbs: HashSet<String>,
}

const WEEKDAY: &str = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
const MONTH: &str = r"(?:Jan\.|Feb\.|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.|January|February|March|April|May|June|July|August|September|October|November|December)";

/// The caption's ending: "in" a place (or several), then a weekday or a
/// date, then the final period. With `ascii`, its ASCII twin ([`TwinRegex`]).
fn ending_pattern(ascii: bool) -> String {
    let (upper, letter, space, digit, boundary) = if ascii {
        ("[A-Z]", "[A-Za-z.'’\\-]", r"(?-u:\s)", "[0-9]", r"(?-u:\b)")
    } else {
        (r"\p{Lu}", r"[\p{L}\p{M}.'’\-]", r"\s", r"\d", r"\b")
    };
    let word = format!("{upper}{letter}*");
    let place = format!(r"{word}(?:{space}+(?:of{space}+|de{space}+)?{word})*");
    let date = format!(r"{MONTH}{space}+{digit}{{1,2}}(?:,{space}*{digit}{{4}})?");
    format!(
        r"{boundary}in{space}+{place}(?:,{space}*{place})*,?{space}+(?:{WEEKDAY}(?:,{space}*{date})?|{date})\.$"
    )
}

pub(super) fn compile(cx: &mut CompileCx<'_>) -> CompileResult {
    cx.allow_options(&[])?;
    let ending = TwinRegex::new(ending_pattern);
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
            let tail = &text[from..];
            if !self.ending.for_text(tail).is_match(tail) {
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

#[cfg(test)]
mod tests {
    use super::*;
    use regex::Regex;

    /// On text the ASCII twin suffices for, it matches exactly where the
    /// Unicode pattern does.
    #[test]
    fn the_ascii_twin_agrees_on_ascii_text() {
        let full = Regex::new(&ending_pattern(false)).expect("valid");
        let ascii = Regex::new(&ending_pattern(true)).expect("valid");
        for tail in [
            "holds a copy of the constitution in Caracas, Venezuela Wednesday.",
            "outside City Hall in Harlow Ridge, Ill., Tuesday, May 27, 2025.",
            "walks in Port of Spain, Trinidad, Sept. 4.",
            "in Rio de Janeiro\tMonday.",
            "spoke in Caracas on Wednesday.",
            "in caracas Wednesday.",
            "within Caracas Wednesday.",
            "in Caracas, May 3, 20255.",
            "said “we will stay” in Caracas, Venezuela Wednesday.",
            "holds a sign — in O’Hare, Ill., Monday.",
        ] {
            assert!(crate::kinds::fragment::ascii_twin_suffices(tail));
            assert_eq!(full.find(tail), ascii.find(tail), "{tail}");
        }
        assert!(ascii.is_match("holds a flag in Caracas, Venezuela Wednesday."));
    }
}
