//! A typed async client for Microsoft Graph call transfer.
//!
//! The models in [`models`] are generated from a CSDL slice of the Graph schema. They keep
//! members and enum values the schema does not declare, so a payload decoded and encoded again
//! loses nothing.

#![deny(missing_docs)]

// Generated code names this crate `::graph_calls`, so it compiles here and in other crates.
extern crate self as graph_calls;

pub mod auth;
pub mod client;
pub mod edm;
mod error;
pub mod json;
pub mod models;
pub mod notifications;
mod private;
mod validation;

pub use client::{Client, Response};
pub use error::{Error, ErrorKind, InnerError, ServiceError};
pub use models::endpoints;
pub use validation::{ValidationError, ValidationErrorKind};

#[doc(hidden)]
pub mod __private {
    pub use crate::private::*;
}
