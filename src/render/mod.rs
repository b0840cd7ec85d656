//! Renderers: diagnostics to text. Rules never print; the binary picks a
//! renderer and writes its output through one buffered, locked writer.

pub mod github;
pub mod json;
pub mod rich;
pub mod sarif;
pub mod short;

use crate::ruleset::Severity;

/// codespan's severity for ours: `info` shows as a note.
pub fn codespan_severity(s: Severity) -> codespan_reporting::diagnostic::Severity {
    use codespan_reporting::diagnostic::Severity as C;
    match s {
        Severity::Error => C::Error,
        Severity::Warning => C::Warning,
        Severity::Info => C::Note,
    }
}
