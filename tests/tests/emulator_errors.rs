//! The emulator responds to malformed and unexpected requests with Graph-shaped errors, and keeps
//! its call state consistent between `GET`, `DELETE` and notifications.

use graph_calls::endpoints::GraphService as _;
use graph_calls_emulator::CallSource;
use graph_calls_tests::e2e::Harness;
use serde_json::Value;

/// Sends a raw request and returns its status and JSON body.
async fn raw(
    harness: &Harness,
    method: reqwest::Method,
    path: &str,
    authorization: Option<&str>,
    body: &str,
) -> (u16, Value) {
    let mut url = harness.emulator.graph_url();
    url.set_path(path);
    let mut request = reqwest::Client::new().request(method, url).body(body.to_owned());
    if let Some(authorization) = authorization {
        request = request.header("authorization", authorization);
    }
    let response = request.send().await.expect("the emulator responds");
    let status = response.status().as_u16();
    let text = response.text().await.expect("a body");
    (status, serde_json::from_str(&text).unwrap_or_else(|error| panic!("{status}: {text:?} is not JSON: {error}")))
}

fn code(body: &Value) -> Option<&str> {
    body.pointer("/error/code").and_then(Value::as_str)
}

fn has_request_id(body: &Value) -> bool {
    body.pointer("/error/innerError/request-id").and_then(Value::as_str).is_some()
}

#[tokio::test]
async fn wrong_method_gets_graph_error() {
    let harness = Harness::start().await;
    let token = format!("Bearer {}", harness.bot_token().await);
    let (status, body) = raw(&harness, reqwest::Method::PUT, "/v1.0/communications/calls/c1", Some(&token), "{}").await;
    assert_eq!(status, 405);
    assert!(code(&body).is_some(), "{body}");
    assert!(has_request_id(&body), "{body}");
}

#[tokio::test]
async fn oversized_body_gets_graph_error() {
    let harness = Harness::start().await;
    let huge = "x".repeat(2 * 1024 * 1024);
    let (status, body) = raw(&harness, reqwest::Method::POST, "/v1.0/communications/calls", None, &huge).await;
    assert_eq!(status, 413);
    assert!(has_request_id(&body), "{body}");
    let recorded = harness.emulator.requests();
    assert!(recorded.iter().all(|request| request.body.len() <= 64 * 1024), "records keep at most 64 KiB of a body");
}

#[tokio::test]
async fn undecodable_path_gets_graph_error() {
    let harness = Harness::start().await;
    let token = format!("Bearer {}", harness.bot_token().await);
    let (status, body) =
        raw(&harness, reqwest::Method::GET, "/v1.0/communications/calls/%FF%FE", Some(&token), "").await;
    assert_eq!(status, 400);
    assert_eq!(code(&body), Some("BadRequest"));
}

#[tokio::test]
async fn unknown_version_gets_400() {
    let harness = Harness::start().await;
    let token = format!("Bearer {}", harness.bot_token().await);
    let (status, body) = raw(&harness, reqwest::Method::GET, "/v2.0/communications/calls/c1", Some(&token), "").await;
    assert_eq!(status, 400);
    assert_eq!(code(&body), Some("BadRequest"));
}

#[tokio::test]
async fn bearer_scheme_is_case_insensitive() {
    let harness = Harness::start().await;
    let call_id = harness.create_established_call(CallSource::Application).await;
    let token = format!("BEARER {}", harness.bot_token().await);
    let (status, body) =
        raw(&harness, reqwest::Method::GET, &format!("/v1.0/communications/calls/{call_id}"), Some(&token), "").await;
    assert_eq!(status, 200, "{body}");
}

#[tokio::test]
async fn callback_must_be_http_url() {
    let harness = Harness::start().await;
    let token = harness.bot_token().await;
    for callback in ["", "not a url", "file:///etc/passwd", "http://"] {
        let body = serde_json::json!({"callbackUri": callback}).to_string();
        let response = harness.post_raw("/v1.0/communications/calls", Some(&token), &body).await;
        assert_eq!(response.status, 400, "{callback:?}: {:?}", response.body);
    }
}

#[tokio::test]
async fn ended_call_is_gone() {
    let harness = Harness::start().await;
    let call_id = harness.create_established_call(CallSource::Application).await;
    let calls = harness.client.communications().calls();
    calls.by_id(&call_id).delete().await.expect("hang up");
    harness.emulator.settle().await;

    let read = calls.by_id(&call_id).get().await.expect_err("an ended call is not found");
    assert_eq!(read.status().map(|status| status.as_u16()), Some(404));
    let again = calls.by_id(&call_id).delete().await.expect_err("an ended call is not found");
    assert_eq!(again.status().map(|status| status.as_u16()), Some(404));
}

#[tokio::test]
async fn get_returns_created_members() {
    let harness = Harness::start().await;
    let call_id = harness.create_established_call(CallSource::Application).await;
    let call = harness.client.communications().calls().by_id(&call_id).get().await.expect("the call exists").value;
    assert!(call.targets.as_ref().is_some_and(|targets| !targets.is_empty()), "targets: {:?}", call.targets);
    assert!(call.media_config.is_some(), "mediaConfig is kept");
    assert_eq!(call.id.as_deref(), Some(call_id.as_str()));
}
