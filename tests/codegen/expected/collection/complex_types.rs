// @generated from tests/codegen/fixtures/collection.csdl.xml by `UPDATE_GOLDEN=1 cargo test -p graph-calls-codegen --test golden`. Do not edit: change the schema or the generator and regenerate.

#![allow(deprecated)]
use ::graph_calls::__private as runtime;
/// The `mediaInfo` complex type.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct MediaInfo {
    /// The `@odata.type` annotation as received, or `None`; written back first when set.
    pub odata_type: Option<::std::borrow::Cow<'static, str>>,
    /// The `uri` property.
    pub uri: Option<String>,
    /// Members the schema does not declare, in the order received; written back after the others.
    pub unknown_members: ::graph_calls::json::UnknownMembers,
}
impl MediaInfo {
    /// Creates an empty `MediaInfo`; set the members you need.
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
impl runtime::Model for MediaInfo {
    const TYPE_NAME: &'static str = "example.graph.mediaInfo";
    fn empty() -> Self {
        Self {
            odata_type: None,
            uri: None,
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
                    "#example.graph.mediaInfo",
                    map,
                )
            }
            "uri" => runtime::read_member(&mut self.uri, "uri", map),
            _ => self.unknown_members.read_member(name, map),
        }
    }
    fn write_members<M: ::serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        runtime::write_member(map, "uri", &self.uri)?;
        self.unknown_members.write_members(map)
    }
    fn odata_type(&self) -> Option<&str> {
        self.odata_type.as_deref()
    }
    fn set_odata_type(&mut self, annotation: ::std::borrow::Cow<'static, str>) {
        self.odata_type = Some(annotation);
    }
}
impl runtime::Validate for MediaInfo {
    fn is_empty(&self) -> bool {
        self.uri.is_none() && self.unknown_members.is_empty()
    }
    fn validate_at(
        &self,
        _path: &mut runtime::FieldPath,
    ) -> Result<(), ::graph_calls::ValidationError> {
        Ok(())
    }
}
impl ::serde::Serialize for MediaInfo {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        runtime::serialize_model(self, serializer, None)
    }
}
impl<'de> ::serde::Deserialize<'de> for MediaInfo {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_model(deserializer)
    }
}
/// The `callOptions` complex type.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CallOptions {
    /// The `@odata.type` annotation as received, or `None`; written back first when set.
    pub odata_type: Option<::std::borrow::Cow<'static, str>>,
    /// The `sources` property.
    pub sources: Option<Vec<String>>,
    /// The `modalities` property.
    pub modalities: Option<Vec<super::Modality>>,
    /// The `prefetch` property.
    pub prefetch: Option<Vec<super::MediaInfo>>,
    /// The `sequence` property.
    pub sequence: Option<Vec<i64>>,
    /// Members the schema does not declare, in the order received; written back after the others.
    pub unknown_members: ::graph_calls::json::UnknownMembers,
}
impl CallOptions {
    /// Creates an empty `CallOptions`; set the members you need.
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
impl runtime::Model for CallOptions {
    const TYPE_NAME: &'static str = "example.graph.callOptions";
    fn empty() -> Self {
        Self {
            odata_type: None,
            sources: None,
            modalities: None,
            prefetch: None,
            sequence: None,
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
                    "#example.graph.callOptions",
                    map,
                )
            }
            "sources" => runtime::read_member(&mut self.sources, "sources", map),
            "modalities" => runtime::read_member(&mut self.modalities, "modalities", map),
            "prefetch" => runtime::read_member(&mut self.prefetch, "prefetch", map),
            "sequence" => runtime::read_member(&mut self.sequence, "sequence", map),
            _ => self.unknown_members.read_member(name, map),
        }
    }
    fn write_members<M: ::serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        runtime::write_member(map, "sources", &self.sources)?;
        runtime::write_member(map, "modalities", &self.modalities)?;
        runtime::write_member(map, "prefetch", &self.prefetch)?;
        runtime::write_member(map, "sequence", &self.sequence)?;
        self.unknown_members.write_members(map)
    }
    fn odata_type(&self) -> Option<&str> {
        self.odata_type.as_deref()
    }
    fn set_odata_type(&mut self, annotation: ::std::borrow::Cow<'static, str>) {
        self.odata_type = Some(annotation);
    }
}
impl runtime::Validate for CallOptions {
    fn is_empty(&self) -> bool {
        self.sources.is_none() && self.modalities.is_none() && self.prefetch.is_none()
            && self.sequence.is_none() && self.unknown_members.is_empty()
    }
    fn validate_at(
        &self,
        path: &mut runtime::FieldPath,
    ) -> Result<(), ::graph_calls::ValidationError> {
        runtime::check_nested(&self.prefetch, "prefetch", path)?;
        Ok(())
    }
}
impl ::serde::Serialize for CallOptions {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        runtime::serialize_model(self, serializer, None)
    }
}
impl<'de> ::serde::Deserialize<'de> for CallOptions {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_model(deserializer)
    }
}
