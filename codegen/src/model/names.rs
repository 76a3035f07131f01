//! Rust names for schema names: case conversion, keywords and collisions.
//!
//! Schema names are case-sensitive and free-form, so two of them can map to one Rust name
//! (`fooBar` and `FooBar`), or to a keyword (`final`, `type`). A [`Scope`] hands out each
//! name once, adding a number to later claims, so the result depends only on schema order.

use std::collections::HashSet;

use heck::{ToSnakeCase, ToUpperCamelCase};

/// Keywords of Rust 2024, strict and reserved.
const KEYWORDS: &[&str] = &[
    "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum", "extern", "false", "fn",
    "for", "gen", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return", "self",
    "Self", "static", "struct", "super", "trait", "true", "type", "unsafe", "use", "where", "while", "abstract",
    "become", "box", "do", "final", "macro", "override", "priv", "try", "typeof", "unsized", "virtual", "yield",
];

/// Keywords that cannot be written as raw identifiers.
const NOT_RAW: &[&str] = &["crate", "self", "Self", "super"];

/// Converts a schema name to an UpperCamelCase type or variant name.
pub(crate) fn type_name(schema_name: &str) -> String {
    let mut name = schema_name.to_upper_camel_case();
    if name.is_empty() || name.starts_with(|character: char| character.is_ascii_digit()) {
        name.insert(0, 'N');
    }
    if name == "Self" {
        name.push_str("Type");
    }
    name
}

/// Converts a schema name to a snake_case field name, escaping keywords.
pub(crate) fn field_name(schema_name: &str) -> String {
    let mut name = schema_name.to_snake_case();
    if name.starts_with(|character: char| character.is_ascii_digit()) {
        name.insert(0, '_');
    }
    // `_` alone is the wildcard pattern, and a name of underscores alone is no name.
    if name.trim_matches('_').is_empty() {
        name = format!("{}field", "_".repeat(schema_name.len().max(1)));
    }
    if NOT_RAW.contains(&name.as_str()) {
        name.push('_');
    } else if KEYWORDS.contains(&name.as_str()) {
        name.insert_str(0, "r#");
    }
    name
}

/// A set of names in use; each claim returns a name no earlier claim got.
#[derive(Debug, Default)]
pub(crate) struct Scope {
    taken: HashSet<String>,
}

impl Scope {
    pub(crate) fn new(reserved: &[&str]) -> Self {
        Self { taken: reserved.iter().map(|name| (*name).to_owned()).collect() }
    }

    /// Claims `name`, or `name2`, `name3` and so on when it is taken.
    pub(crate) fn claim(&mut self, name: String) -> String {
        if self.taken.insert(name.clone()) {
            return name;
        }
        let separator = if name.ends_with(|character: char| character.is_ascii_digit()) { "_" } else { "" };
        let mut counter = 2;
        loop {
            let candidate = format!("{name}{separator}{counter}");
            if self.taken.insert(candidate.clone()) {
                return candidate;
            }
            counter += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn type_names_are_upper_camel_case() {
        assert_eq!(type_name("callState"), "CallState");
        assert_eq!(type_name("NotStarted"), "NotStarted");
        assert_eq!(type_name("tone0"), "Tone0");
        assert_eq!(type_name("2fa"), "N2fa");
        assert_eq!(type_name("self"), "SelfType");
    }

    #[test]
    fn field_names_escape_keywords() {
        assert_eq!(field_name("callbackUri"), "callback_uri");
        assert_eq!(field_name("final"), "r#final");
        assert_eq!(field_name("type"), "r#type");
        assert_eq!(field_name("self"), "self_");
        assert_eq!(field_name("3d"), "_3d");
        assert_eq!(field_name("_"), "_field");
        assert_eq!(field_name("__"), "__field");
    }

    #[test]
    fn scope_numbers_later_claims() {
        let mut scope = Scope::new(&["odata_type"]);
        assert_eq!(scope.claim("odata_type".to_owned()), "odata_type2");
        assert_eq!(scope.claim("foo_bar".to_owned()), "foo_bar");
        assert_eq!(scope.claim("foo_bar".to_owned()), "foo_bar2");
        assert_eq!(scope.claim("tone1".to_owned()), "tone1");
        assert_eq!(scope.claim("tone1".to_owned()), "tone1_2");
    }
}
