// @generated from schema/calls.csdl.xml by `cargo xtask codegen`. Do not edit: change the schema or the generator and regenerate.

#![allow(deprecated)]
use ::graph_calls::__private as runtime;
/// Media configuration for a bot that processes the call's media itself.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AppHostedMediaConfig {
    /// The `@odata.type` annotation as received, or `None`; written back first when set.
    pub odata_type: Option<::std::borrow::Cow<'static, str>>,
    /// Opaque media configuration produced by the bot's media platform SDK. Send it unchanged.
    pub blob: Option<String>,
    /// Members the schema does not declare, in the order received; written back after the others.
    pub unknown_members: ::graph_calls::json::UnknownMembers,
}
impl AppHostedMediaConfig {
    /// Creates an empty `AppHostedMediaConfig`; set the members you need.
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
impl runtime::Model for AppHostedMediaConfig {
    const TYPE_NAME: &'static str = "microsoft.graph.appHostedMediaConfig";
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
                    "#microsoft.graph.appHostedMediaConfig",
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
impl runtime::Validate for AppHostedMediaConfig {
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
impl ::serde::Serialize for AppHostedMediaConfig {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        runtime::serialize_model(self, serializer, None)
    }
}
impl<'de> ::serde::Deserialize<'de> for AppHostedMediaConfig {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_model(deserializer)
    }
}
/// Connection state of each kind of media in a call.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CallMediaState {
    /// The `@odata.type` annotation as received, or `None`; written back first when set.
    pub odata_type: Option<::std::borrow::Cow<'static, str>>,
    /// Connection state of the call's audio.
    pub audio: Option<super::MediaState>,
    /// Members the schema does not declare, in the order received; written back after the others.
    pub unknown_members: ::graph_calls::json::UnknownMembers,
}
impl CallMediaState {
    /// Creates an empty `CallMediaState`; set the members you need.
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
impl runtime::Model for CallMediaState {
    const TYPE_NAME: &'static str = "microsoft.graph.callMediaState";
    fn empty() -> Self {
        Self {
            odata_type: None,
            audio: None,
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
                    "#microsoft.graph.callMediaState",
                    map,
                )
            }
            "audio" => runtime::read_member(&mut self.audio, "audio", map),
            _ => self.unknown_members.read_member(name, map),
        }
    }
    fn write_members<M: ::serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        runtime::write_member(map, "audio", &self.audio)?;
        self.unknown_members.write_members(map)
    }
    fn odata_type(&self) -> Option<&str> {
        self.odata_type.as_deref()
    }
    fn set_odata_type(&mut self, annotation: ::std::borrow::Cow<'static, str>) {
        self.odata_type = Some(annotation);
    }
}
impl runtime::Validate for CallMediaState {
    fn is_empty(&self) -> bool {
        self.audio.is_none() && self.unknown_members.is_empty()
    }
    fn validate_at(
        &self,
        _path: &mut runtime::FieldPath,
    ) -> Result<(), ::graph_calls::ValidationError> {
        Ok(())
    }
}
impl ::serde::Serialize for CallMediaState {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        runtime::serialize_model(self, serializer, None)
    }
}
impl<'de> ::serde::Deserialize<'de> for CallMediaState {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_model(deserializer)
    }
}
/// Abstract set of optional call features. The bot sets `outgoingCallOptions` when it places a call and `incomingCallOptions` when it answers one.
///
/// This type is abstract. Properties declared with this type hold an [`AnyCallOptions`](super::AnyCallOptions), which also covers the types derived from it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CallOptions {
    /// The `@odata.type` annotation as received, or `None`; written back first when set.
    pub odata_type: Option<::std::borrow::Cow<'static, str>>,
    /// True to hide the bot from the roster once a peer-to-peer call is escalated to a group call.
    pub hide_bot_after_escalation: Option<bool>,
    /// True to receive notifications about content sharing sessions in the call.
    pub is_content_sharing_notification_enabled: Option<bool>,
    /// True to receive roster notifications that carry only the participants that changed, in place of the whole roster.
    pub is_delta_roster_enabled: Option<bool>,
    /// True to filter delta roster notifications by whether participants are interactive.
    pub is_interactive_roster_enabled: Option<bool>,
    /// Members the schema does not declare, in the order received; written back after the others.
    pub unknown_members: ::graph_calls::json::UnknownMembers,
}
impl CallOptions {
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
impl runtime::Model for CallOptions {
    const TYPE_NAME: &'static str = "microsoft.graph.callOptions";
    fn empty() -> Self {
        Self {
            odata_type: None,
            hide_bot_after_escalation: None,
            is_content_sharing_notification_enabled: None,
            is_delta_roster_enabled: None,
            is_interactive_roster_enabled: None,
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
                    "#microsoft.graph.callOptions",
                    map,
                )
            }
            "hideBotAfterEscalation" => {
                runtime::read_member(
                    &mut self.hide_bot_after_escalation,
                    "hideBotAfterEscalation",
                    map,
                )
            }
            "isContentSharingNotificationEnabled" => {
                runtime::read_member(
                    &mut self.is_content_sharing_notification_enabled,
                    "isContentSharingNotificationEnabled",
                    map,
                )
            }
            "isDeltaRosterEnabled" => {
                runtime::read_member(
                    &mut self.is_delta_roster_enabled,
                    "isDeltaRosterEnabled",
                    map,
                )
            }
            "isInteractiveRosterEnabled" => {
                runtime::read_member(
                    &mut self.is_interactive_roster_enabled,
                    "isInteractiveRosterEnabled",
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
        runtime::write_member(
            map,
            "hideBotAfterEscalation",
            &self.hide_bot_after_escalation,
        )?;
        runtime::write_member(
            map,
            "isContentSharingNotificationEnabled",
            &self.is_content_sharing_notification_enabled,
        )?;
        runtime::write_member(
            map,
            "isDeltaRosterEnabled",
            &self.is_delta_roster_enabled,
        )?;
        runtime::write_member(
            map,
            "isInteractiveRosterEnabled",
            &self.is_interactive_roster_enabled,
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
impl runtime::Validate for CallOptions {
    fn is_empty(&self) -> bool {
        self.hide_bot_after_escalation.is_none()
            && self.is_content_sharing_notification_enabled.is_none()
            && self.is_delta_roster_enabled.is_none()
            && self.is_interactive_roster_enabled.is_none()
            && self.unknown_members.is_empty()
    }
    fn validate_at(
        &self,
        _path: &mut runtime::FieldPath,
    ) -> Result<(), ::graph_calls::ValidationError> {
        Ok(())
    }
}
impl ::serde::Serialize for CallOptions {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        runtime::serialize_model(self, serializer, None)
    }
}
impl<'de> ::serde::Deserialize<'de> for CallOptions {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_model(deserializer)
    }
}
/// A `microsoft.graph.callOptions` or a type derived from it, chosen by the `@odata.type` annotation.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum AnyCallOptions {
    /// A `microsoft.graph.callOptions`, or a value without `@odata.type`.
    CallOptions(Box<super::CallOptions>),
    /// A `microsoft.graph.incomingCallOptions`.
    IncomingCallOptions(Box<super::IncomingCallOptions>),
    /// A `microsoft.graph.outgoingCallOptions`.
    OutgoingCallOptions(Box<super::OutgoingCallOptions>),
    /// A type that the schema does not declare, read with the members of `callOptions`; its `odata_type` names it.
    Unrecognized(Box<super::CallOptions>),
}
impl AnyCallOptions {
    /// Returns `hideBotAfterEscalation`, which every type of the family has.
    pub fn hide_bot_after_escalation(&self) -> Option<&bool> {
        match self {
            Self::CallOptions(value) => value.hide_bot_after_escalation.as_ref(),
            Self::IncomingCallOptions(value) => value.hide_bot_after_escalation.as_ref(),
            Self::OutgoingCallOptions(value) => value.hide_bot_after_escalation.as_ref(),
            Self::Unrecognized(value) => value.hide_bot_after_escalation.as_ref(),
        }
    }
    /// Returns `isContentSharingNotificationEnabled`, which every type of the family has.
    pub fn is_content_sharing_notification_enabled(&self) -> Option<&bool> {
        match self {
            Self::CallOptions(value) => {
                value.is_content_sharing_notification_enabled.as_ref()
            }
            Self::IncomingCallOptions(value) => {
                value.is_content_sharing_notification_enabled.as_ref()
            }
            Self::OutgoingCallOptions(value) => {
                value.is_content_sharing_notification_enabled.as_ref()
            }
            Self::Unrecognized(value) => {
                value.is_content_sharing_notification_enabled.as_ref()
            }
        }
    }
    /// Returns `isDeltaRosterEnabled`, which every type of the family has.
    pub fn is_delta_roster_enabled(&self) -> Option<&bool> {
        match self {
            Self::CallOptions(value) => value.is_delta_roster_enabled.as_ref(),
            Self::IncomingCallOptions(value) => value.is_delta_roster_enabled.as_ref(),
            Self::OutgoingCallOptions(value) => value.is_delta_roster_enabled.as_ref(),
            Self::Unrecognized(value) => value.is_delta_roster_enabled.as_ref(),
        }
    }
    /// Returns `isInteractiveRosterEnabled`, which every type of the family has.
    pub fn is_interactive_roster_enabled(&self) -> Option<&bool> {
        match self {
            Self::CallOptions(value) => value.is_interactive_roster_enabled.as_ref(),
            Self::IncomingCallOptions(value) => {
                value.is_interactive_roster_enabled.as_ref()
            }
            Self::OutgoingCallOptions(value) => {
                value.is_interactive_roster_enabled.as_ref()
            }
            Self::Unrecognized(value) => value.is_interactive_roster_enabled.as_ref(),
        }
    }
    /// Returns the `@odata.type` annotation the value carries, if any.
    pub fn odata_type(&self) -> Option<&str> {
        match self {
            Self::CallOptions(value) => value.odata_type.as_deref(),
            Self::IncomingCallOptions(value) => value.odata_type.as_deref(),
            Self::OutgoingCallOptions(value) => value.odata_type.as_deref(),
            Self::Unrecognized(value) => value.odata_type.as_deref(),
        }
    }
}
impl runtime::Polymorphic for AnyCallOptions {
    type Base = super::CallOptions;
    const ANNOTATIONS: &'static [&'static str] = &[
        "#microsoft.graph.callOptions",
        "#microsoft.graph.incomingCallOptions",
        "#microsoft.graph.outgoingCallOptions",
    ];
    fn empty_variant(annotation: &str) -> Option<Self> {
        match annotation {
            "#microsoft.graph.callOptions" => {
                Some(Self::CallOptions(Box::new(runtime::Model::empty())))
            }
            "#microsoft.graph.incomingCallOptions" => {
                Some(Self::IncomingCallOptions(Box::new(runtime::Model::empty())))
            }
            "#microsoft.graph.outgoingCallOptions" => {
                Some(Self::OutgoingCallOptions(Box::new(runtime::Model::empty())))
            }
            _ => None,
        }
    }
    fn from_base(base: super::CallOptions) -> Self {
        Self::CallOptions(Box::new(base))
    }
    fn unrecognized(base: super::CallOptions) -> Self {
        Self::Unrecognized(Box::new(base))
    }
    fn read_member<'de, A: ::serde::de::MapAccess<'de>>(
        &mut self,
        name: runtime::MemberName<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match self {
            Self::CallOptions(value) => {
                runtime::Model::read_member(&mut **value, name, map)
            }
            Self::IncomingCallOptions(value) => {
                runtime::Model::read_member(&mut **value, name, map)
            }
            Self::OutgoingCallOptions(value) => {
                runtime::Model::read_member(&mut **value, name, map)
            }
            Self::Unrecognized(value) => {
                runtime::Model::read_member(&mut **value, name, map)
            }
        }
    }
    fn set_odata_type(&mut self, annotation: ::std::borrow::Cow<'static, str>) {
        match self {
            Self::CallOptions(value) => value.odata_type = Some(annotation),
            Self::IncomingCallOptions(value) => value.odata_type = Some(annotation),
            Self::OutgoingCallOptions(value) => value.odata_type = Some(annotation),
            Self::Unrecognized(value) => value.odata_type = Some(annotation),
        }
    }
}
impl runtime::Validate for AnyCallOptions {
    fn is_empty(&self) -> bool {
        match self {
            Self::CallOptions(value) | Self::Unrecognized(value) => {
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
            Self::CallOptions(value) => runtime::Validate::validate_at(&**value, path),
            Self::IncomingCallOptions(value) => {
                runtime::Validate::validate_at(&**value, path)
            }
            Self::OutgoingCallOptions(value) => {
                runtime::Validate::validate_at(&**value, path)
            }
            Self::Unrecognized(value) => runtime::Validate::validate_at(&**value, path),
        }
    }
}
impl ::serde::Serialize for AnyCallOptions {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        match self {
            Self::CallOptions(value) => {
                runtime::serialize_model(&**value, serializer, None)
            }
            Self::IncomingCallOptions(value) => {
                runtime::serialize_model(
                    &**value,
                    serializer,
                    Some("#microsoft.graph.incomingCallOptions"),
                )
            }
            Self::OutgoingCallOptions(value) => {
                runtime::serialize_model(
                    &**value,
                    serializer,
                    Some("#microsoft.graph.outgoingCallOptions"),
                )
            }
            Self::Unrecognized(value) => {
                runtime::serialize_model(&**value, serializer, None)
            }
        }
    }
}
impl<'de> ::serde::Deserialize<'de> for AnyCallOptions {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_polymorphic(deserializer)
    }
}
impl From<CallOptions> for AnyCallOptions {
    fn from(value: CallOptions) -> Self {
        Self::CallOptions(Box::new(value))
    }
}
impl From<IncomingCallOptions> for AnyCallOptions {
    fn from(value: IncomingCallOptions) -> Self {
        Self::IncomingCallOptions(Box::new(value))
    }
}
impl From<OutgoingCallOptions> for AnyCallOptions {
    fn from(value: OutgoingCallOptions) -> Self {
        Self::OutgoingCallOptions(Box::new(value))
    }
}
/// One retargeting step of a call, which maps the identity the call was addressed to onto the identity it reached.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CallRoute {
    /// The `@odata.type` annotation as received, or `None`; written back first when set.
    pub odata_type: Option<::std::borrow::Cow<'static, str>>,
    /// Identity that the call was routed to.
    ///
    /// Required when sending: `CallRoute::new` takes it.
    pub r#final: Option<super::AnyIdentitySet>,
    /// Identity that the call was first addressed to.
    ///
    /// Required when sending: `CallRoute::new` takes it.
    pub original: Option<super::AnyIdentitySet>,
    /// Reason why the call was retargeted.
    ///
    /// Required when sending: `CallRoute::new` takes it.
    pub routing_type: Option<super::RoutingType>,
    /// Members the schema does not declare, in the order received; written back after the others.
    pub unknown_members: ::graph_calls::json::UnknownMembers,
}
impl CallRoute {
    /// Creates `CallRoute` with its required members: `final`, `original`, `routingType`.
    pub fn new(
        r#final: impl Into<super::AnyIdentitySet>,
        original: impl Into<super::AnyIdentitySet>,
        routing_type: super::RoutingType,
    ) -> Self {
        Self {
            odata_type: None,
            r#final: Some(r#final.into()),
            original: Some(original.into()),
            routing_type: Some(routing_type),
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
impl runtime::Model for CallRoute {
    const TYPE_NAME: &'static str = "microsoft.graph.callRoute";
    fn empty() -> Self {
        Self {
            odata_type: None,
            r#final: None,
            original: None,
            routing_type: None,
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
                    "#microsoft.graph.callRoute",
                    map,
                )
            }
            "final" => runtime::read_member(&mut self.r#final, "final", map),
            "original" => runtime::read_member(&mut self.original, "original", map),
            "routingType" => {
                runtime::read_member(&mut self.routing_type, "routingType", map)
            }
            _ => self.unknown_members.read_member(name, map),
        }
    }
    fn write_members<M: ::serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        runtime::write_member(map, "final", &self.r#final)?;
        runtime::write_member(map, "original", &self.original)?;
        runtime::write_member(map, "routingType", &self.routing_type)?;
        self.unknown_members.write_members(map)
    }
    fn odata_type(&self) -> Option<&str> {
        self.odata_type.as_deref()
    }
    fn set_odata_type(&mut self, annotation: ::std::borrow::Cow<'static, str>) {
        self.odata_type = Some(annotation);
    }
}
impl runtime::Validate for CallRoute {
    fn is_empty(&self) -> bool {
        self.r#final.is_none() && self.original.is_none() && self.routing_type.is_none()
            && self.unknown_members.is_empty()
    }
    fn validate_at(
        &self,
        path: &mut runtime::FieldPath,
    ) -> Result<(), ::graph_calls::ValidationError> {
        runtime::check_present_object(&self.r#final, "final", path)?;
        runtime::check_nested(&self.r#final, "final", path)?;
        runtime::check_present_object(&self.original, "original", path)?;
        runtime::check_nested(&self.original, "original", path)?;
        runtime::check_present(&self.routing_type, "routingType", path)?;
        Ok(())
    }
}
impl ::serde::Serialize for CallRoute {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        runtime::serialize_model(self, serializer, None)
    }
}
impl<'de> ::serde::Deserialize<'de> for CallRoute {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_model(deserializer)
    }
}
/// Transcription state of a call, with the time it last changed.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CallTranscriptionInfo {
    /// The `@odata.type` annotation as received, or `None`; written back first when set.
    pub odata_type: Option<::std::borrow::Cow<'static, str>>,
    /// Time of the last change of `state`, as an ISO 8601 timestamp with a UTC offset.
    pub last_modified_date_time: Option<::graph_calls::edm::DateTimeOffset>,
    /// Whether transcription is running.
    ///
    /// Required when sending: `CallTranscriptionInfo::new` takes it.
    pub state: Option<super::CallTranscriptionState>,
    /// Members the schema does not declare, in the order received; written back after the others.
    pub unknown_members: ::graph_calls::json::UnknownMembers,
}
impl CallTranscriptionInfo {
    /// Creates `CallTranscriptionInfo` with its required members: `state`.
    pub fn new(state: super::CallTranscriptionState) -> Self {
        Self {
            odata_type: None,
            last_modified_date_time: None,
            state: Some(state),
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
impl runtime::Model for CallTranscriptionInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.callTranscriptionInfo";
    fn empty() -> Self {
        Self {
            odata_type: None,
            last_modified_date_time: None,
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
                    "#microsoft.graph.callTranscriptionInfo",
                    map,
                )
            }
            "lastModifiedDateTime" => {
                runtime::read_member(
                    &mut self.last_modified_date_time,
                    "lastModifiedDateTime",
                    map,
                )
            }
            "state" => runtime::read_member(&mut self.state, "state", map),
            _ => self.unknown_members.read_member(name, map),
        }
    }
    fn write_members<M: ::serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        runtime::write_member(
            map,
            "lastModifiedDateTime",
            &self.last_modified_date_time,
        )?;
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
impl runtime::Validate for CallTranscriptionInfo {
    fn is_empty(&self) -> bool {
        self.last_modified_date_time.is_none() && self.state.is_none()
            && self.unknown_members.is_empty()
    }
    fn validate_at(
        &self,
        path: &mut runtime::FieldPath,
    ) -> Result<(), ::graph_calls::ValidationError> {
        runtime::check_present(&self.state, "state", path)?;
        Ok(())
    }
}
impl ::serde::Serialize for CallTranscriptionInfo {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        runtime::serialize_model(self, serializer, None)
    }
}
impl<'de> ::serde::Deserialize<'de> for CallTranscriptionInfo {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_model(deserializer)
    }
}
/// Chat thread and message of a Teams meeting, as found in the meeting's join URL.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ChatInfo {
    /// The `@odata.type` annotation as received, or `None`; written back first when set.
    pub odata_type: Option<::std::borrow::Cow<'static, str>>,
    /// Id of the message in the chat thread.
    pub message_id: Option<String>,
    /// Id of the reply chain message in the chat thread.
    pub reply_chain_message_id: Option<String>,
    /// Id of the meeting's chat thread, such as `19:meeting_...@thread.v2`.
    pub thread_id: Option<String>,
    /// Members the schema does not declare, in the order received; written back after the others.
    pub unknown_members: ::graph_calls::json::UnknownMembers,
}
impl ChatInfo {
    /// Creates an empty `ChatInfo`; set the members you need.
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
impl runtime::Model for ChatInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.chatInfo";
    fn empty() -> Self {
        Self {
            odata_type: None,
            message_id: None,
            reply_chain_message_id: None,
            thread_id: None,
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
                    "#microsoft.graph.chatInfo",
                    map,
                )
            }
            "messageId" => runtime::read_member(&mut self.message_id, "messageId", map),
            "replyChainMessageId" => {
                runtime::read_member(
                    &mut self.reply_chain_message_id,
                    "replyChainMessageId",
                    map,
                )
            }
            "threadId" => runtime::read_member(&mut self.thread_id, "threadId", map),
            _ => self.unknown_members.read_member(name, map),
        }
    }
    fn write_members<M: ::serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        runtime::write_member(map, "messageId", &self.message_id)?;
        runtime::write_member(map, "replyChainMessageId", &self.reply_chain_message_id)?;
        runtime::write_member(map, "threadId", &self.thread_id)?;
        self.unknown_members.write_members(map)
    }
    fn odata_type(&self) -> Option<&str> {
        self.odata_type.as_deref()
    }
    fn set_odata_type(&mut self, annotation: ::std::borrow::Cow<'static, str>) {
        self.odata_type = Some(annotation);
    }
}
impl runtime::Validate for ChatInfo {
    fn is_empty(&self) -> bool {
        self.message_id.is_none() && self.reply_chain_message_id.is_none()
            && self.thread_id.is_none() && self.unknown_members.is_empty()
    }
    fn validate_at(
        &self,
        _path: &mut runtime::FieldPath,
    ) -> Result<(), ::graph_calls::ValidationError> {
        Ok(())
    }
}
impl ::serde::Serialize for ChatInfo {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        runtime::serialize_model(self, serializer, None)
    }
}
impl<'de> ::serde::Deserialize<'de> for ChatInfo {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_model(deserializer)
    }
}
/// One change reported in a notification that the service posts to the bot's `callbackUri`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CommsNotification {
    /// The `@odata.type` annotation as received, or `None`; written back first when set.
    pub odata_type: Option<::std::borrow::Cow<'static, str>>,
    /// Kind of change.
    ///
    /// Required when sending: `CommsNotification::new` takes it.
    pub change_type: Option<super::ChangeType>,
    /// Path of the changed resource, such as `/communications/calls/{id}`.
    ///
    /// Required when sending: `CommsNotification::new` takes it.
    pub resource_url: Option<String>,
    /// Changed resource or resources. It is one object, such as a call, or an array, such as the participant roster.
    ///
    /// Not in any Microsoft Graph metadata: the service sends it and the documentation shows it.
    ///
    /// The value is either one object or a JSON array of them.
    pub resource_data: Option<::graph_calls::json::OneOrMany<super::AnyEntity>>,
    /// Members the schema does not declare, in the order received; written back after the others.
    pub unknown_members: ::graph_calls::json::UnknownMembers,
}
impl CommsNotification {
    /// Creates `CommsNotification` with its required members: `changeType`, `resourceUrl`.
    pub fn new(change_type: super::ChangeType, resource_url: impl Into<String>) -> Self {
        Self {
            odata_type: None,
            change_type: Some(change_type),
            resource_url: Some(resource_url.into()),
            resource_data: None,
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
impl runtime::Model for CommsNotification {
    const TYPE_NAME: &'static str = "microsoft.graph.commsNotification";
    fn empty() -> Self {
        Self {
            odata_type: None,
            change_type: None,
            resource_url: None,
            resource_data: None,
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
                    "#microsoft.graph.commsNotification",
                    map,
                )
            }
            "changeType" => {
                runtime::read_member(&mut self.change_type, "changeType", map)
            }
            "resourceUrl" => {
                runtime::read_member(&mut self.resource_url, "resourceUrl", map)
            }
            "resourceData" => {
                runtime::read_member(&mut self.resource_data, "resourceData", map)
            }
            _ => self.unknown_members.read_member(name, map),
        }
    }
    fn write_members<M: ::serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        runtime::write_member(map, "changeType", &self.change_type)?;
        runtime::write_member(map, "resourceUrl", &self.resource_url)?;
        runtime::write_member(map, "resourceData", &self.resource_data)?;
        self.unknown_members.write_members(map)
    }
    fn odata_type(&self) -> Option<&str> {
        self.odata_type.as_deref()
    }
    fn set_odata_type(&mut self, annotation: ::std::borrow::Cow<'static, str>) {
        self.odata_type = Some(annotation);
    }
}
impl runtime::Validate for CommsNotification {
    fn is_empty(&self) -> bool {
        self.change_type.is_none() && self.resource_url.is_none()
            && self.resource_data.is_none() && self.unknown_members.is_empty()
    }
    fn validate_at(
        &self,
        path: &mut runtime::FieldPath,
    ) -> Result<(), ::graph_calls::ValidationError> {
        runtime::check_present(&self.change_type, "changeType", path)?;
        runtime::check_present(&self.resource_url, "resourceUrl", path)?;
        runtime::check_nested(&self.resource_data, "resourceData", path)?;
        Ok(())
    }
}
impl ::serde::Serialize for CommsNotification {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        runtime::serialize_model(self, serializer, None)
    }
}
impl<'de> ::serde::Deserialize<'de> for CommsNotification {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_model(deserializer)
    }
}
/// Body of a notification that the service posts to the bot's `callbackUri`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CommsNotifications {
    /// The `@odata.type` annotation as received, or `None`; written back first when set.
    pub odata_type: Option<::std::borrow::Cow<'static, str>>,
    /// Changes reported in this notification.
    pub value: Option<Vec<super::CommsNotification>>,
    /// Members the schema does not declare, in the order received; written back after the others.
    pub unknown_members: ::graph_calls::json::UnknownMembers,
}
impl CommsNotifications {
    /// Creates an empty `CommsNotifications`; set the members you need.
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
impl runtime::Model for CommsNotifications {
    const TYPE_NAME: &'static str = "microsoft.graph.commsNotifications";
    fn empty() -> Self {
        Self {
            odata_type: None,
            value: None,
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
                    "#microsoft.graph.commsNotifications",
                    map,
                )
            }
            "value" => runtime::read_member(&mut self.value, "value", map),
            _ => self.unknown_members.read_member(name, map),
        }
    }
    fn write_members<M: ::serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        runtime::write_member(map, "value", &self.value)?;
        self.unknown_members.write_members(map)
    }
    fn odata_type(&self) -> Option<&str> {
        self.odata_type.as_deref()
    }
    fn set_odata_type(&mut self, annotation: ::std::borrow::Cow<'static, str>) {
        self.odata_type = Some(annotation);
    }
}
impl runtime::Validate for CommsNotifications {
    fn is_empty(&self) -> bool {
        self.value.is_none() && self.unknown_members.is_empty()
    }
    fn validate_at(
        &self,
        path: &mut runtime::FieldPath,
    ) -> Result<(), ::graph_calls::ValidationError> {
        runtime::check_nested(&self.value, "value", path)?;
        Ok(())
    }
}
impl ::serde::Serialize for CommsNotifications {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        runtime::serialize_model(self, serializer, None)
    }
}
impl<'de> ::serde::Deserialize<'de> for CommsNotifications {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_model(deserializer)
    }
}
/// Identity of an application, such as a bot, in a call. Its `id` is the application's client id in Microsoft Entra ID.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CommunicationsApplicationIdentity {
    /// The `@odata.type` annotation as received, or `None`; written back first when set.
    pub odata_type: Option<::std::borrow::Cow<'static, str>>,
    /// Name to show for the identity, which need not be unique.
    pub display_name: Option<String>,
    /// Id of the identity, such as a Microsoft Entra object id or an E.164 phone number.
    pub id: Option<String>,
    /// Microsoft first-party application that presents this identity, if any.
    pub application_type: Option<String>,
    /// True if the application is left out of other participants' rosters.
    pub hidden: Option<bool>,
    /// Members the schema does not declare, in the order received; written back after the others.
    pub unknown_members: ::graph_calls::json::UnknownMembers,
}
impl CommunicationsApplicationIdentity {
    /// Creates an empty `CommunicationsApplicationIdentity`; set the members you need.
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
impl runtime::Model for CommunicationsApplicationIdentity {
    const TYPE_NAME: &'static str = "microsoft.graph.communicationsApplicationIdentity";
    fn empty() -> Self {
        Self {
            odata_type: None,
            display_name: None,
            id: None,
            application_type: None,
            hidden: None,
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
                    "#microsoft.graph.communicationsApplicationIdentity",
                    map,
                )
            }
            "displayName" => {
                runtime::read_member(&mut self.display_name, "displayName", map)
            }
            "id" => runtime::read_member(&mut self.id, "id", map),
            "applicationType" => {
                runtime::read_member(&mut self.application_type, "applicationType", map)
            }
            "hidden" => runtime::read_member(&mut self.hidden, "hidden", map),
            _ => self.unknown_members.read_member(name, map),
        }
    }
    fn write_members<M: ::serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        runtime::write_member(map, "displayName", &self.display_name)?;
        runtime::write_member(map, "id", &self.id)?;
        runtime::write_member(map, "applicationType", &self.application_type)?;
        runtime::write_member(map, "hidden", &self.hidden)?;
        self.unknown_members.write_members(map)
    }
    fn odata_type(&self) -> Option<&str> {
        self.odata_type.as_deref()
    }
    fn set_odata_type(&mut self, annotation: ::std::borrow::Cow<'static, str>) {
        self.odata_type = Some(annotation);
    }
}
impl runtime::Validate for CommunicationsApplicationIdentity {
    fn is_empty(&self) -> bool {
        self.display_name.is_none() && self.id.is_none()
            && self.application_type.is_none() && self.hidden.is_none()
            && self.unknown_members.is_empty()
    }
    fn validate_at(
        &self,
        _path: &mut runtime::FieldPath,
    ) -> Result<(), ::graph_calls::ValidationError> {
        Ok(())
    }
}
impl ::serde::Serialize for CommunicationsApplicationIdentity {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        runtime::serialize_model(self, serializer, None)
    }
}
impl<'de> ::serde::Deserialize<'de> for CommunicationsApplicationIdentity {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_model(deserializer)
    }
}
/// Identity of an application instance, which is a Teams resource account that a bot acts as. Its `id` is the resource account's object id in Microsoft Entra ID.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CommunicationsApplicationInstanceIdentity {
    /// The `@odata.type` annotation as received, or `None`; written back first when set.
    pub odata_type: Option<::std::borrow::Cow<'static, str>>,
    /// Name to show for the identity, which need not be unique.
    pub display_name: Option<String>,
    /// Id of the identity, such as a Microsoft Entra object id or an E.164 phone number.
    pub id: Option<String>,
    /// True if the resource account is left out of other participants' rosters.
    pub hidden: Option<bool>,
    /// Microsoft Entra tenant id of the resource account.
    pub tenant_id: Option<String>,
    /// Members the schema does not declare, in the order received; written back after the others.
    pub unknown_members: ::graph_calls::json::UnknownMembers,
}
impl CommunicationsApplicationInstanceIdentity {
    /// Creates an empty `CommunicationsApplicationInstanceIdentity`; set the members you need.
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
impl runtime::Model for CommunicationsApplicationInstanceIdentity {
    const TYPE_NAME: &'static str = "microsoft.graph.communicationsApplicationInstanceIdentity";
    fn empty() -> Self {
        Self {
            odata_type: None,
            display_name: None,
            id: None,
            hidden: None,
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
                    "#microsoft.graph.communicationsApplicationInstanceIdentity",
                    map,
                )
            }
            "displayName" => {
                runtime::read_member(&mut self.display_name, "displayName", map)
            }
            "id" => runtime::read_member(&mut self.id, "id", map),
            "hidden" => runtime::read_member(&mut self.hidden, "hidden", map),
            "tenantId" => runtime::read_member(&mut self.tenant_id, "tenantId", map),
            _ => self.unknown_members.read_member(name, map),
        }
    }
    fn write_members<M: ::serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        runtime::write_member(map, "displayName", &self.display_name)?;
        runtime::write_member(map, "id", &self.id)?;
        runtime::write_member(map, "hidden", &self.hidden)?;
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
impl runtime::Validate for CommunicationsApplicationInstanceIdentity {
    fn is_empty(&self) -> bool {
        self.display_name.is_none() && self.id.is_none() && self.hidden.is_none()
            && self.tenant_id.is_none() && self.unknown_members.is_empty()
    }
    fn validate_at(
        &self,
        _path: &mut runtime::FieldPath,
    ) -> Result<(), ::graph_calls::ValidationError> {
        Ok(())
    }
}
impl ::serde::Serialize for CommunicationsApplicationInstanceIdentity {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        runtime::serialize_model(self, serializer, None)
    }
}
impl<'de> ::serde::Deserialize<'de> for CommunicationsApplicationInstanceIdentity {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_model(deserializer)
    }
}
/// Identity whose `id` the service sends in encrypted form.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CommunicationsEncryptedIdentity {
    /// The `@odata.type` annotation as received, or `None`; written back first when set.
    pub odata_type: Option<::std::borrow::Cow<'static, str>>,
    /// Name to show for the identity, which need not be unique.
    pub display_name: Option<String>,
    /// Id of the identity, such as a Microsoft Entra object id or an E.164 phone number.
    pub id: Option<String>,
    /// Members the schema does not declare, in the order received; written back after the others.
    pub unknown_members: ::graph_calls::json::UnknownMembers,
}
impl CommunicationsEncryptedIdentity {
    /// Creates an empty `CommunicationsEncryptedIdentity`; set the members you need.
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
impl runtime::Model for CommunicationsEncryptedIdentity {
    const TYPE_NAME: &'static str = "microsoft.graph.communicationsEncryptedIdentity";
    fn empty() -> Self {
        Self {
            odata_type: None,
            display_name: None,
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
                    "#microsoft.graph.communicationsEncryptedIdentity",
                    map,
                )
            }
            "displayName" => {
                runtime::read_member(&mut self.display_name, "displayName", map)
            }
            "id" => runtime::read_member(&mut self.id, "id", map),
            _ => self.unknown_members.read_member(name, map),
        }
    }
    fn write_members<M: ::serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        runtime::write_member(map, "displayName", &self.display_name)?;
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
impl runtime::Validate for CommunicationsEncryptedIdentity {
    fn is_empty(&self) -> bool {
        self.display_name.is_none() && self.id.is_none()
            && self.unknown_members.is_empty()
    }
    fn validate_at(
        &self,
        _path: &mut runtime::FieldPath,
    ) -> Result<(), ::graph_calls::ValidationError> {
        Ok(())
    }
}
impl ::serde::Serialize for CommunicationsEncryptedIdentity {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        runtime::serialize_model(self, serializer, None)
    }
}
impl<'de> ::serde::Deserialize<'de> for CommunicationsEncryptedIdentity {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_model(deserializer)
    }
}
/// Identity of a guest participant.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CommunicationsGuestIdentity {
    /// The `@odata.type` annotation as received, or `None`; written back first when set.
    pub odata_type: Option<::std::borrow::Cow<'static, str>>,
    /// Name to show for the identity, which need not be unique.
    pub display_name: Option<String>,
    /// Id of the identity, such as a Microsoft Entra object id or an E.164 phone number.
    pub id: Option<String>,
    /// Email address of the guest.
    pub email: Option<String>,
    /// Members the schema does not declare, in the order received; written back after the others.
    pub unknown_members: ::graph_calls::json::UnknownMembers,
}
impl CommunicationsGuestIdentity {
    /// Creates an empty `CommunicationsGuestIdentity`; set the members you need.
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
impl runtime::Model for CommunicationsGuestIdentity {
    const TYPE_NAME: &'static str = "microsoft.graph.communicationsGuestIdentity";
    fn empty() -> Self {
        Self {
            odata_type: None,
            display_name: None,
            id: None,
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
                    "#microsoft.graph.communicationsGuestIdentity",
                    map,
                )
            }
            "displayName" => {
                runtime::read_member(&mut self.display_name, "displayName", map)
            }
            "id" => runtime::read_member(&mut self.id, "id", map),
            "email" => runtime::read_member(&mut self.email, "email", map),
            _ => self.unknown_members.read_member(name, map),
        }
    }
    fn write_members<M: ::serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        runtime::write_member(map, "displayName", &self.display_name)?;
        runtime::write_member(map, "id", &self.id)?;
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
impl runtime::Validate for CommunicationsGuestIdentity {
    fn is_empty(&self) -> bool {
        self.display_name.is_none() && self.id.is_none() && self.email.is_none()
            && self.unknown_members.is_empty()
    }
    fn validate_at(
        &self,
        _path: &mut runtime::FieldPath,
    ) -> Result<(), ::graph_calls::ValidationError> {
        Ok(())
    }
}
impl ::serde::Serialize for CommunicationsGuestIdentity {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        runtime::serialize_model(self, serializer, None)
    }
}
impl<'de> ::serde::Deserialize<'de> for CommunicationsGuestIdentity {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_model(deserializer)
    }
}
/// Identities of one call party. It extends `identitySet` with calling-specific kinds, such as phone numbers and resource accounts.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CommunicationsIdentitySet {
    /// The `@odata.type` annotation as received, or `None`; written back first when set.
    pub odata_type: Option<::std::borrow::Cow<'static, str>>,
    /// Application, such as a bot.
    pub application: Option<super::AnyIdentity>,
    /// Device that the party uses.
    pub device: Option<super::AnyIdentity>,
    /// User, such as a Teams user identified by their Microsoft Entra object id.
    pub user: Option<super::AnyIdentity>,
    /// Resource account that a bot acts as.
    pub application_instance: Option<super::AnyIdentity>,
    /// Identity that the party asks to be shown as to the other participants, such as a user or a phone number.
    pub asserted_identity: Option<super::AnyIdentity>,
    /// User of Azure Communication Services.
    pub azure_communication_services_user: Option<super::AnyIdentity>,
    /// Identity with an encrypted id.
    pub encrypted: Option<super::AnyIdentity>,
    /// Kind of endpoint that the party uses.
    pub endpoint_type: Option<super::EndpointType>,
    /// Guest user.
    pub guest: Option<super::AnyIdentity>,
    /// User of an on-premises Skype for Business Server.
    pub on_premises: Option<super::AnyIdentity>,
    /// Phone number of a PSTN party, with the number in E.164 form in `id`.
    pub phone: Option<super::AnyIdentity>,
    /// Members the schema does not declare, in the order received; written back after the others.
    pub unknown_members: ::graph_calls::json::UnknownMembers,
}
impl CommunicationsIdentitySet {
    /// Creates an empty `CommunicationsIdentitySet`; set the members you need.
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
impl runtime::Model for CommunicationsIdentitySet {
    const TYPE_NAME: &'static str = "microsoft.graph.communicationsIdentitySet";
    fn empty() -> Self {
        Self {
            odata_type: None,
            application: None,
            device: None,
            user: None,
            application_instance: None,
            asserted_identity: None,
            azure_communication_services_user: None,
            encrypted: None,
            endpoint_type: None,
            guest: None,
            on_premises: None,
            phone: None,
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
                    "#microsoft.graph.communicationsIdentitySet",
                    map,
                )
            }
            "application" => {
                runtime::read_member(&mut self.application, "application", map)
            }
            "device" => runtime::read_member(&mut self.device, "device", map),
            "user" => runtime::read_member(&mut self.user, "user", map),
            "applicationInstance" => {
                runtime::read_member(
                    &mut self.application_instance,
                    "applicationInstance",
                    map,
                )
            }
            "assertedIdentity" => {
                runtime::read_member(
                    &mut self.asserted_identity,
                    "assertedIdentity",
                    map,
                )
            }
            "azureCommunicationServicesUser" => {
                runtime::read_member(
                    &mut self.azure_communication_services_user,
                    "azureCommunicationServicesUser",
                    map,
                )
            }
            "encrypted" => runtime::read_member(&mut self.encrypted, "encrypted", map),
            "endpointType" => {
                runtime::read_member(&mut self.endpoint_type, "endpointType", map)
            }
            "guest" => runtime::read_member(&mut self.guest, "guest", map),
            "onPremises" => {
                runtime::read_member(&mut self.on_premises, "onPremises", map)
            }
            "phone" => runtime::read_member(&mut self.phone, "phone", map),
            _ => self.unknown_members.read_member(name, map),
        }
    }
    fn write_members<M: ::serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        runtime::write_member(map, "application", &self.application)?;
        runtime::write_member(map, "device", &self.device)?;
        runtime::write_member(map, "user", &self.user)?;
        runtime::write_member(map, "applicationInstance", &self.application_instance)?;
        runtime::write_member(map, "assertedIdentity", &self.asserted_identity)?;
        runtime::write_member(
            map,
            "azureCommunicationServicesUser",
            &self.azure_communication_services_user,
        )?;
        runtime::write_member(map, "encrypted", &self.encrypted)?;
        runtime::write_member(map, "endpointType", &self.endpoint_type)?;
        runtime::write_member(map, "guest", &self.guest)?;
        runtime::write_member(map, "onPremises", &self.on_premises)?;
        runtime::write_member(map, "phone", &self.phone)?;
        self.unknown_members.write_members(map)
    }
    fn odata_type(&self) -> Option<&str> {
        self.odata_type.as_deref()
    }
    fn set_odata_type(&mut self, annotation: ::std::borrow::Cow<'static, str>) {
        self.odata_type = Some(annotation);
    }
}
impl runtime::Validate for CommunicationsIdentitySet {
    fn is_empty(&self) -> bool {
        self.application.is_none() && self.device.is_none() && self.user.is_none()
            && self.application_instance.is_none() && self.asserted_identity.is_none()
            && self.azure_communication_services_user.is_none()
            && self.encrypted.is_none() && self.endpoint_type.is_none()
            && self.guest.is_none() && self.on_premises.is_none() && self.phone.is_none()
            && self.unknown_members.is_empty()
    }
    fn validate_at(
        &self,
        path: &mut runtime::FieldPath,
    ) -> Result<(), ::graph_calls::ValidationError> {
        runtime::check_nested(&self.application, "application", path)?;
        runtime::check_nested(&self.device, "device", path)?;
        runtime::check_nested(&self.user, "user", path)?;
        runtime::check_nested(&self.application_instance, "applicationInstance", path)?;
        runtime::check_nested(&self.asserted_identity, "assertedIdentity", path)?;
        runtime::check_nested(
            &self.azure_communication_services_user,
            "azureCommunicationServicesUser",
            path,
        )?;
        runtime::check_nested(&self.encrypted, "encrypted", path)?;
        runtime::check_nested(&self.guest, "guest", path)?;
        runtime::check_nested(&self.on_premises, "onPremises", path)?;
        runtime::check_nested(&self.phone, "phone", path)?;
        Ok(())
    }
}
impl ::serde::Serialize for CommunicationsIdentitySet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        runtime::serialize_model(self, serializer, None)
    }
}
impl<'de> ::serde::Deserialize<'de> for CommunicationsIdentitySet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_model(deserializer)
    }
}
/// Identity of a PSTN party. Its `id` is the phone number in E.164 form, such as `+14255550100`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CommunicationsPhoneIdentity {
    /// The `@odata.type` annotation as received, or `None`; written back first when set.
    pub odata_type: Option<::std::borrow::Cow<'static, str>>,
    /// Name to show for the identity, which need not be unique.
    pub display_name: Option<String>,
    /// Id of the identity, such as a Microsoft Entra object id or an E.164 phone number.
    pub id: Option<String>,
    /// Members the schema does not declare, in the order received; written back after the others.
    pub unknown_members: ::graph_calls::json::UnknownMembers,
}
impl CommunicationsPhoneIdentity {
    /// Creates an empty `CommunicationsPhoneIdentity`; set the members you need.
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
impl runtime::Model for CommunicationsPhoneIdentity {
    const TYPE_NAME: &'static str = "microsoft.graph.communicationsPhoneIdentity";
    fn empty() -> Self {
        Self {
            odata_type: None,
            display_name: None,
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
                    "#microsoft.graph.communicationsPhoneIdentity",
                    map,
                )
            }
            "displayName" => {
                runtime::read_member(&mut self.display_name, "displayName", map)
            }
            "id" => runtime::read_member(&mut self.id, "id", map),
            _ => self.unknown_members.read_member(name, map),
        }
    }
    fn write_members<M: ::serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        runtime::write_member(map, "displayName", &self.display_name)?;
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
impl runtime::Validate for CommunicationsPhoneIdentity {
    fn is_empty(&self) -> bool {
        self.display_name.is_none() && self.id.is_none()
            && self.unknown_members.is_empty()
    }
    fn validate_at(
        &self,
        _path: &mut runtime::FieldPath,
    ) -> Result<(), ::graph_calls::ValidationError> {
        Ok(())
    }
}
impl ::serde::Serialize for CommunicationsPhoneIdentity {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        runtime::serialize_model(self, serializer, None)
    }
}
impl<'de> ::serde::Deserialize<'de> for CommunicationsPhoneIdentity {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_model(deserializer)
    }
}
/// Identity of a Teams or Skype for Business user. Its `id` is the user's object id in Microsoft Entra ID.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CommunicationsUserIdentity {
    /// The `@odata.type` annotation as received, or `None`; written back first when set.
    pub odata_type: Option<::std::borrow::Cow<'static, str>>,
    /// Name to show for the identity, which need not be unique.
    pub display_name: Option<String>,
    /// Id of the identity, such as a Microsoft Entra object id or an E.164 phone number.
    pub id: Option<String>,
    /// Microsoft Entra tenant id of the user.
    pub tenant_id: Option<String>,
    /// Members the schema does not declare, in the order received; written back after the others.
    pub unknown_members: ::graph_calls::json::UnknownMembers,
}
impl CommunicationsUserIdentity {
    /// Creates an empty `CommunicationsUserIdentity`; set the members you need.
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
impl runtime::Model for CommunicationsUserIdentity {
    const TYPE_NAME: &'static str = "microsoft.graph.communicationsUserIdentity";
    fn empty() -> Self {
        Self {
            odata_type: None,
            display_name: None,
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
                    "#microsoft.graph.communicationsUserIdentity",
                    map,
                )
            }
            "displayName" => {
                runtime::read_member(&mut self.display_name, "displayName", map)
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
        runtime::write_member(map, "displayName", &self.display_name)?;
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
impl runtime::Validate for CommunicationsUserIdentity {
    fn is_empty(&self) -> bool {
        self.display_name.is_none() && self.id.is_none() && self.tenant_id.is_none()
            && self.unknown_members.is_empty()
    }
    fn validate_at(
        &self,
        _path: &mut runtime::FieldPath,
    ) -> Result<(), ::graph_calls::ValidationError> {
        Ok(())
    }
}
impl ::serde::Serialize for CommunicationsUserIdentity {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        runtime::serialize_model(self, serializer, None)
    }
}
impl<'de> ::serde::Deserialize<'de> for CommunicationsUserIdentity {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_model(deserializer)
    }
}
/// Single identity of a party, with an id and a display name. What the id means depends on the kind of identity.
///
/// Properties declared with this type hold an [`AnyIdentity`](super::AnyIdentity), which also covers the types derived from it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Identity {
    /// The `@odata.type` annotation as received, or `None`; written back first when set.
    pub odata_type: Option<::std::borrow::Cow<'static, str>>,
    /// Name to show for the identity, which need not be unique.
    pub display_name: Option<String>,
    /// Id of the identity, such as a Microsoft Entra object id or an E.164 phone number.
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
    const TYPE_NAME: &'static str = "microsoft.graph.identity";
    fn empty() -> Self {
        Self {
            odata_type: None,
            display_name: None,
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
                    "#microsoft.graph.identity",
                    map,
                )
            }
            "displayName" => {
                runtime::read_member(&mut self.display_name, "displayName", map)
            }
            "id" => runtime::read_member(&mut self.id, "id", map),
            _ => self.unknown_members.read_member(name, map),
        }
    }
    fn write_members<M: ::serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        runtime::write_member(map, "displayName", &self.display_name)?;
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
        self.display_name.is_none() && self.id.is_none()
            && self.unknown_members.is_empty()
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
/// A `microsoft.graph.identity` or a type derived from it, chosen by the `@odata.type` annotation.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum AnyIdentity {
    /// A `microsoft.graph.identity`, or a value without `@odata.type`.
    Identity(Box<super::Identity>),
    /// A `microsoft.graph.communicationsApplicationIdentity`.
    CommunicationsApplicationIdentity(Box<super::CommunicationsApplicationIdentity>),
    /// A `microsoft.graph.communicationsApplicationInstanceIdentity`.
    CommunicationsApplicationInstanceIdentity(
        Box<super::CommunicationsApplicationInstanceIdentity>,
    ),
    /// A `microsoft.graph.communicationsEncryptedIdentity`.
    CommunicationsEncryptedIdentity(Box<super::CommunicationsEncryptedIdentity>),
    /// A `microsoft.graph.communicationsGuestIdentity`.
    CommunicationsGuestIdentity(Box<super::CommunicationsGuestIdentity>),
    /// A `microsoft.graph.communicationsPhoneIdentity`.
    CommunicationsPhoneIdentity(Box<super::CommunicationsPhoneIdentity>),
    /// A `microsoft.graph.communicationsUserIdentity`.
    CommunicationsUserIdentity(Box<super::CommunicationsUserIdentity>),
    /// A type that the schema does not declare, read with the members of `identity`; its `odata_type` names it.
    Unrecognized(Box<super::Identity>),
}
impl AnyIdentity {
    /// Returns `displayName`, which every type of the family has.
    pub fn display_name(&self) -> Option<&String> {
        match self {
            Self::Identity(value) => value.display_name.as_ref(),
            Self::CommunicationsApplicationIdentity(value) => value.display_name.as_ref(),
            Self::CommunicationsApplicationInstanceIdentity(value) => {
                value.display_name.as_ref()
            }
            Self::CommunicationsEncryptedIdentity(value) => value.display_name.as_ref(),
            Self::CommunicationsGuestIdentity(value) => value.display_name.as_ref(),
            Self::CommunicationsPhoneIdentity(value) => value.display_name.as_ref(),
            Self::CommunicationsUserIdentity(value) => value.display_name.as_ref(),
            Self::Unrecognized(value) => value.display_name.as_ref(),
        }
    }
    /// Returns `id`, which every type of the family has.
    pub fn id(&self) -> Option<&String> {
        match self {
            Self::Identity(value) => value.id.as_ref(),
            Self::CommunicationsApplicationIdentity(value) => value.id.as_ref(),
            Self::CommunicationsApplicationInstanceIdentity(value) => value.id.as_ref(),
            Self::CommunicationsEncryptedIdentity(value) => value.id.as_ref(),
            Self::CommunicationsGuestIdentity(value) => value.id.as_ref(),
            Self::CommunicationsPhoneIdentity(value) => value.id.as_ref(),
            Self::CommunicationsUserIdentity(value) => value.id.as_ref(),
            Self::Unrecognized(value) => value.id.as_ref(),
        }
    }
    /// Returns the `@odata.type` annotation the value carries, if any.
    pub fn odata_type(&self) -> Option<&str> {
        match self {
            Self::Identity(value) => value.odata_type.as_deref(),
            Self::CommunicationsApplicationIdentity(value) => value.odata_type.as_deref(),
            Self::CommunicationsApplicationInstanceIdentity(value) => {
                value.odata_type.as_deref()
            }
            Self::CommunicationsEncryptedIdentity(value) => value.odata_type.as_deref(),
            Self::CommunicationsGuestIdentity(value) => value.odata_type.as_deref(),
            Self::CommunicationsPhoneIdentity(value) => value.odata_type.as_deref(),
            Self::CommunicationsUserIdentity(value) => value.odata_type.as_deref(),
            Self::Unrecognized(value) => value.odata_type.as_deref(),
        }
    }
}
impl runtime::Polymorphic for AnyIdentity {
    type Base = super::Identity;
    const ANNOTATIONS: &'static [&'static str] = &[
        "#microsoft.graph.identity",
        "#microsoft.graph.communicationsApplicationIdentity",
        "#microsoft.graph.communicationsApplicationInstanceIdentity",
        "#microsoft.graph.communicationsEncryptedIdentity",
        "#microsoft.graph.communicationsGuestIdentity",
        "#microsoft.graph.communicationsPhoneIdentity",
        "#microsoft.graph.communicationsUserIdentity",
    ];
    fn empty_variant(annotation: &str) -> Option<Self> {
        match annotation {
            "#microsoft.graph.identity" => {
                Some(Self::Identity(Box::new(runtime::Model::empty())))
            }
            "#microsoft.graph.communicationsApplicationIdentity" => {
                Some(
                    Self::CommunicationsApplicationIdentity(
                        Box::new(runtime::Model::empty()),
                    ),
                )
            }
            "#microsoft.graph.communicationsApplicationInstanceIdentity" => {
                Some(
                    Self::CommunicationsApplicationInstanceIdentity(
                        Box::new(runtime::Model::empty()),
                    ),
                )
            }
            "#microsoft.graph.communicationsEncryptedIdentity" => {
                Some(
                    Self::CommunicationsEncryptedIdentity(
                        Box::new(runtime::Model::empty()),
                    ),
                )
            }
            "#microsoft.graph.communicationsGuestIdentity" => {
                Some(
                    Self::CommunicationsGuestIdentity(Box::new(runtime::Model::empty())),
                )
            }
            "#microsoft.graph.communicationsPhoneIdentity" => {
                Some(
                    Self::CommunicationsPhoneIdentity(Box::new(runtime::Model::empty())),
                )
            }
            "#microsoft.graph.communicationsUserIdentity" => {
                Some(Self::CommunicationsUserIdentity(Box::new(runtime::Model::empty())))
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
            Self::CommunicationsApplicationIdentity(value) => {
                runtime::Model::read_member(&mut **value, name, map)
            }
            Self::CommunicationsApplicationInstanceIdentity(value) => {
                runtime::Model::read_member(&mut **value, name, map)
            }
            Self::CommunicationsEncryptedIdentity(value) => {
                runtime::Model::read_member(&mut **value, name, map)
            }
            Self::CommunicationsGuestIdentity(value) => {
                runtime::Model::read_member(&mut **value, name, map)
            }
            Self::CommunicationsPhoneIdentity(value) => {
                runtime::Model::read_member(&mut **value, name, map)
            }
            Self::CommunicationsUserIdentity(value) => {
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
            Self::CommunicationsApplicationIdentity(value) => {
                value.odata_type = Some(annotation);
            }
            Self::CommunicationsApplicationInstanceIdentity(value) => {
                value.odata_type = Some(annotation);
            }
            Self::CommunicationsEncryptedIdentity(value) => {
                value.odata_type = Some(annotation);
            }
            Self::CommunicationsGuestIdentity(value) => {
                value.odata_type = Some(annotation);
            }
            Self::CommunicationsPhoneIdentity(value) => {
                value.odata_type = Some(annotation);
            }
            Self::CommunicationsUserIdentity(value) => {
                value.odata_type = Some(annotation);
            }
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
            Self::CommunicationsApplicationIdentity(value) => {
                runtime::Validate::validate_at(&**value, path)
            }
            Self::CommunicationsApplicationInstanceIdentity(value) => {
                runtime::Validate::validate_at(&**value, path)
            }
            Self::CommunicationsEncryptedIdentity(value) => {
                runtime::Validate::validate_at(&**value, path)
            }
            Self::CommunicationsGuestIdentity(value) => {
                runtime::Validate::validate_at(&**value, path)
            }
            Self::CommunicationsPhoneIdentity(value) => {
                runtime::Validate::validate_at(&**value, path)
            }
            Self::CommunicationsUserIdentity(value) => {
                runtime::Validate::validate_at(&**value, path)
            }
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
            Self::CommunicationsApplicationIdentity(value) => {
                runtime::serialize_model(
                    &**value,
                    serializer,
                    Some("#microsoft.graph.communicationsApplicationIdentity"),
                )
            }
            Self::CommunicationsApplicationInstanceIdentity(value) => {
                runtime::serialize_model(
                    &**value,
                    serializer,
                    Some("#microsoft.graph.communicationsApplicationInstanceIdentity"),
                )
            }
            Self::CommunicationsEncryptedIdentity(value) => {
                runtime::serialize_model(
                    &**value,
                    serializer,
                    Some("#microsoft.graph.communicationsEncryptedIdentity"),
                )
            }
            Self::CommunicationsGuestIdentity(value) => {
                runtime::serialize_model(
                    &**value,
                    serializer,
                    Some("#microsoft.graph.communicationsGuestIdentity"),
                )
            }
            Self::CommunicationsPhoneIdentity(value) => {
                runtime::serialize_model(
                    &**value,
                    serializer,
                    Some("#microsoft.graph.communicationsPhoneIdentity"),
                )
            }
            Self::CommunicationsUserIdentity(value) => {
                runtime::serialize_model(
                    &**value,
                    serializer,
                    Some("#microsoft.graph.communicationsUserIdentity"),
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
impl From<CommunicationsApplicationIdentity> for AnyIdentity {
    fn from(value: CommunicationsApplicationIdentity) -> Self {
        Self::CommunicationsApplicationIdentity(Box::new(value))
    }
}
impl From<CommunicationsApplicationInstanceIdentity> for AnyIdentity {
    fn from(value: CommunicationsApplicationInstanceIdentity) -> Self {
        Self::CommunicationsApplicationInstanceIdentity(Box::new(value))
    }
}
impl From<CommunicationsEncryptedIdentity> for AnyIdentity {
    fn from(value: CommunicationsEncryptedIdentity) -> Self {
        Self::CommunicationsEncryptedIdentity(Box::new(value))
    }
}
impl From<CommunicationsGuestIdentity> for AnyIdentity {
    fn from(value: CommunicationsGuestIdentity) -> Self {
        Self::CommunicationsGuestIdentity(Box::new(value))
    }
}
impl From<CommunicationsPhoneIdentity> for AnyIdentity {
    fn from(value: CommunicationsPhoneIdentity) -> Self {
        Self::CommunicationsPhoneIdentity(Box::new(value))
    }
}
impl From<CommunicationsUserIdentity> for AnyIdentity {
    fn from(value: CommunicationsUserIdentity) -> Self {
        Self::CommunicationsUserIdentity(Box::new(value))
    }
}
/// Identities of one party, keyed by kind. Each kind is optional.
///
/// Properties declared with this type hold an [`AnyIdentitySet`](super::AnyIdentitySet), which also covers the types derived from it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct IdentitySet {
    /// The `@odata.type` annotation as received, or `None`; written back first when set.
    pub odata_type: Option<::std::borrow::Cow<'static, str>>,
    /// Application, such as a bot.
    pub application: Option<super::AnyIdentity>,
    /// Device that the party uses.
    pub device: Option<super::AnyIdentity>,
    /// User, such as a Teams user identified by their Microsoft Entra object id.
    pub user: Option<super::AnyIdentity>,
    /// Members the schema does not declare, in the order received; written back after the others.
    pub unknown_members: ::graph_calls::json::UnknownMembers,
}
impl IdentitySet {
    /// Creates an empty `IdentitySet`; set the members you need.
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
impl runtime::Model for IdentitySet {
    const TYPE_NAME: &'static str = "microsoft.graph.identitySet";
    fn empty() -> Self {
        Self {
            odata_type: None,
            application: None,
            device: None,
            user: None,
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
                    "#microsoft.graph.identitySet",
                    map,
                )
            }
            "application" => {
                runtime::read_member(&mut self.application, "application", map)
            }
            "device" => runtime::read_member(&mut self.device, "device", map),
            "user" => runtime::read_member(&mut self.user, "user", map),
            _ => self.unknown_members.read_member(name, map),
        }
    }
    fn write_members<M: ::serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        runtime::write_member(map, "application", &self.application)?;
        runtime::write_member(map, "device", &self.device)?;
        runtime::write_member(map, "user", &self.user)?;
        self.unknown_members.write_members(map)
    }
    fn odata_type(&self) -> Option<&str> {
        self.odata_type.as_deref()
    }
    fn set_odata_type(&mut self, annotation: ::std::borrow::Cow<'static, str>) {
        self.odata_type = Some(annotation);
    }
}
impl runtime::Validate for IdentitySet {
    fn is_empty(&self) -> bool {
        self.application.is_none() && self.device.is_none() && self.user.is_none()
            && self.unknown_members.is_empty()
    }
    fn validate_at(
        &self,
        path: &mut runtime::FieldPath,
    ) -> Result<(), ::graph_calls::ValidationError> {
        runtime::check_nested(&self.application, "application", path)?;
        runtime::check_nested(&self.device, "device", path)?;
        runtime::check_nested(&self.user, "user", path)?;
        Ok(())
    }
}
impl ::serde::Serialize for IdentitySet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        runtime::serialize_model(self, serializer, None)
    }
}
impl<'de> ::serde::Deserialize<'de> for IdentitySet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_model(deserializer)
    }
}
/// A `microsoft.graph.identitySet` or a type derived from it, chosen by the `@odata.type` annotation.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum AnyIdentitySet {
    /// A `microsoft.graph.identitySet`, or a value without `@odata.type`.
    IdentitySet(Box<super::IdentitySet>),
    /// A `microsoft.graph.communicationsIdentitySet`.
    CommunicationsIdentitySet(Box<super::CommunicationsIdentitySet>),
    /// A type that the schema does not declare, read with the members of `identitySet`; its `odata_type` names it.
    Unrecognized(Box<super::IdentitySet>),
}
impl AnyIdentitySet {
    /// Returns `application`, which every type of the family has.
    pub fn application(&self) -> Option<&super::AnyIdentity> {
        match self {
            Self::IdentitySet(value) => value.application.as_ref(),
            Self::CommunicationsIdentitySet(value) => value.application.as_ref(),
            Self::Unrecognized(value) => value.application.as_ref(),
        }
    }
    /// Returns `device`, which every type of the family has.
    pub fn device(&self) -> Option<&super::AnyIdentity> {
        match self {
            Self::IdentitySet(value) => value.device.as_ref(),
            Self::CommunicationsIdentitySet(value) => value.device.as_ref(),
            Self::Unrecognized(value) => value.device.as_ref(),
        }
    }
    /// Returns `user`, which every type of the family has.
    pub fn user(&self) -> Option<&super::AnyIdentity> {
        match self {
            Self::IdentitySet(value) => value.user.as_ref(),
            Self::CommunicationsIdentitySet(value) => value.user.as_ref(),
            Self::Unrecognized(value) => value.user.as_ref(),
        }
    }
    /// Returns the `@odata.type` annotation the value carries, if any.
    pub fn odata_type(&self) -> Option<&str> {
        match self {
            Self::IdentitySet(value) => value.odata_type.as_deref(),
            Self::CommunicationsIdentitySet(value) => value.odata_type.as_deref(),
            Self::Unrecognized(value) => value.odata_type.as_deref(),
        }
    }
}
impl runtime::Polymorphic for AnyIdentitySet {
    type Base = super::IdentitySet;
    const ANNOTATIONS: &'static [&'static str] = &[
        "#microsoft.graph.identitySet",
        "#microsoft.graph.communicationsIdentitySet",
    ];
    fn empty_variant(annotation: &str) -> Option<Self> {
        match annotation {
            "#microsoft.graph.identitySet" => {
                Some(Self::IdentitySet(Box::new(runtime::Model::empty())))
            }
            "#microsoft.graph.communicationsIdentitySet" => {
                Some(Self::CommunicationsIdentitySet(Box::new(runtime::Model::empty())))
            }
            _ => None,
        }
    }
    fn from_base(base: super::IdentitySet) -> Self {
        Self::IdentitySet(Box::new(base))
    }
    fn unrecognized(base: super::IdentitySet) -> Self {
        Self::Unrecognized(Box::new(base))
    }
    fn read_member<'de, A: ::serde::de::MapAccess<'de>>(
        &mut self,
        name: runtime::MemberName<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match self {
            Self::IdentitySet(value) => {
                runtime::Model::read_member(&mut **value, name, map)
            }
            Self::CommunicationsIdentitySet(value) => {
                runtime::Model::read_member(&mut **value, name, map)
            }
            Self::Unrecognized(value) => {
                runtime::Model::read_member(&mut **value, name, map)
            }
        }
    }
    fn set_odata_type(&mut self, annotation: ::std::borrow::Cow<'static, str>) {
        match self {
            Self::IdentitySet(value) => value.odata_type = Some(annotation),
            Self::CommunicationsIdentitySet(value) => value.odata_type = Some(annotation),
            Self::Unrecognized(value) => value.odata_type = Some(annotation),
        }
    }
}
impl runtime::Validate for AnyIdentitySet {
    fn is_empty(&self) -> bool {
        match self {
            Self::IdentitySet(value) | Self::Unrecognized(value) => {
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
            Self::IdentitySet(value) => runtime::Validate::validate_at(&**value, path),
            Self::CommunicationsIdentitySet(value) => {
                runtime::Validate::validate_at(&**value, path)
            }
            Self::Unrecognized(value) => runtime::Validate::validate_at(&**value, path),
        }
    }
}
impl ::serde::Serialize for AnyIdentitySet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        match self {
            Self::IdentitySet(value) => {
                runtime::serialize_model(&**value, serializer, None)
            }
            Self::CommunicationsIdentitySet(value) => {
                runtime::serialize_model(
                    &**value,
                    serializer,
                    Some("#microsoft.graph.communicationsIdentitySet"),
                )
            }
            Self::Unrecognized(value) => {
                runtime::serialize_model(&**value, serializer, None)
            }
        }
    }
}
impl<'de> ::serde::Deserialize<'de> for AnyIdentitySet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_polymorphic(deserializer)
    }
}
impl From<IdentitySet> for AnyIdentitySet {
    fn from(value: IdentitySet) -> Self {
        Self::IdentitySet(Box::new(value))
    }
}
impl From<CommunicationsIdentitySet> for AnyIdentitySet {
    fn from(value: CommunicationsIdentitySet) -> Self {
        Self::CommunicationsIdentitySet(Box::new(value))
    }
}
/// Optional features that the bot sets when it answers a call.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct IncomingCallOptions {
    /// The `@odata.type` annotation as received, or `None`; written back first when set.
    pub odata_type: Option<::std::borrow::Cow<'static, str>>,
    /// True to hide the bot from the roster once a peer-to-peer call is escalated to a group call.
    pub hide_bot_after_escalation: Option<bool>,
    /// True to receive notifications about content sharing sessions in the call.
    pub is_content_sharing_notification_enabled: Option<bool>,
    /// True to receive roster notifications that carry only the participants that changed, in place of the whole roster.
    pub is_delta_roster_enabled: Option<bool>,
    /// True to filter delta roster notifications by whether participants are interactive.
    pub is_interactive_roster_enabled: Option<bool>,
    /// Members the schema does not declare, in the order received; written back after the others.
    pub unknown_members: ::graph_calls::json::UnknownMembers,
}
impl IncomingCallOptions {
    /// Creates an empty `IncomingCallOptions`; set the members you need.
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
impl runtime::Model for IncomingCallOptions {
    const TYPE_NAME: &'static str = "microsoft.graph.incomingCallOptions";
    fn empty() -> Self {
        Self {
            odata_type: None,
            hide_bot_after_escalation: None,
            is_content_sharing_notification_enabled: None,
            is_delta_roster_enabled: None,
            is_interactive_roster_enabled: None,
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
                    "#microsoft.graph.incomingCallOptions",
                    map,
                )
            }
            "hideBotAfterEscalation" => {
                runtime::read_member(
                    &mut self.hide_bot_after_escalation,
                    "hideBotAfterEscalation",
                    map,
                )
            }
            "isContentSharingNotificationEnabled" => {
                runtime::read_member(
                    &mut self.is_content_sharing_notification_enabled,
                    "isContentSharingNotificationEnabled",
                    map,
                )
            }
            "isDeltaRosterEnabled" => {
                runtime::read_member(
                    &mut self.is_delta_roster_enabled,
                    "isDeltaRosterEnabled",
                    map,
                )
            }
            "isInteractiveRosterEnabled" => {
                runtime::read_member(
                    &mut self.is_interactive_roster_enabled,
                    "isInteractiveRosterEnabled",
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
        runtime::write_member(
            map,
            "hideBotAfterEscalation",
            &self.hide_bot_after_escalation,
        )?;
        runtime::write_member(
            map,
            "isContentSharingNotificationEnabled",
            &self.is_content_sharing_notification_enabled,
        )?;
        runtime::write_member(
            map,
            "isDeltaRosterEnabled",
            &self.is_delta_roster_enabled,
        )?;
        runtime::write_member(
            map,
            "isInteractiveRosterEnabled",
            &self.is_interactive_roster_enabled,
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
impl runtime::Validate for IncomingCallOptions {
    fn is_empty(&self) -> bool {
        self.hide_bot_after_escalation.is_none()
            && self.is_content_sharing_notification_enabled.is_none()
            && self.is_delta_roster_enabled.is_none()
            && self.is_interactive_roster_enabled.is_none()
            && self.unknown_members.is_empty()
    }
    fn validate_at(
        &self,
        _path: &mut runtime::FieldPath,
    ) -> Result<(), ::graph_calls::ValidationError> {
        Ok(())
    }
}
impl ::serde::Serialize for IncomingCallOptions {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        runtime::serialize_model(self, serializer, None)
    }
}
impl<'de> ::serde::Deserialize<'de> for IncomingCallOptions {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_model(deserializer)
    }
}
/// Details of how an incoming call reached the bot.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct IncomingContext {
    /// The `@odata.type` annotation as received, or `None`; written back first when set.
    pub odata_type: Option<::std::borrow::Cow<'static, str>>,
    /// Participant id of the participant under observation, such as the user whose calls a policy-based recording bot records.
    pub observed_participant_id: Option<String>,
    /// Identity on whose behalf the call is made.
    pub on_behalf_of: Option<super::AnyIdentitySet>,
    /// Participant id of the participant that caused the incoming call.
    pub source_participant_id: Option<String>,
    /// Identity that transferred the call to the bot.
    pub transferor: Option<super::AnyIdentitySet>,
    /// Members the schema does not declare, in the order received; written back after the others.
    pub unknown_members: ::graph_calls::json::UnknownMembers,
}
impl IncomingContext {
    /// Creates an empty `IncomingContext`; set the members you need.
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
impl runtime::Model for IncomingContext {
    const TYPE_NAME: &'static str = "microsoft.graph.incomingContext";
    fn empty() -> Self {
        Self {
            odata_type: None,
            observed_participant_id: None,
            on_behalf_of: None,
            source_participant_id: None,
            transferor: None,
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
                    "#microsoft.graph.incomingContext",
                    map,
                )
            }
            "observedParticipantId" => {
                runtime::read_member(
                    &mut self.observed_participant_id,
                    "observedParticipantId",
                    map,
                )
            }
            "onBehalfOf" => {
                runtime::read_member(&mut self.on_behalf_of, "onBehalfOf", map)
            }
            "sourceParticipantId" => {
                runtime::read_member(
                    &mut self.source_participant_id,
                    "sourceParticipantId",
                    map,
                )
            }
            "transferor" => runtime::read_member(&mut self.transferor, "transferor", map),
            _ => self.unknown_members.read_member(name, map),
        }
    }
    fn write_members<M: ::serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        runtime::write_member(
            map,
            "observedParticipantId",
            &self.observed_participant_id,
        )?;
        runtime::write_member(map, "onBehalfOf", &self.on_behalf_of)?;
        runtime::write_member(map, "sourceParticipantId", &self.source_participant_id)?;
        runtime::write_member(map, "transferor", &self.transferor)?;
        self.unknown_members.write_members(map)
    }
    fn odata_type(&self) -> Option<&str> {
        self.odata_type.as_deref()
    }
    fn set_odata_type(&mut self, annotation: ::std::borrow::Cow<'static, str>) {
        self.odata_type = Some(annotation);
    }
}
impl runtime::Validate for IncomingContext {
    fn is_empty(&self) -> bool {
        self.observed_participant_id.is_none() && self.on_behalf_of.is_none()
            && self.source_participant_id.is_none() && self.transferor.is_none()
            && self.unknown_members.is_empty()
    }
    fn validate_at(
        &self,
        path: &mut runtime::FieldPath,
    ) -> Result<(), ::graph_calls::ValidationError> {
        runtime::check_nested(&self.on_behalf_of, "onBehalfOf", path)?;
        runtime::check_nested(&self.transferor, "transferor", path)?;
        Ok(())
    }
}
impl ::serde::Serialize for IncomingContext {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        runtime::serialize_model(self, serializer, None)
    }
}
impl<'de> ::serde::Deserialize<'de> for IncomingContext {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_model(deserializer)
    }
}
/// Party that the bot invites, calls or transfers a call to, with options for how it joins.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct InvitationParticipantInfo {
    /// The `@odata.type` annotation as received, or `None`; written back first when set.
    pub odata_type: Option<::std::borrow::Cow<'static, str>>,
    /// True to leave the party out of other participants' rosters.
    pub hidden: Option<bool>,
    /// Identities of the party.
    ///
    /// Required when sending: `InvitationParticipantInfo::new` takes it.
    pub identity: Option<super::AnyIdentitySet>,
    /// Participant id of the party, if it already has one.
    pub participant_id: Option<String>,
    /// True to leave the party out of the call's main audio mix.
    pub remove_from_default_audio_routing_group: Option<bool>,
    /// Id of the consultation call that a consultative transfer replaces. The bot sets it to transfer a call to a party it already called.
    pub replaces_call_id: Option<String>,
    /// Kind of endpoint to reach. Use `voicemail` to transfer a call to the target's voicemail.
    ///
    /// Not in the Microsoft Graph v1.0 metadata: declared by the beta metadata.
    pub endpoint_type: Option<super::EndpointType>,
    /// Members the schema does not declare, in the order received; written back after the others.
    pub unknown_members: ::graph_calls::json::UnknownMembers,
}
impl InvitationParticipantInfo {
    /// Creates `InvitationParticipantInfo` with its required members: `identity`.
    pub fn new(identity: impl Into<super::AnyIdentitySet>) -> Self {
        Self {
            odata_type: None,
            hidden: None,
            identity: Some(identity.into()),
            participant_id: None,
            remove_from_default_audio_routing_group: None,
            replaces_call_id: None,
            endpoint_type: None,
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
impl runtime::Model for InvitationParticipantInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.invitationParticipantInfo";
    fn empty() -> Self {
        Self {
            odata_type: None,
            hidden: None,
            identity: None,
            participant_id: None,
            remove_from_default_audio_routing_group: None,
            replaces_call_id: None,
            endpoint_type: None,
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
                    "#microsoft.graph.invitationParticipantInfo",
                    map,
                )
            }
            "hidden" => runtime::read_member(&mut self.hidden, "hidden", map),
            "identity" => runtime::read_member(&mut self.identity, "identity", map),
            "participantId" => {
                runtime::read_member(&mut self.participant_id, "participantId", map)
            }
            "removeFromDefaultAudioRoutingGroup" => {
                runtime::read_member(
                    &mut self.remove_from_default_audio_routing_group,
                    "removeFromDefaultAudioRoutingGroup",
                    map,
                )
            }
            "replacesCallId" => {
                runtime::read_member(&mut self.replaces_call_id, "replacesCallId", map)
            }
            "endpointType" => {
                runtime::read_member(&mut self.endpoint_type, "endpointType", map)
            }
            _ => self.unknown_members.read_member(name, map),
        }
    }
    fn write_members<M: ::serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        runtime::write_member(map, "hidden", &self.hidden)?;
        runtime::write_member(map, "identity", &self.identity)?;
        runtime::write_member(map, "participantId", &self.participant_id)?;
        runtime::write_member(
            map,
            "removeFromDefaultAudioRoutingGroup",
            &self.remove_from_default_audio_routing_group,
        )?;
        runtime::write_member(map, "replacesCallId", &self.replaces_call_id)?;
        runtime::write_member(map, "endpointType", &self.endpoint_type)?;
        self.unknown_members.write_members(map)
    }
    fn odata_type(&self) -> Option<&str> {
        self.odata_type.as_deref()
    }
    fn set_odata_type(&mut self, annotation: ::std::borrow::Cow<'static, str>) {
        self.odata_type = Some(annotation);
    }
}
impl runtime::Validate for InvitationParticipantInfo {
    fn is_empty(&self) -> bool {
        self.hidden.is_none() && self.identity.is_none() && self.participant_id.is_none()
            && self.remove_from_default_audio_routing_group.is_none()
            && self.replaces_call_id.is_none() && self.endpoint_type.is_none()
            && self.unknown_members.is_empty()
    }
    fn validate_at(
        &self,
        path: &mut runtime::FieldPath,
    ) -> Result<(), ::graph_calls::ValidationError> {
        runtime::check_present_object(&self.identity, "identity", path)?;
        runtime::check_nested(&self.identity, "identity", path)?;
        Ok(())
    }
}
impl ::serde::Serialize for InvitationParticipantInfo {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        runtime::serialize_model(self, serializer, None)
    }
}
impl<'de> ::serde::Deserialize<'de> for InvitationParticipantInfo {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_model(deserializer)
    }
}
/// Meeting identified by the join meeting id and passcode from its invitation.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct JoinMeetingIdMeetingInfo {
    /// The `@odata.type` annotation as received, or `None`; written back first when set.
    pub odata_type: Option<::std::borrow::Cow<'static, str>>,
    /// Join meeting id from the meeting invitation.
    ///
    /// Required when sending: `JoinMeetingIdMeetingInfo::new` takes it.
    pub join_meeting_id: Option<String>,
    /// Passcode of the meeting, if it has one.
    pub passcode: Option<String>,
    /// Members the schema does not declare, in the order received; written back after the others.
    pub unknown_members: ::graph_calls::json::UnknownMembers,
}
impl JoinMeetingIdMeetingInfo {
    /// Creates `JoinMeetingIdMeetingInfo` with its required members: `joinMeetingId`.
    pub fn new(join_meeting_id: impl Into<String>) -> Self {
        Self {
            odata_type: None,
            join_meeting_id: Some(join_meeting_id.into()),
            passcode: None,
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
impl runtime::Model for JoinMeetingIdMeetingInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.joinMeetingIdMeetingInfo";
    fn empty() -> Self {
        Self {
            odata_type: None,
            join_meeting_id: None,
            passcode: None,
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
                    "#microsoft.graph.joinMeetingIdMeetingInfo",
                    map,
                )
            }
            "joinMeetingId" => {
                runtime::read_member(&mut self.join_meeting_id, "joinMeetingId", map)
            }
            "passcode" => runtime::read_member(&mut self.passcode, "passcode", map),
            _ => self.unknown_members.read_member(name, map),
        }
    }
    fn write_members<M: ::serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        runtime::write_member(map, "joinMeetingId", &self.join_meeting_id)?;
        runtime::write_member(map, "passcode", &self.passcode)?;
        self.unknown_members.write_members(map)
    }
    fn odata_type(&self) -> Option<&str> {
        self.odata_type.as_deref()
    }
    fn set_odata_type(&mut self, annotation: ::std::borrow::Cow<'static, str>) {
        self.odata_type = Some(annotation);
    }
}
impl runtime::Validate for JoinMeetingIdMeetingInfo {
    fn is_empty(&self) -> bool {
        self.join_meeting_id.is_none() && self.passcode.is_none()
            && self.unknown_members.is_empty()
    }
    fn validate_at(
        &self,
        path: &mut runtime::FieldPath,
    ) -> Result<(), ::graph_calls::ValidationError> {
        runtime::check_present(&self.join_meeting_id, "joinMeetingId", path)?;
        Ok(())
    }
}
impl ::serde::Serialize for JoinMeetingIdMeetingInfo {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        runtime::serialize_model(self, serializer, None)
    }
}
impl<'de> ::serde::Deserialize<'de> for JoinMeetingIdMeetingInfo {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_model(deserializer)
    }
}
/// Abstract media configuration of a call, which says whether the service or the bot hosts the media.
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
    const TYPE_NAME: &'static str = "microsoft.graph.mediaConfig";
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
                    "#microsoft.graph.mediaConfig",
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
/// A `microsoft.graph.mediaConfig` or a type derived from it, chosen by the `@odata.type` annotation.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum AnyMediaConfig {
    /// A `microsoft.graph.mediaConfig`, or a value without `@odata.type`.
    MediaConfig(Box<super::MediaConfig>),
    /// A `microsoft.graph.appHostedMediaConfig`.
    AppHostedMediaConfig(Box<super::AppHostedMediaConfig>),
    /// A `microsoft.graph.serviceHostedMediaConfig`.
    ServiceHostedMediaConfig(Box<super::ServiceHostedMediaConfig>),
    /// A type that the schema does not declare, read with the members of `mediaConfig`; its `odata_type` names it.
    Unrecognized(Box<super::MediaConfig>),
}
impl AnyMediaConfig {
    /// Returns the `@odata.type` annotation the value carries, if any.
    pub fn odata_type(&self) -> Option<&str> {
        match self {
            Self::MediaConfig(value) => value.odata_type.as_deref(),
            Self::AppHostedMediaConfig(value) => value.odata_type.as_deref(),
            Self::ServiceHostedMediaConfig(value) => value.odata_type.as_deref(),
            Self::Unrecognized(value) => value.odata_type.as_deref(),
        }
    }
}
impl runtime::Polymorphic for AnyMediaConfig {
    type Base = super::MediaConfig;
    const ANNOTATIONS: &'static [&'static str] = &[
        "#microsoft.graph.mediaConfig",
        "#microsoft.graph.appHostedMediaConfig",
        "#microsoft.graph.serviceHostedMediaConfig",
    ];
    fn empty_variant(annotation: &str) -> Option<Self> {
        match annotation {
            "#microsoft.graph.mediaConfig" => {
                Some(Self::MediaConfig(Box::new(runtime::Model::empty())))
            }
            "#microsoft.graph.appHostedMediaConfig" => {
                Some(Self::AppHostedMediaConfig(Box::new(runtime::Model::empty())))
            }
            "#microsoft.graph.serviceHostedMediaConfig" => {
                Some(Self::ServiceHostedMediaConfig(Box::new(runtime::Model::empty())))
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
            Self::AppHostedMediaConfig(value) => {
                runtime::Model::read_member(&mut **value, name, map)
            }
            Self::ServiceHostedMediaConfig(value) => {
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
            Self::AppHostedMediaConfig(value) => value.odata_type = Some(annotation),
            Self::ServiceHostedMediaConfig(value) => value.odata_type = Some(annotation),
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
            Self::AppHostedMediaConfig(value) => {
                runtime::Validate::validate_at(&**value, path)
            }
            Self::ServiceHostedMediaConfig(value) => {
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
            Self::AppHostedMediaConfig(value) => {
                runtime::serialize_model(
                    &**value,
                    serializer,
                    Some("#microsoft.graph.appHostedMediaConfig"),
                )
            }
            Self::ServiceHostedMediaConfig(value) => {
                runtime::serialize_model(
                    &**value,
                    serializer,
                    Some("#microsoft.graph.serviceHostedMediaConfig"),
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
impl From<AppHostedMediaConfig> for AnyMediaConfig {
    fn from(value: AppHostedMediaConfig) -> Self {
        Self::AppHostedMediaConfig(Box::new(value))
    }
}
impl From<ServiceHostedMediaConfig> for AnyMediaConfig {
    fn from(value: ServiceHostedMediaConfig) -> Self {
        Self::ServiceHostedMediaConfig(Box::new(value))
    }
}
/// Audio file that the service plays as a prompt.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct MediaInfo {
    /// The `@odata.type` annotation as received, or `None`; written back first when set.
    pub odata_type: Option<::std::borrow::Cow<'static, str>>,
    /// Optional key that identifies the file, so the service can reuse it for later prompts with the same key.
    pub resource_id: Option<String>,
    /// URL of the prompt file. The service plays only WAV files with one channel, 16-bit samples and a 16 kHz sample rate.
    ///
    /// Required when sending: `MediaInfo::new` takes it.
    pub uri: Option<String>,
    /// Members the schema does not declare, in the order received; written back after the others.
    pub unknown_members: ::graph_calls::json::UnknownMembers,
}
impl MediaInfo {
    /// Creates `MediaInfo` with its required members: `uri`.
    pub fn new(uri: impl Into<String>) -> Self {
        Self {
            odata_type: None,
            resource_id: None,
            uri: Some(uri.into()),
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
impl runtime::Model for MediaInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.mediaInfo";
    fn empty() -> Self {
        Self {
            odata_type: None,
            resource_id: None,
            uri: None,
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
                    "#microsoft.graph.mediaInfo",
                    map,
                )
            }
            "resourceId" => {
                runtime::read_member(&mut self.resource_id, "resourceId", map)
            }
            "uri" => runtime::read_member(&mut self.uri, "uri", map),
            _ => self.unknown_members.read_member(name, map),
        }
    }
    fn write_members<M: ::serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        runtime::write_member(map, "resourceId", &self.resource_id)?;
        runtime::write_member(map, "uri", &self.uri)?;
        self.unknown_members.write_members(map)
    }
    fn odata_type(&self) -> Option<&str> {
        self.odata_type.as_deref()
    }
    fn set_odata_type(&mut self, annotation: ::std::borrow::Cow<'static, str>) {
        self.odata_type = Some(annotation);
    }
}
impl runtime::Validate for MediaInfo {
    fn is_empty(&self) -> bool {
        self.resource_id.is_none() && self.uri.is_none()
            && self.unknown_members.is_empty()
    }
    fn validate_at(
        &self,
        path: &mut runtime::FieldPath,
    ) -> Result<(), ::graph_calls::ValidationError> {
        runtime::check_present(&self.uri, "uri", path)?;
        Ok(())
    }
}
impl ::serde::Serialize for MediaInfo {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        runtime::serialize_model(self, serializer, None)
    }
}
impl<'de> ::serde::Deserialize<'de> for MediaInfo {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_model(deserializer)
    }
}
/// One media stream of a participant.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct MediaStream {
    /// The `@odata.type` annotation as received, or `None`; written back first when set.
    pub odata_type: Option<::std::borrow::Cow<'static, str>>,
    /// Whether the participant sends media, receives it, or both, on this stream.
    ///
    /// Required when sending: `MediaStream::new` takes it.
    pub direction: Option<super::MediaDirection>,
    /// Label that names the stream in media negotiation.
    pub label: Option<String>,
    /// Kind of media on the stream.
    ///
    /// Required when sending: `MediaStream::new` takes it.
    pub media_type: Option<super::Modality>,
    /// True if the service muted this stream.
    ///
    /// Required when sending: `MediaStream::new` takes it.
    pub server_muted: Option<bool>,
    /// Id of the media source of this stream.
    ///
    /// Required when sending: `MediaStream::new` takes it.
    pub source_id: Option<String>,
    /// Members the schema does not declare, in the order received; written back after the others.
    pub unknown_members: ::graph_calls::json::UnknownMembers,
}
impl MediaStream {
    /// Creates `MediaStream` with its required members: `direction`, `mediaType`, `serverMuted`, `sourceId`.
    pub fn new(
        direction: super::MediaDirection,
        media_type: super::Modality,
        server_muted: bool,
        source_id: impl Into<String>,
    ) -> Self {
        Self {
            odata_type: None,
            direction: Some(direction),
            label: None,
            media_type: Some(media_type),
            server_muted: Some(server_muted),
            source_id: Some(source_id.into()),
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
impl runtime::Model for MediaStream {
    const TYPE_NAME: &'static str = "microsoft.graph.mediaStream";
    fn empty() -> Self {
        Self {
            odata_type: None,
            direction: None,
            label: None,
            media_type: None,
            server_muted: None,
            source_id: None,
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
                    "#microsoft.graph.mediaStream",
                    map,
                )
            }
            "direction" => runtime::read_member(&mut self.direction, "direction", map),
            "label" => runtime::read_member(&mut self.label, "label", map),
            "mediaType" => runtime::read_member(&mut self.media_type, "mediaType", map),
            "serverMuted" => {
                runtime::read_member(&mut self.server_muted, "serverMuted", map)
            }
            "sourceId" => runtime::read_member(&mut self.source_id, "sourceId", map),
            _ => self.unknown_members.read_member(name, map),
        }
    }
    fn write_members<M: ::serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        runtime::write_member(map, "direction", &self.direction)?;
        runtime::write_member(map, "label", &self.label)?;
        runtime::write_member(map, "mediaType", &self.media_type)?;
        runtime::write_member(map, "serverMuted", &self.server_muted)?;
        runtime::write_member(map, "sourceId", &self.source_id)?;
        self.unknown_members.write_members(map)
    }
    fn odata_type(&self) -> Option<&str> {
        self.odata_type.as_deref()
    }
    fn set_odata_type(&mut self, annotation: ::std::borrow::Cow<'static, str>) {
        self.odata_type = Some(annotation);
    }
}
impl runtime::Validate for MediaStream {
    fn is_empty(&self) -> bool {
        self.direction.is_none() && self.label.is_none() && self.media_type.is_none()
            && self.server_muted.is_none() && self.source_id.is_none()
            && self.unknown_members.is_empty()
    }
    fn validate_at(
        &self,
        path: &mut runtime::FieldPath,
    ) -> Result<(), ::graph_calls::ValidationError> {
        runtime::check_present(&self.direction, "direction", path)?;
        runtime::check_present(&self.media_type, "mediaType", path)?;
        runtime::check_present(&self.server_muted, "serverMuted", path)?;
        runtime::check_present(&self.source_id, "sourceId", path)?;
        Ok(())
    }
}
impl ::serde::Serialize for MediaStream {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        runtime::serialize_model(self, serializer, None)
    }
}
impl<'de> ::serde::Deserialize<'de> for MediaStream {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_model(deserializer)
    }
}
/// Meeting settings that control what anonymous users may do and which joiners skip the lobby.
///
/// Not in the Microsoft Graph v1.0 metadata: declared by the beta metadata.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct MeetingCapability {
    /// The `@odata.type` annotation as received, or `None`; written back first when set.
    pub odata_type: Option<::std::borrow::Cow<'static, str>>,
    /// True if anonymous users may dial out from the meeting.
    pub allow_anonymous_users_to_dial_out: Option<bool>,
    /// True if anonymous users may start the meeting.
    pub allow_anonymous_users_to_start_meeting: Option<bool>,
    /// Joiners that the meeting admits without the lobby.
    pub auto_admitted_users: Option<super::AutoAdmittedUsersType>,
    /// Members the schema does not declare, in the order received; written back after the others.
    pub unknown_members: ::graph_calls::json::UnknownMembers,
}
impl MeetingCapability {
    /// Creates an empty `MeetingCapability`; set the members you need.
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
impl runtime::Model for MeetingCapability {
    const TYPE_NAME: &'static str = "microsoft.graph.meetingCapability";
    fn empty() -> Self {
        Self {
            odata_type: None,
            allow_anonymous_users_to_dial_out: None,
            allow_anonymous_users_to_start_meeting: None,
            auto_admitted_users: None,
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
                    "#microsoft.graph.meetingCapability",
                    map,
                )
            }
            "allowAnonymousUsersToDialOut" => {
                runtime::read_member(
                    &mut self.allow_anonymous_users_to_dial_out,
                    "allowAnonymousUsersToDialOut",
                    map,
                )
            }
            "allowAnonymousUsersToStartMeeting" => {
                runtime::read_member(
                    &mut self.allow_anonymous_users_to_start_meeting,
                    "allowAnonymousUsersToStartMeeting",
                    map,
                )
            }
            "autoAdmittedUsers" => {
                runtime::read_member(
                    &mut self.auto_admitted_users,
                    "autoAdmittedUsers",
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
        runtime::write_member(
            map,
            "allowAnonymousUsersToDialOut",
            &self.allow_anonymous_users_to_dial_out,
        )?;
        runtime::write_member(
            map,
            "allowAnonymousUsersToStartMeeting",
            &self.allow_anonymous_users_to_start_meeting,
        )?;
        runtime::write_member(map, "autoAdmittedUsers", &self.auto_admitted_users)?;
        self.unknown_members.write_members(map)
    }
    fn odata_type(&self) -> Option<&str> {
        self.odata_type.as_deref()
    }
    fn set_odata_type(&mut self, annotation: ::std::borrow::Cow<'static, str>) {
        self.odata_type = Some(annotation);
    }
}
impl runtime::Validate for MeetingCapability {
    fn is_empty(&self) -> bool {
        self.allow_anonymous_users_to_dial_out.is_none()
            && self.allow_anonymous_users_to_start_meeting.is_none()
            && self.auto_admitted_users.is_none() && self.unknown_members.is_empty()
    }
    fn validate_at(
        &self,
        _path: &mut runtime::FieldPath,
    ) -> Result<(), ::graph_calls::ValidationError> {
        Ok(())
    }
}
impl ::serde::Serialize for MeetingCapability {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        runtime::serialize_model(self, serializer, None)
    }
}
impl<'de> ::serde::Deserialize<'de> for MeetingCapability {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_model(deserializer)
    }
}
/// Abstract identification of a meeting for the bot to join, sent as one of its subtypes.
///
/// This type is abstract. Properties declared with this type hold an [`AnyMeetingInfo`](super::AnyMeetingInfo), which also covers the types derived from it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct MeetingInfo {
    /// The `@odata.type` annotation as received, or `None`; written back first when set.
    pub odata_type: Option<::std::borrow::Cow<'static, str>>,
    /// Members the schema does not declare, in the order received; written back after the others.
    pub unknown_members: ::graph_calls::json::UnknownMembers,
}
impl MeetingInfo {
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
impl runtime::Model for MeetingInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.meetingInfo";
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
                    "#microsoft.graph.meetingInfo",
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
impl runtime::Validate for MeetingInfo {
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
impl ::serde::Serialize for MeetingInfo {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        runtime::serialize_model(self, serializer, None)
    }
}
impl<'de> ::serde::Deserialize<'de> for MeetingInfo {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_model(deserializer)
    }
}
/// A `microsoft.graph.meetingInfo` or a type derived from it, chosen by the `@odata.type` annotation.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum AnyMeetingInfo {
    /// A `microsoft.graph.meetingInfo`, or a value without `@odata.type`.
    MeetingInfo(Box<super::MeetingInfo>),
    /// A `microsoft.graph.joinMeetingIdMeetingInfo`.
    JoinMeetingIdMeetingInfo(Box<super::JoinMeetingIdMeetingInfo>),
    /// A `microsoft.graph.organizerMeetingInfo`.
    OrganizerMeetingInfo(Box<super::OrganizerMeetingInfo>),
    /// A `microsoft.graph.tokenMeetingInfo`.
    TokenMeetingInfo(Box<super::TokenMeetingInfo>),
    /// A type that the schema does not declare, read with the members of `meetingInfo`; its `odata_type` names it.
    Unrecognized(Box<super::MeetingInfo>),
}
impl AnyMeetingInfo {
    /// Returns the `@odata.type` annotation the value carries, if any.
    pub fn odata_type(&self) -> Option<&str> {
        match self {
            Self::MeetingInfo(value) => value.odata_type.as_deref(),
            Self::JoinMeetingIdMeetingInfo(value) => value.odata_type.as_deref(),
            Self::OrganizerMeetingInfo(value) => value.odata_type.as_deref(),
            Self::TokenMeetingInfo(value) => value.odata_type.as_deref(),
            Self::Unrecognized(value) => value.odata_type.as_deref(),
        }
    }
}
impl runtime::Polymorphic for AnyMeetingInfo {
    type Base = super::MeetingInfo;
    const ANNOTATIONS: &'static [&'static str] = &[
        "#microsoft.graph.meetingInfo",
        "#microsoft.graph.joinMeetingIdMeetingInfo",
        "#microsoft.graph.organizerMeetingInfo",
        "#microsoft.graph.tokenMeetingInfo",
    ];
    fn empty_variant(annotation: &str) -> Option<Self> {
        match annotation {
            "#microsoft.graph.meetingInfo" => {
                Some(Self::MeetingInfo(Box::new(runtime::Model::empty())))
            }
            "#microsoft.graph.joinMeetingIdMeetingInfo" => {
                Some(Self::JoinMeetingIdMeetingInfo(Box::new(runtime::Model::empty())))
            }
            "#microsoft.graph.organizerMeetingInfo" => {
                Some(Self::OrganizerMeetingInfo(Box::new(runtime::Model::empty())))
            }
            "#microsoft.graph.tokenMeetingInfo" => {
                Some(Self::TokenMeetingInfo(Box::new(runtime::Model::empty())))
            }
            _ => None,
        }
    }
    fn from_base(base: super::MeetingInfo) -> Self {
        Self::MeetingInfo(Box::new(base))
    }
    fn unrecognized(base: super::MeetingInfo) -> Self {
        Self::Unrecognized(Box::new(base))
    }
    fn read_member<'de, A: ::serde::de::MapAccess<'de>>(
        &mut self,
        name: runtime::MemberName<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match self {
            Self::MeetingInfo(value) => {
                runtime::Model::read_member(&mut **value, name, map)
            }
            Self::JoinMeetingIdMeetingInfo(value) => {
                runtime::Model::read_member(&mut **value, name, map)
            }
            Self::OrganizerMeetingInfo(value) => {
                runtime::Model::read_member(&mut **value, name, map)
            }
            Self::TokenMeetingInfo(value) => {
                runtime::Model::read_member(&mut **value, name, map)
            }
            Self::Unrecognized(value) => {
                runtime::Model::read_member(&mut **value, name, map)
            }
        }
    }
    fn set_odata_type(&mut self, annotation: ::std::borrow::Cow<'static, str>) {
        match self {
            Self::MeetingInfo(value) => value.odata_type = Some(annotation),
            Self::JoinMeetingIdMeetingInfo(value) => value.odata_type = Some(annotation),
            Self::OrganizerMeetingInfo(value) => value.odata_type = Some(annotation),
            Self::TokenMeetingInfo(value) => value.odata_type = Some(annotation),
            Self::Unrecognized(value) => value.odata_type = Some(annotation),
        }
    }
}
impl runtime::Validate for AnyMeetingInfo {
    fn is_empty(&self) -> bool {
        match self {
            Self::MeetingInfo(value) | Self::Unrecognized(value) => {
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
            Self::MeetingInfo(value) => runtime::Validate::validate_at(&**value, path),
            Self::JoinMeetingIdMeetingInfo(value) => {
                runtime::Validate::validate_at(&**value, path)
            }
            Self::OrganizerMeetingInfo(value) => {
                runtime::Validate::validate_at(&**value, path)
            }
            Self::TokenMeetingInfo(value) => {
                runtime::Validate::validate_at(&**value, path)
            }
            Self::Unrecognized(value) => runtime::Validate::validate_at(&**value, path),
        }
    }
}
impl ::serde::Serialize for AnyMeetingInfo {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        match self {
            Self::MeetingInfo(value) => {
                runtime::serialize_model(&**value, serializer, None)
            }
            Self::JoinMeetingIdMeetingInfo(value) => {
                runtime::serialize_model(
                    &**value,
                    serializer,
                    Some("#microsoft.graph.joinMeetingIdMeetingInfo"),
                )
            }
            Self::OrganizerMeetingInfo(value) => {
                runtime::serialize_model(
                    &**value,
                    serializer,
                    Some("#microsoft.graph.organizerMeetingInfo"),
                )
            }
            Self::TokenMeetingInfo(value) => {
                runtime::serialize_model(
                    &**value,
                    serializer,
                    Some("#microsoft.graph.tokenMeetingInfo"),
                )
            }
            Self::Unrecognized(value) => {
                runtime::serialize_model(&**value, serializer, None)
            }
        }
    }
}
impl<'de> ::serde::Deserialize<'de> for AnyMeetingInfo {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_polymorphic(deserializer)
    }
}
impl From<MeetingInfo> for AnyMeetingInfo {
    fn from(value: MeetingInfo) -> Self {
        Self::MeetingInfo(Box::new(value))
    }
}
impl From<JoinMeetingIdMeetingInfo> for AnyMeetingInfo {
    fn from(value: JoinMeetingIdMeetingInfo) -> Self {
        Self::JoinMeetingIdMeetingInfo(Box::new(value))
    }
}
impl From<OrganizerMeetingInfo> for AnyMeetingInfo {
    fn from(value: OrganizerMeetingInfo) -> Self {
        Self::OrganizerMeetingInfo(Box::new(value))
    }
}
impl From<TokenMeetingInfo> for AnyMeetingInfo {
    fn from(value: TokenMeetingInfo) -> Self {
        Self::TokenMeetingInfo(Box::new(value))
    }
}
/// Media restrictions on a meeting participant, with their reasons.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct OnlineMeetingRestricted {
    /// The `@odata.type` annotation as received, or `None`; written back first when set.
    pub odata_type: Option<::std::borrow::Cow<'static, str>>,
    /// Reasons why content sharing is turned off for the participant.
    pub content_sharing_disabled: Option<
        ::graph_calls::json::Flags<super::OnlineMeetingContentSharingDisabledReason>,
    >,
    /// Reasons why video is turned off for the participant.
    pub video_disabled: Option<
        ::graph_calls::json::Flags<super::OnlineMeetingVideoDisabledReason>,
    >,
    /// Members the schema does not declare, in the order received; written back after the others.
    pub unknown_members: ::graph_calls::json::UnknownMembers,
}
impl OnlineMeetingRestricted {
    /// Creates an empty `OnlineMeetingRestricted`; set the members you need.
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
impl runtime::Model for OnlineMeetingRestricted {
    const TYPE_NAME: &'static str = "microsoft.graph.onlineMeetingRestricted";
    fn empty() -> Self {
        Self {
            odata_type: None,
            content_sharing_disabled: None,
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
                    "#microsoft.graph.onlineMeetingRestricted",
                    map,
                )
            }
            "contentSharingDisabled" => {
                runtime::read_member(
                    &mut self.content_sharing_disabled,
                    "contentSharingDisabled",
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
        runtime::write_member(
            map,
            "contentSharingDisabled",
            &self.content_sharing_disabled,
        )?;
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
impl runtime::Validate for OnlineMeetingRestricted {
    fn is_empty(&self) -> bool {
        self.content_sharing_disabled.is_none() && self.video_disabled.is_none()
            && self.unknown_members.is_empty()
    }
    fn validate_at(
        &self,
        _path: &mut runtime::FieldPath,
    ) -> Result<(), ::graph_calls::ValidationError> {
        Ok(())
    }
}
impl ::serde::Serialize for OnlineMeetingRestricted {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        runtime::serialize_model(self, serializer, None)
    }
}
impl<'de> ::serde::Deserialize<'de> for OnlineMeetingRestricted {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_model(deserializer)
    }
}
/// Meeting identified by its organizer. The bot sends it together with `chatInfo` to join the meeting.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct OrganizerMeetingInfo {
    /// The `@odata.type` annotation as received, or `None`; written back first when set.
    pub odata_type: Option<::std::borrow::Cow<'static, str>>,
    /// Identity of the meeting organizer.
    ///
    /// Required when sending: `OrganizerMeetingInfo::new` takes it.
    pub organizer: Option<super::AnyIdentitySet>,
    /// Members the schema does not declare, in the order received; written back after the others.
    pub unknown_members: ::graph_calls::json::UnknownMembers,
}
impl OrganizerMeetingInfo {
    /// Creates `OrganizerMeetingInfo` with its required members: `organizer`.
    pub fn new(organizer: impl Into<super::AnyIdentitySet>) -> Self {
        Self {
            odata_type: None,
            organizer: Some(organizer.into()),
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
impl runtime::Model for OrganizerMeetingInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.organizerMeetingInfo";
    fn empty() -> Self {
        Self {
            odata_type: None,
            organizer: None,
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
                    "#microsoft.graph.organizerMeetingInfo",
                    map,
                )
            }
            "organizer" => runtime::read_member(&mut self.organizer, "organizer", map),
            _ => self.unknown_members.read_member(name, map),
        }
    }
    fn write_members<M: ::serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        runtime::write_member(map, "organizer", &self.organizer)?;
        self.unknown_members.write_members(map)
    }
    fn odata_type(&self) -> Option<&str> {
        self.odata_type.as_deref()
    }
    fn set_odata_type(&mut self, annotation: ::std::borrow::Cow<'static, str>) {
        self.odata_type = Some(annotation);
    }
}
impl runtime::Validate for OrganizerMeetingInfo {
    fn is_empty(&self) -> bool {
        self.organizer.is_none() && self.unknown_members.is_empty()
    }
    fn validate_at(
        &self,
        path: &mut runtime::FieldPath,
    ) -> Result<(), ::graph_calls::ValidationError> {
        runtime::check_present_object(&self.organizer, "organizer", path)?;
        runtime::check_nested(&self.organizer, "organizer", path)?;
        Ok(())
    }
}
impl ::serde::Serialize for OrganizerMeetingInfo {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        runtime::serialize_model(self, serializer, None)
    }
}
impl<'de> ::serde::Deserialize<'de> for OrganizerMeetingInfo {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_model(deserializer)
    }
}
/// Optional features that the bot sets when it places a call.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct OutgoingCallOptions {
    /// The `@odata.type` annotation as received, or `None`; written back first when set.
    pub odata_type: Option<::std::borrow::Cow<'static, str>>,
    /// True to hide the bot from the roster once a peer-to-peer call is escalated to a group call.
    pub hide_bot_after_escalation: Option<bool>,
    /// True to receive notifications about content sharing sessions in the call.
    pub is_content_sharing_notification_enabled: Option<bool>,
    /// True to receive roster notifications that carry only the participants that changed, in place of the whole roster.
    pub is_delta_roster_enabled: Option<bool>,
    /// True to filter delta roster notifications by whether participants are interactive.
    pub is_interactive_roster_enabled: Option<bool>,
    /// Members the schema does not declare, in the order received; written back after the others.
    pub unknown_members: ::graph_calls::json::UnknownMembers,
}
impl OutgoingCallOptions {
    /// Creates an empty `OutgoingCallOptions`; set the members you need.
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
impl runtime::Model for OutgoingCallOptions {
    const TYPE_NAME: &'static str = "microsoft.graph.outgoingCallOptions";
    fn empty() -> Self {
        Self {
            odata_type: None,
            hide_bot_after_escalation: None,
            is_content_sharing_notification_enabled: None,
            is_delta_roster_enabled: None,
            is_interactive_roster_enabled: None,
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
                    "#microsoft.graph.outgoingCallOptions",
                    map,
                )
            }
            "hideBotAfterEscalation" => {
                runtime::read_member(
                    &mut self.hide_bot_after_escalation,
                    "hideBotAfterEscalation",
                    map,
                )
            }
            "isContentSharingNotificationEnabled" => {
                runtime::read_member(
                    &mut self.is_content_sharing_notification_enabled,
                    "isContentSharingNotificationEnabled",
                    map,
                )
            }
            "isDeltaRosterEnabled" => {
                runtime::read_member(
                    &mut self.is_delta_roster_enabled,
                    "isDeltaRosterEnabled",
                    map,
                )
            }
            "isInteractiveRosterEnabled" => {
                runtime::read_member(
                    &mut self.is_interactive_roster_enabled,
                    "isInteractiveRosterEnabled",
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
        runtime::write_member(
            map,
            "hideBotAfterEscalation",
            &self.hide_bot_after_escalation,
        )?;
        runtime::write_member(
            map,
            "isContentSharingNotificationEnabled",
            &self.is_content_sharing_notification_enabled,
        )?;
        runtime::write_member(
            map,
            "isDeltaRosterEnabled",
            &self.is_delta_roster_enabled,
        )?;
        runtime::write_member(
            map,
            "isInteractiveRosterEnabled",
            &self.is_interactive_roster_enabled,
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
impl runtime::Validate for OutgoingCallOptions {
    fn is_empty(&self) -> bool {
        self.hide_bot_after_escalation.is_none()
            && self.is_content_sharing_notification_enabled.is_none()
            && self.is_delta_roster_enabled.is_none()
            && self.is_interactive_roster_enabled.is_none()
            && self.unknown_members.is_empty()
    }
    fn validate_at(
        &self,
        _path: &mut runtime::FieldPath,
    ) -> Result<(), ::graph_calls::ValidationError> {
        Ok(())
    }
}
impl ::serde::Serialize for OutgoingCallOptions {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        runtime::serialize_model(self, serializer, None)
    }
}
impl<'de> ::serde::Deserialize<'de> for OutgoingCallOptions {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_model(deserializer)
    }
}
/// Identity and endpoint details of a call party, set by the service.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ParticipantInfo {
    /// The `@odata.type` annotation as received, or `None`; written back first when set.
    pub odata_type: Option<::std::borrow::Cow<'static, str>>,
    /// ISO 3166-1 alpha-2 code of the country where the party most likely was when the call started.
    pub country_code: Option<String>,
    /// Kind of endpoint that the party uses.
    pub endpoint_type: Option<super::EndpointType>,
    /// Identities of the party.
    ///
    /// Required when sending: `ParticipantInfo::new` takes it.
    pub identity: Option<super::AnyIdentitySet>,
    /// Language culture name of the party, such as `en-US`.
    pub language_id: Option<String>,
    /// Participant id of the party in the call.
    pub participant_id: Option<String>,
    /// Home region of the party, such as a country or a continent. Unlike `countryCode`, it does not follow where the party is.
    pub region: Option<String>,
    /// Identities of the party without anonymization.
    ///
    /// Not in the Microsoft Graph v1.0 metadata: declared by the beta metadata.
    pub non_anonymized_identity: Option<super::AnyIdentitySet>,
    /// Id of the client platform that the party uses.
    ///
    /// Not in the Microsoft Graph v1.0 metadata: declared by the beta metadata.
    pub platform_id: Option<String>,
    /// Members the schema does not declare, in the order received; written back after the others.
    pub unknown_members: ::graph_calls::json::UnknownMembers,
}
impl ParticipantInfo {
    /// Creates `ParticipantInfo` with its required members: `identity`.
    pub fn new(identity: impl Into<super::AnyIdentitySet>) -> Self {
        Self {
            odata_type: None,
            country_code: None,
            endpoint_type: None,
            identity: Some(identity.into()),
            language_id: None,
            participant_id: None,
            region: None,
            non_anonymized_identity: None,
            platform_id: None,
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
impl runtime::Model for ParticipantInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.participantInfo";
    fn empty() -> Self {
        Self {
            odata_type: None,
            country_code: None,
            endpoint_type: None,
            identity: None,
            language_id: None,
            participant_id: None,
            region: None,
            non_anonymized_identity: None,
            platform_id: None,
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
                    "#microsoft.graph.participantInfo",
                    map,
                )
            }
            "countryCode" => {
                runtime::read_member(&mut self.country_code, "countryCode", map)
            }
            "endpointType" => {
                runtime::read_member(&mut self.endpoint_type, "endpointType", map)
            }
            "identity" => runtime::read_member(&mut self.identity, "identity", map),
            "languageId" => {
                runtime::read_member(&mut self.language_id, "languageId", map)
            }
            "participantId" => {
                runtime::read_member(&mut self.participant_id, "participantId", map)
            }
            "region" => runtime::read_member(&mut self.region, "region", map),
            "nonAnonymizedIdentity" => {
                runtime::read_member(
                    &mut self.non_anonymized_identity,
                    "nonAnonymizedIdentity",
                    map,
                )
            }
            "platformId" => {
                runtime::read_member(&mut self.platform_id, "platformId", map)
            }
            _ => self.unknown_members.read_member(name, map),
        }
    }
    fn write_members<M: ::serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        runtime::write_member(map, "countryCode", &self.country_code)?;
        runtime::write_member(map, "endpointType", &self.endpoint_type)?;
        runtime::write_member(map, "identity", &self.identity)?;
        runtime::write_member(map, "languageId", &self.language_id)?;
        runtime::write_member(map, "participantId", &self.participant_id)?;
        runtime::write_member(map, "region", &self.region)?;
        runtime::write_member(
            map,
            "nonAnonymizedIdentity",
            &self.non_anonymized_identity,
        )?;
        runtime::write_member(map, "platformId", &self.platform_id)?;
        self.unknown_members.write_members(map)
    }
    fn odata_type(&self) -> Option<&str> {
        self.odata_type.as_deref()
    }
    fn set_odata_type(&mut self, annotation: ::std::borrow::Cow<'static, str>) {
        self.odata_type = Some(annotation);
    }
}
impl runtime::Validate for ParticipantInfo {
    fn is_empty(&self) -> bool {
        self.country_code.is_none() && self.endpoint_type.is_none()
            && self.identity.is_none() && self.language_id.is_none()
            && self.participant_id.is_none() && self.region.is_none()
            && self.non_anonymized_identity.is_none() && self.platform_id.is_none()
            && self.unknown_members.is_empty()
    }
    fn validate_at(
        &self,
        path: &mut runtime::FieldPath,
    ) -> Result<(), ::graph_calls::ValidationError> {
        runtime::check_present_object(&self.identity, "identity", path)?;
        runtime::check_nested(&self.identity, "identity", path)?;
        runtime::check_nested(
            &self.non_anonymized_identity,
            "nonAnonymizedIdentity",
            path,
        )?;
        Ok(())
    }
}
impl ::serde::Serialize for ParticipantInfo {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        runtime::serialize_model(self, serializer, None)
    }
}
impl<'de> ::serde::Deserialize<'de> for ParticipantInfo {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_model(deserializer)
    }
}
/// Recording state of a participant.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct RecordingInfo {
    /// The `@odata.type` annotation as received, or `None`; written back first when set.
    pub odata_type: Option<::std::borrow::Cow<'static, str>>,
    /// Identity that started the recording.
    pub initiator: Option<super::AnyIdentitySet>,
    /// Whether the participant is recording.
    ///
    /// Required when sending: `RecordingInfo::new` takes it.
    pub recording_status: Option<super::RecordingStatus>,
    /// Members the schema does not declare, in the order received; written back after the others.
    pub unknown_members: ::graph_calls::json::UnknownMembers,
}
impl RecordingInfo {
    /// Creates `RecordingInfo` with its required members: `recordingStatus`.
    pub fn new(recording_status: super::RecordingStatus) -> Self {
        Self {
            odata_type: None,
            initiator: None,
            recording_status: Some(recording_status),
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
impl runtime::Model for RecordingInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.recordingInfo";
    fn empty() -> Self {
        Self {
            odata_type: None,
            initiator: None,
            recording_status: None,
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
                    "#microsoft.graph.recordingInfo",
                    map,
                )
            }
            "initiator" => runtime::read_member(&mut self.initiator, "initiator", map),
            "recordingStatus" => {
                runtime::read_member(&mut self.recording_status, "recordingStatus", map)
            }
            _ => self.unknown_members.read_member(name, map),
        }
    }
    fn write_members<M: ::serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        runtime::write_member(map, "initiator", &self.initiator)?;
        runtime::write_member(map, "recordingStatus", &self.recording_status)?;
        self.unknown_members.write_members(map)
    }
    fn odata_type(&self) -> Option<&str> {
        self.odata_type.as_deref()
    }
    fn set_odata_type(&mut self, annotation: ::std::borrow::Cow<'static, str>) {
        self.odata_type = Some(annotation);
    }
}
impl runtime::Validate for RecordingInfo {
    fn is_empty(&self) -> bool {
        self.initiator.is_none() && self.recording_status.is_none()
            && self.unknown_members.is_empty()
    }
    fn validate_at(
        &self,
        path: &mut runtime::FieldPath,
    ) -> Result<(), ::graph_calls::ValidationError> {
        runtime::check_nested(&self.initiator, "initiator", path)?;
        runtime::check_present(&self.recording_status, "recordingStatus", path)?;
        Ok(())
    }
}
impl ::serde::Serialize for RecordingInfo {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        runtime::serialize_model(self, serializer, None)
    }
}
impl<'de> ::serde::Deserialize<'de> for RecordingInfo {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_model(deserializer)
    }
}
/// Reason why a participant was removed from the roster.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct RemovedState {
    /// The `@odata.type` annotation as received, or `None`; written back first when set.
    pub odata_type: Option<::std::borrow::Cow<'static, str>>,
    /// Reason for the removal, as a free-form string.
    pub reason: Option<String>,
    /// Members the schema does not declare, in the order received; written back after the others.
    pub unknown_members: ::graph_calls::json::UnknownMembers,
}
impl RemovedState {
    /// Creates an empty `RemovedState`; set the members you need.
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
impl runtime::Model for RemovedState {
    const TYPE_NAME: &'static str = "microsoft.graph.removedState";
    fn empty() -> Self {
        Self {
            odata_type: None,
            reason: None,
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
                    "#microsoft.graph.removedState",
                    map,
                )
            }
            "reason" => runtime::read_member(&mut self.reason, "reason", map),
            _ => self.unknown_members.read_member(name, map),
        }
    }
    fn write_members<M: ::serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        runtime::write_member(map, "reason", &self.reason)?;
        self.unknown_members.write_members(map)
    }
    fn odata_type(&self) -> Option<&str> {
        self.odata_type.as_deref()
    }
    fn set_odata_type(&mut self, annotation: ::std::borrow::Cow<'static, str>) {
        self.odata_type = Some(annotation);
    }
}
impl runtime::Validate for RemovedState {
    fn is_empty(&self) -> bool {
        self.reason.is_none() && self.unknown_members.is_empty()
    }
    fn validate_at(
        &self,
        _path: &mut runtime::FieldPath,
    ) -> Result<(), ::graph_calls::ValidationError> {
        Ok(())
    }
}
impl ::serde::Serialize for RemovedState {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        runtime::serialize_model(self, serializer, None)
    }
}
impl<'de> ::serde::Deserialize<'de> for RemovedState {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_model(deserializer)
    }
}
/// Outcome of a call action or state change, given as an HTTP-like code, a more specific subcode and a message.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ResultInfo {
    /// The `@odata.type` annotation as received, or `None`; written back first when set.
    pub odata_type: Option<::std::borrow::Cow<'static, str>>,
    /// Status code in the style of HTTP, such as 500 for a failure. A completed transfer reports 0 or 200.
    ///
    /// Required when sending: `ResultInfo::new` takes it.
    pub code: Option<i32>,
    /// Text that explains the result, such as `GracefulTransferCompleted`.
    pub message: Option<String>,
    /// Graph calling code that refines `code`, such as 7015 for a completed transfer. The service also spells this JSON member `subCode`.
    ///
    /// Required when sending: `ResultInfo::new` takes it.
    ///
    /// Also read from `subCode`; always written as `subcode`.
    pub subcode: Option<i32>,
    /// Members the schema does not declare, in the order received; written back after the others.
    pub unknown_members: ::graph_calls::json::UnknownMembers,
}
impl ResultInfo {
    /// Creates `ResultInfo` with its required members: `code`, `subcode`.
    pub fn new(code: i32, subcode: i32) -> Self {
        Self {
            odata_type: None,
            code: Some(code),
            message: None,
            subcode: Some(subcode),
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
impl runtime::Model for ResultInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.resultInfo";
    fn empty() -> Self {
        Self {
            odata_type: None,
            code: None,
            message: None,
            subcode: None,
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
                    "#microsoft.graph.resultInfo",
                    map,
                )
            }
            "code" => runtime::read_member(&mut self.code, "code", map),
            "message" => runtime::read_member(&mut self.message, "message", map),
            "subcode" | "subCode" => {
                runtime::read_member(&mut self.subcode, "subcode", map)
            }
            _ => self.unknown_members.read_member(name, map),
        }
    }
    fn write_members<M: ::serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        runtime::write_member(map, "code", &self.code)?;
        runtime::write_member(map, "message", &self.message)?;
        runtime::write_member(map, "subcode", &self.subcode)?;
        self.unknown_members.write_members(map)
    }
    fn odata_type(&self) -> Option<&str> {
        self.odata_type.as_deref()
    }
    fn set_odata_type(&mut self, annotation: ::std::borrow::Cow<'static, str>) {
        self.odata_type = Some(annotation);
    }
}
impl runtime::Validate for ResultInfo {
    fn is_empty(&self) -> bool {
        self.code.is_none() && self.message.is_none() && self.subcode.is_none()
            && self.unknown_members.is_empty()
    }
    fn validate_at(
        &self,
        path: &mut runtime::FieldPath,
    ) -> Result<(), ::graph_calls::ValidationError> {
        runtime::check_present(&self.code, "code", path)?;
        runtime::check_present(&self.subcode, "subcode", path)?;
        Ok(())
    }
}
impl ::serde::Serialize for ResultInfo {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        runtime::serialize_model(self, serializer, None)
    }
}
impl<'de> ::serde::Deserialize<'de> for ResultInfo {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_model(deserializer)
    }
}
/// Media configuration in which the service hosts the media, and the bot controls it with actions such as playing prompts.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ServiceHostedMediaConfig {
    /// The `@odata.type` annotation as received, or `None`; written back first when set.
    pub odata_type: Option<::std::borrow::Cow<'static, str>>,
    /// Prompt files for the service to download before the bot plays them.
    pub pre_fetch_media: Option<Vec<super::MediaInfo>>,
    /// Members the schema does not declare, in the order received; written back after the others.
    pub unknown_members: ::graph_calls::json::UnknownMembers,
}
impl ServiceHostedMediaConfig {
    /// Creates an empty `ServiceHostedMediaConfig`; set the members you need.
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
impl runtime::Model for ServiceHostedMediaConfig {
    const TYPE_NAME: &'static str = "microsoft.graph.serviceHostedMediaConfig";
    fn empty() -> Self {
        Self {
            odata_type: None,
            pre_fetch_media: None,
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
                    "#microsoft.graph.serviceHostedMediaConfig",
                    map,
                )
            }
            "preFetchMedia" => {
                runtime::read_member(&mut self.pre_fetch_media, "preFetchMedia", map)
            }
            _ => self.unknown_members.read_member(name, map),
        }
    }
    fn write_members<M: ::serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        runtime::write_member(map, "preFetchMedia", &self.pre_fetch_media)?;
        self.unknown_members.write_members(map)
    }
    fn odata_type(&self) -> Option<&str> {
        self.odata_type.as_deref()
    }
    fn set_odata_type(&mut self, annotation: ::std::borrow::Cow<'static, str>) {
        self.odata_type = Some(annotation);
    }
}
impl runtime::Validate for ServiceHostedMediaConfig {
    fn is_empty(&self) -> bool {
        self.pre_fetch_media.is_none() && self.unknown_members.is_empty()
    }
    fn validate_at(
        &self,
        path: &mut runtime::FieldPath,
    ) -> Result<(), ::graph_calls::ValidationError> {
        runtime::check_nested(&self.pre_fetch_media, "preFetchMedia", path)?;
        Ok(())
    }
}
impl ::serde::Serialize for ServiceHostedMediaConfig {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        runtime::serialize_model(self, serializer, None)
    }
}
impl<'de> ::serde::Deserialize<'de> for ServiceHostedMediaConfig {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_model(deserializer)
    }
}
/// Meeting identified by an opaque token.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct TokenMeetingInfo {
    /// The `@odata.type` annotation as received, or `None`; written back first when set.
    pub odata_type: Option<::std::borrow::Cow<'static, str>>,
    /// Token that identifies the meeting.
    ///
    /// Required when sending: `TokenMeetingInfo::new` takes it.
    pub token: Option<String>,
    /// Members the schema does not declare, in the order received; written back after the others.
    pub unknown_members: ::graph_calls::json::UnknownMembers,
}
impl TokenMeetingInfo {
    /// Creates `TokenMeetingInfo` with its required members: `token`.
    pub fn new(token: impl Into<String>) -> Self {
        Self {
            odata_type: None,
            token: Some(token.into()),
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
impl runtime::Model for TokenMeetingInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.tokenMeetingInfo";
    fn empty() -> Self {
        Self {
            odata_type: None,
            token: None,
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
                    "#microsoft.graph.tokenMeetingInfo",
                    map,
                )
            }
            "token" => runtime::read_member(&mut self.token, "token", map),
            _ => self.unknown_members.read_member(name, map),
        }
    }
    fn write_members<M: ::serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        runtime::write_member(map, "token", &self.token)?;
        self.unknown_members.write_members(map)
    }
    fn odata_type(&self) -> Option<&str> {
        self.odata_type.as_deref()
    }
    fn set_odata_type(&mut self, annotation: ::std::borrow::Cow<'static, str>) {
        self.odata_type = Some(annotation);
    }
}
impl runtime::Validate for TokenMeetingInfo {
    fn is_empty(&self) -> bool {
        self.token.is_none() && self.unknown_members.is_empty()
    }
    fn validate_at(
        &self,
        path: &mut runtime::FieldPath,
    ) -> Result<(), ::graph_calls::ValidationError> {
        runtime::check_present(&self.token, "token", path)?;
        Ok(())
    }
}
impl ::serde::Serialize for TokenMeetingInfo {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        runtime::serialize_model(self, serializer, None)
    }
}
impl<'de> ::serde::Deserialize<'de> for TokenMeetingInfo {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_model(deserializer)
    }
}
/// One DTMF tone that the service detected in the call.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ToneInfo {
    /// The `@odata.type` annotation as received, or `None`; written back first when set.
    pub odata_type: Option<::std::borrow::Cow<'static, str>>,
    /// Increasing number that orders the tones of a call.
    ///
    /// Required when sending: `ToneInfo::new` takes it.
    pub sequence_id: Option<i64>,
    /// Key that was pressed.
    ///
    /// Required when sending: `ToneInfo::new` takes it.
    pub tone: Option<super::Tone>,
    /// Members the schema does not declare, in the order received; written back after the others.
    pub unknown_members: ::graph_calls::json::UnknownMembers,
}
impl ToneInfo {
    /// Creates `ToneInfo` with its required members: `sequenceId`, `tone`.
    pub fn new(sequence_id: i64, tone: super::Tone) -> Self {
        Self {
            odata_type: None,
            sequence_id: Some(sequence_id),
            tone: Some(tone),
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
impl runtime::Model for ToneInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.toneInfo";
    fn empty() -> Self {
        Self {
            odata_type: None,
            sequence_id: None,
            tone: None,
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
                    "#microsoft.graph.toneInfo",
                    map,
                )
            }
            "sequenceId" => {
                runtime::read_member(&mut self.sequence_id, "sequenceId", map)
            }
            "tone" => runtime::read_member(&mut self.tone, "tone", map),
            _ => self.unknown_members.read_member(name, map),
        }
    }
    fn write_members<M: ::serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        runtime::write_member(map, "sequenceId", &self.sequence_id)?;
        runtime::write_member(map, "tone", &self.tone)?;
        self.unknown_members.write_members(map)
    }
    fn odata_type(&self) -> Option<&str> {
        self.odata_type.as_deref()
    }
    fn set_odata_type(&mut self, annotation: ::std::borrow::Cow<'static, str>) {
        self.odata_type = Some(annotation);
    }
}
impl runtime::Validate for ToneInfo {
    fn is_empty(&self) -> bool {
        self.sequence_id.is_none() && self.tone.is_none()
            && self.unknown_members.is_empty()
    }
    fn validate_at(
        &self,
        path: &mut runtime::FieldPath,
    ) -> Result<(), ::graph_calls::ValidationError> {
        runtime::check_present(&self.sequence_id, "sequenceId", path)?;
        runtime::check_present(&self.tone, "tone", path)?;
        Ok(())
    }
}
impl ::serde::Serialize for ToneInfo {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        runtime::serialize_model(self, serializer, None)
    }
}
impl<'de> ::serde::Deserialize<'de> for ToneInfo {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_model(deserializer)
    }
}
