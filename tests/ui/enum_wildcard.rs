// Enums gain members as Graph evolves, so a match needs a wildcard arm.
use graph_calls::models::CallState;

fn describe(state: &CallState) -> &'static str {
    match state {
        CallState::Incoming => "incoming",
        CallState::Establishing => "establishing",
        CallState::Established => "established",
        CallState::Hold => "hold",
        CallState::Transferring => "transferring",
        CallState::TransferAccepted => "transfer accepted",
        CallState::Redirecting => "redirecting",
        CallState::Terminating => "terminating",
        CallState::Terminated => "terminated",
        CallState::UnknownFutureValue => "unknown future value",
        CallState::Ringing => "ringing",
        CallState::Unrecognized(_) => "unrecognized",
    }
}

fn main() {
    println!("{}", describe(&CallState::Established));
}
