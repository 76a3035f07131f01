// @generated from tests/codegen/fixtures/deprecation.csdl.xml by `UPDATE_GOLDEN=1 cargo test -p graph-calls-codegen --test golden`. Do not edit: change the schema or the generator and regenerate.

/// Complex types: structured values without identity.
mod complex_types;
pub use complex_types::*;
