//! Reads an OData CSDL document, the format of Microsoft Graph's `$metadata`, and emits the
//! Rust models of `graph-calls`.
//!
//! The work runs in three steps: `csdl` parses the XML into elements with positions,
//! `model` resolves names and inheritance, and `emit` writes formatted Rust. Output is a
//! pure function of the schema text, so the same schema gives the same bytes on every machine.
//!
//! ```no_run
//! use std::path::Path;
//!
//! let schema = "schema/calls.csdl.xml";
//! let generated = graph_calls_codegen::generate(Path::new(schema), schema, "cargo xtask codegen")?;
//! let outcome = graph_calls_codegen::sync(&generated.files, Path::new("graph-calls/src/generated"), graph_calls_codegen::Mode::Check)?;
//! assert!(outcome.stale.is_empty());
//! # Ok::<(), graph_calls_codegen::Error>(())
//! ```

#![deny(missing_docs)]

mod csdl;
mod emit;
mod error;
mod model;
mod sync;

use std::path::Path;

pub use emit::GeneratedFile;
pub use error::{Error, SchemaError, SchemaErrorKind};
pub use sync::{Mode, Outcome, sync};

/// The generated files and what they contain.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Generated {
    /// The files of the output folder, `mod.rs` first.
    pub files: Vec<GeneratedFile>,
    /// Counts of the generated items.
    pub summary: Summary,
}

/// Counts of generated items, for the one-line report of `cargo xtask codegen`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary {
    /// Entity and complex types.
    pub types: usize,
    /// Enumeration types.
    pub enums: usize,
    /// Bound actions.
    pub actions: usize,
}

/// Reads the schema at `schema_path` and generates the models.
///
/// `schema_label` is the path printed in each file's header and should be stable across
/// machines, such as the path relative to the workspace root. `command` is the command that
/// regenerates the files, also printed in the header.
///
/// # Errors
///
/// Returns [`Error::Io`] when the file cannot be read, and [`Error::Schema`] when it is not a
/// valid CSDL document or uses a construct the generator does not support.
pub fn generate(schema_path: &Path, schema_label: &str, command: &str) -> Result<Generated, Error> {
    let text = std::fs::read_to_string(schema_path).map_err(|source| Error::Io {
        action: "read",
        path: schema_path.to_path_buf(),
        source,
    })?;
    generate_from_str(&text, Path::new(schema_label), command)
}

/// Generates the models from schema text; `file` names the schema in errors and headers, and
/// `command` is the command that regenerates the files.
///
/// # Errors
///
/// Returns [`Error::Schema`] naming the line, column and element of the first problem, and
/// [`Error::InvalidOutput`] if the generator produced invalid Rust, which is a generator bug.
pub fn generate_from_str(text: &str, file: &Path, command: &str) -> Result<Generated, Error> {
    let document = csdl::parse(file, text)?;
    let model = model::resolve(file, document)?;
    let label = file.to_string_lossy().replace('\\', "/");
    let files = emit::emit(&model, &label, command)?;
    let summary = Summary {
        types: model.structs.iter().filter(|item| item.kind != model::StructKind::RequestBody).count(),
        enums: model.enums.len(),
        actions: model.actions.len(),
    };
    Ok(Generated { files, summary })
}
