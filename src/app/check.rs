//! `copydesk check`: lint files in parallel, print in a stable order.
//!
//! Each file is read, parsed, linted and rendered on a rayon worker; the
//! results are sorted by path and written through one locked, buffered
//! stdout, so output is identical whatever the thread count. A file that
//! cannot be read is reported on stderr and makes the exit status 2, but
//! every other file is still linted.

use super::cli::{CheckArgs, Format, Level};
use super::{EXIT_CLEAN, EXIT_FAILURE, EXIT_FINDINGS, load_rules, use_color};
use codespan_reporting::term::termcolor::Buffer;
use copydesk::document::{Document, Format as DocFormat};
use copydesk::input::{self, InputError, Target};
use copydesk::render::{github, json, rich, short};
use copydesk::report::{self, Diagnostic, Summary};
use copydesk::ruleset::{RuleSet, Severity};
use rayon::prelude::*;
use std::io::{self, BufWriter, IsTerminal, Read, Write};
use std::path::PathBuf;

/// One file's result.
struct Outcome {
    display: String,
    diagnostics: Vec<Diagnostic>,
    rendered: Vec<u8>,
}

pub fn run(args: CheckArgs) -> io::Result<u8> {
    let rules = match load_rules(&args.rule_args, false) {
        Ok(r) => r,
        Err(code) => return Ok(code),
    };
    if let Some(n) = args.threads {
        // Fails only when a pool already exists, which cannot happen here.
        let _ = rayon::ThreadPoolBuilder::new()
            .num_threads(n.max(1))
            .build_global();
    }
    let color =
        args.format == Format::Rich && use_color(args.rule_args.color, io::stdout().is_terminal());

    let stdin_requested = args.paths.iter().any(|p| p.as_os_str() == "-");
    let paths: Vec<PathBuf> = args
        .paths
        .iter()
        .filter(|p| p.as_os_str() != "-")
        .cloned()
        .collect();
    let read_stdin = stdin_requested || (args.paths.is_empty() && !io::stdin().is_terminal());
    if args.paths.is_empty() && !read_stdin {
        eprintln!(
            "copydesk: nothing to lint: give files or directories, or pipe text on standard input"
        );
        return Ok(EXIT_FAILURE);
    }

    let (targets, mut errors) = input::collect(&paths);
    let mut outcomes: Vec<Outcome> = targets
        .par_iter()
        .filter_map(|t| match input::read(&t.path) {
            Ok(text) => Some(Ok(lint_one(&rules, t, &text, args.format, color))),
            Err(message) => Some(Err(InputError {
                path: t.display.clone(),
                message,
            })),
        })
        .collect::<Vec<Result<Outcome, InputError>>>()
        .into_iter()
        .filter_map(|r| r.map_err(|e| errors.push(e)).ok())
        .collect();

    if read_stdin {
        let name = args
            .stdin_filename
            .clone()
            .unwrap_or_else(|| "<stdin>".to_owned());
        let mut bytes = Vec::new();
        match io::stdin()
            .lock()
            .read_to_end(&mut bytes)
            .map_err(|e| input::io_message(&e))
            .and_then(|_| input::decode(std::mem::take(&mut bytes)))
        {
            Ok(text) => {
                let target = Target {
                    path: PathBuf::from(&name),
                    display: name,
                };
                outcomes.push(lint_one(&rules, &target, &text, args.format, color));
            }
            Err(message) => errors.push(InputError {
                path: name,
                message,
            }),
        }
    }
    outcomes.sort_by(|a, b| a.display.cmp(&b.display));

    let mut summary = Summary {
        files: outcomes.len(),
        ..Summary::default()
    };
    for o in &outcomes {
        for d in &o.diagnostics {
            summary.add(d.severity);
        }
    }

    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    match args.format {
        Format::Rich => {
            for o in &outcomes {
                out.write_all(&o.rendered)?;
            }
        }
        Format::Json => {
            let all: Vec<Diagnostic> = outcomes
                .iter()
                .flat_map(|o| o.diagnostics.iter().cloned())
                .collect();
            json::render(&mut out, &all, summary)?;
        }
        Format::Short => {
            for o in &outcomes {
                short::render(&mut out, &o.diagnostics)?;
            }
        }
        Format::Github => {
            for o in &outcomes {
                github::render(&mut out, &o.diagnostics)?;
            }
        }
    }
    out.flush()?;
    drop(out);

    errors.sort_by(|a, b| a.path.cmp(&b.path));
    for e in &errors {
        eprintln!("copydesk: error: {}: {}", e.path, e.message);
    }
    if args.format == Format::Rich {
        eprintln!("{}", summary_line(&summary, errors.len()));
    }

    let fail_on = match args.fail_on {
        Some(Level::Info) => Severity::Info,
        Some(Level::Warning) => Severity::Warning,
        Some(Level::Error) => Severity::Error,
        None => rules.fail_on.unwrap_or(Severity::Error),
    };
    Ok(if !errors.is_empty() {
        EXIT_FAILURE
    } else if summary.any_at_or_above(fail_on) {
        EXIT_FINDINGS
    } else {
        EXIT_CLEAN
    })
}

fn lint_one(rules: &RuleSet, target: &Target, text: &str, format: Format, color: bool) -> Outcome {
    let doc = Document::parse(text, DocFormat::from_path(&target.display));
    let findings = rules.lint(&doc);
    let diagnostics = report::diagnostics(rules, &target.display, text, &findings);
    let mut rendered = Vec::new();
    if format == Format::Rich && !diagnostics.is_empty() {
        let mut buffer = if color {
            Buffer::ansi()
        } else {
            Buffer::no_color()
        };
        // Rendering into memory cannot fail for I/O reasons; a span codespan
        // rejects is skipped rather than aborting the file.
        let _ = rich::render_file(&mut buffer, &target.display, text, &diagnostics);
        rendered = buffer.into_inner();
    }
    Outcome {
        display: target.display.clone(),
        diagnostics,
        rendered,
    }
}

fn summary_line(s: &Summary, failed: usize) -> String {
    let files = if s.files == 1 {
        "1 file".to_owned()
    } else {
        format!("{} files", s.files)
    };
    let total = s.errors + s.warnings + s.infos;
    let mut line = if total == 0 {
        format!("copydesk: no problems found in {files}")
    } else {
        format!(
            "copydesk: {files} checked: {} errors, {} warnings, {} infos",
            s.errors, s.warnings, s.infos
        )
    };
    if failed > 0 {
        line.push_str(&format!("; {failed} input(s) could not be read"));
    }
    line
}
