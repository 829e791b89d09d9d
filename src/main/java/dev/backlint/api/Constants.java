package dev.backlint.api;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.NameExpr;
import java.util.Optional;

/**
 * Compile-time knowledge of expressions, across the scanned files and the libraries on
 * the classpath: the value when it is known, and whether the code fixes the value even
 * when it is not known.
 */
public interface Constants {

    /** The value: a {@code String}, boxed integral number, {@code Character} or {@code Boolean}. */
    Optional<Object> value(Expression expression);

    /**
     * The initialiser of the local {@code name} refers to, when nothing assigns or steps that
     * local after its declaration ({@code String id = rest.getId();}): what the name stands for
     * wherever it is read.
     */
    Optional<Expression> onlyValue(NameExpr name);

    /** The value when it is a {@code String}. */
    default Optional<String> stringValue(Expression expression) {
        return value(expression).filter(String.class::isInstance).map(String.class::cast);
    }

    /**
     * Whether the code alone fixes the expression's value: literals and constants, locals
     * assigned only fixed values on the paths that reach the use, {@code final} fields with
     * fixed initialisers, ternaries and {@code switch} of fixed values, {@code format},
     * {@code formatted}, {@code join}, {@code concat} and builders of fixed pieces, an enum
     * constant's {@code name()}. {@code UNKNOWN} when the work bound ran out.
     */
    Verdict constness(Expression expression);

    /** Whether the value is proven fixed ({@link #constness} is {@code YES}). */
    default boolean isConstant(Expression expression) {
        return constness(expression) == Verdict.YES;
    }

    /** Whether the value is proven to vary ({@link #constness} is {@code NO}). */
    default boolean varies(Expression expression) {
        return constness(expression) == Verdict.NO;
    }
}
