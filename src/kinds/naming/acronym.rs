//! `kind = "acronym"`: an acronym used before its expansion ("GSCP" on line
//! 5, "General Secretariat for Civil Protection (GSCP)" on line 15), or never
//! expanded at all.
//!
//! An expansion is a run of words in one sentence whose initials spell the
//! acronym, skipping "of", "for", "and", "the" (which may also supply a
//! letter: "Department of Justice"), matched case-insensitively across line
//! breaks; acronyms of three letters or fewer need capitalized words. An
//! entity's `name` and aliases also count as its acronym's expansion.
//! Acronyms house style allows bare (the `bare-acronyms` lexicon, the rule's
//! `allow` option, entities with `bare_ok = true`, all-caps entity names
//! such as "US") are never flagged. "Never expanded" is reported only for
//! acronyms of `min-length` letters or more (default 3).

use super::lex::{Words, used_lower_case};
use crate::document::{BlockKind, Document};
use crate::kinds::{Check, CheckCx, CompileCx, CompileResult};
use rustc_hash::FxHashMap as HashMap;
use std::ops::Range;

#[derive(Debug)]
struct Acronym {
    allowed: Words,
    /// Phrase tag -> the acronym whose entity name (registered in the
    /// shared automaton under that tag) expands it.
    expanded_by_tag: Vec<String>,
    min_length: usize,
    never_expanded: bool,
}

pub(super) fn compile(cx: &mut CompileCx<'_>) -> CompileResult {
    cx.allow_options(&["allow", "min-length", "never-expanded"])?;
    let mut allowed = Words::lexicons(cx, &["bare-acronyms"]);
    for a in cx.option_list("allow")?.unwrap_or_default() {
        allowed.insert(a);
    }
    let mut expansions: HashMap<String, Vec<String>> = HashMap::default();
    for e in &cx.data.entities {
        for n in std::iter::once(&e.name).chain(&e.aliases) {
            if is_acronym_text(n) {
                allowed.insert(n);
            }
        }
        if let Some(a) = &e.acronym {
            if e.bare_ok {
                allowed.insert(a);
            } else {
                let names = std::iter::once(&e.name)
                    .chain(&e.aliases)
                    .filter(|n| *n != a && !is_acronym_text(n))
                    .cloned();
                expansions.entry(a.clone()).or_default().extend(names);
            }
        }
    }
    let min_length = cx.option_int("min-length")?.unwrap_or(3).max(2) as usize;
    // Entity names that expand an acronym go into the shared automaton: one
    // pass over the text finds them all, whatever the number of acronyms.
    let mut expanded_by_tag = Vec::new();
    let mut acronyms: Vec<_> = expansions.into_iter().collect();
    acronyms.sort();
    for (acronym, names) in acronyms {
        for n in names {
            cx.phrases
                .add(cx.owner, expanded_by_tag.len() as u32, &n, false);
        }
        expanded_by_tag.push(acronym);
    }
    Ok(Box::new(Acronym {
        allowed,
        expanded_by_tag,
        min_length,
        never_expanded: cx.option_bool("never-expanded")?.unwrap_or(true),
    }))
}

fn is_acronym_text(s: &str) -> bool {
    let letters = s.chars().filter(|c| c.is_alphabetic());
    s.chars().filter(|c| c.is_alphabetic()).count() >= 2 && letters.clone().all(char::is_uppercase)
}

const SKIPPABLE: &[&str] = &[
    "of", "for", "and", "the", "on", "in", "de", "du", "des", "&", "to",
];

/// Whether an expansion may skip `word`. (No char outside ASCII lower-cases
/// to a letter of these words, so comparing ASCII case-insensitively is
/// lower-casing without the allocation.)
fn is_skippable(word: &str) -> bool {
    SKIPPABLE.iter().any(|s| s.eq_ignore_ascii_case(word))
}

/// The acronym a token spells, if it is one: two to six capitals, an
/// optional plural "s" ("NGOs"), a hyphenated suffix dropped ("COVID-19").
fn acronym_of(word: &str) -> Option<&str> {
    // Every acronym opens on two ASCII capitals: most words fail here.
    if !word.as_bytes().get(..2)?.iter().all(u8::is_ascii_uppercase) {
        return None;
    }
    let word = word.split('-').next()?;
    let core = word.strip_suffix('s').unwrap_or(word);
    let n = core.chars().count();
    if !(2..=6).contains(&n) || !core.chars().all(|c| c.is_ascii_uppercase()) {
        return None;
    }
    if core.chars().all(|c| "IVXLCDM".contains(c)) {
        return None; // Roman numerals
    }
    Some(core)
}

/// Whether the token at `start` is part of a dateline ("ATHENS —") or an
/// all-caps line.
fn shouting(doc: &Document<'_>, start: usize) -> bool {
    if let Some(b) = doc.block_at(start) {
        let block = &doc.blocks[b];
        let mut cut = block.range.end.min(block.range.start + 80);
        while !doc.prose.is_char_boundary(cut) {
            cut -= 1;
        }
        let head = &doc.prose[block.range.start..cut];
        if let Some(dash) = head
            .find(['\u{2014}', '\u{2013}'])
            .or_else(|| head.find(" -- "))
            && start < block.range.start + dash
        {
            return true;
        }
    }
    let Some(s) = doc.sentence_at(start) else {
        return false;
    };
    let toks = doc.sentence_tokens(s);
    let words = toks.iter().filter(|t| !t.numeric).count();
    let caps = toks.iter().filter(|t| t.all_caps).count();
    words >= 3 && caps * 2 > words
}

/// Capitalized body words where an expansion can start, each with the end
/// of its sentence's tokens, filed by the first two letters they can spell
/// (the word's initial, then the next hyphen part's or a following word's,
/// skipping the small words an expansion may skip), and kept in text order
/// within each key. Built once per document, so looking for an acronym's
/// expansion visits only the words that could begin it: with one letter of
/// filing, a long document's hundreds of unexpanded acronyms each walked
/// thousands of capitalized words. Sorted vectors, not maps of vectors: one
/// allocation each instead of one per key.
struct ExpansionStarts {
    /// Keyed by the initial alone (and [`NO_SECOND`]).
    by_first: Vec<Start>,
    by_pair: Vec<Start>,
}

/// Two letters, a token index, the end of its sentence's tokens.
type Start = ((char, char), usize, usize);

/// The second key letter of a one-letter filing.
const NO_SECOND: char = '\0';

fn initials(word: &str) -> impl Iterator<Item = char> + '_ {
    word.split('-')
        .filter_map(|p| p.chars().next())
        .flat_map(char::to_lowercase)
}

/// The entries filed under `key` in a vector sorted by key.
fn filed(entries: &[Start], key: (char, char)) -> &[Start] {
    let lo = entries.partition_point(|e| e.0 < key);
    let hi = lo + entries[lo..].partition_point(|e| e.0 == key);
    &entries[lo..hi]
}

impl ExpansionStarts {
    fn of(doc: &Document<'_>) -> ExpansionStarts {
        let mut by_first = Vec::new();
        let mut by_pair = Vec::new();
        let mut seconds: Vec<char> = Vec::new();
        for s in &doc.sentences {
            if !doc.is_body(s.block) {
                continue;
            }
            for i in s.tokens.clone() {
                let t = &doc.tokens[i];
                if !t.capitalized || t.all_caps || t.numeric {
                    continue;
                }
                let mut own = initials(doc.token_text(i));
                let Some(first) = own.next() else {
                    continue;
                };
                by_first.push(((first, NO_SECOND), i, s.tokens.end));
                seconds.clear();
                seconds.extend(own.next());
                let mut j = i + 1;
                while j < s.tokens.end
                    && doc.prose[doc.tokens[j - 1].range.end..doc.tokens[j].range.start]
                        .trim()
                        .is_empty()
                {
                    let word = doc.token_text(j);
                    seconds.extend(initials(word).next());
                    if !is_skippable(word) {
                        break;
                    }
                    j += 1;
                }
                seconds.sort_unstable();
                seconds.dedup();
                for &second in &seconds {
                    by_pair.push(((first, second), i, s.tokens.end));
                }
            }
        }
        // Stable: text order is kept within a key.
        by_first.sort_by_key(|e| e.0);
        by_pair.sort_by_key(|e| e.0);
        ExpansionStarts { by_first, by_pair }
    }
}

/// The first expansion of `acronym`: capitalized words whose initials spell
/// it, or a known entity name for it (`by_name`), whichever comes first.
fn find_expansion(
    doc: &Document<'_>,
    starts: &ExpansionStarts,
    acronym: &str,
    by_name: Option<Range<usize>>,
) -> Option<Range<usize>> {
    let letters: Vec<char> = acronym.chars().map(|c| c.to_ascii_lowercase()).collect();
    let need_caps = letters.len() <= 3;
    let mut best: Option<Range<usize>> = None;
    let candidates = match letters.as_slice() {
        [] => &[][..],
        [only] => filed(&starts.by_first, (*only, NO_SECOND)),
        [a, b, ..] => filed(&starts.by_pair, (*a, *b)),
    };
    for &(_, i, end) in candidates {
        if let Some(last) = spell(doc, i, end, &letters, 0, need_caps, true) {
            best = Some(doc.tokens[i].range.start..doc.tokens[last].range.end);
            break;
        }
    }
    if let Some(n) = by_name
        && best.as_ref().is_none_or(|b| n.start < b.start)
    {
        best = Some(n);
    }
    best
}

/// Whether tokens from `i` spell `letters[pos..]`; the index of the last
/// token used when they do.
fn spell(
    doc: &Document<'_>,
    i: usize,
    end: usize,
    letters: &[char],
    pos: usize,
    need_caps: bool,
    first: bool,
) -> Option<usize> {
    if pos == letters.len() || i >= end {
        return None;
    }
    let t = &doc.tokens[i];
    let word = doc.token_text(i);
    if t.all_caps || t.numeric {
        return None;
    }
    if !first
        && !doc.prose[doc.tokens[i - 1].range.end..t.range.start]
            .trim()
            .is_empty()
    {
        return None; // punctuation between the words
    }
    let skippable = !first && is_skippable(word);
    // The word (or each part of a hyphenated word) supplies letters.
    let initials: Vec<char> = word
        .split('-')
        .filter_map(|p| p.chars().next())
        .flat_map(char::to_lowercase)
        .collect();
    let caps_ok = !need_caps || t.capitalized;
    if caps_ok || skippable {
        for take in [initials.len(), 1] {
            let part = &initials[..take.min(initials.len())];
            if !part.is_empty() && letters[pos..].starts_with(part) {
                let next = pos + part.len();
                if next == letters.len() {
                    return Some(i);
                }
                if let Some(e) = spell(doc, i + 1, end, letters, next, need_caps, false) {
                    return Some(e);
                }
            }
        }
    }
    if skippable {
        return spell(doc, i + 1, end, letters, pos, need_caps, false);
    }
    None
}

impl Check for Acronym {
    fn check(&self, cx: &mut CheckCx<'_>) {
        let doc = cx.doc;
        // Acronym -> first unquoted body use.
        let mut first: Vec<(String, Range<usize>)> = Vec::new();
        let mut seen: HashMap<&str, ()> = HashMap::default();
        for (bi, block) in doc.blocks.iter().enumerate() {
            // A block of a few words ("WATCH VIDEO", "SHARES") is a label, not copy.
            if !doc.is_body(bi)
                || matches!(block.kind, BlockKind::Headline)
                || block.tokens.len() <= 4
            {
                continue;
            }
            for ti in block.tokens.clone() {
                let t = &doc.tokens[ti];
                if !t.capitalized || t.numeric {
                    continue;
                }
                let word = doc.token_text(ti);
                let Some(acr) = acronym_of(word) else {
                    continue;
                };
                let before = doc.prose[..t.range.start].chars().next_back();
                let after = doc.prose[t.range.end..].chars().next();
                // "[LINK]", "AT&T", "CNN/ORC".
                let joined = matches!(before, Some('[' | '&' | '/'))
                    || matches!(after, Some(']' | '&' | '/'));
                // "FULL TEXT", "DES MOINES": shouting, not acronyms.
                let caps_neighbour = |j: usize| {
                    doc.tokens.get(j).is_some_and(|n| {
                        n.all_caps
                            && !doc.prose
                                [n.range.start.min(t.range.start)..n.range.end.max(t.range.end)]
                                .contains(['\n', ',', '.', ';', ':', '(', ')'])
                    })
                };
                if joined
                    || acr.chars().count() < self.min_length
                    || ti > block.tokens.start && caps_neighbour(ti - 1)
                    || ti + 1 < block.tokens.end && caps_neighbour(ti + 1)
                    || used_lower_case(doc, acr)
                    || seen.contains_key(acr)
                    || self.allowed.contains(acr)
                    || doc.in_quote(t.range.start)
                    || shouting(doc, t.range.start)
                {
                    continue;
                }
                seen.insert(acr, ());
                first.push((acr.to_owned(), t.range.start..t.range.start + acr.len()));
            }
        }
        if first.is_empty() {
            return;
        }
        // The first place each entity-named expansion appears (hits are sorted).
        let mut named: HashMap<&str, Range<usize>> = HashMap::default();
        for h in cx.hits {
            if let Some(acr) = self.expanded_by_tag.get(h.tag as usize) {
                named.entry(acr.as_str()).or_insert(h.range.clone());
            }
        }
        let starts = ExpansionStarts::of(doc);
        for (acr, span) in first {
            let by_name = named.get(acr.as_str()).cloned();
            match find_expansion(doc, &starts, &acr, by_name) {
                Some(exp) if exp.start < span.start => {}
                Some(exp) => {
                    // "the DPC (Data Protection Commission)": expanded right away.
                    let between = &doc.prose[span.end..exp.start];
                    if between.trim().len() <= 2 && !between.contains('\n') {
                        continue;
                    }
                    let finding = cx
                        .finding(span, &[("detail", "is used before its expansion")])
                        .with_related(exp, "expanded here");
                    cx.emit(finding);
                }
                None => {
                    if !self.never_expanded {
                        continue;
                    }
                    let finding = cx.finding(span, &[("detail", "is never expanded")]);
                    cx.emit(finding);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Format;

    #[test]
    fn acronym_shapes() {
        assert_eq!(acronym_of("GSCP"), Some("GSCP"));
        assert_eq!(acronym_of("NGOs"), Some("NGO"));
        assert_eq!(acronym_of("COVID-19"), Some("COVID"));
        assert_eq!(acronym_of("III"), None);
        assert_eq!(acronym_of("Athens"), None);
    }

    #[test]
    fn expansions_spell_the_acronym() {
        let text = "Head\n\nThe GSCP met.\n\nThe General Secretariat\nfor Civil Protection (GSCP) and the Department of Justice met.";
        let doc = Document::parse(text, Format::PlainText);
        let starts = ExpansionStarts::of(&doc);
        let e = find_expansion(&doc, &starts, "GSCP", None).unwrap();
        assert_eq!(&text[e], "General Secretariat\nfor Civil Protection");
        let e = find_expansion(&doc, &starts, "DOJ", None).unwrap();
        assert_eq!(&text[e], "Department of Justice");
        assert!(find_expansion(&doc, &starts, "XYZ", None).is_none());
    }
}
