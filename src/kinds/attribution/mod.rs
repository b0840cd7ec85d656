//! The `attribution` family's kinds: quotes with no speaker, claims pinned
//! on nobody, anonymous sourcing, opinion in the reporter's voice and
//! statistics with no source, judgments and generalizations no one holds.
//!
//! One analysis ([`analysis::Attribution`]) finds the attribution cues of a
//! document once; every kind here reads it. The word lists are lexicons
//! (`speech-verbs`, `attribution-phrases`, `source-nouns`, `weasel-subjects`,
//! `weasel-verbs`, `weasel-phrases`, `weasel-passives`, `weasel-exceptions`,
//! `vague-source-phrases`, `anonymity-phrases`, `agency-words`,
//! `opinion-words`, `evaluative-words`, `statistic-cues`, `statistic-sources`,
//! `statistic-conditions`, `claim-markers`, `claim-hints`, `hedges`,
//! `stance-words`, `subjective-words`); a missing list is empty, never an
//! error.

pub mod analysis;
mod claim;
mod opinion;
mod statistic;
mod unattributed_quote;
mod vague_source;
mod weasel;
mod words;

use super::{Field, KindDef, Scope};

pub static KINDS: &[KindDef] = &[
    KindDef {
        name: "unattributed-quote",
        fields: &[Field::Options],
        default_scope: Scope::BODY,
        fixable: false,
        compile: unattributed_quote::compile,
    },
    KindDef {
        name: "weasel",
        fields: &[Field::Options],
        default_scope: Scope::BODY_UNQUOTED,
        fixable: false,
        compile: weasel::compile,
    },
    KindDef {
        name: "vague-source",
        fields: &[Field::Options],
        default_scope: Scope::BODY_UNQUOTED,
        fixable: false,
        compile: vague_source::compile,
    },
    KindDef {
        name: "opinion-as-fact",
        fields: &[Field::Options],
        default_scope: Scope::BODY_UNQUOTED,
        fixable: false,
        compile: opinion::compile,
    },
    KindDef {
        name: "unsourced-statistic",
        fields: &[Field::Options],
        default_scope: Scope::BODY_UNQUOTED,
        fixable: false,
        compile: statistic::compile,
    },
    KindDef {
        name: "unsourced-claim",
        fields: &[Field::Options],
        default_scope: Scope::BODY_UNQUOTED,
        fixable: false,
        compile: claim::compile,
    },
];
