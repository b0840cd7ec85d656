//! Applying fixes to a text: every finding with a replacement, in order,
//! skipping any fix that overlaps one already taken (the next run picks it
//! up), so one pass never produces a garbled edit.

use crate::finding::Finding;

/// The fixed text and how many fixes went in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fixed {
    pub text: String,
    pub applied: usize,
}

/// Applies the fixes of `findings` (sorted or not) to `text`.
pub fn apply_fixes<'f>(text: &str, findings: impl IntoIterator<Item = &'f Finding>) -> Fixed {
    let mut edits: Vec<(std::ops::Range<usize>, &str)> = findings
        .into_iter()
        .filter_map(|f| {
            f.fix
                .as_ref()
                .map(|fix| (f.span.clone(), fix.replacement.as_str()))
        })
        .filter(|(span, _)| {
            span.end <= text.len()
                && text.is_char_boundary(span.start)
                && text.is_char_boundary(span.end)
        })
        .collect();
    edits.sort_by_key(|(span, _)| (span.start, span.end));
    let mut out = String::with_capacity(text.len());
    let mut pos = 0;
    let mut applied = 0;
    for (span, replacement) in edits {
        if span.start < pos || (span.is_empty() && span.start == pos && applied > 0) {
            continue;
        }
        out.push_str(&text[pos..span.start]);
        out.push_str(replacement);
        pos = span.end;
        applied += 1;
    }
    out.push_str(&text[pos..]);
    Fixed { text: out, applied }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overlapping_fixes_take_the_first() {
        let text = "the the USA -backed";
        let findings = vec![
            Finding::new(0, 4..8, "doubled").with_fix(""),
            Finding::new(1, 8..11, "name").with_fix("U.S."),
            Finding::new(2, 6..9, "overlap").with_fix("X"),
            Finding::new(3, 11..13, "hyphen").with_fix("-"),
        ];
        let fixed = apply_fixes(text, &findings);
        assert_eq!(fixed.text, "the U.S.-backed");
        assert_eq!(fixed.applied, 3);
    }
}

/// Why a fixed file could not be written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WriteError(pub String);

impl std::fmt::Display for WriteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Replaces `path`'s contents atomically: the new text goes to a temporary
/// file in the same directory, takes the old file's permissions, is flushed
/// to disk, and is renamed over the old file. On any error the old file is
/// untouched. A read-only file, or a symlink (unless `through_symlinks`), is
/// refused.
pub fn write_atomic(
    path: &std::path::Path,
    contents: &str,
    through_symlinks: bool,
) -> Result<(), WriteError> {
    use std::io::Write;
    let io = |e: std::io::Error| WriteError(crate::input::io_message(&e));
    let link = std::fs::symlink_metadata(path).map_err(io)?;
    let target = if link.file_type().is_symlink() {
        if !through_symlinks {
            return Err(WriteError(
                "is a symbolic link; not fixed (pass --fix-symlinks to write through it)".into(),
            ));
        }
        std::fs::canonicalize(path).map_err(io)?
    } else {
        path.to_path_buf()
    };
    let meta = std::fs::metadata(&target).map_err(io)?;
    if meta.permissions().readonly() {
        return Err(WriteError("read-only file; not fixed".into()));
    }
    let dir = match target.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => std::path::PathBuf::from("."),
    };
    let mut tmp = tempfile::Builder::new()
        .prefix(".copydesk-fix-")
        .tempfile_in(&dir)
        .map_err(io)?;
    tmp.write_all(contents.as_bytes()).map_err(io)?;
    tmp.as_file()
        .set_permissions(meta.permissions())
        .map_err(io)?;
    tmp.as_file().sync_all().map_err(io)?;
    tmp.persist(&target).map_err(|e| io(e.error))?;
    Ok(())
}

#[cfg(test)]
mod write_tests {
    use super::*;

    #[test]
    fn atomic_write_keeps_permissions_and_refuses_read_only_files() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.txt");
        std::fs::write(&path, "old").unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).unwrap();
        write_atomic(&path, "new", false).unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "new");
        assert_eq!(
            std::fs::metadata(&path).unwrap().permissions().mode() & 0o777,
            0o640
        );
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o444)).unwrap();
        assert!(
            write_atomic(&path, "newer", false)
                .unwrap_err()
                .0
                .contains("read-only")
        );
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "new");
        let leftovers = std::fs::read_dir(dir.path()).unwrap().count();
        assert_eq!(leftovers, 1, "no temporary file is left behind");
    }

    #[test]
    fn symlinks_are_not_written_through_unless_asked() {
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("real.txt");
        let link = dir.path().join("link.txt");
        std::fs::write(&real, "old").unwrap();
        std::os::unix::fs::symlink(&real, &link).unwrap();
        assert!(write_atomic(&link, "new", false).is_err());
        assert_eq!(std::fs::read_to_string(&real).unwrap(), "old");
        write_atomic(&link, "new", true).unwrap();
        assert_eq!(std::fs::read_to_string(&real).unwrap(), "new");
        assert!(
            std::fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
    }
}
