//! The `fragment` family's kinds: pieces of copy that do not belong to the
//! text around them. Placeholders and web leftovers are plain `phrase` and
//! `pattern` rules; the kinds here need the document's structure.
//!
//! The per-block facts several of these rules need (is this paragraph a
//! question in the reporter's voice, a lone quotation, does it name anyone)
//! are computed once per document in [`Paragraphs`].

mod dangling_pronoun;
mod orphan_question;
mod pasted_caption;
mod stray_byline;

use super::{Field, KindDef, LazyRegex, Scope, labels};
use crate::document::{BlockKind, Document};
use regex::Regex;

pub static KINDS: &[KindDef] = &[
    KindDef {
        name: "orphan-question",
        fields: &[Field::Lexicons, Field::Options],
        default_scope: Scope::BODY,
        fixable: false,
        compile: orphan_question::compile,
    },
    KindDef {
        name: "dangling-pronoun",
        fields: &[Field::Lexicons, Field::Options],
        default_scope: Scope::BODY,
        fixable: false,
        compile: dangling_pronoun::compile,
    },
    KindDef {
        name: "stray-byline",
        fields: &[Field::Lexicons, Field::Options],
        default_scope: Scope::BODY,
        fixable: false,
        compile: stray_byline::compile,
    },
    KindDef {
        name: "pasted-caption",
        fields: &[Field::Lexicons, Field::Options],
        default_scope: Scope::BODY,
        fixable: false,
        compile: pasted_caption::compile,
    },
];

/// A pattern with Unicode letter classes and its ASCII twin (`[A-Z]` for
/// `\p{Lu}`, `[A-Za-z]` for `\p{L}\p{M}`, ASCII `\s`, `\d` and `\b`), each
/// compiled on first use. The Unicode classes, repeated once per name word,
/// take milliseconds to compile; the twin a tenth of that, and it matches
/// exactly as the Unicode pattern does on nearly all news copy (see
/// [`ascii_twin_suffices`]).
#[derive(Debug)]
struct TwinRegex {
    unicode: LazyRegex,
    ascii: LazyRegex,
}

impl TwinRegex {
    /// `pattern(false)` writes the pattern, `pattern(true)` its twin. Both
    /// are fixed by the kind (tests compile them), so they cannot fail.
    fn new(pattern: impl Fn(bool) -> String) -> TwinRegex {
        let lazy = |ascii| {
            let source = pattern(ascii);
            LazyRegex::new(move || Regex::new(&source).expect("the kind's patterns are valid"))
        };
        TwinRegex {
            unicode: lazy(false),
            ascii: lazy(true),
        }
    }

    /// The regex to search `text` with: the twin when it suffices.
    fn for_text(&self, text: &str) -> &Regex {
        if ascii_twin_suffices(text) {
            self.ascii.get()
        } else {
            self.unicode.get()
        }
    }
}

/// Whether an ASCII twin matches `text` exactly as its Unicode pattern does:
/// every non-ASCII char is one no letter, mark, digit or space class holds
/// (curly quotes, dashes, bullets, `’`), which the two treat alike.
fn ascii_twin_suffices(text: &str) -> bool {
    text.chars().all(|c| {
        c.is_ascii()
            || matches!(c,
                '\u{2010}'..='\u{2027}' // dashes, quotes, bullets, ellipsis
                | '\u{2030}'..='\u{205E}' // per mille, primes, guillemets
                | '\u{AB}' | '\u{B7}' | '\u{BB}'
                | '\u{25A0}'..='\u{25FF}') // geometric shapes (▪, ►)
    })
}

/// Capitalized words that open sentences and headings without naming anyone.
const FUNCTION_WORDS: &[&str] = &[
    "a", "an", "the", "and", "but", "or", "so", "yet", "if", "when", "while", "what", "who",
    "whom", "why", "how", "where", "which", "whose", "did", "does", "do", "is", "are", "was",
    "were", "will", "would", "could", "should", "can", "may", "might", "must", "has", "have",
    "had", "in", "on", "at", "for", "of", "to", "from", "with", "by", "after", "before", "during",
    "as", "this", "that", "these", "those", "there", "here", "it", "its", "he", "she", "they",
    "we", "i", "you", "his", "her", "their", "our", "my", "your", "not", "no", "yes", "some",
    "many", "most", "all", "more", "less", "next", "now", "then", "still", "just", "even", "also",
    "only", "whether", "isn't", "aren't", "won't", "can't", "don't", "doesn't", "didn't",
];

/// What the fragment rules need to know about one block.
#[derive(Debug, Clone, Default)]
pub(crate) struct BlockFacts {
    /// Every sentence ends in a question mark in the reporter's own voice.
    pub question_only: bool,
    /// The last sentence is a question in the reporter's own voice.
    pub ends_in_question: bool,
    /// Every word of the block is inside a quotation.
    pub lone_quote: bool,
    /// Capitalized names outside quotations (sentence-opening function words aside).
    pub names: usize,
    /// The block looks like a question or answer of a Q&A ("Q:", "A:", "Smith:").
    pub qa: bool,
}

/// Per-document facts for every block, built once and shared.
#[derive(Debug)]
pub(crate) struct Paragraphs {
    pub facts: Vec<BlockFacts>,
}

impl Paragraphs {
    pub fn of(doc: &Document<'_>) -> std::rc::Rc<Paragraphs> {
        doc.analysis(build)
    }
}

fn build(doc: &Document<'_>) -> Paragraphs {
    let mut facts = vec![BlockFacts::default(); doc.blocks.len()];
    for run in &doc.names {
        let block = doc.sentences[run.sentence].block;
        if doc.in_quote(run.range.start) {
            continue;
        }
        if run.tokens.len() == 1 && run.sentence_initial {
            let first = doc.token_text(run.tokens.start).to_lowercase();
            if FUNCTION_WORDS.contains(&first.trim_end_matches("'s")) || is_question_opener(&first)
            {
                continue;
            }
        }
        facts[block].names += 1;
    }
    for (bi, block) in doc.blocks.iter().enumerate() {
        let f = &mut facts[bi];
        let text = &doc.prose[block.range.clone()];
        f.qa = labels::is_qa_label(text);
        let mut all_questions = true;
        let mut last_question = false;
        for si in block.sentences.clone() {
            let s = &doc.sentences[si];
            let q = reporter_question(doc, s.range.clone());
            all_questions &= q;
            last_question = q;
        }
        f.question_only = all_questions && !block.sentences.is_empty();
        f.ends_in_question = last_question;
        let toks = &doc.tokens[block.tokens.clone()];
        f.lone_quote = !toks.is_empty() && toks.iter().all(|t| doc.in_quote(t.range.start));
    }
    Paragraphs { facts }
}

fn is_question_opener(word: &str) -> bool {
    FUNCTION_WORDS.contains(&word)
}

/// Whether a sentence is a question asked in the reporter's own voice.
fn reporter_question(doc: &Document<'_>, range: std::ops::Range<usize>) -> bool {
    let text = &doc.prose[range.clone()];
    let trimmed = text.trim_end_matches([')', ']']);
    if !trimmed.ends_with('?') {
        return false;
    }
    let pos = trimmed.len() - 1;
    let at = range.start + pos;
    // The question mark and the start of the question are both outside quotes.
    !doc.in_quote(at) && !doc.in_quote(range.start)
}

/// Whether a block is a body paragraph (not a list item, table cell, heading
/// or block quote): where fragments are looked for.
pub(crate) fn is_paragraph(doc: &Document<'_>, bi: usize) -> bool {
    let b = &doc.blocks[bi];
    b.kind == BlockKind::Paragraph && !b.in_blockquote
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Format;

    #[test]
    fn the_ascii_twin_is_for_ascii_and_punctuation_only() {
        assert!(ascii_twin_suffices("By Paula O’Neill — “Reuters” • ▪"));
        for unicode in [
            "Émile Zola",
            "Marta Ilić",
            "in\u{a0}Caracas",
            "e\u{301}",
            "٣",
        ] {
            assert!(!ascii_twin_suffices(unicode), "{unicode}");
        }
    }

    #[test]
    fn facts_tell_questions_quotes_and_names_apart() {
        let doc = Document::parse(
            "Head line\n\nWill the plan work?\n\n\"Who knows?\" she said.\n\n\"We will see.\"\n\nMayor Denise Carver spoke.",
            Format::PlainText,
        );
        let p = Paragraphs::of(&doc);
        let f = &p.facts;
        assert!(f[1].question_only && f[1].names == 0);
        assert!(!f[2].question_only);
        assert!(f[3].lone_quote);
        assert!(!f[2].lone_quote);
        assert_eq!(f[4].names, 1);
    }
}
