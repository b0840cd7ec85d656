//! The document model: one article parsed once into blocks, sentences, word
//! tokens, quotations and capitalized name runs, all as byte spans into the
//! original text.
//!
//! Rules only read a [`Document`]. The central trick is `prose`: a copy of the
//! text with the same length in bytes, where everything that is not prose
//! (front matter, code, HTML, link destinations, URLs, shortcodes, Markdown
//! markup) is blanked to spaces, newlines kept. Every offset into `prose` is
//! an offset into the original file, so a rule can run an automaton or a regex
//! over `prose` and report what it finds without any mapping.

mod markdown;
mod names;
mod plain;
mod quotes;
mod sentences;
mod tokens;

use std::any::{Any, TypeId};
use std::cell::RefCell;
use std::ops::Range;
use std::rc::Rc;

pub use names::NameRun;
pub use quotes::{Quote, QuoteMark, QuoteProblem, QuoteProblemKind};
pub use tokens::{Token, strip_possessive};

/// How the source text is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Markdown,
    PlainText,
}

impl Format {
    /// Markdown for `.md`, `.markdown`, `.mdx`; plain text otherwise.
    pub fn from_path(path: &str) -> Format {
        let lower = path.to_ascii_lowercase();
        if [".md", ".markdown", ".mdx", ".mdown", ".mkd"]
            .iter()
            .any(|ext| lower.ends_with(ext))
        {
            Format::Markdown
        } else {
            Format::PlainText
        }
    }
}

/// What a block is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    /// A plain-text file's first line (when a blank line follows it), or the
    /// front matter's `title`.
    Headline,
    Heading(u8),
    Paragraph,
    ListItem,
    TableCell,
}

impl BlockKind {
    /// Body copy: paragraphs, list items and table cells (not headlines or headings).
    pub fn is_body(self) -> bool {
        matches!(
            self,
            BlockKind::Paragraph | BlockKind::ListItem | BlockKind::TableCell
        )
    }
}

/// A leaf block of prose.
#[derive(Debug, Clone)]
pub struct Block {
    pub kind: BlockKind,
    /// From the first to the last prose byte of the block.
    pub range: Range<usize>,
    /// Inside a Markdown block quote (`> `).
    pub in_blockquote: bool,
    /// Indices into [`Document::sentences`].
    pub sentences: Range<usize>,
    /// Indices into [`Document::tokens`].
    pub tokens: Range<usize>,
}

/// A sentence inside one block.
#[derive(Debug, Clone)]
pub struct Sentence {
    pub range: Range<usize>,
    pub block: usize,
    /// Indices into [`Document::tokens`].
    pub tokens: Range<usize>,
}

/// Front-matter fields rules care about.
#[derive(Debug, Clone, Default)]
pub struct FrontMatter {
    /// The byte range of the whole front matter, delimiters included.
    pub range: Range<usize>,
    /// `title`, as a span of the value inside the front matter.
    pub title: Option<Range<usize>>,
    /// `author` or `byline` values.
    pub authors: Vec<String>,
    /// Every top-level `key: value` (or `key = value`) pair, raw.
    pub fields: Vec<(String, String)>,
    /// A nested `copydesk:` block with `skip: true` under it.
    pub copydesk_skip: bool,
}

/// A parsed article.
#[derive(Debug)]
pub struct Document<'a> {
    pub text: &'a str,
    pub prose: String,
    pub format: Format,
    pub front_matter: Option<FrontMatter>,
    pub blocks: Vec<Block>,
    pub sentences: Vec<Sentence>,
    pub tokens: Vec<Token>,
    pub quotes: Vec<Quote>,
    pub quote_problems: Vec<QuoteProblem>,
    pub names: Vec<NameRun>,
    /// Sorted, disjoint content ranges of outermost quotations.
    quoted: Vec<Range<usize>>,
    /// Analyses several rules share, built on first use (see [`Document::analysis`]).
    analyses: RefCell<Vec<(TypeId, Rc<dyn Any>)>>,
}

/// What the format readers hand to the builder: the blanked prose and the
/// leaf blocks found in it.
pub(crate) struct Skeleton {
    pub prose: String,
    pub blocks: Vec<(BlockKind, Range<usize>, bool)>,
    pub front_matter: Option<FrontMatter>,
}

impl<'a> Document<'a> {
    /// Parses `text` once. Never fails: text that is not prose is skipped.
    pub fn parse(text: &'a str, format: Format) -> Document<'a> {
        let skeleton = match format {
            Format::Markdown => markdown::read(text),
            Format::PlainText => plain::read(text),
        };
        let Skeleton {
            mut prose,
            blocks: raw_blocks,
            front_matter,
        } = skeleton;
        blank_urls(&mut prose);

        let mut blocks = Vec::with_capacity(raw_blocks.len());
        // Sized for news copy (about six bytes a word, a hundred and fifty a
        // sentence) so the vectors rarely grow and copy.
        let mut sentences = Vec::with_capacity(prose.len() / 150 + 1);
        let mut tokens = Vec::with_capacity(prose.len() / 6 + 1);
        for (kind, range, in_blockquote) in raw_blocks {
            let range = trim_range(&prose, range);
            if range.is_empty() {
                continue;
            }
            let block_index = blocks.len();
            let token_start = tokens.len();
            tokens::tokenize(&prose, range.clone(), &mut tokens);
            let sentence_start = sentences.len();
            for s in sentences::split(&prose, range.clone()) {
                let first = token_start
                    + tokens[token_start..].partition_point(|t: &Token| t.range.start < s.start);
                let last = token_start
                    + tokens[token_start..].partition_point(|t: &Token| t.range.start < s.end);
                sentences.push(Sentence {
                    range: s,
                    block: block_index,
                    tokens: first..last,
                });
            }
            blocks.push(Block {
                kind,
                range,
                in_blockquote,
                sentences: sentence_start..sentences.len(),
                tokens: token_start..tokens.len(),
            });
        }
        let (quotes, quote_problems) = quotes::find(&prose, &blocks);
        let quoted = quotes::outer_ranges(&quotes);
        let names = names::find(&prose, &sentences, &tokens);
        Document {
            text,
            prose,
            format,
            front_matter,
            blocks,
            sentences,
            tokens,
            quotes,
            quote_problems,
            names,
            quoted,
            analyses: RefCell::new(Vec::new()),
        }
    }

    /// A derived analysis of this document that several rules share (person
    /// mentions, attribution cues), built by the first rule that asks and
    /// reused by the others, so no rule re-scans what another already did.
    /// Keyed by type: one analysis type, one builder.
    pub fn analysis<T: Any>(&self, build: impl FnOnce(&Self) -> T) -> Rc<T> {
        let key = TypeId::of::<T>();
        if let Some(found) = self.analyses.borrow().iter().find(|(k, _)| *k == key)
            && let Ok(rc) = Rc::clone(&found.1).downcast::<T>()
        {
            return rc;
        }
        let built = Rc::new(build(self));
        self.analyses
            .borrow_mut()
            .push((key, built.clone() as Rc<dyn Any>));
        built
    }

    /// The text of a span (from the original).
    pub fn slice(&self, range: Range<usize>) -> &str {
        self.text.get(range).unwrap_or("")
    }

    /// The index of the block containing `offset`.
    pub fn block_at(&self, offset: usize) -> Option<usize> {
        let i = self.blocks.partition_point(|b| b.range.end <= offset);
        (i < self.blocks.len() && self.blocks[i].range.start <= offset).then_some(i)
    }

    /// The index of the sentence containing `offset`.
    pub fn sentence_at(&self, offset: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.range.end <= offset);
        (i < self.sentences.len() && self.sentences[i].range.start <= offset).then_some(i)
    }

    /// Whether `offset` lies inside a direct quotation (between its marks).
    pub fn in_quote(&self, offset: usize) -> bool {
        let i = self.quoted.partition_point(|r| r.end <= offset);
        i < self.quoted.len() && self.quoted[i].start <= offset
    }

    /// The outermost quotations' content ranges, sorted.
    pub fn quoted_ranges(&self) -> &[Range<usize>] {
        &self.quoted
    }

    /// The text of a token.
    pub fn token_text(&self, index: usize) -> &str {
        &self.prose[self.tokens[index].range.clone()]
    }

    /// The word tokens starting inside `range` (a binary search, not a scan).
    pub fn tokens_in(&self, range: Range<usize>) -> &[Token] {
        let first = self.tokens.partition_point(|t| t.range.start < range.start);
        let last = first + self.tokens[first..].partition_point(|t| t.range.start < range.end);
        &self.tokens[first..last]
    }

    /// Word tokens of a sentence.
    pub fn sentence_tokens(&self, sentence: usize) -> &[Token] {
        &self.tokens[self.sentences[sentence].tokens.clone()]
    }

    /// Whether the block at `index` is body copy.
    pub fn is_body(&self, index: usize) -> bool {
        self.blocks[index].kind.is_body()
    }
}

/// Shrinks a range to its first and last non-whitespace byte.
fn trim_range(text: &str, range: Range<usize>) -> Range<usize> {
    let slice = &text[range.clone()];
    let start = range.start + (slice.len() - slice.trim_start().len());
    let end = range.start + slice.trim_end().len();
    if start >= end {
        start..start
    } else {
        start..end
    }
}

/// Blanks bare URLs (`https://...`, `www....`) and e-mail addresses: they are
/// not prose, and their dots and capitals would confuse every rule.
fn blank_urls(prose: &mut String) {
    use std::sync::LazyLock;
    static URL: LazyLock<regex::Regex> = LazyLock::new(|| {
        regex::Regex::new(
            // ASCII word boundaries keep the regex on its fast DFA even in
            // text full of curly quotes; URLs and addresses are ASCII anyway.
            r"(?i)(?-u:\b)(?:https?://|ftp://|www\.)[^\s<>\x22]+|(?-u:\b)[A-Za-z0-9_.+-]+@[A-Za-z0-9-]+\.[A-Za-z0-9.-]+[A-Za-z0-9]",
        )
        .expect("URL pattern is valid")
    });
    let bytes = prose.as_bytes();
    let maybe = memchr::memmem::find(bytes, b"://").is_some()
        || memchr::memchr(b'@', bytes).is_some()
        || memchr::memmem::find(bytes, b"www.").is_some()
        || memchr::memmem::find(bytes, b"WWW.").is_some();
    if !maybe {
        return;
    }
    let spans: Vec<Range<usize>> = URL
        .find_iter(prose)
        .map(|m| m.start()..m.start() + url_len(m.as_str()))
        .collect();
    blank_spans(prose, &spans);
}

/// A URL's length without the closing bracket or sentence punctuation that
/// follows it in prose ("(see https://x.org/a)."): a `)` or `]` stays in the
/// URL only when it closes one opened inside it ("/wiki/Mercury_(planet)").
fn url_len(url: &str) -> usize {
    let mut end = url.len();
    loop {
        let s = &url[..end];
        let Some(last) = s.chars().next_back() else {
            return end;
        };
        let unbalanced = |open: char, close: char| {
            last == close && s.matches(open).count() < s.matches(close).count()
        };
        if matches!(
            last,
            '.' | ',' | ';' | ':' | '!' | '?' | '\'' | '\u{2019}' | '\u{201D}'
        ) || unbalanced('(', ')')
            || unbalanced('[', ']')
        {
            end -= last.len_utf8();
        } else {
            return end;
        }
    }
}

/// Replaces every byte of the given char-aligned ranges with a space, keeping
/// line breaks. The result stays valid UTF-8 because whole chars are replaced.
pub(crate) fn blank_spans(prose: &mut String, spans: &[Range<usize>]) {
    if spans.is_empty() {
        return;
    }
    let mut bytes = std::mem::take(prose).into_bytes();
    for span in spans {
        blank_bytes(&mut bytes, span.clone());
    }
    *prose = String::from_utf8(bytes).unwrap_or_default();
}

/// Blanks a range of a byte buffer, keeping line breaks.
pub(crate) fn blank_bytes(bytes: &mut [u8], range: Range<usize>) {
    let end = range.end.min(bytes.len());
    for b in &mut bytes[range.start.min(end)..end] {
        if *b != b'\n' && *b != b'\r' {
            *b = b' ';
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn format_follows_the_extension() {
        assert_eq!(Format::from_path("a/b.MD"), Format::Markdown);
        assert_eq!(Format::from_path("post.markdown"), Format::Markdown);
        assert_eq!(Format::from_path("story.txt"), Format::PlainText);
    }

    #[test]
    fn urls_are_not_prose() {
        let doc = Document::parse(
            "Headline\n\nSee https://example.com/a.b?c=D for more.",
            Format::PlainText,
        );
        assert!(!doc.prose.contains("example"));
        assert_eq!(doc.prose.len(), doc.text.len());
        assert_eq!(doc.sentences.len(), 2);
    }

    #[test]
    fn urls_leave_closing_brackets_and_periods_in_the_prose() {
        let text = "Head\n\nSee the filing (https://example.com/a). Or [www.x.org/wiki/A_(b)].";
        let doc = Document::parse(text, Format::PlainText);
        assert!(doc.prose.contains(").") && doc.prose.contains(" ].") && !doc.prose.contains("(b"));
        assert!(!doc.prose.contains("example") && !doc.prose.contains("wiki"));
    }

    #[test]
    fn analyses_are_built_once() {
        let doc = Document::parse("Headline\n\nBody.", Format::PlainText);
        let mut calls = 0;
        let a = doc.analysis(|d| {
            calls += 1;
            d.sentences.len()
        });
        let b = doc.analysis(|_: &Document| -> usize { unreachable!("cached") });
        assert_eq!((*a, *b, calls), (2, 2, 1));
    }

    #[test]
    fn quote_lookup_is_by_offset() {
        let text = "Headline\n\n\"We will win,\" she said.";
        let doc = Document::parse(text, Format::PlainText);
        assert!(doc.in_quote(text.find("win").unwrap()));
        assert!(!doc.in_quote(text.find("said").unwrap()));
    }
}
