//! An axum handler for the webhook that verifies requests, replies at once and processes the
//! notifications in the background.
//!
//! Graph drops a call whose callback does not respond within a few seconds, so the handler
//! replies `202 Accepted` as soon as the body is verified and decoded, and a background task
//! applies the notifications to the [`CallTracker`] in the order they arrived, so the
//! notifications of each call are processed in order. Subscribers read the tracker's events at
//! their own pace; a slow one misses events instead of delaying a reply.

use std::collections::{HashSet, VecDeque};
use std::sync::{Arc, Mutex, PoisonError};

use axum::Router;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use tokio::sync::mpsc;
use tracing::Instrument;

use super::verify::Verifier;
use super::{CallTracker, DEFAULT_MAX_BODY_BYTES, DecodeError, Notification, decode_notifications_with_limit};

/// The header that identifies a notification request; Graph repeats it on redelivery.
pub const MESSAGE_ID_HEADER: &str = "x-microsoft-skype-message-id";
/// The header that ties the requests of one call chain together.
pub const CHAIN_ID_HEADER: &str = "x-microsoft-skype-chain-id";

/// The maximum length, in bytes, of a message id remembered for dropping redeliveries.
const MAX_MESSAGE_ID_BYTES: usize = 256;

/// Webhook settings.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct WebhookConfig {
    /// The largest body accepted, in bytes; larger ones get 413. Default
    /// [`DEFAULT_MAX_BODY_BYTES`].
    pub max_body_bytes: usize,
    /// How many message ids are remembered to drop redeliveries. Default 10,000.
    pub remembered_message_ids: usize,
    /// How many verified bodies may wait for processing; beyond that the handler replies 503
    /// with `Retry-After: 1`, so Graph delivers again. Default 4,096.
    pub queue_capacity: usize,
}

impl Default for WebhookConfig {
    fn default() -> Self {
        Self { max_body_bytes: DEFAULT_MAX_BODY_BYTES, remembered_message_ids: 10_000, queue_capacity: 4_096 }
    }
}

/// The webhook endpoint: a [`Verifier`], a [`CallTracker`] and the background task that feeds it.
#[derive(Debug, Clone)]
pub struct Webhook {
    shared: Arc<Shared>,
}

#[derive(Debug)]
struct Shared {
    verifier: Verifier,
    config: WebhookConfig,
    queue: mpsc::Sender<Vec<Notification>>,
    seen: Mutex<SeenMessages>,
}

#[derive(Debug, Default)]
struct SeenMessages {
    order: VecDeque<String>,
    ids: HashSet<String>,
}

impl Webhook {
    /// Creates the endpoint and spawns its processing task on the current tokio runtime.
    ///
    /// # Panics
    ///
    /// Panics when called outside a tokio runtime, like `tokio::spawn`.
    pub fn new(verifier: Verifier, tracker: CallTracker, config: WebhookConfig) -> Self {
        let (queue, mut incoming) = mpsc::channel::<Vec<Notification>>(config.queue_capacity.max(1));
        tokio::spawn(async move {
            while let Some(notifications) = incoming.recv().await {
                tracker.apply(&notifications);
            }
            tracing::debug!("webhook processing stopped");
        });
        Self { shared: Arc::new(Shared { verifier, config, queue, seen: Mutex::new(SeenMessages::default()) }) }
    }

    /// Returns a router that serves the webhook with `POST` at `path`, such as `/api/calls`.
    pub fn router(&self, path: &str) -> Router {
        Router::new().route(path, post(handle)).with_state(self.clone())
    }

    /// Handles one webhook request; use it to mount the webhook in your own router.
    pub async fn handle(&self, request: Request) -> Response {
        let headers = request.headers();
        let span = tracing::debug_span!(
            "webhook",
            chain_id = header_text(headers, CHAIN_ID_HEADER).unwrap_or_default(),
            message_id = header_text(headers, MESSAGE_ID_HEADER).unwrap_or_default(),
        );
        self.process(request).instrument(span).await
    }

    async fn process(&self, request: Request) -> Response {
        let shared = &self.shared;

        // The body is read only after the token is verified.
        if let Err(error) = shared.verifier.verify_headers(request.headers()).await {
            tracing::debug!(error = %error, "webhook request rejected");
            let status = if error.is_rejection() { StatusCode::UNAUTHORIZED } else { StatusCode::SERVICE_UNAVAILABLE };
            return plain(status, &error.to_string());
        }

        // Claiming the id before processing makes concurrent redeliveries count once. Graph's
        // ids are GUIDs; longer ones are not remembered, so the memory per id stays small.
        let message_id = header_text(request.headers(), MESSAGE_ID_HEADER)
            .filter(|id| id.len() <= MAX_MESSAGE_ID_BYTES)
            .map(str::to_owned);
        if let Some(id) = &message_id
            && !shared.claim(id)
        {
            tracing::debug!("redelivered notification dropped");
            return StatusCode::ACCEPTED.into_response();
        }
        let response = self.read_and_queue(request).await;
        if let Some(id) = &message_id
            && response.status() != StatusCode::ACCEPTED
        {
            shared.release(id);
        }
        response
    }

    async fn read_and_queue(&self, request: Request) -> Response {
        let shared = &self.shared;

        let limit = shared.config.max_body_bytes;
        let declared_length = content_length(request.headers());
        if declared_length.is_some_and(|length| length > limit) {
            let error = DecodeError::TooLarge { size: declared_length.unwrap_or_default(), limit };
            return plain(StatusCode::PAYLOAD_TOO_LARGE, &error.to_string());
        }
        let body = match axum::body::to_bytes(request.into_body(), limit).await {
            Ok(body) => body,
            Err(_) => {
                let message = format!("the notification body is over the limit of {limit} bytes");
                return plain(StatusCode::PAYLOAD_TOO_LARGE, &message);
            }
        };
        let notifications = match decode_notifications_with_limit(&body, limit) {
            Ok(notifications) => notifications,
            Err(error) => {
                tracing::debug!(error = %error, "malformed notification body");
                let status = match error {
                    DecodeError::TooLarge { .. } => StatusCode::PAYLOAD_TOO_LARGE,
                    _ => StatusCode::BAD_REQUEST,
                };
                return plain(status, &error.to_string());
            }
        };

        if shared.queue.try_send(notifications).is_err() {
            tracing::debug!("webhook queue full; asking Graph to deliver again");
            let mut response = plain(StatusCode::SERVICE_UNAVAILABLE, "too many notifications waiting; deliver again");
            response.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from_static("1"));
            return response;
        }
        StatusCode::ACCEPTED.into_response()
    }
}

impl Shared {
    fn seen(&self) -> std::sync::MutexGuard<'_, SeenMessages> {
        self.seen.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Records a message id; returns `false` when it was already recorded.
    fn claim(&self, id: &str) -> bool {
        let mut seen = self.seen();
        if !seen.ids.insert(id.to_owned()) {
            return false;
        }
        seen.order.push_back(id.to_owned());
        while seen.order.len() > self.config.remembered_message_ids {
            if let Some(oldest) = seen.order.pop_front() {
                seen.ids.remove(&oldest);
            }
        }
        true
    }

    /// Forgets a message id whose request was not accepted, so a redelivery is processed.
    fn release(&self, id: &str) {
        let mut seen = self.seen();
        if seen.ids.remove(id) {
            seen.order.retain(|kept| kept != id);
        }
    }
}

async fn handle(State(webhook): State<Webhook>, request: Request) -> Response {
    webhook.handle(request).await
}

fn header_text<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers.get(name).and_then(|value| value.to_str().ok())
}

fn content_length(headers: &HeaderMap) -> Option<usize> {
    header_text(headers, header::CONTENT_LENGTH.as_str()).and_then(|text| text.parse().ok())
}

fn plain(status: StatusCode, message: &str) -> Response {
    let mut response = Response::new(Body::from(format!("{message}\n")));
    *response.status_mut() = status;
    response.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("text/plain; charset=utf-8"));
    response
}
