//! Every phrase any rule matches, found in one pass: a word table for the
//! phrases that open with a word (nearly all of them, filed under their
//! first and second words and checked where the text's words match), and an
//! Aho-Corasick automaton for the few that open on punctuation ("[LINK]").
//!
//! Rules register their phrases while the rule set compiles; each phrase
//! carries its owner (the compiled rule's index) and a tag the owner chooses
//! (which list, which replacement). A document is scanned once, and every rule
//! gets its own hits, sorted by position. Matching is ASCII case-insensitive
//! (patterns and text are folded before the automaton sees them);
//! case-sensitive phrases are checked byte for byte after.
//! Whole words only: a phrase that starts or ends with a letter or digit must
//! not touch another letter or digit there.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use rustc_hash::FxHashMap;
use std::hash::Hasher;
use std::ops::Range;

/// 20 bytes, not 32: rule sets register tens of thousands of phrases, and
/// at start-up every page of them is a page fault.
#[derive(Debug, Clone)]
struct PatternInfo {
    owner: u32,
    tag: u32,
    match_case: bool,
    /// The phrase, in [`PhraseSetBuilder::text`] (or [`PhraseSet::text`]).
    text: Range<u32>,
}

impl PatternInfo {
    fn span(&self) -> Range<usize> {
        self.text.start as usize..self.text.end as usize
    }
}

/// Collects phrases while rules compile.
#[derive(Debug, Default)]
pub struct PhraseSetBuilder {
    patterns: Vec<PatternInfo>,
    /// Every registered phrase, end to end: one allocation, not one per
    /// phrase (there are thousands).
    text: String,
}

impl PhraseSetBuilder {
    /// Registers `phrase` for rule `owner` with a tag of the owner's choosing.
    pub fn add(&mut self, owner: usize, tag: u32, phrase: &str, match_case: bool) {
        let phrase = phrase.trim();
        if phrase.is_empty() {
            return;
        }
        // Offsets are 32-bit: a rule set with 4 GiB of phrases cannot be
        // read in the first place, but stay safe rather than wrap.
        let (Ok(owner), Ok(start), Ok(end)) = (
            u32::try_from(owner),
            u32::try_from(self.text.len()),
            u32::try_from(self.text.len() + phrase.len()),
        ) else {
            return;
        };
        self.text.push_str(phrase);
        self.patterns.push(PatternInfo {
            owner,
            tag,
            match_case,
            text: start..end,
        });
    }

    /// Compiles the automaton. Phrases registered by several rules (the
    /// attribution cues every attribution rule reads, say) become one
    /// pattern with several owners, so the automaton stays small; phrases
    /// that are one ASCII word go to a word table instead.
    pub fn build(self, owners: usize) -> PhraseSet {
        let folded = self.text.to_ascii_lowercase();
        let key = |p: &PatternInfo| &folded.as_bytes()[p.span()];
        // Group the phrases by folded text (first come, first numbered),
        // then order them by group, keeping registration order within one.
        let mut index: FxHashMap<&[u8], usize> = FxHashMap::default();
        index.reserve(self.patterns.len());
        let mut group = Vec::with_capacity(self.patterns.len());
        for p in &self.patterns {
            let next = index.len();
            group.push(*index.entry(key(p)).or_insert(next));
        }
        let groups = index.len();
        drop(index);
        // A counting sort: group numbers are dense, and it is stable.
        let mut next_slot = vec![0usize; groups + 1];
        for &g in &group {
            next_slot[g + 1] += 1;
        }
        for g in 0..groups {
            next_slot[g + 1] += next_slot[g];
        }
        let mut order = vec![0usize; self.patterns.len()];
        for (i, &g) in group.iter().enumerate() {
            order[next_slot[g]] = i;
            next_slot[g] += 1;
        }
        let patterns: Vec<PatternInfo> = order.iter().map(|&i| self.patterns[i].clone()).collect();
        let mut members: Vec<Range<usize>> = Vec::with_capacity(groups);
        let mut start = 0;
        while start < patterns.len() {
            let g = group[order[start]];
            let mut end = start + 1;
            while end < patterns.len() && group[order[end]] == g {
                end += 1;
            }
            members.push(start..end);
            start = end;
        }
        // A pattern that is one ASCII word (letters and digits) matches
        // exactly the runs of letters and digits that spell it, so those
        // (most of the lexicons: spelling pairs, verbs) are looked up per
        // word of the text instead of growing the automaton. A phrase that
        // opens with an ASCII word and then a separator ("critics say",
        // "U.S.") can only start where a run spelling that word starts: it
        // is filed under its first word and checked there. Only phrases that
        // open on punctuation ("[LINK]") are left to the automaton.
        let mut words = WordIndexBuilder::with_capacity(members.len());
        let mut phrases = Vec::new();
        for (i, m) in members.iter().enumerate() {
            let k = key(&patterns[m.start]);
            // The first word: the run of letters and digits the text's runs
            // are cut the same way ("côte" in "côte d’ivoire"). Keys are
            // slices of a `str` cut at ASCII case folds, so they are UTF-8.
            let k_str = std::str::from_utf8(k).unwrap_or("");
            let first = alnum_run(k_str);
            if first == 0 {
                phrases.push(i);
                continue;
            }
            let entry = words.entry(&folded, patterns[m.start].span().start, first);
            if first == k.len() {
                words.entries[entry as usize].exact = Some(i);
                continue;
            }
            // File it further under its second word, so a common first word
            // ("the", "it") does not try every phrase it opens.
            let rest = &k_str[first..];
            let gap = rest
                .char_indices()
                .find(|(_, c)| c.is_alphanumeric())
                .map_or(rest.len(), |(i, _)| i);
            let second = alnum_run(&rest[gap..]);
            if second > 0 {
                let h = word_hash(&rest.as_bytes()[gap..gap + second]);
                words.pairs.push((entry, h, i));
                words.entries[entry as usize].has_pairs = true;
            } else {
                words.others.push((entry, i));
            }
        }
        let words = words.finish();
        // The keys are folded already, and `scan` folds the text it
        // searches (ASCII case folding keeps every byte offset), so the
        // automaton itself need not be case-insensitive: that doubles the
        // transitions of every state and more than doubles the build time.
        let keys = || phrases.iter().map(|&i| key(&patterns[members[i].start]));
        let automaton = if phrases.is_empty() {
            None
        } else {
            AhoCorasickBuilder::new()
                .match_kind(MatchKind::Standard)
                .kind(Some(AhoCorasickKind::ContiguousNFA))
                .build(keys())
                .or_else(|_| AhoCorasickBuilder::new().build(keys()))
                .ok()
        };
        PhraseSet {
            automaton,
            phrases,
            words,
            members,
            patterns,
            text: self.text,
            owners,
        }
    }
}

/// The byte length of the run of letters and digits that opens `text`.
fn alnum_run(text: &str) -> usize {
    let ascii = text
        .bytes()
        .position(|b| !b.is_ascii_alphanumeric())
        .unwrap_or(text.len());
    let rest = &text[ascii..];
    if rest.as_bytes().first().is_none_or(|&b| b < 0x80) {
        return ascii; // ended by ASCII punctuation or space, or the text's end
    }
    ascii
        + rest
            .char_indices()
            .find(|(_, c)| !c.is_alphanumeric())
            .map_or(rest.len(), |(i, _)| i)
}

/// FxHash of a word's bytes: the one hash the word tables use.
pub(crate) fn word_hash(word: &[u8]) -> u64 {
    let mut h = rustc_hash::FxHasher::default();
    h.write(word);
    h.finish()
}

/// The patterns filed under one word.
#[derive(Debug)]
struct WordEntry {
    /// The word, as a range of [`PhraseSet::text`].
    word: Range<usize>,
    /// The next entry whose word has the same hash.
    next: Option<u32>,
    /// The pattern that is this word alone, by index in `members`.
    exact: Option<usize>,
    /// Whether longer patterns are filed under this word and a second one.
    has_pairs: bool,
    /// Longer patterns with no second word ("inc."), a range of
    /// [`WordIndex::groups`].
    others: Range<u32>,
}

/// Phrases that open with a word, filed under it (and their second word),
/// with no allocation per word: entries point into the phrase text, and
/// the candidate lists are ranges of one vector.
#[derive(Debug, Default)]
struct WordIndex {
    entries: Vec<WordEntry>,
    /// First word's hash -> first entry with that hash.
    by_word: FxHashMap<u64, u32>,
    /// (entry, second word's hash) -> a range of `groups`. A hash collision
    /// only adds candidates, which the full comparison then rejects.
    pairs: FxHashMap<(u32, u64), Range<u32>>,
    groups: Vec<usize>,
    /// The longest first word, in bytes.
    longest: usize,
}

#[derive(Default)]
struct WordIndexBuilder {
    index: WordIndex,
    entries: Vec<WordEntry>,
    /// (entry, second word's hash, group), in group order.
    pairs: Vec<(u32, u64, usize)>,
    /// (entry, group), in group order.
    others: Vec<(u32, usize)>,
}

impl WordIndexBuilder {
    /// Room for `groups` phrases, so the tables never grow while filling.
    fn with_capacity(groups: usize) -> Self {
        let mut b = WordIndexBuilder::default();
        b.entries.reserve(groups);
        b.index.by_word.reserve(groups);
        b
    }

    /// The entry for the first word `folded[at..at + len]`, made if new.
    fn entry(&mut self, folded: &str, at: usize, len: usize) -> u32 {
        let word = &folded.as_bytes()[at..at + len];
        let h = word_hash(word);
        let head = self.index.by_word.get(&h).copied();
        let mut e = head;
        while let Some(i) = e {
            let entry = &self.entries[i as usize];
            if &folded.as_bytes()[entry.word.clone()] == word {
                return i;
            }
            e = entry.next;
        }
        let i = self.entries.len() as u32;
        self.entries.push(WordEntry {
            word: at..at + len,
            next: head,
            exact: None,
            has_pairs: false,
            others: 0..0,
        });
        self.index.by_word.insert(h, i);
        self.index.longest = self.index.longest.max(len);
        i
    }

    fn finish(mut self) -> WordIndex {
        // Stable sorts keep each list in group order.
        self.pairs.sort_by_key(|&(e, h, _)| (e, h));
        let mut i = 0;
        while i < self.pairs.len() {
            let (e, h, _) = self.pairs[i];
            let from = self.index.groups.len() as u32;
            while i < self.pairs.len() && self.pairs[i].0 == e && self.pairs[i].1 == h {
                self.index.groups.push(self.pairs[i].2);
                i += 1;
            }
            self.index
                .pairs
                .insert((e, h), from..self.index.groups.len() as u32);
        }
        self.others.sort_by_key(|&(e, _)| e);
        let mut i = 0;
        while i < self.others.len() {
            let e = self.others[i].0;
            let from = self.index.groups.len() as u32;
            while i < self.others.len() && self.others[i].0 == e {
                self.index.groups.push(self.others[i].1);
                i += 1;
            }
            self.entries[e as usize].others = from..self.index.groups.len() as u32;
        }
        self.index.entries = self.entries;
        self.index
    }
}

impl WordIndex {
    fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The entry whose word is `run` (folded), if any. `text` is the
    /// phrase text the entries point into.
    fn get(&self, text: &str, run: &[u8]) -> Option<u32> {
        if run.len() > self.longest {
            return None;
        }
        let mut e = self.by_word.get(&word_hash(run)).copied();
        while let Some(i) = e {
            let entry = &self.entries[i as usize];
            if text.as_bytes()[entry.word.clone()].eq_ignore_ascii_case(run) {
                return Some(i);
            }
            e = entry.next;
        }
        None
    }

    /// The longer patterns filed under entry `e` and the second word `next`.
    fn pairs(&self, e: u32, next: &[u8]) -> &[usize] {
        if !self.entries[e as usize].has_pairs {
            return &[];
        }
        self.pairs
            .get(&(e, word_hash(next)))
            .map_or(&[], |r| &self.groups[r.start as usize..r.end as usize])
    }

    /// The longer patterns filed under entry `e` with no second word.
    fn others(&self, e: u32) -> &[usize] {
        let r = &self.entries[e as usize].others;
        &self.groups[r.start as usize..r.end as usize]
    }
}

/// The compiled automaton and word table.
#[derive(Debug)]
pub struct PhraseSet {
    automaton: Option<AhoCorasick>,
    /// For each automaton pattern, its index in `members`.
    phrases: Vec<usize>,
    /// Patterns that open with a word, filed under it.
    words: WordIndex,
    /// For each distinct pattern, its registered phrases in `patterns`.
    members: Vec<Range<usize>>,
    patterns: Vec<PatternInfo>,
    /// The phrases' text.
    text: String,
    owners: usize,
}

/// One phrase found in a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub range: Range<usize>,
    pub tag: u32,
}

/// All hits of one scan, grouped by owner.
#[derive(Debug, Default)]
pub struct PhraseHits {
    hits: Vec<Hit>,
    by_owner: Vec<Range<usize>>,
}

impl PhraseHits {
    /// Hits of rule `owner`, sorted by start, longest first at equal starts.
    pub fn of(&self, owner: usize) -> &[Hit] {
        self.by_owner
            .get(owner)
            .map_or(&[], |r| &self.hits[r.clone()])
    }
}

fn is_word_byte_at(text: &str, index: usize, before: bool) -> bool {
    let c = if before {
        text[..index].chars().next_back()
    } else {
        text[index..].chars().next()
    };
    c.is_some_and(|c| c.is_alphanumeric())
}

impl PhraseSet {
    pub fn is_empty(&self) -> bool {
        self.patterns.is_empty()
    }

    /// Scans `prose` once.
    pub fn scan(&self, prose: &str) -> PhraseHits {
        if self.patterns.is_empty() {
            return PhraseHits::default();
        }
        let mut found: Vec<(usize, Hit)> = Vec::new();
        let bytes = prose.as_bytes();
        let mut push = |members: Range<usize>, start: usize, end: usize| {
            for p in &self.patterns[members] {
                if p.match_case && bytes[start..end] != self.text.as_bytes()[p.span()] {
                    continue;
                }
                found.push((
                    p.owner as usize,
                    Hit {
                        range: start..end,
                        tag: p.tag,
                    },
                ));
            }
        };
        let folded = prose.to_ascii_lowercase();
        // Whether the pattern `group` may match at `start..end`: whole words
        // only. Every registered spelling of a pattern shares its text up to
        // ASCII case, so the test is the same for all.
        let bounded = |group: usize, start: usize, end: usize| {
            let text = &self.text[self.patterns[self.members[group].start].span()];
            let first = text.chars().next().is_some_and(char::is_alphanumeric);
            let last = text.chars().next_back().is_some_and(char::is_alphanumeric);
            !(first && is_word_byte_at(prose, start, true)
                || last && is_word_byte_at(prose, end, false))
        };
        if let Some(ac) = &self.automaton {
            for m in ac.find_overlapping_iter(&folded) {
                let (start, end) = (m.start(), m.end());
                if !prose.is_char_boundary(start) || !prose.is_char_boundary(end) {
                    continue;
                }
                let group = self.phrases[m.pattern().as_usize()];
                if bounded(group, start, end) {
                    push(self.members[group].clone(), start, end);
                }
            }
        }
        if !self.words.is_empty() {
            let folded = folded.as_bytes();
            // Runs of letters and digits, walking bytes and decoding only
            // non-ASCII chars.
            let mut runs: Vec<Range<usize>> = Vec::with_capacity(prose.len() / 5);
            let mut run: Option<usize> = None;
            let mut i = 0;
            while i < bytes.len() {
                let (alnum, len) = if bytes[i] < 0x80 {
                    (bytes[i].is_ascii_alphanumeric(), 1)
                } else {
                    let c = prose[i..].chars().next().unwrap_or(' ');
                    (c.is_alphanumeric(), c.len_utf8())
                };
                if alnum {
                    run.get_or_insert(i);
                } else if let Some(start) = run.take() {
                    runs.push(start..i);
                }
                i += len;
            }
            if let Some(start) = run {
                runs.push(start..prose.len());
            }
            let mut longer = |group: usize, start: usize| {
                let key = self.patterns[self.members[group].start].span();
                let stop = start + key.len();
                if stop <= folded.len()
                    && folded[start..stop].eq_ignore_ascii_case(&self.text.as_bytes()[key.clone()])
                    && prose.is_char_boundary(stop)
                    && bounded(group, start, stop)
                {
                    push(self.members[group].clone(), start, stop);
                }
            };
            let words = &self.words;
            for (r, run) in runs.iter().enumerate() {
                let Some(e) = words.get(&self.text, &folded[run.clone()]) else {
                    continue;
                };
                let entry = &words.entries[e as usize];
                if let Some(group) = entry.exact {
                    longer(group, run.start);
                }
                if let Some(next) = runs.get(r + 1) {
                    for &group in words.pairs(e, &folded[next.clone()]) {
                        longer(group, run.start);
                    }
                }
                for &group in words.others(e) {
                    longer(group, run.start);
                }
            }
        }
        found.sort_by(|a, b| {
            (a.0, a.1.range.start, std::cmp::Reverse(a.1.range.end)).cmp(&(
                b.0,
                b.1.range.start,
                std::cmp::Reverse(b.1.range.end),
            ))
        });
        let mut by_owner = vec![0..0; self.owners];
        let mut i = 0;
        while i < found.len() {
            let owner = found[i].0;
            let start = i;
            while i < found.len() && found[i].0 == owner {
                i += 1;
            }
            if let Some(slot) = by_owner.get_mut(owner) {
                *slot = start..i;
            }
        }
        PhraseHits {
            hits: found.into_iter().map(|(_, h)| h).collect(),
            by_owner,
        }
    }
}

/// Drops hits that overlap an earlier (or, at the same start, longer) hit,
/// so a rule reports "it is widely believed" once, not also "it is believed".
pub fn leftmost_longest<'a>(
    hits: impl IntoIterator<Item = &'a Hit>,
) -> impl Iterator<Item = &'a Hit> {
    let mut last_end = 0;
    hits.into_iter().filter(move |h| {
        if h.range.start < last_end {
            return false;
        }
        last_end = h.range.end;
        true
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_first_word_is_its_run_of_letters_and_digits() {
        for (text, run) in [
            ("critics say", "critics"),
            ("côte d’ivoire", "côte"),
            ("ab1é-x", "ab1é"),
            ("abc", "abc"),
            ("[link]", ""),
            ("", ""),
            ("u.s.", "u"),
        ] {
            assert_eq!(&text[..alnum_run(text)], run, "{text}");
        }
    }

    #[test]
    fn whole_words_and_case() {
        let mut b = PhraseSetBuilder::default();
        b.add(0, 0, "TK", true);
        b.add(1, 7, "critics say", false);
        b.add(1, 8, "[LINK]", true);
        let set = b.build(2);
        let text = "TKO and TK. Critics say [LINK]x tk";
        let hits = set.scan(text);
        let zero: Vec<&str> = hits.of(0).iter().map(|h| &text[h.range.clone()]).collect();
        assert_eq!(zero, vec!["TK"]);
        let one: Vec<(u32, &str)> = hits
            .of(1)
            .iter()
            .map(|h| (h.tag, &text[h.range.clone()]))
            .collect();
        assert_eq!(one, vec![(7, "Critics say"), (8, "[LINK]")]);
    }

    #[test]
    fn phrases_filed_under_their_first_word_match_like_the_automaton() {
        let mut b = PhraseSetBuilder::default();
        for (tag, p) in [
            "it is believed",
            "it is",
            "it",
            "U.S.",
            "côte d’ivoire",
            "per cent",
            "inc.",
            "São Tomé",
        ]
        .iter()
        .enumerate()
        {
            b.add(0, tag as u32, p, false);
        }
        b.add(1, 9, "it is believed", false);
        let set = b.build(2);
        let text = "It is believed in the U.S. and Côte d’Ivoire, 5 per centime, 5 per cent, Acme Inc. of São Tomé; itis";
        let hits = set.scan(text);
        let zero: Vec<&str> = hits.of(0).iter().map(|h| &text[h.range.clone()]).collect();
        assert_eq!(
            zero,
            vec![
                "It is believed",
                "It is",
                "It",
                "U.S.",
                "Côte d’Ivoire",
                "per cent",
                "Inc.",
                "São Tomé"
            ]
        );
        // A phrase two rules registered reaches both.
        assert_eq!(hits.of(1).len(), 1);
    }

    #[test]
    fn longest_wins_among_overlaps() {
        let mut b = PhraseSetBuilder::default();
        b.add(0, 0, "it is believed", false);
        b.add(0, 1, "is believed", false);
        let set = b.build(1);
        let hits = set.scan("it is believed that");
        assert_eq!(leftmost_longest(hits.of(0)).count(), 1);
    }
}
