//! OData primitive types that JSON carries as strings: dates, times, durations, GUIDs and
//! binary data.
//!
//! Each type keeps the text exactly as received, so a value is written back byte for byte, and
//! checks its lexical form when it is decoded or parsed.

use std::fmt;
use std::str::FromStr;

use serde::de::{self, Deserialize, Deserializer, Visitor};
use serde::ser::{Serialize, Serializer};

/// A string that is not a valid literal of an Edm primitive type.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid {type_name} value {value:?}: expected {expected}")]
pub struct InvalidLiteral {
    type_name: &'static str,
    value: String,
    expected: &'static str,
}

macro_rules! literal_type {
    ($(#[$docs:meta])* $name:ident, $type_name:literal, $expected:literal, $check:path) => {
        $(#[$docs])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        pub struct $name(String);

        impl $name {
            /// Checks `text` and wraps it.
            ///
            /// # Errors
            ///
            /// Returns [`InvalidLiteral`] naming the value and the expected form.
            pub fn parse(text: impl Into<String>) -> Result<Self, InvalidLiteral> {
                let text = text.into();
                if $check(&text) {
                    Ok(Self(text))
                } else {
                    Err(InvalidLiteral { type_name: $type_name, value: text, expected: $expected })
                }
            }

            /// Returns the literal as received.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl FromStr for $name {
            type Err = InvalidLiteral;

            fn from_str(text: &str) -> Result<Self, InvalidLiteral> {
                Self::parse(text)
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
                formatter.write_str(&self.0)
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(&self.0)
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                struct LiteralVisitor;

                impl Visitor<'_> for LiteralVisitor {
                    type Value = $name;

                    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
                        write!(formatter, "an {} string: {}", $type_name, $expected)
                    }

                    fn visit_str<E: de::Error>(self, text: &str) -> Result<$name, E> {
                        $name::parse(text).map_err(E::custom)
                    }
                }

                deserializer.deserialize_str(LiteralVisitor)
            }
        }
    };
}

literal_type!(
    /// An `Edm.Guid`, such as `550fae72-d251-43ec-868c-373732c2704f`.
    Guid, "Edm.Guid", "8-4-4-4-12 hexadecimal digits", is_guid
);
literal_type!(
    /// An `Edm.Date`, such as `2024-03-27`.
    Date, "Edm.Date", "YYYY-MM-DD", is_date
);
literal_type!(
    /// An `Edm.TimeOfDay`, such as `09:32:32.5`.
    TimeOfDay, "Edm.TimeOfDay", "hh:mm, hh:mm:ss or hh:mm:ss.fraction", is_time_of_day
);
literal_type!(
    /// An `Edm.DateTimeOffset`, such as `2024-03-27T09:32:32.1234567Z`.
    DateTimeOffset,
    "Edm.DateTimeOffset",
    "YYYY-MM-DDThh:mm[:ss[.fraction]] followed by Z or an offset such as +01:00",
    is_date_time_offset
);
literal_type!(
    /// An `Edm.Duration` in ISO 8601 form, such as `PT1H30M` or `P2DT0.5S`.
    Duration, "Edm.Duration", "an ISO 8601 duration such as PT1H30M", is_duration
);
literal_type!(
    /// An `Edm.Binary` value, base64 in the URL-safe or the standard alphabet.
    Binary, "Edm.Binary", "base64 text", is_base64
);

impl Binary {
    /// Returns the number of bytes the text decodes to.
    pub fn decoded_len(&self) -> usize {
        let text = self.0.trim_end_matches('=');
        text.len() * 3 / 4
    }
}

fn digits(text: &str, count: usize) -> bool {
    text.len() == count && text.bytes().all(|byte| byte.is_ascii_digit())
}

fn in_range(text: &str, low: u32, high: u32) -> bool {
    text.parse::<u32>().is_ok_and(|value| (low..=high).contains(&value))
}

fn is_guid(text: &str) -> bool {
    let groups: Vec<&str> = text.split('-').collect();
    groups.len() == 5
        && groups
            .iter()
            .zip([8, 4, 4, 4, 12])
            .all(|(group, length)| group.len() == length && group.bytes().all(|byte| byte.is_ascii_hexdigit()))
}

fn is_date(text: &str) -> bool {
    let text = text.strip_prefix('-').unwrap_or(text);
    let Some((year, rest)) = text.split_once('-') else {
        return false;
    };
    let Some((month, day)) = rest.split_once('-') else {
        return false;
    };
    year.len() >= 4
        && digits(year, year.len())
        && digits(month, 2)
        && in_range(month, 1, 12)
        && digits(day, 2)
        && in_range(day, 1, 31)
}

fn is_time_of_day(text: &str) -> bool {
    let mut parts = text.splitn(3, ':');
    let (Some(hours), Some(minutes)) = (parts.next(), parts.next()) else {
        return false;
    };
    let seconds_ok = match parts.next() {
        None => true,
        Some(seconds) => {
            let (whole, fraction) = seconds.split_once('.').unwrap_or((seconds, "0"));
            digits(whole, 2)
                && in_range(whole, 0, 59)
                && !fraction.is_empty()
                && fraction.bytes().all(|byte| byte.is_ascii_digit())
        }
    };
    digits(hours, 2) && in_range(hours, 0, 23) && digits(minutes, 2) && in_range(minutes, 0, 59) && seconds_ok
}

fn is_date_time_offset(text: &str) -> bool {
    let Some((date, time)) = text.split_once(['T', 't']) else {
        return false;
    };
    let (time, offset_ok) = if let Some(time) = time.strip_suffix(['Z', 'z']) {
        (time, true)
    } else if let Some(index) = time.rfind(['+', '-']) {
        let (time, offset) = time.split_at(index);
        let offset = &offset[1..];
        let valid = offset.split_once(':').is_some_and(|(hours, minutes)| {
            digits(hours, 2) && in_range(hours, 0, 23) && digits(minutes, 2) && in_range(minutes, 0, 59)
        });
        (time, valid)
    } else {
        (time, false)
    };
    offset_ok && is_date(date) && is_time_of_day(time)
}

fn is_duration(text: &str) -> bool {
    let text = text.strip_prefix('-').unwrap_or(text);
    let Some(body) = text.strip_prefix('P') else {
        return false;
    };
    let (days, time) = match body.split_once('T') {
        Some((days, time)) => (days, Some(time)),
        None => (body, None),
    };
    let number = |text: &str, allow_fraction: bool| {
        let (whole, fraction) = text.split_once('.').unwrap_or((text, "0"));
        !whole.is_empty()
            && whole.bytes().all(|byte| byte.is_ascii_digit())
            && (allow_fraction || fraction == "0")
            && !fraction.is_empty()
            && fraction.bytes().all(|byte| byte.is_ascii_digit())
    };
    let days_ok = days.is_empty() || days.strip_suffix('D').is_some_and(|value| number(value, false));
    let time_ok = match time {
        None => !days.is_empty(),
        Some(time) => {
            let mut rest = time;
            let mut any = false;
            for (unit, fraction) in [('H', false), ('M', false), ('S', true)] {
                if let Some(index) = rest.find(unit) {
                    if !number(&rest[..index], fraction) {
                        return false;
                    }
                    rest = &rest[index + 1..];
                    any = true;
                }
            }
            any && rest.is_empty()
        }
    };
    days_ok && time_ok
}

fn is_base64(text: &str) -> bool {
    let body = text.trim_end_matches('=');
    text.len() - body.len() <= 2
        && body.bytes().all(|byte| byte.is_ascii_alphanumeric() || matches!(byte, b'+' | b'/' | b'-' | b'_'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literals_accept_valid_forms() {
        assert!(Guid::parse("550fae72-d251-43ec-868c-373732c2704f").is_ok());
        assert!(Date::parse("2024-03-27").is_ok());
        assert!(TimeOfDay::parse("09:32").is_ok());
        assert!(TimeOfDay::parse("09:32:32.1234567").is_ok());
        assert!(DateTimeOffset::parse("2024-03-27T09:32:32.1234567Z").is_ok());
        assert!(DateTimeOffset::parse("2024-03-27T09:32:32+01:00").is_ok());
        assert!(Duration::parse("PT1H30M").is_ok());
        assert!(Duration::parse("P2DT0.5S").is_ok());
        assert!(Duration::parse("-P1D").is_ok());
        assert!(Binary::parse("aGVsbG8=").is_ok());
    }

    #[test]
    fn literals_reject_invalid_forms() {
        assert!(Guid::parse("550fae72").is_err());
        assert!(Date::parse("2024-13-01").is_err());
        assert!(TimeOfDay::parse("24:00").is_err());
        assert!(DateTimeOffset::parse("2024-03-27T09:32:32").is_err());
        assert!(Duration::parse("P").is_err());
        assert!(Duration::parse("PT").is_err());
        assert!(Duration::parse("PT1.5H").is_err());
        assert!(Binary::parse("a b").is_err());
    }

    #[test]
    fn literal_error_names_value_and_form() {
        let error = Date::parse("27/03/2024").unwrap_err();
        assert_eq!(error.to_string(), "invalid Edm.Date value \"27/03/2024\": expected YYYY-MM-DD");
    }

    #[test]
    fn binary_length_counts_decoded_bytes() {
        assert_eq!(Binary::parse("aGVsbG8=").map(|value| value.decoded_len()), Ok(5));
    }
}
