//! `copydesk check`: lint files in parallel, print in a stable order.
//!
//! Each file is read, parsed, linted (and fixed, with `--fix`) and rendered
//! on a rayon worker; the results are sorted by path and written through one
//! locked, buffered stdout, so output is identical whatever the thread count.
//! A file that cannot be read or written is reported on stderr and makes the
//! exit status 2, but every other file is still linted.

use super::cli::{CheckArgs, Format, Level};
use super::{EXIT_CLEAN, EXIT_FAILURE, EXIT_FINDINGS, load_rules, use_color};
use codespan_reporting::term::termcolor::Buffer;
use copydesk::baseline::{self, Baseline};
use copydesk::fix::{apply_fixes, write_atomic};
use copydesk::input::{self, InputError, Target};
use copydesk::render::{github, json, rich, sarif, short};
use copydesk::report::{self, Diagnostic, Summary};
use copydesk::ruleset::{RuleSet, Severity};
use copydesk::{LintOptions, lint_file};
use rayon::prelude::*;
use std::io::{self, BufWriter, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};

/// One file's result.
struct Outcome {
    display: String,
    diagnostics: Vec<Diagnostic>,
    /// Baseline fingerprints, one per diagnostic (before baseline filtering).
    fingerprints: Vec<String>,
    rendered: Vec<u8>,
    /// A unified diff of the fixes (`--diff`).
    diff: String,
    fixes_applied: usize,
    error: Option<String>,
}

/// What every worker needs to know.
struct Job<'a> {
    rules: &'a RuleSet,
    args: &'a CheckArgs,
    color: bool,
    baseline: Option<&'a Baseline>,
}

/// The most fix passes per file: a fix skipped for overlapping another is
/// applied on the next pass.
const MAX_FIX_PASSES: usize = 4;

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
    let baseline = match &args.baseline {
        Some(path) => match std::fs::read_to_string(path)
            .map_err(|e| input::io_message(&e))
            .and_then(|t| Baseline::from_json(&t))
        {
            Ok(b) => Some(b),
            Err(e) => {
                eprintln!("copydesk: error: baseline {}: {e}", path.display());
                return Ok(EXIT_FAILURE);
            }
        },
        None => None,
    };

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

    let job = Job {
        rules: &rules,
        args: &args,
        color,
        baseline: baseline.as_ref(),
    };
    let (targets, mut errors) = input::collect(&paths);
    let lint_target = |t: &Target| match input::read(&t.path) {
        Ok(text) => lint_one(&job, t, &text, true),
        Err(message) => failed(t, message),
    };
    // One file (an editor's save) is linted here: starting the thread pool
    // would cost more than it saves.
    let mut outcomes: Vec<Outcome> = if targets.len() == 1 {
        targets.iter().map(lint_target).collect()
    } else {
        targets.par_iter().map(lint_target).collect()
    };

    if read_stdin {
        let name = args
            .stdin_filename
            .clone()
            .unwrap_or_else(|| "<stdin>".to_owned());
        let target = Target {
            path: PathBuf::from(&name),
            display: name,
        };
        let mut bytes = Vec::new();
        let read = io::stdin()
            .lock()
            .read_to_end(&mut bytes)
            .map_err(|e| input::io_message(&e));
        outcomes.push(match read.and_then(|_| input::decode(bytes)) {
            Ok(text) => lint_one(&job, &target, &text, false),
            Err(message) => failed(&target, message),
        });
    }
    outcomes.sort_by(|a, b| a.display.cmp(&b.display));
    for o in &mut outcomes {
        if let Some(message) = o.error.take() {
            errors.push(InputError {
                path: o.display.clone(),
                message,
            });
        }
    }

    if let Some(path) = &args.write_baseline {
        let mut b = Baseline {
            version: 1,
            ..Baseline::default()
        };
        for o in &outcomes {
            b.add(&o.display, o.fingerprints.clone());
        }
        if let Err(e) = std::fs::write(path, b.to_json()) {
            errors.push(InputError {
                path: path.display().to_string(),
                message: format!("cannot write baseline: {}", input::io_message(&e)),
            });
        }
    }

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
    if args.diff {
        for o in &outcomes {
            out.write_all(o.diff.as_bytes())?;
        }
    } else {
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
            Format::Sarif => {
                let all: Vec<Diagnostic> = outcomes
                    .iter()
                    .flat_map(|o| o.diagnostics.iter().cloned())
                    .collect();
                let prints: Vec<String> = outcomes
                    .iter()
                    .flat_map(|o| o.fingerprints.iter().cloned())
                    .collect();
                sarif::render(&mut out, &rules, &all, &prints)?;
            }
        }
    }
    out.flush()?;
    drop(out);

    errors.sort_by(|a, b| a.path.cmp(&b.path));
    for e in &errors {
        eprintln!("copydesk: error: {}: {}", e.path, e.message);
    }
    if args.fix {
        let fixed: usize = outcomes.iter().map(|o| o.fixes_applied).sum();
        let files = outcomes.iter().filter(|o| o.fixes_applied > 0).count();
        eprintln!("copydesk: applied {fixed} fixes in {files} files");
    }
    if args.format == Format::Rich && !args.diff {
        eprintln!("{}", summary_line(&summary, errors.len()));
    }

    let fail_on = match args.fail_on {
        Some(Level::Info) => Severity::Info,
        Some(Level::Warning) => Severity::Warning,
        Some(Level::Error) => Severity::Error,
        None => rules.fail_on.unwrap_or(Severity::Error),
    };
    let code = if !errors.is_empty() {
        EXIT_FAILURE
    } else if summary.any_at_or_above(fail_on) {
        EXIT_FINDINGS
    } else {
        EXIT_CLEAN
    };
    // The process ends right after this: freeing the rule set's many small
    // allocations one by one would only delay the exit (a few ms).
    std::mem::forget(rules);
    Ok(code)
}

fn failed(target: &Target, message: String) -> Outcome {
    Outcome {
        display: target.display.clone(),
        diagnostics: Vec::new(),
        fingerprints: Vec::new(),
        rendered: Vec::new(),
        diff: String::new(),
        fixes_applied: 0,
        error: Some(message),
    }
}

/// Lints one file; with `--fix` or `--diff`, applies safe fixes until none
/// is left (or a few passes), and reports what remains.
fn lint_one(job: &Job<'_>, target: &Target, original: &str, on_disk: bool) -> Outcome {
    let options = LintOptions {
        require_reason: job.args.require_reason,
    };
    let path = Path::new(&target.display);
    let (mut findings, mut policy) = lint_file(job.rules, path, original, options);
    let mut text = original.to_owned();
    let mut fixes_applied = 0;
    let mut error = None;
    if job.args.fix || job.args.diff {
        for _ in 0..MAX_FIX_PASSES {
            let safe = findings
                .iter()
                .filter(|f| f.fix.is_some() && job.rules.rules[f.rule].fixable);
            let fixed = apply_fixes(&text, safe);
            if fixed.applied == 0 || fixed.text == text {
                break;
            }
            fixes_applied += fixed.applied;
            text = fixed.text;
            (findings, policy) = lint_file(job.rules, path, &text, options);
        }
        if job.args.fix && text != original {
            if !on_disk {
                error = Some("standard input cannot be fixed in place; use --diff".to_owned());
                text = original.to_owned();
                (findings, policy) = lint_file(job.rules, path, &text, options);
                fixes_applied = 0;
            } else if let Err(e) = write_atomic(&target.path, &text, job.args.fix_symlinks) {
                error = Some(format!("cannot apply fixes: {e}"));
                text = original.to_owned();
                (findings, policy) = lint_file(job.rules, path, &text, options);
                fixes_applied = 0;
            }
        }
    }
    let diff = if job.args.diff && text != original {
        similar::TextDiff::from_lines(original, &text)
            .unified_diff()
            .header(
                &format!("a/{}", target.display),
                &format!("b/{}", target.display),
            )
            .to_string()
    } else {
        String::new()
    };
    let mut diagnostics = report::diagnostics(
        job.rules,
        &target.display,
        &text,
        &findings,
        Some(&policy.severity),
    );
    let fingerprints = baseline::fingerprints(&text, &diagnostics);
    if let Some(b) = job.baseline {
        diagnostics = b.filter(&target.display, &text, diagnostics);
    }
    let mut rendered = Vec::new();
    if job.args.format == Format::Rich && !diagnostics.is_empty() {
        let mut buffer = if job.color {
            Buffer::ansi()
        } else {
            Buffer::no_color()
        };
        // Rendering into memory cannot fail for I/O reasons; a span codespan
        // rejects is skipped rather than aborting the file.
        let _ = rich::render_file(&mut buffer, &target.display, &text, &diagnostics);
        rendered = buffer.into_inner();
    }
    Outcome {
        display: target.display.clone(),
        diagnostics,
        fingerprints,
        rendered,
        diff,
        fixes_applied,
        error,
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
        line.push_str(&format!("; {failed} input(s) could not be read or written"));
    }
    line
}
