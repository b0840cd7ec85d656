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

use crate::kinds::{Check, CheckCx, CompileCx, CompileResult};
use regex::Regex;
use std::collections::HashSet;

#[derive(Debug)]
struct HyphenSpacing {
    regex: Regex,
    dash_words: HashSet<String>,
    prefixes: HashSet<String>,
}

pub(super) fn compile(cx: &mut CompileCx<'_>) -> CompileResult {
    cx.allow_options(&[])?;
    // Group 1: "X -y" (space before); group 2: "x- Y" (space after).
    let regex = Regex::new(
        r"[\p{L}\p{N}.](?P<before> )-(?P<w1>\p{L}[\p{L}\p{M}]*)|(?P<w2>\p{L}[\p{L}\p{M}]*)-(?P<after> )\p{L}",
    )
    .map_err(|e| cx.error(format!("hyphen pattern: {e}")))?;
    let dash_words = cx
        .lexicon_or_empty("dash-words")
        .iter()
        .map(|w| w.to_lowercase())
        .collect();
    let prefixes = cx
        .lexicon_or_empty("hyphen-prefixes")
        .iter()
        .map(|w| w.to_lowercase())
        .collect();
    Ok(Box::new(HyphenSpacing {
        regex,
        dash_words,
        prefixes,
    }))
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '.' | '\'' | '\u{2019}' | '-')
}

impl Check for HyphenSpacing {
    fn check(&self, cx: &mut CheckCx<'_>) {
        let doc = cx.doc;
        let prose = doc.prose.as_str();
        let mut found = Vec::new();
        let mut pos = 0;
        while let Some(caps) = self.regex.captures_at(prose, pos) {
            let m = caps.get(0).expect("group 0 always matches");
            pos = m.start() + prose[m.start()..].chars().next().map_or(1, char::len_utf8);
            let (space, open_word, safe) = if let Some(s) = caps.name("before") {
                // The word after the hyphen: the compound's second half.
                let w = caps.name("w1").expect("w1 goes with before");
                if w.as_str().chars().count() == 1 {
                    continue; // a signature: "-H"
                }
                (s.range(), w.as_str(), true)
            } else if let (Some(s), Some(w)) = (caps.name("after"), caps.name("w2")) {
                if w.as_str().chars().count() == 1 && w.as_str().chars().all(char::is_uppercase) {
                    continue; // a grade: "A- student"
                }
                // The word after the space.
                let rest = &prose[s.end()..];
                let next: String = rest.chars().take_while(|c| c.is_alphanumeric()).collect();
                if self.dash_words.contains(&next.to_lowercase()) {
                    continue; // suspended hyphen: "pre- and post-war"
                }
                let safe = self.prefixes.contains(&w.as_str().to_lowercase());
                (s.range(), "", safe)
            } else {
                continue;
            };
            if self.dash_words.contains(&open_word.to_lowercase()) {
                continue;
            }
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
            if found
                .last()
                .is_some_and(|&(s, e, _, _)| start < e && s <= start)
            {
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
