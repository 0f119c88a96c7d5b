//! Compiles the shipped `claims/` dataset into the binary, so an installed
//! `claimcheck` works anywhere without a `claims/` folder beside it.

use std::env;
use std::fs;
use std::path::Path;

fn main() {
    println!("cargo::rerun-if-changed=claims");
    let mut files: Vec<String> = fs::read_dir("claims")
        .map(|dir| {
            dir.filter_map(Result::ok)
                .map(|entry| entry.file_name().to_string_lossy().into_owned())
                .filter(|name| name.ends_with(".yaml") || name.ends_with(".yml"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    let root = env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| ".".into());
    let mut code = String::from(
        "/// The shipped dataset: (file name, contents).\npub static EMBEDDED: &[(&str, &str)] = &[\n",
    );
    for name in &files {
        println!("cargo::rerun-if-changed=claims/{name}");
        let path = Path::new(&root).join("claims").join(name);
        code.push_str(&format!(
            "    ({name:?}, include_str!({:?})),\n",
            path.display().to_string()
        ));
    }
    code.push_str("];\n");
    let out = env::var("OUT_DIR").unwrap_or_else(|_| ".".into());
    if let Err(error) = fs::write(Path::new(&out).join("embedded_claims.rs"), code) {
        println!("cargo::error=cannot write the embedded dataset: {error}");
    }
}
