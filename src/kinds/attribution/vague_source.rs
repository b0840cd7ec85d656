//! `kind = "vague-source"`: anonymous or vague sourcing from
//! `vague-source-phrases` ("people familiar with the matter", "sources
//! said", "according to reports"). A phrase right after a name is not vague
//! ("Pentagon officials said").

use super::analysis::{FIRST_RULE_TAG, register_cues, register_lexicons};
use super::words::{leftmost_longest_tagged, named_before};
use crate::kinds::{Check, CheckCx, CompileCx, CompileResult};

const VAGUE: u32 = FIRST_RULE_TAG;

#[derive(Debug)]
struct VagueSource;

pub(super) fn compile(cx: &mut CompileCx<'_>) -> CompileResult {
    cx.allow_options(&[])?;
    register_cues(cx);
    register_lexicons(cx, &["vague-source-phrases"], VAGUE);
    Ok(Box::new(VagueSource))
}

impl Check for VagueSource {
    fn check(&self, cx: &mut CheckCx<'_>) {
        let doc = cx.doc;
        for h in leftmost_longest_tagged(cx.hits, VAGUE) {
            if doc.in_quote(h.range.start) || named_before(doc, h.range.start) {
                continue;
            }
            let finding = cx.finding(h.range, &[]);
            cx.emit(finding);
        }
    }
}
