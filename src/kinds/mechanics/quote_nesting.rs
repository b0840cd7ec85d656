//! `kind = "quote-nesting"`: quotation marks that do not pair up in a
//! paragraph, as the document model finds them: an outer quote closed before
//! the inner one (`,"'` where `,'"` is meant, fixed by swapping the marks),
//! a quote opened and never closed (an AP multi-paragraph quote, reopened at
//! the next paragraph, is fine), and a closing double mark with nothing open.

use crate::document::QuoteProblemKind;
use crate::kinds::{Check, CheckCx, CompileCx, CompileResult};

#[derive(Debug)]
struct QuoteNesting;

pub(super) fn compile(cx: &mut CompileCx<'_>) -> CompileResult {
    cx.allow_options(&[])?;
    Ok(Box::new(QuoteNesting))
}

impl Check for QuoteNesting {
    fn check(&self, cx: &mut CheckCx<'_>) {
        let doc = cx.doc;
        // Problems come sorted, so one block's markup check serves all of its problems.
        let mut markup: Option<(usize, bool)> = None;
        for p in &doc.quote_problems {
            let is_markup = match markup {
                Some((block, answer)) if block == p.block => answer,
                _ => {
                    let answer =
                        super::looks_like_markup(&doc.prose[doc.blocks[p.block].range.clone()]);
                    markup = Some((p.block, answer));
                    answer
                }
            };
            // HTML or attribute debris (`<tweet author="...">`) is not prose.
            if is_markup {
                continue;
            }

            let (problem, fix) = match p.kind {
                QuoteProblemKind::MisNested => {
                    let marks = doc.slice(p.span.clone());
                    let swapped: String = marks.chars().rev().collect();
                    let fix = (marks.chars().count() == 2).then_some(swapped);
                    ("the outer quotation closes before the inner one", fix)
                }
                QuoteProblemKind::Unclosed => ("quotation mark opened and never closed", None),
                QuoteProblemKind::StrayClose => {
                    ("closing quotation mark with no opening one", None)
                }
            };
            let mut finding = cx.finding(p.span.clone(), &[("problem", problem)]);
            if let Some(fix) = fix {
                finding = finding.with_fix(fix);
            }
            cx.emit(finding);
        }
    }
}
