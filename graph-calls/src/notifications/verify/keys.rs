//! The signing keys: fetching the OpenID configuration and its JWKS, and caching the RSA keys by
//! `kid`.

use std::collections::HashMap;
use std::sync::{Arc, PoisonError, RwLock, RwLockReadGuard, RwLockWriteGuard};
use std::time::Duration;

use jsonwebtoken::{DecodingKey, DecodingKeyKind};
use reqwest::Url;
use serde::Deserialize;
use serde::de::DeserializeOwned;
use tokio::time::Instant;

use super::VerifyError;
use super::config::check_key_url;
use super::error::excerpt;

/// The time limit of one request for the OpenID configuration or the JWKS.
const FETCH_TIMEOUT: Duration = Duration::from_secs(10);

/// The maximum size of an OpenID configuration or JWKS response, which bounds memory use.
const MAX_DOCUMENT_BYTES: usize = 1024 * 1024;

/// The minimum RSA modulus length, in bits.
const MIN_RSA_MODULUS_BITS: usize = 2048;

/// A cache of the RSA signing keys that the OpenID configuration publishes, shared by the clones
/// of a verifier.
///
/// At most one fetch runs at a time. Callers that find their `kid` missing wait for the fetch in
/// progress and use its result instead of starting another.
pub(super) struct KeyCache {
    http: reqwest::Client,
    openid_configuration_url: Url,
    refresh_interval: Duration,
    min_refresh_interval: Duration,
    /// Held only for short reads and writes, never across an `await`.
    state: RwLock<CacheState>,
    /// Held for the whole fetch, so fetches never overlap.
    fetch_lock: tokio::sync::Mutex<()>,
}

#[derive(Default)]
struct CacheState {
    keys: Arc<HashMap<String, Arc<DecodingKey>>>,
    /// The end of the last successful fetch.
    fetched_at: Option<Instant>,
    /// The end of the last failed fetch, cleared by a successful one.
    failed_at: Option<Instant>,
    /// The start of the last fetch that an unknown `kid` triggered while keys were cached.
    unknown_kid_fetch_at: Option<Instant>,
    /// The number of finished fetches, successful or not.
    fetch_count: u64,
    /// The error of the last fetch when it failed.
    last_error: Option<VerifyError>,
}

impl CacheState {
    /// Returns the key for `kid`, else why there is none: the last fetch error, or an unknown key.
    fn lookup(&self, kid: &str) -> Result<Arc<DecodingKey>, VerifyError> {
        if let Some(key) = self.keys.get(kid) {
            return Ok(Arc::clone(key));
        }
        match &self.last_error {
            Some(error) => Err(error.clone()),
            None => Err(VerifyError::UnknownKeyId { kid: excerpt(kid) }),
        }
    }
}

#[derive(Deserialize)]
struct OpenIdConfiguration {
    jwks_uri: Option<String>,
}

#[derive(Deserialize)]
struct JwkSet {
    keys: Vec<serde_json::Value>,
}

/// The members of a JWK that decide whether it is an RSA signature key, and its public key.
#[derive(Deserialize)]
struct RsaJwk {
    kty: String,
    kid: Option<String>,
    #[serde(rename = "use")]
    public_key_use: Option<String>,
    key_ops: Option<Vec<String>>,
    alg: Option<String>,
    n: Option<String>,
    e: Option<String>,
}

impl KeyCache {
    pub(super) fn new(
        http: reqwest::Client,
        openid_configuration_url: Url,
        refresh_interval: Duration,
        min_refresh_interval: Duration,
    ) -> Self {
        Self {
            http,
            openid_configuration_url,
            refresh_interval,
            min_refresh_interval,
            state: RwLock::default(),
            fetch_lock: tokio::sync::Mutex::new(()),
        }
    }

    pub(super) fn openid_configuration_url(&self) -> &Url {
        &self.openid_configuration_url
    }

    pub(super) fn cached_key_count(&self) -> usize {
        self.read().keys.len()
    }

    /// Returns the key for `kid`, fetching the keys when none are cached, when the cache is older
    /// than the refresh interval, or once for an unknown `kid` (rate-limited).
    pub(super) async fn key(&self, kid: &str) -> Result<Arc<DecodingKey>, VerifyError> {
        let (cached, seen_fetch_count, refresh_due) = {
            let state = self.read();
            (state.keys.get(kid).cloned(), state.fetch_count, self.periodic_refresh_due(&state, Instant::now()))
        };
        match cached {
            Some(key) if !refresh_due => Ok(key),
            Some(key) => self.refresh_periodically(kid, key).await,
            None => self.fetch_for_unknown_kid(kid, seen_fetch_count).await,
        }
    }

    /// Fetches the keys now, waiting for a fetch in progress first.
    pub(super) async fn refresh(&self) -> Result<(), VerifyError> {
        let _fetch = self.fetch_lock.lock().await;
        self.fetch_and_store().await
    }

    fn periodic_refresh_due(&self, state: &CacheState, now: Instant) -> bool {
        let Some(fetched_at) = state.fetched_at else {
            return false;
        };
        if now.duration_since(fetched_at) < self.refresh_interval {
            return false;
        }
        // After a failed refresh, wait before the next try, so an unreachable endpoint is not asked
        // on every request.
        state.failed_at.is_none_or(|failed_at| now.duration_since(failed_at) >= self.min_refresh_interval)
    }

    /// Refreshes stale keys unless another caller is already fetching, and returns the key for
    /// `kid` afterwards: `cached` when the refresh failed or was left to another caller.
    ///
    /// A successful refresh that no longer lists `kid` rejects the token, because the key was
    /// withdrawn.
    async fn refresh_periodically(&self, kid: &str, cached: Arc<DecodingKey>) -> Result<Arc<DecodingKey>, VerifyError> {
        let Ok(_fetch) = self.fetch_lock.try_lock() else {
            return Ok(cached);
        };
        if !self.periodic_refresh_due(&self.read(), Instant::now()) {
            return Ok(cached);
        }
        tracing::debug!(url = %self.openid_configuration_url, "refreshing signing keys older than the refresh interval");
        if self.fetch_and_store().await.is_err() {
            return Ok(cached);
        }
        self.read().lookup(kid)
    }

    async fn fetch_for_unknown_kid(&self, kid: &str, seen_fetch_count: u64) -> Result<Arc<DecodingKey>, VerifyError> {
        let _fetch = self.fetch_lock.lock().await;
        let now = Instant::now();
        {
            let mut state = self.write();
            if state.fetch_count != seen_fetch_count {
                // A fetch finished while this caller waited for the lock, and its result is as
                // recent as a new fetch would be.
                return state.lookup(kid);
            }
            if state.fetched_at.is_some() {
                let rate_limited = state
                    .unknown_kid_fetch_at
                    .is_some_and(|fetched_at| now.duration_since(fetched_at) < self.min_refresh_interval);
                if rate_limited {
                    tracing::debug!(
                        kid,
                        "unknown signing key id, but the keys were refreshed within the minimum refresh interval, so no fetch"
                    );
                    return state.lookup(kid);
                }
                state.unknown_kid_fetch_at = Some(now);
            }
        }
        tracing::debug!(kid, url = %self.openid_configuration_url, "fetching signing keys for an unknown key id");
        // A failed fetch is recorded in the state, which `lookup` reports.
        let _ = self.fetch_and_store().await;
        self.read().lookup(kid)
    }

    /// Fetches the keys and stores the outcome. A failure keeps the cached keys.
    async fn fetch_and_store(&self) -> Result<(), VerifyError> {
        let result = self.fetch_keys().await;
        let now = Instant::now();
        let mut state = self.write();
        state.fetch_count += 1;
        match result {
            Ok(keys) => {
                tracing::debug!(url = %self.openid_configuration_url, key_count = keys.len(), "signing keys fetched");
                state.keys = Arc::new(keys);
                state.fetched_at = Some(now);
                state.failed_at = None;
                state.last_error = None;
                Ok(())
            }
            Err(error) => {
                tracing::debug!(%error, cached_key_count = state.keys.len(), "signing key fetch failed, keeping the cached keys");
                state.failed_at = Some(now);
                state.last_error = Some(error.clone());
                Err(error)
            }
        }
    }

    async fn fetch_keys(&self) -> Result<HashMap<String, Arc<DecodingKey>>, VerifyError> {
        let configuration: OpenIdConfiguration = self.get_json(&self.openid_configuration_url).await?;
        let url = &self.openid_configuration_url;
        let jwks_uri = configuration
            .jwks_uri
            .ok_or_else(|| VerifyError::keys_unavailable(url, "the OpenID configuration has no jwks_uri"))?;
        let jwks_uri = Url::parse(&jwks_uri).map_err(|error| {
            VerifyError::keys_unavailable(url, format!("the jwks_uri {:?} is not a URL: {error}", excerpt(&jwks_uri)))
        })?;
        check_key_url(&jwks_uri)
            .map_err(|reason| VerifyError::keys_unavailable(url, format!("the jwks_uri {reason}")))?;

        let jwks: JwkSet = self.get_json(&jwks_uri).await?;
        let keys = usable_keys(jwks);
        if keys.is_empty() {
            let reason = format!(
                "the JWKS has no RSA signature key with a kid and a modulus of {MIN_RSA_MODULUS_BITS} bits or more"
            );
            return Err(VerifyError::keys_unavailable(&jwks_uri, reason));
        }
        Ok(keys)
    }

    async fn get_json<T: DeserializeOwned>(&self, url: &Url) -> Result<T, VerifyError> {
        let request =
            self.http.get(url.clone()).header(reqwest::header::ACCEPT, "application/json").timeout(FETCH_TIMEOUT);
        let mut response = request.send().await.map_err(|error| VerifyError::request_failed(url, error))?;
        let status = response.status();
        if !status.is_success() {
            return Err(VerifyError::keys_unavailable(url, format!("the response status is {status}")));
        }

        let too_large =
            || VerifyError::keys_unavailable(url, format!("the response is larger than {MAX_DOCUMENT_BYTES} bytes"));
        if response.content_length().is_some_and(|length| length > MAX_DOCUMENT_BYTES as u64) {
            return Err(too_large());
        }
        let mut body = Vec::new();
        while let Some(chunk) = response.chunk().await.map_err(|error| VerifyError::request_failed(url, error))? {
            if body.len() + chunk.len() > MAX_DOCUMENT_BYTES {
                return Err(too_large());
            }
            body.extend_from_slice(&chunk);
        }
        serde_json::from_slice(&body).map_err(|error| {
            VerifyError::keys_unavailable(url, format!("the response is not the expected JSON: {error}"))
        })
    }

    fn read(&self) -> RwLockReadGuard<'_, CacheState> {
        // The state stays consistent even if a holder panicked, because each write is one assignment.
        self.state.read().unwrap_or_else(PoisonError::into_inner)
    }

    fn write(&self) -> RwLockWriteGuard<'_, CacheState> {
        self.state.write().unwrap_or_else(PoisonError::into_inner)
    }
}

/// Selects the RSA signature keys of a JWKS, by `kid`. Other and invalid keys are skipped.
fn usable_keys(jwks: JwkSet) -> HashMap<String, Arc<DecodingKey>> {
    let mut keys = HashMap::new();
    for value in jwks.keys {
        let Ok(jwk) = serde_json::from_value::<RsaJwk>(value) else {
            tracing::trace!("skipping a JWK without a string kty");
            continue;
        };
        let kid = jwk.kid.clone().unwrap_or_default();
        match rsa_signature_key(jwk) {
            Ok(_) if keys.contains_key(&kid) => tracing::debug!(kid, "skipping a second JWK with the same kid"),
            Ok(key) => {
                keys.insert(kid, Arc::new(key));
            }
            Err(reason) => tracing::trace!(kid, reason, "skipping a JWK"),
        }
    }
    keys
}

fn rsa_signature_key(jwk: RsaJwk) -> Result<DecodingKey, &'static str> {
    if jwk.kty != "RSA" {
        return Err("kty is not RSA");
    }
    if jwk.kid.as_deref().is_none_or(str::is_empty) {
        return Err("no kid");
    }
    if jwk.public_key_use.as_deref().is_some_and(|public_key_use| public_key_use != "sig") {
        return Err("use is not sig");
    }
    if jwk.key_ops.as_ref().is_some_and(|operations| !operations.iter().any(|operation| operation == "verify")) {
        return Err("key_ops does not include verify");
    }
    if jwk.alg.as_deref().is_some_and(|alg| alg != "RS256") {
        return Err("alg is not RS256");
    }
    let (Some(modulus), Some(exponent)) = (jwk.n, jwk.e) else {
        return Err("n or e is missing");
    };
    let key = DecodingKey::from_rsa_components(&modulus, &exponent).map_err(|_| "n or e is not base64url")?;
    let DecodingKeyKind::RsaModulusExponent { n, e } = key.kind() else {
        return Err("not an RSA public key");
    };
    if e.iter().all(|byte| *byte == 0) {
        return Err("e is zero");
    }
    if modulus_bits(n) < MIN_RSA_MODULUS_BITS {
        return Err("the modulus is shorter than 2048 bits");
    }
    Ok(key)
}

/// Counts the significant bits of a big-endian unsigned integer.
fn modulus_bits(big_endian: &[u8]) -> usize {
    let Some(first) = big_endian.iter().position(|byte| *byte != 0) else {
        return 0;
    };
    (big_endian.len() - first) * 8 - big_endian[first].leading_zeros() as usize
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    /// Returns a 2048-bit modulus, 256 bytes of 0xff, base64url-encoded.
    fn modulus_2048() -> String {
        format!("{}w", "_".repeat(341))
    }

    fn jwks(keys: serde_json::Value) -> JwkSet {
        serde_json::from_value(json!({ "keys": keys })).unwrap()
    }

    #[test]
    fn modulus_bits_ignores_leading_zeros() {
        assert_eq!(modulus_bits(&[0x00, 0x01, 0x00]), 9);
        assert_eq!(modulus_bits(&[0x80; 256]), 2048);
        assert_eq!(modulus_bits(&[0x00]), 0);
    }

    #[test]
    fn usable_keys_keeps_rsa_signature_keys() {
        let n = modulus_2048();
        let keys = usable_keys(jwks(json!([
            { "kty": "RSA", "kid": "plain", "n": n, "e": "AQAB" },
            { "kty": "RSA", "kid": "sig", "use": "sig", "alg": "RS256", "key_ops": ["verify"], "n": n, "e": "AQAB",
              "x5c": ["MII..."], "endorsements": ["msteams"] },
        ])));
        let mut kids: Vec<&String> = keys.keys().collect();
        kids.sort();
        assert_eq!(kids, ["plain", "sig"]);
    }

    #[test]
    fn usable_keys_skips_other_keys() {
        let n = modulus_2048();
        let keys = usable_keys(jwks(json!([
            { "kty": "EC", "kid": "ec", "crv": "P-256", "x": "AA", "y": "AA" },
            { "kty": "RSA", "kid": "enc", "use": "enc", "n": n, "e": "AQAB" },
            { "kty": "RSA", "kid": "ops", "key_ops": ["encrypt"], "n": n, "e": "AQAB" },
            { "kty": "RSA", "kid": "ps", "alg": "PS256", "n": n, "e": "AQAB" },
            { "kty": "RSA", "n": n, "e": "AQAB" },
            { "kty": "RSA", "kid": "", "n": n, "e": "AQAB" },
            { "kty": "RSA", "kid": "short", "n": "AQAB", "e": "AQAB" },
            { "kty": "RSA", "kid": "no-e", "n": n },
            { "kty": "RSA", "kid": "bad-n", "n": "!!", "e": "AQAB" },
            { "kty": "RSA", "kid": "zero-e", "n": n, "e": "AA" },
            { "kid": "no-kty", "n": n, "e": "AQAB" },
            "not an object",
        ])));
        assert!(keys.is_empty(), "{:?}", keys.keys().collect::<Vec<_>>());
    }

    #[test]
    fn usable_keys_keeps_first_duplicate() {
        let n = modulus_2048();
        let keys = usable_keys(jwks(json!([
            { "kty": "RSA", "kid": "same", "n": n, "e": "AQAB" },
            { "kty": "RSA", "kid": "same", "n": n, "e": "AQAC" },
        ])));
        let DecodingKeyKind::RsaModulusExponent { e, .. } = keys["same"].kind() else { panic!("not an RSA key") };
        assert_eq!(e, &[1, 0, 1]);
    }
}
