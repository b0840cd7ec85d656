//! `kind = "quote-punctuation"`: a period or comma placed after a closing
//! quotation mark (`something".`, `"...", she said`) where American style
//! (AP, Chicago) puts it inside, fixed by swapping the two. Silent when the
//! project's dialect is British (`dialect = "en-GB"` in copydesk.toml), whose
//! logical punctuation puts it outside, or when the rule's option `style` is
//! `"british"`. With no dialect and no `style`, an article that keeps to
//! logical punctuation (at least [`CONSISTENT_LOGICAL`] placements outside,
//! more than inside) is taken to follow a British house style and left
//! alone; `style = "american"` (or `dialect = "en-US"`) flags every one.

use crate::kinds::{Check, CheckCx, CompileCx, CompileResult};

#[derive(Debug)]
struct QuotePunctuation {
    /// `Some(true)` American, `Some(false)` British, `None` from the dialect
    /// or, without one, from the article.
    american: Option<bool>,
}

/// How many placements outside the quotation mark, outnumbering those
/// inside, make an article's logical punctuation a choice, not a slip.
const CONSISTENT_LOGICAL: usize = 2;

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
        let configured = self.american.or(match cx.data.dialect.as_deref() {
            Some("en-GB") => Some(false),
            Some("en-US") => Some(true),
            _ => None,
        });
        if configured == Some(false) {
            return;
        }
        let doc = cx.doc;
        let mut found = Vec::new();
        // Periods and commas the article puts inside closing marks.
        let mut inside = 0;
        for q in &doc.quotes {
            let Some(close) = &q.close else {
                continue;
            };
            if doc.slice(close.clone()).chars().count() != 1 {
                continue; // a mis-nested pair: the nesting rule's business
            }
            let content = doc.prose[q.content.clone()].trim_end();
            if content.ends_with(['.', ',']) {
                inside += 1;
            }
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
        if configured.is_none() && found.len() >= CONSISTENT_LOGICAL && found.len() > inside {
            return;
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
