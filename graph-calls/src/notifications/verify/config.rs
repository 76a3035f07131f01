use std::fmt;
use std::net::IpAddr;
use std::time::Duration;

use url::{Host, Url};

use super::VerifyError;

/// The OpenID configuration that Microsoft publishes for the tokens on calling notifications.
pub const DEFAULT_OPENID_CONFIGURATION_URL: &str = "https://api.aps.skype.com/v1/.well-known/OpenIdConfiguration";

/// The issuers accepted by default: Graph, and the Bot Framework that also signs calling
/// notifications.
pub const DEFAULT_ISSUERS: [&str; 2] = ["https://graph.microsoft.com", "https://api.botframework.com"];

/// The clock skew allowed by default when checking `exp` and `nbf`.
pub const DEFAULT_CLOCK_SKEW: Duration = Duration::from_secs(5 * 60);

/// The largest clock skew that [`Verifier::new`](super::Verifier::new) accepts.
pub const MAX_CLOCK_SKEW: Duration = Duration::from_secs(10 * 60);

/// The default age after which cached signing keys are fetched again.
pub const DEFAULT_REFRESH_INTERVAL: Duration = Duration::from_secs(24 * 60 * 60);

/// The default minimum time between two refreshes triggered by an unknown `kid`.
pub const DEFAULT_MIN_REFRESH_INTERVAL: Duration = Duration::from_secs(5 * 60);

/// Settings of a [`Verifier`](super::Verifier): the bot's application id and, optionally, where
/// the signing keys come from, which issuers are accepted and how keys are cached.
///
/// ```
/// use std::time::Duration;
///
/// use graph_calls::notifications::verify::{Verifier, VerifierConfig, VerifyError};
///
/// let config = VerifierConfig::new("00000000-0000-0000-0000-000000000001").clock_skew(Duration::from_secs(60));
/// let verifier = Verifier::new(config).unwrap();
///
/// let too_lenient = VerifierConfig::new("00000000-0000-0000-0000-000000000001").clock_skew(Duration::from_secs(3600));
/// assert!(matches!(Verifier::new(too_lenient), Err(VerifyError::InvalidConfig { .. })));
/// # drop(verifier);
/// ```
#[derive(Clone)]
pub struct VerifierConfig {
    pub(super) app_id: String,
    pub(super) openid_configuration_url: Url,
    pub(super) issuers: Vec<String>,
    pub(super) clock_skew: Duration,
    pub(super) refresh_interval: Duration,
    pub(super) min_refresh_interval: Duration,
    pub(super) http: Option<reqwest::Client>,
}

impl VerifierConfig {
    /// Creates the settings for a bot whose Microsoft Entra application id is `app_id`, the
    /// required `aud` claim, with every other value at its default.
    pub fn new(app_id: impl Into<String>) -> Self {
        let openid_configuration_url =
            Url::parse(DEFAULT_OPENID_CONFIGURATION_URL).expect("the default OpenID configuration URL is valid");
        Self {
            app_id: app_id.into(),
            openid_configuration_url,
            issuers: DEFAULT_ISSUERS.iter().map(|issuer| (*issuer).to_owned()).collect(),
            clock_skew: DEFAULT_CLOCK_SKEW,
            refresh_interval: DEFAULT_REFRESH_INTERVAL,
            min_refresh_interval: DEFAULT_MIN_REFRESH_INTERVAL,
            http: None,
        }
    }

    /// Sets the URL of the OpenID configuration whose `jwks_uri` lists the signing keys. The
    /// default is [`DEFAULT_OPENID_CONFIGURATION_URL`].
    ///
    /// The URL, and the `jwks_uri` it names, must use `https`, except that `http` is allowed for
    /// loopback hosts (`localhost`, `127.0.0.0/8`, `::1`) so tests can serve keys locally.
    pub fn openid_configuration_url(mut self, url: Url) -> Self {
        self.openid_configuration_url = url;
        self
    }

    /// Replaces the accepted issuers, by default [`DEFAULT_ISSUERS`].
    ///
    /// A token's `iss` matches an accepted issuer when the two strings are equal after removing at
    /// most one trailing `/` from each, so `https://graph.microsoft.com/` matches
    /// `https://graph.microsoft.com` in both directions. The comparison is otherwise exact and
    /// case-sensitive, and `https://graph.microsoft.com//` matches neither.
    pub fn issuers<I, S>(mut self, issuers: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.issuers = issuers.into_iter().map(Into::into).collect();
        self
    }

    /// Sets how far `exp` may lie in the past and `nbf` in the future, in whole seconds.
    ///
    /// A fraction of a second is dropped. The default is [`DEFAULT_CLOCK_SKEW`] and the maximum
    /// is [`MAX_CLOCK_SKEW`].
    pub fn clock_skew(mut self, skew: Duration) -> Self {
        self.clock_skew = skew;
        self
    }

    /// Sets the age after which cached keys are fetched again, by default
    /// [`DEFAULT_REFRESH_INTERVAL`].
    ///
    /// The refresh happens during the first verification after that age, in one request at a
    /// time while the others keep using the cached keys. Zero refreshes on every verification,
    /// which only tests want.
    pub fn refresh_interval(mut self, interval: Duration) -> Self {
        self.refresh_interval = interval;
        self
    }

    /// Sets the minimum time between two refreshes triggered by an unknown `kid`, by default
    /// [`DEFAULT_MIN_REFRESH_INTERVAL`].
    ///
    /// Within this time a token with an unknown `kid` is rejected without a fetch, so forged
    /// `kid` values cannot make the verifier flood the key endpoint. The same time separates a
    /// failed periodic refresh from the next try. The limit does not apply while no key has been
    /// fetched successfully.
    pub fn min_refresh_interval(mut self, interval: Duration) -> Self {
        self.min_refresh_interval = interval;
        self
    }

    /// Fetches keys through `http`, to share its connection pool and settings. By default the
    /// verifier creates its own client.
    pub fn http_client(mut self, http: reqwest::Client) -> Self {
        self.http = Some(http);
        self
    }

    pub(super) fn validate(&self) -> Result<(), VerifyError> {
        if self.app_id.trim().is_empty() {
            return Err(VerifyError::invalid_config(
                "the application id is empty; pass the bot's Microsoft Entra app id",
            ));
        }
        if self.issuers.is_empty() {
            return Err(VerifyError::invalid_config(
                "no issuer is accepted; pass at least one to VerifierConfig::issuers",
            ));
        }
        if self.issuers.iter().any(|issuer| issuer.trim().is_empty()) {
            return Err(VerifyError::invalid_config("an accepted issuer is empty"));
        }
        if self.clock_skew > MAX_CLOCK_SKEW {
            return Err(VerifyError::invalid_config(format!(
                "the clock skew of {} s exceeds the maximum of {} s; synchronize the clock instead",
                self.clock_skew.as_secs(),
                MAX_CLOCK_SKEW.as_secs()
            )));
        }
        check_key_url(&self.openid_configuration_url)
            .map_err(|reason| VerifyError::invalid_config(format!("the OpenID configuration URL {reason}")))
    }
}

impl fmt::Debug for VerifierConfig {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter
            .debug_struct("VerifierConfig")
            .field("app_id", &self.app_id)
            .field("openid_configuration_url", &self.openid_configuration_url.as_str())
            .field("issuers", &self.issuers)
            .field("clock_skew", &self.clock_skew)
            .field("refresh_interval", &self.refresh_interval)
            .field("min_refresh_interval", &self.min_refresh_interval)
            .field("custom_http_client", &self.http.is_some())
            .finish()
    }
}

/// Checks that keys may be fetched from `url`: `https`, or `http` to a loopback host.
///
/// The returned reason completes a sentence that starts with the URL's role.
pub(super) fn check_key_url(url: &Url) -> Result<(), String> {
    match url.scheme() {
        "https" => Ok(()),
        "http" if is_loopback(url) => Ok(()),
        scheme => Err(format!("{url} uses {scheme:?}; use https (http is allowed only for loopback hosts)")),
    }
}

fn is_loopback(url: &Url) -> bool {
    match url.host() {
        Some(Host::Domain(domain)) => domain.eq_ignore_ascii_case("localhost"),
        Some(Host::Ipv4(address)) => IpAddr::V4(address).is_loopback(),
        Some(Host::Ipv6(address)) => IpAddr::V6(address).is_loopback(),
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn url(text: &str) -> Url {
        Url::parse(text).unwrap()
    }

    #[test]
    fn key_url_accepts_https() {
        assert!(check_key_url(&url("https://login.example/keys")).is_ok());
    }

    #[test]
    fn key_url_accepts_loopback_http() {
        for text in ["http://127.0.0.1:8080/keys", "http://127.1.2.3/keys", "http://[::1]/keys", "http://localhost/"] {
            assert!(check_key_url(&url(text)).is_ok(), "{text}");
        }
    }

    #[test]
    fn key_url_rejects_remote_http() {
        for text in ["http://login.example/keys", "http://10.0.0.1/keys", "ftp://127.0.0.1/keys"] {
            assert!(check_key_url(&url(text)).is_err(), "{text}");
        }
    }

    #[test]
    fn validate_rejects_empty_app_id() {
        let error = VerifierConfig::new(" ").validate().unwrap_err();
        assert!(matches!(error, VerifyError::InvalidConfig { .. }));
    }

    #[test]
    fn validate_rejects_no_issuers() {
        let error = VerifierConfig::new("app").issuers(Vec::<String>::new()).validate().unwrap_err();
        assert!(matches!(error, VerifyError::InvalidConfig { .. }));
    }

    #[test]
    fn validate_bounds_clock_skew() {
        assert!(VerifierConfig::new("app").clock_skew(MAX_CLOCK_SKEW).validate().is_ok());
        let error =
            VerifierConfig::new("app").clock_skew(MAX_CLOCK_SKEW + Duration::from_secs(1)).validate().unwrap_err();
        assert!(error.to_string().contains("exceeds the maximum of 600 s"), "{error}");
    }

    #[test]
    fn validate_rejects_remote_http_openid_url() {
        let config = VerifierConfig::new("app").openid_configuration_url(url("http://login.example/openid"));
        assert!(matches!(config.validate(), Err(VerifyError::InvalidConfig { .. })));
    }
}
