//! Sending one request: headers, token, retries, tracing and error mapping.

use std::time::SystemTime;

use bytes::Bytes;
use reqwest::header::{ACCEPT, CONTENT_LENGTH, CONTENT_TYPE, HeaderMap};
use reqwest::{Method, StatusCode};
use tokio::time::Instant;
use tracing::Instrument;
use url::Url;

use super::Client;
use super::retry::{is_idempotent, is_retryable_status, retry_after};
use crate::error::{RequestLabel, ServiceError};
use crate::{Error, ValidationError};

/// A request ready to send.
pub(crate) struct Outgoing {
    pub(crate) method: Method,
    /// The path with placeholders, such as `/communications/calls/{call-id}/transfer`.
    pub(crate) template: &'static str,
    pub(crate) url: Url,
    pub(crate) body: Option<Bytes>,
}

/// A 2xx response.
pub(crate) struct Incoming {
    pub(crate) status: StatusCode,
    pub(crate) request_id: Option<String>,
    pub(crate) client_request_id: String,
    pub(crate) attempts: u32,
    pub(crate) body: Bytes,
}

impl Client {
    /// Sends a request, retrying it as the [`super::RetryPolicy`] allows.
    ///
    /// Every attempt carries the same `client-request-id`, so Graph's logs tie them together.
    pub(crate) async fn execute(&self, request: Outgoing) -> Result<Incoming, Error> {
        // Drawn from the thread-local CSPRNG, which costs no system call, unlike `Uuid::new_v4`.
        let client_request_id = uuid::Builder::from_random_bytes(rand::random()).into_uuid().to_string();
        let span = tracing::debug_span!(
            "graph_request",
            method = %request.method,
            path = request.template,
            client_request_id = %client_request_id,
            attempt = tracing::field::Empty,
            status = tracing::field::Empty,
            request_id = tracing::field::Empty,
        );
        self.attempt_until_done(request, client_request_id).instrument(span).await
    }

    async fn attempt_until_done(&self, request: Outgoing, client_request_id: String) -> Result<Incoming, Error> {
        let span = tracing::Span::current();
        let label = RequestLabel { method: request.method.clone(), template: request.template };
        let policy = &self.inner.retry;
        let started = Instant::now();
        let mut attempt: u32 = 0;
        loop {
            attempt += 1;
            span.record("attempt", attempt);
            let token = self.inner.tokens.token().await?;

            let mut builder = self
                .inner
                .http
                .request(request.method.clone(), request.url.clone())
                .bearer_auth(token.secret())
                .header("client-request-id", &client_request_id)
                .header(ACCEPT, "application/json");
            if let Some(body) = &request.body {
                builder = builder.header(CONTENT_TYPE, "application/json").body(body.clone());
            } else if matches!(request.method, Method::POST | Method::PUT | Method::PATCH) {
                // HTTP clients should state an empty body's length, and some front ends respond
                // 411 without it; hyper leaves it out for an empty body.
                builder = builder.header(CONTENT_LENGTH, "0");
            }

            let response = match builder.send().await {
                Ok(response) => response,
                Err(error) => {
                    // A connection that never opened carried nothing; a timeout may have.
                    let repeatable = error.is_connect() || (error.is_timeout() && is_idempotent(&request.method));
                    let wait = policy.backoff(attempt);
                    if repeatable
                        && attempt < policy.max_attempts
                        && started.elapsed().saturating_add(wait) <= policy.budget
                    {
                        tracing::debug!(error = %error, wait_ms = wait.as_millis(), "retrying after a transport error");
                        tokio::time::sleep(wait).await;
                        continue;
                    }
                    tracing::debug!(error = %error, "request failed");
                    return Err(if error.is_timeout() {
                        Error::timeout(label, error)
                    } else {
                        Error::transport(label, error)
                    });
                }
            };

            let status = response.status();
            let request_id = header_text(response.headers(), "request-id");
            let retryable = is_retryable_status(status, &request.method);
            let requested_wait = if retryable { retry_after(response.headers(), SystemTime::now()) } else { None };
            span.record("status", status.as_u16());
            if let Some(request_id) = &request_id {
                span.record("request_id", request_id.as_str());
            }
            let body = response.bytes().await.map_err(|error| {
                if error.is_timeout() {
                    Error::timeout(label.clone(), error)
                } else {
                    Error::transport(label.clone(), error)
                }
            })?;

            if status.is_success() {
                tracing::debug!(status = status.as_u16(), "request succeeded");
                return Ok(Incoming { status, request_id, client_request_id, attempts: attempt, body });
            }

            let mut retry_wait = None;
            if retryable {
                let wait = requested_wait.unwrap_or_else(|| policy.backoff(attempt));
                if attempt < policy.max_attempts && started.elapsed().saturating_add(wait) <= policy.budget {
                    tracing::debug!(status = status.as_u16(), wait_ms = wait.as_millis(), "retrying");
                    tokio::time::sleep(wait).await;
                    continue;
                }
                retry_wait = requested_wait;
            }
            let mut error = ServiceError::from_body(status, &body);
            error.request_id_header = request_id;
            error.attempts = attempt;
            error.retry_after = retry_wait;
            tracing::debug!(
                status = status.as_u16(),
                code = error.code.as_deref(),
                attempts = attempt,
                "request failed"
            );
            return Err(Error::service(label, error));
        }
    }
}

fn header_text(headers: &HeaderMap, name: &str) -> Option<String> {
    headers.get(name).and_then(|value| value.to_str().ok()).map(str::to_owned)
}

/// Serializes a request body; the models always serialize, so failure means a hand-made value
/// that JSON cannot represent.
pub(crate) fn json_body<B: serde::Serialize>(body: &B) -> Result<Bytes, Error> {
    // Room for the documented transfer bodies (200 to 450 bytes) without growing the buffer.
    let mut bytes = Vec::with_capacity(512);
    serde_json::to_writer(&mut bytes, body).map(|()| Bytes::from(bytes)).map_err(|error| {
        let reason = format!("the body cannot be written as JSON: {error}");
        Error::from(ValidationError::new(String::new(), crate::ValidationErrorKind::Invalid { reason }))
    })
}
