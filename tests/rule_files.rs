//! Bad rule files: each problem exits 2 with a diagnostic that points into
//! the rule file itself. Snapshots pin the rendered diagnostics (no color).

mod common;

use common::{copydesk, rel, stderr};

fn load_error(file: &str) -> String {
    let out = copydesk()
        .args([
            "check",
            "--no-config",
            "--no-builtin",
            "--color",
            "never",
            "--rules",
            &rel(&format!("core/bad-rules/{file}")),
            &rel("core/clean.txt"),
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{file} must make the run fail");
    assert!(
        out.stdout.is_empty(),
        "nothing is linted when rules fail to load"
    );
    stderr(&out)
}

#[test]
fn invalid_regex_points_at_the_pattern() {
    let err = load_error("invalid-regex.toml");
    assert!(err.contains("invalid-regex.toml:6:"), "{err}");
    insta::assert_snapshot!(err);
}

#[test]
fn unknown_key_points_at_the_key() {
    insta::assert_snapshot!(load_error("unknown-key.toml"));
}

#[test]
fn unknown_category_points_at_the_id() {
    insta::assert_snapshot!(load_error("unknown-category.toml"));
}

#[test]
fn duplicate_id_points_at_the_second_and_names_the_first() {
    insta::assert_snapshot!(load_error("duplicate-id.toml"));
}

#[test]
fn invalid_toml_points_at_the_syntax_error() {
    insta::assert_snapshot!(load_error("invalid-toml.toml"));
}

#[test]
fn a_bad_configuration_points_into_copydesk_toml() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("copydesk.toml");
    std::fs::write(&config, "fail_on = \"sometimes\"\n\n[rules]\n\"style.no-such-rule\" = \"off\"\n\n[packs]\nnope = false\n").unwrap();
    let out = copydesk()
        .current_dir(dir.path())
        .args(["check", "--color", "never", "x.txt"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out).replace(&dir.path().display().to_string(), "<dir>");
    assert!(
        err.contains("no rule has the id `style.no-such-rule`"),
        "{err}"
    );
    assert!(err.contains("unknown pack `nope`"), "{err}");
    assert!(err.contains("unknown severity `sometimes`"), "{err}");
    assert!(err.contains("copydesk.toml:4:"), "{err}");
}

#[test]
fn a_missing_rule_file_named_in_the_config_is_an_error_at_its_entry() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("copydesk.toml"),
        "rule_files = [\"house/missing.toml\"]\n",
    )
    .unwrap();
    let out = copydesk()
        .current_dir(dir.path())
        .args(["rules", "--color", "never"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("cannot read rule file") && err.contains("missing.toml"),
        "{err}"
    );
    assert!(err.contains("copydesk.toml:1:"), "{err}");
}

#[test]
fn yielding_to_an_unknown_rule_points_at_the_id() {
    let err = load_error("unknown-yield.toml");
    assert!(err.contains("unknown rule `style.no-such-rule`"), "{err}");
    insta::assert_snapshot!(err);
}
