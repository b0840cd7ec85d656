//! The attribution analysis every attribution rule reads: where the copy
//! says who is speaking.
//!
//! A *cue* is a speech verb ("said", "told", "tweeted"), an attribution
//! phrase ("according to", "in a statement") or a source noun tied to a name
//! ("a report by the Institute ...") in the reporter's voice, outside any
//! quotation. The analysis finds the cues of each sentence once per document
//! and answers the questions the rules ask: is this sentence, this paragraph,
//! this quotation attributed?
//!
//! Every attribution rule registers the same cue lexicons under the same tags
//! in the shared automaton, so whichever rule runs first can build the
//! analysis from its own hits and the others reuse it.

use super::words::{after_be, named_agent_after};
use crate::document::{Document, Quote};
use crate::kinds::CompileCx;
use crate::kinds::labels::opens_on_transcript_label;
use crate::phrases::Hit;
use std::ops::Range;
use std::rc::Rc;

/// Tag of `speech-verbs` hits.
pub const TAG_SPEECH: u32 = 0;
/// Tag of `attribution-phrases` hits.
pub const TAG_PHRASE: u32 = 1;
/// Tag of `source-nouns` hits.
pub const TAG_SOURCE: u32 = 2;
/// The first tag a rule may use for its own lists.
pub const FIRST_RULE_TAG: u32 = 16;

/// Registers the cue lexicons for the rule being compiled. Missing lexicons
/// are empty: the rules still load, they only find fewer cues.
pub fn register_cues(cx: &mut CompileCx<'_>) {
    for (name, tag) in [
        ("speech-verbs", TAG_SPEECH),
        ("attribution-phrases", TAG_PHRASE),
        ("source-nouns", TAG_SOURCE),
    ] {
        for phrase in cx.lexicon_or_empty(name) {
            cx.phrases.add(cx.owner, tag, phrase, false);
        }
    }
}

/// Registers every entry of the named lexicons under `tag`.
pub fn register_lexicons(cx: &mut CompileCx<'_>, names: &[&str], tag: u32) -> usize {
    let mut count = 0;
    for name in names {
        for phrase in cx.lexicon_or_empty(name) {
            cx.phrases.add(cx.owner, tag, phrase, false);
            count += 1;
        }
    }
    count
}

/// Where a document attributes what it reports.
#[derive(Debug)]
pub struct Attribution {
    /// Every cue in the reporter's voice, sorted by start.
    cues: Vec<Range<usize>>,
    /// For each sentence, its cues: a range of indices into `cues`.
    sentence_cues: Vec<Range<usize>>,
    /// For each block, whether any of its sentences has a cue.
    block_cue: Vec<bool>,
}

impl Attribution {
    /// The document's analysis, built from `hits` (any attribution rule's:
    /// they all hold the same cue tags) by the first rule that asks.
    pub fn of(doc: &Document<'_>, hits: &[Hit]) -> Rc<Attribution> {
        doc.analysis(|d| Attribution::build(d, hits))
    }

    fn build(doc: &Document<'_>, hits: &[Hit]) -> Attribution {
        let mut cues: Vec<Range<usize>> = Vec::new();
        let mut sentence_cues: Vec<Range<usize>> = vec![0..0; doc.sentences.len()];
        let mut last_end = 0;
        for hit in hits.iter().filter(|h| h.tag < FIRST_RULE_TAG) {
            // Overlapping cues ("told" inside "told reporters") count once.
            if hit.range.start < last_end || doc.in_quote(hit.range.start) {
                continue;
            }
            let Some(s) = doc.sentence_at(hit.range.start) else {
                continue;
            };
            let valid = match hit.tag {
                TAG_SPEECH => has_subject(doc, s, &hit.range),
                TAG_SOURCE => source_is_named(doc, s, &hit.range),
                _ => true,
            };
            if valid {
                last_end = hit.range.end;
                if sentence_cues[s].is_empty() {
                    sentence_cues[s] = cues.len()..cues.len();
                }
                cues.push(hit.range.clone());
                sentence_cues[s].end = cues.len();
            }
        }
        let block_cue = doc
            .blocks
            .iter()
            .map(|b| b.sentences.clone().any(|s| !sentence_cues[s].is_empty()))
            .collect();
        Attribution {
            cues,
            sentence_cues,
            block_cue,
        }
    }

    /// The cues of sentence `s`, in order.
    pub fn cues(&self, s: usize) -> &[Range<usize>] {
        self.sentence_cues
            .get(s)
            .map_or(&[], |r| &self.cues[r.clone()])
    }

    pub fn sentence_has_cue(&self, s: usize) -> bool {
        !self.cues(s).is_empty()
    }

    /// Whether sentence `s` has a cue outside `span` (a cue that is not part
    /// of the phrase being judged, like the "say" of "critics say").
    pub fn has_cue_outside(&self, s: usize, span: &Range<usize>) -> bool {
        self.cues(s)
            .iter()
            .any(|c| c.end <= span.start || c.start >= span.end)
    }

    pub fn block_has_cue(&self, b: usize) -> bool {
        self.block_cue.get(b).copied().unwrap_or(false)
    }

    /// Whether sentence `s` or the sentence before it in the same paragraph
    /// carries a cue.
    pub fn sentence_or_previous_has_cue(&self, doc: &Document<'_>, s: usize) -> bool {
        self.sentence_has_cue(s)
            || (s > 0
                && doc.sentences[s - 1].block == doc.sentences[s].block
                && self.sentence_has_cue(s - 1))
    }
}

/// A speech verb counts when another word in the reporter's voice shares its
/// sentence: "she said", "said the mayor", not a bare "said" in a list.
/// A speech verb right after one of these is a noun: "the claims", "his
/// calls", "their reports".
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "these", "those", "such",
    "new", "many", "some", "any", "no", "recent", "earlier", "repeated",
];

fn has_subject(doc: &Document<'_>, s: usize, verb: &Range<usize>) -> bool {
    let tokens = doc.sentence_tokens(s);
    let Some(at) = tokens.iter().position(|t| t.range.start == verb.start) else {
        return false;
    };
    // The first part of a compound ("add-on", "write-in") is no verb.
    if tokens[at].range.end > verb.end {
        return false;
    }
    // Only a word of the reporter's own, right before the verb, makes it a
    // noun: the "No" that ends `"... No," said Obama` is the speaker's.
    if at > 0 {
        let prev = &tokens[at - 1].range;
        let adjacent = doc.prose[prev.end..verb.start].trim().is_empty();
        let before = &doc.prose[prev.clone()];
        if adjacent
            && !doc.in_quote(prev.start)
            && DETERMINERS.iter().any(|d| d.eq_ignore_ascii_case(before))
        {
            return false;
        }
    }
    // "A field referred to as", "a man described as": a naming, not speech.
    // "He went on to score", "it continued to grow": no speech follows.
    if let Some(next) = tokens[at..].iter().find(|t| t.range.start >= verb.end) {
        let next = &doc.prose[next.range.clone()];
        let verb_is = |words: &[&str]| {
            words
                .iter()
                .any(|w| w.eq_ignore_ascii_case(&doc.prose[verb.clone()]))
        };
        let naming = next.eq_ignore_ascii_case("as")
            && verb_is(&["referred to", "referring to", "described"]);
        if naming || next.eq_ignore_ascii_case("to") && verb_is(&["went on", "continued"]) {
            return false;
        }
    }
    // "It is said", "should be noted": a passive hides its speaker unless
    // one follows ("was described by Ana Ruiz as").
    let global = doc.sentences[s].tokens.start + at;
    if after_be(doc, global).is_some() && !named_agent_after(doc, s, verb.end, true) {
        return false;
    }
    tokens.iter().any(|t| {
        (t.range.end <= verb.start || t.range.start >= verb.end) && !doc.in_quote(t.range.start)
    })
}

/// A source noun counts when a name stands near it: "a report by the
/// Institute for Forest Policy", "a Gallup poll", "Census Bureau data".
fn source_is_named(doc: &Document<'_>, s: usize, noun: &Range<usize>) -> bool {
    let tokens = &doc.sentences[s].tokens;
    let Some(at) = (tokens.start..tokens.end).find(|&i| doc.tokens[i].range.start == noun.start)
    else {
        return false;
    };
    let before = at.saturating_sub(2).max(tokens.start + 1)..at;
    let after = at + 1..(at + 5).min(tokens.end);
    before.chain(after).any(|i| {
        let t = &doc.tokens[i];
        t.capitalized && !doc.in_quote(t.range.start) && doc.token_text(i) != "I"
    })
}

/// What the quote rule decided about one quotation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuoteVerdict {
    /// Not a direct quotation: a short phrase, a title, a nested quote, a
    /// headline, or a fragment woven into the reporter's sentence.
    NotDirect,
    Attributed,
    Unattributed,
}

/// Tunables of the quote analysis.
#[derive(Debug, Clone, Copy)]
pub struct QuoteOptions {
    /// Quotations shorter than this many words are phrases, not quotes.
    pub min_words: usize,
}

/// Decides, for every quotation of the document, whether it is a direct
/// quote and whether someone is named as saying it.
pub fn quote_verdicts(
    doc: &Document<'_>,
    attribution: &Attribution,
    options: QuoteOptions,
) -> Vec<QuoteVerdict> {
    let mut verdicts: Vec<QuoteVerdict> = doc
        .quotes
        .iter()
        .map(|q| verdict(doc, attribution, q, options))
        .collect();
    // A quotation that runs over several paragraphs is attributed once,
    // usually in its first paragraph: the whole chain shares the verdict.
    let mut i = 0;
    while i < doc.quotes.len() {
        if !doc.quotes[i].runs_on || doc.quotes[i].continues {
            i += 1;
            continue;
        }
        let mut chain = vec![i];
        let mut last = i;
        while doc.quotes[last].runs_on {
            let next = (last + 1..doc.quotes.len()).find(|&j| {
                doc.quotes[j].depth == 0 && doc.quotes[j].block > doc.quotes[last].block
            });
            match next {
                Some(j) if doc.quotes[j].continues => {
                    chain.push(j);
                    last = j;
                }
                _ => break,
            }
        }
        let attributed = chain
            .iter()
            .any(|&j| verdicts[j] == QuoteVerdict::Attributed);
        let any_direct = chain
            .iter()
            .any(|&j| verdicts[j] != QuoteVerdict::NotDirect);
        for &j in &chain {
            verdicts[j] = if attributed {
                QuoteVerdict::Attributed
            } else if any_direct {
                QuoteVerdict::Unattributed
            } else {
                QuoteVerdict::NotDirect
            };
        }
        i = last + 1;
    }
    verdicts
}

fn verdict(
    doc: &Document<'_>,
    attribution: &Attribution,
    q: &Quote,
    options: QuoteOptions,
) -> QuoteVerdict {
    let block = &doc.blocks[q.block];
    if q.depth > 0 || !block.kind.is_body() || block.in_blockquote {
        return QuoteVerdict::NotDirect;
    }
    let words = doc
        .tokens_in(q.content.clone())
        .iter()
        .filter(|t| t.range.end <= q.content.end)
        .collect::<Vec<_>>();

    // A transcript names its speaker inside the marks: "MR. O'NEILL: ...".
    if opens_on_transcript_label(&doc.prose[q.content.clone()]) {
        return QuoteVerdict::Attributed;
    }
    let chained = q.runs_on || q.continues;
    if words.len() < options.min_words && !chained {
        return QuoteVerdict::NotDirect;
    }
    let Some(s_open) = doc.sentence_at(q.open.start) else {
        return QuoteVerdict::NotDirect;
    };
    let s_close = doc
        .sentence_at(q.span().end.saturating_sub(1))
        .unwrap_or(s_open);
    // A quotation inside the reporter's sentence is woven into it ("agreed
    // to \"swiftly\" adopt"), or introduced by it ("saying, \"...\"", "told
    // one aide: \"...\""): that sentence says whose words they are.
    let lead = &doc.prose[doc.sentences[s_open].range.start..q.open.start];
    if lead.contains(char::is_alphanumeric) {
        let introduced = lead.trim_end().ends_with([':', ',']);
        if !chained {
            return QuoteVerdict::NotDirect;
        }
        if introduced || attribution.sentence_has_cue(s_open) {
            return QuoteVerdict::Attributed;
        }
    } else if !chained && is_title(&words) && !ends_like_speech(doc, q) {
        return QuoteVerdict::NotDirect;
    }
    // The shape of an attribution: `"...," she said`, `"...?" asked Ana`,
    // `"..." — Jorge Falcon`: the sentence goes on in the reporter's voice
    // after a quote that ends on a comma, a question or a dash.
    if let Some(close) = &q.close {
        let rest = &doc.prose[close.end..doc.sentences[s_close].range.end];
        let ends_open = doc.prose[q.content.clone()]
            .trim_end()
            .ends_with([',', '?', '!', '\u{2014}', '\u{2013}', '-'])
            || rest
                .trim_start()
                .starts_with(['\u{2014}', '\u{2015}', '\u{2013}', '-', ',']);
        if ends_open && rest.contains(char::is_alphabetic) {
            return QuoteVerdict::Attributed;
        }
    }
    if (s_open..=s_close).any(|s| attribution.sentence_has_cue(s)) {
        return QuoteVerdict::Attributed;
    }
    // Neighbours in the same paragraph: the nearest sentence in the
    // reporter's voice on either side attributes it ("..." Vial said. "...").
    let sentences = block.sentences.clone();
    let quoted_start = |s: usize| {
        let r = &doc.sentences[s].range;
        doc.in_quote(
            r.start
                + doc.prose[r.clone()]
                    .find(char::is_alphanumeric)
                    .unwrap_or(0),
        )
    };
    for s in (sentences.start..s_open).rev() {
        if attribution.sentence_has_cue(s) {
            return QuoteVerdict::Attributed;
        }
        if !quoted_start(s) {
            break;
        }
    }
    for s in s_close + 1..sentences.end {
        // `"..." ― Jorge Falcon`: a dash and a name sign the quote.
        let signed = s == s_close + 1
            && doc.prose[doc.sentences[s].range.clone()]
                .starts_with(['\u{2014}', '\u{2015}', '\u{2013}', '-']);
        if signed || attribution.sentence_has_cue(s) {
            return QuoteVerdict::Attributed;
        }
        if !quoted_start(s) {
            break;
        }
    }
    if q.open.start == block.range.start && q.block > 0 {
        let prev = &doc.blocks[q.block - 1];
        if prev.kind.is_body() {
            // "The club said:" closing the previous paragraph introduces this one.
            if doc.prose[prev.range.clone()].ends_with(':') {
                return QuoteVerdict::Attributed;
            }
            // The speaker of an attributed quote closing the previous
            // paragraph goes on in a new one (common outside strict AP style).
            if let Some(last) = prev.sentences.clone().last()
                && attribution.sentence_has_cue(last)
                && {
                    // Sorted and disjoint: the first range starting in the
                    // sentence, found by binary search.
                    let sentence = &doc.sentences[last].range;
                    let ranges = doc.quoted_ranges();
                    let i = ranges.partition_point(|r| r.start < sentence.start);
                    ranges.get(i).is_some_and(|r| r.start < sentence.end)
                }
            {
                return QuoteVerdict::Attributed;
            }
        }
    }
    // `-President Obama, tweeting after the speech.` signing it below.
    if let Some(next) = doc.blocks.get(q.block + 1)
        && next.kind.is_body()
        && doc.prose[next.range.clone()].starts_with(['\u{2014}', '\u{2015}', '\u{2013}', '-'])
    {
        return QuoteVerdict::Attributed;
    }
    QuoteVerdict::Unattributed
}

/// Title case: most words of four letters or more are capitalized.
fn is_title(words: &[&crate::document::Token]) -> bool {
    let long: Vec<_> = words
        .iter()
        .filter(|t| t.range.len() >= 4 && !t.numeric)
        .collect();
    !long.is_empty() && long.iter().filter(|t| t.capitalized).count() * 4 >= long.len() * 3
}

/// Whether the quotation ends like speech: with a comma, a full stop, a
/// question or exclamation mark inside the marks.
fn ends_like_speech(doc: &Document<'_>, q: &Quote) -> bool {
    doc.prose[q.content.clone()]
        .trim_end()
        .ends_with(['.', ',', '?', '!', '\u{2026}'])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Format;
    use crate::phrases::PhraseSetBuilder;

    fn verdicts(text: &str) -> Vec<(String, QuoteVerdict)> {
        let doc = Document::parse(text, Format::PlainText);
        let mut b = PhraseSetBuilder::default();
        for w in ["said", "says", "told", "asked"] {
            b.add(0, TAG_SPEECH, w, false);
        }
        b.add(0, TAG_PHRASE, "according to", false);
        let set = b.build(1);
        let hits = set.scan(&doc.prose);
        let a = Attribution::of(&doc, hits.of(0));
        quote_verdicts(&doc, &a, QuoteOptions { min_words: 4 })
            .into_iter()
            .enumerate()
            .map(|(i, v)| (doc.slice(doc.quotes[i].content.clone()).to_owned(), v))
            .collect()
    }

    use QuoteVerdict::*;

    #[test]
    fn attribution_before_after_and_inside() {
        let v = verdicts(
            "Head line\n\nShe said, \"We will stay here all winter.\"\n\n\"We will stay here all winter,\" she said.\n\n\"We will stay,\" she said, \"all winter long if we must.\"",
        );
        // A quote the sentence introduces is part of that sentence.
        assert!(v.iter().all(|(_, v)| *v != Unattributed), "{v:?}");
    }

    #[test]
    fn a_lone_quote_paragraph_is_unattributed() {
        let v = verdicts(
            "Head line\n\nThe strike went on.\n\n\"We have already lost three ships to the north.\"\n\nTalks resume Tuesday.",
        );
        assert_eq!(v[0].1, Unattributed);
    }

    #[test]
    fn short_phrases_titles_and_fragments_are_not_quotes() {
        let v = verdicts(
            "Head line\n\nThe \"full weight\" of the law. He read \"The Lord of the Rings\" twice. It backed their \"civil rights, freedom and safety\" then.",
        );
        assert!(v.iter().all(|(_, v)| *v == NotDirect), "{v:?}");
    }

    #[test]
    fn neighbours_and_colon_lead_ins_attribute() {
        let v = verdicts(
            "Head line\n\n\"A cherry that sits is juice,\" Vial said. \"The buyers will not wait for us.\"\n\nThe club said:\n\n\"Everything looked right to all of us.\"",
        );
        assert!(v.iter().all(|(_, v)| *v == Attributed), "{v:?}");
    }

    #[test]
    fn multi_paragraph_quotes_share_attribution() {
        let v = verdicts(
            "Head line\n\n\"The first part of the quote runs here,\" she said. \"It goes on.\n\n\"And here the second paragraph ends it.\"\n\nDone.",
        );
        assert!(v.iter().all(|(_, v)| *v == Attributed), "{v:?}");
    }

    #[test]
    fn a_quoted_word_before_an_inverted_verb_does_not_make_it_a_noun() {
        let v = verdicts(
            "Head line\n\n\u{201c}Is it a big deal? No,\u{201d} said Obama. \u{201c}There is no doubt these folks think that.\u{201d}",
        );
        assert!(v.iter().all(|(_, v)| *v == Attributed), "{v:?}");
    }

    /// Whether each sentence of `text` has a cue, with a few speech verbs.
    fn sentence_cues(text: &str) -> Vec<bool> {
        let doc = Document::parse(text, Format::PlainText);
        let mut b = PhraseSetBuilder::default();
        for w in [
            "said",
            "points out",
            "add",
            "referred to",
            "went on",
            "noted",
        ] {
            b.add(0, TAG_SPEECH, w, false);
        }
        let set = b.build(1);
        let hits = set.scan(&doc.prose);
        let a = Attribution::of(&doc, hits.of(0));
        (0..doc.sentences.len())
            .map(|s| a.sentence_has_cue(s))
            .collect()
    }

    #[test]
    fn which_speech_verbs_name_a_speaker() {
        let cues = sentence_cues(
            "Head line\n\nThe report points out the risk. The add-on ships today. \
             A field referred to as dynamics grew. He went on to score twice. \
             It should be noted that costs rose. It was noted by Ana Ruiz that costs rose. \
             Costs rose, she said.",
        );
        // The headline, then: a two-word verb counts (1); a compound (2), a
        // naming (3), "went on to" (4) and an agentless passive (5) do not;
        // a passive whose agent is named (6) and plain speech (7) do.
        assert_eq!(cues, [false, true, false, false, false, false, true, true]);
    }

    #[test]
    fn a_transcript_label_names_the_speaker() {
        let v = verdicts(
            "Head line\n\nThe talk went on.\n\n\"MR. HAYES: We have lost three ships to the north this year.\"\n\n\"Carver: We have lost three ships to the north this year.\"",
        );
        assert_eq!(v[0].1, Attributed);
        assert_eq!(v[1].1, Unattributed);
    }

    #[test]
    fn questions_inside_quotes() {
        let v = verdicts(
            "Head line\n\n\"Who checks a bank code on deadline day?\" said Giulia Rinaldi.",
        );
        assert_eq!(v[0].1, Attributed);
    }
}
