//! Quotations: straight and curly, double and single, nested, and the AP
//! multi-paragraph quote (a paragraph that ends inside a quote with no closing
//! mark, followed by a paragraph that reopens it).
//!
//! Apostrophes are told from single quotes by context: between letters
//! ("don't"), before a decade ("'90s") or in a known elision ("rock 'n' roll")
//! they are apostrophes; a closing mark after a letter with no single quote
//! open is a possessive ("the Smiths'"). Marks that cannot pair up are
//! recorded as [`QuoteProblem`]s for the mechanics rules.

use super::Block;
use std::ops::Range;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuoteMark {
    Double,
    Single,
}

/// One quotation inside one block.
#[derive(Debug, Clone)]
pub struct Quote {
    pub mark: QuoteMark,
    /// The opening mark.
    pub open: Range<usize>,
    /// The closing mark, when there is one in the block.
    pub close: Option<Range<usize>>,
    /// Between the marks (to the block's end when unclosed).
    pub content: Range<usize>,
    /// 0 for an outermost quotation.
    pub depth: usize,
    pub block: usize,
    /// Unclosed at the end of its paragraph, and the next paragraph reopens it
    /// (AP style for a quote that runs over several paragraphs).
    pub runs_on: bool,
    /// This quotation reopens one that ran on from the previous paragraph.
    pub continues: bool,
}

impl Quote {
    /// The whole quotation with its marks.
    pub fn span(&self) -> Range<usize> {
        self.open.start..self.close.as_ref().map_or(self.content.end, |c| c.end)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuoteProblemKind {
    /// A closing mark closes an outer quotation while an inner one is still open (`,"'`).
    MisNested,
    /// An opening mark never closed, and no AP continuation follows.
    Unclosed,
    /// A closing double mark with no quotation open.
    StrayClose,
}

#[derive(Debug, Clone)]
pub struct QuoteProblem {
    pub kind: QuoteProblemKind,
    pub span: Range<usize>,
    pub block: usize,
}

const ELISIONS: &[&str] = &[
    "n'",
    "n\u{2019}",
    "em",
    "til",
    "tis",
    "twas",
    "cause",
    "bout",
    "round",
];

fn is_opening_context(prev: Option<char>) -> bool {
    match prev {
        None => true,
        Some(p) => {
            p.is_whitespace()
                || matches!(
                    p,
                    '(' | '['
                        | '{'
                        | '\u{2014}'
                        | '\u{2013}'
                        | '-'
                        | '/'
                        | '"'
                        | '\u{201C}'
                        | '\''
                        | '\u{2018}'
                        | ':'
                )
        }
    }
}

fn is_closing_context(next: Option<char>) -> bool {
    match next {
        None => true,
        Some(n) => {
            n.is_whitespace()
                || matches!(
                    n,
                    '.' | ','
                        | ';'
                        | ':'
                        | '!'
                        | '?'
                        | ')'
                        | ']'
                        | '}'
                        | '\u{2014}'
                        | '\u{2013}'
                        | '-'
                        | '"'
                        | '\u{201D}'
                        | '\''
                        | '\u{2019}'
                        | '\u{2026}'
                )
        }
    }
}

struct Open {
    mark: QuoteMark,
    quote: usize,
}

/// Finds every quotation and quote problem in the document's blocks.
pub(crate) fn find(prose: &str, blocks: &[Block]) -> (Vec<Quote>, Vec<QuoteProblem>) {
    let mut quotes: Vec<Quote> = Vec::new();
    let mut problems = Vec::new();
    let mut carried_over = false; // previous block ended inside a run-on quote
    for (bi, block) in blocks.iter().enumerate() {
        let text = &prose[block.range.clone()];
        let base = block.range.start;
        let mut stack: Vec<Open> = Vec::new();
        // Open double quotes on the stack, kept so no mark rescans the stack.
        let mut open_doubles = 0usize;
        let first_quote = quotes.len();
        let mut prev: Option<char> = None;
        let bytes = text.as_bytes();
        let mut pos = 0;
        // The last line break seen, so "at the start of a line" is a constant-time question.
        let mut last_newline: Option<usize> = None;
        while pos < bytes.len() {
            // Only quote marks, line breaks and invisible chars matter; the
            // chars between them only leave the last one as `prev`.
            if !MAY_MATTER[usize::from(bytes[pos])] {
                pos += bytes[pos..]
                    .iter()
                    .position(|&b| MAY_MATTER[usize::from(b)])
                    .unwrap_or(bytes.len() - pos);
                prev = text[..pos].chars().next_back();
                continue;
            }
            let i = pos;
            let Some(c) = text[i..].chars().next() else {
                break;
            };
            pos += c.len_utf8();
            if c == '\n' {
                last_newline = Some(i);
            }
            let next = text[pos..].chars().next();
            let at = base + i..base + i + c.len_utf8();
            if is_invisible(c) {
                // Direction marks and zero-width spaces do not change the context.
                continue;
            }
            match c {
                '"' | '\u{201C}' | '\u{201D}' if is_inch_mark(&text[..i]) => {}
                '"' | '\u{201C}' | '\u{201D}' => {
                    let has_double = open_doubles > 0;
                    let next_word = next.is_some_and(|n| !n.is_whitespace());
                    let opening = match c {
                        // A curly mark typed the wrong way round: an opening
                        // mark glued to the end of a quotation closes it, a
                        // closing mark at the start of a word opens one.
                        '\u{201C}' => {
                            !(has_double
                                && (next.is_none()
                                    || !is_opening_context(prev) && is_closing_context(next)))
                        }
                        '\u{201D}' => {
                            !has_double && (prev.is_none() || is_opening_context(prev) && next_word)
                        }
                        // A straight mark inside a curly quotation, in opening
                        // position, opens a nested one.
                        _ if has_double => {
                            is_opening_context(prev)
                                && next.is_some_and(char::is_alphanumeric)
                                && top_double_is_curly(prose, &quotes, &stack)
                        }
                        _ => is_opening_context(prev) || !is_closing_context(next),
                    };
                    if opening && has_double && at_line_start(text, last_newline, i) {
                        // An AP continuation inside one block: paragraphs
                        // separated by a single line break, the new one
                        // reopening the quotation.
                        let line_end = base + text[..i].trim_end().len();
                        while let Some(o) = stack.pop() {
                            let q = &mut quotes[o.quote];
                            q.content.end = line_end.max(q.content.start);
                            if o.mark == QuoteMark::Double {
                                q.runs_on = true;
                                break;
                            }
                            q.depth = usize::MAX; // an apostrophe after all
                        }
                        push_open(&mut quotes, &mut stack, QuoteMark::Double, at, bi);
                        if let Some(q) = quotes.last_mut() {
                            q.continues = true;
                        }
                    } else if opening {
                        push_open(&mut quotes, &mut stack, QuoteMark::Double, at, bi);
                        open_doubles += 1;
                    } else if has_double {
                        if stack.last().is_some_and(|o| o.mark == QuoteMark::Single) {
                            // `,"'`: the outer quote closes before the inner one.
                            let mut span = at.clone();
                            if let Some(n) = next
                                && matches!(n, '\'' | '\u{2019}')
                            {
                                span.end = base + pos + n.len_utf8();
                                pos += n.len_utf8();
                            }
                            problems.push(QuoteProblem {
                                kind: QuoteProblemKind::MisNested,
                                span: span.clone(),
                                block: bi,
                            });
                            while let Some(o) = stack.pop() {
                                close(&mut quotes[o.quote], span.clone());
                                if o.mark == QuoteMark::Double {
                                    open_doubles -= 1;
                                    break;
                                }
                            }
                            prev = Some('\'');
                            continue;
                        }
                        if let Some(o) = stack.pop() {
                            open_doubles -= usize::from(o.mark == QuoteMark::Double);
                            close(&mut quotes[o.quote], at);
                        }
                    } else {
                        problems.push(QuoteProblem {
                            kind: QuoteProblemKind::StrayClose,
                            span: at,
                            block: bi,
                        });
                    }
                }
                '\'' | '\u{2018}' | '\u{2019}' => {
                    let prev_word = prev.is_some_and(char::is_alphanumeric);
                    let next_word = next.is_some_and(char::is_alphanumeric);
                    if prev_word && next_word {
                        // contraction or possessive inside a word
                    } else if c == '\u{2018}'
                        && stack.last().is_some_and(|o| o.mark == QuoteMark::Single)
                        && !is_opening_context(prev)
                        && is_closing_context(next)
                    {
                        // An opening single mark typed where the closing one belongs.
                        if let Some(o) = stack.pop() {
                            close(&mut quotes[o.quote], at);
                        }
                    } else if c == '\u{2018}'
                        || (is_opening_context(prev) && next.is_some_and(|n| !n.is_whitespace()))
                    {
                        // Only the next few chars matter: never copy the rest of the block.
                        let head: String = text[i + c.len_utf8()..]
                            .chars()
                            .take(8)
                            .collect::<String>()
                            .to_lowercase();
                        let elision = next.is_some_and(|n| n.is_ascii_digit())
                            || ELISIONS.iter().any(|e| {
                                head.starts_with(e)
                                    && !head[e.len()..].starts_with(char::is_alphanumeric)
                            });
                        if !elision {
                            push_open(&mut quotes, &mut stack, QuoteMark::Single, at, bi);
                        }
                    } else if stack.last().is_some_and(|o| o.mark == QuoteMark::Single)
                        && let Some(o) = stack.pop()
                    {
                        close(&mut quotes[o.quote], at);
                    }
                    // otherwise: a possessive or a stray apostrophe
                }
                _ => {}
            }
            prev = Some(c);
        }
        // Whatever is still open runs to the end of the block.
        let ends_open_double = stack.iter().any(|o| o.mark == QuoteMark::Double);
        let next_reopens = ends_open_double && next_block_reopens(prose, blocks, bi);
        for o in stack.drain(..) {
            let q = &mut quotes[o.quote];
            q.content.end = block.range.end;
            match o.mark {
                QuoteMark::Double if next_reopens => q.runs_on = true,
                QuoteMark::Double => problems.push(QuoteProblem {
                    kind: QuoteProblemKind::Unclosed,
                    span: q.open.clone(),
                    block: bi,
                }),
                QuoteMark::Single => q.depth = usize::MAX, // dropped below: an apostrophe after all
            }
        }
        // Only this block's quotes can have been dropped; filtering just
        // them keeps a long document from re-reading every earlier quote
        // once per paragraph.
        let mut kept = first_quote;
        for i in first_quote..quotes.len() {
            if quotes[i].depth != usize::MAX {
                quotes.swap(kept, i);
                kept += 1;
            }
        }
        quotes.truncate(kept);
        if carried_over
            && let Some(q) = quotes.get_mut(first_quote)
            && q.open.start == block.range.start
        {
            q.continues = true;
        }
        carried_over = next_reopens;
    }
    problems.sort_by_key(|p| p.span.start);
    (quotes, problems)
}

/// Whether only spaces stand between the last line break and offset `i`.
fn at_line_start(text: &str, last_newline: Option<usize>, i: usize) -> bool {
    last_newline.is_some_and(|n| text[n + 1..i].trim().is_empty())
}

/// The bytes a char that [`find`] looks at can start with: quote marks,
/// line breaks, and the lead bytes of the curly marks and invisible chars
/// (U+2018..U+201D, U+200B.., U+202A.., U+2060 start with 0xE2; U+FEFF with
/// 0xEF). Every other char only becomes the previous char.
static MAY_MATTER: [bool; 256] = {
    let mut t = [false; 256];
    t[b'"' as usize] = true;
    t[b'\'' as usize] = true;
    t[b'\n' as usize] = true;
    t[0xE2] = true;
    t[0xEF] = true;
    t
};

/// Zero-width and bidirectional format characters that scraped copy carries.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}' | '\u{FEFF}')
}

/// Whether a double mark right after `before` is an inch mark (`6'2"`).
fn is_inch_mark(before: &str) -> bool {
    let b = before.as_bytes();
    let digits = b.iter().rev().take_while(|c| c.is_ascii_digit()).count();
    if digits == 0 || digits > 2 {
        return false;
    }
    let rest = &before[..before.len() - digits];
    let Some(foot) = rest.chars().next_back() else {
        return false;
    };
    matches!(foot, '\'' | '\u{2019}' | '\u{2032}')
        && rest[..rest.len() - foot.len_utf8()]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_ascii_digit())
}

/// Whether the innermost open double quotation was opened with a curly mark.
fn top_double_is_curly(prose: &str, quotes: &[Quote], stack: &[Open]) -> bool {
    stack
        .iter()
        .rev()
        .find(|o| o.mark == QuoteMark::Double)
        .is_some_and(|o| prose[quotes[o.quote].open.clone()] == *"\u{201C}")
}

fn push_open(
    quotes: &mut Vec<Quote>,
    stack: &mut Vec<Open>,
    mark: QuoteMark,
    at: Range<usize>,
    block: usize,
) {
    stack.push(Open {
        mark,
        quote: quotes.len(),
    });
    quotes.push(Quote {
        mark,
        open: at.clone(),
        close: None,
        content: at.end..at.end,
        depth: stack.len() - 1,
        block,
        runs_on: false,
        continues: false,
    });
}

fn close(q: &mut Quote, at: Range<usize>) {
    q.content.end = at.start.max(q.content.start);
    q.close = Some(at);
}

/// Whether the block after `bi` opens with a double quotation mark, in a
/// paragraph of the same kind (the AP continuation).
fn next_block_reopens(prose: &str, blocks: &[Block], bi: usize) -> bool {
    blocks.get(bi + 1).is_some_and(|next| {
        next.kind == blocks[bi].kind && prose[next.range.clone()].starts_with(['"', '\u{201C}'])
    })
}

/// Sorted, disjoint content ranges of the outermost quotations.
pub(crate) fn outer_ranges(quotes: &[Quote]) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = quotes
        .iter()
        .filter(|q| q.depth == 0)
        .map(|q| q.content.clone())
        .collect();
    out.sort_by_key(|r| r.start);
    out
}

#[cfg(test)]
mod tests {
    use crate::document::{Document, Format};

    fn doc(body: &str) -> Document<'_> {
        Document::parse(body, Format::Markdown)
    }

    fn quoted<'a>(d: &'a Document) -> Vec<&'a str> {
        d.quotes
            .iter()
            .map(|q| &d.text[q.content.clone()])
            .collect()
    }

    #[test]
    fn nested_quotes_pair_up() {
        let d = doc("\"He told me, 'The money never arrived,' and I laughed,\" Lodi said.");
        assert_eq!(
            quoted(&d),
            vec![
                "He told me, 'The money never arrived,' and I laughed,",
                "The money never arrived,"
            ]
        );
        assert_eq!(d.quotes[1].depth, 1);
        assert!(d.quote_problems.is_empty());
    }

    #[test]
    fn misnested_closing_marks_are_a_problem() {
        let text = "\"As the phrase goes, 'You cannot keep spring from coming,\"' Guaido said.";
        let d = doc(text);
        assert_eq!(d.quote_problems.len(), 1);
        assert_eq!(d.quote_problems[0].kind, super::QuoteProblemKind::MisNested);
        assert_eq!(&text[d.quote_problems[0].span.clone()], "\"'");
        assert!(!d.in_quote(text.find("Guaido").unwrap()));
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        let d = doc(
            "Since the late '90s, rock 'n' roll fans and the Smiths' friends don't care, O\u{2019}Malley said.",
        );
        assert!(d.quotes.is_empty(), "{:?}", d.quotes);
        assert!(d.quote_problems.is_empty());
    }

    #[test]
    fn curly_quotes_and_single_top_level_quotes() {
        let d = doc("\u{201C}We won,\u{201D} she said. The \u{2018}deal\u{2019} held.");
        assert_eq!(quoted(&d), vec!["We won,", "deal"]);
    }

    #[test]
    fn wrong_way_curly_marks_still_pair_up() {
        let d = doc("He was on \u{201C}Face the Nation\u{201C} on Sunday.");
        assert_eq!(quoted(&d), vec!["Face the Nation"]);
        assert!(d.quote_problems.is_empty());
        let d = doc("\u{202A}\u{201D}This is why,\u{201D} said John Krystek.");
        assert_eq!(quoted(&d), vec!["This is why,"]);
        assert!(d.quote_problems.is_empty());
    }

    #[test]
    fn straight_quotes_nest_inside_curly_ones() {
        let d = doc(
            "\u{201C}It was titled \"Losing the Best,\" but it was about markets.\u{201D} She left.",
        );
        assert_eq!(d.quotes.len(), 2);
        assert!(d.quote_problems.is_empty());
    }

    #[test]
    fn a_quote_reopened_on_the_next_line_runs_on() {
        let d = doc("\u{201C}One,\u{201D} he said. \u{201C}Two.\n\u{201C}Three,\u{201D} he said.");
        assert!(d.quote_problems.is_empty(), "{:?}", d.quote_problems);
        assert_eq!(quoted(&d), vec!["One,", "Two.", "Three,"]);
        assert!(d.quotes[1].runs_on && d.quotes[2].continues);
    }

    #[test]
    fn inch_marks_are_not_quotes() {
        let d =
            doc("\u{201C}He is like 6\u{2019}2\u{201D},\u{201D} Rubio said. He is 5'10\" tall.");
        assert_eq!(d.quotes.len(), 1);
        assert!(d.quote_problems.is_empty(), "{:?}", d.quote_problems);
    }

    #[test]
    fn ap_multi_paragraph_quote_runs_on() {
        let d = doc(
            "\"First part of it.\n\n\"Second part,\" she said.\n\n\"Unclosed at the end.\n\nThe end.",
        );
        assert!(d.quotes[0].runs_on);
        assert!(d.quotes[1].continues);
        assert_eq!(d.quote_problems.len(), 1);
        assert_eq!(d.quote_problems[0].kind, super::QuoteProblemKind::Unclosed);
    }
}
