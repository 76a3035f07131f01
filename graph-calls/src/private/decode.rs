//! Visitors that drive generated `read_member` implementations.

use std::fmt;
use std::marker::PhantomData;

use serde::de::value::MapDeserializer;
use serde::de::{self, Deserializer, MapAccess, Visitor};

use super::{EnumType, MemberName, Model, Polymorphic, intern, parse_enum};

const ODATA_TYPE: &str = "@odata.type";

/// Reads a JSON object into a generated model.
///
/// # Errors
///
/// Fails when the input is not an object or a member's value does not fit its field.
pub fn deserialize_model<'de, T: Model, D: Deserializer<'de>>(deserializer: D) -> Result<T, D::Error> {
    deserializer.deserialize_map(ModelVisitor(PhantomData))
}

struct ModelVisitor<T>(PhantomData<T>);

impl<'de, T: Model> Visitor<'de> for ModelVisitor<T> {
    type Value = T;

    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(formatter, "a JSON object for `{}`", T::TYPE_NAME)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<T, A::Error> {
        let mut value = T::empty();
        while let Some(name) = map.next_key::<MemberName<'de>>()? {
            value.read_member(name, &mut map)?;
        }
        Ok(value)
    }
}

/// Reads a JSON object into the variant its `@odata.type` names.
///
/// Graph writes the annotation first, so the common case reads each member once. When the
/// annotation comes later, the members read so far as the base type are replayed into the
/// derived type; when it is absent, the value is the base type.
///
/// # Errors
///
/// Fails when the input is not an object or a member's value does not fit its field.
pub fn deserialize_polymorphic<'de, P: Polymorphic, D: Deserializer<'de>>(deserializer: D) -> Result<P, D::Error> {
    deserializer.deserialize_map(PolymorphicVisitor(PhantomData))
}

/// Finds the declared annotation that `annotation` names: `#microsoft.graph.call`,
/// `microsoft.graph.call`, or either in another letter case.
fn known_type<P: Polymorphic>(annotation: &str) -> Option<&'static str> {
    let name = annotation.strip_prefix('#').unwrap_or(annotation);
    let unprefixed = |known: &&'static str| &known[1..];
    P::ANNOTATIONS
        .iter()
        .find(|known| unprefixed(known) == name)
        .or_else(|| P::ANNOTATIONS.iter().find(|known| unprefixed(known).eq_ignore_ascii_case(name)))
        .copied()
}

struct PolymorphicVisitor<P>(PhantomData<P>);

impl<'de, P: Polymorphic> Visitor<'de> for PolymorphicVisitor<P> {
    type Value = P;

    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(formatter, "a JSON object for `{}` or a type derived from it", P::Base::TYPE_NAME)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<P, A::Error> {
        let Some(first) = map.next_key::<MemberName<'de>>()? else {
            return Ok(P::from_base(P::Base::empty()));
        };
        if &*first == ODATA_TYPE {
            let Some(annotation) = map.next_value::<Option<MemberName<'de>>>()? else {
                return read_rest(P::from_base(P::Base::empty()), map);
            };
            let known = known_type::<P>(&annotation);
            let mut value = match known.and_then(P::empty_variant) {
                Some(value) => value,
                None => P::unrecognized(P::Base::empty()),
            };
            value.set_odata_type(match known {
                Some(canonical) => intern(annotation, canonical),
                None => annotation.into_owned().into(),
            });
            return read_rest(value, map);
        }

        let mut base = P::Base::empty();
        base.read_member(first, &mut map)?;
        while let Some(name) = map.next_key::<MemberName<'de>>()? {
            if &*name != ODATA_TYPE {
                base.read_member(name, &mut map)?;
                continue;
            }
            if base.odata_type().is_some() {
                return Err(de::Error::custom("duplicate member `@odata.type`"));
            }
            let Some(annotation) = map.next_value::<Option<MemberName<'de>>>()? else {
                continue;
            };
            let Some(canonical) = known_type::<P>(&annotation) else {
                base.set_odata_type(annotation.into_owned().into());
                let mut value = P::unrecognized(base);
                while let Some(name) = map.next_key::<MemberName<'de>>()? {
                    value.read_member(name, &mut map)?;
                }
                return Ok(value);
            };
            if canonical == P::ANNOTATIONS[0] {
                base.set_odata_type(intern(annotation, canonical));
                continue;
            }
            let Some(mut value) = P::empty_variant(canonical) else {
                continue;
            };
            replay(&base, &mut value).map_err(de::Error::custom)?;
            value.set_odata_type(intern(annotation, canonical));
            return read_rest(value, map);
        }
        Ok(P::from_base(base))
    }
}

fn read_rest<'de, P: Polymorphic, A: MapAccess<'de>>(mut value: P, mut map: A) -> Result<P, A::Error> {
    while let Some(name) = map.next_key::<MemberName<'de>>()? {
        value.read_member(name, &mut map)?;
    }
    Ok(value)
}

/// Feeds the members already read as the base type into a derived variant.
fn replay<P: Polymorphic>(base: &P::Base, value: &mut P) -> Result<(), serde_json::Error> {
    let serde_json::Value::Object(members) = serde_json::to_value(base)? else {
        return Ok(());
    };
    let mut map = MapDeserializer::<_, serde_json::Error>::new(members.into_iter());
    while let Some(name) = map.next_key::<MemberName<'_>>()? {
        value.read_member(name, &mut map)?;
    }
    map.end()
}

/// Reads a JSON string into a generated enum; see [`parse_enum`] for the matching rules.
///
/// # Errors
///
/// Fails when the value is not a string.
pub fn deserialize_enum<'de, E: EnumType, D: Deserializer<'de>>(deserializer: D) -> Result<E, D::Error> {
    deserializer.deserialize_str(EnumVisitor(PhantomData))
}

struct EnumVisitor<E>(PhantomData<E>);

impl<E: EnumType> Visitor<'_> for EnumVisitor<E> {
    type Value = E;

    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(formatter, "a string member of `{}`", E::TYPE_NAME)
    }

    fn visit_str<Error: de::Error>(self, text: &str) -> Result<E, Error> {
        Ok(parse_enum(text))
    }
}
