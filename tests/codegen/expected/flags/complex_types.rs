// @generated from tests/codegen/fixtures/flags.csdl.xml by `UPDATE_GOLDEN=1 cargo test -p graph-calls-codegen --test golden`. Do not edit: change the schema or the generator and regenerate.

#![allow(deprecated)]
use ::graph_calls::__private as runtime;
/// The `restrictions` complex type.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Restrictions {
    /// The `@odata.type` annotation as received, or `None`; written back first when set.
    pub odata_type: Option<::std::borrow::Cow<'static, str>>,
    /// The `videoDisabled` property.
    pub video_disabled: Option<::graph_calls::json::Flags<super::DisabledReason>>,
    /// Members the schema does not declare, in the order received; written back after the others.
    pub unknown_members: ::graph_calls::json::UnknownMembers,
}
impl Restrictions {
    /// Creates an empty `Restrictions`; set the members you need.
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
impl runtime::Model for Restrictions {
    const TYPE_NAME: &'static str = "example.graph.restrictions";
    fn empty() -> Self {
        Self {
            odata_type: None,
            video_disabled: None,
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
                    "#example.graph.restrictions",
                    map,
                )
            }
            "videoDisabled" => {
                runtime::read_member(&mut self.video_disabled, "videoDisabled", map)
            }
            _ => self.unknown_members.read_member(name, map),
        }
    }
    fn write_members<M: ::serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        runtime::write_member(map, "videoDisabled", &self.video_disabled)?;
        self.unknown_members.write_members(map)
    }
    fn odata_type(&self) -> Option<&str> {
        self.odata_type.as_deref()
    }
    fn set_odata_type(&mut self, annotation: ::std::borrow::Cow<'static, str>) {
        self.odata_type = Some(annotation);
    }
}
impl runtime::Validate for Restrictions {
    fn is_empty(&self) -> bool {
        self.video_disabled.is_none() && self.unknown_members.is_empty()
    }
    fn validate_at(
        &self,
        _path: &mut runtime::FieldPath,
    ) -> Result<(), ::graph_calls::ValidationError> {
        Ok(())
    }
}
impl ::serde::Serialize for Restrictions {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        runtime::serialize_model(self, serializer, None)
    }
}
impl<'de> ::serde::Deserialize<'de> for Restrictions {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_model(deserializer)
    }
}
