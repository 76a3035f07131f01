//! Helpers shared by the client tests: a scripted HTTP server that records every request it
//! receives, client builders, and checks on JSON request bodies.

// Each test binary compiles this module and uses a different part of it.
#![allow(dead_code)]

use std::collections::VecDeque;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::header::CONNECTION;
use axum::http::{HeaderMap, HeaderName, HeaderValue, StatusCode};
use axum::response::Response;
use graph_calls::auth::StaticToken;
use graph_calls::client::{Client, ClientBuilder};
use serde_json::Value;
use tokio::sync::oneshot;
use url::Url;

/// The bearer token of clients built by [`builder`].
pub(crate) const TOKEN: &str = "test-access-token-5f0c9a7e";

/// The `User-Agent` the client sends by default.
pub(crate) const USER_AGENT: &str = concat!("graph-calls/", env!("CARGO_PKG_VERSION"));

/// One request as the server received it.
#[derive(Debug, Clone)]
pub(crate) struct Recorded {
    pub(crate) method: String,
    /// The request target as sent on the wire: path and query, percent-escapes untouched.
    pub(crate) target: String,
    pub(crate) headers: HeaderMap,
    pub(crate) body: Bytes,
}

impl Recorded {
    /// Returns a header as text, or `None` when it is absent or not visible ASCII.
    pub(crate) fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|value| value.to_str().ok())
    }

    /// Returns how many times a header occurs.
    pub(crate) fn header_count(&self, name: &str) -> usize {
        self.headers.get_all(name).iter().count()
    }

    /// Returns the body as UTF-8 text, or a marker that matches no expected text when it is not UTF-8.
    pub(crate) fn body_text(&self) -> &str {
        std::str::from_utf8(&self.body).unwrap_or("<body is not UTF-8>")
    }

    fn path(&self) -> &str {
        self.target.split_once('?').map_or(self.target.as_str(), |(path, _)| path)
    }
}

/// A scripted response.
#[derive(Debug, Clone)]
pub(crate) struct Reply {
    status: StatusCode,
    headers: Vec<(HeaderName, HeaderValue)>,
    body: Bytes,
    delay: Duration,
}

impl Reply {
    /// Creates a reply with an empty body.
    pub(crate) fn status(status: u16) -> Self {
        Self {
            status: StatusCode::from_u16(status).expect("a valid status code"),
            headers: Vec::new(),
            body: Bytes::new(),
            delay: Duration::ZERO,
        }
    }

    /// Creates a reply with a JSON body.
    pub(crate) fn json(status: u16, body: &str) -> Self {
        Self::status(status).header("content-type", "application/json").body(body)
    }

    /// Adds a response header.
    pub(crate) fn header(mut self, name: &'static str, value: &str) -> Self {
        let value = HeaderValue::from_str(value).expect("a valid header value");
        self.headers.push((HeaderName::from_static(name), value));
        self
    }

    /// Sets the body bytes, leaving the headers as they are.
    pub(crate) fn body(mut self, body: &str) -> Self {
        self.body = Bytes::copy_from_slice(body.as_bytes());
        self
    }

    /// Delays the reply on the server's own clock, which tokio's paused time does not affect.
    pub(crate) fn delay(mut self, delay: Duration) -> Self {
        self.delay = delay;
        self
    }

    fn into_response(self) -> Response {
        let mut response = Response::new(Body::from(self.body));
        *response.status_mut() = self.status;
        for (name, value) in self.headers {
            response.headers_mut().append(name, value);
        }
        // Closing each connection keeps reqwest from pooling it. A pooled connection starts
        // hyper's idle-check timer (90 s), and with tokio's paused time that timer would make
        // the clock jump while a test waits on a socket.
        response.headers_mut().insert(CONNECTION, HeaderValue::from_static("close"));
        response
    }
}

/// The replies for requests whose path starts with `prefix`, used in order. The last one repeats.
struct Route {
    prefix: String,
    replies: VecDeque<Reply>,
}

#[derive(Default)]
struct Shared {
    requests: Mutex<Vec<Recorded>>,
    routes: Mutex<Vec<Route>>,
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

impl Shared {
    fn next_reply(&self, path: &str) -> Reply {
        let mut routes = lock(&self.routes);
        let Some(route) = routes.iter_mut().find(|route| path.starts_with(&route.prefix)) else {
            return Reply::status(404).body("no scripted reply for this path");
        };
        if route.replies.len() > 1 {
            route.replies.pop_front().expect("a reply, the queue has more than one")
        } else {
            route.replies.front().cloned().expect("a reply, routes are never empty")
        }
    }
}

/// An HTTP/1 server on `127.0.0.1` with a port chosen by the OS, running on its own thread and
/// tokio runtime so that tests with paused time do not pause it.
pub(crate) struct TestServer {
    url: Url,
    shared: Arc<Shared>,
    shutdown: Option<oneshot::Sender<()>>,
}

impl TestServer {
    /// Starts a server that returns 404 until replies are scripted with [`TestServer::reply`].
    pub(crate) fn start() -> Self {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind a loopback port");
        listener.set_nonblocking(true).expect("make the listener non-blocking");
        let address = listener.local_addr().expect("the listener's address");
        let shared = Arc::new(Shared::default());
        let (shutdown, shutdown_received) = oneshot::channel::<()>();

        let app = Router::new().fallback(record_and_reply).with_state(Arc::clone(&shared));
        std::thread::Builder::new()
            .name(format!("test-server-{}", address.port()))
            .spawn(move || {
                let runtime = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .expect("the test server's runtime");
                runtime.block_on(async move {
                    let listener = tokio::net::TcpListener::from_std(listener).expect("a tokio listener");
                    axum::serve(listener, app)
                        .with_graceful_shutdown(async {
                            // Dropping the sender also ends the server.
                            let _ = shutdown_received.await;
                        })
                        .await
                        .expect("the test server failed");
                });
            })
            .expect("spawn the test server's thread");

        let url = Url::parse(&format!("http://{address}")).expect("the server URL");
        Self { url, shared, shutdown: Some(shutdown) }
    }

    /// Returns the server's base URL, `http://127.0.0.1:{port}/`.
    pub(crate) fn url(&self) -> Url {
        self.url.clone()
    }

    /// Scripts the replies for requests whose path starts with `prefix`. They are used in
    /// order and the last one repeats; the first route that matches a path wins.
    pub(crate) fn reply(&self, prefix: &str, replies: impl IntoIterator<Item = Reply>) -> &Self {
        let replies: VecDeque<Reply> = replies.into_iter().collect();
        assert!(!replies.is_empty(), "script at least one reply for {prefix}");
        lock(&self.shared.routes).push(Route { prefix: prefix.to_owned(), replies });
        self
    }

    /// Returns every request received so far, in the order they arrived.
    pub(crate) fn requests(&self) -> Vec<Recorded> {
        lock(&self.shared.requests).clone()
    }

    /// Returns the requests whose path starts with `prefix`.
    pub(crate) fn requests_to(&self, prefix: &str) -> Vec<Recorded> {
        self.requests().into_iter().filter(|request| request.path().starts_with(prefix)).collect()
    }

    /// Returns the only request received, failing the test when there is not exactly one.
    pub(crate) fn single_request(&self) -> Recorded {
        let mut requests = self.requests();
        assert_eq!(requests.len(), 1, "expected exactly one request, received {requests:#?}");
        requests.remove(0)
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        if let Some(shutdown) = self.shutdown.take() {
            let _ = shutdown.send(());
        }
    }
}

/// Records the request, then answers with the next scripted reply for its path.
async fn record_and_reply(State(shared): State<Arc<Shared>>, request: Request) -> Response {
    let (parts, body) = request.into_parts();
    let body = match axum::body::to_bytes(body, usize::MAX).await {
        Ok(body) => body,
        Err(error) => {
            return Reply::status(400).body(&format!("cannot read the request body: {error}")).into_response();
        }
    };
    let target = parts.uri.path_and_query().map_or_else(|| parts.uri.to_string(), |target| target.as_str().to_owned());
    let recorded = Recorded { method: parts.method.to_string(), target, headers: parts.headers, body };

    let reply = shared.next_reply(recorded.path());
    lock(&shared.requests).push(recorded);
    if !reply.delay.is_zero() {
        tokio::time::sleep(reply.delay).await;
    }
    reply.into_response()
}

/// Starts a client for `server` with the static token [`TOKEN`] and no timeouts, so that the
/// only timers a request starts are the retry waits (safe under tokio's paused time).
pub(crate) fn builder(server: &TestServer) -> ClientBuilder {
    Client::builder().base_url(server.url()).token_provider(StaticToken::new(TOKEN)).timeout(None).connect_timeout(None)
}

/// Builds a client for `server` with the default retry policy.
pub(crate) fn client(server: &TestServer) -> Client {
    builder(server).build().expect("a valid client configuration")
}

/// Members of a JSON request body that Graph would reject or that the models should never
/// write, each listed by its JSON path.
#[derive(Debug, Default)]
pub(crate) struct BodyProblems {
    /// Members whose value is `null`: an unset `Option` must be left out, not written.
    pub(crate) nulls: Vec<String>,
    /// `@odata.type` values that are not strings starting with `#microsoft.graph.`.
    pub(crate) bad_annotations: Vec<String>,
    /// Keys starting with `$`, which OData reserves for query options.
    pub(crate) dollar_keys: Vec<String>,
}

/// Walks a JSON value and lists its [`BodyProblems`].
pub(crate) fn body_problems(value: &Value) -> BodyProblems {
    let mut problems = BodyProblems::default();
    collect_problems(value, "$", &mut problems);
    problems
}

fn collect_problems(value: &Value, path: &str, problems: &mut BodyProblems) {
    match value {
        Value::Null => problems.nulls.push(path.to_owned()),
        Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                collect_problems(item, &format!("{path}[{index}]"), problems);
            }
        }
        Value::Object(members) => {
            for (name, member) in members {
                let member_path = format!("{path}.{name}");
                if name.starts_with('$') {
                    problems.dollar_keys.push(member_path.clone());
                }
                if name == "@odata.type" && !member.as_str().is_some_and(|text| text.starts_with("#microsoft.graph.")) {
                    problems.bad_annotations.push(format!("{member_path} = {member}"));
                }
                collect_problems(member, &member_path, problems);
            }
        }
        Value::Bool(_) | Value::Number(_) | Value::String(_) => {}
    }
}
