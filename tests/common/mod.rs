//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::PathBuf;

/// The real `copydesk` binary, run from the crate root with no configuration
/// file and no color, so nothing depends on the machine.
pub fn copydesk() -> assert_cmd::Command {
    let mut cmd = assert_cmd::Command::new(env!("CARGO_BIN_EXE_copydesk"));
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("NO_COLOR");
    cmd
}

/// A path under tests/fixtures.
pub fn fixture(rel: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(rel)
}

/// The relative form used in commands run from the crate root.
pub fn rel(path: &str) -> String {
    format!("tests/fixtures/{path}")
}

pub fn stdout(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

pub fn stderr(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// Parses `--format json` output.
pub fn json(output: &std::process::Output) -> serde_json::Value {
    serde_json::from_slice(&output.stdout).expect("stdout is the documented JSON")
}

/// The built-in rules, loaded once per test binary.
pub fn builtin_rules() -> &'static copydesk::ruleset::RuleSet {
    use std::sync::LazyLock;
    static RULES: LazyLock<copydesk::ruleset::RuleSet> = LazyLock::new(|| {
        copydesk::ruleset::RuleSet::load(&copydesk::ruleset::LoadOptions::default())
            .expect("built-in packs load")
    });
    &RULES
}

/// The built-in rules under a project whose copydesk.toml is `toml` (the
/// file is read while loading, so the temporary folder may go after).
pub fn rules_with_config(toml: &str) -> copydesk::ruleset::RuleSet {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let config = dir.path().join("copydesk.toml");
    std::fs::write(&config, toml).expect("the config is written");
    copydesk::ruleset::RuleSet::load(&copydesk::ruleset::LoadOptions {
        config: Some(config),
        ..copydesk::ruleset::LoadOptions::default()
    })
    .expect("the config loads")
}

/// A fixture's text, from tests/fixtures/<family>/<name>.
pub fn read_fixture(family: &str, name: &str) -> String {
    std::fs::read_to_string(fixture(&format!("{family}/{name}"))).expect("fixture exists")
}

/// (rule id, 1-based line) of every built-in finding whose id starts with
/// one of `prefixes`.
pub fn rule_lines(
    text: &str,
    format: copydesk::document::Format,
    prefixes: &[&str],
) -> Vec<(String, usize)> {
    rule_lines_with(builtin_rules(), text, format, prefixes)
}

/// [`rule_lines`] under the given rules.
pub fn rule_lines_with(
    rules: &copydesk::ruleset::RuleSet,
    text: &str,
    format: copydesk::document::Format,
    prefixes: &[&str],
) -> Vec<(String, usize)> {
    let doc = copydesk::document::Document::parse(text, format);
    rules
        .lint(&doc)
        .iter()
        .map(|f| {
            (
                rules.rules[f.rule].id.clone(),
                text[..f.span.start].matches('\n').count() + 1,
            )
        })
        .filter(|(id, _)| prefixes.iter().any(|p| id.starts_with(p)))
        .collect()
}
