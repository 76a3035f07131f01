//! A local emulator of the part of Microsoft Graph that `graph-calls` talks to: the identity
//! platform's token endpoint, the OpenID configuration and keys that sign notifications, and
//! the calls API with `transfer`, which responds like Graph and then POSTs signed notifications
//! to the call's callback.
//!
//! ```no_run
//! use graph_calls_emulator::{Emulator, EmulatorConfig, PlacedCall};
//!
//! # async fn run() -> Result<(), graph_calls_emulator::EmulatorError> {
//! let emulator = Emulator::start(EmulatorConfig::default()).await?;
//! println!("Graph: {}", emulator.graph_url());
//! let call_id = emulator.place_call(PlacedCall::established("http://127.0.0.1:3000/api/calls"));
//! # let _ = call_id;
//! emulator.shutdown().await;
//! # Ok(())
//! # }
//! ```

#![deny(missing_docs)]

mod auth;
mod calls;
mod graph_error;
mod keys;
mod notify;
mod record;
mod state;
mod transfer;

use std::net::{Ipv4Addr, SocketAddr};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use axum::Router;
use axum::routing::{get, post};
use graph_calls::models::CallState;
use tokio::sync::{Notify, oneshot};
use url::Url;
use uuid::Uuid;

pub use keys::NOTIFICATION_ISSUER;
pub use state::{App, CallSource, Faults, PlacedCall, RecordedNotification, RecordedRequest, Throttle};

use keys::Keys;
use state::{EmulatedCall, State};

/// The role a bot needs to answer, place and transfer calls.
pub const CALLS_ROLE: &str = "Calls.Initiate.All";

/// A user or application instance id the emulator treats as unreachable, so transfers to it fail.
pub const UNREACHABLE_USER_ID: &str = "00000000-0000-0000-0000-00000000dead";

/// Emulator settings.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct EmulatorConfig {
    /// The port on 127.0.0.1; 0 lets the operating system choose.
    pub port: u16,
    /// The tenant of the emulated calls and tokens.
    pub tenant_id: String,
    /// Applications the token endpoint accepts; the first is the bot, and notification tokens
    /// name its client id as audience.
    pub apps: Vec<App>,
    /// The pause between two notifications of one call.
    pub notification_interval: Duration,
}

impl Default for EmulatorConfig {
    fn default() -> Self {
        Self {
            port: 0,
            tenant_id: "72f988bf-86f1-41af-91ab-2d7cd011db47".to_owned(),
            apps: vec![App {
                client_id: "11111111-1111-1111-1111-111111111111".to_owned(),
                client_secret: "emulator-secret".to_owned(),
                roles: vec![CALLS_ROLE.to_owned()],
            }],
            notification_interval: Duration::from_millis(20),
        }
    }
}

/// A failure to start the emulator.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum EmulatorError {
    /// The listening socket could not be bound.
    #[error("failed to listen on 127.0.0.1:{port}")]
    Bind {
        /// The requested port.
        port: u16,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },
    /// A compiled-in key could not be loaded.
    #[error("invalid emulator key {kid}: {reason}")]
    Key {
        /// The key id.
        kid: &'static str,
        /// The problem.
        reason: String,
    },
    /// The configuration has no application.
    #[error("the emulator configuration lists no application; add one to `apps`")]
    NoApp,
}

/// A running emulator. Dropping it leaves the server running until the runtime ends; call
/// [`Emulator::shutdown`] to stop it.
#[derive(Debug)]
pub struct Emulator {
    shared: Arc<Shared>,
    shutdown: Option<oneshot::Sender<()>>,
    server: Option<tokio::task::JoinHandle<()>>,
}

pub(crate) struct Shared {
    pub(crate) keys: Keys,
    pub(crate) config: EmulatorConfig,
    pub(crate) base_url: Url,
    pub(crate) http: reqwest::Client,
    state: Mutex<State>,
    /// Notification deliveries still running, and a signal when the count drops to zero.
    deliveries: Mutex<usize>,
    idle: Notify,
}

impl std::fmt::Debug for Shared {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.debug_struct("Shared").field("base_url", &self.base_url.as_str()).finish_non_exhaustive()
    }
}

impl Shared {
    pub(crate) fn state(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    pub(crate) fn bot_app_id(&self) -> &str {
        self.config.apps.first().map(|app| app.client_id.as_str()).unwrap_or_default()
    }

    pub(crate) fn delivery_started(&self) {
        *self.deliveries.lock().unwrap_or_else(PoisonError::into_inner) += 1;
    }

    pub(crate) fn delivery_finished(&self) {
        let mut deliveries = self.deliveries.lock().unwrap_or_else(PoisonError::into_inner);
        *deliveries = deliveries.saturating_sub(1);
        if *deliveries == 0 {
            self.idle.notify_waiters();
        }
    }
}

impl Emulator {
    /// Starts the emulator on 127.0.0.1 in the current tokio runtime.
    ///
    /// # Errors
    ///
    /// Fails when the port cannot be bound or the configuration lists no application.
    pub async fn start(config: EmulatorConfig) -> Result<Self, EmulatorError> {
        if config.apps.is_empty() {
            return Err(EmulatorError::NoApp);
        }
        let keys = Keys::load()?;
        let address = SocketAddr::from((Ipv4Addr::LOCALHOST, config.port));
        let listener = tokio::net::TcpListener::bind(address)
            .await
            .map_err(|source| EmulatorError::Bind { port: config.port, source })?;
        let local = listener.local_addr().map_err(|source| EmulatorError::Bind { port: config.port, source })?;
        let base_url = Url::parse(&format!("http://{local}"))
            .map_err(|error| EmulatorError::Bind { port: config.port, source: std::io::Error::other(error) })?;

        let mut state = State { apps: config.apps.clone(), ..State::default() };
        state.unreachable_users.insert(UNREACHABLE_USER_ID.to_owned());
        let shared = Arc::new(Shared {
            keys,
            config,
            base_url,
            http: reqwest::Client::new(),
            state: Mutex::new(state),
            deliveries: Mutex::new(0),
            idle: Notify::new(),
        });

        let router = router(shared.clone());
        let (shutdown, stopped) = oneshot::channel::<()>();
        let server = tokio::spawn(async move {
            let serve = axum::serve(listener, router).with_graceful_shutdown(async {
                let _ = stopped.await;
            });
            if let Err(error) = serve.await {
                tracing::error!(error = %error, "emulator server stopped with an error");
            }
        });
        tracing::debug!(url = %shared.base_url, "emulator started");
        Ok(Self { shared, shutdown: Some(shutdown), server: Some(server) })
    }

    /// Returns the Graph base URL: give it to `ClientBuilder::base_url`.
    pub fn graph_url(&self) -> Url {
        self.shared.base_url.clone()
    }

    /// Returns the identity authority: give it to `ClientCredentials::authority`.
    pub fn authority(&self) -> Url {
        self.shared.base_url.clone()
    }

    /// Returns the URL of the OpenID configuration that lists the notification signing keys.
    pub fn openid_configuration_url(&self) -> Url {
        self.url("v1/.well-known/OpenIdConfiguration")
    }

    /// Returns the tenant id of the emulated calls.
    pub fn tenant_id(&self) -> &str {
        &self.shared.config.tenant_id
    }

    /// Returns the bot's application: the first configured app.
    pub fn bot_app(&self) -> &App {
        &self.shared.config.apps[0]
    }

    fn url(&self, path: &str) -> Url {
        let mut url = self.shared.base_url.clone();
        url.set_path(path);
        url
    }

    /// Creates a call directly in the given state, without notifications; returns its id.
    pub fn place_call(&self, call: PlacedCall) -> String {
        let id = Uuid::new_v4().to_string();
        let emulated = EmulatedCall {
            state: call.state,
            callback_uri: call.callback_uri,
            source: call.source,
            chain_id: Uuid::new_v4().to_string(),
            tenant_id: self.shared.config.tenant_id.clone(),
            created: None,
        };
        self.shared.state().calls.insert(id.clone(), emulated);
        id
    }

    /// Returns a call's current state.
    pub fn call_state(&self, call_id: &str) -> Option<CallState> {
        self.shared.state().calls.get(call_id).map(|call| call.state.clone())
    }

    /// Sets the faults for every call without faults of its own.
    pub fn set_faults(&self, faults: Faults) {
        self.shared.state().faults = faults;
    }

    /// Sets the faults for one call.
    pub fn set_call_faults(&self, call_id: &str, faults: Faults) {
        self.shared.state().call_faults.insert(call_id.to_owned(), faults);
    }

    /// Makes transfers to a user fail as unreachable.
    pub fn mark_unreachable(&self, user_id: &str) {
        self.shared.state().unreachable_users.insert(user_id.to_owned());
    }

    /// Returns every request received, in order.
    pub fn requests(&self) -> Vec<RecordedRequest> {
        self.shared.state().requests.clone()
    }

    /// Returns every notification sent, in the order they went out.
    pub fn notifications(&self) -> Vec<RecordedNotification> {
        self.shared.state().notifications.clone()
    }

    /// Returns the calls whose transfer the emulator accepted and carried out, in order.
    pub fn transfers_executed(&self) -> Vec<String> {
        self.shared.state().transfers_executed.clone()
    }

    /// Waits until every notification scheduled so far has been delivered.
    pub async fn settle(&self) {
        loop {
            let idle = self.shared.idle.notified();
            if *self.shared.deliveries.lock().unwrap_or_else(PoisonError::into_inner) == 0 {
                return;
            }
            idle.await;
        }
    }

    /// Stops the server and waits for it to finish.
    pub async fn shutdown(mut self) {
        if let Some(shutdown) = self.shutdown.take() {
            let _ = shutdown.send(());
        }
        if let Some(server) = self.server.take() {
            let _ = server.await;
        }
    }
}

fn router(shared: Arc<Shared>) -> Router {
    Router::new()
        .route("/{tenant}/oauth2/v2.0/token", post(auth::token))
        .route("/v1/.well-known/OpenIdConfiguration", get(auth::openid_configuration))
        .route("/v1/keys", get(auth::keys))
        .route("/{version}/communications/calls", post(calls::create))
        .route("/{version}/communications/calls/{id}", get(calls::get).delete(calls::delete))
        .route("/{version}/communications/calls/{id}/transfer", post(calls::transfer))
        .route("/{version}/app/calls/{id}/transfer", post(calls::transfer))
        .fallback(calls::not_found)
        .method_not_allowed_fallback(calls::method_not_allowed)
        .layer(axum::middleware::from_fn_with_state(shared.clone(), record::record))
        .with_state(shared)
}
