//! `--format short`: `path:line:col: severity[rule] message`, one line per
//! diagnostic, for editors' problem matchers and grep.

use crate::report::Diagnostic;

pub fn render(out: &mut dyn std::io::Write, diagnostics: &[Diagnostic]) -> std::io::Result<()> {
    for d in diagnostics {
        writeln!(
            out,
            "{}:{}:{}: {}[{}] {}",
            d.path, d.line, d.column, d.severity, d.rule, d.message
        )?;
    }
    Ok(())
}
