//! The CSDL document as written: elements, attributes and annotations, each with its position.
//!
//! Nothing here is resolved yet. Names are kept as they appear in the file, qualified by a
//! namespace or an alias; [`crate::model`] resolves them.

mod parse;

pub(crate) use parse::parse;

/// The start of an element, for error messages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Position {
    pub(crate) line: u32,
    pub(crate) column: u32,
    /// The element's start tag, shortened to its name and `Name` attribute.
    pub(crate) element: String,
}

/// An `edmx:Edmx` document.
#[derive(Debug)]
pub(crate) struct Document {
    /// Aliases declared by `edmx:Include`, mapped to their namespaces.
    pub(crate) included_aliases: Vec<(String, String)>,
    pub(crate) schemas: Vec<Schema>,
}

#[derive(Debug)]
pub(crate) struct Schema {
    pub(crate) namespace: String,
    pub(crate) alias: Option<String>,
    pub(crate) enum_types: Vec<EnumType>,
    pub(crate) structured_types: Vec<StructuredType>,
    pub(crate) actions: Vec<Action>,
    pub(crate) containers: Vec<EntityContainer>,
    pub(crate) annotation_blocks: Vec<AnnotationBlock>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum StructuredKind {
    Entity,
    Complex,
}

#[derive(Debug)]
pub(crate) struct StructuredType {
    pub(crate) kind: StructuredKind,
    pub(crate) name: String,
    pub(crate) base_type: Option<String>,
    pub(crate) is_abstract: bool,
    pub(crate) key: Vec<String>,
    pub(crate) properties: Vec<Property>,
    pub(crate) navigation_properties: Vec<NavigationProperty>,
    pub(crate) annotations: Vec<Annotation>,
    pub(crate) position: Position,
}

/// A structural property, or an action parameter: both have a name, a type and facets.
#[derive(Debug)]
pub(crate) struct Property {
    pub(crate) name: String,
    pub(crate) type_name: String,
    /// `Nullable` as written; CSDL's default is `true`.
    pub(crate) nullable: Option<bool>,
    pub(crate) max_length: Option<u64>,
    pub(crate) annotations: Vec<Annotation>,
    pub(crate) position: Position,
}

#[derive(Debug)]
pub(crate) struct NavigationProperty {
    pub(crate) name: String,
    pub(crate) type_name: String,
    pub(crate) contains_target: bool,
    pub(crate) annotations: Vec<Annotation>,
    pub(crate) position: Position,
}

#[derive(Debug)]
pub(crate) struct EnumType {
    pub(crate) name: String,
    pub(crate) is_flags: bool,
    pub(crate) members: Vec<EnumMember>,
    pub(crate) annotations: Vec<Annotation>,
    pub(crate) position: Position,
}

#[derive(Debug)]
pub(crate) struct EnumMember {
    pub(crate) name: String,
    pub(crate) annotations: Vec<Annotation>,
    pub(crate) position: Position,
}

#[derive(Debug)]
pub(crate) struct Action {
    pub(crate) name: String,
    pub(crate) is_bound: bool,
    /// Parameters in order; for a bound action the first is the binding parameter.
    pub(crate) parameters: Vec<Property>,
    pub(crate) return_type: Option<ReturnType>,
    pub(crate) annotations: Vec<Annotation>,
    pub(crate) position: Position,
}

#[derive(Debug)]
pub(crate) struct ReturnType {
    pub(crate) type_name: String,
}

#[derive(Debug)]
pub(crate) struct EntityContainer {
    pub(crate) name: String,
    pub(crate) singletons: Vec<Singleton>,
}

/// A `Singleton`, or an `EntitySet` (a singleton whose type is a collection).
#[derive(Debug)]
pub(crate) struct Singleton {
    pub(crate) name: String,
    pub(crate) type_name: String,
    pub(crate) is_entity_set: bool,
    pub(crate) annotations: Vec<Annotation>,
    pub(crate) position: Position,
}

/// An `Annotations` element: annotations applied from outside to the element named by `target`.
#[derive(Debug)]
pub(crate) struct AnnotationBlock {
    pub(crate) target: String,
    pub(crate) annotations: Vec<Annotation>,
    pub(crate) position: Position,
}

#[derive(Debug, Clone)]
pub(crate) struct Annotation {
    /// The term, as written: qualified by a namespace or by an alias.
    pub(crate) term: String,
    pub(crate) qualifier: Option<String>,
    pub(crate) value: AnnotationValue,
    pub(crate) position: Position,
}

/// A constant annotation expression.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum AnnotationValue {
    /// No value: a tagging term such as `Core.OptionalParameter`, which means `true`.
    Absent,
    Bool(bool),
    String(String),
    Int(i64),
    /// Any other constant (`Date`, `EnumMember`, paths), kept as its text.
    Text(String),
    Record(Vec<(String, AnnotationValue)>),
    Collection(Vec<AnnotationValue>),
}
