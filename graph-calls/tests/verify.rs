//! Webhook token verification against a local server that publishes an OpenID configuration and a
//! JWKS, with tokens signed by the test keys in `tests/fixtures/keys`.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Router;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use graph_calls::notifications::verify::{
    DEFAULT_MIN_REFRESH_INTERVAL, DEFAULT_REFRESH_INTERVAL, VerifiedToken, Verifier, VerifierConfig, VerifyError,
};
use jsonwebtoken::jwk::{Jwk, PublicKeyUse};
use jsonwebtoken::{Algorithm, EncodingKey, Header};
use reqwest::Url;
use reqwest::header::{AUTHORIZATION, HeaderMap, HeaderValue};
use serde_json::{Value, json};
use tokio::sync::Semaphore;
use tokio::task::JoinHandle;

const APP_ID: &str = "5f3c3a4e-1c9b-4a55-9d0e-2b7b1f0c8a11";
const TENANT_ID: &str = "8d2f6a10-7e3b-4c1d-a9f4-3e5b6c7d8e90";
const GRAPH_ISSUER: &str = "https://graph.microsoft.com";
const KID_A: &str = "test-key-a";
const KID_B: &str = "test-key-b";

// --- Local key server -------------------------------------------------------------------------

/// Serves `/openid` (an OpenID configuration whose `jwks_uri` is `/keys`) and `/keys` (a JWKS),
/// counting the requests to each.
struct KeyServer {
    address: std::net::SocketAddr,
    state: Arc<ServerState>,
    task: JoinHandle<()>,
}

struct ServerState {
    jwks_uri: String,
    jwks: Mutex<Value>,
    openid_requests: AtomicUsize,
    jwks_requests: AtomicUsize,
    /// Makes `/keys` respond with status 500.
    jwks_failing: AtomicBool,
    /// When set, `/keys` waits for a permit before responding, so a test can hold a fetch open.
    jwks_gate: Mutex<Option<Arc<Semaphore>>>,
}

impl KeyServer {
    async fn start(jwks: Value) -> Self {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("binding a loopback port");
        let address = listener.local_addr().expect("the listener has an address");
        let state = Arc::new(ServerState {
            jwks_uri: format!("http://{address}/keys"),
            jwks: Mutex::new(jwks),
            openid_requests: AtomicUsize::new(0),
            jwks_requests: AtomicUsize::new(0),
            jwks_failing: AtomicBool::new(false),
            jwks_gate: Mutex::new(None),
        });
        let router =
            Router::new().route("/openid", get(serve_openid)).route("/keys", get(serve_jwks)).with_state(state.clone());
        let task = tokio::spawn(async move { axum::serve(listener, router).await.expect("the key server runs") });
        Self { address, state, task }
    }

    fn openid_url(&self) -> Url {
        Url::parse(&format!("http://{}/openid", self.address)).expect("a valid URL")
    }

    fn openid_requests(&self) -> usize {
        self.state.openid_requests.load(Ordering::SeqCst)
    }

    fn jwks_requests(&self) -> usize {
        self.state.jwks_requests.load(Ordering::SeqCst)
    }

    fn publish(&self, jwks: Value) {
        *self.state.jwks.lock().expect("the JWKS lock") = jwks;
    }

    fn set_jwks_failing(&self, failing: bool) {
        self.state.jwks_failing.store(failing, Ordering::SeqCst);
    }

    /// Holds every `/keys` request until the returned semaphore gets permits.
    fn close_jwks_gate(&self) -> Arc<Semaphore> {
        let gate = Arc::new(Semaphore::new(0));
        *self.state.jwks_gate.lock().expect("the gate lock") = Some(gate.clone());
        gate
    }

    /// Waits until `/keys` has received `count` requests, for at most 10 seconds.
    async fn wait_for_jwks_requests(&self, count: usize) {
        for _ in 0..1000 {
            if self.jwks_requests() >= count {
                return;
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        panic!("the JWKS endpoint received {} requests, expected {count}", self.jwks_requests());
    }
}

impl Drop for KeyServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

async fn serve_openid(State(state): State<Arc<ServerState>>) -> Response {
    state.openid_requests.fetch_add(1, Ordering::SeqCst);
    axum::Json(json!({ "issuer": "https://api.botframework.com", "jwks_uri": state.jwks_uri })).into_response()
}

async fn serve_jwks(State(state): State<Arc<ServerState>>) -> Response {
    state.jwks_requests.fetch_add(1, Ordering::SeqCst);
    let gate = state.jwks_gate.lock().expect("the gate lock").clone();
    if let Some(gate) = gate {
        let _permit = gate.acquire().await.expect("the gate is never closed");
    }
    if state.jwks_failing.load(Ordering::SeqCst) {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    }
    let jwks = state.jwks.lock().expect("the JWKS lock").clone();
    axum::Json(jwks).into_response()
}

// --- Keys and tokens --------------------------------------------------------------------------

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/keys").join(name)
}

fn private_key(name: &str) -> EncodingKey {
    let pem = std::fs::read(fixture(name)).expect("reading a test key");
    EncodingKey::from_rsa_pem(&pem).expect("the test key is an RSA private key in PEM")
}

fn key_a() -> EncodingKey {
    private_key("signing-a.pem")
}

fn key_b() -> EncodingKey {
    private_key("signing-b.pem")
}

/// Returns the public JWK of a private key, as Microsoft publishes it: `kid`, `use: sig`, `alg: RS256`.
fn public_jwk(key: &EncodingKey, kid: &str) -> Value {
    let mut jwk = Jwk::from_encoding_key(key, Algorithm::RS256).expect("an RSA key converts to a JWK");
    jwk.common.key_id = Some(kid.to_owned());
    jwk.common.public_key_use = Some(PublicKeyUse::Signature);
    serde_json::to_value(jwk).expect("a JWK serializes")
}

fn jwks(keys: &[Value]) -> Value {
    json!({ "keys": keys })
}

fn jwks_with_key_a() -> Value {
    jwks(&[public_jwk(&key_a(), KID_A)])
}

fn now() -> i64 {
    i64::try_from(jsonwebtoken::get_current_timestamp()).expect("the time fits in i64")
}

/// Returns the claims of a valid notification token for [`APP_ID`] in [`TENANT_ID`].
fn claims() -> Value {
    let now = now();
    json!({
        "iss": GRAPH_ISSUER,
        "aud": APP_ID,
        "tid": TENANT_ID,
        "appid": "00000003-0000-0000-c000-000000000000",
        "iat": now - 10,
        "nbf": now - 10,
        "exp": now + 3600,
    })
}

fn claims_with(member: &str, value: Value) -> Value {
    let mut claims = claims();
    claims[member] = value;
    claims
}

fn claims_without(member: &str) -> Value {
    let mut claims = claims();
    claims.as_object_mut().expect("the claims are an object").remove(member);
    claims
}

/// Signs `claims` with RS256 and a header of `typ: JWT` and `kid`.
fn sign(key: &EncodingKey, kid: &str, claims: &Value) -> String {
    let mut header = Header::new(Algorithm::RS256);
    header.kid = Some(kid.to_owned());
    jsonwebtoken::encode(&header, claims, key).expect("signing a test token")
}

/// Builds a token with any header: the header and claims as given, and an RS256 signature by `key`
/// or an empty signature.
fn sign_raw(header: &Value, claims: &Value, key: Option<&EncodingKey>) -> String {
    let message = format!("{}.{}", base64url(header.to_string().as_bytes()), base64url(claims.to_string().as_bytes()));
    let signature = match key {
        Some(key) => {
            jsonwebtoken::crypto::sign(message.as_bytes(), key, Algorithm::RS256).expect("signing a test token")
        }
        None => String::new(),
    };
    format!("{message}.{signature}")
}

fn base64url(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut output = String::new();
    for chunk in bytes.chunks(3) {
        let mut group = [0u8; 3];
        group[..chunk.len()].copy_from_slice(chunk);
        let bits = (u32::from(group[0]) << 16) | (u32::from(group[1]) << 8) | u32::from(group[2]);
        for index in 0..=chunk.len() {
            output.push(char::from(ALPHABET[((bits >> (18 - 6 * index)) & 63) as usize]));
        }
    }
    output
}

fn bearer_headers(token: &str) -> HeaderMap {
    let mut headers = HeaderMap::new();
    headers.insert(
        AUTHORIZATION,
        HeaderValue::from_str(&format!("Bearer {token}")).expect("a token is a valid header value"),
    );
    headers
}

fn config(server: &KeyServer) -> VerifierConfig {
    VerifierConfig::new(APP_ID).openid_configuration_url(server.openid_url())
}

/// Starts a key server that publishes key A, and a verifier with default settings that uses it.
async fn setup() -> (KeyServer, Verifier) {
    let server = KeyServer::start(jwks_with_key_a()).await;
    let verifier = Verifier::new(config(&server)).expect("the default settings are valid");
    (server, verifier)
}

async fn verify(verifier: &Verifier, token: &str) -> Result<VerifiedToken, VerifyError> {
    verifier.verify_headers(&bearer_headers(token)).await
}

/// Verifies a valid token so the keys are cached, and checks that this fetched them once.
async fn warm_up(server: &KeyServer, verifier: &Verifier) {
    verify(verifier, &sign(&key_a(), KID_A, &claims())).await.expect("a valid token is accepted");
    assert_eq!(server.jwks_requests(), 1);
}

/// Moves Tokio's clock, which the key cache reads, forward by `duration`. The clock runs
/// normally again afterwards, so network requests are not affected by paused time.
async fn advance_clock(duration: Duration) {
    tokio::time::pause();
    tokio::time::advance(duration).await;
    tokio::time::resume();
}

// --- Accepted tokens --------------------------------------------------------------------------

#[tokio::test]
async fn valid_token_returns_tenant() {
    let (server, verifier) = setup().await;
    let claims = claims();

    let verified = verify(&verifier, &sign(&key_a(), KID_A, &claims)).await.unwrap();

    assert_eq!(verified.tenant_id(), TENANT_ID);
    assert_eq!(verified.issuer(), GRAPH_ISSUER);
    assert_eq!(verified.audience(), APP_ID);
    let expires_at = verified.expires_at().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs();
    assert_eq!(Some(expires_at), claims["exp"].as_u64());
    assert_eq!(server.openid_requests(), 1);
    assert_eq!(server.jwks_requests(), 1);
}

#[tokio::test]
async fn authorization_value_accepted() {
    let (_server, verifier) = setup().await;
    let token = sign(&key_a(), KID_A, &claims());

    let verified = verifier.verify_authorization(Some(&format!("bearer  {token}"))).await.unwrap();

    assert_eq!(verified.tenant_id(), TENANT_ID);
}

#[tokio::test]
async fn cached_keys_reused() {
    let (server, verifier) = setup().await;
    let clone = verifier.clone();

    for _ in 0..3 {
        verify(&verifier, &sign(&key_a(), KID_A, &claims())).await.unwrap();
        verify(&clone, &sign(&key_a(), KID_A, &claims())).await.unwrap();
    }

    assert_eq!(server.openid_requests(), 1);
    assert_eq!(server.jwks_requests(), 1);
}

#[tokio::test]
async fn cty_header_ignored() {
    let (_server, verifier) = setup().await;
    let header = json!({ "alg": "RS256", "typ": "JWT", "kid": KID_A, "cty": "JWT" });

    let verified = verify(&verifier, &sign_raw(&header, &claims(), Some(&key_a()))).await.unwrap();

    assert_eq!(verified.tenant_id(), TENANT_ID);
}

#[tokio::test]
async fn skew_within_bound_accepted() {
    let (_server, verifier) = setup().await;
    let now = now();

    let expired_recently = claims_with("exp", json!(now - 60));
    assert!(verify(&verifier, &sign(&key_a(), KID_A, &expired_recently)).await.is_ok());

    let valid_soon = claims_with("nbf", json!(now + 60));
    assert!(verify(&verifier, &sign(&key_a(), KID_A, &valid_soon)).await.is_ok());
}

#[tokio::test]
async fn issuer_trailing_slash_in_token() {
    let (_server, verifier) = setup().await;

    for issuer in ["https://graph.microsoft.com/", "https://api.botframework.com/", "https://api.botframework.com"] {
        let token = sign(&key_a(), KID_A, &claims_with("iss", json!(issuer)));
        let verified = verify(&verifier, &token).await.unwrap();
        assert_eq!(verified.issuer(), issuer);
    }

    let token = sign(&key_a(), KID_A, &claims_with("iss", json!("https://graph.microsoft.com//")));
    let error = verify(&verifier, &token).await.unwrap_err();
    assert!(matches!(error, VerifyError::InvalidIssuer { .. }), "{error}");
}

#[tokio::test]
async fn issuer_trailing_slash_in_config() {
    let server = KeyServer::start(jwks_with_key_a()).await;
    let verifier = Verifier::new(config(&server).issuers(["https://issuer.test/"])).unwrap();

    let token = sign(&key_a(), KID_A, &claims_with("iss", json!("https://issuer.test")));
    assert_eq!(verify(&verifier, &token).await.unwrap().issuer(), "https://issuer.test");

    let token = sign(&key_a(), KID_A, &claims_with("iss", json!("https://issuer.test/")));
    assert!(verify(&verifier, &token).await.is_ok());

    // The configured set replaces the defaults.
    let token = sign(&key_a(), KID_A, &claims_with("iss", json!(GRAPH_ISSUER)));
    let error = verify(&verifier, &token).await.unwrap_err();
    assert!(matches!(error, VerifyError::InvalidIssuer { .. }), "{error}");
}

// --- Rejected requests ------------------------------------------------------------------------

#[tokio::test]
async fn missing_header_rejected() {
    let (server, verifier) = setup().await;

    let error = verifier.verify_headers(&HeaderMap::new()).await.unwrap_err();
    assert!(matches!(error, VerifyError::MissingAuthorization), "{error}");
    assert!(error.is_rejection());

    let error = verifier.verify_authorization(None).await.unwrap_err();
    assert!(matches!(error, VerifyError::MissingAuthorization), "{error}");
    assert_eq!(server.openid_requests(), 0);
}

#[tokio::test]
async fn basic_scheme_rejected() {
    let (_server, verifier) = setup().await;
    let mut headers = HeaderMap::new();
    headers.insert(AUTHORIZATION, HeaderValue::from_static("Basic Ym90OnNlY3JldA=="));

    let error = verifier.verify_headers(&headers).await.unwrap_err();

    assert!(matches!(&error, VerifyError::UnsupportedScheme { scheme } if scheme == "Basic"), "{error}");
    assert!(!error.to_string().contains("Ym90OnNlY3JldA=="), "{error}");
}

#[tokio::test]
async fn authentication_header_rejected() {
    let (server, verifier) = setup().await;
    let token = sign(&key_a(), KID_A, &claims());
    let mut headers = HeaderMap::new();
    headers.insert("authentication", HeaderValue::from_str(&format!("Bearer {token}")).unwrap());

    let error = verifier.verify_headers(&headers).await.unwrap_err();

    assert!(matches!(error, VerifyError::AuthenticationHeader), "{error}");
    assert!(error.to_string().contains("Authorization: Bearer"), "{error}");
    assert_eq!(server.openid_requests(), 0);
}

#[tokio::test]
async fn malformed_token_rejected() {
    let (server, verifier) = setup().await;

    for token in ["not-a-jwt", "a.b", "a.b.c.d.e", "eyJhbGciOiJSUzI1NiJ9..."] {
        let error = verify(&verifier, token).await.unwrap_err();
        assert!(matches!(error, VerifyError::MalformedToken { .. }), "{token}: {error}");
    }
    assert_eq!(server.openid_requests(), 0);
}

#[tokio::test]
async fn alg_none_rejected() {
    let (server, verifier) = setup().await;
    let header = json!({ "alg": "none", "typ": "JWT", "kid": KID_A });

    for token in [sign_raw(&header, &claims(), None), sign_raw(&header, &claims(), Some(&key_a()))] {
        let error = verify(&verifier, &token).await.unwrap_err();
        assert!(matches!(&error, VerifyError::UnsupportedAlgorithm { alg } if alg == "none"), "{error}");
    }
    assert_eq!(server.openid_requests(), 0);
}

#[tokio::test]
async fn hs256_public_key_secret_rejected() {
    let (server, verifier) = setup().await;
    let public_pem = std::fs::read(fixture("signing-a.pub.pem")).unwrap();
    let mut header = Header::new(Algorithm::HS256);
    header.kid = Some(KID_A.to_owned());
    let token = jsonwebtoken::encode(&header, &claims(), &EncodingKey::from_secret(&public_pem).unwrap()).unwrap();

    // With keys cached as well as without, so the key is never offered as an HMAC secret.
    let error = verify(&verifier, &token).await.unwrap_err();
    assert!(matches!(&error, VerifyError::UnsupportedAlgorithm { alg } if alg == "HS256"), "{error}");
    assert_eq!(server.jwks_requests(), 0);
    warm_up(&server, &verifier).await;
    let error = verify(&verifier, &token).await.unwrap_err();
    assert!(matches!(&error, VerifyError::UnsupportedAlgorithm { alg } if alg == "HS256"), "{error}");
}

#[tokio::test]
async fn other_rsa_algorithms_rejected() {
    let (server, verifier) = setup().await;

    for algorithm in [Algorithm::RS384, Algorithm::RS512, Algorithm::PS256] {
        let mut header = Header::new(algorithm);
        header.kid = Some(KID_A.to_owned());
        let token = jsonwebtoken::encode(&header, &claims(), &key_a()).unwrap();
        let error = verify(&verifier, &token).await.unwrap_err();
        assert!(matches!(error, VerifyError::UnsupportedAlgorithm { .. }), "{algorithm:?}: {error}");
    }
    assert_eq!(server.jwks_requests(), 0);
}

#[tokio::test]
async fn forbidden_header_parameters_rejected() {
    let (server, verifier) = setup().await;
    let parameters = [
        ("crit", json!(["exp"])),
        ("jku", json!(format!("http://{}/keys", server.address))),
        ("jwk", public_jwk(&key_b(), KID_B)),
        ("x5u", json!("https://attacker.test/cert.pem")),
    ];

    for (name, value) in parameters {
        let mut header = json!({ "alg": "RS256", "typ": "JWT", "kid": KID_A });
        header[name] = value;
        let error = verify(&verifier, &sign_raw(&header, &claims(), Some(&key_a()))).await.unwrap_err();
        assert!(
            matches!(error, VerifyError::ForbiddenHeaderParameter { name: found } if found == name),
            "{name}: {error}"
        );
    }
    assert_eq!(server.jwks_requests(), 0);
}

#[tokio::test]
async fn missing_kid_rejected() {
    let (_server, verifier) = setup().await;
    let header = json!({ "alg": "RS256", "typ": "JWT" });

    let error = verify(&verifier, &sign_raw(&header, &claims(), Some(&key_a()))).await.unwrap_err();

    assert!(matches!(error, VerifyError::MissingKeyId), "{error}");
}

#[tokio::test]
async fn expired_rejected() {
    let (_server, verifier) = setup().await;
    let now = now();
    let claims = claims_with("exp", json!(now - 6 * 60));

    let error = verify(&verifier, &sign(&key_a(), KID_A, &claims)).await.unwrap_err();

    assert!(matches!(error, VerifyError::Expired), "{error}");
}

#[tokio::test]
async fn not_yet_valid_rejected() {
    let (_server, verifier) = setup().await;
    let now = now();
    let claims = claims_with("nbf", json!(now + 6 * 60));

    let error = verify(&verifier, &sign(&key_a(), KID_A, &claims)).await.unwrap_err();

    assert!(matches!(error, VerifyError::NotYetValid), "{error}");
}

#[tokio::test]
async fn clock_skew_setting_applies() {
    let server = KeyServer::start(jwks_with_key_a()).await;
    let verifier = Verifier::new(config(&server).clock_skew(Duration::from_secs(30))).unwrap();
    let now = now();

    let error = verify(&verifier, &sign(&key_a(), KID_A, &claims_with("exp", json!(now - 60)))).await.unwrap_err();
    assert!(matches!(error, VerifyError::Expired), "{error}");

    let error = verify(&verifier, &sign(&key_a(), KID_A, &claims_with("nbf", json!(now + 60)))).await.unwrap_err();
    assert!(matches!(error, VerifyError::NotYetValid), "{error}");
}

#[tokio::test]
async fn missing_exp_rejected() {
    let (_server, verifier) = setup().await;

    let error = verify(&verifier, &sign(&key_a(), KID_A, &claims_without("exp"))).await.unwrap_err();

    assert!(matches!(error, VerifyError::MissingExpiry), "{error}");
}

#[tokio::test]
async fn wrong_issuer_rejected() {
    let (_server, verifier) = setup().await;
    let issuer = "https://login.microsoftonline.com/common/v2.0";

    let error = verify(&verifier, &sign(&key_a(), KID_A, &claims_with("iss", json!(issuer)))).await.unwrap_err();
    assert!(matches!(&error, VerifyError::InvalidIssuer { issuer: Some(found) } if found == issuer), "{error}");

    let error = verify(&verifier, &sign(&key_a(), KID_A, &claims_without("iss"))).await.unwrap_err();
    assert!(matches!(error, VerifyError::InvalidIssuer { issuer: None }), "{error}");
}

#[tokio::test]
async fn wrong_audience_rejected() {
    let (_server, verifier) = setup().await;
    let other_app = "0f0e0d0c-0b0a-0908-0706-050403020100";

    let error = verify(&verifier, &sign(&key_a(), KID_A, &claims_with("aud", json!(other_app)))).await.unwrap_err();
    assert!(matches!(&error, VerifyError::InvalidAudience { audience: Some(found) } if found == other_app), "{error}");

    for audience in [json!(null), json!([APP_ID]), json!(APP_ID.to_uppercase())] {
        let error = verify(&verifier, &sign(&key_a(), KID_A, &claims_with("aud", audience.clone()))).await.unwrap_err();
        assert!(matches!(error, VerifyError::InvalidAudience { .. }), "{audience}: {error}");
    }
}

#[tokio::test]
async fn missing_tid_rejected() {
    let (_server, verifier) = setup().await;

    let error = verify(&verifier, &sign(&key_a(), KID_A, &claims_without("tid"))).await.unwrap_err();
    assert!(matches!(error, VerifyError::MissingTenant), "{error}");

    for tenant in [json!(""), json!(null), json!(42)] {
        let error = verify(&verifier, &sign(&key_a(), KID_A, &claims_with("tid", tenant.clone()))).await.unwrap_err();
        assert!(matches!(error, VerifyError::MissingTenant), "{tenant}: {error}");
    }
}

#[tokio::test]
async fn tampered_payload_rejected() {
    let (_server, verifier) = setup().await;
    let token = sign(&key_a(), KID_A, &claims());
    let segments: Vec<&str> = token.split('.').collect();
    let forged_payload = base64url(claims_with("tid", json!("another-tenant")).to_string().as_bytes());
    let tampered = format!("{}.{forged_payload}.{}", segments[0], segments[2]);

    let error = verify(&verifier, &tampered).await.unwrap_err();

    assert!(matches!(error, VerifyError::InvalidSignature), "{error}");
}

#[tokio::test]
async fn wrong_key_signature_rejected() {
    let (_server, verifier) = setup().await;

    let error = verify(&verifier, &sign(&key_b(), KID_A, &claims())).await.unwrap_err();

    assert!(matches!(error, VerifyError::InvalidSignature), "{error}");
}

#[tokio::test]
async fn errors_omit_token() {
    let (_server, verifier) = setup().await;
    let now = now();
    let tokens = [
        sign(&key_a(), KID_A, &claims_with("exp", json!(now - 3600))),
        sign(&key_a(), KID_A, &claims_with("aud", json!("other"))),
        sign(&key_b(), KID_A, &claims()),
        sign(&key_b(), "unknown-key", &claims()),
    ];

    for token in tokens {
        let error = verify(&verifier, &token).await.unwrap_err();
        let signature = token.rsplit('.').next().unwrap();
        for text in [error.to_string(), format!("{error:?}")] {
            assert!(!text.contains(&token), "{text}");
            assert!(!text.contains(signature), "{text}");
        }
    }
}

// --- Key fetching and refresh -----------------------------------------------------------------

#[tokio::test]
async fn unknown_kid_refreshes_once() {
    let (server, verifier) = setup().await;
    warm_up(&server, &verifier).await;

    let error = verify(&verifier, &sign(&key_b(), "unknown-1", &claims())).await.unwrap_err();
    assert!(matches!(&error, VerifyError::UnknownKeyId { kid } if kid == "unknown-1"), "{error}");
    assert!(error.is_rejection());
    assert_eq!(server.jwks_requests(), 2);
    assert_eq!(server.openid_requests(), 2);

    // A second unknown kid within the minimum refresh interval causes no fetch.
    let error = verify(&verifier, &sign(&key_b(), "unknown-2", &claims())).await.unwrap_err();
    assert!(matches!(&error, VerifyError::UnknownKeyId { kid } if kid == "unknown-2"), "{error}");
    assert_eq!(server.jwks_requests(), 2);

    // Known keys keep working without a fetch.
    verify(&verifier, &sign(&key_a(), KID_A, &claims())).await.unwrap();
    assert_eq!(server.jwks_requests(), 2);
}

#[tokio::test]
async fn key_rotation_accepted_after_refresh() {
    let (server, verifier) = setup().await;
    warm_up(&server, &verifier).await;
    server.publish(jwks(&[public_jwk(&key_b(), KID_B)]));

    let verified = verify(&verifier, &sign(&key_b(), KID_B, &claims())).await.unwrap();
    assert_eq!(verified.tenant_id(), TENANT_ID);
    assert_eq!(server.jwks_requests(), 2);

    // The refresh replaced the cache, so the withdrawn key A is unknown now.
    let error = verify(&verifier, &sign(&key_a(), KID_A, &claims())).await.unwrap_err();
    assert!(matches!(error, VerifyError::UnknownKeyId { .. }), "{error}");
    assert_eq!(server.jwks_requests(), 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_rotated_kid_single_refresh() {
    // Without the rate limit, only the sharing of the fetch in flight can keep this to one refresh.
    let server = KeyServer::start(jwks_with_key_a()).await;
    let verifier = Verifier::new(config(&server).min_refresh_interval(Duration::ZERO)).unwrap();
    warm_up(&server, &verifier).await;
    server.publish(jwks(&[public_jwk(&key_a(), KID_A), public_jwk(&key_b(), KID_B)]));
    let gate = server.close_jwks_gate();

    let tasks: Vec<_> = (0..8)
        .map(|_| {
            let verifier = verifier.clone();
            let token = sign(&key_b(), KID_B, &claims());
            tokio::spawn(async move { verify(&verifier, &token).await })
        })
        .collect();
    // Hold the one fetch open a little, so the other verifications queue behind it.
    server.wait_for_jwks_requests(2).await;
    tokio::time::sleep(Duration::from_millis(100)).await;
    gate.add_permits(100);

    for task in tasks {
        let verified = task.await.unwrap().unwrap();
        assert_eq!(verified.tenant_id(), TENANT_ID);
    }
    assert_eq!(server.jwks_requests(), 2);
    assert_eq!(server.openid_requests(), 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_unknown_kid_single_refresh() {
    let (server, verifier) = setup().await;
    warm_up(&server, &verifier).await;
    let gate = server.close_jwks_gate();

    let tasks: Vec<_> = (0..8)
        .map(|index| {
            let verifier = verifier.clone();
            let token = sign(&key_b(), &format!("unknown-{index}"), &claims());
            tokio::spawn(async move { verify(&verifier, &token).await })
        })
        .collect();
    server.wait_for_jwks_requests(2).await;
    tokio::time::sleep(Duration::from_millis(100)).await;
    gate.add_permits(100);

    for task in tasks {
        let error = task.await.unwrap().unwrap_err();
        assert!(matches!(error, VerifyError::UnknownKeyId { .. }), "{error}");
    }
    assert_eq!(server.jwks_requests(), 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_first_use_single_fetch() {
    let (server, verifier) = setup().await;
    let gate = server.close_jwks_gate();

    let tasks: Vec<_> = (0..8)
        .map(|_| {
            let verifier = verifier.clone();
            let token = sign(&key_a(), KID_A, &claims());
            tokio::spawn(async move { verify(&verifier, &token).await })
        })
        .collect();
    server.wait_for_jwks_requests(1).await;
    tokio::time::sleep(Duration::from_millis(100)).await;
    gate.add_permits(100);

    for task in tasks {
        task.await.unwrap().unwrap();
    }
    assert_eq!(server.openid_requests(), 1);
    assert_eq!(server.jwks_requests(), 1);
}

#[tokio::test]
async fn failed_refresh_keeps_cache() {
    let server = KeyServer::start(jwks_with_key_a()).await;
    let verifier = Verifier::new(config(&server).refresh_interval(Duration::ZERO)).unwrap();
    warm_up(&server, &verifier).await;
    server.set_jwks_failing(true);

    // The cache is due for a refresh at once. The refresh fails, and the cached key still works.
    verify(&verifier, &sign(&key_a(), KID_A, &claims())).await.unwrap();
    assert_eq!(server.jwks_requests(), 2);

    // After a failure, the next periodic try waits for the minimum refresh interval.
    verify(&verifier, &sign(&key_a(), KID_A, &claims())).await.unwrap();
    assert_eq!(server.jwks_requests(), 2);

    // An unknown kid tries once more, and reports the failed fetch rather than rejecting the kid.
    let error = verify(&verifier, &sign(&key_b(), KID_B, &claims())).await.unwrap_err();
    assert!(matches!(&error, VerifyError::KeysUnavailable { reason, .. } if reason.contains("500")), "{error}");
    assert!(!error.is_rejection());
    assert_eq!(server.jwks_requests(), 3);
}

#[tokio::test]
async fn refresh_interval_zero_refetches() {
    let server = KeyServer::start(jwks_with_key_a()).await;
    let verifier = Verifier::new(config(&server).refresh_interval(Duration::ZERO)).unwrap();
    warm_up(&server, &verifier).await;

    verify(&verifier, &sign(&key_a(), KID_A, &claims())).await.unwrap();
    verify(&verifier, &sign(&key_a(), KID_A, &claims())).await.unwrap();

    assert_eq!(server.jwks_requests(), 3);
}

#[tokio::test]
async fn periodic_refresh_after_interval() {
    let server = KeyServer::start(jwks_with_key_a()).await;
    // No pooled connections, so no idle connection outlives the clock jump below.
    let http = reqwest::Client::builder().pool_max_idle_per_host(0).build().unwrap();
    let verifier = Verifier::new(config(&server).http_client(http)).unwrap();
    warm_up(&server, &verifier).await;

    advance_clock(DEFAULT_REFRESH_INTERVAL - Duration::from_secs(1)).await;
    verify(&verifier, &sign(&key_a(), KID_A, &claims())).await.unwrap();
    assert_eq!(server.jwks_requests(), 1);

    advance_clock(Duration::from_secs(2)).await;
    verify(&verifier, &sign(&key_a(), KID_A, &claims())).await.unwrap();
    assert_eq!(server.jwks_requests(), 2);
}

#[tokio::test]
async fn unknown_kid_limit_expires() {
    let server = KeyServer::start(jwks_with_key_a()).await;
    let http = reqwest::Client::builder().pool_max_idle_per_host(0).build().unwrap();
    let verifier = Verifier::new(config(&server).http_client(http)).unwrap();
    warm_up(&server, &verifier).await;

    verify(&verifier, &sign(&key_b(), "unknown-1", &claims())).await.unwrap_err();
    assert_eq!(server.jwks_requests(), 2);

    advance_clock(DEFAULT_MIN_REFRESH_INTERVAL - Duration::from_secs(1)).await;
    verify(&verifier, &sign(&key_b(), "unknown-2", &claims())).await.unwrap_err();
    assert_eq!(server.jwks_requests(), 2);

    advance_clock(Duration::from_secs(2)).await;
    verify(&verifier, &sign(&key_b(), "unknown-3", &claims())).await.unwrap_err();
    assert_eq!(server.jwks_requests(), 3);
}

#[tokio::test]
async fn min_refresh_interval_zero_refetches() {
    let server = KeyServer::start(jwks_with_key_a()).await;
    let verifier = Verifier::new(config(&server).min_refresh_interval(Duration::ZERO)).unwrap();
    warm_up(&server, &verifier).await;

    for kid in ["unknown-1", "unknown-2"] {
        let error = verify(&verifier, &sign(&key_b(), kid, &claims())).await.unwrap_err();
        assert!(matches!(error, VerifyError::UnknownKeyId { .. }), "{error}");
    }

    assert_eq!(server.jwks_requests(), 3);
}

#[tokio::test]
async fn jwks_failure_reported() {
    let (server, verifier) = setup().await;
    server.set_jwks_failing(true);

    let error = verify(&verifier, &sign(&key_a(), KID_A, &claims())).await.unwrap_err();

    assert!(matches!(&error, VerifyError::KeysUnavailable { url, .. } if url.ends_with("/keys")), "{error}");
    assert!(!error.is_rejection());

    // Without cached keys there is no rate limit: the next request fetches again and succeeds.
    server.set_jwks_failing(false);
    verify(&verifier, &sign(&key_a(), KID_A, &claims())).await.unwrap();
    assert_eq!(server.jwks_requests(), 2);
}

#[tokio::test]
async fn unreachable_endpoint_reported() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let address = listener.local_addr().unwrap();
    drop(listener);
    let url = Url::parse(&format!("http://{address}/openid")).unwrap();
    let verifier = Verifier::new(VerifierConfig::new(APP_ID).openid_configuration_url(url)).unwrap();

    let error = verifier.refresh_keys().await.unwrap_err();

    assert!(matches!(&error, VerifyError::KeysUnavailable { source: Some(_), .. }), "{error}");
    assert!(std::error::Error::source(&error).is_some());
}

#[tokio::test]
async fn jwks_without_usable_keys_reported() {
    let server =
        KeyServer::start(jwks(&[json!({ "kty": "EC", "kid": "ec", "crv": "P-256", "x": "AA", "y": "AA" })])).await;
    let verifier = Verifier::new(config(&server)).unwrap();

    let error = verifier.refresh_keys().await.unwrap_err();

    assert!(matches!(&error, VerifyError::KeysUnavailable { reason, .. } if reason.contains("no RSA")), "{error}");
}

#[tokio::test]
async fn refresh_keys_prefetches() {
    let (server, verifier) = setup().await;

    verifier.refresh_keys().await.unwrap();
    assert_eq!(server.jwks_requests(), 1);

    verify(&verifier, &sign(&key_a(), KID_A, &claims())).await.unwrap();
    assert_eq!(server.jwks_requests(), 1);
}

// --- Configuration ----------------------------------------------------------------------------

#[test]
fn large_clock_skew_rejected() {
    let config = VerifierConfig::new(APP_ID).clock_skew(Duration::from_secs(11 * 60));

    let error = Verifier::new(config).unwrap_err();

    assert!(matches!(error, VerifyError::InvalidConfig { .. }), "{error}");
    assert!(error.to_string().contains("maximum of 600 s"), "{error}");
}

#[test]
fn remote_http_openid_url_rejected() {
    let url = Url::parse("http://login.example/openid").unwrap();

    let error = Verifier::new(VerifierConfig::new(APP_ID).openid_configuration_url(url)).unwrap_err();

    assert!(matches!(error, VerifyError::InvalidConfig { .. }), "{error}");
}

#[test]
fn verifier_debug_shows_settings() {
    let verifier = Verifier::new(VerifierConfig::new(APP_ID)).unwrap();

    let debug = format!("{verifier:?}");

    assert!(debug.contains(APP_ID), "{debug}");
    assert!(debug.contains("api.aps.skype.com"), "{debug}");
}
