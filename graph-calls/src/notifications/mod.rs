//! Webhook notifications: decoding them, verifying that they come from Graph, and following
//! each call to the outcome of its transfer.

mod decode;
mod outcome;
mod resource;
#[cfg(feature = "axum")]
mod serve;
mod tracker;
pub mod verify;

pub use decode::{
    DEFAULT_MAX_BODY_BYTES, DecodeError, Notification, ResourceData, decode_notifications,
    decode_notifications_with_limit,
};
pub use outcome::{
    CallEvent, SUBCODE_TRANSFER_COMPLETED, TERMINATION_APP_TRANSFERRED, TransferOutcome, TransferRefused,
    TransferResult,
};
pub use resource::Resource;
#[cfg(feature = "axum")]
pub use serve::{CHAIN_ID_HEADER, MESSAGE_ID_HEADER, Webhook, WebhookConfig};
pub use tracker::{CallTracker, PendingTransfer, TrackerConfig};
