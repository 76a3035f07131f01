//! The `graph_request` span and its fields, and that no span or event shows the bearer token
//! or the client secret.

mod support;

use std::collections::HashMap;
use std::fmt;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use graph_calls::auth::ClientCredentials;
use graph_calls::client::{Client, RetryPolicy};
use graph_calls::endpoints::GraphService as _;
use graph_calls::models::{InvitationParticipantInfo, TransferRequestBody};
use support::{Reply, TestServer};
use tracing::field::{Field, Visit};
use tracing::span::{Attributes, Id, Record};
use tracing::{Event, Subscriber};
use tracing_subscriber::Layer;
use tracing_subscriber::layer::{Context, SubscriberExt as _};
use tracing_subscriber::registry::LookupSpan;

const TENANT_ID: &str = "72f988bf-86f1-41af-91ab-2d7cd011db47";
const CLIENT_SECRET: &str = "tracing-test-client-secret-9d1e";
const ACCESS_TOKEN: &str = "tracing-test-access-token-47b2";
const TOKEN_PATH: &str = "/72f988bf-86f1-41af-91ab-2d7cd011db47/oauth2/v2.0/token";
const REQUEST_ID: &str = "20000000-0000-0000-0000-00000000beef";
const CALL_ID: &str = "341a0500-d4bf-4224-8b19-1581168d328b";

/// A span with the last value recorded for each field.
#[derive(Debug, Clone)]
struct SpanRecord {
    name: &'static str,
    fields: HashMap<&'static str, String>,
}

/// An event's fields, the message included.
#[derive(Debug, Clone)]
struct EventRecord {
    fields: HashMap<&'static str, String>,
}

#[derive(Debug, Default)]
struct Recorded {
    spans: Vec<SpanRecord>,
    /// Index into `spans` of each open span.
    open: HashMap<u64, usize>,
    events: Vec<EventRecord>,
}

/// A layer that keeps every span and event with its fields as text.
#[derive(Debug, Clone, Default)]
struct Recorder {
    recorded: Arc<Mutex<Recorded>>,
}

impl Recorder {
    fn recorded(&self) -> MutexGuard<'_, Recorded> {
        self.recorded.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

struct FieldsAsText<'a>(&'a mut HashMap<&'static str, String>);

impl Visit for FieldsAsText<'_> {
    fn record_str(&mut self, field: &Field, value: &str) {
        self.0.insert(field.name(), value.to_owned());
    }

    fn record_debug(&mut self, field: &Field, value: &dyn fmt::Debug) {
        self.0.insert(field.name(), format!("{value:?}"));
    }
}

impl<S: Subscriber + for<'lookup> LookupSpan<'lookup>> Layer<S> for Recorder {
    fn on_new_span(&self, attributes: &Attributes<'_>, id: &Id, _context: Context<'_, S>) {
        let mut span = SpanRecord { name: attributes.metadata().name(), fields: HashMap::new() };
        attributes.record(&mut FieldsAsText(&mut span.fields));
        let mut recorded = self.recorded();
        recorded.spans.push(span);
        let index = recorded.spans.len() - 1;
        recorded.open.insert(id.into_u64(), index);
    }

    fn on_record(&self, id: &Id, values: &Record<'_>, _context: Context<'_, S>) {
        let mut recorded = self.recorded();
        let Some(&index) = recorded.open.get(&id.into_u64()) else {
            return;
        };
        values.record(&mut FieldsAsText(&mut recorded.spans[index].fields));
    }

    fn on_event(&self, event: &Event<'_>, _context: Context<'_, S>) {
        let mut fields = HashMap::new();
        event.record(&mut FieldsAsText(&mut fields));
        self.recorded().events.push(EventRecord { fields });
    }

    fn on_close(&self, id: Id, _context: Context<'_, S>) {
        self.recorded().open.remove(&id.into_u64());
    }
}

fn client_with_credentials(server: &TestServer, retry: RetryPolicy) -> Client {
    let credentials = ClientCredentials::new(TENANT_ID, "client-id", CLIENT_SECRET)
        .authority(server.url())
        .scope("https://graph.microsoft.com/.default");
    Client::builder()
        .base_url(server.url())
        .token_provider(credentials)
        .retry_policy(retry)
        .timeout(None)
        .connect_timeout(None)
        .build()
        .expect("client")
}

fn token_reply() -> Reply {
    Reply::json(200, &format!(r#"{{"token_type":"Bearer","expires_in":3599,"access_token":"{ACCESS_TOKEN}"}}"#))
}

fn transfer_body() -> TransferRequestBody {
    TransferRequestBody::new(InvitationParticipantInfo::teams_user("user-id", TENANT_ID))
}

/// Returns the only `graph_request` span, failing the test when there is not exactly one.
fn graph_request_span(recorder: &Recorder) -> SpanRecord {
    let spans: Vec<SpanRecord> =
        recorder.recorded().spans.iter().filter(|span| span.name == "graph_request").cloned().collect();
    assert_eq!(spans.len(), 1, "expected one graph_request span, found {spans:#?}");
    spans[0].clone()
}

#[tokio::test]
async fn span_fields_of_transfer() {
    let recorder = Recorder::default();
    let _guard = tracing::subscriber::set_default(tracing_subscriber::registry().with(recorder.clone()));
    let server = TestServer::start();
    server.reply(TOKEN_PATH, [token_reply()]).reply("/v1.0/", [Reply::status(202).header("request-id", REQUEST_ID)]);
    let client = client_with_credentials(&server, RetryPolicy::default());

    let response = client.communications().calls().by_id(CALL_ID).transfer(&transfer_body()).await.expect("accepted");

    let span = graph_request_span(&recorder);
    let field = |name: &str| span.fields.get(name).map(String::as_str);
    assert_eq!(field("method"), Some("POST"));
    assert_eq!(field("path"), Some("/communications/calls/{call-id}/transfer"));
    assert_eq!(field("status"), Some("202"));
    assert_eq!(field("attempt"), Some("1"));
    assert_eq!(field("request_id"), Some(REQUEST_ID));
    assert_eq!(field("client_request_id"), Some(response.client_request_id.as_str()));
}

#[tokio::test(start_paused = true)]
async fn span_attempt_counts_retries() {
    let recorder = Recorder::default();
    let _guard = tracing::subscriber::set_default(tracing_subscriber::registry().with(recorder.clone()));
    let server = TestServer::start();
    server.reply(TOKEN_PATH, [token_reply()]).reply(
        "/v1.0/",
        [Reply::status(503).header("retry-after", "1"), Reply::status(202).header("request-id", REQUEST_ID)],
    );
    let client = client_with_credentials(&server, RetryPolicy::default());

    client.communications().calls().by_id(CALL_ID).transfer(&transfer_body()).await.expect("accepted on retry");

    let span = graph_request_span(&recorder);
    assert_eq!(span.fields.get("attempt").map(String::as_str), Some("2"));
    assert_eq!(span.fields.get("status").map(String::as_str), Some("202"));
    let retry_events = recorder.recorded().events.iter().filter(|event| event.fields.contains_key("wait_ms")).count();
    assert_eq!(retry_events, 1, "expected one event for the one retry");
}

#[tokio::test(start_paused = true)]
async fn traces_hide_token_and_secret() {
    let recorder = Recorder::default();
    let _guard = tracing::subscriber::set_default(tracing_subscriber::registry().with(recorder.clone()));
    let server = TestServer::start();
    server.reply(TOKEN_PATH, [token_reply()]).reply(
        "/v1.0/",
        [
            Reply::status(429).header("retry-after", "1"),
            Reply::json(403, r#"{"error":{"code":"Forbidden","message":"denied"}}"#),
        ],
    );
    let client = client_with_credentials(&server, RetryPolicy::default());

    // A retry and a failure, so that the retry and failure events are recorded too.
    let error = client.communications().calls().by_id(CALL_ID).transfer(&transfer_body()).await.expect_err("403");

    assert_eq!(error.status().map(|status| status.as_u16()), Some(403));
    let recorded = recorder.recorded();
    assert!(!recorded.events.is_empty(), "no events were recorded, so the check below would prove nothing");
    let values = recorded
        .spans
        .iter()
        .flat_map(|span| span.fields.values())
        .chain(recorded.events.iter().flat_map(|event| event.fields.values()));
    for value in values {
        assert!(!value.contains(ACCESS_TOKEN), "a trace field shows the access token: {value}");
        assert!(!value.contains(CLIENT_SECRET), "a trace field shows the client secret: {value}");
    }
}
