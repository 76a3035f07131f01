use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, Deserialize, Deserializer, Visitor};
use serde::ser::{Serialize, Serializer};

use crate::private::{EnumType, parse_enum};

/// A value of an OData flags enum (`IsFlags="true"`): a set of members, written in JSON as a
/// comma-separated string such as `"watermarkProtection,unknownFutureValue"`.
///
/// Members keep the order received; unrecognized members are kept like any enum value.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Flags<E> {
    members: Vec<E>,
}

impl<E> Default for Flags<E> {
    fn default() -> Self {
        Self { members: Vec::new() }
    }
}

impl<E: PartialEq> Flags<E> {
    /// Creates an empty set.
    pub fn new() -> Self {
        Self::default()
    }

    /// Reports whether `member` is set.
    pub fn contains(&self, member: &E) -> bool {
        self.members.contains(member)
    }

    /// Adds `member` unless it is already set.
    pub fn insert(&mut self, member: E) {
        if !self.contains(&member) {
            self.members.push(member);
        }
    }

    /// Reports whether no member is set.
    pub fn is_empty(&self) -> bool {
        self.members.is_empty()
    }

    /// Iterates over the members in order.
    pub fn iter(&self) -> std::slice::Iter<'_, E> {
        self.members.iter()
    }
}

impl<E: PartialEq> FromIterator<E> for Flags<E> {
    fn from_iter<I: IntoIterator<Item = E>>(members: I) -> Self {
        let mut flags = Self::new();
        for member in members {
            flags.insert(member);
        }
        flags
    }
}

impl<E: EnumType> Serialize for Flags<E> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let names: Vec<&str> = self.members.iter().map(EnumType::as_str).collect();
        serializer.serialize_str(&names.join(","))
    }
}

impl<'de, E: EnumType> Deserialize<'de> for Flags<E> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(FlagsVisitor(PhantomData))
    }
}

struct FlagsVisitor<E>(PhantomData<E>);

impl<E: EnumType> Visitor<'_> for FlagsVisitor<E> {
    type Value = Flags<E>;

    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(formatter, "a comma-separated string of `{}` members", E::TYPE_NAME)
    }

    fn visit_str<Error: de::Error>(self, text: &str) -> Result<Self::Value, Error> {
        // Duplicates are kept as received so the value is written back unchanged.
        let members = text.split(',').map(str::trim).filter(|name| !name.is_empty()).map(parse_enum).collect();
        Ok(Flags { members })
    }
}
