//! The default renderer: rustc-style source snippets through
//! codespan-reporting, with secondary labels for related places and the fix
//! as a help note. Also renders rule-file errors the same way.

use super::codespan_severity;
use crate::lines::LineIndex;
use crate::report::Diagnostic;
use crate::ruleset::LoadErrors;
use codespan_reporting::diagnostic::{Diagnostic as CsDiagnostic, Label};
use codespan_reporting::files::SimpleFiles;
use codespan_reporting::term::{self, Config, termcolor::WriteColor};

/// Lines longer than this (in bytes) are not shown as snippets.
const MAX_SNIPPET_LINE: usize = 2_000;

/// Renders one file's diagnostics into `out`.
pub fn render_file(
    out: &mut dyn WriteColor,
    path: &str,
    text: &str,
    diagnostics: &[Diagnostic],
) -> std::io::Result<()> {
    let mut files = SimpleFiles::new();
    let id = files.add(path, text);
    let config = Config::default();
    let index = LineIndex::new(text);
    let line_len = |offset: usize| {
        index
            .line_range(text, index.line_of(offset.min(text.len())))
            .len()
    };
    for d in diagnostics {
        let mut notes = Vec::new();
        // A snippet repeats its whole source line: on a line of megabytes
        // (a file with no line breaks) show the position instead.
        let too_long = std::iter::once(d.start)
            .chain(d.related.iter().map(|r| r.start))
            .any(|o| line_len(o) > MAX_SNIPPET_LINE);
        let mut labels = Vec::new();
        if too_long {
            notes.push(format!(
                "at {path}:{}:{} (the line is too long to show)",
                d.line, d.column
            ));
        } else {
            labels.push(Label::primary(id, d.start..d.end));
            for r in &d.related {
                labels.push(Label::secondary(id, r.start..r.end).with_message(r.message.clone()));
            }
        }

        if let Some(fix) = &d.fix {
            notes.push(if fix.replacement.is_empty() {
                "help: remove it".to_owned()
            } else {
                format!("help: replace with `{}`", fix.replacement)
            });
        }
        notes.push(format!("see `copydesk explain {}`", d.rule));
        let diagnostic = CsDiagnostic::new(codespan_severity(d.severity))
            .with_message(&d.message)
            .with_code(&d.rule)
            .with_labels(labels)
            .with_notes(notes);
        term::emit_to_write_style(out, &config, &files, &diagnostic)
            .map_err(std::io::Error::other)?;
    }
    Ok(())
}

/// Renders rule and configuration errors, pointing into the files.
pub fn render_load_errors(out: &mut dyn WriteColor, errors: &LoadErrors) -> std::io::Result<()> {
    let mut files = SimpleFiles::new();
    let ids: Vec<usize> = errors
        .files
        .iter()
        .map(|f| files.add(f.name.as_str(), &*f.text))
        .collect();
    let config = Config::default();
    for e in &errors.errors {
        let mut d = CsDiagnostic::error()
            .with_message(&e.message)
            .with_notes(e.notes.clone());
        if let (Some(file), Some(span)) = (e.file, &e.span) {
            let len = errors.files[file].text.len();
            let span = span.start.min(len)..span.end.min(len);
            d = d.with_labels(vec![Label::primary(ids[file], span)]);
        }
        term::emit_to_write_style(out, &config, &files, &d).map_err(std::io::Error::other)?;
    }
    Ok(())
}
