//! Replays the fuzz targets' checked-in corpora (fuzz/corpus/<target>/, the
//! inputs that reached new code, minimized) and any crash reproducers
//! (fuzz/regressions/<target>/) through the same checks the fuzzers run,
//! so every input a fuzzer ever found interesting stays a test.

use std::path::Path;

fn replay(target: &str, check: impl Fn(&[u8])) -> usize {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    let mut count = 0;
    for dir in [
        root.join("corpus").join(target),
        root.join("regressions").join(target),
    ] {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        let mut paths: Vec<_> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
        paths.sort();
        for path in paths {
            let data = std::fs::read(&path).unwrap();
            let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| check(&data)));
            assert!(
                result.is_ok(),
                "fuzz input {} fails its check",
                path.display()
            );
            count += 1;
        }
    }
    count
}

#[test]
fn document_corpus() {
    assert!(replay("document", copydesk::fuzzing::document) > 0);
}

#[test]
fn lint_markdown_corpus() {
    assert!(replay("lint_markdown", |d| copydesk::fuzzing::lint(d, "fuzz.md")) > 0);
}

#[test]
fn lint_text_corpus() {
    assert!(replay("lint_text", |d| copydesk::fuzzing::lint(d, "fuzz.txt")) > 0);
}

#[test]
fn rule_file_corpus() {
    assert!(replay("rule_file", copydesk::fuzzing::rule_file) > 0);
}
