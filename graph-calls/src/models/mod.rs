//! The Graph types of the schema slice: entity types, complex types, enums and request bodies.
//!
//! Everything here is generated from `schema/calls.csdl.xml` by `cargo xtask codegen`; only the
//! constructors for common transfer targets in this folder are written by hand.

#[rustfmt::skip]
#[path = "../generated/mod.rs"]
mod generated;

pub use generated::*;

mod targets;
