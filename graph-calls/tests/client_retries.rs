//! Retries under `RetryPolicy`: which statuses are retried for which method, how long the client
//! waits, and when it gives up.
//!
//! Every test runs with tokio's paused clock. The client's only timers are its retry waits,
//! because the test clients have no timeouts (except in the timeout tests) and the server
//! closes each connection, so reqwest keeps no pool timer. The paused clock therefore advances
//! by exactly the waits, and the elapsed time measured with `tokio::time::Instant` is their
//! sum. The server runs on its own thread with a real clock.

mod support;

use std::future::Future;
use std::time::{Duration, SystemTime};

use graph_calls::client::{Client, RetryPolicy};
use graph_calls::endpoints::GraphService as _;
use graph_calls::models::{InvitationParticipantInfo, TransferRequestBody};
use graph_calls::{Error, ErrorKind, Response};
use support::{Reply, TestServer};
use tokio::time::Instant;

const CALL_ID: &str = "341a0500-d4bf-4224-8b19-1581168d328b";
const CALL_JSON: &str = r#"{"id":"341a0500-d4bf-4224-8b19-1581168d328b","state":"established"}"#;

fn policy(max_attempts: u32, budget: Duration) -> RetryPolicy {
    RetryPolicy { max_attempts, budget, initial_backoff: Duration::from_secs(1), max_backoff: Duration::from_secs(16) }
}

fn retrying_client(server: &TestServer, policy: RetryPolicy) -> Client {
    support::builder(server).retry_policy(policy).build().expect("client")
}

fn transfer_body() -> TransferRequestBody {
    TransferRequestBody::new(InvitationParticipantInfo::teams_user("user-id", "tenant-id"))
}

async fn transfer(client: &Client) -> Result<Response<()>, Error> {
    client.communications().calls().by_id(CALL_ID).transfer(&transfer_body()).await
}

/// Runs `future` and returns its output with the time it took on tokio's clock.
async fn timed<F: Future>(future: F) -> (F::Output, Duration) {
    let started = Instant::now();
    let output = future.await;
    (output, started.elapsed())
}

fn throttled(retry_after: &str) -> Reply {
    Reply::json(429, r#"{"error":{"code":"TooManyRequests","message":"Please retry again later."}}"#)
        .header("retry-after", retry_after)
}

#[tokio::test(start_paused = true)]
async fn retry_after_whole_seconds() {
    let server = TestServer::start();
    server.reply("/", [throttled("3"), Reply::status(202)]);
    let client = retrying_client(&server, RetryPolicy::default());

    let (result, elapsed) = timed(transfer(&client)).await;

    let response = result.expect("accepted on the second attempt");
    assert_eq!(response.attempts, 2);
    assert_eq!(server.requests().len(), 2);
    assert!(elapsed >= Duration::from_secs(3), "waited {elapsed:?}, Retry-After asked for 3 s");
    assert!(elapsed < Duration::from_secs(4), "waited {elapsed:?}, longer than Retry-After");
}

#[tokio::test(start_paused = true)]
async fn retry_after_decimal_seconds() {
    let server = TestServer::start();
    server.reply("/", [throttled("2.128"), Reply::status(202)]);
    let client = retrying_client(&server, RetryPolicy::default());

    let (result, elapsed) = timed(transfer(&client)).await;

    assert_eq!(result.expect("accepted on the second attempt").attempts, 2);
    assert!(elapsed >= Duration::from_millis(2128), "waited {elapsed:?}, Retry-After asked for 2.128 s");
    assert!(elapsed < Duration::from_millis(2200), "waited {elapsed:?}, longer than Retry-After");
}

#[tokio::test(start_paused = true)]
async fn retry_after_http_date() {
    // HTTP dates have whole seconds, and the client reads the header after it was written on
    // the real clock, so the wait is a little under 30 s. The lower bound leaves 10 s for that
    // delay, and any wait of 20 s or more rules out the backoff (at most 1 s here).
    let date = httpdate::fmt_http_date(SystemTime::now() + Duration::from_secs(30));
    let server = TestServer::start();
    server.reply("/", [throttled(&date), Reply::status(202)]);
    let client = retrying_client(&server, RetryPolicy::default());

    let (result, elapsed) = timed(transfer(&client)).await;

    assert_eq!(result.expect("accepted on the second attempt").attempts, 2);
    assert!(elapsed >= Duration::from_secs(20), "waited {elapsed:?} for a date 30 s ahead");
    assert!(elapsed <= Duration::from_secs(30), "waited {elapsed:?} for a date 30 s ahead");
}

#[tokio::test(start_paused = true)]
async fn backoff_without_retry_after() {
    // Without Retry-After, retry n waits between half and all of initial_backoff * 2^(n-1):
    // 0.5-1 s, then 1-2 s, then 2-4 s.
    let server = TestServer::start();
    server.reply("/", [Reply::status(503), Reply::status(503), Reply::status(503), Reply::status(202)]);
    let client = retrying_client(&server, policy(4, Duration::from_secs(60)));

    let (result, elapsed) = timed(transfer(&client)).await;

    assert_eq!(result.expect("accepted on the fourth attempt").attempts, 4);
    assert!(elapsed >= Duration::from_millis(3500), "waited {elapsed:?} in all, below the backoff's minimum");
    assert!(elapsed <= Duration::from_secs(7), "waited {elapsed:?} in all, above the backoff's maximum");
}

#[tokio::test(start_paused = true)]
async fn backoff_capped_by_max_backoff() {
    // With max_backoff equal to initial_backoff, every wait is between 0.5 and 1 s.
    let server = TestServer::start();
    server.reply("/", [Reply::status(503), Reply::status(503), Reply::status(503), Reply::status(202)]);
    let capped = RetryPolicy { max_backoff: Duration::from_secs(1), ..policy(4, Duration::from_secs(60)) };
    let client = retrying_client(&server, capped);

    let (result, elapsed) = timed(transfer(&client)).await;

    assert_eq!(result.expect("accepted on the fourth attempt").attempts, 4);
    assert!(elapsed >= Duration::from_millis(1500), "waited {elapsed:?} in all, below the backoff's minimum");
    assert!(elapsed <= Duration::from_secs(3), "waited {elapsed:?} in all, above the capped maximum");
}

#[tokio::test(start_paused = true)]
async fn status_503_retried_for_transfer() {
    let server = TestServer::start();
    server.reply("/", [Reply::status(503), Reply::status(202)]);
    let client = retrying_client(&server, RetryPolicy::default());

    let response = transfer(&client).await.expect("accepted on the second attempt");

    assert_eq!(response.attempts, 2);
    assert_eq!(server.requests().len(), 2);
}

#[tokio::test(start_paused = true)]
async fn status_504_not_retried_for_transfer() {
    let server = TestServer::start();
    server.reply("/", [Reply::status(504), Reply::status(202)]);
    let client = retrying_client(&server, RetryPolicy::default());

    let error = transfer(&client).await.expect_err("a gateway timeout on POST is final");

    assert_eq!(server.requests().len(), 1);
    assert_eq!(error.status().map(|status| status.as_u16()), Some(504));
    assert_eq!(error.service_error().map(|service| service.attempts), Some(1));
    assert!(!error.is_throttled());
}

#[tokio::test(start_paused = true)]
async fn status_504_retried_for_get() {
    let server = TestServer::start();
    server.reply("/", [Reply::status(504), Reply::json(200, CALL_JSON)]);
    let client = retrying_client(&server, RetryPolicy::default());

    let response = client.communications().calls().by_id(CALL_ID).get().await.expect("read on the second attempt");

    assert_eq!(response.attempts, 2);
    assert_eq!(server.requests().len(), 2);
}

#[tokio::test(start_paused = true)]
async fn status_504_retried_for_delete() {
    let server = TestServer::start();
    server.reply("/", [Reply::status(504), Reply::status(204)]);
    let client = retrying_client(&server, RetryPolicy::default());

    let response =
        client.communications().calls().by_id(CALL_ID).delete().await.expect("deleted on the second attempt");

    assert_eq!(response.attempts, 2);
}

#[tokio::test(start_paused = true)]
async fn other_statuses_not_retried() {
    for status in [500, 502, 401, 409] {
        let server = TestServer::start();
        server.reply("/", [Reply::status(status).header("retry-after", "1")]);
        let client = retrying_client(&server, RetryPolicy::default());

        let transfer_error = transfer(&client).await.expect_err("not retried");
        let get_error = client.communications().calls().by_id(CALL_ID).get().await.expect_err("not retried");

        assert_eq!(server.requests().len(), 2, "status {status}: one POST and one GET expected");
        assert_eq!(transfer_error.status().map(|status| status.as_u16()), Some(status));
        assert_eq!(get_error.status().map(|status| status.as_u16()), Some(status));
        assert!(!transfer_error.is_throttled(), "status {status} reported as throttled");
    }
}

#[tokio::test(start_paused = true)]
async fn same_client_request_id_on_retries() {
    let server = TestServer::start();
    server.reply("/", [throttled("1"), Reply::status(503), Reply::status(202)]);
    let client = retrying_client(&server, RetryPolicy::default());

    let response = transfer(&client).await.expect("accepted on the third attempt");

    let sent: Vec<String> = server
        .requests()
        .iter()
        .map(|request| request.header("client-request-id").unwrap_or_default().to_owned())
        .collect();
    assert_eq!(sent.len(), 3);
    assert!(sent.iter().all(|id| *id == response.client_request_id), "ids sent {sent:?}");
}

#[tokio::test(start_paused = true)]
async fn max_attempts_honoured() {
    let server = TestServer::start();
    server.reply("/", [throttled("1")]);
    let client = retrying_client(&server, policy(3, Duration::from_secs(60)));

    let (result, elapsed) = timed(transfer(&client)).await;

    let error = result.expect_err("throttled on every attempt");
    assert_eq!(server.requests().len(), 3);
    assert_eq!(error.service_error().map(|service| service.attempts), Some(3));
    assert!(elapsed >= Duration::from_secs(2), "waited {elapsed:?} for two retries of 1 s");
}

#[tokio::test(start_paused = true)]
async fn max_attempts_one_sends_once() {
    let server = TestServer::start();
    server.reply("/", [Reply::status(503)]);
    let client = retrying_client(&server, RetryPolicy::none());

    let error = transfer(&client).await.expect_err("no retries");

    assert_eq!(server.requests().len(), 1);
    assert_eq!(error.service_error().map(|service| service.attempts), Some(1));
}

#[tokio::test(start_paused = true)]
async fn budget_exhausted_is_throttled() {
    // Sends at 0 s, 4 s and 8 s. A fourth send would come at 12 s, after the 10 s budget.
    let server = TestServer::start();
    server.reply("/", [throttled("4")]);
    let client = retrying_client(&server, policy(10, Duration::from_secs(10)));

    let (result, elapsed) = timed(transfer(&client)).await;

    let error = result.expect_err("throttled until the budget ran out");
    assert_eq!(server.requests().len(), 3);
    assert_eq!(error.kind(), ErrorKind::Service);
    assert!(error.is_throttled());
    let service = error.service_error().expect("service details");
    assert_eq!(service.attempts, 3);
    assert_eq!(service.retry_after, Some(Duration::from_secs(4)));
    assert!(error.to_string().contains("throttled"), "{error}");
    assert!(error.to_string().contains("3 attempts"), "{error}");
    assert!(elapsed >= Duration::from_secs(8), "waited {elapsed:?}, two waits of 4 s expected");
    assert!(elapsed < Duration::from_secs(10), "waited {elapsed:?}, past the budget");
}

#[tokio::test(start_paused = true)]
async fn budget_rejects_retry_after_beyond_it() {
    // A Retry-After longer than the whole budget ends the retries at once.
    let server = TestServer::start();
    server.reply("/", [throttled("120")]);
    let client = retrying_client(&server, policy(4, Duration::from_secs(60)));

    let (result, elapsed) = timed(transfer(&client)).await;

    let error = result.expect_err("the wait does not fit the budget");
    assert_eq!(server.requests().len(), 1);
    assert!(error.is_throttled());
    assert_eq!(error.service_error().and_then(|service| service.retry_after), Some(Duration::from_secs(120)));
    assert!(error.to_string().contains("throttled"), "{error}");
    assert!(error.to_string().contains("Retry-After 120.000 s"), "{error}");
    assert_eq!(elapsed, Duration::ZERO);
}

#[tokio::test(start_paused = true)]
async fn status_503_with_retry_after_is_throttled() {
    let server = TestServer::start();
    server.reply("/", [Reply::status(503).header("retry-after", "2")]);
    let client = retrying_client(&server, policy(2, Duration::from_secs(60)));

    let error = transfer(&client).await.expect_err("unavailable on every attempt");

    assert_eq!(server.requests().len(), 2);
    assert!(error.is_throttled());
    assert!(error.to_string().contains("throttled"), "{error}");
}

#[tokio::test(start_paused = true)]
async fn retry_after_huge_value_ends_retries() {
    // u64::MAX seconds, after a first retry so that the elapsed time is not zero: adding the
    // two must not overflow.
    let server = TestServer::start();
    server.reply("/", [throttled("1"), throttled("18446744073709551615")]);
    let client = retrying_client(&server, RetryPolicy::default());

    let error = transfer(&client).await.expect_err("the wait does not fit the budget");

    assert_eq!(server.requests().len(), 2);
    assert!(error.is_throttled());
    assert_eq!(error.service_error().map(|service| service.attempts), Some(2));
}

#[tokio::test(start_paused = true)]
async fn connect_refused_retried_for_transfer() {
    // Nothing listens on the port once the listener is dropped, so every connection is refused
    // before a byte of the request is sent, and even a POST may be repeated.
    let closed_port = std::net::TcpListener::bind("127.0.0.1:0").expect("bind").local_addr().expect("address").port();
    let base = url::Url::parse(&format!("http://127.0.0.1:{closed_port}")).expect("base URL");
    let client = graph_calls::Client::builder()
        .base_url(base)
        .token_provider(graph_calls::auth::StaticToken::new(support::TOKEN))
        .timeout(None)
        .connect_timeout(None)
        .retry_policy(policy(3, Duration::from_secs(60)))
        .build()
        .expect("client");

    let (result, elapsed) = timed(transfer(&client)).await;

    let error = result.expect_err("no server");
    assert_eq!(error.kind(), ErrorKind::Transport);
    // Two backoffs, of 0.5-1 s and 1-2 s, show that the connection was tried three times.
    assert!(elapsed >= Duration::from_millis(1500), "waited {elapsed:?}, less than two backoffs");
    assert!(elapsed <= Duration::from_secs(3), "waited {elapsed:?}, more than two backoffs");
}

/// Builds a client whose attempts time out after 5 s, for a server that replies after 30 s.
///
/// The paused clock jumps to the client's timeout as soon as the runtime waits on the socket,
/// while the server's delay runs on its real clock, so every attempt times out.
fn timing_out_client(server: &TestServer, max_attempts: u32) -> Client {
    server.reply("/", [Reply::status(202).delay(Duration::from_secs(30))]);
    support::builder(server)
        .timeout(Duration::from_secs(5))
        .retry_policy(policy(max_attempts, Duration::from_secs(60)))
        .build()
        .expect("client")
}

#[tokio::test(start_paused = true)]
async fn timeout_not_retried_for_transfer() {
    let server = TestServer::start();
    let client = timing_out_client(&server, 3);

    let (result, elapsed) = timed(transfer(&client)).await;

    let error = result.expect_err("timed out");
    assert!(error.is_timeout(), "{error}");
    assert_eq!(elapsed, Duration::from_secs(5), "a POST that timed out was sent again");
}

#[tokio::test(start_paused = true)]
async fn timeout_retried_for_get() {
    let server = TestServer::start();
    let client = timing_out_client(&server, 2);

    let (result, elapsed) = timed(client.communications().calls().by_id(CALL_ID).get()).await;

    let error = result.expect_err("timed out");
    assert!(error.is_timeout(), "{error}");
    // Two timeouts of 5 s with a backoff of 0.5-1 s between them.
    assert!(elapsed >= Duration::from_millis(10_500), "waited {elapsed:?}, less than two attempts");
    assert!(elapsed <= Duration::from_secs(11), "waited {elapsed:?}, more than two attempts");
}
