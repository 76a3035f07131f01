//! Reading a webhook body into typed notifications.

use serde::Serialize;
use serde::de::DeserializeOwned;

use super::Resource;
use crate::json::{OneOrMany, UnknownMembers};
use crate::models::{AnyCommsOperation, AnyEntity, Call, ChangeType, CommsNotifications, Participant};

/// The default body size limit: 4 MiB. A roster of 500 participants as Graph sends it is
/// about 600 KB, so this leaves room for rosters several times larger.
pub const DEFAULT_MAX_BODY_BYTES: usize = 4 * 1024 * 1024;

/// One change from a webhook body, with its resource identified and its data typed.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Notification {
    /// `created`, `updated` or `deleted`; Graph sends `deleted` with a call's final state.
    pub change_type: Option<ChangeType>,
    /// The resource, read from `resourceUrl`.
    pub resource: Resource,
    /// `resourceData`, typed by its `@odata.type` and the resource.
    pub data: ResourceData,
    /// Members of the notification the schema does not declare, in the order received.
    pub unknown_members: UnknownMembers,
}

/// The `resourceData` of a notification.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ResourceData {
    /// No `resourceData`.
    None,
    /// A call's state, for a call resource.
    Call(Box<Call>),
    /// The roster, for a participants resource; Graph sends the whole list, possibly empty.
    Participants(Vec<Participant>),
    /// An operation, for an operation resource, typed by its `@odata.type`.
    Operation(AnyCommsOperation),
    /// Data of another resource or of an unexpected type, decoded by its `@odata.type` and kept.
    Other(OneOrMany<AnyEntity>),
}

/// A webhook body that cannot be read.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum DecodeError {
    /// The body is empty.
    #[error("the notification body is empty")]
    Empty,
    /// The body is larger than the limit.
    #[error(
        "the notification body is {size} bytes, over the limit of {limit}; raise the limit if such bodies are expected"
    )]
    TooLarge {
        /// The body size in bytes.
        size: usize,
        /// The configured limit in bytes.
        limit: usize,
    },
    /// The body is not JSON, or not a `commsNotifications` object.
    #[error("invalid notification body at line {line}, column {column} (member `{path}`): {message}")]
    Invalid {
        /// The 1-based line of the problem.
        line: usize,
        /// The 1-based column of the problem.
        column: usize,
        /// The JSON path of the member, such as `value[0].resourceData.state`; `.` for the top.
        path: String,
        /// The problem, from the JSON parser.
        message: String,
    },
}

/// Reads a webhook body with the [`DEFAULT_MAX_BODY_BYTES`] limit.
///
/// ```
/// use graph_calls::notifications::{Resource, ResourceData, decode_notifications};
///
/// let body = br##"{"value": [{"changeType": "updated",
///     "resourceUrl": "/communications/calls/341a0500-d4bf-4224-8b19-1581168d328b",
///     "resourceData": {"@odata.type": "#microsoft.graph.call", "state": "transferring"}}]}"##;
/// let notifications = decode_notifications(body)?;
/// assert!(matches!(notifications[0].resource, Resource::Call { .. }));
/// assert!(matches!(notifications[0].data, ResourceData::Call(_)));
/// # Ok::<(), graph_calls::notifications::DecodeError>(())
/// ```
///
/// # Errors
///
/// See [`decode_notifications_with_limit`].
pub fn decode_notifications(body: &[u8]) -> Result<Vec<Notification>, DecodeError> {
    decode_notifications_with_limit(body, DEFAULT_MAX_BODY_BYTES)
}

/// Reads a webhook body: a `commsNotifications` object whose `value` lists the changes, kept in
/// order. Unknown resources, `@odata.type` values and members are kept, never errors.
///
/// # Errors
///
/// Returns [`DecodeError::Empty`] for an empty body, [`DecodeError::TooLarge`] for a body over
/// `max_body_bytes`, and [`DecodeError::Invalid`] with the position for anything that is not
/// a `commsNotifications` object.
pub fn decode_notifications_with_limit(body: &[u8], max_body_bytes: usize) -> Result<Vec<Notification>, DecodeError> {
    if body.len() > max_body_bytes {
        return Err(DecodeError::TooLarge { size: body.len(), limit: max_body_bytes });
    }
    if body.iter().all(u8::is_ascii_whitespace) {
        return Err(DecodeError::Empty);
    }
    let mut deserializer = serde_json::Deserializer::from_slice(body);
    let decoded = serde_path_to_error::deserialize::<_, CommsNotifications>(&mut deserializer)
        .map_err(|error| (error.path().to_string(), error.into_inner()))
        .and_then(|notifications| deserializer.end().map(|()| notifications).map_err(|error| (".".to_owned(), error)));
    let notifications = decoded.map_err(|(path, error)| DecodeError::Invalid {
        line: error.line(),
        column: error.column(),
        path,
        message: error.to_string(),
    })?;

    let entries = notifications.value.unwrap_or_default();
    Ok(entries
        .into_iter()
        .map(|entry| {
            let resource = Resource::from_url(entry.resource_url.as_deref());
            let data = type_data(&resource, entry.resource_data);
            Notification { change_type: entry.change_type, resource, data, unknown_members: entry.unknown_members }
        })
        .collect())
}

/// Types `resourceData` by the resource. Graph writes `@odata.type` on resource data, and
/// decoding already picked the type it names; when it is absent, the resource decides.
fn type_data(resource: &Resource, data: Option<OneOrMany<AnyEntity>>) -> ResourceData {
    let Some(data) = data else {
        return ResourceData::None;
    };
    match (resource, data) {
        (Resource::Call { .. }, OneOrMany::One(entity)) => match call(entity) {
            Ok(call) => ResourceData::Call(call),
            Err(entity) => ResourceData::Other(OneOrMany::One(entity)),
        },
        (Resource::Participants { .. }, OneOrMany::Many(entities)) => match participants(entities) {
            Ok(roster) => ResourceData::Participants(roster),
            Err(entities) => ResourceData::Other(OneOrMany::Many(entities)),
        },
        (Resource::Operation { .. }, OneOrMany::One(entity)) => match AnyCommsOperation::try_from(entity) {
            Ok(operation) => ResourceData::Operation(operation),
            Err(AnyEntity::Entity(base)) => match retype::<AnyCommsOperation>(&base) {
                Some(operation) => ResourceData::Operation(operation),
                None => ResourceData::Other(OneOrMany::One(AnyEntity::Entity(base))),
            },
            Err(entity) => ResourceData::Other(OneOrMany::One(entity)),
        },
        (_, data) => ResourceData::Other(data),
    }
}

fn call(entity: AnyEntity) -> Result<Box<Call>, AnyEntity> {
    match entity {
        AnyEntity::Call(call) => Ok(call),
        AnyEntity::Entity(base) => retype::<Call>(&base).map(Box::new).ok_or(AnyEntity::Entity(base)),
        other => Err(other),
    }
}

fn participants(entities: Vec<AnyEntity>) -> Result<Vec<Participant>, Vec<AnyEntity>> {
    if !entities.iter().all(|entity| matches!(entity, AnyEntity::Participant(_) | AnyEntity::Entity(_))) {
        return Err(entities);
    }
    let converted: Vec<Result<Participant, AnyEntity>> = entities
        .into_iter()
        .map(|entity| match entity {
            AnyEntity::Participant(participant) => Ok(*participant),
            AnyEntity::Entity(base) => retype::<Participant>(&base).ok_or(AnyEntity::Entity(base)),
            other => Err(other),
        })
        .collect();
    if converted.iter().all(Result::is_ok) {
        return Ok(converted.into_iter().flatten().collect());
    }
    Err(converted
        .into_iter()
        .map(|entry| match entry {
            Ok(participant) => AnyEntity::from(participant),
            Err(entity) => entity,
        })
        .collect())
}

/// Decodes a value read without `@odata.type` again as the type its resource implies; a value
/// that does not fit stays untyped in [`ResourceData::Other`].
fn retype<T: DeserializeOwned>(value: &impl Serialize) -> Option<T> {
    let value = serde_json::to_value(value).ok()?;
    match serde_json::from_value(value) {
        Ok(typed) => Some(typed),
        Err(error) => {
            tracing::debug!(error = %error, "resource data does not fit the type its resource implies");
            None
        }
    }
}
