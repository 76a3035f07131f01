//! Behaviour of the generated models: unknown members, evolvable enums, nullability,
//! polymorphism, validation and the target constructors.

use graph_calls::json::OneOrMany;
use graph_calls::models::{
    AnyCommsOperation, AnyEntity, AnyIdentity, AnyIdentitySet, Call, CallState, ChangeType, CommsNotification,
    CommsNotifications, CommunicationsUserIdentity, Identity, IdentitySet, InvitationParticipantInfo, Modality,
    ResultInfo, TransferRequestBody,
};
use graph_calls::{ValidationError, ValidationErrorKind};
use graph_calls_tests::golden;
use serde_json::{Value, json};

fn decode<T: serde::de::DeserializeOwned>(text: &str) -> T {
    serde_json::from_str(text).unwrap_or_else(|error| panic!("cannot decode {text}: {error}"))
}

#[test]
fn models_are_send_sync_clone_partial_eq() {
    fn assert_traits<T: Send + Sync + Clone + PartialEq + std::fmt::Debug>() {}
    assert_traits::<Call>();
    assert_traits::<CommsNotifications>();
    assert_traits::<TransferRequestBody>();
    assert_traits::<AnyEntity>();
    assert_traits::<CallState>();
    assert_traits::<ValidationError>();
}

#[test]
fn unknown_members_keep_order() {
    let text = r#"{"zeta":1,"id":"a","alpha":{"nested":[1,2]},"displayName":"Heidi","middle":null}"#;
    let identity: Identity = decode(text);
    let names: Vec<&str> = identity.unknown_members.iter().map(|(name, _)| name).collect();
    assert_eq!(names, ["zeta", "alpha", "middle"]);
    assert_eq!(
        serde_json::to_string(&identity).expect("encode"),
        r#"{"displayName":"Heidi","id":"a","zeta":1,"alpha":{"nested":[1,2]},"middle":null}"#
    );
}

#[test]
fn null_and_absent_read_as_none() {
    let with_null: ResultInfo = decode(r#"{"code":null,"message":"m"}"#);
    let absent: ResultInfo = decode(r#"{"message":"m"}"#);
    assert_eq!(with_null, absent);
    assert_eq!(with_null.code, None);
    assert_eq!(serde_json::to_string(&with_null).expect("encode"), r#"{"message":"m"}"#);
}

#[test]
fn wrong_member_type_is_an_error_with_position() {
    let error = serde_json::from_str::<ResultInfo>(r#"{"code":"zero"}"#).expect_err("code is an Int32");
    let message = error.to_string();
    assert!(message.contains("invalid type: string \"zero\", expected i32"), "{message}");
    assert_eq!((error.line(), error.column()), (1, 14));
}

#[test]
fn duplicate_member_is_an_error() {
    let error = serde_json::from_str::<ResultInfo>(r#"{"code":1,"code":2}"#).expect_err("duplicate");
    assert!(error.to_string().contains("duplicate member `code`"), "{error}");
}

#[test]
fn alternative_spelling_is_read_and_normalized() {
    let result: ResultInfo = decode(r#"{"code":500,"subCode":7000}"#);
    assert_eq!(result.subcode, Some(7000));
    assert_eq!(serde_json::to_string(&result).expect("encode"), r#"{"code":500,"subcode":7000}"#);

    let error = serde_json::from_str::<ResultInfo>(r#"{"subcode":1,"subCode":2}"#).expect_err("both spellings");
    assert!(error.to_string().contains("duplicate member `subcode`"), "{error}");
}

#[test]
fn enums_match_other_letter_case() {
    assert_eq!(decode::<CallState>(r#""Established""#), CallState::Established);
    assert_eq!(decode::<ChangeType>(r#""Updated""#), ChangeType::Updated);
    assert_eq!(decode::<CallState>(r#""TRANSFERACCEPTED""#), CallState::TransferAccepted);
    assert_eq!(serde_json::to_string(&CallState::Established).expect("encode"), r#""established""#);
}

#[test]
fn enums_keep_unrecognized_values() {
    let state: CallState = decode(r#""parkedInOrbit""#);
    let CallState::Unrecognized(value) = &state else {
        panic!("expected an unrecognized value, found {state:?}");
    };
    assert_eq!(value.as_str(), "parkedInOrbit");
    assert_eq!(serde_json::to_string(&state).expect("encode"), r#""parkedInOrbit""#);
    assert_eq!(decode::<CallState>(r#""unknownFutureValue""#), CallState::UnknownFutureValue);
    assert_eq!(decode::<CallState>(r#""ringing""#), CallState::Ringing);
}

#[test]
fn enum_rejects_non_strings() {
    let error = serde_json::from_str::<Modality>("3").expect_err("enums are strings");
    assert!(error.to_string().contains("a string member of `microsoft.graph.modality`"), "{error}");
}

#[test]
fn non_exhaustive_enum_match_needs_wildcard() {
    let describe = |state: &CallState| match state {
        CallState::Established => "up",
        CallState::Terminated => "down",
        _ => "other",
    };
    assert_eq!(describe(&CallState::from("established")), "up");
    assert_eq!(describe(&"brandNew".parse().expect("infallible")), "other");
}

#[test]
fn polymorphic_leading_annotation_selects_derived_type() {
    let text = r##"{"@odata.type":"#microsoft.graph.communicationsUserIdentity","id":"u1","tenantId":"t1"}"##;
    let identity: AnyIdentity = decode(text);
    let AnyIdentity::CommunicationsUserIdentity(user) = &identity else {
        panic!("expected communicationsUserIdentity, found {identity:?}");
    };
    assert_eq!(user.tenant_id.as_deref(), Some("t1"));
    assert!(user.unknown_members.is_empty());
    assert_eq!(serde_json::to_value(&identity).expect("encode"), serde_json::from_str::<Value>(text).expect("json"));
}

#[test]
fn polymorphic_late_annotation_replays_members() {
    let text = r##"{"id":"u1","tenantId":"t1","extra":true,"@odata.type":"#microsoft.graph.communicationsUserIdentity","displayName":"D"}"##;
    let identity: AnyIdentity = decode(text);
    let AnyIdentity::CommunicationsUserIdentity(user) = &identity else {
        panic!("expected communicationsUserIdentity, found {identity:?}");
    };
    assert_eq!(user.id.as_deref(), Some("u1"));
    assert_eq!(user.tenant_id.as_deref(), Some("t1"));
    assert_eq!(user.display_name.as_deref(), Some("D"));
    assert_eq!(user.unknown_members.get("extra"), Some(&Value::Bool(true)));
    assert_eq!(serde_json::to_value(&identity).expect("encode"), serde_json::from_str::<Value>(text).expect("json"));
}

#[test]
fn polymorphic_without_annotation_is_declared_type() {
    let identity: AnyIdentity = decode(r#"{"id":"u1","tenantId":"t1"}"#);
    let AnyIdentity::Identity(base) = &identity else {
        panic!("expected identity, found {identity:?}");
    };
    assert_eq!(base.odata_type, None);
    assert_eq!(base.unknown_members.get("tenantId"), Some(&Value::from("t1")));
}

#[test]
fn polymorphic_unknown_annotation_is_kept() {
    let text = r##"{"@odata.type":"#microsoft.graph.holographicIdentity","id":"h1","depth":3}"##;
    let identity: AnyIdentity = decode(text);
    let AnyIdentity::Unrecognized(base) = &identity else {
        panic!("expected an unrecognized type, found {identity:?}");
    };
    assert_eq!(base.odata_type.as_deref(), Some("#microsoft.graph.holographicIdentity"));
    assert_eq!(base.id.as_deref(), Some("h1"));
    assert_eq!(serde_json::to_value(&identity).expect("encode"), serde_json::from_str::<Value>(text).expect("json"));
}

#[test]
fn polymorphic_annotation_forms_are_accepted() {
    for annotation in [
        "#microsoft.graph.communicationsUserIdentity",
        "microsoft.graph.communicationsUserIdentity",
        "#Microsoft.Graph.CommunicationsUserIdentity",
    ] {
        let identity: AnyIdentity = decode(&json!({"@odata.type": annotation, "tenantId": "t"}).to_string());
        assert!(matches!(identity, AnyIdentity::CommunicationsUserIdentity(_)), "{annotation}: {identity:?}");
        assert_eq!(identity.odata_type(), Some(annotation), "the annotation is kept verbatim");
    }
}

#[test]
fn derived_variant_writes_its_annotation() {
    let mut user = CommunicationsUserIdentity::new();
    user.id = Some("u1".to_owned());
    let identity = AnyIdentity::from(user);
    assert_eq!(
        serde_json::to_string(&identity).expect("encode"),
        r##"{"@odata.type":"#microsoft.graph.communicationsUserIdentity","id":"u1"}"##
    );
    let base = AnyIdentity::from(Identity::new());
    assert_eq!(serde_json::to_string(&base).expect("encode"), "{}");
}

#[test]
fn resource_data_reads_roster_array() {
    let text = r##"{
        "changeType": "updated",
        "resourceUrl": "/communications/calls/c1/participants",
        "resourceData": [
            {"@odata.type": "#microsoft.graph.participant", "id": "p1", "isMuted": true,
             "info": {"identity": {"@odata.type": "#microsoft.graph.communicationsIdentitySet",
                                   "user": {"id": "u1", "displayName": "A"}}},
             "mediaStreams": [{"mediaType": "audio", "direction": "sendReceive", "sourceId": "1", "serverMuted": false}]},
            {"@odata.type": "#microsoft.graph.participant", "id": "p2", "isInLobby": false}
        ]
    }"##;
    let notification: CommsNotification = decode(text);
    let Some(OneOrMany::Many(roster)) = &notification.resource_data else {
        panic!("expected an array, found {:?}", notification.resource_data);
    };
    assert_eq!(roster.len(), 2);
    let AnyEntity::Participant(first) = &roster[0] else {
        panic!("expected a participant, found {:?}", roster[0]);
    };
    assert_eq!(first.is_muted, Some(true));
    assert_eq!(first.media_streams.as_ref().map(Vec::len), Some(1));
    assert!(matches!(
        first.info.as_ref().and_then(|info| info.identity.as_ref()),
        Some(AnyIdentitySet::CommunicationsIdentitySet(_))
    ));
    assert_eq!(
        serde_json::to_value(&notification).expect("encode"),
        serde_json::from_str::<Value>(text).expect("json")
    );

    let empty: CommsNotification = decode(r#"{"resourceData": []}"#);
    assert_eq!(empty.resource_data, Some(OneOrMany::Many(Vec::new())));
}

#[test]
fn resource_data_reads_derived_operation() {
    let text = r##"{"resourceData": {"@odata.type": "#microsoft.graph.inviteParticipantsOperation",
        "status": "failed", "clientContext": "c", "resultInfo": {"code": 500, "message": "m"},
        "participants": [{"identity": {"user": {"id": "u"}}}]}}"##;
    let notification: CommsNotification = decode(text);
    let Some(OneOrMany::One(AnyEntity::InviteParticipantsOperation(operation))) = &notification.resource_data else {
        panic!("expected an invite operation, found {:?}", notification.resource_data);
    };
    assert_eq!(operation.result_info.as_ref().and_then(|result| result.subcode), None, "absent subcode stays absent");
    assert_eq!(operation.participants.as_ref().map(Vec::len), Some(1));
    let as_operation: AnyCommsOperation = decode(&serde_json::to_string(operation).expect("encode"));
    assert!(matches!(as_operation, AnyCommsOperation::InviteParticipantsOperation(_)));
}

#[test]
fn resource_data_rejects_scalars() {
    let error = serde_json::from_str::<CommsNotification>(r#"{"resourceData": "call"}"#).expect_err("scalar");
    assert!(error.to_string().contains("a JSON object or an array of objects"), "{error}");
}

#[test]
fn client_context_limit_is_checked() {
    let mut body = TransferRequestBody::new(InvitationParticipantInfo::teams_user("u", "t"));
    body.client_context = Some("é".repeat(256));
    assert_eq!(body.validate(), Ok(()));

    body.client_context = Some("é".repeat(257));
    let error = body.validate().expect_err("over 256 characters");
    assert_eq!(error.path(), "clientContext");
    assert_eq!(error.kind(), &ValidationErrorKind::TooLong { max_length: 256, length: 257 });
    assert_eq!(
        error.to_string(),
        "invalid request member `clientContext`: length 257 exceeds the maximum of 256; shorten it"
    );
}

#[test]
fn empty_target_identity_is_rejected() {
    let body = TransferRequestBody::new(InvitationParticipantInfo::new(IdentitySet::new()));
    let error = body.validate().expect_err("empty identity");
    assert_eq!(error.path(), "transferTarget.identity");
    assert_eq!(error.kind(), &ValidationErrorKind::Empty);
}

#[test]
fn missing_required_member_is_rejected() {
    let mut body = TransferRequestBody::new(InvitationParticipantInfo::teams_user("u", "t"));
    body.transfer_target = None;
    let error = body.validate().expect_err("no target");
    assert_eq!((error.path(), error.kind()), ("transferTarget", &ValidationErrorKind::Missing));
}

#[test]
fn teams_user_target_matches_documented_shape() {
    let target = InvitationParticipantInfo::teams_user(
        "550fae72-d251-43ec-868c-373732c2704f",
        "72f988bf-86f1-41af-91ab-2d7cd011db47",
    );
    assert_eq!(
        serde_json::to_value(&target).expect("encode"),
        json!({"identity": {"user": {"id": "550fae72-d251-43ec-868c-373732c2704f", "tenantId": "72f988bf-86f1-41af-91ab-2d7cd011db47"}}})
    );
}

#[test]
fn phone_target_uses_communications_identity_set() {
    let target = InvitationParticipantInfo::phone("+12345678901").expect("valid E.164");
    assert_eq!(
        serde_json::to_value(&target).expect("encode"),
        json!({"identity": {"@odata.type": "#microsoft.graph.communicationsIdentitySet", "phone": {"id": "+12345678901"}}})
    );
    let error = InvitationParticipantInfo::phone("012345").expect_err("not E.164");
    assert!(matches!(error.kind(), ValidationErrorKind::Invalid { .. }));
}

#[test]
fn application_instance_target() {
    let target = InvitationParticipantInfo::application_instance("a1", "t1");
    assert_eq!(
        serde_json::to_value(&target).expect("encode"),
        json!({"identity": {"@odata.type": "#microsoft.graph.communicationsIdentitySet", "applicationInstance": {"id": "a1", "tenantId": "t1"}}})
    );
}

#[test]
fn flags_round_trip_with_unrecognized_member() {
    use golden::flags::{DisabledReason, Restrictions};

    let text = r#"{"videoDisabled":"watermarkProtection,Policy,newReason"}"#;
    let restrictions: Restrictions = decode(text);
    let flags = restrictions.video_disabled.as_ref().expect("flags");
    assert!(flags.contains(&DisabledReason::WatermarkProtection));
    assert!(flags.contains(&DisabledReason::Policy));
    assert!(!flags.contains(&DisabledReason::UnknownFutureValue));
    assert_eq!(flags.iter().count(), 3);
    assert_eq!(
        serde_json::to_string(&restrictions).expect("encode"),
        r#"{"videoDisabled":"watermarkProtection,policy,newReason"}"#
    );
}

#[test]
fn collection_items_must_not_be_null() {
    use golden::collection::CallOptions;

    let options: CallOptions = decode(r#"{"sources":["a","b"],"modalities":["audio","hologram"],"sequence":[1,2]}"#);
    assert_eq!(options.sources.as_deref(), Some(&["a".to_owned(), "b".to_owned()][..]));
    let error = serde_json::from_str::<CallOptions>(r#"{"sources":["a",null]}"#).expect_err("null item");
    assert!(error.to_string().contains("invalid type: null"), "{error}");
}

#[test]
fn keyword_and_colliding_names_round_trip() {
    use golden::keywords::{Option2, SelfType};

    let text = r#"{"final":"f","type":"t","self":true,"match":"Type","odataType":"o","unknownMembers":"u","fooBar":"1","foo_bar":"2","unrecognized":"x"}"#;
    let value: Option2 = decode(text);
    assert_eq!(value.r#final.as_deref(), Some("f"));
    assert_eq!(value.odata_type2.as_deref(), Some("o"));
    assert_eq!(value.unknown_members2.as_deref(), Some("u"));
    assert_eq!((value.foo_bar.as_deref(), value.foo_bar2.as_deref()), (Some("1"), Some("2")));
    assert_eq!(value.r#match, Some(SelfType::Type2), "exact spelling wins over a case-insensitive match");
    assert_eq!(value.unknown_members.get("unrecognized"), Some(&Value::from("x")));
    assert_eq!(serde_json::to_value(&value).expect("encode"), serde_json::from_str::<Value>(text).expect("json"));
    assert_eq!(decode::<SelfType>(r#""unrecognized""#), SelfType::Unrecognized);
    assert!(matches!(decode::<SelfType>(r#""other""#), SelfType::Unrecognized2(_)));
}

#[test]
fn polymorphic_collection_and_abstract_base() {
    use golden::polymorphism::{AnyIdentity, AnyMediaConfig, Party};

    let text = r##"{"others":[{"id":"a"},{"@odata.type":"#example.graph.guestIdentity","email":"g@example.com"},{"@odata.type":"#example.graph.phoneIdentity"}],
        "media":{"@odata.type":"#example.graph.hostedMediaConfig","blob":"b"},
        "user":{"@odata.type":"#example.graph.guestIdentity","tenantId":"t"},
        "resource":{"@odata.type":"#example.graph.userIdentity"}}"##;
    let party: Party = decode(text);
    let others = party.others.as_ref().expect("others");
    assert!(matches!(others[0], AnyIdentity::Identity(_)));
    assert!(matches!(others[1], AnyIdentity::GuestIdentity(_)));
    assert!(matches!(others[2], AnyIdentity::PhoneIdentity(_)));
    assert!(matches!(party.media, Some(AnyMediaConfig::HostedMediaConfig(_))));
    assert!(matches!(party.user, Some(golden::polymorphism::AnyUserIdentity::GuestIdentity(_))));
    assert!(matches!(party.resource, Some(OneOrMany::One(AnyIdentity::UserIdentity(_)))));
    assert_eq!(serde_json::to_value(&party).expect("encode"), serde_json::from_str::<Value>(text).expect("json"));

    let abstract_media: Party = decode(r#"{"media":{"blob":"b"}}"#);
    assert!(matches!(abstract_media.media, Some(AnyMediaConfig::MediaConfig(_))), "abstract base without annotation");
}

#[test]
fn nullability_sets_constructor_arguments() {
    use golden::nullability::{Identity, MediaStream};

    let mut owner = Identity::new();
    owner.id = Some("o".to_owned());
    let stream = MediaStream::new("source-1", false, owner);
    assert_eq!(
        serde_json::to_value(&stream).expect("encode"),
        json!({"sourceId": "source-1", "serverMuted": false, "owner": {"id": "o"}})
    );
    let read: MediaStream = decode("{}");
    assert_eq!(read.source_id, None, "reading never requires a member");
}

#[test]
fn primitives_check_their_literal_form() {
    use golden::primitives::AllPrimitives;

    let text = r#"{"text":"t","flag":true,"byte":255,"signedByte":-128,"small":-3,"medium":7,"large":9007199254740993,
        "single":1.5,"double":2.25,"decimal":12.5,"guid":"550fae72-d251-43ec-868c-373732c2704f","date":"2024-03-27",
        "timeOfDay":"09:32:32.1234567","timestamp":"2024-03-27T09:32:32.1234567Z","duration":"PT1H30M","binary":"aGVsbG8=",
        "untyped":{"any":["thing"]}}"#;
    let value: AllPrimitives = decode(text);
    assert_eq!(value.large, Some(9_007_199_254_740_993));
    assert_eq!(value.timestamp.as_ref().map(|timestamp| timestamp.as_str()), Some("2024-03-27T09:32:32.1234567Z"));
    assert_eq!(serde_json::to_value(&value).expect("encode"), serde_json::from_str::<Value>(text).expect("json"));

    let error = serde_json::from_str::<AllPrimitives>(r#"{"date":"27/03/2024"}"#).expect_err("bad date");
    assert!(error.to_string().contains("invalid Edm.Date value \"27/03/2024\": expected YYYY-MM-DD"), "{error}");
    let error = serde_json::from_str::<AllPrimitives>(r#"{"byte":256}"#).expect_err("out of range");
    assert!(error.to_string().contains("256"), "{error}");
}

#[test]
fn facets_check_collections_and_binary() {
    use golden::facets::Context;

    let mut context = Context::new();
    context.tags = Some(vec!["short".to_owned(), "far too long".to_owned()]);
    let error = context.validate().expect_err("second tag too long");
    assert_eq!(error.path(), "tags[1]");
    assert_eq!(error.kind(), &ValidationErrorKind::TooLong { max_length: 8, length: 12 });

    context.tags = None;
    context.unlimited = Some("x".repeat(10_000));
    context.payload = Some(graph_calls::edm::Binary::parse("aGVsbG8=").expect("base64"));
    let error = context.validate().expect_err("five bytes over four");
    assert_eq!(error.kind(), &ValidationErrorKind::TooLong { max_length: 4, length: 5 });
}

#[test]
fn action_bodies_follow_parameters() {
    use golden::action_body::{
        CallMuteRequestBody, InviteRequestBody, ParticipantMuteRequestBody, Target, TransferRequestBody,
    };

    let body = TransferRequestBody::new(Target::new("t1"));
    assert_eq!(serde_json::to_value(&body).expect("encode"), json!({"transferTarget": {"id": "t1"}}));
    let invite = InviteRequestBody::new(vec![Target::new("a")]);
    assert_eq!(serde_json::to_value(&invite).expect("encode"), json!({"participants": [{"id": "a"}]}));
    let annotated: CallMuteRequestBody = decode(r#"{"@odata.type":"x","clientContext":"c"}"#);
    assert_eq!(
        annotated.unknown_members.get("@odata.type"),
        Some(&Value::from("x")),
        "request bodies keep annotations as members"
    );
    assert_eq!(ParticipantMuteRequestBody::new(), ParticipantMuteRequestBody::default());
}

#[test]
fn recursive_types_round_trip() {
    use golden::recursion::{Question, WorkbookError};

    let text = r#"{"code":"outer","innerError":{"code":"middle","innerError":{"code":"inner","extra":1}}}"#;
    let error: WorkbookError = decode(text);
    let innermost = error.inner_error.as_ref().and_then(|middle| middle.inner_error.as_ref()).expect("two levels");
    assert_eq!(innermost.code.as_deref(), Some("inner"));
    assert_eq!(serde_json::to_value(&error).expect("encode"), serde_json::from_str::<Value>(text).expect("json"));

    let question: Question =
        decode(r#"{"text":"q","answer":{"text":"a","followUp":{"text":"q2","answer":{"text":"a2"}}}}"#);
    let follow_up = question.answer.as_ref().and_then(|answer| answer.follow_up.as_ref()).expect("follow-up");
    assert_eq!(follow_up.text.as_deref(), Some("q2"));
}

#[test]
fn derived_identity_set_is_not_empty() {
    use graph_calls::models::CommunicationsIdentitySet;

    let body = TransferRequestBody::new(InvitationParticipantInfo::new(CommunicationsIdentitySet::new()));
    assert_eq!(body.validate(), Ok(()), "the derived type alone says which identity set the service gets");
}
