// @generated from tests/codegen/fixtures/polymorphism.csdl.xml by `UPDATE_GOLDEN=1 cargo test -p graph-calls-codegen --test golden`. Do not edit: change the schema or the generator and regenerate.

#![allow(deprecated)]
use ::graph_calls::__private as runtime;
/// The `identity` complex type.
///
/// Properties declared with this type hold an [`AnyIdentity`](super::AnyIdentity), which also covers the types derived from it.
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
/// A `example.graph.identity` or a type derived from it, chosen by the `@odata.type` annotation.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum AnyIdentity {
    /// A `example.graph.identity`, or a value without `@odata.type`.
    Identity(Box<super::Identity>),
    /// A `example.graph.userIdentity`.
    UserIdentity(Box<super::UserIdentity>),
    /// A `example.graph.guestIdentity`.
    GuestIdentity(Box<super::GuestIdentity>),
    /// A `example.graph.phoneIdentity`.
    PhoneIdentity(Box<super::PhoneIdentity>),
    /// A type that the schema does not declare, read with the members of `identity`; its `odata_type` names it.
    Unrecognized(Box<super::Identity>),
}
impl AnyIdentity {
    /// Returns `id`, which every type of the family has.
    pub fn id(&self) -> Option<&String> {
        match self {
            Self::Identity(value) => value.id.as_ref(),
            Self::UserIdentity(value) => value.id.as_ref(),
            Self::GuestIdentity(value) => value.id.as_ref(),
            Self::PhoneIdentity(value) => value.id.as_ref(),
            Self::Unrecognized(value) => value.id.as_ref(),
        }
    }
    /// Returns the `@odata.type` annotation the value carries, if any.
    pub fn odata_type(&self) -> Option<&str> {
        match self {
            Self::Identity(value) => value.odata_type.as_deref(),
            Self::UserIdentity(value) => value.odata_type.as_deref(),
            Self::GuestIdentity(value) => value.odata_type.as_deref(),
            Self::PhoneIdentity(value) => value.odata_type.as_deref(),
            Self::Unrecognized(value) => value.odata_type.as_deref(),
        }
    }
}
impl runtime::Polymorphic for AnyIdentity {
    type Base = super::Identity;
    const ANNOTATIONS: &'static [&'static str] = &[
        "#example.graph.identity",
        "#example.graph.userIdentity",
        "#example.graph.guestIdentity",
        "#example.graph.phoneIdentity",
    ];
    fn empty_variant(annotation: &str) -> Option<Self> {
        match annotation {
            "#example.graph.identity" => {
                Some(Self::Identity(Box::new(runtime::Model::empty())))
            }
            "#example.graph.userIdentity" => {
                Some(Self::UserIdentity(Box::new(runtime::Model::empty())))
            }
            "#example.graph.guestIdentity" => {
                Some(Self::GuestIdentity(Box::new(runtime::Model::empty())))
            }
            "#example.graph.phoneIdentity" => {
                Some(Self::PhoneIdentity(Box::new(runtime::Model::empty())))
            }
            _ => None,
        }
    }
    fn from_base(base: super::Identity) -> Self {
        Self::Identity(Box::new(base))
    }
    fn unrecognized(base: super::Identity) -> Self {
        Self::Unrecognized(Box::new(base))
    }
    fn read_member<'de, A: ::serde::de::MapAccess<'de>>(
        &mut self,
        name: runtime::MemberName<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match self {
            Self::Identity(value) => runtime::Model::read_member(&mut **value, name, map),
            Self::UserIdentity(value) => {
                runtime::Model::read_member(&mut **value, name, map)
            }
            Self::GuestIdentity(value) => {
                runtime::Model::read_member(&mut **value, name, map)
            }
            Self::PhoneIdentity(value) => {
                runtime::Model::read_member(&mut **value, name, map)
            }
            Self::Unrecognized(value) => {
                runtime::Model::read_member(&mut **value, name, map)
            }
        }
    }
    fn set_odata_type(&mut self, annotation: ::std::borrow::Cow<'static, str>) {
        match self {
            Self::Identity(value) => value.odata_type = Some(annotation),
            Self::UserIdentity(value) => value.odata_type = Some(annotation),
            Self::GuestIdentity(value) => value.odata_type = Some(annotation),
            Self::PhoneIdentity(value) => value.odata_type = Some(annotation),
            Self::Unrecognized(value) => value.odata_type = Some(annotation),
        }
    }
}
impl runtime::Validate for AnyIdentity {
    fn is_empty(&self) -> bool {
        match self {
            Self::Identity(value) | Self::Unrecognized(value) => {
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
            Self::Identity(value) => runtime::Validate::validate_at(&**value, path),
            Self::UserIdentity(value) => runtime::Validate::validate_at(&**value, path),
            Self::GuestIdentity(value) => runtime::Validate::validate_at(&**value, path),
            Self::PhoneIdentity(value) => runtime::Validate::validate_at(&**value, path),
            Self::Unrecognized(value) => runtime::Validate::validate_at(&**value, path),
        }
    }
}
impl ::serde::Serialize for AnyIdentity {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        match self {
            Self::Identity(value) => runtime::serialize_model(&**value, serializer, None),
            Self::UserIdentity(value) => {
                runtime::serialize_model(
                    &**value,
                    serializer,
                    Some("#example.graph.userIdentity"),
                )
            }
            Self::GuestIdentity(value) => {
                runtime::serialize_model(
                    &**value,
                    serializer,
                    Some("#example.graph.guestIdentity"),
                )
            }
            Self::PhoneIdentity(value) => {
                runtime::serialize_model(
                    &**value,
                    serializer,
                    Some("#example.graph.phoneIdentity"),
                )
            }
            Self::Unrecognized(value) => {
                runtime::serialize_model(&**value, serializer, None)
            }
        }
    }
}
impl<'de> ::serde::Deserialize<'de> for AnyIdentity {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_polymorphic(deserializer)
    }
}
impl From<Identity> for AnyIdentity {
    fn from(value: Identity) -> Self {
        Self::Identity(Box::new(value))
    }
}
impl From<UserIdentity> for AnyIdentity {
    fn from(value: UserIdentity) -> Self {
        Self::UserIdentity(Box::new(value))
    }
}
impl From<GuestIdentity> for AnyIdentity {
    fn from(value: GuestIdentity) -> Self {
        Self::GuestIdentity(Box::new(value))
    }
}
impl From<PhoneIdentity> for AnyIdentity {
    fn from(value: PhoneIdentity) -> Self {
        Self::PhoneIdentity(Box::new(value))
    }
}
/// The `userIdentity` complex type.
///
/// Properties declared with this type hold an [`AnyUserIdentity`](super::AnyUserIdentity), which also covers the types derived from it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct UserIdentity {
    /// The `@odata.type` annotation as received, or `None`; written back first when set.
    pub odata_type: Option<::std::borrow::Cow<'static, str>>,
    /// The `id` property.
    pub id: Option<String>,
    /// The `tenantId` property.
    pub tenant_id: Option<String>,
    /// Members the schema does not declare, in the order received; written back after the others.
    pub unknown_members: ::graph_calls::json::UnknownMembers,
}
impl UserIdentity {
    /// Creates an empty `UserIdentity`; set the members you need.
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
impl runtime::Model for UserIdentity {
    const TYPE_NAME: &'static str = "example.graph.userIdentity";
    fn empty() -> Self {
        Self {
            odata_type: None,
            id: None,
            tenant_id: None,
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
                    "#example.graph.userIdentity",
                    map,
                )
            }
            "id" => runtime::read_member(&mut self.id, "id", map),
            "tenantId" => runtime::read_member(&mut self.tenant_id, "tenantId", map),
            _ => self.unknown_members.read_member(name, map),
        }
    }
    fn write_members<M: ::serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        runtime::write_member(map, "id", &self.id)?;
        runtime::write_member(map, "tenantId", &self.tenant_id)?;
        self.unknown_members.write_members(map)
    }
    fn odata_type(&self) -> Option<&str> {
        self.odata_type.as_deref()
    }
    fn set_odata_type(&mut self, annotation: ::std::borrow::Cow<'static, str>) {
        self.odata_type = Some(annotation);
    }
}
impl runtime::Validate for UserIdentity {
    fn is_empty(&self) -> bool {
        self.id.is_none() && self.tenant_id.is_none() && self.unknown_members.is_empty()
    }
    fn validate_at(
        &self,
        _path: &mut runtime::FieldPath,
    ) -> Result<(), ::graph_calls::ValidationError> {
        Ok(())
    }
}
impl ::serde::Serialize for UserIdentity {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        runtime::serialize_model(self, serializer, None)
    }
}
impl<'de> ::serde::Deserialize<'de> for UserIdentity {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_model(deserializer)
    }
}
/// A `example.graph.userIdentity` or a type derived from it, chosen by the `@odata.type` annotation.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum AnyUserIdentity {
    /// A `example.graph.userIdentity`, or a value without `@odata.type`.
    UserIdentity(Box<super::UserIdentity>),
    /// A `example.graph.guestIdentity`.
    GuestIdentity(Box<super::GuestIdentity>),
    /// A type that the schema does not declare, read with the members of `userIdentity`; its `odata_type` names it.
    Unrecognized(Box<super::UserIdentity>),
}
impl AnyUserIdentity {
    /// Returns `id`, which every type of the family has.
    pub fn id(&self) -> Option<&String> {
        match self {
            Self::UserIdentity(value) => value.id.as_ref(),
            Self::GuestIdentity(value) => value.id.as_ref(),
            Self::Unrecognized(value) => value.id.as_ref(),
        }
    }
    /// Returns `tenantId`, which every type of the family has.
    pub fn tenant_id(&self) -> Option<&String> {
        match self {
            Self::UserIdentity(value) => value.tenant_id.as_ref(),
            Self::GuestIdentity(value) => value.tenant_id.as_ref(),
            Self::Unrecognized(value) => value.tenant_id.as_ref(),
        }
    }
    /// Returns the `@odata.type` annotation the value carries, if any.
    pub fn odata_type(&self) -> Option<&str> {
        match self {
            Self::UserIdentity(value) => value.odata_type.as_deref(),
            Self::GuestIdentity(value) => value.odata_type.as_deref(),
            Self::Unrecognized(value) => value.odata_type.as_deref(),
        }
    }
}
impl runtime::Polymorphic for AnyUserIdentity {
    type Base = super::UserIdentity;
    const ANNOTATIONS: &'static [&'static str] = &[
        "#example.graph.userIdentity",
        "#example.graph.guestIdentity",
    ];
    fn empty_variant(annotation: &str) -> Option<Self> {
        match annotation {
            "#example.graph.userIdentity" => {
                Some(Self::UserIdentity(Box::new(runtime::Model::empty())))
            }
            "#example.graph.guestIdentity" => {
                Some(Self::GuestIdentity(Box::new(runtime::Model::empty())))
            }
            _ => None,
        }
    }
    fn from_base(base: super::UserIdentity) -> Self {
        Self::UserIdentity(Box::new(base))
    }
    fn unrecognized(base: super::UserIdentity) -> Self {
        Self::Unrecognized(Box::new(base))
    }
    fn read_member<'de, A: ::serde::de::MapAccess<'de>>(
        &mut self,
        name: runtime::MemberName<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match self {
            Self::UserIdentity(value) => {
                runtime::Model::read_member(&mut **value, name, map)
            }
            Self::GuestIdentity(value) => {
                runtime::Model::read_member(&mut **value, name, map)
            }
            Self::Unrecognized(value) => {
                runtime::Model::read_member(&mut **value, name, map)
            }
        }
    }
    fn set_odata_type(&mut self, annotation: ::std::borrow::Cow<'static, str>) {
        match self {
            Self::UserIdentity(value) => value.odata_type = Some(annotation),
            Self::GuestIdentity(value) => value.odata_type = Some(annotation),
            Self::Unrecognized(value) => value.odata_type = Some(annotation),
        }
    }
}
impl runtime::Validate for AnyUserIdentity {
    fn is_empty(&self) -> bool {
        match self {
            Self::UserIdentity(value) | Self::Unrecognized(value) => {
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
            Self::UserIdentity(value) => runtime::Validate::validate_at(&**value, path),
            Self::GuestIdentity(value) => runtime::Validate::validate_at(&**value, path),
            Self::Unrecognized(value) => runtime::Validate::validate_at(&**value, path),
        }
    }
}
impl ::serde::Serialize for AnyUserIdentity {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        match self {
            Self::UserIdentity(value) => {
                runtime::serialize_model(&**value, serializer, None)
            }
            Self::GuestIdentity(value) => {
                runtime::serialize_model(
                    &**value,
                    serializer,
                    Some("#example.graph.guestIdentity"),
                )
            }
            Self::Unrecognized(value) => {
                runtime::serialize_model(&**value, serializer, None)
            }
        }
    }
}
impl<'de> ::serde::Deserialize<'de> for AnyUserIdentity {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_polymorphic(deserializer)
    }
}
impl From<UserIdentity> for AnyUserIdentity {
    fn from(value: UserIdentity) -> Self {
        Self::UserIdentity(Box::new(value))
    }
}
impl From<GuestIdentity> for AnyUserIdentity {
    fn from(value: GuestIdentity) -> Self {
        Self::GuestIdentity(Box::new(value))
    }
}
impl TryFrom<super::AnyIdentity> for AnyUserIdentity {
    type Error = super::AnyIdentity;
    fn try_from(value: super::AnyIdentity) -> Result<Self, Self::Error> {
        match value {
            super::AnyIdentity::UserIdentity(value) => Ok(Self::UserIdentity(value)),
            super::AnyIdentity::GuestIdentity(value) => Ok(Self::GuestIdentity(value)),
            other => Err(other),
        }
    }
}
/// The `guestIdentity` complex type.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct GuestIdentity {
    /// The `@odata.type` annotation as received, or `None`; written back first when set.
    pub odata_type: Option<::std::borrow::Cow<'static, str>>,
    /// The `id` property.
    pub id: Option<String>,
    /// The `tenantId` property.
    pub tenant_id: Option<String>,
    /// The `email` property.
    pub email: Option<String>,
    /// Members the schema does not declare, in the order received; written back after the others.
    pub unknown_members: ::graph_calls::json::UnknownMembers,
}
impl GuestIdentity {
    /// Creates an empty `GuestIdentity`; set the members you need.
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
impl runtime::Model for GuestIdentity {
    const TYPE_NAME: &'static str = "example.graph.guestIdentity";
    fn empty() -> Self {
        Self {
            odata_type: None,
            id: None,
            tenant_id: None,
            email: None,
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
                    "#example.graph.guestIdentity",
                    map,
                )
            }
            "id" => runtime::read_member(&mut self.id, "id", map),
            "tenantId" => runtime::read_member(&mut self.tenant_id, "tenantId", map),
            "email" => runtime::read_member(&mut self.email, "email", map),
            _ => self.unknown_members.read_member(name, map),
        }
    }
    fn write_members<M: ::serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        runtime::write_member(map, "id", &self.id)?;
        runtime::write_member(map, "tenantId", &self.tenant_id)?;
        runtime::write_member(map, "email", &self.email)?;
        self.unknown_members.write_members(map)
    }
    fn odata_type(&self) -> Option<&str> {
        self.odata_type.as_deref()
    }
    fn set_odata_type(&mut self, annotation: ::std::borrow::Cow<'static, str>) {
        self.odata_type = Some(annotation);
    }
}
impl runtime::Validate for GuestIdentity {
    fn is_empty(&self) -> bool {
        self.id.is_none() && self.tenant_id.is_none() && self.email.is_none()
            && self.unknown_members.is_empty()
    }
    fn validate_at(
        &self,
        _path: &mut runtime::FieldPath,
    ) -> Result<(), ::graph_calls::ValidationError> {
        Ok(())
    }
}
impl ::serde::Serialize for GuestIdentity {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        runtime::serialize_model(self, serializer, None)
    }
}
impl<'de> ::serde::Deserialize<'de> for GuestIdentity {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_model(deserializer)
    }
}
/// The `phoneIdentity` complex type.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct PhoneIdentity {
    /// The `@odata.type` annotation as received, or `None`; written back first when set.
    pub odata_type: Option<::std::borrow::Cow<'static, str>>,
    /// The `id` property.
    pub id: Option<String>,
    /// Members the schema does not declare, in the order received; written back after the others.
    pub unknown_members: ::graph_calls::json::UnknownMembers,
}
impl PhoneIdentity {
    /// Creates an empty `PhoneIdentity`; set the members you need.
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
impl runtime::Model for PhoneIdentity {
    const TYPE_NAME: &'static str = "example.graph.phoneIdentity";
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
                    "#example.graph.phoneIdentity",
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
impl runtime::Validate for PhoneIdentity {
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
impl ::serde::Serialize for PhoneIdentity {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        runtime::serialize_model(self, serializer, None)
    }
}
impl<'de> ::serde::Deserialize<'de> for PhoneIdentity {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_model(deserializer)
    }
}
/// The `mediaConfig` complex type.
///
/// This type is abstract. Properties declared with this type hold an [`AnyMediaConfig`](super::AnyMediaConfig), which also covers the types derived from it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct MediaConfig {
    /// The `@odata.type` annotation as received, or `None`; written back first when set.
    pub odata_type: Option<::std::borrow::Cow<'static, str>>,
    /// Members the schema does not declare, in the order received; written back after the others.
    pub unknown_members: ::graph_calls::json::UnknownMembers,
}
impl MediaConfig {
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
impl runtime::Model for MediaConfig {
    const TYPE_NAME: &'static str = "example.graph.mediaConfig";
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
                    "#example.graph.mediaConfig",
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
impl runtime::Validate for MediaConfig {
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
impl ::serde::Serialize for MediaConfig {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        runtime::serialize_model(self, serializer, None)
    }
}
impl<'de> ::serde::Deserialize<'de> for MediaConfig {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_model(deserializer)
    }
}
/// A `example.graph.mediaConfig` or a type derived from it, chosen by the `@odata.type` annotation.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum AnyMediaConfig {
    /// A `example.graph.mediaConfig`, or a value without `@odata.type`.
    MediaConfig(Box<super::MediaConfig>),
    /// A `example.graph.hostedMediaConfig`.
    HostedMediaConfig(Box<super::HostedMediaConfig>),
    /// A type that the schema does not declare, read with the members of `mediaConfig`; its `odata_type` names it.
    Unrecognized(Box<super::MediaConfig>),
}
impl AnyMediaConfig {
    /// Returns the `@odata.type` annotation the value carries, if any.
    pub fn odata_type(&self) -> Option<&str> {
        match self {
            Self::MediaConfig(value) => value.odata_type.as_deref(),
            Self::HostedMediaConfig(value) => value.odata_type.as_deref(),
            Self::Unrecognized(value) => value.odata_type.as_deref(),
        }
    }
}
impl runtime::Polymorphic for AnyMediaConfig {
    type Base = super::MediaConfig;
    const ANNOTATIONS: &'static [&'static str] = &[
        "#example.graph.mediaConfig",
        "#example.graph.hostedMediaConfig",
    ];
    fn empty_variant(annotation: &str) -> Option<Self> {
        match annotation {
            "#example.graph.mediaConfig" => {
                Some(Self::MediaConfig(Box::new(runtime::Model::empty())))
            }
            "#example.graph.hostedMediaConfig" => {
                Some(Self::HostedMediaConfig(Box::new(runtime::Model::empty())))
            }
            _ => None,
        }
    }
    fn from_base(base: super::MediaConfig) -> Self {
        Self::MediaConfig(Box::new(base))
    }
    fn unrecognized(base: super::MediaConfig) -> Self {
        Self::Unrecognized(Box::new(base))
    }
    fn read_member<'de, A: ::serde::de::MapAccess<'de>>(
        &mut self,
        name: runtime::MemberName<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match self {
            Self::MediaConfig(value) => {
                runtime::Model::read_member(&mut **value, name, map)
            }
            Self::HostedMediaConfig(value) => {
                runtime::Model::read_member(&mut **value, name, map)
            }
            Self::Unrecognized(value) => {
                runtime::Model::read_member(&mut **value, name, map)
            }
        }
    }
    fn set_odata_type(&mut self, annotation: ::std::borrow::Cow<'static, str>) {
        match self {
            Self::MediaConfig(value) => value.odata_type = Some(annotation),
            Self::HostedMediaConfig(value) => value.odata_type = Some(annotation),
            Self::Unrecognized(value) => value.odata_type = Some(annotation),
        }
    }
}
impl runtime::Validate for AnyMediaConfig {
    fn is_empty(&self) -> bool {
        match self {
            Self::MediaConfig(value) | Self::Unrecognized(value) => {
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
            Self::MediaConfig(value) => runtime::Validate::validate_at(&**value, path),
            Self::HostedMediaConfig(value) => {
                runtime::Validate::validate_at(&**value, path)
            }
            Self::Unrecognized(value) => runtime::Validate::validate_at(&**value, path),
        }
    }
}
impl ::serde::Serialize for AnyMediaConfig {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        match self {
            Self::MediaConfig(value) => {
                runtime::serialize_model(&**value, serializer, None)
            }
            Self::HostedMediaConfig(value) => {
                runtime::serialize_model(
                    &**value,
                    serializer,
                    Some("#example.graph.hostedMediaConfig"),
                )
            }
            Self::Unrecognized(value) => {
                runtime::serialize_model(&**value, serializer, None)
            }
        }
    }
}
impl<'de> ::serde::Deserialize<'de> for AnyMediaConfig {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_polymorphic(deserializer)
    }
}
impl From<MediaConfig> for AnyMediaConfig {
    fn from(value: MediaConfig) -> Self {
        Self::MediaConfig(Box::new(value))
    }
}
impl From<HostedMediaConfig> for AnyMediaConfig {
    fn from(value: HostedMediaConfig) -> Self {
        Self::HostedMediaConfig(Box::new(value))
    }
}
/// The `hostedMediaConfig` complex type.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct HostedMediaConfig {
    /// The `@odata.type` annotation as received, or `None`; written back first when set.
    pub odata_type: Option<::std::borrow::Cow<'static, str>>,
    /// The `blob` property.
    pub blob: Option<String>,
    /// Members the schema does not declare, in the order received; written back after the others.
    pub unknown_members: ::graph_calls::json::UnknownMembers,
}
impl HostedMediaConfig {
    /// Creates an empty `HostedMediaConfig`; set the members you need.
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
impl runtime::Model for HostedMediaConfig {
    const TYPE_NAME: &'static str = "example.graph.hostedMediaConfig";
    fn empty() -> Self {
        Self {
            odata_type: None,
            blob: None,
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
                    "#example.graph.hostedMediaConfig",
                    map,
                )
            }
            "blob" => runtime::read_member(&mut self.blob, "blob", map),
            _ => self.unknown_members.read_member(name, map),
        }
    }
    fn write_members<M: ::serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        runtime::write_member(map, "blob", &self.blob)?;
        self.unknown_members.write_members(map)
    }
    fn odata_type(&self) -> Option<&str> {
        self.odata_type.as_deref()
    }
    fn set_odata_type(&mut self, annotation: ::std::borrow::Cow<'static, str>) {
        self.odata_type = Some(annotation);
    }
}
impl runtime::Validate for HostedMediaConfig {
    fn is_empty(&self) -> bool {
        self.blob.is_none() && self.unknown_members.is_empty()
    }
    fn validate_at(
        &self,
        _path: &mut runtime::FieldPath,
    ) -> Result<(), ::graph_calls::ValidationError> {
        Ok(())
    }
}
impl ::serde::Serialize for HostedMediaConfig {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        runtime::serialize_model(self, serializer, None)
    }
}
impl<'de> ::serde::Deserialize<'de> for HostedMediaConfig {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_model(deserializer)
    }
}
/// The `party` complex type.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Party {
    /// The `@odata.type` annotation as received, or `None`; written back first when set.
    pub odata_type: Option<::std::borrow::Cow<'static, str>>,
    /// The `caller` property.
    pub caller: Option<super::AnyIdentity>,
    /// The `user` property.
    pub user: Option<super::AnyUserIdentity>,
    /// The `others` property.
    pub others: Option<Vec<super::AnyIdentity>>,
    /// The `media` property.
    pub media: Option<super::AnyMediaConfig>,
    /// The `resource` property.
    ///
    /// The value is either one object or a JSON array of them.
    pub resource: Option<::graph_calls::json::OneOrMany<super::AnyIdentity>>,
    /// Members the schema does not declare, in the order received; written back after the others.
    pub unknown_members: ::graph_calls::json::UnknownMembers,
}
impl Party {
    /// Creates an empty `Party`; set the members you need.
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
impl runtime::Model for Party {
    const TYPE_NAME: &'static str = "example.graph.party";
    fn empty() -> Self {
        Self {
            odata_type: None,
            caller: None,
            user: None,
            others: None,
            media: None,
            resource: None,
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
                    "#example.graph.party",
                    map,
                )
            }
            "caller" => runtime::read_member(&mut self.caller, "caller", map),
            "user" => runtime::read_member(&mut self.user, "user", map),
            "others" => runtime::read_member(&mut self.others, "others", map),
            "media" => runtime::read_member(&mut self.media, "media", map),
            "resource" => runtime::read_member(&mut self.resource, "resource", map),
            _ => self.unknown_members.read_member(name, map),
        }
    }
    fn write_members<M: ::serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        runtime::write_member(map, "caller", &self.caller)?;
        runtime::write_member(map, "user", &self.user)?;
        runtime::write_member(map, "others", &self.others)?;
        runtime::write_member(map, "media", &self.media)?;
        runtime::write_member(map, "resource", &self.resource)?;
        self.unknown_members.write_members(map)
    }
    fn odata_type(&self) -> Option<&str> {
        self.odata_type.as_deref()
    }
    fn set_odata_type(&mut self, annotation: ::std::borrow::Cow<'static, str>) {
        self.odata_type = Some(annotation);
    }
}
impl runtime::Validate for Party {
    fn is_empty(&self) -> bool {
        self.caller.is_none() && self.user.is_none() && self.others.is_none()
            && self.media.is_none() && self.resource.is_none()
            && self.unknown_members.is_empty()
    }
    fn validate_at(
        &self,
        path: &mut runtime::FieldPath,
    ) -> Result<(), ::graph_calls::ValidationError> {
        runtime::check_nested(&self.caller, "caller", path)?;
        runtime::check_nested(&self.user, "user", path)?;
        runtime::check_nested(&self.others, "others", path)?;
        runtime::check_nested(&self.media, "media", path)?;
        runtime::check_nested(&self.resource, "resource", path)?;
        Ok(())
    }
}
impl ::serde::Serialize for Party {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        runtime::serialize_model(self, serializer, None)
    }
}
impl<'de> ::serde::Deserialize<'de> for Party {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_model(deserializer)
    }
}
