//! Where in an article a rule applies: block kinds and quote state.

use crate::document::{BlockKind, Document};

/// The parts of an article a rule looks at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Scope {
    pub headline: bool,
    pub heading: bool,
    pub body: bool,
    pub list_item: bool,
    /// `Some(true)`: only inside quotations; `Some(false)`: only outside.
    pub quoted: Option<bool>,
}

impl Scope {
    pub const EVERYWHERE: Scope = Scope {
        headline: true,
        heading: true,
        body: true,
        list_item: true,
        quoted: None,
    };

    pub const BODY: Scope = Scope {
        headline: false,
        heading: false,
        body: true,
        list_item: true,
        quoted: None,
    };

    pub const BODY_UNQUOTED: Scope = Scope {
        quoted: Some(false),
        ..Scope::BODY
    };

    pub const UNQUOTED: Scope = Scope {
        quoted: Some(false),
        ..Scope::EVERYWHERE
    };

    pub const NAMES: [&'static str; 6] = [
        "headline",
        "heading",
        "body",
        "list-item",
        "quoted",
        "unquoted",
    ];

    /// Builds a scope from the names in a rule's `scope` list.
    pub fn from_names<'a>(names: impl IntoIterator<Item = &'a str>) -> Result<Scope, String> {
        let mut scope = Scope {
            headline: false,
            heading: false,
            body: false,
            list_item: false,
            quoted: None,
        };
        let mut any_block = false;
        for name in names {
            match name {
                "headline" => scope.headline = true,
                "heading" => scope.heading = true,
                "body" => scope.body = true,
                "list-item" => scope.list_item = true,
                "quoted" => scope.quoted = Some(true),
                "unquoted" => scope.quoted = Some(false),
                other => {
                    return Err(format!(
                        "unknown scope `{other}`; expected one of {}",
                        Scope::NAMES.join(", ")
                    ));
                }
            }
            any_block |= !matches!(name, "quoted" | "unquoted");
        }
        if !any_block {
            scope.headline = true;
            scope.heading = true;
            scope.body = true;
            scope.list_item = true;
        }
        Ok(scope)
    }

    /// Whether a finding starting at `offset` is in scope.
    pub fn contains(&self, doc: &Document<'_>, offset: usize) -> bool {
        let Some(block) = doc.block_at(offset) else {
            return false;
        };
        let block_ok = match doc.blocks[block].kind {
            BlockKind::Headline => self.headline,
            BlockKind::Heading(_) => self.heading,
            BlockKind::ListItem => self.list_item,
            BlockKind::Paragraph | BlockKind::TableCell => self.body,
        };
        block_ok && self.quoted.is_none_or(|q| doc.in_quote(offset) == q)
    }
}
