//! `kind = "unsourced-claim"`: a sentence in the reporter's voice that
//! asserts a judgment or a generalization ("is considered one of the
//! finest", "probably the most important", "is very popular with fans")
//! while no one in its sentence or paragraph is named as holding it.
//!
//! Each sentence is scored: a *marker* (lexicon `claim-markers`: agentless
//! "is described as", peacock superlatives, "arguably") weighs 2, a *hint*
//! (`claim-hints`, `hedges`, `subjective-words`: "very", "probably",
//! "popular") weighs 1. A `stance-words` entry weighs as a marker in the
//! impersonal frame that hides its holder ("it is doubtful whether", "it
//! seems fairly clear that"), and nothing elsewhere. Each distinct word
//! counts once, and a hint after the first counts only within
//! `hint-window` words of the previous one. A
//! sentence at or above `threshold` is a claim, flagged once on its first
//! marker (or first hint), unless an attribution cue sources it or its
//! paragraph, or a named agent follows ("recognised as president by Donald
//! Trump's United States"). Questions make no claim, and a judgment in the
//! first person ("seems credible to me") has an owner: both are skipped.
//!
//! A sentence that names nothing checkable (no name, acronym or number
//! after its first word) scores `unspecific-bonus` more once it has any
//! evidence, so one judging word in a sentence of pure generalization is
//! enough. Off (0) by default: on edited news it doubles the rule's findings
//! and flags many plain generic sentences; a desk reviewing encyclopedic or
//! opinion copy may want it at 1.
//!
//! Options: `threshold` (default 2), `hint-window` (default 25),
//! `unspecific-bonus` (default 0), `paragraph-source` (default true: a cue
//! anywhere in the paragraph also sources the sentence), and `markers` and
//! `hints` (lists of lexicon names that replace the default word lists).

use super::analysis::{Attribution, FIRST_RULE_TAG, register_cues, register_lexicons};
use super::words::{
    is_adverb, is_degree_word, named_agent_after, named_before, opens_on_verb, token_at_or_after,
};
use crate::document::Document;
use crate::kinds::{Check, CheckCx, CompileCx, CompileResult};
use crate::phrases::{Hit, leftmost_longest};
use std::ops::Range;

const MARKER: u32 = FIRST_RULE_TAG;
const HINT: u32 = FIRST_RULE_TAG + 1;
const STANCE: u32 = FIRST_RULE_TAG + 2;

#[derive(Debug)]
struct Claim {
    threshold: u32,
    paragraph_source: bool,
    hint_window: usize,
    unspecific_bonus: u32,
}

pub(super) fn compile(cx: &mut CompileCx<'_>) -> CompileResult {
    cx.allow_options(&[
        "threshold",
        "paragraph-source",
        "markers",
        "hints",
        "hint-window",
        "unspecific-bonus",
    ])?;
    let unspecific_bonus = cx
        .option_int("unspecific-bonus")?
        .unwrap_or(0)
        .clamp(0, 100) as u32;
    let hint_window = cx.option_int("hint-window")?.unwrap_or(25).clamp(1, 1000) as usize;
    let threshold = cx.option_int("threshold")?.unwrap_or(2).clamp(1, 100) as u32;
    let paragraph_source = cx.option_bool("paragraph-source")?.unwrap_or(true);
    let markers = cx
        .option_list("markers")?
        .unwrap_or_else(|| vec!["claim-markers"]);
    let hints = cx
        .option_list("hints")?
        .unwrap_or_else(|| vec!["claim-hints", "hedges", "subjective-words"]);
    register_cues(cx);
    register_lexicons(cx, &markers, MARKER);
    register_lexicons(cx, &hints, HINT);
    register_lexicons(cx, &["stance-words"], STANCE);
    Ok(Box::new(Claim {
        threshold,
        paragraph_source,
        hint_window,
        unspecific_bonus,
    }))
}

/// One sentence's evidence so far.
struct Tally {
    sentence: usize,
    score: u32,
    /// The span to report: the first marker, else the first hint.
    span: Range<usize>,
    span_is_marker: bool,
    /// Distinct words seen, as spans (a repeated "very" counts once;
    /// compared without case, as the phrase set matches).
    seen: Vec<Range<usize>>,
    /// Token index of the last hint seen.
    last_hint: Option<usize>,
}

impl Claim {
    fn flush(&self, cx: &mut CheckCx<'_>, tally: Option<Tally>) {
        let Some(mut t) = tally else { return };
        let doc = cx.doc;
        if t.score < self.threshold && t.score > 0 && is_unspecific(doc, t.sentence) {
            t.score += self.unspecific_bonus;
        }
        if t.score < self.threshold {
            return;
        }
        let attribution = Attribution::of(doc, cx.hits);
        let s = t.sentence;
        if attribution.sentence_has_cue(s)
            || self.paragraph_source && attribution.block_has_cue(doc.sentences[s].block)
            || is_question(doc, s)
            || in_first_person(doc, s)
            || named_agent_after(doc, s, t.span.end, false)
        {
            return;
        }
        let finding = cx.finding(t.span, &[]);
        cx.emit(finding);
    }
}

/// Whether sentence `s` names nothing a reader could check: no name, no
/// acronym, no number in the reporter's voice after its first word. A
/// judgment in such a sentence is a generalization ("Consumers are often
/// confused by the forms").
fn is_unspecific(doc: &Document<'_>, s: usize) -> bool {
    let tokens = doc.sentences[s].tokens.clone();
    !(tokens.start + 1..tokens.end).any(|i| {
        let t = &doc.tokens[i];
        (t.capitalized || t.all_caps || t.numeric)
            && !doc.in_quote(t.range.start)
            && doc.token_text(i) != "I"
    })
}

/// Linking verbs of the impersonal frame: "it is", "it seems". Not
/// "became": "as it became clear that" narrates an event.
const LINKING: &[&str] = &[
    "is", "was", "be", "been", "seems", "seemed", "seem", "appears", "appeared", "appear",
    "remains", "remained",
];

/// Words that open the clause a stance word judges.
const CLAUSE_WORDS: &[&str] = &["that", "whether", "if", "to", "how", "why"];

/// Whether the stance word at `span` stands in the impersonal frame that
/// states a judgment without its holder: "it is doubtful whether", "it
/// seems fairly clear that", "it is therefore important to", "It is
/// obvious, however, that". Returns where the frame starts ("it"). A
/// negation leaves it out: "it is not clear whether" reports an unknown.
fn impersonal_frame(doc: &Document<'_>, span: &Range<usize>) -> Option<usize> {
    let s = doc.sentence_at(span.start)?;
    let tokens = doc.sentences[s].tokens.clone();
    let at = token_at_or_after(doc, span.start);
    let after = token_at_or_after(doc, span.end);
    let gap = doc.prose[span.end..doc.tokens.get(after).map_or(span.end, |t| t.range.start)].trim();
    // An entry may carry its own clause word: "possible that" (but not
    // "possible to", an ability).
    let last_word = doc.slice(span.clone()).rsplit(' ').next().unwrap_or("");
    let clause_word = |w: &str| CLAUSE_WORDS.iter().any(|c| c.eq_ignore_ascii_case(w));
    let opens_clause = clause_word(last_word)
        || gap == ","
        || gap.is_empty() && after < tokens.end && clause_word(doc.token_text(after));
    if !opens_clause || doc.in_quote(span.start) {
        return None;
    }
    let mut i = at;
    let mut adverbs = 0;
    loop {
        if i == tokens.start {
            return None;
        }
        i -= 1;
        let word = doc.token_text(i);
        if LINKING.iter().any(|w| w.eq_ignore_ascii_case(word)) {
            break;
        }
        if word.eq_ignore_ascii_case("it's") || word.eq_ignore_ascii_case("it\u{2019}s") {
            return Some(doc.tokens[i].range.start);
        }
        if !(is_adverb(word) || is_degree_word(word)) || adverbs == 2 {
            return None;
        }
        adverbs += 1;
    }
    // "it is", "it would seem", "it may be", "it has become".
    let mut j = i;
    while j > tokens.start {
        j -= 1;
        let word = doc.token_text(j);
        if word.eq_ignore_ascii_case("it") {
            return Some(doc.tokens[j].range.start);
        }
        let auxiliary = [
            "would", "may", "might", "must", "could", "has", "had", "have", "to", "be",
        ]
        .iter()
        .any(|a| a.eq_ignore_ascii_case(word));
        if !auxiliary || i - j > 2 {
            return None;
        }
    }
    None
}

/// Whether sentence `s` speaks in the first person singular outside
/// quotes: a judgment whose owner is the writer ("Nothing about them seems
/// credible to me") is a column's, and signed.
fn in_first_person(doc: &Document<'_>, s: usize) -> bool {
    doc.sentences[s].tokens.clone().any(|i| {
        matches!(
            doc.token_text(i),
            "I" | "me" | "my" | "I'm" | "I’m" | "I've" | "I’ve"
        ) && !doc.in_quote(doc.tokens[i].range.start)
    })
}

/// Whether sentence `s` ends in a question mark (closing quotes and
/// brackets aside).
fn is_question(doc: &Document<'_>, s: usize) -> bool {
    doc.prose[doc.sentences[s].range.clone()]
        .trim_end_matches(|c: char| c.is_whitespace() || "\"'”’)]".contains(c))
        .ends_with('?')
}

impl Check for Claim {
    fn check(&self, cx: &mut CheckCx<'_>) {
        let doc = cx.doc;
        let mut tally: Option<Tally> = None;
        // The marker and hint hits in order, overlapping shorter ones dropped
        // ("one of the most" over "most"). A stance word counts as a marker
        // in its impersonal frame, from "it" on ("it is doubtful whether"),
        // so the frame outranks the same word as a hint.
        let mut evidence: Vec<Hit> = cx
            .hits
            .iter()
            .filter(|h| h.tag == MARKER || h.tag == HINT)
            .cloned()
            .collect();
        let frames = cx.hits.iter().filter(|h| h.tag == STANCE).filter_map(|h| {
            impersonal_frame(doc, &h.range).map(|start| Hit {
                range: start..h.range.end,
                tag: MARKER,
            })
        });
        evidence.extend(frames);
        evidence.sort_by_key(|h| (h.range.start, std::cmp::Reverse(h.range.end)));
        for h in leftmost_longest(&evidence) {
            // Quoted words are the speaker's; a word right after a name is
            // pinned on it ("Harvard scholars").
            if doc.in_quote(h.range.start) {
                continue;
            }
            let Some(s) = doc.sentence_at(h.range.start) else {
                continue;
            };
            // Only a name inside the sentence pins the word on someone; a
            // capitalized first word is as often "Consumers" as "Harvard".
            // A name before a marker's verb is its subject, not the
            // judgment's holder: "The D Building is perhaps the oldest".
            let second = doc.sentences[s].tokens.start + 1;
            if token_at_or_after(doc, h.range.start) > second
                && named_before(doc, h.range.start)
                && !(h.tag == MARKER && opens_on_verb(doc.slice(h.range.clone())))
            {
                continue;
            }
            if tally.as_ref().is_none_or(|t| t.sentence != s) {
                let done = tally.take();
                self.flush(cx, done);
                tally = Some(Tally {
                    sentence: s,
                    score: 0,
                    span: h.range.clone(),
                    span_is_marker: false,
                    seen: Vec::new(),
                    last_hint: None,
                });
            }
            let Some(t) = tally.as_mut() else { continue };
            let word = doc.slice(h.range.clone());
            if t.seen
                .iter()
                .any(|r| doc.slice(r.clone()).eq_ignore_ascii_case(word))
            {
                continue;
            }
            t.seen.push(h.range.clone());
            if h.tag == MARKER {
                t.score += 2;
                if !t.span_is_marker {
                    t.span = h.range.clone();
                    t.span_is_marker = true;
                }
                continue;
            }
            // A hint counts alone once; a second counts only near the last
            // one, so a long sentence does not add up stray everyday words.
            let at = token_at_or_after(doc, h.range.start);
            match t.last_hint {
                None => t.score += 1,
                Some(prev) if at - prev <= self.hint_window => t.score += 1,
                Some(_) => {}
            }
            t.last_hint = Some(at);
        }
        self.flush(cx, tally);
    }
}
