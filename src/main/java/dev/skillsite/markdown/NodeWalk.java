package dev.skillsite.markdown;

import com.vladsch.flexmark.util.ast.Node;

import java.util.function.Consumer;

/**
 * The nodes below a node of a flexmark AST, in document order, walked by the tree's own links (first child,
 * next sibling, parent). flexmark's {@code getDescendants()} keeps its place in a {@code java.util.Stack},
 * whose every push, peek and pop takes a lock: several walks a page, at 10,000 pages a few percent of a build.
 */
final class NodeWalk {
    /** What a walk does at a node; true to go on into the node's children, false to pass over them. */
    interface Visit {
        boolean enter(Node node);
    }

    private NodeWalk() {
    }

    /** Gives each node below {@code root} to {@code each}, in document order; {@code each} may not move or unlink a node. */
    static void forEach(Node root, Consumer<Node> each) {
        visit(root, node -> {
            each.accept(node);
            return true;
        });
    }

    /** Visits the nodes below {@code root} in document order, but those below a node the visit passes over. */
    static void visit(Node root, Visit visit) {
        Node node = root.getFirstChild();
        while (node != null) {
            Node next = visit.enter(node) ? node.getFirstChild() : null;
            while (next == null && node != root) {
                next = node.getNext();
                node = node.getParent();
            }
            node = next;
        }
    }
}
