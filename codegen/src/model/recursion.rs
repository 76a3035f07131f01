//! Finds properties whose type contains the property's own type inline, such as a `node` with a
//! `next` of type `node`: Rust cannot size such a struct, so those fields are boxed.
//!
//! A property contains its type inline when it is single-valued and the type has no `Any…` enum
//! (those box their variants). A field needs a box exactly when its type and the struct that
//! declares it are in one strongly connected component of that inline-containment graph.

use super::{Model, TypeRef};

/// Sets `is_boxed` on every property that closes an inline containment cycle.
pub(crate) fn box_recursive_properties(model: &mut Model) {
    let edges: Vec<Vec<usize>> = model
        .structs
        .iter()
        .map(|item| {
            item.properties
                .iter()
                .filter_map(|property| inline_target(model, property.type_ref, property.is_collection))
                .collect()
        })
        .collect();
    let component = strongly_connected_components(&edges);

    for id in 0..model.structs.len() {
        let targets: Vec<Option<usize>> = model.structs[id]
            .properties
            .iter()
            .map(|property| inline_target(model, property.type_ref, property.is_collection))
            .collect();
        for (property, target) in model.structs[id].properties.iter_mut().zip(targets) {
            property.is_boxed = target.is_some_and(|target| component[target] == component[id]);
        }
    }
}

fn inline_target(model: &Model, type_ref: TypeRef, is_collection: bool) -> Option<usize> {
    match type_ref {
        TypeRef::Struct(target) if !is_collection && model.structs[target].polymorphic_name.is_none() => Some(target),
        _ => None,
    }
}

/// Returns the component index of each node (Tarjan's algorithm, without recursion so a deep
/// schema cannot overflow the stack).
fn strongly_connected_components(edges: &[Vec<usize>]) -> Vec<usize> {
    const UNVISITED: usize = usize::MAX;
    let count = edges.len();
    let mut index = vec![UNVISITED; count];
    let mut low = vec![0; count];
    let mut on_stack = vec![false; count];
    let mut stack = Vec::new();
    let mut component = vec![UNVISITED; count];
    let mut next_index = 0;
    let mut next_component = 0;

    for start in 0..count {
        if index[start] != UNVISITED {
            continue;
        }
        // Each frame is a node and the position of its next edge to follow.
        let mut frames = vec![(start, 0)];
        index[start] = next_index;
        low[start] = next_index;
        next_index += 1;
        stack.push(start);
        on_stack[start] = true;

        while let Some(&(node, position)) = frames.last() {
            if let Some(&target) = edges[node].get(position) {
                if let Some(frame) = frames.last_mut() {
                    frame.1 += 1;
                }
                if index[target] == UNVISITED {
                    index[target] = next_index;
                    low[target] = next_index;
                    next_index += 1;
                    stack.push(target);
                    on_stack[target] = true;
                    frames.push((target, 0));
                } else if on_stack[target] {
                    low[node] = low[node].min(index[target]);
                }
                continue;
            }
            frames.pop();
            if let Some(&(parent, _)) = frames.last() {
                low[parent] = low[parent].min(low[node]);
            }
            if low[node] == index[node] {
                while let Some(member) = stack.pop() {
                    on_stack[member] = false;
                    component[member] = next_component;
                    if member == node {
                        break;
                    }
                }
                next_component += 1;
            }
        }
    }
    component
}

#[cfg(test)]
mod tests {
    use super::strongly_connected_components;

    #[test]
    fn cycles_share_a_component() {
        // 0 -> 1 -> 2 -> 0, 3 -> 3, 4 -> 0
        let components = strongly_connected_components(&[vec![1], vec![2], vec![0], vec![3], vec![0]]);
        assert_eq!(components[0], components[1]);
        assert_eq!(components[1], components[2]);
        assert_ne!(components[3], components[0]);
        assert_ne!(components[4], components[0]);
    }

    #[test]
    fn deep_chain_does_not_overflow() {
        let edges: Vec<Vec<usize>> =
            (0..200_000).map(|node| if node + 1 < 200_000 { vec![node + 1] } else { Vec::new() }).collect();
        let components = strongly_connected_components(&edges);
        assert_ne!(components[0], components[1]);
    }
}
