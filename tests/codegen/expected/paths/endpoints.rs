// @generated from tests/codegen/fixtures/paths.csdl.xml by `UPDATE_GOLDEN=1 cargo test -p graph-calls-codegen --test golden`. Do not edit: change the schema or the generator and regenerate.

#![allow(deprecated)]
use ::graph_calls::__private as runtime;
/// The entry points of the `ExampleService` entity container, one per singleton or entity set; import the trait to call them on a `graph_calls::Client`.
pub trait ExampleService {
    /// Starts a path at `/communications`.
    fn communications(&self) -> CommunicationsEndpoint<'_>;
    /// Starts a path at `/legacyCalls`.
    #[deprecated(note = "Use /communications/calls.")]
    fn legacy_calls(&self) -> LegacyCallsEndpoint<'_>;
}
impl ExampleService for ::graph_calls::Client {
    fn communications(&self) -> CommunicationsEndpoint<'_> {
        CommunicationsEndpoint {
            path: runtime::RequestPath::root(self, "communications"),
        }
    }
    fn legacy_calls(&self) -> LegacyCallsEndpoint<'_> {
        LegacyCallsEndpoint {
            path: runtime::RequestPath::root(self, "legacyCalls"),
        }
    }
}
/// `/legacyCalls`: the `call` collection.
#[derive(Debug, Clone)]
pub struct LegacyCallsEndpoint<'a> {
    path: runtime::RequestPath<'a>,
}
impl<'a> LegacyCallsEndpoint<'a> {
    /// Selects one `call` by its id: `/legacyCalls/{call-id}`.
    ///
    /// The id is escaped when a request is built. An empty id, `.` or `..` cannot be sent and fails with a validation error then.
    pub fn by_id(&self, id: impl Into<String>) -> LegacyCallsItemEndpoint<'a> {
        LegacyCallsItemEndpoint {
            path: self.path.join(id),
        }
    }
}
/// `/legacyCalls/{call-id}`: one `call`.
#[derive(Debug, Clone)]
pub struct LegacyCallsItemEndpoint<'a> {
    path: runtime::RequestPath<'a>,
}
impl<'a> LegacyCallsItemEndpoint<'a> {
    /// Goes to `/legacyCalls/{call-id}/participants`.
    pub fn participants(&self) -> LegacyCallsItemParticipantsEndpoint<'a> {
        LegacyCallsItemParticipantsEndpoint {
            path: self.path.join("participants"),
        }
    }
    /// Goes to `/legacyCalls/{call-id}/settings`.
    pub fn settings(&self) -> LegacyCallsItemSettingsEndpoint<'a> {
        LegacyCallsItemSettingsEndpoint {
            path: self.path.join("settings"),
        }
    }
    /// Goes to `/legacyCalls/{call-id}/history`.
    pub fn history(&self) -> LegacyCallsItemHistoryEndpoint<'a> {
        LegacyCallsItemHistoryEndpoint {
            path: self.path.join("history"),
        }
    }
    /// Hands the call to another party.
    ///
    /// `POST /legacyCalls/{call-id}/transfer`
    ///
    /// Permissions: `Calls.Initiate.All` (application).
    ///
    /// # Errors
    ///
    /// Fails without sending when the body breaks a schema rule (see its `validate`), and otherwise when the request cannot be sent or Graph responds with a non-2xx status. Any 2xx status is success.
    #[deprecated(note = "Use /communications/calls.")]
    pub async fn transfer(
        &self,
        body: &super::TransferRequestBody,
    ) -> Result<::graph_calls::Response<()>, ::graph_calls::Error> {
        runtime::send_no_content::<
            super::TransferRequestBody,
        >(
                &self.path.join("transfer"),
                runtime::Method::POST,
                "/legacyCalls/{call-id}/transfer",
                Some(body),
            )
            .await
    }
    /// Invokes the `keepAlive` action.
    ///
    /// `POST /legacyCalls/{call-id}/keepAlive`
    ///
    /// # Errors
    ///
    /// Fails without sending when the body breaks a schema rule (see its `validate`), and otherwise when the request cannot be sent or Graph responds with a non-2xx status. Any 2xx status is success.
    #[deprecated(note = "Use /communications/calls.")]
    pub async fn keep_alive(
        &self,
    ) -> Result<::graph_calls::Response<()>, ::graph_calls::Error> {
        runtime::send_no_content::<
            runtime::NoBody,
        >(
                &self.path.join("keepAlive"),
                runtime::Method::POST,
                "/legacyCalls/{call-id}/keepAlive",
                None,
            )
            .await
    }
    /// Invokes the `listTargets` action.
    ///
    /// `POST /legacyCalls/{call-id}/listTargets`
    ///
    /// # Errors
    ///
    /// Fails without sending when the body breaks a schema rule (see its `validate`), and otherwise when the request cannot be sent or Graph responds with a non-2xx status. Any 2xx status is success.
    #[deprecated(note = "Use /communications/calls.")]
    pub async fn list_targets(
        &self,
    ) -> Result<::graph_calls::Response<Vec<super::Target>>, ::graph_calls::Error> {
        runtime::send_wrapped_json::<
            runtime::NoBody,
            Vec<super::Target>,
        >(
                &self.path.join("listTargets"),
                runtime::Method::POST,
                "/legacyCalls/{call-id}/listTargets",
                None,
            )
            .await
    }
    /// Invokes the `countParticipants` action.
    ///
    /// `POST /legacyCalls/{call-id}/countParticipants`
    ///
    /// # Errors
    ///
    /// Fails without sending when the body breaks a schema rule (see its `validate`), and otherwise when the request cannot be sent or Graph responds with a non-2xx status. Any 2xx status is success.
    #[deprecated(note = "Use /communications/calls.")]
    pub async fn count_participants(
        &self,
    ) -> Result<::graph_calls::Response<i32>, ::graph_calls::Error> {
        runtime::send_wrapped_json::<
            runtime::NoBody,
            i32,
        >(
                &self.path.join("countParticipants"),
                runtime::Method::POST,
                "/legacyCalls/{call-id}/countParticipants",
                None,
            )
            .await
    }
    /// Invokes the `ping` action.
    ///
    /// `POST /legacyCalls/{call-id}/ping`
    ///
    /// # Errors
    ///
    /// Fails without sending when the body breaks a schema rule (see its `validate`), and otherwise when the request cannot be sent or Graph responds with a non-2xx status. Any 2xx status is success.
    #[deprecated(note = "Use /communications/calls.")]
    pub async fn ping(
        &self,
    ) -> Result<::graph_calls::Response<()>, ::graph_calls::Error> {
        runtime::send_no_content::<
            runtime::NoBody,
        >(
                &self.path.join("ping"),
                runtime::Method::POST,
                "/legacyCalls/{call-id}/ping",
                None,
            )
            .await
    }
}
/// `/legacyCalls/{call-id}/history`: the `historyEntry` collection.
#[derive(Debug, Clone)]
pub struct LegacyCallsItemHistoryEndpoint<'a> {
    path: runtime::RequestPath<'a>,
}
impl<'a> LegacyCallsItemHistoryEndpoint<'a> {
    /// Selects one `historyEntry` by its id: `/legacyCalls/{call-id}/history/{history-entry-id}`.
    ///
    /// The id is escaped when a request is built. An empty id, `.` or `..` cannot be sent and fails with a validation error then.
    pub fn by_id(
        &self,
        id: impl Into<String>,
    ) -> LegacyCallsItemHistoryItemEndpoint<'a> {
        LegacyCallsItemHistoryItemEndpoint {
            path: self.path.join(id),
        }
    }
}
/// `/legacyCalls/{call-id}/history/{history-entry-id}`: one `historyEntry`.
#[derive(Debug, Clone)]
pub struct LegacyCallsItemHistoryItemEndpoint<'a> {
    path: runtime::RequestPath<'a>,
}
impl<'a> LegacyCallsItemHistoryItemEndpoint<'a> {
    /// Invokes the `ping` action.
    ///
    /// `POST /legacyCalls/{call-id}/history/{history-entry-id}/ping`
    ///
    /// # Errors
    ///
    /// Fails without sending when the body breaks a schema rule (see its `validate`), and otherwise when the request cannot be sent or Graph responds with a non-2xx status. Any 2xx status is success.
    #[deprecated(note = "Use /communications/calls.")]
    pub async fn ping(
        &self,
    ) -> Result<::graph_calls::Response<()>, ::graph_calls::Error> {
        runtime::send_no_content::<
            runtime::NoBody,
        >(
                &self.path.join("ping"),
                runtime::Method::POST,
                "/legacyCalls/{call-id}/history/{history-entry-id}/ping",
                None,
            )
            .await
    }
}
/// `/legacyCalls/{call-id}/settings`: one `callSettings`.
#[derive(Debug, Clone)]
pub struct LegacyCallsItemSettingsEndpoint<'a> {
    path: runtime::RequestPath<'a>,
}
impl<'a> LegacyCallsItemSettingsEndpoint<'a> {
    /// Reads the `callSettings`.
    ///
    /// `GET /legacyCalls/{call-id}/settings`
    ///
    /// # Errors
    ///
    /// Fails when the request cannot be sent, when Graph responds with a non-2xx status, or when the response body does not decode.
    #[deprecated(note = "Use /communications/calls.")]
    pub async fn get(
        &self,
    ) -> Result<::graph_calls::Response<super::CallSettings>, ::graph_calls::Error> {
        runtime::send_json::<
            runtime::NoBody,
            super::CallSettings,
        >(&self.path, runtime::Method::GET, "/legacyCalls/{call-id}/settings", None)
            .await
    }
    /// Invokes the `exportRecording` action.
    ///
    /// `POST /legacyCalls/{call-id}/settings/exportRecording`
    ///
    /// # Errors
    ///
    /// Fails without sending when the body breaks a schema rule (see its `validate`), and otherwise when the request cannot be sent or Graph responds with a non-2xx status. Any 2xx status is success.
    #[deprecated(note = "Use /communications/calls.")]
    pub async fn export_recording(
        &self,
    ) -> Result<::graph_calls::Response<runtime::Bytes>, ::graph_calls::Error> {
        runtime::send_for_bytes::<
            runtime::NoBody,
        >(
                &self.path.join("exportRecording"),
                runtime::Method::POST,
                "/legacyCalls/{call-id}/settings/exportRecording",
                None,
            )
            .await
    }
    /// Invokes the `ping` action.
    ///
    /// `POST /legacyCalls/{call-id}/settings/ping`
    ///
    /// # Errors
    ///
    /// Fails without sending when the body breaks a schema rule (see its `validate`), and otherwise when the request cannot be sent or Graph responds with a non-2xx status. Any 2xx status is success.
    #[deprecated(note = "Use /communications/calls.")]
    pub async fn ping(
        &self,
    ) -> Result<::graph_calls::Response<()>, ::graph_calls::Error> {
        runtime::send_no_content::<
            runtime::NoBody,
        >(
                &self.path.join("ping"),
                runtime::Method::POST,
                "/legacyCalls/{call-id}/settings/ping",
                None,
            )
            .await
    }
}
/// `/legacyCalls/{call-id}/participants`: the `participant` collection.
#[derive(Debug, Clone)]
pub struct LegacyCallsItemParticipantsEndpoint<'a> {
    path: runtime::RequestPath<'a>,
}
impl<'a> LegacyCallsItemParticipantsEndpoint<'a> {
    /// Selects one `participant` by its id: `/legacyCalls/{call-id}/participants/{participant-id}`.
    ///
    /// The id is escaped when a request is built. An empty id, `.` or `..` cannot be sent and fails with a validation error then.
    pub fn by_id(
        &self,
        id: impl Into<String>,
    ) -> LegacyCallsItemParticipantsItemEndpoint<'a> {
        LegacyCallsItemParticipantsItemEndpoint {
            path: self.path.join(id),
        }
    }
    /// Invokes the `invite` action.
    ///
    /// `POST /legacyCalls/{call-id}/participants/invite`
    ///
    /// # Errors
    ///
    /// Fails without sending when the body breaks a schema rule (see its `validate`), and otherwise when the request cannot be sent or Graph responds with a non-2xx status. Any 2xx status is success.
    #[deprecated(note = "Use /communications/calls.")]
    pub async fn invite(
        &self,
        body: &super::InviteRequestBody,
    ) -> Result<::graph_calls::Response<super::InviteResult>, ::graph_calls::Error> {
        runtime::send_json::<
            super::InviteRequestBody,
            super::InviteResult,
        >(
                &self.path.join("invite"),
                runtime::Method::POST,
                "/legacyCalls/{call-id}/participants/invite",
                Some(body),
            )
            .await
    }
}
/// `/legacyCalls/{call-id}/participants/{participant-id}`: one `participant`.
#[derive(Debug, Clone)]
pub struct LegacyCallsItemParticipantsItemEndpoint<'a> {
    path: runtime::RequestPath<'a>,
}
impl<'a> LegacyCallsItemParticipantsItemEndpoint<'a> {
    /// Invokes the `ping` action.
    ///
    /// `POST /legacyCalls/{call-id}/participants/{participant-id}/ping`
    ///
    /// # Errors
    ///
    /// Fails without sending when the body breaks a schema rule (see its `validate`), and otherwise when the request cannot be sent or Graph responds with a non-2xx status. Any 2xx status is success.
    #[deprecated(note = "Use /communications/calls.")]
    pub async fn ping(
        &self,
    ) -> Result<::graph_calls::Response<()>, ::graph_calls::Error> {
        runtime::send_no_content::<
            runtime::NoBody,
        >(
                &self.path.join("ping"),
                runtime::Method::POST,
                "/legacyCalls/{call-id}/participants/{participant-id}/ping",
                None,
            )
            .await
    }
}
/// `/communications`: one `cloudCommunications`.
#[derive(Debug, Clone)]
pub struct CommunicationsEndpoint<'a> {
    path: runtime::RequestPath<'a>,
}
impl<'a> CommunicationsEndpoint<'a> {
    /// Goes to `/communications/calls`.
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
        value: &super::AnyCall,
    ) -> Result<::graph_calls::Response<super::AnyCall>, ::graph_calls::Error> {
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
    /// Goes to `/communications/calls/{call-id}/participants`.
    pub fn participants(&self) -> CommunicationsCallsItemParticipantsEndpoint<'a> {
        CommunicationsCallsItemParticipantsEndpoint {
            path: self.path.join("participants"),
        }
    }
    /// Goes to `/communications/calls/{call-id}/settings`.
    pub fn settings(&self) -> CommunicationsCallsItemSettingsEndpoint<'a> {
        CommunicationsCallsItemSettingsEndpoint {
            path: self.path.join("settings"),
        }
    }
    /// Goes to `/communications/calls/{call-id}/history`.
    pub fn history(&self) -> CommunicationsCallsItemHistoryEndpoint<'a> {
        CommunicationsCallsItemHistoryEndpoint {
            path: self.path.join("history"),
        }
    }
    /// Reads the `call`.
    ///
    /// `GET /communications/calls/{call-id}`
    ///
    /// # Errors
    ///
    /// Fails when the request cannot be sent, when Graph responds with a non-2xx status, or when the response body does not decode.
    pub async fn get(
        &self,
    ) -> Result<::graph_calls::Response<super::AnyCall>, ::graph_calls::Error> {
        runtime::send_json::<
            runtime::NoBody,
            super::AnyCall,
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
    /// Hands the call to another party.
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
    /// Invokes the `keepAlive` action.
    ///
    /// `POST /communications/calls/{call-id}/keepAlive`
    ///
    /// # Errors
    ///
    /// Fails without sending when the body breaks a schema rule (see its `validate`), and otherwise when the request cannot be sent or Graph responds with a non-2xx status. Any 2xx status is success.
    pub async fn keep_alive(
        &self,
    ) -> Result<::graph_calls::Response<()>, ::graph_calls::Error> {
        runtime::send_no_content::<
            runtime::NoBody,
        >(
                &self.path.join("keepAlive"),
                runtime::Method::POST,
                "/communications/calls/{call-id}/keepAlive",
                None,
            )
            .await
    }
    /// Invokes the `listTargets` action.
    ///
    /// `POST /communications/calls/{call-id}/listTargets`
    ///
    /// # Errors
    ///
    /// Fails without sending when the body breaks a schema rule (see its `validate`), and otherwise when the request cannot be sent or Graph responds with a non-2xx status. Any 2xx status is success.
    pub async fn list_targets(
        &self,
    ) -> Result<::graph_calls::Response<Vec<super::Target>>, ::graph_calls::Error> {
        runtime::send_wrapped_json::<
            runtime::NoBody,
            Vec<super::Target>,
        >(
                &self.path.join("listTargets"),
                runtime::Method::POST,
                "/communications/calls/{call-id}/listTargets",
                None,
            )
            .await
    }
    /// Invokes the `countParticipants` action.
    ///
    /// `POST /communications/calls/{call-id}/countParticipants`
    ///
    /// # Errors
    ///
    /// Fails without sending when the body breaks a schema rule (see its `validate`), and otherwise when the request cannot be sent or Graph responds with a non-2xx status. Any 2xx status is success.
    pub async fn count_participants(
        &self,
    ) -> Result<::graph_calls::Response<i32>, ::graph_calls::Error> {
        runtime::send_wrapped_json::<
            runtime::NoBody,
            i32,
        >(
                &self.path.join("countParticipants"),
                runtime::Method::POST,
                "/communications/calls/{call-id}/countParticipants",
                None,
            )
            .await
    }
    /// Invokes the `ping` action.
    ///
    /// `POST /communications/calls/{call-id}/ping`
    ///
    /// # Errors
    ///
    /// Fails without sending when the body breaks a schema rule (see its `validate`), and otherwise when the request cannot be sent or Graph responds with a non-2xx status. Any 2xx status is success.
    pub async fn ping(
        &self,
    ) -> Result<::graph_calls::Response<()>, ::graph_calls::Error> {
        runtime::send_no_content::<
            runtime::NoBody,
        >(
                &self.path.join("ping"),
                runtime::Method::POST,
                "/communications/calls/{call-id}/ping",
                None,
            )
            .await
    }
}
/// `/communications/calls/{call-id}/history`: the `historyEntry` collection.
#[derive(Debug, Clone)]
pub struct CommunicationsCallsItemHistoryEndpoint<'a> {
    path: runtime::RequestPath<'a>,
}
impl<'a> CommunicationsCallsItemHistoryEndpoint<'a> {
    /// Selects one `historyEntry` by its id: `/communications/calls/{call-id}/history/{history-entry-id}`.
    ///
    /// The id is escaped when a request is built. An empty id, `.` or `..` cannot be sent and fails with a validation error then.
    pub fn by_id(
        &self,
        id: impl Into<String>,
    ) -> CommunicationsCallsItemHistoryItemEndpoint<'a> {
        CommunicationsCallsItemHistoryItemEndpoint {
            path: self.path.join(id),
        }
    }
}
/// `/communications/calls/{call-id}/history/{history-entry-id}`: one `historyEntry`.
#[derive(Debug, Clone)]
pub struct CommunicationsCallsItemHistoryItemEndpoint<'a> {
    path: runtime::RequestPath<'a>,
}
impl<'a> CommunicationsCallsItemHistoryItemEndpoint<'a> {
    /// Invokes the `ping` action.
    ///
    /// `POST /communications/calls/{call-id}/history/{history-entry-id}/ping`
    ///
    /// # Errors
    ///
    /// Fails without sending when the body breaks a schema rule (see its `validate`), and otherwise when the request cannot be sent or Graph responds with a non-2xx status. Any 2xx status is success.
    pub async fn ping(
        &self,
    ) -> Result<::graph_calls::Response<()>, ::graph_calls::Error> {
        runtime::send_no_content::<
            runtime::NoBody,
        >(
                &self.path.join("ping"),
                runtime::Method::POST,
                "/communications/calls/{call-id}/history/{history-entry-id}/ping",
                None,
            )
            .await
    }
}
/// `/communications/calls/{call-id}/settings`: one `callSettings`.
#[derive(Debug, Clone)]
pub struct CommunicationsCallsItemSettingsEndpoint<'a> {
    path: runtime::RequestPath<'a>,
}
impl<'a> CommunicationsCallsItemSettingsEndpoint<'a> {
    /// Reads the `callSettings`.
    ///
    /// `GET /communications/calls/{call-id}/settings`
    ///
    /// # Errors
    ///
    /// Fails when the request cannot be sent, when Graph responds with a non-2xx status, or when the response body does not decode.
    pub async fn get(
        &self,
    ) -> Result<::graph_calls::Response<super::CallSettings>, ::graph_calls::Error> {
        runtime::send_json::<
            runtime::NoBody,
            super::CallSettings,
        >(
                &self.path,
                runtime::Method::GET,
                "/communications/calls/{call-id}/settings",
                None,
            )
            .await
    }
    /// Invokes the `exportRecording` action.
    ///
    /// `POST /communications/calls/{call-id}/settings/exportRecording`
    ///
    /// # Errors
    ///
    /// Fails without sending when the body breaks a schema rule (see its `validate`), and otherwise when the request cannot be sent or Graph responds with a non-2xx status. Any 2xx status is success.
    pub async fn export_recording(
        &self,
    ) -> Result<::graph_calls::Response<runtime::Bytes>, ::graph_calls::Error> {
        runtime::send_for_bytes::<
            runtime::NoBody,
        >(
                &self.path.join("exportRecording"),
                runtime::Method::POST,
                "/communications/calls/{call-id}/settings/exportRecording",
                None,
            )
            .await
    }
    /// Invokes the `ping` action.
    ///
    /// `POST /communications/calls/{call-id}/settings/ping`
    ///
    /// # Errors
    ///
    /// Fails without sending when the body breaks a schema rule (see its `validate`), and otherwise when the request cannot be sent or Graph responds with a non-2xx status. Any 2xx status is success.
    pub async fn ping(
        &self,
    ) -> Result<::graph_calls::Response<()>, ::graph_calls::Error> {
        runtime::send_no_content::<
            runtime::NoBody,
        >(
                &self.path.join("ping"),
                runtime::Method::POST,
                "/communications/calls/{call-id}/settings/ping",
                None,
            )
            .await
    }
}
/// `/communications/calls/{call-id}/participants`: the `participant` collection.
#[derive(Debug, Clone)]
pub struct CommunicationsCallsItemParticipantsEndpoint<'a> {
    path: runtime::RequestPath<'a>,
}
impl<'a> CommunicationsCallsItemParticipantsEndpoint<'a> {
    /// Selects one `participant` by its id: `/communications/calls/{call-id}/participants/{participant-id}`.
    ///
    /// The id is escaped when a request is built. An empty id, `.` or `..` cannot be sent and fails with a validation error then.
    pub fn by_id(
        &self,
        id: impl Into<String>,
    ) -> CommunicationsCallsItemParticipantsItemEndpoint<'a> {
        CommunicationsCallsItemParticipantsItemEndpoint {
            path: self.path.join(id),
        }
    }
    /// Invokes the `invite` action.
    ///
    /// `POST /communications/calls/{call-id}/participants/invite`
    ///
    /// # Errors
    ///
    /// Fails without sending when the body breaks a schema rule (see its `validate`), and otherwise when the request cannot be sent or Graph responds with a non-2xx status. Any 2xx status is success.
    pub async fn invite(
        &self,
        body: &super::InviteRequestBody,
    ) -> Result<::graph_calls::Response<super::InviteResult>, ::graph_calls::Error> {
        runtime::send_json::<
            super::InviteRequestBody,
            super::InviteResult,
        >(
                &self.path.join("invite"),
                runtime::Method::POST,
                "/communications/calls/{call-id}/participants/invite",
                Some(body),
            )
            .await
    }
}
/// `/communications/calls/{call-id}/participants/{participant-id}`: one `participant`.
#[derive(Debug, Clone)]
pub struct CommunicationsCallsItemParticipantsItemEndpoint<'a> {
    path: runtime::RequestPath<'a>,
}
impl<'a> CommunicationsCallsItemParticipantsItemEndpoint<'a> {
    /// Invokes the `ping` action.
    ///
    /// `POST /communications/calls/{call-id}/participants/{participant-id}/ping`
    ///
    /// # Errors
    ///
    /// Fails without sending when the body breaks a schema rule (see its `validate`), and otherwise when the request cannot be sent or Graph responds with a non-2xx status. Any 2xx status is success.
    pub async fn ping(
        &self,
    ) -> Result<::graph_calls::Response<()>, ::graph_calls::Error> {
        runtime::send_no_content::<
            runtime::NoBody,
        >(
                &self.path.join("ping"),
                runtime::Method::POST,
                "/communications/calls/{call-id}/participants/{participant-id}/ping",
                None,
            )
            .await
    }
}
