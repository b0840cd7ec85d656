//! `kind = "hyphen-spacing"`: a space on one side of a compound modifier's
//! hyphen ("USA -backed", "well- known"), fixed by removing the space. A
//! space after the hyphen is fixed only after a known prefix (lexicon
//! `hyphen-prefixes`): "be- tween" is a word broken at a line end, and
//! "Released- Hillary" a dash, where a hyphen would be wrong. A dash
//! with spaces on both sides is a dash, and a suspended hyphen ("pre- and
//! post-war", "18- to 24-year-olds") is correct.
//!
//! Lexicon `dash-words`: words that, on the open side of the hyphen, show it
//! is a suspended hyphen or a dash typed as a hyphen ("and", "to", "but").

use crate::kinds::{Check, CheckCx, CompileCx, CompileResult, lower_case_set};
use rustc_hash::FxHashSet as HashSet;
use std::ops::Range;

#[derive(Debug)]
struct HyphenSpacing {
    dash_words: HashSet<String>,
    prefixes: HashSet<String>,
}

pub(super) fn compile(cx: &mut CompileCx<'_>) -> CompileResult {
    cx.allow_options(&[])?;
    Ok(Box::new(HyphenSpacing {
        dash_words: lower_case_set(cx.lexicon_or_empty("dash-words")),
        prefixes: lower_case_set(cx.lexicon_or_empty("hyphen-prefixes")),
    }))
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '.' | '\'' | '\u{2019}' | '-')
}

/// The run of letters starting at `at`.
fn letters_after(prose: &str, at: usize) -> &str {
    let rest = &prose[at..];
    let end = rest
        .char_indices()
        .find(|(_, c)| !(c.is_alphabetic() || is_mark(*c)))
        .map_or(rest.len(), |(i, _)| i);
    &rest[..end]
}

/// The run of letters ending at `at`.
fn letters_before(prose: &str, at: usize) -> &str {
    let before = &prose[..at];
    let start = before
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphabetic() || is_mark(*c))
        .last()
        .map_or(at, |(i, _)| i);
    &before[start..]
}

fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F)
}

impl Check for HyphenSpacing {
    fn check(&self, cx: &mut CheckCx<'_>) {
        let doc = cx.doc;
        let prose = doc.prose.as_str();
        let bytes = prose.as_bytes();
        let mut found: Vec<(usize, usize, Range<usize>, bool)> = Vec::new();
        for h in memchr::memchr_iter(b'-', bytes) {
            let before = prose[..h].chars().next_back();
            let after = prose[h + 1..].chars().next();
            let (space, safe) = if before == Some(' ') && after.is_some_and(char::is_alphabetic) {
                // "USA -backed": the char before the space ends a word.
                let ahead = prose[..h - 1].chars().next_back();
                if !ahead.is_some_and(|c| c.is_alphanumeric() || c == '.') {
                    continue;
                }
                let word = letters_after(prose, h + 1);
                if word.chars().count() == 1 || self.dash_words.contains(&word.to_lowercase()) {
                    continue; // a signature ("-H") or a dash typed as a hyphen
                }
                (h - 1..h, true)
            } else if after == Some(' ') && before.is_some_and(char::is_alphabetic) {
                // "well- known": a letter follows the space.
                if !prose[h + 2..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphabetic)
                {
                    continue;
                }
                let word = letters_before(prose, h);
                if word.chars().count() == 1 && word.chars().all(char::is_uppercase) {
                    continue; // a grade: "A- student"
                }
                let next = letters_after(prose, h + 2);
                if self.dash_words.contains(&next.to_lowercase()) {
                    continue; // suspended hyphen: "pre- and post-war"
                }
                (h + 1..h + 2, self.prefixes.contains(&word.to_lowercase()))
            } else {
                continue;
            };
            // The whole compound, from the start of its first word to the end of its last.
            let start = prose[..space.start]
                .char_indices()
                .rev()
                .take_while(|(_, c)| is_word_char(*c))
                .last()
                .map_or(space.start, |(i, _)| i);
            let end = prose[space.end..]
                .char_indices()
                .take_while(|(_, c)| is_word_char(*c))
                .last()
                .map_or(space.end, |(i, c)| space.end + i + c.len_utf8());
            let end = start.max(trim_trailing_dot(prose, start, end));
            if found.last().is_some_and(|&(_, e, _, _)| start < e) {
                continue;
            }
            found.push((start, end, space, safe));
        }
        for (start, end, space, safe) in found {
            let mut finding = cx.finding(start..end, &[]);
            if safe {
                let fixed = format!("{}{}", &prose[start..space.start], &prose[space.end..end]);
                finding = finding.with_fix(fixed);
            }
            cx.emit(finding);
        }
    }
}

/// A compound at the end of a sentence keeps its period outside the span.
fn trim_trailing_dot(prose: &str, start: usize, end: usize) -> usize {
    let s = &prose[start..end];
    start + s.trim_end_matches(['.', '\'', '\u{2019}', '-']).len()
}
