//! `kind = "phrase"`: flags every listed word or phrase, whole words only.
//! The phrases go into the shared automaton; `lexicons` adds named lists.

use crate::kinds::{Check, CheckCx, CompileCx, CompileResult};
use crate::phrases::leftmost_longest;

#[derive(Debug)]
struct Phrase;

pub(super) fn compile(cx: &mut CompileCx<'_>) -> CompileResult {
    let match_case = cx.match_case();
    let mut count = 0;
    if let Some(phrases) = &cx.raw.phrases {
        for p in phrases.get_ref() {
            cx.phrases.add(cx.owner, 0, p.get_ref(), match_case);
            count += 1;
        }
    }
    count += cx.register_rule_lexicons(0, match_case)?;
    if count == 0 {
        return Err(cx.error("a `phrase` rule needs `phrases` or `lexicons`"));
    }
    Ok(Box::new(Phrase))
}

impl Check for Phrase {
    fn check(&self, cx: &mut CheckCx<'_>) {
        let hits: Vec<_> = leftmost_longest(cx.hits).cloned().collect();
        for hit in hits {
            let finding = cx.finding(hit.range, &[]);
            cx.emit(finding);
        }
    }
}
