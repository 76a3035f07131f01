//! Request paths derived from containment: from each singleton or entity set, through
//! navigation properties with `ContainsTarget`, to the entity operations and bound actions
//! that can be addressed there.
//!
//! `communications` (a singleton of `cloudCommunications`) contains `calls`, so `call` entities
//! live at `/communications/calls/{call-id}`, and `transfer`, bound to `call`, is
//! `POST /communications/calls/{call-id}/transfer`. Nothing here is specific to calls: any
//! action added to the schema appears wherever its binding type is contained.

use heck::{ToKebabCase, ToUpperCamelCase};

use super::names::{self, Scope};
use super::{Deprecation, Docs, EntityOperations, Model, StructId};

/// Index into [`Model::endpoints`].
pub(crate) type EndpointId = usize;

#[derive(Debug)]
pub(crate) struct EndpointModel {
    pub(crate) rust_name: String,
    /// The path with key placeholders, such as `/communications/calls/{call-id}`.
    pub(crate) template: String,
    /// The last path segment: a navigation property name, or `None` for a key.
    pub(crate) segment: Option<String>,
    pub(crate) entity: StructId,
    pub(crate) kind: EndpointKind,
    /// Set when the path starts at a deprecated singleton or entity set.
    pub(crate) deprecation: Option<Deprecation>,
    pub(crate) docs: Docs,
    pub(crate) children: Vec<ChildModel>,
    /// `create` on collections; `get` and `delete` on entities.
    pub(crate) operations: EntityOperations,
    /// Bound actions addressable here, with their method names.
    pub(crate) actions: Vec<(usize, String)>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum EndpointKind {
    /// One entity: a singleton, a single-valued navigation property, or a collection item.
    Entity,
    /// A collection of entities, addressed by key with `by_id`.
    Collection,
}

/// A step from an endpoint to a longer path.
#[derive(Debug)]
pub(crate) struct ChildModel {
    pub(crate) method: String,
    pub(crate) endpoint: EndpointId,
    /// Whether the step takes a key (`by_id`).
    pub(crate) is_key: bool,
}

/// A container's entry point: the trait method that starts a path.
#[derive(Debug)]
pub(crate) struct EntryModel {
    /// The container's trait, such as `GraphService`.
    pub(crate) trait_name: String,
    pub(crate) method: String,
    pub(crate) endpoint: EndpointId,
}

/// Method names every endpoint keeps for itself.
const RESERVED_METHODS: &[&str] = &["by_id", "get", "create", "delete"];

/// Builds the endpoint tree of every root, keeping only paths that lead to an operation.
// TODO: every contained subtree gets its own types under each parent path; over the whole
// Graph v1.0 description (functions removed) that emits 230 MB of endpoints, against 25 MB of models.
pub(crate) fn build(model: &Model, type_names: &mut Scope) -> (Vec<EndpointModel>, Vec<EntryModel>) {
    let mut builder = Builder { model, type_names, endpoints: Vec::new() };
    let mut entries = Vec::new();
    let mut traits: Vec<(String, String)> = Vec::new();
    for root in &model.roots {
        let start = Step {
            segment: root.name.clone(),
            name: root.name.to_upper_camel_case(),
            is_key: false,
            entity: root.entity,
            kind: if root.is_collection { EndpointKind::Collection } else { EndpointKind::Entity },
            operations: EntityOperations::default(),
            docs: root.docs.clone(),
        };
        let context =
            Context { template: String::new(), name: String::new(), deprecation: root.docs.deprecation.clone() };
        let Some(endpoint) = builder.endpoint(&context, start, &[]) else {
            continue;
        };
        let trait_name = match traits.iter().find(|(container, _)| *container == root.container) {
            Some((_, name)) => name.clone(),
            None => {
                let name = builder.type_names.claim(names::type_name(&root.container));
                traits.push((root.container.clone(), name.clone()));
                name
            }
        };
        entries.push(EntryModel { trait_name, method: names::field_name(&root.name), endpoint });
    }
    (builder.endpoints, entries)
}

struct Builder<'a> {
    model: &'a Model,
    type_names: &'a mut Scope,
    endpoints: Vec<EndpointModel>,
}

/// The path built so far.
struct Context {
    template: String,
    /// The type name so far, such as `CommunicationsCalls`.
    name: String,
    deprecation: Option<Deprecation>,
}

/// The next path segment.
struct Step {
    /// The segment in the template: a navigation property, or a key placeholder.
    segment: String,
    /// The segment's part of the type name: `Calls`, or `Item` for a key.
    name: String,
    is_key: bool,
    entity: StructId,
    kind: EndpointKind,
    /// The operations the navigation property declares, for its entities.
    operations: EntityOperations,
    docs: Docs,
}

impl Builder<'_> {
    /// Adds the endpoint for `step` and everything below it; returns `None` when nothing
    /// below has an operation.
    fn endpoint(&mut self, parent: &Context, step: Step, ancestors: &[StructId]) -> Option<EndpointId> {
        let context = Context {
            template: format!("{}/{}", parent.template, step.segment),
            name: format!("{}{}", parent.name, step.name),
            deprecation: parent.deprecation.clone(),
        };
        let mut methods = Scope::new(RESERVED_METHODS);
        let mut children = Vec::new();
        let is_collection = step.kind == EndpointKind::Collection;

        if is_collection {
            let key = format!("{{{}-id}}", self.model.structs[step.entity].schema_name.to_kebab_case());
            let item = Step {
                segment: key,
                name: "Item".to_owned(),
                is_key: true,
                entity: step.entity,
                kind: EndpointKind::Entity,
                operations: step.operations,
                docs: Docs::default(),
            };
            if let Some(endpoint) = self.endpoint(&context, item, ancestors) {
                children.push(ChildModel { method: "by_id".to_owned(), endpoint, is_key: true });
            }
        } else {
            let mut ancestors = ancestors.to_vec();
            ancestors.push(step.entity);
            for navigation in &self.model.structs[step.entity].navigation {
                // A containment cycle would make the path endless.
                if !navigation.contains_target || ancestors.contains(&navigation.target) {
                    continue;
                }
                let child = Step {
                    segment: navigation.name.clone(),
                    name: navigation.name.to_upper_camel_case(),
                    is_key: false,
                    entity: navigation.target,
                    kind: if navigation.is_collection { EndpointKind::Collection } else { EndpointKind::Entity },
                    operations: navigation.operations,
                    docs: navigation.docs.clone(),
                };
                if let Some(endpoint) = self.endpoint(&context, child, &ancestors) {
                    children.push(ChildModel {
                        method: methods.claim(names::field_name(&navigation.name)),
                        endpoint,
                        is_key: false,
                    });
                }
            }
        }

        let actions = self.actions(step.entity, is_collection, &mut methods);
        // A navigation property's restrictions cover both its collection (create) and each
        // entity in it (get, delete).
        let operations = if is_collection {
            EntityOperations { create: step.operations.create, ..EntityOperations::default() }
        } else {
            EntityOperations { create: false, ..step.operations }
        };
        if children.is_empty() && actions.is_empty() && !(operations.get || operations.create || operations.delete) {
            return None;
        }
        self.endpoints.push(EndpointModel {
            rust_name: self.type_names.claim(format!("{}Endpoint", context.name)),
            template: context.template,
            segment: (!step.is_key).then_some(step.segment),
            entity: step.entity,
            kind: step.kind,
            deprecation: context.deprecation,
            docs: step.docs,
            children,
            operations,
            actions,
        });
        Some(self.endpoints.len() - 1)
    }

    /// Finds the bound actions that apply to `entity`: bound to it or to one of its base types.
    fn actions(&self, entity: StructId, is_collection: bool, methods: &mut Scope) -> Vec<(usize, String)> {
        let model = self.model;
        let applies = |binding: StructId| binding == entity || model.structs[binding].descendants.contains(&entity);
        model
            .actions
            .iter()
            .enumerate()
            .filter(|(_, action)| action.binding_is_collection == is_collection && applies(action.binding))
            .map(|(index, action)| (index, methods.claim(names::field_name(&action.schema_name))))
            .collect()
    }
}
