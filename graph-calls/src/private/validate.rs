//! Checks that generated `validate` methods run before a value is sent.

use std::fmt;

use crate::edm::Binary;
use crate::json::OneOrMany;
use crate::validation::{ValidationError, ValidationErrorKind};

/// A generated type whose values can be checked before sending.
pub trait Validate {
    /// Reports whether no member is set, ignoring `@odata.type`.
    fn is_empty(&self) -> bool;

    /// Checks the value, which sits at `path`.
    ///
    /// # Errors
    ///
    /// Returns the first violation found.
    fn validate_at(&self, path: &mut FieldPath) -> Result<(), ValidationError>;
}

impl<T: Validate> Validate for Vec<T> {
    fn is_empty(&self) -> bool {
        self.is_empty()
    }

    fn validate_at(&self, path: &mut FieldPath) -> Result<(), ValidationError> {
        for (index, item) in self.iter().enumerate() {
            path.segments.push(Segment::Index(index));
            item.validate_at(path)?;
            path.segments.pop();
        }
        Ok(())
    }
}

impl<T: Validate> Validate for Box<T> {
    fn is_empty(&self) -> bool {
        T::is_empty(self)
    }

    fn validate_at(&self, path: &mut FieldPath) -> Result<(), ValidationError> {
        T::validate_at(self, path)
    }
}

impl<T: Validate> Validate for OneOrMany<T> {
    fn is_empty(&self) -> bool {
        match self {
            Self::One(item) => item.is_empty(),
            Self::Many(items) => items.is_empty(),
        }
    }

    fn validate_at(&self, path: &mut FieldPath) -> Result<(), ValidationError> {
        match self {
            Self::One(item) => item.validate_at(path),
            Self::Many(items) => items.validate_at(path),
        }
    }
}

/// The JSON path of the member being checked, such as `transferTarget.identity`.
#[derive(Debug, Default)]
pub struct FieldPath {
    segments: Vec<Segment>,
}

#[derive(Debug)]
enum Segment {
    Member(&'static str),
    Index(usize),
}

impl FieldPath {
    fn error(&self, member: &'static str, kind: ValidationErrorKind) -> ValidationError {
        let mut path = self.to_string();
        if !path.is_empty() && !member.is_empty() {
            path.push('.');
        }
        path.push_str(member);
        ValidationError::new(path, kind)
    }
}

impl fmt::Display for FieldPath {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (position, segment) in self.segments.iter().enumerate() {
            match segment {
                Segment::Member(name) if position == 0 => formatter.write_str(name)?,
                Segment::Member(name) => write!(formatter, ".{name}")?,
                Segment::Index(index) => write!(formatter, "[{index}]")?,
            }
        }
        Ok(())
    }
}

/// Checks a whole value from the top.
///
/// # Errors
///
/// Returns the first violation found.
pub fn validate<T: Validate>(value: &T) -> Result<(), ValidationError> {
    value.validate_at(&mut FieldPath::default())
}

/// Checks that a required member is present.
///
/// # Errors
///
/// Returns [`ValidationErrorKind::Missing`] when it is absent.
pub fn check_present<T>(value: &Option<T>, member: &'static str, path: &mut FieldPath) -> Result<(), ValidationError> {
    match value {
        Some(_) => Ok(()),
        None => Err(path.error(member, ValidationErrorKind::Missing)),
    }
}

/// Checks that a required object member is present and has at least one member set.
///
/// # Errors
///
/// Returns [`ValidationErrorKind::Missing`] or [`ValidationErrorKind::Empty`].
pub fn check_present_object<T: Validate>(
    value: &Option<T>,
    member: &'static str,
    path: &mut FieldPath,
) -> Result<(), ValidationError> {
    match value {
        None => Err(path.error(member, ValidationErrorKind::Missing)),
        Some(object) if object.is_empty() => Err(path.error(member, ValidationErrorKind::Empty)),
        Some(_) => Ok(()),
    }
}

/// Checks the objects inside a member.
///
/// # Errors
///
/// Returns the first violation inside the member.
pub fn check_nested<T: Validate>(
    value: &Option<T>,
    member: &'static str,
    path: &mut FieldPath,
) -> Result<(), ValidationError> {
    let Some(value) = value else {
        return Ok(());
    };
    path.segments.push(Segment::Member(member));
    value.validate_at(path)?;
    path.segments.pop();
    Ok(())
}

/// A value with a length limit from the schema's `MaxLength` facet.
pub trait MaxLength {
    /// Checks the length against `max_length`.
    ///
    /// # Errors
    ///
    /// Returns [`ValidationErrorKind::TooLong`] naming the member.
    fn check_max_length(
        &self,
        max_length: u64,
        member: &'static str,
        path: &mut FieldPath,
    ) -> Result<(), ValidationError>;
}

fn check_length(length: usize, max_length: u64, member: &'static str, path: &FieldPath) -> Result<(), ValidationError> {
    let max_length = usize::try_from(max_length).unwrap_or(usize::MAX);
    if length > max_length {
        return Err(path.error(member, ValidationErrorKind::TooLong { max_length, length }));
    }
    Ok(())
}

/// Counts Unicode scalar values, the characters of OData's `MaxLength` for strings.
impl MaxLength for String {
    fn check_max_length(
        &self,
        max_length: u64,
        member: &'static str,
        path: &mut FieldPath,
    ) -> Result<(), ValidationError> {
        check_length(self.chars().count(), max_length, member, path)
    }
}

/// Counts decoded bytes, the unit of OData's `MaxLength` for binary values.
impl MaxLength for Binary {
    fn check_max_length(
        &self,
        max_length: u64,
        member: &'static str,
        path: &mut FieldPath,
    ) -> Result<(), ValidationError> {
        check_length(self.decoded_len(), max_length, member, path)
    }
}

impl<T: MaxLength> MaxLength for Vec<T> {
    fn check_max_length(
        &self,
        max_length: u64,
        member: &'static str,
        path: &mut FieldPath,
    ) -> Result<(), ValidationError> {
        for (index, item) in self.iter().enumerate() {
            path.segments.push(Segment::Member(member));
            path.segments.push(Segment::Index(index));
            let checked = item.check_max_length(max_length, "", path);
            path.segments.pop();
            path.segments.pop();
            checked?;
        }
        Ok(())
    }
}

/// Checks a member that has a `MaxLength` facet.
///
/// # Errors
///
/// Returns [`ValidationErrorKind::TooLong`] naming the member.
pub fn check_max_length<T: MaxLength>(
    value: &Option<T>,
    member: &'static str,
    max_length: u64,
    path: &mut FieldPath,
) -> Result<(), ValidationError> {
    match value {
        Some(value) => value.check_max_length(max_length, member, path),
        None => Ok(()),
    }
}
