//! The documented JSON examples under `fixtures/transfer/`.

use std::path::{Path, PathBuf};

/// Returns the path of a file under `fixtures/transfer/`.
pub fn fixture_path(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/transfer").join(name)
}

/// Reads a file under `fixtures/transfer/`, such as `user.completed.json`.
///
/// # Panics
///
/// Panics when the file cannot be read, which in a test means the fixture is missing.
pub fn read_fixture(name: &str) -> String {
    let path = fixture_path(name);
    std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("cannot read {}: {error}", path.display()))
}
