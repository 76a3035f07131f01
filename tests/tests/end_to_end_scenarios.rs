//! Every documented transfer scenario, success and failure, run with the real client, HTTP and
//! signed notifications against the emulator. Each test checks the exact outcome and the call
//! states the tracker published.

use graph_calls::client::ApiVersion;
use graph_calls::endpoints::GraphService as _;
use graph_calls::models::{AnyIdentitySet, CallState, InvitationParticipantInfo, ParticipantInfo, TransferRequestBody};
use graph_calls::notifications::TransferOutcome;
use graph_calls_emulator::{CallSource, UNREACHABLE_USER_ID};
use graph_calls_tests::e2e::{
    COMPLETED_STATES, FAILED_STATES, Harness, INSTANCE_ID, TARGET_USER_ID, completed, consultative_failed,
    phone_target, transfer_body, transfer_path, transferred, unreachable, user_target,
};
use graph_calls_tests::fixtures::read_fixture;

/// A consultation call id that the emulator does not know.
const UNKNOWN_CALL_ID: &str = "00000000-0000-0000-0000-000000000000";

/// The participant transferred out of a group call.
const TRANSFEREE_USER_ID: &str = "751f6800-3180-414d-bd94-333364659951";
const TRANSFEREE_PARTICIPANT_ID: &str = "909c6581-5130-43e9-88f3-fcb3582cde37";

#[tokio::test]
async fn user_transfer_completes() {
    let harness = Harness::start().await;
    let call_id = harness.create_established_call(CallSource::Application).await;

    let body = transfer_body(user_target(TARGET_USER_ID, &harness.tenant_id()));
    let outcome = harness.transfer(&call_id, &body).await;

    assert_eq!(outcome, completed());
    assert_eq!(harness.states(&call_id), COMPLETED_STATES);
}

#[tokio::test]
async fn user_transfer_fails() {
    let harness = Harness::start().await;
    let call_id = harness.create_established_call(CallSource::Application).await;

    let body = transfer_body(user_target(UNREACHABLE_USER_ID, &harness.tenant_id()));
    let outcome = harness.transfer(&call_id, &body).await;

    assert_eq!(outcome, unreachable());
    assert_eq!(harness.states(&call_id), FAILED_STATES);
}

#[tokio::test]
async fn consultative_transfer_replaces_call() {
    let harness = Harness::start().await;
    let call_id = harness.create_established_call(CallSource::Application).await;
    let consultation_id = harness.create_established_call(CallSource::Application).await;

    let mut target = user_target(TARGET_USER_ID, &harness.tenant_id());
    target.replaces_call_id = Some(consultation_id);
    let outcome = harness.transfer(&call_id, &transfer_body(target)).await;

    assert_eq!(outcome, transferred());
    assert_eq!(harness.states(&call_id), COMPLETED_STATES);
}

#[tokio::test]
async fn consultative_transfer_fails() {
    let harness = Harness::start().await;
    let call_id = harness.create_established_call(CallSource::Application).await;

    let mut target = user_target(TARGET_USER_ID, &harness.tenant_id());
    target.replaces_call_id = Some(UNKNOWN_CALL_ID.to_owned());
    let outcome = harness.transfer(&call_id, &transfer_body(target)).await;

    assert_eq!(outcome, consultative_failed(Some(format!("replaces-{UNKNOWN_CALL_ID}"))));
    assert_eq!(harness.states(&call_id), FAILED_STATES);
}

#[tokio::test]
async fn phone_transfer_from_instance_completes() {
    let harness = Harness::start().await;
    let call_id = harness.create_established_call(CallSource::ApplicationInstance).await;

    let outcome = harness.transfer(&call_id, &transfer_body(phone_target())).await;

    assert_eq!(outcome, completed());
    assert_eq!(harness.states(&call_id), COMPLETED_STATES);
}

#[tokio::test]
async fn phone_transfer_from_application_fails() {
    let harness = Harness::start().await;
    let call_id = harness.create_established_call(CallSource::Application).await;

    let outcome = harness.transfer(&call_id, &transfer_body(phone_target())).await;

    assert_eq!(outcome, unreachable());
    assert_eq!(harness.states(&call_id), FAILED_STATES);
}

#[tokio::test]
async fn consultative_phone_transfer_replaces_call() {
    let harness = Harness::start().await;
    let call_id = harness.create_established_call(CallSource::ApplicationInstance).await;
    let consultation_id = harness.create_established_call(CallSource::ApplicationInstance).await;

    let mut target = phone_target();
    target.replaces_call_id = Some(consultation_id);
    let outcome = harness.transfer(&call_id, &transfer_body(target)).await;

    assert_eq!(outcome, transferred());
    assert_eq!(harness.states(&call_id), COMPLETED_STATES);
}

#[tokio::test]
async fn consultative_phone_transfer_fails() {
    let harness = Harness::start().await;
    let call_id = harness.create_established_call(CallSource::Application).await;
    let consultation_id = harness.create_established_call(CallSource::Application).await;

    let mut target = phone_target();
    target.replaces_call_id = Some(consultation_id);
    let outcome = harness.transfer(&call_id, &transfer_body(target)).await;

    // The documented failure of a consultative transfer to a phone number has no replacesContext.
    assert_eq!(outcome, consultative_failed(None));
    assert_eq!(harness.states(&call_id), FAILED_STATES);
}

/// Returns a transfer body that moves one participant of a group call to `target_user_id`.
fn group_call_body(harness: &Harness, target_user_id: &str) -> TransferRequestBody {
    let tenant_id = harness.tenant_id();
    let mut body = transfer_body(user_target(target_user_id, &tenant_id));
    let mut transferee = ParticipantInfo::new(AnyIdentitySet::teams_user(TRANSFEREE_USER_ID, &tenant_id));
    transferee.participant_id = Some(TRANSFEREE_PARTICIPANT_ID.to_owned());
    body.transferee = Some(transferee);
    body
}

/// Reads the transferee of the transfer request the emulator received for `call_id`.
fn received_transferee(harness: &Harness, call_id: &str) -> serde_json::Value {
    let requests = harness.requests_to(&transfer_path("v1.0", call_id));
    assert_eq!(requests.len(), 1, "one transfer request for call {call_id}");
    let body: serde_json::Value = serde_json::from_str(&requests[0].body).expect("the transfer body is JSON");
    body["transferee"].clone()
}

// NOTE: the emulator has no group calls, so it accepts `transferee` on any established call and
// plans the transfer from its target alone. These tests check only that the request carries it.
#[tokio::test]
async fn group_call_transfer_completes() {
    let harness = Harness::start().await;
    let call_id = harness.create_established_call(CallSource::Application).await;

    let outcome = harness.transfer(&call_id, &group_call_body(&harness, TARGET_USER_ID)).await;

    assert_eq!(outcome, completed());
    assert_eq!(harness.states(&call_id), COMPLETED_STATES);
    let transferee = received_transferee(&harness, &call_id);
    assert_eq!(transferee["identity"]["user"]["id"], TRANSFEREE_USER_ID);
    assert_eq!(transferee["participantId"], TRANSFEREE_PARTICIPANT_ID);
}

#[tokio::test]
async fn group_call_transfer_fails() {
    let harness = Harness::start().await;
    let call_id = harness.create_established_call(CallSource::Application).await;
    let absent_user_id = "3b9c5e1a-2f6d-4c8e-9a7b-0d1e2f3a4b5c";
    harness.emulator.mark_unreachable(absent_user_id);

    let outcome = harness.transfer(&call_id, &group_call_body(&harness, absent_user_id)).await;

    assert_eq!(outcome, unreachable());
    assert_eq!(harness.states(&call_id), FAILED_STATES);
    let transferee = received_transferee(&harness, &call_id);
    assert_eq!(transferee["participantId"], TRANSFEREE_PARTICIPANT_ID);
}

/// Transfers `call_id` with the deprecated `/app/calls/{id}/transfer` path and returns the outcome.
async fn transfer_through_app_path(harness: &Harness, call_id: &str, target_user_id: &str) -> TransferOutcome {
    let body = transfer_body(user_target(target_user_id, &harness.tenant_id()));
    let pending =
        harness.tracker.begin_transfer(call_id, body.client_context.as_deref()).expect("the call is established");
    #[allow(deprecated)]
    let accepted = harness.client.app().calls().by_id(call_id).transfer(&body).await;
    let accepted = accepted.expect("the emulator accepts the transfer on the deprecated path");
    assert_eq!(accepted.status, reqwest::StatusCode::ACCEPTED);
    harness.outcome(pending).await
}

#[tokio::test]
async fn deprecated_app_path_completes() {
    let harness = Harness::start().await;
    let call_id = harness.create_established_call(CallSource::Application).await;

    let outcome = transfer_through_app_path(&harness, &call_id, TARGET_USER_ID).await;

    assert_eq!(outcome, completed());
    assert_eq!(harness.states(&call_id), COMPLETED_STATES);
    assert_eq!(harness.requests_to(&format!("/v1.0/app/calls/{call_id}/transfer")).len(), 1);
}

#[tokio::test]
async fn deprecated_app_path_fails() {
    let harness = Harness::start().await;
    let call_id = harness.create_established_call(CallSource::Application).await;

    let outcome = transfer_through_app_path(&harness, &call_id, UNREACHABLE_USER_ID).await;

    assert_eq!(outcome, unreachable());
    assert_eq!(harness.states(&call_id), FAILED_STATES);
}

/// Creates a call and transfers it to `target_user_id` with a beta client; returns the call id
/// and the outcome.
async fn transfer_with_beta(harness: &Harness, target_user_id: &str) -> (String, TransferOutcome) {
    let beta = harness.client_for(harness.emulator.bot_app(), ApiVersion::Beta);
    let call_id = harness.create_established_call_with(&beta, CallSource::Application).await;
    let body = transfer_body(user_target(target_user_id, &harness.tenant_id()));
    let pending =
        harness.tracker.transfer(&beta, &call_id, &body).await.expect("the emulator accepts the beta transfer");
    let outcome = harness.outcome(pending).await;
    (call_id, outcome)
}

#[tokio::test]
async fn beta_transfer_completes() {
    let harness = Harness::start().await;

    let (call_id, outcome) = transfer_with_beta(&harness, TARGET_USER_ID).await;

    assert_eq!(outcome, completed());
    assert_eq!(harness.states(&call_id), COMPLETED_STATES);
    assert_eq!(harness.requests_to(&transfer_path("beta", &call_id)).len(), 1);
    assert_eq!(harness.requests_to("/beta/communications/calls").len(), 1, "the call was created with beta");
}

#[tokio::test]
async fn beta_transfer_fails() {
    let harness = Harness::start().await;

    let (call_id, outcome) = transfer_with_beta(&harness, UNREACHABLE_USER_ID).await;

    assert_eq!(outcome, unreachable());
    assert_eq!(harness.states(&call_id), FAILED_STATES);
}

#[tokio::test]
async fn application_instance_target_completes() {
    let harness = Harness::start().await;
    let call_id = harness.create_established_call(CallSource::Application).await;

    let target = InvitationParticipantInfo::application_instance(INSTANCE_ID, harness.tenant_id());
    let outcome = harness.transfer(&call_id, &transfer_body(target)).await;

    assert_eq!(outcome, completed());
    assert_eq!(harness.states(&call_id), COMPLETED_STATES);
}

#[tokio::test]
async fn documented_request_bodies_complete() {
    let harness = Harness::start().await;
    let token = harness.bot_token().await;
    let cases = [
        ("user", CallSource::Application, completed()),
        ("phone", CallSource::ApplicationInstance, completed()),
        ("consultative", CallSource::Application, transferred()),
        ("consultative-phone", CallSource::ApplicationInstance, transferred()),
    ];

    for (scenario, source, expected) in cases {
        let call_id = harness.create_established_call(source).await;
        let mut body: serde_json::Value =
            serde_json::from_str(&read_fixture(&format!("{scenario}.request.json"))).expect("the fixture is JSON");
        if body["transferTarget"].get("replacesCallId").is_some() {
            let consultation_id = harness.create_established_call(source).await;
            body["transferTarget"]["replacesCallId"] = consultation_id.into();
        }
        let client_context = body["clientContext"].as_str().map(str::to_owned);

        let pending =
            harness.tracker.begin_transfer(&call_id, client_context.as_deref()).expect("the call is established");
        let response = harness.post_raw(&transfer_path("v1.0", &call_id), Some(&token), &body.to_string()).await;
        assert_eq!(response.status, reqwest::StatusCode::ACCEPTED, "{scenario}: {}", response.body);
        let outcome = harness.outcome(pending).await;

        assert_eq!(outcome, expected, "{scenario}");
        assert_eq!(harness.states(&call_id), COMPLETED_STATES, "{scenario}");
    }
}

#[tokio::test]
async fn hang_up_terminates_call() {
    let harness = Harness::start().await;
    let call_id = harness.create_established_call(CallSource::Application).await;

    let deleted = harness.client.communications().calls().by_id(&call_id).delete().await.expect("the call is hung up");
    harness.wait_for_state(&call_id, CallState::Terminated).await;

    assert_eq!(deleted.status, reqwest::StatusCode::NO_CONTENT);
    assert_eq!(harness.states(&call_id), [CallState::Establishing, CallState::Established, CallState::Terminated]);
    assert_eq!(harness.emulator.call_state(&call_id), Some(CallState::Terminated));
}
