//! What the client puts on the wire: method, path, headers and body bytes of each documented
//! transfer, of `get`, `delete` and `create`, path escaping, and the 2xx statuses it accepts.

mod support;

use graph_calls::client::{ApiVersion, Client};
use graph_calls::endpoints::GraphService as _;
use graph_calls::models::{
    AnyIdentity, AnyIdentitySet, Call, CallDirection, CallState, EndpointType, Identity, IdentitySet,
    InvitationParticipantInfo, Modality, ParticipantInfo, TransferRequestBody,
};
use graph_calls::{ErrorKind, ValidationErrorKind};
use serde_json::{Value, json};
use support::{Recorded, Reply, TOKEN, TestServer, USER_AGENT, body_problems};
use uuid::Uuid;

const CALL_ID: &str = "341a0500-d4bf-4224-8b19-1581168d328b";
const USER_ID: &str = "550fae72-d251-43ec-868c-373732c2704f";
const TENANT_ID: &str = "72f988bf-86f1-41af-91ab-2d7cd011db47";
const CLIENT_CONTEXT: &str = "9e90d1c1-f61e-43e7-9f75-d420159aae08";
const CONSULTATION_CALL_ID: &str = "e5d39592-99bd-4db8-bca8-30fb894ec51d";
const REQUEST_ID: &str = "20000000-0000-0000-0000-00000000abcd";

const TRANSFER_PATH: &str = "/v1.0/communications/calls/341a0500-d4bf-4224-8b19-1581168d328b/transfer";
const CALL_PATH: &str = "/v1.0/communications/calls/341a0500-d4bf-4224-8b19-1581168d328b";

/// Starts a server that accepts every request with 202 and a `request-id`.
fn accepting_server() -> TestServer {
    let server = TestServer::start();
    server.reply("/", [Reply::status(202).header("request-id", REQUEST_ID)]);
    server
}

/// Sends `body` as a transfer of [`CALL_ID`] and returns the one request the server received.
async fn send_transfer(body: &TransferRequestBody) -> Recorded {
    let server = accepting_server();
    let client = support::client(&server);
    let accepted = client.communications().calls().by_id(CALL_ID).transfer(body).await.expect("transfer accepted");
    assert_eq!(accepted.status.as_u16(), 202);
    server.single_request()
}

/// Checks everything about a transfer request except the body bytes, one assert per condition.
fn assert_transfer_envelope(request: &Recorded) {
    assert_eq!(request.method, "POST");
    assert_eq!(request.target, TRANSFER_PATH);
    assert_eq!(request.header("authorization"), Some(format!("Bearer {TOKEN}").as_str()));
    assert_eq!(request.header("content-type"), Some("application/json"));
    assert_eq!(request.header("accept"), Some("application/json"));
    assert_eq!(request.header("user-agent"), Some(USER_AGENT));
    assert_eq!(request.header_count("client-request-id"), 1);
    let client_request_id = request.header("client-request-id").unwrap_or_default();
    assert!(Uuid::parse_str(client_request_id).is_ok(), "client-request-id {client_request_id:?} is not a UUID");
}

/// Checks that the body is exactly `expected` and passes the structural rules of a Graph body.
fn assert_body(request: &Recorded, expected: &str) {
    assert_eq!(request.body_text(), expected);

    let parsed: Value = serde_json::from_slice(&request.body).expect("the body is JSON");
    let problems = body_problems(&parsed);
    assert!(problems.nulls.is_empty(), "members written as null: {:?}", problems.nulls);
    assert!(problems.bad_annotations.is_empty(), "bad @odata.type values: {:?}", problems.bad_annotations);
    assert!(problems.dollar_keys.is_empty(), "keys starting with $: {:?}", problems.dollar_keys);
}

/// Returns a Teams user target with the members the documented examples send beside the
/// identity. The v1.0 schema does not declare `languageId` and `region`, so they are unknown members.
fn documented_user_target() -> InvitationParticipantInfo {
    let mut target = InvitationParticipantInfo::teams_user(USER_ID, TENANT_ID);
    target.endpoint_type = Some(EndpointType::Default);
    target.unknown_members.insert("languageId", json!("en-us"));
    target.unknown_members.insert("region", json!("amer"));
    target
}

#[tokio::test]
async fn transfer_to_teams_user() {
    let mut body = TransferRequestBody::new(documented_user_target());
    body.client_context = Some(CLIENT_CONTEXT.to_owned());

    let request = send_transfer(&body).await;

    assert_transfer_envelope(&request);
    assert_body(
        &request,
        r#"{"transferTarget":{"identity":{"user":{"id":"550fae72-d251-43ec-868c-373732c2704f","tenantId":"72f988bf-86f1-41af-91ab-2d7cd011db47"}},"endpointType":"default","languageId":"en-us","region":"amer"},"clientContext":"9e90d1c1-f61e-43e7-9f75-d420159aae08"}"#,
    );
}

#[tokio::test]
async fn transfer_consultative() {
    // The documented consultative example annotates every object, so this one is built from
    // the plain models with each annotation set.
    let mut user = Identity::new();
    user.odata_type = Some("#microsoft.graph.identity".into());
    user.id = Some(USER_ID.to_owned());
    user.display_name = Some("Heidi Steen".to_owned());
    user.unknown_members.insert("tenantId", json!(TENANT_ID));
    let mut identities = IdentitySet::new();
    identities.odata_type = Some("#microsoft.graph.identitySet".into());
    identities.user = Some(AnyIdentity::from(user));
    let mut target = InvitationParticipantInfo::new(identities);
    target.odata_type = Some("#microsoft.graph.invitationParticipantInfo".into());
    target.endpoint_type = Some(EndpointType::Default);
    target.replaces_call_id = Some(CONSULTATION_CALL_ID.to_owned());
    let mut body = TransferRequestBody::new(target);
    body.client_context = Some(CLIENT_CONTEXT.to_owned());

    let request = send_transfer(&body).await;

    assert_transfer_envelope(&request);
    assert_body(
        &request,
        r##"{"transferTarget":{"@odata.type":"#microsoft.graph.invitationParticipantInfo","identity":{"@odata.type":"#microsoft.graph.identitySet","user":{"@odata.type":"#microsoft.graph.identity","displayName":"Heidi Steen","id":"550fae72-d251-43ec-868c-373732c2704f","tenantId":"72f988bf-86f1-41af-91ab-2d7cd011db47"}},"replacesCallId":"e5d39592-99bd-4db8-bca8-30fb894ec51d","endpointType":"default"},"clientContext":"9e90d1c1-f61e-43e7-9f75-d420159aae08"}"##,
    );
}

#[tokio::test]
async fn transfer_to_phone() {
    let mut target = InvitationParticipantInfo::phone("+12345678901").expect("an E.164 number");
    target.endpoint_type = Some(EndpointType::Default);
    let mut body = TransferRequestBody::new(target);
    body.client_context = Some(CLIENT_CONTEXT.to_owned());

    let request = send_transfer(&body).await;

    // `phone` is declared by communicationsIdentitySet only, so the identity set carries the
    // derived type's annotation.
    assert_transfer_envelope(&request);
    assert_body(
        &request,
        r##"{"transferTarget":{"identity":{"@odata.type":"#microsoft.graph.communicationsIdentitySet","phone":{"id":"+12345678901"}},"endpointType":"default"},"clientContext":"9e90d1c1-f61e-43e7-9f75-d420159aae08"}"##,
    );
}

#[tokio::test]
async fn transfer_from_group_call() {
    let mut transferee =
        ParticipantInfo::new(AnyIdentitySet::teams_user("751f6800-3180-414d-bd94-333364659951", TENANT_ID));
    transferee.participant_id = Some("909c6581-5130-43e9-88f3-fcb3582cde37".to_owned());
    let mut body = TransferRequestBody::new(documented_user_target());
    body.transferee = Some(transferee);

    let request = send_transfer(&body).await;

    assert_transfer_envelope(&request);
    assert_body(
        &request,
        r#"{"transferTarget":{"identity":{"user":{"id":"550fae72-d251-43ec-868c-373732c2704f","tenantId":"72f988bf-86f1-41af-91ab-2d7cd011db47"}},"endpointType":"default","languageId":"en-us","region":"amer"},"transferee":{"identity":{"user":{"id":"751f6800-3180-414d-bd94-333364659951","tenantId":"72f988bf-86f1-41af-91ab-2d7cd011db47"}},"participantId":"909c6581-5130-43e9-88f3-fcb3582cde37"}}"#,
    );
}

#[tokio::test]
async fn get_call_decodes_body() {
    let server = TestServer::start();
    server.reply(
        "/",
        [Reply::json(200, r##"{"@odata.type":"#microsoft.graph.call","id":"341a0500-d4bf-4224-8b19-1581168d328b","state":"established","direction":"incoming"}"##)
            .header("request-id", REQUEST_ID)],
    );
    let client = support::client(&server);

    let response = client.communications().calls().by_id(CALL_ID).get().await.expect("call read");

    let request = server.single_request();
    assert_eq!(request.method, "GET");
    assert_eq!(request.target, CALL_PATH);
    assert_eq!(request.header("authorization"), Some(format!("Bearer {TOKEN}").as_str()));
    assert_eq!(request.header("accept"), Some("application/json"));
    assert_eq!(request.header("content-type"), None);
    assert!(request.body.is_empty(), "GET sent a body: {:?}", request.body_text());
    assert_eq!(response.status.as_u16(), 200);
    assert_eq!(response.request_id.as_deref(), Some(REQUEST_ID));
    assert_eq!(response.value.id.as_deref(), Some(CALL_ID));
    assert_eq!(response.value.state, Some(CallState::Established));
    assert_eq!(response.value.direction, Some(CallDirection::Incoming));
}

#[tokio::test]
async fn delete_call_sends_no_body() {
    let server = TestServer::start();
    server.reply("/", [Reply::status(204).header("request-id", REQUEST_ID)]);
    let client = support::client(&server);

    let response = client.communications().calls().by_id(CALL_ID).delete().await.expect("call deleted");

    let request = server.single_request();
    assert_eq!(request.method, "DELETE");
    assert_eq!(request.target, CALL_PATH);
    assert_eq!(request.header("authorization"), Some(format!("Bearer {TOKEN}").as_str()));
    assert_eq!(request.header("content-type"), None);
    assert!(request.body.is_empty(), "DELETE sent a body: {:?}", request.body_text());
    assert_eq!(response.status.as_u16(), 204);
    assert_eq!(response.request_id.as_deref(), Some(REQUEST_ID));
}

#[tokio::test]
async fn create_call_posts_and_decodes() {
    let server = TestServer::start();
    server.reply(
        "/",
        [Reply::json(
            201,
            r##"{"@odata.type":"#microsoft.graph.call","id":"2f1a0b00-9c8e-4b3e-a0b9-6f1e2d3c4b5a","state":"establishing","direction":"outgoing","callbackUri":"https://bot.contoso.com/callback","tenantId":"72f988bf-86f1-41af-91ab-2d7cd011db47"}"##,
        )],
    );
    let client = support::client(&server);
    let mut call = Call::new("https://bot.contoso.com/callback");
    call.targets = Some(vec![InvitationParticipantInfo::teams_user(USER_ID, TENANT_ID)]);
    call.requested_modalities = Some(vec![Modality::Audio]);
    call.tenant_id = Some(TENANT_ID.to_owned());

    let response = client.communications().calls().create(&call).await.expect("call created");

    let request = server.single_request();
    assert_eq!(request.method, "POST");
    assert_eq!(request.target, "/v1.0/communications/calls");
    assert_eq!(request.header("content-type"), Some("application/json"));
    assert_body(
        &request,
        r#"{"callbackUri":"https://bot.contoso.com/callback","requestedModalities":["audio"],"targets":[{"identity":{"user":{"id":"550fae72-d251-43ec-868c-373732c2704f","tenantId":"72f988bf-86f1-41af-91ab-2d7cd011db47"}}}],"tenantId":"72f988bf-86f1-41af-91ab-2d7cd011db47"}"#,
    );
    assert_eq!(response.status.as_u16(), 201);
    assert_eq!(response.value.id.as_deref(), Some("2f1a0b00-9c8e-4b3e-a0b9-6f1e2d3c4b5a"));
    assert_eq!(response.value.state, Some(CallState::Establishing));
    assert_eq!(response.value.direction, Some(CallDirection::Outgoing));
}

fn teams_user_body() -> TransferRequestBody {
    TransferRequestBody::new(InvitationParticipantInfo::teams_user(USER_ID, TENANT_ID))
}

#[tokio::test]
async fn path_reserved_characters_stay_one_segment() {
    let server = accepting_server();
    let client = support::client(&server);

    client.communications().calls().by_id("a/b?c#d%e f..g").transfer(&teams_user_body()).await.expect("accepted");

    assert_eq!(server.single_request().target, "/v1.0/communications/calls/a%2Fb%3Fc%23d%25e%20f..g/transfer");
}

#[tokio::test]
async fn path_escapes_non_ascii_as_utf8() {
    let server = accepting_server();
    let client = support::client(&server);

    client.communications().calls().by_id("anruf-ü").transfer(&teams_user_body()).await.expect("accepted");

    assert_eq!(server.single_request().target, "/v1.0/communications/calls/anruf-%C3%BC/transfer");
}

#[tokio::test]
async fn path_dot_and_empty_ids_rejected() {
    let server = accepting_server();
    let client = support::client(&server);

    for id in ["..", ".", ""] {
        let error = client.communications().calls().by_id(id).transfer(&teams_user_body()).await.expect_err(id);
        assert_eq!(error.kind(), ErrorKind::Validation, "id {id:?}: {error}");
        assert!(error.to_string().contains("path segment 2"), "id {id:?}: {error}");

        let error = client.communications().calls().by_id(id).get().await.expect_err(id);
        assert_eq!(error.kind(), ErrorKind::Validation, "GET with id {id:?}: {error}");
    }
    assert!(server.requests().is_empty(), "requests reached the server: {:#?}", server.requests());
}

#[tokio::test]
async fn path_beta_version() {
    let server = accepting_server();
    let client = support::builder(&server).api_version(ApiVersion::Beta).build().expect("client");

    client.communications().calls().by_id(CALL_ID).transfer(&teams_user_body()).await.expect("accepted");

    assert_eq!(
        server.single_request().target,
        "/beta/communications/calls/341a0500-d4bf-4224-8b19-1581168d328b/transfer"
    );
}

#[tokio::test]
async fn path_keeps_base_url_path() {
    let server = accepting_server();
    let base = server.url().join("/graph-proxy/").expect("a base URL with a path");
    let client = support::builder(&server).base_url(base).build().expect("client");

    client.communications().calls().by_id(CALL_ID).transfer(&teams_user_body()).await.expect("accepted");

    assert_eq!(
        server.single_request().target,
        "/graph-proxy/v1.0/communications/calls/341a0500-d4bf-4224-8b19-1581168d328b/transfer"
    );
}

#[tokio::test]
async fn path_deprecated_app_root() {
    let server = accepting_server();
    let client = support::client(&server);

    #[allow(deprecated)]
    let accepted = client.app().calls().by_id(CALL_ID).transfer(&teams_user_body()).await.expect("accepted");

    assert_eq!(accepted.status.as_u16(), 202);
    let request = server.single_request();
    assert_eq!(request.method, "POST");
    assert_eq!(request.target, "/v1.0/app/calls/341a0500-d4bf-4224-8b19-1581168d328b/transfer");
}

/// Sends a transfer to a server that returns `status` with an empty body and a `request-id`.
async fn transfer_answered_with(status: u16) -> (Client, TestServer, graph_calls::Response<()>) {
    let server = TestServer::start();
    server.reply("/", [Reply::status(status).header("request-id", REQUEST_ID)]);
    let client = support::client(&server);
    let response = client
        .communications()
        .calls()
        .by_id(CALL_ID)
        .transfer(&teams_user_body())
        .await
        .unwrap_or_else(|error| panic!("{status} should be success: {error}"));
    (client, server, response)
}

#[tokio::test]
async fn status_202_empty_is_success() {
    let (_client, server, response) = transfer_answered_with(202).await;

    let request = server.single_request();
    assert_eq!(response.status.as_u16(), 202);
    assert_eq!(response.request_id.as_deref(), Some(REQUEST_ID));
    assert_eq!(Some(response.client_request_id.as_str()), request.header("client-request-id"));
    assert_eq!(response.attempts, 1);
}

#[tokio::test]
async fn status_204_empty_is_success() {
    let (_client, server, response) = transfer_answered_with(204).await;

    let request = server.single_request();
    assert_eq!(response.status.as_u16(), 204);
    assert_eq!(response.request_id.as_deref(), Some(REQUEST_ID));
    assert_eq!(Some(response.client_request_id.as_str()), request.header("client-request-id"));
    assert_eq!(response.attempts, 1);
}

#[tokio::test]
async fn client_request_id_differs_per_call() {
    let server = accepting_server();
    let client = support::client(&server);

    let first = client.communications().calls().by_id(CALL_ID).transfer(&teams_user_body()).await.expect("first");
    let second = client.communications().calls().by_id(CALL_ID).transfer(&teams_user_body()).await.expect("second");

    assert_ne!(first.client_request_id, second.client_request_id);
}

#[tokio::test]
async fn validation_client_context_too_long() {
    let server = accepting_server();
    let client = support::client(&server);
    let mut body = teams_user_body();
    // 257 characters of two bytes each: the limit counts characters, not bytes.
    body.client_context = Some("é".repeat(257));

    let error = client.communications().calls().by_id(CALL_ID).transfer(&body).await.expect_err("too long");

    assert_eq!(error.kind(), ErrorKind::Validation);
    let validation = error.validation_error().expect("validation details");
    assert_eq!(validation.path(), "clientContext");
    assert_eq!(validation.kind(), &ValidationErrorKind::TooLong { max_length: 256, length: 257 });
    let message = error.to_string();
    assert!(message.contains("`clientContext`"), "the error does not name the member: {message}");
    assert!(server.requests().is_empty(), "requests reached the server: {:#?}", server.requests());
}

#[tokio::test]
async fn validation_client_context_at_limit_is_sent() {
    let server = accepting_server();
    let client = support::client(&server);
    let mut body = teams_user_body();
    body.client_context = Some("é".repeat(256));

    client.communications().calls().by_id(CALL_ID).transfer(&body).await.expect("256 characters are allowed");

    assert_eq!(server.requests().len(), 1);
}

#[tokio::test]
async fn validation_empty_target_identity() {
    let server = accepting_server();
    let client = support::client(&server);
    let body = TransferRequestBody::new(InvitationParticipantInfo::new(IdentitySet::new()));

    let error = client.communications().calls().by_id(CALL_ID).transfer(&body).await.expect_err("empty identity");

    assert_eq!(error.kind(), ErrorKind::Validation);
    let validation = error.validation_error().expect("validation details");
    assert_eq!(validation.path(), "transferTarget.identity");
    assert_eq!(validation.kind(), &ValidationErrorKind::Empty);
    let message = error.to_string();
    assert!(message.contains("`transferTarget.identity`"), "the error does not name the member: {message}");
    assert!(server.requests().is_empty(), "requests reached the server: {:#?}", server.requests());
}
