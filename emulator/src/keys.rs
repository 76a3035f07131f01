//! The emulator's signing keys, compiled in from `keys/`, and the JWTs it signs with them.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use jsonwebtoken::jwk::{Jwk, JwkSet, KeyAlgorithm, PublicKeyUse};
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use serde::{Deserialize, Serialize};

use crate::EmulatorError;

const NOTIFICATION_KEY: &str = include_str!("../keys/notification-signing.pem");
const UNLISTED_KEY: &str = include_str!("../keys/unlisted-signing.pem");
const TOKEN_KEY: &str = include_str!("../keys/token-signing.pem");

/// The issuer of the notification tokens, as Graph writes it.
pub const NOTIFICATION_ISSUER: &str = "https://graph.microsoft.com";
/// The audience of the access tokens the emulator issues.
pub(crate) const TOKEN_AUDIENCE: &str = "https://graph.microsoft.com";

/// One RSA key: signs tokens and, when listed, appears in the JWKS.
pub(crate) struct SigningKey {
    pub(crate) kid: &'static str,
    encoding: EncodingKey,
    decoding: DecodingKey,
    jwk: Jwk,
}

impl SigningKey {
    fn load(kid: &'static str, pem: &str) -> Result<Self, EmulatorError> {
        let invalid = |error: jsonwebtoken::errors::Error| EmulatorError::Key { kid, reason: error.to_string() };
        let encoding = EncodingKey::from_rsa_pem(pem.as_bytes()).map_err(invalid)?;
        let mut jwk = Jwk::from_encoding_key(&encoding, Algorithm::RS256).map_err(invalid)?;
        jwk.common.key_id = Some(kid.to_owned());
        jwk.common.public_key_use = Some(PublicKeyUse::Signature);
        jwk.common.key_algorithm = Some(KeyAlgorithm::RS256);
        let decoding = DecodingKey::from_jwk(&jwk).map_err(invalid)?;
        Ok(Self { kid, encoding, decoding, jwk })
    }

    pub(crate) fn sign<T: Serialize>(&self, claims: &T) -> Result<String, jsonwebtoken::errors::Error> {
        let mut header = Header::new(Algorithm::RS256);
        header.kid = Some(self.kid.to_owned());
        header.typ = Some("JWT".to_owned());
        jsonwebtoken::encode(&header, claims, &self.encoding)
    }
}

/// All keys of one emulator.
pub(crate) struct Keys {
    pub(crate) notification: SigningKey,
    pub(crate) unlisted: SigningKey,
    pub(crate) token: SigningKey,
}

impl Keys {
    pub(crate) fn load() -> Result<Self, EmulatorError> {
        Ok(Self {
            notification: SigningKey::load("emulator-notification-1", NOTIFICATION_KEY)?,
            unlisted: SigningKey::load("emulator-unlisted-1", UNLISTED_KEY)?,
            token: SigningKey::load("emulator-token-1", TOKEN_KEY)?,
        })
    }

    /// The JWKS for notification tokens: only the listed notification key.
    pub(crate) fn notification_jwks(&self) -> JwkSet {
        JwkSet { keys: vec![self.notification.jwk.clone()] }
    }

    /// Checks an access token issued by this emulator and returns its claims.
    pub(crate) fn validate_access_token(&self, token: &str) -> Result<AccessClaims, jsonwebtoken::errors::Error> {
        let mut validation = Validation::new(Algorithm::RS256);
        validation.set_audience(&[TOKEN_AUDIENCE]);
        validation.set_required_spec_claims(&["exp", "aud", "iss"]);
        jsonwebtoken::decode::<AccessClaims>(token, &self.token.decoding, &validation).map(|data| data.claims)
    }
}

/// The claims of an access token, like those Microsoft Entra issues for app-only access.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct AccessClaims {
    pub(crate) aud: String,
    pub(crate) iss: String,
    pub(crate) iat: u64,
    pub(crate) nbf: u64,
    pub(crate) exp: u64,
    pub(crate) tid: String,
    pub(crate) appid: String,
    #[serde(default)]
    pub(crate) roles: Vec<String>,
}

/// The claims of a notification token, like those Graph sends to a bot's callback.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct NotificationClaims {
    pub(crate) aud: String,
    pub(crate) iss: String,
    pub(crate) iat: u64,
    pub(crate) nbf: u64,
    pub(crate) exp: u64,
    pub(crate) tid: String,
}

/// Returns the Unix time in seconds.
pub(crate) fn unix_now() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or(Duration::ZERO).as_secs()
}
