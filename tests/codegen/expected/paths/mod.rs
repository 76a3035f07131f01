// @generated from tests/codegen/fixtures/paths.csdl.xml by `UPDATE_GOLDEN=1 cargo test -p graph-calls-codegen --test golden`. Do not edit: change the schema or the generator and regenerate.

/// Complex types: structured values without identity.
mod complex_types;
pub use complex_types::*;
/// Entity types: resources with an `id`.
mod entities;
pub use entities::*;
/// Request paths and the operations on them.
pub mod endpoints;
/// Request bodies: the parameters of actions.
mod request_bodies;
pub use request_bodies::*;
