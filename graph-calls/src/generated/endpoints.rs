// @generated from schema/calls.csdl.xml by `cargo xtask codegen`. Do not edit: change the schema or the generator and regenerate.

#![allow(deprecated)]
use ::graph_calls::__private as runtime;
/// The entry points of the `GraphService` entity container, one per singleton or entity set; import the trait to call them on a `graph_calls::Client`.
pub trait GraphService {
    /// Deprecated root at `/app`, which serves the same calls as `communications`. Use `communications` in new code.
    ///
    /// Not in the Microsoft Graph v1.0 metadata: declared by the beta metadata.
    #[deprecated(note = "The /app path is deprecated; use /communications instead.")]
    fn app(&self) -> AppEndpoint<'_>;
    /// Root of the calling API at `/communications`, which holds the calls at `/communications/calls`.
    fn communications(&self) -> CommunicationsEndpoint<'_>;
}
impl GraphService for ::graph_calls::Client {
    fn app(&self) -> AppEndpoint<'_> {
        AppEndpoint {
            path: runtime::RequestPath::root(self, "app"),
        }
    }
    fn communications(&self) -> CommunicationsEndpoint<'_> {
        CommunicationsEndpoint {
            path: runtime::RequestPath::root(self, "communications"),
        }
    }
}
/// `/communications`: one `cloudCommunications`.
#[derive(Debug, Clone)]
pub struct CommunicationsEndpoint<'a> {
    path: runtime::RequestPath<'a>,
}
impl<'a> CommunicationsEndpoint<'a> {
    /// Calls that the bot takes part in, at `/communications/calls`.
    pub fn calls(&self) -> CommunicationsCallsEndpoint<'a> {
        CommunicationsCallsEndpoint {
            path: self.path.join("calls"),
        }
    }
}
/// `/communications/calls`: the `call` collection.
#[derive(Debug, Clone)]
pub struct CommunicationsCallsEndpoint<'a> {
    path: runtime::RequestPath<'a>,
}
impl<'a> CommunicationsCallsEndpoint<'a> {
    /// Selects one `call` by its id: `/communications/calls/{call-id}`.
    ///
    /// The id is escaped when a request is built. An empty id, `.` or `..` cannot be sent and fails with a validation error then.
    pub fn by_id(&self, id: impl Into<String>) -> CommunicationsCallsItemEndpoint<'a> {
        CommunicationsCallsItemEndpoint {
            path: self.path.join(id),
        }
    }
    /// Creates a `call` and returns it as Graph stored it.
    ///
    /// `POST /communications/calls`
    ///
    /// # Errors
    ///
    /// Fails without sending when `value` breaks a schema rule (see its `validate`), and otherwise like any request: transport, status or decode.
    pub async fn create(
        &self,
        value: &super::Call,
    ) -> Result<::graph_calls::Response<super::Call>, ::graph_calls::Error> {
        runtime::send_json(
                &self.path,
                runtime::Method::POST,
                "/communications/calls",
                Some(value),
            )
            .await
    }
}
/// `/communications/calls/{call-id}`: one `call`.
#[derive(Debug, Clone)]
pub struct CommunicationsCallsItemEndpoint<'a> {
    path: runtime::RequestPath<'a>,
}
impl<'a> CommunicationsCallsItemEndpoint<'a> {
    /// Reads the `call`.
    ///
    /// `GET /communications/calls/{call-id}`
    ///
    /// # Errors
    ///
    /// Fails when the request cannot be sent, when Graph responds with a non-2xx status, or when the response body does not decode.
    pub async fn get(
        &self,
    ) -> Result<::graph_calls::Response<super::Call>, ::graph_calls::Error> {
        runtime::send_json::<
            runtime::NoBody,
            super::Call,
        >(&self.path, runtime::Method::GET, "/communications/calls/{call-id}", None)
            .await
    }
    /// Deletes the `call`.
    ///
    /// `DELETE /communications/calls/{call-id}`
    ///
    /// # Errors
    ///
    /// Fails when the request cannot be sent or when Graph responds with a non-2xx status.
    pub async fn delete(
        &self,
    ) -> Result<::graph_calls::Response<()>, ::graph_calls::Error> {
        runtime::send_no_content::<
            runtime::NoBody,
        >(&self.path, runtime::Method::DELETE, "/communications/calls/{call-id}", None)
            .await
    }
    /// Transfers a peer-to-peer call, or one participant of a group call, to another party. The call goes through `transferring` and `transferAccepted` to `terminated`, or back to `established` with `resultInfo` if the transfer fails.
    ///
    /// `POST /communications/calls/{call-id}/transfer`
    ///
    /// Permissions: `Calls.Initiate.All` (application).
    ///
    /// # Errors
    ///
    /// Fails without sending when the body breaks a schema rule (see its `validate`), and otherwise when the request cannot be sent or Graph responds with a non-2xx status. Any 2xx status is success.
    pub async fn transfer(
        &self,
        body: &super::TransferRequestBody,
    ) -> Result<::graph_calls::Response<()>, ::graph_calls::Error> {
        runtime::send_no_content::<
            super::TransferRequestBody,
        >(
                &self.path.join("transfer"),
                runtime::Method::POST,
                "/communications/calls/{call-id}/transfer",
                Some(body),
            )
            .await
    }
}
/// `/app`: one `commsApplication`.
#[derive(Debug, Clone)]
pub struct AppEndpoint<'a> {
    path: runtime::RequestPath<'a>,
}
impl<'a> AppEndpoint<'a> {
    /// Calls that the bot takes part in, at the deprecated path `/app/calls`.
    pub fn calls(&self) -> AppCallsEndpoint<'a> {
        AppCallsEndpoint {
            path: self.path.join("calls"),
        }
    }
}
/// `/app/calls`: the `call` collection.
#[derive(Debug, Clone)]
pub struct AppCallsEndpoint<'a> {
    path: runtime::RequestPath<'a>,
}
impl<'a> AppCallsEndpoint<'a> {
    /// Selects one `call` by its id: `/app/calls/{call-id}`.
    ///
    /// The id is escaped when a request is built. An empty id, `.` or `..` cannot be sent and fails with a validation error then.
    pub fn by_id(&self, id: impl Into<String>) -> AppCallsItemEndpoint<'a> {
        AppCallsItemEndpoint {
            path: self.path.join(id),
        }
    }
}
/// `/app/calls/{call-id}`: one `call`.
#[derive(Debug, Clone)]
pub struct AppCallsItemEndpoint<'a> {
    path: runtime::RequestPath<'a>,
}
impl<'a> AppCallsItemEndpoint<'a> {
    /// Transfers a peer-to-peer call, or one participant of a group call, to another party. The call goes through `transferring` and `transferAccepted` to `terminated`, or back to `established` with `resultInfo` if the transfer fails.
    ///
    /// `POST /app/calls/{call-id}/transfer`
    ///
    /// Permissions: `Calls.Initiate.All` (application).
    ///
    /// # Errors
    ///
    /// Fails without sending when the body breaks a schema rule (see its `validate`), and otherwise when the request cannot be sent or Graph responds with a non-2xx status. Any 2xx status is success.
    #[deprecated(note = "The /app path is deprecated; use /communications instead.")]
    pub async fn transfer(
        &self,
        body: &super::TransferRequestBody,
    ) -> Result<::graph_calls::Response<()>, ::graph_calls::Error> {
        runtime::send_no_content::<
            super::TransferRequestBody,
        >(
                &self.path.join("transfer"),
                runtime::Method::POST,
                "/app/calls/{call-id}/transfer",
                Some(body),
            )
            .await
    }
}
