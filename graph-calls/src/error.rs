//! The one error type of client calls, and Graph's error body.

use std::fmt;
use std::time::Duration;

use reqwest::StatusCode;
use serde_json::Value;

use crate::ValidationError;
use crate::auth::TokenError;
use crate::json::UnknownMembers;
use crate::notifications::TransferRefused;

/// A failed Graph request: what went wrong, on which request, and Graph's error details.
///
/// Ask for the kind with [`Error::kind`] or the predicates (`is_service`, `is_throttled`, …);
/// [`Error::status`] and [`Error::request_id`] return what a support request to Microsoft needs.
#[derive(Debug)]
pub struct Error {
    inner: Box<Inner>,
}

/// The kind of failure of an [`Error`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The request could not be sent or the response could not be read.
    Transport,
    /// No response arrived within the configured timeout.
    Timeout,
    /// No access token could be acquired.
    Token,
    /// The request was invalid and was not sent.
    Validation,
    /// A 2xx response body did not match the expected model.
    Decode,
    /// Graph responded with a non-2xx status.
    Service,
    /// The client was configured with an invalid value.
    Configuration,
    /// A call tracker refused the request because of the call's state; nothing was sent.
    Refused,
}

#[derive(Debug)]
enum Inner {
    Transport {
        request: RequestLabel,
        source: reqwest::Error,
    },
    Timeout {
        request: RequestLabel,
        source: reqwest::Error,
    },
    Token(TokenError),
    Validation(ValidationError),
    InvalidPath {
        segment_index: usize,
        reason: &'static str,
    },
    Decode {
        request: RequestLabel,
        status: StatusCode,
        request_id: Option<String>,
        path: String,
        source: serde_json::Error,
    },
    Service {
        request: RequestLabel,
        error: ServiceError,
    },
    Configuration(String),
    Refused(TransferRefused),
}

/// The method and path template of a request, such as `POST /communications/calls/{call-id}/transfer`.
#[derive(Debug, Clone)]
pub(crate) struct RequestLabel {
    pub(crate) method: reqwest::Method,
    pub(crate) template: &'static str,
}

impl fmt::Display for RequestLabel {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(formatter, "{} {}", self.method, self.template)
    }
}

impl Error {
    pub(crate) fn transport(request: RequestLabel, source: reqwest::Error) -> Self {
        Self::from_inner(Inner::Transport { request, source })
    }

    pub(crate) fn timeout(request: RequestLabel, source: reqwest::Error) -> Self {
        Self::from_inner(Inner::Timeout { request, source })
    }

    pub(crate) fn invalid_path(segment_index: usize, reason: &'static str) -> Self {
        Self::from_inner(Inner::InvalidPath { segment_index, reason })
    }

    pub(crate) fn decode(
        request: RequestLabel,
        status: StatusCode,
        request_id: Option<String>,
        path: String,
        source: serde_json::Error,
    ) -> Self {
        Self::from_inner(Inner::Decode { request, status, request_id, path, source })
    }

    pub(crate) fn service(request: RequestLabel, error: ServiceError) -> Self {
        Self::from_inner(Inner::Service { request, error })
    }

    pub(crate) fn configuration(message: String) -> Self {
        Self::from_inner(Inner::Configuration(message))
    }

    fn from_inner(inner: Inner) -> Self {
        Self { inner: Box::new(inner) }
    }

    /// Returns the kind of failure.
    pub fn kind(&self) -> ErrorKind {
        match &*self.inner {
            Inner::Transport { .. } => ErrorKind::Transport,
            Inner::Timeout { .. } => ErrorKind::Timeout,
            Inner::Token(_) => ErrorKind::Token,
            Inner::Validation(_) | Inner::InvalidPath { .. } => ErrorKind::Validation,
            Inner::Decode { .. } => ErrorKind::Decode,
            Inner::Service { .. } => ErrorKind::Service,
            Inner::Configuration(_) => ErrorKind::Configuration,
            Inner::Refused(_) => ErrorKind::Refused,
        }
    }

    /// Reports whether Graph responded with a non-2xx status.
    pub fn is_service(&self) -> bool {
        self.kind() == ErrorKind::Service
    }

    /// Reports whether the request failed because Graph kept throttling it (429, or 503 with
    /// `Retry-After`) until the retry policy ran out.
    pub fn is_throttled(&self) -> bool {
        self.service_error().is_some_and(ServiceError::is_throttled)
    }

    /// Reports whether no response arrived in time.
    pub fn is_timeout(&self) -> bool {
        self.kind() == ErrorKind::Timeout
    }

    /// Returns the HTTP status of the response, for service and decode errors.
    pub fn status(&self) -> Option<StatusCode> {
        match &*self.inner {
            Inner::Service { error, .. } => Some(error.status),
            Inner::Decode { status, .. } => Some(*status),
            _ => None,
        }
    }

    /// Returns Graph's `request-id` for the failed request, when a response carried one.
    pub fn request_id(&self) -> Option<&str> {
        match &*self.inner {
            Inner::Service { error, .. } => error.request_id(),
            Inner::Decode { request_id, .. } => request_id.as_deref(),
            _ => None,
        }
    }

    /// Returns Graph's error details for a service error.
    pub fn service_error(&self) -> Option<&ServiceError> {
        match &*self.inner {
            Inner::Service { error, .. } => Some(error),
            _ => None,
        }
    }

    /// Returns the rule a request body broke, for validation errors found before sending.
    pub fn validation_error(&self) -> Option<&ValidationError> {
        match &*self.inner {
            Inner::Validation(error) => Some(error),
            _ => None,
        }
    }

    /// Returns the token failure, for token errors.
    pub fn token_error(&self) -> Option<&TokenError> {
        match &*self.inner {
            Inner::Token(error) => Some(error),
            _ => None,
        }
    }

    /// Returns why a call tracker refused the request, with the call's state.
    pub fn transfer_refused(&self) -> Option<&TransferRefused> {
        match &*self.inner {
            Inner::Refused(refused) => Some(refused),
            _ => None,
        }
    }

    /// Returns the JSON path of the member that failed to decode, such as `value[0].state`.
    pub fn decode_path(&self) -> Option<&str> {
        match &*self.inner {
            Inner::Decode { path, .. } => Some(path),
            _ => None,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &*self.inner {
            Inner::Transport { request, .. } => {
                write!(formatter, "{request} failed: the request could not be sent or its response read")
            }
            Inner::Timeout { request, .. } => write!(formatter, "{request} timed out"),
            Inner::Token(error) => write!(formatter, "failed to acquire an access token: {error}"),
            Inner::Validation(error) => write!(formatter, "the request was not sent: {error}"),
            Inner::InvalidPath { segment_index, reason } => {
                write!(formatter, "the request was not sent: path segment {segment_index} is {reason}")
            }
            Inner::Decode { request, status, path, .. } => {
                write!(formatter, "{request} returned {status} with a body that does not match the model at `{path}`")?;
                if let Some(request_id) = self.request_id() {
                    write!(formatter, " (request-id {request_id})")?;
                }
                Ok(())
            }
            Inner::Service { request, error } => write!(formatter, "{request} {error}"),
            Inner::Configuration(message) => write!(formatter, "invalid client configuration: {message}"),
            Inner::Refused(refused) => write!(formatter, "the request was not sent: {refused}"),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match &*self.inner {
            Inner::Transport { source, .. } | Inner::Timeout { source, .. } => Some(source),
            // These errors print their inner error, so the chain continues below it.
            Inner::Token(error) => std::error::Error::source(error),
            Inner::Validation(_) => None,
            Inner::Decode { source, .. } => Some(source),
            Inner::Refused(_) => None,
            Inner::InvalidPath { .. } | Inner::Service { .. } | Inner::Configuration(_) => None,
        }
    }
}

impl From<ValidationError> for Error {
    fn from(error: ValidationError) -> Self {
        Self::from_inner(Inner::Validation(error))
    }
}

impl From<TransferRefused> for Error {
    fn from(refused: TransferRefused) -> Self {
        Self::from_inner(Inner::Refused(refused))
    }
}

impl From<TokenError> for Error {
    fn from(error: TokenError) -> Self {
        Self::from_inner(Inner::Token(error))
    }
}

/// A non-2xx response from Graph, with its error body parsed.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ServiceError {
    /// The HTTP status.
    pub status: StatusCode,
    /// `error.code`, such as `BadRequest` or `7505`; Graph's numeric codes stay strings.
    pub code: Option<String>,
    /// `error.message`.
    pub message: Option<String>,
    /// `error.innerError`.
    pub inner_error: Option<InnerError>,
    /// Other members of `error`.
    pub unknown_members: UnknownMembers,
    /// The body as received when it was not a JSON error object.
    pub raw_body: Option<String>,
    /// The `request-id` response header; [`InnerError::request_id`] is used when it is absent.
    pub request_id_header: Option<String>,
    /// How many times the request was sent.
    pub attempts: u32,
    /// The last `Retry-After` Graph asked for, when the retry policy stopped because of it.
    pub retry_after: Option<Duration>,
}

impl ServiceError {
    /// Returns the request id Graph assigned, from the response header or the body.
    pub fn request_id(&self) -> Option<&str> {
        self.request_id_header
            .as_deref()
            .or_else(|| self.inner_error.as_ref().and_then(|inner| inner.request_id.as_deref()))
    }

    /// Reports whether Graph throttled the request: status 429, or a `Retry-After` on 503.
    pub fn is_throttled(&self) -> bool {
        self.status == StatusCode::TOO_MANY_REQUESTS || self.retry_after.is_some()
    }

    /// Parses a response body; a body that is not Graph's `{"error": {...}}` is kept raw.
    pub(crate) fn from_body(status: StatusCode, body: &[u8]) -> Self {
        let mut error = Self {
            status,
            code: None,
            message: None,
            inner_error: None,
            unknown_members: UnknownMembers::new(),
            raw_body: None,
            request_id_header: None,
            attempts: 1,
            retry_after: None,
        };
        let parsed: Option<serde_json::Map<String, Value>> = match serde_json::from_slice::<Value>(body) {
            Ok(Value::Object(mut top)) => match top.remove("error") {
                Some(Value::Object(members)) if top.is_empty() => Some(members),
                _ => None,
            },
            _ => None,
        };
        let Some(members) = parsed else {
            if !body.is_empty() {
                error.raw_body = Some(String::from_utf8_lossy(body).into_owned());
            }
            return error;
        };
        for (name, value) in members {
            match (name.as_str(), value) {
                ("code", Value::String(code)) => error.code = Some(code),
                ("code", Value::Number(code)) => error.code = Some(code.to_string()),
                ("message", Value::String(message)) => error.message = Some(message),
                ("innerError" | "innererror", Value::Object(inner)) => {
                    error.inner_error = Some(InnerError::from_members(inner))
                }
                (_, value) => error.unknown_members.insert(name, value),
            }
        }
        error
    }
}

impl fmt::Display for ServiceError {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_throttled() {
            write!(formatter, "was throttled: {}", self.status)?;
            if self.attempts > 1 {
                write!(formatter, " after {} attempts", self.attempts)?;
            }
            if let Some(retry_after) = self.retry_after {
                write!(formatter, ", last Retry-After {:.3} s", retry_after.as_secs_f64())?;
            }
        } else {
            write!(formatter, "failed with {}", self.status)?;
        }
        if let Some(code) = &self.code {
            write!(formatter, ", code {code}")?;
        }
        if let Some(message) = &self.message {
            write!(formatter, ": {message}")?;
        }
        if let Some(request_id) = self.request_id() {
            write!(formatter, " (request-id {request_id})")?;
        }
        Ok(())
    }
}

/// `error.innerError` of a Graph error body.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct InnerError {
    /// `request-id`.
    pub request_id: Option<String>,
    /// `client-request-id`, echoed from the request.
    pub client_request_id: Option<String>,
    /// `date` as sent; Graph writes it without a time zone (it is UTC), so it is kept as text.
    pub date: Option<String>,
    /// Other members, such as `code` and `status` on throttling errors.
    pub unknown_members: UnknownMembers,
}

impl InnerError {
    fn from_members(members: serde_json::Map<String, Value>) -> Self {
        let mut inner = Self::default();
        for (name, value) in members {
            match (name.as_str(), value) {
                ("request-id", Value::String(id)) => inner.request_id = Some(id),
                ("client-request-id", Value::String(id)) => inner.client_request_id = Some(id),
                ("date", Value::String(date)) => inner.date = Some(date),
                (_, value) => inner.unknown_members.insert(name, value),
            }
        }
        inner
    }
}
