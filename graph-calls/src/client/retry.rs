//! The retry rules: which failed attempts are retried, and the wait before the next one.

use std::time::{Duration, SystemTime};

use rand::Rng;
use reqwest::header::{HeaderMap, RETRY_AFTER};
use reqwest::{Method, StatusCode};

/// How throttled and unavailable requests are retried.
///
/// Graph throttles with 429 and a `Retry-After` header, and reports overload with 503 or 504.
/// A retried request waits for `Retry-After` when Graph sends it (whole seconds, decimal
/// seconds or an HTTP date), or for an exponential backoff with jitter when it does not.
/// No other status is retried.
///
/// Which statuses are retried depends on whether the request may be repeated:
///
/// - 429 and 503 are retried for every method, `transfer` and other actions included: Graph
///   rejected or shed these requests before executing them, so sending again cannot execute
///   an action twice.
/// - 504 is retried only for `GET`, `PUT`, `DELETE`, `HEAD` and `OPTIONS`. A gateway timeout
///   does not show whether the service executed the request, and a second `transfer` of a call
///   that is already transferring would fail or act twice.
/// - Connection failures before a request was sent are retried for every method; a timeout
///   after sending is retried only for the idempotent methods above.
///
/// Retrying stops after `max_attempts` sends, or when the next wait would end after `budget`
/// has passed since the first attempt began (its token included). The error then reports that
/// the request was throttled and gives the last `Retry-After`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RetryPolicy {
    /// The maximum number of sends of one request, the first included; 1 disables retries. Default 4.
    pub max_attempts: u32,
    /// The total time, from the first send, that retries may take. Default 60 s.
    pub budget: Duration,
    /// The wait before the first retry without `Retry-After`; it doubles each time. Default 1 s.
    pub initial_backoff: Duration,
    /// The maximum wait without `Retry-After`. Default 16 s.
    pub max_backoff: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        Self {
            max_attempts: 4,
            budget: Duration::from_secs(60),
            initial_backoff: Duration::from_secs(1),
            max_backoff: Duration::from_secs(16),
        }
    }
}

impl RetryPolicy {
    /// Returns a policy that sends each request once.
    pub fn none() -> Self {
        Self { max_attempts: 1, ..Self::default() }
    }

    /// Returns the backoff before retry number `retry` (1 for the first), with jitter: a
    /// uniformly random wait between half and all of the exponential value.
    pub(crate) fn backoff(&self, retry: u32) -> Duration {
        let exponent = retry.saturating_sub(1).min(30);
        let full = self.initial_backoff.saturating_mul(1 << exponent).min(self.max_backoff);
        let half = full / 2;
        half + rand::rng().random_range(Duration::ZERO..=full - half)
    }
}

/// Reports whether a request with `method` may be repeated without changing the outcome.
pub(crate) fn is_idempotent(method: &Method) -> bool {
    matches!(*method, Method::GET | Method::HEAD | Method::PUT | Method::DELETE | Method::OPTIONS)
}

/// Reports whether a response status is retried for `method`.
pub(crate) fn is_retryable_status(status: StatusCode, method: &Method) -> bool {
    match status {
        StatusCode::TOO_MANY_REQUESTS | StatusCode::SERVICE_UNAVAILABLE => true,
        StatusCode::GATEWAY_TIMEOUT => is_idempotent(method),
        _ => false,
    }
}

/// Reads `Retry-After` as a wait: whole seconds, decimal seconds (Graph sends `2.128`, which
/// waits 2,128 ms), or an HTTP date. Returns `None` for an absent or unreadable header.
pub(crate) fn retry_after(headers: &HeaderMap, now: SystemTime) -> Option<Duration> {
    let text = headers.get(RETRY_AFTER)?.to_str().ok()?.trim();
    if let Some(wait) = parse_seconds(text) {
        return Some(wait);
    }
    let date = httpdate::parse_http_date(text).ok()?;
    Some(date.duration_since(now).unwrap_or(Duration::ZERO))
}

/// Parses a non-negative decimal number of seconds, rounded up to whole milliseconds so the
/// wait is never shorter than requested.
fn parse_seconds(text: &str) -> Option<Duration> {
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    let is_digits = |part: &str| part.bytes().all(|byte| byte.is_ascii_digit());
    if whole.is_empty() || !is_digits(whole) || !is_digits(fraction) {
        return None;
    }
    let seconds: u64 = whole.parse().ok()?;
    let (leading, rest) = fraction.split_at(fraction.len().min(3));
    let mut millis: u64 = format!("{leading:0<3}").parse().ok()?;
    if rest.bytes().any(|digit| digit != b'0') {
        millis += 1;
    }
    Duration::from_secs(seconds).checked_add(Duration::from_millis(millis))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(value: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(RETRY_AFTER, value.parse().expect("header value"));
        headers
    }

    #[test]
    fn retry_after_reads_whole_seconds() {
        assert_eq!(retry_after(&headers("2"), SystemTime::now()), Some(Duration::from_secs(2)));
        assert_eq!(retry_after(&headers(" 0 "), SystemTime::now()), Some(Duration::ZERO));
    }

    #[test]
    fn retry_after_reads_decimal_seconds() {
        assert_eq!(retry_after(&headers("2.128"), SystemTime::now()), Some(Duration::from_millis(2128)));
        assert_eq!(retry_after(&headers("0.0001"), SystemTime::now()), Some(Duration::from_millis(1)));
        assert_eq!(retry_after(&headers("1.5"), SystemTime::now()), Some(Duration::from_millis(1500)));
        assert_eq!(retry_after(&headers("1.0000000001"), SystemTime::now()), Some(Duration::from_millis(1001)));
    }

    #[test]
    fn retry_after_reads_http_date() {
        let now = httpdate::parse_http_date("Wed, 21 Oct 2015 07:28:00 GMT").expect("date");
        assert_eq!(retry_after(&headers("Wed, 21 Oct 2015 07:28:30 GMT"), now), Some(Duration::from_secs(30)));
        assert_eq!(retry_after(&headers("Wed, 21 Oct 2015 07:27:00 GMT"), now), Some(Duration::ZERO));
    }

    #[test]
    fn retry_after_ignores_garbage() {
        for value in ["soon", "-1", "1.2.3", ".5", "1e3"] {
            assert_eq!(retry_after(&headers(value), SystemTime::now()), None, "{value}");
        }
        assert_eq!(retry_after(&HeaderMap::new(), SystemTime::now()), None);
    }

    #[test]
    fn backoff_grows_with_jitter_and_cap() {
        let policy = RetryPolicy::default();
        for _ in 0..100 {
            let first = policy.backoff(1);
            assert!(first >= Duration::from_millis(500), "{first:?}");
            assert!(first <= Duration::from_secs(1), "{first:?}");
            let third = policy.backoff(3);
            assert!(third >= Duration::from_secs(2), "{third:?}");
            assert!(third <= Duration::from_secs(4), "{third:?}");
            let late = policy.backoff(40);
            assert!(late >= Duration::from_secs(8), "{late:?}");
            assert!(late <= Duration::from_secs(16), "{late:?}");
        }
    }

    #[test]
    fn transfer_retries_only_safe_statuses() {
        assert!(is_retryable_status(StatusCode::TOO_MANY_REQUESTS, &Method::POST));
        assert!(is_retryable_status(StatusCode::SERVICE_UNAVAILABLE, &Method::POST));
        assert!(!is_retryable_status(StatusCode::GATEWAY_TIMEOUT, &Method::POST));
        assert!(is_retryable_status(StatusCode::GATEWAY_TIMEOUT, &Method::GET));
        assert!(is_retryable_status(StatusCode::GATEWAY_TIMEOUT, &Method::DELETE));
        for status in
            [StatusCode::INTERNAL_SERVER_ERROR, StatusCode::BAD_GATEWAY, StatusCode::UNAUTHORIZED, StatusCode::CONFLICT]
        {
            assert!(!is_retryable_status(status, &Method::GET), "{status}");
        }
    }
}
