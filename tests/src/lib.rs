//! Test support for the workspace: the generator's golden outputs, compiled here so a warning
//! in generated code fails the build, and helpers shared by the integration tests.

#[deny(warnings, missing_docs)]
pub mod golden;

pub mod e2e;
pub mod fixtures;
pub mod samples;

/// The README's Rust examples, compiled and run as doctests.
#[doc = include_str!("../../README.md")]
#[cfg(doctest)]
pub struct ReadmeExamples;
