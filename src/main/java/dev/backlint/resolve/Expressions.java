package dev.backlint.resolve;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.printer.configuration.DefaultConfigurationOption;
import com.github.javaparser.printer.configuration.DefaultPrinterConfiguration;
import com.github.javaparser.printer.configuration.DefaultPrinterConfiguration.ConfigOption;
import com.github.javaparser.printer.configuration.PrinterConfiguration;

/** Expressions as the analyses compare them: without parentheses and casts, and as code without comments. */
public final class Expressions {

    private static final PrinterConfiguration NO_COMMENTS =
            new DefaultPrinterConfiguration().removeOption(new DefaultConfigurationOption(ConfigOption.PRINT_COMMENTS));

    private Expressions() {
    }

    /** The expression inside any parentheses and casts: {@code x} of {@code ((Foo) (x))}. */
    public static Expression unwrap(Expression expression) {
        Expression inner = expression;
        while (inner instanceof EnclosedExpr || inner instanceof CastExpr) {
            inner = inner instanceof EnclosedExpr enclosed ? enclosed.getInner() : ((CastExpr) inner).getExpression();
        }
        return inner;
    }

    /** The code of {@code node}, comments left out: a comment on the line is not part of what the code says. */
    public static String text(Node node) {
        return node.toString(NO_COMMENTS);
    }

    /** The receiver a chain of calls starts from: {@code sb} in {@code sb.append(a).append(b)}; null for none. */
    public static Expression chainRoot(com.github.javaparser.ast.expr.MethodCallExpr call) {
        Expression scope = call.getScope().orElse(null);
        while (scope instanceof com.github.javaparser.ast.expr.MethodCallExpr inner) {
            scope = inner.getScope().orElse(null);
        }
        return scope;
    }
}
