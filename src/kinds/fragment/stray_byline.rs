//! `kind = "stray-byline"`: a byline, a lone bullet or wire and photo-credit
//! debris left inside (or at the end of) the body: "  • Eleanor Harrison",
//! "By Paula Contreras", "•", "(Reuters) -" in the tenth paragraph,
//! "Photo: ...".
//!
//! Not flagged: Markdown lists (list items are their own blocks), several
//! bullet lines in a row (a plain-text list), a byline before the first real
//! paragraph (its place), the front matter's author, the wire dateline of the
//! first paragraph, and credit lines ("Reporting by ...") at the very end.
//!
//! Lexicons: `wire-services` (names that appear as "(Reuters) -"),
//! `credit-prefixes` (openers of photo and credit lines, "Photo:"),
//! `end-credit-prefixes` (openers of credit lines that belong at the end,
//! "Reporting by"). Option `max_name_words` (default 4).

use super::{FUNCTION_WORDS, TwinRegex};
use crate::document::{BlockKind, Document};
use crate::kinds::{Check, CheckCx, CompileCx, CompileResult, KindError};
use regex::Regex;

#[derive(Debug)]
struct StrayByline {
    /// Compiled by the first paragraph that passes [`may_be_byline`]: its
    /// Unicode classes, repeated once per name word, make it the costliest
    /// regex to compile, and most articles never need it.
    byline: TwinRegex,
    wire: Option<Regex>,
    credits: Vec<String>,
    end_credits: Vec<String>,
    /// The longest credit prefix, in chars.
    longest_prefix: usize,
    /// The first chars of the credit prefixes: a paragraph opening on any
    /// other char matches none of them.
    openers: Vec<char>,
    /// An empty prefix, which every paragraph matches.
    any_opener: bool,
}

const BULLETS: &[char] = &['•', '·', '*', '-', '–', '—', '▪', '►'];

/// Lower-case words that may stand between the names of a byline.
const PARTICLES: &[&str] = &[
    "de", "da", "del", "della", "di", "du", "van", "von", "der", "den", "bin", "al", "el", "la",
    "le",
];

/// The byline pattern for names of at most `max` words (1 to 8). With
/// `ascii`, its ASCII twin ([`TwinRegex`]).
fn byline_pattern(max: i64, ascii: bool) -> String {
    let (word, space) = if ascii {
        (r"[A-Z][A-Za-z'’.\-]*", r"(?-u:\s)")
    } else {
        (r"\p{Lu}[\p{L}\p{M}'’.\-]*", r"\s")
    };
    let particle = format!("(?:{})", PARTICLES.join("|"));
    let name = format!(
        r"{word}(?:{space}+(?:{particle}{space}+)?{word}){{0,{}}}",
        max - 1
    );
    format!(
        r"^(?P<bullet>[•·*▪►–—-]{space}*)?(?P<by>[Bb]y{space}+)?(?P<name>{name}(?:{space}*(?:,|and|&){space}*{name})?)$"
    )
}

/// A cheap test every line the byline pattern matches passes (most prose
/// fails it): no ASCII character the pattern cannot match (digits, quotes,
/// `:` ...), and every run of lower-case ASCII letters that starts a word
/// (after the line start, a space, `,`, `&` or `*`) is `by`, `and` or a
/// particle, since every other word the pattern takes is capitalized.
fn may_be_byline(line: &str) -> bool {
    let mut word_start = true;
    let mut run: Option<usize> = None;
    let lower_run_ok = |run: &str| run == "by" || run == "and" || PARTICLES.contains(&run);
    for (i, c) in line.char_indices() {
        if let Some(start) = run {
            if c.is_ascii_lowercase() {
                continue;
            }
            if !lower_run_ok(&line[start..i]) {
                return false;
            }
            run = None;
        }
        if c.is_ascii() && !(c.is_ascii_alphabetic() || c.is_whitespace() || ",&'.-*".contains(c)) {
            return false;
        }
        if word_start && c.is_ascii_lowercase() {
            run = Some(i);
        }
        word_start = c.is_whitespace() || matches!(c, ',' | '&' | '*');
    }
    run.is_none_or(|start| lower_run_ok(&line[start..]))
}

pub(super) fn compile(cx: &mut CompileCx<'_>) -> CompileResult {
    cx.allow_options(&["max_name_words"])?;
    let max = cx.option_int("max_name_words")?.unwrap_or(4).clamp(1, 8);
    let byline = TwinRegex::new(move |ascii| byline_pattern(max, ascii));
    let wires: Vec<String> = cx
        .lexicon_or_empty("wire-services")
        .iter()
        .map(|w| regex::escape(w))
        .collect();
    let wire = if wires.is_empty() {
        None
    } else {
        Some(
            Regex::new(&format!(r"\((?:{})\)\s*[-—–]", wires.join("|"))).map_err(|e| {
                KindError {
                    span: cx.raw.kind.span(),
                    message: format!("wire-services pattern: {e}"),
                }
            })?,
        )
    };
    let lower = |name: &str| -> Vec<String> {
        cx.lexicon_or_empty(name)
            .iter()
            .map(|p| p.to_lowercase())
            .collect()
    };
    let credits = lower("credit-prefixes");
    let end_credits = lower("end-credit-prefixes");
    Ok(Box::new(StrayByline {
        byline,
        wire,
        longest_prefix: credits
            .iter()
            .chain(&end_credits)
            .map(|p| p.chars().count())
            .max()
            .unwrap_or(0),
        openers: credits
            .iter()
            .chain(&end_credits)
            .filter_map(|p| p.chars().next())
            .collect(),
        any_opener: credits.iter().chain(&end_credits).any(String::is_empty),
        credits,
        end_credits,
    }))
}

impl Check for StrayByline {
    fn check(&self, cx: &mut CheckCx<'_>) {
        let doc = cx.doc;
        let body: Vec<usize> = (0..doc.blocks.len())
            .filter(|&i| doc.blocks[i].kind.is_body())
            .collect();
        let Some(&last_body) = body.last() else {
            return;
        };
        // The first real paragraph: bylines above it are in their place.
        let first_real = body
            .iter()
            .copied()
            .find(|&i| doc.blocks[i].tokens.len() >= 8)
            .unwrap_or(last_body);
        for &bi in &body {
            let block = &doc.blocks[bi];
            if block.kind != BlockKind::Paragraph || block.in_blockquote {
                continue;
            }
            let text = &doc.prose[block.range.clone()];
            // Wire datelines after the first paragraph.
            if bi > first_real
                && let Some(wire) = &self.wire
                && memchr::memchr(b'(', text.as_bytes()).is_some()
            {
                for m in wire.find_iter(text) {
                    let span = block.range.start + m.start()..block.range.start + m.end();
                    let finding = cx.finding(span, &[("what", "wire dateline")]);
                    cx.emit(finding);
                }
            }
            if bi < first_real {
                continue;
            }
            // Only the paragraph's opening can match a prefix: lower-case
            // that much, not the whole paragraph, and only when its first
            // char opens some prefix.
            let opens = text
                .chars()
                .next()
                .and_then(|c| c.to_lowercase().next())
                .is_some_and(|c| self.openers.contains(&c));
            let lower: String = if opens || self.any_opener {
                text.chars()
                    .take(self.longest_prefix)
                    .flat_map(char::to_lowercase)
                    .collect()
            } else {
                String::new()
            };
            if self.credits.iter().any(|p| lower.starts_with(p.as_str())) {
                let line_end = text.find('\n').unwrap_or(text.len());
                let span = block.range.start..block.range.start + line_end;
                let finding = cx.finding(span, &[("what", "photo or credit line")]);
                cx.emit(finding);
                continue;
            }
            if bi != last_body
                && self
                    .end_credits
                    .iter()
                    .any(|p| lower.starts_with(p.as_str()))
            {
                let line_end = text.find('\n').unwrap_or(text.len());
                let span = block.range.start..block.range.start + line_end;
                let finding = cx.finding(span, &[("what", "credit line")]);
                cx.emit(finding);
                continue;
            }
            if text.contains('\n') || bi == first_real {
                continue;
            }
            let trimmed = text.trim();
            let mut chars = trimmed.chars();
            let one_char = chars.next().is_some() && chars.next().is_none();
            if one_char && trimmed.starts_with(BULLETS) {
                let finding = cx.finding(block.range.clone(), &[("what", "lone bullet")]);
                cx.emit(finding);
                continue;
            }
            // A byline is a short line; skip the regex (with captures, the
            // slowest engine) for anything longer than a few names.
            if trimmed.len() > 160 || !may_be_byline(trimmed) {
                continue;
            }
            let byline = self.byline.for_text(trimmed);
            if !byline.is_match(trimmed) {
                continue;
            }
            let Some(caps) = byline.captures(trimmed) else {
                continue;
            };
            let bullet = caps.name("bullet").is_some();
            let by = caps.name("by").is_some();
            let name = caps.name("name").map_or("", |m| m.as_str());
            if !plausible_name(name) {
                continue;
            }
            // A signature or a place line ("- Amber Phillips.", "Staunton, Va.")
            // ends like a sentence; a stray byline does not.
            if !by && name.ends_with('.') {
                continue;
            }
            if !bullet && !by && (bi != last_body || name.contains(',') || !name.contains(' ')) {
                continue;
            }
            // Bullet lines in a row are a list, not debris.
            if bullet && (neighbour_is_bullet(doc, bi, -1) || neighbour_is_bullet(doc, bi, 1)) {
                continue;
            }
            if bullet && previous_ends_with_colon(doc, bi) {
                continue;
            }
            let what = if by || !bullet {
                "byline"
            } else {
                "bulleted name"
            };
            let finding = cx.finding(block.range.clone(), &[("what", what)]);
            cx.emit(finding);
        }
    }
}

/// A name of capitalized words, none of them a function word, and not all in
/// capitals (a shouted heading).
fn plausible_name(name: &str) -> bool {
    let words: Vec<&str> = name
        .split(|c: char| c.is_whitespace() || c == ',' || c == '&')
        .filter(|w| !w.is_empty() && *w != "and")
        .collect();
    !words.is_empty()
        && words.iter().all(|w| {
            let lower = w.to_lowercase();
            !FUNCTION_WORDS.contains(&lower.as_str())
        })
        && words.iter().any(|w| w.chars().any(char::is_lowercase))
}

fn neighbour_is_bullet(doc: &Document<'_>, bi: usize, step: isize) -> bool {
    let Some(i) = bi.checked_add_signed(step) else {
        return false;
    };
    doc.blocks.get(i).is_some_and(|b| {
        b.kind == BlockKind::Paragraph
            && doc.prose[b.range.clone()].trim_start().starts_with(BULLETS)
    })
}

fn previous_ends_with_colon(doc: &Document<'_>, bi: usize) -> bool {
    bi > 0
        && doc.prose[doc.blocks[bi - 1].range.clone()]
            .trim_end()
            .ends_with(':')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_name_count_compiles() {
        for max in 1..=8 {
            for ascii in [false, true] {
                assert!(Regex::new(&byline_pattern(max, ascii)).is_ok(), "max {max}");
            }
        }
    }

    /// Bylines and near misses, for the prefilter and the ASCII twin.
    const LINES: &[&str] = &[
        "By Paula Contreras",
        "by Paula Contreras",
        "• Marta Ilić",
        "•by Paula",
        "- Amber Phillips.",
        "* Jean-pierre de Fontaine",
        "Ludwig van Beethoven and Clara Schumann",
        "Smith andJones",
        "Smith,Jones & O’Neill",
        "Smith ,Jones",
        "Staunton, Va.",
        "Émile Zola",
        "Bin Laden bin Salman",
        "The Republican nominee condemned the violence, calling for unity.",
        "Reporting by Paula Contreras; Editing by Jon Rees",
        "Officials said 12 people were hurt.",
        "“Quote,” she said",
        "and",
        "Paula de",
    ];

    /// On lines the ASCII twin suffices for, it matches, and captures,
    /// exactly what the Unicode pattern does.
    #[test]
    fn the_ascii_twin_agrees_on_ascii_lines() {
        let full = Regex::new(&byline_pattern(4, false)).expect("valid");
        let ascii = Regex::new(&byline_pattern(4, true)).expect("valid");
        let more = [
            "Smith,Jones & O'Neill",
            "A B C D E",
            "A B C D and E F G H",
            "By\tPaula\x0bContreras",
            "• O’Neill and D’Arcy",
            "— White House Correspondent Julie Pace.",
            "WHAT’S BREWING.",
            "Not One—And That",
            "▪ Paula Contreras",
        ];
        let lines: Vec<&str> = LINES
            .iter()
            .chain(&more)
            .copied()
            .filter(|l| crate::kinds::fragment::ascii_twin_suffices(l))
            .collect();
        // Only the two names with non-ASCII letters need the Unicode pattern.
        assert_eq!(lines.len(), LINES.len() + more.len() - 2);
        let groups = |re: &Regex, line: &str| {
            re.captures(line)
                .map(|c| ["bullet", "by", "name"].map(|g| c.name(g).map(|m| m.range())))
        };
        for line in lines {
            assert_eq!(groups(&full, line), groups(&ascii, line), "{line}");
        }
    }

    /// The prefilter may let through lines the pattern rejects, never the
    /// reverse.
    #[test]
    fn the_prefilter_keeps_every_byline() {
        let byline = Regex::new(&byline_pattern(4, false)).expect("valid");
        for line in LINES {
            if byline.is_match(line) {
                assert!(may_be_byline(line), "{line}");
            }
        }
        assert!(!may_be_byline(LINES[13]));
        assert!(!may_be_byline(LINES[15]));
        for line in [
            "By Paula Contreras",
            "• Marta Ilić",
            "Ludwig van Beethoven and Clara Schumann",
            "Smith andJones",
            "Smith,Jones",
            "Émile Zola",
        ] {
            assert!(byline.is_match(line) && may_be_byline(line), "{line}");
        }
    }
}
