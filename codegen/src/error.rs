//! Errors that name the schema element at fault.

use std::fmt;
use std::path::PathBuf;

/// A failure to read the schema or to write the generated files.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The schema file or an output file could not be read or written.
    #[error("failed to {action} {path}")]
    Io {
        /// The attempted action: `read` or `write`.
        action: &'static str,
        /// The file involved.
        path: PathBuf,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },
    /// The schema is malformed or uses a construct the generator does not support.
    #[error(transparent)]
    Schema(#[from] SchemaError),
    /// The generator produced tokens that are not valid Rust: a generator bug.
    #[error("the generator produced invalid Rust for {file}: {message}; report it with the schema that caused it")]
    InvalidOutput {
        /// The generated file.
        file: String,
        /// The parser's message.
        message: String,
    },
}

/// A problem at one element of a schema file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SchemaError {
    /// The schema file as given to the generator.
    pub file: PathBuf,
    /// The element's 1-based line.
    pub line: u32,
    /// The element's 1-based column.
    pub column: u32,
    /// The element, such as `<Property Name="state">`.
    pub element: String,
    /// The problem.
    pub kind: SchemaErrorKind,
}

impl std::error::Error for SchemaError {}

impl fmt::Display for SchemaError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}: {}: {}", self.file.display(), self.line, self.column, self.element, self.kind)
    }
}

/// The kinds of schema problems.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum SchemaErrorKind {
    /// The file is not well-formed XML.
    #[error("invalid XML: {0}")]
    Xml(String),
    /// The document is XML but not an OData CSDL document.
    #[error("not a CSDL document: {0}")]
    NotCsdl(String),
    /// A required attribute is absent.
    #[error("missing attribute `{0}`")]
    MissingAttribute(&'static str),
    /// An attribute has a value the generator cannot use.
    #[error("invalid value {value:?} for attribute `{attribute}`: {expected}")]
    InvalidAttribute {
        /// The attribute name.
        attribute: &'static str,
        /// The value found.
        value: String,
        /// The form of a valid value.
        expected: String,
    },
    /// A type reference names nothing declared in the schema.
    #[error("unknown type `{0}`; declare it in the schema or correct the name")]
    UnknownType(String),
    /// Two declarations share a name.
    #[error("duplicate name `{name}`, first declared at line {first_line}; rename or remove one")]
    Duplicate {
        /// The repeated name.
        name: String,
        /// The line of the first declaration.
        first_line: u32,
    },
    /// An `Annotations` element targets nothing declared in the schema.
    #[error(
        "annotation target `{0}` not found; it must name a declared type, property, member, action or container child"
    )]
    UnknownTarget(String),
    /// A base type chain loops back to itself.
    #[error("base type cycle through `{0}`")]
    InheritanceCycle(String),
    /// A construct that valid CSDL allows but this generator does not handle.
    #[error("unsupported: {0}")]
    Unsupported(String),
    /// An annotation with a value of the wrong shape.
    #[error("invalid annotation `{term}`: {reason}")]
    InvalidAnnotation {
        /// The annotation term.
        term: String,
        /// The problem and its fix.
        reason: String,
    },
}
