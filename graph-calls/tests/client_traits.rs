//! Thread-safety promises, checked by the compiler: the client and the error can be shared
//! across threads, and request futures can be spawned on a multi-threaded runtime.

use graph_calls::auth::{ClientCredentials, StaticToken};
use graph_calls::client::Client;
use graph_calls::endpoints::GraphService as _;
use graph_calls::models::{Call, InvitationParticipantInfo, TransferRequestBody};

fn assert_send_sync<T: Send + Sync>() {}

fn assert_send<T: Send>(_value: &T) {}

fn static_client() -> Client {
    Client::builder().token_provider(StaticToken::new("token")).build().expect("client")
}

#[test]
fn client_and_error_send_sync() {
    assert_send_sync::<Client>();
    assert_send_sync::<graph_calls::Error>();
    assert_send_sync::<graph_calls::ServiceError>();
    assert_send_sync::<ClientCredentials>();
}

#[test]
fn request_futures_are_send() {
    let client = static_client();
    let body = TransferRequestBody::new(InvitationParticipantInfo::teams_user("user-id", "tenant-id"));
    let call = Call::new("https://bot.contoso.com/callback");
    let calls = client.communications().calls();
    let one_call = calls.by_id("call-id");

    // The futures are only built and dropped, never polled, so nothing is sent.
    let transfer = one_call.transfer(&body);
    assert_send(&transfer);
    let get = one_call.get();
    assert_send(&get);
    let delete = one_call.delete();
    assert_send(&delete);
    let create = calls.create(&call);
    assert_send(&create);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn transfer_future_spawns() {
    // `tokio::spawn` requires `Send + 'static`, and an owned client and body satisfy the lifetime.
    let client = static_client();
    let body = TransferRequestBody::new(InvitationParticipantInfo::teams_user("user-id", "tenant-id"));
    let handle = tokio::spawn(async move {
        // An empty call id fails before anything is sent, so the task needs no server.
        client.communications().calls().by_id("").transfer(&body).await.map(|response| response.status)
    });

    let outcome = handle.await.expect("the task did not panic");

    assert!(outcome.is_err(), "an empty call id must be rejected before sending");
}
