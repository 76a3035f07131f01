//! Verification of the JWT that Graph sends with each webhook request.
//!
//! Graph signs every callback to a calling bot with an RS256 token in the `Authorization: Bearer`
//! header. The token's `aud` is the bot's application id, its `iss` is Graph or the Bot Framework,
//! its `tid` is the tenant of the call, and its key is listed in the JWKS named by Microsoft's
//! OpenID configuration for calling notifications. A [`Verifier`] checks all of this and returns
//! the tenant, so a bot acts only on requests that Graph sent.
//!
//! ```no_run
//! use graph_calls::notifications::verify::{Verifier, VerifierConfig};
//! use reqwest::header::HeaderMap;
//!
//! # async fn handle(headers: HeaderMap) -> Result<(), Box<dyn std::error::Error>> {
//! let verifier = Verifier::new(VerifierConfig::new("00000000-0000-0000-0000-000000000001"))?;
//! match verifier.verify_headers(&headers).await {
//!     Ok(token) => println!("notification for tenant {}", token.tenant_id()),
//!     Err(error) if error.is_rejection() => println!("respond with 401: {error}"),
//!     Err(error) => println!("respond with 503: {error}"),
//! }
//! # Ok(())
//! # }
//! ```

mod config;
mod error;
mod keys;
mod token;

use std::fmt;
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use jsonwebtoken::{Algorithm, Validation};
use reqwest::header::HeaderMap;
use serde::Deserialize;
use serde_json::Value;

pub use config::{
    DEFAULT_CLOCK_SKEW, DEFAULT_ISSUERS, DEFAULT_MIN_REFRESH_INTERVAL, DEFAULT_OPENID_CONFIGURATION_URL,
    DEFAULT_REFRESH_INTERVAL, MAX_CLOCK_SKEW, VerifierConfig,
};
pub use error::VerifyError;

use error::excerpt;
use keys::KeyCache;

/// Verifies the bearer tokens of Graph webhook requests.
///
/// Clones share one key cache, so create one verifier per application and clone it into each
/// handler. The verifier fetches the signing keys on first use and again once they are older
/// than the refresh interval. A token with an unknown `kid` triggers one more fetch, at most once
/// per minimum refresh interval (see [`VerifierConfig`]).
#[derive(Clone)]
pub struct Verifier {
    inner: Arc<Inner>,
}

struct Inner {
    app_id: String,
    issuers: Vec<String>,
    validation: Validation,
    keys: KeyCache,
}

/// The claims of a token that passed verification.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerifiedToken {
    tenant_id: String,
    issuer: String,
    audience: String,
    expires_at: SystemTime,
}

impl VerifiedToken {
    /// Returns the tenant id (`tid`) of the call the notification is about.
    pub fn tenant_id(&self) -> &str {
        &self.tenant_id
    }

    /// Returns the issuer (`iss`) as the token states it, which matched an accepted issuer.
    pub fn issuer(&self) -> &str {
        &self.issuer
    }

    /// Returns the audience (`aud`), the bot's application id.
    pub fn audience(&self) -> &str {
        &self.audience
    }

    /// Returns the expiry time (`exp`) of the token.
    pub fn expires_at(&self) -> SystemTime {
        self.expires_at
    }
}

/// The claims checked after the signature, kept as JSON values so a claim of the wrong type gets
/// its own error instead of a generic decoding failure.
#[derive(Deserialize)]
struct Claims {
    iss: Option<Value>,
    aud: Option<Value>,
    tid: Option<Value>,
    exp: Option<Value>,
}

impl Verifier {
    /// Creates a verifier. No request is sent until the first verification or
    /// [`refresh_keys`](Self::refresh_keys).
    ///
    /// # Errors
    ///
    /// Returns [`VerifyError::InvalidConfig`] when the application id or an issuer is empty, no
    /// issuer is set, the clock skew exceeds [`MAX_CLOCK_SKEW`], or the OpenID configuration URL
    /// is neither `https` nor `http` to a loopback host.
    pub fn new(config: VerifierConfig) -> Result<Self, VerifyError> {
        config.validate()?;

        let mut validation = Validation::new(Algorithm::RS256);
        validation.leeway = config.clock_skew.as_secs();
        validation.validate_nbf = true;
        validation.set_required_spec_claims(&["exp"]);
        // `check_claims` checks `aud` and `iss`: `jsonwebtoken` would accept an audience array
        // and compare issuers without the trailing-slash rule.
        validation.validate_aud = false;

        let http = config.http.unwrap_or_default();
        let keys =
            KeyCache::new(http, config.openid_configuration_url, config.refresh_interval, config.min_refresh_interval);
        let inner = Inner { app_id: config.app_id, issuers: config.issuers, validation, keys };
        Ok(Self { inner: Arc::new(inner) })
    }

    /// Verifies the `Authorization` header of a webhook request.
    ///
    /// # Errors
    ///
    /// Returns [`VerifyError::AuthenticationHeader`] when the token is in an `Authentication`
    /// header, [`VerifyError::MalformedAuthorization`] when `Authorization` appears more than once
    /// or is not visible ASCII, and otherwise the errors of
    /// [`verify_authorization`](Self::verify_authorization).
    pub async fn verify_headers(&self, headers: &HeaderMap) -> Result<VerifiedToken, VerifyError> {
        match token::authorization_value(headers) {
            Ok(authorization) => self.verify_authorization(authorization).await,
            Err(error) => {
                tracing::debug!(%error, "webhook request token rejected");
                Err(error)
            }
        }
    }

    /// Verifies the value of an `Authorization` header, such as `Bearer eyJ…`. `None` means the
    /// request has no such header.
    ///
    /// # Errors
    ///
    /// Returns [`VerifyError::KeysUnavailable`] when the keys are needed but cannot be fetched,
    /// and for a token that fails a check the [`VerifyError`] variant named after that check
    /// (every variant except `KeysUnavailable` and `InvalidConfig`).
    pub async fn verify_authorization(&self, authorization: Option<&str>) -> Result<VerifiedToken, VerifyError> {
        let result = self.verify(authorization).await;
        match &result {
            Ok(token) => tracing::trace!(
                tenant_id = token.tenant_id(),
                issuer = token.issuer(),
                "webhook request token verified"
            ),
            Err(error) => tracing::debug!(%error, "webhook request token rejected"),
        }
        result
    }

    /// Fetches the signing keys now, for example at startup so the first notification does not
    /// wait for them. A failure keeps the keys already cached.
    ///
    /// # Errors
    ///
    /// Returns [`VerifyError::KeysUnavailable`] when the OpenID configuration or the JWKS cannot
    /// be fetched or the JWKS has no usable RSA signature key.
    pub async fn refresh_keys(&self) -> Result<(), VerifyError> {
        self.inner.keys.refresh().await
    }

    async fn verify(&self, authorization: Option<&str>) -> Result<VerifiedToken, VerifyError> {
        let authorization = authorization.ok_or(VerifyError::MissingAuthorization)?;
        let token = token::bearer_token(authorization)?;
        let header = token::check_header(token)?;
        let key = self.inner.keys.key(&header.kid).await?;
        let decoded = jsonwebtoken::decode::<Claims>(token, &key, &self.inner.validation).map_err(decode_error)?;
        self.check_claims(decoded.claims)
    }

    fn check_claims(&self, claims: Claims) -> Result<VerifiedToken, VerifyError> {
        let issuer = match claims.iss {
            Some(Value::String(issuer))
                if self.inner.issuers.iter().any(|accepted| issuer_matches(&issuer, accepted)) =>
            {
                issuer
            }
            Some(Value::String(issuer)) => return Err(VerifyError::InvalidIssuer { issuer: Some(excerpt(&issuer)) }),
            _ => return Err(VerifyError::InvalidIssuer { issuer: None }),
        };
        let audience = match claims.aud {
            Some(Value::String(audience)) if audience == self.inner.app_id => audience,
            Some(Value::String(audience)) => {
                return Err(VerifyError::InvalidAudience { audience: Some(excerpt(&audience)) });
            }
            _ => return Err(VerifyError::InvalidAudience { audience: None }),
        };
        let tenant_id = match claims.tid {
            Some(Value::String(tenant_id)) if !tenant_id.is_empty() => tenant_id,
            _ => return Err(VerifyError::MissingTenant),
        };
        // `jsonwebtoken` has checked that `exp` is a non-negative number.
        let expires_at = claims
            .exp
            .as_ref()
            .and_then(Value::as_f64)
            .and_then(|seconds| Duration::try_from_secs_f64(seconds).ok())
            .and_then(|since_epoch| UNIX_EPOCH.checked_add(since_epoch))
            .ok_or_else(|| VerifyError::malformed("the exp claim is out of range"))?;
        Ok(VerifiedToken { tenant_id, issuer, audience, expires_at })
    }
}

impl fmt::Debug for Verifier {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter
            .debug_struct("Verifier")
            .field("app_id", &self.inner.app_id)
            .field("issuers", &self.inner.issuers)
            .field("openid_configuration_url", &self.inner.keys.openid_configuration_url().as_str())
            .field("clock_skew_seconds", &self.inner.validation.leeway)
            .field("cached_key_count", &self.inner.keys.cached_key_count())
            .finish_non_exhaustive()
    }
}

/// Applies the issuer rule of [`VerifierConfig::issuers`]: equal after removing at most one
/// trailing `/` from each side.
fn issuer_matches(issuer: &str, accepted: &str) -> bool {
    fn strip(value: &str) -> &str {
        value.strip_suffix('/').unwrap_or(value)
    }
    strip(issuer) == strip(accepted)
}

fn decode_error(error: jsonwebtoken::errors::Error) -> VerifyError {
    use jsonwebtoken::errors::ErrorKind;

    match error.kind() {
        ErrorKind::InvalidSignature => VerifyError::InvalidSignature,
        ErrorKind::ExpiredSignature => VerifyError::Expired,
        ErrorKind::ImmatureSignature => VerifyError::NotYetValid,
        ErrorKind::MissingRequiredClaim(claim) if claim == "exp" => VerifyError::MissingExpiry,
        ErrorKind::InvalidClaimFormat(claim) => {
            VerifyError::malformed(format!("the {claim} claim is not a non-negative number"))
        }
        ErrorKind::Base64(_) => VerifyError::malformed("the payload or signature is not unpadded base64url"),
        ErrorKind::Json(_) | ErrorKind::Utf8(_) => VerifyError::malformed("the payload is not a JSON object"),
        // The header check rejects what `jsonwebtoken` reports as an invalid token or algorithm,
        // so these are unexpected.
        other => {
            tracing::debug!(error = ?other, "jsonwebtoken rejected a token that passed the header check");
            VerifyError::malformed("the token could not be decoded")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn issuer_matches_equal() {
        assert!(issuer_matches("https://graph.microsoft.com", "https://graph.microsoft.com"));
    }

    #[test]
    fn issuer_matches_one_trailing_slash() {
        assert!(issuer_matches("https://graph.microsoft.com/", "https://graph.microsoft.com"));
        assert!(issuer_matches("https://graph.microsoft.com", "https://graph.microsoft.com/"));
        assert!(issuer_matches("https://graph.microsoft.com/", "https://graph.microsoft.com/"));
    }

    #[test]
    fn issuer_rejects_other_values() {
        assert!(!issuer_matches("https://graph.microsoft.com//", "https://graph.microsoft.com"));
        assert!(!issuer_matches("https://GRAPH.microsoft.com", "https://graph.microsoft.com"));
        assert!(!issuer_matches("https://graph.microsoft.com.evil", "https://graph.microsoft.com"));
        assert!(!issuer_matches("", "https://graph.microsoft.com"));
    }

    #[test]
    fn verifier_is_send_sync() {
        fn assert_send_sync<T: Send + Sync + Clone>() {}
        assert_send_sync::<Verifier>();
    }
}
