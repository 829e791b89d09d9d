package dev.backlint.matchers;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import java.util.Set;

/** Recognises text written for people: log messages, console output, exception messages. */
public final class Messages {

    private static final Set<String> LOG_METHODS = Set.of(
            "trace", "debug", "info", "warn", "warning", "error", "fatal", "log", "severe", "fine", "finer",
            "finest", "config", "print", "println", "printf", "atTrace", "atDebug", "atInfo", "atWarn", "atError");

    private Messages() {
    }

    /**
     * Whether {@code expression} (or the concatenation it is part of) is an argument of a
     * logging or printing call, or of the constructor of an exception.
     */
    public static boolean isMessageArgument(Node expression) {
        Node current = expression;
        Node parent = current.getParentNode().orElse(null);
        while (parent instanceof EnclosedExpr
                || parent instanceof BinaryExpr binary && binary.getOperator() == BinaryExpr.Operator.PLUS) {
            current = parent;
            parent = current.getParentNode().orElse(null);
        }
        if (parent instanceof MethodCallExpr call && isArgument(call.getArguments(), current)) {
            return LOG_METHODS.contains(call.getNameAsString());
        }
        if (parent instanceof ObjectCreationExpr creation && isArgument(creation.getArguments(), current)) {
            String type = creation.getType().getNameAsString();
            return type.endsWith("Exception") || type.endsWith("Error") || type.equals("Throwable");
        }
        return false;
    }

    private static boolean isArgument(java.util.List<? extends Node> arguments, Node node) {
        return arguments.stream().anyMatch(argument -> argument == node);
    }
}
