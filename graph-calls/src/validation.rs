//! The error for a value that must not be sent as it is.

use std::fmt;

/// A request value that breaks a rule of the schema, found before anything was sent.
///
/// ```
/// use graph_calls::models::{IdentitySet, InvitationParticipantInfo, TransferRequestBody};
///
/// let body = TransferRequestBody::new(InvitationParticipantInfo::new(IdentitySet::new()));
/// let error = body.validate().unwrap_err();
/// assert_eq!(error.path(), "transferTarget.identity");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid request member `{path}`: {kind}")]
pub struct ValidationError {
    path: String,
    kind: ValidationErrorKind,
}

impl ValidationError {
    pub(crate) fn new(path: String, kind: ValidationErrorKind) -> Self {
        Self { path, kind }
    }

    /// Returns the JSON path of the member, such as `transferTarget.identity`.
    pub fn path(&self) -> &str {
        &self.path
    }

    /// Returns what is wrong with the member.
    pub fn kind(&self) -> &ValidationErrorKind {
        &self.kind
    }
}

/// The problem with a request member.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ValidationErrorKind {
    /// A required member is absent.
    Missing,
    /// A required object has no member set.
    Empty,
    /// A string or binary value is longer than the schema allows.
    TooLong {
        /// The limit, in characters for strings and bytes for binary values.
        max_length: usize,
        /// The value's length in the same unit.
        length: usize,
    },
    /// The value has the wrong form.
    Invalid {
        /// The problem and the form of a valid value.
        reason: String,
    },
}

impl fmt::Display for ValidationErrorKind {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Missing => formatter.write_str("missing, but required"),
            Self::Empty => formatter.write_str("empty object; set at least one member"),
            Self::TooLong { max_length, length } => {
                write!(formatter, "length {length} exceeds the maximum of {max_length}; shorten it")
            }
            Self::Invalid { reason } => formatter.write_str(reason),
        }
    }
}
