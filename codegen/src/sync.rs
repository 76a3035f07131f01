//! Brings an output folder in line with the generated files, or checks that it is.
//!
//! Writing and checking share this one code path, so `--check` fails exactly when a write
//! would change something.

use std::fs;
use std::path::{Path, PathBuf};

use crate::emit::GeneratedFile;
use crate::error::Error;

/// Whether [`sync`] changes the folder or only compares it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Write changed files and delete generated files that are no longer produced.
    Write,
    /// Change nothing; report what a write would change.
    Check,
}

/// The result of [`sync`]: which files were stale, obsolete or unchanged.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Outcome {
    /// Files whose bytes differ or that are missing (written in [`Mode::Write`]).
    pub stale: Vec<PathBuf>,
    /// `.rs` files in the folder that the schema no longer produces (deleted in [`Mode::Write`]).
    pub obsolete: Vec<PathBuf>,
    /// Files already up to date.
    pub unchanged: Vec<PathBuf>,
}

impl Outcome {
    /// Reports whether the folder matched the generated files.
    pub fn is_fresh(&self) -> bool {
        self.stale.is_empty() && self.obsolete.is_empty()
    }
}

/// Compares `files` with the contents of `folder` and, in [`Mode::Write`], updates it.
///
/// Only files whose bytes differ are written, so timestamps of unchanged files stay put and
/// cargo does not rebuild for nothing.
///
/// # Errors
///
/// Returns [`Error::Io`] when the folder cannot be listed or a file cannot be read or written.
pub fn sync(files: &[GeneratedFile], folder: &Path, mode: Mode) -> Result<Outcome, Error> {
    let mut outcome = Outcome::default();
    for file in files {
        let path = folder.join(&file.name);
        let current = match fs::read(&path) {
            Ok(bytes) => Some(bytes),
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => None,
            Err(source) => return Err(Error::Io { action: "read", path, source }),
        };
        if current.as_deref() == Some(file.contents.as_bytes()) {
            outcome.unchanged.push(path);
            continue;
        }
        if mode == Mode::Write {
            fs::create_dir_all(folder).map_err(|source| Error::Io {
                action: "write",
                path: folder.to_path_buf(),
                source,
            })?;
            fs::write(&path, &file.contents).map_err(|source| Error::Io {
                action: "write",
                path: path.clone(),
                source,
            })?;
        }
        outcome.stale.push(path);
    }

    let entries = match fs::read_dir(folder) {
        Ok(entries) => entries,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(outcome),
        Err(source) => return Err(Error::Io { action: "read", path: folder.to_path_buf(), source }),
    };
    let mut obsolete = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|source| Error::Io { action: "read", path: folder.to_path_buf(), source })?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.ends_with(".rs") && !files.iter().any(|file| file.name == name) {
            obsolete.push(entry.path());
        }
    }
    obsolete.sort();
    if mode == Mode::Write {
        for path in &obsolete {
            fs::remove_file(path).map_err(|source| Error::Io { action: "write", path: path.clone(), source })?;
        }
    }
    outcome.obsolete = obsolete;
    Ok(outcome)
}
