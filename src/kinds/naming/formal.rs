//! `kind = "formal-name"`: an entity's formal name ("Russian Federation",
//! "People's Republic of China") where news copy uses the short one. The fix
//! is the entity's `name`; a leading "the" goes with the formal name when
//! the short name does not take one ("the Russian Federation" -> "Russia").

use super::lex::{takes_the, word_before};
use crate::kinds::{Check, CheckCx, CompileCx, CompileResult};
use crate::phrases::leftmost_longest;

#[derive(Debug)]
struct Formal {
    /// Phrase tag -> the short name.
    short: Vec<String>,
}

pub(super) fn compile(cx: &mut CompileCx<'_>) -> CompileResult {
    cx.allow_options(&[])?;
    let mut short = Vec::new();
    for e in &cx.data.entities {
        for f in &e.formal {
            if f.trim() == e.name.trim() {
                continue;
            }
            cx.phrases.add(cx.owner, short.len() as u32, f, true);
            short.push(e.name.clone());
        }
    }
    Ok(Box::new(Formal { short }))
}

/// Whether the formal name is part of an official title or glossed as the
/// formal name: "Embassy of the Republic of Turkey", "officially the
/// Democratic People's Republic of Korea".
fn part_of_longer_name(prose: &str, start: usize) -> bool {
    let mut words = Vec::new();
    let mut at = start;
    while words.len() < 3 {
        let Some((s, w)) = word_before(prose, at) else {
            break;
        };
        words.push(w);
        at = s;
    }
    let mut it = words.iter().copied();
    let mut w = it.next();
    if matches!(w, Some("the" | "The")) {
        w = it.next();
    }
    match w {
        Some("officially" | "formally" | "as") => true,
        Some("of") => it
            .next()
            .is_some_and(|b| b.chars().next().is_some_and(char::is_uppercase)),
        _ => false,
    }
}

impl Check for Formal {
    fn check(&self, cx: &mut CheckCx<'_>) {
        let hits: Vec<_> = leftmost_longest(cx.hits).cloned().collect();
        for hit in hits {
            let Some(name) = self.short.get(hit.tag as usize) else {
                continue;
            };
            if part_of_longer_name(&cx.doc.prose, hit.range.start) {
                continue;
            }
            let mut span = hit.range.clone();
            let replacement = name.clone();
            if !takes_the(name)
                && let Some((start, word)) = word_before(&cx.doc.prose, span.start)
                && (word == "the" || word == "The")
            {
                span.start = start;
            }
            let finding = cx
                .finding(span, &[("replacement", &replacement)])
                .with_fix(replacement.clone());
            cx.emit(finding);
        }
    }
}
