//! Decoding throughput of the generated models beside `serde_json::Value` and
//! `serde::de::IgnoredAny`, the cost of scanning the same JSON without keeping anything.
//!
//! For the roster, two hand-written mirrors of the participant shape show what the generated
//! code is measured against: plain `#[derive(Deserialize)]` structs, which drop members they do
//! not declare, and the same structs keeping those members through `#[serde(flatten)]`.
//!
//! Run with `cargo bench -p graph-calls-tests --bench decode`.

use std::hint::black_box;
use std::path::Path;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use graph_calls::models::CommsNotifications;
use graph_calls_tests::samples::roster_notification;
use serde::de::IgnoredAny;

fn documented_notifications() -> Vec<String> {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/transfer");
    let mut bodies = Vec::new();
    for scenario in ["user", "consultative", "phone", "consultative-phone"] {
        for kind in ["transferring", "transfer-accepted", "completed", "failed"] {
            let path = folder.join(format!("{scenario}.{kind}.json"));
            bodies.push(std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{}: {error}", path.display())));
        }
    }
    bodies
}

/// Mirrors of the roster shape with derived `Deserialize`; enums and annotations are strings.
/// The fields exist to be decoded, so nothing reads them.
#[allow(dead_code)]
mod mirror {
    use serde::Deserialize;
    use serde_json::{Map, Value};

    #[derive(Deserialize)]
    pub(crate) struct Notifications<P> {
        #[serde(rename = "@odata.type")]
        pub(crate) odata_type: Option<String>,
        pub(crate) value: Option<Vec<Notification<P>>>,
    }

    #[derive(Deserialize)]
    #[serde(rename_all = "camelCase")]
    pub(crate) struct Notification<P> {
        #[serde(rename = "@odata.type")]
        pub(crate) odata_type: Option<String>,
        pub(crate) change_type: Option<String>,
        pub(crate) resource_url: Option<String>,
        pub(crate) resource_data: Option<Vec<P>>,
    }

    /// A participant without the members the mirror does not declare.
    #[derive(Deserialize)]
    #[serde(rename_all = "camelCase")]
    pub(crate) struct Participant {
        #[serde(rename = "@odata.type")]
        pub(crate) odata_type: Option<String>,
        pub(crate) id: Option<String>,
        pub(crate) info: Option<Info>,
        pub(crate) media_streams: Option<Vec<MediaStream>>,
        pub(crate) is_muted: Option<bool>,
        pub(crate) is_in_lobby: Option<bool>,
        pub(crate) metadata: Option<String>,
        pub(crate) roster_sequence_number: Option<i64>,
    }

    #[derive(Deserialize)]
    #[serde(rename_all = "camelCase")]
    pub(crate) struct Info {
        #[serde(rename = "@odata.type")]
        pub(crate) odata_type: Option<String>,
        pub(crate) identity: Option<IdentitySet>,
        pub(crate) endpoint_type: Option<String>,
        pub(crate) language_id: Option<String>,
        pub(crate) region: Option<String>,
        pub(crate) participant_id: Option<String>,
    }

    #[derive(Deserialize)]
    #[serde(rename_all = "camelCase")]
    pub(crate) struct IdentitySet {
        #[serde(rename = "@odata.type")]
        pub(crate) odata_type: Option<String>,
        pub(crate) user: Option<Identity>,
        pub(crate) endpoint_type: Option<String>,
    }

    #[derive(Deserialize)]
    #[serde(rename_all = "camelCase")]
    pub(crate) struct Identity {
        #[serde(rename = "@odata.type")]
        pub(crate) odata_type: Option<String>,
        pub(crate) id: Option<String>,
        pub(crate) display_name: Option<String>,
    }

    #[derive(Deserialize)]
    #[serde(rename_all = "camelCase")]
    pub(crate) struct MediaStream {
        #[serde(rename = "@odata.type")]
        pub(crate) odata_type: Option<String>,
        pub(crate) media_type: Option<String>,
        pub(crate) label: Option<String>,
        pub(crate) source_id: Option<String>,
        pub(crate) direction: Option<String>,
        pub(crate) server_muted: Option<bool>,
    }

    /// The same participant keeping every member it does not declare.
    #[derive(Deserialize)]
    #[serde(rename_all = "camelCase")]
    pub(crate) struct FlattenParticipant {
        pub(crate) id: Option<String>,
        pub(crate) info: Option<FlattenInfo>,
        pub(crate) media_streams: Option<Vec<FlattenMediaStream>>,
        #[serde(flatten)]
        pub(crate) unknown: Map<String, Value>,
    }

    #[derive(Deserialize)]
    #[serde(rename_all = "camelCase")]
    pub(crate) struct FlattenInfo {
        pub(crate) identity: Option<FlattenIdentitySet>,
        pub(crate) language_id: Option<String>,
        #[serde(flatten)]
        pub(crate) unknown: Map<String, Value>,
    }

    #[derive(Deserialize)]
    #[serde(rename_all = "camelCase")]
    pub(crate) struct FlattenIdentitySet {
        pub(crate) user: Option<FlattenIdentity>,
        #[serde(flatten)]
        pub(crate) unknown: Map<String, Value>,
    }

    #[derive(Deserialize)]
    #[serde(rename_all = "camelCase")]
    pub(crate) struct FlattenIdentity {
        pub(crate) id: Option<String>,
        pub(crate) display_name: Option<String>,
        #[serde(flatten)]
        pub(crate) unknown: Map<String, Value>,
    }

    #[derive(Deserialize)]
    #[serde(rename_all = "camelCase")]
    pub(crate) struct FlattenMediaStream {
        pub(crate) label: Option<String>,
        pub(crate) source_id: Option<String>,
        #[serde(flatten)]
        pub(crate) unknown: Map<String, Value>,
    }
}

fn bench_mirrors(criterion: &mut Criterion, body: &str) {
    let mut group = criterion.benchmark_group("roster_500_mirrors");
    group.throughput(Throughput::Bytes(body.len() as u64));
    group.bench_function(BenchmarkId::from_parameter("derived"), |bencher| {
        bencher.iter(|| {
            let decoded: mirror::Notifications<mirror::Participant> =
                serde_json::from_str(black_box(body)).expect("decodes");
            black_box(decoded);
        });
    });
    group.bench_function(BenchmarkId::from_parameter("derived_flatten"), |bencher| {
        bencher.iter(|| {
            let decoded: mirror::Notifications<mirror::FlattenParticipant> =
                serde_json::from_str(black_box(body)).expect("decodes");
            black_box(decoded);
        });
    });
    group.finish();
}

fn bench_group(criterion: &mut Criterion, name: &str, bodies: &[String]) {
    let bytes: usize = bodies.iter().map(String::len).sum();
    let mut group = criterion.benchmark_group(name);
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function(BenchmarkId::from_parameter("typed"), |bencher| {
        bencher.iter(|| {
            for body in bodies {
                let decoded: CommsNotifications = serde_json::from_str(black_box(body)).expect("decodes");
                black_box(decoded);
            }
        });
    });
    group.bench_function(BenchmarkId::from_parameter("value"), |bencher| {
        bencher.iter(|| {
            for body in bodies {
                let decoded: serde_json::Value = serde_json::from_str(black_box(body)).expect("decodes");
                black_box(decoded);
            }
        });
    });
    group.bench_function(BenchmarkId::from_parameter("ignored_any"), |bencher| {
        bencher.iter(|| {
            for body in bodies {
                let decoded: IgnoredAny = serde_json::from_str(black_box(body)).expect("decodes");
                black_box(decoded);
            }
        });
    });
    group.finish();
}

fn decode(criterion: &mut Criterion) {
    bench_group(criterion, "documented_notifications", &documented_notifications());
    let roster = roster_notification(500);
    bench_group(criterion, "roster_500", std::slice::from_ref(&roster));
    bench_mirrors(criterion, &roster);
}

criterion_group!(benches, decode);
criterion_main!(benches);
