//! Every JSON example of Microsoft's `call: transfer` page decodes into the generated models and
//! encodes back to an equal JSON value.
//!
//! The examples are under `fixtures/transfer/`: four request bodies (to a user, consultative,
//! to a phone number, consultative to a phone number) and, for each, the four notifications
//! (transferring, transfer accepted, completed, failed). Values are compared as parsed JSON,
//! strictly, except where the page differs from the schema: the failure examples spell
//! `resultInfo.subcode` as `subCode`, which the models read and always write as `subcode`.

use std::path::{Path, PathBuf};

use graph_calls::json::OneOrMany;
use graph_calls::models::{
    AnyEntity, AnyIdentity, AnyIdentitySet, Call, CallState, ChangeType, CommsNotifications, EndpointType,
    TransferRequestBody,
};
use serde_json::Value;

const SCENARIOS: [&str; 4] = ["user", "consultative", "phone", "consultative-phone"];
const NOTIFICATIONS: [&str; 4] = ["transferring", "transfer-accepted", "completed", "failed"];

fn fixture_path(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/transfer").join(name)
}

fn read_fixture(name: &str) -> String {
    let path = fixture_path(name);
    std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("cannot read {}: {error}", path.display()))
}

fn parse_value(text: &str) -> Value {
    serde_json::from_str(text).expect("fixture is valid JSON")
}

/// Replaces every `subCode` key with `subcode`, the spelling the models write.
fn normalize_subcode(value: &mut Value) -> usize {
    let mut renamed = 0;
    match value {
        Value::Object(members) => {
            if let Some(subcode) = members.remove("subCode") {
                members.insert("subcode".to_owned(), subcode);
                renamed += 1;
            }
            for member in members.values_mut() {
                renamed += normalize_subcode(member);
            }
        }
        Value::Array(items) => {
            for item in items {
                renamed += normalize_subcode(item);
            }
        }
        _ => {}
    }
    renamed
}

fn single_call(notifications: &CommsNotifications) -> &Call {
    let entries = notifications.value.as_ref().expect("notification list");
    assert_eq!(entries.len(), 1);
    match entries[0].resource_data.as_ref() {
        Some(OneOrMany::One(AnyEntity::Call(call))) => call,
        other => panic!("expected one call as resourceData, found {other:?}"),
    }
}

#[test]
fn fixture_set_is_complete() {
    let mut names: Vec<String> = std::fs::read_dir(fixture_path(""))
        .expect("fixture folder")
        .map(|entry| entry.expect("folder entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    let mut expected: Vec<String> = SCENARIOS
        .iter()
        .flat_map(|scenario| {
            std::iter::once(format!("{scenario}.request.json"))
                .chain(NOTIFICATIONS.iter().map(move |kind| format!("{scenario}.{kind}.json")))
        })
        .collect();
    expected.sort();
    assert_eq!(names, expected);
}

#[test]
fn request_bodies_round_trip() {
    for scenario in SCENARIOS {
        let text = read_fixture(&format!("{scenario}.request.json"));
        let body: TransferRequestBody =
            serde_json::from_str(&text).unwrap_or_else(|error| panic!("{scenario}: {error}"));
        let encoded = serde_json::to_value(&body).expect("encode");
        assert_eq!(encoded, parse_value(&text), "{scenario} request body changed in a round trip");
    }
}

#[test]
fn notifications_round_trip() {
    for scenario in SCENARIOS {
        for kind in ["transferring", "transfer-accepted", "completed"] {
            let text = read_fixture(&format!("{scenario}.{kind}.json"));
            let notifications: CommsNotifications =
                serde_json::from_str(&text).unwrap_or_else(|error| panic!("{scenario} {kind}: {error}"));
            let encoded = serde_json::to_value(&notifications).expect("encode");
            assert_eq!(encoded, parse_value(&text), "{scenario} {kind} changed in a round trip");
        }
    }
}

#[test]
fn failure_notifications_normalize_subcode() {
    for scenario in SCENARIOS {
        let text = read_fixture(&format!("{scenario}.failed.json"));
        let mut expected = parse_value(&text);
        assert_eq!(normalize_subcode(&mut expected), 1, "{scenario}: the page spells `subCode` once");

        let notifications: CommsNotifications = serde_json::from_str(&text).expect("decode");
        let encoded = serde_json::to_value(&notifications).expect("encode");
        assert_eq!(encoded, expected, "{scenario} failure notification changed beyond `subCode`");

        let call = single_call(&notifications);
        let result = call.result_info.as_ref().expect("resultInfo");
        assert_eq!(result.code, Some(500));
        let subcode = if scenario.starts_with("consultative") { 7700 } else { 7000 };
        assert_eq!(result.subcode, Some(subcode));
        assert!(result.unknown_members.is_empty(), "subCode must not stay an unknown member");
    }
}

#[test]
fn notifications_decode_typed_states() {
    let expected_states = [
        ("transferring", CallState::Transferring),
        ("transfer-accepted", CallState::TransferAccepted),
        ("completed", CallState::Terminated),
        ("failed", CallState::Established),
    ];
    for scenario in SCENARIOS {
        for (kind, state) in &expected_states {
            let notifications: CommsNotifications =
                serde_json::from_str(&read_fixture(&format!("{scenario}.{kind}.json"))).expect("decode");
            let entry = &notifications.value.as_ref().expect("entries")[0];
            let change = if *kind == "completed" { ChangeType::Deleted } else { ChangeType::Updated };
            assert_eq!(entry.change_type.as_ref(), Some(&change), "{scenario} {kind}");
            assert_eq!(
                entry.resource_url.as_deref(),
                Some("/communications/calls/341a0500-d4bf-4224-8b19-1581168d328b")
            );
            assert_eq!(single_call(&notifications).state.as_ref(), Some(state), "{scenario} {kind}");
        }
    }
}

#[test]
fn completed_notifications_carry_their_outcome() {
    for scenario in ["user", "phone"] {
        let notifications: CommsNotifications =
            serde_json::from_str(&read_fixture(&format!("{scenario}.completed.json"))).expect("decode");
        let result = single_call(&notifications).result_info.as_ref().expect("resultInfo");
        assert_eq!((result.code, result.subcode), (Some(0), Some(7015)));
        assert_eq!(result.message.as_deref(), Some("GracefulTransferCompleted"));
    }
    for scenario in ["consultative", "consultative-phone"] {
        let notifications: CommsNotifications =
            serde_json::from_str(&read_fixture(&format!("{scenario}.completed.json"))).expect("decode");
        let call = single_call(&notifications);
        assert_eq!(call.termination_reason.as_deref(), Some("AppTransferred"));
    }
}

#[test]
fn consultative_failure_keeps_replaces_context() {
    let notifications: CommsNotifications =
        serde_json::from_str(&read_fixture("consultative.failed.json")).expect("decode");
    let call = single_call(&notifications);
    assert_eq!(call.replaces_context.as_deref(), Some("<replacesContext>"));
    assert!(call.unknown_members.is_empty(), "replacesContext is a declared property");
}

#[test]
fn user_request_decodes_typed_target() {
    let body: TransferRequestBody = serde_json::from_str(&read_fixture("user.request.json")).expect("decode");
    let target = body.transfer_target.as_ref().expect("transferTarget");
    assert_eq!(target.endpoint_type, Some(EndpointType::Default));
    assert_eq!(target.unknown_members.get("languageId"), Some(&Value::from("languageId-value")));
    assert_eq!(target.unknown_members.get("region"), Some(&Value::from("region-value")));
    assert_eq!(body.client_context.as_deref(), Some("9e90d1c1-f61e-43e7-9f75-d420159aae08"));

    let Some(AnyIdentitySet::IdentitySet(identities)) = &target.identity else {
        panic!("identity without @odata.type reads as the declared identitySet: {:?}", target.identity);
    };
    let Some(AnyIdentity::Identity(user)) = &identities.user else {
        panic!("user reads as identity: {:?}", identities.user);
    };
    assert_eq!(user.id.as_deref(), Some("550fae72-d251-43ec-868c-373732c2704f"));
    assert_eq!(user.display_name.as_deref(), Some("Heidi Steen"));
    assert_eq!(user.unknown_members.get("tenantId"), Some(&Value::from("72f988bf-86f1-41af-91ab-2d7cd011db47")));
}

#[test]
fn consultative_request_keeps_annotations_and_replaces_call_id() {
    let body: TransferRequestBody = serde_json::from_str(&read_fixture("consultative.request.json")).expect("decode");
    let target = body.transfer_target.as_ref().expect("transferTarget");
    assert_eq!(target.odata_type.as_deref(), Some("#microsoft.graph.invitationParticipantInfo"));
    assert_eq!(target.replaces_call_id.as_deref(), Some("e5d39592-99bd-4db8-bca8-30fb894ec51d"));
    assert_eq!(target.identity.as_ref().and_then(AnyIdentitySet::odata_type), Some("#microsoft.graph.identitySet"));
}

#[test]
fn phone_request_keeps_phone_under_identity_set() {
    // The page declares neither `@odata.type` nor a type with a `phone` property here, so
    // `phone` is kept as an unknown member of the declared `identitySet`.
    let body: TransferRequestBody = serde_json::from_str(&read_fixture("phone.request.json")).expect("decode");
    let target = body.transfer_target.as_ref().expect("transferTarget");
    let Some(AnyIdentitySet::IdentitySet(identities)) = &target.identity else {
        panic!("unexpected identity {:?}", target.identity);
    };
    let phone = identities.unknown_members.get("phone").expect("phone member");
    assert_eq!(phone["id"], Value::from("+12345678901"));
}
