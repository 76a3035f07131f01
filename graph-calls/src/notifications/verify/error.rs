use std::sync::Arc;

/// The maximum length, in characters, of a value from the request (a scheme, `alg`, `kid`,
/// issuer or audience) that an error keeps, so a hostile request cannot fill logs.
const MAX_EXCERPT_CHARS: usize = 64;

/// A webhook request that failed verification, or a verifier that could not be built.
///
/// Every variant except [`KeysUnavailable`](Self::KeysUnavailable) and
/// [`InvalidConfig`](Self::InvalidConfig) means the request did not prove that Graph sent it,
/// so respond with `401 Unauthorized` and ignore its body. [`is_rejection`](Self::is_rejection)
/// tells the two groups apart. Messages never contain the token or key material. Values taken
/// from the token are cut to 64 characters and shown escaped.
#[derive(Debug, Clone, thiserror::Error)]
#[non_exhaustive]
pub enum VerifyError {
    /// The request has no `Authorization` header.
    #[error("the request has no Authorization header; Graph signs every notification, so reject the request")]
    MissingAuthorization,

    /// The request has an `Authentication` header but no `Authorization` header.
    #[error(
        "the request has an Authentication header but no Authorization header; the token must be sent as \
         `Authorization: Bearer <token>`"
    )]
    AuthenticationHeader,

    /// The `Authorization` header is present but unreadable: repeated, not visible ASCII, or
    /// without a token after the scheme.
    #[error("the Authorization header is invalid: {reason}")]
    MalformedAuthorization {
        /// The reason the header is invalid.
        reason: &'static str,
    },

    /// The `Authorization` scheme is not `Bearer`.
    #[error("the Authorization scheme {scheme:?} is not supported; Graph sends `Bearer <token>`")]
    UnsupportedScheme {
        /// The scheme the request used, cut to 64 characters.
        scheme: String,
    },

    /// The bearer token is not a well-formed JWT in JWS compact form.
    #[error("the bearer token is malformed: {reason}")]
    MalformedToken {
        /// The reason the token is malformed.
        reason: String,
    },

    /// The token header names an algorithm other than RS256, such as `none` or `HS256`.
    #[error("the token algorithm {alg:?} is not accepted; Graph signs with RS256")]
    UnsupportedAlgorithm {
        /// The `alg` header parameter, cut to 64 characters.
        alg: String,
    },

    /// The token header contains a parameter that this verifier rejects: `crit` (an extension the
    /// verifier would have to understand), or `jku`, `jwk` or `x5u` (a key supplied by the sender).
    #[error(
        "the token header parameter `{name}` is not accepted; signing keys come only from the configured \
         OpenID configuration"
    )]
    ForbiddenHeaderParameter {
        /// The parameter name.
        name: &'static str,
    },

    /// The token header has no `kid`, so no signing key can be selected.
    #[error("the token header has no `kid`, so no signing key can be selected")]
    MissingKeyId,

    /// No signing key published by the OpenID configuration has the token's `kid`, after the one
    /// refresh that an unknown `kid` allows (or with no refresh, within the minimum refresh
    /// interval after the previous one).
    #[error(
        "no published signing key has the id {kid:?}; the token was not signed by a key from the configured \
         OpenID configuration, or the key is newer than the last key refresh"
    )]
    UnknownKeyId {
        /// The `kid` header parameter, cut to 64 characters.
        kid: String,
    },

    /// The signing keys could not be fetched, and no cached key matches the token.
    #[error("the signing keys could not be fetched from {url}: {reason}; check that this host can reach it")]
    KeysUnavailable {
        /// The URL of the OpenID configuration or the JWKS that failed.
        url: String,
        /// What failed.
        reason: String,
        /// The HTTP client error, when the request itself failed.
        #[source]
        source: Option<Arc<reqwest::Error>>,
    },

    /// The signature does not match the header and payload under the key named by `kid`.
    #[error("the token signature is invalid")]
    InvalidSignature,

    /// The `exp` claim is further in the past than the allowed clock skew.
    #[error("the token has expired (its `exp` claim is further in the past than the allowed clock skew)")]
    Expired,

    /// The `nbf` claim is further in the future than the allowed clock skew.
    #[error("the token is not valid yet (its `nbf` claim is further in the future than the allowed clock skew)")]
    NotYetValid,

    /// The token has no `exp` claim.
    #[error("the token has no `exp` claim, so its lifetime cannot be checked")]
    MissingExpiry,

    /// The `iss` claim is missing or not one of the accepted issuers.
    #[error(
        "the token issuer {issuer:?} is not accepted; set the accepted issuers with VerifierConfig::issuers \
         if this cloud uses another one"
    )]
    InvalidIssuer {
        /// The `iss` claim, cut to 64 characters, or `None` when it is missing or not a string.
        issuer: Option<String>,
    },

    /// The `aud` claim is missing or is not exactly the bot's application id.
    #[error("the token audience {audience:?} is not this bot's application id")]
    InvalidAudience {
        /// The `aud` claim, cut to 64 characters, or `None` when it is missing or not a string.
        audience: Option<String>,
    },

    /// The `tid` (tenant id) claim is missing, empty or not a string.
    #[error("the token has no tenant id: its `tid` claim is missing, empty or not a string")]
    MissingTenant,

    /// A [`VerifierConfig`](super::VerifierConfig) value is out of range. Only
    /// [`Verifier::new`](super::Verifier::new) returns this error.
    #[error("invalid verifier configuration: {reason}")]
    InvalidConfig {
        /// The invalid value and the allowed range.
        reason: String,
    },
}

impl VerifyError {
    /// Reports whether the request failed verification, so the response should be
    /// `401 Unauthorized`.
    ///
    /// Returns `false` for [`KeysUnavailable`](Self::KeysUnavailable), a failure on this side
    /// that `503 Service Unavailable` describes, and for [`InvalidConfig`](Self::InvalidConfig).
    pub fn is_rejection(&self) -> bool {
        !matches!(self, Self::KeysUnavailable { .. } | Self::InvalidConfig { .. })
    }

    pub(super) fn keys_unavailable(url: &reqwest::Url, reason: impl Into<String>) -> Self {
        Self::KeysUnavailable { url: url.to_string(), reason: reason.into(), source: None }
    }

    pub(super) fn request_failed(url: &reqwest::Url, source: reqwest::Error) -> Self {
        let reason = if source.is_timeout() { "the request timed out" } else { "the request failed" };
        Self::KeysUnavailable { url: url.to_string(), reason: reason.to_owned(), source: Some(Arc::new(source)) }
    }

    pub(super) fn malformed(reason: impl Into<String>) -> Self {
        Self::MalformedToken { reason: reason.into() }
    }

    pub(super) fn invalid_config(reason: impl Into<String>) -> Self {
        Self::InvalidConfig { reason: reason.into() }
    }
}

/// Cuts a value taken from a request to [`MAX_EXCERPT_CHARS`] characters for an error message.
pub(super) fn excerpt(value: &str) -> String {
    match value.char_indices().nth(MAX_EXCERPT_CHARS) {
        Some((end, _)) => format!("{}…", &value[..end]),
        None => value.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excerpt_keeps_short_values() {
        assert_eq!(excerpt("RS256"), "RS256");
    }

    #[test]
    fn excerpt_cuts_long_values() {
        let long = "é".repeat(100);
        let cut = excerpt(&long);
        assert_eq!(cut.chars().count(), MAX_EXCERPT_CHARS + 1);
        assert!(cut.ends_with('…'));
    }

    #[test]
    fn display_starts_lower_case() {
        let errors = [
            VerifyError::MissingAuthorization,
            VerifyError::AuthenticationHeader,
            VerifyError::MissingKeyId,
            VerifyError::InvalidSignature,
            VerifyError::Expired,
            VerifyError::NotYetValid,
            VerifyError::MissingExpiry,
            VerifyError::MissingTenant,
            VerifyError::InvalidIssuer { issuer: None },
            VerifyError::InvalidAudience { audience: Some("other".to_owned()) },
            VerifyError::ForbiddenHeaderParameter { name: "jku" },
        ];
        for error in errors {
            let message = error.to_string();
            assert!(message.starts_with(char::is_lowercase), "{message}");
        }
    }

    #[test]
    fn rejection_excludes_local_failures() {
        assert!(VerifyError::InvalidSignature.is_rejection());
        assert!(!VerifyError::invalid_config("x").is_rejection());
        let url = reqwest::Url::parse("https://keys.example/jwks").unwrap();
        assert!(!VerifyError::keys_unavailable(&url, "status 500").is_rejection());
    }
}
