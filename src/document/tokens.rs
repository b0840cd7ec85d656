//! Word tokens: runs of letters and digits, with the joiners news copy puts
//! inside words (apostrophes in "don't" and "Maduro's", hyphens in
//! "Jean-Pierre", the dots of "U.S." and "J.R.R.").

use std::ops::Range;

/// One word or number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub range: Range<usize>,
    /// First char is an upper-case letter.
    pub capitalized: bool,
    /// Two or more letters, all upper case ("NATO", "U.S.").
    pub all_caps: bool,
    /// Starts with a digit.
    pub numeric: bool,
}

impl Token {
    pub fn len(&self) -> usize {
        self.range.len()
    }

    pub fn is_empty(&self) -> bool {
        self.range.is_empty()
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_combining(c)
}

fn is_combining(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

/// What the tokenizer asks of an ASCII byte, looked up in one step: a word
/// char, an upper-case letter, a letter.
const WORD: u8 = 1;
const UPPER: u8 = 2;
const ALPHA: u8 = 4;
static ASCII_CLASS: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        if c.is_ascii_uppercase() {
            t[b] = WORD | UPPER | ALPHA;
        } else if c.is_ascii_lowercase() {
            t[b] = WORD | ALPHA;
        } else if c.is_ascii_digit() {
            t[b] = WORD;
        }
        b += 1;
    }
    t
};

/// The char starting at byte `at` of `text` and its length; ASCII without
/// decoding.
#[inline]
fn char_at(text: &str, at: usize) -> Option<(char, usize)> {
    let b = *text.as_bytes().get(at)?;
    if b < 0x80 {
        return Some((b as char, 1));
    }
    text[at..].chars().next().map(|c| (c, c.len_utf8()))
}

/// Appends the tokens of `prose[range]` to `out`.
pub(crate) fn tokenize(prose: &str, range: Range<usize>, out: &mut Vec<Token>) {
    let text = &prose[range.clone()];
    let bytes = text.as_bytes();
    let base = range.start;
    let mut pos = 0;
    while let Some((c, len)) = char_at(text, pos) {
        if !is_word_char(c) {
            pos += len;
            // Skip ASCII that cannot start a word without decoding it.
            while pos < bytes.len()
                && bytes[pos] < 0x80
                && ASCII_CLASS[usize::from(bytes[pos])] == 0
            {
                pos += 1;
            }
            continue;
        }
        let start = pos;
        let mut end = pos + len;
        let (mut upper, mut letters) = (c.is_uppercase() as usize, c.is_alphabetic() as usize);
        // Dotted abbreviation: a single letter followed by ".", repeated ("U.S.", "J.R.R.").
        let mut dotted = false;
        // The rest of an ASCII word, a byte at a time.
        while let Some(&b) = bytes.get(end) {
            let class = if b < 0x80 {
                ASCII_CLASS[usize::from(b)]
            } else {
                0
            };
            if class == 0 {
                break;
            }
            upper += usize::from(class & UPPER != 0);
            letters += usize::from(class & ALPHA != 0);
            end += 1;
        }
        while let Some((next, next_len)) = char_at(text, end) {
            if is_word_char(next) {
                upper += next.is_uppercase() as usize;
                letters += next.is_alphabetic() as usize;
                end += next_len;
                continue;
            }
            if !matches!(next, '\'' | '\u{2019}' | '-' | '\u{2010}' | '.') {
                break; // the common case: a space or punctuation ends the word
            }
            let i = end;
            let after = text[i + next_len..].chars().next();
            let joins = match next {
                '\'' | '\u{2019}' => after.is_some_and(char::is_alphabetic),
                '-' | '\u{2010}' => after.is_some_and(is_word_char),
                '.' => {
                    let single_letter = text[..i]
                        .chars()
                        .rev()
                        .take_while(|c| is_word_char(*c))
                        .count()
                        == 1;
                    single_letter
                        && after.is_some_and(|a| a.is_alphabetic())
                        && next_is_single_letter_dot(&text[i + 1..])
                        || dotted && single_letter
                }
                _ => false,
            };
            if !joins {
                break;
            }
            if next == '.' {
                dotted = true;
            }
            end = i + next_len;
        }
        out.push(Token {
            range: base + start..base + end,
            capitalized: c.is_uppercase(),
            all_caps: letters >= 2 && upper == letters,
            numeric: c.is_ascii_digit(),
        });
        pos = end;
    }
}

/// Whether `rest` starts with a single letter and a dot ("S." in "U.S.").
fn next_is_single_letter_dot(rest: &str) -> bool {
    let mut it = rest.chars();
    matches!((it.next(), it.next()), (Some(a), Some('.')) if a.is_alphabetic())
}

/// A token's text without a trailing possessive ("Maduro's" -> "Maduro").
pub fn strip_possessive(word: &str) -> &str {
    word.strip_suffix("'s")
        .or_else(|| word.strip_suffix("\u{2019}s"))
        .or_else(|| word.strip_suffix('\''))
        .or_else(|| word.strip_suffix('\u{2019}'))
        .unwrap_or(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        tokenize(text, 0..text.len(), &mut out);
        out.iter().map(|t| &text[t.range.clone()]).collect()
    }

    #[test]
    fn joiners_stay_inside_words() {
        assert_eq!(
            words("Maduro's don't Jean-Pierre U.S. J.R.R. Tolkien 3.5 well- known"),
            vec![
                "Maduro's",
                "don't",
                "Jean-Pierre",
                "U.S.",
                "J.R.R.",
                "Tolkien",
                "3",
                "5",
                "well",
                "known"
            ]
        );
    }

    #[test]
    fn accents_and_combining_marks_are_letters() {
        assert_eq!(
            words("José Núñez, Zoë Ødegaard"),
            vec!["José", "Núñez", "Zoë", "Ødegaard"]
        );
        assert_eq!(words("Cafe\u{301} open"), vec!["Cafe\u{301}", "open"]);
    }

    #[test]
    fn flags_describe_case() {
        let mut out = Vec::new();
        tokenize("NATO Paris a", 0..12, &mut out);
        assert!(out[0].all_caps && out[0].capitalized);
        assert!(!out[1].all_caps && out[1].capitalized);
        assert!(!out[2].capitalized);
    }

    #[test]
    fn possessives_strip() {
        assert_eq!(strip_possessive("Maduro's"), "Maduro");
        assert_eq!(strip_possessive("Smiths'"), "Smiths");
        assert_eq!(strip_possessive("Guaido"), "Guaido");
    }
}
