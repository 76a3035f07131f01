//! Runs the Graph calls emulator until Ctrl-C.
//!
//! `cargo run -p graph-calls-emulator -- --port 8080`

use std::process::ExitCode;

use graph_calls_emulator::{Emulator, EmulatorConfig};

const USAGE: &str = "usage: graph-calls-emulator [--port PORT]

Serves an emulated Microsoft Graph calls API, token endpoint and notification keys on
127.0.0.1 until Ctrl-C.

  --port PORT  the TCP port to listen on; 0 (the default) lets the system choose";

#[tokio::main]
async fn main() -> ExitCode {
    tracing_subscriber::fmt().with_writer(std::io::stderr).init();

    let mut config = EmulatorConfig::default();
    let mut arguments = std::env::args().skip(1);
    while let Some(argument) = arguments.next() {
        match argument.as_str() {
            "--port" => match arguments.next().map(|port| port.parse::<u16>()) {
                Some(Ok(port)) => config.port = port,
                _ => {
                    eprintln!("error: --port needs a number from 0 to 65535\n\n{USAGE}");
                    return ExitCode::from(2);
                }
            },
            "--help" | "-h" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            other => {
                eprintln!("error: unknown argument {other:?}\n\n{USAGE}");
                return ExitCode::from(2);
            }
        }
    }

    let emulator = match Emulator::start(config).await {
        Ok(emulator) => emulator,
        Err(error) => {
            eprintln!("error: {error}");
            return ExitCode::FAILURE;
        }
    };
    let app = emulator.bot_app();
    println!("Graph base URL:        {}", emulator.graph_url());
    println!("authority:             {}", emulator.authority());
    println!("token endpoint:        {}{}/oauth2/v2.0/token", emulator.authority(), emulator.tenant_id());
    println!("notification keys:     {}", emulator.openid_configuration_url());
    println!("tenant id:             {}", emulator.tenant_id());
    println!("client id:             {}", app.client_id);
    println!("client secret:         {}", app.client_secret);
    println!("Press Ctrl-C to stop.");

    if let Err(error) = tokio::signal::ctrl_c().await {
        eprintln!("error: cannot wait for Ctrl-C: {error}");
    }
    emulator.shutdown().await;
    ExitCode::SUCCESS
}
