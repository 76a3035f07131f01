// Models are non-exhaustive: a struct literal cannot skip the constructor's required arguments.
use graph_calls::models::TransferRequestBody;

fn main() {
    let _body = TransferRequestBody {
        transfer_target: None,
        transferee: None,
        client_context: None,
        unknown_members: Default::default(),
    };
}
