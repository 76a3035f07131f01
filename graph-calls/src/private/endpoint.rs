//! The calls that generated endpoint methods make.

use bytes::Bytes;
use reqwest::Method;
use serde::Serialize;
use serde::de::DeserializeOwned;

use super::Validate;
use crate::Error;
use crate::client::send::{Incoming, Outgoing, json_body};
use crate::client::{RequestPath, Response};
use crate::error::RequestLabel;

/// Sends a request whose success response has no body to decode.
///
/// # Errors
///
/// Fails when the body is invalid (nothing is sent) or the request fails.
pub async fn send_no_content<B: Serialize + Validate>(
    path: &RequestPath<'_>,
    method: Method,
    template: &'static str,
    body: Option<&B>,
) -> Result<Response<()>, Error> {
    let incoming = send(path, method, template, body).await?;
    if !incoming.body.is_empty() {
        tracing::trace!(bytes = incoming.body.len(), "ignoring the body of a response that has none in the schema");
    }
    Ok(Response {
        status: incoming.status,
        request_id: incoming.request_id,
        client_request_id: incoming.client_request_id,
        attempts: incoming.attempts,
        value: (),
    })
}

/// Sends a request and decodes the JSON body of its success response.
///
/// # Errors
///
/// Fails when the body is invalid (nothing is sent), the request fails, or the response body
/// does not decode; the decode error names the JSON path.
pub async fn send_json<B: Serialize + Validate, T: DeserializeOwned>(
    path: &RequestPath<'_>,
    method: Method,
    template: &'static str,
    body: Option<&B>,
) -> Result<Response<T>, Error> {
    let label = RequestLabel { method: method.clone(), template };
    let incoming = send(path, method, template, body).await?;
    let mut deserializer = serde_json::Deserializer::from_slice(&incoming.body);
    let decoded = serde_path_to_error::deserialize(&mut deserializer)
        .map_err(|error| (error.path().to_string(), error.into_inner()))
        .and_then(|value| deserializer.end().map(|()| value).map_err(|error| (String::new(), error)));
    let value = match decoded {
        Ok(value) => value,
        Err((json_path, error)) => {
            return Err(Error::decode(label, incoming.status, incoming.request_id, json_path, error));
        }
    };
    Ok(Response {
        status: incoming.status,
        request_id: incoming.request_id,
        client_request_id: incoming.client_request_id,
        attempts: incoming.attempts,
        value,
    })
}

/// Sends a request whose success body wraps the value in `{"value": ...}`, as Graph does for
/// collections and for primitive and enum values; other members of the wrapper, such as
/// `@odata.context`, describe the response and are not part of the value.
///
/// # Errors
///
/// Fails like [`send_json`].
pub async fn send_wrapped_json<B: Serialize + Validate, T: DeserializeOwned>(
    path: &RequestPath<'_>,
    method: Method,
    template: &'static str,
    body: Option<&B>,
) -> Result<Response<T>, Error> {
    let response = send_json::<B, Wrapped<T>>(path, method, template, body).await?;
    Ok(Response {
        status: response.status,
        request_id: response.request_id,
        client_request_id: response.client_request_id,
        attempts: response.attempts,
        value: response.value.value,
    })
}

/// Sends a request whose success body is a stream, returned as bytes.
///
/// # Errors
///
/// Fails when the body is invalid (nothing is sent) or the request fails.
pub async fn send_for_bytes<B: Serialize + Validate>(
    path: &RequestPath<'_>,
    method: Method,
    template: &'static str,
    body: Option<&B>,
) -> Result<Response<Bytes>, Error> {
    let incoming = send(path, method, template, body).await?;
    Ok(Response {
        status: incoming.status,
        request_id: incoming.request_id,
        client_request_id: incoming.client_request_id,
        attempts: incoming.attempts,
        value: incoming.body,
    })
}

#[derive(serde::Deserialize)]
struct Wrapped<T> {
    value: T,
}

/// A body type for requests that have none.
#[derive(Debug, Serialize)]
pub struct NoBody;

impl Validate for NoBody {
    fn is_empty(&self) -> bool {
        true
    }

    fn validate_at(&self, _path: &mut super::FieldPath) -> Result<(), crate::ValidationError> {
        Ok(())
    }
}

async fn send<B: Serialize + Validate>(
    path: &RequestPath<'_>,
    method: Method,
    template: &'static str,
    body: Option<&B>,
) -> Result<Incoming, Error> {
    let body: Option<Bytes> = match body {
        Some(body) => {
            super::validate(body)?;
            Some(json_body(body)?)
        }
        None => None,
    };
    let url = path.url()?;
    path.client().execute(Outgoing { method, template, url, body }).await
}
