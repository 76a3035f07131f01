// @generated from tests/codegen/fixtures/action_body.csdl.xml by `UPDATE_GOLDEN=1 cargo test -p graph-calls-codegen --test golden`. Do not edit: change the schema or the generator and regenerate.

#![allow(deprecated)]
use ::graph_calls::__private as runtime;
/// The `call` entity type.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Call {
    /// The `@odata.type` annotation as received, or `None`; written back first when set.
    pub odata_type: Option<::std::borrow::Cow<'static, str>>,
    /// The `id` property.
    pub id: Option<String>,
    /// Members the schema does not declare, in the order received; written back after the others.
    pub unknown_members: ::graph_calls::json::UnknownMembers,
}
impl Call {
    /// Creates an empty `Call`; set the members you need.
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
impl runtime::Model for Call {
    const TYPE_NAME: &'static str = "example.graph.call";
    fn empty() -> Self {
        Self {
            odata_type: None,
            id: None,
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
                    "#example.graph.call",
                    map,
                )
            }
            "id" => runtime::read_member(&mut self.id, "id", map),
            _ => self.unknown_members.read_member(name, map),
        }
    }
    fn write_members<M: ::serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        runtime::write_member(map, "id", &self.id)?;
        self.unknown_members.write_members(map)
    }
    fn odata_type(&self) -> Option<&str> {
        self.odata_type.as_deref()
    }
    fn set_odata_type(&mut self, annotation: ::std::borrow::Cow<'static, str>) {
        self.odata_type = Some(annotation);
    }
}
impl runtime::Validate for Call {
    fn is_empty(&self) -> bool {
        self.id.is_none() && self.unknown_members.is_empty()
    }
    fn validate_at(
        &self,
        _path: &mut runtime::FieldPath,
    ) -> Result<(), ::graph_calls::ValidationError> {
        Ok(())
    }
}
impl ::serde::Serialize for Call {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        runtime::serialize_model(self, serializer, None)
    }
}
impl<'de> ::serde::Deserialize<'de> for Call {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_model(deserializer)
    }
}
/// The `participant` entity type.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Participant {
    /// The `@odata.type` annotation as received, or `None`; written back first when set.
    pub odata_type: Option<::std::borrow::Cow<'static, str>>,
    /// The `id` property.
    pub id: Option<String>,
    /// Members the schema does not declare, in the order received; written back after the others.
    pub unknown_members: ::graph_calls::json::UnknownMembers,
}
impl Participant {
    /// Creates an empty `Participant`; set the members you need.
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
impl runtime::Model for Participant {
    const TYPE_NAME: &'static str = "example.graph.participant";
    fn empty() -> Self {
        Self {
            odata_type: None,
            id: None,
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
                    "#example.graph.participant",
                    map,
                )
            }
            "id" => runtime::read_member(&mut self.id, "id", map),
            _ => self.unknown_members.read_member(name, map),
        }
    }
    fn write_members<M: ::serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        runtime::write_member(map, "id", &self.id)?;
        self.unknown_members.write_members(map)
    }
    fn odata_type(&self) -> Option<&str> {
        self.odata_type.as_deref()
    }
    fn set_odata_type(&mut self, annotation: ::std::borrow::Cow<'static, str>) {
        self.odata_type = Some(annotation);
    }
}
impl runtime::Validate for Participant {
    fn is_empty(&self) -> bool {
        self.id.is_none() && self.unknown_members.is_empty()
    }
    fn validate_at(
        &self,
        _path: &mut runtime::FieldPath,
    ) -> Result<(), ::graph_calls::ValidationError> {
        Ok(())
    }
}
impl ::serde::Serialize for Participant {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        runtime::serialize_model(self, serializer, None)
    }
}
impl<'de> ::serde::Deserialize<'de> for Participant {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_model(deserializer)
    }
}
