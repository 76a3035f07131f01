//! The expected output of each generator fixture under `codegen/fixtures/`: the checked-in
//! golden folder for the fixture of the same name, compiled with warnings denied.

/// Bound actions: required and optional parameters, overloads, no parameters, a collection binding.
#[rustfmt::skip]
#[path = "../../codegen/expected/action_body/mod.rs"]
pub mod action_body;
/// Schema and vocabulary aliases, `Annotations` blocks, and an alternative spelling.
#[rustfmt::skip]
#[path = "../../codegen/expected/aliases/mod.rs"]
pub mod aliases;
/// Collections of primitives, enums and complex types.
#[rustfmt::skip]
#[path = "../../codegen/expected/collection/mod.rs"]
pub mod collection;
/// A deprecated type and property, used by other generated items.
#[rustfmt::skip]
#[path = "../../codegen/expected/deprecation/mod.rs"]
pub mod deprecation;
/// Enums that keep undeclared values, with descriptions.
#[rustfmt::skip]
#[path = "../../codegen/expected/evolvable_enum/mod.rs"]
pub mod evolvable_enum;
/// `MaxLength` on strings, string collections and binary values.
#[rustfmt::skip]
#[path = "../../codegen/expected/facets/mod.rs"]
pub mod facets;
/// An `IsFlags` enum and a property of that type.
#[rustfmt::skip]
#[path = "../../codegen/expected/flags/mod.rs"]
pub mod flags;
/// Abstract and derived entity types over three levels.
#[rustfmt::skip]
#[path = "../../codegen/expected/inheritance/mod.rs"]
pub mod inheritance;
/// Names that are Rust keywords or prelude names, or that collide after case conversion.
#[rustfmt::skip]
#[path = "../../codegen/expected/keywords/mod.rs"]
pub mod keywords;
/// Nullable and non-nullable properties, and constructor arguments.
#[rustfmt::skip]
#[path = "../../codegen/expected/nullability/mod.rs"]
pub mod nullability;
/// Open and closed types.
#[rustfmt::skip]
#[path = "../../codegen/expected/open_type/mod.rs"]
pub mod open_type;
/// Request paths from containment, entity operations, bound actions and a deprecated root.
#[rustfmt::skip]
#[path = "../../codegen/expected/paths/mod.rs"]
pub mod paths;
/// Properties declared with a base type, decoded by `@odata.type`.
#[rustfmt::skip]
#[path = "../../codegen/expected/polymorphism/mod.rs"]
pub mod polymorphism;
/// Every Edm primitive type the generator maps.
#[rustfmt::skip]
#[path = "../../codegen/expected/primitives/mod.rs"]
pub mod primitives;
/// Types that contain themselves, directly or through another type.
#[rustfmt::skip]
#[path = "../../codegen/expected/recursion/mod.rs"]
pub mod recursion;
