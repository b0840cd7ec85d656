//! Command-line arguments (clap derive).

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// An editorial linter for news copy: unattributed claims, inconsistent
/// naming, dangling fragments.
#[derive(Debug, Parser)]
#[command(name = "copydesk", version, about, max_term_width = 100)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Lint articles (files, directories, or `-` for standard input).
    Check(CheckArgs),
    /// List the loaded rules, or test them against their own examples.
    Rules(RulesArgs),
    /// Explain a rule: what it flags, why, an example, how to configure it.
    Explain(ExplainArgs),
    /// Write a commented starter copydesk.toml in the current directory.
    Init(InitArgs),
    /// Show the effective configuration and where each value came from.
    Config(ConfigArgs),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// rustc-style snippets (default)
    Rich,
    /// one JSON object (see DESIGN.md)
    Json,
    /// path:line:col: severity[rule] message
    Short,
    /// GitHub Actions annotations
    Github,
    /// SARIF 2.1.0 (code scanning)
    Sarif,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, ValueEnum)]
pub enum Level {
    Info,
    Warning,
    Error,
}

/// Flags that choose which rules load.
#[derive(Debug, Clone, Args)]
pub struct RuleArgs {
    /// Use this configuration file instead of looking for copydesk.toml.
    #[arg(long, value_name = "FILE", global = true)]
    pub config: Option<PathBuf>,
    /// Do not read any copydesk.toml.
    #[arg(long, global = true, conflicts_with = "config")]
    pub no_config: bool,
    /// Load an extra rule file (repeatable).
    #[arg(long = "rules", value_name = "FILE", global = true)]
    pub rules: Vec<PathBuf>,
    /// Leave out the built-in rule packs.
    #[arg(long, global = true)]
    pub no_builtin: bool,
    /// When to color output.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, global = true)]
    pub color: ColorChoice,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Files or directories to lint; `-` (or nothing, with piped input) reads standard input.
    pub paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Rich)]
    pub format: Format,
    /// Lowest severity that makes the exit status 1 [default: error].
    #[arg(long, value_enum)]
    pub fail_on: Option<Level>,
    /// The name standard input is reported under (its extension picks Markdown or plain text).
    #[arg(long, value_name = "NAME")]
    pub stdin_filename: Option<String>,
    /// Worker threads (default: one per core).
    #[arg(long, short = 'j', value_name = "N")]
    pub threads: Option<usize>,
    /// Apply the fixes rules mark safe, writing each file atomically.
    #[arg(long, conflicts_with = "diff")]
    pub fix: bool,
    /// Print the safe fixes as a unified diff instead of writing them.
    #[arg(long)]
    pub diff: bool,
    /// With --fix, also write through symbolic links.
    #[arg(long, requires = "fix")]
    pub fix_symlinks: bool,
    /// Inline suppressions must give a reason (`-- why`).
    #[arg(long)]
    pub require_reason: bool,
    /// Report only findings not recorded in this baseline file.
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<PathBuf>,
    /// Record the current findings in this baseline file.
    #[arg(long, value_name = "FILE", conflicts_with = "baseline")]
    pub write_baseline: Option<PathBuf>,
    #[command(flatten)]
    pub rule_args: RuleArgs,
}

#[derive(Debug, Args)]
pub struct RulesArgs {
    /// Run every rule against its own examples and report failures.
    #[arg(long)]
    pub test: bool,
    /// Print the rules' documentation as Markdown (docs/rules.md).
    #[arg(long, conflicts_with = "test")]
    pub markdown: bool,
    #[command(flatten)]
    pub rule_args: RuleArgs,
}

#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// A rule id, such as naming.first-reference.
    pub id: String,
    #[command(flatten)]
    pub rule_args: RuleArgs,
}

#[derive(Debug, Args)]
pub struct ConfigArgs {
    /// Print the effective configuration (the default).
    #[arg(long)]
    pub show: bool,
    #[command(flatten)]
    pub rule_args: RuleArgs,
}

#[derive(Debug, Args)]
pub struct InitArgs {
    /// Where to write (default: ./copydesk.toml).
    #[arg(long, value_name = "FILE", default_value = "copydesk.toml")]
    pub output: PathBuf,
}
