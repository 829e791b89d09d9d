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
