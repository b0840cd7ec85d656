//! The `copydesk` command. `main` is thin: parse arguments, run, turn the
//! outcome into an exit code (0 clean, 1 findings at or above the failing
//! severity, 2 the run failed for some input).

mod app;

use std::process::ExitCode;

fn main() -> ExitCode {
    app::run()
}
