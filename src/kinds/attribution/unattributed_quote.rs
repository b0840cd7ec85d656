//! `kind = "unattributed-quote"`: a direct quotation nobody is named as
//! saying. See [`super::analysis::quote_verdicts`] for what counts as a
//! direct quote and what attributes one.
//!
//! Options: `min-words` (default 4): quoted phrases shorter than this are
//! scare quotes, nicknames or titles, not quotes.

use super::analysis::{Attribution, QuoteOptions, QuoteVerdict, quote_verdicts, register_cues};
use crate::kinds::{Check, CheckCx, CompileCx, CompileResult};

#[derive(Debug)]
struct UnattributedQuote {
    options: QuoteOptions,
}

pub(super) fn compile(cx: &mut CompileCx<'_>) -> CompileResult {
    cx.allow_options(&["min-words"])?;
    let min_words = cx.option_int("min-words")?.unwrap_or(4).max(1) as usize;
    register_cues(cx);
    Ok(Box::new(UnattributedQuote {
        options: QuoteOptions { min_words },
    }))
}

impl Check for UnattributedQuote {
    fn check(&self, cx: &mut CheckCx<'_>) {
        let doc = cx.doc;
        let attribution = Attribution::of(doc, cx.hits);
        let verdicts = quote_verdicts(doc, &attribution, self.options);
        for (q, v) in doc.quotes.iter().zip(verdicts) {
            // A quote running over several paragraphs is reported once.
            if v != QuoteVerdict::Unattributed || q.continues {
                continue;
            }
            let finding = cx.finding(q.span(), &[]).with_related(
                q.open.clone(),
                "the quote opens here; no one is named as saying it",
            );
            cx.emit(finding);
        }
    }
}
