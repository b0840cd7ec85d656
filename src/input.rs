//! Finding and reading the articles to lint.
//!
//! Paths on the command line are taken as given (a file is linted whatever
//! its extension); directories are walked the way ripgrep walks them, with
//! the `ignore` crate: `.gitignore` and `.ignore` honored, hidden files and
//! directories skipped, only article extensions kept. A path that cannot be
//! walked or read becomes an [`InputError`] for that path alone.

use std::path::{Path, PathBuf};

/// Extensions linted when walking a directory.
pub const ARTICLE_EXTENSIONS: &[&str] = &["md", "markdown", "txt"];

/// One input that could not be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputError {
    pub path: String,
    pub message: String,
}

/// A file to lint, with the name it is reported under.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    pub path: PathBuf,
    pub display: String,
}

/// Expands command-line paths into files, sorted and deduplicated.
pub fn collect(paths: &[PathBuf]) -> (Vec<Target>, Vec<InputError>) {
    let mut targets = Vec::new();
    let mut errors = Vec::new();
    for path in paths {
        let meta = match std::fs::metadata(path) {
            Ok(m) => m,
            Err(e) => {
                errors.push(InputError {
                    path: path.display().to_string(),
                    message: io_message(&e),
                });
                continue;
            }
        };
        if !meta.is_dir() {
            targets.push(Target {
                path: path.clone(),
                display: path.display().to_string(),
            });
            continue;
        }
        let walker = ignore::WalkBuilder::new(path)
            .hidden(true)
            .git_ignore(true)
            .git_global(false)
            .git_exclude(true)
            .require_git(false)
            .follow_links(false)
            .build();
        for entry in walker {
            match entry {
                Ok(entry) => {
                    if entry.file_type().is_some_and(|t| t.is_file()) && is_article(entry.path()) {
                        targets.push(Target {
                            path: entry.path().to_path_buf(),
                            display: entry.path().display().to_string(),
                        });
                    }
                }
                Err(e) => errors.push(walk_error(path, &e)),
            }
        }
    }
    targets.sort_by(|a, b| a.display.cmp(&b.display));
    targets.dedup_by(|a, b| a.display == b.display);
    (targets, errors)
}

fn walk_error(root: &Path, error: &ignore::Error) -> InputError {
    let path =
        error_path(error).map_or_else(|| root.display().to_string(), |p| p.display().to_string());
    let message = match error.io_error() {
        Some(io) => io_message(io),
        None => error.to_string(),
    };
    InputError { path, message }
}

fn error_path(error: &ignore::Error) -> Option<&Path> {
    match error {
        ignore::Error::WithPath { path, .. } => Some(path),
        ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => {
            error_path(err)
        }
        ignore::Error::Loop { child, .. } => Some(child),
        _ => None,
    }
}

/// Whether a walked file is an article.
pub fn is_article(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| ARTICLE_EXTENSIONS.iter().any(|x| x.eq_ignore_ascii_case(e)))
}

/// Why bytes cannot be linted as text, if they cannot.
pub fn decode(bytes: Vec<u8>) -> Result<String, String> {
    let head = &bytes[..bytes.len().min(8192)];
    if memchr::memchr(0, head).is_some() {
        return Err("binary file (contains NUL bytes), not linted".into());
    }
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        format!("not valid UTF-8 (invalid byte at offset {at}); save the file as UTF-8")
    })
}

/// Reads and decodes one file.
pub fn read(path: &Path) -> Result<String, String> {
    let bytes = std::fs::read(path).map_err(|e| io_message(&e))?;
    decode(bytes)
}

/// An I/O error as a short, lower-case reason.
pub fn io_message(e: &std::io::Error) -> String {
    use std::io::ErrorKind;
    match e.kind() {
        ErrorKind::NotFound => "no such file or directory".into(),
        ErrorKind::PermissionDenied => "permission denied".into(),
        ErrorKind::IsADirectory => "is a directory".into(),
        _ => {
            let s = e.to_string();
            match s.find(" (os error") {
                Some(i) => s[..i].to_lowercase(),
                None => s,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn binary_and_invalid_utf8_are_reported() {
        assert!(decode(b"ab\0cd".to_vec()).unwrap_err().contains("binary"));
        assert!(
            decode(vec![b'a', 0xff, b'b'])
                .unwrap_err()
                .contains("offset 1")
        );
        assert_eq!(decode(b"ok".to_vec()).unwrap(), "ok");
    }

    #[test]
    fn article_extensions() {
        assert!(is_article(Path::new("a/b.MD")));
        assert!(is_article(Path::new("x.txt")));
        assert!(!is_article(Path::new("x.html")));
    }
}
