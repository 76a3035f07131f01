// A request body cannot be built without its required parameter.
use graph_calls::models::TransferRequestBody;

fn main() {
    let _body = TransferRequestBody::new();
}
