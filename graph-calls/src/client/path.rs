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
/// Generated endpoints extend it one segment at a time; entity keys are kept raw and escaped
/// when the URL is built.
#[derive(Debug, Clone)]
pub struct RequestPath<'a> {
    client: &'a Client,
    segments: Vec<String>,
}

impl<'a> RequestPath<'a> {
    /// Starts a path at a singleton or an entity set of the service.
    pub fn root(client: &'a Client, segment: &str) -> Self {
        Self { client, segments: vec![segment.to_owned()] }
    }

    /// Returns this path with one more segment, a navigation property, a key or an action.
    pub fn join(&self, segment: impl Into<String>) -> Self {
        let mut segments = Vec::with_capacity(self.segments.len() + 1);
        segments.extend(self.segments.iter().cloned());
        segments.push(segment.into());
        Self { client: self.client, segments }
    }

    /// Returns the client that sends requests on this path.
    pub fn client(&self) -> &'a Client {
        self.client
    }

    /// Builds the request URL, escaping each segment.
    ///
    /// # Errors
    ///
    /// Returns a validation error for an empty segment, or one that is exactly `.` or `..`:
    /// URL parsers resolve those as relative paths, so no escaping keeps them in place.
    pub(crate) fn url(&self) -> Result<Url, Error> {
        let base = self.client.graph_url().as_str().trim_end_matches('/');
        let mut text = format!("{base}/{}", self.client.api_version().as_str());
        for (index, segment) in self.segments.iter().enumerate() {
            match segment.as_str() {
                "" => return Err(Error::invalid_path(index, "empty")),
                "." | ".." => return Err(Error::invalid_path(index, "a dot segment (`.` or `..`), which cannot be sent")),
                _ => {}
            }
            text.push('/');
            text.extend(utf8_percent_encode(segment, SEGMENT));
        }
        Url::parse(&text).map_err(|error| Error::configuration(format!("cannot build a URL on the base URL: {error}")))
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
