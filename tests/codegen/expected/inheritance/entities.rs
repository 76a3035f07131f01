// @generated from tests/codegen/fixtures/inheritance.csdl.xml by `UPDATE_GOLDEN=1 cargo test -p graph-calls-codegen --test golden`. Do not edit: change the schema or the generator and regenerate.

#![allow(deprecated)]
use ::graph_calls::__private as runtime;
/// The `entity` entity type.
///
/// This type is abstract. Properties declared with this type hold an [`AnyEntity`](super::AnyEntity), which also covers the types derived from it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Entity {
    /// The `@odata.type` annotation as received, or `None`; written back first when set.
    pub odata_type: Option<::std::borrow::Cow<'static, str>>,
    /// The `id` property.
    pub id: Option<String>,
    /// Members the schema does not declare, in the order received; written back after the others.
    pub unknown_members: ::graph_calls::json::UnknownMembers,
}
impl Entity {
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
impl runtime::Model for Entity {
    const TYPE_NAME: &'static str = "example.graph.entity";
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
                    "#example.graph.entity",
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
impl runtime::Validate for Entity {
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
impl ::serde::Serialize for Entity {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        runtime::serialize_model(self, serializer, None)
    }
}
impl<'de> ::serde::Deserialize<'de> for Entity {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_model(deserializer)
    }
}
/// A `example.graph.entity` or a type derived from it, chosen by the `@odata.type` annotation.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum AnyEntity {
    /// A `example.graph.entity`, or a value without `@odata.type`.
    Entity(Box<super::Entity>),
    /// A `example.graph.operation`.
    Operation(Box<super::Operation>),
    /// A `example.graph.playOperation`.
    PlayOperation(Box<super::PlayOperation>),
    /// A `example.graph.recordOperation`.
    RecordOperation(Box<super::RecordOperation>),
    /// A type that the schema does not declare, read with the members of `entity`; its `odata_type` names it.
    Unrecognized(Box<super::Entity>),
}
impl AnyEntity {
    /// Returns `id`, which every type of the family has.
    pub fn id(&self) -> Option<&String> {
        match self {
            Self::Entity(value) => value.id.as_ref(),
            Self::Operation(value) => value.id.as_ref(),
            Self::PlayOperation(value) => value.id.as_ref(),
            Self::RecordOperation(value) => value.id.as_ref(),
            Self::Unrecognized(value) => value.id.as_ref(),
        }
    }
    /// Returns the `@odata.type` annotation the value carries, if any.
    pub fn odata_type(&self) -> Option<&str> {
        match self {
            Self::Entity(value) => value.odata_type.as_deref(),
            Self::Operation(value) => value.odata_type.as_deref(),
            Self::PlayOperation(value) => value.odata_type.as_deref(),
            Self::RecordOperation(value) => value.odata_type.as_deref(),
            Self::Unrecognized(value) => value.odata_type.as_deref(),
        }
    }
}
impl runtime::Polymorphic for AnyEntity {
    type Base = super::Entity;
    const ANNOTATIONS: &'static [&'static str] = &[
        "#example.graph.entity",
        "#example.graph.operation",
        "#example.graph.playOperation",
        "#example.graph.recordOperation",
    ];
    fn empty_variant(annotation: &str) -> Option<Self> {
        match annotation {
            "#example.graph.entity" => {
                Some(Self::Entity(Box::new(runtime::Model::empty())))
            }
            "#example.graph.operation" => {
                Some(Self::Operation(Box::new(runtime::Model::empty())))
            }
            "#example.graph.playOperation" => {
                Some(Self::PlayOperation(Box::new(runtime::Model::empty())))
            }
            "#example.graph.recordOperation" => {
                Some(Self::RecordOperation(Box::new(runtime::Model::empty())))
            }
            _ => None,
        }
    }
    fn from_base(base: super::Entity) -> Self {
        Self::Entity(Box::new(base))
    }
    fn unrecognized(base: super::Entity) -> Self {
        Self::Unrecognized(Box::new(base))
    }
    fn read_member<'de, A: ::serde::de::MapAccess<'de>>(
        &mut self,
        name: runtime::MemberName<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match self {
            Self::Entity(value) => runtime::Model::read_member(&mut **value, name, map),
            Self::Operation(value) => {
                runtime::Model::read_member(&mut **value, name, map)
            }
            Self::PlayOperation(value) => {
                runtime::Model::read_member(&mut **value, name, map)
            }
            Self::RecordOperation(value) => {
                runtime::Model::read_member(&mut **value, name, map)
            }
            Self::Unrecognized(value) => {
                runtime::Model::read_member(&mut **value, name, map)
            }
        }
    }
    fn set_odata_type(&mut self, annotation: ::std::borrow::Cow<'static, str>) {
        match self {
            Self::Entity(value) => value.odata_type = Some(annotation),
            Self::Operation(value) => value.odata_type = Some(annotation),
            Self::PlayOperation(value) => value.odata_type = Some(annotation),
            Self::RecordOperation(value) => value.odata_type = Some(annotation),
            Self::Unrecognized(value) => value.odata_type = Some(annotation),
        }
    }
}
impl runtime::Validate for AnyEntity {
    fn is_empty(&self) -> bool {
        match self {
            Self::Entity(value) | Self::Unrecognized(value) => {
                runtime::Validate::is_empty(&**value)
            }
            _ => false,
        }
    }
    fn validate_at(
        &self,
        path: &mut runtime::FieldPath,
    ) -> Result<(), ::graph_calls::ValidationError> {
        match self {
            Self::Entity(value) => runtime::Validate::validate_at(&**value, path),
            Self::Operation(value) => runtime::Validate::validate_at(&**value, path),
            Self::PlayOperation(value) => runtime::Validate::validate_at(&**value, path),
            Self::RecordOperation(value) => {
                runtime::Validate::validate_at(&**value, path)
            }
            Self::Unrecognized(value) => runtime::Validate::validate_at(&**value, path),
        }
    }
}
impl ::serde::Serialize for AnyEntity {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        match self {
            Self::Entity(value) => runtime::serialize_model(&**value, serializer, None),
            Self::Operation(value) => {
                runtime::serialize_model(
                    &**value,
                    serializer,
                    Some("#example.graph.operation"),
                )
            }
            Self::PlayOperation(value) => {
                runtime::serialize_model(
                    &**value,
                    serializer,
                    Some("#example.graph.playOperation"),
                )
            }
            Self::RecordOperation(value) => {
                runtime::serialize_model(
                    &**value,
                    serializer,
                    Some("#example.graph.recordOperation"),
                )
            }
            Self::Unrecognized(value) => {
                runtime::serialize_model(&**value, serializer, None)
            }
        }
    }
}
impl<'de> ::serde::Deserialize<'de> for AnyEntity {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_polymorphic(deserializer)
    }
}
impl From<Entity> for AnyEntity {
    fn from(value: Entity) -> Self {
        Self::Entity(Box::new(value))
    }
}
impl From<Operation> for AnyEntity {
    fn from(value: Operation) -> Self {
        Self::Operation(Box::new(value))
    }
}
impl From<PlayOperation> for AnyEntity {
    fn from(value: PlayOperation) -> Self {
        Self::PlayOperation(Box::new(value))
    }
}
impl From<RecordOperation> for AnyEntity {
    fn from(value: RecordOperation) -> Self {
        Self::RecordOperation(Box::new(value))
    }
}
/// A long-running request.
///
/// Properties declared with this type hold an [`AnyOperation`](super::AnyOperation), which also covers the types derived from it.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Operation {
    /// The `@odata.type` annotation as received, or `None`; written back first when set.
    pub odata_type: Option<::std::borrow::Cow<'static, str>>,
    /// The `id` property.
    pub id: Option<String>,
    /// The `status` property.
    ///
    /// Required when sending: `Operation::new` takes it.
    pub status: Option<String>,
    /// Members the schema does not declare, in the order received; written back after the others.
    pub unknown_members: ::graph_calls::json::UnknownMembers,
}
impl Operation {
    /// Creates `Operation` with its required members: `status`.
    pub fn new(status: impl Into<String>) -> Self {
        Self {
            odata_type: None,
            id: None,
            status: Some(status.into()),
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
impl runtime::Model for Operation {
    const TYPE_NAME: &'static str = "example.graph.operation";
    fn empty() -> Self {
        Self {
            odata_type: None,
            id: None,
            status: None,
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
                    "#example.graph.operation",
                    map,
                )
            }
            "id" => runtime::read_member(&mut self.id, "id", map),
            "status" => runtime::read_member(&mut self.status, "status", map),
            _ => self.unknown_members.read_member(name, map),
        }
    }
    fn write_members<M: ::serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        runtime::write_member(map, "id", &self.id)?;
        runtime::write_member(map, "status", &self.status)?;
        self.unknown_members.write_members(map)
    }
    fn odata_type(&self) -> Option<&str> {
        self.odata_type.as_deref()
    }
    fn set_odata_type(&mut self, annotation: ::std::borrow::Cow<'static, str>) {
        self.odata_type = Some(annotation);
    }
}
impl runtime::Validate for Operation {
    fn is_empty(&self) -> bool {
        self.id.is_none() && self.status.is_none() && self.unknown_members.is_empty()
    }
    fn validate_at(
        &self,
        path: &mut runtime::FieldPath,
    ) -> Result<(), ::graph_calls::ValidationError> {
        runtime::check_present(&self.status, "status", path)?;
        Ok(())
    }
}
impl ::serde::Serialize for Operation {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        runtime::serialize_model(self, serializer, None)
    }
}
impl<'de> ::serde::Deserialize<'de> for Operation {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_model(deserializer)
    }
}
/// A `example.graph.operation` or a type derived from it, chosen by the `@odata.type` annotation.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum AnyOperation {
    /// A `example.graph.operation`, or a value without `@odata.type`.
    Operation(Box<super::Operation>),
    /// A `example.graph.playOperation`.
    PlayOperation(Box<super::PlayOperation>),
    /// A `example.graph.recordOperation`.
    RecordOperation(Box<super::RecordOperation>),
    /// A type that the schema does not declare, read with the members of `operation`; its `odata_type` names it.
    Unrecognized(Box<super::Operation>),
}
impl AnyOperation {
    /// Returns `id`, which every type of the family has.
    pub fn id(&self) -> Option<&String> {
        match self {
            Self::Operation(value) => value.id.as_ref(),
            Self::PlayOperation(value) => value.id.as_ref(),
            Self::RecordOperation(value) => value.id.as_ref(),
            Self::Unrecognized(value) => value.id.as_ref(),
        }
    }
    /// Returns `status`, which every type of the family has.
    pub fn status(&self) -> Option<&String> {
        match self {
            Self::Operation(value) => value.status.as_ref(),
            Self::PlayOperation(value) => value.status.as_ref(),
            Self::RecordOperation(value) => value.status.as_ref(),
            Self::Unrecognized(value) => value.status.as_ref(),
        }
    }
    /// Returns the `@odata.type` annotation the value carries, if any.
    pub fn odata_type(&self) -> Option<&str> {
        match self {
            Self::Operation(value) => value.odata_type.as_deref(),
            Self::PlayOperation(value) => value.odata_type.as_deref(),
            Self::RecordOperation(value) => value.odata_type.as_deref(),
            Self::Unrecognized(value) => value.odata_type.as_deref(),
        }
    }
}
impl runtime::Polymorphic for AnyOperation {
    type Base = super::Operation;
    const ANNOTATIONS: &'static [&'static str] = &[
        "#example.graph.operation",
        "#example.graph.playOperation",
        "#example.graph.recordOperation",
    ];
    fn empty_variant(annotation: &str) -> Option<Self> {
        match annotation {
            "#example.graph.operation" => {
                Some(Self::Operation(Box::new(runtime::Model::empty())))
            }
            "#example.graph.playOperation" => {
                Some(Self::PlayOperation(Box::new(runtime::Model::empty())))
            }
            "#example.graph.recordOperation" => {
                Some(Self::RecordOperation(Box::new(runtime::Model::empty())))
            }
            _ => None,
        }
    }
    fn from_base(base: super::Operation) -> Self {
        Self::Operation(Box::new(base))
    }
    fn unrecognized(base: super::Operation) -> Self {
        Self::Unrecognized(Box::new(base))
    }
    fn read_member<'de, A: ::serde::de::MapAccess<'de>>(
        &mut self,
        name: runtime::MemberName<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match self {
            Self::Operation(value) => {
                runtime::Model::read_member(&mut **value, name, map)
            }
            Self::PlayOperation(value) => {
                runtime::Model::read_member(&mut **value, name, map)
            }
            Self::RecordOperation(value) => {
                runtime::Model::read_member(&mut **value, name, map)
            }
            Self::Unrecognized(value) => {
                runtime::Model::read_member(&mut **value, name, map)
            }
        }
    }
    fn set_odata_type(&mut self, annotation: ::std::borrow::Cow<'static, str>) {
        match self {
            Self::Operation(value) => value.odata_type = Some(annotation),
            Self::PlayOperation(value) => value.odata_type = Some(annotation),
            Self::RecordOperation(value) => value.odata_type = Some(annotation),
            Self::Unrecognized(value) => value.odata_type = Some(annotation),
        }
    }
}
impl runtime::Validate for AnyOperation {
    fn is_empty(&self) -> bool {
        match self {
            Self::Operation(value) | Self::Unrecognized(value) => {
                runtime::Validate::is_empty(&**value)
            }
            _ => false,
        }
    }
    fn validate_at(
        &self,
        path: &mut runtime::FieldPath,
    ) -> Result<(), ::graph_calls::ValidationError> {
        match self {
            Self::Operation(value) => runtime::Validate::validate_at(&**value, path),
            Self::PlayOperation(value) => runtime::Validate::validate_at(&**value, path),
            Self::RecordOperation(value) => {
                runtime::Validate::validate_at(&**value, path)
            }
            Self::Unrecognized(value) => runtime::Validate::validate_at(&**value, path),
        }
    }
}
impl ::serde::Serialize for AnyOperation {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        match self {
            Self::Operation(value) => {
                runtime::serialize_model(&**value, serializer, None)
            }
            Self::PlayOperation(value) => {
                runtime::serialize_model(
                    &**value,
                    serializer,
                    Some("#example.graph.playOperation"),
                )
            }
            Self::RecordOperation(value) => {
                runtime::serialize_model(
                    &**value,
                    serializer,
                    Some("#example.graph.recordOperation"),
                )
            }
            Self::Unrecognized(value) => {
                runtime::serialize_model(&**value, serializer, None)
            }
        }
    }
}
impl<'de> ::serde::Deserialize<'de> for AnyOperation {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_polymorphic(deserializer)
    }
}
impl From<Operation> for AnyOperation {
    fn from(value: Operation) -> Self {
        Self::Operation(Box::new(value))
    }
}
impl From<PlayOperation> for AnyOperation {
    fn from(value: PlayOperation) -> Self {
        Self::PlayOperation(Box::new(value))
    }
}
impl From<RecordOperation> for AnyOperation {
    fn from(value: RecordOperation) -> Self {
        Self::RecordOperation(Box::new(value))
    }
}
impl TryFrom<super::AnyEntity> for AnyOperation {
    type Error = super::AnyEntity;
    fn try_from(value: super::AnyEntity) -> Result<Self, Self::Error> {
        match value {
            super::AnyEntity::Operation(value) => Ok(Self::Operation(value)),
            super::AnyEntity::PlayOperation(value) => Ok(Self::PlayOperation(value)),
            super::AnyEntity::RecordOperation(value) => Ok(Self::RecordOperation(value)),
            other => Err(other),
        }
    }
}
/// The `playOperation` entity type.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct PlayOperation {
    /// The `@odata.type` annotation as received, or `None`; written back first when set.
    pub odata_type: Option<::std::borrow::Cow<'static, str>>,
    /// The `id` property.
    pub id: Option<String>,
    /// The `status` property.
    ///
    /// Required when sending: `PlayOperation::new` takes it.
    pub status: Option<String>,
    /// The `promptCount` property.
    pub prompt_count: Option<i32>,
    /// Members the schema does not declare, in the order received; written back after the others.
    pub unknown_members: ::graph_calls::json::UnknownMembers,
}
impl PlayOperation {
    /// Creates `PlayOperation` with its required members: `status`.
    pub fn new(status: impl Into<String>) -> Self {
        Self {
            odata_type: None,
            id: None,
            status: Some(status.into()),
            prompt_count: None,
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
impl runtime::Model for PlayOperation {
    const TYPE_NAME: &'static str = "example.graph.playOperation";
    fn empty() -> Self {
        Self {
            odata_type: None,
            id: None,
            status: None,
            prompt_count: None,
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
                    "#example.graph.playOperation",
                    map,
                )
            }
            "id" => runtime::read_member(&mut self.id, "id", map),
            "status" => runtime::read_member(&mut self.status, "status", map),
            "promptCount" => {
                runtime::read_member(&mut self.prompt_count, "promptCount", map)
            }
            _ => self.unknown_members.read_member(name, map),
        }
    }
    fn write_members<M: ::serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        runtime::write_member(map, "id", &self.id)?;
        runtime::write_member(map, "status", &self.status)?;
        runtime::write_member(map, "promptCount", &self.prompt_count)?;
        self.unknown_members.write_members(map)
    }
    fn odata_type(&self) -> Option<&str> {
        self.odata_type.as_deref()
    }
    fn set_odata_type(&mut self, annotation: ::std::borrow::Cow<'static, str>) {
        self.odata_type = Some(annotation);
    }
}
impl runtime::Validate for PlayOperation {
    fn is_empty(&self) -> bool {
        self.id.is_none() && self.status.is_none() && self.prompt_count.is_none()
            && self.unknown_members.is_empty()
    }
    fn validate_at(
        &self,
        path: &mut runtime::FieldPath,
    ) -> Result<(), ::graph_calls::ValidationError> {
        runtime::check_present(&self.status, "status", path)?;
        Ok(())
    }
}
impl ::serde::Serialize for PlayOperation {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        runtime::serialize_model(self, serializer, None)
    }
}
impl<'de> ::serde::Deserialize<'de> for PlayOperation {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_model(deserializer)
    }
}
/// The `recordOperation` entity type.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct RecordOperation {
    /// The `@odata.type` annotation as received, or `None`; written back first when set.
    pub odata_type: Option<::std::borrow::Cow<'static, str>>,
    /// The `id` property.
    pub id: Option<String>,
    /// The `status` property.
    ///
    /// Required when sending: `RecordOperation::new` takes it.
    pub status: Option<String>,
    /// The `location` property.
    ///
    /// Required when sending: `RecordOperation::new` takes it.
    pub location: Option<String>,
    /// Members the schema does not declare, in the order received; written back after the others.
    pub unknown_members: ::graph_calls::json::UnknownMembers,
}
impl RecordOperation {
    /// Creates `RecordOperation` with its required members: `status`, `location`.
    pub fn new(status: impl Into<String>, location: impl Into<String>) -> Self {
        Self {
            odata_type: None,
            id: None,
            status: Some(status.into()),
            location: Some(location.into()),
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
impl runtime::Model for RecordOperation {
    const TYPE_NAME: &'static str = "example.graph.recordOperation";
    fn empty() -> Self {
        Self {
            odata_type: None,
            id: None,
            status: None,
            location: None,
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
                    "#example.graph.recordOperation",
                    map,
                )
            }
            "id" => runtime::read_member(&mut self.id, "id", map),
            "status" => runtime::read_member(&mut self.status, "status", map),
            "location" => runtime::read_member(&mut self.location, "location", map),
            _ => self.unknown_members.read_member(name, map),
        }
    }
    fn write_members<M: ::serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        runtime::write_member(map, "id", &self.id)?;
        runtime::write_member(map, "status", &self.status)?;
        runtime::write_member(map, "location", &self.location)?;
        self.unknown_members.write_members(map)
    }
    fn odata_type(&self) -> Option<&str> {
        self.odata_type.as_deref()
    }
    fn set_odata_type(&mut self, annotation: ::std::borrow::Cow<'static, str>) {
        self.odata_type = Some(annotation);
    }
}
impl runtime::Validate for RecordOperation {
    fn is_empty(&self) -> bool {
        self.id.is_none() && self.status.is_none() && self.location.is_none()
            && self.unknown_members.is_empty()
    }
    fn validate_at(
        &self,
        path: &mut runtime::FieldPath,
    ) -> Result<(), ::graph_calls::ValidationError> {
        runtime::check_present(&self.status, "status", path)?;
        runtime::check_present(&self.location, "location", path)?;
        Ok(())
    }
}
impl ::serde::Serialize for RecordOperation {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        runtime::serialize_model(self, serializer, None)
    }
}
impl<'de> ::serde::Deserialize<'de> for RecordOperation {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_model(deserializer)
    }
}
