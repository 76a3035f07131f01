//! The emulator's state: calls, registered apps, faults, and every request and notification,
//! recorded for tests to read back.

use std::collections::{HashMap, HashSet};
use std::time::Duration;

use graph_calls::models::CallState;
use serde_json::Value;

/// An application the token endpoint accepts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct App {
    /// The application (client) id.
    pub client_id: String,
    /// The client secret the token endpoint accepts.
    pub client_secret: String,
    /// The app roles granted, such as `Calls.Initiate.All`.
    pub roles: Vec<String>,
}

/// Faults to inject, for the whole emulator or for one call.
///
/// Counts are consumed: `throttle` with a count of 2 makes the next two matching requests get
/// 429, then lets requests through.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Faults {
    /// Respond to the next requests to a call's endpoints with 429 and this `Retry-After`.
    pub throttle: Option<Throttle>,
    /// Respond to this many next requests to a call's endpoints with 503.
    pub unavailable: u32,
    /// Wait this long before responding to each Graph request.
    pub response_delay: Duration,
    /// Send every notification twice, with the same message id, as a redelivery would.
    pub duplicate_notifications: bool,
    /// Send a transfer's `transferAccepted` after its final notification.
    pub reorder_notifications: bool,
    /// Wait this long before each notification, on top of the configured interval.
    pub notification_delay: Duration,
    /// Sign notifications with a key that is not in the JWKS.
    pub sign_with_unlisted_key: bool,
}

/// A throttling fault.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Throttle {
    /// How many requests to throttle.
    pub count: u32,
    /// The `Retry-After` value to send, such as `2` or `2.128`.
    pub retry_after: String,
}

/// A request the emulator received.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct RecordedRequest {
    /// The HTTP method.
    pub method: String,
    /// The path as sent, before percent-decoding.
    pub path: String,
    /// The status the emulator responded with.
    pub status: u16,
    /// The request body as text, cut after 64 KiB.
    pub body: String,
    /// The `client-request-id` header.
    pub client_request_id: Option<String>,
}

/// A notification the emulator sent.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct RecordedNotification {
    /// The call it is about.
    pub call_id: String,
    /// The `X-Microsoft-Skype-Message-ID` header.
    pub message_id: String,
    /// The body.
    pub body: Value,
    /// The call state the notification carries.
    pub state: Option<CallState>,
    /// Whether it was signed with the key listed in the JWKS.
    pub signed_with_listed_key: bool,
    /// The status the callback responded with, or `None` when it could not be reached.
    pub response_status: Option<u16>,
}

/// The identity a call's bot acts as: an application, or an application instance (a resource account
/// with a phone number), which Graph requires for transfers to a phone number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CallSource {
    /// The bot's application.
    Application,
    /// An application instance.
    ApplicationInstance,
}

/// A call placed directly by a test, in a chosen state.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct PlacedCall {
    /// The state the call starts in.
    pub state: CallState,
    /// The callback URL its notifications go to.
    pub callback_uri: String,
    /// The identity the bot acts as.
    pub source: CallSource,
}

impl PlacedCall {
    /// Describes an established call of an application, notifying `callback_uri`.
    pub fn established(callback_uri: impl Into<String>) -> Self {
        Self { state: CallState::Established, callback_uri: callback_uri.into(), source: CallSource::Application }
    }
}

#[derive(Debug, Clone)]
pub(crate) struct EmulatedCall {
    pub(crate) state: CallState,
    pub(crate) callback_uri: String,
    pub(crate) source: CallSource,
    pub(crate) chain_id: String,
    pub(crate) tenant_id: String,
    /// The call as created through the API, returned by `GET` with the current state.
    pub(crate) created: Option<Box<graph_calls::models::Call>>,
}

#[derive(Debug, Default)]
pub(crate) struct State {
    pub(crate) calls: HashMap<String, EmulatedCall>,
    pub(crate) apps: Vec<App>,
    pub(crate) unreachable_users: HashSet<String>,
    pub(crate) faults: Faults,
    pub(crate) call_faults: HashMap<String, Faults>,
    pub(crate) requests: Vec<RecordedRequest>,
    pub(crate) notifications: Vec<RecordedNotification>,
    pub(crate) transfers_executed: Vec<String>,
}

/// The fault that applies to a request.
pub(crate) enum RequestFault {
    Throttle(String),
    Unavailable,
}

impl State {
    /// Returns the faults for a call: its own when set, the emulator's otherwise.
    pub(crate) fn faults_for(&self, call_id: Option<&str>) -> Faults {
        call_id.and_then(|id| self.call_faults.get(id)).unwrap_or(&self.faults).clone()
    }

    /// Consumes one throttle or unavailability count, from the call's faults or the emulator's.
    pub(crate) fn take_request_fault(&mut self, call_id: Option<&str>) -> Option<RequestFault> {
        let faults = match call_id.filter(|id| self.call_faults.contains_key(*id)) {
            Some(id) => self.call_faults.get_mut(id)?,
            None => &mut self.faults,
        };
        if let Some(throttle) = &mut faults.throttle
            && throttle.count > 0
        {
            throttle.count -= 1;
            return Some(RequestFault::Throttle(throttle.retry_after.clone()));
        }
        if faults.unavailable > 0 {
            faults.unavailable -= 1;
            return Some(RequestFault::Unavailable);
        }
        None
    }
}
