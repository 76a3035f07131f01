// @generated from tests/codegen/fixtures/action_body.csdl.xml by `UPDATE_GOLDEN=1 cargo test -p graph-calls-codegen --test golden`. Do not edit: change the schema or the generator and regenerate.

/// Complex types: structured values without identity.
mod complex_types;
pub use complex_types::*;
/// Entity types: resources with an `id`.
mod entities;
pub use entities::*;
/// Request bodies: the parameters of actions.
mod request_bodies;
pub use request_bodies::*;
