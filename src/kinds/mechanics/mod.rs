//! The `mechanics` family's kinds: punctuation and typography that a reader
//! trips over (quotes and brackets that do not pair up, stray spaces around
//! hyphens, doubled words, capitalization slips), and the placement of
//! punctuation at a closing quotation mark (a house-style rule).

mod brackets;
mod capitalization;
mod doubled_word;
mod hyphen_spacing;
mod quote_nesting;
mod quote_punctuation;
mod relative_date;

use super::{Field, KindDef, Scope};

/// Whether a block is HTML, style sheet or attribute debris that a scrape
/// left in the text (`<tweet author="...">`, `@media ... {`): its quotes and
/// brackets are not punctuation.
pub(crate) fn looks_like_markup(text: &str) -> bool {
    text.contains("=\"") || text.contains("</") || text.contains("@media")
}

pub static KINDS: &[KindDef] = &[
    KindDef {
        name: "quote-nesting",
        fields: &[Field::Options],
        default_scope: Scope::EVERYWHERE,
        fixable: true,
        compile: quote_nesting::compile,
    },
    KindDef {
        name: "unbalanced-brackets",
        fields: &[Field::Options],
        default_scope: Scope::EVERYWHERE,
        fixable: false,
        compile: brackets::compile,
    },
    KindDef {
        name: "hyphen-spacing",
        fields: &[Field::Lexicons, Field::Options],
        default_scope: Scope::EVERYWHERE,
        fixable: true,
        compile: hyphen_spacing::compile,
    },
    KindDef {
        name: "doubled-word",
        fields: &[Field::Lexicons, Field::Options],
        default_scope: Scope::EVERYWHERE,
        fixable: true,
        compile: doubled_word::compile,
    },
    KindDef {
        name: "capitalization",
        fields: &[Field::Lexicons, Field::Options],
        default_scope: Scope::BODY,
        fixable: true,
        compile: capitalization::compile,
    },
    KindDef {
        name: "quote-punctuation",
        fields: &[Field::Options],
        default_scope: Scope::EVERYWHERE,
        fixable: true,
        compile: quote_punctuation::compile,
    },
    KindDef {
        name: "relative-date",
        fields: &[Field::Lexicons],
        default_scope: Scope::UNQUOTED,
        fixable: false,
        compile: relative_date::compile,
    },
];
