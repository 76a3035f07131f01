// @generated from schema/calls.csdl.xml by `cargo xtask codegen`. Do not edit: change the schema or the generator and regenerate.

#![allow(deprecated)]
use ::graph_calls::__private as runtime;
/// Operation returned by `call: addLargeGalleryView`, which adds the large gallery video view to the call.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AddLargeGalleryViewOperation {
    /// The `@odata.type` annotation as received, or `None`; written back first when set.
    pub odata_type: Option<::std::borrow::Cow<'static, str>>,
    /// Key of the entity, used in its URL, such as the call id in `/communications/calls/{id}`.
    pub id: Option<String>,
    /// String of at most 256 characters that the bot passed as `clientContext` when it started the operation, echoed back unchanged.
    pub client_context: Option<String>,
    /// Outcome of the operation, with the reason when it failed.
    pub result_info: Option<super::ResultInfo>,
    /// Progress of the operation.
    ///
    /// Required when sending: `AddLargeGalleryViewOperation::new` takes it.
    pub status: Option<super::OperationStatus>,
    /// Members the schema does not declare, in the order received; written back after the others.
    pub unknown_members: ::graph_calls::json::UnknownMembers,
}
impl AddLargeGalleryViewOperation {
    /// Creates `AddLargeGalleryViewOperation` with its required members: `status`.
    pub fn new(status: super::OperationStatus) -> Self {
        Self {
            odata_type: None,
            id: None,
            client_context: None,
            result_info: None,
            status: Some(status),
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
impl runtime::Model for AddLargeGalleryViewOperation {
    const TYPE_NAME: &'static str = "microsoft.graph.addLargeGalleryViewOperation";
    fn empty() -> Self {
        Self {
            odata_type: None,
            id: None,
            client_context: None,
            result_info: None,
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
                    "#microsoft.graph.addLargeGalleryViewOperation",
                    map,
                )
            }
            "id" => runtime::read_member(&mut self.id, "id", map),
            "clientContext" => {
                runtime::read_member(&mut self.client_context, "clientContext", map)
            }
            "resultInfo" => {
                runtime::read_member(&mut self.result_info, "resultInfo", map)
            }
            "status" => runtime::read_member(&mut self.status, "status", map),
            _ => self.unknown_members.read_member(name, map),
        }
    }
    fn write_members<M: ::serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        runtime::write_member(map, "id", &self.id)?;
        runtime::write_member(map, "clientContext", &self.client_context)?;
        runtime::write_member(map, "resultInfo", &self.result_info)?;
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
impl runtime::Validate for AddLargeGalleryViewOperation {
    fn is_empty(&self) -> bool {
        self.id.is_none() && self.client_context.is_none() && self.result_info.is_none()
            && self.status.is_none() && self.unknown_members.is_empty()
    }
    fn validate_at(
        &self,
        path: &mut runtime::FieldPath,
    ) -> Result<(), ::graph_calls::ValidationError> {
        runtime::check_nested(&self.result_info, "resultInfo", path)?;
        runtime::check_present(&self.status, "status", path)?;
        Ok(())
    }
}
impl ::serde::Serialize for AddLargeGalleryViewOperation {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        runtime::serialize_model(self, serializer, None)
    }
}
impl<'de> ::serde::Deserialize<'de> for AddLargeGalleryViewOperation {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_model(deserializer)
    }
}
/// Private audio route in a multiparty call, which sends the audio of its sources only to its receivers.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AudioRoutingGroup {
    /// The `@odata.type` annotation as received, or `None`; written back first when set.
    pub odata_type: Option<::std::borrow::Cow<'static, str>>,
    /// Key of the entity, used in its URL, such as the call id in `/communications/calls/{id}`.
    pub id: Option<String>,
    /// Participant ids of the participants that receive the audio.
    pub receivers: Option<Vec<String>>,
    /// Limit on the number of sources and receivers.
    ///
    /// Required when sending: `AudioRoutingGroup::new` takes it.
    pub routing_mode: Option<super::RoutingMode>,
    /// Participant ids of the participants whose audio the group routes.
    pub sources: Option<Vec<String>>,
    /// Members the schema does not declare, in the order received; written back after the others.
    pub unknown_members: ::graph_calls::json::UnknownMembers,
}
impl AudioRoutingGroup {
    /// Creates `AudioRoutingGroup` with its required members: `routingMode`.
    pub fn new(routing_mode: super::RoutingMode) -> Self {
        Self {
            odata_type: None,
            id: None,
            receivers: None,
            routing_mode: Some(routing_mode),
            sources: None,
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
impl runtime::Model for AudioRoutingGroup {
    const TYPE_NAME: &'static str = "microsoft.graph.audioRoutingGroup";
    fn empty() -> Self {
        Self {
            odata_type: None,
            id: None,
            receivers: None,
            routing_mode: None,
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
                    "#microsoft.graph.audioRoutingGroup",
                    map,
                )
            }
            "id" => runtime::read_member(&mut self.id, "id", map),
            "receivers" => runtime::read_member(&mut self.receivers, "receivers", map),
            "routingMode" => {
                runtime::read_member(&mut self.routing_mode, "routingMode", map)
            }
            "sources" => runtime::read_member(&mut self.sources, "sources", map),
            _ => self.unknown_members.read_member(name, map),
        }
    }
    fn write_members<M: ::serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        runtime::write_member(map, "id", &self.id)?;
        runtime::write_member(map, "receivers", &self.receivers)?;
        runtime::write_member(map, "routingMode", &self.routing_mode)?;
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
impl runtime::Validate for AudioRoutingGroup {
    fn is_empty(&self) -> bool {
        self.id.is_none() && self.receivers.is_none() && self.routing_mode.is_none()
            && self.sources.is_none() && self.unknown_members.is_empty()
    }
    fn validate_at(
        &self,
        path: &mut runtime::FieldPath,
    ) -> Result<(), ::graph_calls::ValidationError> {
        runtime::check_present(&self.routing_mode, "routingMode", path)?;
        Ok(())
    }
}
impl ::serde::Serialize for AudioRoutingGroup {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        runtime::serialize_model(self, serializer, None)
    }
}
impl<'de> ::serde::Deserialize<'de> for AudioRoutingGroup {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_model(deserializer)
    }
}
/// Teams call that the bot takes part in, created when the bot places a call or receives one. The service posts each change of the call to `callbackUri`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Call {
    /// The `@odata.type` annotation as received, or `None`; written back first when set.
    pub odata_type: Option<::std::borrow::Cow<'static, str>>,
    /// Key of the entity, used in its URL, such as the call id in `/communications/calls/{id}`.
    pub id: Option<String>,
    /// HTTPS URL to which the service posts notifications for this call. The bot sets it when it places or answers the call.
    ///
    /// Required when sending: `Call::new` takes it.
    pub callback_uri: Option<String>,
    /// Id shared by all call legs of one conversation, such as every participant's call in a meeting or both calls of a peer-to-peer call.
    pub call_chain_id: Option<String>,
    /// Optional features of the call, which the bot sets when it places or answers the call.
    pub call_options: Option<super::AnyCallOptions>,
    /// Retargeting steps, such as forwarding, that the service applied before the call reached its endpoint. Set by the service.
    pub call_routes: Option<Vec<super::CallRoute>>,
    /// Chat thread of the Teams meeting that the call belongs to. The bot sets it together with `meetingInfo` to join a meeting.
    pub chat_info: Option<super::ChatInfo>,
    /// Whether the bot received or placed the call.
    pub direction: Option<super::CallDirection>,
    /// Details of how an incoming call reached the bot, such as who transferred it. Set by the service.
    pub incoming_context: Option<super::IncomingContext>,
    /// Choice of who hosts the call's media. With `serviceHostedMediaConfig` the service plays and records media, and with `appHostedMediaConfig` the bot processes the media itself.
    pub media_config: Option<super::AnyMediaConfig>,
    /// Connection state of the call's media. Set by the service.
    pub media_state: Option<super::CallMediaState>,
    /// Meeting to join, identified by its organizer, its join meeting id or a token. The bot sets it to join a scheduled meeting.
    pub meeting_info: Option<super::AnyMeetingInfo>,
    /// Participant id of the bot itself in this call. Set by the service.
    pub my_participant_id: Option<String>,
    /// Media types that the bot asks for when it places or answers the call.
    pub requested_modalities: Option<Vec<super::Modality>>,
    /// Outcome of the last change of the call, with the reason when an action failed or the call ended. After a completed transfer it has subcode 7015, and after a failed one it says why.
    pub result_info: Option<super::ResultInfo>,
    /// Party that placed the call, which is the caller for an incoming call and the bot itself for an outgoing one.
    pub source: Option<super::ParticipantInfo>,
    /// Current stage of the call. Set by the service, which reports each change in a notification.
    pub state: Option<super::CallState>,
    /// Subject of the call, such as a meeting title.
    pub subject: Option<String>,
    /// Parties that the call is placed to. The bot sets them when it places a peer-to-peer call.
    pub targets: Option<Vec<super::InvitationParticipantInfo>>,
    /// Microsoft Entra tenant id that the call belongs to.
    pub tenant_id: Option<String>,
    /// Latest DTMF tone received in the call. The service sends it after the bot subscribes to tones.
    pub tone_info: Option<super::ToneInfo>,
    /// Transcription state of the call.
    pub transcription: Option<super::CallTranscriptionInfo>,
    /// Media types that are active in the call now. Set by the service.
    ///
    /// Not in the Microsoft Graph v1.0 metadata: declared by the beta metadata.
    pub active_modalities: Option<Vec<super::Modality>>,
    /// Party that answered the call.
    ///
    /// Not in the Microsoft Graph v1.0 metadata: declared by the beta metadata.
    pub answered_by: Option<super::ParticipantInfo>,
    /// Capabilities of the meeting that the call belongs to.
    ///
    /// Not in the Microsoft Graph v1.0 metadata: declared by the beta metadata.
    pub meeting_capability: Option<super::MeetingCapability>,
    /// Opaque string that the service sends with the `established` state when a consultative transfer fails. Treat it as a token and do not parse it.
    ///
    /// Not in any Microsoft Graph metadata: the service sends it and the documentation shows it.
    pub replaces_context: Option<String>,
    /// Time in seconds that an outgoing peer-to-peer call rings before it times out. Set by the bot.
    ///
    /// Not in the Microsoft Graph v1.0 metadata: declared by the beta metadata.
    pub ringing_timeout_in_seconds: Option<i32>,
    /// Routing policies that apply to the call.
    ///
    /// Not in the Microsoft Graph v1.0 metadata: declared by the beta metadata.
    pub routing_policies: Option<Vec<super::RoutingPolicy>>,
    /// Reason why the call ended, as a free-form string sent with the `terminated` state. After a completed consultative transfer it is `AppTransferred`.
    ///
    /// Not in the Microsoft Graph v1.0 metadata: declared by the beta metadata.
    pub termination_reason: Option<String>,
    /// Members the schema does not declare, in the order received; written back after the others.
    pub unknown_members: ::graph_calls::json::UnknownMembers,
}
impl Call {
    /// Creates `Call` with its required members: `callbackUri`.
    pub fn new(callback_uri: impl Into<String>) -> Self {
        Self {
            odata_type: None,
            id: None,
            callback_uri: Some(callback_uri.into()),
            call_chain_id: None,
            call_options: None,
            call_routes: None,
            chat_info: None,
            direction: None,
            incoming_context: None,
            media_config: None,
            media_state: None,
            meeting_info: None,
            my_participant_id: None,
            requested_modalities: None,
            result_info: None,
            source: None,
            state: None,
            subject: None,
            targets: None,
            tenant_id: None,
            tone_info: None,
            transcription: None,
            active_modalities: None,
            answered_by: None,
            meeting_capability: None,
            replaces_context: None,
            ringing_timeout_in_seconds: None,
            routing_policies: None,
            termination_reason: None,
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
impl runtime::Model for Call {
    const TYPE_NAME: &'static str = "microsoft.graph.call";
    fn empty() -> Self {
        Self {
            odata_type: None,
            id: None,
            callback_uri: None,
            call_chain_id: None,
            call_options: None,
            call_routes: None,
            chat_info: None,
            direction: None,
            incoming_context: None,
            media_config: None,
            media_state: None,
            meeting_info: None,
            my_participant_id: None,
            requested_modalities: None,
            result_info: None,
            source: None,
            state: None,
            subject: None,
            targets: None,
            tenant_id: None,
            tone_info: None,
            transcription: None,
            active_modalities: None,
            answered_by: None,
            meeting_capability: None,
            replaces_context: None,
            ringing_timeout_in_seconds: None,
            routing_policies: None,
            termination_reason: None,
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
                    "#microsoft.graph.call",
                    map,
                )
            }
            "id" => runtime::read_member(&mut self.id, "id", map),
            "callbackUri" => {
                runtime::read_member(&mut self.callback_uri, "callbackUri", map)
            }
            "callChainId" => {
                runtime::read_member(&mut self.call_chain_id, "callChainId", map)
            }
            "callOptions" => {
                runtime::read_member(&mut self.call_options, "callOptions", map)
            }
            "callRoutes" => {
                runtime::read_member(&mut self.call_routes, "callRoutes", map)
            }
            "chatInfo" => runtime::read_member(&mut self.chat_info, "chatInfo", map),
            "direction" => runtime::read_member(&mut self.direction, "direction", map),
            "incomingContext" => {
                runtime::read_member(&mut self.incoming_context, "incomingContext", map)
            }
            "mediaConfig" => {
                runtime::read_member(&mut self.media_config, "mediaConfig", map)
            }
            "mediaState" => {
                runtime::read_member(&mut self.media_state, "mediaState", map)
            }
            "meetingInfo" => {
                runtime::read_member(&mut self.meeting_info, "meetingInfo", map)
            }
            "myParticipantId" => {
                runtime::read_member(&mut self.my_participant_id, "myParticipantId", map)
            }
            "requestedModalities" => {
                runtime::read_member(
                    &mut self.requested_modalities,
                    "requestedModalities",
                    map,
                )
            }
            "resultInfo" => {
                runtime::read_member(&mut self.result_info, "resultInfo", map)
            }
            "source" => runtime::read_member(&mut self.source, "source", map),
            "state" => runtime::read_member(&mut self.state, "state", map),
            "subject" => runtime::read_member(&mut self.subject, "subject", map),
            "targets" => runtime::read_member(&mut self.targets, "targets", map),
            "tenantId" => runtime::read_member(&mut self.tenant_id, "tenantId", map),
            "toneInfo" => runtime::read_member(&mut self.tone_info, "toneInfo", map),
            "transcription" => {
                runtime::read_member(&mut self.transcription, "transcription", map)
            }
            "activeModalities" => {
                runtime::read_member(
                    &mut self.active_modalities,
                    "activeModalities",
                    map,
                )
            }
            "answeredBy" => {
                runtime::read_member(&mut self.answered_by, "answeredBy", map)
            }
            "meetingCapability" => {
                runtime::read_member(
                    &mut self.meeting_capability,
                    "meetingCapability",
                    map,
                )
            }
            "replacesContext" => {
                runtime::read_member(&mut self.replaces_context, "replacesContext", map)
            }
            "ringingTimeoutInSeconds" => {
                runtime::read_member(
                    &mut self.ringing_timeout_in_seconds,
                    "ringingTimeoutInSeconds",
                    map,
                )
            }
            "routingPolicies" => {
                runtime::read_member(&mut self.routing_policies, "routingPolicies", map)
            }
            "terminationReason" => {
                runtime::read_member(
                    &mut self.termination_reason,
                    "terminationReason",
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
        runtime::write_member(map, "id", &self.id)?;
        runtime::write_member(map, "callbackUri", &self.callback_uri)?;
        runtime::write_member(map, "callChainId", &self.call_chain_id)?;
        runtime::write_member(map, "callOptions", &self.call_options)?;
        runtime::write_member(map, "callRoutes", &self.call_routes)?;
        runtime::write_member(map, "chatInfo", &self.chat_info)?;
        runtime::write_member(map, "direction", &self.direction)?;
        runtime::write_member(map, "incomingContext", &self.incoming_context)?;
        runtime::write_member(map, "mediaConfig", &self.media_config)?;
        runtime::write_member(map, "mediaState", &self.media_state)?;
        runtime::write_member(map, "meetingInfo", &self.meeting_info)?;
        runtime::write_member(map, "myParticipantId", &self.my_participant_id)?;
        runtime::write_member(map, "requestedModalities", &self.requested_modalities)?;
        runtime::write_member(map, "resultInfo", &self.result_info)?;
        runtime::write_member(map, "source", &self.source)?;
        runtime::write_member(map, "state", &self.state)?;
        runtime::write_member(map, "subject", &self.subject)?;
        runtime::write_member(map, "targets", &self.targets)?;
        runtime::write_member(map, "tenantId", &self.tenant_id)?;
        runtime::write_member(map, "toneInfo", &self.tone_info)?;
        runtime::write_member(map, "transcription", &self.transcription)?;
        runtime::write_member(map, "activeModalities", &self.active_modalities)?;
        runtime::write_member(map, "answeredBy", &self.answered_by)?;
        runtime::write_member(map, "meetingCapability", &self.meeting_capability)?;
        runtime::write_member(map, "replacesContext", &self.replaces_context)?;
        runtime::write_member(
            map,
            "ringingTimeoutInSeconds",
            &self.ringing_timeout_in_seconds,
        )?;
        runtime::write_member(map, "routingPolicies", &self.routing_policies)?;
        runtime::write_member(map, "terminationReason", &self.termination_reason)?;
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
        self.id.is_none() && self.callback_uri.is_none() && self.call_chain_id.is_none()
            && self.call_options.is_none() && self.call_routes.is_none()
            && self.chat_info.is_none() && self.direction.is_none()
            && self.incoming_context.is_none() && self.media_config.is_none()
            && self.media_state.is_none() && self.meeting_info.is_none()
            && self.my_participant_id.is_none() && self.requested_modalities.is_none()
            && self.result_info.is_none() && self.source.is_none()
            && self.state.is_none() && self.subject.is_none() && self.targets.is_none()
            && self.tenant_id.is_none() && self.tone_info.is_none()
            && self.transcription.is_none() && self.active_modalities.is_none()
            && self.answered_by.is_none() && self.meeting_capability.is_none()
            && self.replaces_context.is_none()
            && self.ringing_timeout_in_seconds.is_none()
            && self.routing_policies.is_none() && self.termination_reason.is_none()
            && self.unknown_members.is_empty()
    }
    fn validate_at(
        &self,
        path: &mut runtime::FieldPath,
    ) -> Result<(), ::graph_calls::ValidationError> {
        runtime::check_present(&self.callback_uri, "callbackUri", path)?;
        runtime::check_nested(&self.call_options, "callOptions", path)?;
        runtime::check_nested(&self.call_routes, "callRoutes", path)?;
        runtime::check_nested(&self.chat_info, "chatInfo", path)?;
        runtime::check_nested(&self.incoming_context, "incomingContext", path)?;
        runtime::check_nested(&self.media_config, "mediaConfig", path)?;
        runtime::check_nested(&self.media_state, "mediaState", path)?;
        runtime::check_nested(&self.meeting_info, "meetingInfo", path)?;
        runtime::check_nested(&self.result_info, "resultInfo", path)?;
        runtime::check_nested(&self.source, "source", path)?;
        runtime::check_nested(&self.targets, "targets", path)?;
        runtime::check_nested(&self.tone_info, "toneInfo", path)?;
        runtime::check_nested(&self.transcription, "transcription", path)?;
        runtime::check_nested(&self.answered_by, "answeredBy", path)?;
        runtime::check_nested(&self.meeting_capability, "meetingCapability", path)?;
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
/// Operation returned by `call: cancelMediaProcessing`, which cancels the prompts being played and the responses being recorded.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CancelMediaProcessingOperation {
    /// The `@odata.type` annotation as received, or `None`; written back first when set.
    pub odata_type: Option<::std::borrow::Cow<'static, str>>,
    /// Key of the entity, used in its URL, such as the call id in `/communications/calls/{id}`.
    pub id: Option<String>,
    /// String of at most 256 characters that the bot passed as `clientContext` when it started the operation, echoed back unchanged.
    pub client_context: Option<String>,
    /// Outcome of the operation, with the reason when it failed.
    pub result_info: Option<super::ResultInfo>,
    /// Progress of the operation.
    ///
    /// Required when sending: `CancelMediaProcessingOperation::new` takes it.
    pub status: Option<super::OperationStatus>,
    /// Members the schema does not declare, in the order received; written back after the others.
    pub unknown_members: ::graph_calls::json::UnknownMembers,
}
impl CancelMediaProcessingOperation {
    /// Creates `CancelMediaProcessingOperation` with its required members: `status`.
    pub fn new(status: super::OperationStatus) -> Self {
        Self {
            odata_type: None,
            id: None,
            client_context: None,
            result_info: None,
            status: Some(status),
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
impl runtime::Model for CancelMediaProcessingOperation {
    const TYPE_NAME: &'static str = "microsoft.graph.cancelMediaProcessingOperation";
    fn empty() -> Self {
        Self {
            odata_type: None,
            id: None,
            client_context: None,
            result_info: None,
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
                    "#microsoft.graph.cancelMediaProcessingOperation",
                    map,
                )
            }
            "id" => runtime::read_member(&mut self.id, "id", map),
            "clientContext" => {
                runtime::read_member(&mut self.client_context, "clientContext", map)
            }
            "resultInfo" => {
                runtime::read_member(&mut self.result_info, "resultInfo", map)
            }
            "status" => runtime::read_member(&mut self.status, "status", map),
            _ => self.unknown_members.read_member(name, map),
        }
    }
    fn write_members<M: ::serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        runtime::write_member(map, "id", &self.id)?;
        runtime::write_member(map, "clientContext", &self.client_context)?;
        runtime::write_member(map, "resultInfo", &self.result_info)?;
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
impl runtime::Validate for CancelMediaProcessingOperation {
    fn is_empty(&self) -> bool {
        self.id.is_none() && self.client_context.is_none() && self.result_info.is_none()
            && self.status.is_none() && self.unknown_members.is_empty()
    }
    fn validate_at(
        &self,
        path: &mut runtime::FieldPath,
    ) -> Result<(), ::graph_calls::ValidationError> {
        runtime::check_nested(&self.result_info, "resultInfo", path)?;
        runtime::check_present(&self.status, "status", path)?;
        Ok(())
    }
}
impl ::serde::Serialize for CancelMediaProcessingOperation {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        runtime::serialize_model(self, serializer, None)
    }
}
impl<'de> ::serde::Deserialize<'de> for CancelMediaProcessingOperation {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_model(deserializer)
    }
}
/// Root of the communications API, which holds the bot's calls at `/communications/calls`.
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
    const TYPE_NAME: &'static str = "microsoft.graph.cloudCommunications";
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
                    "#microsoft.graph.cloudCommunications",
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
/// Root of the deprecated `/app` path, which holds the same calls as `/communications`.
///
/// Not in the Microsoft Graph v1.0 metadata: declared by the beta metadata.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CommsApplication {
    /// The `@odata.type` annotation as received, or `None`; written back first when set.
    pub odata_type: Option<::std::borrow::Cow<'static, str>>,
    /// Members the schema does not declare, in the order received; written back after the others.
    pub unknown_members: ::graph_calls::json::UnknownMembers,
}
impl CommsApplication {
    /// Creates an empty `CommsApplication`; set the members you need.
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
impl runtime::Model for CommsApplication {
    const TYPE_NAME: &'static str = "microsoft.graph.commsApplication";
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
                    "#microsoft.graph.commsApplication",
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
impl runtime::Validate for CommsApplication {
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
impl ::serde::Serialize for CommsApplication {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        runtime::serialize_model(self, serializer, None)
    }
}
impl<'de> ::serde::Deserialize<'de> for CommsApplication {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_model(deserializer)
    }
}
/// Asynchronous call operation, such as playing a prompt. The service reports its progress in notifications until `status` is `Completed` or `Failed`.
///
/// Properties declared with this type hold an [`AnyCommsOperation`](super::AnyCommsOperation), which also covers the types derived from it.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CommsOperation {
    /// The `@odata.type` annotation as received, or `None`; written back first when set.
    pub odata_type: Option<::std::borrow::Cow<'static, str>>,
    /// Key of the entity, used in its URL, such as the call id in `/communications/calls/{id}`.
    pub id: Option<String>,
    /// String of at most 256 characters that the bot passed as `clientContext` when it started the operation, echoed back unchanged.
    pub client_context: Option<String>,
    /// Outcome of the operation, with the reason when it failed.
    pub result_info: Option<super::ResultInfo>,
    /// Progress of the operation.
    ///
    /// Required when sending: `CommsOperation::new` takes it.
    pub status: Option<super::OperationStatus>,
    /// Members the schema does not declare, in the order received; written back after the others.
    pub unknown_members: ::graph_calls::json::UnknownMembers,
}
impl CommsOperation {
    /// Creates `CommsOperation` with its required members: `status`.
    pub fn new(status: super::OperationStatus) -> Self {
        Self {
            odata_type: None,
            id: None,
            client_context: None,
            result_info: None,
            status: Some(status),
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
impl runtime::Model for CommsOperation {
    const TYPE_NAME: &'static str = "microsoft.graph.commsOperation";
    fn empty() -> Self {
        Self {
            odata_type: None,
            id: None,
            client_context: None,
            result_info: None,
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
                    "#microsoft.graph.commsOperation",
                    map,
                )
            }
            "id" => runtime::read_member(&mut self.id, "id", map),
            "clientContext" => {
                runtime::read_member(&mut self.client_context, "clientContext", map)
            }
            "resultInfo" => {
                runtime::read_member(&mut self.result_info, "resultInfo", map)
            }
            "status" => runtime::read_member(&mut self.status, "status", map),
            _ => self.unknown_members.read_member(name, map),
        }
    }
    fn write_members<M: ::serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        runtime::write_member(map, "id", &self.id)?;
        runtime::write_member(map, "clientContext", &self.client_context)?;
        runtime::write_member(map, "resultInfo", &self.result_info)?;
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
impl runtime::Validate for CommsOperation {
    fn is_empty(&self) -> bool {
        self.id.is_none() && self.client_context.is_none() && self.result_info.is_none()
            && self.status.is_none() && self.unknown_members.is_empty()
    }
    fn validate_at(
        &self,
        path: &mut runtime::FieldPath,
    ) -> Result<(), ::graph_calls::ValidationError> {
        runtime::check_nested(&self.result_info, "resultInfo", path)?;
        runtime::check_present(&self.status, "status", path)?;
        Ok(())
    }
}
impl ::serde::Serialize for CommsOperation {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        runtime::serialize_model(self, serializer, None)
    }
}
impl<'de> ::serde::Deserialize<'de> for CommsOperation {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_model(deserializer)
    }
}
/// A `microsoft.graph.commsOperation` or a type derived from it, chosen by the `@odata.type` annotation.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum AnyCommsOperation {
    /// A `microsoft.graph.commsOperation`, or a value without `@odata.type`.
    CommsOperation(Box<super::CommsOperation>),
    /// A `microsoft.graph.addLargeGalleryViewOperation`.
    AddLargeGalleryViewOperation(Box<super::AddLargeGalleryViewOperation>),
    /// A `microsoft.graph.cancelMediaProcessingOperation`.
    CancelMediaProcessingOperation(Box<super::CancelMediaProcessingOperation>),
    /// A `microsoft.graph.inviteParticipantsOperation`.
    InviteParticipantsOperation(Box<super::InviteParticipantsOperation>),
    /// A `microsoft.graph.muteParticipantOperation`.
    MuteParticipantOperation(Box<super::MuteParticipantOperation>),
    /// A `microsoft.graph.playPromptOperation`.
    PlayPromptOperation(Box<super::PlayPromptOperation>),
    /// A `microsoft.graph.recordOperation`.
    RecordOperation(Box<super::RecordOperation>),
    /// A `microsoft.graph.sendDtmfTonesOperation`.
    SendDtmfTonesOperation(Box<super::SendDtmfTonesOperation>),
    /// A `microsoft.graph.startHoldMusicOperation`.
    StartHoldMusicOperation(Box<super::StartHoldMusicOperation>),
    /// A `microsoft.graph.stopHoldMusicOperation`.
    StopHoldMusicOperation(Box<super::StopHoldMusicOperation>),
    /// A `microsoft.graph.subscribeToToneOperation`.
    SubscribeToToneOperation(Box<super::SubscribeToToneOperation>),
    /// A `microsoft.graph.unmuteParticipantOperation`.
    UnmuteParticipantOperation(Box<super::UnmuteParticipantOperation>),
    /// A `microsoft.graph.updateRecordingStatusOperation`.
    UpdateRecordingStatusOperation(Box<super::UpdateRecordingStatusOperation>),
    /// A type that the schema does not declare, read with the members of `commsOperation`; its `odata_type` names it.
    Unrecognized(Box<super::CommsOperation>),
}
impl AnyCommsOperation {
    /// Returns `id`, which every type of the family has.
    pub fn id(&self) -> Option<&String> {
        match self {
            Self::CommsOperation(value) => value.id.as_ref(),
            Self::AddLargeGalleryViewOperation(value) => value.id.as_ref(),
            Self::CancelMediaProcessingOperation(value) => value.id.as_ref(),
            Self::InviteParticipantsOperation(value) => value.id.as_ref(),
            Self::MuteParticipantOperation(value) => value.id.as_ref(),
            Self::PlayPromptOperation(value) => value.id.as_ref(),
            Self::RecordOperation(value) => value.id.as_ref(),
            Self::SendDtmfTonesOperation(value) => value.id.as_ref(),
            Self::StartHoldMusicOperation(value) => value.id.as_ref(),
            Self::StopHoldMusicOperation(value) => value.id.as_ref(),
            Self::SubscribeToToneOperation(value) => value.id.as_ref(),
            Self::UnmuteParticipantOperation(value) => value.id.as_ref(),
            Self::UpdateRecordingStatusOperation(value) => value.id.as_ref(),
            Self::Unrecognized(value) => value.id.as_ref(),
        }
    }
    /// Returns `clientContext`, which every type of the family has.
    pub fn client_context(&self) -> Option<&String> {
        match self {
            Self::CommsOperation(value) => value.client_context.as_ref(),
            Self::AddLargeGalleryViewOperation(value) => value.client_context.as_ref(),
            Self::CancelMediaProcessingOperation(value) => value.client_context.as_ref(),
            Self::InviteParticipantsOperation(value) => value.client_context.as_ref(),
            Self::MuteParticipantOperation(value) => value.client_context.as_ref(),
            Self::PlayPromptOperation(value) => value.client_context.as_ref(),
            Self::RecordOperation(value) => value.client_context.as_ref(),
            Self::SendDtmfTonesOperation(value) => value.client_context.as_ref(),
            Self::StartHoldMusicOperation(value) => value.client_context.as_ref(),
            Self::StopHoldMusicOperation(value) => value.client_context.as_ref(),
            Self::SubscribeToToneOperation(value) => value.client_context.as_ref(),
            Self::UnmuteParticipantOperation(value) => value.client_context.as_ref(),
            Self::UpdateRecordingStatusOperation(value) => value.client_context.as_ref(),
            Self::Unrecognized(value) => value.client_context.as_ref(),
        }
    }
    /// Returns `resultInfo`, which every type of the family has.
    pub fn result_info(&self) -> Option<&super::ResultInfo> {
        match self {
            Self::CommsOperation(value) => value.result_info.as_ref(),
            Self::AddLargeGalleryViewOperation(value) => value.result_info.as_ref(),
            Self::CancelMediaProcessingOperation(value) => value.result_info.as_ref(),
            Self::InviteParticipantsOperation(value) => value.result_info.as_ref(),
            Self::MuteParticipantOperation(value) => value.result_info.as_ref(),
            Self::PlayPromptOperation(value) => value.result_info.as_ref(),
            Self::RecordOperation(value) => value.result_info.as_ref(),
            Self::SendDtmfTonesOperation(value) => value.result_info.as_ref(),
            Self::StartHoldMusicOperation(value) => value.result_info.as_ref(),
            Self::StopHoldMusicOperation(value) => value.result_info.as_ref(),
            Self::SubscribeToToneOperation(value) => value.result_info.as_ref(),
            Self::UnmuteParticipantOperation(value) => value.result_info.as_ref(),
            Self::UpdateRecordingStatusOperation(value) => value.result_info.as_ref(),
            Self::Unrecognized(value) => value.result_info.as_ref(),
        }
    }
    /// Returns `status`, which every type of the family has.
    pub fn status(&self) -> Option<&super::OperationStatus> {
        match self {
            Self::CommsOperation(value) => value.status.as_ref(),
            Self::AddLargeGalleryViewOperation(value) => value.status.as_ref(),
            Self::CancelMediaProcessingOperation(value) => value.status.as_ref(),
            Self::InviteParticipantsOperation(value) => value.status.as_ref(),
            Self::MuteParticipantOperation(value) => value.status.as_ref(),
            Self::PlayPromptOperation(value) => value.status.as_ref(),
            Self::RecordOperation(value) => value.status.as_ref(),
            Self::SendDtmfTonesOperation(value) => value.status.as_ref(),
            Self::StartHoldMusicOperation(value) => value.status.as_ref(),
            Self::StopHoldMusicOperation(value) => value.status.as_ref(),
            Self::SubscribeToToneOperation(value) => value.status.as_ref(),
            Self::UnmuteParticipantOperation(value) => value.status.as_ref(),
            Self::UpdateRecordingStatusOperation(value) => value.status.as_ref(),
            Self::Unrecognized(value) => value.status.as_ref(),
        }
    }
    /// Returns the `@odata.type` annotation the value carries, if any.
    pub fn odata_type(&self) -> Option<&str> {
        match self {
            Self::CommsOperation(value) => value.odata_type.as_deref(),
            Self::AddLargeGalleryViewOperation(value) => value.odata_type.as_deref(),
            Self::CancelMediaProcessingOperation(value) => value.odata_type.as_deref(),
            Self::InviteParticipantsOperation(value) => value.odata_type.as_deref(),
            Self::MuteParticipantOperation(value) => value.odata_type.as_deref(),
            Self::PlayPromptOperation(value) => value.odata_type.as_deref(),
            Self::RecordOperation(value) => value.odata_type.as_deref(),
            Self::SendDtmfTonesOperation(value) => value.odata_type.as_deref(),
            Self::StartHoldMusicOperation(value) => value.odata_type.as_deref(),
            Self::StopHoldMusicOperation(value) => value.odata_type.as_deref(),
            Self::SubscribeToToneOperation(value) => value.odata_type.as_deref(),
            Self::UnmuteParticipantOperation(value) => value.odata_type.as_deref(),
            Self::UpdateRecordingStatusOperation(value) => value.odata_type.as_deref(),
            Self::Unrecognized(value) => value.odata_type.as_deref(),
        }
    }
}
impl runtime::Polymorphic for AnyCommsOperation {
    type Base = super::CommsOperation;
    const ANNOTATIONS: &'static [&'static str] = &[
        "#microsoft.graph.commsOperation",
        "#microsoft.graph.addLargeGalleryViewOperation",
        "#microsoft.graph.cancelMediaProcessingOperation",
        "#microsoft.graph.inviteParticipantsOperation",
        "#microsoft.graph.muteParticipantOperation",
        "#microsoft.graph.playPromptOperation",
        "#microsoft.graph.recordOperation",
        "#microsoft.graph.sendDtmfTonesOperation",
        "#microsoft.graph.startHoldMusicOperation",
        "#microsoft.graph.stopHoldMusicOperation",
        "#microsoft.graph.subscribeToToneOperation",
        "#microsoft.graph.unmuteParticipantOperation",
        "#microsoft.graph.updateRecordingStatusOperation",
    ];
    fn empty_variant(annotation: &str) -> Option<Self> {
        match annotation {
            "#microsoft.graph.commsOperation" => {
                Some(Self::CommsOperation(Box::new(runtime::Model::empty())))
            }
            "#microsoft.graph.addLargeGalleryViewOperation" => {
                Some(
                    Self::AddLargeGalleryViewOperation(Box::new(runtime::Model::empty())),
                )
            }
            "#microsoft.graph.cancelMediaProcessingOperation" => {
                Some(
                    Self::CancelMediaProcessingOperation(
                        Box::new(runtime::Model::empty()),
                    ),
                )
            }
            "#microsoft.graph.inviteParticipantsOperation" => {
                Some(
                    Self::InviteParticipantsOperation(Box::new(runtime::Model::empty())),
                )
            }
            "#microsoft.graph.muteParticipantOperation" => {
                Some(Self::MuteParticipantOperation(Box::new(runtime::Model::empty())))
            }
            "#microsoft.graph.playPromptOperation" => {
                Some(Self::PlayPromptOperation(Box::new(runtime::Model::empty())))
            }
            "#microsoft.graph.recordOperation" => {
                Some(Self::RecordOperation(Box::new(runtime::Model::empty())))
            }
            "#microsoft.graph.sendDtmfTonesOperation" => {
                Some(Self::SendDtmfTonesOperation(Box::new(runtime::Model::empty())))
            }
            "#microsoft.graph.startHoldMusicOperation" => {
                Some(Self::StartHoldMusicOperation(Box::new(runtime::Model::empty())))
            }
            "#microsoft.graph.stopHoldMusicOperation" => {
                Some(Self::StopHoldMusicOperation(Box::new(runtime::Model::empty())))
            }
            "#microsoft.graph.subscribeToToneOperation" => {
                Some(Self::SubscribeToToneOperation(Box::new(runtime::Model::empty())))
            }
            "#microsoft.graph.unmuteParticipantOperation" => {
                Some(Self::UnmuteParticipantOperation(Box::new(runtime::Model::empty())))
            }
            "#microsoft.graph.updateRecordingStatusOperation" => {
                Some(
                    Self::UpdateRecordingStatusOperation(
                        Box::new(runtime::Model::empty()),
                    ),
                )
            }
            _ => None,
        }
    }
    fn from_base(base: super::CommsOperation) -> Self {
        Self::CommsOperation(Box::new(base))
    }
    fn unrecognized(base: super::CommsOperation) -> Self {
        Self::Unrecognized(Box::new(base))
    }
    fn read_member<'de, A: ::serde::de::MapAccess<'de>>(
        &mut self,
        name: runtime::MemberName<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match self {
            Self::CommsOperation(value) => {
                runtime::Model::read_member(&mut **value, name, map)
            }
            Self::AddLargeGalleryViewOperation(value) => {
                runtime::Model::read_member(&mut **value, name, map)
            }
            Self::CancelMediaProcessingOperation(value) => {
                runtime::Model::read_member(&mut **value, name, map)
            }
            Self::InviteParticipantsOperation(value) => {
                runtime::Model::read_member(&mut **value, name, map)
            }
            Self::MuteParticipantOperation(value) => {
                runtime::Model::read_member(&mut **value, name, map)
            }
            Self::PlayPromptOperation(value) => {
                runtime::Model::read_member(&mut **value, name, map)
            }
            Self::RecordOperation(value) => {
                runtime::Model::read_member(&mut **value, name, map)
            }
            Self::SendDtmfTonesOperation(value) => {
                runtime::Model::read_member(&mut **value, name, map)
            }
            Self::StartHoldMusicOperation(value) => {
                runtime::Model::read_member(&mut **value, name, map)
            }
            Self::StopHoldMusicOperation(value) => {
                runtime::Model::read_member(&mut **value, name, map)
            }
            Self::SubscribeToToneOperation(value) => {
                runtime::Model::read_member(&mut **value, name, map)
            }
            Self::UnmuteParticipantOperation(value) => {
                runtime::Model::read_member(&mut **value, name, map)
            }
            Self::UpdateRecordingStatusOperation(value) => {
                runtime::Model::read_member(&mut **value, name, map)
            }
            Self::Unrecognized(value) => {
                runtime::Model::read_member(&mut **value, name, map)
            }
        }
    }
    fn set_odata_type(&mut self, annotation: ::std::borrow::Cow<'static, str>) {
        match self {
            Self::CommsOperation(value) => value.odata_type = Some(annotation),
            Self::AddLargeGalleryViewOperation(value) => {
                value.odata_type = Some(annotation);
            }
            Self::CancelMediaProcessingOperation(value) => {
                value.odata_type = Some(annotation);
            }
            Self::InviteParticipantsOperation(value) => {
                value.odata_type = Some(annotation);
            }
            Self::MuteParticipantOperation(value) => value.odata_type = Some(annotation),
            Self::PlayPromptOperation(value) => value.odata_type = Some(annotation),
            Self::RecordOperation(value) => value.odata_type = Some(annotation),
            Self::SendDtmfTonesOperation(value) => value.odata_type = Some(annotation),
            Self::StartHoldMusicOperation(value) => value.odata_type = Some(annotation),
            Self::StopHoldMusicOperation(value) => value.odata_type = Some(annotation),
            Self::SubscribeToToneOperation(value) => value.odata_type = Some(annotation),
            Self::UnmuteParticipantOperation(value) => {
                value.odata_type = Some(annotation);
            }
            Self::UpdateRecordingStatusOperation(value) => {
                value.odata_type = Some(annotation);
            }
            Self::Unrecognized(value) => value.odata_type = Some(annotation),
        }
    }
}
impl runtime::Validate for AnyCommsOperation {
    fn is_empty(&self) -> bool {
        match self {
            Self::CommsOperation(value) | Self::Unrecognized(value) => {
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
            Self::CommsOperation(value) => runtime::Validate::validate_at(&**value, path),
            Self::AddLargeGalleryViewOperation(value) => {
                runtime::Validate::validate_at(&**value, path)
            }
            Self::CancelMediaProcessingOperation(value) => {
                runtime::Validate::validate_at(&**value, path)
            }
            Self::InviteParticipantsOperation(value) => {
                runtime::Validate::validate_at(&**value, path)
            }
            Self::MuteParticipantOperation(value) => {
                runtime::Validate::validate_at(&**value, path)
            }
            Self::PlayPromptOperation(value) => {
                runtime::Validate::validate_at(&**value, path)
            }
            Self::RecordOperation(value) => {
                runtime::Validate::validate_at(&**value, path)
            }
            Self::SendDtmfTonesOperation(value) => {
                runtime::Validate::validate_at(&**value, path)
            }
            Self::StartHoldMusicOperation(value) => {
                runtime::Validate::validate_at(&**value, path)
            }
            Self::StopHoldMusicOperation(value) => {
                runtime::Validate::validate_at(&**value, path)
            }
            Self::SubscribeToToneOperation(value) => {
                runtime::Validate::validate_at(&**value, path)
            }
            Self::UnmuteParticipantOperation(value) => {
                runtime::Validate::validate_at(&**value, path)
            }
            Self::UpdateRecordingStatusOperation(value) => {
                runtime::Validate::validate_at(&**value, path)
            }
            Self::Unrecognized(value) => runtime::Validate::validate_at(&**value, path),
        }
    }
}
impl ::serde::Serialize for AnyCommsOperation {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        match self {
            Self::CommsOperation(value) => {
                runtime::serialize_model(&**value, serializer, None)
            }
            Self::AddLargeGalleryViewOperation(value) => {
                runtime::serialize_model(
                    &**value,
                    serializer,
                    Some("#microsoft.graph.addLargeGalleryViewOperation"),
                )
            }
            Self::CancelMediaProcessingOperation(value) => {
                runtime::serialize_model(
                    &**value,
                    serializer,
                    Some("#microsoft.graph.cancelMediaProcessingOperation"),
                )
            }
            Self::InviteParticipantsOperation(value) => {
                runtime::serialize_model(
                    &**value,
                    serializer,
                    Some("#microsoft.graph.inviteParticipantsOperation"),
                )
            }
            Self::MuteParticipantOperation(value) => {
                runtime::serialize_model(
                    &**value,
                    serializer,
                    Some("#microsoft.graph.muteParticipantOperation"),
                )
            }
            Self::PlayPromptOperation(value) => {
                runtime::serialize_model(
                    &**value,
                    serializer,
                    Some("#microsoft.graph.playPromptOperation"),
                )
            }
            Self::RecordOperation(value) => {
                runtime::serialize_model(
                    &**value,
                    serializer,
                    Some("#microsoft.graph.recordOperation"),
                )
            }
            Self::SendDtmfTonesOperation(value) => {
                runtime::serialize_model(
                    &**value,
                    serializer,
                    Some("#microsoft.graph.sendDtmfTonesOperation"),
                )
            }
            Self::StartHoldMusicOperation(value) => {
                runtime::serialize_model(
                    &**value,
                    serializer,
                    Some("#microsoft.graph.startHoldMusicOperation"),
                )
            }
            Self::StopHoldMusicOperation(value) => {
                runtime::serialize_model(
                    &**value,
                    serializer,
                    Some("#microsoft.graph.stopHoldMusicOperation"),
                )
            }
            Self::SubscribeToToneOperation(value) => {
                runtime::serialize_model(
                    &**value,
                    serializer,
                    Some("#microsoft.graph.subscribeToToneOperation"),
                )
            }
            Self::UnmuteParticipantOperation(value) => {
                runtime::serialize_model(
                    &**value,
                    serializer,
                    Some("#microsoft.graph.unmuteParticipantOperation"),
                )
            }
            Self::UpdateRecordingStatusOperation(value) => {
                runtime::serialize_model(
                    &**value,
                    serializer,
                    Some("#microsoft.graph.updateRecordingStatusOperation"),
                )
            }
            Self::Unrecognized(value) => {
                runtime::serialize_model(&**value, serializer, None)
            }
        }
    }
}
impl<'de> ::serde::Deserialize<'de> for AnyCommsOperation {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_polymorphic(deserializer)
    }
}
impl From<CommsOperation> for AnyCommsOperation {
    fn from(value: CommsOperation) -> Self {
        Self::CommsOperation(Box::new(value))
    }
}
impl From<AddLargeGalleryViewOperation> for AnyCommsOperation {
    fn from(value: AddLargeGalleryViewOperation) -> Self {
        Self::AddLargeGalleryViewOperation(Box::new(value))
    }
}
impl From<CancelMediaProcessingOperation> for AnyCommsOperation {
    fn from(value: CancelMediaProcessingOperation) -> Self {
        Self::CancelMediaProcessingOperation(Box::new(value))
    }
}
impl From<InviteParticipantsOperation> for AnyCommsOperation {
    fn from(value: InviteParticipantsOperation) -> Self {
        Self::InviteParticipantsOperation(Box::new(value))
    }
}
impl From<MuteParticipantOperation> for AnyCommsOperation {
    fn from(value: MuteParticipantOperation) -> Self {
        Self::MuteParticipantOperation(Box::new(value))
    }
}
impl From<PlayPromptOperation> for AnyCommsOperation {
    fn from(value: PlayPromptOperation) -> Self {
        Self::PlayPromptOperation(Box::new(value))
    }
}
impl From<RecordOperation> for AnyCommsOperation {
    fn from(value: RecordOperation) -> Self {
        Self::RecordOperation(Box::new(value))
    }
}
impl From<SendDtmfTonesOperation> for AnyCommsOperation {
    fn from(value: SendDtmfTonesOperation) -> Self {
        Self::SendDtmfTonesOperation(Box::new(value))
    }
}
impl From<StartHoldMusicOperation> for AnyCommsOperation {
    fn from(value: StartHoldMusicOperation) -> Self {
        Self::StartHoldMusicOperation(Box::new(value))
    }
}
impl From<StopHoldMusicOperation> for AnyCommsOperation {
    fn from(value: StopHoldMusicOperation) -> Self {
        Self::StopHoldMusicOperation(Box::new(value))
    }
}
impl From<SubscribeToToneOperation> for AnyCommsOperation {
    fn from(value: SubscribeToToneOperation) -> Self {
        Self::SubscribeToToneOperation(Box::new(value))
    }
}
impl From<UnmuteParticipantOperation> for AnyCommsOperation {
    fn from(value: UnmuteParticipantOperation) -> Self {
        Self::UnmuteParticipantOperation(Box::new(value))
    }
}
impl From<UpdateRecordingStatusOperation> for AnyCommsOperation {
    fn from(value: UpdateRecordingStatusOperation) -> Self {
        Self::UpdateRecordingStatusOperation(Box::new(value))
    }
}
impl TryFrom<super::AnyEntity> for AnyCommsOperation {
    type Error = super::AnyEntity;
    fn try_from(value: super::AnyEntity) -> Result<Self, Self::Error> {
        match value {
            super::AnyEntity::CommsOperation(value) => Ok(Self::CommsOperation(value)),
            super::AnyEntity::AddLargeGalleryViewOperation(value) => {
                Ok(Self::AddLargeGalleryViewOperation(value))
            }
            super::AnyEntity::CancelMediaProcessingOperation(value) => {
                Ok(Self::CancelMediaProcessingOperation(value))
            }
            super::AnyEntity::InviteParticipantsOperation(value) => {
                Ok(Self::InviteParticipantsOperation(value))
            }
            super::AnyEntity::MuteParticipantOperation(value) => {
                Ok(Self::MuteParticipantOperation(value))
            }
            super::AnyEntity::PlayPromptOperation(value) => {
                Ok(Self::PlayPromptOperation(value))
            }
            super::AnyEntity::RecordOperation(value) => Ok(Self::RecordOperation(value)),
            super::AnyEntity::SendDtmfTonesOperation(value) => {
                Ok(Self::SendDtmfTonesOperation(value))
            }
            super::AnyEntity::StartHoldMusicOperation(value) => {
                Ok(Self::StartHoldMusicOperation(value))
            }
            super::AnyEntity::StopHoldMusicOperation(value) => {
                Ok(Self::StopHoldMusicOperation(value))
            }
            super::AnyEntity::SubscribeToToneOperation(value) => {
                Ok(Self::SubscribeToToneOperation(value))
            }
            super::AnyEntity::UnmuteParticipantOperation(value) => {
                Ok(Self::UnmuteParticipantOperation(value))
            }
            super::AnyEntity::UpdateRecordingStatusOperation(value) => {
                Ok(Self::UpdateRecordingStatusOperation(value))
            }
            other => Err(other),
        }
    }
}
/// Content sharing session in a call, such as a shared screen. It carries only its id.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ContentSharingSession {
    /// The `@odata.type` annotation as received, or `None`; written back first when set.
    pub odata_type: Option<::std::borrow::Cow<'static, str>>,
    /// Key of the entity, used in its URL, such as the call id in `/communications/calls/{id}`.
    pub id: Option<String>,
    /// Members the schema does not declare, in the order received; written back after the others.
    pub unknown_members: ::graph_calls::json::UnknownMembers,
}
impl ContentSharingSession {
    /// Creates an empty `ContentSharingSession`; set the members you need.
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
impl runtime::Model for ContentSharingSession {
    const TYPE_NAME: &'static str = "microsoft.graph.contentSharingSession";
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
                    "#microsoft.graph.contentSharingSession",
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
impl runtime::Validate for ContentSharingSession {
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
impl ::serde::Serialize for ContentSharingSession {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        runtime::serialize_model(self, serializer, None)
    }
}
impl<'de> ::serde::Deserialize<'de> for ContentSharingSession {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_model(deserializer)
    }
}
/// Abstract base of the entity types that have an `id` key, such as calls, participants and operations.
///
/// This type is abstract. Properties declared with this type hold an [`AnyEntity`](super::AnyEntity), which also covers the types derived from it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Entity {
    /// The `@odata.type` annotation as received, or `None`; written back first when set.
    pub odata_type: Option<::std::borrow::Cow<'static, str>>,
    /// Key of the entity, used in its URL, such as the call id in `/communications/calls/{id}`.
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
    const TYPE_NAME: &'static str = "microsoft.graph.entity";
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
                    "#microsoft.graph.entity",
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
/// A `microsoft.graph.entity` or a type derived from it, chosen by the `@odata.type` annotation.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum AnyEntity {
    /// A `microsoft.graph.entity`, or a value without `@odata.type`.
    Entity(Box<super::Entity>),
    /// A `microsoft.graph.addLargeGalleryViewOperation`.
    AddLargeGalleryViewOperation(Box<super::AddLargeGalleryViewOperation>),
    /// A `microsoft.graph.audioRoutingGroup`.
    AudioRoutingGroup(Box<super::AudioRoutingGroup>),
    /// A `microsoft.graph.call`.
    Call(Box<super::Call>),
    /// A `microsoft.graph.cancelMediaProcessingOperation`.
    CancelMediaProcessingOperation(Box<super::CancelMediaProcessingOperation>),
    /// A `microsoft.graph.commsOperation`.
    CommsOperation(Box<super::CommsOperation>),
    /// A `microsoft.graph.contentSharingSession`.
    ContentSharingSession(Box<super::ContentSharingSession>),
    /// A `microsoft.graph.inviteParticipantsOperation`.
    InviteParticipantsOperation(Box<super::InviteParticipantsOperation>),
    /// A `microsoft.graph.muteParticipantOperation`.
    MuteParticipantOperation(Box<super::MuteParticipantOperation>),
    /// A `microsoft.graph.participant`.
    Participant(Box<super::Participant>),
    /// A `microsoft.graph.playPromptOperation`.
    PlayPromptOperation(Box<super::PlayPromptOperation>),
    /// A `microsoft.graph.recordOperation`.
    RecordOperation(Box<super::RecordOperation>),
    /// A `microsoft.graph.sendDtmfTonesOperation`.
    SendDtmfTonesOperation(Box<super::SendDtmfTonesOperation>),
    /// A `microsoft.graph.startHoldMusicOperation`.
    StartHoldMusicOperation(Box<super::StartHoldMusicOperation>),
    /// A `microsoft.graph.stopHoldMusicOperation`.
    StopHoldMusicOperation(Box<super::StopHoldMusicOperation>),
    /// A `microsoft.graph.subscribeToToneOperation`.
    SubscribeToToneOperation(Box<super::SubscribeToToneOperation>),
    /// A `microsoft.graph.unmuteParticipantOperation`.
    UnmuteParticipantOperation(Box<super::UnmuteParticipantOperation>),
    /// A `microsoft.graph.updateRecordingStatusOperation`.
    UpdateRecordingStatusOperation(Box<super::UpdateRecordingStatusOperation>),
    /// A type that the schema does not declare, read with the members of `entity`; its `odata_type` names it.
    Unrecognized(Box<super::Entity>),
}
impl AnyEntity {
    /// Returns `id`, which every type of the family has.
    pub fn id(&self) -> Option<&String> {
        match self {
            Self::Entity(value) => value.id.as_ref(),
            Self::AddLargeGalleryViewOperation(value) => value.id.as_ref(),
            Self::AudioRoutingGroup(value) => value.id.as_ref(),
            Self::Call(value) => value.id.as_ref(),
            Self::CancelMediaProcessingOperation(value) => value.id.as_ref(),
            Self::CommsOperation(value) => value.id.as_ref(),
            Self::ContentSharingSession(value) => value.id.as_ref(),
            Self::InviteParticipantsOperation(value) => value.id.as_ref(),
            Self::MuteParticipantOperation(value) => value.id.as_ref(),
            Self::Participant(value) => value.id.as_ref(),
            Self::PlayPromptOperation(value) => value.id.as_ref(),
            Self::RecordOperation(value) => value.id.as_ref(),
            Self::SendDtmfTonesOperation(value) => value.id.as_ref(),
            Self::StartHoldMusicOperation(value) => value.id.as_ref(),
            Self::StopHoldMusicOperation(value) => value.id.as_ref(),
            Self::SubscribeToToneOperation(value) => value.id.as_ref(),
            Self::UnmuteParticipantOperation(value) => value.id.as_ref(),
            Self::UpdateRecordingStatusOperation(value) => value.id.as_ref(),
            Self::Unrecognized(value) => value.id.as_ref(),
        }
    }
    /// Returns the `@odata.type` annotation the value carries, if any.
    pub fn odata_type(&self) -> Option<&str> {
        match self {
            Self::Entity(value) => value.odata_type.as_deref(),
            Self::AddLargeGalleryViewOperation(value) => value.odata_type.as_deref(),
            Self::AudioRoutingGroup(value) => value.odata_type.as_deref(),
            Self::Call(value) => value.odata_type.as_deref(),
            Self::CancelMediaProcessingOperation(value) => value.odata_type.as_deref(),
            Self::CommsOperation(value) => value.odata_type.as_deref(),
            Self::ContentSharingSession(value) => value.odata_type.as_deref(),
            Self::InviteParticipantsOperation(value) => value.odata_type.as_deref(),
            Self::MuteParticipantOperation(value) => value.odata_type.as_deref(),
            Self::Participant(value) => value.odata_type.as_deref(),
            Self::PlayPromptOperation(value) => value.odata_type.as_deref(),
            Self::RecordOperation(value) => value.odata_type.as_deref(),
            Self::SendDtmfTonesOperation(value) => value.odata_type.as_deref(),
            Self::StartHoldMusicOperation(value) => value.odata_type.as_deref(),
            Self::StopHoldMusicOperation(value) => value.odata_type.as_deref(),
            Self::SubscribeToToneOperation(value) => value.odata_type.as_deref(),
            Self::UnmuteParticipantOperation(value) => value.odata_type.as_deref(),
            Self::UpdateRecordingStatusOperation(value) => value.odata_type.as_deref(),
            Self::Unrecognized(value) => value.odata_type.as_deref(),
        }
    }
}
impl runtime::Polymorphic for AnyEntity {
    type Base = super::Entity;
    const ANNOTATIONS: &'static [&'static str] = &[
        "#microsoft.graph.entity",
        "#microsoft.graph.addLargeGalleryViewOperation",
        "#microsoft.graph.audioRoutingGroup",
        "#microsoft.graph.call",
        "#microsoft.graph.cancelMediaProcessingOperation",
        "#microsoft.graph.commsOperation",
        "#microsoft.graph.contentSharingSession",
        "#microsoft.graph.inviteParticipantsOperation",
        "#microsoft.graph.muteParticipantOperation",
        "#microsoft.graph.participant",
        "#microsoft.graph.playPromptOperation",
        "#microsoft.graph.recordOperation",
        "#microsoft.graph.sendDtmfTonesOperation",
        "#microsoft.graph.startHoldMusicOperation",
        "#microsoft.graph.stopHoldMusicOperation",
        "#microsoft.graph.subscribeToToneOperation",
        "#microsoft.graph.unmuteParticipantOperation",
        "#microsoft.graph.updateRecordingStatusOperation",
    ];
    fn empty_variant(annotation: &str) -> Option<Self> {
        match annotation {
            "#microsoft.graph.entity" => {
                Some(Self::Entity(Box::new(runtime::Model::empty())))
            }
            "#microsoft.graph.addLargeGalleryViewOperation" => {
                Some(
                    Self::AddLargeGalleryViewOperation(Box::new(runtime::Model::empty())),
                )
            }
            "#microsoft.graph.audioRoutingGroup" => {
                Some(Self::AudioRoutingGroup(Box::new(runtime::Model::empty())))
            }
            "#microsoft.graph.call" => {
                Some(Self::Call(Box::new(runtime::Model::empty())))
            }
            "#microsoft.graph.cancelMediaProcessingOperation" => {
                Some(
                    Self::CancelMediaProcessingOperation(
                        Box::new(runtime::Model::empty()),
                    ),
                )
            }
            "#microsoft.graph.commsOperation" => {
                Some(Self::CommsOperation(Box::new(runtime::Model::empty())))
            }
            "#microsoft.graph.contentSharingSession" => {
                Some(Self::ContentSharingSession(Box::new(runtime::Model::empty())))
            }
            "#microsoft.graph.inviteParticipantsOperation" => {
                Some(
                    Self::InviteParticipantsOperation(Box::new(runtime::Model::empty())),
                )
            }
            "#microsoft.graph.muteParticipantOperation" => {
                Some(Self::MuteParticipantOperation(Box::new(runtime::Model::empty())))
            }
            "#microsoft.graph.participant" => {
                Some(Self::Participant(Box::new(runtime::Model::empty())))
            }
            "#microsoft.graph.playPromptOperation" => {
                Some(Self::PlayPromptOperation(Box::new(runtime::Model::empty())))
            }
            "#microsoft.graph.recordOperation" => {
                Some(Self::RecordOperation(Box::new(runtime::Model::empty())))
            }
            "#microsoft.graph.sendDtmfTonesOperation" => {
                Some(Self::SendDtmfTonesOperation(Box::new(runtime::Model::empty())))
            }
            "#microsoft.graph.startHoldMusicOperation" => {
                Some(Self::StartHoldMusicOperation(Box::new(runtime::Model::empty())))
            }
            "#microsoft.graph.stopHoldMusicOperation" => {
                Some(Self::StopHoldMusicOperation(Box::new(runtime::Model::empty())))
            }
            "#microsoft.graph.subscribeToToneOperation" => {
                Some(Self::SubscribeToToneOperation(Box::new(runtime::Model::empty())))
            }
            "#microsoft.graph.unmuteParticipantOperation" => {
                Some(Self::UnmuteParticipantOperation(Box::new(runtime::Model::empty())))
            }
            "#microsoft.graph.updateRecordingStatusOperation" => {
                Some(
                    Self::UpdateRecordingStatusOperation(
                        Box::new(runtime::Model::empty()),
                    ),
                )
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
            Self::AddLargeGalleryViewOperation(value) => {
                runtime::Model::read_member(&mut **value, name, map)
            }
            Self::AudioRoutingGroup(value) => {
                runtime::Model::read_member(&mut **value, name, map)
            }
            Self::Call(value) => runtime::Model::read_member(&mut **value, name, map),
            Self::CancelMediaProcessingOperation(value) => {
                runtime::Model::read_member(&mut **value, name, map)
            }
            Self::CommsOperation(value) => {
                runtime::Model::read_member(&mut **value, name, map)
            }
            Self::ContentSharingSession(value) => {
                runtime::Model::read_member(&mut **value, name, map)
            }
            Self::InviteParticipantsOperation(value) => {
                runtime::Model::read_member(&mut **value, name, map)
            }
            Self::MuteParticipantOperation(value) => {
                runtime::Model::read_member(&mut **value, name, map)
            }
            Self::Participant(value) => {
                runtime::Model::read_member(&mut **value, name, map)
            }
            Self::PlayPromptOperation(value) => {
                runtime::Model::read_member(&mut **value, name, map)
            }
            Self::RecordOperation(value) => {
                runtime::Model::read_member(&mut **value, name, map)
            }
            Self::SendDtmfTonesOperation(value) => {
                runtime::Model::read_member(&mut **value, name, map)
            }
            Self::StartHoldMusicOperation(value) => {
                runtime::Model::read_member(&mut **value, name, map)
            }
            Self::StopHoldMusicOperation(value) => {
                runtime::Model::read_member(&mut **value, name, map)
            }
            Self::SubscribeToToneOperation(value) => {
                runtime::Model::read_member(&mut **value, name, map)
            }
            Self::UnmuteParticipantOperation(value) => {
                runtime::Model::read_member(&mut **value, name, map)
            }
            Self::UpdateRecordingStatusOperation(value) => {
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
            Self::AddLargeGalleryViewOperation(value) => {
                value.odata_type = Some(annotation);
            }
            Self::AudioRoutingGroup(value) => value.odata_type = Some(annotation),
            Self::Call(value) => value.odata_type = Some(annotation),
            Self::CancelMediaProcessingOperation(value) => {
                value.odata_type = Some(annotation);
            }
            Self::CommsOperation(value) => value.odata_type = Some(annotation),
            Self::ContentSharingSession(value) => value.odata_type = Some(annotation),
            Self::InviteParticipantsOperation(value) => {
                value.odata_type = Some(annotation);
            }
            Self::MuteParticipantOperation(value) => value.odata_type = Some(annotation),
            Self::Participant(value) => value.odata_type = Some(annotation),
            Self::PlayPromptOperation(value) => value.odata_type = Some(annotation),
            Self::RecordOperation(value) => value.odata_type = Some(annotation),
            Self::SendDtmfTonesOperation(value) => value.odata_type = Some(annotation),
            Self::StartHoldMusicOperation(value) => value.odata_type = Some(annotation),
            Self::StopHoldMusicOperation(value) => value.odata_type = Some(annotation),
            Self::SubscribeToToneOperation(value) => value.odata_type = Some(annotation),
            Self::UnmuteParticipantOperation(value) => {
                value.odata_type = Some(annotation);
            }
            Self::UpdateRecordingStatusOperation(value) => {
                value.odata_type = Some(annotation);
            }
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
            Self::AddLargeGalleryViewOperation(value) => {
                runtime::Validate::validate_at(&**value, path)
            }
            Self::AudioRoutingGroup(value) => {
                runtime::Validate::validate_at(&**value, path)
            }
            Self::Call(value) => runtime::Validate::validate_at(&**value, path),
            Self::CancelMediaProcessingOperation(value) => {
                runtime::Validate::validate_at(&**value, path)
            }
            Self::CommsOperation(value) => runtime::Validate::validate_at(&**value, path),
            Self::ContentSharingSession(value) => {
                runtime::Validate::validate_at(&**value, path)
            }
            Self::InviteParticipantsOperation(value) => {
                runtime::Validate::validate_at(&**value, path)
            }
            Self::MuteParticipantOperation(value) => {
                runtime::Validate::validate_at(&**value, path)
            }
            Self::Participant(value) => runtime::Validate::validate_at(&**value, path),
            Self::PlayPromptOperation(value) => {
                runtime::Validate::validate_at(&**value, path)
            }
            Self::RecordOperation(value) => {
                runtime::Validate::validate_at(&**value, path)
            }
            Self::SendDtmfTonesOperation(value) => {
                runtime::Validate::validate_at(&**value, path)
            }
            Self::StartHoldMusicOperation(value) => {
                runtime::Validate::validate_at(&**value, path)
            }
            Self::StopHoldMusicOperation(value) => {
                runtime::Validate::validate_at(&**value, path)
            }
            Self::SubscribeToToneOperation(value) => {
                runtime::Validate::validate_at(&**value, path)
            }
            Self::UnmuteParticipantOperation(value) => {
                runtime::Validate::validate_at(&**value, path)
            }
            Self::UpdateRecordingStatusOperation(value) => {
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
            Self::AddLargeGalleryViewOperation(value) => {
                runtime::serialize_model(
                    &**value,
                    serializer,
                    Some("#microsoft.graph.addLargeGalleryViewOperation"),
                )
            }
            Self::AudioRoutingGroup(value) => {
                runtime::serialize_model(
                    &**value,
                    serializer,
                    Some("#microsoft.graph.audioRoutingGroup"),
                )
            }
            Self::Call(value) => {
                runtime::serialize_model(
                    &**value,
                    serializer,
                    Some("#microsoft.graph.call"),
                )
            }
            Self::CancelMediaProcessingOperation(value) => {
                runtime::serialize_model(
                    &**value,
                    serializer,
                    Some("#microsoft.graph.cancelMediaProcessingOperation"),
                )
            }
            Self::CommsOperation(value) => {
                runtime::serialize_model(
                    &**value,
                    serializer,
                    Some("#microsoft.graph.commsOperation"),
                )
            }
            Self::ContentSharingSession(value) => {
                runtime::serialize_model(
                    &**value,
                    serializer,
                    Some("#microsoft.graph.contentSharingSession"),
                )
            }
            Self::InviteParticipantsOperation(value) => {
                runtime::serialize_model(
                    &**value,
                    serializer,
                    Some("#microsoft.graph.inviteParticipantsOperation"),
                )
            }
            Self::MuteParticipantOperation(value) => {
                runtime::serialize_model(
                    &**value,
                    serializer,
                    Some("#microsoft.graph.muteParticipantOperation"),
                )
            }
            Self::Participant(value) => {
                runtime::serialize_model(
                    &**value,
                    serializer,
                    Some("#microsoft.graph.participant"),
                )
            }
            Self::PlayPromptOperation(value) => {
                runtime::serialize_model(
                    &**value,
                    serializer,
                    Some("#microsoft.graph.playPromptOperation"),
                )
            }
            Self::RecordOperation(value) => {
                runtime::serialize_model(
                    &**value,
                    serializer,
                    Some("#microsoft.graph.recordOperation"),
                )
            }
            Self::SendDtmfTonesOperation(value) => {
                runtime::serialize_model(
                    &**value,
                    serializer,
                    Some("#microsoft.graph.sendDtmfTonesOperation"),
                )
            }
            Self::StartHoldMusicOperation(value) => {
                runtime::serialize_model(
                    &**value,
                    serializer,
                    Some("#microsoft.graph.startHoldMusicOperation"),
                )
            }
            Self::StopHoldMusicOperation(value) => {
                runtime::serialize_model(
                    &**value,
                    serializer,
                    Some("#microsoft.graph.stopHoldMusicOperation"),
                )
            }
            Self::SubscribeToToneOperation(value) => {
                runtime::serialize_model(
                    &**value,
                    serializer,
                    Some("#microsoft.graph.subscribeToToneOperation"),
                )
            }
            Self::UnmuteParticipantOperation(value) => {
                runtime::serialize_model(
                    &**value,
                    serializer,
                    Some("#microsoft.graph.unmuteParticipantOperation"),
                )
            }
            Self::UpdateRecordingStatusOperation(value) => {
                runtime::serialize_model(
                    &**value,
                    serializer,
                    Some("#microsoft.graph.updateRecordingStatusOperation"),
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
impl From<AddLargeGalleryViewOperation> for AnyEntity {
    fn from(value: AddLargeGalleryViewOperation) -> Self {
        Self::AddLargeGalleryViewOperation(Box::new(value))
    }
}
impl From<AudioRoutingGroup> for AnyEntity {
    fn from(value: AudioRoutingGroup) -> Self {
        Self::AudioRoutingGroup(Box::new(value))
    }
}
impl From<Call> for AnyEntity {
    fn from(value: Call) -> Self {
        Self::Call(Box::new(value))
    }
}
impl From<CancelMediaProcessingOperation> for AnyEntity {
    fn from(value: CancelMediaProcessingOperation) -> Self {
        Self::CancelMediaProcessingOperation(Box::new(value))
    }
}
impl From<CommsOperation> for AnyEntity {
    fn from(value: CommsOperation) -> Self {
        Self::CommsOperation(Box::new(value))
    }
}
impl From<ContentSharingSession> for AnyEntity {
    fn from(value: ContentSharingSession) -> Self {
        Self::ContentSharingSession(Box::new(value))
    }
}
impl From<InviteParticipantsOperation> for AnyEntity {
    fn from(value: InviteParticipantsOperation) -> Self {
        Self::InviteParticipantsOperation(Box::new(value))
    }
}
impl From<MuteParticipantOperation> for AnyEntity {
    fn from(value: MuteParticipantOperation) -> Self {
        Self::MuteParticipantOperation(Box::new(value))
    }
}
impl From<Participant> for AnyEntity {
    fn from(value: Participant) -> Self {
        Self::Participant(Box::new(value))
    }
}
impl From<PlayPromptOperation> for AnyEntity {
    fn from(value: PlayPromptOperation) -> Self {
        Self::PlayPromptOperation(Box::new(value))
    }
}
impl From<RecordOperation> for AnyEntity {
    fn from(value: RecordOperation) -> Self {
        Self::RecordOperation(Box::new(value))
    }
}
impl From<SendDtmfTonesOperation> for AnyEntity {
    fn from(value: SendDtmfTonesOperation) -> Self {
        Self::SendDtmfTonesOperation(Box::new(value))
    }
}
impl From<StartHoldMusicOperation> for AnyEntity {
    fn from(value: StartHoldMusicOperation) -> Self {
        Self::StartHoldMusicOperation(Box::new(value))
    }
}
impl From<StopHoldMusicOperation> for AnyEntity {
    fn from(value: StopHoldMusicOperation) -> Self {
        Self::StopHoldMusicOperation(Box::new(value))
    }
}
impl From<SubscribeToToneOperation> for AnyEntity {
    fn from(value: SubscribeToToneOperation) -> Self {
        Self::SubscribeToToneOperation(Box::new(value))
    }
}
impl From<UnmuteParticipantOperation> for AnyEntity {
    fn from(value: UnmuteParticipantOperation) -> Self {
        Self::UnmuteParticipantOperation(Box::new(value))
    }
}
impl From<UpdateRecordingStatusOperation> for AnyEntity {
    fn from(value: UpdateRecordingStatusOperation) -> Self {
        Self::UpdateRecordingStatusOperation(Box::new(value))
    }
}
/// Operation returned by `participant: invite`, which adds parties to a call.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct InviteParticipantsOperation {
    /// The `@odata.type` annotation as received, or `None`; written back first when set.
    pub odata_type: Option<::std::borrow::Cow<'static, str>>,
    /// Key of the entity, used in its URL, such as the call id in `/communications/calls/{id}`.
    pub id: Option<String>,
    /// String of at most 256 characters that the bot passed as `clientContext` when it started the operation, echoed back unchanged.
    pub client_context: Option<String>,
    /// Outcome of the operation, with the reason when it failed.
    pub result_info: Option<super::ResultInfo>,
    /// Progress of the operation.
    ///
    /// Required when sending: `InviteParticipantsOperation::new` takes it.
    pub status: Option<super::OperationStatus>,
    /// Parties that the bot invited.
    pub participants: Option<Vec<super::InvitationParticipantInfo>>,
    /// Members the schema does not declare, in the order received; written back after the others.
    pub unknown_members: ::graph_calls::json::UnknownMembers,
}
impl InviteParticipantsOperation {
    /// Creates `InviteParticipantsOperation` with its required members: `status`.
    pub fn new(status: super::OperationStatus) -> Self {
        Self {
            odata_type: None,
            id: None,
            client_context: None,
            result_info: None,
            status: Some(status),
            participants: None,
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
impl runtime::Model for InviteParticipantsOperation {
    const TYPE_NAME: &'static str = "microsoft.graph.inviteParticipantsOperation";
    fn empty() -> Self {
        Self {
            odata_type: None,
            id: None,
            client_context: None,
            result_info: None,
            status: None,
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
            "@odata.type" => {
                runtime::read_annotation(
                    &mut self.odata_type,
                    "#microsoft.graph.inviteParticipantsOperation",
                    map,
                )
            }
            "id" => runtime::read_member(&mut self.id, "id", map),
            "clientContext" => {
                runtime::read_member(&mut self.client_context, "clientContext", map)
            }
            "resultInfo" => {
                runtime::read_member(&mut self.result_info, "resultInfo", map)
            }
            "status" => runtime::read_member(&mut self.status, "status", map),
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
        runtime::write_member(map, "id", &self.id)?;
        runtime::write_member(map, "clientContext", &self.client_context)?;
        runtime::write_member(map, "resultInfo", &self.result_info)?;
        runtime::write_member(map, "status", &self.status)?;
        runtime::write_member(map, "participants", &self.participants)?;
        self.unknown_members.write_members(map)
    }
    fn odata_type(&self) -> Option<&str> {
        self.odata_type.as_deref()
    }
    fn set_odata_type(&mut self, annotation: ::std::borrow::Cow<'static, str>) {
        self.odata_type = Some(annotation);
    }
}
impl runtime::Validate for InviteParticipantsOperation {
    fn is_empty(&self) -> bool {
        self.id.is_none() && self.client_context.is_none() && self.result_info.is_none()
            && self.status.is_none() && self.participants.is_none()
            && self.unknown_members.is_empty()
    }
    fn validate_at(
        &self,
        path: &mut runtime::FieldPath,
    ) -> Result<(), ::graph_calls::ValidationError> {
        runtime::check_nested(&self.result_info, "resultInfo", path)?;
        runtime::check_present(&self.status, "status", path)?;
        runtime::check_nested(&self.participants, "participants", path)?;
        Ok(())
    }
}
impl ::serde::Serialize for InviteParticipantsOperation {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        runtime::serialize_model(self, serializer, None)
    }
}
impl<'de> ::serde::Deserialize<'de> for InviteParticipantsOperation {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_model(deserializer)
    }
}
/// Operation returned when the bot mutes itself or another participant.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct MuteParticipantOperation {
    /// The `@odata.type` annotation as received, or `None`; written back first when set.
    pub odata_type: Option<::std::borrow::Cow<'static, str>>,
    /// Key of the entity, used in its URL, such as the call id in `/communications/calls/{id}`.
    pub id: Option<String>,
    /// String of at most 256 characters that the bot passed as `clientContext` when it started the operation, echoed back unchanged.
    pub client_context: Option<String>,
    /// Outcome of the operation, with the reason when it failed.
    pub result_info: Option<super::ResultInfo>,
    /// Progress of the operation.
    ///
    /// Required when sending: `MuteParticipantOperation::new` takes it.
    pub status: Option<super::OperationStatus>,
    /// Members the schema does not declare, in the order received; written back after the others.
    pub unknown_members: ::graph_calls::json::UnknownMembers,
}
impl MuteParticipantOperation {
    /// Creates `MuteParticipantOperation` with its required members: `status`.
    pub fn new(status: super::OperationStatus) -> Self {
        Self {
            odata_type: None,
            id: None,
            client_context: None,
            result_info: None,
            status: Some(status),
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
impl runtime::Model for MuteParticipantOperation {
    const TYPE_NAME: &'static str = "microsoft.graph.muteParticipantOperation";
    fn empty() -> Self {
        Self {
            odata_type: None,
            id: None,
            client_context: None,
            result_info: None,
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
                    "#microsoft.graph.muteParticipantOperation",
                    map,
                )
            }
            "id" => runtime::read_member(&mut self.id, "id", map),
            "clientContext" => {
                runtime::read_member(&mut self.client_context, "clientContext", map)
            }
            "resultInfo" => {
                runtime::read_member(&mut self.result_info, "resultInfo", map)
            }
            "status" => runtime::read_member(&mut self.status, "status", map),
            _ => self.unknown_members.read_member(name, map),
        }
    }
    fn write_members<M: ::serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        runtime::write_member(map, "id", &self.id)?;
        runtime::write_member(map, "clientContext", &self.client_context)?;
        runtime::write_member(map, "resultInfo", &self.result_info)?;
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
impl runtime::Validate for MuteParticipantOperation {
    fn is_empty(&self) -> bool {
        self.id.is_none() && self.client_context.is_none() && self.result_info.is_none()
            && self.status.is_none() && self.unknown_members.is_empty()
    }
    fn validate_at(
        &self,
        path: &mut runtime::FieldPath,
    ) -> Result<(), ::graph_calls::ValidationError> {
        runtime::check_nested(&self.result_info, "resultInfo", path)?;
        runtime::check_present(&self.status, "status", path)?;
        Ok(())
    }
}
impl ::serde::Serialize for MuteParticipantOperation {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        runtime::serialize_model(self, serializer, None)
    }
}
impl<'de> ::serde::Deserialize<'de> for MuteParticipantOperation {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_model(deserializer)
    }
}
/// Entry in a call's roster, such as a Teams user, a phone caller or the bot itself.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Participant {
    /// The `@odata.type` annotation as received, or `None`; written back first when set.
    pub odata_type: Option<::std::borrow::Cow<'static, str>>,
    /// Key of the entity, used in its URL, such as the call id in `/communications/calls/{id}`.
    pub id: Option<String>,
    /// Identity and endpoint details of the participant.
    ///
    /// Required when sending: `Participant::new` takes it.
    pub info: Option<super::ParticipantInfo>,
    /// True while the participant waits in the meeting lobby.
    ///
    /// Required when sending: `Participant::new` takes it.
    pub is_in_lobby: Option<bool>,
    /// True if the participant is muted, either by its own client or by the service.
    ///
    /// Required when sending: `Participant::new` takes it.
    pub is_muted: Option<bool>,
    /// Media streams of the participant.
    pub media_streams: Option<Vec<super::MediaStream>>,
    /// Opaque data that the participant attached to its roster entry.
    pub metadata: Option<String>,
    /// Whether the participant records the call, and who started the recording.
    pub recording_info: Option<super::RecordingInfo>,
    /// Reason why the participant was removed from the roster. Present only after the removal.
    pub removed_state: Option<super::RemovedState>,
    /// Reasons why media from this participant is restricted, such as watermark protection.
    pub restricted_experience: Option<super::OnlineMeetingRestricted>,
    /// Sequence number of the roster update in which this participant last changed.
    pub roster_sequence_number: Option<i64>,
    /// Members the schema does not declare, in the order received; written back after the others.
    pub unknown_members: ::graph_calls::json::UnknownMembers,
}
impl Participant {
    /// Creates `Participant` with its required members: `info`, `isInLobby`, `isMuted`.
    pub fn new(info: super::ParticipantInfo, is_in_lobby: bool, is_muted: bool) -> Self {
        Self {
            odata_type: None,
            id: None,
            info: Some(info),
            is_in_lobby: Some(is_in_lobby),
            is_muted: Some(is_muted),
            media_streams: None,
            metadata: None,
            recording_info: None,
            removed_state: None,
            restricted_experience: None,
            roster_sequence_number: None,
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
impl runtime::Model for Participant {
    const TYPE_NAME: &'static str = "microsoft.graph.participant";
    fn empty() -> Self {
        Self {
            odata_type: None,
            id: None,
            info: None,
            is_in_lobby: None,
            is_muted: None,
            media_streams: None,
            metadata: None,
            recording_info: None,
            removed_state: None,
            restricted_experience: None,
            roster_sequence_number: None,
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
                    "#microsoft.graph.participant",
                    map,
                )
            }
            "id" => runtime::read_member(&mut self.id, "id", map),
            "info" => runtime::read_member(&mut self.info, "info", map),
            "isInLobby" => runtime::read_member(&mut self.is_in_lobby, "isInLobby", map),
            "isMuted" => runtime::read_member(&mut self.is_muted, "isMuted", map),
            "mediaStreams" => {
                runtime::read_member(&mut self.media_streams, "mediaStreams", map)
            }
            "metadata" => runtime::read_member(&mut self.metadata, "metadata", map),
            "recordingInfo" => {
                runtime::read_member(&mut self.recording_info, "recordingInfo", map)
            }
            "removedState" => {
                runtime::read_member(&mut self.removed_state, "removedState", map)
            }
            "restrictedExperience" => {
                runtime::read_member(
                    &mut self.restricted_experience,
                    "restrictedExperience",
                    map,
                )
            }
            "rosterSequenceNumber" => {
                runtime::read_member(
                    &mut self.roster_sequence_number,
                    "rosterSequenceNumber",
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
        runtime::write_member(map, "id", &self.id)?;
        runtime::write_member(map, "info", &self.info)?;
        runtime::write_member(map, "isInLobby", &self.is_in_lobby)?;
        runtime::write_member(map, "isMuted", &self.is_muted)?;
        runtime::write_member(map, "mediaStreams", &self.media_streams)?;
        runtime::write_member(map, "metadata", &self.metadata)?;
        runtime::write_member(map, "recordingInfo", &self.recording_info)?;
        runtime::write_member(map, "removedState", &self.removed_state)?;
        runtime::write_member(map, "restrictedExperience", &self.restricted_experience)?;
        runtime::write_member(
            map,
            "rosterSequenceNumber",
            &self.roster_sequence_number,
        )?;
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
        self.id.is_none() && self.info.is_none() && self.is_in_lobby.is_none()
            && self.is_muted.is_none() && self.media_streams.is_none()
            && self.metadata.is_none() && self.recording_info.is_none()
            && self.removed_state.is_none() && self.restricted_experience.is_none()
            && self.roster_sequence_number.is_none() && self.unknown_members.is_empty()
    }
    fn validate_at(
        &self,
        path: &mut runtime::FieldPath,
    ) -> Result<(), ::graph_calls::ValidationError> {
        runtime::check_present_object(&self.info, "info", path)?;
        runtime::check_nested(&self.info, "info", path)?;
        runtime::check_present(&self.is_in_lobby, "isInLobby", path)?;
        runtime::check_present(&self.is_muted, "isMuted", path)?;
        runtime::check_nested(&self.media_streams, "mediaStreams", path)?;
        runtime::check_nested(&self.recording_info, "recordingInfo", path)?;
        runtime::check_nested(&self.removed_state, "removedState", path)?;
        runtime::check_nested(
            &self.restricted_experience,
            "restrictedExperience",
            path,
        )?;
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
/// Operation returned by `call: playPrompt`, which plays audio prompts in the call.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct PlayPromptOperation {
    /// The `@odata.type` annotation as received, or `None`; written back first when set.
    pub odata_type: Option<::std::borrow::Cow<'static, str>>,
    /// Key of the entity, used in its URL, such as the call id in `/communications/calls/{id}`.
    pub id: Option<String>,
    /// String of at most 256 characters that the bot passed as `clientContext` when it started the operation, echoed back unchanged.
    pub client_context: Option<String>,
    /// Outcome of the operation, with the reason when it failed.
    pub result_info: Option<super::ResultInfo>,
    /// Progress of the operation.
    ///
    /// Required when sending: `PlayPromptOperation::new` takes it.
    pub status: Option<super::OperationStatus>,
    /// Members the schema does not declare, in the order received; written back after the others.
    pub unknown_members: ::graph_calls::json::UnknownMembers,
}
impl PlayPromptOperation {
    /// Creates `PlayPromptOperation` with its required members: `status`.
    pub fn new(status: super::OperationStatus) -> Self {
        Self {
            odata_type: None,
            id: None,
            client_context: None,
            result_info: None,
            status: Some(status),
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
impl runtime::Model for PlayPromptOperation {
    const TYPE_NAME: &'static str = "microsoft.graph.playPromptOperation";
    fn empty() -> Self {
        Self {
            odata_type: None,
            id: None,
            client_context: None,
            result_info: None,
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
                    "#microsoft.graph.playPromptOperation",
                    map,
                )
            }
            "id" => runtime::read_member(&mut self.id, "id", map),
            "clientContext" => {
                runtime::read_member(&mut self.client_context, "clientContext", map)
            }
            "resultInfo" => {
                runtime::read_member(&mut self.result_info, "resultInfo", map)
            }
            "status" => runtime::read_member(&mut self.status, "status", map),
            _ => self.unknown_members.read_member(name, map),
        }
    }
    fn write_members<M: ::serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        runtime::write_member(map, "id", &self.id)?;
        runtime::write_member(map, "clientContext", &self.client_context)?;
        runtime::write_member(map, "resultInfo", &self.result_info)?;
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
impl runtime::Validate for PlayPromptOperation {
    fn is_empty(&self) -> bool {
        self.id.is_none() && self.client_context.is_none() && self.result_info.is_none()
            && self.status.is_none() && self.unknown_members.is_empty()
    }
    fn validate_at(
        &self,
        path: &mut runtime::FieldPath,
    ) -> Result<(), ::graph_calls::ValidationError> {
        runtime::check_nested(&self.result_info, "resultInfo", path)?;
        runtime::check_present(&self.status, "status", path)?;
        Ok(())
    }
}
impl ::serde::Serialize for PlayPromptOperation {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        runtime::serialize_model(self, serializer, None)
    }
}
impl<'de> ::serde::Deserialize<'de> for PlayPromptOperation {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_model(deserializer)
    }
}
/// Operation returned by `call: recordResponse`, which records what a caller says.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct RecordOperation {
    /// The `@odata.type` annotation as received, or `None`; written back first when set.
    pub odata_type: Option<::std::borrow::Cow<'static, str>>,
    /// Key of the entity, used in its URL, such as the call id in `/communications/calls/{id}`.
    pub id: Option<String>,
    /// String of at most 256 characters that the bot passed as `clientContext` when it started the operation, echoed back unchanged.
    pub client_context: Option<String>,
    /// Outcome of the operation, with the reason when it failed.
    pub result_info: Option<super::ResultInfo>,
    /// Progress of the operation.
    ///
    /// Required when sending: `RecordOperation::new` takes it.
    pub status: Option<super::OperationStatus>,
    /// Access token to send when downloading the recording from `recordingLocation`.
    pub recording_access_token: Option<String>,
    /// URL from which the recording can be downloaded.
    pub recording_location: Option<String>,
    /// Members the schema does not declare, in the order received; written back after the others.
    pub unknown_members: ::graph_calls::json::UnknownMembers,
}
impl RecordOperation {
    /// Creates `RecordOperation` with its required members: `status`.
    pub fn new(status: super::OperationStatus) -> Self {
        Self {
            odata_type: None,
            id: None,
            client_context: None,
            result_info: None,
            status: Some(status),
            recording_access_token: None,
            recording_location: None,
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
    const TYPE_NAME: &'static str = "microsoft.graph.recordOperation";
    fn empty() -> Self {
        Self {
            odata_type: None,
            id: None,
            client_context: None,
            result_info: None,
            status: None,
            recording_access_token: None,
            recording_location: None,
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
                    "#microsoft.graph.recordOperation",
                    map,
                )
            }
            "id" => runtime::read_member(&mut self.id, "id", map),
            "clientContext" => {
                runtime::read_member(&mut self.client_context, "clientContext", map)
            }
            "resultInfo" => {
                runtime::read_member(&mut self.result_info, "resultInfo", map)
            }
            "status" => runtime::read_member(&mut self.status, "status", map),
            "recordingAccessToken" => {
                runtime::read_member(
                    &mut self.recording_access_token,
                    "recordingAccessToken",
                    map,
                )
            }
            "recordingLocation" => {
                runtime::read_member(
                    &mut self.recording_location,
                    "recordingLocation",
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
        runtime::write_member(map, "id", &self.id)?;
        runtime::write_member(map, "clientContext", &self.client_context)?;
        runtime::write_member(map, "resultInfo", &self.result_info)?;
        runtime::write_member(map, "status", &self.status)?;
        runtime::write_member(
            map,
            "recordingAccessToken",
            &self.recording_access_token,
        )?;
        runtime::write_member(map, "recordingLocation", &self.recording_location)?;
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
        self.id.is_none() && self.client_context.is_none() && self.result_info.is_none()
            && self.status.is_none() && self.recording_access_token.is_none()
            && self.recording_location.is_none() && self.unknown_members.is_empty()
    }
    fn validate_at(
        &self,
        path: &mut runtime::FieldPath,
    ) -> Result<(), ::graph_calls::ValidationError> {
        runtime::check_nested(&self.result_info, "resultInfo", path)?;
        runtime::check_present(&self.status, "status", path)?;
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
/// Operation returned by `call: sendDtmfTones`, which sends DTMF tones in the call.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct SendDtmfTonesOperation {
    /// The `@odata.type` annotation as received, or `None`; written back first when set.
    pub odata_type: Option<::std::borrow::Cow<'static, str>>,
    /// Key of the entity, used in its URL, such as the call id in `/communications/calls/{id}`.
    pub id: Option<String>,
    /// String of at most 256 characters that the bot passed as `clientContext` when it started the operation, echoed back unchanged.
    pub client_context: Option<String>,
    /// Outcome of the operation, with the reason when it failed.
    pub result_info: Option<super::ResultInfo>,
    /// Progress of the operation.
    ///
    /// Required when sending: `SendDtmfTonesOperation::new` takes it.
    pub status: Option<super::OperationStatus>,
    /// Reason why sending the tones ended.
    pub completion_reason: Option<super::SendDtmfCompletionReason>,
    /// Members the schema does not declare, in the order received; written back after the others.
    pub unknown_members: ::graph_calls::json::UnknownMembers,
}
impl SendDtmfTonesOperation {
    /// Creates `SendDtmfTonesOperation` with its required members: `status`.
    pub fn new(status: super::OperationStatus) -> Self {
        Self {
            odata_type: None,
            id: None,
            client_context: None,
            result_info: None,
            status: Some(status),
            completion_reason: None,
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
impl runtime::Model for SendDtmfTonesOperation {
    const TYPE_NAME: &'static str = "microsoft.graph.sendDtmfTonesOperation";
    fn empty() -> Self {
        Self {
            odata_type: None,
            id: None,
            client_context: None,
            result_info: None,
            status: None,
            completion_reason: None,
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
                    "#microsoft.graph.sendDtmfTonesOperation",
                    map,
                )
            }
            "id" => runtime::read_member(&mut self.id, "id", map),
            "clientContext" => {
                runtime::read_member(&mut self.client_context, "clientContext", map)
            }
            "resultInfo" => {
                runtime::read_member(&mut self.result_info, "resultInfo", map)
            }
            "status" => runtime::read_member(&mut self.status, "status", map),
            "completionReason" => {
                runtime::read_member(
                    &mut self.completion_reason,
                    "completionReason",
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
        runtime::write_member(map, "id", &self.id)?;
        runtime::write_member(map, "clientContext", &self.client_context)?;
        runtime::write_member(map, "resultInfo", &self.result_info)?;
        runtime::write_member(map, "status", &self.status)?;
        runtime::write_member(map, "completionReason", &self.completion_reason)?;
        self.unknown_members.write_members(map)
    }
    fn odata_type(&self) -> Option<&str> {
        self.odata_type.as_deref()
    }
    fn set_odata_type(&mut self, annotation: ::std::borrow::Cow<'static, str>) {
        self.odata_type = Some(annotation);
    }
}
impl runtime::Validate for SendDtmfTonesOperation {
    fn is_empty(&self) -> bool {
        self.id.is_none() && self.client_context.is_none() && self.result_info.is_none()
            && self.status.is_none() && self.completion_reason.is_none()
            && self.unknown_members.is_empty()
    }
    fn validate_at(
        &self,
        path: &mut runtime::FieldPath,
    ) -> Result<(), ::graph_calls::ValidationError> {
        runtime::check_nested(&self.result_info, "resultInfo", path)?;
        runtime::check_present(&self.status, "status", path)?;
        Ok(())
    }
}
impl ::serde::Serialize for SendDtmfTonesOperation {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        runtime::serialize_model(self, serializer, None)
    }
}
impl<'de> ::serde::Deserialize<'de> for SendDtmfTonesOperation {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_model(deserializer)
    }
}
/// Operation returned by `participant: startHoldMusic`, which puts a participant on hold and plays music to it.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StartHoldMusicOperation {
    /// The `@odata.type` annotation as received, or `None`; written back first when set.
    pub odata_type: Option<::std::borrow::Cow<'static, str>>,
    /// Key of the entity, used in its URL, such as the call id in `/communications/calls/{id}`.
    pub id: Option<String>,
    /// String of at most 256 characters that the bot passed as `clientContext` when it started the operation, echoed back unchanged.
    pub client_context: Option<String>,
    /// Outcome of the operation, with the reason when it failed.
    pub result_info: Option<super::ResultInfo>,
    /// Progress of the operation.
    ///
    /// Required when sending: `StartHoldMusicOperation::new` takes it.
    pub status: Option<super::OperationStatus>,
    /// Members the schema does not declare, in the order received; written back after the others.
    pub unknown_members: ::graph_calls::json::UnknownMembers,
}
impl StartHoldMusicOperation {
    /// Creates `StartHoldMusicOperation` with its required members: `status`.
    pub fn new(status: super::OperationStatus) -> Self {
        Self {
            odata_type: None,
            id: None,
            client_context: None,
            result_info: None,
            status: Some(status),
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
impl runtime::Model for StartHoldMusicOperation {
    const TYPE_NAME: &'static str = "microsoft.graph.startHoldMusicOperation";
    fn empty() -> Self {
        Self {
            odata_type: None,
            id: None,
            client_context: None,
            result_info: None,
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
                    "#microsoft.graph.startHoldMusicOperation",
                    map,
                )
            }
            "id" => runtime::read_member(&mut self.id, "id", map),
            "clientContext" => {
                runtime::read_member(&mut self.client_context, "clientContext", map)
            }
            "resultInfo" => {
                runtime::read_member(&mut self.result_info, "resultInfo", map)
            }
            "status" => runtime::read_member(&mut self.status, "status", map),
            _ => self.unknown_members.read_member(name, map),
        }
    }
    fn write_members<M: ::serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        runtime::write_member(map, "id", &self.id)?;
        runtime::write_member(map, "clientContext", &self.client_context)?;
        runtime::write_member(map, "resultInfo", &self.result_info)?;
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
impl runtime::Validate for StartHoldMusicOperation {
    fn is_empty(&self) -> bool {
        self.id.is_none() && self.client_context.is_none() && self.result_info.is_none()
            && self.status.is_none() && self.unknown_members.is_empty()
    }
    fn validate_at(
        &self,
        path: &mut runtime::FieldPath,
    ) -> Result<(), ::graph_calls::ValidationError> {
        runtime::check_nested(&self.result_info, "resultInfo", path)?;
        runtime::check_present(&self.status, "status", path)?;
        Ok(())
    }
}
impl ::serde::Serialize for StartHoldMusicOperation {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        runtime::serialize_model(self, serializer, None)
    }
}
impl<'de> ::serde::Deserialize<'de> for StartHoldMusicOperation {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_model(deserializer)
    }
}
/// Operation returned by `participant: stopHoldMusic`, which takes a participant off hold.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StopHoldMusicOperation {
    /// The `@odata.type` annotation as received, or `None`; written back first when set.
    pub odata_type: Option<::std::borrow::Cow<'static, str>>,
    /// Key of the entity, used in its URL, such as the call id in `/communications/calls/{id}`.
    pub id: Option<String>,
    /// String of at most 256 characters that the bot passed as `clientContext` when it started the operation, echoed back unchanged.
    pub client_context: Option<String>,
    /// Outcome of the operation, with the reason when it failed.
    pub result_info: Option<super::ResultInfo>,
    /// Progress of the operation.
    ///
    /// Required when sending: `StopHoldMusicOperation::new` takes it.
    pub status: Option<super::OperationStatus>,
    /// Members the schema does not declare, in the order received; written back after the others.
    pub unknown_members: ::graph_calls::json::UnknownMembers,
}
impl StopHoldMusicOperation {
    /// Creates `StopHoldMusicOperation` with its required members: `status`.
    pub fn new(status: super::OperationStatus) -> Self {
        Self {
            odata_type: None,
            id: None,
            client_context: None,
            result_info: None,
            status: Some(status),
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
impl runtime::Model for StopHoldMusicOperation {
    const TYPE_NAME: &'static str = "microsoft.graph.stopHoldMusicOperation";
    fn empty() -> Self {
        Self {
            odata_type: None,
            id: None,
            client_context: None,
            result_info: None,
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
                    "#microsoft.graph.stopHoldMusicOperation",
                    map,
                )
            }
            "id" => runtime::read_member(&mut self.id, "id", map),
            "clientContext" => {
                runtime::read_member(&mut self.client_context, "clientContext", map)
            }
            "resultInfo" => {
                runtime::read_member(&mut self.result_info, "resultInfo", map)
            }
            "status" => runtime::read_member(&mut self.status, "status", map),
            _ => self.unknown_members.read_member(name, map),
        }
    }
    fn write_members<M: ::serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        runtime::write_member(map, "id", &self.id)?;
        runtime::write_member(map, "clientContext", &self.client_context)?;
        runtime::write_member(map, "resultInfo", &self.result_info)?;
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
impl runtime::Validate for StopHoldMusicOperation {
    fn is_empty(&self) -> bool {
        self.id.is_none() && self.client_context.is_none() && self.result_info.is_none()
            && self.status.is_none() && self.unknown_members.is_empty()
    }
    fn validate_at(
        &self,
        path: &mut runtime::FieldPath,
    ) -> Result<(), ::graph_calls::ValidationError> {
        runtime::check_nested(&self.result_info, "resultInfo", path)?;
        runtime::check_present(&self.status, "status", path)?;
        Ok(())
    }
}
impl ::serde::Serialize for StopHoldMusicOperation {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        runtime::serialize_model(self, serializer, None)
    }
}
impl<'de> ::serde::Deserialize<'de> for StopHoldMusicOperation {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_model(deserializer)
    }
}
/// Operation returned by `call: subscribeToTone`. After it, the service reports the DTMF tones that it detects in `toneInfo`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct SubscribeToToneOperation {
    /// The `@odata.type` annotation as received, or `None`; written back first when set.
    pub odata_type: Option<::std::borrow::Cow<'static, str>>,
    /// Key of the entity, used in its URL, such as the call id in `/communications/calls/{id}`.
    pub id: Option<String>,
    /// String of at most 256 characters that the bot passed as `clientContext` when it started the operation, echoed back unchanged.
    pub client_context: Option<String>,
    /// Outcome of the operation, with the reason when it failed.
    pub result_info: Option<super::ResultInfo>,
    /// Progress of the operation.
    ///
    /// Required when sending: `SubscribeToToneOperation::new` takes it.
    pub status: Option<super::OperationStatus>,
    /// Members the schema does not declare, in the order received; written back after the others.
    pub unknown_members: ::graph_calls::json::UnknownMembers,
}
impl SubscribeToToneOperation {
    /// Creates `SubscribeToToneOperation` with its required members: `status`.
    pub fn new(status: super::OperationStatus) -> Self {
        Self {
            odata_type: None,
            id: None,
            client_context: None,
            result_info: None,
            status: Some(status),
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
impl runtime::Model for SubscribeToToneOperation {
    const TYPE_NAME: &'static str = "microsoft.graph.subscribeToToneOperation";
    fn empty() -> Self {
        Self {
            odata_type: None,
            id: None,
            client_context: None,
            result_info: None,
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
                    "#microsoft.graph.subscribeToToneOperation",
                    map,
                )
            }
            "id" => runtime::read_member(&mut self.id, "id", map),
            "clientContext" => {
                runtime::read_member(&mut self.client_context, "clientContext", map)
            }
            "resultInfo" => {
                runtime::read_member(&mut self.result_info, "resultInfo", map)
            }
            "status" => runtime::read_member(&mut self.status, "status", map),
            _ => self.unknown_members.read_member(name, map),
        }
    }
    fn write_members<M: ::serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        runtime::write_member(map, "id", &self.id)?;
        runtime::write_member(map, "clientContext", &self.client_context)?;
        runtime::write_member(map, "resultInfo", &self.result_info)?;
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
impl runtime::Validate for SubscribeToToneOperation {
    fn is_empty(&self) -> bool {
        self.id.is_none() && self.client_context.is_none() && self.result_info.is_none()
            && self.status.is_none() && self.unknown_members.is_empty()
    }
    fn validate_at(
        &self,
        path: &mut runtime::FieldPath,
    ) -> Result<(), ::graph_calls::ValidationError> {
        runtime::check_nested(&self.result_info, "resultInfo", path)?;
        runtime::check_present(&self.status, "status", path)?;
        Ok(())
    }
}
impl ::serde::Serialize for SubscribeToToneOperation {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        runtime::serialize_model(self, serializer, None)
    }
}
impl<'de> ::serde::Deserialize<'de> for SubscribeToToneOperation {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_model(deserializer)
    }
}
/// Operation returned by `call: unmute`, which unmutes the bot in the call.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct UnmuteParticipantOperation {
    /// The `@odata.type` annotation as received, or `None`; written back first when set.
    pub odata_type: Option<::std::borrow::Cow<'static, str>>,
    /// Key of the entity, used in its URL, such as the call id in `/communications/calls/{id}`.
    pub id: Option<String>,
    /// String of at most 256 characters that the bot passed as `clientContext` when it started the operation, echoed back unchanged.
    pub client_context: Option<String>,
    /// Outcome of the operation, with the reason when it failed.
    pub result_info: Option<super::ResultInfo>,
    /// Progress of the operation.
    ///
    /// Required when sending: `UnmuteParticipantOperation::new` takes it.
    pub status: Option<super::OperationStatus>,
    /// Members the schema does not declare, in the order received; written back after the others.
    pub unknown_members: ::graph_calls::json::UnknownMembers,
}
impl UnmuteParticipantOperation {
    /// Creates `UnmuteParticipantOperation` with its required members: `status`.
    pub fn new(status: super::OperationStatus) -> Self {
        Self {
            odata_type: None,
            id: None,
            client_context: None,
            result_info: None,
            status: Some(status),
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
impl runtime::Model for UnmuteParticipantOperation {
    const TYPE_NAME: &'static str = "microsoft.graph.unmuteParticipantOperation";
    fn empty() -> Self {
        Self {
            odata_type: None,
            id: None,
            client_context: None,
            result_info: None,
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
                    "#microsoft.graph.unmuteParticipantOperation",
                    map,
                )
            }
            "id" => runtime::read_member(&mut self.id, "id", map),
            "clientContext" => {
                runtime::read_member(&mut self.client_context, "clientContext", map)
            }
            "resultInfo" => {
                runtime::read_member(&mut self.result_info, "resultInfo", map)
            }
            "status" => runtime::read_member(&mut self.status, "status", map),
            _ => self.unknown_members.read_member(name, map),
        }
    }
    fn write_members<M: ::serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        runtime::write_member(map, "id", &self.id)?;
        runtime::write_member(map, "clientContext", &self.client_context)?;
        runtime::write_member(map, "resultInfo", &self.result_info)?;
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
impl runtime::Validate for UnmuteParticipantOperation {
    fn is_empty(&self) -> bool {
        self.id.is_none() && self.client_context.is_none() && self.result_info.is_none()
            && self.status.is_none() && self.unknown_members.is_empty()
    }
    fn validate_at(
        &self,
        path: &mut runtime::FieldPath,
    ) -> Result<(), ::graph_calls::ValidationError> {
        runtime::check_nested(&self.result_info, "resultInfo", path)?;
        runtime::check_present(&self.status, "status", path)?;
        Ok(())
    }
}
impl ::serde::Serialize for UnmuteParticipantOperation {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        runtime::serialize_model(self, serializer, None)
    }
}
impl<'de> ::serde::Deserialize<'de> for UnmuteParticipantOperation {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_model(deserializer)
    }
}
/// Operation returned by `call: updateRecordingStatus`, which tells Teams whether the bot is recording.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct UpdateRecordingStatusOperation {
    /// The `@odata.type` annotation as received, or `None`; written back first when set.
    pub odata_type: Option<::std::borrow::Cow<'static, str>>,
    /// Key of the entity, used in its URL, such as the call id in `/communications/calls/{id}`.
    pub id: Option<String>,
    /// String of at most 256 characters that the bot passed as `clientContext` when it started the operation, echoed back unchanged.
    pub client_context: Option<String>,
    /// Outcome of the operation, with the reason when it failed.
    pub result_info: Option<super::ResultInfo>,
    /// Progress of the operation.
    ///
    /// Required when sending: `UpdateRecordingStatusOperation::new` takes it.
    pub status: Option<super::OperationStatus>,
    /// Members the schema does not declare, in the order received; written back after the others.
    pub unknown_members: ::graph_calls::json::UnknownMembers,
}
impl UpdateRecordingStatusOperation {
    /// Creates `UpdateRecordingStatusOperation` with its required members: `status`.
    pub fn new(status: super::OperationStatus) -> Self {
        Self {
            odata_type: None,
            id: None,
            client_context: None,
            result_info: None,
            status: Some(status),
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
impl runtime::Model for UpdateRecordingStatusOperation {
    const TYPE_NAME: &'static str = "microsoft.graph.updateRecordingStatusOperation";
    fn empty() -> Self {
        Self {
            odata_type: None,
            id: None,
            client_context: None,
            result_info: None,
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
                    "#microsoft.graph.updateRecordingStatusOperation",
                    map,
                )
            }
            "id" => runtime::read_member(&mut self.id, "id", map),
            "clientContext" => {
                runtime::read_member(&mut self.client_context, "clientContext", map)
            }
            "resultInfo" => {
                runtime::read_member(&mut self.result_info, "resultInfo", map)
            }
            "status" => runtime::read_member(&mut self.status, "status", map),
            _ => self.unknown_members.read_member(name, map),
        }
    }
    fn write_members<M: ::serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        runtime::write_member(map, "id", &self.id)?;
        runtime::write_member(map, "clientContext", &self.client_context)?;
        runtime::write_member(map, "resultInfo", &self.result_info)?;
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
impl runtime::Validate for UpdateRecordingStatusOperation {
    fn is_empty(&self) -> bool {
        self.id.is_none() && self.client_context.is_none() && self.result_info.is_none()
            && self.status.is_none() && self.unknown_members.is_empty()
    }
    fn validate_at(
        &self,
        path: &mut runtime::FieldPath,
    ) -> Result<(), ::graph_calls::ValidationError> {
        runtime::check_nested(&self.result_info, "resultInfo", path)?;
        runtime::check_present(&self.status, "status", path)?;
        Ok(())
    }
}
impl ::serde::Serialize for UpdateRecordingStatusOperation {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        runtime::serialize_model(self, serializer, None)
    }
}
impl<'de> ::serde::Deserialize<'de> for UpdateRecordingStatusOperation {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_model(deserializer)
    }
}
