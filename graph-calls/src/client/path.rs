//! Request paths, built segment by segment by the generated endpoints.

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
use url::Url;

use super::Client;
use crate::Error;

/// Characters escaped in a path segment: all but RFC 3986's unreserved ones, so `/`, `?`,
/// `#` and `%` in an id can never end its segment or the path.
const SEGMENT: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'.').remove(b'_').remove(b'~');

/// The path of a request under `{base URL}/{version}/`, with the client that sends it.
///
/// Generated endpoints extend it one segment at a time. Each segment is escaped as it is
/// joined, and a segment that cannot be sent is reported when the URL is built.
#[derive(Debug, Clone)]
pub struct RequestPath<'a> {
    client: &'a Client,
    /// The escaped segments, each preceded by `/`. One string instead of a list of segments
    /// keeps each `join` to a single copy, which matters on the per-request path.
    escaped: String,
    /// How many segments the path has.
    segment_count: usize,
    /// The index of the first segment that cannot be sent, with the reason.
    invalid: Option<(usize, &'static str)>,
}

impl<'a> RequestPath<'a> {
    /// Starts a path at a singleton or an entity set of the service.
    pub fn root(client: &'a Client, segment: &str) -> Self {
        let mut path = Self { client, escaped: String::new(), segment_count: 0, invalid: None };
        path.push(segment);
        path
    }

    /// Returns this path with one more segment, a navigation property, a key or an action.
    pub fn join(&self, segment: impl Into<String>) -> Self {
        let segment = segment.into();
        let mut escaped = String::with_capacity(self.escaped.len() + 1 + segment.len());
        escaped.push_str(&self.escaped);
        let mut path = Self { client: self.client, escaped, segment_count: self.segment_count, invalid: self.invalid };
        path.push(&segment);
        path
    }

    /// Returns the client that sends requests on this path.
    pub fn client(&self) -> &'a Client {
        self.client
    }

    /// Appends one segment, escaped, and records it when it cannot be sent.
    fn push(&mut self, segment: &str) {
        if self.invalid.is_none() {
            match segment {
                "" => self.invalid = Some((self.segment_count, "empty")),
                "." | ".." => {
                    self.invalid = Some((self.segment_count, "a dot segment (`.` or `..`), which cannot be sent"));
                }
                _ => {}
            }
        }
        self.segment_count += 1;
        self.escaped.push('/');
        self.escaped.extend(utf8_percent_encode(segment, SEGMENT));
    }

    /// Builds the request URL.
    ///
    /// # Errors
    ///
    /// Returns a validation error for an empty segment, or one that is exactly `.` or `..`:
    /// URL parsers resolve those as relative paths, so no escaping keeps them in place.
    pub(crate) fn url(&self) -> Result<Url, Error> {
        if let Some((index, reason)) = self.invalid {
            return Err(Error::invalid_path(index, reason));
        }
        let base = self.client.graph_url();
        let base_path = base.path().trim_end_matches('/');
        let version = self.client.api_version().as_str();
        let mut path = String::with_capacity(base_path.len() + 1 + version.len() + self.escaped.len());
        path.push_str(base_path);
        path.push('/');
        path.push_str(version);
        path.push_str(&self.escaped);
        // Setting the path on a copy of the parsed base skips parsing the scheme and host again.
        // The escaped segments contain only unreserved characters and `%XX`, which `set_path`
        // keeps as they are.
        let mut url = base.clone();
        url.set_path(&path);
        Ok(url)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::auth::StaticToken;
    use crate::client::ApiVersion;

    fn client(base: &str, version: ApiVersion) -> Client {
        Client::builder()
            .base_url(Url::parse(base).expect("base URL"))
            .api_version(version)
            .token_provider(StaticToken::new("token"))
            .build()
            .expect("client")
    }

    #[test]
    fn url_escapes_reserved_characters() {
        let client = client("https://graph.example/", ApiVersion::V1);
        let path = RequestPath::root(&client, "communications").join("calls").join("a/b?c#d%e f..g").join("transfer");
        assert_eq!(
            path.url().expect("url").as_str(),
            "https://graph.example/v1.0/communications/calls/a%2Fb%3Fc%23d%25e%20f..g/transfer"
        );
    }

    #[test]
    fn url_keeps_base_path_and_version() {
        let client = client("http://127.0.0.1:8080/proxy", ApiVersion::Beta);
        let path = RequestPath::root(&client, "app").join("calls");
        assert_eq!(path.url().expect("url").as_str(), "http://127.0.0.1:8080/proxy/beta/app/calls");
    }

    #[test]
    fn url_rejects_dot_and_empty_segments() {
        let client = client("https://graph.example", ApiVersion::V1);
        for key in ["..", ".", ""] {
            let error = RequestPath::root(&client, "communications").join("calls").join(key).url().expect_err(key);
            assert_eq!(error.kind(), crate::ErrorKind::Validation, "{key:?}");
            assert!(error.to_string().contains("path segment 2"), "{error}");
        }
    }
}
