//! `kind = "vague-source"`: anonymous or vague sourcing from
//! `vague-source-phrases` ("people familiar with the matter", "sources
//! said", "according to reports"). A phrase right after a name is not vague
//! ("Pentagon officials said"), and anonymity granted with its reason
//! ("spoke on condition of anonymity because the talks are private") is
//! what AP asks for: both pass.

use super::analysis::{FIRST_RULE_TAG, register_cues, register_lexicons};
use super::words::{leftmost_longest_tagged, named_before, token_at_or_after};
use crate::document::Document;
use crate::kinds::{Check, CheckCx, CompileCx, CompileResult};
use std::ops::Range;

const VAGUE: u32 = FIRST_RULE_TAG;

#[derive(Debug)]
struct VagueSource;

pub(super) fn compile(cx: &mut CompileCx<'_>) -> CompileResult {
    cx.allow_options(&[])?;
    register_cues(cx);
    register_lexicons(cx, &["vague-source-phrases"], VAGUE);
    Ok(Box::new(VagueSource))
}

/// Words that, right after "on condition of anonymity", begin the reason
/// it was granted, which is what AP asks the copy to give: "because they
/// were not authorized", "for fear of losing her job", "to discuss
/// internal deliberations".
const REASONS: &[&str] = &["because", "for", "to", "since", "as", "so"];

/// Whether an anonymity phrase is followed, in its sentence, by the reason
/// for it.
fn reason_given(doc: &Document<'_>, span: &Range<usize>) -> bool {
    let phrase = doc.slice(span.clone()).to_ascii_lowercase();
    if !phrase.contains("anonym")
        && !phrase.contains("not to be")
        && !phrase.contains("declined to be")
    {
        return false;
    }
    let Some(s) = doc.sentence_at(span.start) else {
        return false;
    };
    let next = token_at_or_after(doc, span.end);
    next < doc.sentences[s].tokens.end
        && REASONS
            .iter()
            .any(|w| w.eq_ignore_ascii_case(doc.token_text(next)))
}

impl Check for VagueSource {
    fn check(&self, cx: &mut CheckCx<'_>) {
        let doc = cx.doc;
        for h in leftmost_longest_tagged(cx.hits, VAGUE) {
            if doc.in_quote(h.range.start)
                || named_before(doc, h.range.start)
                || reason_given(doc, &h.range)
            {
                continue;
            }
            let finding = cx.finding(h.range, &[]);
            cx.emit(finding);
        }
    }
}
