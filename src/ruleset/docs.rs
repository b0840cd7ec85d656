//! Rule documentation from rule metadata: `copydesk explain ID` and the
//! generated `docs/rules.md` come from this one place, so they cannot drift.

use super::{RuleMeta, RuleSet};
use std::fmt::Write;

/// The text `copydesk explain` prints.
pub fn explain(meta: &RuleMeta) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} ({} {}, pack `{}`, kind `{}`)",
        meta.id, meta.default_severity, meta.category, meta.pack, meta.kind
    );
    let _ = writeln!(out);
    let _ = writeln!(out, "What it flags\n  {}", indent(&meta.summary));
    if !meta.why.is_empty() {
        let _ = writeln!(out, "\nWhy it matters\n  {}", indent(&meta.why));
    }
    for bad in &meta.examples.bad {
        let _ = writeln!(out, "\nExample\n  {}", indent(bad));
    }
    for good in &meta.examples.good {
        let _ = writeln!(out, "\nInstead\n  {}", indent(good));
    }
    let _ = writeln!(out, "\nConfiguration\n  {}", indent(&config_text(meta)));
    if meta.severity != meta.default_severity || !meta.enabled {
        let state = if meta.enabled {
            meta.severity.as_str()
        } else {
            "off"
        };
        let _ = writeln!(out, "\n  (this project sets it to `{state}`)");
    }
    let _ = writeln!(out, "\nDefined in {}", meta.source);
    out
}

fn config_text(meta: &RuleMeta) -> String {
    let mut text = format!(
        "In copydesk.toml:\n[rules]\n\"{}\" = \"off\"    # or \"error\", \"warning\", \"info\"",
        meta.id
    );
    if !meta.config.is_empty() {
        text.push_str("\n\n");
        text.push_str(&meta.config);
    }
    text
}

fn indent(text: &str) -> String {
    text.trim().replace('\n', "\n  ")
}

/// `docs/rules.md`: every built-in rule, by category.
pub fn rules_markdown(rules: &RuleSet) -> String {
    let mut out = String::new();
    out.push_str("# Rules\n\n");
    out.push_str("<!-- Generated from the rule files in rules/ by `copydesk rules --markdown`. Do not edit by hand: a test fails when this file is stale. -->\n\n");
    out.push_str("| id | severity | fix | summary |\n| --- | --- | --- | --- |\n");
    let mut sorted: Vec<&RuleMeta> = rules.rules.iter().collect();
    sorted.sort_by(|a, b| (a.category, &a.id).cmp(&(b.category, &b.id)));
    for m in &sorted {
        let _ = writeln!(
            out,
            "| [`{}`](#{}) | {} | {} | {} |",
            m.id,
            anchor(&m.id),
            m.default_severity,
            if m.fixable { "yes" } else { "" },
            m.summary.replace('|', "\\|").replace('\n', " ")
        );
    }
    for m in &sorted {
        let _ = writeln!(out, "\n## `{}`\n", m.id);
        let _ = writeln!(
            out,
            "Category `{}`, severity `{}`, kind `{}`, pack `{}`.\n",
            m.category, m.default_severity, m.kind, m.pack
        );
        let _ = writeln!(out, "**What it flags.** {}\n", m.summary.trim());
        if !m.why.is_empty() {
            let _ = writeln!(out, "**Why it matters.** {}\n", m.why.trim());
        }
        for bad in &m.examples.bad {
            let _ = writeln!(out, "**Example**\n\n```text\n{}\n```\n", bad.trim());
        }
        for good in &m.examples.good {
            let _ = writeln!(out, "**Instead**\n\n```text\n{}\n```\n", good.trim());
        }
        let _ = writeln!(
            out,
            "**Configuration**\n\n```toml\n{}\n```",
            config_text(m).trim_start_matches("In copydesk.toml:\n")
        );
    }
    out
}

fn anchor(id: &str) -> String {
    id.chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect()
}
