//! The webhook's tracing span carries the chain and message ids, and never the token. It has
//! a test binary of its own because tracing caches callsite interest per process, which
//! tests without a subscriber running at the same time would spoil.

mod webhook_support;

use std::sync::{Arc, Mutex};

use graph_calls::notifications::WebhookConfig;
use serde_json::Value;
use webhook_support::{call_body, start};

/// Records the fields of `webhook` spans.
#[derive(Clone, Default)]
struct SpanFields(Arc<Mutex<Vec<(String, String)>>>);

impl<S: tracing::Subscriber> tracing_subscriber::Layer<S> for SpanFields {
    fn on_new_span(
        &self,
        attributes: &tracing::span::Attributes<'_>,
        _: &tracing::span::Id,
        _: tracing_subscriber::layer::Context<'_, S>,
    ) {
        if attributes.metadata().name() != "webhook" {
            return;
        }
        struct Collect<'a>(&'a mut Vec<(String, String)>);
        impl tracing::field::Visit for Collect<'_> {
            fn record_debug(&mut self, field: &tracing::field::Field, value: &dyn std::fmt::Debug) {
                self.0.push((field.name().to_owned(), format!("{value:?}")));
            }
            fn record_str(&mut self, field: &tracing::field::Field, value: &str) {
                self.0.push((field.name().to_owned(), value.to_owned()));
            }
        }
        let mut fields = self.0.lock().expect("lock");
        attributes.record(&mut Collect(&mut fields));
    }
}

#[tokio::test]
async fn chain_id_goes_into_span() {
    use tracing_subscriber::layer::SubscriberExt;

    let fields = SpanFields::default();
    let subscriber = tracing_subscriber::registry().with(fields.clone());
    let _guard = tracing::subscriber::set_default(subscriber);

    let harness = start(WebhookConfig::default()).await;
    let response = harness
        .http
        .post(&harness.url)
        .bearer_auth(&harness.token)
        .header("x-microsoft-skype-chain-id", "chain-42")
        .header("x-microsoft-skype-message-id", "message-7")
        .body(call_body("c1", "established"))
        .send()
        .await
        .expect("answers");
    assert_eq!(response.status(), 202);
    let recorded = fields.0.lock().expect("lock").clone();
    assert!(recorded.contains(&("chain_id".to_owned(), "chain-42".to_owned())), "{recorded:?}");
    assert!(recorded.contains(&("message_id".to_owned(), "message-7".to_owned())), "{recorded:?}");
    let value: Value = serde_json::to_value(&recorded).expect("json");
    assert!(!value.to_string().contains(&harness.token), "the token never reaches a span");
}
