//! Person mentions, found once per document and shared by the
//! `first-reference` and `courtesy-title` kinds.
//!
//! The raw material is the document's capitalized name runs. Each run is cut
//! after a possessive ("Donald Trump's United States" is two names), leading
//! function words are dropped ("But Brussels"), everything up to the last
//! title word is the title ("Venezuelan President Nicolas Maduro",
//! "Secretary of State Mike Pompeo", "Ms Doyle"), and trailing suffixes go
//! ("Jr."). What is left is the name: two or more words make a full name,
//! one word a bare surname. Mentions are grouped by their last word, the
//! surname.
//!
//! Words the lexicons know are not people (countries, places, demonyms,
//! organization words, months, days, common words) are never surnames. Each
//! bare mention also records whether it acts as a person (the subject of a
//! speech or action verb: "Pompeo demanded", "Duque was asked", "said
//! Whitfield") and whether anything shows it is not one ("in Bologna",
//! "Udinese midfielder", "Brightloop, the California-based maker",
//! "Critics say").

use super::lex::{WordClasses, Words};
use crate::document::{Document, Token, strip_possessive};
use crate::kinds::{CompileCx, Lazy};
use crate::ruleset::SharedData;
use rustc_hash::FxHashMap as HashMap;
use std::cell::Cell;
use std::ops::Range;
use std::sync::Arc;

/// The word lists the person analysis reads: all but `dotted` in one table,
/// a bit per list (see [`class`]), so each token is looked up once.
#[derive(Debug, Default)]
pub(crate) struct PeopleLexicon {
    classes: WordClasses,
    /// Courtesy titles the lexicon also lists with a period ("Mr.").
    dotted: Words,
}

/// The lists of [`PeopleLexicon::classes`], one bit each.
mod class {
    /// Words of person titles ("President", "Secretary").
    pub const TITLE: u16 = 1;
    /// Courtesy titles ("Mr", "Ms").
    pub const COURTESY: u16 = 1 << 1;
    pub const GIVEN: u16 = 1 << 2;
    /// Name suffixes ("Jr", "III").
    pub const SUFFIX: u16 = 1 << 3;
    /// Places, demonyms, entities and other capitalized non-names.
    pub const NOT_PERSON: u16 = 1 << 4;
    /// Words that make a name an organization ("Department", "maker").
    pub const ORG: u16 = 1 << 5;
    /// Function words that open a capitalized run ("But", "The").
    pub const FUNCTION: u16 = 1 << 6;
    /// Verbs a person is the subject of ("said", "demanded").
    pub const VERB: u16 = 1 << 7;
    /// Words before a bare name that show it is not a person ("in").
    pub const CUE: u16 = 1 << 8;
}

impl PeopleLexicon {
    /// The lists `word` is on, as [`class`] bits.
    fn class(&self, word: &str) -> u16 {
        self.classes.of(word)
    }
}

/// Auxiliaries and adverbs that may stand between a subject and its verb
/// ("Duque was asked", "Smith also said"). Grammar, not house style.
const BETWEEN: &[&str] = &[
    "was",
    "is",
    "has",
    "had",
    "have",
    "will",
    "would",
    "could",
    "can",
    "may",
    "might",
    "should",
    "must",
    "did",
    "does",
    "been",
    "also",
    "then",
    "later",
    "again",
    "never",
    "not",
    "once",
    "still",
    "previously",
    "earlier",
    "repeatedly",
    "quickly",
    "recently",
    "himself",
    "herself",
];

/// Plural verb forms: a subject they follow is not one person ("Critics say").
const PLURAL_VERBS: &[&str] = &[
    "say", "are", "were", "have", "do", "tell", "believe", "argue", "warn",
];

/// Speech verbs that may come before their subject ("said Whitfield").
const INVERTED_SPEECH: &[&str] = &["said", "says", "asked", "added", "wrote", "continued"];

/// Whether a word can be a surname: two or more letters, not all capitals
/// ("CNN"), no contraction ("I've"), no inner capital unless after a
/// surname prefix ("McDonald", "DeSantis", "O'Neill", not "WikiLeaks").
fn plausible_surname(word: &str) -> bool {
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    if letters < 2 || word.contains('.') || !word.chars().any(char::is_lowercase) {
        return false;
    }
    let mut prev: Option<char> = None;
    for (i, c) in word.char_indices() {
        if matches!(prev, Some('\'' | '\u{2019}')) && c.is_lowercase() {
            return false; // a contraction
        }
        if i > 0 && c.is_uppercase() && !matches!(prev, Some('-' | '\'' | '\u{2019}')) {
            let head = &word[..i];
            if ![
                "Mc", "Mac", "De", "Di", "Da", "La", "Le", "Van", "Von", "Du",
            ]
            .contains(&head)
            {
                return false;
            }
        }
        prev = Some(c);
    }
    true
}

/// Words that end an appositive's head noun phrase.
const APPOSITIVE_STOPS: &[&str] = &[
    "of", "at", "in", "for", "with", "from", "on", "that", "who", "which", "and", "whose", "to",
];

impl PeopleLexicon {
    /// Whether the courtesy title is ever written with a period.
    pub fn takes_period(&self, title: &str) -> bool {
        self.dotted.contains(title)
    }

    /// The lexicon, built on a background thread once per load (rules ask
    /// for it while compiling; checks wait for it if they come first).
    pub fn shared(cx: &mut CompileCx<'_>) -> Arc<Lazy<PeopleLexicon>> {
        cx.shared(|cx| {
            let data = Arc::clone(cx.data);
            let lazy = Lazy::new(move || PeopleLexicon::new(&data));
            lazy.warm();
            lazy
        })
    }

    pub fn new(data: &SharedData) -> PeopleLexicon {
        let lexicon = |name: &str| data.lexicons.get(name).map_or(&[][..], Vec::as_slice);
        let mut classes = WordClasses::default();
        // Every word of the person titles (for multi-word titles such as
        // "Secretary of State"), except lower-case words, which never start
        // a title run.
        for entry in lexicon("person-titles") {
            for w in entry.split_whitespace() {
                if w.chars().next().is_some_and(char::is_uppercase) {
                    classes.add(w, class::TITLE);
                }
            }
        }
        for (names, bit) in [
            (&["courtesy-titles"][..], class::COURTESY),
            (&["given-names"], class::GIVEN),
            (&["name-suffixes"], class::SUFFIX),
            (
                &[
                    "places",
                    "demonyms",
                    "non-person-words",
                    "organization-words",
                    "name-function-words",
                ],
                class::NOT_PERSON,
            ),
            (&["organization-words", "organization-nouns"], class::ORG),
            (&["name-function-words"], class::FUNCTION),
            (&["person-verbs"], class::VERB),
            (&["non-person-cues"], class::CUE),
        ] {
            for name in names {
                classes.add_all(lexicon(name), bit);
            }
        }
        for s in ["Jr", "Sr", "II", "III", "IV"] {
            classes.add(s, class::SUFFIX);
        }
        for e in &data.entities {
            for n in std::iter::once(&e.name).chain(&e.aliases) {
                classes.add(n, class::NOT_PERSON);
            }
            if let Some(a) = &e.acronym {
                classes.add(a, class::NOT_PERSON);
            }
        }
        let dotted: Vec<&str> = lexicon("courtesy-titles")
            .iter()
            .map(|t| t.as_ref())
            .filter(|t| t.ends_with('.'))
            .collect();
        PeopleLexicon {
            classes,
            dotted: Words::from_lists([&dotted[..]]),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Form {
    /// The surname alone.
    Bare,
    /// Given name(s) and surname, with or without a title.
    Full,
    /// A title and the surname ("President Maduro", "Ms Doyle").
    Titled,
}

/// A courtesy title before a name, period included when there is one.
#[derive(Debug, Clone)]
pub(crate) struct Courtesy {
    pub span: Range<usize>,
    pub title: String,
    pub dot: bool,
}

#[derive(Debug, Clone)]
pub(crate) struct Mention {
    /// Title (if any) through surname, possessive left out.
    pub span: Range<usize>,
    /// The surname, possessive left out.
    pub surname: Range<usize>,
    pub form: Form,
    pub courtesy: Option<Courtesy>,
    /// In body copy (not a headline or heading).
    pub body: bool,
    pub quoted: bool,
    /// The subject or object of a speech or action verb.
    pub acting: bool,
    /// Modifies a noun ("the Trump campaign"): not a reference to the person.
    pub modifier: bool,
    /// A full name that surely names a person: a title, a known given name
    /// or an initial.
    pub strong: bool,
}

#[derive(Debug)]
pub(crate) struct Person {
    pub surname: String,
    pub mentions: Vec<Mention>,
    /// Something shows the bare word is not a person.
    pub not_person: bool,
    /// The bare word is a known given name.
    pub given_name: bool,
}

#[derive(Debug, Default)]
pub(crate) struct People {
    pub persons: Vec<Person>,
}

impl People {
    /// The analysis of `doc`, built by the first rule that asks.
    pub fn of(doc: &Document<'_>, lex: &PeopleLexicon) -> std::rc::Rc<People> {
        doc.analysis(|d| People::build(d, lex))
    }

    fn build(doc: &Document<'_>, lex: &PeopleLexicon) -> People {
        let mut b = Builder {
            doc,
            lex,
            by_name: HashMap::default(),
            people: People::default(),
            deck: deck(doc),
            classes: vec![Cell::new(UNCLASSED); doc.tokens.len()],
        };
        for run in &doc.names {
            let mut start = run.tokens.start;
            for i in run.tokens.clone() {
                let text = doc.token_text(i);
                if strip_possessive(text).len() != text.len() || i + 1 == run.tokens.end {
                    b.segment(start..i + 1, run.sentence);
                    start = i + 1;
                }
            }
        }
        b.people
    }
}

struct Builder<'d, 'a> {
    doc: &'d Document<'a>,
    lex: &'d PeopleLexicon,
    by_name: HashMap<String, usize>,
    people: People,
    deck: Option<usize>,
    /// Each token's [`class`] bits, looked up once: the segmenting asks
    /// about most tokens more than once.
    classes: Vec<Cell<u16>>,
}

/// A token not looked up yet (no word is on every list).
const UNCLASSED: u16 = u16::MAX;

/// A deck (subheadline): a short one-sentence paragraph right after the
/// headline. Like the headline it is display type, where surnames alone are
/// the norm.
fn deck(doc: &Document<'_>) -> Option<usize> {
    let headline = doc
        .blocks
        .iter()
        .position(|b| b.kind == crate::document::BlockKind::Headline)?;
    let next = headline + 1;
    let b = doc.blocks.get(next)?;
    (b.kind == crate::document::BlockKind::Paragraph
        && b.sentences.len() == 1
        && b.tokens.len() <= 16)
        .then_some(next)
}

impl Builder<'_, '_> {
    fn text(&self, i: usize) -> &str {
        self.doc.token_text(i)
    }

    /// The lists token `i` is on.
    fn class(&self, i: usize) -> u16 {
        let memo = &self.classes[i];
        if memo.get() == UNCLASSED {
            memo.set(self.lex.class(self.text(i)));
        }
        memo.get()
    }

    fn tok(&self, i: usize) -> &Token {
        &self.doc.tokens[i]
    }

    /// The text between two tokens.
    fn gap(&self, a: usize, b: usize) -> &str {
        &self.doc.prose[self.tok(a).range.end..self.tok(b).range.start]
    }

    fn segment(&mut self, toks: Range<usize>, sentence: usize) {
        let lex = self.lex;
        let mut i = toks.start;
        // "But Brussels".
        while i < toks.end && self.class(i) & class::FUNCTION != 0 {
            i += 1;
        }
        if i >= toks.end {
            return;
        }
        // Everything up to the last title word (before any given name) is title.
        let mut name_start = i;
        let mut titled = false;
        let mut courtesy = None;
        for j in i..toks.end - 1 {
            let word = self.text(j);
            let c = self.class(j);
            if c & class::GIVEN != 0 {
                break;
            }
            let is_courtesy = c & class::COURTESY != 0;
            if is_courtesy || c & class::TITLE != 0 {
                name_start = j + 1;
                titled = true;
                courtesy = is_courtesy.then(|| {
                    let dot = self.gap(j, j + 1).starts_with('.');
                    let r = self.tok(j).range.clone();
                    Courtesy {
                        span: r.start..r.end + usize::from(dot),
                        title: word.to_owned(),
                        dot,
                    }
                });
            }
        }
        // "Secretary of State": lower-case particles after a title.
        while name_start < toks.end && !self.tok(name_start).capitalized {
            name_start += 1;
        }
        let mut end = toks.end;
        while end > name_start + 1
            && lex.class(strip_possessive(self.text(end - 1))) & class::SUFFIX != 0
        {
            end -= 1;
        }
        if name_start >= end {
            return;
        }
        let last_tok = self.tok(end - 1).clone();
        let last = strip_possessive(&self.doc.prose[last_tok.range.clone()]);
        if !plausible_surname(last) {
            return;
        }
        // "Department of Justice", "Podesta Group": an organization.
        if (name_start..end).any(|j| self.class(j) & class::ORG != 0) {
            return;
        }
        let surname = last_tok.range.start..last_tok.range.start + last.len();
        let name_text = &self.doc.prose[self.tok(name_start).range.start..surname.end];
        let last_class = lex.class(last);
        if last_class & class::NOT_PERSON != 0
            || (name_text != last && lex.class(name_text) & class::NOT_PERSON != 0)
        {
            return;
        }
        let words = end - name_start;
        let first = self.text(name_start);
        let first_class = self.class(name_start);
        let form = if words >= 2 {
            if first_class & class::NOT_PERSON != 0 || self.tok(name_start).all_caps {
                return;
            }
            Form::Full
        } else if titled {
            Form::Titled
        } else {
            Form::Bare
        };
        let strong = form == Form::Full
            && (titled
                || first_class & class::GIVEN != 0
                || first.trim_end_matches('.').chars().count() == 1);
        let block = self.doc.sentences[sentence].block;
        let span_start = if titled {
            self.tok(toks.start.max(i)).range.start
        } else {
            self.tok(name_start).range.start
        };
        let sentence_toks = self.doc.sentences[sentence].tokens.clone();
        let (acting, against, modifier) = if form == Form::Bare {
            self.evidence(end - 1, &sentence_toks)
        } else {
            (false, false, false)
        };
        let mention = Mention {
            span: span_start..surname.end,
            surname,
            form,
            courtesy: courtesy.filter(|c| c.span.end + 1 >= self.tok(name_start).range.start),
            body: self.doc.is_body(block) && Some(block) != self.deck,
            modifier,
            quoted: self.doc.in_quote(last_tok.range.start),
            acting,
            strong,
        };
        let index = *self.by_name.entry(last.to_owned()).or_insert_with(|| {
            self.people.persons.push(Person {
                surname: last.to_owned(),
                mentions: Vec::new(),
                not_person: false,
                given_name: last_class & class::GIVEN != 0,
            });
            self.people.persons.len() - 1
        });
        let person = &mut self.people.persons[index];
        person.not_person |= against;
        person.mentions.push(mention);
    }

    /// For a bare word at token `k`: whether it acts as a person, whether
    /// its neighbours show it is not one, and whether it modifies a noun.
    fn evidence(&self, k: usize, sentence: &Range<usize>) -> (bool, bool, bool) {
        let lex = self.lex;
        let mut acting = false;
        let mut against = false;
        let mut modifier = false;
        let plain = |gap: &str| gap.chars().all(|c| c == ' ' || c == '\n');
        // Before: "said Whitfield"; "in Bologna", "the Udinese".
        if k > sentence.start && plain(self.gap(k - 1, k)) {
            let prev = self.text(k - 1);
            if !self.tok(k - 1).capitalized {
                acting |= INVERTED_SPEECH.contains(&prev);
                // "in Bologna"; "the newspaper Haaretz".
                against |= self.class(k - 1) & (class::CUE | class::ORG) != 0;
            }
        }
        // After: "Pompeo demanded", "Duque was asked"; "Udinese midfielder".
        let mut j = k + 1;
        let mut skipped = 0;
        if j < sentence.end && plain(self.gap(k, j)) && self.tok(j).capitalized {
            // "Mercury LLC".
            against |= self.class(j) & class::ORG != 0;
        }
        while j < sentence.end && plain(self.gap(j - 1, j)) && !self.tok(j).capitalized {
            let word = self.text(j);
            let c = self.class(j);
            if c & class::VERB != 0 {
                if skipped == 0 && PLURAL_VERBS.contains(&word) {
                    against = true;
                } else {
                    acting = true;
                }
                break;
            }
            if BETWEEN.contains(&word) || word.ends_with("ly") {
                j += 1;
                skipped += 1;
                continue;
            }
            if skipped == 0
                && !self.tok(j).numeric
                && c & class::FUNCTION == 0
                && !word.ends_with("ed")
            {
                // A modifier: "Udinese midfielder", "the Trump campaign".
                against = true;
                modifier = true;
            }
            break;
        }
        // Appositive: "Brightloop, the California-based maker of ...".
        if k + 2 < sentence.end && self.gap(k, k + 1).trim() == "," {
            let det = self.text(k + 1);
            if matches!(det, "the" | "a" | "an") {
                let mut head = None;
                let mut j = k + 2;
                while j < sentence.end && j < k + 10 {
                    let word = self.text(j);
                    if APPOSITIVE_STOPS.contains(&word) {
                        break;
                    }
                    head = Some(word);
                    if j + 1 >= sentence.end || !plain(self.gap(j, j + 1)) {
                        break;
                    }
                    j += 1;
                }
                if let Some(head) = head {
                    against |= lex.class(head) & class::ORG != 0;
                }
            }
        }
        (acting, against, modifier)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Format;

    fn lexicon() -> PeopleLexicon {
        let mut classes = WordClasses::default();
        for (words, bit) in [
            (
                &["President", "Secretary", "State", "Minister"][..],
                class::TITLE,
            ),
            (&["Mr", "Ms", "Dr"], class::COURTESY),
            (&["Juan", "Mike", "Amina"], class::GIVEN),
            (&["Jr"], class::SUFFIX),
            (
                &["Venezuela", "Venezuelan", "But", "Bologna", "Wednesday"],
                class::NOT_PERSON,
            ),
            (&["maker", "company"], class::ORG),
            (&["but", "the", "as", "in"], class::FUNCTION),
            (
                &["said", "says", "say", "told", "demanded", "asked"],
                class::VERB,
            ),
            (&["in", "the", "from"], class::CUE),
        ] {
            classes.add_all(words, bit);
        }
        PeopleLexicon {
            classes,
            dotted: Words::from_lists([&["Mr.", "Ms.", "Dr."][..]]),
        }
    }

    type Summary = Vec<(String, Vec<(Form, String, bool)>, bool)>;

    fn people(text: &str) -> Summary {
        let doc = Document::parse(text, Format::PlainText);
        let p = People::build(&doc, &lexicon());
        p.persons
            .iter()
            .filter(|p| p.mentions.iter().any(|m| m.body))
            .map(|p| {
                (
                    p.surname.clone(),
                    p.mentions
                        .iter()
                        .map(|m| (m.form, text[m.span.clone()].to_owned(), m.acting))
                        .collect(),
                    p.not_person,
                )
            })
            .collect()
    }

    #[test]
    fn titles_possessives_and_bare_names() {
        let got = people(
            "Head\n\nSecretary of State Mike Pompeo met Venezuelan President Juan Guaido's aides. \
             Guaido was asked about it. Ms Doyle said no.",
        );
        assert_eq!(
            got,
            vec![
                (
                    "Pompeo".into(),
                    vec![(Form::Full, "Secretary of State Mike Pompeo".into(), false)],
                    false
                ),
                (
                    "Guaido".into(),
                    vec![
                        (Form::Full, "Venezuelan President Juan Guaido".into(), false),
                        (Form::Bare, "Guaido".into(), true)
                    ],
                    false
                ),
                (
                    "Doyle".into(),
                    vec![(Form::Titled, "Ms Doyle".into(), false)],
                    false
                ),
            ]
        );
    }

    #[test]
    fn organizations_used_bare_are_not_people() {
        let got = people(
            "Head\n\nUdinese midfielder Ferrante left. Udinese said no. \
             Acme, the California-based maker of apps, said yes.",
        );
        let udinese = got.iter().find(|p| p.0 == "Udinese").unwrap();
        assert!(udinese.2);
        let acme = got.iter().find(|p| p.0 == "Acme").unwrap();
        assert!(acme.2);
        assert!(!got.iter().any(|p| p.0 == "Bologna"));
    }
}
