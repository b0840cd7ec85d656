//! `kind = "opinion-as-fact"`: judging words from `opinion-words`
//! ("disastrous", "sadly", "long-overdue") in the reporter's own voice, in a
//! sentence that names no source. One finding per sentence.
//!
//! Options: `paragraph-source` (default true): a cue anywhere in the
//! paragraph also counts as a source (the judgment is then likely someone's
//! paraphrased view). `lexicons` (default `["opinion-words",
//! "evaluative-words"]`): the word lists to flag; add `"claim-hints"` for a
//! stricter desk.

use super::analysis::{Attribution, FIRST_RULE_TAG, register_cues, register_lexicons};
use super::words::leftmost_longest_tagged;
use crate::kinds::{Check, CheckCx, CompileCx, CompileResult};

const OPINION: u32 = FIRST_RULE_TAG;

#[derive(Debug)]
struct Opinion {
    paragraph_source: bool,
}

pub(super) fn compile(cx: &mut CompileCx<'_>) -> CompileResult {
    cx.allow_options(&["paragraph-source", "lexicons"])?;
    let paragraph_source = cx.option_bool("paragraph-source")?.unwrap_or(true);
    let lexicons = cx
        .option_list("lexicons")?
        .unwrap_or_else(|| vec!["opinion-words", "evaluative-words"]);
    register_cues(cx);
    register_lexicons(cx, &lexicons, OPINION);
    Ok(Box::new(Opinion { paragraph_source }))
}

impl Check for Opinion {
    fn check(&self, cx: &mut CheckCx<'_>) {
        let doc = cx.doc;
        let hits = leftmost_longest_tagged(cx.hits, OPINION);
        if hits.is_empty() {
            return;
        }
        let attribution = Attribution::of(doc, cx.hits);
        let mut last_sentence = None;
        for h in hits {
            if doc.in_quote(h.range.start) {
                continue;
            }
            let Some(s) = doc.sentence_at(h.range.start) else {
                continue;
            };
            if last_sentence == Some(s)
                || attribution.sentence_has_cue(s)
                || self.paragraph_source && attribution.block_has_cue(doc.sentences[s].block)
            {
                continue;
            }
            last_sentence = Some(s);
            let finding = cx.finding(h.range, &[]);
            cx.emit(finding);
        }
    }
}
