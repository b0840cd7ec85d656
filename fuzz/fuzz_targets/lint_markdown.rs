#![no_main]
//! Fuzz target: see `copydesk::fuzzing` for what it checks.

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    copydesk::fuzzing::lint(data, "fuzz.md");
});
