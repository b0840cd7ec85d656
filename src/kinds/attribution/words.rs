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
    // conjunctions, prepositions and adverbs that open a sentence
    "though",
    "although",
    "while",
    "when",
    "if",
    "because",
    "since",
    "after",
    "before",
    "in",
    "on",
    "at",
    "for",
    "with",
    "without",
    "despite",
    "once",
    "until",
    "unless",
    "whether",
    "what",
    "how",
    "why",
    "where",
    "this",
    "that",
    "it",
    "there",
    "here",
    "so",
    "then",
    "today",
    "yesterday",
    "even",
    "instead",
    "indeed",
    "perhaps",
    "by",
    "from",
    "under",
    "among",
    "during",
    "to",
    "of",
    "we",
    "they",
    "he",
    "she",
    "you",
];

/// The token right before `offset` in its sentence, in the reporter's
/// voice, with nothing but spaces between; a token `offset` falls inside
/// counts too. `None` at a sentence's start.
pub fn token_before(doc: &Document<'_>, offset: usize) -> Option<usize> {
    let s = doc.sentence_at(offset)?;
    let i = token_at_or_after(doc, offset);
    if i <= doc.sentences[s].tokens.start || i > doc.tokens.len() {
        return None;
    }
    let t = &doc.tokens[i - 1];
    let gap = &doc.prose[t.range.end..offset.max(t.range.end)];
    (gap.trim().is_empty() && !doc.in_quote(t.range.start)).then_some(i - 1)
}

/// Whether the word right before `offset` (in the same sentence) is a name:
/// "Pentagon officials", "Harvard studies". A sentence's first word counts
/// unless it is a common opener ("Some", "Senior", "Two").
pub fn named_before(doc: &Document<'_>, offset: usize) -> bool {
    let Some(i) = token_before(doc, offset) else {
        return false;
    };
    let t = &doc.tokens[i];
    if !(t.capitalized || t.all_caps) {
        return false;
    }
    let first = doc
        .sentence_at(offset)
        .map_or(0, |s| doc.sentences[s].tokens.start);
    let word = doc.token_text(i).to_lowercase();
    i > first || !COMMON_OPENERS.contains(&word.as_str())
}

/// Whether a phrase opens on a verb or an agentless participle ("is
/// perhaps", "seems to be", "widely regarded", "said to be"): the name
/// before it is its subject, or what the view is about, never its holder.
pub fn opens_on_verb(phrase: &str) -> bool {
    let first = phrase.split_whitespace().next().unwrap_or("");
    VERB_OPENERS.iter().any(|w| w.eq_ignore_ascii_case(first))
}

/// First words of the phrases `opens_on_verb` accepts.
const VERB_OPENERS: &[&str] = &[
    "is",
    "are",
    "was",
    "were",
    "has",
    "have",
    "had",
    "been",
    "be",
    "seems",
    "seem",
    "seemed",
    "appears",
    "appear",
    "appeared",
    "may",
    "might",
    "must",
    "can",
    "could",
    "widely",
    "generally",
    "commonly",
    "often",
    "sometimes",
    "considered",
    "regarded",
    "said",
    "believed",
    "thought",
    "known",
    "reputed",
    "reputedly",
    "rumored",
    "rumoured",
    "credited",
    "critically",
    "supposedly",
    "purportedly",
    "well",
    "also",
];

/// Whether a passive's agent is named after `offset` in sentence `s`:
/// "recognised as president by Donald Trump's United States". A vague agent
/// ("praised by visitors") does not count. With `same_clause`, the "by" must
/// belong to the passive before `offset`: a new verb or clause in between
/// takes it ("is said to have been founded by Dragos": Dragos founded;
/// nobody is named as saying).
pub fn named_agent_after(doc: &Document<'_>, s: usize, offset: usize, same_clause: bool) -> bool {
    let tokens = doc.sentences[s].tokens.clone();
    let from = token_at_or_after(doc, offset).max(tokens.start);
    let named = |i: usize| doc.tokens[i].capitalized || doc.tokens[i].all_caps;
    for i in from..tokens.end.saturating_sub(1) {
        let word = doc.token_text(i);
        if same_clause
            && (CLAUSE_BREAKS.iter().any(|w| w.eq_ignore_ascii_case(word))
                || i > from
                    && doc.prose[doc.tokens[i - 1].range.end..doc.tokens[i].range.start]
                        .contains([',', ';', ':', '(']))
        {
            return false;
        }
        if word != "by" || doc.in_quote(doc.tokens[i].range.start) {
            continue;
        }
        // "by the Royal Society": one article may stand before the name.
        let next = i + 1;
        if named(next)
            || matches!(doc.token_text(next), "the" | "a" | "an")
                && next + 1 < tokens.end
                && named(next + 1)
        {
            return true;
        }
    }
    false
}

/// Words that end the clause of a passive, or start another verb whose
/// agent a later "by" would be.
const CLAUSE_BREAKS: &[&str] = &[
    "to", "that", "which", "who", "whom", "whose", "where", "when", "while", "and", "but", "or",
    "have", "has", "had", "been", "be", "being", "is", "are", "was", "were",
];

/// Forms of "be" that make a following participle passive.
const BE: &[&str] = &["is", "are", "was", "were", "be", "been", "being"];

/// Whether `word` is an adverb that may stand inside a verb phrase without
/// changing whom it speaks for: "is widely believed", "has also been
/// described", "it is therefore important". Not a negation, and not a
/// degree word (`is_degree_word`): callers decide about those.
pub fn is_adverb(word: &str) -> bool {
    let ly = word.len() > 3
        && word
            .get(word.len() - 2..)
            .is_some_and(|end| end.eq_ignore_ascii_case("ly"));
    ly || [
        "also",
        "often",
        "long",
        "still",
        "now",
        "even",
        "once",
        "much",
        "therefore",
        "thus",
        "hence",
        "sometimes",
        "always",
        "however",
    ]
    .iter()
    .any(|w| w.eq_ignore_ascii_case(word))
}

/// Whether `word` grades an adjective: "it is very likely", "quite clear".
/// Before a participle it makes it an adjective ("analysts seem to be more
/// worried"), so the passive test does not pass over one.
pub fn is_degree_word(word: &str) -> bool {
    ["more", "most", "quite", "very", "so", "equally"]
        .iter()
        .any(|w| w.eq_ignore_ascii_case(word))
}

/// Whether the word at token `i` is a passive participle: a form of "be"
/// stands before it in its sentence, in the reporter's voice, with at most
/// two adverbs between ("it is said", "should be noted", "has been widely
/// criticized"). Returns the index of the "be".
pub fn after_be(doc: &Document<'_>, i: usize) -> Option<usize> {
    let s = doc.sentence_at(doc.tokens[i].range.start)?;
    let first = doc.sentences[s].tokens.start;
    let mut j = i;
    for _ in 0..3 {
        if j <= first || doc.in_quote(doc.tokens[j - 1].range.start) {
            return None;
        }
        j -= 1;
        let word = doc.token_text(j);
        if BE.iter().any(|b| b.eq_ignore_ascii_case(word)) {
            return Some(j);
        }
        // "was never told": a negated passive still hides its speaker.
        let negation = word.eq_ignore_ascii_case("not") || word.eq_ignore_ascii_case("never");
        if !is_adverb(word) && !negation {
            return None;
        }
    }
    None
}

/// Hits with the given tag, in order.
pub fn tagged(hits: &[Hit], tag: u32) -> impl Iterator<Item = &Hit> {
    hits.iter().filter(move |h| h.tag == tag)
}

/// Leftmost-longest hits of one tag: overlapping shorter ones dropped.
pub fn leftmost_longest_tagged(hits: &[Hit], tag: u32) -> Vec<Hit> {
    leftmost_longest(tagged(hits, tag)).cloned().collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Format;

    /// The token index of `word`'s first occurrence in `doc`.
    fn token(doc: &Document<'_>, word: &str) -> usize {
        (0..doc.tokens.len())
            .find(|&i| doc.token_text(i) == word)
            .expect("word in text")
    }

    #[test]
    fn a_participle_after_be_and_adverbs_is_passive() {
        for (text, participle, be) in [
            ("It is said to be old.", "said", Some("is")),
            ("It has been widely criticized.", "criticized", Some("been")),
            ("It should also be noted here.", "noted", Some("be")),
            ("It is still widely regarded.", "regarded", Some("is")),
            ("Critics said it was old.", "said", None),
            // a degree word makes the participle an adjective
            ("Analysts seem to be more worried.", "worried", None),
            ("The mayor, who was there, said no.", "said", None),
        ] {
            let doc = Document::parse(text, Format::PlainText);
            let found = after_be(&doc, token(&doc, participle)).map(|i| doc.token_text(i));
            assert_eq!(found, be, "{text}");
        }
    }

    #[test]
    fn an_agent_must_belong_to_the_passive_when_asked() {
        for (text, after, same_clause, named) in [
            ("It was praised by Ana Ruiz.", "praised", true, true),
            (
                "It was praised by the Royal Society.",
                "praised",
                true,
                true,
            ),
            ("It was praised by visitors.", "praised", true, false),
            (
                "It is said to have been founded by Dragos.",
                "to",
                true,
                false,
            ),
            (
                "It is said to have been founded by Dragos.",
                "to",
                false,
                true,
            ),
            (
                "It is regarded, he wrote, by Ana Ruiz.",
                "regarded",
                true,
                false,
            ),
        ] {
            let doc = Document::parse(text, Format::PlainText);
            let end = doc.tokens[token(&doc, after)].range.end;
            assert_eq!(
                named_agent_after(&doc, 0, end, same_clause),
                named,
                "{text}"
            );
        }
    }
}
