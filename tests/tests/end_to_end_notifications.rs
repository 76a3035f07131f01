//! Notifications that arrive twice, out of order or with a foreign signature: the tracker still
//! reports exactly one correct outcome, or none.

use std::collections::HashMap;
use std::time::Duration;

use graph_calls::models::CallState;
use graph_calls::notifications::TransferOutcome;
use graph_calls_emulator::{CallSource, EmulatorConfig, Faults};
use graph_calls_tests::e2e::{
    COMPLETED_STATES, Harness, TARGET_USER_ID, completed, tracker_config, transfer_body, user_target,
};

/// The notifications of an API-created call before its transfer: `establishing`, `established`.
const CREATION_NOTIFICATIONS: usize = 2;

#[tokio::test]
async fn duplicates_give_one_outcome() {
    let harness = Harness::start().await;
    let call_id = harness.create_established_call(CallSource::Application).await;
    let mut faults = Faults::default();
    faults.duplicate_notifications = true;
    harness.emulator.set_call_faults(&call_id, faults);

    let body = transfer_body(user_target(TARGET_USER_ID, &harness.tenant_id()));
    let outcome = harness.transfer(&call_id, &body).await;
    harness.emulator.settle().await;

    assert_eq!(outcome, completed());
    assert_eq!(harness.states(&call_id), COMPLETED_STATES);
    assert_eq!(harness.published_outcomes(&call_id), [completed()]);

    let sent = harness.notifications_of(&call_id).split_off(CREATION_NOTIFICATIONS);
    let sent_states: Vec<Option<CallState>> = sent.iter().map(|notification| notification.state.clone()).collect();
    let transfer_states = [CallState::Transferring, CallState::TransferAccepted, CallState::Terminated];
    let expected_states: Vec<Option<CallState>> =
        transfer_states.iter().flat_map(|state| [Some(state.clone()), Some(state.clone())]).collect();
    assert_eq!(sent_states, expected_states, "the emulator sent each notification twice");
    let mut copies: HashMap<&str, usize> = HashMap::new();
    for notification in &sent {
        *copies.entry(notification.message_id.as_str()).or_default() += 1;
    }
    assert_eq!(copies.len(), 3, "three distinct message ids");
    assert!(copies.values().all(|count| *count == 2), "each message id went out twice: {copies:?}");
    assert!(
        sent.iter().all(|notification| notification.response_status == Some(202)),
        "the webhook accepted every copy"
    );
}

#[tokio::test]
async fn late_accept_gives_one_outcome() {
    let harness = Harness::start().await;
    let call_id = harness.create_established_call(CallSource::Application).await;
    let mut faults = Faults::default();
    faults.reorder_notifications = true;
    harness.emulator.set_call_faults(&call_id, faults);

    let body = transfer_body(user_target(TARGET_USER_ID, &harness.tenant_id()));
    let outcome = harness.transfer(&call_id, &body).await;
    harness.emulator.settle().await;

    assert_eq!(outcome, completed());
    let expected_states =
        [CallState::Establishing, CallState::Established, CallState::Transferring, CallState::Terminated];
    assert_eq!(harness.states(&call_id), expected_states, "transferAccepted after terminated is ignored");
    assert_eq!(harness.published_outcomes(&call_id), [completed()]);

    let sent_states: Vec<Option<CallState>> =
        harness.notifications_of(&call_id).iter().map(|notification| notification.state.clone()).collect();
    let reordered = [
        CallState::Establishing,
        CallState::Established,
        CallState::Transferring,
        CallState::Terminated,
        CallState::TransferAccepted,
    ];
    assert_eq!(sent_states, reordered.map(Some), "the emulator sent transferAccepted last");
    assert_eq!(harness.tracker.call_state(&call_id), Some(CallState::Terminated));
}

#[tokio::test]
async fn unlisted_key_is_rejected() {
    let mut tracker = tracker_config();
    tracker.transfer_timeout = Duration::from_secs(2);
    let harness = Harness::start_with(EmulatorConfig::default(), tracker).await;
    let call_id = harness.create_established_call(CallSource::Application).await;
    let mut faults = Faults::default();
    faults.sign_with_unlisted_key = true;
    harness.emulator.set_call_faults(&call_id, faults);

    let body = transfer_body(user_target(TARGET_USER_ID, &harness.tenant_id()));
    let pending =
        harness.tracker.transfer(&harness.client, &call_id, &body).await.expect("the emulator accepts the transfer");
    harness.emulator.settle().await;

    let sent = harness.notifications_of(&call_id).split_off(CREATION_NOTIFICATIONS);
    assert_eq!(sent.len(), 3, "transferring, transferAccepted and terminated were sent");
    assert!(
        sent.iter().all(|notification| !notification.signed_with_listed_key),
        "the fault signed with the unlisted key"
    );
    let statuses: Vec<Option<u16>> = sent.iter().map(|notification| notification.response_status).collect();
    assert_eq!(statuses, [Some(401); 3]);
    assert_eq!(harness.tracker.call_state(&call_id), Some(CallState::Established));
    assert_eq!(pending.outcome().await, TransferOutcome::TimedOut { after: Duration::from_secs(2) });
    assert_eq!(harness.states(&call_id), [CallState::Establishing, CallState::Established]);
    assert!(harness.published_outcomes(&call_id).is_empty(), "a rejected notification decided the transfer");
}
