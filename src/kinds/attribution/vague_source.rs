//! `kind = "vague-source"`: anonymous or vague sourcing from
//! `vague-source-phrases` ("people familiar with the matter", "sources
//! said", "according to reports") and `anonymity-phrases` ("on condition of
//! anonymity"). A phrase right after a name is not vague ("Pentagon
//! officials said"), nor one right after a word from `agency-words` that
//! names the kind of agency ("police officials said", "county officials
//! say"), and anonymity granted with its reason ("spoke on
//! condition of anonymity because the talks are private") is what AP asks
//! for: both pass.

use super::analysis::{FIRST_RULE_TAG, register_cues, register_lexicons};
use super::words::{named_before, token_at_or_after, token_before};
use crate::document::Document;
use crate::kinds::{Check, CheckCx, CompileCx, CompileResult, lower_case_set};
use crate::phrases::leftmost_longest;
use rustc_hash::FxHashSet;
use std::ops::Range;

const VAGUE: u32 = FIRST_RULE_TAG;
const ANONYMITY: u32 = FIRST_RULE_TAG + 1;

#[derive(Debug)]
struct VagueSource {
    /// Lower-case words naming a kind of agency: "police", "county".
    agencies: FxHashSet<String>,
}

pub(super) fn compile(cx: &mut CompileCx<'_>) -> CompileResult {
    cx.allow_options(&[])?;
    register_cues(cx);
    register_lexicons(cx, &["vague-source-phrases"], VAGUE);
    register_lexicons(cx, &["anonymity-phrases"], ANONYMITY);
    Ok(Box::new(VagueSource {
        agencies: lower_case_set(cx.lexicon_or_empty("agency-words")),
    }))
}

/// Words that, right after "on condition of anonymity", begin the reason
/// it was granted, which is what AP asks the copy to give: "because they
/// were not authorized", "for fear of losing her job", "to discuss
/// internal deliberations".
const REASONS: &[&str] = &["because", "for", "to", "since", "as", "so", "under", "per"];

/// Whether an anonymity phrase is followed, in its sentence, by the reason
/// for it.
fn reason_given(doc: &Document<'_>, span: &Range<usize>) -> bool {
    let Some(s) = doc.sentence_at(span.start) else {
        return false;
    };
    let next = token_at_or_after(doc, span.end);
    next < doc.sentences[s].tokens.end
        && REASONS
            .iter()
            .any(|w| w.eq_ignore_ascii_case(doc.token_text(next)))
}

impl VagueSource {
    /// Whether the word right before `offset`, in its sentence and the
    /// reporter's voice, names a kind of agency: "police officials said".
    fn agency_before(&self, doc: &Document<'_>, offset: usize) -> bool {
        // A phrase may start inside a token ("today'according to"): then
        // no word stands before it.
        token_before(doc, offset).is_some_and(|i| {
            doc.tokens[i].range.end <= offset
                && self.agencies.contains(&doc.token_text(i).to_lowercase())
        })
    }
}

impl Check for VagueSource {
    fn check(&self, cx: &mut CheckCx<'_>) {
        let doc = cx.doc;
        let hits = cx
            .hits
            .iter()
            .filter(|h| h.tag == VAGUE || h.tag == ANONYMITY);
        for h in leftmost_longest(hits) {
            if doc.in_quote(h.range.start)
                || named_before(doc, h.range.start)
                || self.agency_before(doc, h.range.start)
                || h.tag == ANONYMITY && reason_given(doc, &h.range)
            {
                continue;
            }
            let finding = cx.finding(h.range.clone(), &[]);
            cx.emit(finding);
        }
    }
}
