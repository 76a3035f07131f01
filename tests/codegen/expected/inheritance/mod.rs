// @generated from tests/codegen/fixtures/inheritance.csdl.xml by `UPDATE_GOLDEN=1 cargo test -p graph-calls-codegen --test golden`. Do not edit: change the schema or the generator and regenerate.

/// Entity types: resources with an `id`.
mod entities;
pub use entities::*;
