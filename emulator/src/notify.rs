//! Delivers a call's notifications to its callback, signed like Graph's, one at a time.

use std::sync::Arc;
use std::time::Duration;

use graph_calls::json::OneOrMany;
use graph_calls::models::{
    AnyEntity, Call, CallMediaState, CallState, CommsNotification, CommsNotifications, MediaState, ResultInfo,
};
use uuid::Uuid;

use crate::Shared;
use crate::keys::{NotificationClaims, unix_now};
use crate::state::RecordedNotification;
use crate::transfer::Planned;

/// How long a notification token is valid, in seconds.
const NOTIFICATION_TOKEN_LIFETIME: u64 = 300;

/// Sends `planned` for `call_id` in the background, in order, applying the call's faults.
pub(crate) fn schedule(shared: Arc<Shared>, call_id: String, planned: Vec<Planned>) {
    shared.delivery_started();
    tokio::spawn(async move {
        deliver(&shared, &call_id, planned).await;
        shared.delivery_finished();
    });
}

async fn deliver(shared: &Shared, call_id: &str, mut planned: Vec<Planned>) {
    let faults = shared.state().faults_for(Some(call_id));
    if faults.reorder_notifications
        && let Some(index) = planned.iter().position(|item| item.state == CallState::TransferAccepted)
    {
        let accepted = planned.remove(index);
        planned.push(accepted);
    }
    let copies = if faults.duplicate_notifications { 2 } else { 1 };

    for item in planned {
        tokio::time::sleep(shared.config.notification_interval + faults.notification_delay).await;
        let (callback, chain_id, tenant_id) = {
            let mut state = shared.state();
            let Some(call) = state.calls.get_mut(call_id) else {
                return;
            };
            // A reordered late notification does not move the emulated call out of its end state.
            if call.state != CallState::Terminated {
                call.state = item.state.clone();
            }
            (call.callback_uri.clone(), call.chain_id.clone(), call.tenant_id.clone())
        };
        let body = match serde_json::to_value(notification(call_id, &item)) {
            Ok(body) => body,
            Err(error) => {
                tracing::error!(call_id, error = %error, "cannot write a notification");
                return;
            }
        };
        let message_id = Uuid::new_v4().to_string();
        for _ in 0..copies {
            send(
                shared,
                call_id,
                &callback,
                &chain_id,
                &tenant_id,
                &message_id,
                &body,
                &item,
                faults.sign_with_unlisted_key,
            )
            .await;
        }
    }
}

#[allow(clippy::too_many_arguments)]
async fn send(
    shared: &Shared,
    call_id: &str,
    callback: &str,
    chain_id: &str,
    tenant_id: &str,
    message_id: &str,
    body: &serde_json::Value,
    item: &Planned,
    unlisted: bool,
) {
    let now = unix_now();
    let claims = NotificationClaims {
        aud: shared.bot_app_id().to_owned(),
        iss: crate::NOTIFICATION_ISSUER.to_owned(),
        iat: now,
        nbf: now,
        exp: now + NOTIFICATION_TOKEN_LIFETIME,
        tid: tenant_id.to_owned(),
    };
    let key = if unlisted { &shared.keys.unlisted } else { &shared.keys.notification };
    let token = match key.sign(&claims) {
        Ok(token) => token,
        Err(error) => {
            tracing::error!(call_id, error = %error, "cannot sign a notification");
            return;
        }
    };
    let response = shared
        .http
        .post(callback)
        .bearer_auth(token)
        .header("x-microsoft-skype-message-id", message_id)
        .header("x-microsoft-skype-chain-id", chain_id)
        .header(reqwest::header::CONTENT_TYPE, "application/json")
        .body(body.to_string())
        .timeout(Duration::from_secs(10))
        .send()
        .await;
    let response_status = match response {
        Ok(response) => Some(response.status().as_u16()),
        Err(error) => {
            tracing::debug!(call_id, error = %error, "callback unreachable");
            None
        }
    };
    shared.state().notifications.push(RecordedNotification {
        call_id: call_id.to_owned(),
        message_id: message_id.to_owned(),
        body: body.clone(),
        state: Some(item.state.clone()),
        signed_with_listed_key: !unlisted,
        response_status,
    });
}

/// Builds the webhook body for one planned notification, shaped like the documented ones.
fn notification(call_id: &str, item: &Planned) -> CommsNotifications {
    let mut call = empty_call();
    call.odata_type = Some("#microsoft.graph.call".into());
    call.state = Some(item.state.clone());
    if let Some((code, subcode, message)) = item.result {
        let mut result = ResultInfo::new(code, subcode);
        result.odata_type = Some("#microsoft.graph.resultInfo".into());
        result.message = Some(message.to_owned());
        call.result_info = Some(result);
    }
    call.termination_reason = item.termination_reason.map(str::to_owned);
    call.replaces_context.clone_from(&item.replaces_context);
    if item.audio_inactive {
        let mut media = CallMediaState::new();
        media.audio = Some(MediaState::Inactive);
        call.media_state = Some(media);
    }

    let mut entry = CommsNotification::new(item.change_type.clone(), format!("/communications/calls/{call_id}"));
    entry.odata_type = Some("#microsoft.graph.commsNotification".into());
    entry.resource_data = Some(OneOrMany::One(AnyEntity::from(call)));
    let mut notifications = CommsNotifications::new();
    notifications.odata_type = Some("#microsoft.graph.commsNotifications".into());
    notifications.value = Some(vec![entry]);
    notifications
}

/// Returns a call with no member set; `Call::new` would require `callbackUri`, which
/// notifications leave out. Decoding never requires a member, so an empty object reads.
pub(crate) fn empty_call() -> Call {
    serde_json::from_value(serde_json::json!({}))
        .unwrap_or_else(|_| unreachable!("every member of a call is optional when read"))
}
