//! Structs for entity types, complex types and action request bodies.
//!
//! (De)serialization is emitted as member-by-member code that the runtime's generic visitor
//! drives, instead of `#[derive(Deserialize)]` with `#[serde(flatten)]`. Flatten buffers every
//! object into an intermediate tree. This code reads each member once, straight into its field,
//! or into `unknown_members` when the schema does not declare it.

use proc_macro2::TokenStream;
use quote::quote;

use super::types::{argument_type, holds_objects, value_type};
use super::{docs, ident};
use crate::model::{Model, PropertyModel, StructId, StructKind, StructModel, TypeRef};

pub(super) fn emit(model: &Model, id: StructId) -> TokenStream {
    let item = &model.structs[id];
    let name = ident(&item.rust_name);
    let has_type_field = item.kind != StructKind::RequestBody;
    let has_required = item.properties.iter().any(|property| property.is_required);

    let type_docs = docs::attributes(&item.docs, &type_fallback(item), &type_notes(item));
    let derive_default = (!has_required).then(|| quote! { , Default });
    let type_field = has_type_field.then(|| {
        quote! {
            /// The `@odata.type` annotation as received, or `None`; written back first when set.
            pub odata_type: Option<::std::borrow::Cow<'static, str>>,
        }
    });
    let fields = item.properties.iter().map(|property| {
        let field = ident(&property.rust_name);
        let value = value_type(model, property);
        let field_docs =
            docs::attributes(&property.docs, &property_fallback(item, property), &property_notes(item, property));
        quote! {
            #field_docs
            pub #field: Option<#value>,
        }
    });

    let constructor = constructor(model, item);
    let trait_impl = model_impl(item, has_type_field);

    quote! {
        #type_docs
        #[derive(Debug, Clone, PartialEq #derive_default)]
        #[non_exhaustive]
        pub struct #name {
            #type_field
            #( #fields )*
            /// Members the schema does not declare, in the order received; written back after the others.
            pub unknown_members: ::graph_calls::json::UnknownMembers,
        }

        impl #name {
            #constructor

            /// Checks the value before it is sent: required members are present and not
            /// empty objects, and strings fit their maximum length.
            ///
            /// # Errors
            ///
            /// Returns the first violation found, naming the member by its JSON path.
            pub fn validate(&self) -> Result<(), ::graph_calls::ValidationError> {
                runtime::validate(self)
            }
        }

        #trait_impl

        impl ::serde::Serialize for #name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                runtime::serialize_model(self, serializer, None)
            }
        }

        impl<'de> ::serde::Deserialize<'de> for #name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                runtime::deserialize_model(deserializer)
            }
        }
    }
}

fn type_fallback(item: &StructModel) -> String {
    match item.kind {
        StructKind::Entity => format!("The `{}` entity type.", item.schema_name),
        StructKind::Complex => format!("The `{}` complex type.", item.schema_name),
        StructKind::RequestBody => {
            format!("The parameters of the `{}` action, sent as its request body.", item.schema_name)
        }
    }
}

fn type_notes(item: &StructModel) -> Vec<String> {
    let mut notes = Vec::new();
    if !item.stream_properties.is_empty() {
        let names: Vec<String> = item.stream_properties.iter().map(|name| format!("`{name}`")).collect();
        notes.push(format!(
            "Stream properties ({}) have no field: Graph serves their bytes at the property's own URL, not in JSON.",
            names.join(", ")
        ));
    }
    if let Some(polymorphic) = &item.polymorphic_name {
        let kind = if item.is_abstract { "This type is abstract. " } else { "" };
        notes.push(format!(
            "{kind}Properties declared with this type hold an [`{polymorphic}`](super::{polymorphic}), \
             which also covers the types derived from it."
        ));
    }
    notes
}

fn property_fallback(item: &StructModel, property: &PropertyModel) -> String {
    match item.kind {
        StructKind::RequestBody => format!("The `{}` parameter.", property.json_name),
        _ => format!("The `{}` property.", property.json_name),
    }
}

fn property_notes(item: &StructModel, property: &PropertyModel) -> Vec<String> {
    let mut notes = Vec::new();
    if property.is_required {
        notes.push(format!("Required when sending: `{}::new` takes it.", item.rust_name));
    }
    if let Some(max_length) = property.max_length {
        notes.push(format!("At most {max_length} characters; `validate` checks the length."));
    }
    if !property.alternative_spellings.is_empty() {
        let spellings: Vec<String> = property.alternative_spellings.iter().map(|name| format!("`{name}`")).collect();
        notes.push(format!("Also read from {}; always written as `{}`.", spellings.join(" and "), property.json_name));
    }
    if property.single_or_collection {
        notes.push("The value is either one object or a JSON array of them.".to_owned());
    }
    notes
}

/// `new` with the required properties as arguments; none for abstract types.
fn constructor(model: &Model, item: &StructModel) -> TokenStream {
    if item.is_abstract {
        return TokenStream::new();
    }
    let required: Vec<&PropertyModel> = item.properties.iter().filter(|property| property.is_required).collect();
    if required.is_empty() {
        let name = &item.rust_name;
        let doc = docs::line(&format!("Creates an empty `{name}`; set the members you need."));
        return quote! {
            #doc
            pub fn new() -> Self {
                <Self as Default>::default()
            }
        };
    }

    let arguments = required.iter().map(|property| {
        let field = ident(&property.rust_name);
        let (argument, _) = argument_type(model, property);
        quote! { #field: #argument }
    });
    let initializers = item.properties.iter().map(|property| {
        let field = ident(&property.rust_name);
        if !property.is_required {
            return quote! { #field: None };
        }
        let (_, converts) = argument_type(model, property);
        if converts {
            quote! { #field: Some(#field.into()) }
        } else {
            quote! { #field: Some(#field) }
        }
    });
    let type_field = (item.kind != StructKind::RequestBody).then(|| quote! { odata_type: None, });
    let names: Vec<String> = required.iter().map(|property| format!("`{}`", property.json_name)).collect();
    let doc = docs::line(&format!("Creates `{}` with its required members: {}.", item.rust_name, names.join(", ")));
    let allow = (required.len() > 7).then(|| quote! { #[allow(clippy::too_many_arguments)] });
    quote! {
        #doc
        #allow
        pub fn new(#( #arguments ),*) -> Self {
            Self {
                #type_field
                #( #initializers, )*
                unknown_members: ::graph_calls::json::UnknownMembers::new(),
            }
        }
    }
}

/// Emits the runtime's `Model` and `Validate` implementations.
fn model_impl(item: &StructModel, has_type_field: bool) -> TokenStream {
    let name = ident(&item.rust_name);
    let type_name = &item.qualified_name;
    let annotation = format!("#{type_name}");
    let fields: Vec<_> = item.properties.iter().map(|property| ident(&property.rust_name)).collect();

    let type_field_empty = has_type_field.then(|| quote! { odata_type: None, });
    let type_arm = has_type_field
        .then(|| quote! { "@odata.type" => runtime::read_annotation(&mut self.odata_type, #annotation, map), });
    let member_arms = item.properties.iter().map(|property| {
        let field = ident(&property.rust_name);
        let json_name = &property.json_name;
        let spellings = &property.alternative_spellings;
        quote! { #json_name #( | #spellings )* => runtime::read_member(&mut self.#field, #json_name, map), }
    });
    let writes = item.properties.iter().map(|property| {
        let field = ident(&property.rust_name);
        let json_name = &property.json_name;
        quote! { runtime::write_member(map, #json_name, &self.#field)?; }
    });
    let type_accessors = has_type_field.then(|| {
        quote! {
            fn odata_type(&self) -> Option<&str> {
                self.odata_type.as_deref()
            }

            fn set_odata_type(&mut self, annotation: ::std::borrow::Cow<'static, str>) {
                self.odata_type = Some(annotation);
            }
        }
    });
    let checks: Vec<TokenStream> = item.properties.iter().filter_map(check).collect();
    let path = if checks.is_empty() {
        quote! { _path }
    } else {
        quote! { path }
    };

    quote! {
        impl runtime::Model for #name {
            const TYPE_NAME: &'static str = #type_name;

            fn empty() -> Self {
                Self {
                    #type_field_empty
                    #( #fields: None, )*
                    unknown_members: ::graph_calls::json::UnknownMembers::new(),
                }
            }

            fn read_member<'de, A: ::serde::de::MapAccess<'de>>(
                &mut self,
                name: runtime::MemberName<'de>,
                map: &mut A,
            ) -> Result<(), A::Error> {
                match &*name {
                    #type_arm
                    #( #member_arms )*
                    _ => self.unknown_members.read_member(name, map),
                }
            }

            fn write_members<M: ::serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
                #( #writes )*
                self.unknown_members.write_members(map)
            }

            #type_accessors
        }

        impl runtime::Validate for #name {
            fn is_empty(&self) -> bool {
                #( self.#fields.is_none() && )* self.unknown_members.is_empty()
            }

            fn validate_at(&self, #path: &mut runtime::FieldPath) -> Result<(), ::graph_calls::ValidationError> {
                #( #checks )*
                Ok(())
            }
        }
    }
}

/// Returns the validation statements for one property, if it has anything to check.
fn check(property: &PropertyModel) -> Option<TokenStream> {
    let field = ident(&property.rust_name);
    let json_name = &property.json_name;
    let mut statements = TokenStream::new();
    if property.is_required {
        let is_object = holds_objects(property) && !property.is_collection;
        statements.extend(if is_object {
            quote! { runtime::check_present_object(&self.#field, #json_name, path)?; }
        } else {
            quote! { runtime::check_present(&self.#field, #json_name, path)?; }
        });
    }
    if let Some(max_length) = property.max_length {
        statements.extend(quote! { runtime::check_max_length(&self.#field, #json_name, #max_length, path)?; });
    }
    if let TypeRef::Struct(_) = property.type_ref {
        statements.extend(quote! { runtime::check_nested(&self.#field, #json_name, path)?; });
    }
    (!statements.is_empty()).then_some(statements)
}
