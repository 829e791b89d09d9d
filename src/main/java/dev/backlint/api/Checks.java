package dev.backlint.api;

import com.github.javaparser.ast.Node;

/** Where a rule registers the checks it runs on each node type and the analyses it uses. */
public interface Checks {

    /**
     * Runs {@code check} on every node that is an instance of {@code type}
     * (subclasses included).
     */
    <N extends Node> void on(Class<N> type, NodeCheck<? super N> check);

    /**
     * Runs {@code check} on the method calls named one of {@code names}: the same as
     * {@link #on} for {@code MethodCallExpr} with a test of the name first, but calls of
     * other names never reach the rule, which saves a call per method call of the file.
     */
    default void onCalls(java.util.Set<String> names, NodeCheck<? super com.github.javaparser.ast.expr.MethodCallExpr> check) {
        java.util.Set<String> named = java.util.Set.copyOf(names);
        on(com.github.javaparser.ast.expr.MethodCallExpr.class, (call, context) -> {
            if (named.contains(call.getNameAsString())) {
                check.check(call, context);
            }
        });
    }

    /**
     * Declares that the rule asks {@link RuleContext#analysis} for {@code analysis}, so
     * that the facts it reads of other files are extracted during the scan.
     */
    void uses(Class<?> analysis);

    /** A check of one node. */
    @FunctionalInterface
    interface NodeCheck<N extends Node> {
        void check(N node, RuleContext context);
    }
}
