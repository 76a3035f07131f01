// @generated from tests/codegen/fixtures/deprecation.csdl.xml by `UPDATE_GOLDEN=1 cargo test -p graph-calls-codegen --test golden`. Do not edit: change the schema or the generator and regenerate.

#![allow(deprecated)]
use ::graph_calls::__private as runtime;
/// The `fileHash` complex type.
#[deprecated(note = "Use the security API's fileHash instead.")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct FileHash {
    /// The `@odata.type` annotation as received, or `None`; written back first when set.
    pub odata_type: Option<::std::borrow::Cow<'static, str>>,
    /// The `hashType` property.
    pub hash_type: Option<String>,
    /// The `hashValue` property.
    #[deprecated(note = "Deprecated since 2024-04-10; removal planned for 2026-04-10.")]
    pub hash_value: Option<String>,
    /// Members the schema does not declare, in the order received; written back after the others.
    pub unknown_members: ::graph_calls::json::UnknownMembers,
}
impl FileHash {
    /// Creates an empty `FileHash`; set the members you need.
    pub fn new() -> Self {
        <Self as Default>::default()
    }
    /// Checks the value before it is sent: required members are present and not
    /// empty objects, and strings fit their maximum length.
    ///
    /// # Errors
    ///
    /// Returns the first violation found, naming the member by its JSON path.
    pub fn validate(&self) -> Result<(), ::graph_calls::ValidationError> {
        runtime::validate(self)
    }
}
impl runtime::Model for FileHash {
    const TYPE_NAME: &'static str = "example.graph.fileHash";
    fn empty() -> Self {
        Self {
            odata_type: None,
            hash_type: None,
            hash_value: None,
            unknown_members: ::graph_calls::json::UnknownMembers::new(),
        }
    }
    fn read_member<'de, A: ::serde::de::MapAccess<'de>>(
        &mut self,
        name: runtime::MemberName<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*name {
            "@odata.type" => {
                runtime::read_annotation(
                    &mut self.odata_type,
                    "#example.graph.fileHash",
                    map,
                )
            }
            "hashType" => runtime::read_member(&mut self.hash_type, "hashType", map),
            "hashValue" => runtime::read_member(&mut self.hash_value, "hashValue", map),
            _ => self.unknown_members.read_member(name, map),
        }
    }
    fn write_members<M: ::serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        runtime::write_member(map, "hashType", &self.hash_type)?;
        runtime::write_member(map, "hashValue", &self.hash_value)?;
        self.unknown_members.write_members(map)
    }
    fn odata_type(&self) -> Option<&str> {
        self.odata_type.as_deref()
    }
    fn set_odata_type(&mut self, annotation: ::std::borrow::Cow<'static, str>) {
        self.odata_type = Some(annotation);
    }
}
impl runtime::Validate for FileHash {
    fn is_empty(&self) -> bool {
        self.hash_type.is_none() && self.hash_value.is_none()
            && self.unknown_members.is_empty()
    }
    fn validate_at(
        &self,
        _path: &mut runtime::FieldPath,
    ) -> Result<(), ::graph_calls::ValidationError> {
        Ok(())
    }
}
impl ::serde::Serialize for FileHash {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        runtime::serialize_model(self, serializer, None)
    }
}
impl<'de> ::serde::Deserialize<'de> for FileHash {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_model(deserializer)
    }
}
/// The `fileDetails` complex type.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct FileDetails {
    /// The `@odata.type` annotation as received, or `None`; written back first when set.
    pub odata_type: Option<::std::borrow::Cow<'static, str>>,
    /// The `hash` property.
    pub hash: Option<super::FileHash>,
    /// The `hashes` property.
    pub hashes: Option<Vec<super::FileHash>>,
    /// Members the schema does not declare, in the order received; written back after the others.
    pub unknown_members: ::graph_calls::json::UnknownMembers,
}
impl FileDetails {
    /// Creates an empty `FileDetails`; set the members you need.
    pub fn new() -> Self {
        <Self as Default>::default()
    }
    /// Checks the value before it is sent: required members are present and not
    /// empty objects, and strings fit their maximum length.
    ///
    /// # Errors
    ///
    /// Returns the first violation found, naming the member by its JSON path.
    pub fn validate(&self) -> Result<(), ::graph_calls::ValidationError> {
        runtime::validate(self)
    }
}
impl runtime::Model for FileDetails {
    const TYPE_NAME: &'static str = "example.graph.fileDetails";
    fn empty() -> Self {
        Self {
            odata_type: None,
            hash: None,
            hashes: None,
            unknown_members: ::graph_calls::json::UnknownMembers::new(),
        }
    }
    fn read_member<'de, A: ::serde::de::MapAccess<'de>>(
        &mut self,
        name: runtime::MemberName<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*name {
            "@odata.type" => {
                runtime::read_annotation(
                    &mut self.odata_type,
                    "#example.graph.fileDetails",
                    map,
                )
            }
            "hash" => runtime::read_member(&mut self.hash, "hash", map),
            "hashes" => runtime::read_member(&mut self.hashes, "hashes", map),
            _ => self.unknown_members.read_member(name, map),
        }
    }
    fn write_members<M: ::serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        runtime::write_member(map, "hash", &self.hash)?;
        runtime::write_member(map, "hashes", &self.hashes)?;
        self.unknown_members.write_members(map)
    }
    fn odata_type(&self) -> Option<&str> {
        self.odata_type.as_deref()
    }
    fn set_odata_type(&mut self, annotation: ::std::borrow::Cow<'static, str>) {
        self.odata_type = Some(annotation);
    }
}
impl runtime::Validate for FileDetails {
    fn is_empty(&self) -> bool {
        self.hash.is_none() && self.hashes.is_none() && self.unknown_members.is_empty()
    }
    fn validate_at(
        &self,
        path: &mut runtime::FieldPath,
    ) -> Result<(), ::graph_calls::ValidationError> {
        runtime::check_nested(&self.hash, "hash", path)?;
        runtime::check_nested(&self.hashes, "hashes", path)?;
        Ok(())
    }
}
impl ::serde::Serialize for FileDetails {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        runtime::serialize_model(self, serializer, None)
    }
}
impl<'de> ::serde::Deserialize<'de> for FileDetails {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_model(deserializer)
    }
}
