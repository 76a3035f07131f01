//! The calls API: create, read, delete and transfer, responding like Graph.

use std::sync::Arc;

use axum::Json;
use axum::body::Bytes;
use axum::extract::rejection::PathRejection;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use graph_calls::models::{AnyIdentitySet, Call, CallState, TransferRequestBody};
use uuid::Uuid;

use crate::Shared;
use crate::auth::authorize;
use crate::graph_error::GraphError;
use crate::notify::{empty_call, schedule};
use crate::state::{CallSource, EmulatedCall, RequestFault};
use crate::transfer::{Planned, plan};

type Handled = Result<Response, GraphError>;

fn client_request_id(headers: &HeaderMap) -> Option<String> {
    headers.get("client-request-id").and_then(|value| value.to_str().ok()).map(str::to_owned)
}

/// Checks the API version segment and the bearer token.
fn admit(shared: &Shared, version: &str, headers: &HeaderMap) -> Result<Option<String>, GraphError> {
    let request_id = client_request_id(headers);
    if version != "v1.0" && version != "beta" {
        let message = format!("Invalid version: {version}. Use v1.0 or beta.");
        return Err(bad_request(message, request_id));
    }
    authorize(shared, headers, request_id.clone())?;
    Ok(request_id)
}

/// Responds with the next throttling or unavailability fault, if one is set.
fn injected_fault(shared: &Shared, call_id: Option<&str>, request_id: Option<String>) -> Result<(), GraphError> {
    match shared.state().take_request_fault(call_id) {
        None => Ok(()),
        Some(RequestFault::Throttle(retry_after)) => {
            let mut error =
                GraphError::new(StatusCode::TOO_MANY_REQUESTS, "TooManyRequests", "Please retry again later.")
                    .for_request(request_id);
            error.retry_after = Some(retry_after);
            Err(error)
        }
        Some(RequestFault::Unavailable) => Err(GraphError::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "ServiceUnavailable",
            "The service is temporarily unavailable.",
        )
        .for_request(request_id)),
    }
}

fn unknown_call(call_id: &str, request_id: Option<String>) -> GraphError {
    GraphError::new(StatusCode::NOT_FOUND, "8505", format!("Call {call_id} was not found.")).for_request(request_id)
}

fn bad_request(message: impl Into<String>, request_id: Option<String>) -> GraphError {
    GraphError::new(StatusCode::BAD_REQUEST, "BadRequest", message).for_request(request_id)
}

fn with_request_id(mut response: Response) -> Response {
    if let Ok(value) = HeaderValue::from_str(&Uuid::new_v4().to_string()) {
        response.headers_mut().insert("request-id", value);
    }
    response
}

/// Returns the call as Graph describes it to its bot: as created, with its current state.
fn describe(call_id: &str, call: &EmulatedCall) -> Call {
    let mut described = call.created.as_deref().cloned().unwrap_or_else(empty_call);
    described.odata_type = Some("#microsoft.graph.call".into());
    described.id = Some(call_id.to_owned());
    described.state = Some(call.state.clone());
    described.callback_uri = Some(call.callback_uri.clone());
    described.tenant_id = Some(call.tenant_id.clone());
    described.call_chain_id = Some(call.chain_id.clone());
    described
}

/// `POST /{version}/communications/calls`: creates a call, which then notifies `establishing`
/// and `established`.
pub(crate) async fn create(
    State(shared): State<Arc<Shared>>,
    path: Result<Path<String>, PathRejection>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    respond(path_parameters(path, &headers).and_then(|version| create_call(&shared, &version, &headers, &body)))
}

fn create_call(shared: &Arc<Shared>, version: &str, headers: &HeaderMap, body: &[u8]) -> Handled {
    let request_id = admit(shared, version, headers)?;
    injected_fault(shared, None, request_id.clone())?;
    let call: Call = serde_json::from_slice(body)
        .map_err(|error| bad_request(format!("Invalid call body: {error}"), request_id.clone()))?;
    call.validate().map_err(|error| bad_request(error.to_string(), request_id.clone()))?;
    let callback = call.callback_uri.as_deref().unwrap_or_default();
    let valid_callback =
        url::Url::parse(callback).is_ok_and(|url| matches!(url.scheme(), "http" | "https") && url.has_host());
    if !valid_callback {
        return Err(bad_request("The callbackUri must be an absolute http or https URL.", request_id));
    }

    let source = match call.source.as_ref().and_then(|source| source.identity.as_ref()) {
        Some(AnyIdentitySet::CommunicationsIdentitySet(identities)) if identities.application_instance.is_some() => {
            CallSource::ApplicationInstance
        }
        _ => CallSource::Application,
    };
    let call_id = Uuid::new_v4().to_string();
    let mut emulated = EmulatedCall {
        state: CallState::Establishing,
        callback_uri: callback.to_owned(),
        source,
        chain_id: Uuid::new_v4().to_string(),
        tenant_id: shared.config.tenant_id.clone(),
        created: Some(Box::new(call)),
    };
    let created = describe(&call_id, &emulated);
    emulated.created = Some(Box::new(created.clone()));
    shared.state().calls.insert(call_id.clone(), emulated);

    schedule(
        shared.clone(),
        call_id,
        vec![Planned::state(CallState::Establishing), Planned::state(CallState::Established)],
    );
    Ok(with_request_id((StatusCode::CREATED, Json(created)).into_response()))
}

/// `GET /{version}/communications/calls/{id}`.
pub(crate) async fn get(
    State(shared): State<Arc<Shared>>,
    path: Result<Path<(String, String)>, PathRejection>,
    headers: HeaderMap,
) -> Response {
    respond((|| {
        let (version, call_id) = path_parameters(path, &headers)?;
        let request_id = admit(&shared, &version, &headers)?;
        injected_fault(&shared, Some(&call_id), request_id.clone())?;
        // Graph no longer finds a call once it has ended.
        let described = shared
            .state()
            .calls
            .get(&call_id)
            .filter(|call| call.state != CallState::Terminated)
            .map(|call| describe(&call_id, call));
        let described = described.ok_or_else(|| unknown_call(&call_id, request_id))?;
        Ok(with_request_id(Json(described).into_response()))
    })())
}

/// `DELETE /{version}/communications/calls/{id}`: hangs up; the call is `terminating` at once
/// and then notifies `terminated`.
pub(crate) async fn delete(
    State(shared): State<Arc<Shared>>,
    path: Result<Path<(String, String)>, PathRejection>,
    headers: HeaderMap,
) -> Response {
    respond((|| {
        let (version, call_id) = path_parameters(path, &headers)?;
        let request_id = admit(&shared, &version, &headers)?;
        injected_fault(&shared, Some(&call_id), request_id.clone())?;
        // The state changes before the response, like a transfer's, so a request that follows
        // the hang-up before its notification goes out finds the call ending.
        let mut state = shared.state();
        let live = state
            .calls
            .get_mut(&call_id)
            .filter(|call| !matches!(call.state, CallState::Terminating | CallState::Terminated));
        let Some(call) = live else {
            return Err(unknown_call(&call_id, request_id));
        };
        call.state = CallState::Terminating;
        drop(state);
        schedule(shared.clone(), call_id.clone(), vec![Planned::state(CallState::Terminated)]);
        Ok(with_request_id(StatusCode::NO_CONTENT.into_response()))
    })())
}

/// `POST /{version}/communications/calls/{id}/transfer` and the deprecated `/app/calls/...`.
pub(crate) async fn transfer(
    State(shared): State<Arc<Shared>>,
    path: Result<Path<(String, String)>, PathRejection>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    respond(
        path_parameters(path, &headers)
            .and_then(|(version, call_id)| start_transfer(&shared, &version, &call_id, &headers, &body)),
    )
}

fn start_transfer(shared: &Arc<Shared>, version: &str, call_id: &str, headers: &HeaderMap, body: &[u8]) -> Handled {
    let request_id = admit(shared, version, headers)?;
    injected_fault(shared, Some(call_id), request_id.clone())?;

    let request: TransferRequestBody = serde_json::from_slice(body)
        .map_err(|error| bad_request(format!("Invalid transfer body: {error}"), request_id.clone()))?;
    let Some(target) = request.transfer_target.as_ref() else {
        return Err(bad_request("The transferTarget parameter is required.", request_id));
    };
    request.validate().map_err(|error| bad_request(error.to_string(), request_id.clone()))?;

    let mut state = shared.state();
    let Some(call) = state.calls.get(call_id).cloned() else {
        return Err(unknown_call(call_id, request_id));
    };
    if call.state != CallState::Established {
        let message = format!("Call {call_id} is {}; only an established call can be transferred.", call.state);
        return Err(bad_request(message, request_id));
    }
    let planned = plan(&state, call_id, &call, target);
    state.transfers_executed.push(call_id.to_owned());
    if let Some(call) = state.calls.get_mut(call_id) {
        call.state = CallState::Transferring;
    }
    drop(state);

    schedule(shared.clone(), call_id.to_owned(), planned);
    Ok(with_request_id(StatusCode::ACCEPTED.into_response()))
}

/// Reads path parameters; a path that does not decode, such as invalid UTF-8, gets Graph's 400.
fn path_parameters<T>(path: Result<Path<T>, PathRejection>, headers: &HeaderMap) -> Result<T, GraphError> {
    path.map(|Path(parameters)| parameters).map_err(|rejection| {
        bad_request(format!("Invalid request path: {}", rejection.body_text()), client_request_id(headers))
    })
}

/// A known path with another method.
pub(crate) async fn method_not_allowed(headers: HeaderMap) -> Response {
    GraphError::new(
        StatusCode::METHOD_NOT_ALLOWED,
        "Request_BadRequest",
        "The HTTP method is not allowed on this path.",
    )
    .for_request(client_request_id(&headers))
    .into_response()
}

/// Any other path.
pub(crate) async fn not_found(headers: HeaderMap) -> Response {
    GraphError::new(StatusCode::NOT_FOUND, "UnknownError", "The emulator does not serve this path.")
        .for_request(client_request_id(&headers))
        .into_response()
}

fn respond(result: Handled) -> Response {
    result.unwrap_or_else(IntoResponse::into_response)
}
