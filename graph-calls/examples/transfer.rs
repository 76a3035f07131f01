//! Transfers a call and follows it to the outcome through verified webhook notifications.
//!
//! `cargo run --example transfer` starts the Graph calls emulator in this process, a webhook
//! listener on 127.0.0.1, creates an established call whose callback is the listener, and
//! transfers it to a Teams user. Run with `--help` for the other targets, the consultative
//! transfer, the failure scenario, and the options for the real Microsoft Graph.

use std::process::ExitCode;
use std::time::Duration;

use graph_calls::auth::ClientCredentials;
use graph_calls::client::{Client, Cloud};
use graph_calls::endpoints::GraphService as _;
use graph_calls::models::{
    AnyIdentitySet, Call, CallState, InvitationParticipantInfo, Modality, ParticipantInfo, ServiceHostedMediaConfig,
    TransferRequestBody,
};
use graph_calls::notifications::verify::{Verifier, VerifierConfig};
use graph_calls::notifications::{CallEvent, CallTracker, TrackerConfig, TransferOutcome, Webhook, WebhookConfig};
use graph_calls_emulator::{Emulator, EmulatorConfig, UNREACHABLE_USER_ID};
use tokio::sync::broadcast;
use url::Url;

const USAGE: &str = "usage: cargo run --example transfer -- [OPTIONS]

Transfers a call and prints each state change until the transfer's outcome.
Without --real, everything runs on this machine against the Graph calls emulator.

  --target KIND     who receives the call: user (default), phone or app-instance
  --consultative    transfer consultatively: the target first gets a consultation call,
                    which the transferred call then replaces (replacesCallId)
  --fail            run the failure scenario: an unreachable user or application instance, a
                    phone transfer from a bot that is not an application instance, or a
                    replaced call that is gone
  --real            use the real Microsoft Graph; needs these environment variables:
                      GRAPH_TENANT_ID, GRAPH_CLIENT_ID, GRAPH_CLIENT_SECRET,
                      GRAPH_CALL_ID (an established call of the bot),
                      GRAPH_CALLBACK_URL (the public URL Graph sends that call's notifications to),
                      GRAPH_LISTEN (the local address that URL reaches, for example 127.0.0.1:8080),
                      GRAPH_TARGET_ID (the user id, E.164 number or instance id to transfer to),
                      and, for --consultative, GRAPH_REPLACES_CALL_ID
  --help            print this text";

/// How long to wait for notifications before giving up, in seconds.
const WAIT_SECONDS: u64 = 120;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Target {
    User,
    Phone,
    ApplicationInstance,
}

#[derive(Debug)]
struct Options {
    target: Target,
    consultative: bool,
    fail: bool,
    real: bool,
}

fn parse_options() -> Result<Option<Options>, String> {
    let mut options = Options { target: Target::User, consultative: false, fail: false, real: false };
    let mut arguments = std::env::args().skip(1);
    while let Some(argument) = arguments.next() {
        match argument.as_str() {
            "--target" => {
                options.target = match arguments.next().as_deref() {
                    Some("user") => Target::User,
                    Some("phone") => Target::Phone,
                    Some("app-instance") => Target::ApplicationInstance,
                    other => return Err(format!("--target needs user, phone or app-instance, not {other:?}")),
                }
            }
            "--consultative" => options.consultative = true,
            "--fail" => options.fail = true,
            "--real" => options.real = true,
            "--help" | "-h" => return Ok(None),
            other => return Err(format!("unknown argument {other:?}")),
        }
    }
    Ok(Some(options))
}

#[tokio::main]
async fn main() -> ExitCode {
    let options = match parse_options() {
        Ok(Some(options)) => options,
        Ok(None) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(message) => {
            eprintln!("error: {message}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let result = if options.real { run_real(&options).await } else { run_emulated(&options).await };
    match result {
        Ok(outcome @ (TransferOutcome::Completed(_) | TransferOutcome::Transferred { .. })) => {
            println!("{outcome}");
            ExitCode::SUCCESS
        }
        Ok(outcome) => {
            println!("{outcome}");
            ExitCode::FAILURE
        }
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

/// The webhook listener: verifies notifications and feeds the tracker.
struct Listener {
    tracker: CallTracker,
    events: broadcast::Receiver<CallEvent>,
    url: Url,
}

async fn start_listener(
    address: &str,
    path: &str,
    verifier: Verifier,
    public_url: Option<Url>,
) -> Result<Listener, String> {
    let tracker = CallTracker::new(TrackerConfig::default());
    let events = tracker.subscribe();
    let webhook = Webhook::new(verifier, tracker.clone(), WebhookConfig::default());
    let listener =
        tokio::net::TcpListener::bind(address).await.map_err(|error| format!("cannot listen on {address}: {error}"))?;
    let local = listener.local_addr().map_err(|error| format!("cannot read the listening address: {error}"))?;
    let router = webhook.router(path);
    tokio::spawn(async move {
        if let Err(error) = axum::serve(listener, router).await {
            eprintln!("error: the webhook listener stopped: {error}");
        }
    });
    let url = match public_url {
        Some(url) => url,
        None => {
            Url::parse(&format!("http://{local}{path}")).map_err(|error| format!("invalid listener URL: {error}"))?
        }
    };
    Ok(Listener { tracker, events, url })
}

async fn run_emulated(options: &Options) -> Result<TransferOutcome, String> {
    let emulator = Emulator::start(EmulatorConfig::default())
        .await
        .map_err(|error| format!("cannot start the emulator: {error}"))?;
    let app = emulator.bot_app().clone();
    println!("emulator: {}", emulator.graph_url());

    let verifier_config =
        VerifierConfig::new(&app.client_id).openid_configuration_url(emulator.openid_configuration_url());
    let verifier = Verifier::new(verifier_config).map_err(|error| format!("invalid verifier settings: {error}"))?;
    let mut listener = start_listener("127.0.0.1:0", "/api/calls", verifier, None).await?;
    println!("webhook:  {}", listener.url);

    let credentials = ClientCredentials::new(emulator.tenant_id(), &app.client_id, &app.client_secret)
        .cloud(Cloud::Custom { graph_url: emulator.graph_url(), authority: emulator.authority() });
    let client = Client::builder()
        .base_url(emulator.graph_url())
        .token_provider(credentials)
        .build()
        .map_err(|error| error.to_string())?;

    // A phone transfer needs a bot acting for an application instance; the failure scenario
    // for phones uses a plain application instead.
    let as_instance = options.target == Target::Phone && !options.fail;
    let call_id = create_established_call(&client, &mut listener, as_instance).await?;

    let replaces_call_id = if options.consultative {
        if options.fail {
            Some("00000000-0000-0000-0000-000000000000".to_owned())
        } else {
            println!("placing the consultation call");
            Some(create_established_call(&client, &mut listener, as_instance).await?)
        }
    } else {
        None
    };

    let target_id = match options.target {
        Target::User if options.fail && !options.consultative => UNREACHABLE_USER_ID.to_owned(),
        Target::User => "550fae72-d251-43ec-868c-373732c2704f".to_owned(),
        Target::Phone => "+12345678901".to_owned(),
        Target::ApplicationInstance if options.fail => UNREACHABLE_USER_ID.to_owned(),
        Target::ApplicationInstance => "2d1e1b1b-0c36-4e0a-9fae-1f56ba5d0c3d".to_owned(),
    };
    let body = transfer_body(options.target, &target_id, emulator.tenant_id(), replaces_call_id)?;
    let outcome = transfer_and_follow(&client, &mut listener, &call_id, &body).await;
    emulator.shutdown().await;
    outcome
}

async fn run_real(options: &Options) -> Result<TransferOutcome, String> {
    let variable = |name: &str| {
        std::env::var(name).map_err(|_| format!("--real needs the environment variable {name}; see --help"))
    };
    let tenant_id = variable("GRAPH_TENANT_ID")?;
    let client_id = variable("GRAPH_CLIENT_ID")?;
    let client_secret = variable("GRAPH_CLIENT_SECRET")?;
    let call_id = variable("GRAPH_CALL_ID")?;
    let callback =
        Url::parse(&variable("GRAPH_CALLBACK_URL")?).map_err(|error| format!("GRAPH_CALLBACK_URL: {error}"))?;
    let listen = variable("GRAPH_LISTEN")?;
    let target_id = variable("GRAPH_TARGET_ID")?;
    let replaces_call_id = if options.consultative { Some(variable("GRAPH_REPLACES_CALL_ID")?) } else { None };

    let verifier = Verifier::new(VerifierConfig::new(&client_id))
        .map_err(|error| format!("invalid verifier settings: {error}"))?;
    let path = callback.path().to_owned();
    let mut listener = start_listener(&listen, &path, verifier, Some(callback)).await?;
    println!("webhook:  {} (listening on {listen})", listener.url);

    let client = Client::builder()
        .token_provider(ClientCredentials::new(&tenant_id, &client_id, &client_secret))
        .build()
        .map_err(|error| error.to_string())?;
    let call = client.communications().calls().by_id(&call_id).get().await.map_err(|error| error.to_string())?;
    listener.tracker.observe_call(&call_id, &call.value);
    println!(
        "call {call_id}: {}",
        call.value.state.as_ref().map_or_else(|| "state unknown".to_owned(), ToString::to_string)
    );

    let body = transfer_body(options.target, &target_id, &tenant_id, replaces_call_id)?;
    transfer_and_follow(&client, &mut listener, &call_id, &body).await
}

/// Creates a call through the API and waits for the notification that it is established.
async fn create_established_call(
    client: &Client,
    listener: &mut Listener,
    as_instance: bool,
) -> Result<String, String> {
    let mut call = Call::new(listener.url.as_str());
    call.requested_modalities = Some(vec![Modality::Audio]);
    call.media_config = Some(ServiceHostedMediaConfig::new().into());
    call.targets = Some(vec![InvitationParticipantInfo::teams_user(
        "8d0a8f28-6b3c-4f2a-9e4e-7f1c52c4a1b0",
        "72f988bf-86f1-41af-91ab-2d7cd011db47",
    )]);
    if as_instance {
        call.source = Some(ParticipantInfo::new(AnyIdentitySet::application_instance(
            "2d1e1b1b-0c36-4e0a-9fae-1f56ba5d0c3d",
            "72f988bf-86f1-41af-91ab-2d7cd011db47",
        )));
    }
    let created = client.communications().calls().create(&call).await.map_err(|error| error.to_string())?;
    let call_id = created.value.id.clone().ok_or("the created call has no id")?;
    println!("created call {call_id}");
    wait_for(listener, |event| matches!(event, CallEvent::StateChanged { call_id: id, state: CallState::Established, .. } if *id == call_id))
        .await?;
    Ok(call_id)
}

fn transfer_body(
    target: Target,
    target_id: &str,
    tenant_id: &str,
    replaces_call_id: Option<String>,
) -> Result<TransferRequestBody, String> {
    let mut target_info = match target {
        Target::User => InvitationParticipantInfo::teams_user(target_id, tenant_id),
        Target::Phone => InvitationParticipantInfo::phone(target_id).map_err(|error| error.to_string())?,
        Target::ApplicationInstance => InvitationParticipantInfo::application_instance(target_id, tenant_id),
    };
    target_info.replaces_call_id = replaces_call_id;
    let mut body = TransferRequestBody::new(target_info);
    // Graph echoes `clientContext` in the call's operations, which ties them to this request.
    body.client_context = Some(format!("transfer-{}", std::process::id()));
    Ok(body)
}

async fn transfer_and_follow(
    client: &Client,
    listener: &mut Listener,
    call_id: &str,
    body: &TransferRequestBody,
) -> Result<TransferOutcome, String> {
    let target = describe_target(body);
    println!("transferring call {call_id} to {target}");
    let pending = listener.tracker.transfer(client, call_id, body).await.map_err(|error| error.to_string())?;
    let outcome = pending.outcome();
    tokio::pin!(outcome);
    loop {
        tokio::select! {
            biased;
            event = listener.events.recv() => print_event(event),
            outcome = &mut outcome => {
                // The state change that decided the outcome was published just before it.
                while let Ok(event) = listener.events.try_recv() {
                    print_event(Ok(event));
                }
                return Ok(outcome);
            }
        }
    }
}

fn describe_target(body: &TransferRequestBody) -> &'static str {
    let identity = body.transfer_target.as_ref().and_then(|target| target.identity.as_ref());
    match identity {
        Some(AnyIdentitySet::CommunicationsIdentitySet(set)) if set.phone.is_some() => "a phone number",
        Some(AnyIdentitySet::CommunicationsIdentitySet(set)) if set.application_instance.is_some() => {
            "an application instance"
        }
        _ => "a Teams user",
    }
}

fn print_event(event: Result<CallEvent, broadcast::error::RecvError>) {
    match event {
        Ok(CallEvent::StateChanged { call_id, state, .. }) => println!("call {call_id}: {state}"),
        Ok(CallEvent::RosterUpdated { call_id, participants }) => {
            println!("call {call_id}: {participants} participants")
        }
        Ok(_) => {}
        Err(broadcast::error::RecvError::Lagged(missed)) => println!("({missed} events missed)"),
        Err(broadcast::error::RecvError::Closed) => {}
    }
}

/// Prints events until one matches, or fails after [`WAIT_SECONDS`].
async fn wait_for(listener: &mut Listener, mut matches: impl FnMut(&CallEvent) -> bool) -> Result<(), String> {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(WAIT_SECONDS);
    loop {
        let event = tokio::time::timeout_at(deadline, listener.events.recv())
            .await
            .map_err(|_| format!("no notification within {WAIT_SECONDS} s; is the callback reachable?"))?;
        let done = event.as_ref().is_ok_and(&mut matches);
        print_event(event);
        if done {
            return Ok(());
        }
    }
}
