//! Reads CSDL XML with roxmltree into the syntax types of [`super`].
//!
//! Every element and attribute the generator does not understand is an error, so a schema
//! never loses meaning silently. Attributes that do not change the JSON shape (`Unicode`,
//! `Scale`, `Precision`, `SRID`, `HasStream`, `EntitySetPath`) are accepted and ignored.

use std::path::Path;

use roxmltree::{Document as XmlDocument, Node};

use super::{
    Action, Annotation, AnnotationBlock, AnnotationValue, Document, EntityContainer, EnumMember, EnumType,
    NavigationProperty, Position, Property, ReturnType, Schema, Singleton, StructuredKind, StructuredType,
};
use crate::error::{SchemaError, SchemaErrorKind};

const EDMX: &str = "http://docs.oasis-open.org/odata/ns/edmx";
const EDM: &str = "http://docs.oasis-open.org/odata/ns/edm";

/// Attributes that are valid CSDL but do not affect the generated code.
const IGNORED_ATTRIBUTES: &[&str] = &["Unicode", "Scale", "Precision", "SRID", "HasStream", "EntitySetPath"];

/// Parses the text of a CSDL document; `file` is used only in error messages.
pub(crate) fn parse(file: &Path, text: &str) -> Result<Document, SchemaError> {
    let xml = XmlDocument::parse(text).map_err(|error| {
        let position = error.pos();
        SchemaError {
            file: file.to_path_buf(),
            line: position.row,
            column: position.col,
            element: "document".to_owned(),
            kind: SchemaErrorKind::Xml(error.to_string()),
        }
    })?;
    let line_starts = std::iter::once(0).chain(text.match_indices('\n').map(|(index, _)| index + 1)).collect();
    let reader = Reader { file, xml: &xml, text, line_starts };
    reader.document()
}

struct Reader<'a, 'input> {
    file: &'a Path,
    xml: &'a XmlDocument<'input>,
    text: &'input str,
    /// Byte offsets where lines start, so a position costs a binary search, not a scan.
    line_starts: Vec<usize>,
}

/// A 1-based line and column.
struct TextPosition {
    row: u32,
    col: u32,
}

impl Reader<'_, '_> {
    fn text_position(&self, offset: usize) -> TextPosition {
        let line = self.line_starts.partition_point(|start| *start <= offset).saturating_sub(1);
        let line_start = self.line_starts.get(line).copied().unwrap_or_default();
        let column = self.text.get(line_start..offset).map_or(0, |prefix| prefix.chars().count());
        TextPosition {
            row: u32::try_from(line + 1).unwrap_or(u32::MAX),
            col: u32::try_from(column + 1).unwrap_or(u32::MAX),
        }
    }

    fn position(&self, node: Node<'_, '_>) -> Position {
        let text_position = self.text_position(node.range().start);
        let tag = node.tag_name().name();
        let label = ["Name", "Term", "Target"]
            .iter()
            .find_map(|attribute| node.attribute(*attribute).map(|value| (attribute, value)));
        let element = match label {
            Some((attribute, value)) => format!("<{tag} {attribute}=\"{value}\">"),
            None => format!("<{tag}>"),
        };
        Position { line: text_position.row, column: text_position.col, element }
    }

    fn error(&self, node: Node<'_, '_>, kind: SchemaErrorKind) -> SchemaError {
        let position = self.position(node);
        SchemaError {
            file: self.file.to_path_buf(),
            line: position.line,
            column: position.column,
            element: position.element,
            kind,
        }
    }

    /// Fails on any attribute outside `known` and [`IGNORED_ATTRIBUTES`].
    fn check_attributes(&self, node: Node<'_, '_>, known: &[&str]) -> Result<(), SchemaError> {
        for attribute in node.attributes() {
            let name = attribute.name();
            let namespaced = attribute.namespace().is_some();
            if namespaced || known.contains(&name) || IGNORED_ATTRIBUTES.contains(&name) {
                continue;
            }
            return Err(self.error(node, SchemaErrorKind::Unsupported(format!("attribute `{name}`"))));
        }
        Ok(())
    }

    /// Reads a `Name` attribute, which must be a CSDL simple identifier: a letter or `_`, then
    /// letters, digits and `_`, at most 128 characters.
    fn name(&self, node: Node<'_, '_>) -> Result<String, SchemaError> {
        let name = self.required(node, "Name")?;
        let mut characters = name.chars();
        let valid_start = characters.next().is_some_and(|first| first.is_alphabetic() || first == '_');
        let valid_rest = characters.all(|character| character.is_alphanumeric() || character == '_');
        if !valid_start || !valid_rest || name.chars().count() > 128 {
            let expected = "a letter or `_`, then letters, digits and `_`, at most 128 characters".to_owned();
            return Err(
                self.error(node, SchemaErrorKind::InvalidAttribute { attribute: "Name", value: name, expected })
            );
        }
        Ok(name)
    }

    fn required(&self, node: Node<'_, '_>, name: &'static str) -> Result<String, SchemaError> {
        node.attribute(name).map(str::to_owned).ok_or_else(|| self.error(node, SchemaErrorKind::MissingAttribute(name)))
    }

    fn boolean(&self, node: Node<'_, '_>, name: &'static str) -> Result<Option<bool>, SchemaError> {
        match node.attribute(name) {
            None => Ok(None),
            Some("true") => Ok(Some(true)),
            Some("false") => Ok(Some(false)),
            Some(other) => Err(self.error(
                node,
                SchemaErrorKind::InvalidAttribute {
                    attribute: name,
                    value: other.to_owned(),
                    expected: "`true` or `false`".to_owned(),
                },
            )),
        }
    }

    fn unsupported_child(&self, node: Node<'_, '_>) -> SchemaError {
        let what = format!("element <{}> here", node.tag_name().name());
        self.error(node, SchemaErrorKind::Unsupported(what))
    }

    fn document(&self) -> Result<Document, SchemaError> {
        let root = self.xml.root_element();
        if root.tag_name().namespace() != Some(EDMX) || root.tag_name().name() != "Edmx" {
            let found = format!("the root element is <{}>, expected <edmx:Edmx>", root.tag_name().name());
            return Err(self.error(root, SchemaErrorKind::NotCsdl(found)));
        }

        let mut document = Document { included_aliases: Vec::new(), schemas: Vec::new() };
        for child in root.children().filter(Node::is_element) {
            match (child.tag_name().namespace(), child.tag_name().name()) {
                (Some(EDMX), "Reference") => self.reference(child, &mut document)?,
                (Some(EDMX), "DataServices") => {
                    for schema in child.children().filter(Node::is_element) {
                        if schema.tag_name().namespace() != Some(EDM) || schema.tag_name().name() != "Schema" {
                            return Err(self.unsupported_child(schema));
                        }
                        document.schemas.push(self.schema(schema)?);
                    }
                }
                _ => return Err(self.unsupported_child(child)),
            }
        }
        if document.schemas.is_empty() {
            return Err(self.error(root, SchemaErrorKind::NotCsdl("no <Schema> element".to_owned())));
        }
        Ok(document)
    }

    fn reference(&self, node: Node<'_, '_>, document: &mut Document) -> Result<(), SchemaError> {
        for include in node.children().filter(Node::is_element) {
            match (include.tag_name().namespace(), include.tag_name().name()) {
                (Some(EDMX), "Include") => {
                    let namespace = self.required(include, "Namespace")?;
                    if let Some(alias) = include.attribute("Alias") {
                        document.included_aliases.push((alias.to_owned(), namespace));
                    }
                }
                (Some(EDMX), "IncludeAnnotations") => {}
                _ => return Err(self.unsupported_child(include)),
            }
        }
        Ok(())
    }

    fn schema(&self, node: Node<'_, '_>) -> Result<Schema, SchemaError> {
        self.check_attributes(node, &["Namespace", "Alias"])?;
        let mut schema = Schema {
            namespace: self.required(node, "Namespace")?,
            alias: node.attribute("Alias").map(str::to_owned),
            enum_types: Vec::new(),
            structured_types: Vec::new(),
            actions: Vec::new(),
            containers: Vec::new(),
            annotation_blocks: Vec::new(),
        };
        for child in node.children().filter(Node::is_element) {
            if child.tag_name().namespace() != Some(EDM) {
                return Err(self.unsupported_child(child));
            }
            match child.tag_name().name() {
                "EnumType" => schema.enum_types.push(self.enum_type(child)?),
                "EntityType" => schema.structured_types.push(self.structured_type(child, StructuredKind::Entity)?),
                "ComplexType" => schema.structured_types.push(self.structured_type(child, StructuredKind::Complex)?),
                "Action" => schema.actions.push(self.action(child)?),
                "Term" => {
                    // Term declarations define vocabularies; the generator matches the terms it reads by name.
                    self.check_attributes(
                        child,
                        &["Name", "Type", "AppliesTo", "Nullable", "DefaultValue", "BaseTerm"],
                    )?;
                    self.required(child, "Name")?;
                }
                "EntityContainer" => schema.containers.push(self.container(child)?),
                "Annotations" => {
                    self.check_attributes(child, &["Target", "Qualifier"])?;
                    schema.annotation_blocks.push(AnnotationBlock {
                        target: self.required(child, "Target")?,
                        annotations: self.annotations_only(child)?,
                        position: self.position(child),
                    });
                }
                "Function" => {
                    let reason =
                        "functions (bound or unbound GET operations); model it as an action or remove it".to_owned();
                    return Err(self.error(child, SchemaErrorKind::Unsupported(reason)));
                }
                _ => return Err(self.unsupported_child(child)),
            }
        }
        Ok(schema)
    }

    fn enum_type(&self, node: Node<'_, '_>) -> Result<EnumType, SchemaError> {
        self.check_attributes(node, &["Name", "IsFlags", "UnderlyingType"])?;
        let mut members = Vec::new();
        let mut annotations = Vec::new();
        for child in node.children().filter(Node::is_element) {
            match child.tag_name().name() {
                "Member" => {
                    self.check_attributes(child, &["Name", "Value"])?;
                    // JSON carries member names, so the numeric value is only checked for form.
                    if let Some(text) = child.attribute("Value").filter(|text| text.parse::<i64>().is_err()) {
                        let expected = "an integer".to_owned();
                        let kind =
                            SchemaErrorKind::InvalidAttribute { attribute: "Value", value: text.to_owned(), expected };
                        return Err(self.error(child, kind));
                    }
                    members.push(EnumMember {
                        name: self.name(child)?,
                        annotations: self.annotations_only(child)?,
                        position: self.position(child),
                    });
                }
                "Annotation" => annotations.push(self.annotation(child)?),
                _ => return Err(self.unsupported_child(child)),
            }
        }
        Ok(EnumType {
            name: self.name(node)?,
            is_flags: self.boolean(node, "IsFlags")?.unwrap_or(false),
            members,
            annotations,
            position: self.position(node),
        })
    }

    fn structured_type(&self, node: Node<'_, '_>, kind: StructuredKind) -> Result<StructuredType, SchemaError> {
        self.check_attributes(node, &["Name", "BaseType", "Abstract", "OpenType"])?;
        // Open and closed types generate alike: every model keeps members its type does not
        // declare, because Graph sends members to closed types before its metadata lists them.
        self.boolean(node, "OpenType")?;
        let mut structured = StructuredType {
            kind,
            name: self.name(node)?,
            base_type: node.attribute("BaseType").map(str::to_owned),
            is_abstract: self.boolean(node, "Abstract")?.unwrap_or(false),
            key: Vec::new(),
            properties: Vec::new(),
            navigation_properties: Vec::new(),
            annotations: Vec::new(),
            position: self.position(node),
        };
        for child in node.children().filter(Node::is_element) {
            match child.tag_name().name() {
                "Key" if kind == StructuredKind::Entity => {
                    for reference in child.children().filter(Node::is_element) {
                        if reference.tag_name().name() != "PropertyRef" {
                            return Err(self.unsupported_child(reference));
                        }
                        self.check_attributes(reference, &["Name"])?;
                        structured.key.push(self.required(reference, "Name")?);
                    }
                }
                "Property" => {
                    structured.properties.push(self.property(child, &["Name", "Type", "Nullable", "MaxLength"])?)
                }
                "NavigationProperty" => {
                    self.check_attributes(child, &["Name", "Type", "Nullable", "ContainsTarget", "Partner"])?;
                    structured.navigation_properties.push(NavigationProperty {
                        name: self.name(child)?,
                        type_name: self.required(child, "Type")?,
                        contains_target: self.boolean(child, "ContainsTarget")?.unwrap_or(false),
                        annotations: self.annotations_only(child)?,
                        position: self.position(child),
                    });
                }
                "Annotation" => structured.annotations.push(self.annotation(child)?),
                _ => return Err(self.unsupported_child(child)),
            }
        }
        Ok(structured)
    }

    /// Reads a `Property` or a `Parameter`.
    fn property(&self, node: Node<'_, '_>, known: &[&str]) -> Result<Property, SchemaError> {
        self.check_attributes(node, known)?;
        let max_length = match node.attribute("MaxLength") {
            None | Some("max") => None,
            Some(text) => Some(text.parse::<u64>().map_err(|_| {
                self.error(
                    node,
                    SchemaErrorKind::InvalidAttribute {
                        attribute: "MaxLength",
                        value: text.to_owned(),
                        expected: "a positive integer or `max`".to_owned(),
                    },
                )
            })?),
        };
        Ok(Property {
            name: self.name(node)?,
            type_name: self.required(node, "Type")?,
            nullable: self.boolean(node, "Nullable")?,
            max_length,
            annotations: self.annotations_only(node)?,
            position: self.position(node),
        })
    }

    fn action(&self, node: Node<'_, '_>) -> Result<Action, SchemaError> {
        self.check_attributes(node, &["Name", "IsBound"])?;
        let mut action = Action {
            name: self.name(node)?,
            is_bound: self.boolean(node, "IsBound")?.unwrap_or(false),
            parameters: Vec::new(),
            return_type: None,
            annotations: Vec::new(),
            position: self.position(node),
        };
        for child in node.children().filter(Node::is_element) {
            match child.tag_name().name() {
                "Parameter" => {
                    action.parameters.push(self.property(child, &["Name", "Type", "Nullable", "MaxLength"])?)
                }
                "ReturnType" => {
                    self.check_attributes(child, &["Type", "Nullable"])?;
                    action.return_type = Some(ReturnType { type_name: self.required(child, "Type")? });
                }
                "Annotation" => action.annotations.push(self.annotation(child)?),
                _ => return Err(self.unsupported_child(child)),
            }
        }
        Ok(action)
    }

    fn container(&self, node: Node<'_, '_>) -> Result<EntityContainer, SchemaError> {
        self.check_attributes(node, &["Name"])?;
        let mut container = EntityContainer { name: self.name(node)?, singletons: Vec::new() };
        for child in node.children().filter(Node::is_element) {
            let (type_attribute, is_entity_set) = match child.tag_name().name() {
                "Singleton" => ("Type", false),
                "EntitySet" => ("EntityType", true),
                "Annotation" => continue,
                _ => return Err(self.unsupported_child(child)),
            };
            self.check_attributes(child, &["Name", type_attribute, "IncludeInServiceDocument"])?;
            let mut annotations = Vec::new();
            for grandchild in child.children().filter(Node::is_element) {
                match grandchild.tag_name().name() {
                    // Bindings route navigation to other entity sets; paths are derived from containment.
                    "NavigationPropertyBinding" => {}
                    "Annotation" => annotations.push(self.annotation(grandchild)?),
                    _ => return Err(self.unsupported_child(grandchild)),
                }
            }
            container.singletons.push(Singleton {
                name: self.name(child)?,
                type_name: self.required(child, if is_entity_set { "EntityType" } else { "Type" })?,
                is_entity_set,
                annotations,
                position: self.position(child),
            });
        }
        Ok(container)
    }

    /// Reads the `Annotation` children of an element that may contain nothing else.
    fn annotations_only(&self, node: Node<'_, '_>) -> Result<Vec<Annotation>, SchemaError> {
        let mut annotations = Vec::new();
        for child in node.children().filter(Node::is_element) {
            if child.tag_name().name() != "Annotation" {
                return Err(self.unsupported_child(child));
            }
            annotations.push(self.annotation(child)?);
        }
        Ok(annotations)
    }

    fn annotation(&self, node: Node<'_, '_>) -> Result<Annotation, SchemaError> {
        self.check_attributes(node, &["Term", "Qualifier", "Bool", "String", "Int", "Date", "EnumMember", "Path"])?;
        let value = match self.inline_value(node)? {
            Some(value) => value,
            None => match node.children().find(Node::is_element) {
                Some(child) => self.expression(child)?,
                None => AnnotationValue::Absent,
            },
        };
        Ok(Annotation {
            term: self.required(node, "Term")?,
            qualifier: node.attribute("Qualifier").map(str::to_owned),
            value,
            position: self.position(node),
        })
    }

    /// Reads a constant given as an attribute (`Bool="true"`, `String="..."`).
    fn inline_value(&self, node: Node<'_, '_>) -> Result<Option<AnnotationValue>, SchemaError> {
        if let Some(flag) = self.boolean(node, "Bool")? {
            return Ok(Some(AnnotationValue::Bool(flag)));
        }
        if let Some(text) = node.attribute("String") {
            return Ok(Some(AnnotationValue::String(text.to_owned())));
        }
        if let Some(text) = node.attribute("Int") {
            let number = text.parse::<i64>().map_err(|_| {
                self.error(
                    node,
                    SchemaErrorKind::InvalidAttribute {
                        attribute: "Int",
                        value: text.to_owned(),
                        expected: "an integer".to_owned(),
                    },
                )
            })?;
            return Ok(Some(AnnotationValue::Int(number)));
        }
        for attribute in ["Date", "EnumMember", "Path", "PropertyPath"] {
            if let Some(text) = node.attribute(attribute) {
                return Ok(Some(AnnotationValue::Text(text.to_owned())));
            }
        }
        Ok(None)
    }

    /// Reads an element expression: `<Record>`, `<Collection>` or a constant element.
    fn expression(&self, node: Node<'_, '_>) -> Result<AnnotationValue, SchemaError> {
        let text = || node.text().unwrap_or_default().trim().to_owned();
        match node.tag_name().name() {
            "Record" => {
                let mut fields = Vec::new();
                for child in node.children().filter(Node::is_element) {
                    match child.tag_name().name() {
                        "PropertyValue" => {
                            self.check_attributes(
                                child,
                                &["Property", "Bool", "String", "Int", "Date", "EnumMember", "Path", "PropertyPath"],
                            )?;
                            let value = match self.inline_value(child)? {
                                Some(value) => value,
                                None => match child.children().find(Node::is_element) {
                                    Some(inner) => self.expression(inner)?,
                                    None => AnnotationValue::Absent,
                                },
                            };
                            fields.push((self.required(child, "Property")?, value));
                        }
                        "Annotation" => {}
                        _ => return Err(self.unsupported_child(child)),
                    }
                }
                Ok(AnnotationValue::Record(fields))
            }
            "Collection" => {
                let items = node.children().filter(Node::is_element).map(|child| self.expression(child));
                Ok(AnnotationValue::Collection(items.collect::<Result<_, _>>()?))
            }
            "String" => Ok(AnnotationValue::String(text())),
            "Bool" => Ok(AnnotationValue::Bool(text() == "true")),
            "Int" => text().parse().map(AnnotationValue::Int).map_err(|_| {
                self.error(node, SchemaErrorKind::Unsupported(format!("<Int> with the value {:?}", text())))
            }),
            "Date" | "EnumMember" | "Path" | "PropertyPath" | "NavigationPropertyPath" => {
                Ok(AnnotationValue::Text(text()))
            }
            _ => Err(self.unsupported_child(node)),
        }
    }
}
