//! `kind = "spelling-dialect"`: American and British spellings mixed in one
//! article ("recognized" on line 11, "recognised" on line 23). The article's
//! dialect is the project's `dialect` (`en-US`, `en-GB`) when set, else the
//! majority of its dialect words, else (on a tie) the first one used; each
//! word in the other dialect is flagged with a fix to its counterpart.
//! Capitalized words that do not start a sentence are skipped: an official
//! name's spelling ("Nigeria Centre for Disease Control", "Labor Minister")
//! is not a slip.

use crate::kinds::{Check, CheckCx, CompileCx, CompileResult};
use crate::phrases::leftmost_longest;
use rustc_hash::FxHashMap;
use std::borrow::Cow;

#[derive(Debug)]
struct SpellingDialect {
    /// Phrase tag -> (dialect: 0 American, 1 British, the other spelling).
    words: Vec<(u8, String)>,
    configured: Option<u8>,
}

const NAMES: [&str; 2] = ["American", "British"];

/// `word` trimmed and lower-cased, borrowed when that changes nothing.
fn lower(word: &str) -> Cow<'_, str> {
    let w = word.trim();
    if w.is_ascii() {
        if w.bytes().any(|b| b.is_ascii_uppercase()) {
            Cow::Owned(w.to_ascii_lowercase())
        } else {
            Cow::Borrowed(w)
        }
    } else if w.chars().all(|c| c.to_lowercase().eq([c])) {
        Cow::Borrowed(w)
    } else {
        Cow::Owned(w.to_lowercase())
    }
}

pub(super) fn compile(cx: &mut CompileCx<'_>) -> CompileResult {
    cx.allow_options(&[])?;
    // Both spellings of every pair, trimmed and lower-cased (borrowed when
    // they already are, as the built-in pairs are).
    let pairs: Vec<(Cow<'_, str>, Cow<'_, str>)> = cx
        .data
        .spelling
        .iter()
        .map(|(us, gb)| (lower(us), lower(gb)))
        .filter(|(us, gb)| !us.is_empty() && !gb.is_empty() && us != gb)
        .collect();
    // A word listed on both sides is dropped.
    let mut sides: FxHashMap<&str, u8> = FxHashMap::default();
    sides.reserve(pairs.len() * 2);
    for (us, gb) in &pairs {
        *sides.entry(us).or_default() |= 1;
        *sides.entry(gb).or_default() |= 2;
    }
    // Registered in the order the pairs are listed, each word once.
    let mut words = Vec::with_capacity(pairs.len() * 2);
    for (us, gb) in &pairs {
        for (word, dialect, other) in [(us, 0u8, gb), (gb, 1u8, us)] {
            let side = sides.get_mut(word.as_ref());
            if let Some(side) = side.filter(|s| **s == 1 << dialect) {
                *side = 0; // registered
                cx.phrases.add(cx.owner, words.len() as u32, word, false);
                words.push((dialect, other.clone().into_owned()));
            }
        }
    }
    let configured = match cx.data.dialect.as_deref() {
        Some("en-US") => Some(0),
        Some("en-GB") => Some(1),
        _ => None,
    };
    Ok(Box::new(SpellingDialect { words, configured }))
}

/// `to` in the case of `matched` ("Recognised" -> "Recognized").
fn same_case(matched: &str, to: &str) -> String {
    if matched
        .chars()
        .filter(|c| c.is_alphabetic())
        .all(char::is_uppercase)
        && matched.len() > 1
    {
        return to.to_uppercase();
    }
    if matched.chars().next().is_some_and(char::is_uppercase) {
        let mut c = to.chars();
        return c
            .next()
            .map(|f| f.to_uppercase().chain(c).collect())
            .unwrap_or_default();
    }
    to.to_owned()
}

impl Check for SpellingDialect {
    fn check(&self, cx: &mut CheckCx<'_>) {
        let doc = cx.doc;
        let mut found: Vec<(std::ops::Range<usize>, u8, &str)> = Vec::new();
        for hit in leftmost_longest(cx.hits) {
            let Some((dialect, other)) = self.words.get(hit.tag as usize) else {
                continue;
            };
            let text = doc.slice(hit.range.clone());
            if text.chars().next().is_some_and(char::is_uppercase) {
                let Some(s) = doc.sentence_at(hit.range.start) else {
                    continue;
                };
                let initial = doc
                    .sentence_tokens(s)
                    .first()
                    .is_some_and(|t| t.range.start == hit.range.start);
                let shouted = text
                    .chars()
                    .filter(|c| c.is_alphabetic())
                    .all(char::is_uppercase);
                if !initial || shouted {
                    continue;
                }
            }
            found.push((hit.range.clone(), *dialect, other));
        }
        let Some(first) = found.first() else {
            return;
        };
        let counts = found.iter().fold([0usize; 2], |mut c, f| {
            c[f.1 as usize] += 1;
            c
        });
        let house = self.configured.unwrap_or(match counts[0].cmp(&counts[1]) {
            std::cmp::Ordering::Greater => 0,
            std::cmp::Ordering::Less => 1,
            std::cmp::Ordering::Equal => first.1,
        });
        let example = found.iter().find(|f| f.1 == house).map(|f| f.0.clone());
        if example.is_none() && self.configured.is_none() {
            return;
        }
        for (span, dialect, other) in &found {
            if *dialect == house {
                continue;
            }
            let replacement = same_case(doc.slice(span.clone()), other);
            let mut finding = cx
                .finding(
                    span.clone(),
                    &[
                        ("found", NAMES[*dialect as usize]),
                        ("expected", NAMES[house as usize]),
                        ("replacement", &replacement),
                    ],
                )
                .with_fix(replacement.clone());
            if let Some(e) = &example {
                finding = finding.with_related(
                    e.clone(),
                    format!("{} spelling here", NAMES[house as usize]),
                );
            }
            cx.emit(finding);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::same_case;

    #[test]
    fn fixes_keep_the_case() {
        assert_eq!(same_case("Recognised", "recognized"), "Recognized");
        assert_eq!(same_case("COLOUR", "color"), "COLOR");
        assert_eq!(same_case("colour", "color"), "color");
    }
}
