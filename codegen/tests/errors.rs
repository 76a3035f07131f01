//! Malformed and unsupported schemas fail with an error that names the file, the line, the
//! column and the element, and states what to change.

use std::path::Path;

use graph_calls_codegen::{Error, SchemaError, SchemaErrorKind, generate_from_str};

const COMMAND: &str = "cargo xtask codegen";

fn schema(body: &str) -> String {
    format!(
        r#"<?xml version="1.0" encoding="utf-8"?>
<edmx:Edmx Version="4.0" xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx">
  <edmx:DataServices>
    <Schema Namespace="example.graph" Alias="graph" xmlns="http://docs.oasis-open.org/odata/ns/edm">
{body}
    </Schema>
  </edmx:DataServices>
</edmx:Edmx>
"#
    )
}

fn error_for(text: &str) -> SchemaError {
    match generate_from_str(text, Path::new("schema/broken.csdl.xml"), COMMAND) {
        Ok(_) => panic!("the schema should be rejected:\n{text}"),
        Err(Error::Schema(error)) => error,
        Err(other) => panic!("expected a schema error, found {other}"),
    }
}

#[test]
fn bad_xml_names_position() {
    let error = error_for(&schema(
        r#"      <ComplexType Name="a">
        <Property Name="x" Type="Edm.String">
      </ComplexType>"#,
    ));
    assert!(matches!(error.kind, SchemaErrorKind::Xml(_)), "{error}");
    assert_eq!((error.line, error.column), (7, 7));
    assert!(error.to_string().starts_with("schema/broken.csdl.xml:7:7: document: invalid XML:"), "{error}");
}

#[test]
fn unknown_type_names_property() {
    let error = error_for(&schema(
        r#"      <ComplexType Name="call">
        <Property Name="state" Type="graph.callStat" />
      </ComplexType>"#,
    ));
    assert_eq!(error.kind, SchemaErrorKind::UnknownType("graph.callStat".to_owned()));
    assert_eq!((error.line, error.column), (6, 9));
    assert_eq!(
        error.to_string(),
        "schema/broken.csdl.xml:6:9: <Property Name=\"state\">: unknown type `graph.callStat`; declare it in the schema or correct the name"
    );
}

#[test]
fn unknown_base_type_names_type() {
    let error = error_for(&schema(r#"      <ComplexType Name="derived" BaseType="graph.missing" />"#));
    assert_eq!(error.kind, SchemaErrorKind::UnknownType("graph.missing".to_owned()));
    assert_eq!(error.element, "<ComplexType Name=\"derived\">");
}

#[test]
fn duplicate_type_names_first_line() {
    let error = error_for(&schema(
        r#"      <ComplexType Name="call" />
      <EnumType Name="state" />
      <EntityType Name="call" />"#,
    ));
    assert_eq!(error.kind, SchemaErrorKind::Duplicate { name: "example.graph.call".to_owned(), first_line: 5 });
    assert_eq!((error.line, error.column), (7, 7));
}

#[test]
fn duplicate_property_through_inheritance() {
    let error = error_for(&schema(
        r#"      <ComplexType Name="base">
        <Property Name="id" Type="Edm.String" />
      </ComplexType>
      <ComplexType Name="derived" BaseType="graph.base">
        <Property Name="id" Type="Edm.String" />
      </ComplexType>"#,
    ));
    assert_eq!(error.kind, SchemaErrorKind::Duplicate { name: "id".to_owned(), first_line: 6 });
    assert_eq!(error.line, 9);
}

#[test]
fn duplicate_enum_member() {
    let error = error_for(&schema(
        r#"      <EnumType Name="state">
        <Member Name="on" Value="0" />
        <Member Name="on" Value="1" />
      </EnumType>"#,
    ));
    assert_eq!(error.kind, SchemaErrorKind::Duplicate { name: "on".to_owned(), first_line: 6 });
}

#[test]
fn inheritance_cycle() {
    let error = error_for(&schema(
        r#"      <ComplexType Name="a" BaseType="graph.b" />
      <ComplexType Name="b" BaseType="graph.a" />"#,
    ));
    assert_eq!(error.kind, SchemaErrorKind::InheritanceCycle("a".to_owned()));
}

#[test]
fn unsupported_constructs_are_errors() {
    let cases = [
        (r#"      <Function Name="getState" IsBound="true" />"#, "functions"),
        (r#"      <TypeDefinition Name="phone" UnderlyingType="Edm.String" />"#, "element <TypeDefinition>"),
        (
            r#"      <ComplexType Name="a"><Property Name="p" Type="Edm.GeographyPoint" /></ComplexType>"#,
            "the primitive type `Edm.GeographyPoint`",
        ),
        (
            r#"      <ComplexType Name="a"><Property Name="p" Type="Edm.String" DefaultValue="x" /></ComplexType>"#,
            "attribute `DefaultValue`",
        ),
        (
            r#"      <ComplexType Name="a"><Property Name="p" Type="Edm.Int32" MaxLength="4" /></ComplexType>"#,
            "MaxLength on a type",
        ),
        (r#"      <Action Name="ping" IsBound="false" />"#, "an unbound action"),
    ];
    for (body, expected) in cases {
        let error = error_for(&schema(body));
        assert!(matches!(error.kind, SchemaErrorKind::Unsupported(_)), "{body}: {error}");
        assert!(error.to_string().contains(expected), "{body}: {error}");
        assert_eq!(error.line, 5, "{body}: {error}");
    }
}

#[test]
fn invalid_attribute_values() {
    let error = error_for(&schema(r#"      <ComplexType Name="a" OpenType="yes" />"#));
    assert_eq!(
        error.kind,
        SchemaErrorKind::InvalidAttribute {
            attribute: "OpenType",
            value: "yes".to_owned(),
            expected: "`true` or `false`".to_owned()
        }
    );
    let error = error_for(&schema(
        r#"      <ComplexType Name="a"><Property Name="p" Type="Edm.String" MaxLength="-1" /></ComplexType>"#,
    ));
    assert!(matches!(error.kind, SchemaErrorKind::InvalidAttribute { attribute: "MaxLength", .. }), "{error}");
}

#[test]
fn missing_name_attribute() {
    let error = error_for(&schema(r#"      <ComplexType />"#));
    assert_eq!(error.kind, SchemaErrorKind::MissingAttribute("Name"));
    assert_eq!(error.element, "<ComplexType>");
}

#[test]
fn annotation_target_must_exist() {
    let error = error_for(&schema(
        r#"      <ComplexType Name="a" />
      <Annotations Target="example.graph.b/c">
        <Annotation Term="Org.OData.Core.V1.Description" String="x" />
      </Annotations>"#,
    ));
    assert_eq!(error.kind, SchemaErrorKind::UnknownTarget("example.graph.b/c".to_owned()));
    assert_eq!(error.line, 6);
}

#[test]
fn annotation_with_wrong_shape() {
    let error = error_for(&schema(
        r#"      <ComplexType Name="a">
        <Annotation Term="Org.OData.Core.V1.Description" Bool="true" />
      </ComplexType>"#,
    ));
    assert!(matches!(error.kind, SchemaErrorKind::InvalidAnnotation { .. }), "{error}");
    assert_eq!(error.line, 6);
    let error = error_for(&schema(
        r#"      <ComplexType Name="a">
        <Annotation Term="GraphCalls.V1.Origin" String="rumour" />
      </ComplexType>"#,
    ));
    assert!(error.to_string().contains("use \"beta\" or \"documentation\""), "{error}");
}

#[test]
fn not_a_csdl_document() {
    let error = error_for("<html><body /></html>");
    assert!(matches!(error.kind, SchemaErrorKind::NotCsdl(_)), "{error}");
    assert_eq!((error.line, error.column), (1, 1));
}

#[test]
fn invalid_names_are_rejected() {
    for name in ["", "1x", "@odata.type", "with space", "dash-ed"] {
        let error = error_for(&schema(&format!(
            r#"      <ComplexType Name="a"><Property Name="{name}" Type="Edm.String" /></ComplexType>"#
        )));
        assert!(matches!(error.kind, SchemaErrorKind::InvalidAttribute { attribute: "Name", .. }), "{name:?}: {error}");
        assert_eq!(error.line, 5, "{name:?}");
    }
    let long = "n".repeat(129);
    let error = error_for(&schema(&format!(r#"      <ComplexType Name="{long}" />"#)));
    assert!(matches!(error.kind, SchemaErrorKind::InvalidAttribute { attribute: "Name", .. }), "{error}");
}

#[test]
fn alternative_spelling_must_not_collide() {
    let error = error_for(&schema(
        r#"      <ComplexType Name="result">
        <Property Name="subcode" Type="Edm.Int32">
          <Annotation Term="GraphCalls.V1.AlternativeSpelling" String="code" />
        </Property>
        <Property Name="code" Type="Edm.Int32" />
      </ComplexType>"#,
    ));
    assert_eq!(error.kind, SchemaErrorKind::Duplicate { name: "code".to_owned(), first_line: 6 });
    assert_eq!(error.line, 9);
}
