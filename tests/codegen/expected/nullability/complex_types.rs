// @generated from tests/codegen/fixtures/nullability.csdl.xml by `UPDATE_GOLDEN=1 cargo test -p graph-calls-codegen --test golden`. Do not edit: change the schema or the generator and regenerate.

#![allow(deprecated)]
use ::graph_calls::__private as runtime;
/// The `identity` complex type.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Identity {
    /// The `@odata.type` annotation as received, or `None`; written back first when set.
    pub odata_type: Option<::std::borrow::Cow<'static, str>>,
    /// The `id` property.
    pub id: Option<String>,
    /// Members the schema does not declare, in the order received; written back after the others.
    pub unknown_members: ::graph_calls::json::UnknownMembers,
}
impl Identity {
    /// Creates an empty `Identity`; set the members you need.
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
impl runtime::Model for Identity {
    const TYPE_NAME: &'static str = "example.graph.identity";
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
                    "#example.graph.identity",
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
impl runtime::Validate for Identity {
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
impl ::serde::Serialize for Identity {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        runtime::serialize_model(self, serializer, None)
    }
}
impl<'de> ::serde::Deserialize<'de> for Identity {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_model(deserializer)
    }
}
/// The `mediaStream` complex type.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct MediaStream {
    /// The `@odata.type` annotation as received, or `None`; written back first when set.
    pub odata_type: Option<::std::borrow::Cow<'static, str>>,
    /// The `sourceId` property.
    ///
    /// Required when sending: `MediaStream::new` takes it.
    pub source_id: Option<String>,
    /// The `label` property.
    pub label: Option<String>,
    /// The `serverMuted` property.
    ///
    /// Required when sending: `MediaStream::new` takes it.
    pub server_muted: Option<bool>,
    /// The `owner` property.
    ///
    /// Required when sending: `MediaStream::new` takes it.
    pub owner: Option<super::Identity>,
    /// The `explicitlyNullable` property.
    pub explicitly_nullable: Option<i64>,
    /// The `labels` property.
    pub labels: Option<Vec<String>>,
    /// Members the schema does not declare, in the order received; written back after the others.
    pub unknown_members: ::graph_calls::json::UnknownMembers,
}
impl MediaStream {
    /// Creates `MediaStream` with its required members: `sourceId`, `serverMuted`, `owner`.
    pub fn new(
        source_id: impl Into<String>,
        server_muted: bool,
        owner: super::Identity,
    ) -> Self {
        Self {
            odata_type: None,
            source_id: Some(source_id.into()),
            label: None,
            server_muted: Some(server_muted),
            owner: Some(owner),
            explicitly_nullable: None,
            labels: None,
            unknown_members: ::graph_calls::json::UnknownMembers::new(),
        }
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
impl runtime::Model for MediaStream {
    const TYPE_NAME: &'static str = "example.graph.mediaStream";
    fn empty() -> Self {
        Self {
            odata_type: None,
            source_id: None,
            label: None,
            server_muted: None,
            owner: None,
            explicitly_nullable: None,
            labels: None,
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
                    "#example.graph.mediaStream",
                    map,
                )
            }
            "sourceId" => runtime::read_member(&mut self.source_id, "sourceId", map),
            "label" => runtime::read_member(&mut self.label, "label", map),
            "serverMuted" => {
                runtime::read_member(&mut self.server_muted, "serverMuted", map)
            }
            "owner" => runtime::read_member(&mut self.owner, "owner", map),
            "explicitlyNullable" => {
                runtime::read_member(
                    &mut self.explicitly_nullable,
                    "explicitlyNullable",
                    map,
                )
            }
            "labels" => runtime::read_member(&mut self.labels, "labels", map),
            _ => self.unknown_members.read_member(name, map),
        }
    }
    fn write_members<M: ::serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        runtime::write_member(map, "sourceId", &self.source_id)?;
        runtime::write_member(map, "label", &self.label)?;
        runtime::write_member(map, "serverMuted", &self.server_muted)?;
        runtime::write_member(map, "owner", &self.owner)?;
        runtime::write_member(map, "explicitlyNullable", &self.explicitly_nullable)?;
        runtime::write_member(map, "labels", &self.labels)?;
        self.unknown_members.write_members(map)
    }
    fn odata_type(&self) -> Option<&str> {
        self.odata_type.as_deref()
    }
    fn set_odata_type(&mut self, annotation: ::std::borrow::Cow<'static, str>) {
        self.odata_type = Some(annotation);
    }
}
impl runtime::Validate for MediaStream {
    fn is_empty(&self) -> bool {
        self.source_id.is_none() && self.label.is_none() && self.server_muted.is_none()
            && self.owner.is_none() && self.explicitly_nullable.is_none()
            && self.labels.is_none() && self.unknown_members.is_empty()
    }
    fn validate_at(
        &self,
        path: &mut runtime::FieldPath,
    ) -> Result<(), ::graph_calls::ValidationError> {
        runtime::check_present(&self.source_id, "sourceId", path)?;
        runtime::check_present(&self.server_muted, "serverMuted", path)?;
        runtime::check_present_object(&self.owner, "owner", path)?;
        runtime::check_nested(&self.owner, "owner", path)?;
        Ok(())
    }
}
impl ::serde::Serialize for MediaStream {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        runtime::serialize_model(self, serializer, None)
    }
}
impl<'de> ::serde::Deserialize<'de> for MediaStream {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_model(deserializer)
    }
}
