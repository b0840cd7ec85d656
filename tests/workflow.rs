//! End to end in a newsroom's article repository: front matter, shortcodes,
//! code blocks, inline suppressions, per-path overrides, front-matter
//! switches, baselines, fixes, and every output format, checked exactly.

mod common;

use common::{copydesk, fixture, stderr, stdout};
use std::fs;
use std::path::Path;

/// Builds a small Hugo-style article repository in `root`, linted with the
/// fixed house rule file (so built-in rule changes do not move the output).
fn site(root: &Path) {
    fs::copy(fixture("core/house.toml"), root.join("house.toml")).unwrap();
    fs::write(
        root.join("copydesk.toml"),
        "rule_files = [\"house.toml\"]\n\n[packs]\n# built-in packs stay on; the house file adds its rules\n\n[[overrides]]\npaths = [\"content/opinion/**\"]\nrules = { \"style.house-words\" = \"off\" }\n",
    )
    .unwrap();
    fs::create_dir_all(root.join("content/news")).unwrap();
    fs::create_dir_all(root.join("content/opinion")).unwrap();
    fs::write(
        root.join("content/news/ferry.md"),
        "---\ntitle: Board approves ferry plan\nauthor: Test Writer\n---\n\nThe board will utilize two ferries.\n\n{{< figure src=\"utilize.png\" caption=\"utilize\" >}}\n\n```\nutilize [TK]\n```\n\n<!-- copydesk-disable-next-line style.house-words -- quoting the bylaw's own wording -->\nThe bylaw says boards utilize reserves.\n\nSend an e-mail to the board.\n",
    )
    .unwrap();
    fs::write(root.join("content/opinion/column.md"), "---\ntitle: Why we utilize ferries\ntype: opinion\n---\n\nWe utilize ferries because we must.\n").unwrap();
    fs::write(
        root.join("content/news/skipped.md"),
        "---\ntitle: Draft\ncopydesk: { skip: true }\n---\n\nWe utilize [TK] ferries.\n",
    )
    .unwrap();
    fs::write(
        root.join("content/news/stale.md"),
        "<!-- copydesk-disable-next-line style.house-words -->\nNothing to silence here.\n",
    )
    .unwrap();
}

fn run(root: &Path, args: &[&str]) -> std::process::Output {
    copydesk()
        .current_dir(root)
        .args(["check", "--no-builtin", "--color", "never"])
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn short_output_honors_overrides_suppressions_skips_and_code() {
    let dir = tempfile::tempdir().unwrap();
    site(dir.path());
    let out = run(dir.path(), &["--format", "short", "content"]);
    assert_eq!(
        stdout(&out),
        "content/news/ferry.md:6:16: warning[style.house-words] `utilize` is banned by house style\n\
         content/news/ferry.md:17:9: info[style.house-substitution] house style writes `email`, not `e-mail`\n\
         content/news/stale.md:1:1: warning[copydesk.unused-suppression] suppression matches no finding; remove it\n"
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
}

#[test]
fn github_and_json_formats() {
    let dir = tempfile::tempdir().unwrap();
    site(dir.path());
    let out = run(dir.path(), &["--format", "github", "content/news/ferry.md"]);
    assert_eq!(
        stdout(&out),
        "::warning file=content/news/ferry.md,line=6,col=16,endLine=6,endColumn=23,title=style.house-words::`utilize` is banned by house style\n\
         ::notice file=content/news/ferry.md,line=17,col=9,endLine=17,endColumn=15,title=style.house-substitution::house style writes `email`, not `e-mail`\n"
    );
    let out = run(dir.path(), &["--format", "json", "content/news/ferry.md"]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        v["summary"],
        serde_json::json!({"files": 1, "errors": 0, "warnings": 1, "infos": 1})
    );
    assert_eq!(
        v["diagnostics"][1]["fix"],
        serde_json::json!({"replacement": "email"})
    );
}

#[test]
fn require_reason_flags_a_bare_suppression() {
    let dir = tempfile::tempdir().unwrap();
    site(dir.path());
    let out = run(
        dir.path(),
        &[
            "--format",
            "short",
            "--require-reason",
            "content/news/stale.md",
        ],
    );
    assert!(
        stdout(&out).contains("error[copydesk.suppression-reason]"),
        "{}",
        stdout(&out)
    );
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn sarif_has_rules_results_regions_and_fixes() {
    let dir = tempfile::tempdir().unwrap();
    site(dir.path());
    let out = run(dir.path(), &["--format", "sarif", "content"]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["version"], "2.1.0");
    let run = &v["runs"][0];
    assert_eq!(run["tool"]["driver"]["name"], "copydesk");
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    assert!(rules.iter().any(|r| {
        r["id"] == "style.house-words"
            && r["help"]["text"]
                .as_str()
                .unwrap()
                .contains("What it flags")
    }));
    let results = run["results"].as_array().unwrap();
    assert_eq!(results.len(), 3);
    let fix = &results[1];
    assert_eq!(fix["ruleId"], "style.house-substitution");
    assert_eq!(fix["level"], "note");
    let region = &fix["locations"][0]["physicalLocation"]["region"];
    assert_eq!(
        (region["startLine"].as_u64(), region["startColumn"].as_u64()),
        (Some(17), Some(9))
    );
    assert_eq!(
        fix["fixes"][0]["artifactChanges"][0]["replacements"][0]["insertedContent"]["text"],
        "email"
    );
    assert_eq!(
        rules[fix["ruleIndex"].as_u64().unwrap() as usize]["id"],
        "style.house-substitution"
    );
    assert!(
        fix["partialFingerprints"]["copydesk/v1"]
            .as_str()
            .unwrap()
            .starts_with("style.house-substitution|e-mail|1")
    );
}

#[test]
fn a_baseline_hides_known_findings_and_survives_edits_elsewhere() {
    let dir = tempfile::tempdir().unwrap();
    site(dir.path());
    let out = run(
        dir.path(),
        &[
            "--format",
            "short",
            "--write-baseline",
            "baseline.json",
            "content",
        ],
    );
    assert_eq!(out.status.code(), Some(0));
    // An edit above the old findings moves their lines; a new finding is added.
    let path = dir.path().join("content/news/ferry.md");
    let text = fs::read_to_string(&path)
        .unwrap()
        .replace("The board will", "A new first paragraph.\n\nThe board will");
    fs::write(
        &path,
        text + "\nWe utilize the new dock in order to save time.\n",
    )
    .unwrap();
    let out = run(
        dir.path(),
        &[
            "--format",
            "short",
            "--baseline",
            "baseline.json",
            "content",
        ],
    );
    assert_eq!(
        stdout(&out),
        "content/news/ferry.md:21:4: warning[style.house-words] `utilize` is banned by house style\n\
         content/news/ferry.md:21:25: warning[style.house-words] `in order to` is banned by house style\n"
    );
}

#[test]
fn fix_writes_the_expected_file_and_a_second_run_has_nothing_to_fix() {
    let dir = tempfile::tempdir().unwrap();
    site(dir.path());
    let path = dir.path().join("content/news/ferry.md");
    let out = run(
        dir.path(),
        &["--fix", "--format", "short", "content/news/ferry.md"],
    );
    assert!(
        stderr(&out).contains("applied 1 fixes in 1 files"),
        "{}",
        stderr(&out)
    );
    let fixed = fs::read_to_string(&path).unwrap();
    assert!(fixed.ends_with("Send an email to the board.\n"));
    assert_eq!(
        fixed.matches("utilize").count(),
        5,
        "unfixable findings are left alone"
    );
    assert!(
        !stdout(&out).contains("house-substitution"),
        "fixed findings are not reported"
    );
    let again = run(dir.path(), &["--fix", "content/news/ferry.md"]);
    assert!(stderr(&again).contains("applied 0 fixes in 0 files"));
    assert_eq!(fs::read_to_string(&path).unwrap(), fixed);
}

#[test]
fn diff_prints_the_fix_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    site(dir.path());
    let path = dir.path().join("content/news/ferry.md");
    let before = fs::read_to_string(&path).unwrap();
    let out = run(dir.path(), &["--diff", "content/news/ferry.md"]);
    let diff = stdout(&out);
    assert!(
        diff.contains("--- a/content/news/ferry.md\n+++ b/content/news/ferry.md\n"),
        "{diff}"
    );
    assert!(
        diff.contains("-Send an e-mail to the board.\n+Send an email to the board.\n"),
        "{diff}"
    );
    assert_eq!(fs::read_to_string(&path).unwrap(), before);
}

#[test]
fn fix_refuses_a_read_only_file_and_leaves_it_unchanged() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    site(dir.path());
    let path = dir.path().join("content/news/ferry.md");
    let before = fs::read_to_string(&path).unwrap();
    fs::set_permissions(&path, fs::Permissions::from_mode(0o444)).unwrap();
    let out = run(dir.path(), &["--fix", "content/news/ferry.md"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("ferry.md: cannot apply fixes: read-only file"),
        "{}",
        stderr(&out)
    );
    assert_eq!(fs::read_to_string(&path).unwrap(), before);
}

#[test]
fn config_show_names_where_values_come_from() {
    let dir = tempfile::tempdir().unwrap();
    site(dir.path());
    fs::create_dir(dir.path().join("style")).unwrap();
    fs::write(
        dir.path().join("style/newsroom.toml"),
        "fail_on = \"warning\"\n[rules]\n\"style.house-substitution\" = \"off\"\n",
    )
    .unwrap();
    let config = fs::read_to_string(dir.path().join("copydesk.toml")).unwrap();
    fs::write(
        dir.path().join("copydesk.toml"),
        format!("extends = [\"style/newsroom.toml\"]\n{config}"),
    )
    .unwrap();
    let out = copydesk()
        .current_dir(dir.path())
        .args(["config", "--show"])
        .output()
        .unwrap();
    let text = stdout(&out);
    assert!(
        text.contains("fail_on = \"warning\"    # from style/newsroom.toml")
            || text.contains("fail_on = \"warning\"    # from ./style/newsroom.toml"),
        "{text}"
    );
    assert!(
        text.contains("rules.\"style.house-substitution\" = \"off\""),
        "{text}"
    );
    assert!(
        text.contains("overrides = paths = [\"content/opinion/**\"]"),
        "{text}"
    );
    // The extended file's fail_on applies to check.
    let out = run(dir.path(), &["content/news/ferry.md"]);
    assert_eq!(out.status.code(), Some(1));
}
