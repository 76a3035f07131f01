//! Records every request and its status, and applies the response delay fault.

use std::sync::Arc;

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::StatusCode;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::Shared;
use crate::graph_error::GraphError;
use crate::state::RecordedRequest;

/// Requests larger than this get 413; Graph's own limit for these bodies is far lower.
const MAX_BODY: usize = 1024 * 1024;
/// How much of each body the record keeps, so a long run cannot fill the memory.
const MAX_RECORDED_BODY: usize = 64 * 1024;

pub(crate) async fn record(State(shared): State<Arc<Shared>>, request: Request, next: Next) -> Response {
    let (parts, body) = request.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, MAX_BODY).await else {
        let message = format!("The request body is over the limit of {MAX_BODY} bytes.");
        return GraphError::new(StatusCode::PAYLOAD_TOO_LARGE, "RequestEntityTooLarge", message).into_response();
    };
    let method = parts.method.to_string();
    let path = parts.uri.path().to_owned();
    let client_request_id =
        parts.headers.get("client-request-id").and_then(|value| value.to_str().ok()).map(str::to_owned);

    let is_graph = path.starts_with("/v1.0/") || path.starts_with("/beta/");
    if is_graph {
        let call_id = call_id_of(&path);
        let delay = shared.state().faults_for(call_id.as_deref()).response_delay;
        if !delay.is_zero() {
            tokio::time::sleep(delay).await;
        }
    }

    let response = next.run(Request::from_parts(parts, Body::from(bytes.clone()))).await;
    let recorded = RecordedRequest {
        method,
        path,
        status: response.status().as_u16(),
        body: String::from_utf8_lossy(&bytes[..bytes.len().min(MAX_RECORDED_BODY)]).into_owned(),
        client_request_id,
    };
    shared.state().requests.push(recorded);
    response
}

/// Returns the call id of a `/{version}/communications/calls/{id}/...` or `/app/calls/...` path.
pub(crate) fn call_id_of(path: &str) -> Option<String> {
    let segments: Vec<&str> = path.split('/').filter(|segment| !segment.is_empty()).collect();
    match segments.as_slice() {
        [_, "communications" | "app", "calls", id, ..] => Some((*id).to_owned()),
        _ => None,
    }
}
