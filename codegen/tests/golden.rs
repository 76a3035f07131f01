//! Generator golden tests: each fixture under `tests/codegen/fixtures/` generates exactly the
//! files checked in under `tests/codegen/expected/<fixture>/`. The `graph-calls-tests` crate
//! compiles those files with warnings denied and tests their behaviour.
//!
//! After an intended change to the generator, rewrite the expected files with
//! `UPDATE_GOLDEN=1 cargo test -p graph-calls-codegen --test golden`, then review the diff.

use std::path::{Path, PathBuf};

use graph_calls_codegen::{Mode, generate, sync};

fn codegen_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/codegen")
}

fn check_fixture(name: &str) {
    let fixture = codegen_dir().join("fixtures").join(format!("{name}.csdl.xml"));
    let label = format!("tests/codegen/fixtures/{name}.csdl.xml");
    let command = "UPDATE_GOLDEN=1 cargo test -p graph-calls-codegen --test golden";
    let generated = match generate(&fixture, &label, command) {
        Ok(generated) => generated,
        Err(error) => panic!("fixture {name} failed to generate: {error}"),
    };
    let mode = if std::env::var_os("UPDATE_GOLDEN").is_some() { Mode::Write } else { Mode::Check };
    let expected = codegen_dir().join("expected").join(name);
    let outcome = match sync(&generated.files, &expected, mode) {
        Ok(outcome) => outcome,
        Err(error) => panic!("cannot compare with {}: {error}", expected.display()),
    };
    if mode == Mode::Check {
        assert!(
            outcome.is_fresh(),
            "generated code for {name} differs from the golden files (stale: {:?}, obsolete: {:?}); \
             if the change is intended, run `UPDATE_GOLDEN=1 cargo test -p graph-calls-codegen --test golden` and review the diff",
            outcome.stale,
            outcome.obsolete
        );
    }
}

#[test]
fn every_fixture_has_a_test() {
    let mut fixtures: Vec<String> = std::fs::read_dir(codegen_dir().join("fixtures"))
        .map(|entries| {
            entries.filter_map(Result::ok).map(|entry| entry.file_name().to_string_lossy().into_owned()).collect()
        })
        .unwrap_or_default();
    fixtures.sort();
    let tested: Vec<String> = FIXTURES.iter().map(|name| format!("{name}.csdl.xml")).collect();
    assert_eq!(fixtures, tested);
}

const FIXTURES: &[&str] = &[
    "action_body",
    "aliases",
    "collection",
    "deprecation",
    "evolvable_enum",
    "facets",
    "flags",
    "inheritance",
    "keywords",
    "nullability",
    "open_type",
    "paths",
    "polymorphism",
    "primitives",
    "recursion",
];

#[test]
fn action_body() {
    check_fixture("action_body");
}

#[test]
fn aliases() {
    check_fixture("aliases");
}

#[test]
fn collection() {
    check_fixture("collection");
}

#[test]
fn deprecation() {
    check_fixture("deprecation");
}

#[test]
fn evolvable_enum() {
    check_fixture("evolvable_enum");
}

#[test]
fn facets() {
    check_fixture("facets");
}

#[test]
fn flags() {
    check_fixture("flags");
}

#[test]
fn inheritance() {
    check_fixture("inheritance");
}

#[test]
fn keywords() {
    check_fixture("keywords");
}

#[test]
fn nullability() {
    check_fixture("nullability");
}

#[test]
fn open_type() {
    check_fixture("open_type");
}

#[test]
fn paths() {
    check_fixture("paths");
}

#[test]
fn polymorphism() {
    check_fixture("polymorphism");
}

#[test]
fn primitives() {
    check_fixture("primitives");
}

#[test]
fn recursion() {
    check_fixture("recursion");
}
