//! How non-2xx responses become `ServiceError`s, and how a 2xx body that does not match its
//! model becomes a decode error. The error bodies are the ones Graph documents or was seen to send.

mod support;

use std::time::Duration;

use graph_calls::client::RetryPolicy;
use graph_calls::endpoints::GraphService as _;
use graph_calls::models::{InvitationParticipantInfo, TransferRequestBody};
use graph_calls::{Error, ErrorKind};
use serde_json::json;
use support::{Reply, TestServer};

const CALL_ID: &str = "341a0500-d4bf-4224-8b19-1581168d328b";
const BODY_REQUEST_ID: &str = "20000000-0000-0000-0000-000000000001";

/// Sends one transfer, without retries, to a server that returns `reply`.
async fn transfer_error(reply: Reply) -> (Error, TestServer) {
    let server = TestServer::start();
    server.reply("/", [reply]);
    let client = support::builder(&server).retry_policy(RetryPolicy::none()).build().expect("client");
    let body = TransferRequestBody::new(InvitationParticipantInfo::teams_user("user-id", "tenant-id"));
    let error = client.communications().calls().by_id(CALL_ID).transfer(&body).await.expect_err("a failed transfer");
    (error, server)
}

#[tokio::test]
async fn error_403_numeric_code_stays_string() {
    let (error, _server) = transfer_error(Reply::json(
        403,
        r#"{"error":{"code":"7505","message":"Request authorization tenant mismatch.","innerError":{"date":"2024-03-27T09:32:32","request-id":"20000000-0000-0000-0000-000000000001","client-request-id":"20000000-0000-0000-0000-000000000002"}}}"#,
    ))
    .await;

    assert_eq!(error.kind(), ErrorKind::Service);
    assert_eq!(error.status().map(|status| status.as_u16()), Some(403));
    assert_eq!(error.request_id(), Some(BODY_REQUEST_ID));
    assert!(!error.is_throttled());
    let service = error.service_error().expect("service details");
    assert_eq!(service.status.as_u16(), 403);
    assert_eq!(service.code.as_deref(), Some("7505"));
    assert_eq!(service.message.as_deref(), Some("Request authorization tenant mismatch."));
    assert_eq!(service.raw_body, None);
    assert_eq!(service.attempts, 1);
    let inner = service.inner_error.as_ref().expect("innerError");
    assert_eq!(inner.request_id.as_deref(), Some(BODY_REQUEST_ID));
    assert_eq!(inner.client_request_id.as_deref(), Some("20000000-0000-0000-0000-000000000002"));
    assert_eq!(inner.date.as_deref(), Some("2024-03-27T09:32:32"));
    assert!(inner.unknown_members.is_empty(), "{:?}", inner.unknown_members);
    let message = error.to_string();
    assert!(message.contains("403"), "{message}");
    assert!(message.contains("7505"), "{message}");
    assert!(message.contains(BODY_REQUEST_ID), "{message}");
}

#[tokio::test]
async fn error_400_bad_request() {
    let (error, _server) = transfer_error(
        Reply::json(
            400,
            r#"{"error":{"code":"BadRequest","message":"Found a function 'microsoft.graph.answer' on an open property. Functions on open properties are not supported.","innerError":{"request-id":"20000000-0000-0000-0000-000000000001","date":"2020-01-30T11:53:11"}}}"#,
        )
        .header("request-id", BODY_REQUEST_ID),
    )
    .await;

    assert_eq!(error.kind(), ErrorKind::Service);
    assert_eq!(error.status().map(|status| status.as_u16()), Some(400));
    let service = error.service_error().expect("service details");
    assert_eq!(service.code.as_deref(), Some("BadRequest"));
    assert_eq!(
        service.message.as_deref(),
        Some(
            "Found a function 'microsoft.graph.answer' on an open property. Functions on open properties are not supported."
        )
    );
    assert_eq!(service.request_id_header.as_deref(), Some(BODY_REQUEST_ID));
    let inner = service.inner_error.as_ref().expect("innerError");
    assert_eq!(inner.request_id.as_deref(), Some(BODY_REQUEST_ID));
    assert_eq!(inner.client_request_id, None);
    assert_eq!(inner.date.as_deref(), Some("2020-01-30T11:53:11"));
    let message = error.to_string();
    assert!(message.contains("400"), "{message}");
    assert!(message.contains("BadRequest"), "{message}");
    assert!(message.contains(BODY_REQUEST_ID), "{message}");
}

#[tokio::test]
async fn error_429_without_retries() {
    let (error, server) = transfer_error(
        Reply::json(
            429,
            r#"{"error":{"code":"TooManyRequests","message":"Please retry again later.","innerError":{"code":"429","status":"429","date":"2020-08-18T12:51:51","request-id":"20000000-0000-0000-0000-000000000001"}}}"#,
        )
        .header("retry-after", "2.128"),
    )
    .await;

    assert_eq!(server.requests().len(), 1);
    assert_eq!(error.kind(), ErrorKind::Service);
    assert!(error.is_throttled());
    let service = error.service_error().expect("service details");
    assert_eq!(service.status.as_u16(), 429);
    assert_eq!(service.code.as_deref(), Some("TooManyRequests"));
    assert_eq!(service.message.as_deref(), Some("Please retry again later."));
    assert_eq!(service.attempts, 1);
    assert_eq!(service.retry_after, Some(Duration::from_millis(2128)));
    let inner = service.inner_error.as_ref().expect("innerError");
    assert_eq!(inner.request_id.as_deref(), Some(BODY_REQUEST_ID));
    assert_eq!(inner.date.as_deref(), Some("2020-08-18T12:51:51"));
    assert_eq!(inner.unknown_members.get("code"), Some(&json!("429")));
    assert_eq!(inner.unknown_members.get("status"), Some(&json!("429")));
    assert_eq!(inner.unknown_members.len(), 2);
    let message = error.to_string();
    assert!(message.contains("429"), "{message}");
    assert!(message.contains("throttled"), "{message}");
    assert!(message.contains("Retry-After 2.128 s"), "{message}");
    assert!(message.contains("TooManyRequests"), "{message}");
    assert!(message.contains(BODY_REQUEST_ID), "{message}");
}

#[tokio::test]
async fn error_unknown_members_kept() {
    let (error, _server) = transfer_error(Reply::json(
        409,
        r#"{"error":{"code":"Conflict","message":"m","details":[{"code":"x"}],"target":"call","innerError":{"request-id":"r1","extra":{"a":1}}}}"#,
    ))
    .await;

    let service = error.service_error().expect("service details");
    assert_eq!(service.unknown_members.get("details"), Some(&json!([{"code": "x"}])));
    assert_eq!(service.unknown_members.get("target"), Some(&json!("call")));
    assert_eq!(service.unknown_members.len(), 2);
    let inner = service.inner_error.as_ref().expect("innerError");
    assert_eq!(inner.unknown_members.get("extra"), Some(&json!({"a": 1})));
}

#[tokio::test]
async fn error_non_json_body_kept_raw() {
    let page = "<html><body><h1>502 Bad Gateway</h1></body></html>";
    let (error, _server) = transfer_error(
        Reply::status(502).header("content-type", "text/html").header("request-id", BODY_REQUEST_ID).body(page),
    )
    .await;

    assert_eq!(error.kind(), ErrorKind::Service);
    let service = error.service_error().expect("service details");
    assert_eq!(service.status.as_u16(), 502);
    assert_eq!(service.raw_body.as_deref(), Some(page));
    assert_eq!(service.code, None);
    assert_eq!(service.message, None);
    assert_eq!(service.inner_error, None);
    assert_eq!(error.request_id(), Some(BODY_REQUEST_ID));
    let message = error.to_string();
    assert!(message.contains("502"), "{message}");
    assert!(message.contains(BODY_REQUEST_ID), "{message}");
}

#[tokio::test]
async fn error_json_without_error_member_kept_raw() {
    let body = r#"{"message":"not Graph's error shape"}"#;
    let (error, _server) = transfer_error(Reply::json(500, body)).await;

    let service = error.service_error().expect("service details");
    assert_eq!(service.raw_body.as_deref(), Some(body));
    assert_eq!(service.code, None);
}

#[tokio::test]
async fn decode_mismatch_names_json_path() {
    let server = TestServer::start();
    server.reply("/", [Reply::json(200, r#"{"id":"c1","state": 5}"#).header("request-id", BODY_REQUEST_ID)]);
    let client = support::client(&server);

    let error = client.communications().calls().by_id(CALL_ID).get().await.expect_err("state is a string enum");

    assert_eq!(error.kind(), ErrorKind::Decode);
    assert_eq!(error.decode_path(), Some("state"));
    assert_eq!(error.status().map(|status| status.as_u16()), Some(200));
    assert_eq!(error.request_id(), Some(BODY_REQUEST_ID));
    let message = error.to_string();
    assert!(message.contains("`state`"), "{message}");
}

#[tokio::test]
async fn decode_trailing_data_is_error() {
    let server = TestServer::start();
    server.reply("/", [Reply::json(200, r#"{"id":"c1"} {"id":"c2"}"#)]);
    let client = support::client(&server);

    let error = client.communications().calls().by_id(CALL_ID).get().await.expect_err("two JSON values");

    assert_eq!(error.kind(), ErrorKind::Decode);
}
