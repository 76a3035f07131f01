//! The call tracker follows a transfer through its notifications to the documented outcome.

use std::time::Duration;

use graph_calls::auth::StaticToken;
use graph_calls::models::{CallState, InvitationParticipantInfo, TransferRequestBody};
use graph_calls::notifications::{
    CallEvent, CallTracker, Notification, TrackerConfig, TransferOutcome, TransferResult, decode_notifications,
};
use graph_calls::{Client, ErrorKind};
use graph_calls_tests::fixtures::read_fixture;

const CALL_ID: &str = "341a0500-d4bf-4224-8b19-1581168d328b";

fn fixture(scenario: &str, kind: &str) -> Vec<Notification> {
    decode_notifications(read_fixture(&format!("{scenario}.{kind}.json")).as_bytes()).expect("fixture decodes")
}

fn body(json: &str) -> Vec<Notification> {
    decode_notifications(json.as_bytes()).expect("test body decodes")
}

fn call_update(call_id: &str, resource_data: &str) -> Vec<Notification> {
    body(&format!(
        r#"{{"value": [{{"changeType": "updated", "resourceUrl": "/communications/calls/{call_id}", "resourceData": {resource_data}}}]}}"#
    ))
}

/// A tracker that has seen the call established, as after answering it.
fn established_tracker() -> CallTracker {
    let tracker = CallTracker::default();
    tracker.apply(&call_update(CALL_ID, r#"{"state": "established"}"#));
    tracker
}

async fn run_flow(scenario: &str, kinds: &[&str]) -> TransferOutcome {
    let tracker = established_tracker();
    let pending = tracker.begin_transfer(CALL_ID, None).expect("established call");
    for kind in kinds {
        tracker.apply(&fixture(scenario, kind));
    }
    pending.outcome().await
}

fn result(code: i32, subcode: i32, message: &str, replaces_context: Option<&str>) -> TransferResult {
    let mut result = TransferResult::default();
    result.code = Some(code);
    result.subcode = Some(subcode);
    result.message = Some(message.to_owned());
    result.replaces_context = replaces_context.map(str::to_owned);
    result
}

fn completed() -> TransferOutcome {
    TransferOutcome::Completed(result(0, 7015, "GracefulTransferCompleted", None))
}

fn failed(subcode: i32, replaces_context: Option<&str>) -> TransferOutcome {
    TransferOutcome::Failed(result(500, subcode, "<message>", replaces_context))
}

fn transferred() -> TransferOutcome {
    TransferOutcome::Transferred { termination_reason: "AppTransferred".to_owned() }
}

#[tokio::test]
async fn user_transfer_completes() {
    assert_eq!(run_flow("user", &["transferring", "transfer-accepted", "completed"]).await, completed());
}

#[tokio::test]
async fn user_transfer_fails() {
    assert_eq!(run_flow("user", &["transferring", "failed"]).await, failed(7000, None));
}

#[tokio::test]
async fn consultative_transfer_is_replaced() {
    assert_eq!(run_flow("consultative", &["transferring", "transfer-accepted", "completed"]).await, transferred());
}

#[tokio::test]
async fn consultative_transfer_fails_with_context() {
    assert_eq!(run_flow("consultative", &["transferring", "failed"]).await, failed(7700, Some("<replacesContext>")));
}

#[tokio::test]
async fn phone_transfer_completes() {
    assert_eq!(run_flow("phone", &["transferring", "transfer-accepted", "completed"]).await, completed());
}

#[tokio::test]
async fn phone_transfer_fails() {
    assert_eq!(run_flow("phone", &["transferring", "failed"]).await, failed(7000, None));
}

#[tokio::test]
async fn consultative_phone_transfer_is_replaced() {
    assert_eq!(
        run_flow("consultative-phone", &["transferring", "transfer-accepted", "completed"]).await,
        transferred()
    );
}

#[tokio::test]
async fn consultative_phone_transfer_fails() {
    assert_eq!(run_flow("consultative-phone", &["transferring", "failed"]).await, failed(7700, None));
}

#[tokio::test]
async fn accepted_transfer_that_fails_later() {
    let outcome = run_flow("user", &["transferring", "transfer-accepted", "failed"]).await;
    assert_eq!(outcome, failed(7000, None));
}

#[tokio::test]
async fn failure_without_transferring_notification() {
    let outcome = run_flow("user", &["failed"]).await;
    assert_eq!(outcome, failed(7000, None), "a lost `transferring` must not hide the failure");
}

#[tokio::test]
async fn duplicates_change_nothing() {
    let tracker = established_tracker();
    let pending = tracker.begin_transfer(CALL_ID, None).expect("established");
    let first = tracker.apply(&fixture("user", "transferring"));
    let again = tracker.apply(&fixture("user", "transferring"));
    assert_eq!(first.len(), 1);
    assert!(again.is_empty(), "a duplicate publishes nothing: {again:?}");
    tracker.apply(&fixture("user", "completed"));
    let after_end = tracker.apply(&fixture("user", "completed"));
    assert!(after_end.is_empty());
    assert_eq!(pending.outcome().await, completed());
}

#[tokio::test]
async fn late_accept_after_termination_is_ignored() {
    let tracker = established_tracker();
    let pending = tracker.begin_transfer(CALL_ID, None).expect("established");
    tracker.apply(&fixture("user", "transferring"));
    tracker.apply(&fixture("user", "completed"));
    let late = tracker.apply(&fixture("user", "transfer-accepted"));
    assert!(late.is_empty(), "terminated is final: {late:?}");
    assert_eq!(tracker.call_state(CALL_ID), Some(CallState::Terminated));
    assert_eq!(pending.outcome().await, completed());
}

#[tokio::test]
async fn accept_before_or_after_media_inactive() {
    for media_first in [true, false] {
        let tracker = established_tracker();
        let pending = tracker.begin_transfer(CALL_ID, None).expect("established");
        tracker.apply(&fixture("user", "transferring"));
        let media = call_update(CALL_ID, r#"{"state": "transferring", "mediaState": {"audio": "inactive"}}"#);
        if media_first {
            tracker.apply(&media);
            tracker.apply(&fixture("user", "transfer-accepted"));
        } else {
            tracker.apply(&fixture("user", "transfer-accepted"));
            tracker
                .apply(&call_update(CALL_ID, r#"{"state": "transferAccepted", "mediaState": {"audio": "inactive"}}"#));
        }
        tracker.apply(&fixture("user", "completed"));
        assert_eq!(pending.outcome().await, completed(), "media first: {media_first}");
    }
}

#[tokio::test]
async fn batch_with_call_and_participants() {
    let tracker = established_tracker();
    let pending = tracker.begin_transfer(CALL_ID, None).expect("established");
    let events = tracker.apply(&body(&format!(
        r##"{{"value": [
            {{"changeType": "updated", "resourceUrl": "/communications/calls/{CALL_ID}", "resourceData": {{"@odata.type": "#microsoft.graph.call", "state": "transferring"}}}},
            {{"changeType": "updated", "resourceUrl": "/communications/calls/{CALL_ID}/participants", "resourceData": [{{"@odata.type": "#microsoft.graph.participant", "id": "p1"}}]}},
            {{"changeType": "deleted", "resourceUrl": "/communications/calls/{CALL_ID}", "resourceData": {{"@odata.type": "#microsoft.graph.call", "state": "terminated", "resultInfo": {{"code": 200, "subcode": 7015, "message": "GracefulTransferCompleted"}}}}}}
        ]}}"##
    )));
    assert!(matches!(&events[0], CallEvent::StateChanged { state: CallState::Transferring, .. }), "{events:?}");
    assert!(matches!(&events[1], CallEvent::RosterUpdated { participants: 1, .. }), "{events:?}");
    assert!(matches!(&events[2], CallEvent::StateChanged { state: CallState::Terminated, .. }), "{events:?}");
    assert!(matches!(&events[3], CallEvent::TransferOutcome { .. }), "{events:?}");
    let TransferOutcome::Completed(result) = pending.outcome().await else { panic!("expected completion") };
    assert_eq!((result.code, result.subcode), (Some(200), Some(7015)));
}

#[tokio::test]
async fn failed_operation_without_subcode() {
    let tracker = established_tracker();
    let pending = tracker.begin_transfer(CALL_ID, Some("transfer-42")).expect("established");
    tracker.apply(&body(&format!(
        r##"{{"value": [{{"changeType": "updated", "resourceUrl": "/communications/calls/{CALL_ID}/operations/op1",
            "resourceData": {{"@odata.type": "#microsoft.graph.commsOperation", "status": "failed", "clientContext": "transfer-42",
                              "resultInfo": {{"code": 400, "message": "transfer target unreachable"}}}}}}]}}"##
    )));
    let outcome = pending.outcome().await;
    let TransferOutcome::Failed(result) = &outcome else { panic!("expected failure, found {outcome:?}") };
    assert_eq!(result.code, Some(400));
    assert_eq!(result.subcode, None, "an absent subcode stays absent");
    assert_eq!(result.message.as_deref(), Some("transfer target unreachable"));
}

#[tokio::test]
async fn operation_of_another_request_does_not_decide() {
    let tracker = established_tracker();
    let pending = tracker.begin_transfer(CALL_ID, Some("transfer-42")).expect("established");
    tracker.apply(&body(&format!(
        r#"{{"value": [{{"changeType": "updated", "resourceUrl": "/communications/calls/{CALL_ID}/operations/op2",
            "resourceData": {{"status": "failed", "clientContext": "prompt-7"}}}}]}}"#
    )));
    tracker.apply(&fixture("user", "transferring"));
    tracker.apply(&fixture("user", "completed"));
    assert_eq!(pending.outcome().await, completed());
}

#[tokio::test]
async fn transfer_refused_unless_established() {
    let tracker = CallTracker::default();
    let unknown = tracker.begin_transfer(CALL_ID, None).expect_err("never seen");
    assert_eq!(unknown.state, None);

    tracker.apply(&call_update(CALL_ID, r#"{"state": "incoming"}"#));
    let incoming = tracker.begin_transfer(CALL_ID, None).expect_err("not answered");
    assert_eq!(incoming.state, Some(CallState::Incoming));
    assert!(incoming.to_string().contains("the call is incoming, not established"), "{incoming}");

    tracker.apply(&call_update(CALL_ID, r#"{"state": "established"}"#));
    let _pending = tracker.begin_transfer(CALL_ID, None).expect("established");
    let again = tracker.begin_transfer(CALL_ID, None).expect_err("one transfer at a time");
    assert!(again.to_string().contains("already in progress"), "{again}");

    tracker.apply(&fixture("user", "completed"));
    let ended = tracker.begin_transfer(CALL_ID, None).expect_err("terminated");
    assert_eq!(ended.state, Some(CallState::Terminated));
}

#[tokio::test]
async fn refused_transfer_sends_nothing() {
    let tracker = CallTracker::default();
    tracker.apply(&call_update(CALL_ID, r#"{"state": "establishing"}"#));
    // Nothing listens on port 9; a request that was sent would fail with a transport error.
    let client = Client::builder()
        .base_url("http://127.0.0.1:9".parse().expect("url"))
        .token_provider(StaticToken::new("token"))
        .build()
        .expect("client");
    let body = TransferRequestBody::new(InvitationParticipantInfo::teams_user("u", "t"));
    let error = tracker.transfer(&client, CALL_ID, &body).await.expect_err("refused");
    assert_eq!(error.kind(), ErrorKind::Refused);
    assert_eq!(error.transfer_refused().and_then(|refused| refused.state.clone()), Some(CallState::Establishing));
}

#[tokio::test(start_paused = true)]
async fn outcome_times_out_and_arrives_later_as_event() {
    let mut config = TrackerConfig::default();
    config.transfer_timeout = Duration::from_secs(90);
    let tracker = CallTracker::new(config);
    tracker.apply(&call_update(CALL_ID, r#"{"state": "established"}"#));
    let mut events = tracker.subscribe();
    let pending = tracker.begin_transfer(CALL_ID, None).expect("established");
    tracker.apply(&fixture("user", "transferring"));

    let started = tokio::time::Instant::now();
    assert_eq!(pending.outcome().await, TransferOutcome::TimedOut { after: Duration::from_secs(90) });
    assert!(started.elapsed() >= Duration::from_secs(90));

    tracker.apply(&fixture("user", "completed"));
    let mut outcome = None;
    while let Ok(event) = events.try_recv() {
        if let CallEvent::TransferOutcome { outcome: late, .. } = event {
            outcome = Some(late);
        }
    }
    assert_eq!(outcome, Some(completed()));
}

#[tokio::test]
async fn events_follow_state_changes() {
    let tracker = CallTracker::default();
    let mut events = tracker.subscribe();
    tracker.apply(&call_update(CALL_ID, r#"{"state": "establishing"}"#));
    tracker.apply(&call_update(CALL_ID, r#"{"state": "Established"}"#));
    let first = events.try_recv().expect("first event");
    let second = events.try_recv().expect("second event");
    assert!(matches!(first, CallEvent::StateChanged { state: CallState::Establishing, .. }));
    assert!(matches!(second, CallEvent::StateChanged { state: CallState::Established, .. }));
    assert_eq!(tracker.call_state(CALL_ID), Some(CallState::Established));
}

#[tokio::test]
async fn terminated_calls_are_forgotten_beyond_limit() {
    let mut config = TrackerConfig::default();
    config.remembered_terminated_calls = 2;
    let tracker = CallTracker::new(config);
    for id in ["a", "b", "c"] {
        tracker.apply(&call_update(id, r#"{"state": "terminated"}"#));
    }
    assert_eq!(tracker.call_state("a"), None, "the oldest ended call is forgotten");
    assert_eq!(tracker.call_state("c"), Some(CallState::Terminated));
}

#[tokio::test(start_paused = true)]
async fn timed_out_transfer_does_not_block_next() {
    let mut config = TrackerConfig::default();
    config.transfer_timeout = Duration::from_millis(50);
    let tracker = CallTracker::new(config);
    tracker.apply(&call_update(CALL_ID, r#"{"state": "established"}"#));

    let first = tracker.begin_transfer(CALL_ID, None).expect("established");
    assert!(tracker.begin_transfer(CALL_ID, None).is_err(), "a transfer in progress blocks another");
    let outcome = first.outcome().await;
    assert_eq!(outcome.to_string(), "transfer outcome not received within 0.05 s");

    let second = tracker.begin_transfer(CALL_ID, None).expect("the timed-out transfer no longer blocks");
    tracker.apply(&fixture("user", "transferring"));
    tracker.apply(&fixture("user", "completed"));
    assert_eq!(second.outcome().await, completed());
}
