//! `kind = "capitalization"`: capitalization slips a copy editor fixes on
//! sight, each with its fix:
//! - a compass direction before a capitalized proper adjective ("south
//!   American" -> "South American"; lexicons `compass-directions` and
//!   `compass-proper-adjectives`);
//! - a sentence that starts lower-case inside a paragraph ("for now. the
//!   reserve holds"), except words that are lower-case by design ("iPhone",
//!   "de Blasio": lexicon `lowercase-sentence-starters`), sentences inside
//!   quotations, after an ellipsis, after an abbreviation the sentence
//!   splitter does not know (lexicon `abbreviations`) or a list number;
//! - "i" as a word ("i think", "i'm").
//!
//! Sentence starts are checked in paragraphs only, not list items or table
//! cells. Options: `sentence_starts`, `compass`, `pronoun_i` (all default
//! true) switch the three checks.

use crate::document::{BlockKind, Document};
use crate::kinds::{Check, CheckCx, CompileCx, CompileResult, lower_case_set};
use rustc_hash::FxHashSet as HashSet;

#[derive(Debug)]
struct Capitalization {
    compass: HashSet<String>,
    proper: HashSet<String>,
    lower_ok: HashSet<String>,
    abbreviations: HashSet<String>,
    check_starts: bool,
    check_compass: bool,
    check_i: bool,
}

pub(super) fn compile(cx: &mut CompileCx<'_>) -> CompileResult {
    cx.allow_options(&["sentence_starts", "compass", "pronoun_i"])?;
    Ok(Box::new(Capitalization {
        compass: lower_case_set(cx.lexicon_or_empty("compass-directions")),
        proper: lower_case_set(cx.lexicon_or_empty("compass-proper-adjectives")),
        lower_ok: lower_case_set(cx.lexicon_or_empty("lowercase-sentence-starters")),
        abbreviations: lower_case_set(cx.lexicon_or_empty("abbreviations")),
        check_starts: cx.option_bool("sentence_starts")?.unwrap_or(true),
        check_compass: cx.option_bool("compass")?.unwrap_or(true),
        check_i: cx.option_bool("pronoun_i")?.unwrap_or(true),
    }))
}

fn capitalize(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

impl Check for Capitalization {
    fn check(&self, cx: &mut CheckCx<'_>) {
        let doc = cx.doc;
        let mut found: Vec<(std::ops::Range<usize>, &'static str)> = Vec::new();
        for (bi, block) in doc.blocks.iter().enumerate() {
            if !block.kind.is_body() {
                continue;
            }
            let toks = &doc.tokens[block.tokens.clone()];
            for (k, t) in toks.iter().enumerate() {
                let word = &doc.prose[t.range.clone()];
                if self.check_i && is_lower_i(word) {
                    let before = doc.prose[..t.range.start].chars().next_back();
                    let after = doc.prose[t.range.end..].chars().next();
                    if !matches!(before, Some('(' | '[')) && !matches!(after, Some(')' | ']' | '.'))
                    {
                        found.push((t.range.start..t.range.start + 1, "`i` as a word"));
                    }
                }
                // The cheap token tests first: most words are not followed by
                // a capitalized one, and then no set is asked.
                if self.check_compass
                    && !t.capitalized
                    && let Some(next) = toks.get(k + 1)
                    && next.capitalized
                    && doc.prose[t.range.end..next.range.start] == *" "
                    && self.compass.contains(word)
                    && self
                        .proper
                        .contains(&doc.prose[next.range.clone()].to_lowercase())
                {
                    found.push((t.range.clone(), "compass point of a proper name"));
                }
            }
            if self.check_starts
                && block.kind == BlockKind::Paragraph
                && !super::looks_like_markup(&doc.prose[block.range.clone()])
            {
                for si in block.sentences.clone().skip(1) {
                    if self.lowercase_start(doc, bi, si) {
                        let t = &doc.tokens[doc.sentences[si].tokens.start];
                        found.push((t.range.clone(), "sentence starts lower-case"));
                    }
                }
            }
        }
        found.sort_by_key(|(r, _)| r.start);
        for (span, what) in found {
            let word = doc.slice(span.clone());
            let fixed = if word == "i" {
                "I".to_owned()
            } else {
                capitalize(word)
            };
            let finding = cx.finding(span, &[("problem", what)]).with_fix(fixed);
            cx.emit(finding);
        }
    }
}

fn is_lower_i(word: &str) -> bool {
    if !word.starts_with('i') {
        return false;
    }
    word == "i"
        || ["i'", "i\u{2019}"].iter().any(|p| {
            word.strip_prefix(p)
                .is_some_and(|rest| matches!(rest, "m" | "ve" | "ll" | "d"))
        })
}

impl Capitalization {
    fn lowercase_start(&self, doc: &Document<'_>, _bi: usize, si: usize) -> bool {
        let s = &doc.sentences[si];
        let Some(first) = doc
            .tokens
            .get(s.tokens.start)
            .filter(|_| !s.tokens.is_empty())
        else {
            return false;
        };
        if first.range.start != s.range.start {
            return false; // opens on a quote mark, a bracket or an ellipsis
        }
        let word = &doc.prose[first.range.clone()];
        if !word.chars().next().is_some_and(char::is_lowercase) {
            return false; // most sentences: a capital
        }
        let mut after = doc.prose[first.range.end..].chars();
        if after.next() == Some('.') && after.next().is_some_and(char::is_alphanumeric) {
            return false; // a domain: "pic.twitter.com"
        }
        if word.chars().skip(1).any(char::is_uppercase)
            || self.lower_ok.contains(&word.to_lowercase())
            || doc.in_quote(first.range.start)
        {
            return false;
        }
        let prev = &doc.sentences[si - 1];
        let prev_text = doc.prose[prev.range.clone()].trim_end();
        // The previous "sentence" ends in a quotation, an ellipsis or a colon-like mark.
        if !prev_text.ends_with('.') || prev_text.ends_with("..") {
            return false;
        }
        // An abbreviation the splitter does not know, or a list number ("1.").
        let before: String = prev_text[..prev_text.len() - 1]
            .chars()
            .rev()
            .take_while(|c| c.is_alphanumeric() || *c == '.')
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        let before = before.trim_start_matches('.').to_lowercase();
        if self.abbreviations.contains(&before)
            || before.chars().all(|c| c.is_ascii_digit())
            || before.chars().count() <= 1
        {
            return false;
        }
        true
    }
}
