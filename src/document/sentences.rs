//! Sentence boundaries inside one block.
//!
//! A sentence ends at `.`, `?`, `!` or an ellipsis, after any closing quotes
//! and brackets, when whitespace follows. A period after a known abbreviation
//! ("Mr.", "Jan.", "No. 10"), an initial ("J. R."), or a dotted acronym
//! ("U.S.") does not end a sentence unless a word that typically opens one
//! follows. A `?` or `!` followed by a lower-case word (`"...?" said Ana`) does
//! not end one either. A period before a lower-case word otherwise does: that
//! is a slip the capitalization rule reports, not a reason to merge sentences.

use std::ops::Range;

/// Abbreviations after which a period never ends a sentence: titles and
/// words that always precede something ("No. 10", "St. Louis").
const TITLE_ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "mx", "dr", "prof", "st", "gen", "sen", "rep", "gov", "lt", "col", "capt",
    "cmdr", "sgt", "maj", "adm", "rev", "fr", "hon", "pres", "supt", "no", "nos", "mt", "ft", "vs",
    "v", "messrs", "atty", "insp", "det", "cpl", "pvt", "brig",
];

/// Abbreviations that can also end a sentence ("... of Harlow Ridge, Ill. The
/// city ..."): a period after them ends one only before a typical opener.
const OTHER_ABBREVIATIONS: &[&str] = &[
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "inc",
    "corp", "co", "ltd", "llc", "jr", "sr", "etc", "approx", "est", "dept", "univ", "assn", "bros",
    "ave", "blvd", "rd", "hwy", "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga",
    "ill", "ind", "kan", "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb",
    "nev", "okla", "ore", "pa", "tenn", "vt", "va", "wash", "wis", "wyo", "al", "fig", "vol", "op",
    "pp", "cf", "ibid",
];

/// Words that typically open a sentence; used to decide whether a period
/// after an abbreviation also ends the sentence.
const OPENERS: &[&str] = &[
    "The",
    "A",
    "An",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "You",
    "But",
    "And",
    "In",
    "On",
    "At",
    "This",
    "That",
    "These",
    "Those",
    "There",
    "His",
    "Her",
    "Its",
    "Their",
    "Our",
    "My",
    "If",
    "When",
    "While",
    "After",
    "Before",
    "As",
    "For",
    "So",
    "Yet",
    "Still",
    "However",
    "Meanwhile",
    "Some",
    "Many",
    "Most",
    "One",
    "Two",
    "No",
    "Not",
    "What",
    "Who",
    "Why",
    "How",
    "Where",
    "Officials",
    "Police",
];

fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '\u{201D}' | '\u{2019}' | ')' | ']' | '}' | '\u{BB}'
    )
}

/// Sentence ranges of `prose[block]`, trimmed, covering all its text.
pub(crate) fn split(prose: &str, block: Range<usize>) -> Vec<Range<usize>> {
    let text = &prose[block.clone()];
    let base = block.start;
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    let mut pos = 0;
    // From one byte a terminator can start with to the next ('.', '?', '!',
    // and 0xE2, the lead byte of the ellipsis).
    while let Some(k) = bytes[pos..]
        .iter()
        .position(|&b| matches!(b, b'.' | b'?' | b'!' | 0xE2))
    {
        let i = pos + k;
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        pos = i + c.len_utf8();
        if !matches!(c, '.' | '?' | '!' | '\u{2026}') {
            continue;
        }
        // Absorb a run of terminators and closing marks.
        let mut end = pos;
        let mut ellipsis = c == '\u{2026}';
        let mut run = 1;
        while let Some(d) = text[end..].chars().next() {
            if matches!(d, '.' | '?' | '!' | '\u{2026}') {
                run += 1;
                ellipsis |= d == '.' && c == '.' || d == '\u{2026}';
            } else if !is_closer(d) {
                break;
            }
            end += d.len_utf8();
        }
        pos = end;
        ellipsis |= run >= 3 && c == '.';
        let rest = &text[end..];
        let Some(first) = rest.chars().next() else {
            break;
        };
        if !first.is_whitespace() {
            continue;
        }
        let next_start = end + (rest.len() - rest.trim_start().len());
        let next_word: &str = {
            let r = &text[next_start..];
            let stop = r.find(|ch: char| !ch.is_alphanumeric()).unwrap_or(r.len());
            &r[..stop]
        };
        let next_char = text[next_start..].chars().next();
        let next_lower = next_char.is_some_and(char::is_lowercase);
        let breaks = if c == '.' && !ellipsis {
            let before = word_before(&text[..i]);
            let is = |list: &[&str]| list.iter().any(|a| a.eq_ignore_ascii_case(before));
            let is_initial = before.chars().count() == 1 && before.chars().all(char::is_uppercase);
            let dotted = before.contains('.');
            if is(TITLE_ABBREVIATIONS) || is_initial {
                false
            } else if is(OTHER_ABBREVIATIONS) || dotted {
                OPENERS.contains(&next_word)
            } else {
                true
            }
        } else {
            // "?", "!", ellipsis: a lower-case word continues the sentence.
            !next_lower
        };
        if breaks && next_start < text.len() {
            push_trimmed(&mut out, base, text, start..end);
            start = next_start;
        }
    }
    if start < text.len() {
        push_trimmed(&mut out, base, text, start..text.len());
    }
    out
}

fn push_trimmed(out: &mut Vec<Range<usize>>, base: usize, text: &str, r: Range<usize>) {
    let s = &text[r.clone()];
    let lead = s.len() - s.trim_start().len();
    let trimmed = s.trim();
    if !trimmed.is_empty() {
        out.push(base + r.start + lead..base + r.start + lead + trimmed.len());
    }
}

/// The word right before a period, with inner dots ("U.S" for "U.S.").
fn word_before(text: &str) -> &str {
    let start = text
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphanumeric() || *c == '.')
        .last()
        .map_or(text.len(), |(i, _)| i);
    text[start..].trim_start_matches('.')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        split(text, 0..text.len())
            .into_iter()
            .map(|r| &text[r])
            .collect()
    }

    #[test]
    fn abbreviations_initials_and_decimals_do_not_end_sentences() {
        assert_eq!(
            sentences(
                "Mr. Smith met Dr. Jones on Jan. 5 at No. 10 Downing St. with J.R.R. Tolkien. Growth was 3.5 percent."
            ),
            vec![
                "Mr. Smith met Dr. Jones on Jan. 5 at No. 10 Downing St. with J.R.R. Tolkien.",
                "Growth was 3.5 percent."
            ]
        );
    }

    #[test]
    fn dotted_acronyms_end_a_sentence_only_before_an_opener() {
        assert_eq!(
            sentences("a U.S. municipal market"),
            vec!["a U.S. municipal market"]
        );
        assert_eq!(
            sentences("He moved to the U.S. The move was hard."),
            vec!["He moved to the U.S.", "The move was hard."]
        );
        assert_eq!(
            sentences("HARLOW RIDGE, Ill. — The city missed it."),
            vec!["HARLOW RIDGE, Ill. — The city missed it."]
        );
    }

    #[test]
    fn questions_inside_quotes_continue_before_lowercase() {
        assert_eq!(
            sentences("\"Who checks a bank code?\" said Giulia Rinaldi. She left."),
            vec![
                "\"Who checks a bank code?\" said Giulia Rinaldi.",
                "She left."
            ]
        );
        assert_eq!(
            sentences("\"I am here.\" He left."),
            vec!["\"I am here.\"", "He left."]
        );
    }

    #[test]
    fn ellipses_continue_before_lowercase() {
        assert_eq!(
            sentences("And then... nothing. Done… Next."),
            vec!["And then... nothing.", "Done…", "Next."]
        );
    }

    #[test]
    fn a_lowercase_start_after_a_plain_word_is_still_a_new_sentence() {
        assert_eq!(
            sentences("for now. the reserve holds."),
            vec!["for now.", "the reserve holds."]
        );
    }
}
