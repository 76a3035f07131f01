//! Endpoint types: one struct per request path, with methods for the steps to longer paths,
//! the entity operations and the bound actions, and one trait per entity container that
//! starts paths from a `graph_calls::Client`.

use proc_macro2::TokenStream;
use quote::quote;

use super::types::item_type;
use super::{docs, ident};
use crate::model::{ActionModel, EndpointKind, EndpointModel, Model, Permission, ReturnTypeModel, StructId, TypeRef};

const ERRORS: &str = "# Errors";

pub(super) fn emit(model: &Model) -> TokenStream {
    let mut tokens = entry_traits(model);
    // The model lists children first; paths read better from the root down.
    for endpoint in model.endpoints.iter().rev() {
        tokens.extend(endpoint_struct(model, endpoint));
    }
    tokens
}

fn entry_traits(model: &Model) -> TokenStream {
    let mut traits: Vec<&str> = model.entries.iter().map(|entry| entry.trait_name.as_str()).collect();
    traits.dedup();
    let mut tokens = TokenStream::new();
    for trait_name in traits {
        let name = ident(trait_name);
        let entries: Vec<_> = model.entries.iter().filter(|entry| entry.trait_name == trait_name).collect();
        let declarations = entries.iter().map(|entry| {
            let endpoint = &model.endpoints[entry.endpoint];
            let method = ident(&entry.method);
            let target = ident(&endpoint.rust_name);
            let lines = docs::attributes(&endpoint.docs, &format!("Starts a path at `{}`.", endpoint.template), &[]);
            quote! {
                #lines
                fn #method(&self) -> #target<'_>;
            }
        });
        let implementations = entries.iter().map(|entry| {
            let endpoint = &model.endpoints[entry.endpoint];
            let method = ident(&entry.method);
            let target = ident(&endpoint.rust_name);
            let segment = endpoint.segment.as_deref().unwrap_or_default();
            quote! {
                fn #method(&self) -> #target<'_> {
                    #target { path: runtime::RequestPath::root(self, #segment) }
                }
            }
        });
        let doc = docs::line(&format!(
            "The entry points of the `{trait_name}` entity container, one per singleton or entity set; \
             import the trait to call them on a `graph_calls::Client`."
        ));
        tokens.extend(quote! {
            #doc
            pub trait #name {
                #( #declarations )*
            }

            impl #name for ::graph_calls::Client {
                #( #implementations )*
            }
        });
    }
    tokens
}

fn endpoint_struct(model: &Model, endpoint: &EndpointModel) -> TokenStream {
    let name = ident(&endpoint.rust_name);
    let entity = &model.structs[endpoint.entity].schema_name;
    let summary = match endpoint.kind {
        EndpointKind::Collection => format!("`{}`: the `{entity}` collection.", endpoint.template),
        EndpointKind::Entity => format!("`{}`: one `{entity}`.", endpoint.template),
    };
    let struct_docs = docs::line(&summary);

    let mut methods = TokenStream::new();
    for child in &endpoint.children {
        let target = &model.endpoints[child.endpoint];
        let method = ident(&child.method);
        let target_name = ident(&target.rust_name);
        if child.is_key {
            let doc = docs::attributes(
                &Default::default(),
                &format!("Selects one `{entity}` by its id: `{}`.", target.template),
                &["The id is escaped when a request is built. An empty id, `.` or `..` cannot be \
                   sent and fails with a validation error then."
                    .to_owned()],
            );
            methods.extend(quote! {
                #doc
                pub fn #method(&self, id: impl Into<String>) -> #target_name<'a> {
                    #target_name { path: self.path.join(id) }
                }
            });
        } else {
            let doc = docs::attributes(&target.docs, &format!("Goes to `{}`.", target.template), &[]);
            let segment = target.segment.as_deref().unwrap_or_default();
            methods.extend(quote! {
                #doc
                pub fn #method(&self) -> #target_name<'a> {
                    #target_name { path: self.path.join(#segment) }
                }
            });
        }
    }
    methods.extend(operations(model, endpoint));
    for (action, method) in &endpoint.actions {
        methods.extend(action_method(model, endpoint, &model.actions[*action], method));
    }

    quote! {
        #struct_docs
        #[derive(Debug, Clone)]
        pub struct #name<'a> {
            path: runtime::RequestPath<'a>,
        }

        impl<'a> #name<'a> {
            #methods
        }
    }
}

/// Returns the request and response type for entity `id`: its `Any…` enum when it has derived types.
fn entity_type(model: &Model, id: StructId) -> TokenStream {
    let item = &model.structs[id];
    let name = ident(item.polymorphic_name.as_deref().unwrap_or(&item.rust_name));
    quote! { super::#name }
}

fn operations(model: &Model, endpoint: &EndpointModel) -> TokenStream {
    let template = &endpoint.template;
    let entity = &model.structs[endpoint.entity].schema_name;
    let value = entity_type(model, endpoint.entity);
    let deprecated = deprecated(endpoint);
    let request_errors = "Fails when the request cannot be sent, when Graph responds with a non-2xx status, \
                          or when the response body does not decode.";
    let mut tokens = TokenStream::new();
    if endpoint.operations.get {
        let doc = method_docs(&format!("Reads the `{entity}`."), &format!("GET {template}"), &[], request_errors);
        tokens.extend(quote! {
            #doc
            #deprecated
            pub async fn get(&self) -> Result<::graph_calls::Response<#value>, ::graph_calls::Error> {
                runtime::send_json::<runtime::NoBody, #value>(&self.path, runtime::Method::GET, #template, None).await
            }
        });
    }
    if endpoint.operations.delete {
        let doc = method_docs(
            &format!("Deletes the `{entity}`."),
            &format!("DELETE {template}"),
            &[],
            "Fails when the request cannot be sent or when Graph responds with a non-2xx status.",
        );
        tokens.extend(quote! {
            #doc
            #deprecated
            pub async fn delete(&self) -> Result<::graph_calls::Response<()>, ::graph_calls::Error> {
                runtime::send_no_content::<runtime::NoBody>(&self.path, runtime::Method::DELETE, #template, None).await
            }
        });
    }
    if endpoint.operations.create {
        let doc = method_docs(
            &format!("Creates a `{entity}` and returns it as Graph stored it."),
            &format!("POST {template}"),
            &[],
            "Fails without sending when `value` breaks a schema rule (see its `validate`), and \
             otherwise like any request: transport, status or decode.",
        );
        tokens.extend(quote! {
            #doc
            #deprecated
            pub async fn create(&self, value: &#value) -> Result<::graph_calls::Response<#value>, ::graph_calls::Error> {
                runtime::send_json(&self.path, runtime::Method::POST, #template, Some(value)).await
            }
        });
    }
    tokens
}

fn action_method(model: &Model, endpoint: &EndpointModel, action: &ActionModel, method: &str) -> TokenStream {
    let method = ident(method);
    let name = &action.schema_name;
    let template = format!("{}/{name}", endpoint.template);
    let fallback = format!("Invokes the `{name}` action.");
    let summary = action.docs.description.clone().unwrap_or(fallback);
    let mut notes: Vec<String> = action.docs.long_description.iter().cloned().collect();
    notes.extend(action.docs.origin.map(|origin| docs::origin_note(origin).to_owned()));
    notes.extend(permissions(&action.permissions));
    let errors = "Fails without sending when the body breaks a schema rule (see its `validate`), and \
                  otherwise when the request cannot be sent or Graph responds with a non-2xx status. \
                  Any 2xx status is success.";
    let doc = method_docs(&summary, &format!("POST {template}"), &notes, errors);
    let deprecated = deprecated(endpoint);

    let (parameter, body_type, body) = match action.body {
        Some(body) => {
            let body_type = ident(&model.structs[body].rust_name);
            (quote! { , body: &super::#body_type }, quote! { super::#body_type }, quote! { Some(body) })
        }
        None => (TokenStream::new(), quote! { runtime::NoBody }, quote! { None }),
    };
    let call = match action.return_type {
        Some(ReturnTypeModel::Stream) => quote! {
            pub async fn #method(&self #parameter) -> Result<::graph_calls::Response<runtime::Bytes>, ::graph_calls::Error> {
                runtime::send_for_bytes::<#body_type>(&self.path.join(#name), runtime::Method::POST, #template, #body).await
            }
        },
        Some(ReturnTypeModel::Value { type_ref, is_collection }) => {
            let item = item_type(model, type_ref);
            let is_wrapped = is_collection || !matches!(type_ref, TypeRef::Struct(_));
            let value = if is_collection {
                quote! { Vec<#item> }
            } else {
                item
            };
            let send = if is_wrapped {
                quote! { send_wrapped_json }
            } else {
                quote! { send_json }
            };
            quote! {
                pub async fn #method(&self #parameter) -> Result<::graph_calls::Response<#value>, ::graph_calls::Error> {
                    runtime::#send::<#body_type, #value>(&self.path.join(#name), runtime::Method::POST, #template, #body).await
                }
            }
        }
        None => quote! {
            pub async fn #method(&self #parameter) -> Result<::graph_calls::Response<()>, ::graph_calls::Error> {
                runtime::send_no_content::<#body_type>(&self.path.join(#name), runtime::Method::POST, #template, #body).await
            }
        },
    };
    quote! {
        #doc
        #deprecated
        #call
    }
}

/// Docs for a request method: summary, the HTTP request, notes, and `# Errors`.
fn method_docs(summary: &str, request: &str, notes: &[String], errors: &str) -> TokenStream {
    let mut paragraphs = vec![summary.to_owned(), format!("`{request}`")];
    paragraphs.extend(notes.iter().cloned());
    paragraphs.push(format!("{ERRORS}\n\n{errors}"));
    let lines: Vec<String> = paragraphs.join("\n\n").lines().map(|line| format!(" {line}")).collect();
    quote! { #( #[doc = #lines] )* }
}

fn permissions(permissions: &[Permission]) -> Option<String> {
    if permissions.is_empty() {
        return None;
    }
    let listed: Vec<String> = permissions
        .iter()
        .map(|permission| {
            let scopes: Vec<String> = permission.scopes.iter().map(|scope| format!("`{scope}`")).collect();
            format!("{} ({})", scopes.join(", "), permission.scheme.to_lowercase())
        })
        .collect();
    Some(format!("Permissions: {}.", listed.join("; ")))
}

fn deprecated(endpoint: &EndpointModel) -> Option<TokenStream> {
    endpoint.deprecation.as_ref().map(|deprecation| {
        let note = &deprecation.description;
        quote! { #[deprecated(note = #note)] }
    })
}
