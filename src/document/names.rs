//! Capitalized name runs: sequences of capitalized words inside a sentence
//! ("Juan Guaido", "Secretary of State Mike Pompeo", "José Núñez", "Martin
//! Luther King Jr."), the raw material of the naming rules.
//!
//! A run continues across lower-case name particles ("de", "van", "bin",
//! "al") when a capitalized word follows, and across the period of an
//! initial or "Jr.". It stops at any other punctuation. Deciding whether a run
//! is a person, a place or an organization is the naming rules' job; this
//! module only finds the runs.

use super::{Sentence, Token};
use std::ops::Range;

/// A run of capitalized words in one sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameRun {
    /// Indices into the document's tokens.
    pub tokens: Range<usize>,
    /// Byte span from the first to the last word.
    pub range: Range<usize>,
    pub sentence: usize,
    /// The run starts the sentence (so its first capital proves nothing).
    pub sentence_initial: bool,
}

const PARTICLES: &[&str] = &[
    "de", "da", "das", "do", "dos", "del", "della", "di", "du", "van", "von", "der", "den", "ter",
    "bin", "bint", "ibn", "al", "el", "le", "la", "y", "ben", "abu", "of",
];

pub(crate) fn find(prose: &str, sentences: &[Sentence], tokens: &[Token]) -> Vec<NameRun> {
    let mut out = Vec::new();
    for (si, sentence) in sentences.iter().enumerate() {
        let toks = sentence.tokens.clone();
        let mut i = toks.start;
        while i < toks.end {
            if !is_name_word(prose, &tokens[i]) {
                i += 1;
                continue;
            }
            let start = i;
            let mut end = i + 1;
            while end < toks.end {
                let gap = &prose[tokens[end - 1].range.end..tokens[end].range.start];
                if !joins(gap, &prose[tokens[end - 1].range.clone()]) {
                    break;
                }
                if is_name_word(prose, &tokens[end]) {
                    end += 1;
                } else if is_particle(prose, &tokens[end])
                    && end + 1 < toks.end
                    && is_name_word(prose, &tokens[end + 1])
                    && joins(
                        &prose[tokens[end].range.end..tokens[end + 1].range.start],
                        "",
                    )
                {
                    end += 2;
                } else {
                    break;
                }
            }
            out.push(NameRun {
                tokens: start..end,
                range: tokens[start].range.start..tokens[end - 1].range.end,
                sentence: si,
                sentence_initial: start == toks.start,
            });
            i = end;
        }
    }
    out
}

#[inline]
fn is_name_word(prose: &str, token: &Token) -> bool {
    if !token.capitalized && !token.all_caps {
        return false; // most words: no need to look at the text
    }
    token.capitalized && !token.numeric && prose[token.range.clone()].chars().any(char::is_lowercase)
        || token.all_caps && prose[token.range.clone()].contains('.') // "U.S."
        || token.capitalized && token.len() == 1
}

fn is_particle(prose: &str, token: &Token) -> bool {
    let word = &prose[token.range.clone()];
    PARTICLES.contains(&word) || word.starts_with("al-") || word.starts_with("el-")
}

/// Whether the text between two words keeps them in one name: plain spaces,
/// or the period of an initial or an abbreviation such as "Jr.".
fn joins(gap: &str, before: &str) -> bool {
    if gap.is_empty() || gap.contains('\n') && gap.trim_matches([' ', '\t']).len() > 1 {
        return false;
    }
    let trimmed = gap.trim();
    trimmed.is_empty()
        || (trimmed == "."
            && (before.chars().count() == 1
                || matches!(
                    before,
                    "Jr" | "Sr"
                        | "St"
                        | "Dr"
                        | "Mr"
                        | "Mrs"
                        | "Ms"
                        | "Gen"
                        | "Sen"
                        | "Gov"
                        | "Rep"
                        | "Lt"
                        | "Col"
                )))
}

#[cfg(test)]
mod tests {
    use crate::document::{Document, Format};

    fn runs(text: &str) -> Vec<&str> {
        let doc = Document::parse(text, Format::Markdown);
        doc.names.iter().map(|n| &text[n.range.clone()]).collect()
    }

    #[test]
    fn runs_span_titles_particles_and_initials() {
        assert_eq!(
            runs(
                "Secretary of State Mike Pompeo met Ludwig van Beethoven and J. R. Smith Jr. in Caracas, Venezuela."
            ),
            vec![
                "Secretary of State Mike Pompeo",
                "Ludwig van Beethoven",
                "J. R. Smith Jr",
                "Caracas",
                "Venezuela"
            ]
        );
    }

    #[test]
    fn accented_names_and_sentence_starts() {
        let text = "Núñez said José Núñez and Zoë Ødegaard left.";
        let doc = Document::parse(text, Format::Markdown);
        let names: Vec<_> = doc
            .names
            .iter()
            .map(|n| (&text[n.range.clone()], n.sentence_initial))
            .collect();
        assert_eq!(
            names,
            vec![
                ("Núñez", true),
                ("José Núñez", false),
                ("Zoë Ødegaard", false)
            ]
        );
    }
}
