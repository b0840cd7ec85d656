//! `--format sarif`: SARIF 2.1.0, for GitHub code scanning and other tools
//! that read static-analysis results. Rule metadata (summary, why, help with
//! examples) goes in the driver; each result carries its region in lines and
//! Unicode columns, byte offsets, related places, fixes and a fingerprint.

use crate::report::Diagnostic;
use crate::ruleset::{RuleSet, Severity, docs};
use serde_json::{Value, json};

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// A relative path as a URI reference: `/` separators, reserved bytes escaped.
fn uri(path: &str) -> String {
    let path = path.strip_prefix("./").unwrap_or(path);
    let mut out = String::with_capacity(path.len());
    for b in path.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => {
                out.push(b as char)
            }
            b'\\' => out.push('/'),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

fn region(
    d_line: usize,
    d_col: usize,
    end_line: usize,
    end_col: usize,
    start: usize,
    end: usize,
) -> Value {
    json!({
        "startLine": d_line,
        "startColumn": d_col,
        "endLine": end_line,
        "endColumn": end_col,
        "byteOffset": start,
        "byteLength": end - start,
    })
}

/// Renders all diagnostics as one SARIF log. `fingerprints` holds one
/// baseline fingerprint per diagnostic, in order.
pub fn render(
    out: &mut dyn std::io::Write,
    rules: &RuleSet,
    diagnostics: &[Diagnostic],
    fingerprints: &[String],
) -> std::io::Result<()> {
    let driver_rules: Vec<Value> = rules
        .rules
        .iter()
        .map(|r| {
            json!({
                "id": r.id,
                "name": r.id.replace(['.', '-'], "_"),
                "shortDescription": { "text": r.summary },
                "fullDescription": { "text": if r.why.is_empty() { r.summary.clone() } else { r.why.clone() } },
                "help": { "text": docs::explain(r) },
                "defaultConfiguration": { "level": level(r.default_severity), "enabled": r.enabled },
                "properties": { "category": r.category.as_str(), "tags": [r.category.as_str()] },
            })
        })
        .collect();
    let results: Vec<Value> = diagnostics
        .iter()
        .enumerate()
        .map(|(n, d)| {
            let location = json!({
                "physicalLocation": {
                    "artifactLocation": { "uri": uri(&d.path) },
                    "region": region(d.line, d.column, d.end_line, d.end_column, d.start, d.end),
                }
            });
            let mut result = json!({
                "ruleId": d.rule,
                "ruleIndex": rules.find(&d.rule).unwrap_or(0),
                "level": level(d.severity),
                "message": { "text": d.message },
                "locations": [location],
            });
            if let Some(print) = fingerprints.get(n) {
                result["partialFingerprints"] = json!({ "copydesk/v1": print });
            }
            if !d.related.is_empty() {
                result["relatedLocations"] = Value::Array(
                    d.related
                        .iter()
                        .enumerate()
                        .map(|(i, r)| {
                            json!({
                                "id": i,
                                "message": { "text": r.message },
                                "physicalLocation": {
                                    "artifactLocation": { "uri": uri(&d.path) },
                                    "region": { "startLine": r.line, "startColumn": r.column, "byteOffset": r.start, "byteLength": r.end - r.start },
                                }
                            })
                        })
                        .collect(),
                );
            }
            if let Some(fix) = &d.fix {
                result["fixes"] = json!([{
                    "description": { "text": if fix.replacement.is_empty() { "remove it".to_owned() } else { format!("replace with `{}`", fix.replacement) } },
                    "artifactChanges": [{
                        "artifactLocation": { "uri": uri(&d.path) },
                        "replacements": [{
                            "deletedRegion": region(d.line, d.column, d.end_line, d.end_column, d.start, d.end),
                            "insertedContent": { "text": fix.replacement },
                        }]
                    }]
                }]);
            }
            result
        })
        .collect();
    let log = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": {
                "name": "copydesk",
                "version": env!("CARGO_PKG_VERSION"),
                "rules": driver_rules,
            }},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }]
    });
    serde_json::to_writer_pretty(&mut *out, &log).map_err(std::io::Error::other)?;
    writeln!(out)
}

#[cfg(test)]
mod tests {
    use super::uri;

    #[test]
    fn paths_become_uri_references() {
        assert_eq!(uri("./content/a b.md"), "content/a%20b.md");
        assert_eq!(uri("news/100%.md"), "news/100%25.md");
    }
}
