//! Renderers: diagnostics to text. Rules never print; the binary picks a
//! renderer and writes its output through one buffered, locked writer.

pub mod github;
pub mod json;
pub mod rich;
pub mod short;

use crate::ruleset::Severity;

/// `--format` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutputFormat {
    Rich,
    Json,
    Short,
    Github,
}

impl OutputFormat {
    pub const NAMES: [&'static str; 4] = ["rich", "json", "short", "github"];

    pub fn parse(s: &str) -> Option<OutputFormat> {
        match s {
            "rich" => Some(OutputFormat::Rich),
            "json" => Some(OutputFormat::Json),
            "short" => Some(OutputFormat::Short),
            "github" => Some(OutputFormat::Github),
            _ => None,
        }
    }
}

/// codespan's severity for ours: `info` shows as a note.
pub fn codespan_severity(s: Severity) -> codespan_reporting::diagnostic::Severity {
    use codespan_reporting::diagnostic::Severity as C;
    match s {
        Severity::Error => C::Error,
        Severity::Warning => C::Warning,
        Severity::Info => C::Note,
    }
}
