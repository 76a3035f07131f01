//! The resolved model: every type reference points at a declaration, inherited properties are
//! copied into each derived type, and every item has its Rust name.

mod annotations;
mod endpoints;
mod names;
mod recursion;
mod resolve;

pub(crate) use endpoints::{EndpointKind, EndpointModel, EntryModel};

pub(crate) use resolve::resolve;

/// Index into [`Model::structs`].
pub(crate) type StructId = usize;
/// Index into [`Model::enums`].
pub(crate) type EnumId = usize;

#[derive(Debug)]
pub(crate) struct Model {
    pub(crate) structs: Vec<StructModel>,
    pub(crate) enums: Vec<EnumModel>,
    pub(crate) actions: Vec<ActionModel>,
    pub(crate) roots: Vec<RootModel>,
    /// Request paths, children before their parents.
    pub(crate) endpoints: Vec<EndpointModel>,
    /// The trait methods that start paths, one per root that leads to an operation.
    pub(crate) entries: Vec<EntryModel>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum StructKind {
    Entity,
    Complex,
    /// The parameters of an action, sent as the request body.
    RequestBody,
}

#[derive(Debug)]
pub(crate) struct StructModel {
    pub(crate) kind: StructKind,
    /// The name in the schema, such as `call`.
    pub(crate) schema_name: String,
    /// The namespace-qualified name, such as `microsoft.graph.call`, used in `@odata.type`.
    pub(crate) qualified_name: String,
    pub(crate) rust_name: String,
    /// The name of the `Any…` enum when the type has derived types.
    pub(crate) polymorphic_name: Option<String>,
    pub(crate) is_abstract: bool,
    /// Every type derived from this one, directly or not, in schema order.
    pub(crate) descendants: Vec<StructId>,
    /// Own and inherited properties, the base type's first.
    pub(crate) properties: Vec<PropertyModel>,
    /// Own and inherited navigation properties.
    pub(crate) navigation: Vec<NavigationModel>,
    /// Properties of type `Edm.Stream`, which have no field because JSON never carries them.
    pub(crate) stream_properties: Vec<String>,
    pub(crate) docs: Docs,
}

#[derive(Debug)]
pub(crate) struct NavigationModel {
    pub(crate) name: String,
    pub(crate) target: StructId,
    pub(crate) is_collection: bool,
    pub(crate) contains_target: bool,
    /// The entity operations its `Capabilities` restrictions declare.
    pub(crate) operations: EntityOperations,
    pub(crate) docs: Docs,
}

/// The entity operations a navigation property allows, from `Capabilities` annotations.
///
/// Each is off unless the schema turns it on (`ReadRestrictions/Readable`,
/// `InsertRestrictions/Insertable`, `DeleteRestrictions/Deletable`), so the schema decides
/// which requests exist. Updates are not generated: a `PATCH` body is partial, and the
/// generated validation requires every non-nullable member.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct EntityOperations {
    pub(crate) get: bool,
    pub(crate) create: bool,
    pub(crate) delete: bool,
}

#[derive(Debug)]
pub(crate) struct PropertyModel {
    pub(crate) json_name: String,
    pub(crate) rust_name: String,
    pub(crate) type_ref: TypeRef,
    pub(crate) is_collection: bool,
    /// Set for non-nullable, single-valued properties that are not part of the key.
    pub(crate) is_required: bool,
    pub(crate) max_length: Option<u64>,
    /// Other names accepted when reading; the JSON name is always the one written.
    pub(crate) alternative_spellings: Vec<String>,
    /// The value may be one item or a JSON array of them.
    pub(crate) single_or_collection: bool,
    /// The type contains this property's struct inline, so the value is boxed.
    pub(crate) is_boxed: bool,
    pub(crate) docs: Docs,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TypeRef {
    Primitive(Primitive),
    Enum(EnumId),
    Struct(StructId),
}

/// The Edm primitive types the generator maps to Rust.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Primitive {
    String,
    Boolean,
    Byte,
    SByte,
    Int16,
    Int32,
    Int64,
    Single,
    Double,
    Decimal,
    Guid,
    Date,
    TimeOfDay,
    DateTimeOffset,
    Duration,
    Binary,
    Untyped,
}

impl Primitive {
    pub(crate) fn from_edm(name: &str) -> Option<Self> {
        Some(match name {
            "Edm.String" => Self::String,
            "Edm.Boolean" => Self::Boolean,
            "Edm.Byte" => Self::Byte,
            "Edm.SByte" => Self::SByte,
            "Edm.Int16" => Self::Int16,
            "Edm.Int32" => Self::Int32,
            "Edm.Int64" => Self::Int64,
            "Edm.Single" => Self::Single,
            "Edm.Double" => Self::Double,
            "Edm.Decimal" => Self::Decimal,
            "Edm.Guid" => Self::Guid,
            "Edm.Date" => Self::Date,
            "Edm.TimeOfDay" => Self::TimeOfDay,
            "Edm.DateTimeOffset" => Self::DateTimeOffset,
            "Edm.Duration" => Self::Duration,
            "Edm.Binary" => Self::Binary,
            "Edm.Untyped" => Self::Untyped,
            _ => return None,
        })
    }
}

#[derive(Debug)]
pub(crate) struct EnumModel {
    pub(crate) schema_name: String,
    pub(crate) qualified_name: String,
    pub(crate) rust_name: String,
    pub(crate) is_flags: bool,
    pub(crate) members: Vec<EnumMemberModel>,
    /// The name of the variant that keeps values the schema does not declare.
    pub(crate) unrecognized_variant: String,
    pub(crate) docs: Docs,
}

#[derive(Debug)]
pub(crate) struct EnumMemberModel {
    pub(crate) json_name: String,
    pub(crate) rust_name: String,
    pub(crate) docs: Docs,
}

/// A bound action, such as `transfer` on `call`.
#[derive(Debug)]
pub(crate) struct ActionModel {
    pub(crate) schema_name: String,
    pub(crate) binding: StructId,
    pub(crate) binding_is_collection: bool,
    /// The request body type; `None` when the action takes no parameters besides its binding.
    pub(crate) body: Option<StructId>,
    pub(crate) return_type: Option<ReturnTypeModel>,
    pub(crate) permissions: Vec<Permission>,
    pub(crate) docs: Docs,
}

/// The result of an action. Graph sends an entity or complex value as the body, wraps a
/// collection or a primitive or enum value in `{"value": ...}`, and sends a stream as bytes.
#[derive(Debug, Clone, Copy)]
pub(crate) enum ReturnTypeModel {
    Value { type_ref: TypeRef, is_collection: bool },
    Stream,
}

/// A permission from a `Capabilities.OperationRestrictions` annotation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Permission {
    /// The permission type, such as `Application` or `DelegatedWork`.
    pub(crate) scheme: String,
    pub(crate) scopes: Vec<String>,
}

/// A path root: a singleton or an entity set of the entity container.
#[derive(Debug)]
pub(crate) struct RootModel {
    /// The entity container's name, such as `GraphService`.
    pub(crate) container: String,
    pub(crate) name: String,
    pub(crate) entity: StructId,
    pub(crate) is_collection: bool,
    pub(crate) docs: Docs,
}

/// Documentation gathered from annotations.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Docs {
    pub(crate) description: Option<String>,
    pub(crate) long_description: Option<String>,
    pub(crate) origin: Option<Origin>,
    pub(crate) deprecation: Option<Deprecation>,
}

/// The source of an element that Microsoft's v1.0 metadata does not declare.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Origin {
    /// Declared by the beta metadata.
    Beta,
    /// Sent by the service and shown in the documentation, but in no Microsoft metadata.
    Documentation,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Deprecation {
    pub(crate) description: String,
    pub(crate) date: Option<String>,
    pub(crate) removal_date: Option<String>,
}
