//! Shared setup of the end-to-end tests: the Graph calls emulator, a webhook listener on
//! 127.0.0.1 that verifies the emulator's signed notifications and feeds a `CallTracker`, and a
//! `Client` that gets its tokens from the emulator with client credentials.

use std::time::Duration;

use graph_calls::auth::{ClientCredentials, TokenProvider as _};
use graph_calls::client::{ApiVersion, Client, Cloud};
use graph_calls::endpoints::GraphService as _;
use graph_calls::models::{
    AnyIdentitySet, Call, CallState, InvitationParticipantInfo, Modality, ParticipantInfo, ServiceHostedMediaConfig,
    TransferRequestBody,
};
use graph_calls::notifications::verify::{Verifier, VerifierConfig};
use graph_calls::notifications::{
    CallEvent, CallTracker, PendingTransfer, TrackerConfig, TransferOutcome, TransferResult, Webhook, WebhookConfig,
};
use graph_calls_emulator::{App, CallSource, Emulator, EmulatorConfig, RecordedNotification, RecordedRequest};
use tokio::sync::{broadcast, watch};
use tokio::task::JoinHandle;
use url::Url;

/// How long a test waits for an event that notifications cause before it fails. It only guards
/// against a hang; no test measures time with it.
pub const EVENT_TIMEOUT: Duration = Duration::from_secs(30);

/// The path the webhook listener serves.
pub const WEBHOOK_PATH: &str = "/api/calls";

/// The Teams user the emulated calls connect to when they are created.
pub const CALLEE_USER_ID: &str = "8d0a8f28-6b3c-4f2a-9e4e-7f1c52c4a1b0";
/// The Teams user that successful transfers go to.
pub const TARGET_USER_ID: &str = "550fae72-d251-43ec-868c-373732c2704f";
/// The application instance that calls placed as an instance act for.
pub const INSTANCE_ID: &str = "2d1e1b1b-0c36-4e0a-9fae-1f56ba5d0c3d";
/// The phone number that phone transfers go to, in E.164 form.
pub const PHONE_NUMBER: &str = "+12345678901";
/// The `clientContext` of the transfers the helpers build.
pub const CLIENT_CONTEXT: &str = "end-to-end-test";

/// The `resultInfo.message` the emulator sends when a target cannot be reached.
pub const UNREACHABLE_MESSAGE: &str = "Transfer failed: the target could not be reached.";
/// The `resultInfo.message` the emulator sends when a consultative transfer fails.
pub const CONSULTATIVE_FAILED_MESSAGE: &str = "Consultative transfer failed: the replaced call is not active.";

/// The states the tracker publishes for a call created through the API and then transferred.
pub const COMPLETED_STATES: [CallState; 5] = [
    CallState::Establishing,
    CallState::Established,
    CallState::Transferring,
    CallState::TransferAccepted,
    CallState::Terminated,
];
/// The states the tracker publishes for a call created through the API whose transfer failed.
pub const FAILED_STATES: [CallState; 4] =
    [CallState::Establishing, CallState::Established, CallState::Transferring, CallState::Established];

/// Every event the tracker published, in order, and how many a slow recorder missed.
#[derive(Debug, Clone, Default)]
struct EventLog {
    events: Vec<CallEvent>,
    missed: u64,
}

/// A running emulator, webhook listener, tracker and client.
#[derive(Debug)]
pub struct Harness {
    pub emulator: Emulator,
    pub tracker: CallTracker,
    /// A v1.0 client of the bot app.
    pub client: Client,
    /// The webhook URL that calls name as `callbackUri`.
    pub callback_url: Url,
    /// A plain HTTP client, for requests the typed client cannot make.
    pub http: reqwest::Client,
    log: watch::Receiver<EventLog>,
    tasks: Vec<JoinHandle<()>>,
}

impl Drop for Harness {
    fn drop(&mut self) {
        for task in &self.tasks {
            task.abort();
        }
    }
}

/// Returns the tracker settings of the harness: the defaults, with [`EVENT_TIMEOUT`] as the
/// transfer timeout so that a lost outcome fails the test instead of waiting 90 s.
pub fn tracker_config() -> TrackerConfig {
    let mut config = TrackerConfig::default();
    config.transfer_timeout = EVENT_TIMEOUT;
    config
}

impl Harness {
    /// Starts everything with the emulator's default settings.
    pub async fn start() -> Self {
        Self::start_with(EmulatorConfig::default(), tracker_config()).await
    }

    /// Starts the emulator with `emulator_config`, then the webhook listener with a tracker
    /// configured by `tracker_config`, and builds a client for the first configured app.
    pub async fn start_with(emulator_config: EmulatorConfig, tracker_config: TrackerConfig) -> Self {
        let emulator = Emulator::start(emulator_config).await.expect("the emulator starts");
        let bot = emulator.bot_app().clone();

        let verifier_config =
            VerifierConfig::new(&bot.client_id).openid_configuration_url(emulator.openid_configuration_url());
        let verifier = Verifier::new(verifier_config).expect("the verifier settings are valid");
        let tracker = CallTracker::new(tracker_config);
        let (log, recorder) = record_events(tracker.subscribe());

        let webhook = Webhook::new(verifier, tracker.clone(), WebhookConfig::default());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("the webhook listener binds");
        let address = listener.local_addr().expect("the webhook listener has an address");
        let router = webhook.router(WEBHOOK_PATH);
        let server = tokio::spawn(async move {
            axum::serve(listener, router).await.expect("the webhook listener serves until the test ends");
        });
        let callback_url = Url::parse(&format!("http://{address}{WEBHOOK_PATH}")).expect("the webhook URL is valid");

        let client = client_for(&emulator, &bot, ApiVersion::V1);
        Self {
            emulator,
            tracker,
            client,
            callback_url,
            http: reqwest::Client::new(),
            log,
            tasks: vec![recorder, server],
        }
    }

    /// Returns the client-credentials provider of `app` against the emulator.
    pub fn credentials(&self, app: &App) -> ClientCredentials {
        credentials_for(&self.emulator, app)
    }

    /// Builds a client that authenticates as `app` and sends requests with `version`.
    pub fn client_for(&self, app: &App, version: ApiVersion) -> Client {
        client_for(&self.emulator, app, version)
    }

    /// Requests an access token for the bot app from the emulator's token endpoint.
    pub async fn bot_token(&self) -> String {
        let token = self.credentials(self.emulator.bot_app()).token().await.expect("the emulator issues a token");
        token.secret().to_owned()
    }

    /// Returns the tenant of the emulated calls.
    pub fn tenant_id(&self) -> String {
        self.emulator.tenant_id().to_owned()
    }

    /// Creates a call with the bot's v1.0 client and waits until it is established.
    pub async fn create_established_call(&self, source: CallSource) -> String {
        self.create_established_call_with(&self.client, source).await
    }

    /// Creates a call with `client`, acting for an application instance when `source` is
    /// `ApplicationInstance`, and waits until the tracker has seen its `established` notification.
    pub async fn create_established_call_with(&self, client: &Client, source: CallSource) -> String {
        let tenant_id = self.tenant_id();
        let mut call = Call::new(self.callback_url.as_str());
        call.requested_modalities = Some(vec![Modality::Audio]);
        call.media_config = Some(ServiceHostedMediaConfig::new().into());
        call.targets = Some(vec![InvitationParticipantInfo::teams_user(CALLEE_USER_ID, &tenant_id)]);
        if source == CallSource::ApplicationInstance {
            let instance = AnyIdentitySet::application_instance(INSTANCE_ID, &tenant_id);
            call.source = Some(ParticipantInfo::new(instance));
        }
        let created = client.communications().calls().create(&call).await.expect("the emulator creates the call");
        let call_id = created.value.id.expect("the created call has an id");
        self.wait_for_state(&call_id, CallState::Established).await;
        call_id
    }

    /// Transfers `call_id` through the tracker and waits for the outcome.
    pub async fn transfer(&self, call_id: &str, body: &TransferRequestBody) -> TransferOutcome {
        let pending = self
            .tracker
            .transfer(&self.client, call_id, body)
            .await
            .unwrap_or_else(|error| panic!("transfer of call {call_id} was not accepted: {error}"));
        self.outcome(pending).await
    }

    /// Waits for the outcome of a pending transfer. Unless it timed out, also waits until the
    /// event log contains its `TransferOutcome` event, which the tracker publishes after the state
    /// changes that decided it, so that [`Harness::states`] is complete afterwards.
    pub async fn outcome(&self, pending: PendingTransfer) -> TransferOutcome {
        let call_id = pending.call_id().to_owned();
        let outcome = pending.outcome().await;
        if !matches!(outcome, TransferOutcome::TimedOut { .. }) {
            self.wait_for_event(
                &format!("the transfer outcome of call {call_id}"),
                |event| matches!(event, CallEvent::TransferOutcome { call_id: id, .. } if *id == call_id),
            )
            .await;
        }
        outcome
    }

    /// Waits until the tracker has published `state` for `call_id`.
    pub async fn wait_for_state(&self, call_id: &str, state: CallState) {
        let description = format!("state {state} of call {call_id}");
        self.wait_for_event(&description, |event| {
            matches!(event, CallEvent::StateChanged { call_id: id, state: published, .. } if id == call_id && *published == state)
        })
        .await;
    }

    /// Waits until the tracker has published an event that `matches` accepts, and returns it.
    ///
    /// # Panics
    ///
    /// Panics when no such event arrives within [`EVENT_TIMEOUT`], listing the events so far.
    pub async fn wait_for_event(&self, description: &str, matches: impl Fn(&CallEvent) -> bool) -> CallEvent {
        let mut log = self.log.clone();
        let waited = tokio::time::timeout(EVENT_TIMEOUT, log.wait_for(|log| log.events.iter().any(&matches))).await;
        match waited {
            Ok(Ok(log)) => {
                log.events.iter().find(|event| matches(event)).cloned().expect("the awaited event is logged")
            }
            Ok(Err(_)) => panic!("the event recorder stopped before {description}"),
            Err(_) => panic!(
                "no {description} within {} s; events so far: {:#?}",
                EVENT_TIMEOUT.as_secs(),
                self.log.borrow().events
            ),
        }
    }

    /// Returns the states the tracker published for `call_id`, in order.
    ///
    /// # Panics
    ///
    /// Panics when the recorder missed events, because the list could then be incomplete.
    pub fn states(&self, call_id: &str) -> Vec<CallState> {
        let log = self.log.borrow();
        assert_eq!(
            log.missed, 0,
            "the event recorder missed events, so the states of call {call_id} may be incomplete"
        );
        log.events
            .iter()
            .filter_map(|event| match event {
                CallEvent::StateChanged { call_id: id, state, .. } if id == call_id => Some(state.clone()),
                _ => None,
            })
            .collect()
    }

    /// Returns the transfer outcomes the tracker published for `call_id`, in order.
    pub fn published_outcomes(&self, call_id: &str) -> Vec<TransferOutcome> {
        self.log
            .borrow()
            .events
            .iter()
            .filter_map(|event| match event {
                CallEvent::TransferOutcome { call_id: id, outcome } if id == call_id => Some(outcome.clone()),
                _ => None,
            })
            .collect()
    }

    /// Returns the requests the emulator received for `path`, such as
    /// `/v1.0/communications/calls/{id}/transfer`, in order.
    pub fn requests_to(&self, path: &str) -> Vec<RecordedRequest> {
        self.emulator.requests().into_iter().filter(|request| request.path == path).collect()
    }

    /// Returns the notifications the emulator sent about `call_id`, in order.
    pub fn notifications_of(&self, call_id: &str) -> Vec<RecordedNotification> {
        self.emulator.notifications().into_iter().filter(|notification| notification.call_id == call_id).collect()
    }

    /// Sends a raw `POST` to a Graph path of the emulator, with `token` as bearer token when
    /// given, for bodies the typed client cannot produce.
    pub async fn post_raw(&self, path: &str, token: Option<&str>, body: &str) -> RawResponse {
        let mut url = self.emulator.graph_url();
        url.set_path(path);
        let mut request = self
            .http
            .post(url)
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .header("client-request-id", "raw-request")
            .body(body.to_owned());
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        let response = request.send().await.expect("the emulator responds");
        let status = response.status();
        let request_id = response.headers().get("request-id").and_then(|value| value.to_str().ok()).map(str::to_owned);
        let text = response.text().await.expect("the emulator sends a body");
        let body = if text.is_empty() {
            serde_json::Value::Null
        } else {
            serde_json::from_str(&text).unwrap_or_else(|error| panic!("the body {text:?} is not JSON: {error}"))
        };
        RawResponse { status, request_id, body }
    }
}

/// A response to [`Harness::post_raw`].
#[derive(Debug)]
pub struct RawResponse {
    pub status: reqwest::StatusCode,
    /// The `request-id` header.
    pub request_id: Option<String>,
    /// The JSON body, or `Null` when the body is empty.
    pub body: serde_json::Value,
}

impl RawResponse {
    /// Returns `error.code` of a Graph error body.
    pub fn error_code(&self) -> Option<&str> {
        self.body.pointer("/error/code").and_then(serde_json::Value::as_str)
    }

    /// Returns `error.message` of a Graph error body.
    pub fn error_message(&self) -> Option<&str> {
        self.body.pointer("/error/message").and_then(serde_json::Value::as_str)
    }
}

fn credentials_for(emulator: &Emulator, app: &App) -> ClientCredentials {
    let cloud = Cloud::Custom { graph_url: emulator.graph_url(), authority: emulator.authority() };
    ClientCredentials::new(emulator.tenant_id(), &app.client_id, &app.client_secret).cloud(cloud)
}

fn client_for(emulator: &Emulator, app: &App, version: ApiVersion) -> Client {
    Client::builder()
        .base_url(emulator.graph_url())
        .api_version(version)
        .token_provider(credentials_for(emulator, app))
        .build()
        .expect("the client settings are valid")
}

/// Records every event of `events` into a log that tests can wait on.
fn record_events(mut events: broadcast::Receiver<CallEvent>) -> (watch::Receiver<EventLog>, JoinHandle<()>) {
    let (sender, log) = watch::channel(EventLog::default());
    let recorder = tokio::spawn(async move {
        loop {
            match events.recv().await {
                Ok(event) => sender.send_modify(|log| log.events.push(event)),
                Err(broadcast::error::RecvError::Lagged(missed)) => sender.send_modify(|log| log.missed += missed),
                Err(broadcast::error::RecvError::Closed) => return,
            }
        }
    });
    (log, recorder)
}

/// Builds a transfer body for `target` with [`CLIENT_CONTEXT`].
pub fn transfer_body(target: InvitationParticipantInfo) -> TransferRequestBody {
    let mut body = TransferRequestBody::new(target);
    body.client_context = Some(CLIENT_CONTEXT.to_owned());
    body
}

/// Returns the transfer target of a Teams user of `tenant_id`.
pub fn user_target(user_id: &str, tenant_id: &str) -> InvitationParticipantInfo {
    InvitationParticipantInfo::teams_user(user_id, tenant_id)
}

/// Returns the transfer target of [`PHONE_NUMBER`].
pub fn phone_target() -> InvitationParticipantInfo {
    InvitationParticipantInfo::phone(PHONE_NUMBER).expect("the test number is in E.164 form")
}

/// Returns the path of the transfer action of `call_id` under `/{version}/communications`.
pub fn transfer_path(version: &str, call_id: &str) -> String {
    format!("/{version}/communications/calls/{call_id}/transfer")
}

/// Returns the outcome of a completed transfer as the emulator reports it.
pub fn completed() -> TransferOutcome {
    TransferOutcome::Completed(result(0, 7015, "GracefulTransferCompleted", None))
}

/// Returns the outcome of a consultative transfer, whose call the consultation call replaced.
pub fn transferred() -> TransferOutcome {
    TransferOutcome::Transferred { termination_reason: "AppTransferred".to_owned() }
}

/// Returns the outcome of a transfer to a target the emulator cannot reach.
pub fn unreachable() -> TransferOutcome {
    TransferOutcome::Failed(result(500, 7000, UNREACHABLE_MESSAGE, None))
}

/// Returns the outcome of a failed consultative transfer, with the `replacesContext` the
/// emulator sends for a consultative transfer to a user.
pub fn consultative_failed(replaces_context: Option<String>) -> TransferOutcome {
    TransferOutcome::Failed(result(500, 7700, CONSULTATIVE_FAILED_MESSAGE, replaces_context.as_deref()))
}

fn result(code: i32, subcode: i32, message: &str, replaces_context: Option<&str>) -> TransferResult {
    let mut result = TransferResult::default();
    result.code = Some(code);
    result.subcode = Some(subcode);
    result.message = Some(message.to_owned());
    result.replaces_context = replaces_context.map(str::to_owned);
    result
}
