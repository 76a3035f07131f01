//! The HTTP client: configuration, national clouds and responses.
//!
//! Requests are made through the generated endpoints in [`crate::endpoints`]:
//!
//! ```no_run
//! use graph_calls::auth::ClientCredentials;
//! use graph_calls::client::Client;
//! use graph_calls::endpoints::GraphService as _;
//! use graph_calls::models::{InvitationParticipantInfo, TransferRequestBody};
//!
//! # async fn run() -> Result<(), graph_calls::Error> {
//! let client = Client::builder()
//!     .token_provider(ClientCredentials::new("tenant-id", "client-id", "client-secret"))
//!     .build()?;
//! let body = TransferRequestBody::new(InvitationParticipantInfo::teams_user("user-id", "tenant-id"));
//! let accepted = client.communications().calls().by_id("call-id").transfer(&body).await?;
//! println!("transfer accepted, request-id {:?}", accepted.request_id);
//! # Ok(())
//! # }
//! ```

mod path;
mod retry;
pub(crate) mod send;

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use reqwest::StatusCode;
use url::Url;

pub use path::RequestPath;
pub use retry::RetryPolicy;

use crate::Error;
use crate::auth::TokenProvider;

/// A Microsoft Graph deployment: the Graph base URL and the identity authority that issues its
/// tokens.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Cloud {
    /// The global service: `https://graph.microsoft.com`.
    Global,
    /// US Government L4: `https://graph.microsoft.us`.
    UsGovL4,
    /// US Government L5 (DoD): `https://dod-graph.microsoft.us`.
    UsGovDod,
    /// China, operated by 21Vianet: `https://microsoftgraph.chinacloudapi.cn`.
    China,
    /// Any other deployment, such as a local emulator.
    Custom {
        /// The Graph base URL.
        graph_url: Url,
        /// The identity authority; token endpoints are `{authority}/{tenant}/oauth2/v2.0/token`.
        authority: Url,
    },
}

impl Cloud {
    /// Returns the Graph base URL, without the API version.
    pub fn graph_url(&self) -> Url {
        match self {
            Self::Global => known_url("https://graph.microsoft.com"),
            Self::UsGovL4 => known_url("https://graph.microsoft.us"),
            Self::UsGovDod => known_url("https://dod-graph.microsoft.us"),
            Self::China => known_url("https://microsoftgraph.chinacloudapi.cn"),
            Self::Custom { graph_url, .. } => graph_url.clone(),
        }
    }

    /// Returns the identity authority.
    pub fn authority(&self) -> Url {
        match self {
            Self::Global => known_url("https://login.microsoftonline.com"),
            Self::UsGovL4 | Self::UsGovDod => known_url("https://login.microsoftonline.us"),
            Self::China => known_url("https://login.chinacloudapi.cn"),
            Self::Custom { authority, .. } => authority.clone(),
        }
    }
}

/// Parses one of the constant URLs above.
fn known_url(text: &'static str) -> Url {
    Url::parse(text).unwrap_or_else(|error| unreachable!("constant URL {text} is invalid: {error}"))
}

/// The Graph API version, the first path segment of every request.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum ApiVersion {
    /// `v1.0`, the stable API.
    #[default]
    V1,
    /// `beta`, which has the calling properties that v1.0 lacks but may change.
    Beta,
}

impl ApiVersion {
    /// Returns the path segment: `v1.0` or `beta`.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::V1 => "v1.0",
            Self::Beta => "beta",
        }
    }
}

/// A successful response: the status, Graph's request ids and the decoded body.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Response<T> {
    /// The 2xx status; Graph answers `transfer` with 202 although its OpenAPI description says 204.
    pub status: StatusCode,
    /// The `request-id` header Graph assigns to each request.
    pub request_id: Option<String>,
    /// The `client-request-id` sent with the request; Graph echoes it.
    pub client_request_id: String,
    /// How many times the request was sent, retries included.
    pub attempts: u32,
    /// The decoded body; `()` for operations without one.
    pub value: T,
}

/// A Graph client: cheap to clone, `Send` and `Sync`, one connection pool for all clones.
#[derive(Clone)]
pub struct Client {
    inner: Arc<Inner>,
}

struct Inner {
    http: reqwest::Client,
    graph_url: Url,
    version: ApiVersion,
    retry: RetryPolicy,
    tokens: Arc<dyn TokenProvider>,
}

impl fmt::Debug for Client {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter
            .debug_struct("Client")
            .field("graph_url", &self.inner.graph_url.as_str())
            .field("version", &self.inner.version)
            .field("retry", &self.inner.retry)
            .field("tokens", &self.inner.tokens)
            .finish()
    }
}

impl Client {
    /// Starts configuring a client.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }

    /// Returns the Graph base URL requests go to.
    pub fn graph_url(&self) -> &Url {
        &self.inner.graph_url
    }

    /// Returns the API version requests use.
    pub fn api_version(&self) -> &ApiVersion {
        &self.inner.version
    }
}

/// Configures a [`Client`].
#[derive(Debug)]
pub struct ClientBuilder {
    graph_url: Url,
    version: ApiVersion,
    timeout: Option<Duration>,
    connect_timeout: Option<Duration>,
    user_agent: String,
    retry: RetryPolicy,
    tokens: Option<Arc<dyn TokenProvider>>,
}

impl Default for ClientBuilder {
    fn default() -> Self {
        Self {
            graph_url: Cloud::Global.graph_url(),
            version: ApiVersion::V1,
            timeout: Some(Duration::from_secs(30)),
            connect_timeout: Some(Duration::from_secs(10)),
            user_agent: concat!("graph-calls/", env!("CARGO_PKG_VERSION")).to_owned(),
            retry: RetryPolicy::default(),
            tokens: None,
        }
    }
}

impl ClientBuilder {
    /// Sends requests to a national cloud's Graph; the default is [`Cloud::Global`].
    pub fn cloud(mut self, cloud: &Cloud) -> Self {
        self.graph_url = cloud.graph_url();
        self
    }

    /// Sends requests to any Graph base URL, such as a local emulator's.
    pub fn base_url(mut self, graph_url: Url) -> Self {
        self.graph_url = graph_url;
        self
    }

    /// Sets the API version; the default is `v1.0`.
    pub fn api_version(mut self, version: ApiVersion) -> Self {
        self.version = version;
        self
    }

    /// Sets the time limit for one attempt, from sending to the whole body read; default 30 s,
    /// `None` for no limit.
    pub fn timeout(mut self, timeout: impl Into<Option<Duration>>) -> Self {
        self.timeout = timeout.into();
        self
    }

    /// Sets the time limit for opening a connection; default 10 s, `None` for no limit.
    pub fn connect_timeout(mut self, timeout: impl Into<Option<Duration>>) -> Self {
        self.connect_timeout = timeout.into();
        self
    }

    /// Sets the `User-Agent` header; the default is `graph-calls/{version}`.
    pub fn user_agent(mut self, user_agent: impl Into<String>) -> Self {
        self.user_agent = user_agent.into();
        self
    }

    /// Sets how throttled and unavailable responses are retried.
    pub fn retry_policy(mut self, retry: RetryPolicy) -> Self {
        self.retry = retry;
        self
    }

    /// Sets where access tokens come from; required.
    pub fn token_provider(mut self, tokens: impl TokenProvider + 'static) -> Self {
        self.tokens = Some(Arc::new(tokens));
        self
    }

    /// Builds the client.
    ///
    /// # Errors
    ///
    /// Returns a configuration error when no token provider was set, when the base URL cannot
    /// be a base (such as a `data:` URL), or when the HTTP client cannot be created.
    pub fn build(self) -> Result<Client, Error> {
        let Some(tokens) = self.tokens else {
            return Err(Error::configuration(
                "no token provider; call `token_provider` with ClientCredentials or StaticToken".to_owned(),
            ));
        };
        if self.graph_url.cannot_be_a_base() || !matches!(self.graph_url.scheme(), "http" | "https") {
            return Err(Error::configuration(format!("the base URL {} is not an http(s) URL", self.graph_url)));
        }
        let mut http = reqwest::Client::builder().user_agent(self.user_agent);
        if let Some(timeout) = self.timeout {
            http = http.timeout(timeout);
        }
        if let Some(timeout) = self.connect_timeout {
            http = http.connect_timeout(timeout);
        }
        let http =
            http.build().map_err(|error| Error::configuration(format!("cannot create the HTTP client: {error}")))?;
        Ok(Client {
            inner: Arc::new(Inner {
                http,
                graph_url: self.graph_url,
                version: self.version,
                retry: self.retry,
                tokens,
            }),
        })
    }
}
