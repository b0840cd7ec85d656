//! Hostile input: each case must end in findings or a clear per-file error,
//! never a panic, a hang or a wrong line number.

mod common;

use common::{copydesk, json, stderr, stdout};
use copydesk::ruleset::{LoadOptions, RuleSet};
use std::fs;
use std::path::Path;
use std::sync::LazyLock;
use std::time::{Duration, Instant};

static RULES: LazyLock<RuleSet> =
    LazyLock::new(|| RuleSet::load(&LoadOptions::default()).expect("built-in rules load"));

fn lint(path: &str, text: &str) -> Vec<copydesk::finding::Finding> {
    copydesk::lint_text(&RULES, path, text)
}

fn check_file(dir: &Path, name: &str, bytes: &[u8]) -> std::process::Output {
    let path = dir.join(name);
    fs::write(&path, bytes).unwrap();
    copydesk()
        .args(["check", "--no-config", "--format", "json"])
        .arg(&path)
        .output()
        .unwrap()
}

#[test]
fn empty_and_whitespace_only_files_are_clean() {
    let dir = tempfile::tempdir().unwrap();
    for (name, body) in [
        ("empty.txt", ""),
        ("blank.md", "  \n\t\n\n   "),
        ("newlines.txt", "\n\n\n"),
    ] {
        let out = check_file(dir.path(), name, body.as_bytes());
        assert_eq!(out.status.code(), Some(0), "{name}: {}", stderr(&out));
        assert_eq!(json(&out)["diagnostics"].as_array().unwrap().len(), 0);
    }
}

#[test]
fn a_byte_order_mark_is_not_text_and_offsets_still_count_it() {
    let text = "\u{feff}Headline\n\nThe fire destroyed TK homes.\n";
    for path in ["a.txt", "a.md"] {
        let findings = lint(path, text);
        let tk: Vec<_> = findings
            .iter()
            .filter(|f| &text[f.span.clone()] == "TK")
            .collect();
        assert_eq!(tk.len(), 1, "{path}");
    }
}

#[test]
fn crlf_and_lone_cr_line_endings_keep_lines_and_columns_right() {
    let dir = tempfile::tempdir().unwrap();
    for (name, body) in [
        (
            "crlf.txt",
            "Head\r\n\r\nFirst line.\r\n\r\nThe fire destroyed TK homes.\r\n",
        ),
        (
            "cr.txt",
            "Head\r\rFirst line.\r\rThe fire destroyed TK homes.\r",
        ),
    ] {
        let out = check_file(dir.path(), name, body.as_bytes());
        let v = json(&out);
        let d = v["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .find(|d| d["rule"] == "fragment.placeholder")
            .cloned()
            .unwrap();
        assert_eq!(
            (d["line"].as_u64(), d["column"].as_u64()),
            (Some(5), Some(20)),
            "{name}"
        );
        assert_eq!(
            &body[d["start"].as_u64().unwrap() as usize..d["end"].as_u64().unwrap() as usize],
            "TK"
        );
    }
}

#[test]
fn nul_bytes_make_a_binary_file_error_and_others_still_lint() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("bin.txt"), b"Head\n\nText\0with NUL\n").unwrap();
    fs::write(
        dir.path().join("ok.txt"),
        "Head\n\nThe fire destroyed TK homes.\n",
    )
    .unwrap();
    let out = copydesk()
        .args(["check", "--no-config", "--format", "short"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("bin.txt: binary file"));
    assert!(stdout(&out).contains("ok.txt:3:20"));
}

#[test]
fn a_large_file_with_no_newline_lints_in_linear_time() {
    let unit = "The board met and the the vote was TK to 3 after \"a long debate\" in Caracas, Venezuela. ";
    let text = unit.repeat(50_000_000 / unit.len() / 10); // 5 MB in a debug build; the benchmark covers 10 MB
    let start = Instant::now();
    let findings = lint("big.txt", &text);
    assert!(findings.len() > 1000);
    assert!(
        start.elapsed() < Duration::from_secs(60),
        "took {:?}",
        start.elapsed()
    );
}

#[test]
fn deeply_nested_quotes_and_brackets_do_not_overflow() {
    for unit in ["\"'", "“‘", "(", "[", "{", "\"", "'"] {
        let text = format!(
            "Head\n\n{}end{}",
            unit.repeat(100_000),
            unit.chars().rev().collect::<String>().repeat(3)
        );
        let findings = lint("nested.txt", &text);
        for f in &findings {
            assert!(text.is_char_boundary(f.span.start) && f.span.end <= text.len());
        }
    }
}

#[test]
fn a_million_one_word_paragraphs() {
    let text = "Word\n\n".repeat(1_000_000);
    let start = Instant::now();
    let _ = lint("many.txt", &text);
    assert!(
        start.elapsed() < Duration::from_secs(60),
        "took {:?}",
        start.elapsed()
    );
}

#[test]
fn right_to_left_mixed_scripts_emoji_and_combining_marks() {
    let text = "Head\n\nשלום said \u{645}\u{631}\u{62D}\u{628}\u{627} in 東京 today 👩‍💻 with e\u{301}\u{302} TK 🇻🇪 \u{202E}reversed\u{202C} done.\n";
    let findings = lint("mixed.txt", text);
    let named: Vec<&str> = findings.iter().map(|f| &text[f.span.clone()]).collect();
    assert!(
        named.contains(&"TK") && named.contains(&"today"),
        "{named:?}"
    );
}

#[test]
fn a_symlink_loop_in_a_walked_directory_is_reported_not_followed_forever() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("a")).unwrap();
    std::os::unix::fs::symlink(dir.path(), dir.path().join("a/loop")).unwrap();
    fs::write(
        dir.path().join("a/story.txt"),
        "Head\n\nThe fire destroyed TK homes.\n",
    )
    .unwrap();
    let out = copydesk()
        .args(["check", "--no-config", "--format", "short"])
        .arg(dir.path())
        .timeout(Duration::from_secs(30))
        .output()
        .unwrap();
    assert!(stdout(&out).contains("story.txt:3:20"), "{}", stdout(&out));
}

#[test]
fn a_file_that_disappears_after_the_walk_is_an_error_for_that_file_only() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("gone.txt"), "Head\n\nTK\n").unwrap();
    fs::write(
        dir.path().join("kept.txt"),
        "Head\n\nThe fire destroyed TK homes.\n",
    )
    .unwrap();
    let (targets, errors) = copydesk::input::collect(&[dir.path().to_path_buf()]);
    assert!(errors.is_empty());
    fs::remove_file(dir.path().join("gone.txt")).unwrap();
    let results: Vec<_> = targets
        .iter()
        .map(|t| copydesk::input::read(&t.path))
        .collect();
    assert_eq!(
        results
            .iter()
            .filter(|r| r.as_ref().is_err_and(|e| e == "no such file or directory"))
            .count(),
        1
    );
    assert_eq!(results.iter().filter(|r| r.is_ok()).count(), 1);
    // A dangling symlink is the same case as seen by the binary.
    std::os::unix::fs::symlink(
        dir.path().join("missing.txt"),
        dir.path().join("dangling.txt"),
    )
    .unwrap();
    let out = copydesk()
        .args(["check", "--no-config", "--format", "short"])
        .arg(dir.path().join("dangling.txt"))
        .arg(dir.path().join("kept.txt"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stdout(&out).contains("kept.txt:3:20"));
}

#[test]
fn a_pathological_regex_in_a_rule_file_is_a_clear_error_not_a_hang() {
    let dir = tempfile::tempdir().unwrap();
    let rules = dir.path().join("evil.toml");
    fs::write(&rules, "[[rule]]\nid = \"style.evil\"\nkind = \"pattern\"\nmessage = \"x\"\nsummary = \"x\"\npattern = '(?:\\w{1000}){1000}'\n[rule.examples]\nbad = \"x\"\ngood = \"y\"\n").unwrap();
    let start = Instant::now();
    let out = copydesk()
        .args([
            "check",
            "--no-config",
            "--no-builtin",
            "--color",
            "never",
            "--rules",
        ])
        .arg(&rules)
        .arg("tests/fixtures/core/clean.txt")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("invalid regular expression"),
        "{}",
        stderr(&out)
    );
    assert!(start.elapsed() < Duration::from_secs(20));
}

#[test]
fn killing_a_fix_run_midway_leaves_every_file_old_or_new() {
    let dir = tempfile::tempdir().unwrap();
    let old = "Head\n\nThe board said the the plan would pass.\n";
    for i in 0..1500 {
        fs::write(dir.path().join(format!("a{i:04}.txt")), old).unwrap();
    }
    let new = copydesk::fix::apply_fixes(
        old,
        &lint("x.txt", old)
            .into_iter()
            .filter(|f| RULES.rules[f.rule].fixable)
            .collect::<Vec<_>>(),
    )
    .text;
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_copydesk"))
        .args(["check", "--no-config", "--fix", "--format", "short"])
        .arg(dir.path())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_millis(150));
    let _ = child.kill();
    let _ = child.wait();
    for entry in fs::read_dir(dir.path()).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if name.starts_with(".copydesk-fix-") {
            continue; // a temporary file the kill interrupted; the article itself is intact
        }
        let text = fs::read_to_string(&path).unwrap();
        assert!(
            text == old || text == new,
            "{name} is neither the old nor the new version: {text:?}"
        );
    }
}
