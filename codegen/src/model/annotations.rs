//! The annotation terms the generator reads, and how their values become model facts.
//!
//! Terms are matched by their full name after alias expansion, so `Core.Description` and
//! `Org.OData.Core.V1.Description` are the same term. Annotations with other terms, and
//! qualified annotations, do not change the generated code.

use super::{Deprecation, Docs, EntityOperations, Origin, Permission};
use crate::csdl::{Annotation, AnnotationValue};
use crate::error::SchemaErrorKind;

const CORE: &str = "Org.OData.Core.V1";
const CAPABILITIES: &str = "Org.OData.Capabilities.V1";
/// The vocabulary this project defines for facts that Microsoft's metadata does not state.
pub(crate) const VOCABULARY: &str = "GraphCalls.V1";

/// Expands aliases in term names.
#[derive(Debug, Default)]
pub(crate) struct Terms {
    /// `(alias, namespace)` pairs from `edmx:Include` and `Schema` elements.
    aliases: Vec<(String, String)>,
}

/// An annotation problem, with the annotation it was found on.
pub(crate) type AnnotationError<'a> = (&'a Annotation, SchemaErrorKind);

impl Terms {
    pub(crate) fn new(aliases: Vec<(String, String)>) -> Self {
        Self { aliases }
    }

    /// Returns the term's full name, with a leading alias replaced by its namespace.
    pub(crate) fn full_name(&self, term: &str) -> String {
        let Some((qualifier, name)) = term.rsplit_once('.') else {
            return term.to_owned();
        };
        match self.aliases.iter().find(|(alias, _)| alias == qualifier) {
            Some((_, namespace)) => format!("{namespace}.{name}"),
            None => term.to_owned(),
        }
    }

    /// Finds the unqualified annotation with the term `namespace.name`.
    fn find<'a>(&self, annotations: &'a [Annotation], namespace: &str, name: &str) -> Option<&'a Annotation> {
        annotations.iter().find(|annotation| {
            annotation.qualifier.is_none()
                && self.full_name(&annotation.term).strip_prefix(namespace).and_then(|rest| rest.strip_prefix('.'))
                    == Some(name)
        })
    }

    /// Reads descriptions, the origin and a deprecation.
    pub(crate) fn docs<'a>(&self, annotations: &'a [Annotation]) -> Result<Docs, AnnotationError<'a>> {
        let mut docs = Docs::default();
        if let Some(annotation) = self.find(annotations, CORE, "Description") {
            docs.description = Some(string_value(annotation)?);
        }
        if let Some(annotation) = self.find(annotations, CORE, "LongDescription") {
            docs.long_description = Some(string_value(annotation)?);
        }
        if let Some(annotation) = self.find(annotations, VOCABULARY, "Origin") {
            docs.origin = Some(match string_value(annotation)?.as_str() {
                "beta" => Origin::Beta,
                "documentation" => Origin::Documentation,
                other => {
                    let reason = format!("unknown origin {other:?}; use \"beta\" or \"documentation\"");
                    return Err(invalid(annotation, reason));
                }
            });
        }
        if let Some(annotation) = self.find(annotations, CORE, "Revisions") {
            docs.deprecation = deprecation(annotation)?;
        }
        Ok(docs)
    }

    /// Reports whether a tagging term is present and true, such as `Core.OptionalParameter`.
    pub(crate) fn is_tagged<'a>(
        &self,
        annotations: &'a [Annotation],
        namespace: &str,
        name: &str,
    ) -> Result<bool, AnnotationError<'a>> {
        match self.find(annotations, namespace, name) {
            None => Ok(false),
            Some(annotation) => match &annotation.value {
                AnnotationValue::Absent | AnnotationValue::Bool(true) | AnnotationValue::Record(_) => Ok(true),
                AnnotationValue::Bool(false) => Ok(false),
                _ => Err(invalid(annotation, "expected no value or a Bool".to_owned())),
            },
        }
    }

    pub(crate) fn is_optional_parameter<'a>(&self, annotations: &'a [Annotation]) -> Result<bool, AnnotationError<'a>> {
        self.is_tagged(annotations, CORE, "OptionalParameter")
    }

    pub(crate) fn is_single_or_collection<'a>(
        &self,
        annotations: &'a [Annotation],
    ) -> Result<bool, AnnotationError<'a>> {
        self.is_tagged(annotations, VOCABULARY, "SingleOrCollection")
    }

    /// Reads the other JSON names a property is accepted under.
    pub(crate) fn alternative_spellings<'a>(
        &self,
        annotations: &'a [Annotation],
    ) -> Result<Vec<String>, AnnotationError<'a>> {
        let Some(annotation) = self.find(annotations, VOCABULARY, "AlternativeSpelling") else {
            return Ok(Vec::new());
        };
        match &annotation.value {
            AnnotationValue::String(name) => Ok(vec![name.clone()]),
            AnnotationValue::Collection(items) => items
                .iter()
                .map(|item| match item {
                    AnnotationValue::String(name) => Ok(name.clone()),
                    _ => Err(invalid(annotation, "expected a collection of strings".to_owned())),
                })
                .collect(),
            _ => Err(invalid(annotation, "expected a String or a collection of strings".to_owned())),
        }
    }

    /// Reads `Capabilities` `ReadRestrictions`, `InsertRestrictions` and `DeleteRestrictions`;
    /// an operation is on only when its flag is `true`.
    pub(crate) fn entity_operations<'a>(
        &self,
        annotations: &'a [Annotation],
    ) -> Result<EntityOperations, AnnotationError<'a>> {
        let flag = |term: &str, property: &str| -> Result<bool, AnnotationError<'a>> {
            let Some(annotation) = self.find(annotations, CAPABILITIES, term) else {
                return Ok(false);
            };
            match &annotation.value {
                AnnotationValue::Record(fields) => match field(fields, property) {
                    None => Ok(false),
                    Some(AnnotationValue::Bool(value)) => Ok(*value),
                    Some(_) => Err(invalid(annotation, format!("{property} must be a Bool"))),
                },
                _ => Err(invalid(annotation, format!("expected a Record with a Bool {property}"))),
            }
        };
        Ok(EntityOperations {
            get: flag("ReadRestrictions", "Readable")?,
            create: flag("InsertRestrictions", "Insertable")?,
            delete: flag("DeleteRestrictions", "Deletable")?,
        })
    }

    /// Reads the permissions of `Capabilities.OperationRestrictions`.
    pub(crate) fn permissions<'a>(
        &self,
        annotations: &'a [Annotation],
    ) -> Result<Vec<Permission>, AnnotationError<'a>> {
        let Some(annotation) = self.find(annotations, CAPABILITIES, "OperationRestrictions") else {
            return Ok(Vec::new());
        };
        let shape = "expected a Record with Permissions: a Collection of Records with SchemeName and Scopes";
        let AnnotationValue::Record(fields) = &annotation.value else {
            return Err(invalid(annotation, shape.to_owned()));
        };
        let Some(AnnotationValue::Collection(permissions)) = field(fields, "Permissions") else {
            return Ok(Vec::new());
        };
        let mut result = Vec::new();
        for permission in permissions {
            let AnnotationValue::Record(permission) = permission else {
                return Err(invalid(annotation, shape.to_owned()));
            };
            let Some(AnnotationValue::String(scheme)) = field(permission, "SchemeName") else {
                return Err(invalid(annotation, shape.to_owned()));
            };
            let mut scopes = Vec::new();
            if let Some(AnnotationValue::Collection(items)) = field(permission, "Scopes") {
                for item in items {
                    match item {
                        AnnotationValue::Record(scope) => match field(scope, "Scope") {
                            Some(AnnotationValue::String(name)) => scopes.push(name.clone()),
                            _ => return Err(invalid(annotation, shape.to_owned())),
                        },
                        _ => return Err(invalid(annotation, shape.to_owned())),
                    }
                }
            }
            result.push(Permission { scheme: scheme.clone(), scopes });
        }
        Ok(result)
    }
}

fn field<'a>(fields: &'a [(String, AnnotationValue)], name: &str) -> Option<&'a AnnotationValue> {
    fields.iter().find(|(key, _)| key == name).map(|(_, value)| value)
}

fn invalid(annotation: &Annotation, reason: String) -> AnnotationError<'_> {
    (annotation, SchemaErrorKind::InvalidAnnotation { term: annotation.term.clone(), reason })
}

fn string_value(annotation: &Annotation) -> Result<String, AnnotationError<'_>> {
    match &annotation.value {
        AnnotationValue::String(text) => Ok(text.clone()),
        _ => Err(invalid(annotation, "expected a String value".to_owned())),
    }
}

/// Reads the first revision of kind `Deprecated`; other kinds carry no meaning for the code.
fn deprecation(annotation: &Annotation) -> Result<Option<Deprecation>, AnnotationError<'_>> {
    let shape = "expected a Collection of Records with Kind and optionally Description, Date and RemovalDate";
    let AnnotationValue::Collection(revisions) = &annotation.value else {
        return Err(invalid(annotation, shape.to_owned()));
    };
    for revision in revisions {
        let AnnotationValue::Record(fields) = revision else {
            return Err(invalid(annotation, shape.to_owned()));
        };
        let Some(AnnotationValue::Text(kind)) = field(fields, "Kind") else {
            return Err(invalid(annotation, shape.to_owned()));
        };
        if !kind.ends_with("/Deprecated") {
            continue;
        }
        let text = |name: &str| match field(fields, name) {
            Some(AnnotationValue::String(value) | AnnotationValue::Text(value)) => Some(value.clone()),
            _ => None,
        };
        // Microsoft's metadata has deprecations without a description; the dates then say it.
        let description = text("Description").unwrap_or_else(|| {
            let mut note = String::from("Deprecated");
            if let Some(date) = text("Date") {
                note.push_str(&format!(" since {date}"));
            }
            if let Some(removal) = text("RemovalDate") {
                note.push_str(&format!("; removal planned for {removal}"));
            }
            note.push('.');
            note
        });
        return Ok(Some(Deprecation { description, date: text("Date"), removal_date: text("RemovalDate") }));
    }
    Ok(None)
}
