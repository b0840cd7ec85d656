//! `--format json`: one object with every diagnostic and a summary, as
//! DESIGN.md fixes it.

use crate::report::{Diagnostic, Summary};
use serde::Serialize;

#[derive(Serialize)]
struct Output<'a> {
    version: u32,
    diagnostics: &'a [Diagnostic],
    summary: Summary,
}

pub fn render(
    out: &mut dyn std::io::Write,
    diagnostics: &[Diagnostic],
    summary: Summary,
) -> std::io::Result<()> {
    let output = Output {
        version: 1,
        diagnostics,
        summary,
    };
    serde_json::to_writer_pretty(&mut *out, &output).map_err(std::io::Error::other)?;
    writeln!(out)
}
