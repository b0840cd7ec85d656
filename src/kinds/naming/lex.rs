//! Word sets the naming kinds build from lexicons at compile time.
//!
//! Every list is optional (`lexicon_or_empty`): a missing list makes a rule
//! more conservative, never breaks loading.

use crate::document::{Document, Token};
use crate::kinds::CompileCx;
use crate::phrases::word_hash;
use crate::ruleset::SharedData;
use crate::ruleset::raw::RawEntity;
use rustc_hash::{FxHashMap, FxHashSet};
use std::cell::{Cell, OnceCell};

/// A case-insensitive set of words or phrases (stored lower-case, trailing
/// periods dropped, so "Mr." and "mr" are one entry). Keys are bytes, so a
/// lookup lower-cases into a buffer without checking UTF-8 again.
#[derive(Debug, Default)]
pub(crate) struct Words(FxHashSet<Box<[u8]>>);

impl Words {
    pub fn from_lists<'a, W: AsRef<str> + 'a>(lists: impl IntoIterator<Item = &'a [W]>) -> Words {
        let mut set = FxHashSet::default();
        for list in lists {
            for w in list {
                with_key(w.as_ref(), |key| {
                    if !key.is_empty() {
                        set.insert(key.into());
                    }
                });
            }
        }
        Words(set)
    }

    pub fn lexicons(cx: &CompileCx<'_>, names: &[&str]) -> Words {
        Words::of_data(cx.data, names)
    }

    /// The named lexicons of `data` (missing ones are empty).
    pub fn of_data(data: &SharedData, names: &[&str]) -> Words {
        Words::from_lists(
            names
                .iter()
                .map(|n| data.lexicons.get(*n).map_or(&[][..], Vec::as_slice)),
        )
    }

    pub fn insert(&mut self, word: &str) {
        with_key(word, |key| self.0.insert(key.into()));
    }

    pub fn contains(&self, word: &str) -> bool {
        !self.0.is_empty() && with_key(word, |key| self.0.contains(key))
    }
}

/// Calls `f` with `word` as the sets store it ([`normalize`]: trimmed,
/// lower-case, no trailing period, curly apostrophe straightened), allocating
/// only for non-ASCII words that need changing. Sets build their keys and
/// answer lookups through this one function, so both always agree.
fn with_key<R>(word: &str, f: impl FnOnce(&[u8]) -> R) -> R {
    let w = word.trim().trim_end_matches('.');
    if w.is_ascii() && w.len() <= 64 {
        // The common case, without allocating: lower-case into a buffer.
        let mut buf = [0u8; 64];
        let lower = &mut buf[..w.len()];
        lower.copy_from_slice(w.as_bytes());
        lower.make_ascii_lowercase();
        return f(lower);
    }
    if w.chars().any(char::is_uppercase) || w.contains('\u{2019}') {
        f(normalize(word).as_bytes())
    } else {
        f(w.as_bytes())
    }
}

/// Several word sets in one table: each word maps to the sets it is in (a
/// bit each), so a token is looked up once, not once per set.
#[derive(Debug, Default)]
pub(crate) struct WordClasses(FxHashMap<Box<[u8]>, u16>);

impl WordClasses {
    /// Adds `word` (keyed as [`Words`] keys it) to the set `bit`,
    /// without building the set on its own first.
    pub fn add(&mut self, word: &str, bit: u16) {
        with_key(word, |key| {
            if key.is_empty() {
                return;
            }
            match self.0.get_mut(key) {
                Some(bits) => *bits |= bit,
                None => {
                    self.0.insert(key.into(), bit);
                }
            }
        });
    }

    /// Adds every entry of `words` to the set `bit`.
    pub fn add_all<W: AsRef<str>>(&mut self, words: &[W], bit: u16) {
        self.0.reserve(words.len());
        for w in words {
            self.add(w.as_ref(), bit);
        }
    }

    /// The bits of the sets `word` is in (0 for none).
    pub fn of(&self, word: &str) -> u16 {
        with_key(word, |key| self.0.get(key).copied().unwrap_or(0))
    }
}

fn normalize(word: &str) -> String {
    let w = word.trim().trim_end_matches('.');
    if w.is_ascii() {
        // The common case, in one allocation (same result as below).
        return w.to_ascii_lowercase();
    }
    w.replace('\u{2019}', "'").to_lowercase()
}

/// Whether a name usually takes "the" in running copy ("the United States",
/// "the USA", but "Russia", "Britain").
pub(crate) fn takes_the(name: &str) -> bool {
    let acronym = name.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && name
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase);
    acronym || name.split_whitespace().count() >= 2
}

/// The entity's names a rule may match: `name` and aliases, deduplicated.
pub(crate) fn entity_names(e: &RawEntity) -> Vec<&str> {
    let mut out: Vec<&str> = Vec::with_capacity(1 + e.aliases.len());
    for n in std::iter::once(&e.name).chain(&e.aliases) {
        let n = n.trim();
        if !n.is_empty() && !out.contains(&n) {
            out.push(n);
        }
    }
    out
}

/// Whether `word` also appears in lower case as a whole word (a common
/// noun capitalized at a sentence start, or shouted, not a name).
pub(crate) fn used_lower_case(doc: &Document<'_>, word: &str) -> bool {
    let lower = word.to_lowercase();
    if lower == word {
        return false;
    }
    doc.analysis(|_| LowerCaseWords::default())
        .contains(doc, &lower)
}

/// Answers "is this word written in lower case anywhere?" for one document.
/// The first few questions on a short document search the text for the word
/// (a SIMD substring search, a few hundred instructions); once questions pile
/// up, or on a long document, every lower-case word is hashed into a table
/// once (hashes, so building it allocates nothing per word) and each further
/// question is a lookup. At most eight searches, each over at most 64 KB,
/// so many names in one long document stay linear.
#[derive(Default)]
struct LowerCaseWords {
    asked: Cell<u32>,
    table: OnceCell<FxHashSet<u64>>,
}

/// Questions answered by searching the text before the table pays off.
const SEARCHES_BEFORE_TABLE: u32 = 8;
/// Longest text searched rather than tabulated.
const SEARCHED_TEXT_MAX: usize = 64 * 1024;

impl LowerCaseWords {
    fn contains(&self, doc: &Document<'_>, lower: &str) -> bool {
        let asked = self.asked.get();
        if self.table.get().is_none()
            && asked < SEARCHES_BEFORE_TABLE
            && doc.prose.len() <= SEARCHED_TEXT_MAX
        {
            self.asked.set(asked + 1);
            return Self::search(doc, lower);
        }
        self.table
            .get_or_init(|| Self::tabulate(doc))
            .contains(&word_hash(lower.as_bytes()))
    }

    /// The lower-case words a token shows: itself, and its stem when
    /// possessive ("city's" also shows "city"). None for capitalized,
    /// numeric or mixed-case tokens.
    fn shown<'d>(doc: &'d Document<'_>, t: &Token) -> Option<(&'d str, &'d str)> {
        if t.capitalized || t.numeric {
            return None;
        }
        let w = &doc.prose[t.range.clone()];
        let upper = if w.is_ascii() {
            w.bytes().any(|b| b.is_ascii_uppercase())
        } else {
            w.chars().any(char::is_uppercase)
        };
        (!upper).then(|| (w, crate::document::strip_possessive(w)))
    }

    fn search(doc: &Document<'_>, lower: &str) -> bool {
        let prose = doc.prose.as_bytes();
        let finder = memchr::memmem::Finder::new(lower.as_bytes());
        let mut from = 0;
        while let Some(hit) = finder.find(&prose[from..]) {
            let at = from + hit;
            let i = doc.tokens.partition_point(|t| t.range.start < at);
            if let Some(t) = doc.tokens.get(i).filter(|t| t.range.start == at)
                && Self::shown(doc, t).is_some_and(|(w, stem)| w == lower || stem == lower)
            {
                return true;
            }
            from = at + 1;
        }
        false
    }

    fn tabulate(doc: &Document<'_>) -> FxHashSet<u64> {
        let mut set = FxHashSet::with_capacity_and_hasher(doc.tokens.len() / 2, Default::default());
        for t in &doc.tokens {
            if let Some((w, stem)) = Self::shown(doc, t) {
                set.insert(word_hash(w.as_bytes()));
                if stem.len() != w.len() {
                    set.insert(word_hash(stem.as_bytes()));
                }
            }
        }
        set
    }
}

/// Whether a name is an abbreviation ("US", "U.S.", "E.U.").
pub(crate) fn is_abbreviation(name: &str) -> bool {
    let mut letters = name.chars().filter(|c| c.is_alphabetic()).peekable();
    letters.peek().is_some() && letters.all(char::is_uppercase)
}

/// The word before `offset` in `prose` (same line or not), if any.
pub(crate) fn word_before(prose: &str, offset: usize) -> Option<(usize, &str)> {
    let before = prose[..offset].trim_end_matches([' ', '\t', '\n', '\r']);
    if before.len() == prose[..offset].len() && offset > 0 {
        // Touching: not a separate word.
        return None;
    }
    let start = before
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphanumeric())
        .last()
        .map(|(i, _)| i)?;
    Some((start, &before[start..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_ignore_case_and_periods() {
        let w = Words::from_lists([&["Mr.".to_owned(), "Bologna".to_owned()][..]]);
        assert!(w.contains("Mr") && w.contains("mr.") && w.contains("BOLOGNA"));
        assert!(!w.contains("Ms"));
    }

    #[test]
    fn searching_and_tabulating_agree() {
        use crate::document::Format;
        let text = "Head\n\nThe Rose garden. A rose's thorn, a rosebush, Briar and\nthe nato-led USA; bush.\n";
        let doc = Document::parse(text, Format::PlainText);
        let table = LowerCaseWords::tabulate(&doc);
        for (word, lower) in [
            ("rose", true), // also from "rose's"
            ("briar", false),
            ("bush", true), // not only inside "rosebush"
            ("rosebush", true),
            ("nato", false), // "nato-led" is one token
            ("usa", false),
            ("thorn", true),
            ("garden", true),
            ("head", false),
        ] {
            assert_eq!(LowerCaseWords::search(&doc, word), lower, "{word}");
            assert_eq!(table.contains(&word_hash(word.as_bytes())), lower, "{word}");
        }
        // Past the first few questions, the table answers.
        let words = LowerCaseWords::default();
        for _ in 0..SEARCHES_BEFORE_TABLE + 2 {
            assert!(words.contains(&doc, "rose") && !words.contains(&doc, "briar"));
        }
        assert!(words.table.get().is_some());
    }

    #[test]
    fn article_use() {
        assert!(takes_the("United States") && takes_the("USA") && takes_the("U.K."));
        assert!(!takes_the("Russia") && !takes_the("Britain"));
    }

    #[test]
    fn word_before_skips_space_only() {
        let p = "for the Russian Federation";
        assert_eq!(word_before(p, 8), Some((4, "the")));
        assert_eq!(word_before(p, 0), None);
    }
}
