// @generated from tests/codegen/fixtures/flags.csdl.xml by `UPDATE_GOLDEN=1 cargo test -p graph-calls-codegen --test golden`. Do not edit: change the schema or the generator and regenerate.

#![allow(deprecated)]
use ::graph_calls::__private as runtime;
/// The `disabledReason` enumeration.
///
/// Values outside the declared members are kept verbatim in `Unrecognized`; declared names also match in another letter case and are written in the schema's spelling.
///
/// A flags type: properties of this type hold a `graph_calls::json::Flags<DisabledReason>`, written as a comma-separated list.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DisabledReason {
    /// `watermarkProtection`
    WatermarkProtection,
    /// `policy`
    Policy,
    /// `unknownFutureValue`
    UnknownFutureValue,
    /// A value the schema does not declare, kept verbatim.
    Unrecognized(::graph_calls::json::UnrecognizedValue),
}
impl DisabledReason {
    /// Returns the value as it is written in JSON.
    pub fn as_str(&self) -> &str {
        match self {
            Self::WatermarkProtection => "watermarkProtection",
            Self::Policy => "policy",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
}
impl runtime::EnumType for DisabledReason {
    const TYPE_NAME: &'static str = "example.graph.disabledReason";
    const NAMES: &'static [&'static str] = &[
        "watermarkProtection",
        "policy",
        "unknownFutureValue",
    ];
    fn from_known(name: &str) -> Option<Self> {
        match name {
            "watermarkProtection" => Some(Self::WatermarkProtection),
            "policy" => Some(Self::Policy),
            "unknownFutureValue" => Some(Self::UnknownFutureValue),
            _ => None,
        }
    }
    fn unrecognized(value: ::graph_calls::json::UnrecognizedValue) -> Self {
        Self::Unrecognized(value)
    }
    fn as_str(&self) -> &str {
        DisabledReason::as_str(self)
    }
}
impl From<&str> for DisabledReason {
    fn from(value: &str) -> Self {
        runtime::parse_enum(value)
    }
}
impl ::core::str::FromStr for DisabledReason {
    type Err = ::core::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(runtime::parse_enum(value))
    }
}
impl ::core::fmt::Display for DisabledReason {
    fn fmt(&self, formatter: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        formatter.write_str(self.as_str())
    }
}
impl ::serde::Serialize for DisabledReason {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for DisabledReason {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_enum(deserializer)
    }
}
