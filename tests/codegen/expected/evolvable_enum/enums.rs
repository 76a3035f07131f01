// @generated from tests/codegen/fixtures/evolvable_enum.csdl.xml by `UPDATE_GOLDEN=1 cargo test -p graph-calls-codegen --test golden`. Do not edit: change the schema or the generator and regenerate.

#![allow(deprecated)]
use ::graph_calls::__private as runtime;
/// Where a call is in its life.
///
/// Values outside the declared members are kept verbatim in `Unrecognized`; declared names also match in another letter case and are written in the schema's spelling.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CallState {
    /// `incoming`
    Incoming,
    /// Connected, with media flowing.
    Established,
    /// `terminated`
    Terminated,
    /// `unknownFutureValue`
    UnknownFutureValue,
    /// A value the schema does not declare, kept verbatim.
    Unrecognized(::graph_calls::json::UnrecognizedValue),
}
impl CallState {
    /// Returns the value as it is written in JSON.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Incoming => "incoming",
            Self::Established => "established",
            Self::Terminated => "terminated",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
}
impl runtime::EnumType for CallState {
    const TYPE_NAME: &'static str = "example.graph.callState";
    const NAMES: &'static [&'static str] = &[
        "incoming",
        "established",
        "terminated",
        "unknownFutureValue",
    ];
    fn from_known(name: &str) -> Option<Self> {
        match name {
            "incoming" => Some(Self::Incoming),
            "established" => Some(Self::Established),
            "terminated" => Some(Self::Terminated),
            "unknownFutureValue" => Some(Self::UnknownFutureValue),
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
/// The `operationStatus` enumeration.
///
/// Values outside the declared members are kept verbatim in `Unrecognized`; declared names also match in another letter case and are written in the schema's spelling.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OperationStatus {
    /// `NotStarted`
    NotStarted,
    /// `Completed`
    Completed,
    /// A value the schema does not declare, kept verbatim.
    Unrecognized(::graph_calls::json::UnrecognizedValue),
}
impl OperationStatus {
    /// Returns the value as it is written in JSON.
    pub fn as_str(&self) -> &str {
        match self {
            Self::NotStarted => "NotStarted",
            Self::Completed => "Completed",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
}
impl runtime::EnumType for OperationStatus {
    const TYPE_NAME: &'static str = "example.graph.operationStatus";
    const NAMES: &'static [&'static str] = &["NotStarted", "Completed"];
    fn from_known(name: &str) -> Option<Self> {
        match name {
            "NotStarted" => Some(Self::NotStarted),
            "Completed" => Some(Self::Completed),
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
