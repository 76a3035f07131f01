//! The notifications Graph sends after a transfer, for each kind of target and outcome.

use graph_calls::models::{AnyIdentity, AnyIdentitySet, CallState, ChangeType, InvitationParticipantInfo};

use crate::state::{CallSource, EmulatedCall, State};

/// The documented result of a completed transfer.
const COMPLETED: (i32, i32, &str) = (0, 7015, "GracefulTransferCompleted");
/// The documented failure of a transfer to a user or a phone number.
const FAILED: (i32, i32, &str) = (500, 7000, "Transfer failed: the target could not be reached.");
/// The documented failure of a consultative transfer.
const CONSULTATIVE_FAILED: (i32, i32, &str) =
    (500, 7700, "Consultative transfer failed: the replaced call is not active.");

/// One notification to send.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Planned {
    pub(crate) change_type: ChangeType,
    pub(crate) state: CallState,
    pub(crate) result: Option<(i32, i32, &'static str)>,
    pub(crate) termination_reason: Option<&'static str>,
    pub(crate) replaces_context: Option<String>,
    pub(crate) audio_inactive: bool,
}

impl Planned {
    pub(crate) fn state(state: CallState) -> Self {
        let change_type = if state == CallState::Terminated { ChangeType::Deleted } else { ChangeType::Updated };
        Self {
            change_type,
            state,
            result: None,
            termination_reason: None,
            replaces_context: None,
            audio_inactive: false,
        }
    }
}

/// The identities a transfer target names.
#[derive(Debug, Default)]
struct TargetIdentities {
    user: Option<String>,
    phone: Option<String>,
    application_instance: Option<String>,
}

fn identity_id(identity: &AnyIdentity) -> Option<String> {
    identity.id().cloned()
}

/// Reads a member of an identity set that the declared type does not have, such as `phone`
/// sent without `@odata.type`.
fn unknown_identity_id(members: &graph_calls::json::UnknownMembers, name: &str) -> Option<String> {
    members.get(name).and_then(|value| value.get("id")).and_then(|id| id.as_str()).map(str::to_owned)
}

fn target_identities(target: &InvitationParticipantInfo) -> TargetIdentities {
    let mut identities = TargetIdentities::default();
    match &target.identity {
        Some(AnyIdentitySet::CommunicationsIdentitySet(set)) => {
            identities.user = set.user.as_ref().and_then(identity_id);
            identities.phone = set.phone.as_ref().and_then(identity_id);
            identities.application_instance = set.application_instance.as_ref().and_then(identity_id);
        }
        Some(AnyIdentitySet::IdentitySet(set) | AnyIdentitySet::Unrecognized(set)) => {
            identities.user = set.user.as_ref().and_then(identity_id);
            identities.phone = unknown_identity_id(&set.unknown_members, "phone");
            identities.application_instance = unknown_identity_id(&set.unknown_members, "applicationInstance");
        }
        _ => {}
    }
    identities
}

/// Plans the notifications of a transfer of `call`, accepted with status 202.
///
/// To a user or an application instance, the transfer completes unless its id is marked
/// unreachable. To a phone number, it completes only when the call's bot acts for an
/// application instance. A consultative transfer (`replacesCallId`) completes when the replaced
/// call is another established call of the emulator, and then ends with `AppTransferred`.
pub(crate) fn plan(
    state: &State,
    call_id: &str,
    call: &EmulatedCall,
    target: &InvitationParticipantInfo,
) -> Vec<Planned> {
    let identities = target_identities(target);
    let consultative = target.replaces_call_id.as_deref();

    let reachable = if let Some(user) = &identities.user {
        !state.unreachable_users.contains(user)
    } else if identities.phone.is_some() {
        call.source == CallSource::ApplicationInstance
    } else {
        identities.application_instance.as_ref().is_some_and(|instance| !state.unreachable_users.contains(instance))
    };
    let replaced_is_live = consultative.is_none_or(|replaced| {
        replaced != call_id && state.calls.get(replaced).is_some_and(|other| other.state == CallState::Established)
    });

    let mut planned = vec![Planned::state(CallState::Transferring)];
    if !reachable || !replaced_is_live {
        let mut failed = Planned::state(CallState::Established);
        if let Some(replaced) = consultative {
            failed.result = Some(CONSULTATIVE_FAILED);
            // Graph's documented failure of a consultative transfer to a user carries
            // `replacesContext`; the one to a phone number does not.
            if identities.phone.is_none() {
                failed.replaces_context = Some(format!("replaces-{replaced}"));
            }
        } else {
            failed.result = Some(FAILED);
        }
        planned.push(failed);
        return planned;
    }

    let mut accepted = Planned::state(CallState::TransferAccepted);
    accepted.audio_inactive = true;
    planned.push(accepted);
    let mut terminated = Planned::state(CallState::Terminated);
    if consultative.is_some() {
        terminated.termination_reason = Some("AppTransferred");
    } else {
        terminated.result = Some(COMPLETED);
    }
    planned.push(terminated);
    planned
}
