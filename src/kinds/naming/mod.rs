//! The `naming` family's kinds: how people and entities are named, plus the
//! spelling-dialect check (another "one thing written two ways" problem).
//!
//! The entity kinds (`consistency`, `formal-name`, `acronym`) read the shared
//! `[[entity]]` table; the person kinds (`first-reference`,
//! `courtesy-title`) share one per-document analysis of person mentions
//! built from the document's name runs (see [`people`]).

mod acronym;
mod consistency;
mod courtesy;
mod first_reference;
mod formal;
mod lex;
mod people;
mod spelling;

use super::{Field, KindDef, Scope};

pub static KINDS: &[KindDef] = &[
    KindDef {
        name: "consistency",
        fields: &[Field::Options],
        default_scope: Scope::BODY,
        fixable: true,
        compile: consistency::compile,
    },
    KindDef {
        name: "formal-name",
        fields: &[Field::Options],
        default_scope: Scope::UNQUOTED,
        fixable: true,
        compile: formal::compile,
    },
    KindDef {
        name: "first-reference",
        fields: &[Field::Options],
        default_scope: Scope::BODY_UNQUOTED,
        fixable: false,
        compile: first_reference::compile,
    },
    KindDef {
        name: "courtesy-title",
        fields: &[Field::Options],
        default_scope: Scope::BODY_UNQUOTED,
        fixable: true,
        compile: courtesy::compile,
    },
    KindDef {
        name: "acronym",
        fields: &[Field::Options],
        default_scope: Scope::BODY_UNQUOTED,
        fixable: false,
        compile: acronym::compile,
    },
    KindDef {
        name: "spelling-dialect",
        fields: &[Field::Options],
        default_scope: Scope::EVERYWHERE,
        fixable: true,
        compile: spelling::compile,
    },
];
