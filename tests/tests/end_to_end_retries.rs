//! Throttled and unavailable transfers, which the client retries with the same
//! `client-request-id` and the emulator executes once; slow responses, which time out; and
//! delayed notifications, which still lead to the outcome.

use graph_calls::endpoints::GraphService as _;
use graph_calls_emulator::{CallSource, Faults, Throttle};
use graph_calls_tests::e2e::{
    COMPLETED_STATES, Harness, TARGET_USER_ID, completed, transfer_body, transfer_path, user_target,
};

/// Creates an established call, sets `faults` for it, transfers it to a reachable user with the
/// client directly, and checks that the first attempt got `first_status`, the retry got 202,
/// and the transfer ran once to completion.
async fn transfer_after_fault(faults: Faults, first_status: u16) {
    let harness = Harness::start().await;
    let call_id = harness.create_established_call(CallSource::Application).await;
    harness.emulator.set_call_faults(&call_id, faults);

    let body = transfer_body(user_target(TARGET_USER_ID, &harness.tenant_id()));
    let pending =
        harness.tracker.begin_transfer(&call_id, body.client_context.as_deref()).expect("the call is established");
    let accepted = harness.client.communications().calls().by_id(&call_id).transfer(&body).await;
    let accepted = accepted.expect("the retry is accepted");
    let outcome = harness.outcome(pending).await;

    assert_eq!(accepted.attempts, 2);
    assert_eq!(outcome, completed());
    assert_eq!(harness.states(&call_id), COMPLETED_STATES);
    assert_eq!(harness.emulator.transfers_executed(), std::slice::from_ref(&call_id), "the transfer ran exactly once");

    let requests = harness.requests_to(&transfer_path("v1.0", &call_id));
    let statuses: Vec<u16> = requests.iter().map(|request| request.status).collect();
    assert_eq!(statuses, [first_status, 202]);
    assert!(requests[0].client_request_id.is_some(), "the first attempt has no client-request-id");
    assert_eq!(
        requests[0].client_request_id, requests[1].client_request_id,
        "the attempts have different client-request-ids"
    );
    assert_eq!(requests[0].client_request_id.as_deref(), Some(accepted.client_request_id.as_str()));
}

fn throttle_once(retry_after: &str) -> Faults {
    let mut faults = Faults::default();
    faults.throttle = Some(Throttle { count: 1, retry_after: retry_after.to_owned() });
    faults
}

#[tokio::test]
async fn throttled_with_whole_seconds_runs_once() {
    transfer_after_fault(throttle_once("1"), 429).await;
}

#[tokio::test]
async fn throttled_with_decimal_seconds_runs_once() {
    transfer_after_fault(throttle_once("0.25"), 429).await;
}

#[tokio::test]
async fn unavailable_once_runs_once() {
    let mut faults = Faults::default();
    faults.unavailable = 1;
    transfer_after_fault(faults, 503).await;
}

#[tokio::test]
async fn slow_response_times_out_the_client() {
    let harness = Harness::start().await;
    let call_id = harness.create_established_call(CallSource::Application).await;
    let mut faults = Faults::default();
    faults.response_delay = std::time::Duration::from_secs(30);
    harness.emulator.set_call_faults(&call_id, faults);

    let client = graph_calls::Client::builder()
        .base_url(harness.emulator.graph_url())
        .token_provider(harness.credentials(harness.emulator.bot_app()))
        .timeout(std::time::Duration::from_millis(200))
        .retry_policy(graph_calls::client::RetryPolicy::none())
        .build()
        .expect("client");
    let body = transfer_body(user_target(TARGET_USER_ID, &harness.tenant_id()));
    let error =
        client.communications().calls().by_id(&call_id).transfer(&body).await.expect_err("the emulator is slow");

    assert!(error.is_timeout(), "{error}");
    assert!(harness.emulator.transfers_executed().is_empty(), "the slow request must not have run yet");
}

#[tokio::test]
async fn delayed_notifications_still_arrive_in_order() {
    let harness = Harness::start().await;
    let call_id = harness.create_established_call(CallSource::Application).await;
    let mut faults = Faults::default();
    faults.notification_delay = std::time::Duration::from_millis(300);
    harness.emulator.set_call_faults(&call_id, faults);

    let outcome = harness.transfer(&call_id, &transfer_body(user_target(TARGET_USER_ID, &harness.tenant_id()))).await;

    assert_eq!(outcome, completed());
    assert_eq!(harness.states(&call_id), COMPLETED_STATES);
}
