//! Small token helpers the attribution kinds share.

use crate::document::Document;
use crate::phrases::Hit;

/// The index of the first token starting at or after `offset` (tokens are
/// sorted by start).
pub fn token_at_or_after(doc: &Document<'_>, offset: usize) -> usize {
    doc.tokens.partition_point(|t| t.range.start < offset)
}

/// The token right before `offset` in the same sentence, unless it is the
/// sentence's first word (capitalized for grammar, not because it names).
pub fn named_before(doc: &Document<'_>, offset: usize) -> bool {
    let Some(s) = doc.sentence_at(offset) else {
        return false;
    };
    let first = doc.sentences[s].tokens.start;
    let i = token_at_or_after(doc, offset);
    if i == 0 || i - 1 <= first || i - 1 >= doc.tokens.len() {
        return false;
    }
    let t = &doc.tokens[i - 1];
    (t.capitalized || t.all_caps) && doc.token_text(i - 1) != "I"
}

/// Hits with the given tag, in order.
pub fn tagged(hits: &[Hit], tag: u32) -> impl Iterator<Item = &Hit> {
    hits.iter().filter(move |h| h.tag == tag)
}

/// Leftmost-longest hits of one tag: overlapping shorter ones dropped.
pub fn leftmost_longest_tagged(hits: &[Hit], tag: u32) -> Vec<Hit> {
    let mut out: Vec<Hit> = Vec::new();
    let mut last_end = 0;
    for h in tagged(hits, tag) {
        if h.range.start < last_end {
            continue;
        }
        last_end = h.range.end;
        out.push(h.clone());
    }
    out
}
