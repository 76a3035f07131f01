//! Starting the emulator: the errors it reports before serving anything.

use graph_calls_emulator::{Emulator, EmulatorConfig, EmulatorError};

#[tokio::test]
async fn port_in_use_fails_to_bind() {
    let occupied = std::net::TcpListener::bind("127.0.0.1:0").expect("a free port binds");
    let port = occupied.local_addr().expect("the listener has an address").port();
    let mut config = EmulatorConfig::default();
    config.port = port;

    let error = Emulator::start(config).await.expect_err("a port in use cannot be bound");

    assert!(matches!(error, EmulatorError::Bind { port: reported, .. } if reported == port), "{error:?}");
}

#[tokio::test]
async fn no_app_fails_to_start() {
    let mut config = EmulatorConfig::default();
    config.apps.clear();

    let error = Emulator::start(config).await.expect_err("an emulator needs an app");

    assert!(matches!(error, EmulatorError::NoApp), "{error:?}");
}
