//! The command-line contract, run against the real binary: every exit code,
//! standard input, the output formats, per-file errors, subcommands.

mod common;

use common::{copydesk, fixture, json, rel, stderr, stdout};

#[test]
fn clean_file_exits_0_with_a_summary_on_stderr() {
    let out = copydesk()
        .args(["check", "--no-config", &rel("core/clean.txt")])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).is_empty());
    assert!(stderr(&out).contains("no problems found in 1 file"));
}

#[test]
fn warnings_pass_by_default_and_fail_with_fail_on_warning() {
    let file = rel("core/warning-only.txt");
    let out = copydesk()
        .args(["check", "--no-config", &file])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(stdout(&out).contains("style.relative-date"));
    let out = copydesk()
        .args(["check", "--no-config", "--fail-on", "warning", &file])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn an_error_finding_exits_1() {
    let out = copydesk()
        .args(["check", "--no-config", &rel("core/error.txt")])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).contains("error[fragment.placeholder]"));
}

#[test]
fn a_missing_file_exits_2_and_the_others_are_still_linted() {
    let out = copydesk()
        .args([
            "check",
            "--no-config",
            "--format",
            "json",
            "no/such/file.txt",
            &rel("core/error.txt"),
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("no/such/file.txt: no such file or directory"));
    let v = json(&out);
    assert_eq!(v["summary"]["files"], 1);
    assert_eq!(v["diagnostics"][0]["rule"], "fragment.placeholder");
}

#[test]
fn invalid_utf8_exits_2_and_valid_files_are_still_reported() {
    let out = copydesk()
        .args([
            "check",
            "--no-config",
            "--format",
            "json",
            &rel("core/invalid-utf8.txt"),
            &rel("core/error.txt"),
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("invalid-utf8.txt: not valid UTF-8 (invalid byte at offset 27)"),
        "{}",
        stderr(&out)
    );
    let v = json(&out);
    let paths: Vec<&str> = v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["path"].as_str().unwrap())
        .collect();
    assert!(paths.iter().all(|p| p.ends_with("error.txt")) && !paths.is_empty());
}

#[test]
fn a_bad_flag_exits_2() {
    let out = copydesk()
        .args(["check", "--no-such-flag"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let out = copydesk()
        .args(["check", "--format", "yaml", "x.txt"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("invalid value 'yaml'"));
}

#[test]
fn stdin_is_read_with_dash_and_named_by_stdin_filename() {
    let out = copydesk()
        .args([
            "check",
            "--no-config",
            "--format",
            "json",
            "--stdin-filename",
            "story.md",
            "-",
        ])
        .write_stdin("---\ntitle: x\n---\n\nThe fire destroyed TK homes.\n\n```\nTK\n```\n")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let v = json(&out);
    let diags = v["diagnostics"].as_array().unwrap();
    assert_eq!(
        diags.len(),
        1,
        "the TK in the code block is not prose: {diags:?}"
    );
    assert_eq!(diags[0]["path"], "story.md");
    assert_eq!(diags[0]["line"], 5);
    assert_eq!(diags[0]["column"], 20);
}

#[test]
fn piped_stdin_without_paths_is_linted_as_stdin() {
    let out = copydesk()
        .args(["check", "--no-config", "--format", "short"])
        .write_stdin("Head\n\nThe fire destroyed TK homes.\n")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stdout(&out),
        "<stdin>:3:20: error[fragment.placeholder] placeholder `TK` left in the copy\n"
    );
}

#[test]
fn json_spans_point_at_exactly_the_text_they_name() {
    let path = fixture("core/house-article.md");
    let text = std::fs::read_to_string(&path).unwrap();
    let out = copydesk()
        .args([
            "check",
            "--no-config",
            "--no-builtin",
            "--rules",
            &rel("core/house.toml"),
            "--format",
            "json",
            &rel("core/house-article.md"),
        ])
        .output()
        .unwrap();
    let v = json(&out);
    let diags = v["diagnostics"].as_array().unwrap();
    assert!(diags.len() >= 6, "{diags:?}");
    let lines: Vec<&str> = text.split('\n').collect();
    for d in diags {
        let (start, end) = (
            d["start"].as_u64().unwrap() as usize,
            d["end"].as_u64().unwrap() as usize,
        );
        let (line, col) = (
            d["line"].as_u64().unwrap() as usize,
            d["column"].as_u64().unwrap() as usize,
        );
        let (end_line, end_col) = (
            d["end_line"].as_u64().unwrap() as usize,
            d["end_column"].as_u64().unwrap() as usize,
        );
        let line_start: usize = lines[..line - 1].iter().map(|l| l.len() + 1).sum();
        let by_column: usize = line_start
            + lines[line - 1]
                .chars()
                .take(col - 1)
                .map(char::len_utf8)
                .sum::<usize>();
        assert_eq!(by_column, start, "line/column disagree with start for {d}");
        let end_line_start: usize = lines[..end_line - 1].iter().map(|l| l.len() + 1).sum();
        let by_end: usize = end_line_start
            + lines[end_line - 1]
                .chars()
                .take(end_col - 1)
                .map(char::len_utf8)
                .sum::<usize>();
        assert_eq!(by_end, end, "end_line/end_column disagree with end for {d}");
        let message = d["message"].as_str().unwrap();
        let named = &text[start..end];
        assert!(
            message.contains(&format!("`{named}`")),
            "{message:?} does not name {named:?}"
        );
    }
    // Ordered by path, then start.
    let starts: Vec<u64> = diags.iter().map(|d| d["start"].as_u64().unwrap()).collect();
    assert!(starts.windows(2).all(|w| w[0] <= w[1]));
}

#[test]
fn output_is_identical_whatever_the_thread_count() {
    let run = |threads: &str| {
        copydesk()
            .args([
                "check",
                "--no-config",
                "--format",
                "json",
                "-j",
                threads,
                "tests/fixtures",
                "examples",
            ])
            .output()
            .unwrap()
    };
    let one = run("1");
    let two = run("2");
    assert_eq!(one.stdout, two.stdout);
    assert!(!one.stdout.is_empty());
}

#[test]
fn directories_are_walked_for_articles_skipping_hidden_and_ignored_files() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::create_dir_all(root.join("content/.drafts")).unwrap();
    std::fs::write(
        root.join("content/story.md"),
        "The fire destroyed TK homes.\n",
    )
    .unwrap();
    std::fs::write(root.join("content/notes.html"), "TK\n").unwrap();
    std::fs::write(root.join("content/.drafts/hidden.md"), "TK\n").unwrap();
    std::fs::write(root.join("content/skipped.md"), "TK\n").unwrap();
    std::fs::write(root.join(".gitignore"), "skipped.md\n").unwrap();
    let out = copydesk()
        .current_dir(root)
        .args(["check", "--no-config", "--format", "short", "."])
        .output()
        .unwrap();
    assert_eq!(
        stdout(&out),
        "./content/story.md:1:20: error[fragment.placeholder] placeholder `TK` left in the copy\n"
    );
}

#[test]
fn rich_output_has_no_color_unless_asked_and_honors_no_color() {
    let file = rel("core/error.txt");
    let plain = copydesk()
        .args(["check", "--no-config", &file])
        .output()
        .unwrap();
    assert!(!stdout(&plain).contains('\u{1b}'));
    let colored = copydesk()
        .args(["check", "--no-config", "--color", "always", &file])
        .output()
        .unwrap();
    assert!(stdout(&colored).contains('\u{1b}'));
    let no_color = copydesk()
        .env("NO_COLOR", "1")
        .args(["check", "--no-config", &file])
        .output()
        .unwrap();
    assert!(!stdout(&no_color).contains('\u{1b}'));
}

#[test]
fn nothing_to_lint_is_a_usage_error() {
    // assert_cmd gives the child an empty, non-terminal stdin: that is piped input.
    let out = copydesk()
        .args(["check", "--no-config"])
        .write_stdin("")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn explain_prints_the_rule_doc_and_rejects_unknown_ids() {
    let out = copydesk()
        .args(["explain", "--no-config", "fragment.placeholder"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    for section in [
        "What it flags",
        "Why it matters",
        "Example",
        "Instead",
        "Configuration",
    ] {
        assert!(text.contains(section), "missing {section}: {text}");
    }
    let out = copydesk()
        .args(["explain", "--no-config", "fragment.nope"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("no rule has the id `fragment.nope`"));
}

#[test]
fn rules_lists_every_rule_with_its_source() {
    let out = copydesk().args(["rules", "--no-config"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    assert!(
        text.contains("fragment.placeholder") && text.contains("rules/fragments.toml (built-in)")
    );
}

#[test]
fn rules_test_checks_a_house_file_and_reports_failing_examples() {
    let ok = copydesk()
        .args([
            "rules",
            "--test",
            "--no-config",
            "--no-builtin",
            "--rules",
            &rel("core/house.toml"),
        ])
        .output()
        .unwrap();
    assert_eq!(ok.status.code(), Some(0), "{}", stdout(&ok));
    assert!(stdout(&ok).contains("3 rules, 6 examples: 0 failed"));
    let bad = copydesk()
        .args([
            "rules",
            "--test",
            "--no-config",
            "--no-builtin",
            "--rules",
            &rel("core/bad-rules/failing-example.toml"),
        ])
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(1));
    assert!(stdout(&bad).contains("FAIL style.misses"));
}

#[test]
fn init_writes_a_starter_config_once() {
    let dir = tempfile::tempdir().unwrap();
    let out = copydesk()
        .current_dir(dir.path())
        .arg("init")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let written = std::fs::read_to_string(dir.path().join("copydesk.toml")).unwrap();
    assert!(written.contains("[rules]"));
    // The starter must itself be a valid configuration.
    let check = copydesk()
        .current_dir(dir.path())
        .args(["rules"])
        .output()
        .unwrap();
    assert_eq!(check.status.code(), Some(0), "{}", stderr(&check));
    let again = copydesk()
        .current_dir(dir.path())
        .arg("init")
        .output()
        .unwrap();
    assert_eq!(again.status.code(), Some(2));
    assert!(stderr(&again).contains("already exists"));
}

#[test]
fn config_is_found_upward_and_switches_rules() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("copydesk.toml"),
        "[rules]\n\"fragment.placeholder\" = \"off\"\n\"style.relative-date\" = \"error\"\n",
    )
    .unwrap();
    std::fs::create_dir(dir.path().join("news")).unwrap();
    std::fs::write(
        dir.path().join("news/a.txt"),
        "Head\n\nTK homes burned yesterday.\n",
    )
    .unwrap();
    let out = copydesk()
        .current_dir(dir.path().join("news"))
        .args(["check", "--format", "short", "a.txt"])
        .output()
        .unwrap();
    assert_eq!(
        stdout(&out),
        "a.txt:3:17: error[style.relative-date] relative date `yesterday`: give the day or date\n"
    );
    assert_eq!(out.status.code(), Some(1));
}
