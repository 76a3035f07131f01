//! Access tokens for Graph: the [`TokenProvider`] trait, a static token and the OAuth 2.0
//! client-credentials flow.

mod client_credentials;

use std::fmt;
use std::future::Future;
use std::pin::Pin;

use reqwest::StatusCode;

pub use client_credentials::ClientCredentials;

/// A boxed future, the return type of [`TokenProvider::token`].
pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// Supplies the bearer token for each request.
///
/// The client asks for a token before every attempt, so a provider should cache tokens and
/// return quickly; [`ClientCredentials`] does.
pub trait TokenProvider: Send + Sync + fmt::Debug {
    /// Returns a token valid for the next request.
    ///
    /// # Errors
    ///
    /// Returns a [`TokenError`] when no token can be acquired.
    fn token(&self) -> BoxFuture<'_, Result<AccessToken, TokenError>>;
}

/// A bearer token. `Debug` and `Display` never show it.
#[derive(Clone, PartialEq, Eq)]
pub struct AccessToken(String);

impl AccessToken {
    /// Wraps a token string.
    pub fn new(token: impl Into<String>) -> Self {
        Self(token.into())
    }

    /// Returns the token, for the `Authorization` header.
    pub fn secret(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for AccessToken {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str("AccessToken(<redacted>)")
    }
}

/// A fixed token, for tests and for tokens managed outside this crate.
#[derive(Debug, Clone)]
pub struct StaticToken(AccessToken);

impl StaticToken {
    /// Wraps a token that is sent unchanged with every request.
    pub fn new(token: impl Into<String>) -> Self {
        Self(AccessToken::new(token))
    }
}

impl TokenProvider for StaticToken {
    fn token(&self) -> BoxFuture<'_, Result<AccessToken, TokenError>> {
        let token = self.0.clone();
        Box::pin(async move { Ok(token) })
    }
}

/// A failure to acquire a token.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum TokenError {
    /// The token endpoint could not be reached or its response read.
    #[error("the token endpoint {endpoint} could not be reached")]
    Transport {
        /// The token endpoint.
        endpoint: String,
        /// The underlying error.
        #[source]
        source: reqwest::Error,
    },
    /// The token endpoint rejected the request, with the OAuth error it returned.
    #[error("the token endpoint {endpoint} rejected the request with {status}{}{}", .error.as_deref().map(|code| format!(", error {code}")).unwrap_or_default(), .description.as_deref().map(|text| format!(": {text}")).unwrap_or_default())]
    Rejected {
        /// The token endpoint.
        endpoint: String,
        /// The HTTP status.
        status: StatusCode,
        /// The OAuth `error` code, such as `invalid_client`.
        error: Option<String>,
        /// The OAuth `error_description`, which for Microsoft Entra starts with an `AADSTS` code.
        description: Option<String>,
    },
    /// The token endpoint responded 2xx with a body that is not a token response.
    #[error("the token endpoint {endpoint} returned an invalid token response: {reason}")]
    InvalidResponse {
        /// The token endpoint.
        endpoint: String,
        /// The missing or malformed member.
        reason: String,
    },
    /// A custom provider failed.
    #[error("the token provider failed: {0}")]
    Provider(String),
}
