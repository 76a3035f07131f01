// @generated from tests/codegen/fixtures/facets.csdl.xml by `UPDATE_GOLDEN=1 cargo test -p graph-calls-codegen --test golden`. Do not edit: change the schema or the generator and regenerate.

#![allow(deprecated)]
use ::graph_calls::__private as runtime;
/// The `context` complex type.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Context {
    /// The `@odata.type` annotation as received, or `None`; written back first when set.
    pub odata_type: Option<::std::borrow::Cow<'static, str>>,
    /// The `clientContext` property.
    ///
    /// At most 256 characters; `validate` checks the length.
    pub client_context: Option<String>,
    /// The `tags` property.
    ///
    /// At most 8 characters; `validate` checks the length.
    pub tags: Option<Vec<String>>,
    /// The `unlimited` property.
    pub unlimited: Option<String>,
    /// The `payload` property.
    ///
    /// At most 4 characters; `validate` checks the length.
    pub payload: Option<::graph_calls::edm::Binary>,
    /// Members the schema does not declare, in the order received; written back after the others.
    pub unknown_members: ::graph_calls::json::UnknownMembers,
}
impl Context {
    /// Creates an empty `Context`; set the members you need.
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
impl runtime::Model for Context {
    const TYPE_NAME: &'static str = "example.graph.context";
    fn empty() -> Self {
        Self {
            odata_type: None,
            client_context: None,
            tags: None,
            unlimited: None,
            payload: None,
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
                    "#example.graph.context",
                    map,
                )
            }
            "clientContext" => {
                runtime::read_member(&mut self.client_context, "clientContext", map)
            }
            "tags" => runtime::read_member(&mut self.tags, "tags", map),
            "unlimited" => runtime::read_member(&mut self.unlimited, "unlimited", map),
            "payload" => runtime::read_member(&mut self.payload, "payload", map),
            _ => self.unknown_members.read_member(name, map),
        }
    }
    fn write_members<M: ::serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        runtime::write_member(map, "clientContext", &self.client_context)?;
        runtime::write_member(map, "tags", &self.tags)?;
        runtime::write_member(map, "unlimited", &self.unlimited)?;
        runtime::write_member(map, "payload", &self.payload)?;
        self.unknown_members.write_members(map)
    }
    fn odata_type(&self) -> Option<&str> {
        self.odata_type.as_deref()
    }
    fn set_odata_type(&mut self, annotation: ::std::borrow::Cow<'static, str>) {
        self.odata_type = Some(annotation);
    }
}
impl runtime::Validate for Context {
    fn is_empty(&self) -> bool {
        self.client_context.is_none() && self.tags.is_none() && self.unlimited.is_none()
            && self.payload.is_none() && self.unknown_members.is_empty()
    }
    fn validate_at(
        &self,
        path: &mut runtime::FieldPath,
    ) -> Result<(), ::graph_calls::ValidationError> {
        runtime::check_max_length(&self.client_context, "clientContext", 256u64, path)?;
        runtime::check_max_length(&self.tags, "tags", 8u64, path)?;
        runtime::check_max_length(&self.payload, "payload", 4u64, path)?;
        Ok(())
    }
}
impl ::serde::Serialize for Context {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        runtime::serialize_model(self, serializer, None)
    }
}
impl<'de> ::serde::Deserialize<'de> for Context {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_model(deserializer)
    }
}
