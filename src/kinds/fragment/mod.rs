//! The `fragment` family's kinds.

use super::KindDef;

pub static KINDS: &[KindDef] = &[];
