// @generated from tests/codegen/fixtures/collection.csdl.xml by `UPDATE_GOLDEN=1 cargo test -p graph-calls-codegen --test golden`. Do not edit: change the schema or the generator and regenerate.

#![allow(deprecated)]
use ::graph_calls::__private as runtime;
/// The `modality` enumeration.
///
/// Values outside the declared members are kept verbatim in `Unrecognized`; declared names also match in another letter case and are written in the schema's spelling.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Modality {
    /// `audio`
    Audio,
    /// `video`
    Video,
    /// A value the schema does not declare, kept verbatim.
    Unrecognized(::graph_calls::json::UnrecognizedValue),
}
impl Modality {
    /// Returns the value as it is written in JSON.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Audio => "audio",
            Self::Video => "video",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
}
impl runtime::EnumType for Modality {
    const TYPE_NAME: &'static str = "example.graph.modality";
    const NAMES: &'static [&'static str] = &["audio", "video"];
    fn from_known(name: &str) -> Option<Self> {
        match name {
            "audio" => Some(Self::Audio),
            "video" => Some(Self::Video),
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
