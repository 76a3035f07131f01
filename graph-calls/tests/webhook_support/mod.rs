//! A webhook on 127.0.0.1 with a key server, for the webhook tests.

#![allow(dead_code, unreachable_pub)]

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use axum::Json;
use axum::routing::get;
use graph_calls::models::CallState;
use graph_calls::notifications::verify::{Verifier, VerifierConfig};
use graph_calls::notifications::{CallEvent, CallTracker, TrackerConfig, Webhook, WebhookConfig};
use jsonwebtoken::jwk::Jwk;
use jsonwebtoken::{Algorithm, EncodingKey, Header};
use serde_json::json;
use tokio::sync::broadcast;

const APP_ID: &str = "11111111-1111-1111-1111-111111111111";
const KID: &str = "webhook-test-key";

/// Returns the path of a test key under `tests/fixtures/keys/`.
pub fn test_key_path(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/keys").join(name)
}

fn key() -> EncodingKey {
    let pem = std::fs::read(test_key_path("signing-a.pem")).expect("test key");
    EncodingKey::from_rsa_pem(&pem).expect("RSA key")
}

/// Signs a notification token for the test app with `key`.
pub fn token(key: &EncodingKey) -> String {
    let now = SystemTime::now().duration_since(UNIX_EPOCH).expect("clock").as_secs();
    let claims = json!({"aud": APP_ID, "iss": "https://graph.microsoft.com", "iat": now, "nbf": now, "exp": now + 300, "tid": "tenant-1"});
    let mut header = Header::new(Algorithm::RS256);
    header.kid = Some(KID.to_owned());
    jsonwebtoken::encode(&header, &claims, key).expect("signs")
}

/// A webhook on 127.0.0.1 with its own key server.
pub struct Harness {
    pub url: String,
    pub address: SocketAddr,
    pub token: String,
    pub tracker: CallTracker,
    pub events: broadcast::Receiver<CallEvent>,
    pub http: reqwest::Client,
}

/// Starts a key server and a webhook on 127.0.0.1.
pub async fn start(config: WebhookConfig) -> Harness {
    let key = key();
    let mut jwk = Jwk::from_encoding_key(&key, Algorithm::RS256).expect("JWK");
    jwk.common.key_id = Some(KID.to_owned());
    let jwks = json!({"keys": [serde_json::to_value(&jwk).expect("JWK as JSON")]});

    let keys_listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let keys_address = keys_listener.local_addr().expect("address");
    let jwks_uri = format!("http://{keys_address}/keys");
    let keys_router = axum::Router::new()
        .route("/openid", get(move || async move { Json(json!({"jwks_uri": jwks_uri})) }))
        .route("/keys", get(move || async move { Json(jwks.clone()) }));
    tokio::spawn(async move { axum::serve(keys_listener, keys_router).await });

    let verifier_config = VerifierConfig::new(APP_ID)
        .openid_configuration_url(format!("http://{keys_address}/openid").parse().expect("url"));
    let verifier = Verifier::new(verifier_config).expect("verifier");
    let tracker = CallTracker::new(TrackerConfig::default());
    let events = tracker.subscribe();
    let webhook = Webhook::new(verifier, tracker.clone(), config);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let address = listener.local_addr().expect("address");
    let router = webhook.router("/api/calls");
    tokio::spawn(async move { axum::serve(listener, router).await });

    Harness {
        url: format!("http://{address}/api/calls"),
        address,
        token: token(&key),
        tracker,
        events,
        http: reqwest::Client::new(),
    }
}

/// Returns a webhook body with one call state change.
pub fn call_body(call_id: &str, state: &str) -> String {
    json!({"value": [{"changeType": "updated", "resourceUrl": format!("/communications/calls/{call_id}"),
        "resourceData": {"@odata.type": "#microsoft.graph.call", "state": state}}]})
    .to_string()
}

impl Harness {
    /// POSTs a body with the harness token.
    pub async fn post(&self, body: String, message_id: Option<&str>) -> reqwest::Response {
        let mut request =
            self.http.post(&self.url).bearer_auth(&self.token).header("content-type", "application/json").body(body);
        if let Some(id) = message_id {
            request = request.header("x-microsoft-skype-message-id", id);
        }
        request.send().await.expect("webhook answers")
    }

    /// Waits for the next state change the tracker publishes.
    pub async fn next_state(&mut self) -> (String, CallState) {
        loop {
            let event =
                tokio::time::timeout(Duration::from_secs(10), self.events.recv()).await.expect("an event arrives");
            if let Ok(CallEvent::StateChanged { call_id, state, .. }) = event {
                return (call_id, state);
            }
        }
    }
}
