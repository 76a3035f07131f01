//! Webhook bodies decode into typed notifications, identified by `resourceUrl`.

use graph_calls::json::OneOrMany;
use graph_calls::models::{AnyCommsOperation, AnyEntity, CallState, ChangeType};
use graph_calls::notifications::{
    DEFAULT_MAX_BODY_BYTES, DecodeError, Resource, ResourceData, decode_notifications, decode_notifications_with_limit,
};
use graph_calls_tests::fixtures::read_fixture;
use graph_calls_tests::samples::roster_notification;

fn call_resource(id: &str) -> Resource {
    Resource::Call { call_id: id.to_owned() }
}

#[test]
fn documented_notifications_decode_as_calls() {
    for scenario in ["user", "consultative", "phone", "consultative-phone"] {
        for kind in ["transferring", "transfer-accepted", "completed", "failed"] {
            let body = read_fixture(&format!("{scenario}.{kind}.json"));
            let notifications =
                decode_notifications(body.as_bytes()).unwrap_or_else(|error| panic!("{scenario} {kind}: {error}"));
            assert_eq!(notifications.len(), 1);
            assert_eq!(notifications[0].resource, call_resource("341a0500-d4bf-4224-8b19-1581168d328b"));
            assert!(
                matches!(notifications[0].data, ResourceData::Call(_)),
                "{scenario} {kind}: {:?}",
                notifications[0].data
            );
        }
    }
}

#[test]
fn batch_keeps_order_and_types_each_entry() {
    let body = br##"{"value": [
        {"changeType": "updated", "resourceUrl": "/communications/calls/c1",
         "resourceData": {"@odata.type": "#microsoft.graph.call", "state": "established"}},
        {"changeType": "updated", "resourceUrl": "/communications/calls/c1/participants",
         "resourceData": [{"@odata.type": "#microsoft.graph.participant", "id": "p1"}, {"id": "p2", "isMuted": true}]},
        {"changeType": "deleted", "resourceUrl": "/app/calls/c2",
         "resourceData": {"state": "terminated"}, "sequence": 7}
    ]}"##;
    let notifications = decode_notifications(body).expect("decodes");
    assert_eq!(notifications.len(), 3);

    assert_eq!(notifications[0].resource, call_resource("c1"));
    let ResourceData::Call(call) = &notifications[0].data else { panic!("{:?}", notifications[0].data) };
    assert_eq!(call.state, Some(CallState::Established));

    assert_eq!(notifications[1].resource, Resource::Participants { call_id: "c1".to_owned() });
    let ResourceData::Participants(roster) = &notifications[1].data else { panic!("{:?}", notifications[1].data) };
    assert_eq!(roster.len(), 2);
    assert_eq!(roster[1].is_muted, Some(true), "a participant without @odata.type is typed by its resource");

    assert_eq!(notifications[2].resource, call_resource("c2"), "the deprecated /app path");
    assert_eq!(notifications[2].change_type, Some(ChangeType::Deleted));
    let ResourceData::Call(call) = &notifications[2].data else { panic!("{:?}", notifications[2].data) };
    assert_eq!(call.state, Some(CallState::Terminated), "a call without @odata.type is typed by its resource");
    assert_eq!(notifications[2].unknown_members.get("sequence"), Some(&serde_json::json!(7)));
}

#[test]
fn empty_roster_is_an_empty_list() {
    let body = br#"{"value": [{"changeType": "updated", "resourceUrl": "/communications/calls/c1/participants", "resourceData": []}]}"#;
    let notifications = decode_notifications(body).expect("decodes");
    assert_eq!(notifications[0].data, ResourceData::Participants(Vec::new()));
}

#[test]
fn operations_are_typed_by_annotation() {
    let body = br##"{"value": [
        {"changeType": "updated", "resourceUrl": "/communications/calls/c1/operations/o1",
         "resourceData": {"@odata.type": "#microsoft.graph.inviteParticipantsOperation", "status": "failed", "clientContext": "ctx"}},
        {"changeType": "updated", "resourceUrl": "/communications/calls/c1/operations/o2",
         "resourceData": {"status": "completed"}}
    ]}"##;
    let notifications = decode_notifications(body).expect("decodes");
    assert_eq!(
        notifications[0].resource,
        Resource::Operation { call_id: "c1".to_owned(), operation_id: "o1".to_owned() }
    );
    let ResourceData::Operation(operation) = &notifications[0].data else { panic!("{:?}", notifications[0].data) };
    assert!(matches!(operation, AnyCommsOperation::InviteParticipantsOperation(_)));
    assert_eq!(operation.client_context().map(String::as_str), Some("ctx"));
    let ResourceData::Operation(operation) = &notifications[1].data else { panic!("{:?}", notifications[1].data) };
    assert!(matches!(operation, AnyCommsOperation::CommsOperation(_)), "no annotation reads as the base operation");
}

#[test]
fn unknown_resources_and_types_are_kept() {
    let body = br##"{"value": [
        {"changeType": "created", "resourceUrl": "/communications/onlineMeetings/m1", "resourceData": {"@odata.type": "#microsoft.graph.onlineMeeting", "subject": "s"}},
        {"changeType": "updated", "resourceUrl": "/communications/calls/c1", "resourceData": {"@odata.type": "#microsoft.graph.hologramCall", "depth": 3}},
        {"changeType": "updated"}
    ]}"##;
    let notifications = decode_notifications(body).expect("unknown things are not errors");
    assert_eq!(
        notifications[0].resource,
        Resource::Other { resource_url: Some("/communications/onlineMeetings/m1".to_owned()) }
    );
    let ResourceData::Other(OneOrMany::One(AnyEntity::Unrecognized(meeting))) = &notifications[0].data else {
        panic!("{:?}", notifications[0].data)
    };
    assert_eq!(meeting.unknown_members.get("subject"), Some(&serde_json::json!("s")));
    assert!(matches!(&notifications[1].data, ResourceData::Other(OneOrMany::One(AnyEntity::Unrecognized(_)))));
    assert_eq!(notifications[2].resource, Resource::Other { resource_url: None });
    assert_eq!(notifications[2].data, ResourceData::None);
}

#[test]
fn empty_body_is_an_error() {
    assert!(matches!(decode_notifications(b""), Err(DecodeError::Empty)));
    assert!(matches!(decode_notifications(b" \r\n"), Err(DecodeError::Empty)));
}

#[test]
fn invalid_json_names_position() {
    let error = decode_notifications(b"{\"value\": [\n  {\"changeType\": \"updated\",,}\n]}").expect_err("invalid");
    let DecodeError::Invalid { line, column, .. } = &error else { panic!("{error:?}") };
    assert_eq!((*line, *column), (2, 28));
    assert!(error.to_string().contains("line 2, column 28"), "{error}");
}

#[test]
fn wrong_shape_names_member() {
    let error = decode_notifications(br#"{"value": [{"changeType": 3}]}"#).expect_err("changeType is a string");
    let DecodeError::Invalid { path, .. } = &error else { panic!("{error:?}") };
    assert_eq!(path, "value[0].changeType");
    assert!(matches!(decode_notifications(b"[]"), Err(DecodeError::Invalid { .. })));
    assert!(matches!(decode_notifications(b"{} trailing"), Err(DecodeError::Invalid { .. })));
}

#[test]
fn body_over_limit_is_rejected() {
    let body = roster_notification(20);
    let error = decode_notifications_with_limit(body.as_bytes(), 1_000).expect_err("over the limit");
    assert!(matches!(error, DecodeError::TooLarge { size, limit: 1_000 } if size == body.len()), "{error:?}");
}

#[test]
fn default_limit_admits_roster_of_500() {
    let body = roster_notification(500);
    assert!(body.len() < DEFAULT_MAX_BODY_BYTES);
    let notifications = decode_notifications(body.as_bytes()).expect("decodes");
    let ResourceData::Participants(roster) = &notifications[0].data else { panic!("expected a roster") };
    assert_eq!(roster.len(), 500);
}
