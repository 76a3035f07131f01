// @generated from schema/calls.csdl.xml by `cargo xtask codegen`. Do not edit: change the schema or the generator and regenerate.

#![allow(deprecated)]
use ::graph_calls::__private as runtime;
/// Transfers a peer-to-peer call, or one participant of a group call, to another party. The call goes through `transferring` and `transferAccepted` to `terminated`, or back to `established` with `resultInfo` if the transfer fails.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct TransferRequestBody {
    /// Party to transfer the call to. Set `replacesCallId` for a consultative transfer, or `endpointType` to `voicemail` to reach the target's voicemail.
    ///
    /// Required when sending: `TransferRequestBody::new` takes it.
    pub transfer_target: Option<super::InvitationParticipantInfo>,
    /// Participant to transfer. Needed only when transferring from a group call.
    pub transferee: Option<super::ParticipantInfo>,
    /// String of at most 256 characters chosen by the bot, which the service echoes back in the notifications and operations of this transfer.
    ///
    /// Not in any Microsoft Graph metadata: the service sends it and the documentation shows it.
    ///
    /// At most 256 characters; `validate` checks the length.
    pub client_context: Option<String>,
    /// Members the schema does not declare, in the order received; written back after the others.
    pub unknown_members: ::graph_calls::json::UnknownMembers,
}
impl TransferRequestBody {
    /// Creates `TransferRequestBody` with its required members: `transferTarget`.
    pub fn new(transfer_target: super::InvitationParticipantInfo) -> Self {
        Self {
            transfer_target: Some(transfer_target),
            transferee: None,
            client_context: None,
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
    const TYPE_NAME: &'static str = "microsoft.graph.transfer";
    fn empty() -> Self {
        Self {
            transfer_target: None,
            transferee: None,
            client_context: None,
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
            "transferee" => runtime::read_member(&mut self.transferee, "transferee", map),
            "clientContext" => {
                runtime::read_member(&mut self.client_context, "clientContext", map)
            }
            _ => self.unknown_members.read_member(name, map),
        }
    }
    fn write_members<M: ::serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        runtime::write_member(map, "transferTarget", &self.transfer_target)?;
        runtime::write_member(map, "transferee", &self.transferee)?;
        runtime::write_member(map, "clientContext", &self.client_context)?;
        self.unknown_members.write_members(map)
    }
}
impl runtime::Validate for TransferRequestBody {
    fn is_empty(&self) -> bool {
        self.transfer_target.is_none() && self.transferee.is_none()
            && self.client_context.is_none() && self.unknown_members.is_empty()
    }
    fn validate_at(
        &self,
        path: &mut runtime::FieldPath,
    ) -> Result<(), ::graph_calls::ValidationError> {
        runtime::check_present_object(&self.transfer_target, "transferTarget", path)?;
        runtime::check_nested(&self.transfer_target, "transferTarget", path)?;
        runtime::check_nested(&self.transferee, "transferee", path)?;
        runtime::check_max_length(&self.client_context, "clientContext", 256u64, path)?;
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
