//! Evolvable enums: the declared members plus a variant that keeps any other string.

use proc_macro2::TokenStream;
use quote::quote;

use super::{docs, ident};
use crate::model::EnumModel;

pub(super) fn emit(item: &EnumModel) -> TokenStream {
    let name = ident(&item.rust_name);
    let unrecognized = ident(&item.unrecognized_variant);
    let type_name = &item.qualified_name;

    let mut notes = vec![format!(
        "Values outside the declared members are kept verbatim in `{}`; declared names also match \
         in another letter case and are written in the schema's spelling.",
        item.unrecognized_variant
    )];
    if item.is_flags {
        notes.push(format!(
            "A flags type: properties of this type hold a `graph_calls::json::Flags<{}>`, \
             written as a comma-separated list.",
            item.rust_name
        ));
    }
    let enum_docs = docs::attributes(&item.docs, &format!("The `{}` enumeration.", item.schema_name), &notes);

    let variants: Vec<_> = item.members.iter().map(|member| ident(&member.rust_name)).collect();
    let json_names: Vec<&str> = item.members.iter().map(|member| member.json_name.as_str()).collect();
    let variant_docs =
        item.members.iter().map(|member| docs::attributes(&member.docs, &format!("`{}`", member.json_name), &[]));

    quote! {
        #enum_docs
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum #name {
            #(
                #variant_docs
                #variants,
            )*
            /// A value the schema does not declare, kept verbatim.
            #unrecognized(::graph_calls::json::UnrecognizedValue),
        }

        impl #name {
            /// Returns the value as it is written in JSON.
            pub fn as_str(&self) -> &str {
                match self {
                    #( Self::#variants => #json_names, )*
                    Self::#unrecognized(value) => value.as_str(),
                }
            }
        }

        impl runtime::EnumType for #name {
            const TYPE_NAME: &'static str = #type_name;
            const NAMES: &'static [&'static str] = &[#( #json_names ),*];

            fn from_known(name: &str) -> Option<Self> {
                match name {
                    #( #json_names => Some(Self::#variants), )*
                    _ => None,
                }
            }

            fn unrecognized(value: ::graph_calls::json::UnrecognizedValue) -> Self {
                Self::#unrecognized(value)
            }

            fn as_str(&self) -> &str {
                #name::as_str(self)
            }
        }

        impl From<&str> for #name {
            fn from(value: &str) -> Self {
                runtime::parse_enum(value)
            }
        }

        impl ::core::str::FromStr for #name {
            type Err = ::core::convert::Infallible;

            fn from_str(value: &str) -> Result<Self, Self::Err> {
                Ok(runtime::parse_enum(value))
            }
        }

        impl ::core::fmt::Display for #name {
            fn fmt(&self, formatter: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                formatter.write_str(self.as_str())
            }
        }

        impl ::serde::Serialize for #name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> ::serde::Deserialize<'de> for #name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                runtime::deserialize_enum(deserializer)
            }
        }
    }
}
