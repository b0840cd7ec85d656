//! `kind = "quote-punctuation"`: a period or comma placed after a closing
//! quotation mark (`something".`, `"...", she said`) where American style
//! (AP, Chicago) puts it inside, fixed by swapping the two. Silent when the
//! project's dialect is British (`dialect = "en-GB"` in copydesk.toml), whose
//! logical punctuation puts it outside, or when the rule's option `style` is
//! `"british"`.

use crate::kinds::{Check, CheckCx, CompileCx, CompileResult};

#[derive(Debug)]
struct QuotePunctuation {
    /// `Some(true)` American, `Some(false)` British, `None` from the dialect.
    american: Option<bool>,
}

pub(super) fn compile(cx: &mut CompileCx<'_>) -> CompileResult {
    cx.allow_options(&["style"])?;
    let american = match cx.option_str("style")? {
        None => None,
        Some("american") => Some(true),
        Some("british") => Some(false),
        Some(other) => {
            return Err(cx.error(format!(
                "unknown style `{other}`; expected `american` or `british`"
            )));
        }
    };
    Ok(Box::new(QuotePunctuation { american }))
}

impl Check for QuotePunctuation {
    fn check(&self, cx: &mut CheckCx<'_>) {
        let american = self
            .american
            .unwrap_or_else(|| cx.data.dialect.as_deref() != Some("en-GB"));
        if !american {
            return;
        }
        let doc = cx.doc;
        let mut found = Vec::new();
        for q in &doc.quotes {
            let Some(close) = &q.close else {
                continue;
            };
            if doc.slice(close.clone()).chars().count() != 1 {
                continue; // a mis-nested pair: the nesting rule's business
            }
            let content = doc.prose[q.content.clone()].trim_end();
            if content.is_empty() || content.ends_with(['?', '!', '.', ',', '\u{2026}']) {
                continue;
            }
            let rest = &doc.prose[close.end..];
            let Some(p) = rest.chars().next().filter(|c| matches!(c, '.' | ',')) else {
                continue;
            };
            // "...". followed by more dots is an ellipsis, not a period.
            if rest[1..].starts_with('.') {
                continue;
            }
            found.push((
                close.start..close.end + 1,
                p,
                doc.slice(close.clone()).to_owned(),
            ));
        }
        found.sort_by_key(|(r, _, _)| r.start);
        for (span, p, mark) in found {
            let what = if p == '.' { "period" } else { "comma" };
            let finding = cx
                .finding(span, &[("punctuation", what)])
                .with_fix(format!("{p}{mark}"));
            cx.emit(finding);
        }
    }
}
