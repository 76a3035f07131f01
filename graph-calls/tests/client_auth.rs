//! `ClientCredentials` against a token endpoint on the test server: the token request, one
//! token shared by concurrent requests, refresh before expiry, a rejected secret, and `Debug`
//! output that never shows a secret.

mod support;

use std::time::Duration;

use graph_calls::auth::{AccessToken, ClientCredentials, TokenError};
use graph_calls::client::Client;
use graph_calls::endpoints::GraphService as _;
use graph_calls::models::{InvitationParticipantInfo, TransferRequestBody};
use graph_calls::{Error, ErrorKind, Response};
use support::{Reply, TestServer};

const TENANT_ID: &str = "72f988bf-86f1-41af-91ab-2d7cd011db47";
const CLIENT_ID: &str = "a3c1f1e4-5e1c-4a8e-9f3e-0d5b7c2a9e11";
/// Has characters that form encoding must escape.
const CLIENT_SECRET: &str = "Qx8~s3cr3t+/=&value";
const SCOPE: &str = "https://graph.microsoft.com/.default";
const TOKEN_PATH: &str = "/72f988bf-86f1-41af-91ab-2d7cd011db47/oauth2/v2.0/token";
const CALL_ID: &str = "341a0500-d4bf-4224-8b19-1581168d328b";

fn token_reply(access_token: &str, expires_in: u64) -> Reply {
    Reply::json(200, &format!(r#"{{"token_type":"Bearer","expires_in":{expires_in},"access_token":"{access_token}"}}"#))
}

fn credentials(server: &TestServer) -> ClientCredentials {
    ClientCredentials::new(TENANT_ID, CLIENT_ID, CLIENT_SECRET).authority(server.url()).scope(SCOPE)
}

fn client_with_credentials(server: &TestServer) -> Client {
    Client::builder()
        .base_url(server.url())
        .token_provider(credentials(server))
        .timeout(None)
        .connect_timeout(None)
        .build()
        .expect("client")
}

async fn transfer(client: &Client) -> Result<Response<()>, Error> {
    let body = TransferRequestBody::new(InvitationParticipantInfo::teams_user("user-id", TENANT_ID));
    client.communications().calls().by_id(CALL_ID).transfer(&body).await
}

/// Returns the `authorization` header of every request that reached Graph's paths.
fn graph_authorizations(server: &TestServer) -> Vec<String> {
    server
        .requests_to("/v1.0/")
        .iter()
        .map(|request| request.header("authorization").unwrap_or_default().to_owned())
        .collect()
}

#[tokio::test]
async fn token_request_form() {
    let server = TestServer::start();
    server.reply(TOKEN_PATH, [token_reply("token-one", 3599)]).reply("/v1.0/", [Reply::status(202)]);
    let client = client_with_credentials(&server);

    transfer(&client).await.expect("transfer accepted");

    let token_requests = server.requests_to(TOKEN_PATH);
    assert_eq!(token_requests.len(), 1);
    let request = &token_requests[0];
    assert_eq!(request.method, "POST");
    assert_eq!(request.target, TOKEN_PATH);
    assert_eq!(request.header("content-type"), Some("application/x-www-form-urlencoded"));
    let form: Vec<(String, String)> = url::form_urlencoded::parse(&request.body).into_owned().collect();
    let value = |name: &str| form.iter().find(|(key, _)| key == name).map(|(_, value)| value.as_str());
    assert_eq!(value("client_id"), Some(CLIENT_ID));
    assert_eq!(value("client_secret"), Some(CLIENT_SECRET));
    assert_eq!(value("scope"), Some(SCOPE));
    assert_eq!(value("grant_type"), Some("client_credentials"));
    assert_eq!(form.len(), 4, "unexpected form fields: {form:?}");
    assert_eq!(graph_authorizations(&server), ["Bearer token-one"]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn token_shared_by_concurrent_requests() {
    // The token endpoint replies slowly so that all 50 requests ask for a token while the
    // first fetch is still running.
    let server = TestServer::start();
    server
        .reply(TOKEN_PATH, [token_reply("shared-token", 3599).delay(Duration::from_millis(200))])
        .reply("/v1.0/", [Reply::status(202)]);
    let client = client_with_credentials(&server);

    let mut tasks = tokio::task::JoinSet::new();
    for _ in 0..50 {
        let client = client.clone();
        tasks.spawn(async move { transfer(&client).await.map(|response| response.status) });
    }
    let mut accepted = 0;
    while let Some(outcome) = tasks.join_next().await {
        outcome.expect("the task did not panic").expect("transfer accepted");
        accepted += 1;
    }

    assert_eq!(accepted, 50);
    assert_eq!(server.requests_to(TOKEN_PATH).len(), 1);
    let authorizations = graph_authorizations(&server);
    assert_eq!(authorizations.len(), 50);
    assert!(authorizations.iter().all(|header| header == "Bearer shared-token"), "{authorizations:?}");
}

#[tokio::test(start_paused = true)]
async fn token_refreshed_before_expiry() {
    // A token living 600 s is replaced at half its lifetime, 300 s after it arrived.
    let server = TestServer::start();
    server
        .reply(TOKEN_PATH, [token_reply("token-one", 600), token_reply("token-two", 600)])
        .reply("/v1.0/", [Reply::status(202)]);
    let client = client_with_credentials(&server);

    transfer(&client).await.expect("first transfer");
    tokio::time::advance(Duration::from_secs(299)).await;
    transfer(&client).await.expect("transfer before the refresh point");
    let token_requests_before = server.requests_to(TOKEN_PATH).len();
    tokio::time::advance(Duration::from_secs(2)).await;
    transfer(&client).await.expect("transfer after the refresh point");

    assert_eq!(token_requests_before, 1, "refreshed before the refresh point");
    assert_eq!(server.requests_to(TOKEN_PATH).len(), 2, "not refreshed 301 s into a 600 s token");
    assert_eq!(graph_authorizations(&server), ["Bearer token-one", "Bearer token-one", "Bearer token-two"]);
}

#[tokio::test]
async fn token_endpoint_rejects_secret() {
    let server = TestServer::start();
    server
        .reply(
            TOKEN_PATH,
            [Reply::json(
                400,
                r#"{"error":"invalid_client","error_description":"AADSTS7000215: Invalid client secret provided."}"#,
            )],
        )
        .reply("/v1.0/", [Reply::status(202)]);
    let client = client_with_credentials(&server);

    let error = transfer(&client).await.expect_err("no token");

    assert_eq!(error.kind(), ErrorKind::Token);
    let Some(TokenError::Rejected { status, error: code, description, .. }) = error.token_error() else {
        panic!("expected a rejected token request, found {error:?}");
    };
    assert_eq!(status.as_u16(), 400);
    assert_eq!(code.as_deref(), Some("invalid_client"));
    assert_eq!(description.as_deref(), Some("AADSTS7000215: Invalid client secret provided."));
    let message = error.to_string();
    assert!(message.contains("invalid_client"), "{message}");
    assert!(!format!("{error:?}").contains(CLIENT_SECRET), "{error:?}");
    assert!(server.requests_to("/v1.0/").is_empty(), "a request reached Graph without a token");
}

#[tokio::test]
async fn token_response_without_expiry_rejected() {
    let server = TestServer::start();
    server
        .reply(TOKEN_PATH, [Reply::json(200, r#"{"token_type":"Bearer","access_token":"token-one"}"#)])
        .reply("/v1.0/", [Reply::status(202)]);
    let client = client_with_credentials(&server);

    let error = transfer(&client).await.expect_err("no usable token");

    assert_eq!(error.kind(), ErrorKind::Token);
    assert!(matches!(error.token_error(), Some(TokenError::InvalidResponse { .. })), "{error:?}");
    assert!(server.requests_to("/v1.0/").is_empty(), "a request reached Graph without a token");
}

#[tokio::test]
async fn debug_hides_secrets() {
    let server = TestServer::start();
    server
        .reply(TOKEN_PATH, [token_reply("token-visible-only-on-the-wire", 3599)])
        .reply("/v1.0/", [Reply::status(202)]);
    let credentials = credentials(&server);
    let client = Client::builder().base_url(server.url()).token_provider(credentials.clone()).build().expect("client");
    // After one request the credentials hold a cached token.
    transfer(&client).await.expect("transfer accepted");
    let static_client = support::client(&server);

    let outputs = [
        ("client", format!("{client:?}")),
        ("credentials", format!("{credentials:?}")),
        ("access token", format!("{:?}", AccessToken::new("token-visible-only-on-the-wire"))),
        ("client with a static token", format!("{static_client:?}")),
    ];

    for (what, output) in &outputs {
        assert!(!output.contains(CLIENT_SECRET), "Debug of the {what} shows the client secret: {output}");
        assert!(!output.contains("token-visible-only-on-the-wire"), "Debug of the {what} shows the token: {output}");
        assert!(!output.contains(support::TOKEN), "Debug of the {what} shows the token: {output}");
    }
}

#[tokio::test]
async fn token_huge_lifetime_accepted() {
    // An expires_in far beyond any clock's range must not overflow the refresh time.
    let server = TestServer::start();
    server.reply(TOKEN_PATH, [token_reply("token-one", u64::MAX)]).reply("/v1.0/", [Reply::status(202)]);
    let client = client_with_credentials(&server);

    transfer(&client).await.expect("first transfer");
    transfer(&client).await.expect("second transfer");

    assert_eq!(server.requests_to(TOKEN_PATH).len(), 1);
    assert_eq!(graph_authorizations(&server), ["Bearer token-one", "Bearer token-one"]);
}
