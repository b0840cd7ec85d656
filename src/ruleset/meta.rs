//! What every rule carries whatever its kind: id, category, severity,
//! message, docs and examples. `copydesk rules`, `copydesk explain` and the
//! generated `docs/rules.md` all read this one record.

use std::fmt;
use std::str::FromStr;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Category {
    Attribution,
    Naming,
    Fragment,
    Style,
    Mechanics,
    /// copydesk's own directives (unused suppressions).
    Copydesk,
}

impl Category {
    pub const ALL: [Category; 5] = [
        Category::Attribution,
        Category::Naming,
        Category::Fragment,
        Category::Style,
        Category::Mechanics,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Category::Attribution => "attribution",
            Category::Naming => "naming",
            Category::Fragment => "fragment",
            Category::Style => "style",
            Category::Mechanics => "mechanics",
            Category::Copydesk => "copydesk",
        }
    }
}

impl FromStr for Category {
    type Err = ();
    fn from_str(s: &str) -> Result<Self, ()> {
        Category::ALL
            .into_iter()
            .find(|c| c.as_str() == s)
            .ok_or(())
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How serious a finding is. Ordered: `Info < Warning < Error`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
}

impl FromStr for Severity {
    type Err = ();
    fn from_str(s: &str) -> Result<Self, ()> {
        match s {
            "error" => Ok(Severity::Error),
            "warning" => Ok(Severity::Warning),
            "info" => Ok(Severity::Info),
            _ => Err(()),
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A rule's examples: each `bad` snippet must be flagged, each `good` one
/// must not, and `fixed` (when given) is `bad` after the rule's fixes.
#[derive(Debug, Clone, Default)]
pub struct Examples {
    pub bad: Vec<String>,
    pub good: Vec<String>,
    pub fixed: Vec<String>,
}

/// Everything about a rule except how it matches.
#[derive(Debug, Clone)]
pub struct RuleMeta {
    pub id: String,
    pub category: Category,
    pub kind: String,
    /// Severity in force (after the project's configuration).
    pub severity: Severity,
    /// Severity the rule file declares.
    pub default_severity: Severity,
    pub message: String,
    pub summary: String,
    pub why: String,
    /// How to configure the rule, beyond turning it off.
    pub config: String,
    pub examples: Examples,
    /// The pack (rule file) it comes from.
    pub pack: String,
    /// Where the rule was declared: `rules/naming.toml (built-in)` or a path.
    pub source: String,
    pub enabled: bool,
    /// The rule proposes fixes safe to apply without review.
    pub fixable: bool,
}

/// Checks an id has the form `category.name` in lower-case kebab-case, and
/// returns the category.
pub fn parse_id(id: &str) -> Result<Category, String> {
    let Some((category, name)) = id.split_once('.') else {
        return Err(format!("rule id `{id}` must be `category.name`"));
    };
    let kebab = |s: &str| {
        !s.is_empty()
            && !s.starts_with('-')
            && !s.ends_with('-')
            && s.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    };
    if !kebab(name) {
        return Err(format!(
            "rule name `{name}` must be lower-case kebab-case (letters, digits, `-`)"
        ));
    }
    category.parse().map_err(|()| {
        let all: Vec<&str> = Category::ALL.iter().map(|c| c.as_str()).collect();
        format!(
            "unknown category `{category}`; expected one of {}",
            all.join(", ")
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_category_dot_kebab_name() {
        assert_eq!(parse_id("naming.first-reference"), Ok(Category::Naming));
        assert!(parse_id("naming").is_err());
        assert!(
            parse_id("nouns.first")
                .unwrap_err()
                .contains("unknown category `nouns`")
        );
        assert!(parse_id("style.Bad_Name").is_err());
    }

    #[test]
    fn severities_order_from_info_to_error() {
        assert!(Severity::Info < Severity::Warning && Severity::Warning < Severity::Error);
        assert_eq!("warning".parse(), Ok(Severity::Warning));
    }
}
