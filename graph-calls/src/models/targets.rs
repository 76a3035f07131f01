//! Constructors for the transfer targets bots use most: a Teams user, a phone number and an
//! application instance.

use serde_json::Value;

use super::{AnyIdentity, AnyIdentitySet, CommunicationsIdentitySet, Identity, IdentitySet, InvitationParticipantInfo};
use crate::{ValidationError, ValidationErrorKind};

impl AnyIdentitySet {
    /// Creates the identity of a Teams user: their Microsoft Entra object id and tenant id.
    ///
    /// The result has the shape the Graph documentation sends: an `identity` under `user`,
    /// with `tenantId` as an extra member, because v1.0's `identity` declares no `tenantId`.
    pub fn teams_user(user_id: impl Into<String>, tenant_id: impl Into<String>) -> Self {
        let mut identities = IdentitySet::new();
        identities.user = Some(tenant_identity(user_id.into(), tenant_id.into()));
        Self::from(identities)
    }

    /// Creates the identity of a phone number (PSTN), which must be in E.164 form.
    ///
    /// Graph transfers to a phone number only from a call whose bot acts for an application
    /// instance with a phone number assigned.
    ///
    /// # Errors
    ///
    /// Returns [`ValidationErrorKind::Invalid`] for the member `phone.id` when the number is not
    /// `+` followed by 1 to 15 digits, the first of them not 0. The message leaves the number
    /// out, so the error can be logged.
    pub fn phone(number: impl Into<String>) -> Result<Self, ValidationError> {
        let number = number.into();
        check_e164(&number)?;
        let mut phone = Identity::new();
        phone.id = Some(number);
        let mut identities = CommunicationsIdentitySet::new();
        identities.phone = Some(AnyIdentity::from(phone));
        Ok(Self::from(identities))
    }

    /// Creates the identity of an application instance (a resource account of a Teams bot).
    pub fn application_instance(instance_id: impl Into<String>, tenant_id: impl Into<String>) -> Self {
        let mut identities = CommunicationsIdentitySet::new();
        identities.application_instance = Some(tenant_identity(instance_id.into(), tenant_id.into()));
        Self::from(identities)
    }
}

impl InvitationParticipantInfo {
    /// Creates a transfer target for a Teams user; see [`AnyIdentitySet::teams_user`].
    ///
    /// ```
    /// use graph_calls::models::{InvitationParticipantInfo, TransferRequestBody};
    ///
    /// let target = InvitationParticipantInfo::teams_user("550fae72-d251-43ec-868c-373732c2704f", "72f988bf-86f1-41af-91ab-2d7cd011db47");
    /// let body = TransferRequestBody::new(target);
    /// assert!(body.validate().is_ok());
    /// ```
    pub fn teams_user(user_id: impl Into<String>, tenant_id: impl Into<String>) -> Self {
        Self::new(AnyIdentitySet::teams_user(user_id, tenant_id))
    }

    /// Creates a transfer target for a phone number; see [`AnyIdentitySet::phone`].
    ///
    /// # Errors
    ///
    /// Returns a [`ValidationError`] when the number is not in E.164 form.
    pub fn phone(number: impl Into<String>) -> Result<Self, ValidationError> {
        AnyIdentitySet::phone(number).map(Self::new)
    }

    /// Creates a transfer target for an application instance; see
    /// [`AnyIdentitySet::application_instance`].
    pub fn application_instance(instance_id: impl Into<String>, tenant_id: impl Into<String>) -> Self {
        Self::new(AnyIdentitySet::application_instance(instance_id, tenant_id))
    }
}

fn tenant_identity(id: String, tenant_id: String) -> AnyIdentity {
    let mut identity = Identity::new();
    identity.id = Some(id);
    identity.unknown_members.insert("tenantId", Value::String(tenant_id));
    AnyIdentity::from(identity)
}

/// Checks E.164: `+`, then 1 to 15 digits, the first of them not 0.
fn check_e164(number: &str) -> Result<(), ValidationError> {
    let digits = number.strip_prefix('+').unwrap_or_default();
    let valid = (1..=15).contains(&digits.len())
        && digits.bytes().all(|byte| byte.is_ascii_digit())
        && !digits.starts_with('0');
    if valid {
        return Ok(());
    }
    let reason = format!(
        "the phone number ({} characters) is not in E.164 form; write + then the country code and number, 1 to 15 digits in all",
        number.chars().count()
    );
    Err(ValidationError::new("phone.id".to_owned(), ValidationErrorKind::Invalid { reason }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn e164_accepts_international_numbers() {
        assert!(check_e164("+12345678901").is_ok());
        assert!(check_e164("+4930123456").is_ok());
        assert!(check_e164("+123456789012345").is_ok());
    }

    #[test]
    fn e164_rejects_other_forms() {
        for number in ["12345678901", "+", "+0123", "+1234567890123456", "+1 234", "+1-234", "tel:+1234"] {
            assert!(check_e164(number).is_err(), "{number} should be rejected");
        }
    }

    #[test]
    fn e164_error_leaves_number_out() {
        let error = check_e164("+1-555-0100").unwrap_err();
        assert!(!error.to_string().contains("555"), "{error}");
        assert_eq!(error.path(), "phone.id");
    }
}
