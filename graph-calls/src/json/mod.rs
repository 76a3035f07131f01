//! JSON representation types that the generated models use: kept unknown members, unrecognized
//! enum values, flags and one-or-many values.

mod flags;
mod one_or_many;
mod unknown_members;

use std::fmt;

pub use flags::Flags;
pub use one_or_many::OneOrMany;
pub use unknown_members::UnknownMembers;

/// An enum value that the schema does not declare, kept verbatim so it is written back unchanged.
///
/// It is only made by decoding or by parsing a string (`CallState::from("ringingNew")`), so it
/// never holds a declared member's name in that name's exact spelling.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct UnrecognizedValue(String);

impl UnrecognizedValue {
    pub(crate) fn new(value: String) -> Self {
        Self(value)
    }

    /// Returns the value as received.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for UnrecognizedValue {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(&self.0)
    }
}
