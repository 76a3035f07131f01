//! The emulator's rejections of transfer requests, seen as typed client errors, and the
//! requests the client or the tracker refuse before sending anything.

use graph_calls_tests::e2e::{Harness, TARGET_USER_ID, tracker_config, transfer_body, transfer_path, user_target};
use std::time::Duration;

use graph_calls::auth::StaticToken;
use graph_calls::client::{ApiVersion, Client};
use graph_calls::endpoints::GraphService as _;
use graph_calls::models::{CallState, TransferRequestBody};
use graph_calls::{Error, ErrorKind};
use graph_calls_emulator::{App, CallSource, EmulatorConfig, Faults, PlacedCall};
use reqwest::StatusCode;

/// Checks that `error` is a Graph error response with `status` and `code` and a request id.
fn assert_service_error(error: &Error, status: StatusCode, code: &str) {
    assert_eq!(error.kind(), ErrorKind::Service, "{error}");
    assert_eq!(error.status(), Some(status), "{error}");
    let service_error = error.service_error().expect("a service error has details");
    assert_eq!(service_error.code.as_deref(), Some(code), "{error}");
    assert!(error.request_id().is_some(), "no request id in {error}");
}

/// Returns a body that transfers to a reachable Teams user.
fn user_body(harness: &Harness) -> TransferRequestBody {
    transfer_body(user_target(TARGET_USER_ID, &harness.tenant_id()))
}

/// Places an established call of the bot directly in the emulator.
fn place_established(harness: &Harness) -> String {
    harness.emulator.place_call(PlacedCall::established(harness.callback_url.as_str()))
}

/// Builds a client that sends `token` unchanged.
fn client_with_token(harness: &Harness, token: &str) -> Client {
    Client::builder()
        .base_url(harness.emulator.graph_url())
        .token_provider(StaticToken::new(token))
        .build()
        .expect("the client settings are valid")
}

#[tokio::test]
async fn empty_token_gets_401() {
    let harness = Harness::start().await;
    let call_id = place_established(&harness);
    let client = client_with_token(&harness, "");

    let error = client.communications().calls().by_id(&call_id).transfer(&user_body(&harness)).await.unwrap_err();

    assert_service_error(&error, StatusCode::UNAUTHORIZED, "InvalidAuthenticationToken");
}

#[tokio::test]
async fn missing_authorization_gets_401() {
    let harness = Harness::start().await;
    let call_id = place_established(&harness);
    let body = serde_json::to_string(&user_body(&harness)).expect("the body serializes");

    let response = harness.post_raw(&transfer_path("v1.0", &call_id), None, &body).await;

    assert_eq!(response.status, StatusCode::UNAUTHORIZED);
    assert_eq!(response.error_code(), Some("InvalidAuthenticationToken"));
    assert_eq!(response.error_message(), Some("Access token is empty."));
    assert!(response.request_id.is_some(), "no request-id header");
}

#[tokio::test]
async fn invalid_token_gets_401() {
    let harness = Harness::start().await;
    let call_id = place_established(&harness);
    let client = client_with_token(&harness, "not-a-jwt");

    let error = client.communications().calls().by_id(&call_id).transfer(&user_body(&harness)).await.unwrap_err();

    assert_service_error(&error, StatusCode::UNAUTHORIZED, "InvalidAuthenticationToken");
    assert!(harness.emulator.transfers_executed().is_empty(), "a rejected transfer was executed");
}

#[tokio::test]
async fn app_without_role_gets_403() {
    let mut config = EmulatorConfig::default();
    let no_role = App {
        client_id: "22222222-2222-2222-2222-222222222222".to_owned(),
        client_secret: "no-role-secret".to_owned(),
        roles: Vec::new(),
    };
    config.apps.push(no_role.clone());
    let harness = Harness::start_with(config, tracker_config()).await;
    let call_id = place_established(&harness);
    let client = harness.client_for(&no_role, ApiVersion::V1);

    let error = client.communications().calls().by_id(&call_id).transfer(&user_body(&harness)).await.unwrap_err();

    assert_service_error(&error, StatusCode::FORBIDDEN, "Forbidden");
    assert!(harness.emulator.transfers_executed().is_empty(), "a forbidden transfer was executed");
}

#[tokio::test]
async fn unknown_call_gets_404() {
    let harness = Harness::start().await;

    let calls = harness.client.communications().calls();
    let error = calls.by_id("4f1d9a5c-0000-4000-8000-000000000404").transfer(&user_body(&harness)).await.unwrap_err();

    assert_service_error(&error, StatusCode::NOT_FOUND, "8505");
}

#[tokio::test]
async fn malformed_json_gets_400() {
    let harness = Harness::start().await;
    let call_id = place_established(&harness);
    let token = harness.bot_token().await;

    let response = harness.post_raw(&transfer_path("v1.0", &call_id), Some(&token), r#"{"transferTarget": "#).await;

    assert_eq!(response.status, StatusCode::BAD_REQUEST);
    assert_eq!(response.error_code(), Some("BadRequest"));
    assert!(response.request_id.is_some(), "no request-id header");
    assert!(harness.emulator.transfers_executed().is_empty(), "a malformed transfer was executed");
}

#[tokio::test]
async fn missing_transfer_target_gets_400() {
    let harness = Harness::start().await;
    let call_id = place_established(&harness);
    let token = harness.bot_token().await;

    let response = harness.post_raw(&transfer_path("v1.0", &call_id), Some(&token), r#"{"clientContext": "c"}"#).await;

    assert_eq!(response.status, StatusCode::BAD_REQUEST);
    assert_eq!(response.error_code(), Some("BadRequest"));
    assert_eq!(response.error_message(), Some("The transferTarget parameter is required."));
    assert!(response.request_id.is_some(), "no request-id header");
}

#[tokio::test]
async fn long_client_context_is_not_sent() {
    let harness = Harness::start().await;
    let call_id = place_established(&harness);
    let mut body = user_body(&harness);
    body.client_context = Some("c".repeat(257));

    let error = harness.client.communications().calls().by_id(&call_id).transfer(&body).await.unwrap_err();

    assert_eq!(error.kind(), ErrorKind::Validation, "{error}");
    assert_eq!(error.validation_error().map(|error| error.path()), Some("clientContext"));
    assert!(harness.requests_to(&transfer_path("v1.0", &call_id)).is_empty(), "the client sent an invalid body");
}

#[tokio::test]
async fn long_client_context_gets_400() {
    let harness = Harness::start().await;
    let call_id = place_established(&harness);
    let token = harness.bot_token().await;
    let mut body = user_body(&harness);
    body.client_context = Some("c".repeat(257));
    let body = serde_json::to_string(&body).expect("the body serializes");

    let response = harness.post_raw(&transfer_path("v1.0", &call_id), Some(&token), &body).await;

    assert_eq!(response.status, StatusCode::BAD_REQUEST);
    assert_eq!(response.error_code(), Some("BadRequest"));
    assert!(harness.emulator.transfers_executed().is_empty(), "an invalid transfer was executed");
}

/// Places a call that rings at the bot and has not been answered.
fn place_incoming(harness: &Harness) -> String {
    let mut call = PlacedCall::established(harness.callback_url.as_str());
    call.state = CallState::Incoming;
    call.source = CallSource::Application;
    harness.emulator.place_call(call)
}

#[tokio::test]
async fn incoming_call_transfer_gets_400() {
    let harness = Harness::start().await;
    let call_id = place_incoming(&harness);

    let error =
        harness.client.communications().calls().by_id(&call_id).transfer(&user_body(&harness)).await.unwrap_err();

    assert_service_error(&error, StatusCode::BAD_REQUEST, "BadRequest");
    assert_eq!(harness.emulator.call_state(&call_id), Some(CallState::Incoming));
    assert!(harness.emulator.transfers_executed().is_empty(), "a transfer of an unanswered call was executed");
}

#[tokio::test]
async fn incoming_call_transfer_is_refused() {
    let harness = Harness::start().await;
    let call_id = place_incoming(&harness);
    let call = harness.client.communications().calls().by_id(&call_id).get().await.expect("the call exists");
    harness.tracker.observe_call(&call_id, &call.value);

    let error = harness.tracker.transfer(&harness.client, &call_id, &user_body(&harness)).await.unwrap_err();

    assert_eq!(error.kind(), ErrorKind::Refused, "{error}");
    let refused = error.transfer_refused().expect("a refusal names the call's state");
    assert_eq!(refused.state, Some(CallState::Incoming));
    assert!(harness.requests_to(&transfer_path("v1.0", &call_id)).is_empty(), "the tracker sent a refused transfer");
}

/// Sets a notification delay on `call_id` long enough that no notification of it goes out
/// while the test runs, so requests see the state the emulator keeps before notifying.
fn hold_notifications(harness: &Harness, call_id: &str) {
    let mut faults = Faults::default();
    faults.notification_delay = Duration::from_secs(3_600);
    harness.emulator.set_call_faults(call_id, faults);
}

#[tokio::test]
async fn second_hang_up_gets_404() {
    let harness = Harness::start().await;
    let call_id = place_established(&harness);
    hold_notifications(&harness, &call_id);
    let call = harness.client.communications().calls().by_id(&call_id);

    call.delete().await.expect("the first hang-up is accepted");
    let error = call.delete().await.unwrap_err();

    assert_service_error(&error, StatusCode::NOT_FOUND, "8505");
}

#[tokio::test]
async fn transfer_after_hang_up_gets_400() {
    let harness = Harness::start().await;
    let call_id = place_established(&harness);
    hold_notifications(&harness, &call_id);
    let call = harness.client.communications().calls().by_id(&call_id);

    call.delete().await.expect("the hang-up is accepted");
    let error = call.transfer(&user_body(&harness)).await.unwrap_err();

    assert_service_error(&error, StatusCode::BAD_REQUEST, "BadRequest");
    assert!(harness.emulator.transfers_executed().is_empty(), "a transfer of a hung-up call was executed");
}
