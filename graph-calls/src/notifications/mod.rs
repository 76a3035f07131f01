//! Webhook notifications: verifying that a request comes from Graph.

pub mod verify;
