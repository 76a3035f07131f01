//! The resource a notification is about, identified from its `resourceUrl`.

/// The resource a notification changed.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Resource {
    /// A call: `/communications/calls/{id}`, or the deprecated `/app/calls/{id}`.
    Call {
        /// The call id.
        call_id: String,
    },
    /// The participant roster of a call: `/communications/calls/{id}/participants`.
    Participants {
        /// The call id.
        call_id: String,
    },
    /// One operation of a call: `/communications/calls/{id}/operations/{operation-id}`.
    Operation {
        /// The call id.
        call_id: String,
        /// The operation id.
        operation_id: String,
    },
    /// Any other resource, or a notification without `resourceUrl`.
    Other {
        /// The `resourceUrl` as received.
        resource_url: Option<String>,
    },
}

impl Resource {
    /// Identifies the resource of a `resourceUrl`.
    ///
    /// The path may be absolute (`https://graph.microsoft.com/v1.0/communications/...`) or start
    /// with the API version; query strings are ignored. Anything unexpected is [`Resource::Other`].
    pub fn from_url(resource_url: Option<&str>) -> Self {
        let other = || Self::Other { resource_url: resource_url.map(str::to_owned) };
        let Some(url) = resource_url else {
            return other();
        };
        let path = strip_origin(url);
        let path = path.split(['?', '#']).next().unwrap_or_default();
        let segments: Vec<&str> = path.split('/').filter(|segment| !segment.is_empty()).collect();
        let segments = match segments.first() {
            Some(&("v1.0" | "beta")) => &segments[1..],
            _ => &segments[..],
        };
        match segments {
            ["communications" | "app", "calls", call_id] => Self::Call { call_id: (*call_id).to_owned() },
            ["communications" | "app", "calls", call_id, "participants"] => {
                Self::Participants { call_id: (*call_id).to_owned() }
            }
            ["communications" | "app", "calls", call_id, "operations", operation_id] => {
                Self::Operation { call_id: (*call_id).to_owned(), operation_id: (*operation_id).to_owned() }
            }
            _ => other(),
        }
    }

    /// Returns the call the resource belongs to.
    pub fn call_id(&self) -> Option<&str> {
        match self {
            Self::Call { call_id } | Self::Participants { call_id } | Self::Operation { call_id, .. } => Some(call_id),
            Self::Other { .. } => None,
        }
    }
}

/// Removes `scheme://host` from an absolute URL.
fn strip_origin(url: &str) -> &str {
    match url.split_once("://") {
        Some((_, rest)) => rest.find('/').map_or("", |index| &rest[index..]),
        None => url,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn call(id: &str) -> Resource {
        Resource::Call { call_id: id.to_owned() }
    }

    #[test]
    fn call_paths() {
        assert_eq!(Resource::from_url(Some("/communications/calls/341a0500")), call("341a0500"));
        assert_eq!(Resource::from_url(Some("/app/calls/341a0500")), call("341a0500"));
        assert_eq!(Resource::from_url(Some("communications/calls/341a0500/")), call("341a0500"));
        assert_eq!(Resource::from_url(Some("https://graph.microsoft.com/v1.0/communications/calls/a?x=1")), call("a"));
        assert_eq!(Resource::from_url(Some("/beta/communications/calls/a")), call("a"));
    }

    #[test]
    fn participant_and_operation_paths() {
        assert_eq!(
            Resource::from_url(Some("/communications/calls/a/participants")),
            Resource::Participants { call_id: "a".to_owned() }
        );
        assert_eq!(
            Resource::from_url(Some("/app/calls/a/operations/op-1")),
            Resource::Operation { call_id: "a".to_owned(), operation_id: "op-1".to_owned() }
        );
    }

    #[test]
    fn other_paths() {
        for url in [
            "/communications/onlineMeetings/x",
            "/communications/calls",
            "/communications/calls/a/participants/p",
            "",
            "/",
        ] {
            assert_eq!(Resource::from_url(Some(url)), Resource::Other { resource_url: Some(url.to_owned()) }, "{url}");
        }
        assert_eq!(Resource::from_url(None), Resource::Other { resource_url: None });
    }
}
