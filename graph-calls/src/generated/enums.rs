// @generated from schema/calls.csdl.xml by `cargo xtask codegen`. Do not edit: change the schema or the generator and regenerate.

#![allow(deprecated)]
use ::graph_calls::__private as runtime;
/// Group of joiners that a meeting admits directly, without holding them in the lobby.
///
/// Not in the Microsoft Graph v1.0 metadata: declared by the beta metadata.
///
/// Values outside the declared members are kept verbatim in `Unrecognized`; declared names also match in another letter case and are written in the schema's spelling.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AutoAdmittedUsersType {
    /// Only people from the organizer's organization skip the lobby.
    EveryoneInCompany,
    /// Everyone who joins skips the lobby, including guests and anonymous users.
    Everyone,
    /// A value the schema does not declare, kept verbatim.
    Unrecognized(::graph_calls::json::UnrecognizedValue),
}
impl AutoAdmittedUsersType {
    /// Returns the value as it is written in JSON.
    pub fn as_str(&self) -> &str {
        match self {
            Self::EveryoneInCompany => "everyoneInCompany",
            Self::Everyone => "everyone",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
}
impl runtime::EnumType for AutoAdmittedUsersType {
    const TYPE_NAME: &'static str = "microsoft.graph.autoAdmittedUsersType";
    const NAMES: &'static [&'static str] = &["everyoneInCompany", "everyone"];
    fn from_known(name: &str) -> Option<Self> {
        match name {
            "everyoneInCompany" => Some(Self::EveryoneInCompany),
            "everyone" => Some(Self::Everyone),
            _ => None,
        }
    }
    fn unrecognized(value: ::graph_calls::json::UnrecognizedValue) -> Self {
        Self::Unrecognized(value)
    }
    fn as_str(&self) -> &str {
        AutoAdmittedUsersType::as_str(self)
    }
}
impl From<&str> for AutoAdmittedUsersType {
    fn from(value: &str) -> Self {
        runtime::parse_enum(value)
    }
}
impl ::core::str::FromStr for AutoAdmittedUsersType {
    type Err = ::core::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(runtime::parse_enum(value))
    }
}
impl ::core::fmt::Display for AutoAdmittedUsersType {
    fn fmt(&self, formatter: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        formatter.write_str(self.as_str())
    }
}
impl ::serde::Serialize for AutoAdmittedUsersType {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for AutoAdmittedUsersType {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_enum(deserializer)
    }
}
/// Direction of a call as seen from the bot.
///
/// Values outside the declared members are kept verbatim in `Unrecognized`; declared names also match in another letter case and are written in the schema's spelling.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CallDirection {
    /// Another party placed the call and the bot received it.
    Incoming,
    /// The bot placed the call.
    Outgoing,
    /// A value the schema does not declare, kept verbatim.
    Unrecognized(::graph_calls::json::UnrecognizedValue),
}
impl CallDirection {
    /// Returns the value as it is written in JSON.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Incoming => "incoming",
            Self::Outgoing => "outgoing",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
}
impl runtime::EnumType for CallDirection {
    const TYPE_NAME: &'static str = "microsoft.graph.callDirection";
    const NAMES: &'static [&'static str] = &["incoming", "outgoing"];
    fn from_known(name: &str) -> Option<Self> {
        match name {
            "incoming" => Some(Self::Incoming),
            "outgoing" => Some(Self::Outgoing),
            _ => None,
        }
    }
    fn unrecognized(value: ::graph_calls::json::UnrecognizedValue) -> Self {
        Self::Unrecognized(value)
    }
    fn as_str(&self) -> &str {
        CallDirection::as_str(self)
    }
}
impl From<&str> for CallDirection {
    fn from(value: &str) -> Self {
        runtime::parse_enum(value)
    }
}
impl ::core::str::FromStr for CallDirection {
    type Err = ::core::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(runtime::parse_enum(value))
    }
}
impl ::core::fmt::Display for CallDirection {
    fn fmt(&self, formatter: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        formatter.write_str(self.as_str())
    }
}
impl ::serde::Serialize for CallDirection {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for CallDirection {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_enum(deserializer)
    }
}
/// Stage in the life of a call, which the service reports in `call.state` with each change.
///
/// Values outside the declared members are kept verbatim in `Unrecognized`; declared names also match in another letter case and are written in the schema's spelling.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CallState {
    /// The service offered the call to the bot, and the bot has not yet answered, rejected or redirected it.
    Incoming,
    /// The call is being set up after the bot answered or placed it, and media is not yet connected.
    Establishing,
    /// The call is connected. A call also returns to this state when a requested transfer fails, with `resultInfo` giving the reason.
    Established,
    /// The call is on hold.
    Hold,
    /// The service is carrying out a transfer that the bot requested with `call: transfer`.
    Transferring,
    /// The transfer target accepted the transfer. Next the bot's call ends with the state `terminated`.
    TransferAccepted,
    /// The service is redirecting an incoming call to the targets that the bot named in `call: redirect`.
    Redirecting,
    /// The call is being torn down.
    Terminating,
    /// The call has ended and the service sends no further updates for it. `resultInfo` or `terminationReason` can say why it ended.
    Terminated,
    /// Sentinel that ends the known members of this evolvable enum. Graph returns it in place of members added later, unless the request sends the header `Prefer: include-unknown-enum-members`.
    UnknownFutureValue,
    /// The call is ringing at the callee and nobody has answered it yet.
    ///
    /// Not in the Microsoft Graph v1.0 metadata: declared by the beta metadata.
    Ringing,
    /// A value the schema does not declare, kept verbatim.
    Unrecognized(::graph_calls::json::UnrecognizedValue),
}
impl CallState {
    /// Returns the value as it is written in JSON.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Incoming => "incoming",
            Self::Establishing => "establishing",
            Self::Established => "established",
            Self::Hold => "hold",
            Self::Transferring => "transferring",
            Self::TransferAccepted => "transferAccepted",
            Self::Redirecting => "redirecting",
            Self::Terminating => "terminating",
            Self::Terminated => "terminated",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Ringing => "ringing",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
}
impl runtime::EnumType for CallState {
    const TYPE_NAME: &'static str = "microsoft.graph.callState";
    const NAMES: &'static [&'static str] = &[
        "incoming",
        "establishing",
        "established",
        "hold",
        "transferring",
        "transferAccepted",
        "redirecting",
        "terminating",
        "terminated",
        "unknownFutureValue",
        "ringing",
    ];
    fn from_known(name: &str) -> Option<Self> {
        match name {
            "incoming" => Some(Self::Incoming),
            "establishing" => Some(Self::Establishing),
            "established" => Some(Self::Established),
            "hold" => Some(Self::Hold),
            "transferring" => Some(Self::Transferring),
            "transferAccepted" => Some(Self::TransferAccepted),
            "redirecting" => Some(Self::Redirecting),
            "terminating" => Some(Self::Terminating),
            "terminated" => Some(Self::Terminated),
            "unknownFutureValue" => Some(Self::UnknownFutureValue),
            "ringing" => Some(Self::Ringing),
            _ => None,
        }
    }
    fn unrecognized(value: ::graph_calls::json::UnrecognizedValue) -> Self {
        Self::Unrecognized(value)
    }
    fn as_str(&self) -> &str {
        CallState::as_str(self)
    }
}
impl From<&str> for CallState {
    fn from(value: &str) -> Self {
        runtime::parse_enum(value)
    }
}
impl ::core::str::FromStr for CallState {
    type Err = ::core::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(runtime::parse_enum(value))
    }
}
impl ::core::fmt::Display for CallState {
    fn fmt(&self, formatter: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        formatter.write_str(self.as_str())
    }
}
impl ::serde::Serialize for CallState {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for CallState {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_enum(deserializer)
    }
}
/// State of transcription in a call.
///
/// Values outside the declared members are kept verbatim in `Unrecognized`; declared names also match in another letter case and are written in the schema's spelling.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CallTranscriptionState {
    /// Nobody has started transcription.
    NotStarted,
    /// Transcription is running.
    Active,
    /// Transcription was started and has stopped.
    Inactive,
    /// Sentinel that ends the known members of this evolvable enum. Graph returns it in place of members added later, unless the request sends the header `Prefer: include-unknown-enum-members`.
    UnknownFutureValue,
    /// A value the schema does not declare, kept verbatim.
    Unrecognized(::graph_calls::json::UnrecognizedValue),
}
impl CallTranscriptionState {
    /// Returns the value as it is written in JSON.
    pub fn as_str(&self) -> &str {
        match self {
            Self::NotStarted => "notStarted",
            Self::Active => "active",
            Self::Inactive => "inactive",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
}
impl runtime::EnumType for CallTranscriptionState {
    const TYPE_NAME: &'static str = "microsoft.graph.callTranscriptionState";
    const NAMES: &'static [&'static str] = &[
        "notStarted",
        "active",
        "inactive",
        "unknownFutureValue",
    ];
    fn from_known(name: &str) -> Option<Self> {
        match name {
            "notStarted" => Some(Self::NotStarted),
            "active" => Some(Self::Active),
            "inactive" => Some(Self::Inactive),
            "unknownFutureValue" => Some(Self::UnknownFutureValue),
            _ => None,
        }
    }
    fn unrecognized(value: ::graph_calls::json::UnrecognizedValue) -> Self {
        Self::Unrecognized(value)
    }
    fn as_str(&self) -> &str {
        CallTranscriptionState::as_str(self)
    }
}
impl From<&str> for CallTranscriptionState {
    fn from(value: &str) -> Self {
        runtime::parse_enum(value)
    }
}
impl ::core::str::FromStr for CallTranscriptionState {
    type Err = ::core::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(runtime::parse_enum(value))
    }
}
impl ::core::fmt::Display for CallTranscriptionState {
    fn fmt(&self, formatter: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        formatter.write_str(self.as_str())
    }
}
impl ::serde::Serialize for CallTranscriptionState {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for CallTranscriptionState {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_enum(deserializer)
    }
}
/// Kind of change that a notification reports for its resource.
///
/// Values outside the declared members are kept verbatim in `Unrecognized`; declared names also match in another letter case and are written in the schema's spelling.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ChangeType {
    /// The resource was created, for example a new incoming call offered to the bot.
    Created,
    /// The resource changed, for example the state of a call.
    Updated,
    /// The resource was removed. For a call this means that the call has ended.
    Deleted,
    /// A value the schema does not declare, kept verbatim.
    Unrecognized(::graph_calls::json::UnrecognizedValue),
}
impl ChangeType {
    /// Returns the value as it is written in JSON.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Created => "created",
            Self::Updated => "updated",
            Self::Deleted => "deleted",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
}
impl runtime::EnumType for ChangeType {
    const TYPE_NAME: &'static str = "microsoft.graph.changeType";
    const NAMES: &'static [&'static str] = &["created", "updated", "deleted"];
    fn from_known(name: &str) -> Option<Self> {
        match name {
            "created" => Some(Self::Created),
            "updated" => Some(Self::Updated),
            "deleted" => Some(Self::Deleted),
            _ => None,
        }
    }
    fn unrecognized(value: ::graph_calls::json::UnrecognizedValue) -> Self {
        Self::Unrecognized(value)
    }
    fn as_str(&self) -> &str {
        ChangeType::as_str(self)
    }
}
impl From<&str> for ChangeType {
    fn from(value: &str) -> Self {
        runtime::parse_enum(value)
    }
}
impl ::core::str::FromStr for ChangeType {
    type Err = ::core::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(runtime::parse_enum(value))
    }
}
impl ::core::fmt::Display for ChangeType {
    fn fmt(&self, formatter: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        formatter.write_str(self.as_str())
    }
}
impl ::serde::Serialize for ChangeType {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for ChangeType {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_enum(deserializer)
    }
}
/// Kind of endpoint that a call party uses.
///
/// Values outside the declared members are kept verbatim in `Unrecognized`; declared names also match in another letter case and are written in the schema's spelling.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EndpointType {
    /// An ordinary endpoint, such as a Teams client. This is the value when no more specific kind applies.
    Default,
    /// The party's voicemail. Transferring to a target with this value sends the call to the target's voicemail.
    Voicemail,
    /// A Skype for Business client.
    SkypeForBusiness,
    /// A Skype for Business IP phone.
    SkypeForBusinessVoipPhone,
    /// Sentinel that ends the known members of this evolvable enum. Graph returns it in place of members added later, unless the request sends the header `Prefer: include-unknown-enum-members`.
    UnknownFutureValue,
    /// A value the schema does not declare, kept verbatim.
    Unrecognized(::graph_calls::json::UnrecognizedValue),
}
impl EndpointType {
    /// Returns the value as it is written in JSON.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Default => "default",
            Self::Voicemail => "voicemail",
            Self::SkypeForBusiness => "skypeForBusiness",
            Self::SkypeForBusinessVoipPhone => "skypeForBusinessVoipPhone",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
}
impl runtime::EnumType for EndpointType {
    const TYPE_NAME: &'static str = "microsoft.graph.endpointType";
    const NAMES: &'static [&'static str] = &[
        "default",
        "voicemail",
        "skypeForBusiness",
        "skypeForBusinessVoipPhone",
        "unknownFutureValue",
    ];
    fn from_known(name: &str) -> Option<Self> {
        match name {
            "default" => Some(Self::Default),
            "voicemail" => Some(Self::Voicemail),
            "skypeForBusiness" => Some(Self::SkypeForBusiness),
            "skypeForBusinessVoipPhone" => Some(Self::SkypeForBusinessVoipPhone),
            "unknownFutureValue" => Some(Self::UnknownFutureValue),
            _ => None,
        }
    }
    fn unrecognized(value: ::graph_calls::json::UnrecognizedValue) -> Self {
        Self::Unrecognized(value)
    }
    fn as_str(&self) -> &str {
        EndpointType::as_str(self)
    }
}
impl From<&str> for EndpointType {
    fn from(value: &str) -> Self {
        runtime::parse_enum(value)
    }
}
impl ::core::str::FromStr for EndpointType {
    type Err = ::core::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(runtime::parse_enum(value))
    }
}
impl ::core::fmt::Display for EndpointType {
    fn fmt(&self, formatter: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        formatter.write_str(self.as_str())
    }
}
impl ::serde::Serialize for EndpointType {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for EndpointType {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_enum(deserializer)
    }
}
/// Direction in which media flows on a participant's stream, seen from the participant.
///
/// Values outside the declared members are kept verbatim in `Unrecognized`; declared names also match in another letter case and are written in the schema's spelling.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MediaDirection {
    /// No media flows on the stream.
    Inactive,
    /// The participant sends media on the stream and receives none.
    SendOnly,
    /// The participant receives media on the stream and sends none.
    ReceiveOnly,
    /// The participant both sends and receives media on the stream.
    SendReceive,
    /// A value the schema does not declare, kept verbatim.
    Unrecognized(::graph_calls::json::UnrecognizedValue),
}
impl MediaDirection {
    /// Returns the value as it is written in JSON.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Inactive => "inactive",
            Self::SendOnly => "sendOnly",
            Self::ReceiveOnly => "receiveOnly",
            Self::SendReceive => "sendReceive",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
}
impl runtime::EnumType for MediaDirection {
    const TYPE_NAME: &'static str = "microsoft.graph.mediaDirection";
    const NAMES: &'static [&'static str] = &[
        "inactive",
        "sendOnly",
        "receiveOnly",
        "sendReceive",
    ];
    fn from_known(name: &str) -> Option<Self> {
        match name {
            "inactive" => Some(Self::Inactive),
            "sendOnly" => Some(Self::SendOnly),
            "receiveOnly" => Some(Self::ReceiveOnly),
            "sendReceive" => Some(Self::SendReceive),
            _ => None,
        }
    }
    fn unrecognized(value: ::graph_calls::json::UnrecognizedValue) -> Self {
        Self::Unrecognized(value)
    }
    fn as_str(&self) -> &str {
        MediaDirection::as_str(self)
    }
}
impl From<&str> for MediaDirection {
    fn from(value: &str) -> Self {
        runtime::parse_enum(value)
    }
}
impl ::core::str::FromStr for MediaDirection {
    type Err = ::core::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(runtime::parse_enum(value))
    }
}
impl ::core::fmt::Display for MediaDirection {
    fn fmt(&self, formatter: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        formatter.write_str(self.as_str())
    }
}
impl ::serde::Serialize for MediaDirection {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for MediaDirection {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_enum(deserializer)
    }
}
/// Connection state of one kind of media in a call.
///
/// Values outside the declared members are kept verbatim in `Unrecognized`; declared names also match in another letter case and are written in the schema's spelling.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MediaState {
    /// The media is connected.
    Active,
    /// The media is not connected.
    Inactive,
    /// Sentinel that ends the known members of this evolvable enum. Graph returns it in place of members added later, unless the request sends the header `Prefer: include-unknown-enum-members`.
    UnknownFutureValue,
    /// A value the schema does not declare, kept verbatim.
    Unrecognized(::graph_calls::json::UnrecognizedValue),
}
impl MediaState {
    /// Returns the value as it is written in JSON.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "active",
            Self::Inactive => "inactive",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
}
impl runtime::EnumType for MediaState {
    const TYPE_NAME: &'static str = "microsoft.graph.mediaState";
    const NAMES: &'static [&'static str] = &["active", "inactive", "unknownFutureValue"];
    fn from_known(name: &str) -> Option<Self> {
        match name {
            "active" => Some(Self::Active),
            "inactive" => Some(Self::Inactive),
            "unknownFutureValue" => Some(Self::UnknownFutureValue),
            _ => None,
        }
    }
    fn unrecognized(value: ::graph_calls::json::UnrecognizedValue) -> Self {
        Self::Unrecognized(value)
    }
    fn as_str(&self) -> &str {
        MediaState::as_str(self)
    }
}
impl From<&str> for MediaState {
    fn from(value: &str) -> Self {
        runtime::parse_enum(value)
    }
}
impl ::core::str::FromStr for MediaState {
    type Err = ::core::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(runtime::parse_enum(value))
    }
}
impl ::core::fmt::Display for MediaState {
    fn fmt(&self, formatter: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        formatter.write_str(self.as_str())
    }
}
impl ::serde::Serialize for MediaState {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for MediaState {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_enum(deserializer)
    }
}
/// Kind of media that a call or stream carries.
///
/// Values outside the declared members are kept verbatim in `Unrecognized`; declared names also match in another letter case and are written in the schema's spelling.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Modality {
    /// Voice audio.
    Audio,
    /// Camera video.
    Video,
    /// Screen sharing sent as a video stream.
    VideoBasedScreenSharing,
    /// Data channel, for content other than audio and video.
    Data,
    /// Sentinel that ends the known members of this evolvable enum. Graph returns it in place of members added later, unless the request sends the header `Prefer: include-unknown-enum-members`.
    UnknownFutureValue,
    /// A value the schema does not declare, kept verbatim.
    Unrecognized(::graph_calls::json::UnrecognizedValue),
}
impl Modality {
    /// Returns the value as it is written in JSON.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Audio => "audio",
            Self::Video => "video",
            Self::VideoBasedScreenSharing => "videoBasedScreenSharing",
            Self::Data => "data",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
}
impl runtime::EnumType for Modality {
    const TYPE_NAME: &'static str = "microsoft.graph.modality";
    const NAMES: &'static [&'static str] = &[
        "audio",
        "video",
        "videoBasedScreenSharing",
        "data",
        "unknownFutureValue",
    ];
    fn from_known(name: &str) -> Option<Self> {
        match name {
            "audio" => Some(Self::Audio),
            "video" => Some(Self::Video),
            "videoBasedScreenSharing" => Some(Self::VideoBasedScreenSharing),
            "data" => Some(Self::Data),
            "unknownFutureValue" => Some(Self::UnknownFutureValue),
            _ => None,
        }
    }
    fn unrecognized(value: ::graph_calls::json::UnrecognizedValue) -> Self {
        Self::Unrecognized(value)
    }
    fn as_str(&self) -> &str {
        Modality::as_str(self)
    }
}
impl From<&str> for Modality {
    fn from(value: &str) -> Self {
        runtime::parse_enum(value)
    }
}
impl ::core::str::FromStr for Modality {
    type Err = ::core::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(runtime::parse_enum(value))
    }
}
impl ::core::fmt::Display for Modality {
    fn fmt(&self, formatter: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        formatter.write_str(self.as_str())
    }
}
impl ::serde::Serialize for Modality {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for Modality {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_enum(deserializer)
    }
}
/// Set of reasons why content sharing is turned off for a meeting participant. It is a flags enum, which JSON writes as a comma-separated string of member names.
///
/// Values outside the declared members are kept verbatim in `Unrecognized`; declared names also match in another letter case and are written in the schema's spelling.
///
/// A flags type: properties of this type hold a `graph_calls::json::Flags<OnlineMeetingContentSharingDisabledReason>`, written as a comma-separated list.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OnlineMeetingContentSharingDisabledReason {
    /// The meeting uses watermark protection.
    WatermarkProtection,
    /// Sentinel that ends the known members of this evolvable enum. Graph returns it in place of members added later, unless the request sends the header `Prefer: include-unknown-enum-members`.
    UnknownFutureValue,
    /// A value the schema does not declare, kept verbatim.
    Unrecognized(::graph_calls::json::UnrecognizedValue),
}
impl OnlineMeetingContentSharingDisabledReason {
    /// Returns the value as it is written in JSON.
    pub fn as_str(&self) -> &str {
        match self {
            Self::WatermarkProtection => "watermarkProtection",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
}
impl runtime::EnumType for OnlineMeetingContentSharingDisabledReason {
    const TYPE_NAME: &'static str = "microsoft.graph.onlineMeetingContentSharingDisabledReason";
    const NAMES: &'static [&'static str] = &[
        "watermarkProtection",
        "unknownFutureValue",
    ];
    fn from_known(name: &str) -> Option<Self> {
        match name {
            "watermarkProtection" => Some(Self::WatermarkProtection),
            "unknownFutureValue" => Some(Self::UnknownFutureValue),
            _ => None,
        }
    }
    fn unrecognized(value: ::graph_calls::json::UnrecognizedValue) -> Self {
        Self::Unrecognized(value)
    }
    fn as_str(&self) -> &str {
        OnlineMeetingContentSharingDisabledReason::as_str(self)
    }
}
impl From<&str> for OnlineMeetingContentSharingDisabledReason {
    fn from(value: &str) -> Self {
        runtime::parse_enum(value)
    }
}
impl ::core::str::FromStr for OnlineMeetingContentSharingDisabledReason {
    type Err = ::core::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(runtime::parse_enum(value))
    }
}
impl ::core::fmt::Display for OnlineMeetingContentSharingDisabledReason {
    fn fmt(&self, formatter: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        formatter.write_str(self.as_str())
    }
}
impl ::serde::Serialize for OnlineMeetingContentSharingDisabledReason {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for OnlineMeetingContentSharingDisabledReason {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_enum(deserializer)
    }
}
/// Set of reasons why video is turned off for a meeting participant. It is a flags enum, which JSON writes as a comma-separated string of member names.
///
/// Values outside the declared members are kept verbatim in `Unrecognized`; declared names also match in another letter case and are written in the schema's spelling.
///
/// A flags type: properties of this type hold a `graph_calls::json::Flags<OnlineMeetingVideoDisabledReason>`, written as a comma-separated list.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OnlineMeetingVideoDisabledReason {
    /// The meeting uses watermark protection.
    WatermarkProtection,
    /// Sentinel that ends the known members of this evolvable enum. Graph returns it in place of members added later, unless the request sends the header `Prefer: include-unknown-enum-members`.
    UnknownFutureValue,
    /// A value the schema does not declare, kept verbatim.
    Unrecognized(::graph_calls::json::UnrecognizedValue),
}
impl OnlineMeetingVideoDisabledReason {
    /// Returns the value as it is written in JSON.
    pub fn as_str(&self) -> &str {
        match self {
            Self::WatermarkProtection => "watermarkProtection",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
}
impl runtime::EnumType for OnlineMeetingVideoDisabledReason {
    const TYPE_NAME: &'static str = "microsoft.graph.onlineMeetingVideoDisabledReason";
    const NAMES: &'static [&'static str] = &[
        "watermarkProtection",
        "unknownFutureValue",
    ];
    fn from_known(name: &str) -> Option<Self> {
        match name {
            "watermarkProtection" => Some(Self::WatermarkProtection),
            "unknownFutureValue" => Some(Self::UnknownFutureValue),
            _ => None,
        }
    }
    fn unrecognized(value: ::graph_calls::json::UnrecognizedValue) -> Self {
        Self::Unrecognized(value)
    }
    fn as_str(&self) -> &str {
        OnlineMeetingVideoDisabledReason::as_str(self)
    }
}
impl From<&str> for OnlineMeetingVideoDisabledReason {
    fn from(value: &str) -> Self {
        runtime::parse_enum(value)
    }
}
impl ::core::str::FromStr for OnlineMeetingVideoDisabledReason {
    type Err = ::core::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(runtime::parse_enum(value))
    }
}
impl ::core::fmt::Display for OnlineMeetingVideoDisabledReason {
    fn fmt(&self, formatter: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        formatter.write_str(self.as_str())
    }
}
impl ::serde::Serialize for OnlineMeetingVideoDisabledReason {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for OnlineMeetingVideoDisabledReason {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_enum(deserializer)
    }
}
/// Progress of an asynchronous call operation, such as playing a prompt. Unlike most Graph enums, its members start with a capital letter.
///
/// Values outside the declared members are kept verbatim in `Unrecognized`; declared names also match in another letter case and are written in the schema's spelling.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OperationStatus {
    /// The service accepted the operation but has not begun it.
    NotStarted,
    /// The operation is in progress.
    Running,
    /// The operation finished without error.
    Completed,
    /// The operation failed, and `resultInfo` says why.
    Failed,
    /// A value the schema does not declare, kept verbatim.
    Unrecognized(::graph_calls::json::UnrecognizedValue),
}
impl OperationStatus {
    /// Returns the value as it is written in JSON.
    pub fn as_str(&self) -> &str {
        match self {
            Self::NotStarted => "NotStarted",
            Self::Running => "Running",
            Self::Completed => "Completed",
            Self::Failed => "Failed",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
}
impl runtime::EnumType for OperationStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.operationStatus";
    const NAMES: &'static [&'static str] = &[
        "NotStarted",
        "Running",
        "Completed",
        "Failed",
    ];
    fn from_known(name: &str) -> Option<Self> {
        match name {
            "NotStarted" => Some(Self::NotStarted),
            "Running" => Some(Self::Running),
            "Completed" => Some(Self::Completed),
            "Failed" => Some(Self::Failed),
            _ => None,
        }
    }
    fn unrecognized(value: ::graph_calls::json::UnrecognizedValue) -> Self {
        Self::Unrecognized(value)
    }
    fn as_str(&self) -> &str {
        OperationStatus::as_str(self)
    }
}
impl From<&str> for OperationStatus {
    fn from(value: &str) -> Self {
        runtime::parse_enum(value)
    }
}
impl ::core::str::FromStr for OperationStatus {
    type Err = ::core::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(runtime::parse_enum(value))
    }
}
impl ::core::fmt::Display for OperationStatus {
    fn fmt(&self, formatter: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        formatter.write_str(self.as_str())
    }
}
impl ::serde::Serialize for OperationStatus {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for OperationStatus {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_enum(deserializer)
    }
}
/// Recording state that a participant reports.
///
/// Values outside the declared members are kept verbatim in `Unrecognized`; declared names also match in another letter case and are written in the schema's spelling.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RecordingStatus {
    /// The recording state is not known.
    Unknown,
    /// The participant is not recording.
    NotRecording,
    /// The participant is recording.
    Recording,
    /// The recording failed.
    Failed,
    /// Sentinel that ends the known members of this evolvable enum. Graph returns it in place of members added later, unless the request sends the header `Prefer: include-unknown-enum-members`.
    UnknownFutureValue,
    /// A value the schema does not declare, kept verbatim.
    Unrecognized(::graph_calls::json::UnrecognizedValue),
}
impl RecordingStatus {
    /// Returns the value as it is written in JSON.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Unknown => "unknown",
            Self::NotRecording => "notRecording",
            Self::Recording => "recording",
            Self::Failed => "failed",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
}
impl runtime::EnumType for RecordingStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.recordingStatus";
    const NAMES: &'static [&'static str] = &[
        "unknown",
        "notRecording",
        "recording",
        "failed",
        "unknownFutureValue",
    ];
    fn from_known(name: &str) -> Option<Self> {
        match name {
            "unknown" => Some(Self::Unknown),
            "notRecording" => Some(Self::NotRecording),
            "recording" => Some(Self::Recording),
            "failed" => Some(Self::Failed),
            "unknownFutureValue" => Some(Self::UnknownFutureValue),
            _ => None,
        }
    }
    fn unrecognized(value: ::graph_calls::json::UnrecognizedValue) -> Self {
        Self::Unrecognized(value)
    }
    fn as_str(&self) -> &str {
        RecordingStatus::as_str(self)
    }
}
impl From<&str> for RecordingStatus {
    fn from(value: &str) -> Self {
        runtime::parse_enum(value)
    }
}
impl ::core::str::FromStr for RecordingStatus {
    type Err = ::core::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(runtime::parse_enum(value))
    }
}
impl ::core::fmt::Display for RecordingStatus {
    fn fmt(&self, formatter: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        formatter.write_str(self.as_str())
    }
}
impl ::serde::Serialize for RecordingStatus {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for RecordingStatus {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_enum(deserializer)
    }
}
/// Limit on the number of sources and receivers in an audio routing group.
///
/// Values outside the declared members are kept verbatim in `Unrecognized`; declared names also match in another letter case and are written in the schema's spelling.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RoutingMode {
    /// The group has exactly one source and one receiver.
    OneToOne,
    /// The group has one source and several receivers, and the bot can change the receivers later.
    Multicast,
    /// Sentinel that ends the known members of this evolvable enum. Graph returns it in place of members added later, unless the request sends the header `Prefer: include-unknown-enum-members`.
    UnknownFutureValue,
    /// A value the schema does not declare, kept verbatim.
    Unrecognized(::graph_calls::json::UnrecognizedValue),
}
impl RoutingMode {
    /// Returns the value as it is written in JSON.
    pub fn as_str(&self) -> &str {
        match self {
            Self::OneToOne => "oneToOne",
            Self::Multicast => "multicast",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
}
impl runtime::EnumType for RoutingMode {
    const TYPE_NAME: &'static str = "microsoft.graph.routingMode";
    const NAMES: &'static [&'static str] = &[
        "oneToOne",
        "multicast",
        "unknownFutureValue",
    ];
    fn from_known(name: &str) -> Option<Self> {
        match name {
            "oneToOne" => Some(Self::OneToOne),
            "multicast" => Some(Self::Multicast),
            "unknownFutureValue" => Some(Self::UnknownFutureValue),
            _ => None,
        }
    }
    fn unrecognized(value: ::graph_calls::json::UnrecognizedValue) -> Self {
        Self::Unrecognized(value)
    }
    fn as_str(&self) -> &str {
        RoutingMode::as_str(self)
    }
}
impl From<&str> for RoutingMode {
    fn from(value: &str) -> Self {
        runtime::parse_enum(value)
    }
}
impl ::core::str::FromStr for RoutingMode {
    type Err = ::core::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(runtime::parse_enum(value))
    }
}
impl ::core::fmt::Display for RoutingMode {
    fn fmt(&self, formatter: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        formatter.write_str(self.as_str())
    }
}
impl ::serde::Serialize for RoutingMode {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for RoutingMode {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_enum(deserializer)
    }
}
/// Rule that changes how the service routes a call to its target, for example whether the target's forwarding settings apply. NOTE: Graph does not document the members, so their descriptions are inferred from the names.
///
/// Not in the Microsoft Graph v1.0 metadata: declared by the beta metadata.
///
/// Values outside the declared members are kept verbatim in `Unrecognized`; declared names also match in another letter case and are written in the schema's spelling.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RoutingPolicy {
    /// No routing policy applies.
    None,
    /// The target gets no missed-call notification when it does not answer.
    NoMissedCall,
    /// The target's forwarding settings are ignored, except forwarding to a phone number.
    DisableForwardingExceptPhone,
    /// The target's forwarding settings are ignored.
    DisableForwarding,
    /// The call goes to the target's Skype for Business endpoint in preference to Teams.
    PreferSkypeForBusiness,
    /// Sentinel that ends the known members of this evolvable enum. Graph returns it in place of members added later, unless the request sends the header `Prefer: include-unknown-enum-members`.
    UnknownFutureValue,
    /// A value the schema does not declare, kept verbatim.
    Unrecognized(::graph_calls::json::UnrecognizedValue),
}
impl RoutingPolicy {
    /// Returns the value as it is written in JSON.
    pub fn as_str(&self) -> &str {
        match self {
            Self::None => "none",
            Self::NoMissedCall => "noMissedCall",
            Self::DisableForwardingExceptPhone => "disableForwardingExceptPhone",
            Self::DisableForwarding => "disableForwarding",
            Self::PreferSkypeForBusiness => "preferSkypeForBusiness",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
}
impl runtime::EnumType for RoutingPolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.routingPolicy";
    const NAMES: &'static [&'static str] = &[
        "none",
        "noMissedCall",
        "disableForwardingExceptPhone",
        "disableForwarding",
        "preferSkypeForBusiness",
        "unknownFutureValue",
    ];
    fn from_known(name: &str) -> Option<Self> {
        match name {
            "none" => Some(Self::None),
            "noMissedCall" => Some(Self::NoMissedCall),
            "disableForwardingExceptPhone" => Some(Self::DisableForwardingExceptPhone),
            "disableForwarding" => Some(Self::DisableForwarding),
            "preferSkypeForBusiness" => Some(Self::PreferSkypeForBusiness),
            "unknownFutureValue" => Some(Self::UnknownFutureValue),
            _ => None,
        }
    }
    fn unrecognized(value: ::graph_calls::json::UnrecognizedValue) -> Self {
        Self::Unrecognized(value)
    }
    fn as_str(&self) -> &str {
        RoutingPolicy::as_str(self)
    }
}
impl From<&str> for RoutingPolicy {
    fn from(value: &str) -> Self {
        runtime::parse_enum(value)
    }
}
impl ::core::str::FromStr for RoutingPolicy {
    type Err = ::core::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(runtime::parse_enum(value))
    }
}
impl ::core::fmt::Display for RoutingPolicy {
    fn fmt(&self, formatter: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        formatter.write_str(self.as_str())
    }
}
impl ::serde::Serialize for RoutingPolicy {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for RoutingPolicy {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_enum(deserializer)
    }
}
/// Reason why the service retargeted a call from its original identity to another one. NOTE: Graph does not document the members, so their descriptions are inferred from the names.
///
/// Values outside the declared members are kept verbatim in `Unrecognized`; declared names also match in another letter case and are written in the schema's spelling.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RoutingType {
    /// The original target forwarded the call.
    Forwarded,
    /// The service looked up the original identity, such as a phone number, and found another identity for it.
    Lookup,
    /// The call was forked to other endpoints of the same target.
    SelfFork,
    /// Sentinel that ends the known members of this evolvable enum. Graph returns it in place of members added later, unless the request sends the header `Prefer: include-unknown-enum-members`.
    UnknownFutureValue,
    /// A value the schema does not declare, kept verbatim.
    Unrecognized(::graph_calls::json::UnrecognizedValue),
}
impl RoutingType {
    /// Returns the value as it is written in JSON.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Forwarded => "forwarded",
            Self::Lookup => "lookup",
            Self::SelfFork => "selfFork",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
}
impl runtime::EnumType for RoutingType {
    const TYPE_NAME: &'static str = "microsoft.graph.routingType";
    const NAMES: &'static [&'static str] = &[
        "forwarded",
        "lookup",
        "selfFork",
        "unknownFutureValue",
    ];
    fn from_known(name: &str) -> Option<Self> {
        match name {
            "forwarded" => Some(Self::Forwarded),
            "lookup" => Some(Self::Lookup),
            "selfFork" => Some(Self::SelfFork),
            "unknownFutureValue" => Some(Self::UnknownFutureValue),
            _ => None,
        }
    }
    fn unrecognized(value: ::graph_calls::json::UnrecognizedValue) -> Self {
        Self::Unrecognized(value)
    }
    fn as_str(&self) -> &str {
        RoutingType::as_str(self)
    }
}
impl From<&str> for RoutingType {
    fn from(value: &str) -> Self {
        runtime::parse_enum(value)
    }
}
impl ::core::str::FromStr for RoutingType {
    type Err = ::core::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(runtime::parse_enum(value))
    }
}
impl ::core::fmt::Display for RoutingType {
    fn fmt(&self, formatter: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        formatter.write_str(self.as_str())
    }
}
impl ::serde::Serialize for RoutingType {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for RoutingType {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_enum(deserializer)
    }
}
/// Reason why a send-DTMF-tones operation ended.
///
/// Values outside the declared members are kept verbatim in `Unrecognized`; declared names also match in another letter case and are written in the schema's spelling.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SendDtmfCompletionReason {
    /// The service gave no reason.
    Unknown,
    /// All tones were sent.
    CompletedSuccessfully,
    /// The operation was canceled before all tones were sent.
    MediaOperationCanceled,
    /// Sentinel that ends the known members of this evolvable enum. Graph returns it in place of members added later, unless the request sends the header `Prefer: include-unknown-enum-members`.
    UnknownFutureValue,
    /// A value the schema does not declare, kept verbatim.
    Unrecognized(::graph_calls::json::UnrecognizedValue),
}
impl SendDtmfCompletionReason {
    /// Returns the value as it is written in JSON.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Unknown => "unknown",
            Self::CompletedSuccessfully => "completedSuccessfully",
            Self::MediaOperationCanceled => "mediaOperationCanceled",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
}
impl runtime::EnumType for SendDtmfCompletionReason {
    const TYPE_NAME: &'static str = "microsoft.graph.sendDtmfCompletionReason";
    const NAMES: &'static [&'static str] = &[
        "unknown",
        "completedSuccessfully",
        "mediaOperationCanceled",
        "unknownFutureValue",
    ];
    fn from_known(name: &str) -> Option<Self> {
        match name {
            "unknown" => Some(Self::Unknown),
            "completedSuccessfully" => Some(Self::CompletedSuccessfully),
            "mediaOperationCanceled" => Some(Self::MediaOperationCanceled),
            "unknownFutureValue" => Some(Self::UnknownFutureValue),
            _ => None,
        }
    }
    fn unrecognized(value: ::graph_calls::json::UnrecognizedValue) -> Self {
        Self::Unrecognized(value)
    }
    fn as_str(&self) -> &str {
        SendDtmfCompletionReason::as_str(self)
    }
}
impl From<&str> for SendDtmfCompletionReason {
    fn from(value: &str) -> Self {
        runtime::parse_enum(value)
    }
}
impl ::core::str::FromStr for SendDtmfCompletionReason {
    type Err = ::core::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(runtime::parse_enum(value))
    }
}
impl ::core::fmt::Display for SendDtmfCompletionReason {
    fn fmt(&self, formatter: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        formatter.write_str(self.as_str())
    }
}
impl ::serde::Serialize for SendDtmfCompletionReason {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for SendDtmfCompletionReason {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_enum(deserializer)
    }
}
/// DTMF tone, which is one key of a telephone keypad or a hook flash.
///
/// Values outside the declared members are kept verbatim in `Unrecognized`; declared names also match in another letter case and are written in the schema's spelling.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Tone {
    /// The digit key 0.
    Tone0,
    /// The digit key 1.
    Tone1,
    /// The digit key 2.
    Tone2,
    /// The digit key 3.
    Tone3,
    /// The digit key 4.
    Tone4,
    /// The digit key 5.
    Tone5,
    /// The digit key 6.
    Tone6,
    /// The digit key 7.
    Tone7,
    /// The digit key 8.
    Tone8,
    /// The digit key 9.
    Tone9,
    /// The star key `*`.
    Star,
    /// The pound or hash key `#`.
    Pound,
    /// The `A` key of the extended DTMF keypad.
    A,
    /// The `B` key of the extended DTMF keypad.
    B,
    /// The `C` key of the extended DTMF keypad.
    C,
    /// The `D` key of the extended DTMF keypad.
    D,
    /// A hook flash, which is a short on-hook signal and not a keypad key.
    Flash,
    /// A value the schema does not declare, kept verbatim.
    Unrecognized(::graph_calls::json::UnrecognizedValue),
}
impl Tone {
    /// Returns the value as it is written in JSON.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Tone0 => "tone0",
            Self::Tone1 => "tone1",
            Self::Tone2 => "tone2",
            Self::Tone3 => "tone3",
            Self::Tone4 => "tone4",
            Self::Tone5 => "tone5",
            Self::Tone6 => "tone6",
            Self::Tone7 => "tone7",
            Self::Tone8 => "tone8",
            Self::Tone9 => "tone9",
            Self::Star => "star",
            Self::Pound => "pound",
            Self::A => "a",
            Self::B => "b",
            Self::C => "c",
            Self::D => "d",
            Self::Flash => "flash",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
}
impl runtime::EnumType for Tone {
    const TYPE_NAME: &'static str = "microsoft.graph.tone";
    const NAMES: &'static [&'static str] = &[
        "tone0",
        "tone1",
        "tone2",
        "tone3",
        "tone4",
        "tone5",
        "tone6",
        "tone7",
        "tone8",
        "tone9",
        "star",
        "pound",
        "a",
        "b",
        "c",
        "d",
        "flash",
    ];
    fn from_known(name: &str) -> Option<Self> {
        match name {
            "tone0" => Some(Self::Tone0),
            "tone1" => Some(Self::Tone1),
            "tone2" => Some(Self::Tone2),
            "tone3" => Some(Self::Tone3),
            "tone4" => Some(Self::Tone4),
            "tone5" => Some(Self::Tone5),
            "tone6" => Some(Self::Tone6),
            "tone7" => Some(Self::Tone7),
            "tone8" => Some(Self::Tone8),
            "tone9" => Some(Self::Tone9),
            "star" => Some(Self::Star),
            "pound" => Some(Self::Pound),
            "a" => Some(Self::A),
            "b" => Some(Self::B),
            "c" => Some(Self::C),
            "d" => Some(Self::D),
            "flash" => Some(Self::Flash),
            _ => None,
        }
    }
    fn unrecognized(value: ::graph_calls::json::UnrecognizedValue) -> Self {
        Self::Unrecognized(value)
    }
    fn as_str(&self) -> &str {
        Tone::as_str(self)
    }
}
impl From<&str> for Tone {
    fn from(value: &str) -> Self {
        runtime::parse_enum(value)
    }
}
impl ::core::str::FromStr for Tone {
    type Err = ::core::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(runtime::parse_enum(value))
    }
}
impl ::core::fmt::Display for Tone {
    fn fmt(&self, formatter: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        formatter.write_str(self.as_str())
    }
}
impl ::serde::Serialize for Tone {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for Tone {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_enum(deserializer)
    }
}
