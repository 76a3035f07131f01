//! Follows each call through its notifications and resolves transfers to their outcome.

use std::collections::{HashMap, HashSet, VecDeque};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use tokio::sync::{broadcast, watch};
use tokio::time::Instant;

use super::outcome::{SUBCODE_TRANSFER_COMPLETED, TERMINATION_APP_TRANSFERRED};
use super::{CallEvent, Notification, Resource, ResourceData, TransferOutcome, TransferRefused, TransferResult};
use crate::endpoints::GraphService as _;
use crate::models::{AnyCommsOperation, Call, CallState, OperationStatus, Participant, TransferRequestBody};
use crate::{Client, Error};

/// Tracker settings.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct TrackerConfig {
    /// How long [`PendingTransfer::outcome`] waits, from the start of the transfer. Default
    /// 90 s: the service has reported transfer results 60 s after the request.
    pub transfer_timeout: Duration,
    /// How many ended calls are remembered, so their late notifications are recognized and
    /// ignored. Default 10,000.
    pub remembered_terminated_calls: usize,
    /// How many events a slow subscriber may fall behind before it misses some. Default 1,024.
    pub event_capacity: usize,
}

impl Default for TrackerConfig {
    fn default() -> Self {
        Self { transfer_timeout: Duration::from_secs(90), remembered_terminated_calls: 10_000, event_capacity: 1_024 }
    }
}

/// Keeps each call's state from its notifications and reports the outcome of each transfer
/// to its caller.
///
/// Rules: `terminated` is final, so later notifications for that call are ignored. A
/// notification that changes nothing publishes nothing. Media state does not affect a
/// transfer, so `transferAccepted` may come before or after audio goes inactive.
///
/// Cheap to clone; clones share the state.
#[derive(Debug, Clone)]
pub struct CallTracker {
    shared: Arc<Shared>,
}

#[derive(Debug)]
struct Shared {
    config: TrackerConfig,
    state: Mutex<State>,
    events: broadcast::Sender<CallEvent>,
}

#[derive(Debug, Default)]
struct State {
    // TODO: a call whose `terminated` notification never arrives stays here for good.
    calls: HashMap<String, TrackedCall>,
    /// Outcomes decided but not yet handed to their waiters. They are handed over after the
    /// events are published, so a waiter never gets an outcome before its state change.
    resolved: Resolved,
    /// Ended calls, oldest first, bounded by `remembered_terminated_calls`.
    terminated_order: VecDeque<String>,
    terminated: HashSet<String>,
}

#[derive(Debug, Default)]
struct TrackedCall {
    state: Option<CallState>,
    participants: Vec<Participant>,
    operations: HashMap<String, AnyCommsOperation>,
    transfer: Option<TransferInProgress>,
}

#[derive(Debug)]
struct TransferInProgress {
    client_context: Option<String>,
    /// When the caller's wait ends; after it, a new transfer may replace this one.
    deadline: Instant,
    /// `transferring` or `transferAccepted` was seen, so `established` now means failure.
    started: bool,
    sender: watch::Sender<Option<TransferOutcome>>,
}

/// A transfer in progress; await [`PendingTransfer::outcome`] for how it ended.
#[derive(Debug)]
pub struct PendingTransfer {
    call_id: String,
    receiver: watch::Receiver<Option<TransferOutcome>>,
    deadline: Instant,
    timeout: Duration,
}

impl PendingTransfer {
    /// Returns the call id.
    pub fn call_id(&self) -> &str {
        &self.call_id
    }

    /// Waits for the outcome, or returns [`TransferOutcome::TimedOut`] when the tracker's
    /// transfer timeout passes first.
    pub async fn outcome(mut self) -> TransferOutcome {
        let timeout = self.timeout;
        let wait = self.receiver.wait_for(Option::is_some);
        match tokio::time::timeout_at(self.deadline, wait).await {
            Ok(Ok(outcome)) => outcome.clone().unwrap_or(TransferOutcome::TimedOut { after: timeout }),
            // The tracker was dropped, so no outcome can arrive.
            Ok(Err(_)) | Err(_) => TransferOutcome::TimedOut { after: timeout },
        }
    }
}

impl Default for CallTracker {
    fn default() -> Self {
        Self::new(TrackerConfig::default())
    }
}

impl CallTracker {
    /// Creates a tracker.
    pub fn new(config: TrackerConfig) -> Self {
        let (events, _) = broadcast::channel(config.event_capacity.max(1));
        Self { shared: Arc::new(Shared { config, state: Mutex::new(State::default()), events }) }
    }

    /// Subscribes to the events of notifications applied from now on.
    pub fn subscribe(&self) -> broadcast::Receiver<CallEvent> {
        self.shared.events.subscribe()
    }

    /// Returns the tracked state of a call.
    pub fn call_state(&self, call_id: &str) -> Option<CallState> {
        let state = self.lock();
        if state.terminated.contains(call_id) {
            return Some(CallState::Terminated);
        }
        state.calls.get(call_id).and_then(|call| call.state.clone())
    }

    /// Returns the last roster received for a call.
    pub fn participants(&self, call_id: &str) -> Vec<Participant> {
        self.lock().calls.get(call_id).map(|call| call.participants.clone()).unwrap_or_default()
    }

    /// Records a call read from Graph, such as the response of creating it, as if notified.
    pub fn observe_call(&self, call_id: &str, call: &Call) -> Vec<CallEvent> {
        let mut state = self.lock();
        let events = state.apply_call(call_id, call);
        drop(state);
        self.publish(&events);
        events
    }

    /// Applies notifications in order and returns the events they caused.
    pub fn apply(&self, notifications: &[Notification]) -> Vec<CallEvent> {
        let mut events = Vec::new();
        let mut state = self.lock();
        for notification in notifications {
            events.extend(state.apply(notification));
        }
        drop(state);
        self.publish(&events);
        events
    }

    /// Starts waiting for the outcome of a transfer of `call_id`, before the request is sent.
    ///
    /// `client_context` is the `clientContext` of the request; an operation notification with
    /// the same value that reports failure fails the transfer.
    ///
    /// # Errors
    ///
    /// Returns [`TransferRefused`] when the tracked state is not `established`, or when a
    /// transfer of the call is in progress and its wait has not timed out. Transferring a call
    /// that was never answered breaks it, so such a request must not be sent.
    pub fn begin_transfer(
        &self,
        call_id: &str,
        client_context: Option<&str>,
    ) -> Result<PendingTransfer, TransferRefused> {
        let mut state = self.lock();
        if state.terminated.contains(call_id) {
            return Err(TransferRefused::new(call_id, Some(&CallState::Terminated), false));
        }
        let now = Instant::now();
        let call = state.calls.get_mut(call_id);
        let (current, pending) = match &call {
            // A transfer whose wait timed out no longer blocks a new one.
            Some(call) => (call.state.as_ref(), call.transfer.as_ref().is_some_and(|transfer| now < transfer.deadline)),
            None => (None, false),
        };
        if pending || current != Some(&CallState::Established) {
            return Err(TransferRefused::new(call_id, current, pending));
        }
        let timeout = self.shared.config.transfer_timeout;
        let deadline = now + timeout;
        let (sender, receiver) = watch::channel(None);
        if let Some(call) = call {
            let client_context = client_context.map(str::to_owned);
            call.transfer = Some(TransferInProgress { client_context, deadline, started: false, sender });
        }
        tracing::debug!(call_id, "waiting for a transfer outcome");
        Ok(PendingTransfer { call_id: call_id.to_owned(), receiver, deadline, timeout })
    }

    /// Forgets the transfer in progress, for example one whose request failed, so another may
    /// start; its outcome will not be published.
    pub fn cancel_transfer(&self, call_id: &str) {
        if let Some(call) = self.lock().calls.get_mut(call_id) {
            call.transfer = None;
        }
    }

    /// Checks the tracked state, sends `transfer` for `call_id` and returns the pending outcome.
    ///
    /// # Errors
    ///
    /// Returns an [`Error`] of kind [`crate::ErrorKind::Refused`] without sending when the call
    /// is not established, and the client's error when the request fails.
    pub async fn transfer(
        &self,
        client: &Client,
        call_id: &str,
        body: &TransferRequestBody,
    ) -> Result<PendingTransfer, Error> {
        let pending = self.begin_transfer(call_id, body.client_context.as_deref())?;
        match client.communications().calls().by_id(call_id).transfer(body).await {
            Ok(_) => Ok(pending),
            Err(error) => {
                self.cancel_transfer(call_id);
                Err(error)
            }
        }
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        // The state stays consistent between statements, so a panic elsewhere cannot corrupt it.
        self.shared.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn publish(&self, events: &[CallEvent]) {
        for event in events {
            // Sending fails only when there are no subscribers, which is fine.
            let _ = self.shared.events.send(event.clone());
        }
        if events.is_empty() {
            return;
        }
        let resolved = {
            let mut state = self.lock();
            state.forget_terminated(self.shared.config.remembered_terminated_calls);
            std::mem::take(&mut state.resolved)
        };
        for (sender, outcome) in resolved {
            // A caller that stopped waiting dropped its receiver; the event already reported it.
            let _ = sender.send(Some(outcome));
        }
    }
}

impl State {
    fn apply(&mut self, notification: &Notification) -> Vec<CallEvent> {
        let Some(call_id) = notification.resource.call_id() else {
            tracing::trace!(resource = ?notification.resource, "notification for another resource");
            return Vec::new();
        };
        if self.terminated.contains(call_id) {
            tracing::debug!(call_id, "ignoring a notification for a terminated call");
            return Vec::new();
        }
        match (&notification.resource, &notification.data) {
            (Resource::Call { .. }, ResourceData::Call(call)) => self.apply_call(call_id, call),
            (Resource::Participants { .. }, ResourceData::Participants(roster)) => {
                let tracked = self.calls.entry(call_id.to_owned()).or_default();
                if tracked.participants == *roster {
                    return Vec::new();
                }
                tracked.participants.clone_from(roster);
                vec![CallEvent::RosterUpdated { call_id: call_id.to_owned(), participants: roster.len() }]
            }
            (Resource::Operation { operation_id, .. }, ResourceData::Operation(operation)) => {
                self.apply_operation(call_id, operation_id, operation)
            }
            _ => {
                tracing::trace!(call_id, "notification without data the tracker uses");
                Vec::new()
            }
        }
    }

    fn apply_call(&mut self, call_id: &str, call: &Call) -> Vec<CallEvent> {
        if self.terminated.contains(call_id) {
            return Vec::new();
        }
        let Some(new_state) = call.state.clone() else {
            return Vec::new();
        };
        let tracked = self.calls.entry(call_id.to_owned()).or_default();
        let reports_failure = call.result_info.as_ref().and_then(|result| result.code).is_some_and(|code| code >= 400);
        if tracked.state.as_ref() == Some(&new_state) {
            // The `transferring` notification may be lost; `established` with an error result
            // still ends the transfer.
            if new_state == CallState::Established && reports_failure && tracked.transfer.is_some() {
                let outcome = TransferOutcome::Failed(TransferResult::new(
                    call.result_info.as_ref(),
                    call.replaces_context.as_deref(),
                ));
                return vec![finish_transfer(call_id, tracked, outcome, &mut self.resolved)];
            }
            return Vec::new();
        }
        tracked.state = Some(new_state.clone());
        let mut events = vec![CallEvent::StateChanged {
            call_id: call_id.to_owned(),
            state: new_state.clone(),
            result_info: call.result_info.clone(),
        }];

        let outcome = match (&new_state, tracked.transfer.as_mut()) {
            (CallState::Transferring | CallState::TransferAccepted, Some(transfer)) => {
                transfer.started = true;
                None
            }
            (CallState::Terminated, Some(_)) => Some(termination_outcome(call)),
            (CallState::Established, Some(transfer)) if transfer.started || reports_failure => {
                Some(TransferOutcome::Failed(TransferResult::new(
                    call.result_info.as_ref(),
                    call.replaces_context.as_deref(),
                )))
            }
            _ => None,
        };
        if let Some(outcome) = outcome {
            events.push(finish_transfer(call_id, tracked, outcome, &mut self.resolved));
        }
        if new_state == CallState::Terminated {
            self.calls.remove(call_id);
            self.terminated.insert(call_id.to_owned());
            self.terminated_order.push_back(call_id.to_owned());
        }
        events
    }

    fn apply_operation(&mut self, call_id: &str, operation_id: &str, operation: &AnyCommsOperation) -> Vec<CallEvent> {
        let tracked = self.calls.entry(call_id.to_owned()).or_default();
        if tracked.operations.get(operation_id) == Some(operation) {
            return Vec::new();
        }
        tracked.operations.insert(operation_id.to_owned(), operation.clone());
        let status = operation.status().cloned();
        let mut events = vec![CallEvent::OperationUpdated {
            call_id: call_id.to_owned(),
            operation_id: operation_id.to_owned(),
            status: status.clone(),
        }];
        let failed_transfer = tracked.transfer.as_ref().is_some_and(|transfer| {
            status == Some(OperationStatus::Failed)
                && transfer.client_context.is_some()
                && transfer.client_context.as_ref() == operation.client_context()
        });
        if failed_transfer {
            let outcome = TransferOutcome::Failed(TransferResult::new(operation.result_info(), None));
            events.push(finish_transfer(call_id, tracked, outcome, &mut self.resolved));
        }
        events
    }

    fn forget_terminated(&mut self, keep: usize) {
        while self.terminated_order.len() > keep {
            if let Some(call_id) = self.terminated_order.pop_front() {
                self.terminated.remove(&call_id);
            }
        }
    }
}

/// Decides the outcome of a transfer whose call reached `terminated`.
fn termination_outcome(call: &Call) -> TransferOutcome {
    let result = call.result_info.as_ref();
    if result.and_then(|result| result.subcode) == Some(SUBCODE_TRANSFER_COMPLETED) {
        return TransferOutcome::Completed(TransferResult::new(result, None));
    }
    if let Some(reason) =
        call.termination_reason.as_deref().filter(|reason| reason.eq_ignore_ascii_case(TERMINATION_APP_TRANSFERRED))
    {
        return TransferOutcome::Transferred { termination_reason: reason.to_owned() };
    }
    TransferOutcome::Failed(TransferResult::new(result, call.replaces_context.as_deref()))
}

type Resolved = Vec<(watch::Sender<Option<TransferOutcome>>, TransferOutcome)>;

fn finish_transfer(
    call_id: &str,
    tracked: &mut TrackedCall,
    outcome: TransferOutcome,
    resolved: &mut Resolved,
) -> CallEvent {
    if let Some(transfer) = tracked.transfer.take() {
        resolved.push((transfer.sender, outcome.clone()));
    }
    tracing::debug!(call_id, outcome = %outcome, "transfer ended");
    CallEvent::TransferOutcome { call_id: call_id.to_owned(), outcome }
}
