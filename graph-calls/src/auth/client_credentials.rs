use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use serde::Deserialize;
use tokio::sync::Mutex;
use tokio::time::Instant;
use url::Url;

use super::{AccessToken, BoxFuture, TokenError, TokenProvider};
use crate::client::Cloud;

/// The longest time before expiry at which a cached token is replaced.
const REFRESH_MARGIN: Duration = Duration::from_secs(5 * 60);

/// The OAuth 2.0 client-credentials flow against the Microsoft identity platform (v2.0 token
/// endpoint), for an application that calls Graph as itself.
///
/// Tokens are cached and replaced before they expire: five minutes early, or at half their
/// lifetime when they live shorter than ten minutes. Concurrent callers share one refresh.
///
/// ```
/// use graph_calls::auth::ClientCredentials;
/// use graph_calls::client::Cloud;
///
/// let credentials = ClientCredentials::new("tenant-id", "client-id", "client-secret").cloud(Cloud::UsGovL4);
/// assert!(!format!("{credentials:?}").contains("client-secret"));
/// ```
#[derive(Clone)]
pub struct ClientCredentials {
    tenant_id: String,
    client_id: String,
    client_secret: String,
    authority: Url,
    scope: String,
    http: reqwest::Client,
    /// Shared by clones, so they share tokens; every setter starts a new cache.
    cache: Arc<Mutex<Option<CachedToken>>>,
}

struct CachedToken {
    token: AccessToken,
    /// `None` when `expires_in` is too large for the clock to represent the refresh time.
    refresh_at: Option<Instant>,
}

#[derive(Deserialize)]
struct TokenResponse {
    access_token: Option<String>,
    token_type: Option<String>,
    expires_in: Option<u64>,
}

#[derive(Deserialize)]
struct ErrorResponse {
    error: Option<String>,
    error_description: Option<String>,
}

impl ClientCredentials {
    /// Creates the flow for an app registration in `tenant_id`, for the global cloud.
    pub fn new(tenant_id: impl Into<String>, client_id: impl Into<String>, client_secret: impl Into<String>) -> Self {
        let cloud = Cloud::Global;
        Self {
            tenant_id: tenant_id.into(),
            client_id: client_id.into(),
            client_secret: client_secret.into(),
            authority: cloud.authority(),
            scope: default_scope(&cloud.graph_url()),
            http: reqwest::Client::new(),
            cache: Arc::default(),
        }
    }

    /// Uses the authority and the Graph scope of a national cloud.
    pub fn cloud(self, cloud: Cloud) -> Self {
        let scope = default_scope(&cloud.graph_url());
        self.authority(cloud.authority()).scope(scope)
    }

    /// Sets the authority, such as `https://login.microsoftonline.com`; the token endpoint is
    /// `{authority}/{tenant}/oauth2/v2.0/token`.
    pub fn authority(mut self, authority: Url) -> Self {
        self.authority = authority;
        self.cache = Arc::default();
        self
    }

    /// Sets the scope; the default is `{graph base URL}/.default`.
    pub fn scope(mut self, scope: impl Into<String>) -> Self {
        self.scope = scope.into();
        self.cache = Arc::default();
        self
    }

    /// Sends token requests through `http`, to share its connection pool and settings.
    pub fn http_client(mut self, http: reqwest::Client) -> Self {
        self.http = http;
        self
    }

    /// Returns the token endpoint URL.
    pub fn token_endpoint(&self) -> String {
        let authority = self.authority.as_str().trim_end_matches('/');
        format!("{authority}/{}/oauth2/v2.0/token", self.tenant_id)
    }

    async fn cached_or_fetch(&self) -> Result<AccessToken, TokenError> {
        // Holding the lock across the fetch makes concurrent callers wait for one refresh.
        let mut cache = self.cache.lock().await;
        if let Some(cached) = cache.as_ref().filter(|cached| cached.refresh_at.is_none_or(|at| Instant::now() < at)) {
            return Ok(cached.token.clone());
        }
        let (token, lifetime) = self.fetch().await?;
        let margin = REFRESH_MARGIN.min(lifetime / 2);
        let refresh_at = Instant::now().checked_add(lifetime - margin);
        *cache = Some(CachedToken { token: token.clone(), refresh_at });
        Ok(token)
    }

    async fn fetch(&self) -> Result<(AccessToken, Duration), TokenError> {
        let endpoint = self.token_endpoint();
        tracing::debug!(endpoint = %endpoint, "requesting an access token");
        let form: String = url::form_urlencoded::Serializer::new(String::new())
            .append_pair("client_id", &self.client_id)
            .append_pair("client_secret", &self.client_secret)
            .append_pair("scope", &self.scope)
            .append_pair("grant_type", "client_credentials")
            .finish();
        let transport = |source| TokenError::Transport { endpoint: endpoint.clone(), source };
        let response = self
            .http
            .post(&endpoint)
            .header(reqwest::header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(form)
            .send()
            .await
            .map_err(transport)?;
        let status = response.status();
        let body = response.bytes().await.map_err(transport)?;

        if !status.is_success() {
            let details: Option<ErrorResponse> = serde_json::from_slice(&body).ok();
            let (error, description) =
                details.map(|details| (details.error, details.error_description)).unwrap_or_default();
            tracing::debug!(endpoint = %endpoint, %status, error = error.as_deref(), "token request rejected");
            return Err(TokenError::Rejected { endpoint, status, error, description });
        }
        let invalid = |reason: String| TokenError::InvalidResponse { endpoint: endpoint.clone(), reason };
        let parsed: TokenResponse =
            serde_json::from_slice(&body).map_err(|error| invalid(format!("not JSON: {error}")))?;
        if let Some(kind) = parsed.token_type.as_deref().filter(|kind| !kind.eq_ignore_ascii_case("bearer")) {
            return Err(invalid(format!("token_type is {kind:?}, expected Bearer")));
        }
        let Some(token) = parsed.access_token.filter(|token| !token.is_empty()) else {
            return Err(invalid("access_token is missing".to_owned()));
        };
        let Some(lifetime) = parsed.expires_in.filter(|seconds| *seconds > 0) else {
            return Err(invalid("expires_in is missing or zero".to_owned()));
        };
        tracing::debug!(endpoint = %endpoint, expires_in = lifetime, "access token acquired");
        Ok((AccessToken::new(token), Duration::from_secs(lifetime)))
    }
}

impl TokenProvider for ClientCredentials {
    fn token(&self) -> BoxFuture<'_, Result<AccessToken, TokenError>> {
        Box::pin(self.cached_or_fetch())
    }
}

impl fmt::Debug for ClientCredentials {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter
            .debug_struct("ClientCredentials")
            .field("tenant_id", &self.tenant_id)
            .field("client_id", &self.client_id)
            .field("client_secret", &"<redacted>")
            .field("authority", &self.authority.as_str())
            .field("scope", &self.scope)
            .finish()
    }
}

fn default_scope(graph_url: &Url) -> String {
    format!("{}/.default", graph_url.as_str().trim_end_matches('/'))
}
