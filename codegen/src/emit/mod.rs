//! Emits Rust source for a resolved [`Model`], formatted by prettyplease.
//!
//! The output is a module folder: `mod.rs` declares and re-exports one file per kind of item.
//! Items refer to each other as `super::Name` and to the runtime as `::graph_calls::…`, so the
//! folder compiles inside `graph-calls` and inside any crate that depends on it.

mod docs;
mod endpoints;
mod enums;
mod polymorphic;
mod structs;
mod types;

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

use crate::error::Error;
use crate::model::{Model, StructKind};

/// One generated source file, relative to the output folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GeneratedFile {
    /// The file name, such as `entities.rs`.
    pub name: String,
    /// The formatted source, starting with the header line.
    pub contents: String,
}

/// Renders every file for `model`; the header line names the schema and the command.
pub(crate) fn emit(model: &Model, schema_label: &str, command: &str) -> Result<Vec<GeneratedFile>, Error> {
    let mut entities = TokenStream::new();
    let mut complex_types = TokenStream::new();
    let mut request_bodies = TokenStream::new();
    for (id, item) in model.structs.iter().enumerate() {
        let mut tokens = structs::emit(model, id);
        if item.polymorphic_name.is_some() {
            tokens.extend(polymorphic::emit(model, id));
        }
        match item.kind {
            StructKind::Entity => entities.extend(tokens),
            StructKind::Complex => complex_types.extend(tokens),
            StructKind::RequestBody => request_bodies.extend(tokens),
        }
    }
    let mut enum_types = TokenStream::new();
    for item in &model.enums {
        enum_types.extend(enums::emit(item));
    }

    let header = format!(
        "// @generated from {schema_label} by `{command}`. Do not edit: change the schema or the generator and regenerate.\n"
    );
    let sections = [
        ("complex_types", "Complex types: structured values without identity.", complex_types),
        ("entities", "Entity types: resources with an `id`.", entities),
        ("endpoints", "Request paths and the operations on them.", endpoints::emit(model)),
        ("enums", "Enumeration types.", enum_types),
        ("request_bodies", "Request bodies: the parameters of actions.", request_bodies),
    ];

    let mut files = Vec::new();
    let mut declarations = TokenStream::new();
    for (module, doc, tokens) in sections {
        if tokens.is_empty() {
            continue;
        }
        let name = Ident::new(module, Span::call_site());
        let doc = docs::line(doc);
        // Models share one namespace; endpoints stay in their own module beside them.
        declarations.extend(if module == "endpoints" {
            quote! {
                #doc
                pub mod #name;
            }
        } else {
            quote! {
                #doc
                mod #name;
                pub use #name::*;
            }
        });
        // A schema may deprecate a type or a property that other generated items use.
        let tokens = quote! {
            #![allow(deprecated)]

            use ::graph_calls::__private as runtime;

            #tokens
        };
        let name = format!("{module}.rs");
        let contents = format!("{header}\n{}", format(&name, tokens)?);
        files.push(GeneratedFile { name, contents });
    }
    let contents = format!("{header}\n{}", format("mod.rs", declarations)?);
    files.insert(0, GeneratedFile { name: "mod.rs".to_owned(), contents });
    Ok(files)
}

/// Formats tokens as a Rust file. The tokens come from this generator, so a parse failure is a
/// generator bug.
fn format(file: &str, tokens: TokenStream) -> Result<String, Error> {
    let parsed = syn::parse2::<syn::File>(tokens)
        .map_err(|error| Error::InvalidOutput { file: file.to_owned(), message: error.to_string() })?;
    Ok(prettyplease::unparse(&parsed))
}

/// Makes an identifier, raw when the name starts with `r#`.
fn ident(name: &str) -> Ident {
    match name.strip_prefix("r#") {
        Some(raw) => Ident::new_raw(raw, Span::call_site()),
        None => Ident::new(name, Span::call_site()),
    }
}
