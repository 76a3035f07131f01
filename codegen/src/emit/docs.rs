//! Rustdoc text built from schema annotations.

use proc_macro2::TokenStream;
use quote::quote;

use crate::model::{Docs, Origin};

/// Builds `#[doc]` attributes: the description, or `fallback` when the schema has none, then
/// the long description, the origin note and any `extra` paragraphs.
pub(super) fn attributes(docs: &Docs, fallback: &str, extra: &[String]) -> TokenStream {
    let mut paragraphs = vec![docs.description.clone().unwrap_or_else(|| fallback.to_owned())];
    paragraphs.extend(docs.long_description.clone());
    paragraphs.extend(docs.origin.map(|origin| origin_note(origin).to_owned()));
    paragraphs.extend(extra.iter().cloned());

    let mut lines = Vec::new();
    for (index, paragraph) in paragraphs.iter().enumerate() {
        if index > 0 {
            lines.push(String::new());
        }
        lines.extend(paragraph.lines().map(|line| format!(" {line}")));
    }
    let deprecated = docs.deprecation.as_ref().map(|deprecation| {
        let note = &deprecation.description;
        quote! { #[deprecated(note = #note)] }
    });
    quote! {
        #( #[doc = #lines] )*
        #deprecated
    }
}

/// Builds one `#[doc]` line, with the space that `///` comments have.
pub(super) fn line(text: &str) -> TokenStream {
    let text = format!(" {text}");
    quote! { #[doc = #text] }
}

/// Says where an element comes from when Microsoft's v1.0 metadata does not declare it.
pub(super) fn origin_note(origin: Origin) -> &'static str {
    match origin {
        Origin::Beta => "Not in the Microsoft Graph v1.0 metadata: declared by the beta metadata.",
        Origin::Documentation => {
            "Not in any Microsoft Graph metadata: the service sends it and the documentation shows it."
        }
    }
}
