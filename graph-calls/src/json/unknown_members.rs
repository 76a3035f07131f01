use serde::de::MapAccess;
use serde::ser::SerializeMap;
use serde_json::Value;

use crate::private::MemberName;

/// JSON members that a model's schema does not declare, kept in the order they were read.
///
/// Graph adds members before its metadata lists them, and open types carry dynamic members by
/// design. Every model keeps such members here and writes them back after its declared ones,
/// so decoding and encoding a payload loses nothing. A repeated name is kept twice.
///
/// NOTE: values are `serde_json::Value`, so an integer outside the 64-bit range reads as the
/// nearest floating-point number.
///
/// ```
/// use graph_calls::models::Identity;
///
/// let identity: Identity = serde_json::from_str(r#"{"id": "550fae72", "tenantId": "72f988bf"}"#)?;
/// assert_eq!(identity.unknown_members.get("tenantId"), Some(&serde_json::json!("72f988bf")));
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UnknownMembers {
    members: Vec<(String, Value)>,
}

impl UnknownMembers {
    /// Creates an empty set of members; this does not allocate.
    pub const fn new() -> Self {
        Self { members: Vec::new() }
    }

    /// Returns the number of members.
    pub fn len(&self) -> usize {
        self.members.len()
    }

    /// Reports whether there are no members.
    pub fn is_empty(&self) -> bool {
        self.members.is_empty()
    }

    /// Returns the value of the first member named `name`.
    pub fn get(&self, name: &str) -> Option<&Value> {
        self.members.iter().find(|(member, _)| member == name).map(|(_, value)| value)
    }

    /// Sets a member: replaces the value of the first member named `name`, or appends one.
    ///
    /// A name that the model declares as a property would be written twice; set the field instead.
    pub fn insert(&mut self, name: impl Into<String>, value: Value) {
        let name = name.into();
        match self.members.iter_mut().find(|(member, _)| *member == name) {
            Some((_, slot)) => *slot = value,
            None => self.members.push((name, value)),
        }
    }

    /// Removes every member named `name` and returns the first one's value.
    pub fn remove(&mut self, name: &str) -> Option<Value> {
        let index = self.members.iter().position(|(member, _)| member == name)?;
        let (_, value) = self.members.remove(index);
        self.members.retain(|(member, _)| member != name);
        Some(value)
    }

    /// Iterates over the members in order, including repeated names.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &Value)> {
        self.members.iter().map(|(name, value)| (name.as_str(), value))
    }

    #[doc(hidden)]
    pub fn read_member<'de, A: MapAccess<'de>>(&mut self, name: MemberName<'de>, map: &mut A) -> Result<(), A::Error> {
        let value = map.next_value::<Value>()?;
        self.members.push((name.into_owned(), value));
        Ok(())
    }

    #[doc(hidden)]
    pub fn write_members<M: SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        for (name, value) in &self.members {
            map.serialize_entry(name, value)?;
        }
        Ok(())
    }
}
