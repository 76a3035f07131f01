// @generated from tests/codegen/fixtures/paths.csdl.xml by `UPDATE_GOLDEN=1 cargo test -p graph-calls-codegen --test golden`. Do not edit: change the schema or the generator and regenerate.

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
    /// A `example.graph.call`.
    Call(Box<super::Call>),
    /// A `example.graph.groupCall`.
    GroupCall(Box<super::GroupCall>),
    /// A `example.graph.participant`.
    Participant(Box<super::Participant>),
    /// A `example.graph.callSettings`.
    CallSettings(Box<super::CallSettings>),
    /// A `example.graph.historyEntry`.
    HistoryEntry(Box<super::HistoryEntry>),
    /// A `example.graph.inviteResult`.
    InviteResult(Box<super::InviteResult>),
    /// A type that the schema does not declare, read with the members of `entity`; its `odata_type` names it.
    Unrecognized(Box<super::Entity>),
}
impl AnyEntity {
    /// Returns `id`, which every type of the family has.
    pub fn id(&self) -> Option<&String> {
        match self {
            Self::Entity(value) => value.id.as_ref(),
            Self::Call(value) => value.id.as_ref(),
            Self::GroupCall(value) => value.id.as_ref(),
            Self::Participant(value) => value.id.as_ref(),
            Self::CallSettings(value) => value.id.as_ref(),
            Self::HistoryEntry(value) => value.id.as_ref(),
            Self::InviteResult(value) => value.id.as_ref(),
            Self::Unrecognized(value) => value.id.as_ref(),
        }
    }
    /// Returns the `@odata.type` annotation the value carries, if any.
    pub fn odata_type(&self) -> Option<&str> {
        match self {
            Self::Entity(value) => value.odata_type.as_deref(),
            Self::Call(value) => value.odata_type.as_deref(),
            Self::GroupCall(value) => value.odata_type.as_deref(),
            Self::Participant(value) => value.odata_type.as_deref(),
            Self::CallSettings(value) => value.odata_type.as_deref(),
            Self::HistoryEntry(value) => value.odata_type.as_deref(),
            Self::InviteResult(value) => value.odata_type.as_deref(),
            Self::Unrecognized(value) => value.odata_type.as_deref(),
        }
    }
}
impl runtime::Polymorphic for AnyEntity {
    type Base = super::Entity;
    const ANNOTATIONS: &'static [&'static str] = &[
        "#example.graph.entity",
        "#example.graph.call",
        "#example.graph.groupCall",
        "#example.graph.participant",
        "#example.graph.callSettings",
        "#example.graph.historyEntry",
        "#example.graph.inviteResult",
    ];
    fn empty_variant(annotation: &str) -> Option<Self> {
        match annotation {
            "#example.graph.entity" => {
                Some(Self::Entity(Box::new(runtime::Model::empty())))
            }
            "#example.graph.call" => Some(Self::Call(Box::new(runtime::Model::empty()))),
            "#example.graph.groupCall" => {
                Some(Self::GroupCall(Box::new(runtime::Model::empty())))
            }
            "#example.graph.participant" => {
                Some(Self::Participant(Box::new(runtime::Model::empty())))
            }
            "#example.graph.callSettings" => {
                Some(Self::CallSettings(Box::new(runtime::Model::empty())))
            }
            "#example.graph.historyEntry" => {
                Some(Self::HistoryEntry(Box::new(runtime::Model::empty())))
            }
            "#example.graph.inviteResult" => {
                Some(Self::InviteResult(Box::new(runtime::Model::empty())))
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
            Self::Call(value) => runtime::Model::read_member(&mut **value, name, map),
            Self::GroupCall(value) => {
                runtime::Model::read_member(&mut **value, name, map)
            }
            Self::Participant(value) => {
                runtime::Model::read_member(&mut **value, name, map)
            }
            Self::CallSettings(value) => {
                runtime::Model::read_member(&mut **value, name, map)
            }
            Self::HistoryEntry(value) => {
                runtime::Model::read_member(&mut **value, name, map)
            }
            Self::InviteResult(value) => {
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
            Self::Call(value) => value.odata_type = Some(annotation),
            Self::GroupCall(value) => value.odata_type = Some(annotation),
            Self::Participant(value) => value.odata_type = Some(annotation),
            Self::CallSettings(value) => value.odata_type = Some(annotation),
            Self::HistoryEntry(value) => value.odata_type = Some(annotation),
            Self::InviteResult(value) => value.odata_type = Some(annotation),
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
            Self::Call(value) => runtime::Validate::validate_at(&**value, path),
            Self::GroupCall(value) => runtime::Validate::validate_at(&**value, path),
            Self::Participant(value) => runtime::Validate::validate_at(&**value, path),
            Self::CallSettings(value) => runtime::Validate::validate_at(&**value, path),
            Self::HistoryEntry(value) => runtime::Validate::validate_at(&**value, path),
            Self::InviteResult(value) => runtime::Validate::validate_at(&**value, path),
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
            Self::Call(value) => {
                runtime::serialize_model(
                    &**value,
                    serializer,
                    Some("#example.graph.call"),
                )
            }
            Self::GroupCall(value) => {
                runtime::serialize_model(
                    &**value,
                    serializer,
                    Some("#example.graph.groupCall"),
                )
            }
            Self::Participant(value) => {
                runtime::serialize_model(
                    &**value,
                    serializer,
                    Some("#example.graph.participant"),
                )
            }
            Self::CallSettings(value) => {
                runtime::serialize_model(
                    &**value,
                    serializer,
                    Some("#example.graph.callSettings"),
                )
            }
            Self::HistoryEntry(value) => {
                runtime::serialize_model(
                    &**value,
                    serializer,
                    Some("#example.graph.historyEntry"),
                )
            }
            Self::InviteResult(value) => {
                runtime::serialize_model(
                    &**value,
                    serializer,
                    Some("#example.graph.inviteResult"),
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
impl From<Call> for AnyEntity {
    fn from(value: Call) -> Self {
        Self::Call(Box::new(value))
    }
}
impl From<GroupCall> for AnyEntity {
    fn from(value: GroupCall) -> Self {
        Self::GroupCall(Box::new(value))
    }
}
impl From<Participant> for AnyEntity {
    fn from(value: Participant) -> Self {
        Self::Participant(Box::new(value))
    }
}
impl From<CallSettings> for AnyEntity {
    fn from(value: CallSettings) -> Self {
        Self::CallSettings(Box::new(value))
    }
}
impl From<HistoryEntry> for AnyEntity {
    fn from(value: HistoryEntry) -> Self {
        Self::HistoryEntry(Box::new(value))
    }
}
impl From<InviteResult> for AnyEntity {
    fn from(value: InviteResult) -> Self {
        Self::InviteResult(Box::new(value))
    }
}
/// The `cloudCommunications` entity type.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CloudCommunications {
    /// The `@odata.type` annotation as received, or `None`; written back first when set.
    pub odata_type: Option<::std::borrow::Cow<'static, str>>,
    /// Members the schema does not declare, in the order received; written back after the others.
    pub unknown_members: ::graph_calls::json::UnknownMembers,
}
impl CloudCommunications {
    /// Creates an empty `CloudCommunications`; set the members you need.
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
impl runtime::Model for CloudCommunications {
    const TYPE_NAME: &'static str = "example.graph.cloudCommunications";
    fn empty() -> Self {
        Self {
            odata_type: None,
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
                    "#example.graph.cloudCommunications",
                    map,
                )
            }
            _ => self.unknown_members.read_member(name, map),
        }
    }
    fn write_members<M: ::serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        self.unknown_members.write_members(map)
    }
    fn odata_type(&self) -> Option<&str> {
        self.odata_type.as_deref()
    }
    fn set_odata_type(&mut self, annotation: ::std::borrow::Cow<'static, str>) {
        self.odata_type = Some(annotation);
    }
}
impl runtime::Validate for CloudCommunications {
    fn is_empty(&self) -> bool {
        self.unknown_members.is_empty()
    }
    fn validate_at(
        &self,
        _path: &mut runtime::FieldPath,
    ) -> Result<(), ::graph_calls::ValidationError> {
        Ok(())
    }
}
impl ::serde::Serialize for CloudCommunications {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        runtime::serialize_model(self, serializer, None)
    }
}
impl<'de> ::serde::Deserialize<'de> for CloudCommunications {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_model(deserializer)
    }
}
/// The `call` entity type.
///
/// Properties declared with this type hold an [`AnyCall`](super::AnyCall), which also covers the types derived from it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Call {
    /// The `@odata.type` annotation as received, or `None`; written back first when set.
    pub odata_type: Option<::std::borrow::Cow<'static, str>>,
    /// The `id` property.
    pub id: Option<String>,
    /// The `state` property.
    pub state: Option<String>,
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
            state: None,
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
            "state" => runtime::read_member(&mut self.state, "state", map),
            _ => self.unknown_members.read_member(name, map),
        }
    }
    fn write_members<M: ::serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        runtime::write_member(map, "id", &self.id)?;
        runtime::write_member(map, "state", &self.state)?;
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
        self.id.is_none() && self.state.is_none() && self.unknown_members.is_empty()
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
/// A `example.graph.call` or a type derived from it, chosen by the `@odata.type` annotation.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum AnyCall {
    /// A `example.graph.call`, or a value without `@odata.type`.
    Call(Box<super::Call>),
    /// A `example.graph.groupCall`.
    GroupCall(Box<super::GroupCall>),
    /// A type that the schema does not declare, read with the members of `call`; its `odata_type` names it.
    Unrecognized(Box<super::Call>),
}
impl AnyCall {
    /// Returns `id`, which every type of the family has.
    pub fn id(&self) -> Option<&String> {
        match self {
            Self::Call(value) => value.id.as_ref(),
            Self::GroupCall(value) => value.id.as_ref(),
            Self::Unrecognized(value) => value.id.as_ref(),
        }
    }
    /// Returns `state`, which every type of the family has.
    pub fn state(&self) -> Option<&String> {
        match self {
            Self::Call(value) => value.state.as_ref(),
            Self::GroupCall(value) => value.state.as_ref(),
            Self::Unrecognized(value) => value.state.as_ref(),
        }
    }
    /// Returns the `@odata.type` annotation the value carries, if any.
    pub fn odata_type(&self) -> Option<&str> {
        match self {
            Self::Call(value) => value.odata_type.as_deref(),
            Self::GroupCall(value) => value.odata_type.as_deref(),
            Self::Unrecognized(value) => value.odata_type.as_deref(),
        }
    }
}
impl runtime::Polymorphic for AnyCall {
    type Base = super::Call;
    const ANNOTATIONS: &'static [&'static str] = &[
        "#example.graph.call",
        "#example.graph.groupCall",
    ];
    fn empty_variant(annotation: &str) -> Option<Self> {
        match annotation {
            "#example.graph.call" => Some(Self::Call(Box::new(runtime::Model::empty()))),
            "#example.graph.groupCall" => {
                Some(Self::GroupCall(Box::new(runtime::Model::empty())))
            }
            _ => None,
        }
    }
    fn from_base(base: super::Call) -> Self {
        Self::Call(Box::new(base))
    }
    fn unrecognized(base: super::Call) -> Self {
        Self::Unrecognized(Box::new(base))
    }
    fn read_member<'de, A: ::serde::de::MapAccess<'de>>(
        &mut self,
        name: runtime::MemberName<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match self {
            Self::Call(value) => runtime::Model::read_member(&mut **value, name, map),
            Self::GroupCall(value) => {
                runtime::Model::read_member(&mut **value, name, map)
            }
            Self::Unrecognized(value) => {
                runtime::Model::read_member(&mut **value, name, map)
            }
        }
    }
    fn set_odata_type(&mut self, annotation: ::std::borrow::Cow<'static, str>) {
        match self {
            Self::Call(value) => value.odata_type = Some(annotation),
            Self::GroupCall(value) => value.odata_type = Some(annotation),
            Self::Unrecognized(value) => value.odata_type = Some(annotation),
        }
    }
}
impl runtime::Validate for AnyCall {
    fn is_empty(&self) -> bool {
        match self {
            Self::Call(value) | Self::Unrecognized(value) => {
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
            Self::Call(value) => runtime::Validate::validate_at(&**value, path),
            Self::GroupCall(value) => runtime::Validate::validate_at(&**value, path),
            Self::Unrecognized(value) => runtime::Validate::validate_at(&**value, path),
        }
    }
}
impl ::serde::Serialize for AnyCall {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        match self {
            Self::Call(value) => runtime::serialize_model(&**value, serializer, None),
            Self::GroupCall(value) => {
                runtime::serialize_model(
                    &**value,
                    serializer,
                    Some("#example.graph.groupCall"),
                )
            }
            Self::Unrecognized(value) => {
                runtime::serialize_model(&**value, serializer, None)
            }
        }
    }
}
impl<'de> ::serde::Deserialize<'de> for AnyCall {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_polymorphic(deserializer)
    }
}
impl From<Call> for AnyCall {
    fn from(value: Call) -> Self {
        Self::Call(Box::new(value))
    }
}
impl From<GroupCall> for AnyCall {
    fn from(value: GroupCall) -> Self {
        Self::GroupCall(Box::new(value))
    }
}
impl TryFrom<super::AnyEntity> for AnyCall {
    type Error = super::AnyEntity;
    fn try_from(value: super::AnyEntity) -> Result<Self, Self::Error> {
        match value {
            super::AnyEntity::Call(value) => Ok(Self::Call(value)),
            super::AnyEntity::GroupCall(value) => Ok(Self::GroupCall(value)),
            other => Err(other),
        }
    }
}
/// The `groupCall` entity type.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct GroupCall {
    /// The `@odata.type` annotation as received, or `None`; written back first when set.
    pub odata_type: Option<::std::borrow::Cow<'static, str>>,
    /// The `id` property.
    pub id: Option<String>,
    /// The `state` property.
    pub state: Option<String>,
    /// The `size` property.
    pub size: Option<i32>,
    /// Members the schema does not declare, in the order received; written back after the others.
    pub unknown_members: ::graph_calls::json::UnknownMembers,
}
impl GroupCall {
    /// Creates an empty `GroupCall`; set the members you need.
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
impl runtime::Model for GroupCall {
    const TYPE_NAME: &'static str = "example.graph.groupCall";
    fn empty() -> Self {
        Self {
            odata_type: None,
            id: None,
            state: None,
            size: None,
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
                    "#example.graph.groupCall",
                    map,
                )
            }
            "id" => runtime::read_member(&mut self.id, "id", map),
            "state" => runtime::read_member(&mut self.state, "state", map),
            "size" => runtime::read_member(&mut self.size, "size", map),
            _ => self.unknown_members.read_member(name, map),
        }
    }
    fn write_members<M: ::serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        runtime::write_member(map, "id", &self.id)?;
        runtime::write_member(map, "state", &self.state)?;
        runtime::write_member(map, "size", &self.size)?;
        self.unknown_members.write_members(map)
    }
    fn odata_type(&self) -> Option<&str> {
        self.odata_type.as_deref()
    }
    fn set_odata_type(&mut self, annotation: ::std::borrow::Cow<'static, str>) {
        self.odata_type = Some(annotation);
    }
}
impl runtime::Validate for GroupCall {
    fn is_empty(&self) -> bool {
        self.id.is_none() && self.state.is_none() && self.size.is_none()
            && self.unknown_members.is_empty()
    }
    fn validate_at(
        &self,
        _path: &mut runtime::FieldPath,
    ) -> Result<(), ::graph_calls::ValidationError> {
        Ok(())
    }
}
impl ::serde::Serialize for GroupCall {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        runtime::serialize_model(self, serializer, None)
    }
}
impl<'de> ::serde::Deserialize<'de> for GroupCall {
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
/// The `callSettings` entity type.
///
/// Stream properties (`recordingFile`) have no field: Graph serves their bytes at the property's own URL, not in JSON.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CallSettings {
    /// The `@odata.type` annotation as received, or `None`; written back first when set.
    pub odata_type: Option<::std::borrow::Cow<'static, str>>,
    /// The `id` property.
    pub id: Option<String>,
    /// The `recording` property.
    pub recording: Option<bool>,
    /// Members the schema does not declare, in the order received; written back after the others.
    pub unknown_members: ::graph_calls::json::UnknownMembers,
}
impl CallSettings {
    /// Creates an empty `CallSettings`; set the members you need.
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
impl runtime::Model for CallSettings {
    const TYPE_NAME: &'static str = "example.graph.callSettings";
    fn empty() -> Self {
        Self {
            odata_type: None,
            id: None,
            recording: None,
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
                    "#example.graph.callSettings",
                    map,
                )
            }
            "id" => runtime::read_member(&mut self.id, "id", map),
            "recording" => runtime::read_member(&mut self.recording, "recording", map),
            _ => self.unknown_members.read_member(name, map),
        }
    }
    fn write_members<M: ::serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        runtime::write_member(map, "id", &self.id)?;
        runtime::write_member(map, "recording", &self.recording)?;
        self.unknown_members.write_members(map)
    }
    fn odata_type(&self) -> Option<&str> {
        self.odata_type.as_deref()
    }
    fn set_odata_type(&mut self, annotation: ::std::borrow::Cow<'static, str>) {
        self.odata_type = Some(annotation);
    }
}
impl runtime::Validate for CallSettings {
    fn is_empty(&self) -> bool {
        self.id.is_none() && self.recording.is_none() && self.unknown_members.is_empty()
    }
    fn validate_at(
        &self,
        _path: &mut runtime::FieldPath,
    ) -> Result<(), ::graph_calls::ValidationError> {
        Ok(())
    }
}
impl ::serde::Serialize for CallSettings {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        runtime::serialize_model(self, serializer, None)
    }
}
impl<'de> ::serde::Deserialize<'de> for CallSettings {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_model(deserializer)
    }
}
/// The `historyEntry` entity type.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct HistoryEntry {
    /// The `@odata.type` annotation as received, or `None`; written back first when set.
    pub odata_type: Option<::std::borrow::Cow<'static, str>>,
    /// The `id` property.
    pub id: Option<String>,
    /// Members the schema does not declare, in the order received; written back after the others.
    pub unknown_members: ::graph_calls::json::UnknownMembers,
}
impl HistoryEntry {
    /// Creates an empty `HistoryEntry`; set the members you need.
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
impl runtime::Model for HistoryEntry {
    const TYPE_NAME: &'static str = "example.graph.historyEntry";
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
                    "#example.graph.historyEntry",
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
impl runtime::Validate for HistoryEntry {
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
impl ::serde::Serialize for HistoryEntry {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        runtime::serialize_model(self, serializer, None)
    }
}
impl<'de> ::serde::Deserialize<'de> for HistoryEntry {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_model(deserializer)
    }
}
/// The `inviteResult` entity type.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct InviteResult {
    /// The `@odata.type` annotation as received, or `None`; written back first when set.
    pub odata_type: Option<::std::borrow::Cow<'static, str>>,
    /// The `id` property.
    pub id: Option<String>,
    /// The `invited` property.
    pub invited: Option<i32>,
    /// Members the schema does not declare, in the order received; written back after the others.
    pub unknown_members: ::graph_calls::json::UnknownMembers,
}
impl InviteResult {
    /// Creates an empty `InviteResult`; set the members you need.
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
impl runtime::Model for InviteResult {
    const TYPE_NAME: &'static str = "example.graph.inviteResult";
    fn empty() -> Self {
        Self {
            odata_type: None,
            id: None,
            invited: None,
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
                    "#example.graph.inviteResult",
                    map,
                )
            }
            "id" => runtime::read_member(&mut self.id, "id", map),
            "invited" => runtime::read_member(&mut self.invited, "invited", map),
            _ => self.unknown_members.read_member(name, map),
        }
    }
    fn write_members<M: ::serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        runtime::write_member(map, "id", &self.id)?;
        runtime::write_member(map, "invited", &self.invited)?;
        self.unknown_members.write_members(map)
    }
    fn odata_type(&self) -> Option<&str> {
        self.odata_type.as_deref()
    }
    fn set_odata_type(&mut self, annotation: ::std::borrow::Cow<'static, str>) {
        self.odata_type = Some(annotation);
    }
}
impl runtime::Validate for InviteResult {
    fn is_empty(&self) -> bool {
        self.id.is_none() && self.invited.is_none() && self.unknown_members.is_empty()
    }
    fn validate_at(
        &self,
        _path: &mut runtime::FieldPath,
    ) -> Result<(), ::graph_calls::ValidationError> {
        Ok(())
    }
}
impl ::serde::Serialize for InviteResult {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        runtime::serialize_model(self, serializer, None)
    }
}
impl<'de> ::serde::Deserialize<'de> for InviteResult {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_model(deserializer)
    }
}
