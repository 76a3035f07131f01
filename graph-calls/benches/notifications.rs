//! Notifications per second through decode, verify and track, on one core.
//!
//! One webhook delivery is: verify its RS256 bearer token (keys already cached), decode its
//! body, and apply it to a call tracker. The bench replays the documented transfer sequence
//! (`established`, `transferring`, `transferAccepted`, `terminated`) for a fresh call each
//! iteration, on a current-thread runtime, so all work happens on the bench thread. The
//! parts are also measured alone.
//!
//! Run with `cargo bench -p graph-calls --bench notifications`.

use std::hint::black_box;
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

use axum::Json;
use axum::routing::get;
use criterion::{BatchSize, Criterion, Throughput, criterion_group, criterion_main};
use graph_calls::notifications::verify::{Verifier, VerifierConfig};
use graph_calls::notifications::{CallTracker, decode_notifications};
use jsonwebtoken::jwk::Jwk;
use jsonwebtoken::{Algorithm, EncodingKey, Header};
use reqwest::header::{AUTHORIZATION, HeaderMap, HeaderValue};
use serde_json::json;

const APP_ID: &str = "11111111-1111-1111-1111-111111111111";
const KID: &str = "bench-key";
const STATES: [&str; 4] = ["established", "transferring", "transferAccepted", "terminated"];

fn body(call_id: &str, state: &str) -> Vec<u8> {
    let mut data = json!({"@odata.type": "#microsoft.graph.call", "state": state});
    if state == "terminated" {
        data["resultInfo"] = json!({"@odata.type": "#microsoft.graph.resultInfo", "code": 0, "subcode": 7015, "message": "GracefulTransferCompleted"});
    }
    let change_type = if state == "terminated" { "deleted" } else { "updated" };
    json!({"@odata.type": "#microsoft.graph.commsNotifications", "value": [{
        "@odata.type": "#microsoft.graph.commsNotification", "changeType": change_type,
        "resourceUrl": format!("/communications/calls/{call_id}"), "resourceData": data}]})
    .to_string()
    .into_bytes()
}

/// Starts a key server on its own thread and returns a verifier with its keys loaded, and
/// the headers of a request signed with the listed key.
fn setup(runtime: &tokio::runtime::Runtime) -> (Verifier, HeaderMap) {
    let pem = std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/keys/signing-a.pem"))
        .expect("test key");
    let key = EncodingKey::from_rsa_pem(&pem).expect("RSA key");
    let mut jwk = Jwk::from_encoding_key(&key, Algorithm::RS256).expect("JWK");
    jwk.common.key_id = Some(KID.to_owned());
    let jwks = json!({"keys": [serde_json::to_value(&jwk).expect("JWK as JSON")]});

    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    listener.set_nonblocking(true).expect("non-blocking");
    let address = listener.local_addr().expect("address");
    let jwks_uri = format!("http://{address}/keys");
    std::thread::spawn(move || {
        let server = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
        server.block_on(async move {
            let router = axum::Router::new()
                .route("/openid", get(move || async move { Json(json!({"jwks_uri": jwks_uri})) }))
                .route("/keys", get(move || async move { Json(jwks.clone()) }));
            let listener = tokio::net::TcpListener::from_std(listener).expect("listener");
            axum::serve(listener, router).await.expect("key server");
        });
    });

    let config =
        VerifierConfig::new(APP_ID).openid_configuration_url(format!("http://{address}/openid").parse().expect("url"));
    let verifier = Verifier::new(config).expect("verifier");
    runtime.block_on(verifier.refresh_keys()).expect("keys load");

    let now = SystemTime::now().duration_since(UNIX_EPOCH).expect("clock").as_secs();
    let claims = json!({"aud": APP_ID, "iss": "https://graph.microsoft.com", "iat": now, "nbf": now, "exp": now + 3_600, "tid": "tenant"});
    let mut header = Header::new(Algorithm::RS256);
    header.kid = Some(KID.to_owned());
    let token = jsonwebtoken::encode(&header, &claims, &key).expect("signs");
    let mut headers = HeaderMap::new();
    headers.insert(AUTHORIZATION, HeaderValue::from_str(&format!("Bearer {token}")).expect("header"));
    (verifier, headers)
}

fn notifications(criterion: &mut Criterion) {
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
    let (verifier, headers) = setup(&runtime);
    let bodies: Vec<Vec<u8>> = STATES.iter().map(|state| body("341a0500-d4bf-4224-8b19-1581168d328b", state)).collect();
    let tracker = CallTracker::default();
    let next_call = AtomicU64::new(0);

    let mut group = criterion.benchmark_group("notifications");
    group.throughput(Throughput::Elements(STATES.len() as u64));

    group.bench_function("decode_verify_track", |bencher| {
        bencher.to_async(&runtime).iter_batched(
            || {
                let call_id = format!("call-{}", next_call.fetch_add(1, Ordering::Relaxed));
                STATES.iter().map(|state| body(&call_id, state)).collect::<Vec<_>>()
            },
            |bodies| async {
                for body in bodies {
                    let verified = verifier.verify_headers(&headers).await.expect("verifies");
                    let notifications = decode_notifications(&body).expect("decodes");
                    black_box(verified);
                    black_box(tracker.apply(&notifications));
                }
            },
            BatchSize::SmallInput,
        );
    });
    group.bench_function("verify", |bencher| {
        bencher.to_async(&runtime).iter(|| async {
            for _ in STATES {
                black_box(verifier.verify_headers(&headers).await.expect("verifies"));
            }
        });
    });
    group.bench_function("decode", |bencher| {
        bencher.iter(|| {
            for body in &bodies {
                black_box(decode_notifications(black_box(body)).expect("decodes"));
            }
        });
    });
    group.bench_function("track", |bencher| {
        let decoded: Vec<_> = bodies.iter().map(|body| decode_notifications(body).expect("decodes")).collect();
        // A fresh tracker per call sequence, so every sequence is a new call.
        bencher.iter_batched(
            CallTracker::default,
            |tracker| {
                for notifications in &decoded {
                    black_box(tracker.apply(notifications));
                }
            },
            BatchSize::SmallInput,
        );
    });
    group.finish();
}

criterion_group!(benches, notifications);
criterion_main!(benches);
