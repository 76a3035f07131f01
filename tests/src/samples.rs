//! Generated sample payloads for benchmarks and load tests.

use serde_json::{Value, json};

/// Builds a webhook body with one `commsNotification` whose `resourceData` is a roster of
/// `participants` participants, shaped like the rosters Graph sends for group calls: every
/// object carries `@odata.type`, each participant has an identity set and three media streams.
pub fn roster_notification(participants: usize) -> String {
    let roster: Vec<Value> = (0..participants).map(participant).collect();
    let body = json!({
        "@odata.type": "#microsoft.graph.commsNotifications",
        "value": [{
            "@odata.type": "#microsoft.graph.commsNotification",
            "changeType": "updated",
            "resourceUrl": "/communications/calls/341a0500-d4bf-4224-8b19-1581168d328b/participants",
            "resourceData": roster,
        }],
    });
    body.to_string()
}

fn participant(index: usize) -> Value {
    let streams: Vec<Value> =
        [("audio", "main-audio"), ("video", "main-video"), ("videoBasedScreenSharing", "applicationsharing-video")]
            .iter()
            .enumerate()
            .map(|(stream, (media_type, label))| {
                json!({
                    "@odata.type": "#microsoft.graph.mediaStream",
                    "mediaType": media_type,
                    "label": label,
                    "sourceId": format!("{}", index * 3 + stream + 1),
                    "direction": "sendReceive",
                    "serverMuted": false,
                })
            })
            .collect();
    json!({
        "@odata.type": "#microsoft.graph.participant",
        "id": format!("{index:08x}-0d4f-4e2b-9b77-5c3f1b2a{index:04x}"),
        "info": {
            "@odata.type": "#microsoft.graph.participantInfo",
            "identity": {
                "@odata.type": "#microsoft.graph.communicationsIdentitySet",
                "user": {
                    "@odata.type": "#microsoft.graph.identity",
                    "id": format!("{index:08x}-d251-43ec-868c-373732c2704f"),
                    "displayName": format!("Participant {index}"),
                    "tenantId": "72f988bf-86f1-41af-91ab-2d7cd011db47",
                },
                "endpointType": "default",
            },
            "endpointType": "default",
            "languageId": "en-US",
            "region": "amer",
            "participantId": format!("{index:08x}-0d4f-4e2b-9b77-5c3f1b2a{index:04x}"),
        },
        "mediaStreams": streams,
        "isMuted": index.is_multiple_of(3),
        "isInLobby": false,
        "metadata": "eyJjb250ZW50VHlwZSI6ImFwcGxpY2F0aW9uL2pzb24iLCJ0ZW5hbnRSZWdpb24iOiJhbWVyIn0=",
        "rosterSequenceNumber": 1_000 + index,
    })
}
