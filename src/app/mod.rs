//! Command-line front end: argument parsing and the subcommands.

mod check;
mod cli;
mod init;
mod rules_cmd;

use clap::Parser;
use cli::{Cli, Command};
use copydesk::render::rich::render_load_errors;
use copydesk::ruleset::{LoadErrors, LoadOptions, RuleSet, discover_config};
use std::io::{IsTerminal, Write};
use std::process::ExitCode;

/// Exit codes, as DESIGN.md fixes them.
pub const EXIT_CLEAN: u8 = 0;
pub const EXIT_FINDINGS: u8 = 1;
pub const EXIT_FAILURE: u8 = 2;

pub fn run() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() {
                EXIT_FAILURE
            } else {
                EXIT_CLEAN
            };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    let result = match cli.command {
        Command::Check(args) => check::run(args),
        Command::Rules(args) => rules_cmd::run(args),
        Command::Explain(args) => rules_cmd::explain(args),
        Command::Init(args) => init::run(args),
        Command::Config(args) => rules_cmd::config(args),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::from(EXIT_CLEAN),
        Err(e) => {
            eprintln!("copydesk: {e}");
            ExitCode::from(EXIT_FAILURE)
        }
    }
}

/// Whether to color output written to stdout.
pub fn use_color(choice: cli::ColorChoice, stream_is_terminal: bool) -> bool {
    match choice {
        cli::ColorChoice::Always => true,
        cli::ColorChoice::Never => false,
        cli::ColorChoice::Auto => {
            stream_is_terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        }
    }
}

/// Loads rules as the common flags say; prints rule-file errors itself.
pub fn load_rules(common: &cli::RuleArgs, enable_all: bool) -> Result<RuleSet, u8> {
    let config = if common.no_config {
        None
    } else if let Some(path) = &common.config {
        Some(path.clone())
    } else {
        std::env::current_dir()
            .ok()
            .and_then(|d| discover_config(&d))
    };
    let options = LoadOptions {
        config,
        enable_all,
        extra_rule_files: common.rules.clone(),
        no_builtin: common.no_builtin,
    };
    RuleSet::load(&options).map_err(|errors| {
        print_load_errors(&errors, common.color);
        EXIT_FAILURE
    })
}

fn print_load_errors(errors: &LoadErrors, color: cli::ColorChoice) {
    use codespan_reporting::term::termcolor::{ColorChoice, StandardStream};
    let choice = if use_color(color, std::io::stderr().is_terminal()) {
        ColorChoice::Always
    } else {
        ColorChoice::Never
    };
    let mut stderr = StandardStream::stderr(choice);
    let _ = render_load_errors(&mut stderr, errors);
    let n = errors.errors.len();
    let problems = if n == 1 {
        "1 problem".to_owned()
    } else {
        format!("{n} problems")
    };
    let _ = writeln!(
        stderr,
        "copydesk: {problems} in rule or configuration files; nothing was linted"
    );
}
