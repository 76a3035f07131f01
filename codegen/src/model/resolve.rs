//! Turns the parsed document into the [`Model`]: names resolved, inheritance flattened.

use std::collections::HashMap;
use std::path::Path;

use super::annotations::{AnnotationError, Terms};
use super::names::{self, Scope};
use super::{
    ActionModel, EnumMemberModel, EnumModel, Model, NavigationModel, Primitive, PropertyModel, ReturnTypeModel,
    RootModel, StructId, StructKind, StructModel, TypeRef,
};
use crate::csdl::{self, Annotation, Document, Position, StructuredKind};
use crate::error::{SchemaError, SchemaErrorKind};

/// Field names every generated struct has besides its properties.
pub(crate) const RESERVED_FIELDS: &[&str] = &["odata_type", "unknown_members"];

/// Prelude names that generated code uses unqualified, so no generated type may take them.
const PRELUDE_NAMES: &[&str] =
    &["Option", "Some", "None", "Result", "Ok", "Err", "String", "Vec", "Box", "Default", "From", "Into"];

/// The variant name that keeps enum values and `@odata.type` values the schema does not declare.
const UNRECOGNIZED: &str = "Unrecognized";

/// Resolves every reference in `document`; `file` names the schema in errors.
pub(crate) fn resolve(file: &Path, mut document: Document) -> Result<Model, SchemaError> {
    let mut aliases = document.included_aliases.clone();
    for schema in &document.schemas {
        if let Some(alias) = &schema.alias {
            aliases.push((alias.clone(), schema.namespace.clone()));
        }
    }
    let resolver = Resolver { file, terms: Terms::new(aliases.clone()), aliases };

    resolver.attach_annotation_blocks(&mut document)?;
    let declarations = resolver.declarations(&document)?;
    resolver.build(&document, &declarations)
}

/// The declaration a qualified name refers to.
#[derive(Debug, Clone, Copy)]
enum Declaration {
    Struct(StructId),
    Enum(usize),
}

struct Declarations {
    by_name: HashMap<String, Declaration>,
    /// `(schema index, type index)` of each struct, in id order.
    structs: Vec<(usize, usize)>,
    enums: Vec<(usize, usize)>,
}

/// The members of a structured type, its base types' included.
struct Members {
    properties: Vec<PropertyModel>,
    navigation: Vec<NavigationModel>,
    /// Names of `Edm.Stream` properties.
    streams: Vec<String>,
}

struct Resolver<'a> {
    file: &'a Path,
    terms: Terms,
    aliases: Vec<(String, String)>,
}

impl Resolver<'_> {
    fn error(&self, position: &Position, kind: SchemaErrorKind) -> SchemaError {
        SchemaError {
            file: self.file.to_path_buf(),
            line: position.line,
            column: position.column,
            element: position.element.clone(),
            kind,
        }
    }

    fn annotation_error(&self, (annotation, kind): AnnotationError<'_>) -> SchemaError {
        self.error(&annotation.position, kind)
    }

    /// Expands a leading alias: `graph.call` becomes `microsoft.graph.call`.
    fn qualify(&self, name: &str) -> String {
        match name.rsplit_once('.') {
            Some((prefix, local)) => match self.aliases.iter().find(|(alias, _)| alias == prefix) {
                Some((_, namespace)) => format!("{namespace}.{local}"),
                None => name.to_owned(),
            },
            None => name.to_owned(),
        }
    }

    /// Expands aliases in a type reference, inside `Collection(...)` too.
    fn qualify_type(&self, type_name: &str) -> String {
        match type_name.strip_prefix("Collection(").and_then(|inner| inner.strip_suffix(')')) {
            Some(inner) => format!("Collection({})", self.qualify(inner)),
            None => self.qualify(type_name),
        }
    }

    /// Moves the annotations of every `Annotations` block onto the element it targets.
    fn attach_annotation_blocks(&self, document: &mut Document) -> Result<(), SchemaError> {
        let blocks: Vec<_> =
            document.schemas.iter_mut().flat_map(|schema| std::mem::take(&mut schema.annotation_blocks)).collect();
        for block in blocks {
            let Some(target) = self.find_target(document, &block.target) else {
                return Err(self.error(&block.position, SchemaErrorKind::UnknownTarget(block.target.clone())));
            };
            target.extend(block.annotations);
        }
        Ok(())
    }

    /// Finds the annotation list of the element that an `Annotations` target names.
    fn find_target<'d>(&self, document: &'d mut Document, target: &str) -> Option<&'d mut Vec<Annotation>> {
        let (head, member) = match target.split_once('/') {
            Some((head, member)) => (head, Some(member)),
            None => (target, None),
        };
        // Graph writes every parameter type in an action's signature; overloads of a bound
        // action differ by binding type only, so the first type decides.
        let (head, signature) = match head.split_once('(') {
            Some((name, rest)) => (name, Some(self.qualify_type(first_parameter(rest)))),
            None => (head, None),
        };
        let head = self.qualify(head);
        let (namespace, local) = head.rsplit_once('.')?;

        let schema = document.schemas.iter_mut().find(|schema| schema.namespace == namespace)?;
        if let Some(index) = schema.structured_types.iter().position(|item| item.name == local) {
            let item = &mut schema.structured_types[index];
            return match member {
                None => Some(&mut item.annotations),
                Some(name) => {
                    if let Some(property) = item.properties.iter_mut().find(|property| property.name == name) {
                        return Some(&mut property.annotations);
                    }
                    let navigation = item.navigation_properties.iter_mut().find(|property| property.name == name)?;
                    Some(&mut navigation.annotations)
                }
            };
        }
        if let Some(index) = schema.enum_types.iter().position(|item| item.name == local) {
            let item = &mut schema.enum_types[index];
            return match member {
                None => Some(&mut item.annotations),
                Some(name) => Some(&mut item.members.iter_mut().find(|value| value.name == name)?.annotations),
            };
        }
        if let Some(index) = schema.containers.iter().position(|item| item.name == local) {
            let container = &mut schema.containers[index];
            let singleton = container.singletons.iter_mut().find(|child| Some(child.name.as_str()) == member)?;
            return Some(&mut singleton.annotations);
        }
        let action = schema.actions.iter_mut().find(|action| {
            action.name == local
                && match &signature {
                    None => true,
                    Some(binding) => action
                        .parameters
                        .first()
                        .is_some_and(|parameter| self.qualify_type(&parameter.type_name) == *binding),
                }
        })?;
        match member {
            None => Some(&mut action.annotations),
            Some(name) => Some(&mut action.parameters.iter_mut().find(|parameter| parameter.name == name)?.annotations),
        }
    }

    /// Indexes every type by qualified name and rejects duplicates.
    fn declarations(&self, document: &Document) -> Result<Declarations, SchemaError> {
        let mut declarations = Declarations { by_name: HashMap::new(), structs: Vec::new(), enums: Vec::new() };
        let mut lines: HashMap<String, u32> = HashMap::new();
        for (schema_index, schema) in document.schemas.iter().enumerate() {
            let mut declare = |name: &str, position: &Position, declaration: Declaration| {
                let qualified = format!("{}.{name}", schema.namespace);
                if let Some(first_line) = lines.get(&qualified) {
                    let kind = SchemaErrorKind::Duplicate { name: qualified, first_line: *first_line };
                    return Err(self.error(position, kind));
                }
                lines.insert(qualified.clone(), position.line);
                declarations.by_name.insert(qualified, declaration);
                Ok(())
            };
            for (index, item) in schema.enum_types.iter().enumerate() {
                declare(&item.name, &item.position, Declaration::Enum(declarations.enums.len()))?;
                declarations.enums.push((schema_index, index));
            }
            for (index, item) in schema.structured_types.iter().enumerate() {
                declare(&item.name, &item.position, Declaration::Struct(declarations.structs.len()))?;
                declarations.structs.push((schema_index, index));
            }
        }
        Ok(declarations)
    }

    /// Resolves a property or parameter type: `(type, is_collection)`.
    fn type_ref(
        &self,
        declarations: &Declarations,
        type_name: &str,
        position: &Position,
    ) -> Result<(TypeRef, bool), SchemaError> {
        let (inner, is_collection) = match type_name.strip_prefix("Collection(").and_then(|rest| rest.strip_suffix(')'))
        {
            Some(inner) => (inner, true),
            None => (type_name, false),
        };
        if inner.starts_with("Edm.") {
            return match Primitive::from_edm(inner) {
                Some(primitive) => Ok((TypeRef::Primitive(primitive), is_collection)),
                None => {
                    Err(self.error(position, SchemaErrorKind::Unsupported(format!("the primitive type `{inner}`"))))
                }
            };
        }
        match declarations.by_name.get(&self.qualify(inner)) {
            Some(Declaration::Struct(id)) => Ok((TypeRef::Struct(*id), is_collection)),
            Some(Declaration::Enum(id)) => Ok((TypeRef::Enum(*id), is_collection)),
            None => Err(self.error(position, SchemaErrorKind::UnknownType(inner.to_owned()))),
        }
    }

    fn build(&self, document: &Document, declarations: &Declarations) -> Result<Model, SchemaError> {
        let mut type_names = Scope::new(PRELUDE_NAMES);
        let mut model = Model {
            structs: Vec::new(),
            enums: Vec::new(),
            actions: Vec::new(),
            roots: Vec::new(),
            endpoints: Vec::new(),
            entries: Vec::new(),
        };

        // Enums first, then structured types: schema declaration names get first claim on Rust names.
        for &(schema_index, index) in &declarations.enums {
            let schema = &document.schemas[schema_index];
            model.enums.push(self.enum_model(&schema.namespace, &schema.enum_types[index], &mut type_names)?);
        }
        let bases = self.bases(document, declarations)?;
        for &(schema_index, index) in &declarations.structs {
            let schema = &document.schemas[schema_index];
            let item = &schema.structured_types[index];
            model.structs.push(StructModel {
                kind: match item.kind {
                    StructuredKind::Entity => StructKind::Entity,
                    StructuredKind::Complex => StructKind::Complex,
                },
                schema_name: item.name.clone(),
                qualified_name: format!("{}.{}", schema.namespace, item.name),
                rust_name: type_names.claim(names::type_name(&item.name)),
                polymorphic_name: None,
                is_abstract: item.is_abstract,
                descendants: Vec::new(),
                properties: Vec::new(),
                navigation: Vec::new(),
                stream_properties: Vec::new(),
                docs: self.terms.docs(&item.annotations).map_err(|error| self.annotation_error(error))?,
            });
        }

        for id in 0..model.structs.len() {
            let chain = ancestry(&bases, id);
            let members = self.members(document, declarations, &chain)?;
            model.structs[id].properties = members.properties;
            model.structs[id].navigation = members.navigation;
            model.structs[id].stream_properties = members.streams;
            for &ancestor in &chain[..chain.len() - 1] {
                model.structs[ancestor].descendants.push(id);
            }
        }
        for item in &mut model.structs {
            if !item.descendants.is_empty() {
                item.polymorphic_name = Some(type_names.claim(format!("Any{}", item.rust_name)));
            }
        }

        self.actions(document, declarations, &mut model, &mut type_names)?;
        self.roots(document, declarations, &mut model)?;
        super::recursion::box_recursive_properties(&mut model);
        let (endpoints, entries) = super::endpoints::build(&model, &mut type_names);
        model.endpoints = endpoints;
        model.entries = entries;
        Ok(model)
    }

    fn enum_model(
        &self,
        namespace: &str,
        item: &csdl::EnumType,
        type_names: &mut Scope,
    ) -> Result<EnumModel, SchemaError> {
        let mut variants = Scope::default();
        let mut seen: HashMap<&str, u32> = HashMap::new();
        let mut members = Vec::new();
        for member in &item.members {
            if let Some(first_line) = seen.insert(&member.name, member.position.line) {
                let kind = SchemaErrorKind::Duplicate { name: member.name.clone(), first_line };
                return Err(self.error(&member.position, kind));
            }
            members.push(EnumMemberModel {
                json_name: member.name.clone(),
                rust_name: variants.claim(names::type_name(&member.name)),
                docs: self.terms.docs(&member.annotations).map_err(|error| self.annotation_error(error))?,
            });
        }
        Ok(EnumModel {
            schema_name: item.name.clone(),
            qualified_name: format!("{namespace}.{}", item.name),
            rust_name: type_names.claim(names::type_name(&item.name)),
            is_flags: item.is_flags,
            members,
            unrecognized_variant: variants.claim(UNRECOGNIZED.to_owned()),
            docs: self.terms.docs(&item.annotations).map_err(|error| self.annotation_error(error))?,
        })
    }

    /// Resolves each struct's base type and rejects cycles.
    fn bases(&self, document: &Document, declarations: &Declarations) -> Result<Vec<Option<StructId>>, SchemaError> {
        let mut bases = Vec::with_capacity(declarations.structs.len());
        for &(schema_index, index) in &declarations.structs {
            let item = &document.schemas[schema_index].structured_types[index];
            let base = match &item.base_type {
                None => None,
                Some(name) => match declarations.by_name.get(&self.qualify(name)) {
                    Some(Declaration::Struct(base)) => {
                        let (base_schema, base_index) = declarations.structs[*base];
                        if document.schemas[base_schema].structured_types[base_index].kind != item.kind {
                            let reason = format!("base type `{name}` is not of the same kind (entity or complex)");
                            return Err(self.error(&item.position, SchemaErrorKind::Unsupported(reason)));
                        }
                        Some(*base)
                    }
                    _ => return Err(self.error(&item.position, SchemaErrorKind::UnknownType(name.clone()))),
                },
            };
            bases.push(base);
        }
        for (id, &(schema_index, index)) in declarations.structs.iter().enumerate() {
            let mut current = bases[id];
            for _ in 0..bases.len() {
                match current {
                    Some(ancestor) if ancestor == id => {
                        let item = &document.schemas[schema_index].structured_types[index];
                        return Err(self.error(&item.position, SchemaErrorKind::InheritanceCycle(item.name.clone())));
                    }
                    Some(ancestor) => current = bases[ancestor],
                    None => break,
                }
            }
        }
        Ok(bases)
    }

    /// Collects the properties along an ancestry chain, root first.
    fn members(
        &self,
        document: &Document,
        declarations: &Declarations,
        chain: &[StructId],
    ) -> Result<Members, SchemaError> {
        let mut fields = Scope::new(RESERVED_FIELDS);
        let mut streams = Vec::new();
        // JSON names in use, alternative spellings included, with the line that took each.
        let mut seen: HashMap<String, u32> = HashMap::new();
        let mut key: Vec<&str> = Vec::new();
        let mut properties = Vec::new();
        let mut navigation = Vec::new();
        for &id in chain {
            let (schema_index, index) = declarations.structs[id];
            let item = &document.schemas[schema_index].structured_types[index];
            key.extend(item.key.iter().map(String::as_str));
            for property in &item.properties {
                if let Some(first_line) = seen.insert(property.name.clone(), property.position.line) {
                    let kind = SchemaErrorKind::Duplicate { name: property.name.clone(), first_line };
                    return Err(self.error(&property.position, kind));
                }
                // A stream's bytes are served at the property's own URL, never inside the JSON.
                if property.type_name == "Edm.Stream" {
                    streams.push(property.name.clone());
                    continue;
                }
                let (type_ref, is_collection) = self.type_ref(declarations, &property.type_name, &property.position)?;
                let is_key = key.contains(&property.name.as_str());
                let model = self.property(
                    property,
                    type_ref,
                    is_collection,
                    !is_key && !is_collection && property.nullable == Some(false),
                    &mut fields,
                )?;
                for spelling in &model.alternative_spellings {
                    if let Some(first_line) = seen.insert(spelling.clone(), property.position.line) {
                        let kind = SchemaErrorKind::Duplicate { name: spelling.clone(), first_line };
                        return Err(self.error(&property.position, kind));
                    }
                }
                properties.push(model);
            }
            for property in &item.navigation_properties {
                if let Some(first_line) = seen.insert(property.name.clone(), property.position.line) {
                    let kind = SchemaErrorKind::Duplicate { name: property.name.clone(), first_line };
                    return Err(self.error(&property.position, kind));
                }
                let (type_ref, is_collection) = self.type_ref(declarations, &property.type_name, &property.position)?;
                let TypeRef::Struct(target) = type_ref else {
                    let reason = "a navigation property must target an entity type".to_owned();
                    return Err(self.error(&property.position, SchemaErrorKind::Unsupported(reason)));
                };
                navigation.push(NavigationModel {
                    name: property.name.clone(),
                    target,
                    is_collection,
                    contains_target: property.contains_target,
                    operations: self
                        .terms
                        .entity_operations(&property.annotations)
                        .map_err(|error| self.annotation_error(error))?,
                    docs: self.terms.docs(&property.annotations).map_err(|error| self.annotation_error(error))?,
                });
            }
        }
        Ok(Members { properties, navigation, streams })
    }

    fn property(
        &self,
        property: &csdl::Property,
        type_ref: TypeRef,
        is_collection: bool,
        is_required: bool,
        fields: &mut Scope,
    ) -> Result<PropertyModel, SchemaError> {
        let single_or_collection =
            self.terms.is_single_or_collection(&property.annotations).map_err(|error| self.annotation_error(error))?;
        if single_or_collection && is_collection {
            let reason = "SingleOrCollection on a collection type; declare the item type instead".to_owned();
            return Err(self.error(&property.position, SchemaErrorKind::Unsupported(reason)));
        }
        if property.max_length.is_some()
            && type_ref != TypeRef::Primitive(Primitive::String)
            && type_ref != TypeRef::Primitive(Primitive::Binary)
        {
            let reason = "MaxLength on a type that is not Edm.String or Edm.Binary".to_owned();
            return Err(self.error(&property.position, SchemaErrorKind::Unsupported(reason)));
        }
        Ok(PropertyModel {
            json_name: property.name.clone(),
            rust_name: fields.claim(names::field_name(&property.name)),
            type_ref,
            is_collection,
            is_required,
            max_length: property.max_length,
            alternative_spellings: self
                .terms
                .alternative_spellings(&property.annotations)
                .map_err(|error| self.annotation_error(error))?,
            single_or_collection,
            is_boxed: false,
            docs: self.terms.docs(&property.annotations).map_err(|error| self.annotation_error(error))?,
        })
    }

    /// Resolves bound actions and makes a request body type for each one with parameters.
    fn actions(
        &self,
        document: &Document,
        declarations: &Declarations,
        model: &mut Model,
        type_names: &mut Scope,
    ) -> Result<(), SchemaError> {
        let mut overloads: HashMap<String, usize> = HashMap::new();
        for schema in &document.schemas {
            for action in &schema.actions {
                *overloads.entry(format!("{}.{}", schema.namespace, action.name)).or_default() += 1;
            }
        }

        let mut signatures: HashMap<(String, StructId, bool), u32> = HashMap::new();
        for schema in &document.schemas {
            for action in &schema.actions {
                let Some(binding) = action.parameters.first().filter(|_| action.is_bound) else {
                    let reason = "an unbound action; bind it to the entity type it acts on".to_owned();
                    return Err(self.error(&action.position, SchemaErrorKind::Unsupported(reason)));
                };
                let (binding_type, binding_is_collection) =
                    self.type_ref(declarations, &binding.type_name, &binding.position)?;
                let TypeRef::Struct(binding_id) = binding_type else {
                    let reason = "the binding parameter must be an entity type".to_owned();
                    return Err(self.error(&binding.position, SchemaErrorKind::Unsupported(reason)));
                };
                let qualified = format!("{}.{}", schema.namespace, action.name);
                if let Some(first_line) =
                    signatures.insert((qualified.clone(), binding_id, binding_is_collection), action.position.line)
                {
                    let kind = SchemaErrorKind::Duplicate { name: qualified, first_line };
                    return Err(self.error(&action.position, kind));
                }

                let parameters = &action.parameters[1..];
                let body = if parameters.is_empty() {
                    None
                } else {
                    let prefix = if overloads[&qualified] > 1 {
                        model.structs[binding_id].rust_name.clone()
                    } else {
                        String::new()
                    };
                    let rust_name = type_names.claim(format!("{prefix}{}RequestBody", names::type_name(&action.name)));
                    let mut fields = Scope::new(RESERVED_FIELDS);
                    let mut seen: HashMap<&str, u32> = HashMap::new();
                    let mut properties = Vec::new();
                    for parameter in parameters {
                        if let Some(first_line) = seen.insert(&parameter.name, parameter.position.line) {
                            let kind = SchemaErrorKind::Duplicate { name: parameter.name.clone(), first_line };
                            return Err(self.error(&parameter.position, kind));
                        }
                        let (type_ref, is_collection) =
                            self.type_ref(declarations, &parameter.type_name, &parameter.position)?;
                        let optional = self
                            .terms
                            .is_optional_parameter(&parameter.annotations)
                            .map_err(|error| self.annotation_error(error))?;
                        let is_required = !optional && (is_collection || parameter.nullable == Some(false));
                        properties.push(self.property(parameter, type_ref, is_collection, is_required, &mut fields)?);
                    }
                    model.structs.push(StructModel {
                        kind: StructKind::RequestBody,
                        schema_name: action.name.clone(),
                        qualified_name: qualified.clone(),
                        rust_name,
                        polymorphic_name: None,
                        is_abstract: false,
                        descendants: Vec::new(),
                        properties,
                        navigation: Vec::new(),
                        stream_properties: Vec::new(),
                        docs: self.terms.docs(&action.annotations).map_err(|error| self.annotation_error(error))?,
                    });
                    Some(model.structs.len() - 1)
                };

                let return_type = match &action.return_type {
                    None => None,
                    Some(returned) if returned.type_name == "Edm.Stream" => Some(ReturnTypeModel::Stream),
                    Some(returned) => {
                        let (type_ref, is_collection) =
                            self.type_ref(declarations, &returned.type_name, &action.position)?;
                        Some(ReturnTypeModel::Value { type_ref, is_collection })
                    }
                };
                model.actions.push(ActionModel {
                    schema_name: action.name.clone(),
                    binding: binding_id,
                    binding_is_collection,
                    body,
                    return_type,
                    permissions: self
                        .terms
                        .permissions(&action.annotations)
                        .map_err(|error| self.annotation_error(error))?,
                    docs: self.terms.docs(&action.annotations).map_err(|error| self.annotation_error(error))?,
                });
            }
        }
        Ok(())
    }

    fn roots(&self, document: &Document, declarations: &Declarations, model: &mut Model) -> Result<(), SchemaError> {
        for schema in &document.schemas {
            for container in &schema.containers {
                for singleton in &container.singletons {
                    let (type_ref, _) = self.type_ref(declarations, &singleton.type_name, &singleton.position)?;
                    let TypeRef::Struct(entity) = type_ref else {
                        let reason = "a singleton or entity set must have an entity type".to_owned();
                        return Err(self.error(&singleton.position, SchemaErrorKind::Unsupported(reason)));
                    };
                    model.roots.push(RootModel {
                        container: container.name.clone(),
                        name: singleton.name.clone(),
                        entity,
                        is_collection: singleton.is_entity_set,
                        docs: self.terms.docs(&singleton.annotations).map_err(|error| self.annotation_error(error))?,
                    });
                }
            }
        }
        Ok(())
    }
}

/// Returns the first parameter type of a signature such as
/// `graph.call, Collection(Edm.String))`, the text after an action name's `(`.
fn first_parameter(signature: &str) -> &str {
    let mut depth = 0_i32;
    for (index, character) in signature.char_indices() {
        match character {
            '(' => depth += 1,
            ')' if depth == 0 => return signature[..index].trim(),
            ')' => depth -= 1,
            ',' if depth == 0 => return signature[..index].trim(),
            _ => {}
        }
    }
    signature.trim()
}

/// Returns the chain from the root base type down to `id`, inclusive.
fn ancestry(bases: &[Option<StructId>], id: StructId) -> Vec<StructId> {
    let mut chain = vec![id];
    let mut current = bases[id];
    while let Some(base) = current {
        chain.push(base);
        current = bases[base];
    }
    chain.reverse();
    chain
}
