//! The reports of a call tracker: transfer outcomes, call events and refusals.

use std::fmt;
use std::time::Duration;

use crate::models::{CallState, OperationStatus, ResultInfo};

/// The Graph subcode of a completed transfer, sent with code 0 or 200 and the message
/// `GracefulTransferCompleted`.
pub const SUBCODE_TRANSFER_COMPLETED: i32 = 7015;

/// The `terminationReason` of a call that a consultative transfer replaced.
pub const TERMINATION_APP_TRANSFERRED: &str = "AppTransferred";

/// The outcome of a transfer.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum TransferOutcome {
    /// The call ended as `terminated` with subcode 7015: the target took the call.
    Completed(TransferResult),
    /// A consultative transfer: the call ended as `terminated` with `terminationReason`
    /// `AppTransferred`, replaced by the consultation call.
    Transferred {
        /// The termination reason as received.
        termination_reason: String,
    },
    /// The call went back to `established` after `transferring`, ended with another result, or
    /// the operation carrying the transfer's `clientContext` failed.
    Failed(TransferResult),
    /// No outcome arrived in time; a later one is still published as a [`CallEvent`].
    TimedOut {
        /// The time waited.
        after: Duration,
    },
}

impl fmt::Display for TransferOutcome {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Completed(result) => write!(formatter, "transfer completed: {result}"),
            Self::Transferred { termination_reason } => {
                write!(formatter, "transfer completed: call replaced ({termination_reason})")
            }
            Self::Failed(result) => write!(formatter, "transfer failed: {result}"),
            Self::TimedOut { after } => write!(formatter, "transfer outcome not received within {}", seconds(*after)),
        }
    }
}

/// Formats a duration in seconds, with milliseconds only when it has them: `90 s`, `0.05 s`.
fn seconds(duration: Duration) -> String {
    if duration.subsec_millis() == 0 {
        format!("{} s", duration.as_secs())
    } else {
        let text = format!("{:.3}", duration.as_secs_f64());
        format!("{} s", text.trim_end_matches('0'))
    }
}

/// The `resultInfo` of an outcome. Absent members stay absent: a missing subcode is `None`,
/// never 0.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct TransferResult {
    /// `resultInfo.code`, an HTTP-like status.
    pub code: Option<i32>,
    /// `resultInfo.subcode`: 7015 for a completed transfer; 7000 and 7700 are documented failures.
    pub subcode: Option<i32>,
    /// `resultInfo.message`.
    pub message: Option<String>,
    /// `replacesContext`, which Graph sends when a consultative transfer fails.
    pub replaces_context: Option<String>,
}

impl TransferResult {
    pub(crate) fn new(result: Option<&ResultInfo>, replaces_context: Option<&str>) -> Self {
        Self {
            code: result.and_then(|result| result.code),
            subcode: result.and_then(|result| result.subcode),
            message: result.and_then(|result| result.message.clone()),
            replaces_context: replaces_context.map(str::to_owned),
        }
    }
}

impl fmt::Display for TransferResult {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        let number = |value: Option<i32>| value.map_or_else(|| "none".to_owned(), |value| value.to_string());
        write!(formatter, "code {}, subcode {}", number(self.code), number(self.subcode))?;
        if let Some(message) = &self.message {
            write!(formatter, ", {message}")?;
        }
        Ok(())
    }
}

/// A change a tracker saw, published to its subscribers in the order applied.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CallEvent {
    /// The call reached a new state.
    StateChanged {
        /// The call id.
        call_id: String,
        /// The new state.
        state: CallState,
        /// The `resultInfo` sent with the state, if any.
        result_info: Option<ResultInfo>,
    },
    /// A transfer ended; published also when the caller's wait had already timed out.
    TransferOutcome {
        /// The call id.
        call_id: String,
        /// The outcome.
        outcome: TransferOutcome,
    },
    /// The participant roster changed.
    RosterUpdated {
        /// The call id.
        call_id: String,
        /// How many participants the roster lists.
        participants: usize,
    },
    /// An operation of the call changed.
    OperationUpdated {
        /// The call id.
        call_id: String,
        /// The operation id.
        operation_id: String,
        /// The operation's status, if sent.
        status: Option<OperationStatus>,
    },
}

/// A transfer the tracker refused before any request was sent.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("transfer of call {call_id} refused: {reason}")]
pub struct TransferRefused {
    /// The call id.
    pub call_id: String,
    /// The tracked state, or `None` when no notification for the call has been seen.
    pub state: Option<CallState>,
    reason: String,
}

impl TransferRefused {
    pub(crate) fn new(call_id: &str, state: Option<&CallState>, transfer_pending: bool) -> Self {
        let reason = match (state, transfer_pending) {
            (_, true) => "a transfer of this call is already in progress".to_owned(),
            (None, false) => {
                "no notification for the call has been seen, so it is not known to be established".to_owned()
            }
            (Some(state), false) => {
                format!("the call is {state}, not established; transfer only an answered, established call")
            }
        };
        Self { call_id: call_id.to_owned(), state: state.cloned(), reason }
    }
}
