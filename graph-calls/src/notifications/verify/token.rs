//! Reading the bearer token out of a request and checking its JOSE header before any key is used.

use reqwest::header::{AUTHORIZATION, HeaderMap};
use serde_json::{Map, Value};

use super::VerifyError;
use super::error::excerpt;

/// The maximum token length in bytes, which bounds the work an oversized header can cause.
const MAX_TOKEN_BYTES: usize = 16 * 1024;

/// Header parameters that make the token fail: `crit` names extensions this verifier does not
/// implement, and the others carry or point to a key chosen by the sender.
const FORBIDDEN_HEADER_PARAMETERS: [&str; 4] = ["crit", "jku", "jwk", "x5u"];

/// Returns the `Authorization` value of a request, or `None` when the request has none.
///
/// # Errors
///
/// Returns [`VerifyError::AuthenticationHeader`] when the token is in an `Authentication` header,
/// and [`VerifyError::MalformedAuthorization`] when the header repeats or is not visible ASCII.
pub(super) fn authorization_value(headers: &HeaderMap) -> Result<Option<&str>, VerifyError> {
    let mut values = headers.get_all(AUTHORIZATION).iter();
    let Some(value) = values.next() else {
        if headers.contains_key("authentication") {
            return Err(VerifyError::AuthenticationHeader);
        }
        return Ok(None);
    };
    if values.next().is_some() {
        return Err(VerifyError::MalformedAuthorization { reason: "the header appears more than once" });
    }
    let value = value
        .to_str()
        .map_err(|_| VerifyError::MalformedAuthorization { reason: "the value contains non-ASCII characters" })?;
    Ok(Some(value))
}

/// Returns the token of a `Bearer` Authorization value. The scheme is matched case-insensitively.
pub(super) fn bearer_token(authorization: &str) -> Result<&str, VerifyError> {
    let authorization = authorization.trim();
    if authorization.is_empty() {
        return Err(VerifyError::MalformedAuthorization { reason: "the value is empty" });
    }
    let (scheme, token) = authorization.split_once([' ', '\t']).unwrap_or((authorization, ""));
    if !scheme.eq_ignore_ascii_case("bearer") {
        return Err(VerifyError::UnsupportedScheme { scheme: excerpt(scheme) });
    }
    let token = token.trim_start();
    if token.is_empty() {
        return Err(VerifyError::MalformedAuthorization { reason: "no token follows the Bearer scheme" });
    }
    Ok(token)
}

/// The JOSE header values the verifier uses, after [`check_header`] accepted the header.
#[derive(Debug)]
pub(super) struct CheckedHeader {
    pub(super) kid: String,
}

/// Checks the JOSE header of a compact JWS: RS256, no forbidden parameter, and a `kid`.
///
/// This runs before a key is looked up, so a token that names another algorithm never reaches
/// the signature check. The signature and the payload are checked later by `jsonwebtoken`.
pub(super) fn check_header(token: &str) -> Result<CheckedHeader, VerifyError> {
    if token.len() > MAX_TOKEN_BYTES {
        return Err(VerifyError::malformed(format!("the token is longer than {MAX_TOKEN_BYTES} bytes")));
    }
    let segments: Vec<&str> = token.split('.').collect();
    let [header, _payload, signature] = segments[..] else {
        return Err(VerifyError::malformed(format!(
            "a signed JWT has 3 dot-separated segments, this token has {}",
            segments.len()
        )));
    };

    let header = decode_base64url(header)
        .ok_or_else(|| VerifyError::malformed("the header segment is not unpadded base64url"))?;
    let header: Map<String, Value> =
        serde_json::from_slice(&header).map_err(|_| VerifyError::malformed("the header is not a JSON object"))?;

    match header.get("alg") {
        Some(Value::String(alg)) if alg == "RS256" => {}
        Some(Value::String(alg)) => return Err(VerifyError::UnsupportedAlgorithm { alg: excerpt(alg) }),
        Some(_) => return Err(VerifyError::malformed("the header's alg is not a string")),
        None => return Err(VerifyError::malformed("the header has no alg")),
    }
    if let Some(name) = FORBIDDEN_HEADER_PARAMETERS.into_iter().find(|name| header.contains_key(*name)) {
        return Err(VerifyError::ForbiddenHeaderParameter { name });
    }
    let kid = match header.get("kid") {
        Some(Value::String(kid)) if !kid.is_empty() => kid.clone(),
        Some(Value::String(_)) | None => return Err(VerifyError::MissingKeyId),
        Some(_) => return Err(VerifyError::malformed("the header's kid is not a string")),
    };

    if signature.is_empty() {
        return Err(VerifyError::malformed("the signature segment is empty"));
    }
    Ok(CheckedHeader { kid })
}

/// Decodes unpadded base64url (RFC 4648, section 5), the encoding of every JWS segment.
///
/// Returns `None` for padding, characters outside the alphabet, a length of `4n + 1`, or
/// non-zero bits after the last whole byte, so each byte string has exactly one accepted encoding.
// `jsonwebtoken` keeps its decoder private and `base64` is not a dependency. The header is
// decoded here to reject `alg` values such as `none` that `jsonwebtoken::Header` cannot represent.
fn decode_base64url(input: &str) -> Option<Vec<u8>> {
    let mut output = Vec::with_capacity(input.len() / 4 * 3 + 2);
    let mut buffer: u32 = 0;
    let mut buffered_bits = 0;
    for byte in input.bytes() {
        let sextet = match byte {
            b'A'..=b'Z' => byte - b'A',
            b'a'..=b'z' => byte - b'a' + 26,
            b'0'..=b'9' => byte - b'0' + 52,
            b'-' => 62,
            b'_' => 63,
            _ => return None,
        };
        buffer = (buffer << 6) | u32::from(sextet);
        buffered_bits += 6;
        if buffered_bits >= 8 {
            buffered_bits -= 8;
            output.push((buffer >> buffered_bits) as u8);
            buffer &= (1 << buffered_bits) - 1;
        }
    }
    // 6 leftover bits mean a length of 4n + 1, which no encoder produces.
    if buffered_bits >= 6 || buffer != 0 {
        return None;
    }
    Some(output)
}

#[cfg(test)]
mod tests {
    use reqwest::header::HeaderValue;

    use super::*;

    /// Encodes a JSON header as the first segment of a token with a dummy payload and signature.
    fn token_with_header(header: &str) -> String {
        format!("{}.e30.c2ln", encode_base64url(header.as_bytes()))
    }

    fn encode_base64url(bytes: &[u8]) -> String {
        const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        let mut output = String::new();
        for chunk in bytes.chunks(3) {
            let mut group = [0u8; 3];
            group[..chunk.len()].copy_from_slice(chunk);
            let bits = (u32::from(group[0]) << 16) | (u32::from(group[1]) << 8) | u32::from(group[2]);
            for index in 0..=chunk.len() {
                output.push(char::from(ALPHABET[((bits >> (18 - 6 * index)) & 63) as usize]));
            }
        }
        output
    }

    #[test]
    fn base64url_decodes_rfc4648_vectors() {
        let vectors = [("", ""), ("Zg", "f"), ("Zm8", "fo"), ("Zm9v", "foo"), ("Zm9vYg", "foob"), ("Zm9vYmE", "fooba")];
        for (encoded, decoded) in vectors {
            assert_eq!(decode_base64url(encoded).as_deref(), Some(decoded.as_bytes()), "{encoded}");
        }
    }

    #[test]
    fn base64url_decodes_url_alphabet() {
        assert_eq!(decode_base64url("-_8"), Some(vec![0xfb, 0xff]));
    }

    #[test]
    fn base64url_round_trips_every_byte() {
        let bytes: Vec<u8> = (0..=255).collect();
        assert_eq!(decode_base64url(&encode_base64url(&bytes)), Some(bytes));
    }

    #[test]
    fn base64url_rejects_invalid_input() {
        for encoded in ["Zg==", "Z", "Zm9vY", "Zh", "Zm+v", "Zm/v", "Zm9 v"] {
            assert_eq!(decode_base64url(encoded), None, "{encoded}");
        }
    }

    #[test]
    fn bearer_scheme_is_case_insensitive() {
        assert_eq!(bearer_token("bearer abc").unwrap(), "abc");
        assert_eq!(bearer_token("BEARER  abc ").unwrap(), "abc");
    }

    #[test]
    fn bearer_rejects_other_schemes() {
        let error = bearer_token("Basic dXNlcjpwYXNz").unwrap_err();
        assert!(matches!(&error, VerifyError::UnsupportedScheme { scheme } if scheme == "Basic"));
        assert!(!error.to_string().contains("dXNlcjpwYXNz"));
    }

    #[test]
    fn bearer_requires_token() {
        for value in ["Bearer", "Bearer   ", "", "  "] {
            let error = bearer_token(value).unwrap_err();
            assert!(matches!(error, VerifyError::MalformedAuthorization { .. }), "{value:?}: {error}");
        }
    }

    #[test]
    fn authorization_rejects_repeated_header() {
        let mut headers = HeaderMap::new();
        headers.append(AUTHORIZATION, HeaderValue::from_static("Bearer a"));
        headers.append(AUTHORIZATION, HeaderValue::from_static("Bearer b"));
        let error = authorization_value(&headers).unwrap_err();
        assert!(matches!(error, VerifyError::MalformedAuthorization { .. }));
    }

    #[test]
    fn authorization_rejects_non_ascii() {
        let mut headers = HeaderMap::new();
        headers.insert(AUTHORIZATION, HeaderValue::from_bytes(b"Bearer \xff").unwrap());
        let error = authorization_value(&headers).unwrap_err();
        assert!(matches!(error, VerifyError::MalformedAuthorization { .. }));
    }

    #[test]
    fn header_returns_kid() {
        let header = check_header(&token_with_header(r#"{"alg":"RS256","kid":"key-1","cty":"JWT"}"#)).unwrap();
        assert_eq!(header.kid, "key-1");
    }

    #[test]
    fn header_rejects_other_algorithms() {
        for alg in ["none", "HS256", "RS384", "PS256", "ES256", "rs256"] {
            let token = token_with_header(&format!(r#"{{"alg":"{alg}","kid":"key-1"}}"#));
            let error = check_header(&token).unwrap_err();
            assert!(
                matches!(&error, VerifyError::UnsupportedAlgorithm { alg: found } if found == alg),
                "{alg}: {error}"
            );
        }
    }

    #[test]
    fn header_rejects_forbidden_parameters() {
        for name in FORBIDDEN_HEADER_PARAMETERS {
            let token = token_with_header(&format!(r#"{{"alg":"RS256","kid":"key-1","{name}":["x"]}}"#));
            let error = check_header(&token).unwrap_err();
            assert!(matches!(error, VerifyError::ForbiddenHeaderParameter { name: found } if found == name), "{name}");
        }
    }

    #[test]
    fn header_requires_kid() {
        for header in [r#"{"alg":"RS256"}"#, r#"{"alg":"RS256","kid":""}"#] {
            let error = check_header(&token_with_header(header)).unwrap_err();
            assert!(matches!(error, VerifyError::MissingKeyId), "{header}");
        }
    }

    #[test]
    fn header_rejects_malformed_tokens() {
        let valid_header = encode_base64url(br#"{"alg":"RS256","kid":"k"}"#);
        let cases = [
            "not-a-jwt".to_owned(),
            format!("{valid_header}.e30"),
            format!("{valid_header}.e30.c2ln.extra"),
            format!("{valid_header}.e30."),
            "%%%.e30.c2ln".to_owned(),
            format!("{}.e30.c2ln", encode_base64url(b"[1,2]")),
            format!("{}.e30.c2ln", encode_base64url(br#"{"alg":1,"kid":"k"}"#)),
            format!("{valid_header}.e30.{}", "A".repeat(MAX_TOKEN_BYTES)),
        ];
        for token in cases {
            let error = check_header(&token).unwrap_err();
            assert!(matches!(error, VerifyError::MalformedToken { .. }), "{}: {error}", excerpt(&token));
        }
    }
}
