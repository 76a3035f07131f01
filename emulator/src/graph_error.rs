//! Graph's error responses: `{"error": {"code", "message", "innerError": {...}}}`.

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::json;
use uuid::Uuid;

/// An error response shaped like Graph's, with a fresh `request-id`.
pub(crate) struct GraphError {
    pub(crate) status: StatusCode,
    pub(crate) code: &'static str,
    pub(crate) message: String,
    pub(crate) client_request_id: Option<String>,
    pub(crate) retry_after: Option<String>,
}

impl GraphError {
    pub(crate) fn new(status: StatusCode, code: &'static str, message: impl Into<String>) -> Self {
        Self { status, code, message: message.into(), client_request_id: None, retry_after: None }
    }

    pub(crate) fn for_request(mut self, client_request_id: Option<String>) -> Self {
        self.client_request_id = client_request_id;
        self
    }
}

impl IntoResponse for GraphError {
    fn into_response(self) -> Response {
        let request_id = Uuid::new_v4().to_string();
        // Graph writes the date without a time zone; it is UTC.
        let date = httpdate_utc();
        let mut inner = json!({"date": date, "request-id": request_id});
        if let Some(client_request_id) = &self.client_request_id {
            inner["client-request-id"] = json!(client_request_id);
        }
        let body = json!({"error": {"code": self.code, "message": self.message, "innerError": inner}});
        let mut response = (self.status, axum::Json(body)).into_response();
        if let Ok(value) = HeaderValue::from_str(&request_id) {
            response.headers_mut().insert("request-id", value);
        }
        if let Some(retry_after) = self.retry_after.and_then(|value| HeaderValue::from_str(&value).ok()) {
            response.headers_mut().insert(header::RETRY_AFTER, retry_after);
        }
        response
    }
}

/// Formats the current UTC time as `YYYY-MM-DDThh:mm:ss`.
fn httpdate_utc() -> String {
    let seconds = crate::keys::unix_now();
    let days = seconds / 86_400;
    let time = seconds % 86_400;
    let (year, month, day) = civil_from_days(days as i64);
    format!("{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}", time / 3600, time % 3600 / 60, time % 60)
}

/// Converts days since 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's algorithm).
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z.rem_euclid(146_097);
    let year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_index = (5 * day_of_year + 2) / 153;
    let day = (day_of_year - (153 * month_index + 2) / 5 + 1) as u32;
    let month = if month_index < 10 { month_index + 3 } else { month_index - 9 } as u32;
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::civil_from_days;

    #[test]
    fn civil_dates() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(19_809), (2024, 3, 27));
        assert_eq!(civil_from_days(11_016), (2000, 2, 29));
    }
}
