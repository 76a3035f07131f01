//! Rust types for schema types.

use proc_macro2::TokenStream;
use quote::quote;

use super::ident;
use crate::model::{Model, Primitive, PropertyModel, TypeRef};

/// Returns the type of one value of `type_ref`, before collection or optionality.
pub(super) fn item_type(model: &Model, type_ref: TypeRef) -> TokenStream {
    match type_ref {
        TypeRef::Struct(id) => {
            let item = &model.structs[id];
            let name = ident(item.polymorphic_name.as_deref().unwrap_or(&item.rust_name));
            quote! { super::#name }
        }
        TypeRef::Enum(id) => {
            let item = &model.enums[id];
            let name = ident(&item.rust_name);
            if item.is_flags {
                quote! { ::graph_calls::json::Flags<super::#name> }
            } else {
                quote! { super::#name }
            }
        }
        TypeRef::Primitive(primitive) => primitive_type(primitive),
    }
}

fn primitive_type(primitive: Primitive) -> TokenStream {
    match primitive {
        Primitive::String => quote! { String },
        Primitive::Boolean => quote! { bool },
        Primitive::Byte => quote! { u8 },
        Primitive::SByte => quote! { i8 },
        Primitive::Int16 => quote! { i16 },
        Primitive::Int32 => quote! { i32 },
        Primitive::Int64 => quote! { i64 },
        Primitive::Single => quote! { f32 },
        Primitive::Double => quote! { f64 },
        Primitive::Decimal => quote! { ::serde_json::Number },
        Primitive::Guid => quote! { ::graph_calls::edm::Guid },
        Primitive::Date => quote! { ::graph_calls::edm::Date },
        Primitive::TimeOfDay => quote! { ::graph_calls::edm::TimeOfDay },
        Primitive::DateTimeOffset => quote! { ::graph_calls::edm::DateTimeOffset },
        Primitive::Duration => quote! { ::graph_calls::edm::Duration },
        Primitive::Binary => quote! { ::graph_calls::edm::Binary },
        Primitive::Untyped => quote! { ::serde_json::Value },
    }
}

/// Returns the type of a property's value inside its `Option`.
pub(super) fn value_type(model: &Model, property: &PropertyModel) -> TokenStream {
    let mut item = item_type(model, property.type_ref);
    if property.is_boxed {
        item = quote! { Box<#item> };
    }
    if property.is_collection {
        quote! { Vec<#item> }
    } else if property.single_or_collection {
        quote! { ::graph_calls::json::OneOrMany<#item> }
    } else {
        item
    }
}

/// Returns whether the property's values may need validation: objects, and strings with a limit.
pub(super) fn holds_objects(property: &PropertyModel) -> bool {
    matches!(property.type_ref, TypeRef::Struct(_))
}

/// The constructor parameter type for a required property, and whether the argument is
/// converted with `Into` (which also boxes a boxed property's value).
pub(super) fn argument_type(model: &Model, property: &PropertyModel) -> (TokenStream, bool) {
    if property.is_boxed && !property.single_or_collection {
        let item = item_type(model, property.type_ref);
        return (item, true);
    }
    let value = value_type(model, property);
    let converts = !property.is_collection
        && match property.type_ref {
            TypeRef::Primitive(Primitive::String) => true,
            TypeRef::Struct(id) => model.structs[id].polymorphic_name.is_some(),
            _ => false,
        };
    if converts { (quote! { impl Into<#value> }, true) } else { (value, false) }
}
