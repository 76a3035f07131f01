//! `Any…` enums: a value declared with a base type, decoded as the type its `@odata.type` names.
//!
//! Variants are boxed. Derived types nest identity sets and participant infos inline, so an
//! unboxed `AnyEntity` measured 11 KB, and building and moving such values dominated decoding.

use proc_macro2::TokenStream;
use quote::quote;

use super::ident;
use super::types::value_type;
use crate::model::{Model, StructId};

pub(super) fn emit(model: &Model, id: StructId) -> TokenStream {
    let base = &model.structs[id];
    let Some(polymorphic_name) = &base.polymorphic_name else {
        return TokenStream::new();
    };
    let name = ident(polymorphic_name);
    let base_name = ident(&base.rust_name);
    let unrecognized = ident(&unrecognized_variant(model, id));

    // The base type comes first, so it is the variant for an absent `@odata.type`.
    let members: Vec<StructId> = std::iter::once(id).chain(base.descendants.iter().copied()).collect();
    let variants: Vec<_> = members.iter().map(|member| ident(&model.structs[*member].rust_name)).collect();
    let annotations: Vec<String> =
        members.iter().map(|member| format!("#{}", model.structs[*member].qualified_name)).collect();
    let implied_types = members.iter().map(|member| {
        if *member == id {
            quote! { None }
        } else {
            let annotation = format!("#{}", model.structs[*member].qualified_name);
            quote! { Some(#annotation) }
        }
    });
    let variant_docs = members.iter().map(|member| {
        let qualified = &model.structs[*member].qualified_name;
        if *member == id {
            format!(" A `{qualified}`, or a value without `@odata.type`.")
        } else {
            format!(" A `{qualified}`.")
        }
    });
    let enum_doc =
        format!(" A `{}` or a type derived from it, chosen by the `@odata.type` annotation.", base.qualified_name);
    let unrecognized_doc = format!(
        " A type that the schema does not declare, read with the members of `{}`; its `odata_type` names it.",
        base.schema_name
    );
    let conversions = members.iter().zip(&variants).map(|(member, variant)| {
        let struct_name = ident(&model.structs[*member].rust_name);
        quote! {
            impl From<#struct_name> for #name {
                fn from(value: #struct_name) -> Self {
                    Self::#variant(Box::new(value))
                }
            }
        }
    });
    let base_variant = &variants[0];
    let narrowing = narrowing_conversions(model, id, &members);
    let accessors = base.properties.iter().map(|property| {
        let field = ident(&property.rust_name);
        let value = value_type(model, property);
        let doc = format!(" Returns `{}`, which every type of the family has.", property.json_name);
        quote! {
            #[doc = #doc]
            pub fn #field(&self) -> Option<&#value> {
                match self {
                    #( Self::#variants(value) => value.#field.as_ref(), )*
                    Self::#unrecognized(value) => value.#field.as_ref(),
                }
            }
        }
    });

    quote! {
        #[doc = #enum_doc]
        #[derive(Debug, Clone, PartialEq)]
        #[non_exhaustive]
        pub enum #name {
            #(
                #[doc = #variant_docs]
                #variants(Box<super::#variants>),
            )*
            #[doc = #unrecognized_doc]
            #unrecognized(Box<super::#base_name>),
        }

        impl #name {
            #( #accessors )*

            /// Returns the `@odata.type` annotation the value carries, if any.
            pub fn odata_type(&self) -> Option<&str> {
                match self {
                    #( Self::#variants(value) => value.odata_type.as_deref(), )*
                    Self::#unrecognized(value) => value.odata_type.as_deref(),
                }
            }
        }

        impl runtime::Polymorphic for #name {
            type Base = super::#base_name;
            const ANNOTATIONS: &'static [&'static str] = &[#( #annotations ),*];

            fn empty_variant(annotation: &str) -> Option<Self> {
                match annotation {
                    #( #annotations => Some(Self::#variants(Box::new(runtime::Model::empty()))), )*
                    _ => None,
                }
            }

            fn from_base(base: super::#base_name) -> Self {
                Self::#base_variant(Box::new(base))
            }

            fn unrecognized(base: super::#base_name) -> Self {
                Self::#unrecognized(Box::new(base))
            }

            fn read_member<'de, A: ::serde::de::MapAccess<'de>>(
                &mut self,
                name: runtime::MemberName<'de>,
                map: &mut A,
            ) -> Result<(), A::Error> {
                match self {
                    #( Self::#variants(value) => runtime::Model::read_member(&mut **value, name, map), )*
                    Self::#unrecognized(value) => runtime::Model::read_member(&mut **value, name, map),
                }
            }

            fn set_odata_type(&mut self, annotation: ::std::borrow::Cow<'static, str>) {
                match self {
                    #( Self::#variants(value) => value.odata_type = Some(annotation), )*
                    Self::#unrecognized(value) => value.odata_type = Some(annotation),
                }
            }
        }

        impl runtime::Validate for #name {
            fn is_empty(&self) -> bool {
                // A derived type carries meaning without members: it is the type the service receives.
                match self {
                    Self::#base_variant(value) | Self::#unrecognized(value) => runtime::Validate::is_empty(&**value),
                    _ => false,
                }
            }

            fn validate_at(&self, path: &mut runtime::FieldPath) -> Result<(), ::graph_calls::ValidationError> {
                match self {
                    #( Self::#variants(value) => runtime::Validate::validate_at(&**value, path), )*
                    Self::#unrecognized(value) => runtime::Validate::validate_at(&**value, path),
                }
            }
        }

        impl ::serde::Serialize for #name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                match self {
                    #( Self::#variants(value) => runtime::serialize_model(&**value, serializer, #implied_types), )*
                    Self::#unrecognized(value) => runtime::serialize_model(&**value, serializer, None),
                }
            }
        }

        impl<'de> ::serde::Deserialize<'de> for #name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                runtime::deserialize_polymorphic(deserializer)
            }
        }

        #( #conversions )*

        #narrowing
    }
}

/// `TryFrom<AnyAncestor>` for this enum, for each ancestor that has its own `Any…` enum: a value
/// decoded as `AnyEntity` becomes an `AnyCommsOperation` when it is one, and is returned
/// unchanged when it is not.
fn narrowing_conversions(model: &Model, id: StructId, members: &[StructId]) -> TokenStream {
    let Some(name) = model.structs[id].polymorphic_name.as_deref().map(ident) else {
        return TokenStream::new();
    };
    let mut tokens = TokenStream::new();
    for (ancestor_id, ancestor) in model.structs.iter().enumerate() {
        let Some(ancestor_name) = ancestor.polymorphic_name.as_deref() else {
            continue;
        };
        if ancestor_id == id || !ancestor.descendants.contains(&id) {
            continue;
        }
        let ancestor_name = ident(ancestor_name);
        let variants: Vec<_> = members.iter().map(|member| ident(&model.structs[*member].rust_name)).collect();
        tokens.extend(quote! {
            impl TryFrom<super::#ancestor_name> for #name {
                type Error = super::#ancestor_name;

                fn try_from(value: super::#ancestor_name) -> Result<Self, Self::Error> {
                    match value {
                        #( super::#ancestor_name::#variants(value) => Ok(Self::#variants(value)), )*
                        other => Err(other),
                    }
                }
            }
        });
    }
    tokens
}

/// `Unrecognized`, numbered when a type of the family already has that name.
fn unrecognized_variant(model: &Model, id: StructId) -> String {
    let base = &model.structs[id];
    let taken: Vec<&str> = std::iter::once(id)
        .chain(base.descendants.iter().copied())
        .map(|member| model.structs[member].rust_name.as_str())
        .collect();
    let mut name = "Unrecognized".to_owned();
    let mut counter = 2;
    while taken.contains(&name.as_str()) {
        name = format!("Unrecognized{counter}");
        counter += 1;
    }
    name
}
