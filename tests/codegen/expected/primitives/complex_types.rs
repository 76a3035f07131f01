// @generated from tests/codegen/fixtures/primitives.csdl.xml by `UPDATE_GOLDEN=1 cargo test -p graph-calls-codegen --test golden`. Do not edit: change the schema or the generator and regenerate.

#![allow(deprecated)]
use ::graph_calls::__private as runtime;
/// The `allPrimitives` complex type.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AllPrimitives {
    /// The `@odata.type` annotation as received, or `None`; written back first when set.
    pub odata_type: Option<::std::borrow::Cow<'static, str>>,
    /// The `text` property.
    pub text: Option<String>,
    /// The `flag` property.
    pub flag: Option<bool>,
    /// The `byte` property.
    pub byte: Option<u8>,
    /// The `signedByte` property.
    pub signed_byte: Option<i8>,
    /// The `small` property.
    pub small: Option<i16>,
    /// The `medium` property.
    pub medium: Option<i32>,
    /// The `large` property.
    pub large: Option<i64>,
    /// The `single` property.
    pub single: Option<f32>,
    /// The `double` property.
    pub double: Option<f64>,
    /// The `decimal` property.
    pub decimal: Option<::serde_json::Number>,
    /// The `guid` property.
    pub guid: Option<::graph_calls::edm::Guid>,
    /// The `date` property.
    pub date: Option<::graph_calls::edm::Date>,
    /// The `timeOfDay` property.
    pub time_of_day: Option<::graph_calls::edm::TimeOfDay>,
    /// The `timestamp` property.
    pub timestamp: Option<::graph_calls::edm::DateTimeOffset>,
    /// The `duration` property.
    pub duration: Option<::graph_calls::edm::Duration>,
    /// The `binary` property.
    pub binary: Option<::graph_calls::edm::Binary>,
    /// The `untyped` property.
    pub untyped: Option<::serde_json::Value>,
    /// Members the schema does not declare, in the order received; written back after the others.
    pub unknown_members: ::graph_calls::json::UnknownMembers,
}
impl AllPrimitives {
    /// Creates an empty `AllPrimitives`; set the members you need.
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
impl runtime::Model for AllPrimitives {
    const TYPE_NAME: &'static str = "example.graph.allPrimitives";
    fn empty() -> Self {
        Self {
            odata_type: None,
            text: None,
            flag: None,
            byte: None,
            signed_byte: None,
            small: None,
            medium: None,
            large: None,
            single: None,
            double: None,
            decimal: None,
            guid: None,
            date: None,
            time_of_day: None,
            timestamp: None,
            duration: None,
            binary: None,
            untyped: None,
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
                    "#example.graph.allPrimitives",
                    map,
                )
            }
            "text" => runtime::read_member(&mut self.text, "text", map),
            "flag" => runtime::read_member(&mut self.flag, "flag", map),
            "byte" => runtime::read_member(&mut self.byte, "byte", map),
            "signedByte" => {
                runtime::read_member(&mut self.signed_byte, "signedByte", map)
            }
            "small" => runtime::read_member(&mut self.small, "small", map),
            "medium" => runtime::read_member(&mut self.medium, "medium", map),
            "large" => runtime::read_member(&mut self.large, "large", map),
            "single" => runtime::read_member(&mut self.single, "single", map),
            "double" => runtime::read_member(&mut self.double, "double", map),
            "decimal" => runtime::read_member(&mut self.decimal, "decimal", map),
            "guid" => runtime::read_member(&mut self.guid, "guid", map),
            "date" => runtime::read_member(&mut self.date, "date", map),
            "timeOfDay" => runtime::read_member(&mut self.time_of_day, "timeOfDay", map),
            "timestamp" => runtime::read_member(&mut self.timestamp, "timestamp", map),
            "duration" => runtime::read_member(&mut self.duration, "duration", map),
            "binary" => runtime::read_member(&mut self.binary, "binary", map),
            "untyped" => runtime::read_member(&mut self.untyped, "untyped", map),
            _ => self.unknown_members.read_member(name, map),
        }
    }
    fn write_members<M: ::serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        runtime::write_member(map, "text", &self.text)?;
        runtime::write_member(map, "flag", &self.flag)?;
        runtime::write_member(map, "byte", &self.byte)?;
        runtime::write_member(map, "signedByte", &self.signed_byte)?;
        runtime::write_member(map, "small", &self.small)?;
        runtime::write_member(map, "medium", &self.medium)?;
        runtime::write_member(map, "large", &self.large)?;
        runtime::write_member(map, "single", &self.single)?;
        runtime::write_member(map, "double", &self.double)?;
        runtime::write_member(map, "decimal", &self.decimal)?;
        runtime::write_member(map, "guid", &self.guid)?;
        runtime::write_member(map, "date", &self.date)?;
        runtime::write_member(map, "timeOfDay", &self.time_of_day)?;
        runtime::write_member(map, "timestamp", &self.timestamp)?;
        runtime::write_member(map, "duration", &self.duration)?;
        runtime::write_member(map, "binary", &self.binary)?;
        runtime::write_member(map, "untyped", &self.untyped)?;
        self.unknown_members.write_members(map)
    }
    fn odata_type(&self) -> Option<&str> {
        self.odata_type.as_deref()
    }
    fn set_odata_type(&mut self, annotation: ::std::borrow::Cow<'static, str>) {
        self.odata_type = Some(annotation);
    }
}
impl runtime::Validate for AllPrimitives {
    fn is_empty(&self) -> bool {
        self.text.is_none() && self.flag.is_none() && self.byte.is_none()
            && self.signed_byte.is_none() && self.small.is_none()
            && self.medium.is_none() && self.large.is_none() && self.single.is_none()
            && self.double.is_none() && self.decimal.is_none() && self.guid.is_none()
            && self.date.is_none() && self.time_of_day.is_none()
            && self.timestamp.is_none() && self.duration.is_none()
            && self.binary.is_none() && self.untyped.is_none()
            && self.unknown_members.is_empty()
    }
    fn validate_at(
        &self,
        _path: &mut runtime::FieldPath,
    ) -> Result<(), ::graph_calls::ValidationError> {
        Ok(())
    }
}
impl ::serde::Serialize for AllPrimitives {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        runtime::serialize_model(self, serializer, None)
    }
}
impl<'de> ::serde::Deserialize<'de> for AllPrimitives {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_model(deserializer)
    }
}
