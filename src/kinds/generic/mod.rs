//! The generic kinds: a list of phrases, a regular expression, and a
//! phrase-to-preferred-form substitution. Most house-style rules need nothing
//! else.

mod pattern;
mod phrase;
mod substitution;

use super::{Field, KindDef, Scope};

pub static KINDS: &[KindDef] = &[
    KindDef {
        name: "phrase",
        fields: &[Field::Phrases, Field::Lexicons, Field::MatchCase],
        default_scope: Scope::EVERYWHERE,
        fixable: false,
        compile: phrase::compile,
    },
    KindDef {
        name: "pattern",
        fields: &[Field::Pattern, Field::MatchCase],
        default_scope: Scope::EVERYWHERE,
        fixable: false,
        compile: pattern::compile,
    },
    KindDef {
        name: "substitution",
        fields: &[Field::Replace, Field::MatchCase, Field::Fix],
        default_scope: Scope::EVERYWHERE,
        fixable: true,
        compile: substitution::compile,
    },
];
