//! Embeds every `rules/*.toml` pack into the binary, so adding a pack is a
//! new file, not a Rust edit.

use std::{env, fs, path::PathBuf};

fn main() {
    let root =
        PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let rules = root.join("rules");
    println!("cargo:rerun-if-changed=rules");
    let mut packs: Vec<PathBuf> = fs::read_dir(&rules)
        .map(|dir| {
            dir.filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "toml"))
                .collect()
        })
        .unwrap_or_default();
    packs.sort();
    let mut out = String::from(
        "/// Built-in packs: (file name, contents), sorted by name.\npub static BUILTIN_PACKS: &[(&str, &str)] = &[\n",
    );
    for path in packs {
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .expect("pack names are UTF-8");
        out.push_str(&format!(
            "    ({name:?}, include_str!({:?})),\n",
            path.display().to_string()
        ));
    }
    out.push_str("];\n");
    let dest =
        PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("builtin_packs.rs");
    fs::write(dest, out).expect("OUT_DIR is writable");
}
