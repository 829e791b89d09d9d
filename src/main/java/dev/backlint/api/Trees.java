package dev.backlint.api;

import com.github.javaparser.ast.Node;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Walks of a syntax tree in pre-order, the order of {@link Node#walk(Consumer)}, for the
 * walks that run on every file. The parser's own walk keeps its stack in a synchronized
 * {@link java.util.Stack}, which costs a lock per node; these keep it in an
 * {@link ArrayDeque}. A walk is not recursive, so a deeply nested tree does not exhaust
 * the thread's stack.
 */
public final class Trees {

    private Trees() {
    }

    /** Calls {@code visit} on {@code root} and every node below it, parents before their children. */
    public static void walk(Node root, Consumer<Node> visit) {
        ArrayDeque<Node> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Node node = stack.pop();
            pushChildren(node, stack);
            visit.accept(node);
        }
    }

    /** The first node of {@code type} in pre-order, {@code root} included, that {@code test} accepts. */
    public static <T extends Node> Optional<T> findFirst(Node root, Class<T> type, Predicate<? super T> test) {
        ArrayDeque<Node> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Node node = stack.pop();
            if (type.isInstance(node) && test.test(type.cast(node))) {
                return Optional.of(type.cast(node));
            }
            pushChildren(node, stack);
        }
        return Optional.empty();
    }

    private static void pushChildren(Node node, ArrayDeque<Node> stack) {
        List<Node> children = node.getChildNodes();
        for (int i = children.size() - 1; i >= 0; i--) {
            stack.push(children.get(i));
        }
    }
}
