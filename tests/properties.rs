//! Properties that hold for any input: spans inside the text and on char
//! boundaries, line/column agreeing with byte offsets, deterministic output,
//! and fixes that are idempotent and touch nothing outside their spans.

use copydesk::document::{Document, Format};
use copydesk::fix::apply_fixes;
use copydesk::report;
use copydesk::ruleset::{LoadOptions, RuleSet};
use copydesk::{LintOptions, lint_file};
use proptest::prelude::*;
use std::path::Path;
use std::sync::LazyLock;

static RULES: LazyLock<RuleSet> =
    LazyLock::new(|| RuleSet::load(&LoadOptions::default()).expect("built-in rules load"));

/// Pieces of news copy and of the syntax around it, the raw material of
/// generated articles: names, quotes of every kind, Markdown, planted slips.
const PIECES: &[&str] = &[
    "The",
    "the",
    "the the",
    "said",
    "Maduro",
    "Juan Guaido",
    "Mr",
    "Mr.",
    "Dr.",
    "U.S.",
    "US",
    "USA",
    "USA -backed",
    "United States",
    "Russian Federation",
    "TK",
    "XXX",
    "[LINK]",
    "today",
    "recognized",
    "recognised",
    "Critics say",
    "according to people close to",
    "\"",
    "'",
    "\u{201C}",
    "\u{201D}",
    "\u{2018}",
    "\u{2019}",
    ",\"'",
    "?",
    ".",
    ",",
    "(",
    ")",
    "[",
    "]",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "- ",
    "# ",
    "> ",
    "```",
    "`",
    "---\ntitle: x\n---\n",
    "<!--",
    "-->",
    "<!-- copydesk-disable-next-line style.relative-date -->",
    "// copydesk-disable",
    "{{< figure >}}",
    "https://example.com/a.b",
    "José Núñez",
    "Zoë",
    "\u{200D}",
    "\u{1F469}\u{200D}\u{1F4BB}",
    "e\u{301}",
    "\u{5E9}\u{5DC}\u{5D5}\u{5DD}",
    "\u{0}",
    "\u{feff}",
    "   ",
    "\t",
    "3.5",
    "'90s",
    "rock 'n' roll",
    "He",
    "She said:",
    "Did it?",
    "  \u{2022} Jane Doe",
];

fn article() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::collection::vec(prop::sample::select(PIECES), 0..80)
            .prop_map(|parts| parts.join(" ")),
        prop::collection::vec(prop::sample::select(PIECES), 0..80).prop_map(|parts| parts.concat()),
        "\\PC{0,200}",
        any::<String>(),
    ]
}

fn check_spans(text: &str, path: &str) {
    let (findings, policy) = lint_file(&RULES, Path::new(path), text, LintOptions::default());
    for f in &findings {
        assert!(
            f.span.start <= f.span.end && f.span.end <= text.len(),
            "span {:?} outside text of {} bytes",
            f.span,
            text.len()
        );
        assert!(
            text.is_char_boundary(f.span.start) && text.is_char_boundary(f.span.end),
            "span {:?} splits a char",
            f.span
        );
        for r in &f.related {
            assert!(
                r.span.end <= text.len()
                    && text.is_char_boundary(r.span.start)
                    && text.is_char_boundary(r.span.end)
            );
        }
    }
    let diagnostics = report::diagnostics(&RULES, path, text, &findings, Some(&policy.severity));
    for d in &diagnostics {
        // Recompute line and column from the byte offset, treating \n, \r\n and \r as line ends.
        let before = &text[..d.start];
        let mut line = 1;
        let mut line_start = 0;
        let bytes = before.as_bytes();
        for (i, &b) in bytes.iter().enumerate() {
            if b == b'\n' || (b == b'\r' && text.as_bytes().get(i + 1) != Some(&b'\n')) {
                line += 1;
                line_start = i + 1;
            }
        }
        assert_eq!(d.line, line, "line of {d:?}");
        assert_eq!(
            d.column,
            text[line_start..d.start].chars().count() + 1,
            "column of {d:?}"
        );
    }
    // Deterministic: the same input gives the same findings.
    let (again, _) = lint_file(&RULES, Path::new(path), text, LintOptions::default());
    assert_eq!(findings, again);
}

fn check_fixes(text: &str, path: &str) {
    let lint = |t: &str| lint_file(&RULES, Path::new(path), t, LintOptions::default()).0;
    let safe = |fs: &[copydesk::finding::Finding]| -> Vec<copydesk::finding::Finding> {
        fs.iter()
            .filter(|f| f.fix.is_some() && RULES.rules[f.rule].fixable)
            .cloned()
            .collect()
    };
    let findings = lint(text);
    let once = apply_fixes(text, &safe(&findings));
    // Outside the edits, nothing changed.
    let mut rebuilt = String::new();
    let mut pos = 0;
    for (span, replacement) in &once.edits {
        assert!(span.start >= pos, "edits overlap");
        rebuilt.push_str(&text[pos..span.start]);
        rebuilt.push_str(replacement);
        pos = span.end;
    }
    rebuilt.push_str(&text[pos..]);
    assert_eq!(rebuilt, once.text);
    // Fixing to a fixpoint, then once more, changes nothing.
    let mut current = once.text;
    for _ in 0..8 {
        let next = apply_fixes(&current, &safe(&lint(&current)));
        if next.applied == 0 {
            break;
        }
        current = next.text;
    }
    let twice = apply_fixes(&current, &safe(&lint(&current)));
    assert_eq!(
        twice.applied, 0,
        "a fixed text still has fixes: {:?}",
        twice.edits
    );
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn spans_are_valid_and_output_is_deterministic(text in article()) {
        check_spans(&text, "a.txt");
        check_spans(&text, "a.md");
    }

    #[test]
    fn fixes_are_idempotent_and_local(text in article()) {
        check_fixes(&text, "a.txt");
        check_fixes(&text, "a.md");
    }

    #[test]
    fn the_document_model_never_panics_and_keeps_offsets(text in article()) {
        for format in [Format::PlainText, Format::Markdown] {
            let doc = Document::parse(&text, format);
            prop_assert_eq!(doc.prose.len(), text.len());
            for b in &doc.blocks {
                prop_assert!(text.is_char_boundary(b.range.start) && text.is_char_boundary(b.range.end));
            }
            for s in &doc.sentences {
                prop_assert!(s.range.end <= text.len() && text.is_char_boundary(s.range.start));
            }
            for q in &doc.quotes {
                prop_assert!(q.content.start <= q.content.end && q.content.end <= text.len());
            }
        }
    }
}
