//! Small token helpers the attribution kinds share.

use crate::document::Document;
use crate::phrases::{Hit, leftmost_longest};

/// The index of the first token starting at or after `offset` (tokens are
/// sorted by start).
pub fn token_at_or_after(doc: &Document<'_>, offset: usize) -> usize {
    doc.tokens.partition_point(|t| t.range.start < offset)
}

/// Capitalized words that open a sentence without naming anyone.
const COMMON_OPENERS: &[&str] = &[
    "a",
    "an",
    "the",
    "some",
    "many",
    "most",
    "several",
    "few",
    "other",
    "others",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "dozens",
    "senior",
    "top",
    "local",
    "government",
    "administration",
    "federal",
    "state",
    "city",
    "police",
    "military",
    "security",
    "intelligence",
    "western",
    "foreign",
    "anonymous",
    "unnamed",
    "but",
    "and",
    "yet",
    "still",
    "however",
    "meanwhile",
    "now",
    "also",
    "according",
    "as",
    "more",
    "both",
    "all",
    "such",
    "these",
    "those",
    "his",
    "her",
    "their",
    "its",
    "our",
    "one",
    "no",
    "i",
];

/// Whether the word right before `offset` (in the same sentence) is a name:
/// "Pentagon officials", "Harvard studies". A sentence's first word counts
/// unless it is a common opener ("Some", "Senior", "Two").
pub fn named_before(doc: &Document<'_>, offset: usize) -> bool {
    let Some(s) = doc.sentence_at(offset) else {
        return false;
    };
    let first = doc.sentences[s].tokens.start;
    let i = token_at_or_after(doc, offset);
    if i <= first || i > doc.tokens.len() {
        return false;
    }
    let t = &doc.tokens[i - 1];
    let gap = &doc.prose[t.range.end..offset.max(t.range.end)];
    if !(t.capitalized || t.all_caps) || doc.in_quote(t.range.start) || !gap.trim().is_empty() {
        return false;
    }
    let word = doc.token_text(i - 1).to_lowercase();
    i - 1 > first || !COMMON_OPENERS.contains(&word.as_str())
}

/// Whether a passive's agent is named after `offset` in sentence `s`:
/// "recognised as president by Donald Trump's United States". A vague agent
/// ("praised by visitors") does not count.
pub fn named_agent_after(doc: &Document<'_>, s: usize, offset: usize) -> bool {
    let tokens = doc.sentences[s].tokens.clone();
    let from = token_at_or_after(doc, offset).max(tokens.start);
    let named = |i: usize| doc.tokens[i].capitalized || doc.tokens[i].all_caps;
    (from..tokens.end.saturating_sub(1)).any(|i| {
        if doc.token_text(i) != "by" || doc.in_quote(doc.tokens[i].range.start) {
            return false;
        }
        // "by the Royal Society": one article may stand before the name.
        let next = i + 1;
        named(next)
            || matches!(doc.token_text(next), "the" | "a" | "an")
                && next + 1 < tokens.end
                && named(next + 1)
    })
}

/// Hits with the given tag, in order.
pub fn tagged(hits: &[Hit], tag: u32) -> impl Iterator<Item = &Hit> {
    hits.iter().filter(move |h| h.tag == tag)
}

/// Leftmost-longest hits of one tag: overlapping shorter ones dropped.
pub fn leftmost_longest_tagged(hits: &[Hit], tag: u32) -> Vec<Hit> {
    leftmost_longest(tagged(hits, tag)).cloned().collect()
}
