// @generated from tests/codegen/fixtures/recursion.csdl.xml by `UPDATE_GOLDEN=1 cargo test -p graph-calls-codegen --test golden`. Do not edit: change the schema or the generator and regenerate.

#![allow(deprecated)]
use ::graph_calls::__private as runtime;
/// The `workbookError` complex type.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct WorkbookError {
    /// The `@odata.type` annotation as received, or `None`; written back first when set.
    pub odata_type: Option<::std::borrow::Cow<'static, str>>,
    /// The `code` property.
    pub code: Option<String>,
    /// The `innerError` property.
    pub inner_error: Option<Box<super::WorkbookError>>,
    /// Members the schema does not declare, in the order received; written back after the others.
    pub unknown_members: ::graph_calls::json::UnknownMembers,
}
impl WorkbookError {
    /// Creates an empty `WorkbookError`; set the members you need.
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
impl runtime::Model for WorkbookError {
    const TYPE_NAME: &'static str = "example.graph.workbookError";
    fn empty() -> Self {
        Self {
            odata_type: None,
            code: None,
            inner_error: None,
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
                    "#example.graph.workbookError",
                    map,
                )
            }
            "code" => runtime::read_member(&mut self.code, "code", map),
            "innerError" => {
                runtime::read_member(&mut self.inner_error, "innerError", map)
            }
            _ => self.unknown_members.read_member(name, map),
        }
    }
    fn write_members<M: ::serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        runtime::write_member(map, "code", &self.code)?;
        runtime::write_member(map, "innerError", &self.inner_error)?;
        self.unknown_members.write_members(map)
    }
    fn odata_type(&self) -> Option<&str> {
        self.odata_type.as_deref()
    }
    fn set_odata_type(&mut self, annotation: ::std::borrow::Cow<'static, str>) {
        self.odata_type = Some(annotation);
    }
}
impl runtime::Validate for WorkbookError {
    fn is_empty(&self) -> bool {
        self.code.is_none() && self.inner_error.is_none()
            && self.unknown_members.is_empty()
    }
    fn validate_at(
        &self,
        path: &mut runtime::FieldPath,
    ) -> Result<(), ::graph_calls::ValidationError> {
        runtime::check_nested(&self.inner_error, "innerError", path)?;
        Ok(())
    }
}
impl ::serde::Serialize for WorkbookError {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        runtime::serialize_model(self, serializer, None)
    }
}
impl<'de> ::serde::Deserialize<'de> for WorkbookError {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_model(deserializer)
    }
}
/// The `question` complex type.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Question {
    /// The `@odata.type` annotation as received, or `None`; written back first when set.
    pub odata_type: Option<::std::borrow::Cow<'static, str>>,
    /// The `text` property.
    pub text: Option<String>,
    /// The `answer` property.
    ///
    /// Required when sending: `Question::new` takes it.
    pub answer: Option<Box<super::Answer>>,
    /// Members the schema does not declare, in the order received; written back after the others.
    pub unknown_members: ::graph_calls::json::UnknownMembers,
}
impl Question {
    /// Creates `Question` with its required members: `answer`.
    pub fn new(answer: super::Answer) -> Self {
        Self {
            odata_type: None,
            text: None,
            answer: Some(answer.into()),
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
impl runtime::Model for Question {
    const TYPE_NAME: &'static str = "example.graph.question";
    fn empty() -> Self {
        Self {
            odata_type: None,
            text: None,
            answer: None,
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
                    "#example.graph.question",
                    map,
                )
            }
            "text" => runtime::read_member(&mut self.text, "text", map),
            "answer" => runtime::read_member(&mut self.answer, "answer", map),
            _ => self.unknown_members.read_member(name, map),
        }
    }
    fn write_members<M: ::serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        runtime::write_member(map, "text", &self.text)?;
        runtime::write_member(map, "answer", &self.answer)?;
        self.unknown_members.write_members(map)
    }
    fn odata_type(&self) -> Option<&str> {
        self.odata_type.as_deref()
    }
    fn set_odata_type(&mut self, annotation: ::std::borrow::Cow<'static, str>) {
        self.odata_type = Some(annotation);
    }
}
impl runtime::Validate for Question {
    fn is_empty(&self) -> bool {
        self.text.is_none() && self.answer.is_none() && self.unknown_members.is_empty()
    }
    fn validate_at(
        &self,
        path: &mut runtime::FieldPath,
    ) -> Result<(), ::graph_calls::ValidationError> {
        runtime::check_present_object(&self.answer, "answer", path)?;
        runtime::check_nested(&self.answer, "answer", path)?;
        Ok(())
    }
}
impl ::serde::Serialize for Question {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        runtime::serialize_model(self, serializer, None)
    }
}
impl<'de> ::serde::Deserialize<'de> for Question {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_model(deserializer)
    }
}
/// The `answer` complex type.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Answer {
    /// The `@odata.type` annotation as received, or `None`; written back first when set.
    pub odata_type: Option<::std::borrow::Cow<'static, str>>,
    /// The `text` property.
    pub text: Option<String>,
    /// The `followUp` property.
    pub follow_up: Option<Box<super::Question>>,
    /// The `sources` property.
    pub sources: Option<Vec<super::Answer>>,
    /// Members the schema does not declare, in the order received; written back after the others.
    pub unknown_members: ::graph_calls::json::UnknownMembers,
}
impl Answer {
    /// Creates an empty `Answer`; set the members you need.
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
impl runtime::Model for Answer {
    const TYPE_NAME: &'static str = "example.graph.answer";
    fn empty() -> Self {
        Self {
            odata_type: None,
            text: None,
            follow_up: None,
            sources: None,
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
                    "#example.graph.answer",
                    map,
                )
            }
            "text" => runtime::read_member(&mut self.text, "text", map),
            "followUp" => runtime::read_member(&mut self.follow_up, "followUp", map),
            "sources" => runtime::read_member(&mut self.sources, "sources", map),
            _ => self.unknown_members.read_member(name, map),
        }
    }
    fn write_members<M: ::serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        runtime::write_member(map, "text", &self.text)?;
        runtime::write_member(map, "followUp", &self.follow_up)?;
        runtime::write_member(map, "sources", &self.sources)?;
        self.unknown_members.write_members(map)
    }
    fn odata_type(&self) -> Option<&str> {
        self.odata_type.as_deref()
    }
    fn set_odata_type(&mut self, annotation: ::std::borrow::Cow<'static, str>) {
        self.odata_type = Some(annotation);
    }
}
impl runtime::Validate for Answer {
    fn is_empty(&self) -> bool {
        self.text.is_none() && self.follow_up.is_none() && self.sources.is_none()
            && self.unknown_members.is_empty()
    }
    fn validate_at(
        &self,
        path: &mut runtime::FieldPath,
    ) -> Result<(), ::graph_calls::ValidationError> {
        runtime::check_nested(&self.follow_up, "followUp", path)?;
        runtime::check_nested(&self.sources, "sources", path)?;
        Ok(())
    }
}
impl ::serde::Serialize for Answer {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        runtime::serialize_model(self, serializer, None)
    }
}
impl<'de> ::serde::Deserialize<'de> for Answer {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_model(deserializer)
    }
}
/// The `thread` complex type.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Thread {
    /// The `@odata.type` annotation as received, or `None`; written back first when set.
    pub odata_type: Option<::std::borrow::Cow<'static, str>>,
    /// The `first` property.
    pub first: Option<super::Question>,
    /// Members the schema does not declare, in the order received; written back after the others.
    pub unknown_members: ::graph_calls::json::UnknownMembers,
}
impl Thread {
    /// Creates an empty `Thread`; set the members you need.
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
impl runtime::Model for Thread {
    const TYPE_NAME: &'static str = "example.graph.thread";
    fn empty() -> Self {
        Self {
            odata_type: None,
            first: None,
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
                    "#example.graph.thread",
                    map,
                )
            }
            "first" => runtime::read_member(&mut self.first, "first", map),
            _ => self.unknown_members.read_member(name, map),
        }
    }
    fn write_members<M: ::serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        runtime::write_member(map, "first", &self.first)?;
        self.unknown_members.write_members(map)
    }
    fn odata_type(&self) -> Option<&str> {
        self.odata_type.as_deref()
    }
    fn set_odata_type(&mut self, annotation: ::std::borrow::Cow<'static, str>) {
        self.odata_type = Some(annotation);
    }
}
impl runtime::Validate for Thread {
    fn is_empty(&self) -> bool {
        self.first.is_none() && self.unknown_members.is_empty()
    }
    fn validate_at(
        &self,
        path: &mut runtime::FieldPath,
    ) -> Result<(), ::graph_calls::ValidationError> {
        runtime::check_nested(&self.first, "first", path)?;
        Ok(())
    }
}
impl ::serde::Serialize for Thread {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        runtime::serialize_model(self, serializer, None)
    }
}
impl<'de> ::serde::Deserialize<'de> for Thread {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_model(deserializer)
    }
}
