//! `copydesk init`: writes a commented starter configuration, never over an
//! existing file.

use super::cli::InitArgs;
use super::{EXIT_CLEAN, EXIT_FAILURE};
use std::io::{self, Write};

/// The starter configuration; every line is a working example.
pub const STARTER: &str = include_str!("starter.toml");

pub fn run(args: InitArgs) -> io::Result<u8> {
    let file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&args.output);
    match file {
        Ok(mut f) => {
            f.write_all(STARTER.as_bytes())?;
            eprintln!("copydesk: wrote {}", args.output.display());
            Ok(EXIT_CLEAN)
        }
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
            eprintln!(
                "copydesk: {} already exists; not overwriting it",
                args.output.display()
            );
            Ok(EXIT_FAILURE)
        }
        Err(e) => {
            eprintln!(
                "copydesk: cannot write {}: {}",
                args.output.display(),
                copydesk::input::io_message(&e)
            );
            Ok(EXIT_FAILURE)
        }
    }
}
