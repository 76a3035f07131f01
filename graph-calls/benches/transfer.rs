//! The client's cost per `transfer`, beside plain reqwest sending the same request.
//!
//! Both post to one axum server on loopback that replies 202 with a `request-id`. The server
//! and both clients run on one current-thread runtime on the bench thread, so a round trip is
//! the CPU time of client, kernel and server on one core. With the server on a second thread,
//! a round trip can wait for the other vCPU to wake, and on a shared virtual machine that
//! wait varied from run to run by more than the client's own cost.
//!
//! The reqwest baseline reuses one `reqwest::Client` and sends the body the client would send,
//! serialized once, with the same headers and a fixed `client-request-id`. The graph-calls
//! client runs with its defaults (30 s timeout per attempt, default retry policy) and a static
//! token. Each of its calls validates and serializes the body, builds the URL and draws a new
//! request id, as an application's calls do.

use std::hint::black_box;
use std::net::SocketAddr;

use axum::Router;
use axum::body::Bytes;
use axum::http::{HeaderValue, StatusCode};
use axum::response::IntoResponse;
use criterion::{Criterion, criterion_group, criterion_main};
use graph_calls::Client;
use graph_calls::auth::StaticToken;
use graph_calls::endpoints::GraphService as _;
use graph_calls::models::{EndpointType, InvitationParticipantInfo, TransferRequestBody};
use reqwest::header::{ACCEPT, AUTHORIZATION, CONTENT_TYPE};
use url::Url;

const TOKEN: &str = "bench-access-token";
const CALL_ID: &str = "341a0500-d4bf-4224-8b19-1581168d328b";
const CLIENT_REQUEST_ID: &str = "6f1d2c3b-4a59-4e8f-9d7c-1b2a3c4d5e6f";
const USER_AGENT_VALUE: &str = concat!("graph-calls/", env!("CARGO_PKG_VERSION"));

/// Reads the whole request body, as Graph does, and replies like Graph's `transfer`.
async fn accept_transfer(_body: Bytes) -> impl IntoResponse {
    (StatusCode::ACCEPTED, [("request-id", HeaderValue::from_static("20000000-0000-0000-0000-000000000001"))])
}

/// Starts the server as a task on `runtime` and returns its address.
fn start_server(runtime: &tokio::runtime::Runtime) -> SocketAddr {
    let listener = runtime.block_on(tokio::net::TcpListener::bind("127.0.0.1:0")).expect("bind a loopback port");
    let address = listener.local_addr().expect("the listener's address");
    let app = Router::new().fallback(accept_transfer);
    runtime.spawn(async move { axum::serve(listener, app).await.expect("the bench server failed") });
    address
}

/// Returns the documented transfer to a Teams user.
fn transfer_body() -> TransferRequestBody {
    let mut target = InvitationParticipantInfo::teams_user(
        "550fae72-d251-43ec-868c-373732c2704f",
        "72f988bf-86f1-41af-91ab-2d7cd011db47",
    );
    target.endpoint_type = Some(EndpointType::Default);
    let mut body = TransferRequestBody::new(target);
    body.client_context = Some("9e90d1c1-f61e-43e7-9f75-d420159aae08".to_owned());
    body
}

fn transfer(criterion: &mut Criterion) {
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("the bench runtime");
    let address = start_server(&runtime);
    let base_url = Url::parse(&format!("http://{address}")).expect("the server URL");
    let body = transfer_body();

    let client = Client::builder().base_url(base_url).token_provider(StaticToken::new(TOKEN)).build().expect("client");

    // The user agent is a client setting in both, so it is sent without a per-request header.
    let plain = reqwest::Client::builder().user_agent(USER_AGENT_VALUE).build().expect("reqwest client");
    let url = format!("http://{address}/v1.0/communications/calls/{CALL_ID}/transfer");
    let body_bytes = Bytes::from(serde_json::to_vec(&body).expect("the body serializes"));
    let authorization = format!("Bearer {TOKEN}");

    let mut group = criterion.benchmark_group("transfer");
    group.bench_function("graph_calls", |bencher| {
        bencher.to_async(&runtime).iter(|| async {
            let accepted = client.communications().calls().by_id(CALL_ID).transfer(&body).await.expect("accepted");
            black_box(accepted)
        });
    });
    group.bench_function("reqwest", |bencher| {
        bencher.to_async(&runtime).iter(|| async {
            let response = plain
                .post(&url)
                .header(AUTHORIZATION, &authorization)
                .header("client-request-id", CLIENT_REQUEST_ID)
                .header(ACCEPT, "application/json")
                .header(CONTENT_TYPE, "application/json")
                .body(body_bytes.clone())
                .send()
                .await
                .expect("sent");
            assert_eq!(response.status(), StatusCode::ACCEPTED);
            let request_id = response.headers().get("request-id").cloned();
            let response_body = response.bytes().await.expect("the response body");
            black_box((request_id, response_body))
        });
    });
    group.finish();
}

criterion_group!(benches, transfer);
criterion_main!(benches);
