//! The endpoints generated for the `paths` fixture send the requests the schema describes and
//! decode each kind of action result: an entity, a wrapped collection, a wrapped primitive and
//! a stream.

use std::sync::{Arc, Mutex};

use axum::Router;
use axum::body::Bytes;
use axum::http::{StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use graph_calls::Client;
use graph_calls::auth::StaticToken;
use graph_calls_tests::golden::paths::endpoints::ExampleService as _;
use graph_calls_tests::golden::paths::{AnyCall, InviteRequestBody, Target};

type Seen = Arc<Mutex<Vec<(String, String)>>>;

/// Starts a server that responds to each path with a fixed body and records method and path.
async fn start() -> (Client, Seen) {
    let seen: Seen = Arc::default();
    let record = seen.clone();
    let router = Router::new().fallback(move |method: axum::http::Method, uri: Uri, _body: Bytes| {
        let record = record.clone();
        async move {
            record.lock().expect("lock").push((method.to_string(), uri.path().to_owned()));
            let json = |text: &'static str| ([("content-type", "application/json")], text).into_response();
            let response: Response = match uri.path() {
                "/v1.0/communications/calls/c1" => json(r##"{"@odata.type": "#example.graph.groupCall", "id": "c1", "size": 3}"##),
                "/v1.0/communications/calls/c1/listTargets" => {
                    json(r#"{"@odata.context": "https://graph.example/$metadata#Collection(example.graph.target)", "value": [{"id": "a"}, {"id": "b"}]}"#)
                }
                "/v1.0/communications/calls/c1/countParticipants" => json(r#"{"value": 3}"#),
                "/v1.0/communications/calls/c1/settings/exportRecording" => (StatusCode::OK, Bytes::from_static(b"\x00\x01binary")).into_response(),
                "/v1.0/communications/calls/c1/participants/invite" => json(r#"{"id": "r1", "invited": 2}"#),
                _ => StatusCode::NO_CONTENT.into_response(),
            };
            response
        }
    });
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let address = listener.local_addr().expect("address");
    tokio::spawn(async move { axum::serve(listener, router).await });
    let client = Client::builder()
        .base_url(format!("http://{address}").parse().expect("url"))
        .token_provider(StaticToken::new("token"))
        .build()
        .expect("client");
    (client, seen)
}

#[tokio::test]
async fn get_decodes_derived_entity() {
    let (client, seen) = start().await;
    let response = client.communications().calls().by_id("c1").get().await.expect("get");
    let AnyCall::GroupCall(call) = response.value else { panic!("expected a group call") };
    assert_eq!(call.size, Some(3));
    assert_eq!(seen.lock().expect("lock")[0], ("GET".to_owned(), "/v1.0/communications/calls/c1".to_owned()));
}

#[tokio::test]
async fn collection_result_is_unwrapped() {
    let (client, _) = start().await;
    let targets = client.communications().calls().by_id("c1").list_targets().await.expect("list");
    let ids: Vec<_> = targets.value.iter().map(|target| target.id.as_deref()).collect();
    assert_eq!(ids, [Some("a"), Some("b")]);
}

#[tokio::test]
async fn primitive_result_is_unwrapped() {
    let (client, _) = start().await;
    let count = client.communications().calls().by_id("c1").count_participants().await.expect("count");
    assert_eq!(count.value, 3);
}

#[tokio::test]
async fn stream_result_is_bytes() {
    let (client, seen) = start().await;
    let bytes = client.communications().calls().by_id("c1").settings().export_recording().await.expect("export");
    assert_eq!(&bytes.value[..], b"\x00\x01binary");
    assert_eq!(
        seen.lock().expect("lock")[0],
        ("POST".to_owned(), "/v1.0/communications/calls/c1/settings/exportRecording".to_owned())
    );
}

#[tokio::test]
async fn collection_bound_action_posts_to_collection() {
    let (client, seen) = start().await;
    let body = InviteRequestBody::new(vec![Target::new("a"), Target::new("b")]);
    let result = client.communications().calls().by_id("c1").participants().invite(&body).await.expect("invite");
    assert_eq!(result.value.invited, Some(2));
    assert_eq!(seen.lock().expect("lock")[0].1, "/v1.0/communications/calls/c1/participants/invite");
}

#[tokio::test]
async fn action_on_base_type_reaches_every_entity() {
    let (client, seen) = start().await;
    client.communications().calls().by_id("c1").participants().by_id("p1").ping().await.expect("ping");
    assert_eq!(seen.lock().expect("lock")[0].1, "/v1.0/communications/calls/c1/participants/p1/ping");
}

#[tokio::test]
async fn deprecated_root_still_works() {
    let (client, seen) = start().await;
    #[allow(deprecated)]
    client.legacy_calls().by_id("c1").keep_alive().await.expect("keep alive");
    assert_eq!(seen.lock().expect("lock")[0].1, "/v1.0/legacyCalls/c1/keepAlive");
}

#[tokio::test]
async fn bodyless_action_sends_zero_length() {
    let lengths: Arc<Mutex<Vec<Option<String>>>> = Arc::default();
    let record = lengths.clone();
    let router = Router::new().fallback(move |headers: axum::http::HeaderMap| {
        let record = record.clone();
        async move {
            let length = headers.get("content-length").and_then(|value| value.to_str().ok()).map(str::to_owned);
            record.lock().expect("lock").push(length);
            StatusCode::NO_CONTENT
        }
    });
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let address = listener.local_addr().expect("address");
    tokio::spawn(async move { axum::serve(listener, router).await });
    let client = Client::builder()
        .base_url(format!("http://{address}").parse().expect("url"))
        .token_provider(StaticToken::new("token"))
        .build()
        .expect("client");

    client.communications().calls().by_id("c1").keep_alive().await.expect("keep alive");
    assert_eq!(lengths.lock().expect("lock").as_slice(), [Some("0".to_owned())]);
}
