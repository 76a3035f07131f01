// @generated from tests/codegen/fixtures/keywords.csdl.xml by `UPDATE_GOLDEN=1 cargo test -p graph-calls-codegen --test golden`. Do not edit: change the schema or the generator and regenerate.

#![allow(deprecated)]
use ::graph_calls::__private as runtime;
/// The `self` enumeration.
///
/// Values outside the declared members are kept verbatim in `Unrecognized2`; declared names also match in another letter case and are written in the schema's spelling.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SelfType {
    /// `type`
    Type,
    /// `Type`
    Type2,
    /// `unrecognized`
    Unrecognized,
    /// `_1x`
    N1x,
    /// A value the schema does not declare, kept verbatim.
    Unrecognized2(::graph_calls::json::UnrecognizedValue),
}
impl SelfType {
    /// Returns the value as it is written in JSON.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Type => "type",
            Self::Type2 => "Type",
            Self::Unrecognized => "unrecognized",
            Self::N1x => "_1x",
            Self::Unrecognized2(value) => value.as_str(),
        }
    }
}
impl runtime::EnumType for SelfType {
    const TYPE_NAME: &'static str = "example.graph.self";
    const NAMES: &'static [&'static str] = &["type", "Type", "unrecognized", "_1x"];
    fn from_known(name: &str) -> Option<Self> {
        match name {
            "type" => Some(Self::Type),
            "Type" => Some(Self::Type2),
            "unrecognized" => Some(Self::Unrecognized),
            "_1x" => Some(Self::N1x),
            _ => None,
        }
    }
    fn unrecognized(value: ::graph_calls::json::UnrecognizedValue) -> Self {
        Self::Unrecognized2(value)
    }
    fn as_str(&self) -> &str {
        SelfType::as_str(self)
    }
}
impl From<&str> for SelfType {
    fn from(value: &str) -> Self {
        runtime::parse_enum(value)
    }
}
impl ::core::str::FromStr for SelfType {
    type Err = ::core::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(runtime::parse_enum(value))
    }
}
impl ::core::fmt::Display for SelfType {
    fn fmt(&self, formatter: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        formatter.write_str(self.as_str())
    }
}
impl ::serde::Serialize for SelfType {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for SelfType {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        runtime::deserialize_enum(deserializer)
    }
}
