//! Rendered diagnostics, pinned by snapshots: the rich (codespan) format with
//! colors off, and the short and GitHub formats, on a fixture article linted
//! with a fixed house rule file (so new built-in rules do not move them).

mod common;

use common::{copydesk, rel, stdout};

fn render(format: &str) -> String {
    let out = copydesk()
        .args([
            "check",
            "--no-config",
            "--no-builtin",
            "--color",
            "never",
            "--rules",
            &rel("core/house.toml"),
            "--format",
            format,
            &rel("core/house-article.md"),
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    stdout(&out)
}

#[test]
fn rich() {
    insta::assert_snapshot!(render("rich"));
}

#[test]
fn short() {
    insta::assert_snapshot!(render("short"));
}

#[test]
fn github() {
    insta::assert_snapshot!(render("github"));
}

#[test]
fn json() {
    insta::assert_snapshot!(render("json"));
}
