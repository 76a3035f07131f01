//! The axum webhook: status codes, verification before reading, redelivery and background
//! processing into the tracker. The tracing span is tested in `webhook_tracing.rs`.

mod webhook_support;

use std::time::Duration;

use graph_calls::models::CallState;
use graph_calls::notifications::{CallEvent, WebhookConfig};
use jsonwebtoken::EncodingKey;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use webhook_support::{call_body, start, test_key_path, token};

#[tokio::test]
async fn valid_notification_is_accepted_and_tracked() {
    let mut harness = start(WebhookConfig::default()).await;
    let response = harness.post(call_body("c1", "established"), Some("m1")).await;
    assert_eq!(response.status(), 202);
    assert_eq!(harness.next_state().await, ("c1".to_owned(), CallState::Established));
    assert_eq!(harness.tracker.call_state("c1"), Some(CallState::Established));
}

#[tokio::test]
async fn missing_token_is_rejected() {
    let harness = start(WebhookConfig::default()).await;
    let response = harness.http.post(&harness.url).body(call_body("c1", "established")).send().await.expect("answers");
    assert_eq!(response.status(), 401);
    assert_eq!(harness.tracker.call_state("c1"), None);
}

#[tokio::test]
async fn foreign_key_token_is_rejected() {
    let harness = start(WebhookConfig::default()).await;
    let other =
        EncodingKey::from_rsa_pem(&std::fs::read(test_key_path("signing-b.pem")).expect("key")).expect("RSA key");
    let response = harness
        .http
        .post(&harness.url)
        .bearer_auth(token(&other))
        .body(call_body("c1", "established"))
        .send()
        .await
        .expect("answers");
    assert_eq!(response.status(), 401);
}

#[tokio::test]
async fn rejection_does_not_read_body() {
    let harness = start(WebhookConfig::default()).await;
    // The request promises a megabyte it never sends; a handler that read the body first would
    // wait for it instead of responding.
    let mut stream = tokio::net::TcpStream::connect(harness.address).await.expect("connects");
    let request = "POST /api/calls HTTP/1.1\r\nhost: localhost\r\ncontent-type: application/json\r\ncontent-length: 1000000\r\n\r\n{";
    stream.write_all(request.as_bytes()).await.expect("writes");
    let mut response = vec![0; 1024];
    let read = tokio::time::timeout(Duration::from_secs(10), stream.read(&mut response))
        .await
        .expect("answers before the body")
        .expect("reads");
    let text = String::from_utf8_lossy(&response[..read]);
    assert!(text.starts_with("HTTP/1.1 401"), "{text}");
}

#[tokio::test]
async fn malformed_body_gets_400_with_message() {
    let harness = start(WebhookConfig::default()).await;
    let response = harness.post("{\"value\": [".to_owned(), None).await;
    assert_eq!(response.status(), 400);
    let text = response.text().await.expect("body");
    assert!(text.contains("invalid notification body at line 1"), "{text}");

    let response = harness.post(String::new(), None).await;
    assert_eq!(response.status(), 400);
    assert!(response.text().await.expect("body").contains("empty"));
}

#[tokio::test]
async fn oversized_body_gets_413() {
    let mut config = WebhookConfig::default();
    config.max_body_bytes = 64;
    let harness = start(config).await;
    let response = harness.post(call_body("c1", "established"), None).await;
    assert_eq!(response.status(), 413);
}

#[tokio::test]
async fn redelivery_is_processed_once() {
    let mut harness = start(WebhookConfig::default()).await;
    assert_eq!(harness.post(call_body("c1", "establishing"), Some("same")).await.status(), 202);
    assert_eq!(harness.post(call_body("c1", "established"), Some("same")).await.status(), 202);
    assert_eq!(harness.post(call_body("c2", "established"), Some("other")).await.status(), 202);
    assert_eq!(harness.next_state().await, ("c1".to_owned(), CallState::Establishing));
    assert_eq!(harness.next_state().await, ("c2".to_owned(), CallState::Established), "the redelivery was dropped");
    assert_eq!(harness.tracker.call_state("c1"), Some(CallState::Establishing));
}

#[tokio::test]
async fn rejected_delivery_can_be_retried() {
    let mut harness = start(WebhookConfig::default()).await;
    assert_eq!(harness.post("not json".to_owned(), Some("retry-me")).await.status(), 400);
    assert_eq!(harness.post(call_body("c1", "established"), Some("retry-me")).await.status(), 202);
    assert_eq!(harness.next_state().await, ("c1".to_owned(), CallState::Established));
}

#[tokio::test]
async fn slow_subscriber_does_not_delay_replies() {
    let harness = start(WebhookConfig::default()).await;
    // `harness.events` is never read, so its queue overflows; replies must still come at once.
    for index in 0..1_500 {
        let state = if index % 2 == 0 { "established" } else { "hold" };
        assert_eq!(harness.post(call_body("c1", state), None).await.status(), 202);
    }
    let mut fresh = harness.tracker.subscribe();
    assert_eq!(harness.post(call_body("c9", "established"), None).await.status(), 202);
    let event = tokio::time::timeout(Duration::from_secs(10), fresh.recv()).await.expect("processing continues");
    assert!(matches!(event, Ok(CallEvent::StateChanged { .. })), "{event:?}");
}
