// @generated from tests/codegen/fixtures/paths.csdl.xml by `UPDATE_GOLDEN=1 cargo test -p graph-calls-codegen --test golden`. Do not edit: change the schema or the generator and regenerate.

#![allow(deprecated)]
use ::graph_calls::__private as runtime;
/// Hands the call to another party.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct TransferRequestBody {
    /// The `transferTarget` parameter.
    ///
    /// Required when sending: `TransferRequestBody::new` takes it.
    pub transfer_target: Option<super::Target>,
    /// Members the schema does not declare, in the order received; written back after the others.
    pub unknown_members: ::graph_calls::json::UnknownMembers,
}
impl TransferRequestBody {
    /// Creates `TransferRequestBody` with its required members: `transferTarget`.
    pub fn new(transfer_target: super::Target) -> Self {
        Self {
            transfer_target: Some(transfer_target),
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
impl runtime::Model for TransferRequestBody {
    const TYPE_NAME: &'static str = "example.graph.transfer";
    fn empty() -> Self {
        Self {
            transfer_target: None,
            unknown_members: ::graph_calls::json::UnknownMembers::new(),
        }
    }
    fn read_member<'de, A: ::serde::de::MapAccess<'de>>(
        &mut self,
        name: runtime::MemberName<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*name {
            "transferTarget" => {
                runtime::read_member(&mut self.transfer_target, "transferTarget", map)
            }
            _ => self.unknown_members.read_member(name, map),
        }
    }
    fn write_members<M: ::serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        runtime::write_member(map, "transferTarget", &self.transfer_target)?;
        self.unknown_members.write_members(map)
    }
}
impl runtime::Validate for TransferRequestBody {
    fn is_empty(&self) -> bool {
        self.transfer_target.is_none() && self.unknown_members.is_empty()
    }
    fn validate_at(
        &self,
        path: &mut runtime::FieldPath,
    ) -> Result<(), ::graph_calls::ValidationError> {
        runtime::check_present_object(&self.transfer_target, "transferTarget", path)?;
        runtime::check_nested(&self.transfer_target, "transferTarget", path)?;
        Ok(())
    }
}
impl ::serde::Serialize for TransferRequestBody {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        runtime::serialize_model(self, serializer, None)
    }
}
impl<'de> ::serde::Deserialize<'de> for TransferRequestBody {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_model(deserializer)
    }
}
/// The parameters of the `invite` action, sent as its request body.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct InviteRequestBody {
    /// The `participants` parameter.
    ///
    /// Required when sending: `InviteRequestBody::new` takes it.
    pub participants: Option<Vec<super::Target>>,
    /// Members the schema does not declare, in the order received; written back after the others.
    pub unknown_members: ::graph_calls::json::UnknownMembers,
}
impl InviteRequestBody {
    /// Creates `InviteRequestBody` with its required members: `participants`.
    pub fn new(participants: Vec<super::Target>) -> Self {
        Self {
            participants: Some(participants),
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
impl runtime::Model for InviteRequestBody {
    const TYPE_NAME: &'static str = "example.graph.invite";
    fn empty() -> Self {
        Self {
            participants: None,
            unknown_members: ::graph_calls::json::UnknownMembers::new(),
        }
    }
    fn read_member<'de, A: ::serde::de::MapAccess<'de>>(
        &mut self,
        name: runtime::MemberName<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*name {
            "participants" => {
                runtime::read_member(&mut self.participants, "participants", map)
            }
            _ => self.unknown_members.read_member(name, map),
        }
    }
    fn write_members<M: ::serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        runtime::write_member(map, "participants", &self.participants)?;
        self.unknown_members.write_members(map)
    }
}
impl runtime::Validate for InviteRequestBody {
    fn is_empty(&self) -> bool {
        self.participants.is_none() && self.unknown_members.is_empty()
    }
    fn validate_at(
        &self,
        path: &mut runtime::FieldPath,
    ) -> Result<(), ::graph_calls::ValidationError> {
        runtime::check_present(&self.participants, "participants", path)?;
        runtime::check_nested(&self.participants, "participants", path)?;
        Ok(())
    }
}
impl ::serde::Serialize for InviteRequestBody {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        runtime::serialize_model(self, serializer, None)
    }
}
impl<'de> ::serde::Deserialize<'de> for InviteRequestBody {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_model(deserializer)
    }
}
