package dev.backlint.rules.logging;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.InstanceOfExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.stmt.CatchClause;
import dev.backlint.models.Loggers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How a {@code catch} block uses the exception it caught: not at all, only for its text
 * ({@code e.getMessage()}, {@code "failed: " + e}), or as the object itself (logged,
 * passed on, rethrown, kept), which carries the stack trace.
 */
final class Caught {

    /** The uses of the caught variable in one catch block. */
    record Uses(boolean any, boolean whole, List<Expression> textual) {
    }

    private Caught() {
    }

    static Uses uses(CatchClause clause) {
        String variable = clause.getParameter().getNameAsString();
        boolean[] found = new boolean[2];
        List<Expression> textual = new ArrayList<>();
        clause.getBody().walk(NameExpr.class, name -> {
            if (!name.getNameAsString().equals(variable)) {
                return;
            }
            found[0] = true;
            Expression text = textual(name);
            if (text != null) {
                textual.add(text);
            } else if (!neutral(name)) {
                found[1] = true;
            }
        });
        return new Uses(found[0], found[1], textual);
    }

    /** Whether the name is read for its text alone; the expression that reads it, or null. */
    static Expression textual(NameExpr name) {
        Node parent = name.getParentNode().orElse(null);
        Expression use = name;
        while (parent instanceof EnclosedExpr || parent instanceof CastExpr) {
            use = (Expression) parent;
            parent = parent.getParentNode().orElse(null);
        }
        if (parent instanceof MethodCallExpr call && call.getScope().filter(s -> s == name).isPresent()) {
            String method = call.getNameAsString();
            if (Loggers.TEXT_ONLY.contains(method)) {
                return call;
            }
            if (method.equals("getClass")) {
                return call; // its type's name
            }
            return null;
        }
        if (parent instanceof MethodCallExpr call && call.getArguments().size() == 1 && call.getScope().isPresent()
                && (call.getNameAsString().equals("valueOf") && call.getScope().get().toString().equals("String")
                || call.getNameAsString().equals("toString") && call.getScope().get().toString().equals("Objects"))) {
            return call;
        }
        if (parent instanceof BinaryExpr binary && binary.getOperator() == BinaryExpr.Operator.PLUS) {
            return use; // a Throwable added to anything is string concatenation
        }
        return null;
    }

    /**
     * A use that neither passes the exception on nor reads its text: {@code e instanceof X},
     * a getter of the exception ({@code e.getStatusCode()}) other than one that hands out a
     * throwable ({@code e.getCause()}).
     */
    private static boolean neutral(NameExpr name) {
        Node parent = name.getParentNode().orElse(null);
        if (parent instanceof InstanceOfExpr) {
            return true;
        }
        return parent instanceof MethodCallExpr call && call.getScope().filter(s -> s == name).isPresent()
                && !CAUSES.contains(call.getNameAsString()) && !call.getNameAsString().startsWith("init")
                && !call.getNameAsString().startsWith("add") && !call.getNameAsString().startsWith("set")
                && !call.getNameAsString().startsWith("print");
    }

    /** Getters of a throwable that hand out another throwable, with its stack trace. */
    private static final java.util.Set<String> CAUSES = java.util.Set.of("getCause", "getRootCause",
            "getMostSpecificCause", "getTargetException", "getNextException", "getSuppressed", "getException",
            "unwrap", "getOriginalException");

    /** Whether the variable's name says the exception is dropped on purpose. */
    static boolean namedIgnored(CatchClause clause) {
        String name = clause.getParameter().getNameAsString().toLowerCase(Locale.ROOT);
        return name.equals("_") || name.startsWith("ignore") || name.startsWith("expected") || name.equals("unused");
    }

    /** The caught types as written: {@code IOException}, {@code IOException | SQLException}. */
    static String caughtType(CatchClause clause) {
        return clause.getParameter().getType().asString();
    }

    /** The first caught type's simple name. */
    static String firstType(CatchClause clause) {
        String written = caughtType(clause).split("\\|")[0].trim();
        return written.substring(written.lastIndexOf('.') + 1);
    }
}
