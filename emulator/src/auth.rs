//! The token endpoint, the OpenID configuration for notification keys, and bearer checks.

use std::sync::Arc;

use axum::Json;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use serde_json::json;

use crate::graph_error::GraphError;
use crate::keys::{AccessClaims, TOKEN_AUDIENCE, unix_now};
use crate::{CALLS_ROLE, Shared};

/// How long issued access tokens live, in seconds.
const TOKEN_LIFETIME: u64 = 3_600;

/// `POST /{tenant}/oauth2/v2.0/token`: the client-credentials grant.
pub(crate) async fn token(State(shared): State<Arc<Shared>>, Path(tenant): Path<String>, body: Bytes) -> Response {
    let form: Vec<(String, String)> = url::form_urlencoded::parse(&body).into_owned().collect();
    let field = |name: &str| form.iter().find(|(key, _)| key == name).map(|(_, value)| value.as_str());

    if field("grant_type") != Some("client_credentials") {
        return oauth_error(
            StatusCode::BAD_REQUEST,
            "unsupported_grant_type",
            "AADSTS70003: only client_credentials is supported.",
        );
    }
    if field("scope").is_none_or(str::is_empty) {
        return oauth_error(
            StatusCode::BAD_REQUEST,
            "invalid_request",
            "AADSTS90014: The required field 'scope' is missing.",
        );
    }
    if tenant != shared.config.tenant_id {
        return oauth_error(StatusCode::BAD_REQUEST, "invalid_request", "AADSTS90002: Tenant not found.");
    }
    let client_id = field("client_id").unwrap_or_default();
    let app = shared.state().apps.iter().find(|app| app.client_id == client_id).cloned();
    let Some(app) = app else {
        return oauth_error(
            StatusCode::BAD_REQUEST,
            "unauthorized_client",
            "AADSTS700016: Application not found in the directory.",
        );
    };
    if field("client_secret") != Some(app.client_secret.as_str()) {
        return oauth_error(
            StatusCode::UNAUTHORIZED,
            "invalid_client",
            "AADSTS7000215: Invalid client secret provided.",
        );
    }

    let now = unix_now();
    let claims = AccessClaims {
        aud: TOKEN_AUDIENCE.to_owned(),
        iss: format!("https://sts.windows.net/{tenant}/"),
        iat: now,
        nbf: now,
        exp: now + TOKEN_LIFETIME,
        tid: tenant,
        appid: app.client_id,
        roles: app.roles,
    };
    match shared.keys.token.sign(&claims) {
        Ok(token) => Json(json!({"token_type": "Bearer", "expires_in": TOKEN_LIFETIME, "ext_expires_in": TOKEN_LIFETIME, "access_token": token}))
            .into_response(),
        Err(error) => oauth_error(StatusCode::INTERNAL_SERVER_ERROR, "server_error", &format!("cannot sign the token: {error}")),
    }
}

fn oauth_error(status: StatusCode, error: &str, description: &str) -> Response {
    (status, Json(json!({"error": error, "error_description": description}))).into_response()
}

/// `GET /v1/.well-known/OpenIdConfiguration`.
pub(crate) async fn openid_configuration(State(shared): State<Arc<Shared>>) -> Response {
    let mut jwks_uri = shared.base_url.clone();
    jwks_uri.set_path("v1/keys");
    Json(json!({
        "issuer": crate::NOTIFICATION_ISSUER,
        "jwks_uri": jwks_uri.as_str(),
        "id_token_signing_alg_values_supported": ["RS256"],
        "token_endpoint_auth_methods_supported": ["private_key_jwt"],
    }))
    .into_response()
}

/// `GET /v1/keys`: the JWKS of the notification signing key.
pub(crate) async fn keys(State(shared): State<Arc<Shared>>) -> Response {
    Json(shared.keys.notification_jwks()).into_response()
}

/// Checks the bearer token of a Graph request and the calling role.
pub(crate) fn authorize(
    shared: &Shared,
    headers: &HeaderMap,
    client_request_id: Option<String>,
) -> Result<AccessClaims, GraphError> {
    let unauthorized = |message: &str| {
        GraphError::new(StatusCode::UNAUTHORIZED, "InvalidAuthenticationToken", message)
            .for_request(client_request_id.clone())
    };
    let header = headers.get("authorization").and_then(|value| value.to_str().ok());
    let Some(header) = header else {
        return Err(unauthorized("Access token is empty."));
    };
    let token =
        header.split_once(' ').filter(|(scheme, _)| scheme.eq_ignore_ascii_case("bearer")).map(|(_, token)| token);
    let Some(token) = token else {
        return Err(unauthorized("Access token must use the Bearer scheme."));
    };
    let claims = shared
        .keys
        .validate_access_token(token.trim())
        .map_err(|_| unauthorized("Access token validation failure."))?;
    if !claims.roles.iter().any(|role| role == CALLS_ROLE) {
        let message = format!("Application does not have the {CALLS_ROLE} permission.");
        return Err(GraphError::new(StatusCode::FORBIDDEN, "Forbidden", message).for_request(client_request_id));
    }
    Ok(claims)
}
