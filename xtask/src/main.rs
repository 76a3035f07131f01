//! Project automation.
//!
//! `cargo xtask codegen` regenerates `graph-calls/src/generated/` from `schema/calls.csdl.xml`;
//! `cargo xtask codegen --check` changes nothing and fails when the generated files are stale.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use graph_calls_codegen::{Mode, generate, sync};

/// The schema, relative to the workspace root; also the label in generated headers.
const SCHEMA: &str = "schema/calls.csdl.xml";
/// The output folder, relative to the workspace root.
const OUTPUT: &str = "graph-calls/src/generated";

const USAGE: &str = "usage: cargo xtask codegen [--check]

  codegen          regenerate graph-calls/src/generated/ from schema/calls.csdl.xml
  codegen --check  change nothing; exit with status 1 when a generated file is stale";

fn main() -> ExitCode {
    let arguments: Vec<String> = std::env::args().skip(1).collect();
    let mode = match arguments.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["codegen"] => Mode::Write,
        ["codegen", "--check"] => Mode::Check,
        ["--help" | "-h" | "help"] => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match codegen(&workspace_root(), mode) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

fn workspace_root() -> PathBuf {
    let manifest_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest_dir.parent().unwrap_or(manifest_dir).to_path_buf()
}

/// Runs the generator; returns `Ok(false)` when `--check` found stale files.
fn codegen(root: &Path, mode: Mode) -> Result<bool, String> {
    let generated = generate(&root.join(SCHEMA), SCHEMA, "cargo xtask codegen").map_err(|error| error.to_string())?;
    let outcome = sync(&generated.files, &root.join(OUTPUT), mode).map_err(|error| error.to_string())?;

    let summary = generated.summary;
    let counts = format!("{} types, {} enums, {} actions", summary.types, summary.enums, summary.actions);
    if mode == Mode::Check {
        if outcome.is_fresh() {
            println!("codegen: {counts}; {} files up to date", outcome.unchanged.len());
            return Ok(true);
        }
        for path in &outcome.stale {
            eprintln!("stale: {}", relative(root, path));
        }
        for path in &outcome.obsolete {
            eprintln!("obsolete: {}", relative(root, path));
        }
        eprintln!("generated files differ from {SCHEMA}; run `cargo xtask codegen` and commit the result");
        return Ok(false);
    }
    println!(
        "codegen: {counts}; {} files written, {} unchanged, {} removed",
        outcome.stale.len(),
        outcome.unchanged.len(),
        outcome.obsolete.len()
    );
    Ok(true)
}

fn relative(root: &Path, path: &Path) -> String {
    path.strip_prefix(root).unwrap_or(path).display().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Fails `cargo test` when someone edits the schema or the generator without regenerating.
    #[test]
    fn generated_code_is_fresh() {
        assert_eq!(
            codegen(&workspace_root(), Mode::Check),
            Ok(true),
            "run `cargo xtask codegen` and commit the result"
        );
    }

    #[test]
    fn generated_files_start_with_header() {
        let folder = workspace_root().join(OUTPUT);
        let mut count = 0;
        for entry in std::fs::read_dir(&folder).expect("generated folder") {
            let path = entry.expect("folder entry").path();
            let text = std::fs::read_to_string(&path).expect("generated file");
            assert_eq!(
                text.lines().next(),
                Some(
                    "// @generated from schema/calls.csdl.xml by `cargo xtask codegen`. \
                     Do not edit: change the schema or the generator and regenerate."
                ),
                "{}",
                path.display()
            );
            count += 1;
        }
        assert!(count >= 4, "expected the generated module files, found {count}");
    }
}
