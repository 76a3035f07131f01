//! Many transfers at once: every one reaches its outcome and none is lost or run twice.

use std::collections::HashSet;
use std::sync::Arc;

use graph_calls_emulator::CallSource;
use graph_calls_tests::e2e::{Harness, TARGET_USER_ID, completed, transfer_body, user_target};
use tokio::task::JoinSet;

const CALLS: usize = 50;

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn fifty_transfers_all_complete() {
    let harness = Arc::new(Harness::start().await);

    let mut creations = JoinSet::new();
    for _ in 0..CALLS {
        let harness = harness.clone();
        creations.spawn(async move { harness.create_established_call(CallSource::Application).await });
    }
    let call_ids: Vec<String> = creations.join_all().await;
    assert_eq!(call_ids.iter().collect::<HashSet<_>>().len(), CALLS, "every created call has its own id");

    let body = transfer_body(user_target(TARGET_USER_ID, &harness.tenant_id()));
    let mut transfers = JoinSet::new();
    for call_id in &call_ids {
        let (harness, call_id, body) = (harness.clone(), call_id.clone(), body.clone());
        transfers.spawn(async move {
            let outcome = harness.transfer(&call_id, &body).await;
            (call_id, outcome)
        });
    }
    let outcomes = transfers.join_all().await;

    assert_eq!(outcomes.len(), CALLS);
    for (call_id, outcome) in &outcomes {
        assert_eq!(*outcome, completed(), "call {call_id}");
    }
    let executed = harness.emulator.transfers_executed();
    assert_eq!(executed.len(), CALLS, "the emulator executed one transfer per call");
    assert_eq!(executed.iter().collect::<HashSet<_>>(), call_ids.iter().collect::<HashSet<_>>());
    for call_id in &call_ids {
        assert_eq!(harness.published_outcomes(call_id), [completed()], "call {call_id}");
    }
}
